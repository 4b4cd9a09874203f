#include "csmith.h"
static long __undefined;
static int32_t g_9 = 1L;
static int32_t g_25 = 0x46C38250L;
static uint32_t g_27 = 1UL;
static uint8_t g_34 = 0x41L;
static int32_t *g_47 = &g_25;
static int32_t **g_46 = &g_47;
static int32_t **g_51[1] = {&g_47};
static const int32_t ***g_58 = (void*)0;
static const int32_t ****g_57 = &g_58;
static uint8_t g_72 = 0xF0L;
static int32_t * const **g_73 = (void*)0;
static uint16_t g_100 = 0UL;
static int8_t g_107[1] = {0x93L};
static int16_t g_109 = 0x511EL;
static int64_t g_121 = (-4L);
static uint32_t g_175 = 7UL;
static uint32_t  func_1(void);
static int16_t  func_10(int32_t  p_11, uint64_t  p_12, uint32_t  p_13, uint8_t  p_14);
static int8_t  func_15(uint32_t  p_16);
static uint32_t  func_1(void)
{ 
    const int8_t l_8 = 1L;
    int16_t *l_131 = &g_109;
    int32_t l_147[4][1];
    int32_t l_152 = 0L;
    int32_t l_159 = 0x413133DCL;
    int32_t l_160 = 0x0B276921L;
    int32_t l_161[4][2] = {{0x68C3A653L,0x68C3A653L},{0x68C3A653L,0x68C3A653L},{0x68C3A653L,0x68C3A653L},{0x68C3A653L,0x68C3A653L}};
    int32_t l_162 = 1L;
    uint16_t l_163 = 0x3A31L;
    const int32_t l_179 = 0x0B3D8D00L;
    const int32_t * const l_189[2][2] = {{&l_161[3][1],&l_161[3][1]},{&l_161[3][1],&l_161[3][1]}};
    const int32_t * const *l_188 = &l_189[1][1];
    const int32_t * const **l_187[1][2];
    const int32_t * const ***l_186[4] = {&l_187[0][0],&l_187[0][0],&l_187[0][0],&l_187[0][0]};
    int32_t ***l_230 = &g_46;
    uint8_t **l_235 = (void*)0;
    uint8_t ***l_234 = &l_235;
    uint8_t ****l_233[1];
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
            l_147[i][j] = 0xD4211988L;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_187[i][j] = &l_188;
    }
    for (i = 0; i < 1; i++)
        l_233[i] = &l_234;
    if ((((*l_131) = (safe_div_func_uint32_t_u_u((safe_lshift_func_uint8_t_u_s((safe_lshift_func_int8_t_s_s(((l_8 , (g_9 || l_8)) <= func_10((func_15((safe_div_func_int8_t_s_s((g_9 , 0x7FL), g_9))) <= l_8), g_25, l_8, l_8)), 7)), 7)), g_121))) | l_8))
    { 
        int32_t l_140 = 0x7E09DBB3L;
        int32_t l_142 = (-1L);
        int32_t l_143 = 1L;
        int32_t l_144 = 0xE71BFC32L;
        int32_t l_145 = 0x571A61B9L;
        int32_t l_146 = 3L;
        uint8_t l_149 = 255UL;
        int32_t *l_153 = (void*)0;
        int32_t *l_154 = &l_152;
        int32_t *l_155 = (void*)0;
        int32_t *l_156 = (void*)0;
        int32_t *l_157 = &l_145;
        int32_t *l_158[4][4] = {{&l_152,&l_152,(void*)0,(void*)0},{&l_152,&l_152,(void*)0,(void*)0},{&l_152,&l_152,(void*)0,(void*)0},{&l_152,&l_152,(void*)0,(void*)0}};
        int i, j;
        for (g_9 = 0; (g_9 != (-10)); --g_9)
        { 
            int16_t **l_134 = &l_131;
            int16_t **l_135 = (void*)0;
            int16_t *l_137 = (void*)0;
            int16_t **l_136 = &l_137;
            int32_t l_148 = 0L;
            (**g_46) = (((((*l_134) = &g_109) == ((*l_136) = &g_109)) != 1L) && g_107[0]);
            for (g_34 = 0; (g_34 < 38); g_34 = safe_add_func_uint32_t_u_u(g_34, 3))
            { 
                int32_t *l_141[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_141[i] = (void*)0;
                if ((**g_46))
                    break;
                l_149++;
            }
        }
        (*g_46) = (*g_46);
        l_163++;
        (**g_46) ^= (g_107[0] ^ l_161[1][1]);
    }
    else
    { 
        uint8_t l_168[1][3];
        uint32_t *l_174 = &g_175;
        int16_t *l_178 = &g_109;
        int32_t l_181 = 3L;
        int32_t **l_205 = (void*)0;
        const int32_t *l_206 = &g_25;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_168[i][j] = 0UL;
        }
        (*g_47) |= ((safe_lshift_func_uint16_t_u_u(l_168[0][0], 10)) >= (safe_unary_minus_func_int64_t_s(((l_161[1][1] = (safe_sub_func_int32_t_s_s((safe_mul_func_uint8_t_u_u((((((((*l_174)--) , &g_109) != l_178) , l_178) != (void*)0) >= l_152), l_179)), g_27))) < 0UL))));
        if (l_152)
            goto lbl_180;
lbl_180:
        (**g_46) = 0xF4FD87F6L;
        if ((l_181 = (l_159 > 0xAD9AABCCL)))
        { 
            const int32_t * const ****l_190 = &l_186[1];
            int8_t *l_201 = (void*)0;
            int8_t *l_202[1];
            uint32_t l_203 = 7UL;
            int32_t *l_204 = &l_162;
            int i;
            for (i = 0; i < 1; i++)
                l_202[i] = &g_107[0];
            if ((safe_sub_func_int16_t_s_s((((((*l_204) = ((safe_div_func_uint32_t_u_u((((*l_190) = l_186[1]) != &g_73), g_27)) | (+(safe_sub_func_int64_t_s_s((safe_div_func_int32_t_s_s(((((safe_add_func_int64_t_s_s(((!g_72) <= ((g_107[0] |= g_109) > g_121)), 0UL)) , l_203) | g_175) & 18446744073709551615UL), 8L)), 0xF034BF247FFD21CDLL))))) , l_205) == l_205) , g_27), 0L)))
            { 
                l_206 = (****l_190);
            }
            else
            { 
                int32_t * const l_207 = &l_152;
                int32_t **l_208[3];
                int32_t **l_209 = &g_47;
                uint16_t l_210 = 65535UL;
                int i;
                for (i = 0; i < 3; i++)
                    l_208[i] = &g_47;
                (*l_209) = l_207;
                l_210--;
                l_206 = (****l_190);
                (***l_190) = &l_206;
            }
        }
        else
        { 
            uint64_t l_219[1][3];
            int32_t ***l_229[2];
            int32_t ****l_228 = &l_229[1];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_219[i][j] = 0x9B01001B9E98DDEFLL;
            }
            for (i = 0; i < 2; i++)
                l_229[i] = &l_205;
            (*g_46) = ((((safe_lshift_func_int16_t_s_s(((safe_lshift_func_int16_t_s_s(g_34, 11)) , (safe_mul_func_int16_t_s_s(l_219[0][1], l_219[0][1]))), 1)) , (l_219[0][0] , ((safe_mul_func_int16_t_s_s((((((*l_228) = ((safe_lshift_func_uint8_t_u_u((safe_rshift_func_int16_t_s_u((safe_mul_func_int16_t_s_s((-1L), (*l_206))), 14)), 3)) , &l_205)) != l_230) ^ g_27) != 253UL), 0x74EEL)) == 0x73A89DF1L))) | 0UL) , &l_181);
        }
        for (g_175 = 4; (g_175 != 47); ++g_175)
        { 
            uint8_t *****l_236 = &l_233[0];
            (*l_236) = l_233[0];
            if ((*l_206))
                break;
            for (g_100 = 0; (g_100 <= 0); g_100 += 1)
            { 
                int i;
                (*g_47) = (safe_lshift_func_uint8_t_u_s(g_107[g_100], (0x47B0L < (safe_unary_minus_func_int32_t_s(g_107[g_100])))));
            }
        }
    }
    return g_175;
}
static int16_t  func_10(int32_t  p_11, uint64_t  p_12, uint32_t  p_13, uint8_t  p_14)
{ 
    int16_t l_37[1][4];
    int32_t *l_38 = &g_25;
    int32_t *l_39 = &g_25;
    int32_t *l_40 = &g_25;
    int32_t *l_41 = &g_25;
    int32_t *l_42[2];
    uint64_t l_43 = 18446744073709551607UL;
    int32_t ***l_48 = &g_46;
    int32_t **l_50 = (void*)0;
    int32_t ***l_49[1];
    const int32_t **l_54 = (void*)0;
    const int32_t ***l_53 = &l_54;
    const int32_t ****l_52 = &l_53;
    int32_t l_63 = (-1L);
    int8_t l_116 = 0L;
    uint32_t l_125[4] = {0x913E687FL,0x913E687FL,0x913E687FL,0x913E687FL};
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_37[i][j] = 0L;
    }
    for (i = 0; i < 2; i++)
        l_42[i] = &g_25;
    for (i = 0; i < 1; i++)
        l_49[i] = &l_50;
    for (g_25 = 0; g_25 < 1; g_25 += 1)
    {
        for (g_27 = 0; g_27 < 4; g_27 += 1)
        {
            l_37[g_25][g_27] = 6L;
        }
    }
    --l_43;
    g_51[0] = ((*l_48) = g_46);
    for (g_34 = 0; (g_34 <= 0); g_34 += 1)
    { 
        uint8_t *l_88 = &g_72;
        uint8_t **l_87 = &l_88;
        int32_t l_114[1][4];
        int64_t l_123 = 0x3A24B7619C586795LL;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_114[i][j] = 1L;
        }
        if ((*g_47))
        { 
            const int32_t *****l_55 = (void*)0;
            const int32_t *****l_56[1][3];
            const int32_t ****l_59 = &l_53;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_56[i][j] = &l_52;
            }
            l_59 = (g_57 = l_52);
        }
        else
        { 
            uint8_t *l_71 = &g_72;
            int32_t l_79[1];
            uint8_t ***l_89 = &l_87;
            int i;
            for (i = 0; i < 1; i++)
                l_79[i] = 0L;
            if (((((&g_58 == (void*)0) < ((~((safe_div_func_int16_t_s_s(l_63, 65526UL)) || (((safe_lshift_func_int16_t_s_s((safe_unary_minus_func_int8_t_s((((*l_71) &= (safe_rshift_func_uint16_t_u_u((((safe_mod_func_int32_t_s_s((1L < (*g_47)), p_12)) , (void*)0) != &g_57), 11))) >= g_9))), 13)) >= g_27) != g_9))) >= g_9)) , p_14) , 0xE633C574L))
            { 
                int32_t * const ***l_74 = &g_73;
                (*l_40) = ((p_11 ^ (((((*l_74) = g_73) != ((*g_57) = (*g_57))) || (safe_mod_func_uint8_t_u_u(((safe_add_func_int32_t_s_s(p_12, p_13)) < g_34), l_79[0]))) , p_13)) || 0x46680AE02F11925CLL);
            }
            else
            { 
                uint32_t l_80 = 0xCAE1FAD0L;
                int16_t *l_85 = &l_37[0][0];
                int32_t *l_86[2][2];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_86[i][j] = &l_79[0];
                }
                l_86[1][0] = ((((l_80 = ((void*)0 == &l_49[g_34])) , (safe_mul_func_uint16_t_u_u(p_11, (p_11 | (safe_sub_func_int32_t_s_s((((*l_85) = ((0x09L != 0UL) < l_79[0])) == 0x96F0L), 0x844C383CL)))))) , 0x3CB7EA8DL) , &l_79[0]);
            }
            (*l_89) = l_87;
        }
        for (p_13 = 0; (p_13 <= 0); p_13 += 1)
        { 
            uint16_t *l_99 = &g_100;
            int16_t *l_108 = &g_109;
            int16_t l_110 = (-1L);
            int32_t l_111 = (-1L);
            int32_t l_112 = 0x8BF77F61L;
            int32_t l_113 = 4L;
            int32_t l_115[4][4] = {{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)}};
            uint8_t l_117 = 0UL;
            int i, j;
            if ((safe_lshift_func_uint16_t_u_u(((safe_add_func_int8_t_s_s(l_37[g_34][(g_34 + 1)], 255UL)) ^ ((*l_108) = (safe_lshift_func_int8_t_s_u((g_107[0] = ((~p_13) <= (safe_mod_func_uint64_t_u_u(((++(*l_99)) != (safe_mod_func_uint16_t_u_u(p_11, (safe_lshift_func_uint16_t_u_u((((-4L) <= 0x6038L) > g_34), 10))))), 0x21F313C854BE8D2CLL)))), p_12)))), 4)))
            { 
                int32_t l_120 = 6L;
                int32_t l_122 = 0xB726758DL;
                int32_t l_124 = 2L;
                int i;
                l_117--;
                l_125[1]++;
            }
            else
            { 
                const uint8_t *l_130 = &l_117;
                const uint8_t ** const l_129 = &l_130;
                const uint8_t ** const *l_128 = &l_129;
                if ((*g_47))
                    break;
                l_128 = (void*)0;
                if (l_113)
                    continue;
            }
        }
    }
    return g_27;
}
static int8_t  func_15(uint32_t  p_16)
{ 
    int32_t *l_31 = (void*)0;
    int32_t * const *l_30 = &l_31;
    int32_t l_33 = 0x36378284L;
    for (p_16 = (-20); (p_16 > 47); ++p_16)
    { 
        return g_9;
    }
    for (p_16 = (-4); (p_16 <= 8); ++p_16)
    { 
        int32_t *l_23 = (void*)0;
        int32_t *l_24 = &g_25;
        int32_t *l_26[2][3] = {{&g_25,(void*)0,&g_25},{&g_25,(void*)0,&g_25}};
        int32_t * const **l_32 = &l_30;
        int i, j;
        g_27--;
        (*l_32) = l_30;
        g_34--;
    }
    return g_27;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_25, "g_25", print_hash_value);
    transparent_crc(g_27, "g_27", print_hash_value);
    transparent_crc(g_34, "g_34", print_hash_value);
    transparent_crc(g_72, "g_72", print_hash_value);
    transparent_crc(g_100, "g_100", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_107[i], "g_107[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_109, "g_109", print_hash_value);
    transparent_crc(g_121, "g_121", print_hash_value);
    transparent_crc(g_175, "g_175", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
