#include "csmith.h"
static long __undefined;
struct S0 {
   const int8_t  f0;
};
static int32_t g_3 = 0x31D83293L;
static int32_t g_4 = 0x72D76715L;
static int32_t g_40 = 0x25AA9C4AL;
static int32_t g_43 = 0x18EBCCE3L;
static uint32_t g_46 = 7UL;
static int32_t *g_50 = (void*)0;
static int32_t ** const g_49 = &g_50;
static uint16_t g_53 = 1UL;
static uint8_t g_66 = 0x98L;
static int32_t **g_75 = &g_50;
static const int32_t g_79 = (-3L);
static int32_t * const **g_91 = (void*)0;
static struct S0 g_94 = {2L};
static struct S0 g_96 = {0x7EL};
static uint64_t g_100[1][3] = {{18446744073709551615UL,18446744073709551615UL,18446744073709551615UL}};
static int8_t g_106 = 0L;
static uint8_t g_107[3][1] = {{0xD8L},{0xD8L},{0xD8L}};
static int32_t g_111 = 1L;
static int16_t g_162[3] = {(-1L),(-1L),(-1L)};
static int32_t g_165[4][2] = {{(-10L),(-10L)},{(-10L),(-10L)},{(-10L),(-10L)},{(-10L),(-10L)}};
static int32_t  func_1(void);
static int32_t  func_11(uint16_t  p_12, uint32_t  p_13, int32_t  p_14);
static uint64_t  func_25(uint32_t  p_26, int32_t  p_27, uint32_t  p_28);
static int32_t  func_1(void)
{ 
    int32_t l_2[4][2] = {{0x394A2A4FL,0x490C4D8EL},{0x394A2A4FL,0x490C4D8EL},{0x394A2A4FL,0x490C4D8EL},{0x394A2A4FL,0x490C4D8EL}};
    uint32_t l_7 = 0xCAD7D711L;
    struct S0 *l_175 = (void*)0;
    uint8_t *l_176 = &g_66;
    uint64_t *l_227 = &g_100[0][0];
    int i, j;
    for (g_3 = 0; (g_3 <= 1); g_3 += 1)
    { 
        int8_t l_16 = (-4L);
        for (g_4 = 0; (g_4 <= 1); g_4 += 1)
        { 
            int32_t l_15 = (-7L);
            int16_t *l_161 = &g_162[0];
            int32_t *l_163 = (void*)0;
            int32_t *l_164[2];
            int32_t l_166 = 0x934EAC91L;
            int i, j;
            for (i = 0; i < 2; i++)
                l_164[i] = &g_165[0][0];
            l_166 &= (safe_sub_func_int8_t_s_s(l_2[(g_4 + 2)][g_4], (((*l_161) &= (l_7 != ((safe_mod_func_uint16_t_u_u((0L != (safe_unary_minus_func_int32_t_s(func_11((l_15 = g_4), l_16, l_16)))), g_4)) && 6L))) , l_16)));
        }
        for (g_111 = 0; (g_111 <= 1); g_111 += 1)
        { 
            for (g_66 = 0; (g_66 <= 0); g_66 += 1)
            { 
                int i, j;
                return l_2[g_111][g_66];
            }
        }
    }
    for (g_4 = 0; (g_4 <= 5); g_4 = safe_add_func_uint32_t_u_u(g_4, 3))
    { 
        return g_107[2][0];
    }
    (*g_49) = ((safe_lshift_func_uint16_t_u_u((((g_107[1][0] ^= (safe_add_func_uint8_t_u_u((((*l_176) = (safe_add_func_int64_t_s_s(0L, (g_3 , ((void*)0 == l_175))))) , (safe_mul_func_int8_t_s_s((g_3 || 0x0BL), g_40))), g_162[0]))) , 1UL) || g_107[1][0]), 11)) , &g_165[0][0]);
    for (g_4 = 1; (g_4 >= 0); g_4 -= 1)
    { 
        const uint16_t l_189 = 0xD6AAL;
        int32_t l_195 = (-1L);
        int32_t l_196 = (-1L);
        int32_t l_202 = 6L;
        int32_t l_204 = 0x26F63949L;
        int32_t l_206 = 0L;
        int64_t l_207[3];
        int32_t l_209 = (-2L);
        int32_t l_210 = (-5L);
        uint32_t l_211 = 0UL;
        struct S0 l_218[3][1] = {{{0x1BL}},{{0x1BL}},{{0x1BL}}};
        int i, j;
        for (i = 0; i < 3; i++)
            l_207[i] = 0L;
        for (g_66 = 0; (g_66 <= 1); g_66 += 1)
        { 
            int32_t l_191 = 1L;
            uint32_t l_192 = 18446744073709551614UL;
            int32_t l_205[2][1];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_205[i][j] = 0x804EF63FL;
            }
            for (g_53 = 0; (g_53 <= 1); g_53 += 1)
            { 
                int16_t *l_187 = &g_162[0];
                uint32_t *l_190 = &l_7;
                int i, j;
                l_191 |= ((g_165[g_66][g_53] && g_165[g_66][g_53]) , ((((((*l_190) = (safe_rshift_func_int16_t_s_s((safe_rshift_func_uint8_t_u_u((safe_sub_func_int16_t_s_s(((safe_mul_func_int16_t_s_s(l_2[(g_4 + 1)][g_53], ((*l_187) = 0x1FFEL))) | ((!(g_165[g_53][g_4] = (l_2[0][1] && l_189))) >= 2L)), 3UL)), 6)), g_100[0][0]))) & l_2[3][1]) <= 0xC0E9L) || l_2[(g_4 + 1)][g_53]) == 1L));
                --l_192;
            }
            for (l_192 = 0; (l_192 <= 2); l_192 += 1)
            { 
                int32_t *l_197 = &l_196;
                int32_t *l_198 = &l_2[1][0];
                int32_t *l_199 = &l_191;
                int32_t *l_200 = &l_191;
                int32_t *l_201[2];
                int32_t l_203 = 0xE41012E1L;
                int16_t l_208 = 0x2B08L;
                uint64_t *l_226 = &g_100[0][0];
                uint64_t **l_225[1];
                int i, j;
                for (i = 0; i < 2; i++)
                    l_201[i] = &l_2[2][0];
                for (i = 0; i < 1; i++)
                    l_225[i] = &l_226;
                l_211++;
                (**g_49) = (safe_lshift_func_int8_t_s_s((safe_mul_func_uint8_t_u_u(((g_165[g_4][g_4] , (((l_218[2][0] , (~(safe_sub_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_u((l_2[g_4][g_4] , (!((l_227 = &g_100[0][0]) == &g_100[0][1]))), 5)), l_2[(g_66 + 1)][g_4])))) && 0xF6L) , g_162[g_4])) > l_196), (*l_200))), l_191));
            }
            if (g_165[g_66][g_4])
                continue;
            for (l_209 = 0; (l_209 <= 1); l_209 += 1)
            { 
                int i;
                return l_207[(l_209 + 1)];
            }
        }
        for (l_204 = 1; (l_204 >= 0); l_204 -= 1)
        { 
            uint16_t l_228 = 0x8529L;
            for (l_7 = 0; (l_7 <= 0); l_7 += 1)
            { 
                int i, j;
                g_165[(l_204 + 2)][l_204] ^= (l_2[(l_7 + 1)][l_204] ^= g_107[(l_204 + 1)][l_7]);
            }
            if ((**g_49))
                continue;
            l_2[2][0] |= (l_228 = (4294967294UL >= (*g_50)));
        }
    }
    return g_107[2][0];
}
static int32_t  func_11(uint16_t  p_12, uint32_t  p_13, int32_t  p_14)
{ 
    struct S0 l_29 = {-8L};
    int32_t *l_110 = &g_111;
    uint8_t *l_159 = (void*)0;
    (*l_110) |= (safe_div_func_uint32_t_u_u(0x1571C097L, (safe_add_func_int16_t_s_s((safe_mul_func_int16_t_s_s((safe_sub_func_int32_t_s_s((((((func_25(g_4, p_12, (l_29 , (safe_mod_func_uint32_t_u_u((safe_mul_func_uint8_t_u_u((safe_add_func_uint16_t_u_u((safe_sub_func_int16_t_s_s((((p_13 , p_13) , g_4) | (-1L)), l_29.f0)), 0x36EAL)), g_3)), g_3)))) <= 0xBE0C2A5ADA2C71B4LL) , 4294967288UL) , 0UL) & l_29.f0) <= l_29.f0), l_29.f0)), 0xF6FDL)), l_29.f0))));
    for (p_12 = 0; (p_12 != 41); p_12++)
    { 
        uint64_t l_133 = 0x41DA8E33F4106BCBLL;
        int32_t l_137[3][2];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 2; j++)
                l_137[i][j] = 0x3B7989D1L;
        }
        for (p_13 = 0; (p_13 > 46); ++p_13)
        { 
            int32_t *l_116 = (void*)0;
            (*g_49) = l_116;
            if (p_13)
                continue;
        }
        for (p_13 = 0; (p_13 != 44); p_13++)
        { 
            struct S0 l_132 = {0x15L};
            if (((safe_sub_func_uint16_t_u_u(((safe_mod_func_uint64_t_u_u((g_111 <= (safe_div_func_int32_t_s_s((+(safe_add_func_uint64_t_u_u((safe_mul_func_uint16_t_u_u((p_13 >= (g_107[2][0] , (safe_lshift_func_uint8_t_u_u((p_12 == (((l_132 , p_13) <= l_133) , l_132.f0)), l_133)))), 0x5340L)), (-3L)))), 1UL))), g_43)) , g_40), 6UL)) & p_13))
            { 
                uint32_t l_134 = 18446744073709551611UL;
                l_137[1][1] |= (l_134 , ((g_106 > (*l_110)) || (safe_mod_func_int32_t_s_s((1L < (7L != p_13)), l_132.f0))));
                return l_134;
            }
            else
            { 
                uint64_t *l_138 = &l_133;
                (*l_110) |= (g_100[0][2] != (++(*l_138)));
            }
        }
        if (p_13)
            continue;
    }
    for (g_43 = 0; (g_43 <= 0); g_43 += 1)
    { 
        int32_t l_143 = (-2L);
        l_143 ^= (p_12 , ((l_110 == (void*)0) < (p_14 == ((safe_sub_func_int16_t_s_s(p_13, 0xFF0DL)) || 1L))));
        for (p_13 = 0; (p_13 <= 0); p_13 += 1)
        { 
            uint16_t l_151 = 1UL;
            int32_t *l_160 = &g_3;
            for (g_40 = 0; (g_40 <= 0); g_40 += 1)
            { 
                int16_t l_144 = (-5L);
                int32_t *l_145 = (void*)0;
                int32_t *l_146 = &g_111;
                int32_t *l_147 = (void*)0;
                int32_t *l_148 = &l_143;
                int32_t *l_149 = &g_111;
                int32_t l_150 = 3L;
                int i, j;
                l_151++;
                if (g_107[(p_13 + 1)][g_40])
                    break;
                (*l_146) &= ((((g_100[p_13][(g_43 + 1)] ^ (!p_14)) >= ((safe_mod_func_int32_t_s_s((safe_add_func_int16_t_s_s(((((g_79 ^ (l_143 | l_143)) & p_14) ^ g_43) > l_143), (-7L))), 0xCEEB8BFCL)) , p_13)) , (void*)0) == l_159);
                (*g_49) = l_160;
            }
        }
    }
    return (*l_110);
}
static uint64_t  func_25(uint32_t  p_26, int32_t  p_27, uint32_t  p_28)
{ 
    uint32_t l_38[1][1];
    int32_t l_41 = 0x1241A59CL;
    int32_t l_42 = (-9L);
    int32_t l_44 = (-8L);
    int32_t l_45 = 0L;
    int32_t l_52[3][4];
    int32_t **l_87 = &g_50;
    int32_t ***l_86 = &l_87;
    struct S0 * const l_93 = &g_94;
    int32_t *l_103[3][4];
    int16_t l_104 = 0x22BBL;
    int8_t l_105 = (-1L);
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_38[i][j] = 0xF36FC75DL;
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
            l_52[i][j] = 0x172E30E5L;
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
            l_103[i][j] = &l_52[0][2];
    }
    for (p_27 = 0; (p_27 >= 0); p_27 -= 1)
    { 
        int32_t *l_39[2];
        int32_t **l_51 = &g_50;
        uint32_t l_62[1];
        struct S0 *l_95[1][3];
        int i, j;
        for (i = 0; i < 2; i++)
            l_39[i] = &g_40;
        for (i = 0; i < 1; i++)
            l_62[i] = 0xCC22523FL;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_95[i][j] = &g_96;
        }
        g_46--;
        l_51 = g_49;
        g_53++;
        for (g_43 = 0; (g_43 >= 0); g_43 -= 1)
        { 
            uint8_t *l_65 = &g_66;
            int32_t l_92 = (-9L);
            int i, j;
            l_44 &= ((safe_add_func_uint64_t_u_u((((l_38[g_43][g_43] , l_38[p_27][g_43]) & ((safe_rshift_func_uint8_t_u_s(((*l_65) = (safe_mod_func_uint8_t_u_u(l_62[0], (safe_rshift_func_int16_t_s_u(g_3, 1))))), 4)) , p_27)) == l_38[p_27][g_43]), p_26)) , 0x475F5401L);
            for (g_66 = 0; (g_66 <= 0); g_66 += 1)
            { 
                int32_t *l_67 = &l_52[0][2];
                int32_t ***l_74 = (void*)0;
                const int32_t * const l_78 = &g_79;
                const int32_t * const *l_77 = &l_78;
                const int32_t * const **l_76 = &l_77;
                int32_t * const *l_89 = &l_39[0];
                int32_t * const **l_88[1][2];
                int32_t * const ***l_90[3][4] = {{(void*)0,&l_88[0][1],(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&l_88[0][1],(void*)0}};
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_88[i][j] = &l_89;
                }
                (*g_49) = l_67;
                (*g_49) = (*g_49);
                l_92 |= ((**l_89) |= ((((!(safe_div_func_uint16_t_u_u((safe_unary_minus_func_int16_t_s((safe_div_func_uint64_t_u_u(((g_75 = (void*)0) != ((*l_76) = (void*)0)), (safe_sub_func_int64_t_s_s((p_26 & ((safe_sub_func_int32_t_s_s((safe_mul_func_int8_t_s_s((l_86 == (g_91 = l_88[0][1])), 0x02L)), (**l_87))) != 0UL)), (-8L))))))), p_28))) != p_27) , p_27) < l_38[p_27][g_43]));
            }
            for (l_41 = 0; (l_41 >= 0); l_41 -= 1)
            { 
                uint8_t **l_98[3][4];
                uint8_t ***l_97 = &l_98[2][3];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_98[i][j] = (void*)0;
                }
                l_95[0][0] = l_93;
                (*l_97) = (void*)0;
            }
        }
        for (g_43 = 0; (g_43 <= 0); g_43 += 1)
        { 
            int8_t l_99[1][1];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_99[i][j] = 0x74L;
            }
            --g_100[0][0];
        }
    }
    g_107[2][0]--;
    return g_107[2][0];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_40, "g_40", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_53, "g_53", print_hash_value);
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_79, "g_79", print_hash_value);
    transparent_crc(g_94.f0, "g_94.f0", print_hash_value);
    transparent_crc(g_96.f0, "g_96.f0", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_100[i][j], "g_100[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_106, "g_106", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_107[i][j], "g_107[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_111, "g_111", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_162[i], "g_162[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_165[i][j], "g_165[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
