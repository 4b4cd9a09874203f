#include "csmith.h"
static long __undefined;
static uint32_t g_2 = 18446744073709551615UL;
static int64_t g_6 = (-1L);
static uint32_t g_13[4] = {0x17C7747BL,0x17C7747BL,0x17C7747BL,0x17C7747BL};
static int32_t g_16 = 0x6ACB8F2BL;
static int16_t g_23 = 3L;
static int64_t g_35 = 0x6A191A83ACDD711ALL;
static int64_t *g_34 = &g_35;
static int32_t g_51 = 0x52E2CC7BL;
static int8_t g_58 = (-9L);
static uint8_t *g_85 = (void*)0;
static uint16_t g_97 = 0xEF25L;
static uint8_t g_101 = 253UL;
static int16_t g_109 = 1L;
static uint16_t  func_1(void);
static uint64_t  func_8(uint32_t  p_9, int32_t  p_10, uint16_t  p_11);
static const int32_t  func_24(int32_t  p_25, uint32_t  p_26, int64_t * p_27);
static uint16_t  func_1(void)
{ 
    int64_t *l_5[3];
    uint8_t l_12 = 0UL;
    int16_t *l_108[3];
    int32_t *l_110 = (void*)0;
    int32_t *l_111 = &g_16;
    int i;
    for (i = 0; i < 3; i++)
        l_5[i] = &g_6;
    for (i = 0; i < 3; i++)
        l_108[i] = &g_109;
    (*l_111) = (65535UL & (g_109 &= ((g_2 < (safe_div_func_int64_t_s_s((g_6 = g_2), (~func_8((l_12 = (g_2 ^ (0x7DCDL ^ g_2))), g_2, g_2))))) || g_2)));
    return g_13[0];
}
static uint64_t  func_8(uint32_t  p_9, int32_t  p_10, uint16_t  p_11)
{ 
    int64_t *l_36 = &g_35;
    int32_t l_49 = 0x228D029BL;
    int32_t l_52 = 0L;
    for (p_9 = 0; (p_9 <= 3); p_9 += 1)
    { 
        uint32_t l_20 = 0x4AC0198AL;
        int64_t **l_37[4][1] = {{&l_36},{&l_36},{&l_36},{&l_36}};
        int32_t l_47 = (-1L);
        int8_t *l_48 = (void*)0;
        int32_t *l_50[2][1];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_50[i][j] = &g_51;
        }
        for (p_11 = 0; (p_11 <= 3); p_11 += 1)
        { 
            int16_t l_14 = (-2L);
            int32_t *l_15 = &g_16;
            int32_t *l_17 = &g_16;
            int32_t *l_18 = &g_16;
            int32_t *l_19[4];
            int i;
            for (i = 0; i < 4; i++)
                l_19[i] = &g_16;
            l_20--;
            g_23 = (g_16 = g_13[p_9]);
        }
        g_101 &= func_24((safe_lshift_func_int8_t_s_s((safe_sub_func_uint32_t_u_u((safe_rshift_func_int16_t_s_u(p_10, l_20)), (l_52 |= ((g_34 == (l_36 = l_36)) ^ ((l_49 = (((safe_mul_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(((safe_div_func_uint32_t_u_u(((+(safe_div_func_int64_t_s_s(6L, l_47))) & p_10), g_13[2])) >= g_35), 0x14L)), p_11)) ^ 1L) , g_16)) ^ 0L))))), 1)), g_23, &g_35);
        for (g_23 = 0; (g_23 <= 3); g_23 += 1)
        { 
            uint64_t l_104 = 0xD3E15E87F612420ELL;
            int16_t *l_107 = &g_23;
            int16_t **l_106[2];
            int i;
            for (i = 0; i < 2; i++)
                l_106[i] = &l_107;
            for (l_49 = 0; (l_49 <= 0); l_49 += 1)
            { 
                int32_t l_105 = 0x39915A3DL;
                g_51 = (g_101 & ((safe_mul_func_int8_t_s_s((((-1L) ^ (-10L)) == (l_104 ^ (0x2AL == l_105))), g_23)) ^ g_13[1]));
                l_106[1] = (void*)0;
            }
        }
    }
    return p_11;
}
static const int32_t  func_24(int32_t  p_25, uint32_t  p_26, int64_t * p_27)
{ 
    int16_t l_55 = 8L;
    uint8_t l_56 = 255UL;
    int8_t *l_57 = &g_58;
    int8_t **l_59 = &l_57;
    int32_t *l_62 = &g_16;
    int32_t l_95 = 3L;
    int32_t l_96[1];
    int i;
    for (i = 0; i < 1; i++)
        l_96[i] = 0x94EC24AAL;
    (*l_62) = (safe_add_func_int64_t_s_s(((l_55 <= (((l_56 , (((*l_59) = l_57) == &g_58)) <= (((safe_add_func_uint8_t_u_u(g_35, p_26)) > 4294967293UL) & g_13[2])) || p_26)) , 0x52F0C8C580B0B8B0LL), p_26));
    for (g_35 = 0; (g_35 <= 3); g_35 += 1)
    { 
        int i;
        return g_13[g_35];
    }
    if (l_56)
        goto lbl_67;
lbl_67:
    g_16 ^= ((((safe_mul_func_uint8_t_u_u(p_25, (safe_unary_minus_func_uint32_t_u((((*l_59) = (*l_59)) != (void*)0))))) < 0x3A3BL) > ((safe_unary_minus_func_int32_t_s(g_2)) > 0x1672C6516EAEC28DLL)) < g_51);
    if ((((**l_59) &= 1L) || (*l_62)))
    { 
        int32_t l_80[3];
        int32_t **l_81 = &l_62;
        int32_t *l_90 = &g_51;
        int32_t *l_91 = &g_51;
        int32_t *l_92 = &g_51;
        int32_t *l_93 = &g_16;
        int32_t *l_94[3];
        int i;
        for (i = 0; i < 3; i++)
            l_80[i] = 0x4F1E5EB9L;
        for (i = 0; i < 3; i++)
            l_94[i] = (void*)0;
        for (l_55 = 0; (l_55 != (-7)); --l_55)
        { 
            int32_t *l_78 = &g_51;
            uint8_t *l_79 = &l_56;
            l_80[2] = ((safe_mul_func_uint16_t_u_u(((((((safe_div_func_int64_t_s_s((safe_lshift_func_uint8_t_u_s(((*l_79) = (((g_35 < (p_26 , ((safe_rshift_func_int8_t_s_u((p_26 , (g_58 = (l_78 == &g_16))), p_26)) , 4294967294UL))) , (*p_27)) , 0xB9L)), 2)), 0x8B63C96AADB6CD35LL)) , (-1L)) , g_16) || (*l_62)) , (*g_34)) , g_2), g_51)) | (*l_78));
            if (g_13[3])
                break;
        }
        (*l_81) = &p_25;
        for (l_55 = 0; (l_55 < 4); l_55 = safe_add_func_uint64_t_u_u(l_55, 5))
        { 
            uint8_t *l_84 = &l_56;
            int32_t l_86[2][2] = {{0L,0L},{0L,0L}};
            int16_t *l_89 = &g_23;
            int i, j;
            (**l_81) = (((*l_89) = (((((((*l_62) == (l_84 != g_85)) & (l_86[0][1] && ((safe_mod_func_int64_t_s_s((*p_27), 0x4400D43E6B0C5DECLL)) , g_2))) & (*p_27)) ^ g_13[0]) != g_13[1]) , 0x2BEBL)) & (**l_81));
            if (p_25)
                break;
            for (p_25 = 0; (p_25 <= 1); p_25 += 1)
            { 
                int i, j;
                l_86[p_25][p_25] ^= g_13[(p_25 + 2)];
            }
        }
        --g_97;
    }
    else
    { 
        int32_t **l_100 = &l_62;
        (*l_100) = &g_51;
        for (g_16 = 0; (g_16 <= 3); g_16 += 1)
        { 
            int i;
            return g_13[g_16];
        }
    }
    return p_26;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_6, "g_6", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_13[i], "g_13[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_16, "g_16", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_51, "g_51", print_hash_value);
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_97, "g_97", print_hash_value);
    transparent_crc(g_101, "g_101", print_hash_value);
    transparent_crc(g_109, "g_109", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
