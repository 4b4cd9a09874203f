#include "csmith.h"
static long __undefined;
static const uint64_t g_15 = 0x672CA3C0BF90A233LL;
static int32_t g_28[1] = {0x6095DBC2L};
static int8_t **g_59 = (void*)0;
static uint16_t g_66 = 0UL;
static int16_t g_79 = 0x39CAL;
static uint8_t g_84 = 0UL;
static int8_t g_93 = 0x23L;
static uint32_t g_95 = 0xC22C9C81L;
static int32_t g_108[3] = {(-5L),(-5L),(-5L)};
static uint16_t g_116 = 0x339FL;
static int32_t g_136 = 0x14B0E7A3L;
static int32_t g_138[3] = {0L,0L,0L};
static uint32_t g_139 = 1UL;
static int32_t *g_141 = &g_28[0];
static int32_t **g_140[3] = {&g_141,&g_141,&g_141};
static uint64_t g_146 = 0xDDE4B234A561BD86LL;
static uint16_t  func_1(void);
static int16_t  func_4(const uint8_t  p_5, int64_t  p_6, int8_t  p_7, int64_t  p_8);
static uint64_t  func_11(const uint16_t  p_12, uint32_t  p_13, const uint32_t  p_14);
static uint16_t  func_1(void)
{ 
    int32_t l_27 = (-1L);
    int8_t l_29 = 1L;
    int8_t *l_46 = (void*)0;
    int8_t *l_47 = &l_29;
    int32_t *l_137 = &g_138[1];
    int32_t *l_145[1];
    int i;
    for (i = 0; i < 1; i++)
        l_145[i] = (void*)0;
    g_139 &= ((*l_137) ^= (safe_div_func_int32_t_s_s((func_4((((*l_47) = (((safe_mod_func_uint64_t_u_u(func_11(g_15, g_15, ((((safe_lshift_func_int16_t_s_s(g_15, 1)) != 6L) && (((safe_div_func_uint16_t_u_u((safe_mod_func_uint16_t_u_u((g_28[0] = (((safe_lshift_func_uint16_t_u_u((safe_mod_func_uint32_t_u_u((safe_unary_minus_func_int8_t_s((((((l_27 & 0x5F84255EBDA18461LL) >= g_15) >= 0xA60016488A973314LL) <= g_15) >= (-1L)))), g_15)), 3)) <= 247UL) < 1UL)), l_29)), 0x15B4L)) == l_29) && l_29)) | 9UL)), l_27)) | 0xD1B3002E9D3B05E2LL) >= 4L)) & 0L), g_15, g_15, l_27) , l_27), l_27)));
    g_146 ^= (((void*)0 != g_140[2]) <= ((((safe_lshift_func_uint16_t_u_u((((+0x8670L) < (*l_137)) & (((*l_47) = ((((void*)0 == &l_29) < g_79) || (*l_137))) | g_79)), g_28[0])) == 0x86L) > g_93) , 65535UL));
    (*l_137) = ((*g_141) = (*l_137));
    return g_28[0];
}
static int16_t  func_4(const uint8_t  p_5, int64_t  p_6, int8_t  p_7, int64_t  p_8)
{ 
    uint64_t l_54[2][2];
    const uint16_t *l_105 = &g_66;
    int32_t l_112[1][4];
    int32_t *l_125 = &g_28[0];
    int32_t **l_124 = &l_125;
    uint8_t *l_128[2];
    int32_t *l_135 = &g_136;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_54[i][j] = 0x42A457AFC4999369LL;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_112[i][j] = 0xC2479274L;
    }
    for (i = 0; i < 2; i++)
        l_128[i] = (void*)0;
    if ((18446744073709551615UL | (safe_sub_func_uint64_t_u_u((safe_mod_func_uint16_t_u_u(g_28[0], (safe_add_func_int32_t_s_s(p_7, l_54[0][1])))), (safe_add_func_uint16_t_u_u(((safe_div_func_uint32_t_u_u(l_54[0][0], p_5)) | p_8), (-1L)))))))
    { 
        uint8_t l_64 = 0x52L;
        uint16_t *l_65 = &g_66;
        int32_t l_77 = 1L;
        int16_t *l_78 = &g_79;
        int32_t l_82 = 0x984295ADL;
        uint8_t *l_83 = &g_84;
        int32_t *l_86 = (void*)0;
        int32_t **l_85 = &l_86;
        g_59 = g_59;
        (*l_85) = (((safe_div_func_int32_t_s_s((safe_add_func_uint16_t_u_u((((*l_65) |= (l_64 & g_15)) >= (((((safe_add_func_int16_t_s_s((safe_sub_func_int64_t_s_s((safe_mod_func_uint8_t_u_u((p_8 & ((*l_83) = (safe_mod_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_u((((*l_78) = l_77) && (g_79 = (safe_rshift_func_uint16_t_u_s(((void*)0 != &p_7), 6)))), l_82)) == l_54[0][1]), p_5)))), l_54[0][1])), l_82)), p_8)) == 1L) && 0x9BL) >= 0xF5237AE9L) & p_6)), l_82)), p_5)) | 0xCEL) , (void*)0);
        for (g_66 = (-15); (g_66 != 18); g_66++)
        { 
            const int8_t *l_92[4] = {&g_93,&g_93,&g_93,&g_93};
            const int8_t **l_91 = &l_92[2];
            const int8_t ***l_90[1];
            const int8_t ****l_89 = &l_90[0];
            int i;
            for (i = 0; i < 1; i++)
                l_90[i] = &l_91;
            (*l_89) = (void*)0;
        }
    }
    else
    { 
        uint32_t *l_94 = &g_95;
        int32_t *l_106 = (void*)0;
        int32_t *l_107 = &g_108[0];
        (*l_107) &= (l_54[0][1] && ((((*l_94)--) <= (((safe_rshift_func_int16_t_s_s((((safe_rshift_func_uint8_t_u_u(((safe_mod_func_uint64_t_u_u(g_79, g_28[0])) < (((~((void*)0 != l_105)) , 18446744073709551615UL) < l_54[0][0])), g_84)) >= p_6) < p_7), p_7)) || p_7) && l_54[0][1])) == 1UL));
        return l_54[0][1];
    }
    for (g_66 = 0; (g_66 < 40); g_66++)
    { 
        int32_t *l_111 = &g_108[0];
        int32_t *l_113 = (void*)0;
        int32_t *l_114 = &g_108[0];
        int32_t *l_115[2];
        int i;
        for (i = 0; i < 2; i++)
            l_115[i] = &l_112[0][2];
        ++g_116;
    }
    (*l_135) &= (((((safe_sub_func_uint8_t_u_u((g_95 ^ ((safe_rshift_func_int8_t_s_u((!(((*l_124) = &g_28[0]) == (void*)0)), (safe_rshift_func_uint8_t_u_s((g_84 &= g_66), 1)))) >= (((((safe_div_func_uint8_t_u_u((safe_sub_func_int8_t_s_s((safe_div_func_int16_t_s_s(0xD3DEL, g_108[0])), p_5)), 7UL)) , l_112[0][2]) | g_79) >= 0xE5L) > l_54[0][0]))), g_79)) || g_84) , (**l_124)) , (**l_124)) , (-9L));
    (*l_124) = &g_136;
    return p_8;
}
static uint64_t  func_11(const uint16_t  p_12, uint32_t  p_13, const uint32_t  p_14)
{ 
    int16_t l_30 = (-1L);
    int32_t *l_31 = &g_28[0];
    int32_t *l_35 = &g_28[0];
    int16_t *l_36 = &l_30;
    uint8_t l_45 = 0x7DL;
    (*l_31) |= l_30;
    (*l_31) = ((safe_add_func_uint8_t_u_u((~(l_31 == (l_35 = ((*l_31) , &g_28[0])))), (((*l_36) = ((void*)0 != &g_28[0])) == 0x84A0L))) , (-1L));
    (*l_31) = (safe_mul_func_uint16_t_u_u((safe_sub_func_int8_t_s_s(((safe_rshift_func_uint16_t_u_u(((void*)0 == l_31), (((((*l_36) ^= p_12) , 0x32A5L) == (safe_rshift_func_uint8_t_u_u((((l_31 == (void*)0) && (*l_31)) != p_14), (*l_31)))) > 0xD71021F5EB7F464FLL))) <= l_45), (*l_31))), 0x2DA5L));
    return (*l_31);
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_15, "g_15", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_28[i], "g_28[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_79, "g_79", print_hash_value);
    transparent_crc(g_84, "g_84", print_hash_value);
    transparent_crc(g_93, "g_93", print_hash_value);
    transparent_crc(g_95, "g_95", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_108[i], "g_108[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_116, "g_116", print_hash_value);
    transparent_crc(g_136, "g_136", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_138[i], "g_138[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_139, "g_139", print_hash_value);
    transparent_crc(g_146, "g_146", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
