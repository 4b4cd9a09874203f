#include "csmith.h"
static long __undefined;
static int64_t g_2[1][2] = {{(-1L),(-1L)}};
static uint32_t g_8[2][4] = {{0x7BE7E550L,0x7BE7E550L,0x7BE7E550L,0x7BE7E550L},{0x7BE7E550L,0x7BE7E550L,0x7BE7E550L,0x7BE7E550L}};
static int8_t g_10 = 0xB6L;
static uint32_t g_34 = 0x8F0ED693L;
static int32_t g_88 = 0x30B13CFFL;
static int32_t *g_87[2][2] = {{&g_88,&g_88},{&g_88,&g_88}};
static uint16_t g_94 = 0xD368L;
static int8_t *g_124 = (void*)0;
static int32_t g_139 = 0x45795A90L;
static uint32_t  func_1(void);
static int8_t * func_12(const int32_t  p_13, int8_t * p_14);
static const int32_t  func_15(uint8_t  p_16);
static uint32_t  func_1(void)
{ 
    int8_t *l_9[4];
    int32_t l_11 = 0x678DC2A8L;
    int32_t l_18 = 0x3860A421L;
    int8_t **l_137 = &l_9[3];
    int32_t *l_138 = &g_139;
    uint8_t l_140 = 255UL;
    int i;
    for (i = 0; i < 4; i++)
        l_9[i] = &g_10;
    (*l_138) |= (g_2[0][0] && (safe_unary_minus_func_int8_t_s((safe_div_func_int64_t_s_s((safe_mul_func_int8_t_s_s((l_11 |= g_8[1][0]), (((*l_137) = func_12(func_15((safe_unary_minus_func_uint16_t_u(((g_8[1][0] | 9UL) && l_18)))), g_124)) != g_124))), l_18)))));
    return l_140;
}
static int8_t * func_12(const int32_t  p_13, int8_t * p_14)
{ 
    int32_t *l_125 = (void*)0;
    int32_t *l_126 = &g_88;
    int32_t *l_127 = &g_88;
    int32_t *l_128 = &g_88;
    int32_t *l_129 = &g_88;
    int32_t *l_130 = &g_88;
    int32_t *l_131 = &g_88;
    int32_t *l_132 = &g_88;
    int32_t *l_133[4];
    uint32_t l_134 = 1UL;
    int i;
    for (i = 0; i < 4; i++)
        l_133[i] = (void*)0;
    (*l_126) = 1L;
    --l_134;
    return &g_10;
}
static const int32_t  func_15(uint8_t  p_16)
{ 
    int8_t *l_31 = &g_10;
    int32_t l_32[4] = {0x030FC353L,0x030FC353L,0x030FC353L,0x030FC353L};
    const uint32_t *l_42 = &g_8[0][3];
    uint32_t *l_43 = &g_8[1][0];
    int32_t *l_106 = &l_32[1];
    int32_t *l_112 = &l_32[1];
    int8_t *l_119[2];
    int64_t l_120 = 0x5CFFAB6C5F39321CLL;
    int i;
    for (i = 0; i < 2; i++)
        l_119[i] = (void*)0;
    for (p_16 = 0; (p_16 == 21); ++p_16)
    { 
        int8_t * const l_21 = &g_10;
        uint32_t *l_33 = &g_34;
        int32_t l_35 = 0L;
        int32_t **l_51 = (void*)0;
        int32_t *l_52 = (void*)0;
        int32_t *l_53 = &l_35;
        if ((((void*)0 == l_21) | (safe_mod_func_int16_t_s_s((safe_div_func_int8_t_s_s((((safe_rshift_func_uint16_t_u_s((g_8[1][1] && ((*l_33) = (safe_div_func_uint32_t_u_u(((safe_unary_minus_func_int8_t_s(0L)) & ((g_8[1][0] , l_31) == l_31)), l_32[1])))), 6)) != 0x452A2C7A2E428464LL) <= 1L), 255UL)), l_32[1]))))
        { 
            int32_t *l_48 = &l_32[3];
            for (g_10 = 0; (g_10 <= 3); g_10 += 1)
            { 
                int32_t *l_36 = (void*)0;
                int i;
                l_32[g_10] = g_10;
                l_32[g_10] ^= l_35;
                if (p_16)
                    continue;
            }
            (*l_48) &= (((!(0xC2F002739425A33ELL ^ (safe_div_func_uint8_t_u_u(((safe_mul_func_int16_t_s_s((l_42 == l_43), (safe_add_func_int8_t_s_s(((*l_21) &= 0xFFL), (safe_sub_func_int64_t_s_s(g_2[0][0], 8L)))))) | p_16), p_16)))) , g_8[1][3]) && g_8[1][2]);
        }
        else
        { 
            int32_t *l_49 = &l_32[1];
            int32_t **l_50 = &l_49;
            (*l_50) = l_49;
        }
        l_53 = (l_52 = &l_32[1]);
        return p_16;
    }
    if (((safe_mod_func_uint16_t_u_u(p_16, l_32[0])) ^ ((((!(((-1L) > (safe_mod_func_int64_t_s_s((safe_sub_func_int32_t_s_s(g_2[0][0], (safe_mod_func_int64_t_s_s(0x5738F5E691445A15LL, p_16)))), p_16))) , 1L)) >= g_34) , p_16) , g_8[0][0])))
    { 
        int32_t l_71 = 0x9D242EC2L;
        int8_t *l_84 = &g_10;
        int32_t l_95 = 5L;
        int32_t *l_110 = &l_95;
        int32_t **l_111 = &l_106;
        uint16_t *l_121 = &g_94;
        const int32_t l_122 = 1L;
        if (((((safe_sub_func_uint8_t_u_u(0xD4L, g_10)) != ((((safe_div_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_u(((safe_add_func_uint32_t_u_u(((l_71 | (safe_div_func_uint64_t_u_u((safe_mod_func_int32_t_s_s((safe_mul_func_uint16_t_u_u((safe_div_func_int64_t_s_s((((((safe_rshift_func_int8_t_s_s((safe_rshift_func_int8_t_s_u(((void*)0 != l_84), 3)), g_10)) || g_8[0][0]) , (void*)0) != &l_32[1]) && 6L), 1UL)), 0x5258L)), 0x7A4C6684L)), g_34))) >= 5UL), g_8[1][0])) < 65531UL), l_71)), p_16)) , (void*)0) == &g_34) | l_32[0])) , p_16) <= 0x11L))
        { 
            int32_t **l_89 = (void*)0;
            int32_t **l_90[4][4] = {{&g_87[1][0],&g_87[1][0],(void*)0,(void*)0},{&g_87[1][0],(void*)0,&g_87[1][0],&g_87[1][0]},{&g_87[1][0],(void*)0,&g_87[1][0],&g_87[1][0]},{(void*)0,(void*)0,&g_87[0][1],(void*)0}};
            uint16_t *l_93 = &g_94;
            int i, j;
            if ((safe_add_func_uint16_t_u_u((l_95 |= ((*l_93) = ((((g_87[1][0] = g_87[1][0]) != (l_71 , (((safe_sub_func_uint32_t_u_u((g_2[0][0] >= (l_84 != l_84)), p_16)) & 4294967295UL) , (void*)0))) >= l_32[1]) >= p_16))), 1UL)))
            { 
                l_95 = (-4L);
            }
            else
            { 
                return l_95;
            }
        }
        else
        { 
            int32_t **l_101[2][1];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_101[i][j] = &g_87[1][0];
            }
            l_95 = (l_95 <= (safe_mod_func_int64_t_s_s((l_95 & ((+g_34) & (safe_lshift_func_uint16_t_u_s((l_101[1][0] != ((safe_div_func_int32_t_s_s((l_32[1] = ((g_88 | l_32[1]) > g_88)), g_10)) , &g_87[1][0])), g_8[1][0])))), g_2[0][1])));
            return p_16;
        }
        (*l_110) = (l_71 |= (safe_mul_func_uint16_t_u_u((((&l_32[1] == (l_106 = &l_95)) && g_10) <= (safe_mul_func_int16_t_s_s((safe_unary_minus_func_uint16_t_u((p_16 & p_16))), l_32[1]))), l_95)));
        l_112 = ((*l_111) = &l_32[0]);
        (*l_106) = ((+((*l_84) = (((safe_add_func_uint8_t_u_u(g_8[0][3], (safe_unary_minus_func_int32_t_s(((&g_34 != l_110) >= ((*l_121) = ((safe_sub_func_uint16_t_u_u((((l_31 = l_84) != l_119[1]) == l_120), (*l_112))) != (**l_111)))))))) == l_122) > g_34))) <= p_16);
    }
    else
    { 
        const uint16_t l_123 = 0x7714L;
        return l_123;
    }
    return p_16;
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
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_2[i][j], "g_2[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_8[i][j], "g_8[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_10, "g_10", print_hash_value);
    transparent_crc(g_34, "g_34", print_hash_value);
    transparent_crc(g_88, "g_88", print_hash_value);
    transparent_crc(g_94, "g_94", print_hash_value);
    transparent_crc(g_139, "g_139", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
