#include "csmith.h"
static long __undefined;
static uint32_t g_4 = 0x7BC75286L;
static int32_t g_8 = (-6L);
static int32_t *g_7[3] = {&g_8,&g_8,&g_8};
static int32_t **g_11[3] = {&g_7[1],&g_7[1],&g_7[1]};
static uint64_t g_36 = 1UL;
static uint8_t g_53 = 0xD0L;
static uint32_t g_75 = 0xC191E6A7L;
static uint8_t *g_104 = &g_53;
static uint8_t **g_103 = &g_104;
static const uint64_t  func_1(void);
static int32_t * func_12(const int8_t  p_13);
static uint16_t  func_16(int32_t ** p_17, int32_t ** p_18, int32_t * p_19, int32_t *** p_20);
static const uint64_t  func_1(void)
{ 
    int32_t *l_2 = (void*)0;
    int32_t *l_3[3];
    int32_t **l_9 = &l_2;
    int32_t ***l_10[1];
    int i;
    for (i = 0; i < 3; i++)
        l_3[i] = (void*)0;
    for (i = 0; i < 1; i++)
        l_10[i] = &l_9;
    ++g_4;
    (*l_9) = g_7[1];
    (**l_9) |= (&l_3[2] == (g_11[1] = (void*)0));
    for (g_8 = 0; (g_8 <= 2); g_8 += 1)
    { 
        int32_t ****l_158 = (void*)0;
        int32_t *****l_157 = &l_158;
        int32_t l_159[2][4] = {{1L,1L,1L,1L},{1L,1L,1L,1L}};
        int i, j;
        (*l_9) = func_12((((safe_lshift_func_uint16_t_u_s(func_16(g_11[g_8], g_11[g_8], (g_4 , l_3[g_8]), &l_9), g_8)) || g_53) != 1UL));
        for (g_36 = 0; (g_36 <= 2); g_36 += 1)
        { 
            l_159[0][2] = (!(l_157 != (void*)0));
        }
    }
    return g_4;
}
static int32_t * func_12(const int8_t  p_13)
{ 
    int32_t *l_155 = &g_8;
    for (g_4 = (-26); (g_4 < 29); g_4 = safe_add_func_int64_t_s_s(g_4, 1))
    { 
        int64_t l_148[1];
        int32_t * const *l_151 = &g_7[1];
        int32_t * const **l_150 = &l_151;
        int32_t * const ***l_149 = &l_150;
        int32_t **l_152 = (void*)0;
        int32_t **l_153[4][1];
        int32_t **l_154 = &g_7[1];
        int i, j;
        for (i = 0; i < 1; i++)
            l_148[i] = 1L;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
                l_153[i][j] = &g_7[1];
        }
        l_148[0] = (-7L);
        (*l_149) = (void*)0;
        (*l_154) = (*l_151);
    }
    return l_155;
}
static uint16_t  func_16(int32_t ** p_17, int32_t ** p_18, int32_t * p_19, int32_t *** p_20)
{ 
    int8_t l_24 = 0xD9L;
    int32_t l_33 = 0xF2B78262L;
    int32_t l_34[2][1];
    int32_t ***l_67 = (void*)0;
    int32_t ****l_66 = &l_67;
    int32_t l_118 = 0L;
    const uint8_t *l_129 = &g_53;
    const uint8_t **l_128 = &l_129;
    const uint8_t ***l_127 = &l_128;
    uint16_t l_136 = 0x05C3L;
    uint8_t l_140 = 0x57L;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_34[i][j] = 0xFA7AD11EL;
    }
    if ((&g_7[1] != (void*)0))
    { 
        int32_t l_21 = 1L;
        int32_t l_22[2];
        int32_t *l_23 = &l_22[0];
        int32_t *l_25 = &l_22[1];
        int32_t *l_26 = (void*)0;
        int32_t *l_27 = (void*)0;
        int32_t *l_28 = &l_22[0];
        int32_t *l_29 = &l_21;
        int32_t *l_30 = &l_22[0];
        int32_t *l_31 = &l_22[0];
        int32_t *l_32[2];
        int8_t l_35 = (-1L);
        uint8_t *l_52[1];
        uint32_t l_62 = 1UL;
        int i;
        for (i = 0; i < 2; i++)
            l_22[i] = (-4L);
        for (i = 0; i < 2; i++)
            l_32[i] = &l_22[1];
        for (i = 0; i < 1; i++)
            l_52[i] = &g_53;
        ++g_36;
        if ((safe_div_func_uint16_t_u_u(((safe_sub_func_int16_t_s_s(0x2C2FL, (safe_mul_func_int8_t_s_s(((g_53 = ((safe_sub_func_uint8_t_u_u((0UL ^ ((*l_28) ^ (safe_rshift_func_uint8_t_u_u((~0xCE9F33C7L), ((safe_mod_func_uint8_t_u_u(l_24, 0xE6L)) == 0x9FD67D06L))))), 0x45L)) | 0L)) & 0x38L), (*l_28))))) , l_34[0][0]), 0xDC8DL)))
        { 
            uint8_t *l_58 = &g_53;
            int32_t l_63[2];
            int32_t ***l_65[3];
            int32_t ****l_64 = &l_65[2];
            int32_t *****l_68 = (void*)0;
            int32_t *****l_69 = (void*)0;
            int32_t *****l_70 = &l_64;
            int32_t ****l_72[1];
            int32_t *****l_71 = &l_72[0];
            int i;
            for (i = 0; i < 2; i++)
                l_63[i] = 0x1449E4C9L;
            for (i = 0; i < 3; i++)
                l_65[i] = (void*)0;
            for (i = 0; i < 1; i++)
                l_72[i] = &l_65[2];
            for (g_36 = 0; (g_36 < 19); g_36 = safe_add_func_uint16_t_u_u(g_36, 9))
            { 
                int32_t *l_61 = (void*)0;
                if ((*l_31))
                    break;
                (*l_23) ^= (((safe_sub_func_int16_t_s_s(((void*)0 == l_58), (safe_sub_func_int64_t_s_s(0x32E7287D282E35A6LL, 0x1AB120DA2E755E18LL)))) & ((((void*)0 == l_61) , l_62) || g_4)) == l_24);
                return l_63[1];
            }
            (*l_71) = ((*l_70) = (l_66 = l_64));
        }
        else
        { 
            int64_t l_76 = 1L;
            int32_t * const *l_82 = &l_32[0];
            (*l_31) ^= (l_76 = ((g_75 ^= (safe_rshift_func_uint8_t_u_s(0UL, 6))) ^ g_36));
            for (l_24 = 0; (l_24 > (-27)); l_24 = safe_sub_func_uint16_t_u_u(l_24, 7))
            { 
                uint64_t l_79 = 1UL;
                int32_t * const **l_83 = &l_82;
                l_79++;
                if ((***p_20))
                    break;
                (*l_30) |= (&g_7[1] != ((*l_83) = l_82));
                if ((**l_82))
                    continue;
            }
        }
    }
    else
    { 
        return g_36;
    }
