#include "csmith.h"
static long __undefined;
static uint64_t g_16 = 3UL;
static int64_t g_18 = 0x3FA3A92BD42CA8CDLL;
static int32_t g_20 = 0x5F8D9A2BL;
static int8_t g_28 = 0x81L;
static int32_t g_35 = 0xE734E2E0L;
static int32_t g_58 = 0L;
static int64_t g_61[4] = {0xDD679405A9AD1DC2LL,0xDD679405A9AD1DC2LL,0xDD679405A9AD1DC2LL,0xDD679405A9AD1DC2LL};
static int32_t g_63 = 6L;
static int32_t g_69 = 0xE91F1311L;
static int16_t g_91 = 0x3FEAL;
static int64_t g_95 = 0L;
static int64_t g_97 = 1L;
static int8_t g_98 = 2L;
static uint8_t g_99 = 0xE2L;
static uint16_t g_110 = 0x4AE6L;
static uint16_t g_119 = 0x812DL;
static int8_t g_131 = 1L;
static uint16_t *g_133 = &g_119;
static uint16_t **g_132 = &g_133;
static uint16_t g_137 = 0xCF30L;
static int32_t g_149 = 0x2A3456A0L;
static int32_t g_150[3][4] = {{1L,1L,1L,1L},{1L,1L,1L,1L},{1L,1L,1L,1L}};
static int32_t g_151 = 0L;
static int8_t g_152 = 9L;
static uint16_t g_153[1] = {0x1FC7L};
static uint32_t g_182 = 1UL;
static int16_t *g_191 = &g_91;
static int16_t * const *g_190 = &g_191;
static int32_t *g_211 = (void*)0;
static int32_t **g_210[1][1] = {{&g_211}};
static int16_t g_216 = 0x6F0FL;
static uint32_t g_233 = 18446744073709551610UL;
static uint64_t g_253 = 0xB8BAA0CC7A937C5BLL;
static uint64_t g_324 = 18446744073709551611UL;
static uint32_t  func_1(void);
static int64_t  func_2(int64_t  p_3, int8_t  p_4, uint64_t  p_5, int16_t  p_6, uint8_t  p_7);
static int32_t * func_44(int16_t  p_45);
static uint32_t  func_1(void)
{ 
    uint32_t l_8 = 1UL;
    int64_t *l_17 = &g_18;
    uint32_t *l_34[2][2];
    int32_t *l_92[3];
    int64_t l_111 = 0L;
    const uint8_t *l_200[1][2];
    uint64_t l_265 = 5UL;
    int32_t l_270 = 0x64E26916L;
    uint8_t *l_271 = &g_99;
    int16_t l_276 = 5L;
    uint16_t l_278 = 1UL;
    uint64_t l_317 = 0x3D8B2EFC62F1771ALL;
    uint32_t l_323 = 0xD64ACCCFL;
    uint8_t l_325 = 0x36L;
    int8_t l_326 = 0x4FL;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_34[i][j] = &l_8;
    }
    for (i = 0; i < 3; i++)
        l_92[i] = &g_63;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_200[i][j] = &g_99;
    }
