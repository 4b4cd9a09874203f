#include "csmith.h"
static long __undefined;
static int32_t g_2 = 1L;
static int32_t g_18 = 1L;
static int32_t g_31 = 0xDE37D660L;
static int32_t g_32[4][2] = {{0xA9550690L,0xA9550690L},{0xA9550690L,0xA9550690L},{0xA9550690L,0xA9550690L},{0xA9550690L,0xA9550690L}};
static uint8_t g_54 = 255UL;
static uint64_t g_60[3] = {0xB8A93D2D6DA1B12CLL,0xB8A93D2D6DA1B12CLL,0xB8A93D2D6DA1B12CLL};
static uint64_t *g_59[1][3] = {{&g_60[1],&g_60[1],&g_60[1]}};
static int32_t *g_65 = &g_2;
static uint16_t g_78 = 0x3CB3L;
static int16_t g_93 = 0x7FECL;
static int32_t **g_100[2][3] = {{&g_65,(void*)0,(void*)0},{&g_65,(void*)0,(void*)0}};
static int32_t g_120[1] = {(-8L)};
static int8_t g_121 = (-1L);
static uint64_t g_201 = 0xB7C48007DB234624LL;
static int32_t *g_210 = &g_2;
static int32_t ** const g_209[3] = {&g_210,&g_210,&g_210};
static int32_t ** const *g_208 = &g_209[0];
static int8_t  func_1(void);
static int32_t  func_5(int64_t  p_6, uint16_t  p_7);
static uint16_t  func_10(uint16_t  p_11);
static int8_t  func_1(void)
{ 
    uint32_t l_8 = 0x07B5CA98L;
    int32_t l_9 = (-10L);
    int32_t *l_21 = &g_2;
    int32_t l_39 = 0x6A78CD4FL;
    uint64_t *l_52 = (void*)0;
    uint64_t *l_53 = (void*)0;
    uint64_t l_74 = 0UL;
    uint64_t **l_80 = (void*)0;
    int64_t l_119 = 0xCC7B1BD9B2BB32BALL;
    uint64_t l_124 = 18446744073709551607UL;
    int16_t *l_131 = &g_93;
    uint16_t *l_132[2];
    int32_t l_182 = (-5L);
    int32_t l_183[3][4] = {{9L,0xE3EAF4D0L,9L,9L},{0xE3EAF4D0L,0xE3EAF4D0L,(-1L),0xE3EAF4D0L},{0xE3EAF4D0L,9L,9L,0xE3EAF4D0L}};
    uint8_t l_188 = 2UL;
    int32_t ** const *l_206 = (void*)0;
    int i, j;
    for (i = 0; i < 2; i++)
        l_132[i] = &g_78;
    for (g_2 = 12; (g_2 < (-2)); --g_2)
    { 
        int16_t l_22 = 1L;
        uint64_t l_23[3][4] = {{0x5F1BB1300CA3C47ALL,8UL,0UL,8UL},{8UL,0x90E69CD17CD95329LL,0UL,0UL},{0x5F1BB1300CA3C47ALL,0x5F1BB1300CA3C47ALL,0x6CE1A812C005D9C7LL,0x90E69CD17CD95329LL}};
        uint32_t l_24 = 0x4184EB30L;
        int32_t *l_36 = (void*)0;
        int32_t *l_37 = (void*)0;
        int32_t *l_38[1][1];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_38[i][j] = &g_31;
        }
        l_39 = func_5((((1UL || (l_9 = l_8)) >= (((func_10(g_2) || ((safe_lshift_func_int16_t_s_s((&g_18 != l_21), g_2)) >= l_22)) < l_23[0][2]) != l_24)) , g_2), g_2);
    }
    if ((((safe_div_func_int16_t_s_s(g_31, (safe_sub_func_int32_t_s_s((safe_sub_func_int8_t_s_s(g_32[0][1], (safe_div_func_uint32_t_u_u(((((safe_mod_func_int8_t_s_s(((g_54 |= ((safe_unary_minus_func_uint16_t_u((((!(((&l_9 != &g_18) | (0xB2271DC8L == g_32[0][1])) || 4UL)) , (*l_21)) | g_32[0][0]))) != 18446744073709551613UL)) && g_31), 0x23L)) | g_18) | (-1L)) < g_32[0][0]), g_32[2][1])))), 0x2E755E18L)))) && g_18) && 0xCAB5L))
    { 
        uint64_t l_57 = 1UL;
        for (g_54 = 0; (g_54 > 54); g_54 = safe_add_func_int16_t_s_s(g_54, 3))
        { 
            const uint64_t *l_62 = (void*)0;
            const uint64_t **l_61 = &l_62;
            if (l_57)
                break;
            for (l_8 = 0; (l_8 <= 1); l_8 += 1)
            { 
                int32_t **l_58 = &l_21;
                (*l_58) = (void*)0;
            }
            g_18 = (g_59[0][2] == ((*l_61) = (void*)0));
            for (g_18 = 0; (g_18 == (-18)); g_18 = safe_sub_func_int64_t_s_s(g_18, 5))
            { 
                g_65 = &g_18;
                return g_32[0][1];
            }
        }
        (*g_65) = (safe_sub_func_uint32_t_u_u((g_31 , g_32[0][1]), (safe_sub_func_int64_t_s_s((safe_mul_func_int16_t_s_s((g_32[0][1] , (l_57 , (safe_mod_func_int16_t_s_s((l_74 ^ g_18), g_32[3][1])))), l_57)), l_57))));
    }
    else
    { 
        uint16_t *l_77 = &g_78;
        int32_t l_79 = 0x14953B52L;
        uint16_t l_97 = 65535UL;
        uint8_t l_113[4][4] = {{0x4CL,252UL,0x4CL,252UL},{0x2DL,0xB6L,0xE2L,0x4CL},{252UL,0xB6L,0xB6L,252UL},{0xB6L,252UL,0x2DL,0x4CL}};
        int i, j;
        if ((((safe_sub_func_uint32_t_u_u((&g_59[0][2] == ((((((*l_77) ^= 0xE483L) < (&g_60[1] != &g_60[0])) != (g_54 ^ 0x57L)) || l_79) , l_80)), 1L)) || l_79) <= 0xFAD40830L))
        { 
            return g_54;
        }
        else
        { 
            uint8_t l_91 = 0UL;
            int16_t *l_92 = &g_93;
            int32_t *l_102 = &g_32[0][1];
            int32_t *l_105 = &l_79;
            int32_t *l_106 = &g_32[0][1];
            int32_t *l_107 = &g_31;
            int32_t *l_108 = &l_79;
            int32_t *l_109 = &l_9;
            int32_t *l_110 = (void*)0;
            int32_t *l_111 = &l_79;
            int32_t *l_112 = &l_9;
            int32_t *l_122 = &g_18;
            int32_t *l_123[4];
            int i;
            for (i = 0; i < 4; i++)
                l_123[i] = &l_79;
            (*l_21) = (safe_div_func_uint64_t_u_u(((*l_21) , (safe_sub_func_int32_t_s_s((safe_add_func_int16_t_s_s((safe_div_func_int8_t_s_s((safe_div_func_int8_t_s_s((l_91 ^ ((((((*l_92) = l_91) > (0x07L | 0xEDL)) , (void*)0) == &g_65) , (*l_21))), 4L)), l_91)), 1L)), l_91))), (*l_21)));
            if (l_74)
                goto lbl_104;
            if (((!l_79) <= g_60[0]))
            { 
                int32_t **l_99 = (void*)0;
                int32_t ***l_98[4] = {&l_99,&l_99,&l_99,&l_99};
                int i;
                l_79 = (safe_add_func_uint64_t_u_u(l_97, l_91));
                if (g_78)
                    goto lbl_101;
lbl_101:
                g_100[0][0] = &g_65;
                l_21 = (void*)0;
                if (l_97)
                    goto lbl_139;
                l_102 = l_102;
            }
            else
            { 
lbl_104:
                (*l_102) &= (safe_unary_minus_func_uint32_t_u((0x871753070A5162D9LL == ((g_2 | g_18) >= l_79))));
                l_113[1][1]--;
                (*l_106) = (*g_65);
                (*l_106) = (safe_unary_minus_func_int32_t_s(((&g_65 == (void*)0) && (g_121 ^= ((g_120[0] = (((safe_add_func_uint16_t_u_u((l_119 & ((void*)0 != &g_65)), (-2L))) < g_32[0][1]) & 0L)) && 18446744073709551609UL)))));
            }
            l_21 = &l_39;
            ++l_124;
        }
    }