lbl_98:
    (**p_20) = &l_34[0][0];
    for (g_53 = 0; (g_53 > 4); ++g_53)
    { 
        uint64_t l_88 = 0xE15B557241B9AD14LL;
        int32_t l_97[4][2];
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 2; j++)
                l_97[i][j] = 0x80774EDEL;
        }
        for (g_4 = (-29); (g_4 >= 16); g_4 = safe_add_func_uint16_t_u_u(g_4, 6))
        { 
            int32_t l_94 = 1L;
            l_88--;
            for (g_75 = 8; (g_75 == 50); g_75 = safe_add_func_uint32_t_u_u(g_75, 1))
            { 
                uint32_t l_93 = 0x250F4D7AL;
                int32_t *l_95 = (void*)0;
                int32_t *l_96 = &l_33;
                if ((***p_20))
                    break;
                (***p_20) = l_93;
                l_97[3][0] ^= ((*l_96) ^= ((***p_20) &= l_94));
            }
            if (g_8)
                goto lbl_98;
        }
        return l_88;
    }
    for (g_36 = 9; (g_36 < 46); g_36++)
    { 
        uint8_t **l_106 = &g_104;
        int32_t l_115 = 0x6B268717L;
        int32_t l_116[3];
        int64_t l_117 = 0xE892D9D7C28814F6LL;
        int32_t *l_141 = (void*)0;
        int32_t *l_142[3][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
        uint32_t l_143 = 1UL;
        int i, j;
        for (i = 0; i < 3; i++)
            l_116[i] = 1L;
        (**p_20) = (void*)0;
        for (g_75 = 0; (g_75 < 21); ++g_75)
        { 
            uint8_t ***l_105[3];
            int32_t *l_107 = &l_34[0][0];
            int32_t *l_108 = &l_34[0][0];
            int32_t *l_109 = (void*)0;
            int32_t *l_110 = &l_33;
            int32_t *l_111 = (void*)0;
            int32_t *l_112 = &l_34[0][0];
            int32_t *l_113 = (void*)0;
            int32_t *l_114[2][4] = {{&l_34[1][0],&l_34[1][0],&l_34[1][0],&l_34[1][0]},{&l_34[1][0],&l_34[1][0],&l_34[1][0],&l_34[1][0]}};
            uint8_t l_119 = 0x8EL;
            int i, j;
            for (i = 0; i < 3; i++)
                l_105[i] = &g_103;
            l_106 = (g_103 = g_103);
            l_119--;
            for (l_115 = 0; (l_115 > 3); l_115++)
            { 
                int8_t l_124 = 0x22L;
                int8_t *l_137 = &l_24;
                (*l_107) = (l_124 | (((*l_137) = ((safe_mod_func_uint16_t_u_u((((&g_103 != l_127) > (((safe_mul_func_int8_t_s_s((~((safe_add_func_int64_t_s_s((+g_8), (l_124 , l_116[2]))) <= 248UL)), g_4)) , (*l_108)) == l_136)) || 0xDDL), 3L)) , g_36)) && 0xBCL));
            }
        }
        l_33 |= ((((((void*)0 != &l_115) | g_4) < (((safe_mul_func_int8_t_s_s((((l_116[2] < 0L) != l_140) && l_115), l_24)) != (**g_103)) , l_116[0])) , (void*)0) == (void*)0);
        ++l_143;
    }
    return l_24;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_53, "g_53", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
