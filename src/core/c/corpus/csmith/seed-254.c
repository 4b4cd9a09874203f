#include "csmith.h"
static long __undefined;
static int32_t g_5 = 0x713A473EL;
static int32_t g_20 = 0xC234AC01L;
static int32_t g_28[4][3] = {{0x2ABAC89DL,(-1L),(-5L)},{0xC7BA3F30L,(-1L),0xC7BA3F30L},{0x77D6446BL,0x2ABAC89DL,(-5L)},{0x77D6446BL,0x77D6446BL,0x2ABAC89DL}};
static uint8_t g_29[2][2] = {{0xF6L,0xF6L},{0xF6L,0xF6L}};
static int32_t g_31 = 0x4ED09EB8L;
static uint32_t g_41 = 7UL;
static int32_t **g_42 = (void*)0;
static uint32_t g_52 = 0xBD0D8167L;
static uint16_t g_81 = 65535UL;
static uint16_t g_107 = 0UL;
static int64_t g_109 = (-7L);
static int32_t  func_1(void);
static int32_t * func_2(int32_t * p_3);
static uint8_t  func_13(uint32_t  p_14);
static int32_t  func_1(void)
{ 
    int32_t *l_4 = &g_5;
    l_4 = func_2(l_4);
    return (*l_4);
}
static int32_t * func_2(int32_t * p_3)
{ 
    int32_t *l_10 = &g_5;
    uint64_t l_18 = 18446744073709551611UL;
    uint32_t *l_40 = &g_41;
    int32_t **l_44 = &l_10;
    int32_t ***l_43 = &l_44;
    uint8_t *l_45 = &g_29[0][1];
    uint64_t *l_46 = &l_18;
    int32_t *l_47 = &g_28[3][1];
    uint32_t *l_51[3];
    int32_t l_86 = 0xD43E6B0CL;
    int32_t l_88 = 0x41A78517L;
    int8_t l_110 = (-10L);
    int32_t l_111 = 0x65EE8129L;
    int32_t l_112 = 0L;
    int32_t l_113 = (-2L);
    int32_t l_114 = 0x074B171FL;
    int32_t l_115 = 9L;
    int32_t l_117 = 0xEDC5ECF8L;
    int32_t l_118[2][2];
    int32_t *l_123 = &l_118[1][1];
    int i, j;
    for (i = 0; i < 3; i++)
        l_51[i] = &g_52;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_118[i][j] = (-1L);
    }
