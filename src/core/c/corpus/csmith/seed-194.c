#include "csmith.h"
static long __undefined;
static uint64_t g_8 = 18446744073709551615UL;
static int32_t g_26 = 0x42E40C18L;
static int8_t g_30 = 0x9BL;
static uint64_t g_34 = 2UL;
static int16_t g_37 = (-1L);
static int32_t *g_54 = &g_26;
static uint16_t g_73 = 65535UL;
static int32_t g_87 = 1L;
static uint8_t g_90 = 0x33L;
static uint64_t *g_107 = (void*)0;
static int8_t g_141 = (-5L);
static int16_t g_145 = 1L;
static int16_t *g_144 = &g_145;
static int64_t g_170 = (-3L);
static uint64_t g_174 = 0x090396A4FF77B4A3LL;
static uint16_t  func_1(void);
static int32_t  func_2(const uint16_t  p_3, int32_t  p_4, int32_t  p_5, uint32_t  p_6, const uint16_t  p_7);
static uint16_t  func_12(uint8_t  p_13);
static uint16_t  func_1(void)
{ 
    uint32_t l_9 = 0x8FB770A7L;
    int32_t *l_173[3][4] = {{&g_26,&g_26,&g_26,&g_26},{&g_26,&g_26,&g_26,&g_26},{&g_26,&g_26,&g_26,&g_26}};
    uint64_t **l_180 = &g_107;
    uint64_t ***l_179 = &l_180;
    int i, j;
    g_174 = func_2((g_8 ^ l_9), ((safe_lshift_func_uint16_t_u_s(func_12((g_8 , l_9)), 10)) & l_9), l_9, g_87, g_87);
    for (g_34 = 0; (g_34 != 10); g_34 = safe_add_func_uint32_t_u_u(g_34, 5))
    { 
        uint64_t ***l_181 = &l_180;
        uint64_t ****l_182 = &l_179;
        for (g_37 = (-26); (g_37 <= (-16)); ++g_37)
        { 
            if ((*g_54))
                break;
        }
        (*l_182) = (l_181 = l_179);
    }
    for (g_90 = 0; (g_90 <= 2); g_90 += 1)
    { 
        int64_t l_186[2];
        int32_t l_187[3];
        int i;
        for (i = 0; i < 2; i++)
            l_186[i] = 0x8D6BD404E85F7CE2LL;
        for (i = 0; i < 3; i++)
            l_187[i] = 0xE69D149DL;
        g_87 ^= (*g_54);
        for (g_30 = 0; (g_30 <= 2); g_30 += 1)
        { 
            uint16_t l_184[1][4];
            int32_t l_185[4];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 4; j++)
                    l_184[i][j] = 0xBFEDL;
            }
            for (i = 0; i < 4; i++)
                l_185[i] = 0x4B534227L;
            l_187[1] = (0L ^ (g_141 && (((l_185[2] = (+(l_184[0][3] ^ 0x997E5F22L))) , l_186[0]) != g_26)));
        }
    }
    return g_87;
}
static int32_t  func_2(const uint16_t  p_3, int32_t  p_4, int32_t  p_5, uint32_t  p_6, const uint16_t  p_7)
{ 
    int8_t *l_110 = &g_30;
    int32_t *l_113 = &g_26;
    uint64_t **l_147 = (void*)0;
    int32_t *l_161 = &g_26;
    int32_t l_171 = 0xAF8F730DL;
    for (p_6 = 0; (p_6 == 25); ++p_6)
    { 
        uint64_t *l_106 = &g_34;
        uint64_t **l_105[2];
        int32_t l_111 = (-1L);
        uint16_t *l_112 = &g_73;
        int32_t **l_114 = &g_54;
        int16_t l_142 = (-1L);
        uint64_t ***l_153 = &l_147;
        uint64_t **** const l_152 = &l_153;
        int i;
        for (i = 0; i < 2; i++)
            l_105[i] = &l_106;
        (*g_54) = ((((g_107 = (void*)0) == (void*)0) > ((*l_112) = (((safe_mod_func_int64_t_s_s(((void*)0 != l_110), (g_73 && g_90))) > 0x76L) <= l_111))) == g_30);
        (*l_114) = l_113;
        for (g_8 = 0; (g_8 <= 1); g_8 += 1)
        { 
            int32_t * const *l_116 = &l_113;
            int16_t *l_143 = &l_142;
            int32_t *l_151 = &g_87;
            uint64_t ****l_155 = &l_153;
            uint64_t *****l_154 = &l_155;
            if ((l_114 == ((+(*g_54)) , l_116)))
            { 
                int i;
                (*l_114) = &g_26;
                g_54 = l_113;
                if (p_5)
                    continue;
                g_87 |= (((safe_div_func_uint8_t_u_u(p_7, ((safe_add_func_uint64_t_u_u(((safe_lshift_func_int8_t_s_s((((((g_26 <= (safe_mod_func_int32_t_s_s((safe_unary_minus_func_uint8_t_u((g_73 <= ((4294967295UL || g_90) , g_30)))), 0x9F826083L))) , g_73) | p_4) ^ (**l_116)) , p_4), 4)) || p_5), p_7)) & 0x12D79429L))) != p_6) && g_30);
            }
            else
            { 
                int16_t *l_140 = &g_37;
                int32_t *l_146 = &g_87;
                uint64_t ***l_148 = (void*)0;
                uint64_t ***l_149 = (void*)0;
                uint64_t ***l_150 = &l_147;
                (*l_146) &= (safe_lshift_func_int8_t_s_u((safe_div_func_uint8_t_u_u((*l_113), ((((safe_mod_func_int64_t_s_s((0xCA6ABCE8L == (((g_141 = ((**l_114) , (safe_mul_func_uint16_t_u_u((safe_mod_func_int16_t_s_s((safe_mod_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_u((g_8 , ((((*l_140) = ((*l_113) , 8L)) < 0xA65FL) , 0xFA86L)), g_8)) > p_7), 0x4AL)), 65535UL)), 65535UL)))) ^ (**l_116)) >= p_3)), l_142)) , l_143) != g_144) , p_4))), 3));
                (*l_150) = l_147;
                (*g_54) ^= 0xEC9762EAL;
                return (*g_54);
            }
            (*l_151) &= (*g_54);
            (*l_154) = l_152;
            for (g_90 = 19; (g_90 <= 25); g_90 = safe_add_func_int32_t_s_s(g_90, 7))
            { 
                int32_t l_160 = 0x558982A7L;
                (*l_113) = (((*g_144) == p_6) != (safe_mul_func_uint16_t_u_u(l_160, 0xDD48L)));
                l_161 = (*l_114);
            }
        }
    }
    for (g_37 = 8; (g_37 > (-7)); --g_37)
    { 
        int64_t *l_169 = &g_170;
        int32_t l_172[4][3] = {{0x70CACEDFL,0x70CACEDFL,0x70CACEDFL},{1L,1L,1L},{0x70CACEDFL,0x70CACEDFL,0x70CACEDFL},{1L,1L,1L}};
        int i, j;
        l_172[2][2] = (g_26 > (safe_mod_func_uint16_t_u_u((safe_sub_func_uint32_t_u_u(0x41782160L, ((((safe_unary_minus_func_int64_t_s(((*l_169) = 0x037CFC119431DCF3LL))) & ((((&l_161 == &g_54) | 0xF3L) < l_171) & (*g_54))) <= (*g_54)) > (*l_113)))), (*l_161))));
    }
    return p_7;
}
static uint16_t  func_12(uint8_t  p_13)
{ 
    uint32_t l_24 = 1UL;
    int32_t *l_25 = &g_26;
    uint32_t l_67 = 4294967293UL;
    uint8_t l_74[2];
    int32_t l_88 = 0x5566EC8BL;
    int32_t l_89[3][1];
    int i, j;
    for (i = 0; i < 2; i++)
        l_74[i] = 255UL;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_89[i][j] = (-8L);
    }
    if ((p_13 & ((safe_rshift_func_int16_t_s_u((safe_div_func_uint64_t_u_u((safe_rshift_func_int8_t_s_s(((safe_sub_func_uint16_t_u_u((0xE19E95D1L || (((*l_25) = (0xB78AL || (safe_lshift_func_int8_t_s_u(l_24, (3UL & p_13))))) > (-6L))), 4UL)) < 0x7D63L), g_8)), 0x4D1B40E11A796D40LL)), p_13)) , p_13)))
    { 
        uint32_t l_27[3];
        uint8_t *l_75 = &l_74[0];
        const int32_t l_83 = 0x71B313CFL;
        int i;
        for (i = 0; i < 3; i++)
            l_27[i] = 0x5A8DF044L;
        for (p_13 = 0; (p_13 <= 2); p_13 += 1)
        { 
            uint32_t l_28 = 1UL;
            int8_t *l_29 = &g_30;
            int32_t *l_35[1];
            int16_t *l_36 = &g_37;
            int32_t **l_38[2];
            uint64_t *l_41[3][2] = {{(void*)0,&g_34},{&g_34,(void*)0},{&g_34,&g_34}};
            uint8_t l_45 = 0xCDL;
            uint8_t *l_68 = &l_45;
            int8_t **l_69 = &l_29;
            int8_t *l_71 = &g_30;
            int8_t **l_70 = &l_71;
            uint16_t *l_72 = &g_73;
            int i, j;
            for (i = 0; i < 1; i++)
                l_35[i] = &g_26;
            for (i = 0; i < 2; i++)
                l_38[i] = &l_25;
            (*l_25) = (((*l_36) = (((((*l_29) = l_28) <= (((*l_25) , (+(safe_mod_func_uint8_t_u_u(((((((void*)0 != l_25) > ((g_34 >= l_27[0]) ^ g_34)) || p_13) , l_25) == (void*)0), p_13)))) >= p_13)) , (void*)0) == l_35[0])) | p_13);
            l_25 = l_35[0];
            if (((((((*l_25) & (g_34 = (g_26 ^ (safe_rshift_func_uint8_t_u_u((1L | 1L), 3))))) != (l_29 != (void*)0)) ^ p_13) < 0x2DA0D3D7FBA349A2LL) || 0L))
            { 
                int32_t *l_42 = (void*)0;
                (*l_25) = ((l_42 != &g_26) == (safe_sub_func_int32_t_s_s(((((l_45 == (+(safe_sub_func_int64_t_s_s((safe_mod_func_uint16_t_u_u(((!((-1L) < (safe_lshift_func_uint8_t_u_u((g_30 && p_13), 7)))) && 0x97L), (-1L))), 1L)))) > 0x7FL) != g_37) < p_13), p_13)));
            }
            else
            { 
                g_54 = l_25;
            }
            l_74[0] = ((*g_54) = (p_13 <= (((safe_lshift_func_uint16_t_u_s(((*l_72) = ((((safe_div_func_uint64_t_u_u((g_34 = (safe_unary_minus_func_uint8_t_u((safe_lshift_func_uint8_t_u_s((g_37 <= (+((&g_30 != ((*l_70) = ((*l_69) = ((safe_sub_func_uint64_t_u_u(g_26, (((*l_68) = ((safe_div_func_int64_t_s_s((0xA503ECEF36AA1284LL ^ l_67), g_8)) , 1UL)) <= g_30))) , &g_30)))) <= g_37))), g_30))))), g_26)) || g_8) , (*l_25)) & p_13)), 4)) , (*l_25)) == (*l_25))));
        }
        (*g_54) = ((++(*l_75)) || (safe_rshift_func_int16_t_s_u((!l_27[0]), 8)));
        (*l_25) = (safe_sub_func_int32_t_s_s((p_13 ^ g_34), (l_83 || ((safe_sub_func_int64_t_s_s((*l_25), ((p_13 && (*l_25)) , 0xEA79F159E9DC621CLL))) , 250UL))));
        return g_34;
    }
    else
    { 
        int32_t *l_86[3];
        int i;
        for (i = 0; i < 3; i++)
            l_86[i] = &g_26;
        for (l_67 = 0; l_67 < 2; l_67 += 1)
        {
            l_74[l_67] = 0x84L;
        }
        g_90++;
        if ((g_34 >= (-4L)))
        { 
            (*g_54) = (g_37 <= (((&g_54 != (void*)0) == (-10L)) == (safe_add_func_int32_t_s_s(0x9E2562E9L, 0xB2801F5DL))));
        }
        else
        { 
            for (l_88 = 19; (l_88 >= 4); l_88--)
            { 
                uint16_t l_99 = 65535UL;
                l_99 = ((*l_25) = (*g_54));
                if ((*g_54))
                    break;
            }
        }
    }
    (*l_25) = 1L;
    for (g_34 = (-18); (g_34 != 27); g_34 = safe_add_func_uint16_t_u_u(g_34, 9))
    { 
        uint32_t l_102 = 2UL;
        if (l_102)
            break;
        return p_13;
    }
    return g_26;
}
int main (void)
{
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_34, "g_34", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_90, "g_90", print_hash_value);
    transparent_crc(g_141, "g_141", print_hash_value);
    transparent_crc(g_145, "g_145", print_hash_value);
    transparent_crc(g_170, "g_170", print_hash_value);
    transparent_crc(g_174, "g_174", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
