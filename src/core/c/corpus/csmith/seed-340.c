#include "csmith.h"
static long __undefined;
static uint32_t g_10 = 0xC4C8D3C8L;
static uint8_t g_12 = 0x34L;
static int32_t g_21 = 0xD210EC32L;
static uint16_t g_39 = 0xD253L;
static int32_t g_44 = 0xAB391500L;
static int32_t g_46 = 1L;
static int16_t g_54 = 0x09DEL;
static uint8_t g_65[3] = {0xF6L,0xF6L,0xF6L};
static int8_t g_87 = 0x9FL;
static uint64_t g_105 = 0x4D78B1D69833782ELL;
static int16_t *g_109 = (void*)0;
static int64_t g_128[3] = {0L,0L,0L};
static int64_t g_133 = 0x416570B7C7C06617LL;
static int32_t g_148 = 0xE6255739L;
static int8_t g_167 = 0x55L;
static uint32_t g_182 = 0x6573A9DBL;
static const uint16_t g_187[1][3] = {{65530UL,65530UL,65530UL}};
static const uint16_t *g_186 = &g_187[0][1];
static int32_t *g_207[3] = {(void*)0,(void*)0,(void*)0};
static uint64_t **g_225[2] = {(void*)0,(void*)0};
static uint8_t g_244 = 0x19L;
static int16_t  func_1(void);
static int8_t  func_2(uint16_t  p_3, int32_t  p_4, int8_t  p_5);
static uint16_t  func_6(uint8_t  p_7, uint32_t  p_8, int64_t  p_9);
static int16_t  func_1(void)
{ 
    uint8_t *l_11 = &g_12;
    uint64_t l_13 = 4UL;
    int32_t *l_45[1][4];
    uint8_t l_143 = 0x56L;
    int16_t l_146 = 1L;
    uint16_t l_220 = 0xB8A0L;
    uint64_t *l_221 = (void*)0;
    int32_t * const l_227 = (void*)0;
    int8_t l_241 = 0x4CL;
    uint64_t l_242[2];
    int16_t *l_243[4] = {&l_146,&l_146,&l_146,&l_146};
    int32_t l_245 = 0L;
    int16_t l_246 = (-10L);
    int8_t l_247 = 0L;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_45[i][j] = &g_46;
    }
    for (i = 0; i < 2; i++)
        l_242[i] = 0UL;
    g_46 |= (0xAFL >= func_2(func_6(((*l_11) = g_10), (l_13 == (safe_rshift_func_uint8_t_u_u((safe_rshift_func_int8_t_s_s(g_10, 7)), 0))), l_13), g_21, g_21));
    if (g_44)
    { 
        int64_t l_51[1][1];
        uint32_t l_52 = 8UL;
        int16_t *l_53[3];
        int32_t l_66 = 3L;
        const uint64_t *l_88 = (void*)0;
        int32_t *l_112 = &g_44;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_51[i][j] = (-1L);
        }
        for (i = 0; i < 3; i++)
            l_53[i] = &g_54;
        if ((((0xDBB9L | (g_54 = (((l_52 = (((safe_rshift_func_uint8_t_u_s(((((safe_lshift_func_int8_t_s_s(g_21, 5)) & l_51[0][0]) > g_21) > (g_44 ^= (&g_21 != l_45[0][1]))), l_51[0][0])) , l_51[0][0]) && g_46)) != g_12) && g_46))) > 1L) || g_46))
        { 
            uint8_t l_74 = 0xE3L;
            int32_t l_103 = 0x49EEE8C1L;
            int16_t l_104 = (-1L);
            if ((safe_rshift_func_int16_t_s_u((safe_div_func_int16_t_s_s(((void*)0 == l_11), g_46)), 13)))
            { 
                uint32_t l_59 = 9UL;
                l_59++;
            }
            else
            { 
                uint64_t *l_64[1];
                int32_t l_69[3][3];
                int i, j;
                for (i = 0; i < 1; i++)
                    l_64[i] = &l_13;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_69[i][j] = 0L;
                }
                l_69[1][2] = ((((((g_44 & (safe_sub_func_int8_t_s_s(((l_66 &= ((g_65[1] = g_39) <= g_39)) , 0x28L), (safe_lshift_func_uint8_t_u_u(g_44, g_54))))) , 246UL) ^ l_51[0][0]) , g_21) , l_52) , g_39);
                l_66 &= (1UL & (g_65[2] != (safe_mod_func_uint16_t_u_u(((safe_sub_func_uint16_t_u_u((((l_74 || l_69[0][1]) || (safe_add_func_uint8_t_u_u((((safe_mod_func_int32_t_s_s((((safe_div_func_uint64_t_u_u(g_46, l_74)) & g_39) , 0x7BC7A95EL), g_54)) != l_51[0][0]) , g_39), l_69[1][2]))) , 0x3610L), g_10)) | 4294967295UL), (-3L)))));
                return l_52;
            }
            if (((safe_mul_func_int16_t_s_s(((safe_add_func_uint8_t_u_u(((g_54 > (((7L <= ((g_87 = g_39) && ((void*)0 == l_88))) & l_74) & g_54)) && 0x43L), l_74)) & l_74), g_65[1])) || g_44))
            { 
                return g_46;
            }
            else
            { 
                int32_t l_93 = 0xCCF6B01AL;
                int64_t l_102 = 2L;
                int32_t **l_108 = &l_45[0][0];
                l_66 |= ((safe_rshift_func_int16_t_s_s((((-1L) != (safe_div_func_int64_t_s_s((l_93 ^ g_46), ((((safe_mul_func_int16_t_s_s((safe_add_func_uint64_t_u_u((safe_div_func_uint16_t_u_u((l_93 & ((safe_add_func_int16_t_s_s(g_87, 0x2332L)) != g_21)), g_65[1])), 1L)), 65535UL)) , g_10) == g_87) | g_65[1])))) , (-7L)), 2)) > g_12);
                g_105++;
                (*l_108) = &g_21;
            }
        }
        else
        { 
            uint32_t l_126 = 8UL;
            int64_t *l_127[2][1];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_127[i][j] = &l_51[0][0];
            }
            for (g_46 = 0; (g_46 <= 0); g_46 += 1)
            { 
                int32_t **l_113 = &l_45[0][0];
                int32_t **l_114 = &l_112;
                l_66 |= (((g_109 = &g_54) == (void*)0) , g_105);
                (*l_114) = ((*l_113) = ((safe_lshift_func_uint16_t_u_u(g_46, g_39)) , l_112));
                return (*g_109);
            }
            (*l_112) = (((safe_mod_func_int64_t_s_s((g_128[0] |= (safe_mod_func_int64_t_s_s(((safe_mul_func_uint8_t_u_u(((safe_div_func_uint32_t_u_u(((((safe_sub_func_int8_t_s_s(((void*)0 == &g_39), 255UL)) <= g_65[0]) == (safe_unary_minus_func_uint32_t_u(g_87))) < 0x18D08C10L), 9UL)) , (*l_112)), g_105)) , l_126), l_126))), g_46)) == g_65[2]) != g_46);
        }
    }
    else
    { 
        uint32_t l_134[2];
        int32_t *l_147 = &g_148;
        uint32_t l_149 = 18446744073709551615UL;
        uint64_t *l_150 = (void*)0;
        uint64_t *l_151 = &l_13;
        int32_t l_164 = 1L;
        uint16_t *l_166[2];
        uint16_t **l_204 = &l_166[1];
        int32_t l_222 = 0L;
        int32_t l_224[2][3];
        uint64_t l_230 = 18446744073709551608UL;
        int i, j;
        for (i = 0; i < 2; i++)
            l_134[i] = 18446744073709551615UL;
        for (i = 0; i < 2; i++)
            l_166[i] = &g_39;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 3; j++)
                l_224[i][j] = 0x48263A6AL;
        }
        if (g_128[1])
        { 
            int32_t *l_129 = &g_21;
            l_129 = &g_46;
        }
        else
        { 
            int32_t l_130 = 1L;
            int32_t l_131 = 1L;
            int32_t l_132 = 0L;
            l_134[1]++;
        }
        if ((safe_sub_func_uint64_t_u_u(((*l_151) |= (safe_sub_func_int64_t_s_s((safe_mod_func_int64_t_s_s(((((g_87 ^ l_143) != ((((safe_mod_func_uint8_t_u_u((0x2FE2E92E3B7FEC2ALL == (((*l_147) = l_146) , g_54)), g_46)) != l_134[1]) & g_10) | g_10)) < g_10) != l_149), g_21)), 0xA2BCA0CB05F29889LL))), 7L)))
        { 
            int32_t l_152 = 0x9EFAF6FFL;
            int16_t *l_165 = &l_146;
            uint64_t **l_212 = &l_151;
            l_152 |= 0x35CC4819L;
            if (((safe_div_func_int8_t_s_s(((((g_167 = (((4294967295UL != ((((safe_add_func_int16_t_s_s(((*l_165) &= ((g_10 > (g_44 = (l_164 = (((((!(safe_div_func_uint16_t_u_u(l_152, (0x2AFA6F61L & ((safe_mul_func_uint16_t_u_u((((safe_rshift_func_int16_t_s_s(g_46, 0)) , 0x56L) && 0L), l_152)) < g_148))))) , (void*)0) != (void*)0) || l_164) | l_164)))) && 1UL)), l_152)) > l_152) , l_165) == l_166[1])) | g_167) & 0x3DCC72A9L)) >= g_46) , g_128[0]) , 0x04L), g_10)) , 1L))
            { 
                uint64_t l_177[4];
                int32_t l_180 = 0x88522CE9L;
                uint32_t *l_181[1][2];
                const uint16_t **l_185 = (void*)0;
                int32_t **l_190 = &l_45[0][3];
                int i, j;
                for (i = 0; i < 4; i++)
                    l_177[i] = 0xEBC73C5DB116D794LL;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_181[i][j] = &g_182;
                }
                g_21 = (safe_lshift_func_int8_t_s_s((((((!g_87) <= ((safe_lshift_func_int8_t_s_s(g_128[0], ((g_182 = ((safe_rshift_func_int16_t_s_s((safe_sub_func_int16_t_s_s(((*l_165) = (l_152 , ((l_177[0]--) | g_87))), (g_39 &= (g_54 ^ l_180)))), l_152)) & 0x48L)) && 0x2F1CC1EFL))) > 0x9D7EB523L)) == g_65[2]) ^ 1UL) <= g_54), g_46));
                (*l_190) = ((((((safe_mod_func_uint32_t_u_u(1UL, 0x0C7B68BEL)) && (((g_186 = &g_39) == (void*)0) > (safe_lshift_func_int16_t_s_s(g_87, l_177[3])))) | g_12) , 0UL) | g_10) , (void*)0);
                l_152 &= (g_21 = (0x4E91CA70F6C1F096LL & (safe_rshift_func_int16_t_s_u(((safe_sub_func_uint32_t_u_u((++g_182), g_105)) >= (((l_164 , ((*l_165) ^= g_21)) | (g_65[0] ^ 9L)) & g_167)), (*g_186)))));
            }
            else
            { 
                const uint16_t **l_200 = &g_186;
                const uint16_t ***l_199 = &l_200;
                uint16_t ***l_201 = (void*)0;
                uint16_t **l_203[2];
                uint16_t ***l_202[3][4] = {{&l_203[1],&l_203[0],&l_203[1],&l_203[1]},{&l_203[0],&l_203[0],&l_203[0],&l_203[0]},{&l_203[0],&l_203[1],&l_203[1],&l_203[0]}};
                int32_t l_205[1];
                uint16_t l_206 = 6UL;
                int i, j;
                for (i = 0; i < 2; i++)
                    l_203[i] = (void*)0;
                for (i = 0; i < 1; i++)
                    l_205[i] = 0L;
                l_206 |= (((safe_lshift_func_int8_t_s_u((((*l_199) = &g_186) == (l_204 = &l_166[1])), 4)) && l_164) < l_205[0]);
                g_207[2] = &l_205[0];
            }
            l_222 &= (safe_sub_func_uint32_t_u_u(((((*l_165) = (safe_mod_func_int32_t_s_s(((((*l_212) = l_150) == (l_221 = (((safe_lshift_func_uint8_t_u_u((+(safe_rshift_func_int16_t_s_s(((((-1L) < 65535UL) < ((safe_mul_func_uint16_t_u_u(65535UL, (1L <= l_220))) & 0UL)) && l_164), 10))), g_54)) ^ l_152) , &g_105))) , (-1L)), g_54))) & (*g_186)) || 0x98A1C93EL), l_152));
            l_224[1][0] &= ((((l_134[1] && (g_46 >= g_148)) , (l_152 = (!0x99L))) && (((0xBDL < 1UL) >= l_164) | 0x8CB3587CL)) >= g_187[0][2]);
        }
        else
        { 
            int32_t **l_226[2][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0}};
            int32_t **l_228 = (void*)0;
            int32_t **l_229 = &g_207[2];
            int i, j;
            l_45[0][1] = ((((&g_105 != (void*)0) , g_225[0]) == &l_150) , &l_224[1][0]);
            (*l_229) = l_227;
        }
        l_230--;
    }
    l_246 = ((safe_rshift_func_int8_t_s_s(g_54, (safe_sub_func_int8_t_s_s((((((&g_44 == (void*)0) <= (g_133 , ((safe_lshift_func_int16_t_s_u((g_244 = (safe_add_func_uint16_t_u_u(((l_241 != 0xFB1BL) || g_187[0][1]), l_242[0]))), 11)) == 18446744073709551615UL))) > l_245) , g_105) != g_87), g_128[0])))) || 0x440DL);
    return l_247;
}
static int8_t  func_2(uint16_t  p_3, int32_t  p_4, int8_t  p_5)
{ 
    int16_t l_24 = 1L;
    int16_t l_25[4] = {0xC5A3L,0xC5A3L,0xC5A3L,0xC5A3L};
    uint16_t *l_38 = &g_39;
    int16_t *l_40 = (void*)0;
    int16_t *l_41 = &l_25[3];
    int32_t *l_42 = &g_21;
    int32_t *l_43 = &g_44;
    int i;
    for (g_12 = (-1); (g_12 < 27); g_12 = safe_add_func_uint8_t_u_u(g_12, 1))
    { 
        int32_t *l_26 = &g_21;
        if (((*l_26) = (l_24 || l_25[3])))
        { 
            if (l_25[3])
                break;
            if ((g_12 <= (((0xB42BE197E7C14AB6LL <= (p_5 ^ (*l_26))) > (8L && l_25[3])) , g_21)))
            { 
                p_4 |= (safe_mod_func_int64_t_s_s(0x6966EF3B0639E6A4LL, g_12));
                return (*l_26);
            }
            else
            { 
                (*l_26) = (safe_unary_minus_func_uint8_t_u((safe_rshift_func_uint8_t_u_s(p_4, 7))));
                return g_12;
            }
        }
        else
        { 
            int32_t *l_34 = &g_21;
            if (p_4)
                break;
            for (p_5 = (-17); (p_5 <= (-6)); ++p_5)
            { 
                int32_t **l_35 = &l_26;
                (*l_26) ^= p_5;
                (*l_35) = l_34;
            }
        }
    }
    (*l_43) = ((*l_42) = (safe_rshift_func_uint16_t_u_s(((*l_38) = p_4), ((*l_41) = 1L))));
    return g_44;
}
static uint16_t  func_6(uint8_t  p_7, uint32_t  p_8, int64_t  p_9)
{ 
    int16_t l_18[2][2] = {{0L,0L},{0L,0L}};
    int i, j;
    for (p_8 = 0; p_8 < 2; p_8 += 1)
    {
        for (p_7 = 0; p_7 < 2; p_7 += 1)
        {
            l_18[p_8][p_7] = (-1L);
        }
    }
    for (g_10 = 17; (g_10 > 7); g_10--)
    { 
        return g_12;
    }
    return g_10;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_10, "g_10", print_hash_value);
    transparent_crc(g_12, "g_12", print_hash_value);
    transparent_crc(g_21, "g_21", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    transparent_crc(g_44, "g_44", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_54, "g_54", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_65[i], "g_65[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_105, "g_105", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_128[i], "g_128[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_133, "g_133", print_hash_value);
    transparent_crc(g_148, "g_148", print_hash_value);
    transparent_crc(g_167, "g_167", print_hash_value);
    transparent_crc(g_182, "g_182", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_187[i][j], "g_187[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_244, "g_244", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
