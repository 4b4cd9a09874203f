#include "csmith.h"
static long __undefined;
static int32_t g_2[2] = {0x03342EB9L,0x03342EB9L};
static int32_t g_36 = 1L;
static uint16_t g_44 = 0xAFECL;
static uint32_t g_49[4] = {1UL,1UL,1UL,1UL};
static uint32_t g_50 = 0xE1DC630DL;
static uint8_t g_61 = 0x0CL;
static int32_t *g_65 = &g_2[1];
static int32_t **g_64 = &g_65;
static int8_t g_73 = 0L;
static uint64_t g_81 = 0UL;
static uint32_t g_85[3] = {0xDDECA68EL,0xDDECA68EL,0xDDECA68EL};
static uint32_t g_88 = 0x94120B1AL;
static int64_t g_92 = 1L;
static uint32_t g_108 = 0x3948B2FDL;
static const uint64_t g_115[4][4] = {{0UL,18446744073709551615UL,0UL,18446744073709551615UL},{0UL,18446744073709551615UL,0UL,18446744073709551615UL},{0UL,18446744073709551615UL,0UL,18446744073709551615UL},{0UL,18446744073709551615UL,0UL,18446744073709551615UL}};
static int16_t g_116 = 6L;
static uint32_t g_127 = 0x2B0CC679L;
static uint8_t g_132 = 1UL;
static int8_t g_139 = 0xCAL;
static int32_t g_140 = 0x982148F4L;
static int8_t g_141 = (-5L);
static uint64_t g_143 = 0x89E7F0AFD097A5E0LL;
static int64_t *g_151 = &g_92;
static int64_t **g_150 = &g_151;
static int16_t  func_1(void);
static uint16_t  func_7(int8_t  p_8);
static uint64_t  func_12(uint8_t  p_13, uint16_t  p_14, uint16_t  p_15, int32_t  p_16);
static int16_t  func_1(void)
{ 
    uint64_t l_9 = 0x263126FF23B1A956LL;
    uint32_t *l_87[2];
    uint32_t l_93 = 0xB7C4EAE4L;
    int32_t l_109 = 0L;
    int32_t l_110 = 0x61D97AAAL;
    uint64_t l_117 = 0xEEC55A7B5E453FC6LL;
    int32_t l_142 = 1L;
    uint32_t l_146[4][2];
    int i, j;
    for (i = 0; i < 2; i++)
        l_87[i] = &g_88;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
            l_146[i][j] = 7UL;
    }
    for (g_2[1] = 0; (g_2[1] > 11); g_2[1] = safe_add_func_uint8_t_u_u(g_2[1], 2))
    { 
        int64_t *l_91 = &g_92;
        int32_t l_106 = 0x74B559E0L;
        int8_t *l_107[2][1];
        int32_t **l_111 = (void*)0;
        int64_t **l_152 = &g_151;
        int32_t l_155 = (-2L);
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_107[i][j] = &g_73;
        }
        if ((safe_mul_func_uint16_t_u_u(func_7(l_9), (((l_87[1] == &g_88) >= ((safe_mod_func_int64_t_s_s(((*l_91) ^= g_2[0]), g_2[1])) >= l_9)) <= l_93))))
        { 
            uint64_t l_105[2][1];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_105[i][j] = 18446744073709551609UL;
            }
            g_36 = (((safe_sub_func_uint16_t_u_u(((safe_add_func_int64_t_s_s((safe_div_func_uint64_t_u_u(((l_87[1] != (void*)0) && (safe_rshift_func_int8_t_s_s((0xB567EB8760324A0BLL | (safe_mul_func_uint16_t_u_u((~((l_109 ^= (g_108 = (((((*g_65) && (((0x52L <= 0x20L) , l_105[1][0]) , (*g_65))) > l_106) , &g_73) != l_107[0][0]))) & 1L)), g_88))), l_110))), g_2[1])), 0xF441AF38FA35296DLL)) >= 0x418DL), 0xD77AL)) > l_105[1][0]) ^ l_9);
        }
        else
        { 
            int32_t **l_112 = &g_65;
            int32_t * const *l_113 = (void*)0;
            int32_t * const **l_114 = &l_113;
            if (((((((g_116 = (l_106 ^ (((((5L <= ((0L || ((((l_112 = l_111) != ((*l_114) = l_113)) , g_88) && g_2[1])) >= (**g_64))) && g_61) || 0UL) ^ g_115[3][3]) || g_44))) , g_88) <= (**g_64)) != l_117) > l_9) < 0xEC2C21BE7324BB92LL))
            { 
                return g_61;
            }
            else
            { 
                int64_t l_118 = 1L;
                uint64_t **l_129 = (void*)0;
                uint64_t ***l_128 = &l_129;
                int32_t *l_130 = &l_110;
                int32_t *l_131[4][3] = {{&g_36,&l_106,&g_2[1]},{&l_106,&l_106,&l_106},{&l_109,&g_36,&g_2[1]},{&l_109,&l_109,&g_36}};
                int i, j;
                l_118 |= l_109;
                (*l_128) = (((safe_lshift_func_uint16_t_u_s((safe_sub_func_uint32_t_u_u((safe_sub_func_int64_t_s_s(9L, g_88)), (safe_add_func_int32_t_s_s((l_9 , (((g_81 = (l_106 , (g_81 < g_127))) && g_50) , l_109)), 0x9661A183L)))), 0)) != 0x8637L) , (void*)0);
                --g_132;
            }
            for (g_127 = 0; (g_127 <= 2); g_127 += 1)
            { 
                int32_t *l_135[4] = {&g_2[1],&g_2[1],&g_2[1],&g_2[1]};
                int i;
                g_36 |= (-5L);
                return g_85[g_127];
            }
            (*g_64) = &l_110;
        }
        for (g_127 = 0; (g_127 <= 54); g_127 = safe_add_func_uint16_t_u_u(g_127, 2))
        { 
            int32_t *l_138[2];
            int i;
            for (i = 0; i < 2; i++)
                l_138[i] = &l_110;
            g_143++;
            for (g_141 = 1; (g_141 >= 0); g_141 -= 1)
            { 
                int i;
                (*g_64) = l_138[g_141];
                return l_146[3][1];
            }
        }
        for (g_81 = 0; (g_81 <= 1); g_81 += 1)
        { 
            uint32_t l_168 = 0x77DDD3BAL;
            if ((+(0L != 1UL)))
            { 
                int64_t **l_149 = &l_91;
                int64_t ***l_148[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_148[i] = &l_149;
                l_152 = (g_150 = (void*)0);
            }
            else
            { 
                int32_t *l_153 = &l_106;
                int32_t *l_154[2][1];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_154[i][j] = &g_140;
                }
                l_155 ^= (g_140 = ((*l_153) = g_85[g_81]));
                return l_146[(g_81 + 1)][g_81];
            }
            for (l_109 = 1; (l_109 >= 0); l_109 -= 1)
            { 
                uint64_t *l_169 = (void*)0;
                int32_t *l_170 = &l_155;
                int i, j;
                (*l_170) = (l_146[(g_81 + 1)][g_81] != (safe_mul_func_int8_t_s_s(0x50L, (safe_rshift_func_int16_t_s_s((((safe_rshift_func_uint16_t_u_u(((safe_div_func_int8_t_s_s((+(!g_50)), (safe_lshift_func_int16_t_s_s((((g_2[1] || l_146[(g_81 + 1)][g_81]) | 0xCA29L) & l_117), g_81)))) ^ 0x67FFFD43L), l_168)) , l_169) == &g_115[3][3]), g_2[1])))));
                return g_115[3][3];
            }
        }
    }
    (*g_65) = l_142;
    return l_142;
}
static uint16_t  func_7(int8_t  p_8)
{ 
    const uint64_t l_25 = 0x7A4129B85755261FLL;
    int8_t *l_82 = &g_73;
    uint64_t l_83 = 18446744073709551615UL;
    int32_t *l_84[4] = {&g_2[1],&g_2[1],&g_2[1],&g_2[1]};
    int64_t l_86 = (-9L);
    int i;
    g_85[0] = ((safe_sub_func_int8_t_s_s(((*l_82) = ((func_12((safe_sub_func_int32_t_s_s(((0x69F4981FF29ACD40LL < (p_8 < 1L)) , p_8), (safe_div_func_int8_t_s_s(((((safe_mod_func_int8_t_s_s((safe_mul_func_uint16_t_u_u(((g_2[1] > p_8) && p_8), l_25)), 0x2FL)) & l_25) < g_2[1]) < g_2[0]), l_25)))), p_8, g_2[1], p_8) | g_2[1]) , (-7L))), l_83)) , l_83);
    g_36 = 0xAF85E685L;
    return l_86;
}
static uint64_t  func_12(uint8_t  p_13, uint16_t  p_14, uint16_t  p_15, int32_t  p_16)
{ 
    const int32_t * const l_26[1][1] = {{(void*)0}};
    const int32_t *l_28 = &g_2[1];
    const int32_t **l_27 = &l_28;
    int32_t l_55 = 0x95DD6864L;
    int i, j;
    (*l_27) = l_26[0][0];
    for (p_15 = 0; (p_15 >= 5); p_15++)
    { 
        for (p_14 = 6; (p_14 != 22); p_14++)
        { 
            int32_t *l_35 = &g_36;
            int32_t l_43 = 0xBC5F93BEL;
            (*l_35) = (safe_mul_func_int16_t_s_s(g_2[0], p_13));
            for (p_16 = 0; (p_16 < (-19)); --p_16)
            { 
                int32_t *l_39 = (void*)0;
                int32_t *l_40 = &g_36;
                int32_t *l_41 = &g_36;
                int32_t *l_42[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_42[i] = (void*)0;
                g_44--;
                (*l_35) &= 0x997736EAL;
            }
            (*l_35) = p_13;
        }
        if (p_13)
            continue;
    }
    for (p_14 = (-30); (p_14 <= 27); p_14 = safe_add_func_int32_t_s_s(p_14, 3))
    { 
        int32_t **l_66 = &g_65;
        for (p_15 = 0; (p_15 <= 3); p_15 += 1)
        { 
            int32_t *l_53 = (void*)0;
            int32_t *l_54 = &g_36;
            int i;
            for (g_36 = 0; (g_36 <= 3); g_36 += 1)
            { 
                int i;
                g_50--;
                if (g_49[p_15])
                    continue;
            }
            (*l_54) ^= g_49[p_15];
            if ((*l_54))
            { 
                int32_t *l_56 = &g_36;
                int32_t l_57 = (-2L);
                int32_t *l_58 = (void*)0;
                int32_t *l_59 = (void*)0;
                int32_t *l_60[3][1];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_60[i][j] = &g_36;
                }
                (*l_27) = &p_16;
                (*l_27) = &g_2[1];
                --g_61;
                (*l_27) = &g_2[1];
            }
            else
            { 
                int64_t l_71 = 9L;
                int64_t *l_72[4][1] = {{(void*)0},{&l_71},{(void*)0},{&l_71}};
                int8_t *l_74[1];
                int32_t *l_75 = &l_55;
                uint32_t *l_78 = &g_50;
                uint64_t *l_80 = &g_81;
                int i, j;
                for (i = 0; i < 1; i++)
                    l_74[i] = (void*)0;
                (*l_75) |= (((g_2[1] >= (((g_64 = g_64) != l_66) & (0x6D67L && (((*l_54) = ((g_73 = (safe_rshift_func_uint8_t_u_u((safe_add_func_uint16_t_u_u(l_71, p_16)), 6))) && p_15)) & p_15)))) & 0xB35ED357L) >= g_44);
                (*l_54) = ((safe_lshift_func_int16_t_s_u(g_2[1], 1)) == ((((*l_78) = (g_49[p_15] &= p_16)) ^ ((p_13 | ((((*l_80) = ((g_73 = ((+((((g_61 & 0x968679DD5AE90980LL) || p_14) > g_2[1]) | (*l_54))) == p_14)) & p_15)) ^ g_44) || p_16)) , (**g_64))) , (*l_54)));
            }
        }
        if (p_15)
            break;
        if ((*g_65))
            continue;
    }
    return p_15;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_2[i], "g_2[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_44, "g_44", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_49[i], "g_49[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_50, "g_50", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    transparent_crc(g_81, "g_81", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_85[i], "g_85[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_88, "g_88", print_hash_value);
    transparent_crc(g_92, "g_92", print_hash_value);
    transparent_crc(g_108, "g_108", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_115[i][j], "g_115[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_116, "g_116", print_hash_value);
    transparent_crc(g_127, "g_127", print_hash_value);
    transparent_crc(g_132, "g_132", print_hash_value);
    transparent_crc(g_139, "g_139", print_hash_value);
    transparent_crc(g_140, "g_140", print_hash_value);
    transparent_crc(g_141, "g_141", print_hash_value);
    transparent_crc(g_143, "g_143", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
