#include "csmith.h"
static long __undefined;
static const int8_t g_13[2] = {0x8BL,0x8BL};
static uint64_t g_15 = 0x80E033C225155467LL;
static uint8_t g_27[4][3] = {{0x16L,0x16L,0x16L},{255UL,255UL,255UL},{0x16L,0x16L,0x16L},{255UL,255UL,255UL}};
static int64_t g_28 = 0x0598737A30B91300LL;
static int32_t g_34[3] = {0x1C760FC5L,0x1C760FC5L,0x1C760FC5L};
static int64_t g_48[3] = {0x84A5798870B3783ELL,0x84A5798870B3783ELL,0x84A5798870B3783ELL};
static int8_t g_51 = 0xE6L;
static uint32_t g_64 = 4294967295UL;
static uint32_t g_66 = 0x6E61A645L;
static int32_t g_69[4][1] = {{0xD11CF513L},{(-3L)},{0xD11CF513L},{(-3L)}};
static int64_t g_109 = 0L;
static uint64_t *g_136 = (void*)0;
static uint64_t **g_135 = &g_136;
static const int32_t *g_158 = &g_34[2];
static const int32_t **g_157[4] = {&g_158,&g_158,&g_158,&g_158};
static uint32_t *g_169 = &g_66;
static int32_t *g_173 = &g_34[1];
static uint32_t *g_183[4][4] = {{&g_66,&g_66,&g_66,&g_66},{&g_66,&g_66,&g_66,&g_66},{&g_64,&g_66,&g_64,&g_66},{&g_66,&g_66,&g_64,&g_64}};
static int64_t *g_221 = &g_48[1];
static int32_t g_285[4] = {1L,1L,1L,1L};
static int32_t  func_1(void);
static const int32_t  func_3(const uint64_t  p_4, uint8_t  p_5, uint8_t  p_6, int32_t  p_7, int32_t  p_8);
static uint64_t  func_9(const int8_t  p_10, int32_t  p_11, const int64_t  p_12);
static int32_t  func_1(void)
{ 
    int16_t l_2 = 0xB910L;
    uint16_t l_102[4][4] = {{65533UL,65533UL,65533UL,65533UL},{65533UL,65533UL,65533UL,65533UL},{65533UL,65533UL,65533UL,65533UL},{65533UL,65533UL,65533UL,65533UL}};
    int32_t l_105 = 0x59640E15L;
    int8_t l_148 = 9L;
    const uint32_t *l_149 = &g_66;
    int32_t l_167 = (-5L);
    int32_t *l_174 = &l_105;
    int32_t l_205[3];
    int16_t l_212 = 0x89A3L;
    int32_t l_265 = 0x889F95F8L;
    int32_t l_266[2];
    uint16_t l_291 = 1UL;
    int i, j;
    for (i = 0; i < 3; i++)
        l_205[i] = 0x61D3DFD4L;
    for (i = 0; i < 2; i++)
        l_266[i] = 0L;
    if (l_2)
    { 
        uint64_t *l_14 = &g_15;
        int32_t l_18 = 1L;
        uint8_t *l_25 = (void*)0;
        uint8_t *l_26 = &g_27[3][0];
        int32_t *l_75 = &g_34[1];
        int32_t *l_76[3][3] = {{&g_34[1],&g_34[1],&g_34[1]},{&g_34[1],&g_34[1],&g_34[1]},{&g_34[1],&g_34[1],&g_34[1]}};
        uint8_t l_77 = 0xB4L;
        uint8_t l_92 = 0x27L;
        uint32_t l_104 = 4294967295UL;
        const uint64_t *l_114 = &g_15;
        int16_t l_146 = 1L;
        int i, j;
        (*l_75) = func_3(func_9(g_13[0], g_13[0], ((((l_2 & (((((((*l_14)++) ^ (l_18 , ((((safe_add_func_int32_t_s_s((safe_add_func_uint16_t_u_u(((safe_add_func_uint8_t_u_u(((*l_26) &= (l_18 ^ g_13[1])), g_13[0])) , 0x2B99L), g_13[0])), l_2)) , l_2) & l_2) < l_2))) == l_18) == 0x8D7D2A7E9F21C9B6LL) != l_2) > 255UL)) < l_18) > (-8L)) , 7L)), g_13[0], g_13[0], l_18, g_13[0]);
lbl_159:
        --l_77;
        for (g_64 = 0; (g_64 <= 45); g_64 = safe_add_func_int32_t_s_s(g_64, 8))
        { 
            uint8_t *l_101 = &l_77;
            int32_t l_103 = 0xC46B2371L;
            int8_t *l_108 = &g_51;
            int64_t l_112[4][3] = {{0xCD28735F4C61C4CBLL,0xCD28735F4C61C4CBLL,0xC325D181DD90CDDELL},{0x15197363D2F63B64LL,0x15197363D2F63B64LL,6L},{0xCD28735F4C61C4CBLL,0xCD28735F4C61C4CBLL,0xC325D181DD90CDDELL},{0x15197363D2F63B64LL,0x15197363D2F63B64LL,6L}};
            uint16_t l_122 = 0xFF46L;
            int32_t *l_156 = &g_34[1];
            int i, j;
            l_105 ^= ((safe_mod_func_int64_t_s_s((safe_mod_func_uint64_t_u_u((((safe_add_func_uint8_t_u_u(((g_28 > (((safe_mod_func_uint32_t_u_u((safe_mul_func_uint16_t_u_u(0UL, l_92)), (safe_lshift_func_uint16_t_u_u((safe_add_func_uint16_t_u_u(g_27[3][2], (((*l_101) = (safe_lshift_func_uint8_t_u_s((safe_lshift_func_int8_t_s_s(g_27[2][1], g_13[0])), g_13[0]))) <= l_102[3][1]))), 2)))) , l_2) >= 253UL)) & l_102[3][1]), l_2)) , l_103) > g_64), g_51)), l_104)) <= (*l_75));
            if (((g_13[0] ^ g_69[1][0]) > ((g_27[1][1] != (safe_mul_func_int8_t_s_s((g_109 = ((*l_108) = g_13[0])), ((safe_add_func_int16_t_s_s((0x42L || l_102[3][1]), l_102[3][1])) <= 255UL)))) < g_69[0][0])))
            { 
                return l_112[1][1];
            }
            else
            { 
                uint64_t **l_113 = &l_14;
                uint32_t *l_115 = &g_66;
                int32_t l_118[1][2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_118[i][j] = 0x0A8C7178L;
                }
                (*l_75) ^= (((*l_115) = (((*l_113) = l_14) != l_114)) < (l_103 = (safe_mul_func_uint16_t_u_u(l_118[0][1], (((+(&g_27[3][0] == (void*)0)) & g_13[0]) , 0UL)))));
                if (l_105)
                    break;
                if (g_28)
                    break;
                (*l_75) ^= (((((*l_101) = (safe_sub_func_int16_t_s_s(l_122, (safe_rshift_func_int8_t_s_s(((*l_108) = (safe_sub_func_uint8_t_u_u((safe_rshift_func_int16_t_s_u(l_105, g_28)), (((safe_mul_func_uint16_t_u_u(g_13[1], g_28)) , (void*)0) == &g_64)))), 1))))) || 1L) , (void*)0) != &g_27[3][1]);
            }
            for (l_104 = 0; (l_104 >= 48); l_104 = safe_add_func_uint64_t_u_u(l_104, 9))
            { 
                if (l_103)
                    break;
                l_105 = ((void*)0 == &g_27[3][0]);
            }
            if ((safe_mul_func_uint8_t_u_u((l_102[2][1] && ((void*)0 == g_135)), (safe_mul_func_uint8_t_u_u(((void*)0 == &g_13[1]), 251UL)))))
            { 
                uint32_t l_142[4][3];
                const int64_t *l_145[2][4] = {{&l_112[1][1],&l_112[1][1],&l_112[1][1],&l_112[1][1]},{&l_112[1][1],&l_112[1][1],&l_112[1][1],&l_112[1][1]}};
                int64_t *l_147 = &g_109;
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_142[i][j] = 0UL;
                }
                (*l_75) = (safe_unary_minus_func_int32_t_s((g_13[0] | (g_34[1] , (safe_mod_func_uint16_t_u_u(l_142[0][1], g_48[1]))))));
                (*l_75) = ((((*l_147) = (((void*)0 == l_145[1][1]) & l_146)) >= ((l_148 , (void*)0) == (void*)0)) || g_28);
            }
            else
            { 
                uint16_t l_153 = 0xA844L;
                int32_t **l_154 = (void*)0;
                int32_t **l_155[1][3];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_155[i][j] = &l_75;
                }
                (*l_75) = ((l_149 == (void*)0) & ((+(((((safe_div_func_int32_t_s_s(l_103, 0x4093C7B1L)) >= g_51) < g_69[1][0]) && l_153) , 0x7A6C031CL)) , 18446744073709551607UL));
                l_156 = (void*)0;
                (*l_75) = (0UL == (l_154 != g_157[3]));
                if (l_153)
                    goto lbl_159;
            }
        }
    }
    else
    { 
        int32_t l_160 = 0x00BC88D7L;
        int16_t l_166 = 0x1CA0L;
        int32_t l_204 = 0xD9F99F95L;
        uint32_t l_240 = 1UL;
        int32_t l_252 = 0xF0B0CE89L;
        int32_t l_269 = 0x16C57B5CL;
        int32_t l_270 = (-9L);
        int32_t l_272 = (-1L);
        int32_t l_273 = (-1L);
        int32_t l_274 = 0x98C80E9EL;
        uint32_t l_275 = 4294967287UL;
lbl_209:
        l_160 = (*g_158);
        if ((l_2 < 0x21L))
        { 
            int32_t *l_165[2];
            int i;
            for (i = 0; i < 2; i++)
                l_165[i] = &g_34[1];
            g_34[2] = (safe_div_func_uint8_t_u_u((l_160 < l_160), (safe_mul_func_uint8_t_u_u(((l_148 & 4UL) & 18446744073709551611UL), g_69[0][0]))));
            g_34[1] ^= ((65533UL != ((l_166 <= ((&g_48[2] != &g_48[2]) , ((((void*)0 == &g_64) ^ l_166) <= 1L))) || l_167)) > g_48[0]);
        }
        else
        { 
            int16_t l_171 = 1L;
            uint32_t **l_180 = &g_169;
            uint32_t *l_182 = &g_66;
            uint32_t **l_181[1][4] = {{&l_182,&l_182,&l_182,&l_182}};
            int32_t l_224 = 0x7C4823A7L;
            int16_t l_267[4] = {6L,6L,6L,6L};
            int32_t l_268[3];
            int16_t l_271[4][3] = {{1L,1L,1L},{0xDDBFL,0xDDBFL,0xDDBFL},{1L,1L,1L},{0xDDBFL,0xDDBFL,0xDDBFL}};
            int i, j;
            for (i = 0; i < 3; i++)
                l_268[i] = (-7L);
            for (g_64 = 0; (g_64 <= 3); g_64 += 1)
            { 
                int32_t l_168 = 0x347A9733L;
                int32_t *l_170 = &l_167;
                int32_t **l_172[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_172[i] = (void*)0;
                (*l_170) ^= ((&g_69[3][0] == l_149) <= ((&g_64 != (l_168 , g_169)) || l_166));
                (*l_170) = l_171;
                l_174 = (g_173 = &g_34[0]);
            }
            for (g_28 = 0; (g_28 < 6); ++g_28)
            { 
                int32_t **l_177 = &l_174;
                (*l_177) = &l_167;
                if (l_166)
                    goto lbl_255;
            }
lbl_255:
            if (((safe_div_func_int8_t_s_s((((*l_180) = &g_66) != (g_183[0][1] = &g_64)), (safe_sub_func_int8_t_s_s((safe_div_func_int32_t_s_s((safe_add_func_uint32_t_u_u(((safe_lshift_func_int8_t_s_s(((safe_div_func_uint16_t_u_u((((0L > (safe_mod_func_uint32_t_u_u((safe_add_func_uint32_t_u_u((safe_mul_func_uint8_t_u_u(((safe_add_func_uint32_t_u_u(1UL, (safe_mod_func_uint32_t_u_u(((l_204 = ((*g_173) = ((g_28 & l_166) ^ 0L))) & 1UL), 0x49CAA41AL)))) ^ l_205[2]), g_109)), g_69[0][0])), 4UL))) , l_171) >= g_13[0]), 0xE4EEL)) > g_28), 1)) < g_66), 0x7C0C13F3L)), g_109)), 247UL)))) ^ l_171))
            { 
                int32_t *l_206[1];
                int32_t **l_207 = (void*)0;
                int32_t **l_208 = &l_206[0];
                int i;
                for (i = 0; i < 1; i++)
                    l_206[i] = &l_204;
                (*l_208) = l_206[0];
                if (g_28)
                    goto lbl_209;
                (*g_173) ^= 0x3DB9FBB9L;
            }
            else
            { 
                int64_t **l_217 = (void*)0;
                int64_t **l_218 = (void*)0;
                int64_t *l_220 = &g_48[1];
                int64_t **l_219 = &l_220;
                int32_t l_222[2];
                uint16_t *l_223 = &l_102[2][0];
                int32_t *l_225 = &l_105;
                uint8_t *l_238 = &g_27[0][2];
                int16_t l_239 = (-9L);
                int32_t **l_241 = &l_174;
                int i;
                for (i = 0; i < 2; i++)
                    l_222[i] = 1L;
                l_225 = (((l_224 = (((safe_mul_func_uint16_t_u_u(65535UL, ((*l_223) |= ((((1L != (l_212 , (safe_add_func_uint16_t_u_u(((safe_div_func_int32_t_s_s((((*l_219) = &g_28) != (g_221 = &g_48[1])), l_222[0])) && 0xE968L), 65527UL)))) | (-1L)) , (*g_221)) != l_222[1])))) > l_166) || (*l_174))) & 0UL) , l_225);
                (*l_241) = ((((safe_lshift_func_int16_t_s_u((safe_add_func_uint16_t_u_u((g_34[1] <= ((((safe_add_func_int64_t_s_s((safe_div_func_int64_t_s_s(0xDC325AC4A7598E73LL, (g_15 = ((safe_lshift_func_uint16_t_u_u((((safe_mul_func_uint8_t_u_u(((((((((((*l_238) = ((*g_173) , (*l_174))) && g_13[0]) || 0x6A46L) , l_166) , 0x57F8L) , l_160) && 0xE3EFE984A78F789ELL) , (*g_158)) | (*g_158)), l_239)) & l_166) >= 4294967295UL), (*l_174))) & (*l_225))))), l_240)) ^ 0x327BL) && 0x3E12D531L) ^ l_224)), (-1L))), g_69[3][0])) && (*l_174)) || 3L) , &l_222[0]);
                (*l_241) = ((((**l_241) = (-5L)) > ((safe_div_func_uint16_t_u_u((safe_mul_func_int8_t_s_s((safe_sub_func_uint16_t_u_u((safe_mul_func_int16_t_s_s(l_166, (safe_sub_func_uint64_t_u_u(l_252, 0L)))), ((safe_add_func_uint16_t_u_u((g_13[0] != (-1L)), g_13[0])) & g_34[1]))), g_13[0])), g_27[3][0])) && 7L)) , (*l_241));
            }
            for (l_171 = 0; (l_171 != 20); l_171++)
            { 
                int32_t l_258[3];
                int32_t *l_259 = &l_204;
                int32_t *l_260 = &l_105;
                int32_t *l_261 = (void*)0;
                int32_t *l_262 = &l_204;
                int32_t *l_263 = (void*)0;
                int32_t *l_264[4];
                int16_t *l_282 = &l_2;
                int16_t *l_283 = (void*)0;
                int16_t *l_284[3][4];
                uint8_t *l_290 = &g_27[3][0];
                int i, j;
                for (i = 0; i < 3; i++)
                    l_258[i] = 0x42E75D6BL;
                for (i = 0; i < 4; i++)
                    l_264[i] = (void*)0;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_284[i][j] = &l_212;
                }
                (*g_173) = (l_240 >= l_258[1]);
                l_275--;
                (*l_262) = ((0x54L != (safe_mul_func_int16_t_s_s((g_285[2] &= ((*l_282) &= ((safe_sub_func_uint64_t_u_u(l_267[0], l_271[0][0])) == g_34[2]))), ((((safe_rshift_func_uint8_t_u_s((((*l_290) = ((safe_add_func_uint64_t_u_u(l_268[1], 0x441DD44DDF01C2DELL)) ^ 0UL)) | g_28), g_64)) < (*g_173)) && (*g_173)) < 0x0A16C710281F4DC9LL)))) > g_66);
            }
        }
        return l_240;
    }
    return l_291;
}
static const int32_t  func_3(const uint64_t  p_4, uint8_t  p_5, uint8_t  p_6, int32_t  p_7, int32_t  p_8)
{ 
    int32_t *l_74 = &g_34[0];
    l_74 = &p_7;
    return g_13[0];
}
static uint64_t  func_9(const int8_t  p_10, int32_t  p_11, const int64_t  p_12)
{ 
    uint64_t *l_31 = &g_15;
    uint64_t **l_30[1][4];
    int32_t l_37[2][3] = {{4L,0L,0L},{4L,0L,0L}};
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_30[i][j] = &l_31;
    }
    for (p_11 = 0; (p_11 <= 2); p_11 += 1)
    { 
        uint64_t **l_29 = (void*)0;
        int32_t l_36 = (-9L);
        g_28 = g_27[0][2];
        for (g_28 = 2; (g_28 >= 0); g_28 -= 1)
        { 
            uint32_t l_38 = 0UL;
            int64_t *l_47 = &g_48[1];
            int8_t *l_49 = (void*)0;
            int8_t *l_50 = &g_51;
            int32_t l_62 = (-3L);
            int64_t l_67[4];
            int32_t l_70[3];
            int i, j;
            for (i = 0; i < 4; i++)
                l_67[i] = 0xA37A4C6684E8D7FFLL;
            for (i = 0; i < 3; i++)
                l_70[i] = 0x76A221E1L;
            for (g_15 = 0; (g_15 <= 2); g_15 += 1)
            { 
                int32_t *l_33 = &g_34[1];
                int32_t **l_32 = &l_33;
                int32_t *l_35[4][4] = {{&g_34[1],&g_34[1],&g_34[1],&g_34[1]},{&g_34[1],&g_34[1],&g_34[1],&g_34[1]},{&g_34[1],&g_34[1],&g_34[1],&g_34[1]},{&g_34[1],&g_34[1],&g_34[1],&g_34[1]}};
                int i, j;
                l_30[0][1] = l_29;
                (*l_32) = &p_11;
                l_38--;
            }
            if ((g_27[(g_28 + 1)][p_11] | ((*l_50) |= (safe_rshift_func_uint8_t_u_s(((safe_div_func_uint32_t_u_u(0x1CC0D681L, g_13[0])) != (((*l_47) = (safe_mul_func_int8_t_s_s(l_36, l_38))) , 8UL)), 2)))))
            { 
                return p_12;
            }
            else
            { 
                uint8_t l_60 = 1UL;
                int32_t *l_61[3][4];
                uint32_t *l_63 = &g_64;
                uint32_t *l_65 = &g_66;
                int32_t *l_68 = &g_69[0][0];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_61[i][j] = (void*)0;
                }
                l_70[2] = ((safe_add_func_uint16_t_u_u(((safe_rshift_func_int8_t_s_u((((*l_68) = (((*l_47) ^= p_11) , ((safe_lshift_func_uint8_t_u_u(((g_28 != (((g_27[3][0] , ((((safe_mul_func_uint16_t_u_u((((*l_65) |= ((*l_63) ^= (((((l_62 = l_60) <= (l_37[1][2] || l_37[1][2])) | g_13[0]) | 6L) && 2UL))) , 0xA4CCL), 0xB939L)) & l_37[1][2]) <= l_67[1]) , l_37[0][0])) , l_67[3]) != 7L)) & (-2L)), 5)) < l_37[0][0]))) , g_66), g_34[1])) & g_27[3][0]), g_28)) != l_67[0]);
                if (l_36)
                    break;
            }
            for (g_66 = 0; (g_66 >= 25); g_66 = safe_add_func_int32_t_s_s(g_66, 3))
            { 
                int32_t *l_73[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_73[i] = &g_34[1];
                g_34[0] &= 0L;
            }
        }
    }
    return l_37[0][1];
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
        transparent_crc(g_13[i], "g_13[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_15, "g_15", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_27[i][j], "g_27[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_28, "g_28", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_34[i], "g_34[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_48[i], "g_48[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_51, "g_51", print_hash_value);
    transparent_crc(g_64, "g_64", print_hash_value);
    transparent_crc(g_66, "g_66", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_69[i][j], "g_69[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_109, "g_109", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_285[i], "g_285[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
