#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0L;
static int32_t g_6 = 0xEEDE0B40L;
static int32_t *g_5 = &g_6;
static int32_t g_23 = 0x17F4039EL;
static uint16_t g_27[2][3] = {{0xBA6AL,0x0466L,0xBA6AL},{0xBA6AL,0x0466L,0xBA6AL}};
static int32_t *g_36 = &g_23;
static int16_t g_40[1] = {0x497CL};
static int16_t g_42[3] = {0x8A2DL,0x8A2DL,0x8A2DL};
static int64_t g_43 = 5L;
static uint8_t g_47 = 255UL;
static int32_t ** const g_63 = &g_5;
static int32_t ** const *g_62 = &g_63;
static const int32_t *g_95 = (void*)0;
static uint8_t **g_103 = (void*)0;
static uint32_t g_124 = 0x5F7132E5L;
static int8_t  func_1(void);
static int32_t * func_12(uint16_t  p_13, int32_t * p_14, int32_t * p_15, int32_t  p_16);
static int16_t  func_17(const int32_t * p_18, int32_t * p_19);
static int8_t  func_1(void)
{ 
    uint16_t l_9 = 65535UL;
    int32_t l_11[4][3] = {{9L,9L,9L},{0x1F90EF30L,0x1F90EF30L,0x1F90EF30L},{9L,9L,9L},{0x1F90EF30L,0x1F90EF30L,0x1F90EF30L}};
    int32_t **l_61[2];
    int32_t ***l_60 = &l_61[1];
    int i, j;
    for (i = 0; i < 2; i++)
        l_61[i] = (void*)0;
    for (g_2 = (-21); (g_2 == (-24)); g_2 = safe_sub_func_int64_t_s_s(g_2, 7))
    { 
        g_5 = &g_2;
    }
    for (g_2 = 0; (g_2 == 23); ++g_2)
    { 
        int64_t l_10 = 0L;
        if (l_9)
            break;
        if (l_10)
            continue;
        for (l_9 = 0; (l_9 <= 2); l_9 += 1)
        { 
            int i, j;
            if (l_11[l_9][l_9])
                break;
        }
    }
    for (g_6 = 2; (g_6 >= 0); g_6 -= 1)
    { 
        const int32_t *l_20 = &g_6;
        uint32_t l_151 = 0UL;
    }
    return g_27[1][2];
}
static int32_t * func_12(uint16_t  p_13, int32_t * p_14, int32_t * p_15, int32_t  p_16)
{ 
    int32_t l_78 = 0xA8756374L;
    int32_t l_121 = (-1L);
    int32_t *l_123 = &g_23;
    int32_t l_125[4];
    int32_t * const ****l_129 = (void*)0;
    uint8_t *l_145 = &g_47;
    int16_t *l_146 = &g_40[0];
    int i;
    for (i = 0; i < 4; i++)
        l_125[i] = 1L;
    for (p_13 = 0; (p_13 <= 2); ++p_13)
    { 
        int64_t l_81 = 0x14C35F52D295891FLL;
        uint8_t **l_102 = (void*)0;
        int32_t l_106 = (-1L);
        int32_t *l_107[3];
        int i;
        for (i = 0; i < 3; i++)
            l_107[i] = &g_23;
        for (g_43 = 0; (g_43 > (-12)); g_43 = safe_sub_func_uint8_t_u_u(g_43, 4))
        { 
            uint16_t l_73 = 65535UL;
            int32_t **l_85 = &g_5;
            if ((***g_62))
            { 
                int32_t *l_68 = &g_23;
                int32_t l_69 = 0L;
                int32_t *l_70 = &l_69;
                int32_t *l_71 = &g_2;
                int32_t *l_72 = &l_69;
                l_73--;
            }
            else
            { 
                uint8_t *l_84 = &g_47;
                if ((**g_63))
                    break;
                (*g_36) = ((safe_sub_func_int8_t_s_s(l_78, (safe_mod_func_uint64_t_u_u((l_81 , (0x160D4A06L == ((p_16 , (((*l_84) = (safe_sub_func_uint8_t_u_u(g_6, g_42[0]))) | g_42[0])) && p_16))), 1UL)))) | l_81);
            }
            l_85 = &p_15;
            for (l_78 = 0; (l_78 != (-6)); --l_78)
            { 
                const int32_t **l_94 = (void*)0;
                uint16_t *l_96 = &g_27[0][2];
                uint16_t *l_97 = &l_73;
                (*g_36) = (safe_add_func_uint64_t_u_u((safe_sub_func_uint16_t_u_u(g_42[0], ((*l_97) = ((*l_96) |= (safe_mod_func_int16_t_s_s(((g_95 = (*g_63)) != (g_42[1] , p_14)), g_42[0])))))), 0xBC9AF00AFC62902DLL));
            }
            for (g_2 = 0; (g_2 > (-4)); g_2--)
            { 
                int32_t *l_100 = (void*)0;
                int32_t *l_101 = &g_23;
                (**g_62) = p_14;
                (*l_101) = (*p_15);
                g_103 = l_102;
                if ((*g_36))
                    break;
            }
        }
        (*g_36) = (***g_62);
        (*g_36) = ((safe_mul_func_uint8_t_u_u((((g_23 |= (l_106 ^= (*p_15))) , &p_13) == (void*)0), (safe_lshift_func_int16_t_s_u(((safe_unary_minus_func_uint64_t_u((((-6L) != (g_47 != (-3L))) >= g_40[0]))) == p_13), p_13)))) , (*p_14));
    }
    for (p_13 = 0; (p_13 <= 0); p_13 += 1)
    { 
        int32_t * const **l_128 = (void*)0;
        int32_t * const ***l_127 = &l_128;
        int32_t * const ****l_126 = &l_127;
        uint16_t *l_135 = &g_27[0][2];
        uint16_t **l_134 = &l_135;
        int i;
        p_15 = (*g_63);
        if (g_40[p_13])
            break;
        for (g_23 = 0; (g_23 >= 0); g_23 -= 1)
        { 
            int8_t l_130 = (-5L);
            for (p_16 = 0; (p_16 <= 2); p_16 += 1)
            { 
                int i;
                l_121 ^= ((safe_add_func_int32_t_s_s(((((safe_lshift_func_uint16_t_u_u(g_42[(g_23 + 1)], 0)) >= g_42[(p_13 + 1)]) != (safe_lshift_func_int16_t_s_s((g_40[g_23] = ((safe_add_func_int64_t_s_s(((g_40[0] , (g_2 >= (safe_rshift_func_int8_t_s_s(p_13, 0)))) <= (***g_62)), 1L)) == 9L)), l_78))) && l_78), (**g_63))) | p_13);
                return (**g_62);
            }
            for (g_43 = 0; (g_43 >= 0); g_43 -= 1)
            { 
                uint32_t l_122 = 4294967294UL;
                l_122 |= (***g_62);
                if ((*p_15))
                    continue;
                (*g_63) = l_123;
                if ((*p_15))
                    break;
            }
            if ((*g_5))
            { 
                if ((*g_36))
                    break;
                g_124 |= (*p_15);
                if (l_125[0])
                    continue;
                l_129 = l_126;
            }
            else
            { 
                uint16_t *l_133 = (void*)0;
                uint16_t * const *l_132 = &l_133;
                uint16_t * const **l_131[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_131[i] = &l_132;
                l_130 &= (-1L);
                l_134 = (void*)0;
            }
        }
    }
    (*g_36) = ((safe_lshift_func_int16_t_s_u((safe_mod_func_uint8_t_u_u((((safe_mul_func_int16_t_s_s(((*l_146) = ((safe_sub_func_int32_t_s_s(((((*l_145) = (((+(((p_13 , (((((void*)0 == g_103) , l_145) == l_145) ^ 0xD1C57EA6FF285608LL)) , g_40[0]) < 1UL)) , 5UL) ^ g_6)) >= g_124) , (*p_14)), p_13)) >= 0x6AL)), g_43)) != g_43) && 0xA7F728D9L), p_16)), g_23)) & 1UL);
    return l_123;
}
static int16_t  func_17(const int32_t * p_18, int32_t * p_19)
{ 
    uint32_t l_21[4] = {0x1E1C5A3DL,0x1E1C5A3DL,0x1E1C5A3DL,0x1E1C5A3DL};
    int32_t l_26 = 1L;
    int32_t **l_33 = (void*)0;
    int32_t l_38[3][4] = {{0x19BD12F8L,0x19BD12F8L,0x19BD12F8L,0x19BD12F8L},{0x19BD12F8L,0x19BD12F8L,0x19BD12F8L,0x19BD12F8L},{0x19BD12F8L,0x19BD12F8L,0x19BD12F8L,0x19BD12F8L}};
    int32_t **l_56 = &g_36;
    int32_t ***l_58[1][3];
    int32_t ****l_57 = &l_58[0][1];
    int32_t l_59 = (-1L);
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_58[i][j] = &l_56;
    }
    for (g_2 = 0; (g_2 <= 3); g_2 += 1)
    { 
        int32_t *l_22 = &g_23;
        int32_t *l_24 = &g_23;
        int32_t *l_25[2];
        int32_t l_39 = (-3L);
        int32_t *l_55[1];
        int i;
        for (i = 0; i < 2; i++)
            l_25[i] = &g_23;
        for (i = 0; i < 1; i++)
            l_55[i] = &l_38[2][0];
        g_27[0][2]--;
        for (l_26 = 3; (l_26 >= 0); l_26 -= 1)
        { 
            int32_t **l_30 = &l_22;
            int32_t l_41[2][2] = {{(-1L),(-1L)},{(-1L),(-1L)}};
            int8_t l_45 = 0x6DL;
            uint16_t l_50[2][3];
            int8_t l_53 = 0x63L;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 3; j++)
                    l_50[i][j] = 9UL;
            }
            (*l_30) = &l_26;
            if (l_21[l_26])
                break;
        }
    }
    (*l_56) = &g_2;
    (*l_57) = (void*)0;
    (*g_36) = (**l_56);
    return l_59;
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
    transparent_crc(g_23, "g_23", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_27[i][j], "g_27[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_40[i], "g_40[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_42[i], "g_42[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_124, "g_124", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
