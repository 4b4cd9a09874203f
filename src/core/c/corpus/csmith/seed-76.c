#include "csmith.h"
static long __undefined;
static int32_t g_4 = 0x1F94964AL;
static int8_t g_30 = 0x18L;
static uint32_t g_31 = 5UL;
static int32_t g_34[3][2] = {{0x281C1D99L,0x281C1D99L},{0x281C1D99L,0x281C1D99L},{0x281C1D99L,0x281C1D99L}};
static int64_t g_51[1][2] = {{(-3L),(-3L)}};
static int64_t g_61[4][2] = {{0x2AD41D66485393F1LL,(-1L)},{0x2AD41D66485393F1LL,0x2AD41D66485393F1LL},{(-1L),0x2AD41D66485393F1LL},{0x2AD41D66485393F1LL,(-1L)}};
static int32_t g_77[3] = {1L,1L,1L};
static int32_t g_78 = 0x552AE0D0L;
static uint16_t g_85 = 0x590CL;
static int32_t *g_102 = &g_77[2];
static int32_t **g_101 = &g_102;
static uint8_t g_132 = 2UL;
static uint32_t g_164 = 0x9C7970BCL;
static int8_t  func_1(void);
static const int32_t * func_5(int16_t  p_6, uint16_t  p_7, int32_t * p_8, int32_t  p_9);
static int16_t  func_10(int32_t * p_11, uint8_t  p_12, uint32_t  p_13, int8_t  p_14, int32_t * p_15);
static int8_t  func_1(void)
{ 
    int32_t *l_2 = (void*)0;
    int32_t *l_3 = &g_4;
    const int32_t *l_27 = &g_4;
    const int32_t **l_28 = &l_27;
    int8_t *l_29 = &g_30;
    int64_t l_32 = 0x3DEC995F7626A9D9LL;
    int32_t *l_33 = &g_4;
    (*l_3) = (-1L);
    (*l_28) = func_5(func_10(l_2, (safe_mul_func_int8_t_s_s((safe_add_func_uint64_t_u_u((safe_add_func_int16_t_s_s((safe_add_func_uint32_t_u_u((((safe_lshift_func_uint8_t_u_s((*l_3), (((!((*l_29) = ((((*l_28) = l_27) == &g_4) , ((((*l_3) != (**l_28)) > (**l_28)) <= g_4)))) ^ g_31) != g_31))) < 65526UL) == g_4), g_31)), g_31)), l_32)), g_4)), g_4, g_31, l_33), g_34[2][0], l_3, g_78);
    (*l_28) = func_5(((((((*l_28) != (void*)0) ^ ((g_30 && g_85) >= (safe_mod_func_int8_t_s_s(0xE9L, g_61[3][1])))) > g_31) , (*g_101)) == (void*)0), g_34[0][1], (*g_101), g_85);
    return g_31;
}
static const int32_t * func_5(int16_t  p_6, uint16_t  p_7, int32_t * p_8, int32_t  p_9)
{ 
    int32_t l_98 = 0xBF70E0EEL;
    int32_t l_113 = 4L;
    uint8_t *l_131 = &g_132;
    uint8_t **l_130 = &l_131;
    int16_t l_136 = 0x77A0L;
    int32_t **l_138 = &g_102;
    int8_t l_161 = 1L;
    int32_t l_166 = 0x1D75DE8CL;
    int32_t l_167 = 0xB3B3C507L;
    int32_t l_174 = 0x3A2A3A72L;
    int32_t l_175 = 6L;
    int32_t l_176[2][2] = {{4L,4L},{4L,4L}};
    uint8_t l_177[4][2] = {{0xB5L,255UL},{0xB5L,0xB5L},{255UL,0xB5L},{0xB5L,255UL}};
    int i, j;
    for (g_4 = 0; (g_4 < 23); g_4 = safe_add_func_uint16_t_u_u(g_4, 2))
    { 
        uint32_t l_92 = 0x330C13F5L;
        uint8_t l_135 = 2UL;
        int8_t *l_137 = &g_30;
        int32_t ***l_139 = &l_138;
        int32_t l_163 = 0xDF7C4787L;
        int32_t l_165[1][1];
        uint32_t l_168 = 0UL;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_165[i][j] = 6L;
        }
        for (p_6 = 0; (p_6 < 15); p_6++)
        { 
            uint8_t *l_90 = (void*)0;
            uint8_t *l_91 = (void*)0;
            int32_t *l_93[1][3];
            int64_t *l_103[2];
            uint16_t *l_104 = (void*)0;
            uint16_t *l_105 = &g_85;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_93[i][j] = &g_77[2];
            }
            for (i = 0; i < 2; i++)
                l_103[i] = &g_61[3][1];
            for (g_30 = 0; (g_30 >= 11); g_30 = safe_add_func_uint32_t_u_u(g_30, 2))
            { 
                int32_t *l_89 = &g_77[2];
                g_85++;
                (*l_89) ^= (+(-2L));
            }
            g_77[2] = ((l_92 = g_77[2]) > p_7);
            if (((p_7 && (safe_mul_func_uint8_t_u_u((+(((!(l_98 != (((l_98 >= (safe_lshift_func_int8_t_s_s((((*l_105) ^= (p_7 |= ((g_61[0][0] = ((g_101 == &g_102) < 0x9BL)) && l_98))) > p_9), p_6))) > 0x8B27L) , 0xF2590C11L))) & p_9) && g_30)), g_51[0][0]))) > g_77[1]))
            { 
                int8_t *l_112[3][4];
                uint8_t **l_127 = &l_91;
                uint8_t ***l_126 = &l_127;
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_112[i][j] = &g_30;
                }
                (**g_101) = (*g_102);
                (*l_126) = ((safe_sub_func_int8_t_s_s(((safe_mod_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_s(0x69L, 1)), p_7)) , (l_113 = (p_7 | 0x2B9CE03596026DF2LL))), (safe_add_func_uint32_t_u_u(((safe_mod_func_uint16_t_u_u((safe_mod_func_uint32_t_u_u((g_31 = (safe_mul_func_uint16_t_u_u(((*l_105) = (safe_sub_func_int64_t_s_s((safe_rshift_func_int8_t_s_u(((&p_8 == &p_8) >= 0x12F6744ED4C97A61LL), l_92)), p_7))), 0x196FL))), l_98)), g_61[3][1])) <= p_9), 6UL)))) , &l_91);
                l_136 ^= (safe_div_func_uint64_t_u_u((((((void*)0 != l_130) , (((**l_130) = l_113) & p_6)) < (safe_rshift_func_uint16_t_u_s(((((((g_85 , l_135) ^ g_77[2]) , g_51[0][0]) >= 0L) && (-1L)) , g_85), g_85))) != 0x17L), (-1L)));
            }
            else
            { 
                (*g_101) = (*g_101);
            }
        }
        (*g_102) = (((*l_137) = 0L) || ((((((*l_139) = l_138) != &g_102) != 0UL) != (safe_div_func_int16_t_s_s(l_113, p_9))) > l_135));
        if ((safe_unary_minus_func_uint8_t_u(g_30)))
        { 
            int16_t *l_160 = &l_136;
            int32_t *l_162[3];
            int i;
            for (i = 0; i < 3; i++)
                l_162[i] = &l_113;
            g_164 |= (((**l_138) = (***l_139)) , (l_163 ^= ((safe_rshift_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u((safe_unary_minus_func_int32_t_s((safe_rshift_func_uint16_t_u_s((safe_rshift_func_int8_t_s_s(0x7CL, 4)), (((*l_160) = ((safe_lshift_func_uint8_t_u_u(0x34L, (**l_138))) > ((safe_sub_func_int16_t_s_s((safe_sub_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_s(p_9, 5)), g_34[0][0])), (***l_139))) ^ p_9))) < g_77[2]))))), l_161)), g_51[0][0])) == 0xC4L)));
            l_168++;
        }
        else
        { 
            int32_t *l_171 = &l_166;
            int32_t *l_172[4][3];
            int16_t l_173 = 0xE7BBL;
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 3; j++)
                    l_172[i][j] = &l_165[0][0];
            }
            ++l_177[2][1];
            (***l_139) = (g_164 && g_61[3][1]);
        }
    }
    return p_8;
}
static int16_t  func_10(int32_t * p_11, uint8_t  p_12, uint32_t  p_13, int8_t  p_14, int32_t * p_15)
{ 
    int32_t l_47 = 1L;
    const uint32_t l_65 = 0x8AC42121L;
    int8_t *l_74 = (void*)0;
    int8_t *l_75 = &g_30;
    int32_t *l_76 = &g_77[2];
    for (g_31 = 0; (g_31 <= 1); g_31 += 1)
    { 
        uint8_t l_48[1];
        int i;
        for (i = 0; i < 1; i++)
            l_48[i] = 0x35L;
        (*p_15) = ((((((g_34[0][1] ^ 1UL) == p_14) && 0x39C01058L) && g_4) | 0xF1E2CD8491F199E1LL) , g_30);
        for (g_30 = 1; (g_30 >= 0); g_30 -= 1)
        { 
            uint32_t l_46 = 0x6C2DB602L;
            int32_t l_49 = (-1L);
            int32_t *l_50 = &l_47;
            uint8_t l_58 = 1UL;
            if ((safe_add_func_int16_t_s_s((((((((1L != (safe_add_func_int64_t_s_s(0xBC35CF455DBFE6B8LL, (((*l_50) = (~(((*p_15) = (((safe_mul_func_int8_t_s_s((0L | ((safe_div_func_uint64_t_u_u(((safe_mod_func_int32_t_s_s(l_46, g_4)) && (-4L)), 1L)) <= l_47)), l_48[0])) > 8UL) >= g_4)) || l_49))) != g_31)))) > g_30) && p_12) && 4294967288UL) && 252UL) != g_30) | p_12), g_30)))
            { 
                return g_4;
            }
            else
            { 
                int8_t l_52 = 1L;
                int32_t l_53[2];
                int32_t *l_54 = &l_53[0];
                int32_t *l_55 = &g_4;
                int32_t *l_56 = &l_53[0];
                int32_t *l_57[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_53[i] = 0xB61EA52FL;
                for (i = 0; i < 2; i++)
                    l_57[i] = &l_53[0];
                l_58--;
                return p_13;
            }
        }
    }
    g_61[3][1] = ((*p_15) = l_47);
    (*l_76) |= (!(((*l_75) &= (safe_div_func_uint32_t_u_u(((6L <= p_13) , (l_65 , (safe_sub_func_uint8_t_u_u((safe_div_func_int32_t_s_s((safe_mod_func_uint32_t_u_u((safe_add_func_uint8_t_u_u(((*p_15) || (g_61[0][1] && g_34[0][0])), g_61[3][1])), 0x1179D740L)), 4294967291UL)), l_47)))), g_51[0][1]))) ^ p_13));
    return (*l_76);
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_34[i][j], "g_34[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_51[i][j], "g_51[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_61[i][j], "g_61[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_77[i], "g_77[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_78, "g_78", print_hash_value);
    transparent_crc(g_85, "g_85", print_hash_value);
    transparent_crc(g_132, "g_132", print_hash_value);
    transparent_crc(g_164, "g_164", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
