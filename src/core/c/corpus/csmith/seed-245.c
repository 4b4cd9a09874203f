#include "csmith.h"
static long __undefined;
static int32_t g_2 = 2L;
static int32_t g_5 = (-2L);
static int32_t g_17 = 1L;
static int8_t g_42 = 0L;
static int64_t g_46 = (-8L);
static int64_t g_47 = 0x6F80366E52324067LL;
static int32_t g_49 = 0x40A7FCC6L;
static int8_t g_67 = 0x8DL;
static int64_t g_77 = 1L;
static int16_t g_78 = (-9L);
static uint64_t g_87[1] = {0x8016B841AE9EC2B4LL};
static uint16_t g_91 = 65532UL;
static uint32_t g_115[3][1] = {{0xD5DA263BL},{0xD5DA263BL},{0xD5DA263BL}};
static const int32_t * const g_121 = &g_2;
static const int32_t * const *g_120 = &g_121;
static int64_t ** const *g_135 = (void*)0;
static uint8_t g_147 = 0x34L;
static int64_t ** const **g_154 = (void*)0;
static int64_t ** const **g_155 = &g_135;
static int16_t  func_1(void);
static uint8_t  func_25(uint32_t  p_26, int32_t * p_27, int32_t * p_28);
static int32_t * func_29(int16_t  p_30);
static int16_t  func_1(void)
{ 
    int16_t l_22[1][1];
    int32_t l_122[2][4] = {{0xAD17113EL,0xAD17113EL,0xAD17113EL,0xAD17113EL},{0xAD17113EL,0xAD17113EL,0xAD17113EL,0xAD17113EL}};
    int64_t ** const **l_149 = &g_135;
    int64_t ** const ***l_150 = &l_149;
    int64_t ** const ***l_151 = (void*)0;
    int64_t ** const **l_153 = &g_135;
    int64_t ** const ***l_152[2];
    int16_t l_156 = 0xEE19L;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_22[i][j] = 3L;
    }
    for (i = 0; i < 2; i++)
        l_152[i] = &l_153;
    for (g_2 = 0; (g_2 > 10); g_2++)
    { 
        int64_t l_14 = (-10L);
        int32_t *l_93 = &g_2;
        int64_t l_148 = (-10L);
        for (g_5 = (-27); (g_5 > 5); g_5++)
        { 
            int32_t *l_15 = (void*)0;
            int32_t *l_16[3];
            int64_t *l_127 = &g_77;
            int64_t ** const l_126 = &l_127;
            int i;
            for (i = 0; i < 3; i++)
                l_16[i] = &g_17;
            if ((((safe_add_func_int16_t_s_s((safe_mod_func_uint8_t_u_u(((safe_mod_func_int32_t_s_s((g_17 = l_14), (safe_sub_func_int8_t_s_s((safe_mod_func_uint32_t_u_u(4294967295UL, ((l_22[0][0] > (safe_div_func_uint8_t_u_u(func_25(l_22[0][0], func_29((safe_lshift_func_uint16_t_u_s(2UL, l_14))), l_93), g_5))) && g_46))), (*l_93))))) > g_2), 0x91L)), 0L)) , (-1L)) , g_42))
            { 
                uint64_t l_114 = 1UL;
                g_115[1][0] &= (safe_rshift_func_uint16_t_u_s((((((((g_49 ^= (~((safe_lshift_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(g_47, 0L)), 3)) , 7UL))) < (safe_lshift_func_uint16_t_u_s(((((l_114 && g_46) | g_78) == l_114) >= l_114), l_22[0][0]))) || 0x0D2B7746L) , g_91) , l_22[0][0]) ^ g_78) > g_17), g_67));
                l_122[0][1] ^= ((g_47 , ((((safe_mul_func_uint16_t_u_u(0xAC1EL, l_114)) && (((((((safe_mod_func_uint32_t_u_u((g_5 >= l_114), (-1L))) != g_87[0]) <= 4L) != l_22[0][0]) >= l_114) > g_115[2][0]) > g_46)) != g_78) , &l_15)) == g_120);
                return (*l_93);
            }
            else
            { 
                int32_t l_123[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_123[i] = 5L;
                l_123[0] ^= l_122[0][1];
                l_122[0][1] = 0x66CA3FDCL;
                if ((**g_120))
                    break;
            }
            for (l_14 = 0; (l_14 <= 0); l_14 += 1)
            { 
                const int32_t *l_125 = &l_122[0][2];
                const int32_t **l_124 = &l_125;
                int64_t ***l_128 = (void*)0;
                int64_t **l_130 = &l_127;
                int64_t ***l_129[3];
                int64_t ***l_131[1];
                int64_t ***l_132 = &l_130;
                int64_t ** const **l_136 = (void*)0;
                int64_t ** const **l_137 = &g_135;
                int32_t l_138[1][4];
                uint16_t *l_141 = &g_91;
                uint8_t *l_146 = &g_147;
                int i, j;
                for (i = 0; i < 3; i++)
                    l_129[i] = &l_130;
                for (i = 0; i < 1; i++)
                    l_131[i] = &l_130;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_138[i][j] = (-5L);
                }
                (*l_124) = (*g_120);
                (*l_132) = l_126;
                l_138[0][1] = ((safe_rshift_func_int8_t_s_u((((*l_137) = g_135) != (void*)0), 0)) == g_115[1][0]);
                g_49 = (((safe_mod_func_uint32_t_u_u(g_47, ((((0x27AEL | ((*l_141) &= g_5)) , (safe_rshift_func_int16_t_s_s(((((((l_22[0][0] >= ((*l_146) = (&l_122[0][1] == (void*)0))) || l_22[0][0]) , (**l_124)) <= g_77) , g_67) , g_46), 13))) == l_22[0][0]) & g_87[0]))) ^ g_49) != l_148);
            }
        }
    }
    g_155 = (g_154 = ((*l_150) = l_149));
    return l_156;
}
static uint8_t  func_25(uint32_t  p_26, int32_t * p_27, int32_t * p_28)
{ 
    int64_t *l_100 = &g_77;
    const int16_t *l_101 = &g_78;
    int32_t *l_104 = &g_49;
    l_104 = func_29((safe_mod_func_int64_t_s_s((safe_add_func_uint32_t_u_u((safe_add_func_int32_t_s_s((((*l_100) = (-8L)) , 0xFF831C21L), ((void*)0 == l_101))), (safe_rshift_func_int8_t_s_s(((-1L) == 0xA7A4L), p_26)))), g_87[0])));
    return g_2;
}
static int32_t * func_29(int16_t  p_30)
{ 
    int32_t *l_33 = &g_2;
    int64_t l_43 = 0x29CBC21B07FB07D0LL;
    int64_t *l_44 = (void*)0;
    int64_t *l_45 = &l_43;
    int32_t l_71 = 5L;
    int32_t l_75 = 0x653D3A1AL;
    int32_t l_76 = (-8L);
    if (((((g_5 ^ ((void*)0 != l_33)) && g_5) < (safe_div_func_int64_t_s_s(((*l_45) = (safe_add_func_int64_t_s_s((safe_mod_func_int16_t_s_s((safe_div_func_uint8_t_u_u(g_42, 0xE0L)), g_5)), l_43))), 0x1AC7EB236728AD64LL))) , g_2))
    { 
        g_46 |= 1L;
    }
    else
    { 
        int32_t *l_48 = &g_49;
        int64_t *l_51 = (void*)0;
        int64_t **l_52 = &l_44;
        int32_t l_53[4][2];
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 2; j++)
                l_53[i][j] = 1L;
        }
