#include "csmith.h"
static long __undefined;
static int8_t g_6 = (-1L);
static int32_t g_48 = (-4L);
static int64_t g_52[1] = {8L};
static int32_t g_53 = 0x4E2B7835L;
static int32_t g_54 = 0xFB6C7178L;
static int64_t g_55 = 0xC1F9C852071694A9LL;
static int32_t g_56 = 0x37FB643EL;
static uint16_t g_82 = 65535UL;
static uint16_t g_84[4][2] = {{65535UL,65535UL},{65535UL,65535UL},{65535UL,65535UL},{65535UL,65535UL}};
static uint64_t g_88 = 9UL;
static uint64_t * const g_87 = &g_88;
static uint64_t g_93 = 0x79EF6EAEA5446388LL;
static uint8_t g_103 = 0xDBL;
static uint8_t g_106 = 250UL;
static int32_t *g_108[3][4] = {{&g_48,&g_48,&g_48,&g_48},{&g_48,&g_48,&g_56,&g_48},{&g_48,&g_48,&g_48,&g_48}};
static int64_t *g_142 = &g_52[0];
static int64_t **g_141[1] = {&g_142};
static int64_t ***g_140 = &g_141[0];
static int32_t **g_159 = &g_108[2][3];
static int32_t ***g_158 = &g_159;
static uint8_t g_193[1][2] = {{6UL,6UL}};
static int32_t g_198 = 0x362DD0B5L;
static int64_t g_200 = 0x1EF3BD04730346E1LL;
static const int64_t  func_1(void);
static int32_t  func_2(uint8_t  p_3, uint8_t  p_4, uint16_t  p_5);
static uint64_t  func_22(const int32_t  p_23, uint16_t  p_24, const uint32_t  p_25, uint16_t  p_26);
static const int64_t  func_1(void)
{ 
    const uint16_t l_27[2] = {0x431FL,0x431FL};
    int8_t l_28 = 0xEAL;
    uint16_t *l_196 = &g_82;
    int32_t *l_197[3];
    int16_t l_199 = 0x59E3L;
    int8_t l_201 = 8L;
    uint8_t l_202 = 1UL;
    int i;
    for (i = 0; i < 3; i++)
        l_197[i] = &g_198;
    g_198 |= func_2((g_6 || (~((safe_add_func_uint16_t_u_u(((*l_196) = (((g_6 ^ (safe_mul_func_int8_t_s_s((safe_mod_func_uint32_t_u_u((safe_lshift_func_int16_t_s_s(g_6, ((safe_lshift_func_int8_t_s_s((safe_mul_func_int8_t_s_s((safe_mul_func_uint16_t_u_u((func_22(l_27[0], (((18446744073709551609UL <= g_6) || l_27[0]) , g_6), g_6, l_28) || 0x0763847764129267LL), l_27[0])), 0xABL)), 4)) > l_28))), l_27[0])), 0UL))) || l_27[0]) > 0L)), l_27[0])) , l_27[1]))), l_27[1], g_88);
    ++l_202;
    return (***g_140);
}
static int32_t  func_2(uint8_t  p_3, uint8_t  p_4, uint16_t  p_5)
{ 
    return (**g_159);
}
static uint64_t  func_22(const int32_t  p_23, uint16_t  p_24, const uint32_t  p_25, uint16_t  p_26)
{ 
    uint32_t l_31 = 0xC6A37D7CL;
    uint64_t l_37 = 7UL;
    uint64_t *l_46 = &l_37;
    int32_t *l_47 = &g_48;
    int32_t *l_49 = &g_48;
    int32_t *l_50 = &g_48;
    int32_t *l_51[4][3] = {{&g_48,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{&g_48,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}};
    uint32_t l_57 = 0xE8B88BB1L;
    uint8_t *l_110 = &g_103;
    uint16_t l_119 = 0x7E59L;
    int64_t *l_132 = &g_55;
    int64_t **l_131 = &l_132;
    int64_t ***l_130 = &l_131;
    const int64_t l_182 = 1L;
    int32_t l_194 = (-9L);
    int8_t l_195 = 0xAEL;
    int i, j;
    (*l_47) &= (((*l_46) = ((safe_sub_func_int32_t_s_s(l_31, (safe_sub_func_int32_t_s_s((safe_unary_minus_func_uint32_t_u(((safe_mul_func_uint8_t_u_u(((g_6 , l_37) <= ((-1L) | (safe_div_func_int64_t_s_s((safe_add_func_uint16_t_u_u((((((safe_lshift_func_int16_t_s_u(((safe_div_func_int64_t_s_s((-4L), l_31)) >= 0L), 8)) == p_23) <= g_6) | p_23) , p_23), g_6)), g_6)))), g_6)) >= g_6))), g_6)))) ^ g_6)) | 0xF45B6D4F509E13C9LL);
    ++l_57;
    for (g_55 = 26; (g_55 >= 2); --g_55)
    { 
        uint16_t l_74 = 0x6B07L;
        int32_t l_85 = 0x5BEC372BL;
        int32_t l_89 = 0L;
        int32_t l_90 = 0xEEAC61C7L;
        int32_t l_92 = (-1L);
        int64_t ****l_133 = &l_130;
        if ((safe_mod_func_uint64_t_u_u((p_23 , (((((safe_lshift_func_uint8_t_u_u((g_54 && (g_48 <= (safe_div_func_int16_t_s_s(g_6, (safe_lshift_func_int16_t_s_s(((safe_lshift_func_uint8_t_u_u(((p_26 == 0L) & p_25), l_74)) && g_53), 13)))))), 0)) , g_55) | p_24) < g_52[0]) , (*l_49))), g_6)))
        { 
            for (p_24 = 0; (p_24 >= 45); ++p_24)
            { 
                g_56 = 0x725687F7L;
                if (g_56)
                    break;
            }
            for (g_54 = (-6); (g_54 < (-1)); ++g_54)
            { 
                uint16_t *l_81 = &g_82;
                uint16_t *l_83 = &g_84[2][0];
                uint64_t *l_86 = &l_37;
                int32_t l_91[4][4] = {{0x317453A3L,2L,2L,0x317453A3L},{2L,0x317453A3L,2L,2L},{2L,2L,0x317453A3L,2L},{2L,0L,0L,2L}};
                int i, j;
                (*l_47) |= (((safe_lshift_func_uint16_t_u_u(((*l_81) ^= l_74), (l_85 = ((*l_83) = 1UL)))) , l_86) != g_87);
                g_93--;
                l_90 |= 0xFA2FCAAFL;
            }
        }
        else
        { 
            uint8_t *l_102 = &g_103;
            uint8_t *l_104 = (void*)0;
            uint8_t *l_105 = &g_106;
            int32_t *l_118 = (void*)0;
            int64_t *l_127[3][3] = {{&g_52[0],&g_52[0],&g_52[0]},{&g_52[0],&g_52[0],&g_52[0]},{&g_52[0],&g_52[0],&g_52[0]}};
            int64_t **l_126 = &l_127[0][2];
            int i, j;
            if (((((safe_lshift_func_uint8_t_u_u(p_26, 7)) | (safe_mod_func_int64_t_s_s((safe_mul_func_uint8_t_u_u(((*l_105) = ((*l_102) = 255UL)), (l_89 = (g_84[1][0] >= (l_51[1][0] != (g_84[2][0] , &l_89)))))), 0x8B1EB1534744A690LL))) == 3UL) , 6L))
            { 
                int32_t **l_107[3][3];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_107[i][j] = &l_51[3][2];
                }
                g_108[0][0] = l_49;
            }
            else
            { 
                uint8_t *l_109[4][4] = {{&g_103,&g_103,&g_103,&g_103},{&g_103,&g_103,&g_103,&g_103},{&g_103,&g_103,&g_103,&g_103},{&g_103,&g_103,&g_103,&g_103}};
                int32_t *l_117 = &l_90;
                int64_t *l_120 = &g_52[0];
                int i, j;
                (*l_49) = (l_109[2][0] != (l_110 = l_110));
                l_85 = ((*l_47) ^= (-7L));
                (*l_47) = (safe_div_func_int32_t_s_s((0UL >= ((safe_sub_func_uint8_t_u_u(((safe_add_func_int16_t_s_s(((l_118 = l_117) == (((*l_117) > ((*l_120) |= l_119)) , l_117)), 0x7EFEL)) | 65526UL), l_92)) && l_74)), p_23));
            }
            for (l_57 = (-15); (l_57 <= 32); ++l_57)
            { 
                int64_t l_123 = 8L;
                (*l_50) &= p_24;
                l_123 = (-1L);
            }
            for (p_24 = (-13); (p_24 > 4); p_24 = safe_add_func_int16_t_s_s(p_24, 3))
            { 
                int64_t ***l_128[3];
                int32_t l_129 = 0xCA04C897L;
                int i;
                for (i = 0; i < 3; i++)
                    l_128[i] = &l_126;
                l_126 = l_126;
                if (l_129)
                    continue;
            }
        }
        (*l_133) = l_130;
        if (p_23)
            break;
        for (l_57 = 0; (l_57 <= 1); l_57 += 1)
        { 
            int32_t l_134 = 1L;
            uint16_t *l_154 = &g_82;
            int32_t ***l_161 = &g_159;
            int i, j;
            for (g_103 = 0; (g_103 <= 1); g_103 += 1)
            { 
                uint32_t l_135 = 0UL;
                l_135--;
                return (*g_87);
            }
            l_134 ^= ((*l_49) = p_25);
            if (((safe_add_func_int32_t_s_s((((((void*)0 != g_140) , (safe_unary_minus_func_uint8_t_u((safe_add_func_uint32_t_u_u((safe_div_func_int64_t_s_s((safe_lshift_func_uint16_t_u_u(((*l_154) = (g_84[(l_57 + 1)][l_57] = ((safe_mul_func_int16_t_s_s(g_54, (*l_50))) , (((*l_110) = ((safe_rshift_func_uint16_t_u_u(((g_56 > 0L) & 0x1AL), p_26)) && l_134)) > g_55)))), 10)), 5UL)), 0x464F1484L))))) , (void*)0) != (void*)0), p_26)) < 18446744073709551615UL))
            { 
                int32_t ****l_160[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_160[i] = (void*)0;
                (*l_49) = (safe_unary_minus_func_uint16_t_u(g_106));
                l_161 = ((safe_mod_func_int32_t_s_s(((0xC9L != (p_26 , (g_55 && 0x8293F6A8L))) , (p_24 > (*g_87))), 1UL)) , g_158);
                l_134 &= (safe_rshift_func_int8_t_s_s((safe_lshift_func_int8_t_s_s((+p_25), (safe_rshift_func_int8_t_s_s(p_23, ((safe_sub_func_uint16_t_u_u((p_25 >= (safe_lshift_func_uint16_t_u_s((safe_mod_func_int32_t_s_s(p_24, (safe_sub_func_uint16_t_u_u(p_26, (***l_161))))), 5))), 0x4C5AL)) >= 0UL))))), 0));
            }
            else
            { 
                (**g_158) = (**g_158);
            }
            for (p_26 = 0; (p_26 <= 0); p_26 += 1)
            { 
                int8_t l_177[1][1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_177[i][j] = (-1L);
                }
                l_177[0][0] = ((***l_161) = (&g_106 != l_110));
                if (p_23)
                    break;
            }
        }
    }
    (*l_47) = (safe_mul_func_uint8_t_u_u(((safe_mul_func_int8_t_s_s(l_182, (safe_mul_func_int16_t_s_s(p_24, (safe_add_func_int16_t_s_s((safe_sub_func_uint64_t_u_u((((p_24 & (safe_mul_func_int8_t_s_s((*l_49), (g_193[0][1] ^= (safe_rshift_func_int16_t_s_s(g_84[2][0], 13)))))) | p_25) || l_194), 0x72062B2DEDBDE703LL)), l_195)))))) < p_24), g_93));
    return (*l_47);
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_52[i], "g_52[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_53, "g_53", print_hash_value);
    transparent_crc(g_54, "g_54", print_hash_value);
    transparent_crc(g_55, "g_55", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_84[i][j], "g_84[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_88, "g_88", print_hash_value);
    transparent_crc(g_93, "g_93", print_hash_value);
    transparent_crc(g_103, "g_103", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_193[i][j], "g_193[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_198, "g_198", print_hash_value);
    transparent_crc(g_200, "g_200", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
