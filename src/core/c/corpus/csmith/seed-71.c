#include "csmith.h"
static long __undefined;
static int32_t g_3 = 0L;
static int32_t g_4 = 0x83846275L;
static uint8_t g_11[1][4] = {{0x4CL,0x4CL,0x4CL,0x4CL}};
static uint8_t *g_18 = (void*)0;
static int32_t g_30 = 0xBE5411AAL;
static int32_t *g_29 = &g_30;
static uint8_t g_32[4][1] = {{1UL},{1UL},{1UL},{1UL}};
static int8_t g_41 = 0L;
static uint64_t g_49 = 0x5ABFEDE048FFD526LL;
static int32_t g_52 = 0xE45221BAL;
static uint16_t g_62[3] = {4UL,4UL,4UL};
static int8_t g_90 = 1L;
static uint8_t g_128 = 250UL;
static uint32_t g_147 = 0x9A790D78L;
static int32_t g_149 = (-6L);
static uint32_t g_163[1][4] = {{18446744073709551610UL,18446744073709551610UL,18446744073709551610UL,18446744073709551610UL}};
static uint16_t g_174 = 0UL;
static int32_t  func_1(void);
static const int64_t  func_14(uint8_t * p_15, uint8_t * p_16, uint8_t * p_17);
static uint8_t * func_19(int64_t  p_20, int8_t  p_21, uint32_t  p_22, uint8_t * const  p_23, uint64_t  p_24);
static int32_t  func_1(void)
{ 
    int16_t l_2[4] = {0L,0L,0L,0L};
    int32_t l_160 = 4L;
    int16_t l_171 = 0x2E89L;
    uint32_t l_178 = 0x2F5CE17BL;
    int i;
    for (g_3 = 0; (g_3 <= 3); g_3 += 1)
    { 
        uint8_t *l_31 = &g_32[2][0];
        int32_t *l_166 = &g_3;
        int32_t l_169 = 1L;
        int32_t **l_177 = &l_166;
        int i;
        if (l_2[g_3])
        { 
            for (g_4 = 3; (g_4 >= 0); g_4 -= 1)
            { 
                return g_4;
            }
            return l_2[g_3];
        }
        else
        { 
            int64_t l_168 = 1L;
            int32_t l_170 = 1L;
            int32_t l_172 = 0x8495B1B1L;
            int32_t l_173 = (-1L);
            for (g_4 = 0; (g_4 <= 3); g_4 += 1)
            { 
                uint8_t *l_10 = &g_11[0][0];
                uint32_t *l_146 = &g_147;
                int32_t *l_148 = &g_149;
                int32_t *l_150 = &g_30;
                int32_t *l_151 = &g_30;
                int32_t *l_152 = &g_30;
                int32_t *l_153 = &g_30;
                int32_t *l_154 = &g_30;
                int32_t *l_155 = &g_30;
                int32_t *l_156 = (void*)0;
                int32_t *l_157 = &g_149;
                int32_t *l_158 = &g_149;
                int32_t *l_159 = &g_149;
                int32_t *l_161 = (void*)0;
                int32_t *l_162[2][1];
                int32_t **l_167 = &l_154;
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_162[i][j] = &g_30;
                }
                (*l_148) ^= (safe_mod_func_uint8_t_u_u(l_2[g_3], (((*l_146) = (~(safe_mod_func_uint8_t_u_u(((*l_10)--), (func_14(g_18, func_19(g_3, l_2[3], g_4, g_18, g_3), l_31) , 0x27L))))) , g_30)));
                g_163[0][3]++;
                (*l_167) = l_166;
                g_174--;
            }
        }
        (*l_177) = (void*)0;
    }
    return l_178;
}
static const int64_t  func_14(uint8_t * p_15, uint8_t * p_16, uint8_t * p_17)
{ 
    int32_t *l_35[3][1];
    int8_t *l_40[4];
    int32_t l_44 = 0x21C760FCL;
    int64_t l_45 = 0xA1FD29CC027682C5LL;
    uint16_t l_46 = 0xCEBBL;
    uint64_t *l_47 = (void*)0;
    uint64_t *l_48[2][1];
    int32_t l_57[4][4];
    int64_t l_87[4];
    const uint32_t l_88[3] = {6UL,6UL,6UL};
    uint32_t l_89 = 1UL;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_35[i][j] = (void*)0;
    }
    for (i = 0; i < 4; i++)
        l_40[i] = &g_41;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_48[i][j] = &g_49;
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
            l_57[i][j] = (-10L);
    }
    for (i = 0; i < 4; i++)
        l_87[i] = 0x4C8A73D9AAD11CF5LL;
    g_30 &= (safe_add_func_int64_t_s_s(g_32[2][0], g_32[2][0]));
    l_46 = (safe_add_func_int64_t_s_s(((g_32[2][0] <= (((safe_mul_func_int8_t_s_s((g_41 ^= (-9L)), g_30)) != g_3) | (((safe_lshift_func_uint16_t_u_u(((l_44 > g_30) , g_30), g_32[2][0])) ^ g_30) == l_45))) == g_30), g_4));
    if (((g_52 = (++g_49)) > (safe_mod_func_int64_t_s_s((safe_sub_func_int16_t_s_s((l_57[2][0] >= (safe_rshift_func_int8_t_s_s((safe_mod_func_uint64_t_u_u((g_62[1] = g_3), (safe_mod_func_int16_t_s_s(((safe_mul_func_int16_t_s_s((((((safe_sub_func_uint64_t_u_u((safe_rshift_func_int8_t_s_u(((safe_sub_func_uint16_t_u_u(((g_4 | (g_90 = ((safe_mul_func_int16_t_s_s(((safe_rshift_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_u((((safe_mod_func_uint32_t_u_u((safe_mod_func_uint32_t_u_u(((safe_mod_func_uint64_t_u_u((l_89 = ((safe_sub_func_uint8_t_u_u(((void*)0 != l_40[3]), l_87[3])) && l_88[2])), 0xF45EA776A221E122LL)) <= 0L), (*g_29))), 0xC0F78337L)) , &g_41) == &g_41), 3)) || g_90), (*p_17))) || 0xF28BL), 0x6827L)) & (-10L)))) , g_4), g_32[2][0])) > g_4), (*p_17))), g_32[2][0])) > (*g_29)) , (*g_29)) <= (*g_29)) == g_3), 0UL)) , g_4), g_32[2][0])))), 0))), g_3)), g_41))))
    { 
        int32_t l_91 = 0x148BB49DL;
        g_52 |= (*g_29);
        if ((l_91 = ((void*)0 != &g_41)))
        { 
            uint32_t l_92 = 18446744073709551613UL;
            uint32_t l_98 = 0UL;
            --l_92;
            if (((safe_unary_minus_func_int8_t_s(g_4)) , ((safe_rshift_func_uint16_t_u_u(0x1519L, 3)) , l_98)))
            { 
                return g_32[2][0];
            }
            else
            { 
                int32_t *l_99 = &l_91;
                int32_t **l_100 = &l_35[2][0];
                (*l_100) = l_99;
            }
            return g_52;
        }
        else
        { 
            for (l_44 = 0; (l_44 > (-9)); l_44--)
            { 
                int8_t l_103 = (-8L);
                l_103 = l_91;
            }
            return g_4;
        }
    }
    else
    { 
        int16_t l_104 = 0xF412L;
        uint8_t * const l_120 = &g_32[1][0];
        uint8_t **l_121 = &g_18;
        uint16_t *l_122[1][3];
        int16_t l_123 = 0xC949L;
        int32_t l_124 = 0xFE2A04F4L;
        int32_t l_125 = (-7L);
        int32_t l_126 = 0xEF4093C7L;
        int32_t l_127 = (-1L);
        uint16_t *l_142 = &g_62[0];
        uint16_t **l_141 = &l_142;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_122[i][j] = (void*)0;
        }
        l_104 = ((void*)0 != l_47);
        if ((safe_lshift_func_int16_t_s_s((safe_add_func_uint16_t_u_u((g_62[1] &= ((safe_rshift_func_int8_t_s_u(((&l_35[0][0] == (((safe_mul_func_int16_t_s_s(((g_32[3][0] , (safe_rshift_func_int8_t_s_s((l_40[1] != ((*l_121) = func_19((~(((safe_mod_func_int64_t_s_s((safe_mod_func_int16_t_s_s(l_104, 0x2A07L)), g_52)) & 0x99BB118774359D1ELL) < 0xF614L)), g_30, g_32[2][0], l_120, l_104))), 2))) == 0xB3L), 0x8347L)) & l_104) , &l_35[0][0])) > g_32[3][0]), 2)) , l_104)), (-2L))), l_104)))
        { 
            g_128++;
        }
        else
        { 
            int16_t l_133 = 0x6B7EL;
            uint16_t **l_136 = (void*)0;
            g_52 = (((safe_div_func_int32_t_s_s(l_133, (safe_add_func_int32_t_s_s(((l_122[0][1] = l_122[0][1]) != (void*)0), (g_41 || (safe_add_func_uint64_t_u_u(((safe_mul_func_uint8_t_u_u(((l_141 == l_136) , l_124), (-1L))) ^ 0xA74C124A524AB74DLL), g_32[2][0]))))))) , (*g_29)) ^ (*g_29));
        }
        for (g_30 = (-11); (g_30 <= (-17)); g_30--)
        { 
            const int32_t l_145[4][1] = {{0x8E59B3DBL},{0x8E59B3DBL},{0x8E59B3DBL},{0x8E59B3DBL}};
            int i, j;
            return l_145[0][0];
        }
        return g_3;
    }
}
static uint8_t * func_19(int64_t  p_20, int8_t  p_21, uint32_t  p_22, uint8_t * const  p_23, uint64_t  p_24)
{ 
    int32_t *l_26 = &g_4;
    int32_t **l_25 = &l_26;
    int32_t *l_28 = &g_4;
    int32_t **l_27[3][2] = {{&l_28,&l_28},{&l_28,&l_28},{&l_28,&l_28}};
    int i, j;
    g_29 = ((*l_25) = &g_3);
    return g_18;
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
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_11[i][j], "g_11[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_30, "g_30", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_32[i][j], "g_32[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_41, "g_41", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_52, "g_52", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_62[i], "g_62[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_90, "g_90", print_hash_value);
    transparent_crc(g_128, "g_128", print_hash_value);
    transparent_crc(g_147, "g_147", print_hash_value);
    transparent_crc(g_149, "g_149", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_163[i][j], "g_163[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_174, "g_174", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
