#include "csmith.h"
static long __undefined;
static int32_t g_3[2] = {1L,1L};
static uint16_t g_30 = 6UL;
static uint16_t *g_35 = &g_30;
static uint16_t **g_34 = &g_35;
static int32_t g_38 = 0x6EA3D881L;
static uint64_t g_49 = 18446744073709551615UL;
static int8_t g_54 = 0xE3L;
static uint8_t g_63 = 253UL;
static uint8_t g_73 = 255UL;
static int16_t g_81[1][3] = {{1L,1L,1L}};
static uint8_t g_97 = 1UL;
static int32_t g_114 = (-1L);
static int16_t g_115 = 3L;
static int8_t g_116[3] = {(-1L),(-1L),(-1L)};
static uint8_t g_117 = 0UL;
static int64_t g_147 = (-1L);
static int16_t g_194[2] = {0xE027L,0xE027L};
static int32_t *g_199 = &g_38;
static int32_t *g_200 = &g_3[0];
static int64_t g_208 = 5L;
static int32_t  func_1(void);
static int32_t * func_4(int32_t  p_5, const int32_t * const  p_6, uint16_t  p_7, int8_t  p_8);
static uint16_t  func_9(uint32_t  p_10, int32_t  p_11, int32_t * p_12, int64_t  p_13);
static int32_t  func_1(void)
{ 
    int32_t l_2[2][3] = {{9L,9L,9L},{0x01C08901L,0x01C08901L,0x01C08901L}};
    int32_t l_28 = 0x54292978L;
    uint8_t *l_145 = &g_117;
    int32_t *l_192 = &l_2[0][0];
    uint16_t l_193 = 65535UL;
    int32_t **l_195 = &l_192;
    int32_t *l_198 = &g_38;
    int32_t **l_197[1];
    int32_t l_215 = 0xAF4C53DEL;
    int i, j;
    for (i = 0; i < 1; i++)
        l_197[i] = &l_198;
    for (g_3[0] = 1; (g_3[0] >= 0); g_3[0] -= 1)
    { 
        uint16_t *l_29 = &g_30;
        int32_t l_31 = (-1L);
        uint8_t *l_88 = &g_73;
        int32_t *l_138[3][2] = {{(void*)0,(void*)0},{&l_2[0][2],(void*)0},{(void*)0,&l_2[0][2]}};
        int32_t l_175 = (-1L);
        int i, j;
        l_138[1][1] = func_4((((*l_88) = ((-1L) <= func_9((+g_3[1]), (l_2[0][1] == (safe_div_func_int8_t_s_s(((safe_sub_func_int64_t_s_s(((safe_lshift_func_uint16_t_u_u((!(safe_sub_func_uint16_t_u_u((((safe_sub_func_uint8_t_u_u(((safe_mul_func_uint8_t_u_u(((l_2[0][0] , ((*l_29) ^= (l_28 = g_3[0]))) != g_3[0]), 5UL)) < l_2[1][1]), l_2[0][2])) > g_3[0]) , 0xA553L), 1UL))), 14)) > (-3L)), 18446744073709551615UL)) , g_3[0]), l_31))), &l_31, l_31))) == (-9L)), &g_3[1], l_2[1][2], l_2[1][1]);
        if (g_54)
            break;
        if ((0xB0L & (((*g_35) && (((void*)0 == (*g_34)) < (safe_rshift_func_int8_t_s_s((l_145 == &g_63), 7)))) != g_97)))
        { 
            uint8_t l_148[3][1];
            int32_t *l_149 = &g_38;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_148[i][j] = 0x5EL;
            }
            for (g_49 = 0; (g_49 <= 1); g_49 += 1)
            { 
                int64_t *l_146[3];
                int i, j;
                for (i = 0; i < 3; i++)
                    l_146[i] = &g_147;
                l_149 = (((l_148[1][0] = 0x6F82621F0273B924LL) == l_2[g_3[0]][(g_49 + 1)]) , (void*)0);
                g_38 = g_115;
            }
        }
        else
        { 
            int32_t *l_167 = (void*)0;
            int32_t l_190 = 3L;
            uint64_t l_191 = 18446744073709551615UL;
            for (g_115 = 4; (g_115 > 10); g_115 = safe_add_func_int32_t_s_s(g_115, 7))
            { 
                int32_t *l_166 = &l_31;
                int32_t **l_168 = (void*)0;
                int32_t **l_169 = &l_138[1][1];
                int64_t *l_170 = &g_147;
                (*l_166) = (((+((*l_170) = (0L >= ((safe_mod_func_int64_t_s_s((safe_mul_func_int16_t_s_s((g_49 , (safe_unary_minus_func_int8_t_s((safe_div_func_uint32_t_u_u((safe_lshift_func_int8_t_s_s(g_117, 5)), ((((safe_div_func_uint8_t_u_u((((l_166 == ((*l_169) = l_167)) , 0x40E7FB84L) , g_63), l_2[0][0])) != g_3[1]) != (*g_35)) | (**g_34))))))), l_2[1][2])), 0x3D7F4DA6B924B8A1LL)) <= 0x3AC0L)))) ^ (-3L)) , (-1L));
            }
            g_194[0] |= ((((((l_192 = ((safe_mul_func_int8_t_s_s((safe_mul_func_uint16_t_u_u(((**g_34) = l_175), (safe_unary_minus_func_uint32_t_u(((safe_rshift_func_int16_t_s_u((safe_lshift_func_uint16_t_u_u((safe_mod_func_uint16_t_u_u((((g_38 |= (safe_sub_func_uint32_t_u_u((safe_unary_minus_func_int32_t_s(((safe_lshift_func_uint8_t_u_s(((((&l_28 != (void*)0) | (g_147 = ((safe_rshift_func_int8_t_s_u((l_2[1][0] >= g_63), g_54)) >= l_190))) , g_114) | l_28), g_81[0][1])) , g_49))), (-1L)))) == g_81[0][0]) , l_28), l_28)), l_190)), l_191)) | 3L))))), 0L)) , (void*)0)) == (void*)0) , 0x51L) < g_116[0]) != l_193) || g_38);
        }
        if (g_63)
            goto lbl_196;
    }
