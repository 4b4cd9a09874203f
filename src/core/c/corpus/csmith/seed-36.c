#include "csmith.h"
static long __undefined;
static int8_t g_10[1][3] = {{0x70L,0x70L,0x70L}};
static uint32_t g_33 = 0xDEFC72FAL;
static int32_t g_40 = 0L;
static int32_t g_43[2] = {9L,9L};
static int32_t *g_64 = &g_43[0];
static int8_t g_82 = 0L;
static uint32_t g_88[4] = {0xBA6DCB14L,0xBA6DCB14L,0xBA6DCB14L,0xBA6DCB14L};
static int8_t g_92 = (-6L);
static int64_t g_120 = (-1L);
static uint8_t  func_1(void);
static int64_t  func_4(uint32_t  p_5, uint32_t  p_6, uint32_t  p_7, uint8_t  p_8, const uint16_t  p_9);
static int8_t  func_38(uint64_t  p_39);
static uint8_t  func_1(void)
{ 
    int32_t l_11 = (-1L);
    int32_t l_30 = (-1L);
    int8_t l_31 = 1L;
    uint32_t *l_32 = &g_33;
    uint64_t l_34 = 18446744073709551610UL;
    uint32_t *l_87 = &g_88[0];
    int32_t *l_89 = (void*)0;
    int32_t *l_90 = &g_43[1];
    int32_t *l_91[2][4] = {{&l_11,&l_30,&l_11,&l_11},{&l_30,&l_30,&l_11,&l_30}};
    uint32_t l_102 = 18446744073709551615UL;
    int64_t *l_119 = &g_120;
    uint32_t l_121 = 18446744073709551611UL;
    int i, j;
    g_92 = ((*l_90) = (((*l_87) = ((safe_mod_func_int64_t_s_s(func_4((l_34 ^= ((*l_32) = (g_10[0][0] , (l_11 , (safe_lshift_func_int8_t_s_u(((safe_lshift_func_uint8_t_u_u((+(((safe_add_func_uint64_t_u_u(5UL, (!(0xBAL | ((safe_rshift_func_uint16_t_u_u((((safe_rshift_func_uint16_t_u_u((((safe_div_func_uint64_t_u_u((safe_rshift_func_int16_t_s_s((safe_lshift_func_int8_t_s_s(l_11, l_11)), l_11)), g_10[0][2])) && l_11) == g_10[0][2]), 9)) , g_10[0][1]) > 65527UL), 1)) & l_30))))) && l_31) < l_30)), l_30)) || 1UL), l_11)))))), g_10[0][0], l_30, g_10[0][0], g_10[0][2]), 18446744073709551607UL)) <= g_10[0][0])) <= l_31));
    for (l_11 = (-17); (l_11 >= (-14)); l_11 = safe_add_func_int64_t_s_s(l_11, 1))
    { 
        int32_t **l_95 = &l_90;
        int64_t l_97 = (-4L);
        int32_t l_98 = 0x8BF4733EL;
        int32_t l_99 = (-9L);
        int32_t l_100 = (-7L);
        int32_t l_101[4] = {0x8B8ACE59L,0x8B8ACE59L,0x8B8ACE59L,0x8B8ACE59L};
        int i;
        (*l_95) = &l_30;
        for (l_34 = 0; (l_34 <= 1); l_34 += 1)
        { 
            int32_t l_96[3][1];
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_96[i][j] = (-1L);
            }
            l_102--;
        }
    }
    (*g_64) = (((safe_div_func_int64_t_s_s((((safe_add_func_uint32_t_u_u((safe_add_func_int64_t_s_s(g_43[1], ((*l_119) = (g_88[3] == (safe_div_func_uint32_t_u_u(g_40, (safe_mul_func_uint8_t_u_u((g_88[0] , (safe_mul_func_uint16_t_u_u((safe_sub_func_int16_t_s_s(((g_10[0][1] , g_43[1]) <= g_88[1]), g_40)), g_92))), (-9L))))))))), g_40)) > g_10[0][0]) & 1UL), g_88[3])) ^ 0xEBD4F263L) ^ g_10[0][0]);
    --l_121;
    return g_88[0];
}
static int64_t  func_4(uint32_t  p_5, uint32_t  p_6, uint32_t  p_7, uint8_t  p_8, const uint16_t  p_9)
{ 
    int32_t l_66 = (-1L);
    int32_t l_68 = 0L;
    int32_t l_69 = 0x7E54B530L;
    int32_t l_73 = 1L;
    int32_t l_76 = 0x5443EFFAL;
    int32_t l_77 = 0xC25347F8L;
    int32_t l_78 = 0xA62FBF91L;
    int32_t l_79 = 0x589E83D4L;
    int32_t l_80 = 0x2CE29BE9L;
    int32_t l_81[2][4] = {{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)}};
    int64_t l_83 = 0xD52B7690A484C520LL;
    int i, j;
    for (p_6 = 0; (p_6 <= 0); p_6 += 1)
    { 
        uint64_t l_35 = 18446744073709551608UL;
        uint32_t *l_57 = &g_33;
        int32_t l_60 = 0x44CAD706L;
        int32_t l_70 = 0xC9C4BD7DL;
        int32_t l_71 = (-1L);
        int32_t l_72[3][3] = {{0xAE9E85C2L,0x0EDDB647L,0x0EDDB647L},{0xAE9E85C2L,0x0EDDB647L,0x0EDDB647L},{0xAE9E85C2L,0x0EDDB647L,0x0EDDB647L}};
        uint32_t l_84[1][4];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_84[i][j] = 0xD930511CL;
        }
        for (p_7 = 0; (p_7 <= 0); p_7 += 1)
        { 
            int i, j;
            return g_10[p_6][p_7];
        }
        for (g_33 = 0; (g_33 <= 0); g_33 += 1)
        { 
            uint32_t *l_56 = &g_33;
            int16_t l_58 = 8L;
            int32_t l_65 = 4L;
            int32_t l_67 = 0xA093F774L;
            int32_t l_74 = 0x66244A88L;
            int32_t l_75[3];
            int i;
            for (i = 0; i < 3; i++)
                l_75[i] = (-1L);
            for (p_5 = 0; (p_5 <= 0); p_5 += 1)
            { 
                int32_t *l_59 = (void*)0;
                int i, j;
                l_35 = g_10[g_33][(p_6 + 1)];
                l_60 &= (safe_sub_func_uint64_t_u_u((func_38(g_10[g_33][(p_6 + 1)]) , ((safe_unary_minus_func_uint8_t_u((l_56 != (g_10[g_33][(p_6 + 1)] , l_57)))) != l_58)), 4UL));
            }
            for (g_40 = 0; (g_40 >= 0); g_40 -= 1)
            { 
                int32_t **l_61 = (void*)0;
                int32_t *l_63 = (void*)0;
                int32_t **l_62[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_62[i] = &l_63;
                g_64 = &g_43[1];
                ++l_84[0][0];
            }
            (*g_64) |= ((void*)0 == &g_64);
        }
    }
    return p_9;
}
static int8_t  func_38(uint64_t  p_39)
{ 
    int32_t *l_41 = (void*)0;
    int32_t *l_42 = &g_43[1];
    int32_t *l_44 = &g_43[1];
    int32_t *l_45 = &g_43[1];
    int32_t *l_46 = &g_43[0];
    int32_t *l_47 = &g_43[0];
    int32_t l_48 = 0x6657EEF1L;
    int32_t *l_49 = &g_43[1];
    int32_t l_50 = 0xD540778DL;
    int32_t *l_51[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
    uint8_t l_52 = 255UL;
    int i;
    l_52++;
    return (*l_47);
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_10[i][j], "g_10[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc(g_40, "g_40", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_43[i], "g_43[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_82, "g_82", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_88[i], "g_88[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_92, "g_92", print_hash_value);
    transparent_crc(g_120, "g_120", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
