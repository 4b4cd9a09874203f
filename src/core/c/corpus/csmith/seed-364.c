#include "csmith.h"
static long __undefined;
struct S0 {
   uint8_t  f0;
   int32_t  f1;
   uint8_t  f2;
   uint16_t  f3;
   uint8_t  f4;
   int32_t  f5;
   uint8_t  f6;
};
struct S1 {
   uint16_t  f0;
   uint8_t  f1;
   const int8_t  f2;
   int64_t  f3;
   int32_t  f4;
};
struct S2 {
   const int32_t  f0;
};
static int32_t g_2 = 0x45D811F0L;
static int32_t g_6[3][1] = {{0x74006310L},{0x74006310L},{0x74006310L}};
static uint16_t g_23 = 0xD5FBL;
static uint16_t g_25 = 9UL;
static int16_t g_31 = 1L;
static int64_t g_39 = 0xF9531DEFCECB2EC6LL;
static uint32_t g_40[4] = {4294967286UL,4294967286UL,4294967286UL,4294967286UL};
static uint32_t g_42 = 9UL;
static uint8_t g_53 = 1UL;
static uint8_t g_69 = 0x20L;
static uint8_t *g_68 = &g_69;
static int32_t g_73 = 0L;
static struct S2 g_77 = {0x1B53A2ADL};
static struct S2 *g_76 = &g_77;
static uint64_t g_89 = 0xC22AA1FE0AFDD742LL;
static struct S0 g_90 = {0x70L,0L,0xBAL,0x7209L,0xAAL,0x88ECCDF3L,0UL};
static int8_t g_104 = 1L;
static int32_t g_151 = 0x7A426AC6L;
static struct S1 g_170[3][1] = {{{0x1642L,1UL,0x5EL,5L,0xF5034E9FL}},{{0x1642L,1UL,0x5EL,5L,0xF5034E9FL}},{{0x1642L,1UL,0x5EL,5L,0xF5034E9FL}}};
static struct S1 *g_169 = &g_170[1][0];
static int32_t *g_175[2][4] = {{&g_6[1][0],&g_6[1][0],&g_6[0][0],&g_6[1][0]},{&g_6[1][0],&g_73,&g_73,&g_6[1][0]}};
static const struct S2 g_215 = {0xBF4A9A9FL};
static uint16_t *g_217 = &g_25;
static uint16_t **g_216 = &g_217;
static uint64_t g_237 = 0x3450B3EC07951488LL;
static struct S1 *** const g_277 = (void*)0;
static int32_t g_298 = 1L;
static int32_t  func_1(void);
static uint8_t  func_9(int16_t  p_10, uint8_t  p_11, uint32_t  p_12, uint32_t  p_13);
static struct S0  func_19(uint32_t  p_20, uint64_t  p_21);
static int32_t  func_1(void)
{ 
    uint16_t l_5 = 0x3938L;
    uint32_t l_18 = 1UL;
    int16_t l_296 = 0x8DE3L;
    int32_t *l_297 = &g_298;
    int32_t *l_303 = &g_6[1][0];
    (*l_297) |= ((g_2 >= ((g_6[1][0] |= (safe_rshift_func_int16_t_s_s(l_5, 13))) , g_6[1][0])) , (safe_rshift_func_uint16_t_u_s((func_9((safe_mod_func_int32_t_s_s((safe_sub_func_uint32_t_u_u((l_5 || ((-9L) && l_18)), 0x6DAD816FL)), l_5)), l_5, g_2, l_18) , l_5), l_296)));
    (*l_303) &= (safe_div_func_uint8_t_u_u((safe_mul_func_int8_t_s_s(((*l_297) < 0UL), (g_90 , 0xB6L))), (g_73 | (*l_297))));
    return g_90.f4;
}
static uint8_t  func_9(int16_t  p_10, uint8_t  p_11, uint32_t  p_12, uint32_t  p_13)
{ 
    uint16_t *l_22 = &g_23;
    uint16_t *l_24 = &g_25;
    int32_t l_28 = (-10L);
    int16_t *l_29 = (void*)0;
    int16_t *l_30 = &g_31;
    int64_t *l_38 = &g_39;
    uint32_t *l_41[4] = {&g_42,&g_42,&g_42,&g_42};
    struct S0 *l_91 = &g_90;
    uint8_t * const l_105[4][3] = {{&g_90.f4,&g_90.f4,&g_90.f4},{(void*)0,(void*)0,(void*)0},{&g_90.f4,&g_90.f4,&g_90.f4},{(void*)0,(void*)0,(void*)0}};
    int32_t *l_108 = &g_73;
    struct S2 l_125 = {0x01B0F431L};
    uint32_t l_129 = 0UL;
    uint32_t l_152 = 4294967295UL;
    const struct S2 *l_161 = &l_125;
    const struct S2 **l_160 = &l_161;
    int32_t l_197 = 0L;
    int32_t l_198 = 0x3FEDF429L;
    int32_t l_201 = (-6L);
    int32_t l_205 = (-10L);
    int32_t l_207 = (-9L);
    int32_t l_208 = 0x5CA3CFAAL;
    int32_t l_210[4][1] = {{0L},{(-1L)},{0L},{(-1L)}};
    int32_t l_221 = (-1L);
    uint16_t l_222 = 1UL;
    int16_t * const l_290 = &g_31;
    int i, j;
lbl_116:
    (*l_91) = func_19((g_42 = ((g_6[1][0] , ((*l_24) = ((*l_22) = p_13))) < (((safe_lshift_func_int16_t_s_s(((*l_30) = l_28), 4)) , ((safe_mul_func_uint16_t_u_u(((safe_mul_func_int8_t_s_s((((g_40[0] = (((*l_38) = (((safe_lshift_func_uint16_t_u_u(((-3L) & p_10), 15)) , p_10) , p_13)) != l_28)) == g_31) , g_6[1][0]), g_6[1][0])) && g_2), 65535UL)) , 0xDCC3592EL)) && (-1L)))), p_13);
    if (p_13)
    { 
        uint16_t l_96[4];
        struct S0 *l_109 = &g_90;
        int32_t * const l_112[3] = {&g_73,&g_73,&g_73};
        struct S2 *l_128[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
        struct S1 l_142 = {65531UL,0UL,0L,0L,0xD18219F0L};
        int32_t *l_172 = &g_6[1][0];
        int32_t l_202[3];
        int16_t l_234 = 0x146CL;
        int i;
        for (i = 0; i < 4; i++)
            l_96[i] = 0x0DA2L;
        for (i = 0; i < 3; i++)
            l_202[i] = 0xB5F3EEACL;
        g_73 |= (safe_lshift_func_int16_t_s_u((((safe_div_func_uint64_t_u_u((l_96[2] >= (safe_rshift_func_uint8_t_u_u((safe_sub_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_u(((+0x1BF70E0EL) < (g_31 != (((((g_40[0] = g_104) , (void*)0) == (void*)0) ^ p_11) >= p_10))), 6)), 0xF3D54CDCAC19DAACLL)), p_13))), g_90.f5)) , &g_69) == l_105[1][0]), 13));
        for (g_39 = (-10); (g_39 != (-13)); --g_39)
        { 
            l_108 = (void*)0;
            l_109 = &g_90;
            for (g_2 = 0; (g_2 >= 0); g_2 -= 1)
            { 
                int i, j;
                return g_6[(g_2 + 2)][g_2];
            }
        }
lbl_166:
        for (g_25 = 0; (g_25 >= 47); ++g_25)
        { 
            int32_t **l_113 = &l_108;
            struct S0 *l_117 = &g_90;
            struct S0 **l_118 = &l_109;
            (*l_113) = (g_53 , l_112[2]);
            for (g_90.f5 = 0; (g_90.f5 <= (-2)); --g_90.f5)
            { 
                if (g_90.f1)
                    break;
                if (g_90.f4)
                    goto lbl_116;
            }
            (*l_108) ^= (((*l_118) = l_117) == &g_90);
        }
        if ((g_90.f1 = (((((p_12 < ((g_25--) >= ((safe_mod_func_int32_t_s_s(p_12, (g_6[1][0] = (safe_mul_func_int8_t_s_s(p_12, (l_125 , ((*g_68) = ((((((safe_add_func_uint8_t_u_u((((g_77.f0 , l_128[2]) == &g_77) >= 0x7EL), l_129)) , p_13) != p_11) & g_73) <= g_53) >= p_13)))))))) && 0xFEA1L))) >= p_10) != 0UL) | p_13) < p_12)))
        { 
            const int32_t l_159 = 4L;
            uint16_t **l_176 = &l_22;
            int32_t l_192 = 7L;
            int32_t l_194 = 0x89AF0E19L;
            int32_t l_195 = 0x1E1F64F3L;
            int32_t l_196 = (-1L);
            int32_t l_199 = 0x99C82483L;
            int32_t l_200 = (-1L);
            int32_t l_203 = 0xF4295DAEL;
            int32_t l_204[3];
            const struct S2 *l_214 = &g_215;
            int i;
            for (i = 0; i < 3; i++)
                l_204[i] = 0x5673AC83L;
            for (p_10 = 11; (p_10 > 24); p_10++)
            { 
                uint64_t *l_143[1];
                int32_t l_150[2];
                struct S2 **l_163 = (void*)0;
                struct S2 ***l_162 = &l_163;
                int i;
                for (i = 0; i < 1; i++)
                    l_143[i] = &g_89;
                for (i = 0; i < 2; i++)
                    l_150[i] = 0L;
                g_6[1][0] &= ((g_42 ^= ((safe_sub_func_int64_t_s_s((safe_lshift_func_int16_t_s_u((((safe_div_func_int32_t_s_s(p_11, (l_150[1] |= (safe_sub_func_uint16_t_u_u((safe_rshift_func_int8_t_s_u(((l_142 , ((--g_89) > 0L)) , l_129), 4)), (safe_sub_func_int64_t_s_s(((safe_add_func_int16_t_s_s(((l_152--) || ((safe_add_func_uint32_t_u_u((--p_13), (g_90.f0 < 0x85D3L))) != g_40[0])), 0x0681L)) > (*g_68)), 18446744073709551615UL))))))) | (-1L)) & g_151), l_159)), g_90.f4)) != 0xF82EL)) <= 4294967295UL);
                l_150[0] = ((g_39 , l_160) != ((*l_162) = &g_76));
                if (p_12)
                    break;
            }
            for (g_42 = 0; (g_42 != 35); g_42 = safe_add_func_uint64_t_u_u(g_42, 7))
            { 
                if (g_90.f6)
                    goto lbl_166;
                if (p_12)
                    continue;
                if (g_23)
                    continue;
            }
            for (g_69 = 0; (g_69 == 48); ++g_69)
            { 
                struct S1 **l_171 = &g_169;
                int32_t **l_173 = (void*)0;
                int32_t **l_174[4][4] = {{&l_108,&l_108,&l_108,&l_108},{&l_108,&l_108,&l_108,&l_108},{&l_108,&l_108,&l_108,&l_108},{&l_108,&l_108,&l_108,&l_108}};
                int i, j;
                (*l_171) = g_169;
                g_175[0][3] = (l_172 = l_172);
            }
            if (((l_176 == ((safe_lshift_func_int8_t_s_u(0xAAL, (safe_add_func_int32_t_s_s((safe_sub_func_uint32_t_u_u(3UL, (safe_rshift_func_int8_t_s_s((l_159 ^ (-1L)), 7)))), g_31)))) , (void*)0)) || 0x3AL))
            { 
                int32_t **l_188 = &g_175[1][1];
                int32_t l_191 = 8L;
                int32_t l_193[1];
                int8_t l_206 = 0L;
                int32_t l_209 = 0x5227D837L;
                uint64_t l_211 = 0xFAB7566744F56941LL;
                int i;
                for (i = 0; i < 1; i++)
                    l_193[i] = 0L;
                l_28 ^= (+(safe_mod_func_uint32_t_u_u(((*l_161) , (((*l_188) = (void*)0) != &g_6[1][0])), (g_40[0]++))));
                l_211--;
                l_214 = (*l_160);
                (*l_188) = &l_204[0];
            }
            else
            { 
                uint16_t ***l_218[1][4];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_218[i][j] = &l_176;
                }
                (*l_172) = (*l_172);
                g_216 = g_216;
                return p_13;
            }
        }
        else
        { 
            int64_t l_219 = 0x73866EE0FF88FC33LL;
            int32_t l_220[2];
            int32_t l_259 = 0x3522EF38L;
            int i;
            for (i = 0; i < 2; i++)
                l_220[i] = (-6L);
            l_91 = l_91;
            l_222++;
            l_220[1] ^= ((safe_rshift_func_uint16_t_u_s(p_11, 5)) , ((safe_lshift_func_uint8_t_u_s(((~g_39) | ((*l_172) = (((safe_lshift_func_uint8_t_u_u(((+((((p_12 && g_90.f1) == (~(p_11 && p_10))) | g_89) ^ 0xC214725579C5B4EDLL)) == l_219), l_234)) <= g_170[1][0].f3) | 0x87F1438CF6DA3648LL))), 5)) ^ 8UL));
            for (g_69 = 0; (g_69 > 60); g_69 = safe_add_func_uint32_t_u_u(g_69, 1))
            { 
                const struct S0 *l_247[1];
                const struct S0 **l_246 = &l_247[0];
                int32_t l_258 = 0x2DA7043DL;
                int i;
                for (i = 0; i < 1; i++)
                    l_247[i] = &g_90;
                if (g_237)
                    break;
                if (p_13)
                    continue;
                (*l_172) = (safe_add_func_int64_t_s_s((safe_lshift_func_int8_t_s_s((p_11 <= (safe_add_func_uint32_t_u_u((safe_add_func_int8_t_s_s((((g_40[2] |= 0xB9F5D823L) && (l_246 == (void*)0)) || ((safe_lshift_func_int16_t_s_u((p_12 < p_13), (*g_217))) , 0x39EC26253D0E69D7LL)), p_11)), 4294967290UL))), p_13)), g_170[1][0].f1));
                l_259 ^= (safe_lshift_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u((safe_sub_func_int16_t_s_s(p_13, (l_220[1] <= ((18446744073709551609UL >= ((safe_add_func_int32_t_s_s(((((*l_172) |= l_258) | ((l_38 == &g_237) >= 65534UL)) | p_13), 0x49294EA2L)) ^ p_10)) != p_10)))), p_10)), (*g_68)));
            }
        }
    }
    else
    { 
        uint16_t l_264 = 0x580DL;
        int64_t *l_272 = &g_39;
        int32_t l_275 = 0xA656022EL;
        int16_t *l_291 = (void*)0;
        int16_t *l_292 = &g_31;
        for (l_152 = 6; (l_152 < 24); l_152 = safe_add_func_int32_t_s_s(l_152, 1))
        { 
            int32_t *l_262 = (void*)0;
            int32_t *l_263 = &l_210[1][0];
            struct S1 **l_280 = &g_169;
            struct S1 ***l_279 = &l_280;
            struct S1 ****l_278[2][4];
            struct S1 ****l_281 = &l_279;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 4; j++)
                    l_278[i][j] = &l_279;
            }
            (*l_263) ^= (*l_108);
            if (l_264)
            { 
                int32_t **l_265 = (void*)0;
                int32_t **l_266 = (void*)0;
                int64_t **l_271[1][4] = {{&l_38,&l_38,&l_38,&l_38}};
                int i, j;
                g_175[1][0] = &l_28;
                l_275 = (safe_mod_func_int32_t_s_s((((safe_rshift_func_uint8_t_u_s((*g_68), 0)) > (0xF05AL | ((l_272 = &g_39) == (void*)0))) == ((safe_mod_func_uint8_t_u_u(0xB8L, l_264)) , p_12)), p_13));
                if (l_275)
                    continue;
            }
            else
            { 
                int32_t **l_276 = &l_262;
                (*l_276) = &l_275;
            }
            (*l_281) = g_277;
            if ((*l_108))
            { 
                return p_11;
            }
            else
            { 
                uint64_t *l_293 = (void*)0;
                uint64_t *l_294 = &g_237;
                int32_t **l_295 = &g_175[1][3];
                l_275 ^= (((+l_264) <= (safe_mod_func_uint8_t_u_u((((*l_294) = ((!(((*l_38) ^= (p_13 && ((safe_sub_func_int32_t_s_s(((*l_263) = (safe_add_func_uint8_t_u_u((l_290 != (l_292 = (l_291 = l_291))), 253UL))), p_11)) || 0xE0C94391B9568F94LL))) && 0x5B01241E3A8740F6LL)) == p_12)) == (-5L)), (*g_68)))) ^ (**g_216));
                if ((*l_263))
                    continue;
                (*l_295) = (void*)0;
                if ((*l_263))
                    continue;
            }
        }
    }
    return (*g_68);
}
static struct S0  func_19(uint32_t  p_20, uint64_t  p_21)
{ 
    uint8_t *l_52 = &g_53;
    int32_t l_56 = 0xBC6C2DB6L;
    int32_t l_67 = 0xE4064544L;
    uint16_t *l_70 = &g_23;
    int32_t l_71 = 0L;
    int32_t *l_72 = &g_73;
    struct S2 *l_74 = (void*)0;
    struct S2 **l_75[1][2];
    int32_t **l_78 = &l_72;
    uint16_t **l_81[4][3] = {{(void*)0,&l_70,&l_70},{&l_70,&l_70,&l_70},{(void*)0,&l_70,&l_70},{&l_70,&l_70,&l_70}};
    uint16_t *l_82 = &g_23;
    struct S1 l_83 = {0xB212L,0UL,0xD4L,9L,2L};
    uint64_t *l_88 = &g_89;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_75[i][j] = (void*)0;
    }
    (*l_72) &= (safe_mul_func_int16_t_s_s((safe_sub_func_int32_t_s_s(0xDCB0C7B2L, (!(safe_sub_func_uint8_t_u_u(((safe_rshift_func_uint8_t_u_s(((*l_52) &= g_6[1][0]), 2)) < ((safe_lshift_func_uint8_t_u_s((l_56 ^ ((safe_div_func_uint16_t_u_u(((*l_70) = (((((safe_sub_func_int8_t_s_s(((safe_rshift_func_int8_t_s_s((((safe_sub_func_uint64_t_u_u((safe_div_func_int16_t_s_s((-10L), g_40[0])), l_67)) , g_68) == l_52), g_40[1])) ^ 0xFAL), g_25)) == g_23) & l_67) > 0L) ^ p_21)), 0xFA57L)) < p_21)), 4)) ^ l_56)), l_71))))), p_21));
    g_76 = l_74;
    (*l_78) = &l_56;
    (*l_72) = ((((*l_88) |= ((safe_lshift_func_int8_t_s_s(((l_82 = &g_23) == (l_83 , (void*)0)), (safe_rshift_func_int8_t_s_s((((p_20 || (safe_lshift_func_uint16_t_u_u(p_20, (*l_72)))) , &g_73) != (*l_78)), 1)))) | p_21)) && 0x40F8590C99E8488ELL) > (*l_72));
    return g_90;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_6[i][j], "g_6[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_25, "g_25", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_40[i], "g_40[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_53, "g_53", print_hash_value);
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    transparent_crc(g_77.f0, "g_77.f0", print_hash_value);
    transparent_crc(g_89, "g_89", print_hash_value);
    transparent_crc(g_90.f0, "g_90.f0", print_hash_value);
    transparent_crc(g_90.f1, "g_90.f1", print_hash_value);
    transparent_crc(g_90.f2, "g_90.f2", print_hash_value);
    transparent_crc(g_90.f3, "g_90.f3", print_hash_value);
    transparent_crc(g_90.f4, "g_90.f4", print_hash_value);
    transparent_crc(g_90.f5, "g_90.f5", print_hash_value);
    transparent_crc(g_90.f6, "g_90.f6", print_hash_value);
    transparent_crc(g_104, "g_104", print_hash_value);
    transparent_crc(g_151, "g_151", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_170[i][j].f0, "g_170[i][j].f0", print_hash_value);
            transparent_crc(g_170[i][j].f1, "g_170[i][j].f1", print_hash_value);
            transparent_crc(g_170[i][j].f2, "g_170[i][j].f2", print_hash_value);
            transparent_crc(g_170[i][j].f3, "g_170[i][j].f3", print_hash_value);
            transparent_crc(g_170[i][j].f4, "g_170[i][j].f4", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_215.f0, "g_215.f0", print_hash_value);
    transparent_crc(g_237, "g_237", print_hash_value);
    transparent_crc(g_298, "g_298", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
