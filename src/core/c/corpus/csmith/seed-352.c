#include "csmith.h"
static long __undefined;
struct S0 {
   uint64_t  f0;
   const int16_t  f1;
   int16_t  f2;
};
struct S1 {
   uint32_t  f0;
   const int32_t  f1;
   int16_t  f2;
   uint64_t  f3;
   int8_t  f4;
   int32_t  f5;
};
static int32_t g_2 = 0x1265AB3EL;
static int32_t g_6 = 1L;
static int32_t g_8 = 0xE2A8D3A1L;
static struct S1 g_29[4] = {{1UL,0x7F4A1D2DL,9L,0UL,5L,-4L},{1UL,0x7F4A1D2DL,9L,0UL,5L,-4L},{1UL,0x7F4A1D2DL,9L,0UL,5L,-4L},{1UL,0x7F4A1D2DL,9L,0UL,5L,-4L}};
static struct S1 g_31 = {1UL,-7L,0x1E7FL,0x51885A1EC8F94914LL,0x01L,0L};
static uint16_t g_63 = 0xC6A4L;
static uint16_t g_69[2][4] = {{65535UL,65535UL,65535UL,65535UL},{65535UL,65535UL,65535UL,65535UL}};
static uint64_t *g_97 = (void*)0;
static uint64_t **g_96 = &g_97;
static int8_t g_118 = 3L;
static uint16_t g_119 = 65527UL;
static uint8_t g_128 = 1UL;
static uint32_t  func_1(void);
static struct S0  func_9(int32_t * p_10, int32_t * p_11, uint64_t  p_12);
static int32_t  func_26(const int32_t  p_27);
static uint32_t  func_1(void)
{ 
    int32_t l_5[2][3];
    int16_t l_19 = 0x5706L;
    struct S0 l_81 = {18446744073709551615UL,0xA12EL,-1L};
    int32_t l_86 = 0L;
    uint64_t *l_94 = (void*)0;
    uint64_t **l_93 = &l_94;
    int32_t *l_111[1];
    int32_t **l_110 = &l_111[0];
    int64_t l_131 = 1L;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
            l_5[i][j] = 0x7AB3921DL;
    }
    for (i = 0; i < 1; i++)
        l_111[i] = (void*)0;
    for (g_2 = 0; (g_2 > 22); g_2 = safe_add_func_uint32_t_u_u(g_2, 8))
    { 
        int8_t l_80 = (-1L);
        const int32_t *l_82 = &g_2;
        int32_t *l_83 = &g_8;
        uint64_t l_88 = 1UL;
        int32_t l_117 = 0x290BC8DDL;
        int32_t l_126[1][1];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_126[i][j] = (-10L);
        }
        for (g_6 = 0; (g_6 <= 1); g_6 += 1)
        { 
            int32_t *l_7[3][1];
            int32_t *l_67[1][2];
            int32_t **l_68 = &l_7[0][0];
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_7[i][j] = &g_8;
            }
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_67[i][j] = &g_2;
            }
            g_8 = l_5[g_6][(g_6 + 1)];
            g_69[1][3] ^= (&g_8 != ((*l_68) = ((l_5[0][2] , func_9(&g_2, &g_2, (safe_mul_func_uint16_t_u_u(((safe_lshift_func_uint8_t_u_u((safe_rshift_func_int16_t_s_u(l_5[1][2], g_2)), l_19)) , 65526UL), g_8)))) , l_67[0][1])));
        }
        if ((g_29[0] , ((*l_83) = (g_31.f4 | ((safe_div_func_int32_t_s_s(((g_29[0].f3 > (safe_unary_minus_func_int64_t_s(((g_2 , (((((l_80 = ((safe_mod_func_int16_t_s_s((((safe_add_func_int16_t_s_s(((!(safe_add_func_uint8_t_u_u(0UL, g_29[0].f3))) == g_31.f5), g_29[0].f0)) && g_29[0].f2) > 8L), 6L)) == l_5[1][2])) && 0xDEF630FEL) , l_81) , &g_8) != l_82)) | g_8)))) < (*l_82)), l_81.f0)) == (-1L))))))
        { 
            uint64_t ***l_95[3];
            int i;
            for (i = 0; i < 3; i++)
                l_95[i] = &l_93;
            for (g_31.f5 = (-2); (g_31.f5 >= 20); g_31.f5 = safe_add_func_int8_t_s_s(g_31.f5, 8))
            { 
                int32_t *l_87[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_87[i] = (void*)0;
                l_88--;
                g_8 = l_81.f0;
                (*l_83) = (safe_rshift_func_uint16_t_u_s(((*l_82) && g_31.f1), 10));
            }
            g_96 = l_93;
            for (l_81.f2 = 0; (l_81.f2 > 20); l_81.f2 = safe_add_func_uint32_t_u_u(l_81.f2, 5))
            { 
                (*l_83) = 0L;
            }
            if (g_29[0].f4)
                break;
        }
        else
        { 
            int64_t l_115 = 0xAC331A2D7867E7C5LL;
            int32_t l_116 = 0xFA89317EL;
            for (g_8 = 12; (g_8 >= (-11)); g_8 = safe_sub_func_uint8_t_u_u(g_8, 6))
            { 
                uint16_t l_114 = 0xFBA6L;
                l_116 ^= (((((((safe_sub_func_int64_t_s_s((((((void*)0 == &g_6) , (g_31.f3++)) > ((safe_mod_func_uint32_t_u_u(((((void*)0 != l_110) >= (safe_mul_func_uint16_t_u_u((((void*)0 != &g_96) | g_31.f1), 0xE664L))) < l_114), l_115)) & 1UL)) & g_29[0].f5), (*l_83))) , g_29[0].f0) != g_31.f2) ^ g_29[0].f0) >= 0L) > 0xB9FEB662L) && g_29[0].f1);
                (*l_110) = &g_2;
                g_119++;
            }
            (*l_110) = (*l_110);
            if (g_69[0][0])
                continue;
            return g_118;
        }
        for (g_31.f3 = (-29); (g_31.f3 < 42); g_31.f3 = safe_add_func_int32_t_s_s(g_31.f3, 9))
        { 
            int8_t l_125 = 0x60L;
            int32_t l_127 = 0x5A54E765L;
            if ((*l_83))
                break;
            g_6 &= (*l_83);
            if ((g_6 = (safe_unary_minus_func_int32_t_s(l_125))))
            { 
                if (g_29[0].f1)
                    break;
            }
            else
            { 
                (*l_110) = (*l_110);
                ++g_128;
            }
        }
    }
    return l_131;
}
static struct S0  func_9(int32_t * p_10, int32_t * p_11, uint64_t  p_12)
{ 
    uint16_t l_52 = 0xEC8BL;
    int32_t l_53 = 1L;
    int32_t *l_54 = &l_53;
    uint64_t l_55[2];
    int32_t l_61 = (-1L);
    int32_t l_62[4];
    struct S0 l_66 = {0x65C99C2354C0A206LL,0x71D5L,3L};
    int i;
    for (i = 0; i < 2; i++)
        l_55[i] = 0x44FE3780627DBD1BLL;
    for (i = 0; i < 4; i++)
        l_62[i] = 0xCA36B4E1L;
    (*l_54) = ((safe_add_func_int16_t_s_s((g_8 | (safe_add_func_uint64_t_u_u((safe_mod_func_int32_t_s_s((l_52 = (((void*)0 != &g_2) , func_26(g_6))), l_53)), l_53))), g_8)) , l_53);
    for (g_31.f2 = 0; (g_31.f2 <= 1); g_31.f2 += 1)
    { 
        uint64_t l_57 = 0xA4358B9E0795B172LL;
        int32_t l_60[4] = {1L,1L,1L,1L};
        int i;
        for (g_31.f3 = 0; (g_31.f3 <= 1); g_31.f3 += 1)
        { 
            int32_t *l_56[4];
            int i;
            for (i = 0; i < 4; i++)
                l_56[i] = &g_8;
            l_57++;
            g_63--;
        }
    }
    return l_66;
}
static int32_t  func_26(const int32_t  p_27)
{ 
    struct S1 * const l_28 = &g_29[0];
    struct S1 *l_30[1];
    int32_t l_32 = 0xCF58A412L;
    uint64_t *l_33 = &g_31.f3;
    int32_t *l_42 = &g_6;
    int32_t **l_41 = &l_42;
    int16_t l_49 = 0x8E5EL;
    int16_t *l_50 = &g_31.f2;
    uint8_t l_51 = 0xDEL;
    int i;
    for (i = 0; i < 1; i++)
        l_30[i] = &g_31;
    l_30[0] = l_28;
    l_32 &= (((&g_8 != (void*)0) ^ (--(*l_33))) & (safe_unary_minus_func_int32_t_s(((safe_mul_func_int16_t_s_s(((safe_mul_func_uint8_t_u_u((((*l_41) = &g_6) == &l_32), ((safe_mul_func_int16_t_s_s(((*l_50) = (safe_add_func_uint64_t_u_u((((safe_rshift_func_int8_t_s_s(((l_33 != l_33) < p_27), g_29[0].f2)) & l_49) <= g_31.f5), l_49))), l_51)) >= (-1L)))) == g_6), 1L)) >= 0xDEFAB77CL))));
    return g_29[0].f0;
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
    transparent_crc(g_8, "g_8", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_29[i].f0, "g_29[i].f0", print_hash_value);
        transparent_crc(g_29[i].f1, "g_29[i].f1", print_hash_value);
        transparent_crc(g_29[i].f2, "g_29[i].f2", print_hash_value);
        transparent_crc(g_29[i].f3, "g_29[i].f3", print_hash_value);
        transparent_crc(g_29[i].f4, "g_29[i].f4", print_hash_value);
        transparent_crc(g_29[i].f5, "g_29[i].f5", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_31.f0, "g_31.f0", print_hash_value);
    transparent_crc(g_31.f1, "g_31.f1", print_hash_value);
    transparent_crc(g_31.f2, "g_31.f2", print_hash_value);
    transparent_crc(g_31.f3, "g_31.f3", print_hash_value);
    transparent_crc(g_31.f4, "g_31.f4", print_hash_value);
    transparent_crc(g_31.f5, "g_31.f5", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_69[i][j], "g_69[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_118, "g_118", print_hash_value);
    transparent_crc(g_119, "g_119", print_hash_value);
    transparent_crc(g_128, "g_128", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