lbl_281:
    if (((((g_35 = (func_2(l_8, (safe_unary_minus_func_int8_t_s((safe_lshift_func_int8_t_s_u((safe_mul_func_uint16_t_u_u(((safe_sub_func_uint16_t_u_u((g_16 || ((*l_17) = l_8)), g_16)) ^ ((l_8 || (-4L)) > g_16)), g_16)), g_16)))), l_8, g_16, g_16) , 4UL)) | 1L) , g_20) & 1L))
    { 
        int32_t *l_36 = &g_20;
        int32_t *l_37 = &g_20;
        int32_t *l_38[3];
        uint64_t l_39 = 0x87B70D8AC507B392LL;
        int16_t *l_107 = &g_91;
        int64_t *l_163 = &g_18;
        uint8_t *l_199[3];
        int64_t l_217[3];
        int i;
        for (i = 0; i < 3; i++)
            l_38[i] = &g_20;
        for (i = 0; i < 3; i++)
            l_199[i] = &g_99;
        for (i = 0; i < 3; i++)
            l_217[i] = 0xDC618289B81AA9FBLL;
        l_39--;
        if (l_8)
        { 
            int32_t * const l_52 = &g_20;
            int32_t l_94 = 0xF162BBD6L;
            int32_t l_96 = (-1L);
            int16_t **l_108 = &l_107;
            uint16_t *l_109 = &g_110;
            int8_t *l_112 = &g_98;
            int32_t **l_113 = &l_38[2];
            for (g_16 = 0; (g_16 >= 12); g_16++)
            { 
                int8_t l_54[4][1];
                int32_t l_93 = 0xFAFEA3E4L;
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_54[i][j] = 6L;
                }
                l_92[2] = func_44((safe_div_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_s((safe_sub_func_uint64_t_u_u((g_35 != ((void*)0 != l_52)), (!(((l_34[0][0] != &g_20) , 0xABL) > l_54[3][0])))), g_28)), g_16)));
                --g_99;
            }
            (*l_113) = (((*l_112) = ((((!((((safe_mod_func_uint16_t_u_u(((*l_109) ^= (((g_58 ^ ((*l_17) = ((safe_div_func_int16_t_s_s(g_61[3], (*l_52))) & (((*l_108) = l_107) == &g_91)))) & 4UL) || 0x80L)), (-3L))) != l_111) , g_97) , 0UL)) || 65528UL) > g_95) , g_98)) , l_34[1][1]);
            if (g_35)
            { 
                uint16_t *l_118 = &g_119;
                int32_t l_130 = 0x0F4B2D4CL;
                (*l_52) ^= (((((safe_lshift_func_uint8_t_u_s((65533UL && (--(*l_109))), (((*l_118) = 0x71C4L) == (g_91 >= (g_131 = ((safe_rshift_func_uint16_t_u_s((safe_div_func_uint16_t_u_u((((safe_add_func_uint64_t_u_u((g_69 >= (safe_add_func_int32_t_s_s(((safe_add_func_uint32_t_u_u(g_61[3], 0x24CF1313L)) <= 0L), g_28))), (-1L))) && g_35) | g_91), l_130)), 10)) | (-4L))))))) ^ g_98) , g_95) , g_35) ^ g_58);
            }
            else
            { 
                uint16_t ***l_134[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_134[i] = &g_132;
                (*l_52) ^= (&g_63 == (void*)0);
                g_132 = g_132;
                (**l_113) = (g_97 != (g_58 || g_58));
            }
        }
        else
        { 
            int8_t l_135[2][2] = {{(-2L),(-2L)},{(-2L),(-2L)}};
            int32_t l_136[4] = {0x53576D6FL,0x53576D6FL,0x53576D6FL,0x53576D6FL};
            uint8_t *l_158 = &g_99;
            int64_t **l_162 = &l_17;
            int i, j;
            --g_137;
            if ((safe_mod_func_uint16_t_u_u((*l_37), (safe_unary_minus_func_int32_t_s((safe_div_func_uint8_t_u_u((safe_mod_func_uint64_t_u_u((safe_mod_func_uint32_t_u_u((l_136[0] = (--g_153[0])), ((g_20 || ((safe_rshift_func_int8_t_s_u(((--(*l_158)) >= ((+(((*l_162) = &g_61[3]) != l_163)) ^ (safe_div_func_int32_t_s_s(((*g_133) && l_135[1][0]), 4294967295UL)))), g_61[3])) | 0x7CC5L)) , (-9L)))), (*l_36))), g_150[0][2])))))))
            { 
                int32_t **l_166 = &l_38[0];
                (*l_166) = &g_69;
                l_92[2] = func_44(((*l_107) = g_58));
            }
            else
            { 
                return l_136[0];
            }
            return g_35;
        }
        for (g_63 = 10; (g_63 != (-18)); g_63 = safe_sub_func_uint16_t_u_u(g_63, 4))
        { 
            int32_t l_181 = 0x9CEE28C9L;
            const uint8_t *l_184 = &g_99;
            int32_t l_201 = 0x534156CAL;
            int32_t l_202 = 1L;
            int32_t **l_203 = &l_38[1];
            for (g_97 = 1; (g_97 >= 0); g_97 -= 1)
            { 
                int32_t **l_183 = &l_36;
                int i;
            }
            (*l_37) = (&g_99 != l_184);
            l_202 ^= ((((*l_107) = 0x3D32L) || (((+(safe_add_func_uint32_t_u_u((g_182 = ((((safe_lshift_func_uint16_t_u_u((g_190 != (void*)0), 5)) <= (safe_div_func_int64_t_s_s((safe_mul_func_uint8_t_u_u((l_181 = (l_201 ^= ((safe_div_func_int64_t_s_s((~(((((((l_199[1] == l_200[0][0]) <= g_97) , (void*)0) == (void*)0) , g_98) < g_35) , l_181)), g_18)) | (*l_36)))), 0UL)), g_20))) , 1UL) , g_18)), 0xA6E5C471L))) != 0x82L) < (**g_132))) || l_181);
            (*l_203) = &g_20;
        }
        if ((safe_rshift_func_uint8_t_u_u((g_216 = ((g_99 ^= ((safe_div_func_int8_t_s_s(((g_61[3] < ((((((((safe_mod_func_int32_t_s_s(((0x2E22B5A8EEEFA9EDLL | (&l_92[1] == g_210[0][0])) , (safe_mul_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(((*l_37) ^ (*l_36)), g_61[1])), (**g_190)))), (*l_36))) > 0x16L) <= 0x52D1907DL) >= g_110) , &g_191) != &l_107) , (*g_133)) != 0L)) && (*g_191)), g_98)) ^ g_18)) ^ (*l_37))), l_217[1])))
        { 
            (*l_36) = (((void*)0 == &g_182) > (*l_37));
        }
        else
        { 
            for (g_91 = (-13); (g_91 != 20); g_91++)
            { 
                int64_t l_220 = 0x0BB8A06608B6909FLL;
                (*l_36) |= l_220;
                return g_151;
            }
        }
    }
    else
    { 
        uint8_t l_234 = 0xA4L;
        int32_t l_236[4][3];
        uint16_t l_237 = 0xF0A0L;
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 3; j++)
                l_236[i][j] = 1L;
        }
        for (l_111 = 3; (l_111 >= 0); l_111 -= 1)
        { 
            uint16_t ***l_224 = &g_132;
            uint16_t ****l_223 = &l_224;
            uint32_t *l_232[1];
            int8_t *l_235 = &g_152;
            int32_t l_247 = 0x88965764L;
            int32_t l_256 = 2L;
            int32_t l_257 = (-1L);
            int32_t l_258 = 0x0DAE1A5DL;
            int32_t l_259 = 0x90BC4DB8L;
            int i;
            for (i = 0; i < 1; i++)
                l_232[i] = &g_233;
            if ((safe_mod_func_uint8_t_u_u(((((*l_223) = (void*)0) == &g_132) ^ ((~((*l_235) = (((g_61[l_111] = ((((safe_sub_func_uint32_t_u_u((safe_rshift_func_int16_t_s_s((((~(((!g_61[l_111]) & ((g_233 = g_61[l_111]) , (*g_191))) , g_61[l_111])) == l_234) , 0x5115L), 7)), g_216)) || 0UL) >= (**g_190)) ^ l_234)) != g_69) >= 0UL))) , (-1L))), 0x68L)))
            { 
                uint16_t *l_250 = &g_110;
                int16_t l_251 = 1L;
                int16_t *l_252 = &g_216;
                int32_t l_254 = 0x08783E8BL;
                ++l_237;
                l_254 &= (((safe_mod_func_int64_t_s_s(((((*g_191) == ((safe_mod_func_uint8_t_u_u(((g_61[2] != g_151) || (((*l_252) = ((~(safe_add_func_uint32_t_u_u((g_182 |= g_61[l_111]), (((*l_250) = ((**g_132)--)) < l_251)))) == l_247)) != 0UL)), l_251)) || l_234)) < l_251) & g_35), 0xA619FA64D3AAD897LL)) >= 18446744073709551606UL) ^ g_253);
            }
            else
            { 
                int32_t **l_255[1][4];
                uint32_t l_260 = 0x43D4B945L;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_255[i][j] = &l_92[0];
                }
                l_92[2] = &l_247;
                --l_260;
            }
        }
    }
    if ((safe_lshift_func_uint16_t_u_u(((g_63 && ((l_34[0][0] == (void*)0) >= l_265)) | (safe_div_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_u(((*l_271) |= (((*l_17) = (1L ^ l_270)) , g_91)), g_149)), g_216))), (**g_132))))
    { 
        int16_t l_315 = 0xD039L;
        int32_t l_318 = 1L;
        for (g_233 = (-30); (g_233 < 36); ++g_233)
        { 
            int32_t l_282 = (-7L);
            int32_t l_283 = 0x7F191E37L;
            int32_t l_284 = 2L;
            uint32_t l_285[1];
            int32_t *l_291 = (void*)0;
            uint16_t l_316 = 65535UL;
            int i;
            for (i = 0; i < 1; i++)
                l_285[i] = 0UL;
            for (g_58 = 0; (g_58 >= (-3)); g_58 = safe_sub_func_uint16_t_u_u(g_58, 8))
            { 
                int16_t l_277 = 0x396FL;
                ++l_278;
                if (g_98)
                    goto lbl_281;
                l_282 = 0x5447481BL;
            }
            l_285[0]++;
            for (g_131 = 0; (g_131 == (-26)); --g_131)
            { 
                int32_t **l_290[3][3];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_290[i][j] = &g_211;
                }
                l_291 = &l_270;
                l_318 = ((safe_div_func_uint16_t_u_u(((((((safe_add_func_uint8_t_u_u((g_63 , ((((safe_mul_func_uint8_t_u_u(g_58, (g_98 = (((safe_rshift_func_int8_t_s_u((!((safe_rshift_func_int16_t_s_u((((safe_sub_func_int64_t_s_s((safe_div_func_int32_t_s_s((safe_div_func_uint32_t_u_u(((((safe_add_func_int8_t_s_s(((safe_lshift_func_int8_t_s_s((safe_mul_func_uint8_t_u_u(l_315, ((g_28 < ((**g_190) == (**g_132))) ^ 5L))), (*l_291))) <= 1UL), g_253)) , g_91) >= l_316) || l_317), 0x921EBF98L)), 0x0E48E378L)), 0xC27CB5496BFD4270LL)) < (*l_291)) == l_315), 0)) && l_315)), g_16)) <= g_253) >= g_69)))) | (**g_190)) ^ l_315) > (*l_291))), g_61[3])) != (*l_291)) <= l_315) & (**g_190)) , (*g_191)) || l_315), 0xA737L)) , (*l_291));
                l_92[0] = &l_270;
            }
        }
    }
    else
    { 
        int16_t l_319[1];
        uint8_t l_320 = 0x2AL;
        int32_t l_321[1];
        const uint32_t *l_322[2];
        int i;
        for (i = 0; i < 1; i++)
            l_319[i] = 0xA47EL;
        for (i = 0; i < 1; i++)
            l_321[i] = 5L;
        for (i = 0; i < 2; i++)
            l_322[i] = &l_8;
        l_320 = l_319[0];
        l_321[0] &= (9UL && (g_99 & l_319[0]));
        l_321[0] = (&g_182 != (g_137 , l_322[1]));
    }
    g_324 = l_323;
    l_325 &= (g_95 && g_119);
    return l_326;
}
static int64_t  func_2(int64_t  p_3, int8_t  p_4, uint64_t  p_5, int16_t  p_6, uint8_t  p_7)
{ 
    int32_t *l_19 = &g_20;
    int32_t *l_21 = &g_20;
    int32_t *l_22 = &g_20;
    int32_t *l_23 = (void*)0;
    int32_t *l_24 = (void*)0;
    int32_t *l_25 = &g_20;
    int32_t l_26 = (-1L);
    int32_t *l_27[1];
    uint64_t l_29 = 18446744073709551608UL;
    int i;
    for (i = 0; i < 1; i++)
        l_27[i] = (void*)0;
    --l_29;
    g_20 ^= (safe_rshift_func_uint8_t_u_s(p_6, p_3));
    return g_20;
}
static int32_t * func_44(int16_t  p_45)
{ 
    uint16_t l_64 = 0x9559L;
    int32_t l_73 = 0xDB3F0F59L;
    for (g_20 = 0; (g_20 <= 22); g_20++)
    { 
        int32_t *l_57 = &g_58;
        int32_t l_59 = 0x575E7E8EL;
        int32_t *l_60 = &l_59;
        int32_t *l_62[3][4] = {{&g_58,&l_59,&g_58,&l_59},{&l_59,&l_59,&g_58,&g_58},{&g_58,&g_58,&l_59,&g_58}};
        int16_t *l_90[1];
        int i, j;
        for (i = 0; i < 1; i++)
            l_90[i] = &g_91;
        l_64--;
        for (g_63 = 18; (g_63 > (-11)); g_63--)
        { 
            g_69 |= (g_61[1] , g_58);
        }
        l_73 &= ((*l_60) = (safe_add_func_int8_t_s_s((!g_28), p_45)));
        (*l_57) |= ((g_91 ^= (safe_sub_func_int64_t_s_s((((void*)0 == &g_69) , (safe_mul_func_int16_t_s_s((g_69 , ((((safe_mod_func_uint8_t_u_u((safe_mod_func_int32_t_s_s(((safe_mul_func_uint16_t_u_u(((safe_mul_func_int16_t_s_s((safe_sub_func_uint8_t_u_u((((safe_div_func_int64_t_s_s((p_45 && g_28), 8L)) && g_16) == g_35), 3L)), 0UL)) || g_16), p_45)) == 1L), (-3L))), 0xEBL)) > g_18) && 0UL) > 2L)), 0x2E3EL))), 0xF49DA2B617F2E326LL))) && l_73);
    }
    return &g_20;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_16, "g_16", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_28, "g_28", print_hash_value);
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_58, "g_58", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_61[i], "g_61[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_91, "g_91", print_hash_value);
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_97, "g_97", print_hash_value);
    transparent_crc(g_98, "g_98", print_hash_value);
    transparent_crc(g_99, "g_99", print_hash_value);
    transparent_crc(g_110, "g_110", print_hash_value);
    transparent_crc(g_119, "g_119", print_hash_value);
    transparent_crc(g_131, "g_131", print_hash_value);
    transparent_crc(g_137, "g_137", print_hash_value);
    transparent_crc(g_149, "g_149", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_150[i][j], "g_150[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_151, "g_151", print_hash_value);
    transparent_crc(g_152, "g_152", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_153[i], "g_153[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_182, "g_182", print_hash_value);
    transparent_crc(g_216, "g_216", print_hash_value);
    transparent_crc(g_233, "g_233", print_hash_value);
    transparent_crc(g_253, "g_253", print_hash_value);
    transparent_crc(g_324, "g_324", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
