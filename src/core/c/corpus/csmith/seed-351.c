#include "csmith.h"
static long __undefined;
static int32_t g_8[1] = {0x4F402E31L};
static uint16_t g_22 = 0x7731L;
static int32_t g_35 = (-1L);
static int32_t g_39 = 2L;
static int64_t g_42 = 1L;
static int64_t g_73 = 9L;
static uint64_t g_75[1] = {1UL};
static int32_t *g_78 = &g_39;
static const uint8_t g_83 = 252UL;
static const uint8_t *g_82 = &g_83;
static const uint8_t **g_81 = &g_82;
static int64_t g_119 = 0xEFE4AB8F1B91DFB3LL;
static uint8_t g_122 = 0UL;
static int32_t g_125 = (-1L);
static uint64_t g_126 = 5UL;
static uint8_t g_148 = 0xDEL;
static int8_t g_153[1][4] = {{0x8EL,0x8EL,0x8EL,0x8EL}};
static const int64_t g_155 = 0x8C7C792515ED506CLL;
static int16_t g_169 = 0xB806L;
static uint16_t g_193 = 0x4C5EL;
static uint16_t g_199 = 1UL;
static int8_t g_204[1] = {0x2AL};
static uint16_t *g_265 = &g_193;
static uint16_t **g_264 = &g_265;
static int32_t *g_365 = &g_8[0];
static int64_t g_374 = 0x7A8A5281DA5AE765LL;
static int32_t  func_1(void);
static uint64_t  func_2(int16_t  p_3, int32_t  p_4, int8_t  p_5, uint32_t  p_6, int8_t  p_7);
static uint8_t  func_9(uint32_t  p_10, uint32_t  p_11, uint64_t  p_12);
static int32_t  func_1(void)
{ 
    uint32_t l_15 = 0x727CAD7DL;
    uint64_t l_236 = 0UL;
    int32_t l_237 = 0x828F9825L;
    int32_t l_251 = 0xD5C1137CL;
    int16_t l_277[1][2];
    int32_t l_279[1];
    uint32_t l_280 = 0xD122B539L;
    int32_t l_285 = 0x0AF27841L;
    int32_t *l_287 = &l_237;
    uint32_t l_334 = 9UL;
    const uint32_t l_335 = 0xD990099BL;
    int8_t * const l_363 = &g_204[0];
    uint8_t l_382[4][4] = {{0x22L,2UL,2UL,0x22L},{2UL,0x22L,6UL,0xB5L},{2UL,6UL,2UL,1UL},{0x22L,0xB5L,1UL,1UL}};
    uint32_t l_440 = 0UL;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_277[i][j] = 1L;
    }
    for (i = 0; i < 1; i++)
        l_279[i] = 0x512CE60BL;
    return g_75[0];
}
static uint64_t  func_2(int16_t  p_3, int32_t  p_4, int8_t  p_5, uint32_t  p_6, int8_t  p_7)
{ 
    int32_t *l_86 = &g_8[0];
    const int64_t *l_100 = &g_42;
    uint8_t *l_157 = &g_122;
    uint8_t **l_156 = &l_157;
    int32_t l_163 = (-1L);
    int8_t l_177 = (-1L);
    int8_t l_189 = 0xFBL;
    int32_t l_217 = 0xF709CE47L;
    int16_t l_230 = 0xB8BCL;
    int32_t l_231 = (-1L);
    int32_t l_232 = 0x1653AFABL;
    for (g_39 = 0; (g_39 >= 0); g_39 -= 1)
    { 
        int32_t **l_84 = (void*)0;
        int32_t **l_85 = &g_78;
        int64_t *l_93 = (void*)0;
        int64_t *l_94 = &g_73;
        int64_t *l_95 = (void*)0;
        int64_t *l_96 = &g_42;
        const int64_t *l_154 = &g_155;
        int i;
        l_86 = ((*l_85) = &g_35);
        if (((safe_rshift_func_uint8_t_u_u(((((((*l_96) = ((*l_94) = ((-8L) ^ ((safe_mod_func_int32_t_s_s(g_75[g_39], (*g_78))) , (((safe_add_func_int16_t_s_s(p_3, ((void*)0 == &g_8[0]))) != p_3) || g_83))))) <= p_5) < p_4) && p_3) & g_39), (*l_86))) ^ g_83))
        { 
            uint64_t l_97[3];
            uint8_t *l_131 = &g_122;
            int32_t l_132 = 0xB3B49DBEL;
            int32_t l_146 = 0xC36B5704L;
            uint8_t *l_147[3];
            int32_t l_149 = (-1L);
            int8_t *l_152 = &g_153[0][3];
            int i;
            for (i = 0; i < 3; i++)
                l_97[i] = 4UL;
            for (i = 0; i < 3; i++)
                l_147[i] = &g_148;
            (*l_85) = &g_8[0];
            g_35 |= (l_97[0] | (safe_add_func_int32_t_s_s(((p_4 ^ (&g_42 != l_100)) , (safe_mul_func_uint16_t_u_u((**l_85), g_39))), g_75[0])));
            for (p_5 = 11; (p_5 == (-5)); p_5 = safe_sub_func_uint32_t_u_u(p_5, 2))
            { 
                int8_t l_105 = (-8L);
                uint8_t *l_120 = (void*)0;
                uint8_t *l_121 = &g_122;
                uint16_t *l_123 = &g_22;
                int32_t *l_124[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_124[i] = &g_125;
                if (l_105)
                    break;
                if (l_105)
                    continue;
                (*l_86) = (((safe_div_func_int16_t_s_s((safe_unary_minus_func_int64_t_s((g_75[0] , (safe_sub_func_int64_t_s_s(((-9L) == (safe_mul_func_uint8_t_u_u(0x92L, (0xE8CD9E3A476D2066LL < (safe_lshift_func_int16_t_s_s((p_3 = l_97[0]), 6)))))), p_6))))), g_8[0])) != p_5) && l_105);
                g_126 ^= (g_125 &= (g_35 > ((-8L) != ((*l_123) = (((*l_121) = (safe_lshift_func_uint16_t_u_u(((((*g_78) = ((g_119 = ((safe_add_func_uint64_t_u_u((((((1UL && p_3) && (((void*)0 == l_84) <= g_83)) , &l_86) != (void*)0) , g_8[g_39]), l_105)) >= g_39)) ^ (*g_78))) || g_42) , (**l_85)), p_5))) > 0xE1L)))));
            }
            (**l_85) = ((safe_add_func_int16_t_s_s((**l_85), (safe_add_func_uint8_t_u_u(((((l_132 = ((*l_131) = 0UL)) <= (safe_div_func_uint16_t_u_u(1UL, (((((0x7E692E2EL & ((l_154 = ((safe_lshift_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_s(((((safe_rshift_func_int16_t_s_u((((safe_unary_minus_func_int32_t_s((safe_lshift_func_int8_t_s_s(((safe_mul_func_uint16_t_u_u(((*l_86) = ((g_148--) || ((*l_152) = (0x8CL > g_119)))), 0xBA98L)) ^ g_75[0]), g_126)))) < g_125) , g_125), p_6)) , p_7) & 18446744073709551614UL) || 0xC9L), 0)), 14)) , &g_119)) == &g_42)) , 0xD8L) > 0L) && p_3) & p_5)))) != g_22) , (*g_82)), 0x28L)))) && (*l_86));
        }
        else
        { 
            uint64_t l_159 = 0xB3153F037E6CEEB8LL;
            uint64_t *l_160 = &l_159;
            int16_t *l_168[3][2];
            int32_t l_170 = 0xA157F97FL;
            int32_t l_171 = (-1L);
            int32_t l_172 = 0L;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 2; j++)
                    l_168[i][j] = &g_169;
            }
            if ((*g_78))
            { 
                (*g_78) |= (&g_82 == l_156);
                (*l_85) = &g_8[0];
            }
            else
            { 
                if ((*g_78))
                    break;
                (*l_85) = &g_35;
                if ((**l_85))
                    break;
                if (p_4)
                    break;
            }
            (**l_85) = ((safe_unary_minus_func_uint32_t_u((((*l_160) = (l_159 , (p_4 , (*l_86)))) & ((((((safe_mod_func_uint8_t_u_u(((l_171 = (l_163 <= (safe_add_func_int64_t_s_s(((safe_div_func_uint16_t_u_u(((l_170 ^= 3L) || l_170), p_5)) == (-8L)), l_171)))) & 18446744073709551615UL), 249UL)) >= p_5) == (*g_78)) & (*g_82)) > g_75[0]) == l_172)))) && p_3);
            (*l_85) = (*l_85);
        }
        (*l_85) = &g_8[0];
    }
    for (g_22 = 3; (g_22 <= 23); g_22 = safe_add_func_uint64_t_u_u(g_22, 7))
    { 
        uint8_t l_202 = 0x95L;
        uint32_t l_203 = 0x660D6635L;
        int32_t l_210 = 0x4F922914L;
        int32_t * const *l_213 = &g_78;
        int32_t *l_225 = &g_8[0];
        int32_t *l_226 = &l_210;
        int32_t *l_227 = &g_8[0];
        int32_t *l_228 = &l_210;
        int32_t *l_229[1];
        uint32_t l_233 = 18446744073709551615UL;
        int i;
        for (i = 0; i < 1; i++)
            l_229[i] = &l_210;
        for (g_35 = (-26); (g_35 == 1); ++g_35)
        { 
            uint8_t *l_180 = &g_122;
            int16_t *l_181 = &g_169;
            int32_t l_182 = (-1L);
            int32_t *l_183 = (void*)0;
            int32_t *l_184[4];
            int16_t l_216 = (-1L);
            int32_t l_222[4];
            int i;
            for (i = 0; i < 4; i++)
                l_184[i] = &l_182;
            for (i = 0; i < 4; i++)
                l_222[i] = (-10L);
            g_125 = (l_177 | (((0x4FBDL | (safe_rshift_func_int16_t_s_s((1UL & (((*l_181) = (((l_180 == (void*)0) == 0x3F70FADE77E2578DLL) , g_169)) >= l_182)), 1))) | (-2L)) ^ g_75[0]));
            for (g_42 = 0; (g_42 > 19); ++g_42)
            { 
                uint16_t *l_198 = &g_199;
                int32_t l_205 = 1L;
                l_205 |= (safe_lshift_func_int16_t_s_s((l_189 == (safe_unary_minus_func_int32_t_s((0x2998C320L || (safe_lshift_func_int8_t_s_u(((++g_193) ^ (*g_78)), ((**l_156) = (((((safe_rshift_func_uint16_t_u_s((((*l_198)--) && ((((l_202 | (l_203 >= p_4)) > p_6) || g_204[0]) >= (*l_86))), 9)) , g_153[0][3]) && p_4) , &g_169) != (void*)0)))))))), 3));
                l_205 &= (*g_78);
            }
            if (p_6)
            { 
                if (p_6)
                    break;
            }
            else
            { 
                return (*l_86);
            }
            for (g_122 = 0; (g_122 != 28); ++g_122)
            { 
                uint64_t *l_214 = (void*)0;
                uint64_t *l_215 = &g_75[0];
                l_217 = ((((0xFC36L == ((((*l_181) = (safe_add_func_uint64_t_u_u(((*l_215) = ((g_204[0] < (l_210 = p_4)) && (((safe_sub_func_uint32_t_u_u(4294967295UL, ((&l_184[3] == l_213) && (*l_86)))) | 0x3DAEB97B0E047043LL) , 0x41012E1E6929A276LL))), 0L))) ^ l_216) | p_6)) & g_199) , p_7) != 18446744073709551615UL);
                l_217 = ((+(**l_213)) == (safe_mod_func_int64_t_s_s((~(l_222[2] > (safe_rshift_func_uint16_t_u_s(65535UL, 5)))), p_7)));
            }
        }
        ++l_233;
    }
    return p_3;
}
static uint8_t  func_9(uint32_t  p_10, uint32_t  p_11, uint64_t  p_12)
{ 
    int32_t l_21 = 0x912E7550L;
    int8_t l_43 = 0xC1L;
    int32_t l_44 = (-1L);
    int64_t *l_64 = &g_42;
    int32_t l_72[3];
    int i;
    for (i = 0; i < 3; i++)
        l_72[i] = 3L;
    for (p_12 = 16; (p_12 < 56); p_12 = safe_add_func_uint8_t_u_u(p_12, 8))
    { 
        uint32_t l_36 = 0x71D69170L;
        int32_t *l_37 = (void*)0;
        int32_t *l_38[3][2];
        int32_t l_40 = 0xCCE3F50EL;
        int64_t *l_41[3];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 2; j++)
                l_38[i][j] = &g_39;
        }
        for (i = 0; i < 3; i++)
            l_41[i] = (void*)0;
        if (g_8[0])
            break;
        if ((((g_42 = ((l_40 = ((safe_lshift_func_uint8_t_u_s(p_12, 5)) , (+((((g_22 ^= l_21) == (g_8[0] & (safe_mod_func_uint16_t_u_u((safe_add_func_int32_t_s_s((safe_lshift_func_int16_t_s_u(((safe_div_func_uint64_t_u_u((safe_sub_func_int8_t_s_s(((((safe_rshift_func_uint16_t_u_s(((g_35 = p_12) , (g_8[0] ^ 0xE836EA0EL)), p_12)) != (-1L)) || g_8[0]) || g_8[0]), l_36)), l_21)) <= 1UL), 10)), p_10)), p_10)))) || l_21) & g_8[0])))) , 0x4C933337672A6DFELL)) | p_12) || 0UL))
        { 
            uint8_t l_45 = 255UL;
            const int32_t l_67 = 0xE960871EL;
            int32_t l_68 = 0xFB84C81EL;
            uint8_t l_69 = 1UL;
            int32_t l_74 = 6L;
            ++l_45;
            for (g_42 = 0; (g_42 == (-22)); --g_42)
            { 
                uint8_t *l_65 = &l_45;
                int32_t l_66 = (-1L);
                l_68 = (((safe_sub_func_uint64_t_u_u((((safe_div_func_uint16_t_u_u((((((safe_mul_func_uint8_t_u_u((safe_mod_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_s(p_12, 1)), ((safe_lshift_func_int8_t_s_s((safe_lshift_func_int8_t_s_s((0x29A01EED764E38B1LL >= ((&g_42 != l_64) | ((((*l_65) = l_43) , &g_8[0]) == (void*)0))), 0)), l_66)) & (-10L)))), 0xBFL)) ^ p_11) == l_67) | g_39) == p_11), (-9L))) , p_11) != g_8[0]), 0x0EA8EDF97EF3AE86LL)) | p_10) != l_67);
                l_66 &= g_8[0];
                ++l_69;
            }
            ++g_75[0];
            for (l_43 = 0; (l_43 <= 1); l_43 += 1)
            { 
                int i, j;
                g_78 = l_38[l_43][l_43];
            }
        }
        else
        { 
            for (l_21 = 0; (l_21 < (-16)); l_21 = safe_sub_func_int32_t_s_s(l_21, 7))
            { 
                (*g_78) ^= (p_12 , ((g_75[0] , &g_73) == (void*)0));
            }
        }
        g_81 = (void*)0;
    }
    return p_10;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_8[i], "g_8[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_22, "g_22", print_hash_value);
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_75[i], "g_75[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_83, "g_83", print_hash_value);
    transparent_crc(g_119, "g_119", print_hash_value);
    transparent_crc(g_122, "g_122", print_hash_value);
    transparent_crc(g_125, "g_125", print_hash_value);
    transparent_crc(g_126, "g_126", print_hash_value);
    transparent_crc(g_148, "g_148", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_153[i][j], "g_153[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_155, "g_155", print_hash_value);
    transparent_crc(g_169, "g_169", print_hash_value);
    transparent_crc(g_193, "g_193", print_hash_value);
    transparent_crc(g_199, "g_199", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_204[i], "g_204[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_374, "g_374", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
