#include "csmith.h"
static long __undefined;
static int32_t g_2 = (-1L);
static int32_t g_6 = 0x4768C0AAL;
static int32_t *g_12[1] = {&g_6};
static int32_t **g_11[1][3] = {{&g_12[0],&g_12[0],&g_12[0]}};
static int32_t ***g_10 = &g_11[0][1];
static int32_t g_16 = 5L;
static int32_t g_35 = 0x1D7FEAE2L;
static uint32_t g_43 = 0xEB61943EL;
static uint32_t g_45 = 6UL;
static uint16_t g_69 = 1UL;
static uint16_t g_71[2][2] = {{6UL,6UL},{6UL,6UL}};
static uint32_t *g_92 = &g_43;
static uint32_t **g_91 = &g_92;
static uint8_t g_97 = 255UL;
static int16_t g_106 = 0x9BFEL;
static int32_t g_152 = 0xA156A7B9L;
static int64_t g_154 = (-1L);
static uint64_t g_155 = 18446744073709551613UL;
static uint8_t g_164 = 255UL;
static int16_t g_206[2] = {4L,4L};
static int16_t g_208 = (-1L);
static const int32_t g_209 = 1L;
static int32_t **g_221[4][3] = {{&g_12[0],&g_12[0],&g_12[0]},{&g_12[0],&g_12[0],&g_12[0]},{&g_12[0],&g_12[0],&g_12[0]},{&g_12[0],&g_12[0],&g_12[0]}};
static int32_t ***g_220 = &g_221[2][1];
static int16_t  func_1(void);
static int32_t * func_21(uint16_t  p_22, int32_t **** p_23, int32_t **** p_24, const int32_t * p_25, const uint16_t  p_26);
static uint16_t  func_27(uint32_t  p_28, int32_t  p_29, int32_t ** p_30, int64_t  p_31, int32_t *** const * p_32);
static int16_t  func_1(void)
{ 
    uint64_t l_44 = 9UL;
    int32_t l_167[1][3];
    uint32_t l_204[3][3];
    int32_t **l_222 = &g_12[0];
    uint64_t l_230 = 0UL;
    int32_t *l_249 = &l_167[0][0];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_167[i][j] = 3L;
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
            l_204[i][j] = 0x31F70DFAL;
    }
    for (g_2 = 19; (g_2 > 11); g_2 = safe_sub_func_int64_t_s_s(g_2, 6))
    { 
        int16_t l_5[3][3] = {{0xEC2DL,0xEC2DL,0xEC2DL},{0x4F84L,0x4F84L,0x4F84L},{0xEC2DL,0xEC2DL,0xEC2DL}};
        const int32_t *l_78 = &g_2;
        const uint32_t l_170 = 18446744073709551615UL;
        int32_t l_171 = 1L;
        int32_t l_174 = 0x30205D3DL;
        int32_t l_175 = 0x542B8B1CL;
        uint32_t l_178 = 0x8B5B9D1BL;
        int32_t ****l_211 = &g_10;
        uint32_t ***l_229 = &g_91;
        uint32_t ****l_228 = &l_229;
        int i, j;
        for (g_6 = 2; (g_6 >= 0); g_6 -= 1)
        { 
            int32_t **l_7 = (void*)0;
            int32_t *l_9[3];
            int32_t **l_8 = &l_9[0];
            int32_t ****l_13 = &g_10;
            int i;
            for (i = 0; i < 3; i++)
                l_9[i] = &g_2;
            (*l_8) = &g_6;
            (*l_13) = g_10;
        }
        for (g_6 = 0; (g_6 > 16); g_6++)
        { 
            int8_t l_36 = (-10L);
            int32_t *l_163[2][1];
            int32_t ****l_172 = &g_10;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_163[i][j] = &g_35;
            }
            for (g_16 = 16; (g_16 == (-11)); g_16 = safe_sub_func_uint16_t_u_u(g_16, 1))
            { 
                return g_16;
            }
            for (g_16 = 0; (g_16 == (-29)); --g_16)
            { 
                int32_t *l_34 = &g_35;
                uint32_t *l_42 = &g_43;
                int32_t *** const *l_46 = &g_10;
                int32_t ****l_77[3][1];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_77[i][j] = &g_10;
                }
                l_163[1][0] = func_21(func_27((((safe_unary_minus_func_uint64_t_u(g_6)) , ((*l_34) = (***g_10))) , l_36), (safe_lshift_func_int16_t_s_u(((((g_45 = ((safe_sub_func_uint64_t_u_u(((+g_6) , (((*l_42) |= 4294967290UL) , 18446744073709551615UL)), l_5[2][2])) != l_44)) | 0xD08FL) != 0x57L) == 0x79L), 10)), (*g_10), g_6, l_46), &g_10, l_77[1][0], l_78, l_36);
                ++g_164;
                (**g_10) = func_21(((l_171 = (((*l_34) = ((l_44 , ((l_167[0][1] && (**g_91)) , (*l_78))) > (safe_mod_func_uint16_t_u_u(l_170, (*l_78))))) && l_167[0][0])) == (*l_78)), &g_10, l_172, l_78, g_97);
                (**g_10) = &l_171;
            }
            for (g_16 = 0; (g_16 >= 0); g_16 -= 1)
            { 
                int32_t l_173 = 8L;
                int32_t l_176 = 0xFDF005D3L;
                int32_t l_177[4];
                int64_t l_192 = (-7L);
                uint16_t *l_203 = &g_69;
                int16_t *l_205 = &g_206[1];
                int16_t *l_207 = &g_208;
                int32_t l_210 = 0x9FE9B06FL;
                int i, j;
                for (i = 0; i < 4; i++)
                    l_177[i] = 1L;
                ++l_178;
                l_210 &= ((+(safe_add_func_int64_t_s_s((safe_rshift_func_int16_t_s_s(((*l_207) |= (((safe_mod_func_uint16_t_u_u((--g_71[(g_16 + 1)][g_16]), l_5[(g_16 + 2)][(g_16 + 2)])) <= (((safe_add_func_uint64_t_u_u((l_192 >= (((safe_mul_func_int16_t_s_s(((*l_205) ^= (((safe_lshift_func_uint16_t_u_u((safe_lshift_func_int16_t_s_u((safe_lshift_func_int8_t_s_u((safe_sub_func_int64_t_s_s(((((*l_203) = 8UL) && ((void*)0 != &g_10)) == l_204[2][2]), g_106)), 2)), (*l_78))), 10)) == g_43) , 0xB673L)), 0L)) , (void*)0) != l_163[1][0])), 0xDF87E7BF935BA4CFLL)) , g_69) && g_97)) < (*l_78))), g_16)), g_152))) , g_209);
                l_176 = (((**g_91) && l_44) <= (g_154 <= (((*g_10) = (*g_10)) == &l_78)));
                (**g_10) = func_21((*l_78), &g_10, l_211, (***l_211), g_206[1]);
            }
            for (g_208 = (-26); (g_208 < (-19)); g_208 = safe_add_func_uint8_t_u_u(g_208, 2))
            { 
                uint64_t *l_223 = &l_44;
                l_167[0][1] ^= (((safe_mod_func_uint64_t_u_u(((*l_223) = (safe_rshift_func_int16_t_s_u((safe_add_func_int64_t_s_s(g_206[1], (((((((0xF48A4DBDL >= (***g_10)) <= ((g_220 = (*l_172)) == &g_11[0][1])) , (void*)0) == l_222) || g_97) > 0x23A12515L) != 7UL))), g_155))), 0xC5EAA5A20392186ALL)) >= g_152) || 0x53B1L);
            }
        }
        l_175 |= (safe_div_func_int32_t_s_s((**l_222), (safe_mod_func_uint64_t_u_u(((((((**l_222) ^ (((*g_92) , (&g_91 != ((*l_228) = &g_91))) || g_69)) != 4294967295UL) , 1L) ^ 0UL) & g_45), g_45))));
        return g_43;
    }
    for (g_154 = 0; g_154 < 2; g_154 += 1)
    {
        g_206[g_154] = 0x0BB0L;
    }
    l_230--;
    (*l_249) ^= (safe_mul_func_uint8_t_u_u(255UL, (safe_add_func_int8_t_s_s((safe_rshift_func_uint8_t_u_u((((safe_add_func_uint8_t_u_u((((((safe_rshift_func_uint8_t_u_s((((**l_222) , ((safe_sub_func_int8_t_s_s(((**l_222) != g_206[1]), (safe_div_func_uint16_t_u_u((safe_mod_func_uint16_t_u_u(g_152, 0x9FFBL)), 0x056BL)))) || (-5L))) && (**l_222)), 4)) , &g_155) != (void*)0) , (**l_222)) , 1UL), g_154)) == g_35) == (-1L)), (**l_222))), 3UL))));
    return (**l_222);
}
static int32_t * func_21(uint16_t  p_22, int32_t **** p_23, int32_t **** p_24, const int32_t * p_25, const uint16_t  p_26)
{ 
    uint32_t *l_81 = &g_43;
    uint32_t **l_80 = &l_81;
    uint32_t ***l_79 = &l_80;
    int32_t ****l_82 = &g_10;
    uint32_t l_85 = 0x9F15FC87L;
    int32_t *l_86 = &g_35;
    uint16_t l_95 = 0x2402L;
    uint8_t *l_121 = &g_97;
    int32_t l_132[1][4] = {{0x6D4BD0D1L,0x6D4BD0D1L,0x6D4BD0D1L,0x6D4BD0D1L}};
    int i, j;
    (*l_79) = (void*)0;
    (*l_86) &= (((((0x5E77L | (l_82 == ((0x21L > ((((p_26 & (safe_add_func_int16_t_s_s(g_71[1][0], 65532UL))) < (****l_82)) || g_16) != 0x03ABED3A9A78915CLL)) , &g_10))) , 0x5FB3L) > l_85) > (****l_82)) != 65535UL);
    for (g_35 = 0; (g_35 <= 0); g_35 += 1)
    { 
        uint8_t *l_96 = &g_97;
        int32_t l_98 = 9L;
        const uint64_t l_109 = 0xF8E1F03B47FC81C9LL;
        uint32_t ** const l_110[2][1] = {{&l_81},{&l_81}};
        int32_t l_111[1];
        int16_t l_135[1];
        int16_t l_138 = 0x94C9L;
        int i, j;
        for (i = 0; i < 1; i++)
            l_111[i] = 0xF9D4FCBEL;
        for (i = 0; i < 1; i++)
            l_135[i] = (-1L);
        l_98 &= (0x74L & ((*l_86) >= (safe_div_func_int64_t_s_s((safe_mul_func_int8_t_s_s((g_91 == (*l_79)), ((*l_96) ^= (safe_mod_func_uint32_t_u_u((&g_71[1][1] == &g_71[1][0]), l_95))))), 1UL))));
        for (l_98 = 0; (l_98 >= 0); l_98 -= 1)
        { 
            uint16_t *l_105 = &g_71[1][0];
            uint32_t l_126 = 1UL;
            int32_t l_134 = 0xCF51ADC7L;
            int32_t l_136 = 0x1146291CL;
            int32_t l_137[1];
            uint8_t l_139 = 0UL;
            const int32_t ***l_158 = (void*)0;
            const int32_t **l_160 = (void*)0;
            const int32_t ***l_159 = &l_160;
            int32_t l_161 = 1L;
            int32_t *l_162[1];
            int i, j;
            for (i = 0; i < 1; i++)
                l_137[i] = 0x9D357D0DL;
            for (i = 0; i < 1; i++)
                l_162[i] = &l_137[0];
            if ((safe_add_func_int32_t_s_s((****p_24), ((g_106 = (safe_sub_func_uint16_t_u_u((((l_96 != &g_97) > ((safe_rshift_func_int8_t_s_u((((void*)0 == l_105) < (*l_86)), p_26)) , l_98)) || 1UL), 0xE9F7L))) != p_26))))
            { 
                int32_t l_112 = 0xF5D7AD18L;
                int32_t *l_128 = &l_111[0];
                l_111[0] = ((safe_mul_func_int16_t_s_s(l_109, ((g_43 , ((void*)0 != l_110[0][0])) & (65535UL >= p_22)))) && g_97);
                if (l_112)
                    break;
                (*l_128) = (safe_div_func_int32_t_s_s(((safe_mod_func_int64_t_s_s((safe_sub_func_int64_t_s_s((safe_mod_func_int16_t_s_s((&g_97 != l_121), ((safe_mod_func_int8_t_s_s((safe_sub_func_int64_t_s_s(((((p_26 <= (l_126 , (!(((((((void*)0 != (**g_10)) | 0xC626D9ACL) ^ 0L) , g_97) != 0UL) <= g_106)))) && 0L) , g_71[1][0]) && 0xD357L), 0x7DC92B24513F91E7LL)), 0xC6L)) , p_26))), 2L)), 0x432A052AF0D96589LL)) & l_112), l_112));
            }
            else
            { 
                int32_t *l_129 = &l_111[0];
                int32_t *l_130 = &l_111[0];
                int32_t *l_131 = (void*)0;
                int32_t *l_133[1][4];
                int64_t *l_153 = &g_154;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_133[i][j] = (void*)0;
                }
                l_139--;
                (*l_130) = (p_22 | (g_155 = ((*l_153) |= (((safe_mod_func_int8_t_s_s(p_22, (safe_div_func_uint64_t_u_u(0x4968E5E82803A303LL, (safe_rshift_func_uint8_t_u_u(((*l_96) |= ((safe_mod_func_uint32_t_u_u((safe_mul_func_int8_t_s_s((((((****p_23) == (((g_152 = l_109) , g_43) && g_45)) <= 0UL) & 0x9ECA6FCDD685B67DLL) && (-1L)), 0L)), 1L)) == g_6)), 3)))))) , (****l_82)) , 0x626D82A544FF936CLL))));
            }
            l_111[0] ^= (((*l_96)--) , (((((*l_159) = &p_25) != (void*)0) < (g_35 & l_161)) , l_98));
        }
    }
    return (**g_10);
}
static uint16_t  func_27(uint32_t  p_28, int32_t  p_29, int32_t ** p_30, int64_t  p_31, int32_t *** const * p_32)
{ 
    uint32_t l_67 = 0UL;
    uint16_t *l_68 = &g_69;
    uint16_t *l_70 = &g_71[1][0];
    const uint32_t l_72 = 0x7181CA8FL;
    int32_t *l_73 = (void*)0;
    int32_t *l_74 = &g_35;
    (*l_74) ^= (safe_mul_func_uint8_t_u_u((((g_45 | (safe_mod_func_int64_t_s_s((safe_sub_func_uint64_t_u_u((safe_div_func_uint64_t_u_u(((safe_sub_func_int8_t_s_s(0x1AL, (((*l_70) = (safe_div_func_int64_t_s_s(((0xF4AEDF2FL | (safe_mod_func_uint16_t_u_u(((*l_68) = ((safe_div_func_uint16_t_u_u(((safe_mul_func_uint8_t_u_u((0x3AABDC9AL ^ (((safe_rshift_func_uint8_t_u_u(p_31, l_67)) != l_67) , l_67)), p_28)) >= p_28), (-1L))) || l_67)), l_67))) | l_67), g_43))) & 0x3B8FL))) ^ p_31), p_31)), 0x691C6C8ECDCC21D2LL)), l_67))) , 0xA86D6A6CL) , g_71[1][0]), l_72));
    for (g_45 = (-12); (g_45 == 4); g_45 = safe_add_func_uint64_t_u_u(g_45, 7))
    { 
        return (*l_74);
    }
    (***p_32) = (***p_32);
    return p_31;
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
    transparent_crc(g_16, "g_16", print_hash_value);
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_69, "g_69", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_71[i][j], "g_71[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_97, "g_97", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    transparent_crc(g_152, "g_152", print_hash_value);
    transparent_crc(g_154, "g_154", print_hash_value);
    transparent_crc(g_155, "g_155", print_hash_value);
    transparent_crc(g_164, "g_164", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_206[i], "g_206[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_208, "g_208", print_hash_value);
    transparent_crc(g_209, "g_209", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
