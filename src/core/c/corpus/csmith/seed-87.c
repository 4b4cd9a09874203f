#include "csmith.h"
static long __undefined;
static int32_t g_3 = 0L;
static uint64_t g_5 = 0x6F6DD8D13034D006LL;
static int16_t g_21 = 8L;
static uint16_t g_48 = 0x87C4L;
static uint32_t g_56 = 0x632CAC24L;
static int8_t g_58 = 0x3BL;
static uint64_t g_62 = 7UL;
static int64_t g_63 = 3L;
static uint32_t g_74 = 0x55A6F0EDL;
static uint32_t g_82 = 9UL;
static uint32_t g_96 = 0UL;
static int16_t g_97[1][1] = {{4L}};
static int32_t g_98 = 8L;
static uint32_t g_103 = 18446744073709551609UL;
static int8_t g_115 = 4L;
static uint16_t  func_1(void);
static int32_t * func_6(uint32_t  p_7, int64_t  p_8, uint32_t  p_9);
static int32_t  func_10(uint32_t  p_11, uint32_t  p_12, uint64_t * p_13, int8_t  p_14);
static uint16_t  func_1(void)
{ 
    uint32_t l_2[4] = {0x8A8F9390L,0x8A8F9390L,0x8A8F9390L,0x8A8F9390L};
    uint64_t l_113 = 4UL;
    int64_t l_114 = 0x57E05BCBD5E972E6LL;
    int i;
    for (g_3 = 0; (g_3 <= 3); g_3 += 1)
    { 
        uint64_t *l_4 = &g_5;
        uint64_t l_15 = 7UL;
        int16_t *l_20[1][2];
        int32_t l_22 = 0x0AFBD13DL;
        int32_t *l_76[4] = {&g_3,&g_3,&g_3,&g_3};
        int32_t **l_75 = &l_76[1];
        int8_t *l_81 = (void*)0;
        int64_t l_83 = 1L;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_20[i][j] = &g_21;
        }
        (*l_75) = (((*l_4) = 18446744073709551614UL) , func_6(l_2[g_3], (l_2[g_3] != func_10(((l_15 ^ ((safe_sub_func_int16_t_s_s((l_22 = (safe_add_func_int64_t_s_s(l_2[2], 0xB0E82CA9683648BDLL))), l_15)) == l_2[1])) >= l_2[g_3]), g_21, &l_15, g_5)), l_2[1]));
        if (((!g_5) != (~(((((l_83 |= (+((1L & 0xF0L) & (~(g_82 = ((((g_48 , &g_58) != l_81) ^ g_58) ^ g_62)))))) | (-10L)) <= 18446744073709551609UL) <= l_2[1]) != 0xEA62L))))
        { 
            return g_5;
        }
        else
        { 
            int64_t l_94 = (-1L);
            int32_t l_95 = (-1L);
            uint32_t l_99 = 0xAFD421DEL;
            int32_t l_102 = 0x7241AB08L;
            for (g_58 = 3; (g_58 >= 0); g_58 -= 1)
            { 
                uint64_t l_91 = 2UL;
                g_96 ^= (safe_div_func_uint8_t_u_u((((safe_add_func_uint16_t_u_u((safe_unary_minus_func_uint8_t_u((g_3 ^ ((safe_add_func_int64_t_s_s(l_91, (g_5 && 0x13L))) < (((((l_95 = (safe_rshift_func_uint8_t_u_u((l_94 | g_74), g_21))) != 0UL) <= l_94) ^ g_48) < 0L))))), 0x1E62L)) , g_82) ^ l_94), 7UL));
                l_99++;
            }
            g_103--;
            g_115 = (l_114 = (l_95 = (safe_mul_func_uint16_t_u_u(((l_2[3] < 0x2353B37858094BF1LL) , (safe_lshift_func_uint8_t_u_s((~(safe_mod_func_uint8_t_u_u((((l_113 >= (g_5 >= g_103)) <= 0xD2EAD1D304E80792LL) != (-1L)), 1UL))), 3))), g_21))));
        }
    }
    return g_63;
}
static int32_t * func_6(uint32_t  p_7, int64_t  p_8, uint32_t  p_9)
{ 
    int32_t *l_27[1];
    int32_t **l_26 = &l_27[0];
    int8_t l_53 = 0L;
    int64_t l_60 = 0L;
    uint32_t l_73 = 0x64A9B53AL;
    int i;
    for (i = 0; i < 1; i++)
        l_27[i] = &g_3;
    (*l_26) = &g_3;
    for (p_8 = 3; (p_8 == 12); p_8 = safe_add_func_int64_t_s_s(p_8, 6))
    { 
        uint32_t l_38 = 6UL;
        uint16_t *l_46 = (void*)0;
        uint16_t *l_47 = &g_48;
        uint32_t *l_54 = (void*)0;
        uint32_t *l_55 = &g_56;
        int8_t *l_57[4][4] = {{&l_53,&l_53,&l_53,&l_53},{&l_53,&l_53,&l_53,&l_53},{&l_53,&l_53,&l_53,&l_53},{&l_53,&l_53,&l_53,&l_53}};
        int32_t l_59 = 0x97D6A583L;
        uint64_t *l_61 = &g_62;
        uint32_t *l_72[1];
        int i, j;
        for (i = 0; i < 1; i++)
            l_72[i] = (void*)0;
        g_63 &= ((safe_div_func_uint8_t_u_u(((safe_add_func_int64_t_s_s((safe_mul_func_int16_t_s_s((p_7 & (safe_sub_func_int32_t_s_s(((l_38 != (~(safe_sub_func_uint8_t_u_u((safe_lshift_func_int16_t_s_s(p_8, (((*l_61) &= ((safe_mul_func_uint16_t_u_u(((*l_47)++), l_38)) , (safe_mod_func_int8_t_s_s((l_59 &= (((*l_55) = ((((((9L == g_21) , l_53) || g_48) & (-10L)) != g_48) ^ 0xA4D2L)) , g_5)), l_60)))) & l_38))), g_5)))) || l_38), g_3))), g_5)), l_38)) && g_62), p_8)) != p_9);
        l_59 = l_59;
        g_74 &= ((safe_lshift_func_int8_t_s_u(((246UL & ((((void*)0 == l_27[0]) ^ ((safe_sub_func_int16_t_s_s((0x7D884BB8L & (l_59 &= ((safe_mod_func_int64_t_s_s((safe_lshift_func_uint8_t_u_u(0xE9L, p_7)), g_62)) < 0UL))), 0xA2EEL)) && g_5)) <= l_73)) , 0L), g_21)) != l_38);
    }
    return &g_3;
}
static int32_t  func_10(uint32_t  p_11, uint32_t  p_12, uint64_t * p_13, int8_t  p_14)
{ 
    int32_t l_25[2][1];
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_25[i][j] = 1L;
    }
    for (g_5 = 0; (g_5 <= 22); ++g_5)
    { 
        return g_3;
    }
    return l_25[0][0];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_21, "g_21", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_62, "g_62", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_74, "g_74", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_96, "g_96", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_97[i][j], "g_97[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_98, "g_98", print_hash_value);
    transparent_crc(g_103, "g_103", print_hash_value);
    transparent_crc(g_115, "g_115", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
