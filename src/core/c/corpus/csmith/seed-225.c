#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0x4A8C6A53L;
static uint64_t g_14 = 0x1D2250DB85613717LL;
static int32_t g_30 = 0x661C4438L;
static int16_t g_32[3][1] = {{0L},{0L},{0L}};
static uint32_t g_33 = 0x0B9F5AB1L;
static uint8_t g_49 = 0x5BL;
static int16_t g_56 = 5L;
static int32_t g_59 = 0x95FF7D1DL;
static int64_t g_98 = 5L;
static uint16_t g_100 = 65535UL;
static int64_t g_108 = 1L;
static int32_t g_110 = 0x3A57AA26L;
static const uint16_t g_111 = 1UL;
static uint8_t g_112 = 0x2EL;
static uint64_t g_115 = 0xAE84C8BE40C264F7LL;
static int8_t g_135 = (-7L);
static int32_t g_136 = (-3L);
static int32_t g_144 = (-4L);
static uint32_t  func_1(void);
static uint16_t  func_9(int32_t  p_10, uint32_t  p_11, int64_t  p_12);
static const int16_t  func_20(int16_t  p_21);
static uint32_t  func_1(void)
{ 
    uint8_t l_15 = 1UL;
    uint8_t l_24[4][1] = {{254UL},{0x4EL},{254UL},{0x4EL}};
    uint32_t l_51 = 0x20295D0CL;
    int32_t l_145[4] = {0xCD55CD42L,0xCD55CD42L,0xCD55CD42L,0xCD55CD42L};
    uint8_t l_150 = 250UL;
    int32_t *l_164 = &l_145[3];
    int i, j;
    for (g_2 = 0; (g_2 < (-14)); g_2 = safe_sub_func_uint16_t_u_u(g_2, 6))
    { 
        uint64_t *l_13[3][2] = {{&g_14,&g_14},{&g_14,&g_14},{&g_14,&g_14}};
        int16_t *l_142 = &g_32[2][0];
        int32_t *l_143[1][4] = {{&g_144,&g_144,&g_144,&g_144}};
        uint32_t l_155[2][3];
        int8_t l_156[2];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 3; j++)
                l_155[i][j] = 0x5E9EF75DL;
        }
        for (i = 0; i < 2; i++)
            l_156[i] = 0L;
        l_145[3] &= ((safe_lshift_func_uint8_t_u_u((safe_add_func_int16_t_s_s(((*l_142) = (func_9(((l_15 = 6UL) , ((((safe_add_func_uint16_t_u_u(((((safe_div_func_int16_t_s_s(func_20(((0xD72AL || 65534UL) , (((0x2E58099740826F39LL ^ ((safe_sub_func_uint32_t_u_u((l_24[2][0]++), (safe_sub_func_uint32_t_u_u((((g_14 && g_2) != (-1L)) < 5L), 0L)))) & g_2)) != 0UL) == g_14))), g_32[0][0])) < g_14) ^ l_51) , 0xDB58L), 1L)) < 0L) >= g_2) , 0x1AC6914FL)), g_14, l_51) >= l_51)), 0x3C79L)), 3)) ^ g_2);
        if (l_24[2][0])
            continue;
        g_30 |= (safe_lshift_func_uint8_t_u_u((((safe_mul_func_int8_t_s_s(g_110, ((l_150 , (((l_145[3] == (safe_div_func_int16_t_s_s(((0x35L ^ (g_112 ^ 0x48EEL)) || 0x1FL), 65529UL))) == 18446744073709551615UL) ^ 255UL)) != 0x7BL))) , g_110) != g_144), g_115));
        g_30 &= (l_156[1] = ((safe_sub_func_uint8_t_u_u(g_33, (l_15 || l_155[1][0]))) > g_115));
    }
    (*l_164) = (g_32[0][0] != (l_15 , (safe_sub_func_uint16_t_u_u(((0xE185815793E417FDLL && (((safe_div_func_uint16_t_u_u((g_14 <= (safe_unary_minus_func_uint64_t_u((safe_sub_func_uint64_t_u_u(18446744073709551615UL, l_15))))), l_145[3])) > 1UL) ^ g_135)) ^ g_2), l_145[2]))));
    return g_33;
}
static uint16_t  func_9(int32_t  p_10, uint32_t  p_11, int64_t  p_12)
{ 
    int32_t *l_52 = &g_30;
    int16_t *l_55 = &g_56;
    int16_t *l_57[1][4] = {{&g_32[0][0],&g_32[0][0],&g_32[0][0],&g_32[0][0]}};
    int32_t *l_58 = &g_59;
    const uint8_t l_109[4] = {253UL,253UL,253UL,253UL};
    const uint64_t *l_114 = &g_115;
    int i, j;
    (*l_52) &= g_32[0][0];
    (*l_58) ^= ((g_49 , (safe_mul_func_int16_t_s_s(((p_11 < ((*l_52) = ((*l_55) |= g_32[2][0]))) && ((*l_52) < ((((((*l_52) >= p_12) >= (-2L)) < 0xFD8DL) && 1UL) != p_10))), p_10))) > 0L);
    if ((*l_52))
    { 
        int16_t *l_66 = &g_56;
        int32_t l_72 = (-6L);
        int32_t **l_84[1];
        uint16_t *l_99[4][2] = {{&g_100,(void*)0},{&g_100,&g_100},{(void*)0,&g_100},{&g_100,(void*)0}};
        int64_t *l_105 = &g_98;
        int64_t *l_106 = (void*)0;
        int64_t *l_107[3][4] = {{&g_108,&g_108,&g_108,&g_108},{&g_108,&g_108,&g_108,&g_108},{&g_108,&g_108,&g_108,&g_108}};
        uint64_t *l_113 = &g_14;
        int i, j;
        for (i = 0; i < 1; i++)
            l_84[i] = &l_52;
        l_72 = (safe_rshift_func_int16_t_s_u(((safe_sub_func_int64_t_s_s((safe_mul_func_int8_t_s_s((*l_58), g_49)), (l_66 != ((safe_mod_func_uint32_t_u_u((~(((safe_div_func_uint32_t_u_u(((void*)0 != &g_14), l_72)) , p_10) , 0x3943L)), g_30)) , (void*)0)))) ^ g_33), 0));
        if ((safe_unary_minus_func_uint8_t_u((safe_sub_func_int32_t_s_s(((((*l_113) = (safe_lshift_func_uint16_t_u_s(((*l_52) = ((safe_mul_func_int8_t_s_s(((g_112 = ((g_110 &= ((safe_lshift_func_int16_t_s_u(((safe_add_func_int8_t_s_s((((l_58 = &l_72) == ((((((l_57[0][3] == ((((safe_unary_minus_func_int8_t_s((((((safe_mod_func_uint32_t_u_u((((safe_lshift_func_int16_t_s_u(((*l_55) = g_30), p_10)) , (p_12 = ((*l_105) = (safe_rshift_func_int8_t_s_s((safe_rshift_func_uint8_t_u_s(((safe_mod_func_uint32_t_u_u((((((safe_lshift_func_uint16_t_u_s((--g_100), (safe_mul_func_int16_t_s_s((-10L), g_2)))) >= p_11) , p_10) >= g_2) != 0x49L), 4294967286UL)) , 249UL), (*l_52))), p_12))))) > p_11), p_11)) > l_109[1]) && g_100) >= p_11) <= g_49))) , l_99[1][1]) == (void*)0) , &g_32[0][0])) , p_10) > 0x79L) >= p_11) < p_11) , &g_30)) || p_12), g_108)) == 9L), 1)) , g_98)) <= g_111)) == p_11), 250UL)) <= p_11)), 8))) , l_107[1][2]) == l_114), p_10)))))
        { 
            uint16_t l_116 = 7UL;
            --l_116;
        }
        else
        { 
            uint8_t l_133 = 250UL;
            int8_t *l_134 = &g_135;
            int32_t *l_139 = &g_2;
            (*l_52) = (p_10 | (safe_mul_func_int8_t_s_s((g_2 <= (safe_sub_func_int64_t_s_s((((g_136 ^= (safe_add_func_uint32_t_u_u(((safe_add_func_int8_t_s_s(((*l_134) = (((*l_105) = (safe_rshift_func_int16_t_s_s((*l_52), ((*l_66) = (((((safe_add_func_uint16_t_u_u(0xA95BL, (g_32[0][0] = (safe_mul_func_uint16_t_u_u((((((0L ^ l_133) , g_111) < p_12) | (*l_58)) & (*l_58)), (*l_52)))))) || g_56) , 0xE85D9B24L) | (*l_58)) > p_12))))) < l_133)), 0xC8L)) < g_30), g_100))) > 0x5D25EDB48BAA0A5BLL) || g_56), 0x9FB5A3AA3B8C42DALL))), l_133)));
            for (g_56 = (-10); (g_56 <= 16); g_56 = safe_add_func_int64_t_s_s(g_56, 3))
            { 
                int32_t *l_140 = &g_30;
                g_136 = (&g_135 != (void*)0);
                l_140 = l_139;
            }
        }
    }
    else
    { 
        uint16_t l_141 = 65535UL;
        return l_141;
    }
    (*l_52) &= p_11;
    return p_12;
}
static const int16_t  func_20(int16_t  p_21)
{ 
    int32_t *l_29 = &g_30;
    int32_t *l_31[3];
    uint8_t *l_48 = &g_49;
    uint8_t l_50 = 0xD0L;
    int i;
    for (i = 0; i < 3; i++)
        l_31[i] = &g_30;
    g_33--;
    l_50 |= ((g_30 > (g_30 < (safe_rshift_func_uint8_t_u_u((safe_mod_func_int64_t_s_s((safe_mul_func_uint8_t_u_u((g_32[2][0] >= (safe_rshift_func_int8_t_s_u(((safe_add_func_int8_t_s_s((*l_29), ((*l_48) &= 1UL))) != p_21), g_30))), p_21)), g_2)), g_32[1][0])))) >= 0L);
    return g_2;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_14, "g_14", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_32[i][j], "g_32[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_59, "g_59", print_hash_value);
    transparent_crc(g_98, "g_98", print_hash_value);
    transparent_crc(g_100, "g_100", print_hash_value);
    transparent_crc(g_108, "g_108", print_hash_value);
    transparent_crc(g_110, "g_110", print_hash_value);
    transparent_crc(g_111, "g_111", print_hash_value);
    transparent_crc(g_112, "g_112", print_hash_value);
    transparent_crc(g_115, "g_115", print_hash_value);
    transparent_crc(g_135, "g_135", print_hash_value);
    transparent_crc(g_136, "g_136", print_hash_value);
    transparent_crc(g_144, "g_144", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
