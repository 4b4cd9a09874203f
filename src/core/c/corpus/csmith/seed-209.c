#include "csmith.h"
static long __undefined;
static int16_t g_3 = 0x9019L;
static int16_t g_4[3] = {0L,0L,0L};
static uint32_t g_5[1] = {0xE95AAD85L};
static uint8_t g_25 = 0xA5L;
static uint32_t g_27 = 0xE32883E7L;
static uint16_t g_31 = 4UL;
static int64_t g_37 = (-1L);
static uint64_t g_39[2] = {2UL,2UL};
static int32_t g_53 = 0xA0B5BCDCL;
static int32_t *g_52 = &g_53;
static uint32_t g_83 = 0xB4D46498L;
static uint64_t g_87 = 0x0C7DC1DF722E0A50LL;
static uint32_t g_124 = 0xDFD1F3BDL;
static int32_t g_133[3] = {(-1L),(-1L),(-1L)};
static int8_t g_135 = 7L;
static int8_t g_136 = 1L;
static uint8_t g_138 = 246UL;
static uint8_t g_145[4] = {0xB0L,0xB0L,0xB0L,0xB0L};
static uint8_t g_156 = 0UL;
static int64_t *g_169 = &g_37;
static uint64_t g_179 = 2UL;
static uint32_t g_189 = 0UL;
static int16_t *g_198 = &g_3;
static int8_t  func_1(void);
static int32_t  func_8(int32_t  p_9);
static uint32_t * func_15(uint64_t  p_16);
static int8_t  func_1(void)
{ 
    uint32_t *l_2[2];
    int32_t l_14[4][2] = {{0x6E3E45BBL,0x6E3E45BBL},{0x6E3E45BBL,0x6E3E45BBL},{0x6E3E45BBL,0x6E3E45BBL},{0x6E3E45BBL,0x6E3E45BBL}};
    int32_t l_255[2][1];
    const int32_t l_264 = 0L;
    int16_t l_265 = 0x5A47L;
    int i, j;
    for (i = 0; i < 2; i++)
        l_2[i] = (void*)0;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_255[i][j] = 0x1CE23668L;
    }
    l_255[0][0] &= (((--g_5[0]) || func_8(((l_2[0] == (void*)0) || ((safe_rshift_func_int8_t_s_s((((safe_lshift_func_int8_t_s_s(l_14[3][1], g_4[1])) , func_15(g_4[0])) == &g_27), g_5[0])) > 7UL)))) , l_14[3][1]);
    g_52 = &l_255[1][0];
    return g_145[0];
}
static int32_t  func_8(int32_t  p_9)
{ 
    int32_t *l_149 = &g_53;
    int32_t *l_150 = &g_53;
    int32_t *l_151 = &g_53;
    int32_t l_152 = 0xD000C4EEL;
    int32_t l_153 = 0x802BCF3FL;
    int32_t *l_154 = &l_152;
    int32_t *l_155[1][3];
    int8_t l_168 = 0xB5L;
    uint64_t l_194 = 0xBFB3F184A610A40BLL;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_155[i][j] = &l_152;
    }
    (*l_149) ^= (safe_lshift_func_uint8_t_u_u((0x2B304CA5L ^ (!0xB4D02DCD109C4FFDLL)), 7));
    g_156--;
    if (((safe_lshift_func_uint16_t_u_u((safe_mod_func_uint16_t_u_u((safe_mul_func_int16_t_s_s((g_156 , 0x8A83L), (g_87 != (+((safe_mul_func_int16_t_s_s((l_168 || (((g_169 == &g_37) == g_156) > g_135)), p_9)) > p_9))))), g_156)), (*l_150))) | g_27))
    { 
        return (*l_149);
    }
    else
    { 
        uint64_t l_180[3];
        int32_t ***l_197 = (void*)0;
        int16_t **l_199[3][4] = {{&g_198,&g_198,&g_198,&g_198},{&g_198,&g_198,&g_198,&g_198},{&g_198,&g_198,&g_198,&g_198}};
        uint32_t l_252 = 0x423CF226L;
        int i, j;
        for (i = 0; i < 3; i++)
            l_180[i] = 0UL;
        for (g_87 = 0; (g_87 != 27); g_87 = safe_add_func_uint8_t_u_u(g_87, 3))
        { 
            const int64_t l_188 = 0xF0CF8135127CA5F8LL;
            for (g_136 = 0; (g_136 != 0); g_136 = safe_add_func_int32_t_s_s(g_136, 8))
            { 
                int32_t **l_175 = (void*)0;
                int32_t ***l_174 = &l_175;
                (*l_174) = (void*)0;
            }
            for (g_31 = 0; (g_31 <= 0); g_31 += 1)
            { 
                uint64_t *l_178[4][4] = {{&g_87,&g_179,(void*)0,(void*)0},{&g_179,&g_179,&g_87,&g_179},{&g_179,&g_87,&g_87,&g_87},{&g_179,&g_179,&g_87,&g_179}};
                int32_t l_181 = 0xD09DF1B6L;
                int i, j;
                (*l_149) ^= ((g_5[g_31] < g_5[g_31]) , (((l_180[1] |= (g_39[g_31] = ((safe_sub_func_int32_t_s_s((g_39[(g_31 + 1)] != (g_39[g_31] >= ((g_39[(g_31 + 1)] && p_9) , g_39[g_31]))), (-1L))) > p_9))) >= l_181) <= p_9));
                (*l_151) = ((safe_add_func_uint8_t_u_u(5UL, (((((-1L) || ((safe_div_func_int32_t_s_s((safe_mod_func_uint8_t_u_u(l_180[1], (-8L))), ((0xAE2B492AE4C48B7BLL & g_5[g_31]) || p_9))) , l_180[2])) ^ g_53) | p_9) > p_9))) >= p_9);
                g_189 ^= (l_188 == ((((*l_154) = ((*l_151) = ((void*)0 != &g_52))) , &g_37) != (g_5[g_31] , &g_37)));
            }
            if (p_9)
                break;
            (*l_151) &= p_9;
        }
        (*l_150) &= (safe_div_func_uint8_t_u_u((p_9 , ((safe_sub_func_uint16_t_u_u((l_194 & ((g_198 = ((p_9 , ((-1L) <= (safe_lshift_func_uint8_t_u_u((l_197 == (void*)0), p_9)))) , g_198)) != (void*)0)), 0x304CL)) && p_9)), g_39[0]));
        for (l_168 = 0; (l_168 >= 0); l_168 -= 1)
        { 
            int i;
            return l_180[(l_168 + 2)];
        }
        for (g_156 = (-3); (g_156 == 53); g_156 = safe_add_func_uint32_t_u_u(g_156, 3))
        { 
            const int32_t l_216 = 0x32BBBA2DL;
            int32_t **l_221 = &l_151;
            if (p_9)
            { 
                uint16_t l_210 = 0x2DFBL;
                uint8_t *l_213 = &g_138;
                int32_t l_223 = 0x76BEBF0BL;
                (*l_149) = (safe_div_func_uint64_t_u_u((*l_149), (((safe_mul_func_int8_t_s_s(((safe_sub_func_int32_t_s_s((safe_mul_func_int16_t_s_s((l_210 < p_9), (safe_mod_func_int8_t_s_s((((((*l_213)++) ^ g_3) == ((g_124 ^ 0x7C8CL) < 4UL)) && p_9), (-4L))))), g_39[1])) , 0x3AL), 1L)) >= g_5[0]) , l_216)));
                l_223 = (safe_mul_func_int8_t_s_s(((((safe_sub_func_uint8_t_u_u(0x89L, ((void*)0 == l_221))) > p_9) & ((+(**l_221)) != 0x02FEL)) >= 1UL), p_9));
            }
            else
            { 
                int32_t * const *l_225 = &l_154;
                int32_t * const ** const l_224 = &l_225;
                uint64_t *l_238 = (void*)0;
                uint64_t *l_239 = &g_39[0];
                uint16_t *l_248[2][2];
                uint64_t *l_249 = &l_180[1];
                uint32_t *l_250 = (void*)0;
                uint32_t *l_251 = &g_27;
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_248[i][j] = &g_31;
                }
                (**l_221) = ((void*)0 != l_224);
                if (p_9)
                    continue;
                (*l_151) = (!((**l_221) >= (safe_mod_func_int32_t_s_s(((g_136 = p_9) > ((safe_mod_func_int8_t_s_s(0x93L, ((safe_add_func_uint8_t_u_u((safe_mul_func_int8_t_s_s(((+((safe_lshift_func_uint16_t_u_u(((((*l_251) = ((((((*l_239)--) , (safe_mod_func_int64_t_s_s((safe_rshift_func_uint16_t_u_u(g_83, ((((*l_249) = (g_179 = ((*l_239) = ((((**l_225) ^= (((safe_sub_func_int64_t_s_s((*g_169), 1L)) <= g_138) <= (**l_221))) , 0L) || (*l_150))))) , 0x535987D7L) >= p_9))), 0x1FF5390B466F09C5LL))) & p_9) , g_145[0]) == 0xD5L)) <= 0x51025D35L) , l_180[1]), p_9)) , 0UL)) >= p_9), p_9)), 0xF8L)) & g_133[2]))) != (**l_221))), p_9))));
            }
            if (p_9)
                break;
            --l_252;
        }
    }
    return p_9;
}
static uint32_t * func_15(uint64_t  p_16)
{ 
    uint32_t *l_26 = &g_27;
    uint32_t **l_28 = (void*)0;
    uint32_t **l_29 = &l_26;
    uint16_t *l_30[3][1];
    int32_t l_35 = 0x0B25631CL;
    int64_t *l_36 = &g_37;
    uint64_t *l_38 = &g_39[0];
    uint64_t l_58 = 0x1D584D75F053D0C9LL;
    int32_t *l_113 = &g_53;
    const int32_t *l_130[3];
    int32_t l_134 = 0xA17D067CL;
    int32_t l_137[1];
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_30[i][j] = &g_31;
    }
    for (i = 0; i < 3; i++)
        l_130[i] = &l_35;
    for (i = 0; i < 1; i++)
        l_137[i] = 0L;
    if ((((*l_38) |= ((((safe_mul_func_int16_t_s_s((((((*l_36) = ((g_4[0] && ((safe_mod_func_int32_t_s_s(((safe_add_func_int8_t_s_s((safe_sub_func_int32_t_s_s((g_25 & ((g_31 = (((*l_29) = l_26) != (void*)0)) > (safe_mul_func_uint8_t_u_u((~g_3), l_35)))), g_4[0])), g_5[0])) && p_16), 1UL)) || 65535UL)) == l_35)) & p_16) , g_4[0]) ^ l_35), 0xF20BL)) , (void*)0) != &g_27) , 18446744073709551613UL)) , 0x93131EC8L))
    { 
        uint32_t l_46 = 0xD3F04E26L;
        const uint32_t *l_63 = &l_46;
        const uint32_t **l_62 = &l_63;
        int32_t *l_65[4];
        int32_t *l_68 = &g_53;
        int i;
        for (i = 0; i < 4; i++)
            l_65[i] = &g_53;
        if ((safe_mod_func_int8_t_s_s((((l_35 || (safe_div_func_int8_t_s_s((safe_add_func_int64_t_s_s(l_35, (((void*)0 != l_30[2][0]) ^ (p_16 != 246UL)))), l_46))) >= 7UL) , g_37), g_27)))
        { 
            int32_t *l_47 = &l_35;
            int32_t **l_48 = (void*)0;
            int32_t **l_49 = (void*)0;
            int32_t **l_50 = (void*)0;
            int32_t **l_51[2];
            int i;
            for (i = 0; i < 2; i++)
                l_51[i] = &l_47;
            g_52 = l_47;
            if ((safe_rshift_func_int16_t_s_u((safe_mod_func_int64_t_s_s((l_58 && (safe_lshift_func_int8_t_s_s((+l_58), 6))), g_31)), 2)))
            { 
                g_53 = ((*g_52) &= ((void*)0 != l_62));
            }
            else
            { 
                uint32_t *l_64 = &l_46;
                return &g_27;
            }
        }
        else
        { 
            int32_t **l_66 = (void*)0;
            int32_t **l_67 = &l_65[0];
            uint16_t * const l_88 = &g_31;
            int64_t l_112 = 0xB3BAA24DD39D0E3ELL;
            uint64_t **l_123 = &l_38;
            l_68 = ((*l_67) = l_65[0]);
            if (((**l_67) = (*g_52)))
            { 
                uint64_t **l_82 = &l_38;
                int16_t *l_84 = &g_3;
                uint8_t *l_85[4] = {&g_25,&g_25,&g_25,&g_25};
                int32_t l_86 = 7L;
                int i;
                (*l_67) = l_68;
                g_87 ^= ((((-7L) == (l_86 = ((safe_lshift_func_uint8_t_u_u((!(safe_lshift_func_uint16_t_u_s((safe_mod_func_uint64_t_u_u(8UL, (safe_add_func_uint64_t_u_u((((*l_84) = ((safe_sub_func_int32_t_s_s((g_83 ^= (g_53 ^ ((((safe_mod_func_uint16_t_u_u(((g_5[0] , (((*l_82) = &g_39[0]) == &g_39[1])) & g_27), p_16)) , g_3) , &g_31) != (void*)0))), 0xDAF70C77L)) < 0x2BA733A7L)) > 0x41EDL), 0L)))), p_16))), g_5[0])) != 6L))) , 0x5CA43862D4500743LL) >= p_16);
            }
            else
            { 
                const int16_t l_110 = 0x885EL;
                int32_t l_111 = 0x78B88EADL;
                uint64_t **l_122 = &l_38;
                uint64_t ***l_121 = &l_122;
                (*l_68) ^= 0x41BC4ECDL;
                (*g_52) = (&g_31 == l_88);
                l_113 = (((safe_sub_func_int32_t_s_s((safe_mul_func_uint8_t_u_u((((safe_mod_func_uint32_t_u_u((g_5[0] < ((safe_mod_func_int64_t_s_s(((g_4[0] != (((l_111 = (((*l_36) ^= (g_4[2] & (((*l_38) = (safe_rshift_func_uint8_t_u_s(g_4[2], ((safe_lshift_func_int8_t_s_s((safe_rshift_func_uint16_t_u_s((safe_rshift_func_uint16_t_u_s(((safe_mul_func_int8_t_s_s((~((*l_62) != (*l_62))), g_25)) != g_5[0]), 3)), 3)), l_110)) , 0x0EL)))) > (-3L)))) && 0x68ECBDE39F7431CFLL)) && p_16) || p_16)) & 18446744073709551615UL), p_16)) <= 0x4DL)), l_112)) && p_16) || (**l_67)), l_35)), (*g_52))) >= 0x7384L) , &l_111);
                (*g_52) = (((g_37 || (p_16 == ((safe_mul_func_int16_t_s_s((g_37 == (safe_lshift_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u((safe_unary_minus_func_uint32_t_u((((*l_121) = (void*)0) != l_123))), p_16)), g_4[2]))), 0x015BL)) == 3UL))) > (-1L)) ^ g_124);
            }
            (**l_67) = ((~(((*l_88)++) && 1L)) & ((void*)0 != &g_27));
        }
        l_130[0] = l_63;
        (*g_52) = ((void*)0 == &g_31);
    }
    else
    { 
        int32_t *l_131 = &g_53;
        int32_t *l_132[2];
        int i;
        for (i = 0; i < 2; i++)
            l_132[i] = &g_53;
        g_138++;
        g_145[2] ^= ((0x55874C7DL != 7L) <= ((-10L) & ((safe_sub_func_uint64_t_u_u(p_16, (safe_add_func_uint16_t_u_u(((*l_131) >= 0x9BL), 65535UL)))) > p_16)));
    }
    return &g_27;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_4[i], "g_4[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_5[i], "g_5[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_25, "g_25", print_hash_value);
    transparent_crc(g_27, "g_27", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_39[i], "g_39[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_53, "g_53", print_hash_value);
    transparent_crc(g_83, "g_83", print_hash_value);
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_124, "g_124", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_133[i], "g_133[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_135, "g_135", print_hash_value);
    transparent_crc(g_136, "g_136", print_hash_value);
    transparent_crc(g_138, "g_138", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_145[i], "g_145[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_156, "g_156", print_hash_value);
    transparent_crc(g_179, "g_179", print_hash_value);
    transparent_crc(g_189, "g_189", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
