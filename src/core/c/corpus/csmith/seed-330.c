#include "csmith.h"
static long __undefined;
struct S0 {
   int8_t  f0;
   uint64_t  f1;
};
static uint8_t g_6 = 246UL;
static int32_t g_23[1][3] = {{7L,7L,7L}};
static int16_t g_24 = 0x15F8L;
static uint64_t g_33[3][4] = {{0UL,0x8B15B45BEAC3EFC1LL,0UL,0UL},{0x8B15B45BEAC3EFC1LL,0x8B15B45BEAC3EFC1LL,0x095DBC2A41B87000LL,0x8B15B45BEAC3EFC1LL},{0x8B15B45BEAC3EFC1LL,0UL,0UL,0x8B15B45BEAC3EFC1LL}};
static const int32_t g_44[3][3] = {{(-4L),(-9L),(-4L)},{(-4L),(-9L),(-4L)},{(-4L),(-9L),(-4L)}};
static int32_t g_48 = 0x2D14A59EL;
static struct S0 g_88 = {0xFFL,0x237AE93AC4895D34LL};
static int16_t g_96 = 0x3C22L;
static uint32_t g_98 = 3UL;
static int32_t g_104 = 0L;
static int8_t g_125 = 0L;
static int32_t g_127[2][4] = {{(-5L),(-5L),(-5L),(-5L)},{(-5L),(-5L),(-5L),(-5L)}};
static struct S0 g_146 = {0xCDL,0x2EB31276630CE8C5LL};
static struct S0 g_147 = {0xF9L,18446744073709551610UL};
static uint16_t g_170[4][2] = {{65535UL,65535UL},{65535UL,65535UL},{65535UL,65535UL},{65535UL,65535UL}};
static int64_t g_173 = 0x21537E41DE62A754LL;
static int32_t *g_207[2] = {&g_48,&g_48};
static int32_t *g_222 = &g_127[0][1];
static uint32_t g_236 = 18446744073709551615UL;
static int32_t *g_250[1] = {(void*)0};
static int64_t *g_294 = &g_173;
static int64_t g_347[2] = {0L,0L};
static int32_t g_352 = 1L;
static const int32_t  func_1(void);
static int8_t  func_14(int32_t  p_15, uint64_t  p_16, int64_t  p_17, uint32_t  p_18, int16_t  p_19);
static int32_t  func_25(uint64_t  p_26, int16_t  p_27, uint32_t  p_28, int32_t  p_29, uint16_t  p_30);
static const int32_t  func_1(void)
{ 
    int64_t l_13 = 0x9E672CA3C0BF90A2LL;
    int32_t *l_22[2][3];
    int8_t *l_348 = (void*)0;
    uint32_t l_349 = 0x93760276L;
    int32_t *l_350 = (void*)0;
    int32_t *l_351 = &g_352;
    int8_t l_355 = (-9L);
    int32_t *l_356 = &g_127[1][3];
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
            l_22[i][j] = &g_23[0][1];
    }
    (*l_351) ^= (safe_div_func_uint32_t_u_u((safe_mul_func_uint8_t_u_u((g_6 || (((safe_mod_func_uint8_t_u_u((safe_add_func_int64_t_s_s((safe_sub_func_uint32_t_u_u(l_13, (l_13 < ((l_349 = func_14((g_24 |= (((((g_23[0][1] ^= (safe_rshift_func_int8_t_s_u(g_6, l_13))) , g_23[0][1]) == l_13) || 0L) | g_6)), g_6, g_6, l_13, g_6)) > g_147.f0)))), l_13)), 250UL)) | g_146.f0) >= 0x6E1CL)), l_13)), l_13));
    (*l_356) |= ((*l_351) = ((&g_96 == ((safe_div_func_int32_t_s_s(((((((void*)0 != &g_170[3][1]) , ((*l_351) <= (*l_351))) , g_23[0][1]) > 1L) | g_173), l_355)) , &g_24)) ^ (*l_351)));
    return (*l_351);
}
static int8_t  func_14(int32_t  p_15, uint64_t  p_16, int64_t  p_17, uint32_t  p_18, int16_t  p_19)
{ 
    int32_t l_31[2];
    uint64_t *l_32[3];
    uint32_t l_42 = 18446744073709551615UL;
    int32_t l_234 = (-1L);
    int32_t l_235 = 0xE7F53028L;
    int32_t *l_244 = &l_235;
    int8_t l_261[1];
    int32_t *l_265 = &g_48;
    int16_t *l_287 = &g_24;
    struct S0 *l_310[2];
    struct S0 *l_311 = &g_146;
    uint32_t l_323 = 7UL;
    int i;
    for (i = 0; i < 2; i++)
        l_31[i] = 1L;
    for (i = 0; i < 3; i++)
        l_32[i] = &g_33[2][0];
    for (i = 0; i < 1; i++)
        l_261[i] = 0xCDL;
    for (i = 0; i < 2; i++)
        l_310[i] = &g_147;
    if (func_25((g_33[2][0] = l_31[0]), (safe_lshift_func_uint8_t_u_s(((safe_lshift_func_int8_t_s_s((-1L), 1)) & ((safe_mul_func_int16_t_s_s(0x0FF8L, ((safe_rshift_func_uint16_t_u_u(((void*)0 != &p_16), 3)) != p_17))) , 255UL)), p_19)), p_19, l_42, l_31[0]))
    { 
        g_207[0] = &p_15;
    }
    else
    { 
        int32_t *l_224 = &g_48;
        int32_t *l_225 = &g_48;
        int32_t *l_226 = (void*)0;
        int32_t *l_227 = (void*)0;
        int32_t *l_228 = &g_127[1][3];
        int32_t *l_229 = &g_104;
        int32_t *l_230 = &g_104;
        int32_t *l_231 = &g_104;
        int32_t *l_232 = &g_48;
        int32_t *l_233[3];
        int32_t *l_290 = &g_104;
        struct S0 l_291 = {-2L,0xFDEB248284AA03B7LL};
        int64_t **l_296 = &g_294;
        int64_t ***l_295 = &l_296;
        int i;
        for (i = 0; i < 3; i++)
            l_233[i] = &g_104;
        g_236++;
        if ((safe_rshift_func_uint16_t_u_s((g_170[1][1]--), 3)))
        { 
            int32_t *l_262 = &g_23[0][1];
            int32_t l_264[1];
            int i;
            for (i = 0; i < 1; i++)
                l_264[i] = 0L;
            (*l_224) = (*g_222);
            for (g_6 = 0; (g_6 <= 2); g_6 += 1)
            { 
                int32_t * const l_243 = &g_127[1][0];
                int32_t **l_245 = &g_207[0];
                int32_t **l_263 = &l_262;
                l_244 = l_243;
                (*l_245) = l_243;
                (*l_230) &= ((safe_mul_func_int8_t_s_s((((*g_222) != (safe_mod_func_uint64_t_u_u(((g_250[0] = &g_23[0][0]) != ((*l_263) = ((((safe_rshift_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_u(g_24, 3)), 12)) ^ (safe_mod_func_uint32_t_u_u((safe_rshift_func_int16_t_s_s(((safe_lshift_func_uint8_t_u_s(p_18, 7)) != l_261[0]), (**l_245))), p_16))) < p_15) , l_262))), p_19))) & (*l_244)), 0L)) && l_264[0]);
            }
            p_15 = 0x2BE164FBL;
            for (l_235 = 0; (l_235 <= 0); l_235 += 1)
            { 
                const int32_t *l_267 = &l_235;
                const int32_t **l_266 = &l_267;
                l_265 = &p_15;
                (*l_266) = &g_44[2][1];
                (*l_224) = (p_19 , (((void*)0 != &p_15) , ((g_44[2][1] , &g_88) != (void*)0)));
            }
        }
        else
        { 
            int32_t *l_288 = &g_48;
            int64_t *l_293 = (void*)0;
            int64_t **l_292 = &l_293;
            if ((safe_div_func_int64_t_s_s((safe_lshift_func_uint16_t_u_s(4UL, 15)), ((((safe_div_func_int64_t_s_s(0L, 5L)) <= (p_17 & (((safe_mod_func_uint32_t_u_u((0x6298L && p_15), p_19)) , (*l_265)) > p_15))) | (*l_244)) , g_170[2][1]))))
            { 
                int8_t *l_278 = &l_261[0];
                int32_t **l_289[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_289[i] = &g_207[0];
                g_207[0] = (((safe_sub_func_int8_t_s_s(((*l_278) = 0L), (safe_add_func_int32_t_s_s(((safe_sub_func_int8_t_s_s(g_88.f1, p_15)) , (safe_add_func_int32_t_s_s((safe_div_func_uint32_t_u_u((g_147.f1 <= (l_287 == &g_24)), 1L)), g_33[2][0]))), (*l_244))))) < p_18) , l_288);
            }
            else
            { 
                l_288 = l_290;
            }
            l_291 = g_147;
            (*l_232) = (&g_173 == (g_294 = ((*l_292) = &g_173)));
        }
        (*l_295) = &g_294;
        for (l_234 = (-21); (l_234 < 0); l_234++)
        { 
            uint16_t l_305 = 65535UL;
            (*l_230) = (safe_add_func_uint32_t_u_u(p_17, ((safe_sub_func_int16_t_s_s((p_16 , (p_18 > ((safe_lshift_func_int16_t_s_s(g_96, 9)) > l_305))), 65526UL)) ^ g_127[0][0])));
            (*l_224) = (safe_rshift_func_uint8_t_u_u((safe_rshift_func_int16_t_s_s((((l_310[0] == l_311) != ((p_16 = (g_104 , ((&p_19 != (void*)0) | g_44[2][0]))) && l_305)) & l_305), g_127[1][0])), 3));
            for (g_147.f1 = 0; (g_147.f1 <= 1); g_147.f1 += 1)
            { 
                struct S0 **l_312 = &l_310[0];
                int i, j;
                (*l_312) = &l_291;
                return g_127[g_147.f1][g_147.f1];
            }
        }
    }
    for (g_98 = 21; (g_98 > 49); g_98++)
    { 
        int32_t **l_315 = &g_222;
        (*l_315) = &p_15;
        for (l_235 = 0; (l_235 < 23); l_235++)
        { 
            uint16_t * const l_318 = &g_170[0][0];
            uint16_t *l_320[1];
            uint16_t **l_319 = &l_320[0];
            int32_t l_326 = 0x3E2441A6L;
            int i;
            for (i = 0; i < 1; i++)
                l_320[i] = (void*)0;
            l_323 = (1L ^ ((((l_318 == ((*l_319) = &g_170[0][0])) <= ((safe_lshift_func_uint16_t_u_s(65535UL, (p_17 , (*l_265)))) >= g_104)) , (void*)0) != &g_98));
            (**l_315) |= ((void*)0 == &g_170[3][1]);
            (*g_222) = (p_18 ^ (((safe_sub_func_int8_t_s_s((l_326 == ((safe_mul_func_int8_t_s_s((((safe_add_func_int8_t_s_s((safe_add_func_uint32_t_u_u((((*g_294) ^= (safe_mod_func_uint8_t_u_u((255UL > p_15), (safe_lshift_func_uint16_t_u_u(((p_15 || (-3L)) ^ p_18), 3))))) | g_44[1][0]), g_96)), g_146.f0)) <= p_19) , 0L), 1L)) != l_326)), g_33[2][3])) , g_48) <= (-9L)));
        }
        (*l_244) |= (safe_div_func_uint8_t_u_u((safe_add_func_int64_t_s_s(((safe_sub_func_uint8_t_u_u((p_17 >= (&g_207[1] != &l_265)), ((safe_div_func_uint64_t_u_u(g_44[1][0], ((((safe_sub_func_int32_t_s_s(((**l_315) < (*l_265)), 0x069EE4E0L)) | p_17) , g_24) & (**l_315)))) , g_347[1]))) , p_16), (*g_294))), p_16));
    }
    return g_23[0][1];
}
static int32_t  func_25(uint64_t  p_26, int16_t  p_27, uint32_t  p_28, int32_t  p_29, uint16_t  p_30)
{ 
    const int32_t *l_43 = &g_44[1][0];
    struct S0 l_76 = {0x18L,0x2859701027339421LL};
    int32_t l_121 = (-5L);
    int32_t l_124 = 0x66755D88L;
    int32_t l_126 = 0xE55470A0L;
    int32_t l_128 = (-6L);
    int32_t l_130 = 1L;
    int32_t l_131 = 8L;
    int32_t l_134[2];
    uint32_t l_137 = 18446744073709551615UL;
    uint64_t l_186 = 0xC2317E4DA9278B1CLL;
    uint32_t l_206 = 0x1D7F75DEL;
    int i;
    for (i = 0; i < 2; i++)
        l_134[i] = 0x828E8F0FL;
    l_43 = l_43;
    for (g_24 = 0; (g_24 <= 0); g_24 += 1)
    { 
        int32_t *l_47 = &g_48;
        int32_t *l_49 = &g_48;
        const struct S0 l_62 = {0x05L,0x2623EE1E161E4171LL};
        int32_t l_129 = 7L;
        int32_t l_132 = 0xF600D476L;
        int32_t l_133 = 0L;
        int32_t l_135 = 0L;
        int32_t l_136[4][1];
        struct S0 *l_141 = &g_88;
        int8_t l_183 = 0L;
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
                l_136[i][j] = 0xB2265A2DL;
        }
        if (((safe_sub_func_int32_t_s_s((*l_43), (l_47 != (l_49 = &g_48)))) <= 0x847726B4FF510212LL))
        { 
            uint64_t *l_56 = (void*)0;
            uint64_t *l_57 = &g_33[2][0];
            int32_t l_63 = 0x10110121L;
            struct S0 l_77 = {1L,0x9C14114C53FB5D62LL};
            int32_t *l_81[1][1];
            int32_t l_122 = 0x9A62DAC3L;
            int32_t l_123[4] = {0x0934BFCAL,0x0934BFCAL,0x0934BFCAL,0x0934BFCAL};
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_81[i][j] = &g_23[0][1];
            }
            l_63 ^= (safe_sub_func_int16_t_s_s((safe_div_func_int8_t_s_s((((((*l_57) = (safe_rshift_func_uint8_t_u_s((*l_43), 5))) >= (safe_mul_func_int8_t_s_s(((safe_mod_func_uint16_t_u_u(g_23[0][0], (l_62 , 0x3714L))) , (0x57L <= (-1L))), g_44[1][0]))) , 0L) , 0x68L), 254UL)), (-1L)));
            if ((((safe_mod_func_int64_t_s_s(g_48, ((*l_57) = (+((safe_lshift_func_int8_t_s_s((safe_div_func_int8_t_s_s(((safe_lshift_func_uint8_t_u_u((~(safe_lshift_func_int8_t_s_s((g_23[0][1] , p_26), (g_6 , (*l_49))))), 7)) ^ 0L), g_44[1][0])), p_30)) || 1L))))) <= (*l_47)) | g_6))
            { 
                (*l_47) = g_48;
            }
            else
            { 
                struct S0 *l_78 = &l_76;
                uint64_t *l_92 = &l_76.f1;
                int16_t *l_95 = &g_96;
                uint32_t *l_97 = &g_98;
                (*l_78) = (l_77 = l_76);
                (*l_47) = (((1L | (safe_mul_func_int16_t_s_s((*l_47), (l_81[0][0] == (void*)0)))) , l_77.f1) , (-1L));
                if (g_33[2][0])
                    break;
                (*l_49) = (safe_div_func_uint32_t_u_u((safe_mul_func_int16_t_s_s(((g_88 , (safe_unary_minus_func_int8_t_s((safe_lshift_func_int16_t_s_s((((g_88 = g_88) , l_57) == l_92), 5))))) != (((*l_97) = (safe_add_func_int16_t_s_s(((*l_95) = (p_29 >= g_44[1][0])), (*l_43)))) >= 0xBDA668E5L)), g_44[1][0])), g_44[1][0]));
            }
            for (l_76.f1 = 0; (l_76.f1 <= 0); l_76.f1 += 1)
            { 
                int32_t *l_102 = &l_63;
                int32_t *l_103 = &g_104;
                int32_t *l_105 = (void*)0;
                int32_t *l_106 = &g_48;
                int32_t *l_107 = (void*)0;
                int32_t *l_108 = &l_63;
                int32_t *l_109 = &g_104;
                int32_t *l_110 = (void*)0;
                int32_t *l_111 = (void*)0;
                int32_t *l_112 = &g_104;
                int32_t *l_113 = (void*)0;
                int32_t *l_114 = &g_104;
                int32_t *l_115 = (void*)0;
                int32_t *l_116 = &l_63;
                int32_t *l_117 = &l_63;
                int32_t *l_118 = &g_104;
                int32_t *l_119 = &l_63;
                int32_t *l_120[3][1];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_120[i][j] = &l_63;
                }
                (*l_47) = g_23[g_24][(g_24 + 1)];
                (*l_103) &= ((*l_102) = (((safe_lshift_func_uint8_t_u_u(((g_23[g_24][(g_24 + 1)] == 0x61CAL) > (~(((*l_47) = g_44[2][1]) , (((void*)0 != &g_48) & 0xE9L)))), g_23[g_24][(g_24 + 1)])) <= 0UL) & g_88.f1));
                l_137++;
            }
        }
        else
        { 
            (*l_49) |= (l_121 = 1L);
        }
        l_76 = l_62;
        for (g_6 = 0; (g_6 <= 0); g_6 += 1)
        { 
            struct S0 *l_142 = &g_88;
            int32_t *l_148 = (void*)0;
            int8_t *l_154[2];
            uint16_t *l_169 = &g_170[0][0];
            int64_t *l_171 = (void*)0;
            int64_t *l_172 = &g_173;
            int32_t *l_174 = &l_132;
            int32_t l_181 = 0L;
            int32_t l_182 = 0x7B3A4D1CL;
            int32_t l_184 = 0x8C12B718L;
            int32_t l_185 = 0x3159ADB9L;
            int i, j;
            for (i = 0; i < 2; i++)
                l_154[i] = &g_125;
        }
    }
    return (*l_43);
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_6, "g_6", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_23[i][j], "g_23[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_24, "g_24", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_33[i][j], "g_33[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_44[i][j], "g_44[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_88.f0, "g_88.f0", print_hash_value);
    transparent_crc(g_88.f1, "g_88.f1", print_hash_value);
    transparent_crc(g_96, "g_96", print_hash_value);
    transparent_crc(g_98, "g_98", print_hash_value);
    transparent_crc(g_104, "g_104", print_hash_value);
    transparent_crc(g_125, "g_125", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_127[i][j], "g_127[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_146.f0, "g_146.f0", print_hash_value);
    transparent_crc(g_146.f1, "g_146.f1", print_hash_value);
    transparent_crc(g_147.f0, "g_147.f0", print_hash_value);
    transparent_crc(g_147.f1, "g_147.f1", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_170[i][j], "g_170[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_173, "g_173", print_hash_value);
    transparent_crc(g_236, "g_236", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_347[i], "g_347[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_352, "g_352", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
