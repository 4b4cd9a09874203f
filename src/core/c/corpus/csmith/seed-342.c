#include "csmith.h"
static long __undefined;
static int32_t g_3 = (-7L);
static int32_t g_4 = 0xA654FDDDL;
static int32_t g_5 = 0xE29EA414L;
static uint16_t g_19 = 0xC254L;
static int32_t g_21 = (-1L);
static uint32_t g_62 = 0x3A113D7AL;
static uint16_t *g_69 = &g_19;
static uint8_t g_72 = 247UL;
static int8_t g_87 = 0xFAL;
static int32_t *g_88[1] = {&g_4};
static int64_t g_148 = (-1L);
static uint16_t g_202 = 65535UL;
static uint16_t *g_201 = &g_202;
static uint16_t  func_1(void);
static uint16_t ** func_26(int32_t * const  p_27, const uint16_t * p_28, int32_t * const  p_29, uint32_t  p_30);
static int32_t * func_33(uint16_t ** p_34, int8_t  p_35, uint32_t  p_36, uint16_t * p_37, uint16_t * p_38);
static uint16_t  func_1(void)
{ 
    int32_t l_2[4];
    uint16_t *l_44 = &g_19;
    int32_t l_109[4];
    uint32_t l_115 = 0xD5847606L;
    int8_t *l_123 = (void*)0;
    int32_t *l_124 = (void*)0;
    int32_t *l_125 = &l_109[3];
    int32_t *l_126 = &g_3;
    int32_t *l_127 = &g_21;
    int32_t *l_128 = &g_3;
    int32_t *l_129[3];
    int16_t l_130 = 0x9AB7L;
    uint16_t l_131 = 0x51F8L;
    int32_t l_136 = (-7L);
    int64_t l_187 = 0x0663B70AC92BCF4DLL;
    int8_t l_200 = 1L;
    int i;
    for (i = 0; i < 4; i++)
        l_2[i] = 0L;
    for (i = 0; i < 4; i++)
        l_109[i] = 0x3A5642BEL;
    for (i = 0; i < 3; i++)
        l_129[i] = &l_109[3];
    for (g_3 = 0; (g_3 <= 3); g_3 += 1)
    { 
        uint16_t l_23 = 0xC2E6L;
        uint16_t *l_40 = (void*)0;
        uint16_t **l_39[4][1] = {{&l_40},{(void*)0},{&l_40},{(void*)0}};
        uint16_t ***l_94 = (void*)0;
        uint16_t ***l_95 = &l_39[0][0];
        int32_t l_112 = 1L;
        int32_t l_113 = 2L;
        int32_t l_114 = 7L;
        int8_t *l_118 = &g_87;
        int i, j;
        for (g_4 = 0; (g_4 <= 3); g_4 += 1)
        { 
            uint64_t l_14 = 0xD2D1A4E665969A22LL;
            int32_t *l_22[2];
            int i;
            for (i = 0; i < 2; i++)
                l_22[i] = &g_21;
            for (g_5 = 3; (g_5 >= 0); g_5 -= 1)
            { 
                uint16_t *l_18 = &g_19;
                int32_t *l_20 = &g_21;
                int i;
                (*l_20) = (safe_sub_func_int8_t_s_s((((*l_18) = ((safe_lshift_func_int16_t_s_u(((safe_rshift_func_int8_t_s_s((safe_sub_func_int8_t_s_s(l_2[g_3], l_2[3])), 0)) & (l_14 <= g_4)), (+(safe_mul_func_uint8_t_u_u(1UL, 0x38L))))) ^ 0x6AEBA4D3L)) && 0x2978L), l_2[g_3]));
            }
            l_23++;
        }
        (*l_95) = func_26(((safe_rshift_func_uint16_t_u_u(0xEF33L, 2)) , &g_4), &g_19, func_33(l_39[0][0], (~(safe_add_func_uint32_t_u_u(l_2[g_3], l_23))), l_2[g_3], &g_19, l_44), g_5);
        for (g_5 = 3; (g_5 >= 0); g_5 -= 1)
        { 
            uint8_t l_96 = 0UL;
            int32_t l_110 = 0L;
            int32_t l_111 = 0xE67F5904L;
            if (l_96)
            { 
                int32_t *l_97 = &g_21;
                int32_t *l_98 = (void*)0;
                int32_t *l_99 = &g_21;
                int32_t *l_100 = &g_21;
                int32_t *l_101 = &g_21;
                int32_t *l_102 = &g_4;
                int32_t l_103 = (-5L);
                int32_t *l_104 = &g_4;
                int32_t *l_105 = (void*)0;
                int32_t *l_106 = &g_4;
                int32_t *l_107 = &g_21;
                int32_t *l_108[3][1];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_108[i][j] = &g_4;
                }
                ++l_115;
                (*l_101) |= ((l_118 = &g_87) != ((0xBCL < (safe_div_func_int8_t_s_s(l_96, (l_112 ^ ((*g_69) < g_87))))) , l_123));
            }
            else
            { 
                return l_2[2];
            }
        }
        if (l_2[g_3])
            continue;
    }
    l_131++;
    (*l_125) = ((*l_126) = (g_19 >= (((safe_lshift_func_int16_t_s_s((*l_128), 0)) || 0x86BD2DA3L) , g_21)));
    if ((*l_127))
    { 
        uint8_t l_137 = 0x71L;
        uint16_t **l_156 = &l_44;
        int16_t *l_161 = &l_130;
        int32_t *l_171 = &g_4;
        l_137--;
        for (g_19 = 24; (g_19 != 10); --g_19)
        { 
            uint32_t *l_147 = &g_62;
            int16_t *l_149 = &l_130;
            int32_t l_153 = (-1L);
            int32_t l_154 = 6L;
            if ((safe_add_func_uint16_t_u_u((*g_69), (g_5 <= (0x8C3FF06EEF2C45E8LL == (+((*l_149) = (safe_mul_func_uint16_t_u_u((((((*l_147) = (g_19 , ((*l_125) && g_21))) || l_137) & g_148) , (*g_69)), (*g_69))))))))))
            { 
                uint64_t l_150 = 0x04F9BF6F6D5B1292LL;
                l_150++;
            }
            else
            { 
                l_154 ^= l_153;
                (*l_128) = (*l_127);
            }
            if (l_137)
            { 
                int32_t **l_155[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_155[i] = &l_125;
                g_88[0] = (void*)0;
            }
            else
            { 
                uint8_t l_168 = 0xBDL;
                l_126 = func_33(l_156, (((safe_sub_func_uint8_t_u_u((safe_div_func_uint8_t_u_u((((void*)0 != l_161) , (safe_sub_func_uint32_t_u_u((safe_add_func_int8_t_s_s(((safe_lshift_func_uint8_t_u_u((1L > l_137), (*l_125))) ^ (-4L)), 0xF9L)), 0x6126C607L))), 5L)), l_168)) ^ l_137) != (*l_125)), g_87, &g_19, &l_131);
            }
        }
        if ((safe_add_func_int32_t_s_s((*l_125), 0xE833F8FBL)))
        { 
            int32_t **l_172 = &l_171;
            (*l_172) = l_171;
            return (*g_69);
        }
        else
        { 
            const uint32_t l_175 = 1UL;
            for (g_4 = 0; (g_4 <= (-22)); g_4 = safe_sub_func_int64_t_s_s(g_4, 2))
            { 
                uint64_t l_184 = 0xFDE9DF1BF41CA89CLL;
                int32_t l_185 = 0L;
                (*l_127) ^= (l_175 >= (safe_sub_func_uint64_t_u_u((*l_171), ((l_185 ^= (safe_sub_func_uint8_t_u_u((3L & (((((((*l_161) |= l_184) != (((void*)0 == &g_69) > 1L)) == l_184) , 0x51C66ACBL) , g_3) >= g_19)), 0x21L))) > (*g_69)))));
            }
        }
    }
    else
    { 
        int32_t l_188 = 2L;
        int64_t l_192 = 0L;
        uint16_t *l_193 = (void*)0;
        int32_t **l_203 = &g_88[0];
        (*l_126) = (((void*)0 == &l_130) >= g_4);
        for (g_72 = 0; (g_72 <= 3); g_72 += 1)
        { 
            uint32_t l_189 = 4294967295UL;
            int i;
            for (g_4 = 0; (g_4 >= 0); g_4 -= 1)
            { 
                int32_t l_186[3][2] = {{0x96A4908DL,0xA4827437L},{0x96A4908DL,0x96A4908DL},{0xA4827437L,0x96A4908DL}};
                int i, j;
                l_189++;
            }
            if (l_2[g_72])
                break;
        }
        (*l_203) = func_33(func_26(func_33(&g_69, l_192, g_21, l_193, (((safe_mod_func_int16_t_s_s(((safe_sub_func_int64_t_s_s(((((*l_128) = (safe_div_func_int64_t_s_s(g_4, g_21))) | (*l_125)) , l_200), g_62)) == l_192), g_87)) || 1L) , l_193)), &g_19, &g_21, g_5), l_188, l_192, l_193, g_201);
    }
    return (*l_126);
}
static uint16_t ** func_26(int32_t * const  p_27, const uint16_t * p_28, int32_t * const  p_29, uint32_t  p_30)
{ 
    int32_t *l_57 = &g_5;
    int32_t l_58 = 1L;
    int32_t l_59 = (-4L);
    int32_t *l_60 = &g_4;
    int32_t *l_61[4][4] = {{&g_4,&l_59,&l_59,(void*)0},{&g_4,&l_59,&g_4,&l_58},{&l_59,(void*)0,&l_58,&l_58},{&l_59,&l_59,&l_59,(void*)0}};
    uint16_t **l_93 = &g_69;
    int i, j;
    g_62--;
    for (g_5 = (-17); (g_5 >= (-2)); ++g_5)
    { 
        uint16_t *l_67 = &g_19;
        uint16_t **l_68[4][1];
        int32_t l_70 = 0xE821D2A6L;
        uint8_t *l_71[3];
        int32_t l_73 = 0x9C93506FL;
        const uint32_t l_76 = 1UL;
        int8_t *l_85 = (void*)0;
        int8_t *l_86 = &g_87;
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
                l_68[i][j] = &l_67;
        }
        for (i = 0; i < 3; i++)
            l_71[i] = &g_72;
        g_21 &= ((g_69 = l_67) != ((((--g_72) == (((l_76 | ((safe_rshift_func_int8_t_s_s((safe_rshift_func_uint16_t_u_s((safe_mul_func_int8_t_s_s(((*l_60) = 0xD8L), p_30)), 5)), 1)) > ((*l_86) = (safe_mod_func_uint32_t_u_u(0UL, l_70))))) , p_27) == &g_3)) , g_62) , (void*)0));
        g_88[0] = &g_3;
        (*l_60) ^= (safe_mod_func_uint8_t_u_u((l_70 ^= g_5), (safe_lshift_func_uint16_t_u_u(((*g_69) = 0x5532L), 0))));
    }
    return l_93;
}
static int32_t * func_33(uint16_t ** p_34, int8_t  p_35, uint32_t  p_36, uint16_t * p_37, uint16_t * p_38)
{ 
    int32_t *l_49 = &g_5;
    int32_t **l_50 = &l_49;
    uint16_t *l_51 = &g_19;
    uint16_t **l_52 = &l_51;
    int32_t *l_55[1];
    uint16_t l_56 = 8UL;
    int i;
    for (i = 0; i < 1; i++)
        l_55[i] = &g_21;
    l_56 ^= (+((safe_rshift_func_uint16_t_u_s(((~((((*l_50) = l_49) == ((((*l_52) = l_51) != (void*)0) , &g_21)) < (safe_lshift_func_uint8_t_u_s((g_4 , p_35), 5)))) != g_19), g_19)) , (*l_49)));
    return &g_5;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_19, "g_19", print_hash_value);
    transparent_crc(g_21, "g_21", print_hash_value);
    transparent_crc(g_62, "g_62", print_hash_value);
    transparent_crc(g_72, "g_72", print_hash_value);
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_148, "g_148", print_hash_value);
    transparent_crc(g_202, "g_202", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
