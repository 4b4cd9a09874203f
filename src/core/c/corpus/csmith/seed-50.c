#include "csmith.h"
static long __undefined;
static int64_t g_2 = 0x7F825E7A66FE7D8ALL;
static uint64_t g_4 = 0x951EA66E58D020BDLL;
static int16_t g_11 = 0x621EL;
static int64_t g_13[3][1] = {{2L},{2L},{2L}};
static uint32_t g_23[2] = {0UL,0UL};
static int8_t g_25 = 0x18L;
static int32_t g_27 = (-2L);
static uint16_t g_31 = 0x0C09L;
static uint64_t g_42 = 0UL;
static int32_t *g_63 = &g_27;
static int32_t **g_62 = &g_63;
static int32_t g_82 = 1L;
static uint32_t g_85[1] = {4294967287UL};
static uint32_t g_144 = 4294967292UL;
static uint8_t g_162 = 255UL;
static int8_t g_168 = 1L;
static uint16_t g_172 = 0xB3CFL;
static int64_t g_215 = 0x9547BAECA1BBDA26LL;
static int64_t g_216 = 9L;
static int16_t g_217[1][4] = {{0L,0L,0L,0L}};
static int32_t g_218 = (-1L);
static uint16_t g_221 = 8UL;
static int64_t g_241 = (-4L);
static uint64_t g_242 = 0xD46132A9E99FB6E1LL;
static uint64_t g_272[2] = {4UL,4UL};
static int32_t g_275 = 0xC48F9F20L;
static uint32_t g_295 = 0x0C38ADFBL;
static const uint32_t  func_1(void);
static uint16_t  func_6(uint32_t  p_7);
static const int16_t  func_14(int32_t  p_15, uint64_t * p_16, uint8_t  p_17, uint64_t  p_18, int16_t  p_19);
static const uint32_t  func_1(void)
{ 
    int64_t *l_3 = &g_2;
    uint64_t *l_5 = &g_4;
    int32_t l_10 = 1L;
    int64_t *l_12 = &g_13[2][0];
    int32_t l_255 = 0x76D8C331L;
    int32_t ***l_271[1];
    int i;
    for (i = 0; i < 1; i++)
        l_271[i] = &g_62;
    if ((g_2 , ((((*l_3) = 0x25B3B9DA4D073FF8LL) >= ((*l_5) = g_4)) ^ ((func_6((((((safe_rshift_func_uint16_t_u_u((((l_10 ^ l_10) <= g_11) > 0xE5A9L), 5)) >= 0x81L) , l_12) != &g_13[2][0]) || g_11)) >= 0UL) < g_13[2][0]))))
    { 
        int32_t *l_229 = &l_10;
        int32_t *l_230 = &l_10;
        int32_t *l_231 = &g_27;
        int32_t *l_232 = (void*)0;
        int32_t *l_233 = &g_27;
        int32_t *l_234 = &l_10;
        int32_t *l_235 = &g_27;
        int32_t *l_236 = &g_27;
        int32_t *l_237 = &l_10;
        int32_t *l_238 = (void*)0;
        int32_t *l_239 = &g_27;
        int32_t *l_240[4] = {&g_27,&g_27,&g_27,&g_27};
        int32_t ***l_279 = &g_62;
        int i;
        g_242--;
        if (l_10)
        { 
            int32_t l_247 = 0x1DF46D5BL;
            for (g_11 = (-10); (g_11 >= (-8)); g_11 = safe_add_func_int64_t_s_s(g_11, 8))
            { 
                int32_t ***l_248 = &g_62;
                if (l_247)
                    break;
                (*l_248) = &g_63;
                (*l_234) &= (safe_mul_func_int16_t_s_s(((6L & g_85[0]) , g_27), (safe_rshift_func_uint16_t_u_s((safe_mul_func_int8_t_s_s((((l_255 < (safe_sub_func_int8_t_s_s(g_27, (-1L)))) , l_255) >= l_255), 0L)), 2))));
            }
        }
        else
        { 
            int16_t l_262 = 0x4401L;
            uint8_t *l_265 = &g_162;
            if ((((*l_3) = (((safe_mod_func_uint8_t_u_u(g_13[2][0], (((safe_sub_func_int8_t_s_s((((((l_262 | (((safe_mul_func_uint8_t_u_u(((*l_265) = g_216), g_144)) <= ((((safe_div_func_int32_t_s_s(0x7983F0ABL, 0x691CFF77L)) | (*l_237)) , (void*)0) != l_240[2])) , (*l_231))) , l_262) == l_262) || 0x90638F02L) ^ g_11), 0L)) & g_31) || l_255))) != g_13[2][0]) , g_23[0])) & g_168))
            { 
                int8_t *l_270 = &g_168;
                (*l_235) &= (safe_rshift_func_int8_t_s_u(((*l_270) = l_262), 7));
            }
            else
            { 
                l_271[0] = &g_62;
                (*l_234) ^= (*l_233);
            }
        }
        for (l_255 = 0; (l_255 <= 0); l_255 += 1)
        { 
            int8_t l_280 = 0x7EL;
            for (g_31 = 0; (g_31 <= 0); g_31 += 1)
            { 
                --g_272[1];
                if (g_275)
                    continue;
                return g_216;
            }
            for (g_11 = 0; (g_11 <= 0); g_11 += 1)
            { 
                int32_t *l_278 = &g_27;
                int32_t l_281 = (-10L);
                (*l_236) = (((safe_mod_func_int16_t_s_s((((((&g_27 != l_278) , l_279) != (void*)0) <= ((g_13[2][0] && l_280) , l_281)) < 255UL), 1UL)) >= l_280) , 0L);
            }
        }
    }
    else
    { 
        int8_t l_286 = 0xE1L;
        uint8_t *l_287[4][4] = {{&g_162,&g_162,&g_162,&g_162},{&g_162,&g_162,&g_162,&g_162},{&g_162,&g_162,&g_162,&g_162},{&g_162,&g_162,&g_162,&g_162}};
        int32_t l_288 = 5L;
        int32_t l_291[1];
        int32_t *l_292 = &l_255;
        int8_t *l_293 = (void*)0;
        int32_t l_294[1][2];
        int i, j;
        for (i = 0; i < 1; i++)
            l_291[i] = 0L;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_294[i][j] = 0xF9FA0A26L;
        }
        l_294[0][1] = (safe_mul_func_int8_t_s_s((safe_add_func_uint32_t_u_u((((l_288 = l_286) == (g_25 &= ((l_286 , ((((((*l_292) = ((l_291[0] |= (safe_sub_func_uint16_t_u_u(((l_286 ^ g_168) == ((g_13[1][0] , 0xFBBCB49334CCFE4FLL) && 0x166651E27098317ELL)), 65530UL))) & 0xCB8892D8L)) , 0xB2FF3143L) > g_85[0]) , (void*)0) == (void*)0)) == 0x05L))) , g_4), 0xBF9FFA76L)), 0x04L));
        ++g_295;
    }
    return g_23[0];
}
static uint16_t  func_6(uint32_t  p_7)
{ 
    const int32_t l_21 = 5L;
    uint64_t *l_22 = (void*)0;
    int32_t *l_58 = &g_27;
    int32_t l_64 = 0x9DB4546BL;
    int32_t l_77 = 0L;
    uint16_t *l_206 = &g_31;
    int32_t l_219 = 1L;
    if ((func_14(((+p_7) , 0x578CCA69L), (l_21 , l_22), (g_23[0] ^= g_13[0][0]), l_21, l_21) || l_21))
    { 
        uint64_t *l_45[2][4];
        int32_t l_54 = 0x881F6C98L;
        int32_t *l_55 = &g_27;
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 4; j++)
                l_45[i][j] = &g_42;
        }
        (*l_55) |= (((0x2E31L | ((((void*)0 != l_45[1][1]) ^ p_7) , (safe_div_func_uint16_t_u_u(((safe_mod_func_int8_t_s_s((((((safe_div_func_uint16_t_u_u((((safe_mul_func_int16_t_s_s((-9L), l_54)) == 0L) == 0xB810L), p_7)) >= g_31) || l_54) ^ l_21) != 0x8DL), l_21)) <= 7UL), 0x3735L)))) || 0xBAL) || 254UL);
    }
    else
    { 
        int32_t *l_56 = &g_27;
        int32_t **l_57[4] = {&l_56,&l_56,&l_56,&l_56};
        int i;
        l_58 = l_56;
    }
    for (g_25 = 0; (g_25 == (-9)); --g_25)
    { 
        return p_7;
    }
    if ((+7UL))
    { 
        (*l_58) = (&l_58 != g_62);
        l_64 ^= (*g_63);
    }
    else
    { 
        uint8_t l_72 = 255UL;
        const int32_t **l_127 = (void*)0;
        int32_t l_181[2];
        int i;
        for (i = 0; i < 2; i++)
            l_181[i] = 0x036DBD5DL;
        for (g_25 = 4; (g_25 > (-17)); g_25 = safe_sub_func_int8_t_s_s(g_25, 1))
        { 
            int32_t *l_88 = &l_64;
            uint16_t *l_123 = &g_31;
            uint32_t *l_124 = &g_85[0];
            int16_t *l_133 = &g_11;
            for (l_64 = 0; (l_64 < 11); ++l_64)
            { 
                uint16_t l_71 = 0xF616L;
                int32_t **l_75 = &g_63;
                int32_t l_76 = (-9L);
                int32_t *l_78 = &l_77;
                int32_t *l_79 = &l_76;
                int32_t *l_80 = &l_77;
                int32_t *l_81 = &l_77;
                int32_t *l_83 = &g_27;
                int32_t *l_84[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_84[i] = (void*)0;
            }
            (*g_63) = (safe_lshift_func_uint16_t_u_s((safe_add_func_int32_t_s_s(0xA83E1A65L, (((safe_add_func_uint32_t_u_u((safe_unary_minus_func_uint8_t_u((safe_lshift_func_int8_t_s_u((safe_lshift_func_uint16_t_u_u((safe_div_func_uint16_t_u_u(((safe_lshift_func_int8_t_s_u((safe_div_func_int8_t_s_s((((*l_124) = (((*l_123) = (safe_mul_func_int8_t_s_s(((((safe_sub_func_int16_t_s_s(((p_7 ^ (safe_div_func_int16_t_s_s(((safe_lshift_func_uint16_t_u_u((((safe_mul_func_int16_t_s_s((*l_58), (safe_rshift_func_uint8_t_u_s(((+(((p_7 | (safe_lshift_func_uint8_t_u_s((safe_lshift_func_uint16_t_u_u((((*l_58) | p_7) , l_72), 13)), 5))) != (*l_58)) == 0x7FF15597L)) & p_7), g_23[0])))) <= (*l_88)) , p_7), (*l_58))) || g_82), (*l_88)))) || g_11), (*l_88))) | p_7) > 0x4644A747L) == (*l_58)), g_27))) != g_23[0])) ^ (**g_62)), p_7)), 5)) , (*l_58)), g_42)), 0)), p_7)))), 4294967293UL)) >= (-9L)) , (*l_58)))), g_42));
            if ((safe_sub_func_uint64_t_u_u(((&g_63 != l_127) <= ((safe_unary_minus_func_int8_t_s((safe_sub_func_int8_t_s_s((((((*l_133) ^= (((((*l_88) || (safe_add_func_uint64_t_u_u((*l_58), 0x457E6E873F63695FLL))) <= 1UL) , g_42) ^ 0UL)) <= 6L) != 0L) < g_13[2][0]), g_13[2][0])))) || 0x9363F815L)), p_7)))
            { 
                int32_t l_134[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_134[i] = 0x4EFFBF5EL;
                return l_134[0];
            }
            else
            { 
                return g_27;
            }
        }
lbl_213:
        for (p_7 = 0; (p_7 <= 1); p_7 += 1)
        { 
            int32_t l_135 = (-1L);
            int32_t l_136 = 0x93E04930L;
            int32_t l_161 = 9L;
            int32_t *l_185 = &l_181[0];
            int i;
            for (g_27 = 0; (g_27 <= 0); g_27 += 1)
            { 
                int32_t *l_137 = (void*)0;
                int32_t *l_138 = &l_77;
                int32_t *l_139 = (void*)0;
                int32_t *l_140 = (void*)0;
                int32_t *l_141 = &l_77;
                int32_t *l_142 = &l_136;
                int32_t *l_143[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_143[i] = &l_136;
                g_144++;
            }
            if ((safe_rshift_func_int16_t_s_s(g_23[p_7], g_27)))
            { 
                int32_t *l_149 = (void*)0;
                int32_t *l_150 = &g_27;
                int32_t *l_151 = &l_77;
                int32_t *l_152 = &l_64;
                int32_t *l_153 = &l_77;
                int32_t *l_154 = &g_27;
                int32_t *l_155 = &g_27;
                int32_t *l_156 = (void*)0;
                int32_t *l_157 = &l_77;
                int32_t l_158 = 1L;
                int32_t *l_159 = &l_64;
                int32_t *l_160[1][1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_160[i][j] = (void*)0;
                }
                g_162--;
                if (p_7)
                    continue;
            }
            else
            { 
                int32_t *l_165 = &l_161;
                int32_t *l_166 = &l_77;
                int32_t *l_167 = (void*)0;
                int32_t *l_169 = (void*)0;
                int32_t *l_170 = &l_77;
                int32_t *l_171 = &l_77;
                int32_t *l_175 = (void*)0;
                int32_t *l_176 = &l_64;
                int32_t *l_177 = &l_136;
                int32_t *l_178 = &l_77;
                int32_t *l_179 = (void*)0;
                int32_t *l_180[1][3];
                uint64_t l_182 = 0UL;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_180[i][j] = &g_27;
                }
                ++g_172;
                ++l_182;
                (*l_165) |= ((*l_58) = (*l_178));
            }
            l_185 = (*g_62);
        }
        for (g_27 = (-18); (g_27 == (-13)); ++g_27)
        { 
            uint16_t l_211 = 0x666DL;
            int32_t *l_214[2];
            int32_t l_220 = (-1L);
            int i;
            for (i = 0; i < 2; i++)
                l_214[i] = &l_64;
            for (g_82 = 0; (g_82 <= (-9)); --g_82)
            { 
                int64_t *l_209 = (void*)0;
                int32_t l_210 = 1L;
                int32_t *l_212 = &l_181[0];
                (*l_212) &= (safe_div_func_uint8_t_u_u((safe_mul_func_int16_t_s_s((safe_add_func_uint32_t_u_u(((l_211 |= (((safe_mul_func_int16_t_s_s(((safe_sub_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(((safe_div_func_uint32_t_u_u(((((void*)0 == l_206) && (*l_58)) == (--(*l_206))), (*l_58))) || (l_209 == &g_13[2][0])), p_7)), l_210)) && p_7), 65533UL)) == 0L) <= 0x6955C0660AE4559ELL)) || l_210), g_42)), g_13[2][0])), (*l_58)));
                if (l_210)
                    goto lbl_213;
                if ((*g_63))
                    continue;
                if (p_7)
                    break;
            }
            g_221++;
        }
        for (g_162 = 0; (g_162 == 6); g_162++)
        { 
            uint8_t l_228 = 250UL;
            (**g_62) = ((((((p_7 , (((g_82 > g_85[0]) , (safe_lshift_func_uint8_t_u_s(255UL, (p_7 , p_7)))) || 0xA232L)) || (**g_62)) , (*l_58)) | l_228) | g_144) , (*g_63));
        }
    }
    (*g_62) = &l_219;
    return g_31;
}
static const int16_t  func_14(int32_t  p_15, uint64_t * p_16, uint8_t  p_17, uint64_t  p_18, int16_t  p_19)
{ 
    int16_t l_24 = 0xABA9L;
    int32_t *l_26 = &g_27;
    uint16_t *l_30 = &g_31;
    uint64_t *l_41 = &g_42;
    uint32_t l_43 = 1UL;
    int32_t l_44[2][2];
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_44[i][j] = (-1L);
    }
    l_44[0][1] = ((((*l_26) = (g_25 = (l_24 > g_23[0]))) || (((safe_lshift_func_int16_t_s_u(((*l_26) && (((++(*l_30)) && (!((safe_mod_func_int64_t_s_s(0x769035A60C437FFELL, (safe_add_func_int16_t_s_s((safe_div_func_uint16_t_u_u(((*l_30) = ((void*)0 == l_41)), 0xF6F4L)), 0x67A3L)))) > (*l_26)))) == 0L)), 10)) , l_43) > g_23[1])) , p_17);
    return g_25;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_11, "g_11", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_13[i][j], "g_13[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_23[i], "g_23[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_25, "g_25", print_hash_value);
    transparent_crc(g_27, "g_27", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_85[i], "g_85[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_144, "g_144", print_hash_value);
    transparent_crc(g_162, "g_162", print_hash_value);
    transparent_crc(g_168, "g_168", print_hash_value);
    transparent_crc(g_172, "g_172", print_hash_value);
    transparent_crc(g_215, "g_215", print_hash_value);
    transparent_crc(g_216, "g_216", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_217[i][j], "g_217[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_218, "g_218", print_hash_value);
    transparent_crc(g_221, "g_221", print_hash_value);
    transparent_crc(g_241, "g_241", print_hash_value);
    transparent_crc(g_242, "g_242", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_272[i], "g_272[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_275, "g_275", print_hash_value);
    transparent_crc(g_295, "g_295", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