lbl_92:
        (*l_48) = (g_46 && g_47);
        if ((l_53[1][0] = ((*l_48) ^= (safe_unary_minus_func_uint8_t_u(((l_51 == ((*l_52) = l_51)) <= g_46))))))
        { 
            uint32_t l_64 = 0x69C17F72L;
            int32_t *l_65 = &g_49;
            int32_t l_79[4];
            int i;
            for (i = 0; i < 4; i++)
                l_79[i] = 0xCAF8BA45L;
            (*l_48) ^= g_42;
            for (g_42 = 8; (g_42 == 24); g_42++)
            { 
                int32_t **l_56 = &l_33;
                int64_t l_57 = 0x74DB9BEC7A429ADBLL;
                (*l_56) = l_33;
                if (l_57)
                    continue;
            }
            if ((~(((safe_sub_func_uint32_t_u_u(((*l_33) , (((void*)0 == &l_48) || (safe_unary_minus_func_int8_t_s(((safe_mod_func_int32_t_s_s(l_64, ((*l_48) ^= (((*l_45) = (*l_33)) < p_30)))) != (*l_33)))))), (-2L))) != p_30) || p_30)))
            { 
                return l_65;
            }
            else
            { 
                uint64_t l_66 = 2UL;
                int32_t *l_68 = &g_5;
                int32_t **l_69 = &l_65;
                int32_t *l_70 = (void*)0;
                int32_t *l_72 = (void*)0;
                int32_t *l_73 = &g_49;
                int32_t *l_74[3][1];
                uint64_t l_80 = 1UL;
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_74[i][j] = &g_49;
                }
                g_67 = ((*l_48) = l_66);
                (*l_69) = l_68;
                l_80--;
            }
        }
        else
        { 
            int16_t *l_85 = &g_78;
            uint64_t *l_86 = &g_87[0];
            uint16_t *l_90 = &g_91;
            (*l_48) = ((safe_sub_func_int16_t_s_s((((*l_85) ^= (((void*)0 != (*l_52)) , g_49)) || 0x2200L), (((*l_86)--) , ((*l_90) = g_5)))) ^ g_67);
            if (l_43)
                goto lbl_92;
            l_48 = (void*)0;
        }
    }
    return &g_5;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_17, "g_17", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_67, "g_67", print_hash_value);
    transparent_crc(g_77, "g_77", print_hash_value);
    transparent_crc(g_78, "g_78", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_87[i], "g_87[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_91, "g_91", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_115[i][j], "g_115[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_147, "g_147", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
