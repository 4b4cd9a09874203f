#include "csmith.h"
static long __undefined;
static int32_t g_5 = 0xD925B0E4L;
static int32_t g_56 = (-1L);
static uint64_t g_79[2][4] = {{6UL,6UL,6UL,6UL},{6UL,6UL,6UL,6UL}};
static uint64_t g_83[1] = {0xE91E412D46FEDEA8LL};
static int64_t g_87 = 0xEEBEAAF72A6DD754LL;
static int8_t g_91 = 0xFBL;
static int16_t g_95[4] = {1L,1L,1L,1L};
static uint8_t *g_102 = (void*)0;
static int32_t *g_171 = &g_56;
static int32_t **g_187 = (void*)0;
static uint16_t *g_204 = (void*)0;
static int16_t g_205 = 9L;
static uint32_t g_220 = 0x1998E242L;
static uint8_t g_238 = 0x49L;
static uint64_t g_246[2][1] = {{0x66A3FBE80DE5B823LL},{0x66A3FBE80DE5B823LL}};
static int32_t  func_1(void);
static const int32_t * func_21(uint64_t  p_22, uint64_t  p_23, const int32_t * p_24);
static const int32_t * func_28(int32_t  p_29, int32_t * p_30, int64_t  p_31, int32_t * p_32);
static int32_t  func_1(void)
{ 
    uint16_t l_2 = 1UL;
    uint32_t l_27[1];
    const int32_t *l_208 = &g_56;
    int32_t l_209 = (-2L);
    int32_t l_210 = 0xEC63F9E7L;
    int32_t l_216 = 1L;
    int32_t l_219 = (-5L);
    int64_t l_229 = 0xC106F47B0E098B48LL;
    int32_t *l_247 = &l_219;
    int32_t *l_248[4] = {&g_56,&g_56,&g_56,&g_56};
    uint16_t l_249 = 0x33A9L;
    int i;
    for (i = 0; i < 1; i++)
        l_27[i] = 0x5CCB9725L;
    if (l_2)
    { 
        int32_t *l_3 = (void*)0;
        int32_t *l_4 = &g_5;
        int32_t *l_6 = &g_5;
        int32_t *l_7 = &g_5;
        int32_t *l_8 = &g_5;
        int32_t *l_9 = &g_5;
        int32_t *l_10 = &g_5;
        int32_t *l_11 = &g_5;
        int32_t *l_12 = &g_5;
        int32_t *l_13 = &g_5;
        int32_t *l_14 = &g_5;
        int32_t *l_15 = &g_5;
        int32_t *l_16 = (void*)0;
        int32_t *l_17 = &g_5;
        uint16_t l_18[1][4];
        const int32_t *l_207 = &g_5;
        const int32_t **l_206[1][3];
        int32_t *l_211 = &g_56;
        int32_t l_212 = 0x6E8ACDD5L;
        int32_t *l_213 = &g_56;
        int32_t *l_214 = &g_5;
        int32_t *l_215 = &g_5;
        int32_t *l_217 = &l_209;
        int32_t *l_218[4][1];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_18[i][j] = 0xC59CL;
        }
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_206[i][j] = &l_207;
        }
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
                l_218[i][j] = &l_209;
        }
        l_18[0][3]--;
        l_208 = func_21((safe_lshift_func_uint16_t_u_u(l_27[0], 5)), (*l_14), func_28((safe_mod_func_uint8_t_u_u((((safe_rshift_func_int8_t_s_u((((l_27[0] , l_2) != (safe_rshift_func_int16_t_s_s(g_5, 1))) > g_5), l_27[0])) , (*l_13)) & 0xA9F4L), l_27[0])), &g_5, l_27[0], l_16));
        --g_220;
    }
    else
    { 
        return g_83[0];
    }
    for (g_205 = 4; (g_205 != (-29)); g_205 = safe_sub_func_uint32_t_u_u(g_205, 1))
    { 
        int32_t *l_227 = (void*)0;
        for (l_216 = 26; (l_216 > 9); --l_216)
        { 
            int32_t ***l_228 = &g_187;
            l_227 = &l_210;
            (*l_228) = &g_171;
            return g_91;
        }
    }
    for (g_220 = 0; (g_220 <= 0); g_220 += 1)
    { 
        int32_t *l_244 = &g_56;
        int i;
        for (g_56 = 3; (g_56 >= 0); g_56 -= 1)
        { 
            int i, j;
            return g_79[(g_220 + 1)][g_56];
        }
        (*g_171) = ((((g_83[g_220] || g_83[g_220]) && l_229) ^ ((g_83[0] , ((g_56 && g_83[g_220]) & g_79[0][2])) ^ 0x0F379100L)) && 0L);
        for (g_87 = 0; (g_87 >= 0); g_87 -= 1)
        { 
            int32_t l_235 = (-1L);
            (*g_171) = 0x7461230AL;
            for (g_56 = 1; (g_56 >= 0); g_56 -= 1)
            { 
                int32_t *l_234 = &l_209;
                int32_t l_236 = 0xB25185A7L;
                int32_t *l_237 = &l_236;
                int32_t l_243[1][2];
                int32_t **l_245[3][2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_243[i][j] = 0x76A42D7DL;
                }
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_245[i][j] = &l_244;
                }
                (*l_234) = (g_79[g_56][g_56] ^ ((safe_add_func_int64_t_s_s(g_5, 0xD1FD33C25D2CA802LL)) != g_91));
                (*l_234) ^= ((*l_208) <= l_235);
                --g_238;
                l_219 = (((safe_rshift_func_int16_t_s_s((((void*)0 == &g_171) > ((g_246[0][0] &= (g_95[3] , (((*l_237) = ((l_243[0][0] , (((g_171 = l_244) != l_244) < (*l_208))) == 4L)) ^ g_56))) ^ (-4L))), 0)) , g_56) > 1L);
            }
        }
    }
    ++l_249;
    return g_205;
}
static const int32_t * func_21(uint64_t  p_22, uint64_t  p_23, const int32_t * p_24)
{ 
    int32_t *l_163 = &g_5;
    int32_t *l_164 = &g_56;
    int32_t *l_165 = &g_5;
    int32_t *l_166[3][1];
    uint8_t l_167[3];
    uint32_t l_170[1][1];
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_166[i][j] = &g_5;
    }
    for (i = 0; i < 3; i++)
        l_167[i] = 255UL;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_170[i][j] = 0xD3B926A7L;
    }
    l_167[2]++;
    for (g_91 = 0; (g_91 <= 0); g_91 += 1)
    { 
        int32_t l_192 = 1L;
        (*l_164) = p_22;
        for (g_87 = 0; (g_87 >= 0); g_87 -= 1)
        { 
            int i, j;
            l_166[g_87][g_91] = &g_56;
        }
        for (g_87 = 3; (g_87 >= 0); g_87 -= 1)
        { 
            int32_t * const l_172[2] = {&g_5,&g_5};
            int i;
            if (l_170[0][0])
            { 
                uint32_t l_173 = 0xDCE05B8FL;
                g_171 = l_166[1][0];
                (*g_171) &= (0UL | p_22);
                g_171 = l_172[1];
                l_173++;
            }
            else
            { 
                if ((*g_171))
                    break;
                if ((*g_171))
                    continue;
                if ((*g_171))
                    continue;
            }
            for (p_22 = 0; (p_22 <= 0); p_22 += 1)
            { 
                uint64_t l_193 = 0xD65C57B0BAC48D8FLL;
                (*g_171) = ((!(safe_mul_func_int8_t_s_s((!(safe_sub_func_int16_t_s_s((safe_add_func_uint8_t_u_u(((+g_95[3]) , ((safe_lshift_func_uint8_t_u_u(((void*)0 != g_187), (safe_sub_func_uint8_t_u_u(254UL, (safe_mod_func_uint8_t_u_u((0x6F8BL <= 4L), 0x59L)))))) >= l_192)), l_193)), 0xEC9AL))), g_95[3]))) || 0xA4458DFD47EA3AF3LL);
                (*l_163) = 0x54E84F83L;
            }
        }
    }
    g_205 ^= (safe_lshift_func_int8_t_s_u((safe_rshift_func_int8_t_s_s((safe_add_func_int32_t_s_s(p_23, g_87)), (((safe_mod_func_uint32_t_u_u(((safe_mod_func_int8_t_s_s((g_204 == g_204), p_23)) <= (*g_171)), (*g_171))) || g_5) < p_23))), (*l_163)));
    return &g_56;
}
static const int32_t * func_28(int32_t  p_29, int32_t * p_30, int64_t  p_31, int32_t * p_32)
{ 
    int32_t *l_43[3];
    int16_t l_44 = 0xBAAAL;
    uint64_t *l_82 = &g_83[0];
    uint64_t l_149 = 0x044E6814E7D6D0C9LL;
    int i;
    for (i = 0; i < 3; i++)
        l_43[i] = (void*)0;
    for (p_29 = 0; (p_29 != (-11)); p_29--)
    { 
        int32_t *l_51 = (void*)0;
        uint16_t l_54 = 0xC253L;
        uint64_t *l_84 = &g_83[0];
        uint64_t l_97 = 18446744073709551607UL;
        int32_t *l_101[4][1] = {{(void*)0},{&g_56},{(void*)0},{&g_56}};
        uint32_t l_115[4];
        int i, j;
        for (i = 0; i < 4; i++)
            l_115[i] = 0x8E40AA8DL;
        if (((g_5 >= g_5) | ((((safe_div_func_int16_t_s_s(((void*)0 == l_43[2]), 0x04A2L)) ^ p_29) | g_5) ^ l_44)))
        { 
            for (p_31 = 0; (p_31 != (-20)); p_31 = safe_sub_func_int32_t_s_s(p_31, 1))
            { 
                const int32_t *l_47[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_47[i] = (void*)0;
                return l_47[2];
            }
        }
        else
        { 
            int32_t *l_50 = &g_5;
            int32_t **l_52 = &l_43[1];
            uint8_t l_53[4];
            int32_t *l_55[2];
            int i;
            for (i = 0; i < 4; i++)
                l_53[i] = 1UL;
            for (i = 0; i < 2; i++)
                l_55[i] = &g_56;
            g_56 |= (((l_50 == (void*)0) != (g_5 != (((((((*l_52) = l_51) == (void*)0) , 0x7D757520C256FAE7LL) < 0x860C01EF4FC6A3F0LL) , g_5) & l_53[1]))) ^ l_54);
            if ((~(safe_lshift_func_uint16_t_u_u(g_5, (safe_mul_func_int8_t_s_s((p_31 || ((safe_unary_minus_func_int8_t_s(p_29)) <= (((g_5 == (g_5 | 0x68F781BEL)) , (*p_30)) <= p_31))), g_5))))))
            { 
                uint64_t *l_78 = (void*)0;
                int64_t *l_85 = (void*)0;
                int64_t *l_86 = &g_87;
                int8_t *l_90 = &g_91;
                int16_t *l_93 = &l_44;
                uint8_t *l_94 = &l_53[2];
                int32_t l_96 = 6L;
                (*l_52) = (void*)0;
                l_96 &= (((((safe_unary_minus_func_int64_t_s((safe_sub_func_int64_t_s_s(((((safe_div_func_uint64_t_u_u((safe_add_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_s(((safe_mul_func_uint8_t_u_u(0x02L, (safe_sub_func_int64_t_s_s((((*l_94) = ((((g_79[1][1]--) == ((*l_86) = ((l_84 = l_82) != (void*)0))) == (safe_div_func_int8_t_s_s(((*l_90) = 0x8CL), (+((*l_93) = (-1L)))))) || 4UL)) ^ p_29), p_31)))) >= g_83[0]), 5)) < 65526UL), 0xF7L)), 1L)) , p_31) ^ p_29) & g_95[3]), p_29)))) , (-1L)) < p_31) == 0UL) & g_95[3]);
            }
            else
            { 
                uint16_t l_98 = 0x72A7L;
                g_56 &= (*p_30);
                l_98 = (g_95[3] ^ l_97);
            }
            for (g_91 = 0; (g_91 < (-27)); g_91--)
            { 
                uint8_t *l_103 = &l_53[3];
                int32_t l_113 = 0x117D1427L;
                int32_t l_114 = 0x400F4CACL;
                (*l_52) = l_101[3][0];
                if (g_95[2])
                    continue;
                g_56 = ((void*)0 == g_102);
                g_56 = ((((*l_103)--) , p_31) < (~(((void*)0 != &g_95[3]) | (safe_sub_func_uint16_t_u_u((safe_div_func_int8_t_s_s((safe_lshift_func_uint16_t_u_u((l_113 | (l_114 ^= l_113)), g_95[0])), p_29)), l_115[2])))));
            }
        }
        for (p_31 = 0; (p_31 >= 20); p_31 = safe_add_func_uint16_t_u_u(p_31, 2))
        { 
            int32_t l_144[3];
            uint16_t l_145[2][1];
            int32_t l_148[1];
            uint16_t *l_158 = &l_54;
            int i, j;
            for (i = 0; i < 3; i++)
                l_144[i] = (-1L);
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_145[i][j] = 0x341DL;
            }
            for (i = 0; i < 1; i++)
                l_148[i] = 0L;
            for (l_54 = 0; (l_54 != 42); l_54++)
            { 
                int16_t *l_130 = &l_44;
                int64_t *l_131 = &g_87;
                const int32_t l_132 = 8L;
                int32_t **l_133 = &l_101[0][0];
                const int32_t *l_143 = &l_132;
                const int32_t **l_142 = &l_143;
                g_56 = (safe_rshift_func_int16_t_s_u(((safe_lshift_func_uint16_t_u_u((0x14FBL > g_95[3]), (((safe_div_func_uint8_t_u_u(1UL, p_29)) , (safe_div_func_int64_t_s_s(((*l_131) ^= (safe_mul_func_int16_t_s_s(((*l_130) = ((65535UL > p_31) || 0x0EB8E47B4319BF67LL)), p_29))), g_56))) ^ l_132))) , p_31), p_31));
                (*l_133) = &g_5;
                g_56 ^= ((safe_div_func_uint8_t_u_u((((safe_div_func_uint8_t_u_u((safe_mul_func_int16_t_s_s(((safe_lshift_func_int16_t_s_u((-1L), g_79[0][2])) , ((((((*l_133) = &g_5) == (p_29 , ((*l_142) = &g_56))) || g_95[3]) , 1L) , p_31)), g_95[3])), g_5)) , l_144[2]) , l_145[0][0]), 1UL)) & g_91);
            }
            for (l_97 = 9; (l_97 != 59); l_97 = safe_add_func_int64_t_s_s(l_97, 1))
            { 
                l_149++;
            }
            if ((!(safe_sub_func_uint16_t_u_u((~((safe_div_func_uint16_t_u_u(((*l_158) ^= (&l_44 != (void*)0)), (safe_add_func_int64_t_s_s((-7L), ((safe_div_func_uint8_t_u_u(p_29, g_87)) , 1UL))))) >= 0x43L)), l_144[2]))))
            { 
                g_56 = (*p_30);
                if (g_79[1][1])
                    continue;
                if (g_87)
                    break;
                if (g_79[1][1])
                    continue;
            }
            else
            { 
                return p_32;
            }
            if (g_87)
                continue;
        }
    }
    return p_30;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_79[i][j], "g_79[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_83[i], "g_83[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_91, "g_91", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_95[i], "g_95[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_205, "g_205", print_hash_value);
    transparent_crc(g_220, "g_220", print_hash_value);
    transparent_crc(g_238, "g_238", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_246[i][j], "g_246[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