lbl_196:
    (*l_195) = (void*)0;
    g_200 = (g_199 = ((*l_195) = &g_3[0]));
    for (l_193 = (-30); (l_193 > 44); l_193++)
    { 
        int64_t l_205 = 0x6236CA140F996A62LL;
        int32_t l_206 = 0x3E790F2EL;
        int32_t l_209 = 0xE6D70E51L;
        int32_t l_210 = 1L;
        int32_t l_211[3][3] = {{0x37799689L,0x37799689L,0xBFE024C0L},{0x37799689L,0x37799689L,0xBFE024C0L},{0x37799689L,0x37799689L,0xBFE024C0L}};
        uint32_t l_218 = 0x9774089BL;
        uint32_t l_221 = 0xB5801B7BL;
        int i, j;
        for (g_30 = 0; (g_30 <= 49); ++g_30)
        { 
            int16_t l_207[3];
            int32_t l_212 = 0xAE85CDDAL;
            int32_t l_213 = (-1L);
            int32_t l_214 = 0xEFD3BFD2L;
            int32_t l_216 = 0xC6C081EFL;
            int32_t l_217 = 0x2B8073F3L;
            int i;
            for (i = 0; i < 3; i++)
                l_207[i] = 3L;
            l_218++;
            return g_116[1];
        }
        (*l_195) = (void*)0;
        --l_221;
        return g_81[0][2];
    }
    return g_81[0][2];
}
static int32_t * func_4(int32_t  p_5, const int32_t * const  p_6, uint16_t  p_7, int8_t  p_8)
{ 
    int32_t l_100 = 0xE8E649E9L;
    int32_t *l_109 = &g_38;
    int32_t *l_110 = (void*)0;
    int32_t l_111[4] = {0L,0L,0L,0L};
    int32_t *l_112 = &l_111[2];
    int32_t *l_113[2][3] = {{&g_38,&g_38,&g_38},{&l_111[3],&l_111[3],&l_111[3]}};
    const int16_t * const l_120 = &g_81[0][0];
    int16_t *l_121 = &g_115;
    int16_t **l_122 = &l_121;
    uint16_t ** const *l_123 = &g_34;
    uint16_t ***l_124 = &g_34;
    uint16_t ****l_125 = &l_124;
    int i, j;
    for (g_63 = (-1); (g_63 > 45); ++g_63)
    { 
        uint32_t l_93[1][4] = {{0xFE20FE05L,0xFE20FE05L,0xFE20FE05L,0xFE20FE05L}};
        int32_t l_106 = (-5L);
        int i, j;
        for (p_5 = 0; (p_5 <= 0); p_5 += 1)
        { 
            for (p_8 = 0; (p_8 <= 0); p_8 += 1)
            { 
                int i, j;
                if (g_81[p_8][(p_8 + 1)])
                    break;
            }
        }
        for (g_38 = 0; (g_38 != 8); ++g_38)
        { 
            int8_t *l_94 = &g_54;
            int32_t *l_95[3][3] = {{&g_3[0],&g_3[0],&g_38},{&g_38,&g_3[0],&g_38},{&g_38,&g_3[0],&g_38}};
            int i, j;
            if ((0x68L && ((*l_94) = (l_93[0][0] || ((*g_34) == &p_7)))))
            { 
                int32_t **l_96 = &l_95[0][0];
                (*l_96) = l_95[2][2];
                ++g_97;
                if ((*p_6))
                    break;
            }
            else
            { 
                l_100 = (*p_6);
                if ((*p_6))
                    continue;
            }
        }
        for (p_7 = 7; (p_7 < 14); p_7 = safe_add_func_uint32_t_u_u(p_7, 7))
        { 
            const int32_t *l_103 = &g_38;
            l_103 = p_6;
            for (g_54 = 0; (g_54 >= (-14)); g_54 = safe_sub_func_int64_t_s_s(g_54, 4))
            { 
                const int32_t **l_107 = &l_103;
                int32_t *l_108 = &g_38;
                (*l_107) = ((l_106 && g_3[0]) , p_6);
                (*l_108) = 0L;
            }
        }
    }
    g_117--;
    (*l_112) &= (((l_120 != ((*l_122) = l_121)) , (((l_123 != ((*l_125) = l_124)) | ((safe_lshift_func_int16_t_s_s((safe_add_func_int32_t_s_s((safe_sub_func_int32_t_s_s((safe_mod_func_int16_t_s_s((((safe_add_func_uint32_t_u_u(((safe_lshift_func_int8_t_s_s((-1L), (*l_109))) == g_63), 1L)) & (*p_6)) & 4294967295UL), p_7)), (-1L))), 0x548CC8C4L)), p_7)) >= (**g_34))) || p_5)) ^ g_30);
    return &g_38;
}
static uint16_t  func_9(uint32_t  p_10, int32_t  p_11, int32_t * p_12, int64_t  p_13)
{ 
    uint16_t **l_32 = (void*)0;
    uint16_t ***l_33 = &l_32;
    int32_t l_36 = 0xB26D8F9CL;
    int32_t *l_37 = &g_38;
    const uint64_t l_57[1][2] = {{0x37069E5F9C6A002BLL,0x37069E5F9C6A002BLL}};
    int i, j;
    (*l_33) = l_32;
    (*l_37) |= ((*p_12) = (l_36 = ((void*)0 == g_34)));
    return (*g_35);
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
        transparent_crc(g_3[i], "g_3[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_54, "g_54", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_81[i][j], "g_81[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_97, "g_97", print_hash_value);
    transparent_crc(g_114, "g_114", print_hash_value);
    transparent_crc(g_115, "g_115", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_116[i], "g_116[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_117, "g_117", print_hash_value);
    transparent_crc(g_147, "g_147", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_194[i], "g_194[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_208, "g_208", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
