#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0xAC204E2DL;
static uint32_t g_38 = 0x68729207L;
static int32_t g_44[1][3] = {{0L,0L,0L}};
static int32_t g_46 = (-1L);
static int64_t g_62 = 0x8FF5F6F594A39B7BLL;
static int64_t g_68 = 0x0551B70F82EDDAADLL;
static int32_t g_70 = 0x0DE902BAL;
static uint32_t g_72[4][1] = {{1UL},{1UL},{1UL},{1UL}};
static uint64_t g_76[3] = {0UL,0UL,0UL};
static int8_t g_82 = 0xDDL;
static int32_t *g_101[1][2] = {{&g_70,&g_70}};
static int32_t **g_100 = &g_101[0][1];
static int8_t **g_118 = (void*)0;
static uint8_t g_150 = 0x51L;
static int32_t *g_153 = &g_70;
static int16_t g_173[3] = {0x8329L,0x8329L,0x8329L};
static int16_t g_176 = (-10L);
static uint32_t *g_184 = &g_72[2][0];
static uint32_t **g_183 = &g_184;
static const int32_t g_192[3][2] = {{(-6L),(-6L)},{(-6L),(-6L)},{(-6L),(-6L)}};
static const int32_t *g_194 = &g_2;
static const int32_t **g_196 = (void*)0;
static uint32_t g_222 = 0x09E70583L;
static uint16_t g_226[4] = {65526UL,65526UL,65526UL,65526UL};
static uint16_t *g_225 = &g_226[1];
static int32_t ***g_249[3] = {&g_100,&g_100,&g_100};
static int32_t ****g_248[1] = {&g_249[0]};
static int32_t ***** const g_247 = &g_248[0];
static int32_t *****g_250[2][4] = {{&g_248[0],&g_248[0],&g_248[0],&g_248[0]},{&g_248[0],&g_248[0],&g_248[0],&g_248[0]}};
static int32_t *g_260 = &g_2;
static uint8_t  func_1(void);
static uint32_t  func_5(uint16_t  p_6, int16_t  p_7, int8_t  p_8);
static int16_t  func_14(int16_t  p_15, uint8_t  p_16, uint64_t  p_17);
static uint8_t  func_1(void)
{ 
    uint32_t l_9 = 0x1220985AL;
    uint16_t l_151[2][3] = {{0x3047L,0x3047L,0x3047L},{0UL,0UL,0UL}};
    int32_t l_164[1];
    int32_t *l_165[3][2] = {{(void*)0,(void*)0},{&l_164[0],&l_164[0]},{&l_164[0],&g_2}};
    int8_t l_174 = 5L;
    uint8_t l_180 = 0x0CL;
    uint16_t l_190 = 0UL;
    const int32_t ***l_197[1];
    int32_t l_219 = 0x2F8C4533L;
    uint32_t l_269 = 4294967295UL;
    uint64_t **l_283[3];
    int i, j;
    for (i = 0; i < 1; i++)
        l_164[i] = 0xA6B801CBL;
    for (i = 0; i < 1; i++)
        l_197[i] = &g_196;
    for (i = 0; i < 3; i++)
        l_283[i] = (void*)0;
lbl_186:
    for (g_2 = 11; (g_2 > 10); g_2--)
    { 
        int64_t l_138 = (-10L);
        int32_t l_154 = 0x109C4FFDL;
        int32_t *l_157 = &g_70;
        int8_t *l_163 = &g_82;
        int8_t **l_162 = &l_163;
    }
    for (l_9 = 0; (l_9 <= 0); l_9 += 1)
    { 
        int32_t *l_168 = &g_70;
        uint16_t l_177 = 1UL;
        uint64_t *l_188 = &g_76[0];
        uint64_t **l_187 = &l_188;
        uint16_t l_189 = 65535UL;
        int32_t l_217 = 0L;
        int16_t l_279[4];
        uint64_t l_285[4] = {18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL};
        int i;
        for (i = 0; i < 4; i++)
            l_279[i] = 1L;
        l_165[1][1] = &l_164[0];
        if ((safe_mul_func_int8_t_s_s(((((*g_100) == (g_62 , l_168)) < ((!(0xA75A9E6DL <= (((*l_168) ^= g_44[0][0]) ^ g_44[0][0]))) | g_76[2])) , (*l_168)), g_76[2])))
        { 
            int16_t *l_172 = &g_173[0];
            int16_t *l_175 = &g_176;
            const int32_t l_181 = 0xBF4F606EL;
            int32_t **l_182 = &g_153;
            (*g_153) |= (safe_lshift_func_int16_t_s_s(((*l_172) = (0xF75E263BL > g_72[3][0])), ((*l_175) = l_174)));
            l_177--;
            for (g_62 = 0; (g_62 <= 2); g_62 += 1)
            { 
                if (l_180)
                    break;
                if (l_181)
                    continue;
            }
            (*l_182) = ((*g_100) = l_168);
        }
        else
        { 
            uint32_t ***l_185 = &g_183;
            (*l_185) = g_183;
            (*g_100) = l_168;
            if (l_9)
                goto lbl_186;
        }
        l_190 ^= (((*g_153) = ((0x6121F12BL ^ ((((*l_187) = &g_76[2]) != (void*)0) & (0x8137L < (l_189 < g_176)))) == 0x61EF600149B903A6LL)) & 0L);
        for (l_189 = 0; (l_189 <= 1); l_189 += 1)
        { 
            const int32_t *l_191[3];
            const int32_t **l_193 = (void*)0;
            uint32_t l_195[3];
            uint32_t l_211 = 0x020B3E3AL;
            int i, j;
            for (i = 0; i < 3; i++)
                l_191[i] = &g_192[2][1];
            for (i = 0; i < 3; i++)
                l_195[i] = 0x1FA24A68L;
            g_194 = (l_191[2] = g_101[l_9][l_9]);
        }
        for (g_82 = 0; (g_82 <= 0); g_82 += 1)
        { 
            int64_t *l_220 = &g_62;
            uint32_t *l_221 = &g_222;
            int32_t l_235 = 0x025C80A1L;
            uint16_t l_236[4];
            int16_t l_237 = 0x668EL;
            int32_t l_239 = 0x204E769FL;
            int32_t l_243[4][1] = {{1L},{1L},{1L},{1L}};
            int64_t l_277 = 5L;
            uint32_t **l_278 = &g_184;
            uint64_t ** const l_284 = &l_188;
            int i, j;
            for (i = 0; i < 4; i++)
                l_236[i] = 0x9A76L;
            (*g_100) = (((((*l_221) ^= ((g_46 , &g_173[0]) != (((*l_220) = (((+((*l_168) >= 0xCBL)) , (g_176 != 0UL)) , l_219)) , &g_173[0]))) , (*l_168)) ^ (*g_153)) , (*g_100));
            if (((safe_rshift_func_int8_t_s_s((g_38 , ((((void*)0 != g_225) >= (safe_mod_func_uint16_t_u_u(((safe_div_func_int8_t_s_s((((**g_100) &= (safe_rshift_func_int8_t_s_u((safe_lshift_func_int8_t_s_s((g_173[0] && l_235), l_235)), g_173[0]))) , g_176), g_46)) ^ 2L), l_236[0]))) || (*g_225))), g_192[1][0])) | l_235))
            { 
                int32_t l_238 = (-1L);
                int32_t l_240 = 0x43D6F2FDL;
                int32_t l_241 = 0x2310836FL;
                int32_t l_242[2];
                uint64_t l_244 = 0x3E6DED1B19E4E2A6LL;
                uint32_t *l_257 = &g_38;
                int16_t *l_258 = &g_176;
                int8_t *l_259 = &l_174;
                int i;
                for (i = 0; i < 2; i++)
                    l_242[i] = 0x06DAA5E9L;
                ++l_244;
                g_250[1][0] = g_247;
                l_239 = ((((l_238 = ((*l_259) ^= (safe_mod_func_uint8_t_u_u((((safe_mod_func_int8_t_s_s(((safe_add_func_uint64_t_u_u(((l_257 == l_257) , (l_237 >= (0xB76A276CL || (((*l_258) = ((-1L) & (*g_153))) && 0xC9C9L)))), l_237)) >= 0x85E6C29E89ED313FLL), 0x10L)) , (-8L)) | l_237), 249UL)))) != 8L) , g_260) != &l_235);
                l_217 |= (((safe_sub_func_int64_t_s_s(((*l_220) = (safe_add_func_int32_t_s_s(0L, ((((-1L) | (((safe_mod_func_int8_t_s_s(g_2, (((safe_add_func_int16_t_s_s(l_236[3], 65526UL)) & (*l_168)) , 0x45L))) , &g_76[2]) != l_220)) >= (*l_168)) == l_269)))), (*l_168))) , g_76[2]) & l_240);
            }
            else
            { 
                uint32_t l_272 = 4294967295UL;
                (**g_100) = (safe_rshift_func_uint16_t_u_s((l_272 , (safe_lshift_func_int8_t_s_s((((safe_sub_func_int64_t_s_s(((g_173[0] | l_277) , (((((&g_184 == l_278) == (-1L)) > 0L) && 0x2A5A679EL) ^ l_279[1])), g_44[0][2])) & g_176) >= g_62), 7))), 10));
                l_285[2] ^= (!((*g_225) || ((safe_sub_func_uint16_t_u_u((g_173[0] != (*g_153)), ((l_283[2] == l_284) < g_226[1]))) > 0x77L)));
            }
        }
    }
    return g_72[2][0];
}
static uint32_t  func_5(uint16_t  p_6, int16_t  p_7, int8_t  p_8)
{ 
    int32_t l_23 = 0x5BC42206L;
    int32_t l_39 = 0x0ADC1094L;
    uint32_t l_57 = 0x53D0C964L;
    uint16_t l_84 = 65529UL;
    uint8_t l_115 = 0UL;
    int32_t *l_120 = &l_23;
    int32_t *l_121 = &l_39;
    int32_t *l_122 = &l_39;
    int32_t *l_123[3][2] = {{&g_70,&g_70},{&g_70,&g_70},{&g_70,&g_70}};
    uint32_t l_124[4];
    uint8_t l_127 = 0x62L;
    int i, j;
    for (i = 0; i < 4; i++)
        l_124[i] = 4294967286UL;
    for (p_8 = 0; (p_8 >= (-20)); p_8 = safe_sub_func_uint64_t_u_u(p_8, 2))
    { 
        int32_t *l_47 = &l_23;
        int32_t l_67[1][2];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_67[i][j] = 0xB399D6DBL;
        }
        if (g_2)
        { 
            uint32_t l_32[4][2] = {{0UL,0UL},{0UL,0UL},{0UL,0UL},{0UL,0UL}};
            uint32_t *l_37[3];
            int32_t l_42 = 0x33BAB721L;
            int32_t *l_43 = &g_44[0][0];
            int8_t l_45 = 0L;
            int32_t **l_48 = (void*)0;
            int32_t **l_49[2][4] = {{&l_47,(void*)0,&l_47,(void*)0},{&l_47,(void*)0,&l_47,(void*)0}};
            int i, j;
            for (i = 0; i < 3; i++)
                l_37[i] = &g_38;
            g_46 ^= ((p_6 ^ (safe_lshift_func_uint8_t_u_s((((*l_43) = (l_23 ^ ((safe_rshift_func_int8_t_s_u((safe_lshift_func_int16_t_s_s((safe_sub_func_int16_t_s_s(p_8, (safe_mod_func_int16_t_s_s(((l_32[2][0]--) && (safe_mod_func_uint32_t_u_u(((l_39 = 0UL) , (safe_rshift_func_uint8_t_u_s(((((-1L) && p_8) ^ g_38) , g_2), p_7))), p_6))), l_23)))), l_42)), 7)) < l_23))) , p_6), g_2))) >= l_45);
            l_47 = l_47;
        }
        else
        { 
            int32_t *l_50 = (void*)0;
            int32_t *l_52[3];
            int i;
            for (i = 0; i < 3; i++)
                l_52[i] = &l_39;
            if ((((void*)0 == &l_47) < g_38))
            { 
                int32_t *l_51 = &l_23;
                (*l_47) ^= (18446744073709551610UL & (l_50 == l_51));
                (*l_47) = 0xAD3F04E2L;
                return p_6;
            }
            else
            { 
                if (l_39)
                    break;
                l_52[1] = &l_39;
            }
            for (g_38 = 0; (g_38 != 14); g_38 = safe_add_func_int64_t_s_s(g_38, 7))
            { 
                int32_t *l_58 = &l_39;
                int32_t **l_59 = (void*)0;
                int32_t **l_60 = (void*)0;
                int32_t **l_61 = &l_58;
                if (p_7)
                    break;
                l_58 = (((safe_lshift_func_int16_t_s_s(g_46, 4)) > (((*l_47) = (((*l_47) , &g_2) == (void*)0)) & (g_44[0][0] <= l_57))) , &g_2);
                (*l_61) = l_52[0];
            }
            g_62 = p_7;
        }
        for (l_57 = 0; (l_57 != 33); ++l_57)
        { 
            int32_t **l_65 = &l_47;
            int32_t **l_66[4];
            uint64_t *l_75 = &g_76[2];
            int8_t *l_81 = &g_82;
            int i;
            for (i = 0; i < 4; i++)
                l_66[i] = &l_47;
        }
        if (l_84)
            continue;
        for (p_6 = 0; (p_6 < 31); p_6 = safe_add_func_uint32_t_u_u(p_6, 1))
        { 
            if (p_7)
                break;
            for (g_46 = 0; (g_46 > 24); g_46 = safe_add_func_int64_t_s_s(g_46, 4))
            { 
                uint32_t l_102[3];
                int32_t l_103 = 0x7CBDB463L;
                int32_t *l_104 = &l_67[0][1];
                int32_t *l_105 = (void*)0;
                int32_t *l_106 = &g_70;
                int32_t *l_107 = (void*)0;
                int32_t *l_108 = &l_39;
                int32_t *l_109 = &l_39;
                int32_t *l_110 = &l_23;
                int32_t *l_111 = &l_67[0][1];
                int32_t *l_112 = &l_39;
                int32_t *l_113 = &l_103;
                int32_t *l_114[2][1];
                int8_t ***l_119 = &g_118;
                int i, j;
                for (i = 0; i < 3; i++)
                    l_102[i] = 0x3A2E2E98L;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_114[i][j] = &g_70;
                }
                (*l_47) = (1L > ((safe_sub_func_uint8_t_u_u((safe_unary_minus_func_int8_t_s((safe_div_func_int64_t_s_s((((l_39 | (*l_47)) == (safe_mod_func_int8_t_s_s((safe_add_func_int8_t_s_s(p_7, ((safe_rshift_func_uint16_t_u_u((g_100 != &l_47), p_8)) > (*l_47)))), l_102[0]))) , (-1L)), 0x630EE3E797ADA246LL)))), p_7)) ^ 0UL));
                l_115--;
                if (p_7)
                    break;
                (*l_119) = g_118;
            }
        }
    }
    l_124[2]++;
    (*g_100) = &l_23;
    return l_127;
}
static int16_t  func_14(int16_t  p_15, uint8_t  p_16, uint64_t  p_17)
{ 
    uint16_t l_18 = 0x515FL;
    return l_18;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_44[i][j], "g_44[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_62, "g_62", print_hash_value);
    transparent_crc(g_68, "g_68", print_hash_value);
    transparent_crc(g_70, "g_70", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_72[i][j], "g_72[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_76[i], "g_76[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_150, "g_150", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_173[i], "g_173[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_176, "g_176", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_192[i][j], "g_192[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_222, "g_222", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_226[i], "g_226[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
