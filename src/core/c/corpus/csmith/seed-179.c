#include "csmith.h"
static long __undefined;
static int16_t g_4 = 0xA876L;
static int64_t g_38[1] = {1L};
static uint16_t g_40 = 2UL;
static int64_t g_64 = 0x03DBE6A916C6C9A4LL;
static int32_t g_66 = (-1L);
static int32_t *g_65[3][4] = {{&g_66,&g_66,&g_66,&g_66},{&g_66,(void*)0,(void*)0,&g_66},{(void*)0,&g_66,(void*)0,(void*)0}};
static uint32_t g_102 = 0xBE021301L;
static int32_t **g_114 = &g_65[1][2];
static int32_t ***g_113 = &g_114;
static int32_t ****g_112 = &g_113;
static int8_t g_144 = 0x74L;
static int32_t *g_159 = &g_66;
static int16_t  func_1(void);
static int16_t  func_5(const int8_t  p_6, int32_t  p_7, uint8_t  p_8);
static int8_t  func_9(int16_t  p_10, int32_t  p_11, uint32_t  p_12, int32_t  p_13, int64_t  p_14);
static int16_t  func_1(void)
{ 
    int32_t l_15[1][4];
    int32_t l_16[2][2];
    uint16_t *l_106 = (void*)0;
    int16_t l_118 = 0xC186L;
    uint16_t **l_132[2][1];
    int32_t ** const l_139 = &g_65[0][2];
    const uint32_t l_140 = 0x4A6B6FD1L;
    int32_t *l_148 = (void*)0;
    int32_t ***l_156 = &g_114;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_15[i][j] = 0x813F1A07L;
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_16[i][j] = 0L;
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_132[i][j] = &l_106;
    }
    if (((safe_div_func_int16_t_s_s((g_4 <= func_5(func_9(l_15[0][0], ((l_16[1][1] != (safe_add_func_uint16_t_u_u(g_4, (((l_16[0][1] == l_16[0][0]) == g_4) > 0x96L)))) >= 9L), l_15[0][0], l_16[1][0], g_4), l_15[0][0], g_4)), l_15[0][1])) , (-1L)))
    { 
        uint8_t l_100 = 249UL;
        uint32_t l_103[4];
        int i;
        for (i = 0; i < 4; i++)
            l_103[i] = 0UL;
        for (g_4 = 0; (g_4 <= 2); g_4 += 1)
        { 
            int32_t **l_93 = &g_65[1][2];
            uint32_t l_105 = 0xEC68AB63L;
            int32_t *l_107 = &l_16[0][0];
            (*l_93) = &l_16[0][0];
            for (g_66 = 2; (g_66 >= 0); g_66 -= 1)
            { 
                uint32_t l_94 = 4294967286UL;
                return l_94;
            }
            for (g_66 = 0; (g_66 <= 2); g_66 += 1)
            { 
                uint32_t *l_101 = &g_102;
                int32_t *l_104[1][2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_104[i][j] = (void*)0;
                }
                l_105 = (safe_add_func_uint16_t_u_u((255UL != 248UL), (((*l_101) = (((g_66 , (safe_unary_minus_func_uint8_t_u(1UL))) | (safe_lshift_func_uint8_t_u_u((l_100 <= g_4), 1))) && 1UL)) , l_103[3])));
            }
            (*l_107) &= ((void*)0 != l_106);
            for (g_64 = 0; (g_64 <= 0); g_64 += 1)
            { 
                int i, j;
                if (l_15[g_64][(g_64 + 3)])
                    break;
                if (l_15[g_64][(g_64 + 3)])
                    continue;
            }
        }
        return g_66;
    }
    else
    { 
        int8_t l_108 = 5L;
        uint16_t *l_111 = &g_40;
        int32_t l_115 = 0xCA3D7B8FL;
        int32_t *l_116 = &l_16[1][1];
        int32_t *l_117 = &g_66;
        int32_t *l_119 = &l_16[1][1];
        int32_t *l_120[1];
        int32_t l_121 = 0L;
        uint8_t l_122[2];
        int i;
        for (i = 0; i < 1; i++)
            l_120[i] = &l_115;
        for (i = 0; i < 2; i++)
            l_122[i] = 0x91L;
        (*l_117) &= (l_108 , ((*l_116) = (l_115 = (safe_add_func_int64_t_s_s((l_106 != l_111), ((l_108 , (void*)0) == g_112))))));
        ++l_122[1];
        for (l_108 = 0; (l_108 <= (-7)); l_108--)
        { 
            for (g_4 = 2; (g_4 >= 0); g_4 -= 1)
            { 
                int i, j;
                (*l_119) = (-8L);
            }
            (*g_114) = &l_115;
            for (l_118 = 2; (l_118 != 0); --l_118)
            { 
                uint16_t ***l_129 = (void*)0;
                uint16_t ***l_130 = (void*)0;
                uint16_t ***l_131[1][1];
                int8_t *l_143[1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_131[i][j] = (void*)0;
                }
                for (i = 0; i < 1; i++)
                    l_143[i] = &g_144;
                l_132[1][0] = &l_111;
                (*g_114) = &l_16[1][1];
                (*l_117) = (safe_add_func_int16_t_s_s((safe_rshift_func_int8_t_s_s(((*l_119) ^= ((safe_mod_func_int16_t_s_s((l_139 != (void*)0), ((g_38[0] == l_140) , (safe_rshift_func_int8_t_s_u(g_40, 7))))) , (-6L))), 5)), g_144));
            }
            for (g_66 = 0; (g_66 >= (-29)); g_66 = safe_sub_func_uint16_t_u_u(g_66, 2))
            { 
                uint16_t l_147[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_147[i] = 0x713EL;
                (**g_113) = (void*)0;
                (*l_116) |= l_147[1];
            }
        }
    }
    return g_144;
}
static int16_t  func_5(const int8_t  p_6, int32_t  p_7, uint8_t  p_8)
{ 
    for (p_8 = 17; (p_8 < 27); p_8 = safe_add_func_int64_t_s_s(p_8, 5))
    { 
        int32_t *l_92 = &g_66;
        (*l_92) = p_6;
    }
    return g_40;
}
static int8_t  func_9(int16_t  p_10, int32_t  p_11, uint32_t  p_12, int32_t  p_13, int64_t  p_14)
{ 
    const int32_t l_21[2] = {1L,1L};
    int32_t *l_68 = (void*)0;
    int32_t l_75[3][2] = {{0x797E2BD6L,0x797E2BD6L},{0x797E2BD6L,0x797E2BD6L},{0x797E2BD6L,0x797E2BD6L}};
    int i, j;
    for (p_13 = (-26); (p_13 >= (-5)); p_13 = safe_add_func_uint16_t_u_u(p_13, 5))
    { 
        uint32_t l_35 = 0x3F6D1D89L;
        int16_t l_42 = 0xC489L;
        uint32_t l_48 = 4294967290UL;
        uint64_t l_58 = 0x1FE01AF02C199447LL;
        uint16_t *l_61 = &g_40;
        int32_t **l_70 = &l_68;
        int32_t ***l_69[1][3];
        uint32_t l_80[2];
        int8_t l_85[4];
        uint32_t l_87[3][2];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_69[i][j] = &l_70;
        }
        for (i = 0; i < 2; i++)
            l_80[i] = 0xBCC685A4L;
        for (i = 0; i < 4; i++)
            l_85[i] = 2L;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 2; j++)
                l_87[i][j] = 4294967290UL;
        }
        if (l_21[0])
            break;
        for (p_11 = 0; (p_11 < (-7)); --p_11)
        { 
            int64_t *l_36 = (void*)0;
            int64_t *l_37 = &g_38[0];
            uint16_t *l_39 = &g_40;
            int32_t l_41 = 1L;
            int32_t l_74 = (-4L);
            int32_t l_76 = 1L;
            int32_t l_77 = 0x086ADB69L;
            int32_t l_78 = 0xDC169712L;
            int32_t l_79[2];
            int i;
            for (i = 0; i < 2; i++)
                l_79[i] = 1L;
            if (((safe_sub_func_int64_t_s_s(0x02891BA80278EE3FLL, 6L)) | (0xD3E018EBDB88DCFDLL & (((g_4 , ((safe_lshift_func_uint16_t_u_s(((*l_39) = ((safe_rshift_func_int16_t_s_u((~((*l_37) = (safe_div_func_int8_t_s_s(0x88L, l_35)))), 1)) > 0xF314D41BD43D9C8CLL)), 3)) < l_41)) != p_11) > l_42))))
            { 
                uint16_t **l_62 = &l_61;
                int32_t *l_63 = &l_41;
                g_64 ^= (safe_div_func_int32_t_s_s(((*l_63) = (safe_unary_minus_func_int32_t_s(((((((safe_div_func_uint32_t_u_u(l_48, (safe_add_func_int8_t_s_s((((safe_mul_func_uint8_t_u_u((safe_unary_minus_func_uint64_t_u((safe_sub_func_uint64_t_u_u((p_13 | (safe_lshift_func_uint16_t_u_u(l_58, 1))), (((*l_39) ^= ((safe_rshift_func_uint8_t_u_u(((((*l_62) = l_61) == (void*)0) && 0x6D6AE4D7L), l_48)) , g_4)) < (-1L)))))), g_38[0])) , 65531UL) > p_11), g_38[0])))) & g_38[0]) < p_10) || 0L) , 0UL) && p_10)))), p_10));
            }
            else
            { 
                int32_t **l_67 = &g_65[1][2];
                int32_t ****l_71 = (void*)0;
                int32_t ****l_72 = (void*)0;
                int32_t ***l_73 = &l_67;
                if (l_41)
                    break;
                l_68 = ((*l_67) = g_65[1][2]);
                l_73 = l_69[0][2];
            }
            g_65[2][3] = (void*)0;
            if (p_12)
                break;
            l_80[0]--;
        }
        for (p_14 = 11; (p_14 >= 13); p_14 = safe_add_func_uint8_t_u_u(p_14, 6))
        { 
            int32_t l_86 = 0x28F3C5FBL;
            l_87[1][0]--;
            (*l_70) = &g_66;
            if (l_86)
                break;
        }
    }
    return l_75[0][0];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_38[i], "g_38[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_40, "g_40", print_hash_value);
    transparent_crc(g_64, "g_64", print_hash_value);
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_102, "g_102", print_hash_value);
    transparent_crc(g_144, "g_144", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
