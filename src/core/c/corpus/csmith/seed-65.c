#include "csmith.h"
static long __undefined;
static int64_t g_4 = (-9L);
static uint8_t g_6 = 251UL;
static uint8_t g_8 = 0UL;
static int8_t g_9 = (-1L);
static int32_t g_18 = 6L;
static uint8_t g_24 = 0x0FL;
static uint16_t g_29[1][3] = {{65535UL,65535UL,65535UL}};
static int32_t *g_35 = &g_18;
static uint8_t g_47 = 1UL;
static uint64_t g_49 = 0xF7A832397BDE5156LL;
static int32_t *g_51[1] = {&g_18};
static uint32_t g_61 = 0xFD78DB58L;
static int8_t g_84 = 0xA8L;
static int16_t g_86 = (-1L);
static uint64_t g_94 = 1UL;
static uint32_t g_109 = 0x780A7C56L;
static uint32_t **g_117 = (void*)0;
static int32_t *g_122 = &g_18;
static uint32_t *g_133 = &g_61;
static uint32_t **g_132 = &g_133;
static uint64_t *g_145 = &g_49;
static uint64_t **g_144 = &g_145;
static int32_t  func_1(void);
static uint8_t * func_10(uint32_t  p_11, uint8_t * p_12, uint16_t  p_13);
static const uint16_t  func_16(const uint8_t * p_17);
static int32_t  func_1(void)
{ 
    uint8_t *l_5 = &g_6;
    uint8_t *l_7 = &g_8;
    uint8_t *l_23 = &g_24;
    int32_t l_44 = 5L;
    int8_t *l_83 = &g_84;
    int32_t l_103 = 0x8F22BB1BL;
    uint32_t *l_113[3];
    uint32_t * const *l_112[3][3] = {{&l_113[0],&l_113[0],&l_113[0]},{&l_113[0],(void*)0,&l_113[0]},{&l_113[0],&l_113[0],&l_113[0]}};
    int64_t l_182 = 0xFDE751A909BF4FE0LL;
    uint32_t l_197 = 1UL;
    uint64_t **l_230 = &g_145;
    int32_t *l_231 = (void*)0;
    int32_t *l_232 = &l_44;
    int8_t l_233 = 0x4CL;
    int i, j;
    for (i = 0; i < 3; i++)
        l_113[i] = &g_61;
    if ((safe_rshift_func_uint8_t_u_u((g_9 |= ((*l_7) = ((*l_5) = g_4))), ((l_23 = func_10(((0x250DL || func_16(l_5)) ^ (l_7 == (void*)0)), l_23, g_4)) != (void*)0))))
    { 
        int32_t *l_52 = &g_18;
        uint32_t l_93[4];
        uint16_t l_95 = 65526UL;
        int i;
        for (i = 0; i < 4; i++)
            l_93[i] = 0xD301F6F3L;
        for (g_4 = 0; (g_4 >= 0); g_4 -= 1)
        { 
            uint16_t l_37 = 65530UL;
            uint64_t l_40 = 0x37D437F1BD53D2AELL;
            int32_t **l_41[2][2] = {{&g_35,&g_35},{&g_35,&g_35}};
            int i, j;
            ++l_37;
            for (g_6 = 0; (g_6 <= 0); g_6 += 1)
            { 
                uint64_t *l_48 = &g_49;
                int32_t l_50 = 0L;
                (*g_35) |= (l_40 | ((*l_48) = ((g_47 = (((&g_35 == l_41[0][0]) != (safe_sub_func_uint16_t_u_u(l_44, ((safe_div_func_uint64_t_u_u(g_6, g_6)) == 0xF851F08AL)))) || l_44)) , l_44)));
                (*g_35) |= 0x171C2502L;
                return l_50;
            }
            g_35 = &g_18;
            g_51[0] = g_51[0];
            for (l_40 = 0; (l_40 <= 0); l_40 += 1)
            { 
                uint16_t l_53[4][2] = {{65530UL,65530UL},{65530UL,65530UL},{65530UL,65530UL},{65530UL,65530UL}};
                int i, j;
                g_51[0] = l_52;
                if (l_53[2][1])
                    break;
            }
        }
        for (g_24 = 0; (g_24 == 41); ++g_24)
        { 
            uint32_t *l_60 = &g_61;
            int32_t l_64 = 0x1AC6914FL;
            int32_t *l_65[3][4];
            int8_t *l_74 = &g_9;
            int16_t *l_85[3];
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 4; j++)
                    l_65[i][j] = &l_44;
            }
            for (i = 0; i < 3; i++)
                l_85[i] = &g_86;
            l_44 ^= (safe_mul_func_uint8_t_u_u((((*l_52) , g_49) <= (safe_div_func_uint64_t_u_u((((*l_60)++) >= g_24), g_24))), (l_64 <= g_8)));
            if ((safe_add_func_uint32_t_u_u(((g_86 = ((safe_sub_func_int8_t_s_s((((l_44 || (safe_lshift_func_uint16_t_u_u((safe_add_func_int8_t_s_s(((*l_74) = g_49), (((l_83 = func_10((((safe_lshift_func_uint8_t_u_s((safe_add_func_uint32_t_u_u((safe_sub_func_uint32_t_u_u(1UL, (safe_lshift_func_uint16_t_u_u(((((g_8 == 0x87L) != (-9L)) | (*l_52)) , 0xE3B6L), (*l_52))))), (*l_52))), g_61)) , (-6L)) & g_29[0][2]), l_74, g_18)) == &g_84) == 0x16AFL))), g_8))) > 0x43L) || 0x43B3BE7B8BBD03C5LL), g_24)) | g_18)) | g_49), 2L)))
            { 
                return l_44;
            }
            else
            { 
                if ((*l_52))
                    break;
            }
            (*l_52) = (*g_35);
            if ((*g_35))
                break;
        }
        l_95 = (safe_div_func_uint16_t_u_u(0x108DL, (safe_add_func_uint64_t_u_u(((safe_lshift_func_int8_t_s_s(0x83L, ((((-7L) == ((*g_35) = (-1L))) != (l_44 ^ g_6)) & l_93[1]))) != g_94), g_47))));
    }
    else
    { 
        const uint8_t l_100 = 0xDFL;
        uint16_t l_104 = 0xD659L;
        int32_t *l_120 = &l_103;
        uint32_t l_134 = 0x6E4E1738L;
        int32_t l_135 = 1L;
        uint64_t *l_143 = (void*)0;
        uint64_t **l_142 = &l_143;
        int32_t l_154 = (-1L);
        int16_t l_183[1];
        uint8_t *l_211[3][4];
        int i, j;
        for (i = 0; i < 1; i++)
            l_183[i] = 0x0C2EL;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 4; j++)
                l_211[i][j] = &g_8;
        }
        if ((safe_add_func_uint16_t_u_u(0x832FL, (safe_rshift_func_int8_t_s_s(l_100, 3)))))
        { 
            int8_t l_101[3];
            int32_t *l_102[2][1];
            uint32_t * const *l_115 = &l_113[0];
            uint32_t ***l_129[4];
            uint32_t l_139[2];
            int i, j;
            for (i = 0; i < 3; i++)
                l_101[i] = (-1L);
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_102[i][j] = &l_44;
            }
            for (i = 0; i < 4; i++)
                l_129[i] = &g_117;
            for (i = 0; i < 2; i++)
                l_139[i] = 0x897C6CADL;
            l_104--;
            if ((((safe_add_func_uint32_t_u_u(l_44, 0x56B17FCBL)) , ((((g_109 && 0L) || (safe_mod_func_int64_t_s_s((g_49 , 0x1586B660488F66F9LL), g_61))) , g_29[0][0]) ^ g_4)) && (*g_35)))
            { 
                uint32_t * const **l_114 = &l_112[1][2];
                const uint64_t *l_116 = &g_94;
                uint32_t **l_118[3][3] = {{&l_113[0],&l_113[0],&l_113[1]},{&l_113[0],&l_113[0],&l_113[1]},{&l_113[0],&l_113[0],&l_113[1]}};
                uint64_t *l_119 = &g_94;
                int i, j;
                (*l_114) = l_112[1][2];
                (*g_35) ^= ((((*l_114) = l_115) != (l_118[2][0] = ((&g_94 != l_116) , g_117))) > ((*l_119) &= g_49));
            }
            else
            { 
                int32_t **l_121[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_121[i] = &g_51[0];
                g_122 = l_120;
                g_51[0] = &l_44;
                (*g_35) ^= (*l_120);
            }
            l_134 ^= (g_4 && ((((safe_div_func_int16_t_s_s((((safe_mul_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_u(((((g_117 = g_117) != (((safe_div_func_int32_t_s_s((0xD5L | (((void*)0 == &g_84) | 18446744073709551614UL)), g_8)) | l_44) , g_132)) , l_103) != l_44), g_8)) >= (*l_120)), 0x32L)) > l_44) ^ 65535UL), g_94)) || l_103) && l_44) >= (**g_132)));
            if ((*l_120))
            { 
                int64_t l_136 = 4L;
                int32_t l_137 = (-1L);
                int32_t l_138 = 0x29A001A3L;
                l_139[0]++;
            }
            else
            { 
                int32_t l_146 = 0xD04037D6L;
                g_144 = l_142;
                g_144 = (void*)0;
                (*l_120) = (*g_122);
                l_135 ^= ((*g_122) = l_146);
            }
        }
        else
        { 
            int32_t *l_151[3][3] = {{&l_103,&l_103,&l_103},{&l_44,&g_18,&l_44},{&l_103,&l_103,&l_103}};
            int32_t l_156 = 1L;
            int i, j;
            for (g_47 = 0; (g_47 < 41); g_47 = safe_add_func_uint64_t_u_u(g_47, 4))
            { 
                int32_t **l_149 = (void*)0;
                int32_t **l_150[3][3];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_150[i][j] = (void*)0;
                }
                l_120 = &l_135;
                l_151[1][0] = &g_18;
            }
            for (g_8 = (-11); (g_8 == 38); g_8 = safe_add_func_int16_t_s_s(g_8, 6))
            { 
                int8_t l_155 = (-10L);
                uint16_t l_157 = 0x8B10L;
                l_157++;
            }
        }
        if ((((+(safe_lshift_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u((safe_unary_minus_func_int64_t_s((safe_lshift_func_int8_t_s_u(g_9, 6)))), (((*l_5) = g_84) != (safe_mul_func_int16_t_s_s((safe_unary_minus_func_int8_t_s((-1L))), (((safe_mod_func_uint16_t_u_u((safe_mod_func_uint16_t_u_u(((safe_unary_minus_func_uint32_t_u((safe_sub_func_int32_t_s_s((l_44 = ((g_49 ^ (safe_mod_func_uint16_t_u_u((safe_div_func_uint32_t_u_u(((void*)0 != &g_9), l_182)), (*l_120)))) ^ 0UL)), l_183[0])))) <= 0x54L), 65530UL)), g_84)) != (*l_120)) & 2L)))))), 13))) ^ (*l_120)) , 0xF9921E08L))
        { 
            int32_t *l_184 = &l_44;
            int32_t **l_185 = &l_120;
            (*l_185) = l_184;
        }
        else
        { 
            uint16_t l_189 = 0xEADDL;
            int32_t l_192[4][2];
            int32_t l_193 = (-5L);
            int32_t l_194 = 0x2B0BF173L;
            int32_t l_195 = 7L;
            int32_t l_196 = (-1L);
            int32_t l_209[1];
            int16_t *l_210 = &g_86;
            int64_t l_212 = 0L;
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 2; j++)
                    l_192[i][j] = 0xE064E15BL;
            }
            for (i = 0; i < 1; i++)
                l_209[i] = 0L;
            for (g_6 = 0; (g_6 >= 19); g_6 = safe_add_func_int8_t_s_s(g_6, 3))
            { 
                int32_t *l_188[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_188[i] = &l_154;
                --l_189;
                if ((*g_122))
                    continue;
                l_197--;
                if ((*g_122))
                    break;
            }
            l_44 = ((safe_add_func_uint8_t_u_u((!g_8), (safe_rshift_func_uint8_t_u_u(((*l_5) |= (l_212 = (((*l_120) = (((safe_sub_func_uint32_t_u_u((g_8 > (((*l_120) | (safe_mod_func_int16_t_s_s(((*l_210) = l_209[0]), (((l_211[0][3] == l_23) | l_193) , 5UL)))) & g_29[0][1])), 4L)) < g_9) & (*g_145))) != (**g_132)))), l_194)))) <= l_195);
            for (l_196 = 6; (l_196 >= 22); ++l_196)
            { 
                int32_t **l_215[2][3] = {{(void*)0,(void*)0,&g_122},{&g_51[0],&g_51[0],(void*)0}};
                uint32_t ***l_217 = &g_132;
                uint32_t ****l_216 = &l_217;
                int i, j;
                g_122 = &l_193;
                (*l_120) = (&g_117 == ((*l_216) = &g_132));
            }
        }
    }
    (*l_232) = (safe_add_func_uint8_t_u_u(g_86, (l_182 & ((((safe_mod_func_uint32_t_u_u((((safe_div_func_int32_t_s_s((safe_mul_func_int8_t_s_s((g_109 <= (g_109 <= (((*g_35) &= (safe_sub_func_int64_t_s_s(((((**g_132) <= l_44) , (void*)0) != l_230), l_182))) != l_182))), l_44)), l_197)) , (**g_132)) , (**g_132)), 0x8ACACBF7L)) == g_29[0][1]) == l_182) > (*g_145)))));
    return l_233;
}
static uint8_t * func_10(uint32_t  p_11, uint8_t * p_12, uint16_t  p_13)
{ 
    uint8_t *l_36 = (void*)0;
    if (g_18)
    { 
        int32_t *l_25[2][1];
        uint8_t l_26[1];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_25[i][j] = (void*)0;
        }
        for (i = 0; i < 1; i++)
            l_26[i] = 0x91L;
        --l_26[0];
        g_29[0][1]++;
    }
    else
    { 
        int32_t **l_32 = (void*)0;
        int32_t *l_34 = &g_18;
        int32_t **l_33[1];
        int i;
        for (i = 0; i < 1; i++)
            l_33[i] = &l_34;
        g_35 = &g_18;
    }
    return l_36;
}
static const uint16_t  func_16(const uint8_t * p_17)
{ 
    for (g_18 = (-10); (g_18 == (-19)); g_18 = safe_sub_func_uint64_t_u_u(g_18, 1))
    { 
        int32_t *l_22 = &g_18;
        int32_t **l_21 = &l_22;
        (*l_21) = &g_18;
    }
    return g_4;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_24, "g_24", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_29[i][j], "g_29[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    transparent_crc(g_84, "g_84", print_hash_value);
    transparent_crc(g_86, "g_86", print_hash_value);
    transparent_crc(g_94, "g_94", print_hash_value);
    transparent_crc(g_109, "g_109", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
