#include "csmith.h"
static long __undefined;
static int32_t g_2 = 2L;
static int32_t g_6 = 0L;
static int32_t g_12 = 0L;
static uint64_t g_26[2] = {18446744073709551615UL,18446744073709551615UL};
static int8_t g_57 = (-5L);
static int32_t *g_81 = &g_12;
static uint8_t g_104 = 255UL;
static uint8_t g_107[1][4] = {{0xF5L,0xF5L,0xF5L,0xF5L}};
static uint64_t g_114 = 0xE2794C0DA3939728LL;
static int32_t g_130 = 0L;
static uint64_t g_131 = 0UL;
static uint16_t g_137[1][2] = {{0x7A5BL,0x7A5BL}};
static uint8_t g_144 = 255UL;
static int64_t g_149[2] = {0xB8602F12706A3B5ELL,0xB8602F12706A3B5ELL};
static uint32_t  func_1(void);
static int32_t  func_16(int32_t * p_17);
static uint8_t  func_18(uint32_t  p_19, int32_t * const  p_20, int32_t * p_21);
static uint32_t  func_1(void)
{ 
    int32_t l_24 = 0x09B4AF7BL;
    int32_t l_25[3][3] = {{0x2F37FC03L,0x2F37FC03L,2L},{0x2F37FC03L,0x2F37FC03L,2L},{0x2F37FC03L,0x2F37FC03L,2L}};
    int8_t l_160 = 0L;
    int32_t *l_161 = &l_25[0][1];
    int i, j;
    for (g_2 = 0; (g_2 <= (-19)); g_2 = safe_sub_func_int16_t_s_s(g_2, 4))
    { 
        int32_t *l_5 = &g_6;
        int32_t *l_7 = &g_6;
        int32_t *l_8 = &g_6;
        int32_t *l_9 = &g_6;
        int32_t *l_10 = (void*)0;
        int32_t *l_11[2];
        uint16_t l_13[1];
        uint32_t l_27 = 18446744073709551615UL;
        int i;
        for (i = 0; i < 2; i++)
            l_11[i] = &g_6;
        for (i = 0; i < 1; i++)
            l_13[i] = 0xB541L;
        l_13[0]++;
        g_149[1] &= func_16((func_18(((g_12 & (safe_mul_func_int8_t_s_s(g_2, (((*l_7) >= l_24) > (g_26[1] &= (l_25[0][1] = (g_6 == g_2))))))) && l_27), l_11[0], l_10) , &g_2));
    }
    (*l_161) = (safe_rshift_func_int16_t_s_u(((safe_div_func_uint32_t_u_u(l_25[0][1], l_25[0][1])) && (((safe_mod_func_uint8_t_u_u((safe_sub_func_int32_t_s_s(((safe_lshift_func_uint8_t_u_u(g_57, 0)) < l_25[0][0]), (g_104 , l_160))), g_114)) <= g_6) != l_25[0][1])), g_137[0][0]));
    return g_6;
}
static int32_t  func_16(int32_t * p_17)
{ 
    const int32_t l_61[3][3] = {{0x1BC4638BL,0x1BC4638BL,0x79CFD24BL},{0x1BC4638BL,0x1BC4638BL,0x79CFD24BL},{0x1BC4638BL,0x1BC4638BL,0x79CFD24BL}};
    int32_t l_86 = 1L;
    int8_t *l_141 = &g_57;
    int32_t *l_148 = &g_2;
    int32_t **l_147 = &l_148;
    int i, j;
lbl_123:
    if (l_61[1][2])
    { 
        for (g_12 = 0; (g_12 < (-22)); g_12 = safe_sub_func_int32_t_s_s(g_12, 6))
        { 
            return (*p_17);
        }
    }
    else
    { 
        uint32_t l_64 = 0xE7732C35L;
        int8_t l_72 = 1L;
        int32_t l_84 = 0x6D3DFDFBL;
        if ((g_26[1] == l_64))
        { 
            int32_t l_73 = (-8L);
            int32_t *l_80 = &g_12;
            int32_t *l_82 = (void*)0;
            int32_t *l_83[4][1] = {{&g_6},{&g_2},{&g_6},{&g_2}};
            int i, j;
            for (g_12 = 1; (g_12 >= 0); g_12 -= 1)
            { 
                int32_t *l_74[3][1];
                int32_t l_75 = 0x87245417L;
                int32_t *l_76 = &g_6;
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_74[i][j] = (void*)0;
                }
                g_6 = (g_26[g_12] != g_26[g_12]);
                if (g_26[g_12])
                    continue;
                (*l_76) &= (((*p_17) < g_26[0]) < ((safe_unary_minus_func_int64_t_s(((0xACL != ((-8L) & (safe_mul_func_int8_t_s_s((safe_div_func_uint16_t_u_u((safe_rshift_func_int16_t_s_u((((l_75 ^= (((l_72 <= l_73) < 1L) || l_61[0][1])) , g_26[g_12]) == (-1L)), l_61[0][0])), 65530UL)), l_73)))) , l_75))) & l_73));
            }
            g_6 = (*p_17);
            g_6 &= (safe_mod_func_int8_t_s_s((3UL != (((safe_unary_minus_func_int64_t_s(g_26[1])) , &g_12) == (g_81 = ((((*p_17) , l_73) < l_61[1][2]) , l_80)))), l_73));
        }
        else
        { 
            int32_t *l_85 = &g_6;
            for (l_72 = 1; (l_72 >= 0); l_72 -= 1)
            { 
                int i;
                return g_26[l_72];
            }
            (*l_85) |= l_84;
            l_86 = 0x10DA34DBL;
        }
    }
    for (l_86 = 24; (l_86 <= (-21)); --l_86)
    { 
        int64_t l_100 = 0xB0DECA30E3E679C8LL;
        uint8_t *l_101 = (void*)0;
        uint8_t *l_102 = (void*)0;
        uint8_t *l_103 = &g_104;
        int64_t *l_105 = &l_100;
        uint8_t *l_106 = &g_107[0][1];
        int32_t l_113 = (-1L);
        int16_t l_139[2][1];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_139[i][j] = 6L;
        }
        if ((+((*l_106) ^= ((0x7432CFE0L == (safe_lshift_func_uint16_t_u_u(((safe_sub_func_int64_t_s_s(l_61[2][0], ((*l_105) = (safe_mul_func_uint8_t_u_u(((*l_103) = (safe_mul_func_int16_t_s_s((safe_add_func_int16_t_s_s((g_6 == l_100), 0xF198L)), g_26[1]))), 0xC7L))))) && l_100), 12))) , g_12))))
        { 
            int32_t *l_108 = (void*)0;
            int32_t *l_109 = &g_6;
            int32_t *l_110 = &g_6;
            int32_t *l_111 = &g_6;
            int32_t *l_112[3][2] = {{&g_6,&g_6},{&g_6,&g_6},{&g_6,&g_6}};
            uint8_t *l_117 = (void*)0;
            int i, j;
            g_114--;
            g_6 &= ((void*)0 == l_117);
            for (l_100 = 0; (l_100 <= 1); l_100 += 1)
            { 
                int32_t **l_118 = (void*)0;
                int32_t **l_119 = &l_112[(l_100 + 1)][l_100];
                int32_t **l_120 = &l_109;
                int i, j;
                (*l_120) = ((*l_119) = l_112[(l_100 + 1)][l_100]);
                return (*p_17);
            }
            for (g_57 = 0; (g_57 != 14); ++g_57)
            { 
                if (g_57)
                    goto lbl_123;
            }
        }
        else
        { 
            int32_t *l_124 = &g_6;
            uint8_t *l_138 = &g_104;
            uint64_t l_140 = 1UL;
            (*l_124) &= (0x0EF1L || g_107[0][0]);
            for (g_114 = 0; (g_114 >= 54); ++g_114)
            { 
                int32_t *l_127 = &l_113;
                int32_t *l_128 = &l_113;
                int32_t *l_129[3][3] = {{&l_113,&l_113,&l_113},{&g_2,&l_113,&g_2},{&l_113,&l_113,&l_113}};
                uint16_t *l_136[3][1];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_136[i][j] = &g_137[0][0];
                }
                if (g_26[1])
                    break;
                ++g_131;
                g_130 &= (((((((g_6 , (((safe_div_func_int8_t_s_s(((g_104 || ((*l_128) = (*l_124))) && g_2), g_137[0][1])) , &g_107[0][1]) != l_138)) | l_61[1][2]) , g_107[0][1]) == l_139[0][0]) , l_140) == (-2L)) | (*l_124));
                return l_86;
            }
            (*l_124) = g_137[0][0];
            (*l_124) = (((((*p_17) , (((&g_12 == ((((void*)0 != l_141) , (((safe_lshift_func_uint16_t_u_s((*l_124), 11)) || l_86) || (*l_124))) , (void*)0)) , 1L) , l_61[0][2])) & (*p_17)) == 0UL) >= g_144);
        }
    }
    for (g_131 = 23; (g_131 >= 27); g_131 = safe_add_func_uint32_t_u_u(g_131, 3))
    { 
        if (g_26[1])
            break;
    }
    (*l_147) = &g_130;
    return (*p_17);
}
static uint8_t  func_18(uint32_t  p_19, int32_t * const  p_20, int32_t * p_21)
{ 
    int32_t * const l_41[1] = {&g_2};
    int16_t l_52 = (-1L);
    int8_t *l_56 = &g_57;
    uint32_t l_58 = 2UL;
    int i;
    for (g_12 = 0; (g_12 > (-3)); g_12 = safe_sub_func_int64_t_s_s(g_12, 3))
    { 
        int32_t * const l_30 = (void*)0;
        if (((((((l_30 != ((safe_div_func_uint32_t_u_u((safe_lshift_func_uint8_t_u_u((safe_sub_func_int64_t_s_s((safe_div_func_uint16_t_u_u((((safe_sub_func_int16_t_s_s((l_41[0] == ((g_12 >= (((safe_rshift_func_int16_t_s_s(g_26[1], (((((safe_div_func_int8_t_s_s((-1L), p_19)) , (void*)0) == &g_2) & 0x02F603F5L) && g_12))) <= g_12) > g_2)) , (void*)0)), p_19)) ^ p_19) || p_19), g_2)), g_2)), 6)), p_19)) , (void*)0)) != 1UL) && g_26[1]) >= 0xBEA8L) ^ 0xA16747B1D005767ALL) != 6UL))
        { 
            g_6 = (*p_20);
        }
        else
        { 
            return g_6;
        }
        return p_19;
    }
    (*p_20) ^= (safe_mul_func_uint8_t_u_u(1UL, ((*l_56) = ((l_52 > (safe_sub_func_uint32_t_u_u(g_2, (g_26[1] != (((!1L) >= (-1L)) & g_26[1]))))) >= 0UL))));
    ++l_58;
    return p_19;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_12, "g_12", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_26[i], "g_26[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_57, "g_57", print_hash_value);
    transparent_crc(g_104, "g_104", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_107[i][j], "g_107[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_114, "g_114", print_hash_value);
    transparent_crc(g_130, "g_130", print_hash_value);
    transparent_crc(g_131, "g_131", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_137[i][j], "g_137[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_144, "g_144", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_149[i], "g_149[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
