#include "csmith.h"
static long __undefined;
static int32_t g_15[2][1] = {{0x80444555L},{0x80444555L}};
static int32_t g_41 = 0L;
static uint8_t g_52 = 0x01L;
static int64_t g_62 = (-1L);
static uint64_t g_77[1] = {0x6A4358B9E0795B17LL};
static int32_t g_78[2][2] = {{0x26181089L,0x26181089L},{0x26181089L,0x26181089L}};
static uint32_t g_81 = 0x44CB1824L;
static int16_t g_116 = 0x7C9AL;
static uint32_t g_129 = 0x2C14779BL;
static int64_t  func_1(void);
static int8_t  func_8(const int32_t  p_9, const int32_t  p_10);
static const int32_t  func_13(int8_t  p_14);
static int64_t  func_1(void)
{ 
    int32_t l_127 = 0xCBC2B75FL;
    uint32_t *l_128 = &g_129;
    const uint32_t l_130 = 1UL;
    uint32_t l_131 = 0xD7867E7CL;
    int32_t l_132 = 0x5FA5AF98L;
    l_132 &= (safe_lshift_func_int16_t_s_u((safe_sub_func_int16_t_s_s((safe_lshift_func_int8_t_s_u(func_8(((safe_add_func_int32_t_s_s(func_13(g_15[0][0]), (((safe_add_func_int32_t_s_s((+(0x8F33B6043366FBB5LL != g_81)), ((*l_128) = l_127))) , (-1L)) > g_81))) < l_127), l_130), 2)), l_131)), 7));
    return l_127;
}
static int8_t  func_8(const int32_t  p_9, const int32_t  p_10)
{ 
    return p_9;
}
static const int32_t  func_13(int8_t  p_14)
{ 
    int16_t l_25 = 0x32F3L;
    uint16_t l_37 = 0x5CC7L;
    int32_t l_38 = 0L;
    int32_t *l_39 = (void*)0;
    int32_t *l_40 = &g_41;
    uint8_t * const l_76[2] = {&g_52,&g_52};
    int i;
    (*l_40) ^= (((safe_add_func_int16_t_s_s(((safe_mul_func_int16_t_s_s((safe_mod_func_int64_t_s_s(0x4B58E17C10977A12LL, (g_15[0][0] || (safe_rshift_func_uint8_t_u_u(((!l_25) ^ (safe_add_func_uint8_t_u_u((l_38 ^= (((!(safe_sub_func_uint64_t_u_u((safe_add_func_int16_t_s_s(((((safe_lshift_func_int16_t_s_s(((safe_add_func_uint8_t_u_u(g_15[0][0], g_15[1][0])) != l_25), p_14)) == p_14) < g_15[0][0]) , 0L), l_25)), p_14))) < l_37) == g_15[0][0])), 0L))), g_15[0][0]))))), p_14)) <= l_37), 3L)) || l_38) < l_37);
    for (l_25 = 0; (l_25 >= 0); l_25 -= 1)
    { 
        int32_t *l_42[1][2];
        uint8_t *l_51 = &g_52;
        int16_t *l_115 = &g_116;
        uint8_t l_117 = 0x3BL;
        uint16_t *l_118 = &l_37;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_42[i][j] = (void*)0;
        }
        l_42[0][0] = &l_38;
        if ((safe_lshift_func_uint8_t_u_u(((*l_51) |= (g_15[0][0] > (safe_mod_func_uint64_t_u_u((safe_mul_func_int8_t_s_s(p_14, (g_41 || 0x3F8DE905L))), ((safe_rshift_func_uint16_t_u_u(g_41, 9)) , p_14))))), g_41)))
        { 
            int32_t **l_59 = &l_40;
            int64_t *l_61 = &g_62;
            if ((g_15[0][0] & ((*l_61) = (((~(safe_lshift_func_uint8_t_u_u(p_14, (safe_unary_minus_func_uint64_t_u((l_42[0][0] == ((*l_59) = l_42[0][0]))))))) & ((((+(g_41 , 0x9C1D55E0ECF58A41LL)) , g_52) , p_14) != 0xAFECL)) & g_15[1][0]))))
            { 
                g_78[0][1] |= (g_77[0] &= (safe_add_func_int16_t_s_s(p_14, (((((g_52 = (p_14 <= ((safe_sub_func_uint8_t_u_u((((!0xA64A0F0C0ED6D230LL) == ((safe_mod_func_int16_t_s_s((g_15[0][0] | (((safe_lshift_func_uint8_t_u_u(((safe_rshift_func_uint16_t_u_u(((0UL > p_14) > 4294967291UL), 14)) < 0L), p_14)) , l_76[0]) != (void*)0)), g_52)) >= 0UL)) , 8UL), (-1L))) < 0xD5L))) & g_41) || p_14) && p_14) < p_14))));
                (*l_59) = (*l_59);
            }
            else
            { 
                int64_t **l_84 = &l_61;
                uint64_t *l_85 = &g_77[0];
                g_78[1][0] = ((safe_mul_func_int8_t_s_s(0x6BL, 0x13L)) , ((p_14 != (&g_62 != &g_62)) <= 0x68E5B495AE89E6D5LL));
                l_38 = (g_81 != (safe_sub_func_int64_t_s_s(((((*l_84) = &g_62) != (void*)0) <= (((*l_85) ^= g_62) < (safe_mod_func_uint64_t_u_u(p_14, p_14)))), 0x345D263D1F0774A7LL)));
            }
            (*l_59) = &g_78[0][1];
        }
        else
        { 
            for (l_38 = 0; (l_38 >= 0); l_38 -= 1)
            { 
                int32_t **l_88 = &l_42[0][0];
                int i, j;
                (*l_88) = &g_15[(l_38 + 1)][l_25];
                if (g_77[0])
                    continue;
            }
            for (g_41 = 0; (g_41 <= 0); g_41 += 1)
            { 
                int32_t **l_89 = &l_42[0][0];
                int i, j;
                (*l_89) = &g_41;
                g_15[g_41][l_25] ^= (safe_mul_func_uint16_t_u_u(p_14, 0x8081L));
            }
        }
        if (((((((safe_lshift_func_uint16_t_u_s(((*l_118) = (((safe_div_func_int32_t_s_s(((~(*l_40)) && ((safe_mul_func_int16_t_s_s((safe_sub_func_uint64_t_u_u((*l_40), 0x633F4C626C4802A3LL)), (safe_sub_func_int16_t_s_s((((safe_sub_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_s((safe_mul_func_uint8_t_u_u((((*l_115) = (safe_mod_func_uint8_t_u_u(((((safe_mul_func_int8_t_s_s((0UL == g_78[0][1]), p_14)) || p_14) ^ p_14) < p_14), g_52))) , 1UL), g_15[0][0])), (*l_40))), l_117)), p_14)) == p_14) , g_62), 3UL)))) > g_77[0])), 0x1C03A75FL)) == g_81) <= 9L)), g_52)) >= 0x22DE5CCAL) ^ p_14) ^ (*l_40)) > p_14) , (-1L)))
        { 
            const uint64_t l_119 = 0xCEA799ADA34CB066LL;
            g_15[0][0] = 0x6AE3508CL;
            return l_119;
        }
        else
        { 
            uint64_t *l_123 = &g_77[0];
            (*l_40) &= (((p_14 && (safe_mul_func_uint16_t_u_u((((((!((void*)0 == &g_77[0])) , ((void*)0 != l_123)) , (-1L)) || (-1L)) ^ 0x4620FE39L), 9UL))) , g_62) < p_14);
            return g_52;
        }
    }
    return g_116;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_15[i][j], "g_15[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_41, "g_41", print_hash_value);
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_62, "g_62", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_77[i], "g_77[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_78[i][j], "g_78[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_81, "g_81", print_hash_value);
    transparent_crc(g_116, "g_116", print_hash_value);
    transparent_crc(g_129, "g_129", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
