#include "csmith.h"
static long __undefined;
static int32_t g_5 = (-4L);
static uint8_t g_41 = 0UL;
static int32_t g_42 = (-1L);
static int32_t g_69[3][1] = {{0x74DCCE65L},{0x74DCCE65L},{0x74DCCE65L}};
static uint16_t g_78 = 1UL;
static int32_t *g_93 = &g_69[2][0];
static int32_t **g_92 = &g_93;
static int32_t ***g_91 = &g_92;
static int8_t g_114 = (-6L);
static int32_t g_116 = 0L;
static uint64_t  func_1(void);
static int64_t  func_8(int32_t  p_9, uint8_t  p_10, int32_t  p_11, int16_t  p_12);
static const uint16_t  func_15(uint32_t  p_16, int32_t  p_17);
static uint64_t  func_1(void)
{ 
    uint16_t l_35 = 65535UL;
    uint8_t *l_40 = &g_41;
    uint64_t l_43 = 0x0A3BDF78B15B45BELL;
    const int32_t l_44 = 0x071E9942L;
    int64_t l_86 = (-5L);
    int32_t ***l_110 = &g_92;
    if (((safe_unary_minus_func_uint64_t_u(((safe_lshift_func_uint8_t_u_s(g_5, (safe_div_func_int64_t_s_s(func_8((safe_sub_func_int16_t_s_s(0x22A1L, func_15((safe_lshift_func_int16_t_s_u(((safe_add_func_int8_t_s_s(((safe_mul_func_uint16_t_u_u((((!(safe_lshift_func_int16_t_s_u((((((safe_add_func_uint16_t_u_u(((safe_mul_func_uint16_t_u_u((safe_sub_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_u((g_42 = ((*l_40) = ((((l_35 != ((safe_sub_func_int16_t_s_s((safe_rshift_func_uint8_t_u_u(g_5, l_35)), 0L)) && 0x59L)) >= l_35) , (-5L)) , l_35))), 2)), 3UL)), 2UL)) && l_35), l_43)) , g_41) || l_43) || g_41) | l_43), l_35))) || l_44) && 0xB03C3FA3L), l_44)) > 0xE45DL), g_5)) <= 0UL), 1)), g_5))), l_43, l_44, l_86), 0x1F4251D17401D8B2LL)))) <= 1L))) || l_44))
    { 
        uint64_t l_104[2];
        uint16_t *l_105 = &l_35;
        int i;
        for (i = 0; i < 2; i++)
            l_104[i] = 1UL;
        (*g_93) |= (safe_rshift_func_int8_t_s_s((g_91 == &g_92), 1));
        g_91 = (((safe_mod_func_int32_t_s_s((((safe_mod_func_uint32_t_u_u(((**g_92) > (((*l_105) = (safe_mul_func_uint8_t_u_u(((safe_rshift_func_int16_t_s_s(((((void*)0 != &g_92) , (*g_91)) == (void*)0), 9)) == (**g_92)), l_104[0]))) <= g_69[2][0])), l_104[0])) >= g_69[0][0]) >= 0xAE6BA1441E233C22LL), 9L)) , 18446744073709551611UL) , (void*)0);
    }
    else
    { 
        (*g_92) = (*g_92);
    }
    (*g_93) = 7L;
    for (g_78 = (-12); (g_78 == 37); g_78 = safe_add_func_uint8_t_u_u(g_78, 1))
    { 
        int32_t ****l_111 = &g_91;
        int16_t *l_112 = (void*)0;
        int16_t *l_113[1];
        int32_t *l_115 = &g_116;
        int i;
        for (i = 0; i < 1; i++)
            l_113[i] = (void*)0;
        (*l_115) |= ((safe_mod_func_int32_t_s_s(((((l_44 , ((*l_111) = l_110)) == ((g_114 |= (g_5 != g_42)) , (void*)0)) <= (***l_110)) > (*g_93)), (**g_92))) | (***l_110));
        for (l_35 = 0; (l_35 <= 0); l_35 += 1)
        { 
            for (g_116 = 0; (g_116 <= 0); g_116 += 1)
            { 
                return g_42;
            }
            if (((**g_92) = 0x92B0D2C8L))
            { 
                if ((***g_91))
                    break;
            }
            else
            { 
                return g_5;
            }
            (**g_92) = 0xFE21AC51L;
            (*l_115) |= (****l_111);
        }
    }
    return g_69[1][0];
}
static int64_t  func_8(int32_t  p_9, uint8_t  p_10, int32_t  p_11, int16_t  p_12)
{ 
    int32_t *l_87 = &g_69[2][0];
    int32_t **l_88 = &l_87;
    (*l_88) = l_87;
    return (**l_88);
}
static const uint16_t  func_15(uint32_t  p_16, int32_t  p_17)
{ 
    int64_t l_64 = 0xAB82AEC7F5175D1BLL;
    int32_t *l_83 = &g_69[2][0];
    int32_t **l_82 = &l_83;
    const uint16_t l_85 = 0UL;
    if ((((safe_div_func_int8_t_s_s(((safe_add_func_uint16_t_u_u((safe_sub_func_uint16_t_u_u((safe_div_func_int32_t_s_s((((safe_mul_func_int16_t_s_s((!p_17), (safe_rshift_func_int8_t_s_u(((safe_mod_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_s((0x2A5B4D63L | (((p_17 , (g_42 , (safe_lshift_func_int16_t_s_u(g_42, g_5)))) && 0x2184L) || g_5)), 0)), p_16)) & 0x71021F5EL), 7)))) , 0L) >= 0x34F97039802EEDA7LL), 2UL)), l_64)), 0x3B05L)) && g_42), p_16)) , l_64) <= p_16))
    { 
        for (p_17 = (-19); (p_17 >= 11); p_17++)
        { 
            int32_t *l_68[4];
            int32_t **l_67 = &l_68[0];
            int i;
            for (i = 0; i < 4; i++)
                l_68[i] = &g_69[2][0];
            (*l_67) = &p_17;
        }
    }
    else
    { 
        int32_t l_76 = 0L;
        uint16_t *l_77 = &g_78;
        int32_t l_81 = 0L;
        int32_t ***l_84 = &l_82;
        (*l_83) = ((safe_sub_func_int16_t_s_s(((safe_add_func_uint64_t_u_u((safe_add_func_int16_t_s_s(l_76, (++(*l_77)))), (((void*)0 != &p_17) & (((l_81 = g_69[0][0]) ^ (((*l_84) = l_82) != (void*)0)) > p_16)))) || g_78), p_17)) || 0x86AFL);
    }
    (*l_83) = (g_42 > 1L);
    return l_85;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_69[i][j], "g_69[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_78, "g_78", print_hash_value);
    transparent_crc(g_114, "g_114", print_hash_value);
    transparent_crc(g_116, "g_116", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
