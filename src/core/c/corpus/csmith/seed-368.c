#include "csmith.h"
static long __undefined;
static int32_t g_5[3][1] = {{0L},{0L},{0L}};
static int32_t g_6 = 9L;
static uint64_t g_11 = 0x76EC7516A205B290LL;
static int16_t g_39 = 3L;
static uint64_t *g_41[3][2] = {{&g_11,&g_11},{&g_11,&g_11},{&g_11,&g_11}};
static uint64_t **g_40[2] = {&g_41[1][1],&g_41[1][1]};
static int32_t *g_54 = &g_5[0][0];
static int32_t *g_55 = &g_5[0][0];
static int16_t g_81[3][2] = {{(-5L),(-5L)},{(-5L),(-5L)},{(-5L),(-5L)}};
static const uint64_t g_116 = 18446744073709551611UL;
static uint16_t g_139[1] = {65535UL};
static int32_t **g_144 = &g_55;
static const uint16_t *g_169 = &g_139[0];
static uint32_t g_197 = 0x8F8155B0L;
static int8_t g_230 = (-1L);
static uint64_t g_232[4][3] = {{0x48AB624D7EAAA622LL,0x48AB624D7EAAA622LL,0x48AB624D7EAAA622LL},{1UL,6UL,1UL},{0x48AB624D7EAAA622LL,0x48AB624D7EAAA622LL,0x48AB624D7EAAA622LL},{1UL,6UL,1UL}};
static uint8_t  func_1(void);
static int32_t * func_2(int32_t * p_3);
static int32_t * func_13(int32_t  p_14, uint64_t * p_15, uint64_t * p_16);
static uint8_t  func_1(void)
{ 
    int32_t *l_4 = &g_5[0][0];
    int32_t **l_248 = &l_4;
    (*l_248) = func_2(l_4);
    return (**l_248);
}
static int32_t * func_2(int32_t * p_3)
{ 
    int64_t l_9 = (-2L);
    uint64_t * const * const l_124 = &g_41[1][1];
    uint64_t * const * const *l_123 = &l_124;
    uint64_t * const * const ** const l_122[1][1] = {{&l_123}};
    int32_t l_134 = 1L;
    int64_t l_159[2][2] = {{0x8CAC006015CD3094LL,0x8CAC006015CD3094LL},{0x8CAC006015CD3094LL,0x8CAC006015CD3094LL}};
    int32_t l_170[1][4];
    int8_t l_210 = (-1L);
    uint16_t l_231 = 0xEDBFL;
    int8_t l_236 = 0x76L;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_170[i][j] = 0x85C9947EL;
    }
    for (g_6 = 0; (g_6 >= 0); g_6 -= 1)
    { 
        uint64_t *l_10 = &g_11;
        int32_t l_12 = 0xBBD0A708L;
        int32_t **l_118 = (void*)0;
        int32_t **l_119 = &g_54;
        uint64_t ***l_121 = (void*)0;
        uint64_t *** const *l_120 = &l_121;
        int32_t l_160 = 0L;
        int32_t l_161[4];
        int16_t l_211 = 0xA776L;
        uint16_t l_212 = 65527UL;
        uint64_t *l_228 = &g_11;
        int i;
        for (i = 0; i < 4; i++)
            l_161[i] = (-1L);
        l_12 = (l_9 > ((*l_10) = (g_5[0][0] >= g_5[1][0])));
        (*l_119) = func_13(g_11, l_10, &g_11);
        for (g_11 = 0; (g_11 <= 0); g_11 += 1)
        { 
            uint64_t *l_129 = &g_11;
            int16_t *l_130 = (void*)0;
            int16_t *l_131 = &g_81[0][1];
            int32_t l_132 = 0xF206085BL;
            int32_t *l_133[3][3];
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 3; j++)
                    l_133[i][j] = &l_12;
            }
            l_134 ^= (((l_132 = (((0UL || ((l_120 == l_122[0][0]) == ((*l_131) = (g_5[(g_11 + 2)][g_6] | (((safe_mod_func_uint64_t_u_u((**l_119), l_9)) , l_129) != l_129))))) ^ (*g_54)) , (**l_119))) , (**l_119)) <= g_5[(g_11 + 2)][g_6]);
        }
        for (g_39 = (-21); (g_39 >= (-3)); ++g_39)
        { 
            int32_t l_137[3];
            uint16_t *l_138 = &g_139[0];
            int32_t l_156 = 0x10DE8F57L;
            int16_t l_157 = 0L;
            int32_t l_158 = 0xF24C6D4EL;
            int32_t l_162 = (-1L);
            int32_t l_163 = 7L;
            int32_t l_164 = 0xF28E5AF4L;
            int32_t l_165[3][1];
            uint64_t *l_217 = (void*)0;
            int8_t l_229[4];
            int i, j;
            for (i = 0; i < 3; i++)
                l_137[i] = 0x1842AC9BL;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_165[i][j] = 0x45E133C6L;
            }
            for (i = 0; i < 4; i++)
                l_229[i] = (-5L);
            if ((l_9 >= ((***l_123) = ((((*l_138) ^= l_137[2]) | (l_134 = ((safe_mod_func_uint64_t_u_u((safe_rshift_func_uint8_t_u_s((((g_144 = (void*)0) == (void*)0) < g_5[0][0]), g_116)), 0xEE2D552EA11B6DA6LL)) , 0x4506L))) , (**l_119)))))
            { 
                int32_t *l_145 = &g_5[0][0];
                int32_t *l_146 = (void*)0;
                int32_t *l_147 = &l_134;
                int32_t *l_148 = &g_5[0][0];
                int32_t *l_149 = &g_5[0][0];
                int32_t *l_150 = &l_134;
                int32_t *l_151 = (void*)0;
                int32_t *l_152 = &g_5[1][0];
                int32_t l_153 = 0x42314006L;
                int32_t *l_154 = &l_12;
                int32_t *l_155[2];
                uint32_t l_166 = 0xAF282634L;
                int i;
                for (i = 0; i < 2; i++)
                    l_155[i] = (void*)0;
                l_166--;
                l_170[0][3] |= (l_134 || (0x48DCL >= (g_169 != (void*)0)));
            }
            else
            { 
                (*l_119) = p_3;
            }
            for (l_9 = 0; (l_9 != 29); ++l_9)
            { 
                int16_t l_175 = (-9L);
                int16_t *l_183 = &l_157;
                uint64_t *l_184 = (void*)0;
                (*l_119) = p_3;
                (*g_54) = (*g_55);
                if ((*p_3))
                    break;
                (*g_54) = ((safe_add_func_int32_t_s_s((*g_54), l_175)) , ((safe_mul_func_uint16_t_u_u((safe_rshift_func_int16_t_s_u(l_175, 4)), (!(((g_5[0][0] < (safe_div_func_int16_t_s_s((((*l_183) = (((((251UL && g_6) , (*p_3)) && (*p_3)) | (*p_3)) >= g_116)) | 0x42CBL), 0x5A6BL))) , l_184) == l_184)))) && (**l_119)));
            }
            if ((safe_add_func_int8_t_s_s((safe_div_func_int8_t_s_s((l_165[2][0] > (g_197 = (+((*p_3) != (0xC0L == ((((((safe_unary_minus_func_int32_t_s(0x65D48113L)) , ((safe_mul_func_uint16_t_u_u((safe_mul_func_int16_t_s_s((safe_sub_func_int8_t_s_s((((l_157 , l_158) , l_165[2][0]) ^ (*g_169)), g_81[0][0])), l_134)), 0x9053L)) && l_157)) != l_159[1][0]) && 0xCFL) | l_137[0]) , l_159[1][1])))))), l_159[1][0])), 3L)))
            { 
                int16_t l_200 = 0x85E0L;
                int32_t *l_206 = &l_161[0];
                int32_t *l_207 = (void*)0;
                int32_t *l_208 = &l_163;
                int32_t *l_209[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_209[i] = &l_12;
                (*p_3) = (((((safe_rshift_func_uint16_t_u_s((((l_200 && (safe_unary_minus_func_uint16_t_u((safe_sub_func_int8_t_s_s((((safe_sub_func_uint16_t_u_u(l_200, (l_137[1] > (*p_3)))) < 0L) & (-2L)), l_170[0][2]))))) == 0L) || 0x2EL), 11)) < 0x0A15EDD2L) ^ l_159[1][0]) & 0x43L) <= l_200);
                l_212++;
            }
            else
            { 
                uint64_t * const l_218[1] = {&g_11};
                uint32_t *l_219 = &g_197;
                int i;
                (*g_55) = ((((l_159[1][1] > (((l_217 == l_218[0]) > (((*l_219) = (**l_119)) | (g_230 = (((safe_lshift_func_int16_t_s_s((safe_sub_func_uint8_t_u_u(((safe_mod_func_uint64_t_u_u((((***l_123) = (safe_mod_func_uint32_t_u_u((((l_228 == (void*)0) >= (**l_119)) & 0x3EB98A8C29DD93E9LL), g_81[1][0]))) || 0x0BB8B317F358C7D6LL), 7L)) <= l_156), l_170[0][3])), 12)) == l_229[2]) >= l_165[2][0])))) > l_134)) & l_231) < g_232[3][2]) <= (-1L));
                (*p_3) = 8L;
                return p_3;
            }
            for (l_157 = 0; (l_157 < 9); ++l_157)
            { 
                int32_t l_235[4][1] = {{7L},{1L},{7L},{1L}};
                int64_t *l_241 = (void*)0;
                int64_t *l_242 = (void*)0;
                int64_t *l_243 = &l_159[0][0];
                int i, j;
                l_235[3][0] &= (*g_55);
                (*p_3) = (l_236 , (((g_139[0] < ((safe_mod_func_uint8_t_u_u(((1UL == (safe_lshift_func_int8_t_s_u(((((*l_243) = 4L) & (safe_sub_func_int64_t_s_s((safe_sub_func_uint64_t_u_u(0x5C83813D3AF03E84LL, l_165[2][0])), 18446744073709551615UL))) , l_210), l_156))) >= 5UL), g_6)) ^ l_170[0][0])) > l_137[1]) | l_137[2]));
                (*l_119) = p_3;
            }
        }
    }
    return &g_5[1][0];
}
static int32_t * func_13(int32_t  p_14, uint64_t * p_15, uint64_t * p_16)
{ 
    uint8_t l_36 = 0xB9L;
    int32_t l_37 = 0x48E01AFEL;
    uint64_t **l_47 = (void*)0;
    int32_t *l_56[2][2] = {{&g_5[1][0],&g_5[1][0]},{&g_5[1][0],&g_5[1][0]}};
    int16_t l_85 = (-1L);
    uint64_t l_90 = 0xE952D19C51062BF1LL;
    int32_t *l_108 = &g_5[1][0];
    const uint64_t *l_115 = &g_116;
    const uint64_t **l_114 = &l_115;
    const uint64_t ***l_113 = &l_114;
    int i, j;
    for (p_14 = 25; (p_14 <= 14); p_14 = safe_sub_func_int64_t_s_s(p_14, 6))
    { 
        uint8_t l_24 = 2UL;
        int16_t *l_38[2][1];
        uint64_t ***l_42 = &g_40[1];
        int32_t *l_52 = &g_5[0][0];
        int32_t l_80 = 0xC84746BAL;
        int32_t l_82 = 9L;
        int32_t l_84 = 1L;
        int32_t l_87[2][3];
        int32_t l_89 = (-6L);
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_38[i][j] = &g_39;
        }
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 3; j++)
                l_87[i][j] = (-1L);
        }
        (*l_42) = ((g_39 = (((safe_rshift_func_uint8_t_u_s((safe_unary_minus_func_int64_t_s((p_14 > (safe_div_func_uint16_t_u_u(l_24, (l_37 = (safe_div_func_int8_t_s_s((((((safe_sub_func_uint64_t_u_u((((+0xF62C4DF8L) , (safe_sub_func_int8_t_s_s((0x96L >= (safe_div_func_int16_t_s_s((((safe_div_func_uint64_t_u_u(((*p_15) = (l_36 | l_36)), g_5[2][0])) < 0x4DL) & l_24), l_36))), l_24))) , g_5[0][0]), (-1L))) >= 0x104353EAL) <= g_5[0][0]) , 0xBC5F93BE41B0CE7ALL) , (-1L)), 0xD3L)))))))), l_24)) && p_14) ^ p_14)) , g_40[0]);
        for (l_37 = 0; (l_37 == (-29)); l_37--)
        { 
            if ((safe_rshift_func_int16_t_s_u((l_47 == ((safe_rshift_func_uint8_t_u_s(g_39, 3)) , (void*)0)), 5)))
            { 
                int32_t *l_51 = &g_5[0][0];
                int32_t **l_50 = &l_51;
                (*l_50) = &p_14;
            }
            else
            { 
                return &g_5[2][0];
            }
        }
        for (l_37 = 0; (l_37 >= 0); l_37 -= 1)
        { 
            int32_t *l_57 = (void*)0;
            for (g_39 = 0; (g_39 <= 0); g_39 += 1)
            { 
                int32_t **l_53 = (void*)0;
                int i, j;
                g_54 = l_52;
                l_56[1][0] = g_55;
                g_5[(g_39 + 1)][l_37] = (l_52 != (l_57 = l_57));
                l_56[1][0] = &p_14;
            }
        }
        for (l_36 = 0; (l_36 <= 16); ++l_36)
        { 
            uint32_t l_68 = 0xEAF53593L;
            int32_t l_79 = 1L;
            int32_t l_83 = 0x8E6F95D9L;
            int32_t l_86 = 0x2E46A4E1L;
            int32_t l_88[2];
            int i;
            for (i = 0; i < 2; i++)
                l_88[i] = 0x8B2FD71BL;
            l_68 = ((*g_54) = (safe_sub_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_s(((0x83564F69L == ((void*)0 != &p_14)) & ((safe_lshift_func_uint16_t_u_s(0x5E42L, 11)) != ((-1L) || 6UL))), 6)), p_14)));
            (*g_55) = (safe_div_func_int16_t_s_s((((safe_div_func_int8_t_s_s(0x12L, p_14)) ^ (safe_rshift_func_uint8_t_u_s(((safe_sub_func_uint32_t_u_u((1UL | (safe_mul_func_uint16_t_u_u(p_14, ((*p_15) || l_68)))), 0x444C677CL)) , 7UL), 7))) <= (*p_15)), 0x7968L));
            l_90--;
        }
    }
    if ((p_14 || g_39))
    { 
        int16_t l_93 = 0x9157L;
        int32_t l_94 = 0xC415CA0CL;
        int32_t l_95 = 0x51B20E94L;
        int32_t l_96 = 1L;
        int32_t l_97[1][4];
        uint64_t l_98 = 18446744073709551615UL;
        int32_t l_101 = (-1L);
        uint8_t l_102 = 7UL;
        int32_t **l_107 = &l_56[0][0];
        const uint64_t *l_111 = &l_98;
        const uint64_t **l_110 = &l_111;
        const uint64_t ***l_109 = &l_110;
        const uint64_t ****l_112 = &l_109;
        int32_t l_117 = 0xACD4D962L;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_97[i][j] = 0x636B9821L;
        }
        l_98++;
        ++l_102;
        (*g_55) = (((&p_14 == (l_108 = ((*l_107) = &g_5[0][0]))) == (((l_113 = ((*l_112) = l_109)) != (l_117 , &g_40[0])) >= (*g_55))) > 0x09C4DB89876BB3E9LL);
        return &g_5[0][0];
    }
    else
    { 
        for (l_37 = 1; (l_37 >= 0); l_37 -= 1)
        { 
            return l_108;
        }
    }
    return &g_5[2][0];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_5[i][j], "g_5[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_81[i][j], "g_81[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_116, "g_116", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_139[i], "g_139[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_197, "g_197", print_hash_value);
    transparent_crc(g_230, "g_230", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_232[i][j], "g_232[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