lbl_34:
    for (g_5 = 0; (g_5 <= 19); g_5 = safe_add_func_uint16_t_u_u(g_5, 9))
    { 
        int16_t l_17 = 2L;
        int32_t *l_30 = &g_31;
        int32_t **l_32[1][3];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_32[i][j] = &l_10;
        }
        (*l_30) |= (safe_div_func_uint16_t_u_u((l_10 == p_3), (+(!((g_29[0][0] = func_13((safe_sub_func_int16_t_s_s((((*l_10) == ((((l_17 >= 5L) ^ 0UL) <= 0L) != l_17)) ^ l_18), 0x28CAL)))) && l_17)))));
        p_3 = ((&g_5 != p_3) , l_10);
    }
    for (g_31 = 1; (g_31 >= 0); g_31 -= 1)
    { 
        uint64_t l_33 = 0x3CD4FE93046AA1DDLL;
        if ((*l_10))
            break;
        (*l_10) = (l_33 == g_28[1][1]);
        if (l_33)
            goto lbl_34;
        for (l_18 = 0; (l_18 <= 1); l_18 += 1)
        { 
            for (g_20 = 0; (g_20 <= 1); g_20 += 1)
            { 
                g_28[0][2] |= 0x28D029B4L;
                if (l_33)
                    break;
                if ((*p_3))
                    break;
                (*l_10) = (safe_mod_func_uint16_t_u_u(1UL, g_28[3][2]));
            }
        }
    }
    (*l_47) ^= (g_20 <= ((safe_sub_func_uint64_t_u_u(((*l_46) = (0xCFB64730L && ((~((*l_45) = ((((*l_40) = (*l_10)) , g_42) != ((*l_43) = g_42)))) > g_5))), (*l_10))) <= 0x4D244069L));
    if ((safe_sub_func_int8_t_s_s((*l_47), ((*l_45) = (!(((*l_10) = (5UL >= g_29[0][1])) >= (safe_sub_func_uint16_t_u_u(((*l_47) && (((*l_47) == g_41) | 0UL)), g_41))))))))
    { 
        int32_t **l_57 = (void*)0;
        int32_t **l_58 = &l_47;
        (*l_58) = p_3;
    }
    else
    { 
        const uint32_t l_82[1] = {0x50A70091L};
        int32_t l_83 = 0x1428A3ABL;
        int32_t l_84[3];
        int32_t l_85 = 0x4B5A03F7L;
        int32_t l_87[1][1];
        int32_t l_116 = 0x92953C3AL;
        int i, j;
        for (i = 0; i < 3; i++)
            l_84[i] = 0L;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_87[i][j] = 0xB0B2AC45L;
        }
        for (l_18 = 0; l_18 < 2; l_18 += 1)
        {
            for (g_20 = 0; g_20 < 2; g_20 += 1)
            {
                g_29[l_18][g_20] = 255UL;
            }
        }
        for (g_52 = 7; (g_52 <= 34); g_52 = safe_add_func_uint32_t_u_u(g_52, 8))
        { 
            int32_t **l_61[3];
            int8_t l_119 = 0xC1L;
            uint8_t l_120 = 0x8CL;
            int i;
            for (i = 0; i < 3; i++)
                l_61[i] = &l_10;
            l_10 = p_3;
            for (g_20 = 0; (g_20 >= 27); g_20 = safe_add_func_uint8_t_u_u(g_20, 4))
            { 
                const int64_t l_72 = (-3L);
                uint16_t *l_80 = &g_81;
                uint32_t l_89[3];
                int32_t l_105 = 1L;
                int16_t *l_106[2][1];
                int64_t *l_108 = &g_109;
                int i, j;
                for (i = 0; i < 3; i++)
                    l_89[i] = 1UL;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_106[i][j] = (void*)0;
                }
                l_83 = ((safe_div_func_uint32_t_u_u((safe_add_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_s(((*l_80) = (safe_lshift_func_int8_t_s_s((l_72 == (((~((safe_mul_func_uint8_t_u_u((g_20 | g_29[0][0]), (safe_sub_func_int8_t_s_s(l_72, (safe_rshift_func_uint16_t_u_s(g_20, 12)))))) | (*p_3))) , 65527UL) ^ l_72)), (*l_47)))), 5)), l_82[0])), g_29[1][1])) == g_41);
                l_89[1]--;
                (*p_3) = ((l_85 = g_81) , (safe_rshift_func_uint8_t_u_u(((safe_unary_minus_func_uint64_t_u((((((l_89[0] , 0x1ED022C1C42294ECLL) < l_82[0]) <= (((((*l_45) = ((safe_mod_func_int64_t_s_s((((*l_108) = (safe_mod_func_uint8_t_u_u(((safe_mod_func_int16_t_s_s((g_107 ^= ((safe_div_func_int16_t_s_s((safe_sub_func_int64_t_s_s((-9L), g_29[0][1])), l_72)) , l_105)), l_87[0][0])) || g_31), l_85))) | l_105), l_87[0][0])) < 0x62CCAF28L)) <= 0x8BL) , l_85) < 0x12L)) , 4L) | g_5))) , (*l_47)), 5)));
            }
            --l_120;
        }
        return &g_31;
    }
    return p_3;
}
static uint8_t  func_13(uint32_t  p_14)
{ 
    int32_t *l_19 = &g_20;
    uint16_t l_21[1][2];
    int32_t *l_26 = (void*)0;
    int32_t *l_27 = &g_28[1][1];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_21[i][j] = 0xAE4FL;
    }
    (*l_19) = 0x20D70069L;
    for (g_20 = 0; g_20 < 1; g_20 += 1)
    {
        for (p_14 = 0; p_14 < 2; p_14 += 1)
        {
            l_21[g_20][p_14] = 1UL;
        }
    }
    (*l_27) |= ((safe_lshift_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_u(g_20, 3)), 1)) , g_20);
    return p_14;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_20, "g_20", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_28[i][j], "g_28[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_29[i][j], "g_29[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_81, "g_81", print_hash_value);
    transparent_crc(g_107, "g_107", print_hash_value);
    transparent_crc(g_109, "g_109", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
