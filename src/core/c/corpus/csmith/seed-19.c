#include "csmith.h"
static long __undefined;
static int64_t g_32[1][1] = {{1L}};
static uint8_t g_34 = 0UL;
static uint32_t g_36 = 0x60915BB0L;
static int32_t g_67 = 0L;
static uint64_t g_101 = 0xD6C332E49D2A59A0LL;
static uint64_t g_109 = 0xC022AD61797E2BD6LL;
static uint8_t g_130 = 0xF6L;
static int8_t g_147 = 0xDDL;
static int32_t g_149[1][2] = {{0x7B33B2D9L,0x7B33B2D9L}};
static uint32_t ****g_150 = (void*)0;
static int32_t *g_169 = &g_149[0][0];
static int32_t **g_168[1][3] = {{&g_169,&g_169,&g_169}};
static int32_t g_211 = 0x9D400EADL;
static int16_t g_213 = 0x806CL;
static uint32_t *g_242 = &g_36;
static uint32_t **g_241 = &g_242;
static uint64_t g_264 = 0x08E7B0B943B2ED4ALL;
static int32_t g_266 = 0x03869566L;
static uint32_t  func_1(void);
static int64_t  func_2(int16_t  p_3);
static int8_t  func_24(int32_t  p_25, uint8_t  p_26, int32_t  p_27);
static uint32_t  func_1(void)
{ 
    int32_t l_4 = 0x6E6BACD7L;
    uint64_t *l_263 = &g_264;
    int32_t *l_265 = &g_266;
    int32_t **l_267 = &l_265;
    return g_264;
}
static int64_t  func_2(int16_t  p_3)
{ 
    int32_t l_23 = 0xD82C32B9L;
    int32_t l_37 = 0x78EE3F2FL;
    uint8_t l_158 = 252UL;
    uint32_t *l_239 = &g_36;
    uint32_t **l_238 = &l_239;
    uint8_t *l_260 = &g_130;
    for (p_3 = 0; (p_3 > 8); p_3 = safe_add_func_int16_t_s_s(p_3, 2))
    { 
        int64_t l_7 = 1L;
        uint8_t *l_33 = &g_34;
        uint32_t *l_35 = &g_36;
        int8_t *l_157 = &g_147;
        int32_t l_161 = (-1L);
        int32_t *l_214 = &g_149[0][0];
        if ((((l_7 || (((safe_lshift_func_int8_t_s_u((~((*l_157) = (safe_add_func_int32_t_s_s((safe_rshift_func_int16_t_s_s((safe_lshift_func_uint8_t_u_u((safe_mod_func_int64_t_s_s((safe_lshift_func_int16_t_s_u((safe_mul_func_int8_t_s_s(l_23, func_24(p_3, p_3, (l_37 ^= (((*l_35) = (safe_lshift_func_uint8_t_u_u(((*l_33) = ((safe_div_func_uint32_t_u_u(4294967295UL, 4294967291UL)) , g_32[0][0])), 7))) , 7L))))), g_32[0][0])), 0xAA948860579173DELL)), g_32[0][0])), g_32[0][0])), 4294967289UL)))), 6)) > g_32[0][0]) >= 0xD657L)) ^ l_158) >= l_158))
        { 
            return p_3;
        }
        else
        { 
            uint64_t l_189 = 0x5669B834A4F5E2A8LL;
            for (l_23 = 0; (l_23 >= 0); l_23 -= 1)
            { 
                int32_t *l_170 = &g_67;
                int32_t *l_171 = &l_161;
                int32_t *l_172 = &l_161;
                int32_t *l_173 = &g_149[0][0];
                int32_t *l_174 = &g_67;
                int32_t *l_175 = (void*)0;
                int32_t *l_176 = (void*)0;
                int32_t *l_177 = &g_67;
                int32_t *l_178 = &g_149[0][0];
                int32_t *l_179 = &g_67;
                int32_t *l_180 = &g_149[0][0];
                int32_t *l_181 = (void*)0;
                int32_t *l_182 = &l_161;
                int32_t *l_183 = &l_161;
                int32_t *l_184 = &g_149[0][1];
                int32_t *l_185 = &g_67;
                int32_t *l_186 = (void*)0;
                int32_t *l_187 = &g_149[0][0];
                int32_t *l_188[3][1];
                int16_t *l_212 = &g_213;
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_188[i][j] = (void*)0;
                }
                (*g_169) ^= (g_32[l_23][l_23] | ((((safe_rshift_func_uint16_t_u_u((((l_161 = 254UL) <= (safe_mod_func_int64_t_s_s(((safe_rshift_func_int8_t_s_s(((g_32[l_23][l_23] < (safe_lshift_func_uint8_t_u_u((g_168[0][1] == &g_169), g_101))) != p_3), 3)) >= 0L), 0x492E8FA5C3DAF87FLL))) > 0UL), l_37)) && 7L) == g_32[0][0]) == p_3));
                l_189--;
                l_37 ^= (((*l_212) = (safe_mul_func_uint16_t_u_u((((safe_lshift_func_uint16_t_u_s(1UL, (((((*l_179) &= ((*l_182) ^= 0L)) >= (-10L)) && (safe_rshift_func_uint8_t_u_u((safe_div_func_uint32_t_u_u((safe_div_func_int64_t_s_s((safe_unary_minus_func_uint16_t_u(((((safe_mod_func_int8_t_s_s(((*l_157) = (((*l_173) ^= ((safe_lshift_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_s((safe_mul_func_uint16_t_u_u(g_32[0][0], (l_161 = p_3))), 8)), 4)) , 0x8FE932ECL)) == p_3)), l_7)) == 0xB2AFL) , g_32[0][0]) >= g_36))), g_34)), g_211)), 3))) > 0x4B1F90EDD5446B8ALL))) <= 18446744073709551612UL) >= 1L), l_23))) ^ 0xB315L);
            }
        }
        l_214 = &l_161;
        if ((*g_169))
        { 
            for (g_147 = 0; (g_147 <= (-1)); --g_147)
            { 
                int32_t *l_217[2][3] = {{&g_149[0][0],&l_23,&g_149[0][0]},{&g_149[0][0],&l_23,&g_149[0][0]}};
                uint16_t l_218 = 4UL;
                int i, j;
                l_218--;
            }
            return p_3;
        }
        else
        { 
            uint32_t l_233 = 4294967295UL;
            uint32_t ***l_248 = &l_238;
            uint32_t ****l_247 = &l_248;
            l_23 = (safe_lshift_func_int8_t_s_s(0x79L, (safe_rshift_func_int16_t_s_s(((*l_214) == (safe_lshift_func_uint16_t_u_u((safe_div_func_int32_t_s_s((*g_169), p_3)), (safe_mul_func_int16_t_s_s(g_149[0][0], (-1L)))))), 4))));
            for (g_213 = 0; (g_213 >= 20); g_213++)
            { 
                uint32_t ***l_240[3][1];
                uint32_t *****l_249 = &g_150;
                int32_t l_250 = (-1L);
                int32_t *l_251 = &l_37;
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_240[i][j] = &l_238;
                }
                l_233 ^= p_3;
                (*l_214) &= p_3;
                (*l_251) |= (safe_sub_func_uint16_t_u_u((((safe_add_func_int32_t_s_s((*l_214), (((g_241 = l_238) == ((p_3 && (((safe_mul_func_int8_t_s_s((safe_mod_func_uint8_t_u_u((l_247 == ((*l_249) = ((g_149[0][0] , p_3) , g_150))), p_3)), g_67)) | 1UL) || (*l_214))) , (void*)0)) , p_3))) != l_250) , p_3), 0xDF66L));
                return l_37;
            }
        }
        (*g_169) &= p_3;
    }
    l_23 |= ((safe_rshift_func_int16_t_s_s((g_101 > 1L), ((safe_sub_func_uint16_t_u_u(0x1642L, (((0x86818F9BL >= ((*g_169) = (safe_mul_func_uint8_t_u_u(((*l_260) &= (safe_div_func_uint16_t_u_u(((void*)0 == &l_238), g_36))), p_3)))) >= 6L) && l_158))) != 0x4F8910C71A7AFFC2LL))) && p_3);
    return p_3;
}
static int8_t  func_24(int32_t  p_25, uint8_t  p_26, int32_t  p_27)
{ 
    uint32_t l_52 = 1UL;
    int32_t l_77 = 1L;
    int32_t l_86 = (-3L);
    int32_t l_90 = 5L;
    int32_t l_99 = 0L;
    uint8_t *l_122 = &g_34;
    uint8_t *l_129 = &g_130;
    uint32_t *l_134 = &l_52;
    uint32_t **l_133 = &l_134;
    uint32_t ***l_132[3];
    uint32_t ****l_131 = &l_132[2];
    int8_t *l_146 = &g_147;
    int32_t *l_148[2];
    uint32_t l_151 = 0xE7D4E858L;
    int32_t **l_152 = &l_148[1];
    int i;
    for (i = 0; i < 3; i++)
        l_132[i] = &l_133;
    for (i = 0; i < 2; i++)
        l_148[i] = &g_149[0][0];
    if ((safe_lshift_func_uint16_t_u_u((safe_sub_func_int64_t_s_s(((&g_34 != &p_26) != p_26), (safe_add_func_uint32_t_u_u(((((g_32[0][0] , (safe_add_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((((safe_rshift_func_int16_t_s_s((((safe_lshift_func_uint16_t_u_u(65531UL, g_32[0][0])) < 0x5227L) >= g_32[0][0]), p_26)) || l_52) > g_34), 0x49L)), l_52))) ^ g_34) , &g_36) == &l_52), 0xD30FA2E8L)))), g_32[0][0])))
    { 
        uint32_t *l_61 = (void*)0;
        uint32_t **l_62 = &l_61;
        uint32_t *l_64 = &g_36;
        uint32_t **l_63 = &l_64;
        int32_t *l_65 = (void*)0;
        int32_t *l_66 = &g_67;
        int32_t *l_74 = &g_67;
        int32_t *l_75 = &g_67;
        int32_t *l_76 = &g_67;
        int32_t *l_78 = &l_77;
        int32_t *l_79 = &g_67;
        int32_t *l_80 = &l_77;
        int32_t *l_81 = &g_67;
        int32_t *l_82 = &g_67;
        int32_t *l_83 = &g_67;
        int32_t *l_84 = &g_67;
        int32_t *l_85 = &g_67;
        int32_t *l_87 = (void*)0;
        int32_t *l_88 = &l_86;
        int32_t *l_89 = &l_77;
        int32_t *l_91 = &l_90;
        int32_t *l_92 = &l_77;
        int32_t *l_93 = &l_77;
        int32_t *l_94 = (void*)0;
        int32_t *l_95 = &g_67;
        int32_t *l_96 = (void*)0;
        int32_t *l_97 = (void*)0;
        int32_t *l_98 = &g_67;
        int32_t *l_100[2][1];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_100[i][j] = &l_90;
        }
