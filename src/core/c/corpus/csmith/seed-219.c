#include "csmith.h"
static long __undefined;
static uint8_t g_22 = 0xF7L;
static const int32_t g_30[4] = {0x0051EFDBL,0x0051EFDBL,0x0051EFDBL,0x0051EFDBL};
static uint8_t g_33 = 0xAEL;
static uint8_t *g_39 = &g_33;
static int8_t g_41 = 0L;
static int32_t g_43[3][4] = {{(-10L),(-10L),(-10L),(-10L)},{(-10L),(-10L),(-10L),(-10L)},{(-10L),(-10L),(-10L),(-10L)}};
static int32_t *g_48 = &g_43[0][1];
static const int32_t *g_51 = &g_43[1][0];
static const int32_t **g_50[1] = {&g_51};
static const int32_t *** const g_49 = &g_50[0];
static int16_t g_58 = (-5L);
static int8_t *g_63 = (void*)0;
static int8_t **g_62 = &g_63;
static uint32_t g_104 = 6UL;
static int8_t ***g_140 = &g_62;
static int8_t ****g_139 = &g_140;
static int8_t *****g_174 = &g_139;
static int32_t **g_180 = &g_48;
static int32_t ***g_179[3][1] = {{&g_180},{&g_180},{&g_180}};
static int32_t ****g_178 = &g_179[0][0];
static uint8_t g_213 = 0x87L;
static uint32_t  func_1(void);
static const int16_t  func_7(int8_t  p_8, int32_t  p_9, uint16_t  p_10, int64_t  p_11);
static int32_t  func_16(int8_t  p_17);
static uint32_t  func_1(void)
{ 
    int32_t l_6[4] = {0xCBA2AFE0L,0xCBA2AFE0L,0xCBA2AFE0L,0xCBA2AFE0L};
    uint8_t *l_21 = &g_22;
    uint8_t *l_32[2][1];
    uint8_t **l_31 = &l_32[1][0];
    uint8_t **l_34 = (void*)0;
    uint8_t **l_35 = (void*)0;
    uint8_t **l_36 = (void*)0;
    uint8_t *l_38 = &g_33;
    uint8_t **l_37[2][2] = {{&l_38,&l_38},{&l_38,&l_38}};
    int8_t *l_40 = &g_41;
    int16_t *l_57 = &g_58;
    int32_t l_59 = 0x7628D16EL;
    int32_t ***l_200 = (void*)0;
    int16_t l_221[1][4] = {{0xBB25L,0xBB25L,0xBB25L,0xBB25L}};
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_32[i][j] = &g_33;
    }
    if ((safe_sub_func_uint64_t_u_u((safe_mod_func_int16_t_s_s(l_6[0], func_7(((safe_div_func_int16_t_s_s(((*l_57) = ((safe_rshift_func_uint16_t_u_u(((((func_16((~(safe_lshift_func_uint8_t_u_s((--(*l_21)), ((~((*l_40) = ((safe_sub_func_int8_t_s_s(((safe_sub_func_int16_t_s_s(3L, (g_30[0] , (l_6[0] | ((g_39 = ((*l_31) = l_21)) != &g_33))))) >= (-1L)), g_33)) , 4L))) == 0xF844L))))) , 65529UL) != 65529UL) < l_6[0]) , g_43[0][1]), 13)) > 0xCEL)), l_59)) < l_6[1]), l_6[0], g_43[2][2], l_6[1]))), g_30[3])))
    { 
        return g_58;
    }
    else
    { 
        int32_t *l_177[1][4] = {{&l_6[0],&l_6[0],&l_6[0],&l_6[0]}};
        int32_t *****l_181 = (void*)0;
        int32_t ****l_182[3];
        const int32_t l_190[1] = {(-10L)};
        int32_t ***l_199 = &g_180;
        int16_t l_201[2][2];
        uint64_t l_202[3];
        int i, j;
        for (i = 0; i < 3; i++)
            l_182[i] = &g_179[0][0];
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 2; j++)
                l_201[i][j] = 0xFB1DL;
        }
        for (i = 0; i < 3; i++)
            l_202[i] = 0xC64D58AAD345F6E7LL;
        for (g_104 = 0; (g_104 <= 3); g_104 += 1)
        { 
            int i;
            if (l_6[g_104])
                break;
            (*g_48) ^= l_6[g_104];
            (*g_48) &= l_59;
            for (g_33 = 0; (g_33 <= 0); g_33 += 1)
            { 
                int32_t *l_176 = &g_43[1][2];
                int i;
                (**g_49) = l_176;
            }
        }
        (**g_49) = l_177[0][2];
        l_202[2] &= ((((((((l_182[2] = g_178) == &g_179[2][0]) <= (safe_mod_func_int8_t_s_s((safe_lshift_func_int16_t_s_u((safe_sub_func_int16_t_s_s((safe_unary_minus_func_uint8_t_u(((((l_190[0] ^ (safe_sub_func_int16_t_s_s((safe_add_func_uint8_t_u_u((((safe_add_func_uint16_t_u_u(((-1L) || ((g_41 >= 1UL) <= g_30[0])), g_22)) & l_6[0]) , 3UL), (*g_39))), l_6[3]))) , l_199) == l_200) == l_6[3]))), l_6[3])), 1)), (*g_39)))) | (***l_199)) >= l_201[1][0]) < g_58) || 0x58L) , 0x2B4665E8L);
    }
    for (g_41 = 0; (g_41 < 7); g_41 = safe_add_func_uint64_t_u_u(g_41, 9))
    { 
        int32_t l_208 = 0x6FCED62CL;
        int32_t l_209 = (-1L);
        int32_t l_211 = 0L;
        int32_t l_212[1];
        int i;
        for (i = 0; i < 1; i++)
            l_212[i] = (-1L);
        for (l_59 = (-8); (l_59 >= 23); l_59 = safe_add_func_uint8_t_u_u(l_59, 6))
        { 
            int32_t *l_207[3][1];
            int32_t l_210[4][1] = {{0xCD4B4266L},{0xB5060386L},{0xCD4B4266L},{0xB5060386L}};
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_207[i][j] = (void*)0;
            }
            ++g_213;
        }
    }
    for (g_22 = 0; (g_22 < 23); ++g_22)
    { 
        int32_t l_218 = 0xD3C886F7L;
        if (l_218)
        { 
            if ((l_6[1] ^ 0x34696D97L))
            { 
                return g_58;
            }
            else
            { 
                if ((****g_178))
                    break;
            }
        }
        else
        { 
            for (l_218 = (-5); (l_218 >= (-12)); l_218--)
            { 
                return g_30[0];
            }
            (**g_49) = (*g_180);
            if ((*g_48))
                continue;
        }
    }
    return l_221[0][0];
}
static const int16_t  func_7(int8_t  p_8, int32_t  p_9, uint16_t  p_10, int64_t  p_11)
{ 
    int8_t **l_60 = (void*)0;
    int8_t ***l_61[1][2];
    int32_t l_71 = (-1L);
    int32_t l_72 = 0L;
    int32_t l_73 = 0xCB7EA8D2L;
    int32_t l_74 = 0x4CD9654EL;
    int32_t l_75 = (-6L);
    int32_t l_76 = 0xADA1D094L;
    int32_t l_77 = 0xA1FF3804L;
    int32_t l_78 = 8L;
    int32_t l_79 = 0x6885487EL;
    int32_t l_80 = 0L;
    int32_t l_81 = (-1L);
    int32_t l_82[4] = {0xBCDB5163L,0xBCDB5163L,0xBCDB5163L,0xBCDB5163L};
    int32_t l_83[4][4] = {{0x53BA19E5L,1L,0x53BA19E5L,1L},{0x53BA19E5L,1L,0x53BA19E5L,1L},{0x53BA19E5L,1L,0x53BA19E5L,1L},{0x53BA19E5L,1L,0x53BA19E5L,1L}};
    uint8_t l_85 = 8UL;
    int8_t l_88 = 0x49L;
    int64_t l_93 = 0x388B51EEAC549D73LL;
    uint8_t **l_147 = &g_39;
    int16_t l_148 = 3L;
    int32_t l_171 = 5L;
    const int8_t l_175 = 1L;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_61[i][j] = &l_60;
    }
    g_62 = l_60;
    for (g_33 = 0; (g_33 > 32); g_33 = safe_add_func_int32_t_s_s(g_33, 1))
    { 
        int32_t *l_66 = &g_43[0][0];
        int32_t *l_67 = &g_43[0][0];
        int32_t l_68 = 5L;
        int32_t *l_69 = &l_68;
        int32_t *l_70[4][4] = {{&l_68,&g_43[2][0],&l_68,&g_43[2][0]},{&g_43[2][0],(void*)0,&l_68,&l_68},{&l_68,&l_68,&g_43[2][0],&l_68},{&g_43[1][3],(void*)0,&g_43[1][3],&g_43[2][0]}};
        int64_t l_84[3][4] = {{(-8L),0x85F2F1DAF491B13FLL,0x85F2F1DAF491B13FLL,(-8L)},{0x85F2F1DAF491B13FLL,(-8L),0x85F2F1DAF491B13FLL,0x85F2F1DAF491B13FLL},{(-8L),(-8L),(-1L),(-8L)}};
        int8_t l_89 = 0x28L;
        uint32_t l_90 = 0x67DE9B01L;
        int i, j;
        l_85++;
        l_90++;
        for (l_89 = 0; (l_89 <= 0); l_89 += 1)
        { 
            if (l_93)
                break;
            (*l_69) &= ((*g_48) = p_9);
            l_75 = p_8;
        }
    }
    if (((p_9 , (l_76 ^= ((g_41 & p_11) <= (safe_mul_func_int8_t_s_s(p_11, l_85))))) , (*g_48)))
    { 
        const int8_t *l_99[4] = {&l_88,&l_88,&l_88,&l_88};
        const int8_t **l_98 = &l_99[3];
        const int8_t ***l_97 = &l_98;
        const int8_t ****l_96 = &l_97;
        int32_t l_101 = (-1L);
        int i;
        for (l_81 = 0; (l_81 <= 0); l_81 += 1)
        { 
            const int8_t *****l_100 = &l_96;
            int i;
            (**g_49) = (void*)0;
            (*l_100) = l_96;
            for (l_88 = 3; (l_88 >= 0); l_88 -= 1)
            { 
                uint8_t **l_102 = (void*)0;
                uint32_t *l_103 = &g_104;
                int i, j;
                l_83[(l_81 + 3)][l_88] = l_83[(l_81 + 3)][(l_81 + 3)];
                (*g_48) = l_101;
                (*g_48) = ((((*l_103) = (((((*g_39) , l_102) == l_102) & p_8) < (p_10 , p_10))) >= p_8) , 0x5F6CEBD2L);
            }
            (*g_48) = l_79;
        }
        return l_101;
    }
    else
    { 
        uint32_t l_105 = 9UL;
        int32_t l_118 = 0x602BC950L;
        int32_t l_121 = 0x69429A37L;
        int32_t l_123 = 0x11CC9719L;
        int32_t l_124 = 0x615CB028L;
        int32_t l_125 = 5L;
        int32_t l_126 = 0x9DF91AB2L;
        int32_t l_127 = 0xA70F743DL;
        int32_t l_128 = 0x61C9446FL;
        int32_t l_129[1];
        int32_t l_130 = 0L;
        int32_t **l_169 = &g_48;
        int32_t ***l_168 = &l_169;
        int i;
        for (i = 0; i < 1; i++)
            l_129[i] = 0L;
        l_105--;
        (*g_48) = 6L;
        for (l_79 = 16; (l_79 >= 17); l_79++)
        { 
            uint16_t l_115 = 0x21B0L;
            int32_t l_119 = 0xBD1160CFL;
            int32_t l_120 = 0xFB775C37L;
            int32_t l_122[3][3] = {{0x3D413FB1L,(-1L),0x3D413FB1L},{0x3D413FB1L,(-1L),0x3D413FB1L},{0x3D413FB1L,(-1L),0x3D413FB1L}};
            int8_t l_131 = 0x1EL;
            uint64_t l_132 = 8UL;
            int32_t ****l_170 = &l_168;
            int64_t *l_172 = &l_93;
            int8_t *****l_173[3];
            int i, j;
            for (i = 0; i < 3; i++)
                l_173[i] = &g_139;
            for (p_10 = 0; (p_10 != 11); p_10 = safe_add_func_int8_t_s_s(p_10, 1))
            { 
                int32_t *l_112 = (void*)0;
                int32_t *l_113 = &l_83[1][3];
                int32_t *l_114[1];
                int8_t *****l_135 = (void*)0;
                int8_t *****l_136 = (void*)0;
                int8_t ****l_138 = &l_61[0][0];
                int8_t *****l_137 = &l_138;
                int8_t *****l_141 = &g_139;
                int32_t ****l_142[4];
                int i;
                for (i = 0; i < 1; i++)
                    l_114[i] = &l_73;
                for (i = 0; i < 4; i++)
                    l_142[i] = (void*)0;
                l_115--;
                l_132++;
                l_77 = (((((*l_137) = (void*)0) == ((*l_141) = g_139)) != (((*g_48) = ((void*)0 == l_142[2])) | (((safe_mod_func_int32_t_s_s((((safe_lshift_func_uint8_t_u_u((7UL || l_129[0]), l_132)) ^ 0xA0L) && 0x60CA6850L), l_123)) , &g_39) != l_147))) ^ l_148);
                (*l_113) = (l_129[0] | (safe_sub_func_int8_t_s_s(0xE7L, l_123)));
            }
            l_77 &= ((((*l_172) = (safe_lshift_func_uint8_t_u_u((+(safe_sub_func_int64_t_s_s(((&g_58 != &g_58) != (((safe_mul_func_int16_t_s_s((((safe_lshift_func_uint16_t_u_u((safe_div_func_int16_t_s_s((safe_div_func_int16_t_s_s((safe_lshift_func_int8_t_s_s(((0x01L & 0L) , (l_171 = (((safe_rshift_func_int16_t_s_s((((*l_170) = l_168) != &l_169), 6)) != 0xA2F3L) , (***l_168)))), 5)), g_104)), p_10)), g_22)) < l_83[1][2]) , p_9), g_58)) <= l_72) > (**l_169))), p_11))), 4))) == 0x0306D479AFB836CFLL) != p_11);
            g_174 = l_173[1];
        }
    }
    return l_175;
}
static int32_t  func_16(int8_t  p_17)
{ 
    int32_t *l_42[2][1];
    uint64_t l_44[1][4] = {{0x1F00BB6E743FD041LL,0x1F00BB6E743FD041LL,0x1F00BB6E743FD041LL,0x1F00BB6E743FD041LL}};
    int32_t **l_47[1];
    const int32_t ****l_52 = (void*)0;
    const int32_t ***l_54 = &g_50[0];
    const int32_t ****l_53[2][1];
    const int32_t ****l_55 = (void*)0;
    const int32_t ****l_56 = &l_54;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_42[i][j] = &g_43[0][0];
    }
    for (i = 0; i < 1; i++)
        l_47[i] = (void*)0;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_53[i][j] = &l_54;
    }
    l_44[0][0]++;
    g_48 = l_42[0][0];
    (*l_56) = g_49;
    return g_33;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_22, "g_22", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_30[i], "g_30[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_43[i][j], "g_43[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_104, "g_104", print_hash_value);
    transparent_crc(g_213, "g_213", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
