#include "csmith.h"
static long __undefined;
static int32_t g_2 = (-7L);
static int32_t g_5 = 0x7A4A12B5L;
static int8_t g_30[2] = {0x50L,0x50L};
static const int32_t **g_41 = (void*)0;
static uint16_t g_43[4][2] = {{65535UL,65535UL},{65535UL,65535UL},{65535UL,65535UL},{65535UL,65535UL}};
static uint64_t g_49 = 9UL;
static uint8_t g_68 = 0x2FL;
static uint8_t g_80 = 0x35L;
static int64_t g_110[3][1] = {{0L},{0L},{0L}};
static int32_t g_124 = 0x030EDB61L;
static int32_t g_125 = (-2L);
static int8_t g_127[2][4] = {{0x1FL,0x1FL,2L,0x1FL},{0x1FL,0x9AL,0x9AL,0x1FL}};
static int64_t g_130 = 0L;
static uint32_t g_131 = 4294967286UL;
static uint8_t g_225 = 0x32L;
static int32_t *g_234 = &g_124;
static uint64_t g_235 = 0xAB121CEEE47738B2LL;
static int32_t g_250 = 0x72CAEA93L;
static int8_t *g_277 = (void*)0;
static uint64_t g_292 = 0xD2ED5C3192946A0ALL;
static int64_t g_304 = 0x8006A75E764AD00BLL;
static int64_t g_330 = 0x78E774DD7B4E7EDFLL;
static uint8_t g_331 = 0UL;
static uint32_t g_347 = 4294967295UL;
static int64_t g_351 = 9L;
static uint32_t g_353 = 0x4EA3051CL;
static const int64_t  func_1(void);
static int32_t * func_8(uint8_t  p_9, uint64_t  p_10, const int32_t * p_11, int32_t * p_12);
static int16_t  func_15(int32_t * p_16);
static const int64_t  func_1(void)
{ 
    const int32_t *l_238 = &g_5;
    for (g_2 = 0; (g_2 == 8); g_2 = safe_add_func_int8_t_s_s(g_2, 3))
    { 
        const int32_t *l_361 = &g_124;
        for (g_5 = 0; (g_5 > 0); g_5++)
        { 
            int32_t *l_18 = (void*)0;
            int32_t **l_17 = &l_18;
        }
    }
    return (*l_238);
}
static int32_t * func_8(uint8_t  p_9, uint64_t  p_10, const int32_t * p_11, int32_t * p_12)
{ 
    int64_t l_241 = 0x9709B9CACC8E27A5LL;
    int32_t l_269 = 0x39424F64L;
    int32_t l_271 = 0xFFC0F78EL;
    int8_t *l_283 = &g_127[1][1];
    int8_t **l_282 = &l_283;
    int64_t l_302 = 0L;
    int32_t *l_345 = (void*)0;
    if ((safe_lshift_func_uint8_t_u_s(g_80, g_235)))
    { 
        return &g_5;
    }
    else
    { 
        int32_t *l_244 = &g_125;
        int16_t l_255 = 1L;
        int8_t **l_284 = (void*)0;
        int32_t l_291[4][3] = {{(-1L),0x9C2E444EL,1L},{(-1L),(-1L),0x9C2E444EL},{1L,0x9C2E444EL,0x9C2E444EL},{0x9C2E444EL,1L,1L}};
        uint64_t l_296 = 0UL;
        int32_t *l_325[3][4] = {{&g_5,&l_271,&g_5,&l_271},{&g_5,&l_271,&g_5,&l_271},{&g_5,&l_271,&g_5,&l_271}};
        const uint16_t *l_342 = &g_43[0][0];
        int32_t l_352 = (-4L);
        uint8_t *l_360 = &g_225;
        int i, j;
        if ((8UL && ((*l_244) = ((0xC51319C18CBA6210LL & l_241) <= (safe_mul_func_uint8_t_u_u(0x8EL, 0xAAL))))))
        { 
            const uint16_t l_262 = 0UL;
            int32_t *l_274 = &g_124;
            int8_t **l_276 = (void*)0;
            int32_t l_285[4][3] = {{0x338E5F94L,6L,0x338E5F94L},{0xCE0FD16BL,0xCE0FD16BL,0xCE0FD16BL},{0x338E5F94L,6L,0x338E5F94L},{0xCE0FD16BL,0xCE0FD16BL,0xCE0FD16BL}};
            int16_t l_295 = 0x87E9L;
            uint16_t *l_341 = &g_43[0][0];
            int i, j;
            if ((*l_244))
            { 
                return p_12;
            }
            else
            { 
                int32_t *l_249 = &g_250;
                int8_t *l_256 = &g_30[1];
                int8_t *l_257 = (void*)0;
                int8_t *l_258 = (void*)0;
                int8_t *l_259 = &g_127[1][1];
                int32_t l_263 = (-6L);
                uint16_t *l_265 = &g_43[2][0];
                uint32_t *l_268[1][2];
                int16_t *l_270 = &l_255;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_268[i][j] = (void*)0;
                }
                (*l_244) = (((safe_lshift_func_uint16_t_u_s((safe_lshift_func_uint16_t_u_s((((*l_249) = p_10) , (safe_lshift_func_int8_t_s_s(((safe_mul_func_uint8_t_u_u(((((*l_259) = ((*l_256) &= l_255)) , p_9) , ((safe_div_func_int64_t_s_s((l_262 & ((&l_262 != (void*)0) == p_9)), l_241)) | 7UL)), g_225)) || l_263), g_5))), p_9)), (*l_244))) , 18446744073709551615UL) , l_241);
                l_271 = (((!((*l_244) = l_262)) <= (((*l_270) = ((l_265 == ((safe_div_func_int32_t_s_s(((((l_269 = 0UL) == ((-1L) <= (g_43[2][0] , p_9))) & p_10) , (*p_11)), l_241)) , &g_43[0][1])) & 0x7802F3114D939EB3LL)) , g_131)) > l_241);
            }
            for (p_10 = 0; (p_10 <= 45); p_10++)
            { 
                int32_t **l_275 = &l_244;
                (*l_275) = l_274;
            }
            if ((p_10 > ((((g_277 = &g_127[1][1]) != ((safe_lshift_func_int8_t_s_s(g_30[1], (safe_sub_func_int8_t_s_s(((((*l_274) = ((l_282 == ((g_43[2][1] != 0xCCF639D2416B469BLL) , l_284)) && g_68)) != l_269) > 0xA3BDL), p_9)))) , (void*)0)) ^ p_9) > l_285[1][1])))
            { 
                int32_t *l_286 = &l_271;
                int32_t *l_287 = (void*)0;
                int32_t *l_288 = &l_285[3][2];
                int32_t *l_289 = &l_285[3][2];
                int32_t *l_290[4][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
                int i, j;
                --g_292;
                (*l_286) = ((*l_289) = ((*l_274) &= (*p_11)));
                l_296--;
                (*l_286) = 0x0BA48760L;
            }
            else
            { 
                int8_t ***l_301[3][4];
                int16_t *l_303 = (void*)0;
                int32_t *l_305 = &l_291[1][2];
                int32_t *l_306 = &l_271;
                int32_t **l_326[2];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_301[i][j] = &l_284;
                }
                for (i = 0; i < 2; i++)
                    l_326[i] = &l_305;
                (*l_306) ^= (0xCED059BEL ^ ((*l_305) &= (safe_mul_func_uint8_t_u_u(((&g_277 == (l_284 = &l_283)) < (0xA980L <= (((g_304 = l_302) >= 3UL) , (*l_274)))), g_68))));
                if (g_125)
                    goto lbl_350;
                (*l_305) = (safe_mod_func_uint16_t_u_u((safe_mod_func_uint64_t_u_u(((safe_add_func_int32_t_s_s((safe_mul_func_int16_t_s_s((0x44452B8BL <= (safe_rshift_func_int8_t_s_s((safe_div_func_int16_t_s_s(g_130, ((safe_mul_func_uint16_t_u_u((((**l_284) = 0xA7L) || (safe_div_func_uint8_t_u_u((p_10 >= (safe_div_func_uint32_t_u_u(4294967292UL, 1L))), g_30[0]))), (*l_274))) && l_271))), 4))), p_10)), (*g_234))) && (*p_11)), g_235)), 65534UL));
                p_11 = l_325[1][0];
            }
            for (p_10 = 9; (p_10 == 36); p_10++)
            { 
                int32_t **l_329[1];
                uint16_t *l_339 = &g_43[2][0];
                uint16_t **l_340 = (void*)0;
                uint8_t *l_343 = &g_331;
                int i;
                for (i = 0; i < 1; i++)
                    l_329[i] = (void*)0;
                p_12 = &l_269;
                g_331--;
                (*l_244) = ((safe_add_func_int32_t_s_s(l_269, ((~p_9) >= ((*l_283) = p_9)))) , (safe_mul_func_uint8_t_u_u(((*l_343) = ((l_341 = l_339) == l_342)), 0x34L)));
                (*l_274) = (*p_12);
            }
        }
        else
        { 
            int32_t **l_344[2];
            int i;
            for (i = 0; i < 2; i++)
                l_344[i] = &l_325[1][0];
            p_11 = (g_234 = (p_10 , &l_291[0][2]));
            (*g_234) ^= ((*l_244) &= (*p_12));
            l_345 = &l_291[2][0];
            (*l_244) = ((+1UL) , 0xE87DCAFDL);
        }
lbl_350:
        ++g_347;
        ++g_353;
        for (g_347 = 0; (g_347 >= 27); ++g_347)
        { 
            (*l_244) |= (((**l_282) = ((p_9 <= 1L) , (safe_sub_func_uint64_t_u_u(g_304, (&p_9 == l_360))))) < p_9);
        }
    }
    return &g_5;
}
static int16_t  func_15(int32_t * p_16)
{ 
    uint16_t l_19[4][4];
    int32_t *l_20[1][2];
    int64_t l_152 = 0x620DE40056FDF27DLL;
    int32_t *l_157 = &g_125;
    int8_t * const l_160 = &g_127[1][1];
    uint16_t l_221 = 0x8102L;
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
            l_19[i][j] = 0x505BL;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_20[i][j] = &g_5;
    }
    if (((l_19[3][3] ^ ((((((void*)0 == l_20[0][0]) ^ (g_2 ^ (safe_mul_func_int8_t_s_s(g_5, g_5)))) , g_5) | 9UL) , g_2)) != 0UL))
    { 
        int8_t *l_29 = &g_30[1];
        uint16_t l_40[2][4];
        int32_t * const *l_42 = &l_20[0][0];
        int32_t l_53 = 0xE206C165L;
        const uint32_t l_107 = 0xA3977A87L;
        int16_t l_108[2];
        int32_t l_122 = 0xE2074A6AL;
        int32_t l_126 = 0x404CF588L;
        uint16_t *l_139 = &l_19[2][2];
        int8_t l_144 = 0xEAL;
        uint32_t *l_147 = &g_131;
        const int32_t *l_170 = &g_124;
        int32_t l_178 = 4L;
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 4; j++)
                l_40[i][j] = 3UL;
        }
        for (i = 0; i < 2; i++)
            l_108[i] = 0x28FFL;
        if ((g_43[2][0] = ((safe_mod_func_int16_t_s_s(((((((((safe_lshift_func_int16_t_s_s(((*p_16) > 0x214D2FC5L), 3)) && ((safe_rshift_func_int8_t_s_u(((*l_29) = 0L), (~(safe_mul_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((safe_mul_func_int8_t_s_s((safe_div_func_uint16_t_u_u(g_2, (l_40[1][0] | 0xB4983CA3L))), 246UL)), g_2)), g_2))))) , g_30[1])) != l_40[0][3]) , g_41) == l_42) > 18446744073709551615UL) > (**l_42)) & (**l_42)), 0x742DL)) > 0x2C82F3C0L)))
        { 
            int8_t l_48 = 0L;
            g_49 = (safe_lshift_func_uint8_t_u_u(((safe_mul_func_int16_t_s_s(l_48, l_48)) <= ((**l_42) , 1UL)), 7));
        }
        else
        { 
            uint16_t *l_56 = (void*)0;
            int32_t l_57 = (-3L);
            uint16_t *l_58[3];
            int32_t l_59 = 0x8D11A6C9L;
            uint8_t *l_67 = &g_68;
            int i;
            for (i = 0; i < 3; i++)
                l_58[i] = &g_43[2][0];
            for (g_49 = (-30); (g_49 > 30); g_49++)
            { 
                int32_t **l_52 = &l_20[0][1];
                (*l_52) = p_16;
            }
            l_53 = (g_43[2][0] ^ 9L);
            l_53 ^= (safe_mod_func_int64_t_s_s(((g_43[1][0]--) , (safe_unary_minus_func_uint8_t_u((safe_mul_func_int8_t_s_s(((g_43[2][0] >= (((((safe_rshift_func_int8_t_s_u((**l_42), ((*l_67) = g_30[1]))) & 0x72239D13L) && ((void*)0 != &g_68)) || g_43[2][0]) <= (-1L))) | l_59), (**l_42)))))), l_57));
            for (l_59 = 0; (l_59 <= 16); l_59 = safe_add_func_int32_t_s_s(l_59, 8))
            { 
                uint16_t l_79 = 0xF40AL;
                if ((*p_16))
                    break;
                g_80 = (safe_mod_func_int32_t_s_s((safe_mul_func_int8_t_s_s(g_30[1], ((((safe_div_func_uint16_t_u_u(((safe_lshift_func_uint16_t_u_s(g_49, ((g_30[1] , &g_2) != (void*)0))) == l_57), 0xA607L)) <= 0x5DL) && 0x11L) <= l_79))), g_43[2][0]));
            }
        }
        for (l_53 = 0; (l_53 >= 12); ++l_53)
        { 
            uint32_t l_106 = 18446744073709551606UL;
            int32_t l_109[4][2] = {{8L,8L},{8L,8L},{8L,8L},{8L,8L}};
            int32_t l_121 = 0xC879DA91L;
            int i, j;
            g_110[0][0] &= (safe_rshift_func_int16_t_s_u((**l_42), (((~((l_109[3][1] = ((safe_sub_func_uint32_t_u_u((((safe_div_func_uint8_t_u_u((g_80 = (safe_rshift_func_uint8_t_u_s((safe_sub_func_uint8_t_u_u((safe_mul_func_int16_t_s_s(g_68, (((safe_lshift_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_s((g_43[2][0] , ((((safe_mul_func_int8_t_s_s((safe_rshift_func_uint8_t_u_u((((safe_mul_func_uint16_t_u_u((((l_106 == (5L <= (**l_42))) >= g_43[2][0]) < (**l_42)), 0xD895L)) | 1UL) <= g_43[0][1]), 6)), l_106)) , l_107) > g_5) != g_68)), l_106)), l_108[0])) || (**l_42)) == 0x59977ACE7FEFA8C4LL))), 0xBBL)), 6))), l_106)) < (**l_42)) & 0xFC5172592CB3A568LL), g_30[1])) == (**l_42))) != 0UL)) >= (-5L)) != (**l_42))));
            l_121 = ((safe_sub_func_uint32_t_u_u(l_109[1][1], 0L)) < (safe_rshift_func_int8_t_s_s((safe_lshift_func_uint16_t_u_s((safe_add_func_uint64_t_u_u(((safe_div_func_int16_t_s_s(0xE2E0L, (((**l_42) , ((*l_29) = ((((*p_16) > g_5) | 0x64D1L) <= (**l_42)))) , 0x4DE6L))) != 0x50L), (**l_42))), 13)), g_43[2][0])));
            if ((0x46L & (g_68 || l_121)))
            { 
                return g_5;
            }
            else
            { 
                int32_t **l_123 = &l_20[0][0];
                int32_t l_128 = 0L;
                int32_t l_129 = 0x35EB154EL;
                l_122 |= (*p_16);
                (*l_123) = &g_5;
                --g_131;
            }
        }
        g_124 &= (safe_sub_func_uint32_t_u_u(((~(--(*l_139))) == (0x9E114892L < (l_144 , ((*l_147) = (g_43[2][0] <= (safe_rshift_func_uint16_t_u_u((0xB552A0AEB11F9A04LL < 0x78E667A4CD60AC8FLL), 9))))))), 8UL));
        if ((((-1L) > (((safe_div_func_uint64_t_u_u((safe_mul_func_uint16_t_u_u(l_152, (((((+((**l_42) ^ (g_80 | (--g_49)))) , l_42) != (void*)0) & (**l_42)) & g_2))), (**l_42))) & (-1L)) & 0UL)) || (**l_42)))
        { 
            int32_t **l_156 = &l_20[0][0];
            int16_t *l_161 = (void*)0;
            int16_t *l_162 = &l_108[1];
            (*l_157) |= (((*l_156) = p_16) != l_157);
            g_124 = ((((safe_lshift_func_int16_t_s_s(((*l_162) = ((((*l_156) = &g_124) != p_16) , (l_160 == (void*)0))), 4)) && (((safe_sub_func_int8_t_s_s(((((*l_157) |= (safe_sub_func_uint64_t_u_u((**l_156), 0x6E4D920E91C3CDCBLL))) & (*p_16)) && 0x27DDL), 9L)) , &g_131) == &g_131)) | 0xE6A1E35DL) == g_68);
            for (l_53 = (-11); (l_53 == 1); l_53 = safe_add_func_uint16_t_u_u(l_53, 2))
            { 
                const int32_t *l_169[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_169[i] = &g_5;
                l_170 = l_169[2];
                (*l_156) = p_16;
            }
        }
        else
        { 
            uint32_t l_176 = 0xD4EA75E2L;
            int32_t * const *l_177[1];
            int i;
            for (i = 0; i < 1; i++)
                l_177[i] = &l_20[0][1];
            for (g_68 = 0; (g_68 <= 1); g_68 += 1)
            { 
                int32_t **l_171 = &l_20[0][0];
                (*l_171) = p_16;
            }
            (*l_157) = g_110[0][0];
            (*l_157) = (0xC942L >= (((safe_sub_func_int8_t_s_s((((void*)0 != p_16) || (((-1L) | ((l_176 , (void*)0) == l_177[0])) == 0xCE062718EDF5E4C9LL)), g_127[1][1])) , l_178) && 0x46FE8B5CC303B9D0LL));
        }
    }
    else
    { 
        return g_2;
    }
    for (g_49 = (-19); (g_49 <= 3); g_49++)
    { 
        int16_t l_181 = 0L;
        int32_t *l_182 = &g_124;
        uint16_t *l_183 = &l_19[2][2];
        if ((((((18446744073709551615UL != l_181) ^ (p_16 == l_182)) , ((*l_183) = 0x9C87L)) & (*l_182)) , (*p_16)))
        { 
            const uint16_t *l_220 = &l_19[3][2];
            for (g_80 = 0; (g_80 <= 1); g_80 += 1)
            { 
                int16_t *l_190 = &l_181;
                int i, j;
                (*l_182) = (safe_div_func_uint32_t_u_u(0x26C2FE16L, (safe_mul_func_uint8_t_u_u((g_127[g_80][g_80] , (((*l_190) = (safe_rshift_func_int8_t_s_s(0L, 5))) == ((*l_183) = (g_127[g_80][(g_80 + 1)] < (safe_rshift_func_uint8_t_u_u(g_127[g_80][(g_80 + 2)], 4)))))), 5L))));
                (*l_157) = (((safe_sub_func_uint16_t_u_u(((safe_rshift_func_int16_t_s_u(0xBFF1L, (g_125 ^ 2UL))) , (*l_182)), g_127[g_80][(g_80 + 1)])) , g_80) || g_80);
            }
            for (g_124 = 0; (g_124 <= 14); g_124 = safe_add_func_uint16_t_u_u(g_124, 1))
            { 
                uint32_t l_199[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_199[i] = 0xB25924D1L;
                if (l_199[1])
                    break;
            }
            for (l_152 = 3; (l_152 >= 0); l_152 -= 1)
            { 
                l_157 = &g_124;
            }
            for (g_80 = (-22); (g_80 > 27); g_80++)
            { 
                uint32_t l_219 = 4294967286UL;
                int8_t *l_222 = &g_30[1];
                uint8_t *l_223 = (void*)0;
                uint8_t *l_224 = &g_225;
                int32_t **l_226 = &l_182;
                int32_t **l_227 = &l_20[0][0];
            }
        }
        else
        { 
            uint64_t l_230 = 0UL;
            (*l_157) ^= 0L;
            l_230 = (safe_lshift_func_int8_t_s_u(((*l_160) &= (*l_182)), 0));
        }
    }
    for (g_130 = (-12); (g_130 > (-6)); g_130 = safe_add_func_int8_t_s_s(g_130, 5))
    { 
        for (l_221 = 0; (l_221 <= 1); l_221 += 1)
        { 
            int32_t **l_233[2][3] = {{&l_20[0][0],&l_20[0][0],&l_20[0][0]},{&l_20[0][0],&l_20[0][0],&l_20[0][0]}};
            int i, j;
            g_234 = l_20[0][1];
            --g_235;
        }
    }
    return g_30[1];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_30[i], "g_30[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_43[i][j], "g_43[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_68, "g_68", print_hash_value);
    transparent_crc(g_80, "g_80", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_110[i][j], "g_110[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_124, "g_124", print_hash_value);
    transparent_crc(g_125, "g_125", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_127[i][j], "g_127[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_130, "g_130", print_hash_value);
    transparent_crc(g_131, "g_131", print_hash_value);
    transparent_crc(g_225, "g_225", print_hash_value);
    transparent_crc(g_235, "g_235", print_hash_value);
    transparent_crc(g_250, "g_250", print_hash_value);
    transparent_crc(g_292, "g_292", print_hash_value);
    transparent_crc(g_304, "g_304", print_hash_value);
    transparent_crc(g_330, "g_330", print_hash_value);
    transparent_crc(g_331, "g_331", print_hash_value);
    transparent_crc(g_347, "g_347", print_hash_value);
    transparent_crc(g_351, "g_351", print_hash_value);
    transparent_crc(g_353, "g_353", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