lbl_70:
        (*l_66) |= ((g_32[0][0] || (safe_div_func_uint64_t_u_u((safe_unary_minus_func_uint64_t_u((safe_unary_minus_func_uint64_t_u((safe_lshift_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u(g_34, g_34)), (((*l_62) = l_61) != ((*l_63) = &l_52)))))))), l_52))) , g_34);
        if (p_26)
            goto lbl_73;
        for (g_34 = 0; (g_34 == 14); g_34 = safe_add_func_int16_t_s_s(g_34, 2))
        { 
            if (g_34)
                goto lbl_70;
        }
lbl_73:
        for (g_67 = 26; (g_67 <= (-16)); g_67 = safe_sub_func_uint32_t_u_u(g_67, 3))
        { 
            return g_32[0][0];
        }
        g_101--;
    }
    else
    { 
        for (g_67 = 24; (g_67 == (-15)); g_67 = safe_sub_func_uint8_t_u_u(g_67, 2))
        { 
            uint32_t *l_116 = &g_36;
            uint32_t **l_115 = &l_116;
            uint32_t ***l_114 = &l_115;
            uint32_t ****l_117 = &l_114;
            if (p_26)
            { 
                int32_t *l_106 = &l_90;
                int32_t *l_107 = &l_77;
                int32_t *l_108[3][3] = {{&g_67,&l_99,&g_67},{&g_67,&l_99,&g_67},{&g_67,&l_99,&g_67}};
                int32_t **l_112 = &l_108[0][2];
                int i, j;
                --g_109;
                (*l_112) = &p_27;
                if (p_27)
                    break;
            }
            else
            { 
                int32_t *l_113 = &l_99;
                (*l_113) |= g_36;
                (*l_113) &= 1L;
            }
            (*l_117) = l_114;
        }
        return g_36;
    }
    (*l_152) = ((((((((safe_add_func_uint8_t_u_u(((((p_27 |= (safe_lshift_func_uint8_t_u_u((((*l_122)++) <= (safe_add_func_uint32_t_u_u((l_86 | (((((safe_rshift_func_int8_t_s_s((((*l_129) = l_77) , ((l_131 != ((safe_rshift_func_int8_t_s_s(((~(((*l_146) ^= (safe_mul_func_int8_t_s_s(0x12L, (safe_mul_func_int8_t_s_s(((safe_rshift_func_uint8_t_u_s(((safe_add_func_int8_t_s_s(p_26, p_25)) == g_101), l_77)) || g_101), l_90))))) , l_86)) ^ p_26), g_67)) , &l_132[2])) >= l_86)), 4)) ^ l_90) < l_99) & 8UL) < l_52)), 4294967295UL))), 2))) < 4294967294UL) , (void*)0) == g_150), g_36)) != (-1L)) , p_25) != l_151) > g_32[0][0]) ^ p_25) == 0x1B111D6BL) , &l_90);
    (**l_152) ^= ((255UL > (g_34 == p_25)) && ((p_27 , ((l_131 = &l_132[2]) != &l_132[2])) || p_27));
    for (g_101 = 0; (g_101 < 37); ++g_101)
    { 
        return g_149[0][0];
    }
    return p_27;
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
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_32[i][j], "g_32[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_34, "g_34", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_67, "g_67", print_hash_value);
    transparent_crc(g_101, "g_101", print_hash_value);
    transparent_crc(g_109, "g_109", print_hash_value);
    transparent_crc(g_130, "g_130", print_hash_value);
    transparent_crc(g_147, "g_147", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_149[i][j], "g_149[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_211, "g_211", print_hash_value);
    transparent_crc(g_213, "g_213", print_hash_value);
    transparent_crc(g_264, "g_264", print_hash_value);
    transparent_crc(g_266, "g_266", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