lbl_139:
    (*g_65) = (((safe_mod_func_uint16_t_u_u((safe_mod_func_uint16_t_u_u((g_78 ^= (g_60[1] != (l_131 == l_131))), (safe_rshift_func_int16_t_s_s((safe_sub_func_uint32_t_u_u(1UL, ((safe_mod_func_uint64_t_u_u((((g_60[1] != (-1L)) | g_2) && g_120[0]), 0xF72C582E535A6E07LL)) , 0xA3161F60L))), g_31)))), 65526UL)) < g_31) , (-8L));
    if ((((safe_lshift_func_int8_t_s_u(((~((safe_add_func_uint32_t_u_u((g_18 & (g_54 && 0x0DL)), 4294967295UL)) == (&l_9 != &l_39))) | (*g_65)), 6)) > 0xAFL) == g_120[0]))
    { 
        uint64_t **l_147[4];
        int32_t l_152 = 0xD56FFF88L;
        int8_t *l_153 = &g_121;
        uint16_t **l_161 = (void*)0;
        uint32_t *l_162 = &l_8;
        int16_t l_170[1];
        int32_t l_180 = 0xF88FCEB2L;
        int32_t l_181 = 0x71EECA51L;
        int32_t l_185 = 0L;
        int32_t l_187 = 0L;
        int32_t ** const **l_207[1][3];
        int16_t l_211 = 4L;
        int i, j;
        for (i = 0; i < 4; i++)
            l_147[i] = &g_59[0][2];
        for (i = 0; i < 1; i++)
            l_170[i] = 0x6E75L;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_207[i][j] = &l_206;
        }
        (*g_65) = ((g_59[0][2] = &g_60[1]) == ((safe_add_func_uint32_t_u_u(((*l_162) = ((safe_mul_func_int8_t_s_s(((*l_153) &= l_152), (safe_lshift_func_int8_t_s_s((safe_unary_minus_func_int8_t_s(((void*)0 == l_131))), 5)))) <= ((safe_div_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u((((l_132[1] = &g_78) != (void*)0) == l_152), l_152)), 0x09L)) , g_31))), (*g_65))) , (void*)0));
        for (l_9 = 1; (l_9 >= 0); l_9 -= 1)
        { 
            uint64_t ***l_169[2][1];
            int32_t *l_171 = &l_152;
            int32_t *l_172 = &g_18;
            int32_t l_179 = 0x0699C989L;
            int32_t l_184 = 0xE13164FAL;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_169[i][j] = (void*)0;
            }
            (*l_172) &= (safe_mul_func_uint8_t_u_u(255UL, ((g_60[1] < ((g_2 < ((((*l_171) = (safe_sub_func_int8_t_s_s(((safe_rshift_func_int16_t_s_u((&l_53 != (l_80 = &l_53)), g_32[3][0])) == l_170[0]), g_32[1][1]))) , 3L) , (*l_171))) != 7UL)) && (*l_171))));
            for (g_2 = 1; (g_2 >= 0); g_2 -= 1)
            { 
                int32_t *l_173 = &l_152;
                int32_t *l_174 = &g_32[2][1];
                int32_t *l_175 = (void*)0;
                int32_t *l_176 = &l_152;
                int32_t *l_177 = &g_18;
                int32_t *l_178[2][1];
                int8_t l_186 = 0x85L;
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_178[i][j] = &g_32[1][0];
                }
                l_188--;
            }
        }
        (*g_65) = (safe_add_func_uint8_t_u_u(g_93, ((safe_rshift_func_uint16_t_u_s(g_54, 4)) , ((safe_mul_func_uint16_t_u_u((g_78++), ((((g_201 |= ((65535UL > ((+(!g_60[1])) | (g_32[2][0] && l_170[0]))) ^ l_182)) ^ g_18) , 1UL) || 0x16L))) && l_170[0]))));
        (*g_210) = ((g_31 || (safe_lshift_func_int16_t_s_s(((safe_mod_func_uint16_t_u_u((((g_208 = l_206) != &g_100[0][0]) < (((void*)0 == &l_147[1]) , g_121)), 0x94ADL)) ^ 0x29ABL), l_211))) , (*g_210));
    }
    else
    { 
        uint32_t * const l_212 = &l_8;
        uint32_t *l_213 = (void*)0;
        uint32_t **l_214 = &l_213;
        int32_t **l_215 = (void*)0;
        int32_t **l_216 = &g_210;
        (***g_208) = (l_212 != ((*l_214) = l_213));
        (*l_216) = l_212;
    }
    return g_120[0];
}
static int32_t  func_5(int64_t  p_6, uint16_t  p_7)
{ 
    int32_t *l_25 = &g_18;
    int32_t *l_26 = &g_18;
    int32_t *l_27 = &g_18;
    int32_t *l_28 = &g_18;
    int32_t *l_29 = &g_18;
    int32_t *l_30[4];
    uint64_t l_33 = 0xF8A59D7760765A3FLL;
    int i;
    for (i = 0; i < 4; i++)
        l_30[i] = (void*)0;
    l_33++;
    return g_2;
}
static uint16_t  func_10(uint16_t  p_11)
{ 
    const int8_t l_16 = 0x9DL;
    int32_t *l_17 = &g_18;
    (*l_17) = (((((-1L) | (((safe_mul_func_uint16_t_u_u((g_2 , (0x76DFL >= p_11)), (safe_mod_func_uint16_t_u_u((0xC6088B92L < g_2), 0xB8A2L)))) , g_2) <= 0L)) == l_16) ^ 4294967295UL) > 0x49L);
    return (*l_17);
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_32[i][j], "g_32[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_54, "g_54", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_60[i], "g_60[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_78, "g_78", print_hash_value);
    transparent_crc(g_93, "g_93", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_120[i], "g_120[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_121, "g_121", print_hash_value);
    transparent_crc(g_201, "g_201", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
