#include "csmith.h"
static long __undefined;
static int8_t g_8 = 6L;
static int32_t g_20 = 1L;
static int32_t *g_19 = &g_20;
static int32_t *g_22 = &g_20;
static int32_t *g_27[3] = {&g_20,&g_20,&g_20};
static uint16_t g_30 = 0xE5D5L;
static uint32_t g_32[3][1] = {{0x3AE50714L},{0x3AE50714L},{0x3AE50714L}};
static int8_t g_55[1] = {0xE8L};
static uint64_t g_57 = 0xFD326D35DF961DFALL;
static uint32_t g_60[1][2] = {{0x9B5F277FL,0x9B5F277FL}};
static uint8_t g_81 = 247UL;
static int8_t *g_97 = &g_55[0];
static int8_t * const *g_96 = &g_97;
static int32_t g_111 = 0xADB6E275L;
static int8_t g_180[4][1] = {{0xE9L},{0L},{0xE9L},{0L}};
static int32_t g_193[2][4] = {{0x1BA63EE4L,(-4L),0x1BA63EE4L,(-4L)},{0x1BA63EE4L,(-4L),0x1BA63EE4L,(-4L)}};
static int32_t *g_192 = &g_193[1][0];
static uint8_t  func_1(void);
static uint16_t  func_2(int32_t  p_3, uint16_t  p_4, int16_t  p_5, int32_t * p_6, int16_t  p_7);
static uint16_t  func_9(int32_t  p_10, int16_t  p_11);
static uint8_t  func_1(void)
{ 
    const uint8_t l_12[2][1] = {{0x9CL},{0x9CL}};
    int32_t **l_21[4];
    const int32_t l_28 = 0x7E280BFEL;
    uint16_t *l_29[1];
    uint32_t *l_31 = &g_32[2][0];
    int32_t l_33 = 4L;
    int16_t l_191 = 0x5CBBL;
    uint32_t l_195[4][4] = {{7UL,4294967288UL,7UL,4294967288UL},{7UL,4294967288UL,7UL,4294967288UL},{7UL,4294967288UL,7UL,4294967288UL},{7UL,4294967288UL,7UL,4294967288UL}};
    int i, j;
    for (i = 0; i < 4; i++)
        l_21[i] = &g_19;
    for (i = 0; i < 1; i++)
        l_29[i] = &g_30;
    g_27[0] = (func_2(g_8, (l_191 |= func_9((l_12[1][0] && (safe_rshift_func_int8_t_s_s(((safe_add_func_uint32_t_u_u(((*l_31) = ((((g_30 = ((((safe_div_func_uint8_t_u_u(((g_19 = g_19) != (g_22 = &g_20)), (safe_sub_func_uint8_t_u_u((((safe_mul_func_uint16_t_u_u(((g_27[0] = (void*)0) == &g_20), 0UL)) <= g_20) < 8UL), 0x83L)))) | l_28) , (-6L)) >= 0x467BB1A88AF16DE6LL)) ^ 1L) && g_30) ^ g_20)), g_8)) | g_8), 7))), l_33)), g_8, g_192, g_193[1][3]) , (void*)0);
    return l_195[0][3];
}
static uint16_t  func_2(int32_t  p_3, uint16_t  p_4, int16_t  p_5, int32_t * p_6, int16_t  p_7)
{ 
    uint8_t l_194 = 0x7AL;
    return l_194;
}
static uint16_t  func_9(int32_t  p_10, int16_t  p_11)
{ 
    int32_t l_53[1][3];
    uint64_t *l_56 = &g_57;
    const int64_t l_70 = (-3L);
    int32_t **l_72 = &g_27[2];
    int8_t * const *l_95 = (void*)0;
    int32_t l_150 = 2L;
    uint32_t l_190 = 3UL;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_53[i][j] = (-3L);
    }
    for (g_30 = 13; (g_30 > 57); g_30 = safe_add_func_uint64_t_u_u(g_30, 1))
    { 
        int32_t **l_36[3];
        const uint32_t * const l_45 = &g_32[2][0];
        int8_t *l_54[1][2];
        int i, j;
        for (i = 0; i < 3; i++)
            l_36[i] = &g_27[1];
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_54[i][j] = &g_55[0];
        }
        g_27[0] = &g_20;
        (*g_22) = (safe_add_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u(((safe_lshift_func_uint8_t_u_s((safe_lshift_func_uint16_t_u_s(p_10, 14)), 3)) & ((p_10 , l_45) != &g_32[2][0])), ((safe_sub_func_uint64_t_u_u((safe_sub_func_uint64_t_u_u(((g_55[0] = ((safe_mul_func_int8_t_s_s((safe_unary_minus_func_int64_t_s(p_11)), l_53[0][0])) && l_53[0][0])) ^ g_20), (-2L))), p_11)) & p_10))), p_11));
    }
    if ((((((g_60[0][0] = ((*l_56)--)) || g_8) <= (((((~((void*)0 != &g_55[0])) ^ ((g_55[0] , 0xE2L) ^ 4L)) > l_53[0][1]) | p_11) == g_32[0][0])) > p_10) < g_55[0]))
    { 
        uint32_t l_71 = 18446744073709551615UL;
        int32_t l_88 = 0x365B034EL;
        int32_t * const l_110 = &g_111;
        int32_t * const *l_109[2];
        int8_t *l_149 = &g_8;
        int i;
        for (i = 0; i < 2; i++)
            l_109[i] = &l_110;
        if ((safe_lshift_func_int8_t_s_u((~l_53[0][0]), l_53[0][1])))
        { 
            l_72 = ((safe_rshift_func_uint8_t_u_u(l_53[0][2], (0L & (((((((safe_sub_func_uint64_t_u_u(((+l_70) & 0x39D1334807DA0BF3LL), p_10)) > 0x361030FAL) && p_10) < 65535UL) , p_11) , 2UL) , l_71)))) , l_72);
            return g_60[0][1];
        }
        else
        { 
            uint16_t l_92[2][1];
            int32_t l_119[4];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_92[i][j] = 0xCC76L;
            }
            for (i = 0; i < 4; i++)
                l_119[i] = 0xA7285EB1L;
            if ((safe_sub_func_uint8_t_u_u((safe_add_func_int8_t_s_s(p_10, ((((g_81 = (safe_sub_func_uint64_t_u_u((((*l_56) = l_71) & ((safe_add_func_int16_t_s_s(9L, g_55[0])) != ((0xA6C5L <= g_20) ^ 1UL))), p_11))) , g_32[0][0]) > g_30) >= 0x2583L))), l_71)))
            { 
                int32_t *l_82 = &l_53[0][0];
                int32_t *l_83 = &l_53[0][0];
                int32_t *l_84 = (void*)0;
                int32_t *l_85 = (void*)0;
                int32_t *l_86 = (void*)0;
                int32_t *l_87 = &l_53[0][0];
                int32_t *l_89 = &l_53[0][0];
                int32_t *l_90 = (void*)0;
                int32_t *l_91[3][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}};
                int i, j;
                ++l_92[1][0];
                g_96 = l_95;
            }
            else
            { 
                int32_t *l_108 = &l_53[0][1];
                int32_t * const *l_113 = &l_110;
                int32_t * const **l_112 = &l_113;
                uint16_t *l_118[4][2] = {{&l_92[1][0],&l_92[1][0]},{&l_92[1][0],&l_92[1][0]},{&l_92[1][0],&l_92[1][0]},{&l_92[1][0],&l_92[1][0]}};
                int i, j;
                (*l_108) = ((*g_22) = (((0xF6EF7D18L >= ((*g_19) <= (safe_mul_func_int16_t_s_s((((safe_rshift_func_uint16_t_u_s((safe_div_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((p_10 <= (*g_97)), (safe_rshift_func_int16_t_s_s(g_20, 4)))), 0xE432L)), 5)) > g_60[0][0]) | l_88), g_57)))) , 1L) || p_11));
                (*l_108) = ((0x68B8L | p_10) == ((p_11 , (0x3341C0C2L || ((((*l_112) = (l_109[1] = l_72)) == &g_27[0]) & 5UL))) <= 0x313C76A600E36C3ALL));
                l_119[1] &= ((safe_lshift_func_uint16_t_u_s((g_30 = ((safe_add_func_int64_t_s_s(l_92[1][0], (p_11 , (&g_20 == ((*l_72) = l_108))))) || (((g_111 <= p_10) >= 7UL) | (*g_19)))), (*l_110))) , p_10);
                (*g_22) = ((safe_unary_minus_func_int16_t_s((safe_unary_minus_func_int16_t_s((p_11 = (safe_rshift_func_uint8_t_u_s((safe_rshift_func_int8_t_s_u((**g_96), ((((safe_sub_func_uint32_t_u_u((!((safe_mul_func_int8_t_s_s((safe_rshift_func_uint8_t_u_u((safe_rshift_func_int16_t_s_u((p_10 , l_92[1][0]), 7)), 7)), (*g_97))) , p_11)), (*g_22))) >= 0x641BL) , (void*)0) == &l_109[1]))), (**g_96)))))))) | 0UL);
            }
            for (l_88 = 0; (l_88 <= 0); l_88 += 1)
            { 
                uint16_t *l_139[3];
                uint32_t *l_145 = &g_32[2][0];
                int32_t l_146[4];
                int i;
                for (i = 0; i < 3; i++)
                    l_139[i] = &l_92[1][0];
                for (i = 0; i < 4; i++)
                    l_146[i] = 0xF12A9C28L;
                l_146[1] = (safe_rshift_func_int8_t_s_s((safe_add_func_int16_t_s_s(g_55[l_88], (((*l_145) &= (g_30 <= ((((l_119[1] = g_60[0][0]) | (0xEBL == (safe_rshift_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_s((~g_55[l_88]), 7)), p_11)))) == 3L) | (*g_97)))) > g_30))), 2));
                (*g_22) = p_11;
                g_27[(l_88 + 2)] = &g_20;
            }
        }
        (*l_110) |= ((p_10 & ((safe_sub_func_uint16_t_u_u(((l_149 != &g_55[0]) ^ (*g_22)), (p_10 != g_81))) , p_10)) , l_150);
    }
    else
    { 
        uint8_t l_154 = 0xD9L;
        const uint16_t l_177 = 0UL;
        int32_t l_183[3];
        int i;
        for (i = 0; i < 3; i++)
            l_183[i] = (-1L);
        for (p_10 = (-10); (p_10 <= 28); p_10++)
        { 
            int32_t *l_153[4] = {&l_53[0][1],&l_53[0][1],&l_53[0][1],&l_53[0][1]};
            uint8_t l_187 = 0x29L;
            int i;
            l_53[0][1] |= (*g_19);
            l_154 &= (*g_19);
            for (g_20 = (-8); (g_20 > 21); g_20 = safe_add_func_uint32_t_u_u(g_20, 1))
            { 
                uint16_t *l_164 = &g_30;
                int8_t *l_178 = (void*)0;
                int8_t *l_179 = &g_180[3][0];
                int32_t l_181 = (-1L);
                int32_t l_182 = 1L;
                int32_t l_184 = (-1L);
                int32_t l_185 = 9L;
                int32_t l_186 = 0x9D00B73EL;
                l_181 = (safe_sub_func_int8_t_s_s(((safe_add_func_int8_t_s_s((((safe_unary_minus_func_uint32_t_u((safe_lshift_func_uint16_t_u_u(((*l_164)--), 11)))) || ((*l_179) = ((**g_96) = ((safe_add_func_int16_t_s_s((safe_mul_func_int16_t_s_s(0x7F9AL, (safe_mul_func_int8_t_s_s((l_154 , ((safe_add_func_int8_t_s_s(p_11, (g_8 | (safe_add_func_uint32_t_u_u(((-9L) != p_10), l_154))))) & 0xF88AL)), g_60[0][1])))), 65535UL)) < l_177)))) | g_111), g_20)) , (**g_96)), g_60[0][1]));
                l_187++;
                if (p_10)
                    continue;
                l_153[3] = ((*l_72) = &p_10);
            }
            l_183[0] ^= ((p_10 <= p_11) , p_10);
        }
    }
    return l_190;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_32[i][j], "g_32[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_55[i], "g_55[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_57, "g_57", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_60[i][j], "g_60[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_81, "g_81", print_hash_value);
    transparent_crc(g_111, "g_111", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_180[i][j], "g_180[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_193[i][j], "g_193[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
