#include "csmith.h"
static long __undefined;
struct S0 {
   int16_t  f0;
   const int64_t  f1;
   uint32_t  f2;
   int32_t  f3;
   int64_t  f4;
   int32_t  f5;
   int32_t  f6;
   uint32_t  f7;
   const uint64_t  f8;
   const int32_t  f9;
};
static int64_t g_10 = 8L;
static uint16_t g_42[2][3] = {{1UL,9UL,1UL},{1UL,9UL,1UL}};
static uint16_t g_46 = 65527UL;
static uint8_t g_48 = 255UL;
static int32_t g_65 = 0x7A89A43DL;
static int32_t *g_67 = &g_65;
static int64_t g_75[1] = {1L};
static uint8_t g_76 = 0x9CL;
static uint8_t g_82 = 9UL;
static const int32_t g_94 = 1L;
static uint64_t g_98[2] = {1UL,1UL};
static uint32_t g_101[4][3] = {{0xED884ACFL,0xED884ACFL,0xF7292F90L},{0xEABB8780L,0xF7292F90L,0xF7292F90L},{0xF7292F90L,0x71009973L,0xC7D23680L},{0xEABB8780L,0x71009973L,0xEABB8780L}};
static uint32_t g_103 = 1UL;
static uint8_t *g_127[4] = {&g_48,&g_48,&g_48,&g_48};
static int64_t *g_143 = &g_75[0];
static int64_t **g_142 = &g_143;
static int8_t g_159 = 0xB2L;
static int8_t *g_170 = &g_159;
static uint32_t g_180 = 0xAF48925BL;
static int32_t g_182[3] = {0x033656F6L,0x033656F6L,0x033656F6L};
static int8_t g_189 = 0x56L;
static int8_t **g_203 = (void*)0;
static int8_t *** const g_202 = &g_203;
static int32_t g_228 = 0x4CFF507DL;
static uint16_t g_277 = 65528UL;
static uint32_t *g_306 = (void*)0;
static uint32_t **g_305[3] = {&g_306,&g_306,&g_306};
static uint8_t g_363 = 0xE7L;
static int32_t g_375[2] = {0x36695570L,0x36695570L};
static int8_t ***g_392 = (void*)0;
static int8_t ****g_391 = &g_392;
static int8_t *****g_390 = &g_391;
static int32_t  func_1(void);
static int8_t  func_4(int32_t  p_5, int8_t  p_6, uint16_t  p_7, uint16_t  p_8, int8_t  p_9);
static uint64_t  func_21(int64_t  p_22, uint16_t  p_23);
static int32_t  func_1(void)
{ 
    int8_t l_32 = 0x0CL;
    uint64_t *l_97[4][1] = {{&g_98[1]},{&g_98[1]},{&g_98[1]},{&g_98[1]}};
    int32_t l_99[1][4] = {{0L,0L,0L,0L}};
    int8_t *l_100[1];
    uint32_t *l_102[1];
    int32_t l_104 = (-1L);
    int32_t l_105 = 4L;
    int32_t *l_339 = &l_104;
    int32_t l_340 = 0xA39DDDDFL;
    uint32_t l_353 = 0x5D62C669L;
    uint8_t *l_362 = &g_48;
    int64_t l_364 = 0x958541D5164D0CA8LL;
    int32_t *l_365 = &l_99[0][3];
    int8_t ***l_373 = &g_203;
    int8_t ****l_372 = &l_373;
    struct S0 l_401 = {0xD258L,0xC5626FFDDD55966BLL,0x1AD845FAL,1L,0xD643C9C7D314F9FALL,-9L,0x2DE0B8B0L,4294967295UL,1UL,0x8CD2F363L};
    uint8_t l_404 = 7UL;
    uint32_t l_409 = 0x54BE3385L;
    int i, j;
    for (i = 0; i < 1; i++)
        l_100[i] = (void*)0;
    for (i = 0; i < 1; i++)
        l_102[i] = &g_103;
    (*l_339) = (safe_add_func_int8_t_s_s(func_4((l_105 = (g_10 , (((safe_rshift_func_int8_t_s_s((safe_add_func_uint64_t_u_u(g_10, 18446744073709551615UL)), g_10)) , ((l_104 = (safe_sub_func_int8_t_s_s((g_101[1][0] = (safe_rshift_func_int16_t_s_u(((safe_lshift_func_int8_t_s_s((((l_99[0][3] |= func_21(((safe_mod_func_uint16_t_u_u((safe_add_func_uint32_t_u_u((safe_mod_func_int8_t_s_s((safe_rshift_func_int16_t_s_u(l_32, 13)), g_10)), g_10)), g_10)) || 0x0AL), g_10)) , g_65) , l_32), 7)) , 0x90DFL), g_98[1]))), 0x83L))) <= g_103)) <= l_32))), l_32, g_94, l_32, g_10), g_189));
    (*l_365) = (l_340 > (safe_rshift_func_int16_t_s_s(((safe_div_func_uint32_t_u_u((safe_mod_func_int16_t_s_s(((safe_mod_func_int16_t_s_s(((safe_add_func_uint32_t_u_u((safe_div_func_uint32_t_u_u(l_353, (safe_add_func_uint8_t_u_u((((safe_mod_func_uint32_t_u_u(((*l_339) = 0x20660060L), ((((((*l_362) |= (safe_add_func_int64_t_s_s((-1L), (safe_mod_func_uint8_t_u_u(l_99[0][3], l_340))))) | (-8L)) || 9L) || 0L) , g_363))) < l_99[0][0]) , 9UL), (*g_170))))), l_353)) > (-4L)), l_353)) == g_98[1]), g_65)), l_364)) & l_340), 10)));
    for (g_82 = 0; (g_82 != 37); g_82 = safe_add_func_int16_t_s_s(g_82, 1))
    { 
        int8_t *****l_374 = &l_372;
        uint16_t *l_376 = (void*)0;
        uint16_t *l_377 = &g_42[0][1];
        int32_t l_394 = (-9L);
        int16_t l_395 = 1L;
        uint16_t l_396 = 0xEB1BL;
        (*l_339) = (*l_365);
        if (g_98[1])
            continue;
        if ((safe_rshift_func_uint16_t_u_u((safe_sub_func_int16_t_s_s((g_375[0] = (((*l_374) = l_372) == &g_202)), 65529UL)), ((*l_377) ^= 0UL))))
        { 
            int32_t l_380[3];
            int32_t l_383 = 1L;
            int32_t *l_384 = &g_228;
            int i;
            for (i = 0; i < 3; i++)
                l_380[i] = 8L;
            (*l_384) &= (((*l_362) = 0x40L) || (l_383 = ((safe_mul_func_uint8_t_u_u(((*l_339) || (l_380[0] , ((l_380[0] < ((*l_365) == g_42[0][1])) | 1UL))), 0xDDL)) > g_75[0])));
        }
        else
        { 
            int32_t l_385 = 0xC0E46B9DL;
            int32_t *l_407 = &g_375[0];
            int32_t *l_408[2];
            int i;
            for (i = 0; i < 2; i++)
                l_408[i] = &g_375[1];
            (*l_339) |= (l_385 , ((safe_lshift_func_uint8_t_u_s((*l_365), (((safe_add_func_int16_t_s_s(((((((void*)0 == g_390) >= (((safe_unary_minus_func_int8_t_s(l_385)) , l_385) && l_394)) , (void*)0) != (**g_390)) , l_395), 0x5DF6L)) ^ (**g_142)) <= l_396))) , l_385));
            (*l_339) = (safe_lshift_func_uint8_t_u_u((safe_mod_func_int16_t_s_s(((l_401 , (*l_339)) , (((l_385 , 0x4E47L) && ((+g_182[2]) >= l_385)) >= l_395)), (*l_339))), 6));
            (*l_365) = (((!l_404) ^ (&g_306 != (void*)0)) != (--(*l_362)));
            ++l_409;
        }
        g_182[2] |= g_76;
    }
    return g_180;
}
static int8_t  func_4(int32_t  p_5, int8_t  p_6, uint16_t  p_7, uint16_t  p_8, int8_t  p_9)
{ 
    int32_t *l_106 = (void*)0;
    int32_t **l_107 = &g_67;
    const uint8_t l_165[2] = {7UL,7UL};
    int8_t *l_169 = &g_159;
    int8_t *l_188 = &g_189;
    int8_t * const ***l_208 = (void*)0;
    uint16_t *l_226 = &g_42[0][1];
    uint32_t l_240 = 3UL;
    int32_t l_308 = (-7L);
    uint64_t *l_333 = &g_98[1];
    int32_t l_338[3][3] = {{0L,0L,0L},{0xA0C228B3L,0xA0C228B3L,0xA0C228B3L},{0L,0L,0L}};
    int i, j;
    (*l_107) = l_106;
    for (g_76 = 0; (g_76 >= 37); g_76 = safe_add_func_int16_t_s_s(g_76, 6))
    { 
        uint32_t l_110 = 0UL;
        return l_110;
    }
    for (p_8 = 0; (p_8 != 57); p_8++)
    { 
        int16_t l_132 = 9L;
        uint8_t *l_164 = &g_82;
        int32_t l_190 = 2L;
        uint64_t *l_213[2][3] = {{&g_98[1],&g_98[1],(void*)0},{&g_98[1],&g_98[1],(void*)0}};
        int i, j;
        for (p_5 = 0; (p_5 <= (-14)); p_5 = safe_sub_func_uint64_t_u_u(p_5, 3))
        { 
            int32_t l_115 = 0xB194A10BL;
            int32_t l_116 = 2L;
            (*l_107) = (void*)0;
            (*l_107) = &p_5;
            if ((l_115 = (-1L)))
            { 
                uint8_t *l_126 = &g_48;
                int32_t l_130 = (-1L);
                uint32_t *l_131 = &g_103;
                int32_t *l_133 = &l_130;
                l_116 = (**l_107);
                (*l_133) = ((safe_lshift_func_int16_t_s_s(((safe_lshift_func_int8_t_s_u(0x3BL, ((!(safe_lshift_func_uint16_t_u_s(((((safe_add_func_int16_t_s_s((g_98[1] ^ ((((g_127[3] = l_126) == (void*)0) <= (((safe_div_func_int64_t_s_s((((*l_131) = (g_10 > l_130)) , l_132), 0x9DB3CA632B0D1CDFLL)) && 2UL) & 0xB6A2D83EL)) < 0xF823F9BEL)), p_7)) > 65535UL) , (void*)0) != &g_94), g_42[0][1]))) & g_101[3][2]))) & l_132), 6)) , (*g_67));
                return p_7;
            }
            else
            { 
                int32_t l_136 = (-1L);
                int32_t *l_141 = &l_136;
                int64_t ***l_144 = &g_142;
                uint16_t *l_157 = &g_42[0][1];
                int8_t *l_158 = &g_159;
                (*l_141) = (safe_mod_func_uint8_t_u_u(((l_136 & p_7) & ((safe_rshift_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_u(p_6, 1)), g_98[1])) > (p_9 | 0xD8L))), l_116));
                if (p_5)
                    break;
                (*l_144) = g_142;
                (*l_141) ^= ((**l_107) >= ((0x14L & ((((safe_mod_func_uint32_t_u_u((((((safe_rshift_func_uint16_t_u_u((((safe_lshift_func_uint16_t_u_s((((safe_lshift_func_int8_t_s_u(((*l_158) = ((safe_rshift_func_int16_t_s_u((((p_5 , l_115) , ((*l_157) ^= ((safe_mod_func_int8_t_s_s(g_101[1][0], p_7)) & p_7))) >= g_48), p_8)) , p_8)), l_132)) <= 0xB44B642ED4BA02FELL) , 9UL), 3)) <= p_5) ^ p_9), g_94)) != p_9) != p_6) == (*g_67)) <= 249UL), 0xB62BC82BL)) == l_132) & 255UL) == p_6)) , l_132));
            }
        }
        if ((safe_rshift_func_int8_t_s_u((((((18446744073709551614UL & (safe_lshift_func_uint8_t_u_u((((((void*)0 == l_164) , ((*g_143) = 0L)) & 0x1B29B62C093970EBLL) , 1UL), 7))) < l_132) , (void*)0) != (void*)0) & p_7), l_165[1])))
        { 
            int32_t *l_166 = &g_65;
            int8_t *l_168 = (void*)0;
            int8_t **l_167[2];
            int16_t *l_179 = &l_132;
            int32_t *l_181 = &g_182[2];
            int i;
            for (i = 0; i < 2; i++)
                l_167[i] = &l_168;
            (*l_107) = l_166;
            (*l_181) |= ((((l_169 = &g_159) == (g_170 = &g_159)) , ((safe_rshift_func_uint16_t_u_u((((**g_142) < ((safe_sub_func_uint16_t_u_u((((*l_179) = (safe_mod_func_int32_t_s_s(((safe_add_func_int16_t_s_s((p_7 <= (*g_67)), p_7)) | 0x80L), 0x99B4F4D2L))) || g_180), p_9)) <= p_8)) <= p_9), 11)) == 0x51L)) != p_9);
        }
        else
        { 
            g_67 = (*l_107);
            for (g_159 = 25; (g_159 <= 14); g_159 = safe_sub_func_uint16_t_u_u(g_159, 6))
            { 
                int8_t **l_187[2];
                int32_t *l_191 = &g_65;
                int i;
                for (i = 0; i < 2; i++)
                    l_187[i] = &g_170;
                (*l_191) = ((safe_add_func_uint16_t_u_u(((l_188 = (g_170 = l_164)) == &g_189), (0x1D3D6DC2L ^ (l_190 = (0x6B47F3D2L >= p_9))))) == g_46);
                (*l_107) = l_191;
            }
            if (((!3L) | ((+(p_5 ^= (safe_lshift_func_int8_t_s_s((safe_add_func_uint64_t_u_u(0x84FE049F0CEA68C7LL, (g_189 > g_182[2]))), 1)))) == (safe_add_func_uint8_t_u_u((safe_add_func_int64_t_s_s((*g_143), (-1L))), 0xEDL)))))
            { 
                int8_t ***l_205 = &g_203;
                int8_t ****l_204 = &l_205;
                uint64_t *l_206[1][1];
                uint64_t l_207 = 0UL;
                int16_t *l_212 = &l_132;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_206[i][j] = &g_98[1];
                }
                (*l_204) = g_202;
                p_5 &= (g_46 <= (l_207 = g_101[1][0]));
                l_208 = l_208;
                p_5 = (((*g_170) < p_5) <= ((+1UL) != (9L < (((l_190 = (((*l_212) = (((((safe_sub_func_uint64_t_u_u((p_6 <= p_8), 0xCE2B894F7B99C00FLL)) | 0UL) & g_101[0][1]) , 18446744073709551615UL) , l_190)) && g_75[0])) && p_6) , 5UL))));
            }
            else
            { 
                p_5 = ((p_8 < g_75[0]) , (l_213[1][2] != &g_98[1]));
            }
        }
    }
    for (p_7 = 0; (p_7 <= 2); p_7 += 1)
    { 
        uint32_t l_215 = 6UL;
        uint16_t * const l_227 = (void*)0;
        int32_t l_236 = (-1L);
        int8_t l_265 = 0x40L;
        int32_t l_276 = 0xF7FD5611L;
        int8_t ***l_284[4];
        uint64_t *l_334 = &g_98[1];
        int32_t *l_335[1][2];
        int i, j;
        for (i = 0; i < 4; i++)
            l_284[i] = &g_203;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_335[i][j] = (void*)0;
        }
        for (g_159 = 0; (g_159 <= 2); g_159 += 1)
        { 
            const uint16_t l_214 = 0x5402L;
            l_215 &= l_214;
        }
        if ((safe_add_func_uint8_t_u_u(p_9, (p_7 != ((g_228 = ((safe_sub_func_int64_t_s_s((g_189 < (safe_sub_func_int8_t_s_s(((*g_170) |= (safe_add_func_int16_t_s_s((safe_rshift_func_int8_t_s_u(0xB2L, 6)), ((l_226 = &p_7) == l_227)))), p_5))), p_5)) , p_5)) , p_7)))))
        { 
            int8_t l_229[3][3] = {{0x6CL,0x6CL,0L},{0x6CL,0x6CL,0L},{0x6CL,0x6CL,0L}};
            int32_t l_237 = 0L;
            int32_t l_238 = 0x5A9D2C52L;
            uint32_t l_264 = 4UL;
            int32_t l_287[4][2] = {{0x3E19EA11L,0x3E19EA11L},{0x1E09E583L,0x3E19EA11L},{0x3E19EA11L,0x1E09E583L},{0x3E19EA11L,0x3E19EA11L}};
            int i, j;
            if (l_229[0][1])
            { 
                int32_t l_230 = 0x01FBCBA7L;
                if (l_230)
                    break;
            }
            else
            { 
                int32_t *l_231 = &g_182[2];
                int32_t *l_232 = &g_182[2];
                int32_t *l_233 = &g_182[2];
                int32_t *l_234 = (void*)0;
                int32_t *l_235[1][4];
                int32_t l_239 = 5L;
                uint32_t *l_263[4][3] = {{&g_180,&g_180,&g_180},{&g_103,&g_103,&g_103},{&g_180,&g_180,&g_180},{&g_103,&g_103,&g_103}};
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_235[i][j] = &g_65;
                }
                --l_240;
                (*l_232) ^= ((((*g_170) &= (safe_rshift_func_uint16_t_u_s((l_229[0][1] > (*g_143)), 13))) < (((p_8 | (((safe_mod_func_uint64_t_u_u((safe_mod_func_uint16_t_u_u((safe_mod_func_int32_t_s_s(p_7, ((safe_mod_func_int64_t_s_s(((safe_mod_func_uint32_t_u_u((g_180 &= (safe_sub_func_uint32_t_u_u(((safe_add_func_int8_t_s_s((((safe_rshift_func_uint16_t_u_s((((safe_lshift_func_int16_t_s_s(l_237, 7)) && p_6) , 0x7587L), 3)) == l_229[1][2]) | p_5), p_9)) , 9UL), g_101[0][2]))), l_264)) , l_236), l_265)) | p_7))), p_8)), p_7)) | g_94) >= l_229[2][1])) >= 248UL) && p_5)) ^ (-1L));
                (*l_233) ^= p_5;
            }
            if (((0x6F7F2E4BE7F61CDALL && (l_237 , (safe_sub_func_int8_t_s_s((safe_mul_func_int16_t_s_s((g_277 = (((safe_add_func_uint16_t_u_u((&p_5 == &g_65), (safe_lshift_func_uint8_t_u_s(((safe_lshift_func_uint16_t_u_s(p_5, l_276)) > p_7), p_7)))) & p_6) > l_265)), 0xA9EEL)), p_9)))) , p_8))
            { 
                uint32_t *l_285[2];
                int32_t l_286 = 0x7BDB8DD2L;
                uint16_t *l_288 = &g_277;
                int32_t *l_289 = &l_238;
                int i;
                for (i = 0; i < 2; i++)
                    l_285[i] = (void*)0;
                (*l_289) ^= (safe_lshift_func_int16_t_s_u((((safe_add_func_int32_t_s_s(p_6, ((0xE27EL ^ ((*l_288) = ((g_75[0] != ((safe_rshift_func_int16_t_s_s(((p_6 , (l_286 = (&g_203 == l_284[3]))) || l_287[2][0]), 5)) | p_9)) < l_237))) & p_9))) <= l_287[2][0]) & g_42[0][2]), 1));
            }
            else
            { 
                uint8_t *l_300 = (void*)0;
                int8_t l_301 = 0x46L;
                int32_t l_302 = 0xBE98FBECL;
                int32_t *l_303 = (void*)0;
                int32_t l_304[3][1];
                uint32_t ***l_307 = &g_305[0];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_304[i][j] = 0xA0C160E5L;
                }
                l_304[1][0] ^= ((safe_add_func_uint16_t_u_u((((p_5 || (((*g_143) = ((l_302 = ((((((((((safe_rshift_func_uint16_t_u_s((safe_lshift_func_uint8_t_u_s((l_301 ^= ((((safe_mul_func_int16_t_s_s(3L, 1L)) > (p_6 , ((safe_rshift_func_int8_t_s_u(0xDDL, l_237)) == g_82))) , p_6) & g_228)), 4)), 10)) <= p_9) , 0xFC5C242CL) , g_159) || 0x844BL) , g_182[2]) && l_301) <= l_238) || (**g_142)) >= 4294967295UL)) | g_228)) && p_5)) == g_189) > p_9), 0xC45BL)) && l_265);
                (*l_307) = g_305[2];
                return l_308;
            }
        }
        else
        { 
            uint16_t l_324 = 1UL;
            uint64_t *l_332[1];
            int i;
            for (i = 0; i < 1; i++)
                l_332[i] = &g_98[0];
            g_182[2] = (safe_rshift_func_uint8_t_u_s((((--g_46) , p_7) , ((~(+(safe_lshift_func_uint16_t_u_u((safe_div_func_int64_t_s_s((-1L), (~(safe_rshift_func_int8_t_s_s((p_7 >= p_5), 4))))), ((safe_mul_func_int16_t_s_s(p_9, 65527UL)) , 0x4484L))))) ^ l_324)), l_324));
            p_5 |= ((p_8 || (safe_div_func_uint16_t_u_u((!(((safe_rshift_func_uint16_t_u_s((p_8 || (-1L)), ((safe_sub_func_uint64_t_u_u(p_6, (g_98[1] = (4294967295UL < g_159)))) != l_324))) , p_6) || 0xAD0EL)), l_215))) || l_265);
        }
        p_5 = (&g_98[1] != (l_334 = l_333));
        for (g_10 = 2; (g_10 >= 0); g_10 -= 1)
        { 
            uint8_t l_337 = 255UL;
            p_5 = 7L;
            for (g_82 = 0; (g_82 <= 2); g_82 += 1)
            { 
                uint8_t l_336 = 1UL;
                l_336 |= g_65;
                if (p_8)
                    break;
                return l_337;
            }
            if (g_180)
                break;
        }
    }
    return l_338[1][0];
}
static uint64_t  func_21(int64_t  p_22, uint16_t  p_23)
{ 
    int64_t l_37 = (-9L);
    int32_t l_38[2][3] = {{0xD534A2C9L,9L,0xD534A2C9L},{0xD534A2C9L,9L,0xD534A2C9L}};
    uint16_t *l_41 = &g_42[0][1];
    uint16_t *l_45 = &g_46;
    uint8_t *l_47 = &g_48;
    uint64_t l_53 = 0x280563ADE45A9172LL;
    int32_t *l_54 = &l_38[0][2];
    uint8_t l_57 = 0x1CL;
    int i, j;
lbl_85:
    l_38[0][2] = (4294967295UL != (safe_sub_func_uint8_t_u_u(g_10, ((safe_mul_func_int16_t_s_s(p_23, p_23)) <= (((-1L) || g_10) & l_37)))));
    (*l_54) ^= ((safe_add_func_uint64_t_u_u((1L < (++(*l_41))), (((((l_45 = (void*)0) != &g_46) != ((--(*l_47)) || ((safe_lshift_func_int8_t_s_s((-1L), 5)) , (l_53 <= 0xE8L)))) ^ g_46) < 0x9D08L))) < 1L);
    for (p_23 = 0; (p_23 > 5); p_23 = safe_add_func_uint16_t_u_u(p_23, 1))
    { 
        int16_t l_58[4][4] = {{(-7L),1L,(-7L),0xE00BL},{(-7L),0xE00BL,0xE00BL,(-7L)},{(-9L),0xE00BL,0xF111L,0xE00BL},{0xE00BL,1L,0xF111L,0xF111L}};
        int i, j;
        if (l_57)
            break;
        if (l_58[1][3])
            break;
    }
    if (g_46)
    { 
        struct S0 l_61 = {0x8A66L,5L,0x2174D4A5L,0xD86A0230L,0x264F7D9FD593B88ALL,-5L,0x38D6AEABL,4294967295UL,0x9E96C9F93B76F056LL,0x99FD40FDL};
        int32_t *l_64 = &g_65;
        if (((((*l_64) ^= (g_10 == (((safe_rshift_func_uint16_t_u_s((((l_61 , &g_48) != &g_48) >= (safe_lshift_func_uint16_t_u_u((1UL ^ p_22), 14))), 8)) < (*l_54)) == g_46))) == p_23) != 0UL))
        { 
            int32_t **l_66 = (void*)0;
            int64_t *l_80 = &g_75[0];
            uint64_t l_81[2];
            int i;
            for (i = 0; i < 2; i++)
                l_81[i] = 5UL;
            l_54 = (void*)0;
            g_67 = &l_38[0][2];
            for (g_48 = 0; (g_48 > 27); ++g_48)
            { 
                int32_t *l_70 = &l_38[0][1];
                int32_t *l_71 = &l_38[0][2];
                int32_t *l_72 = &l_38[1][1];
                int32_t *l_73 = (void*)0;
                int32_t *l_74[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_74[i] = &g_65;
                (*l_64) |= 1L;
                --g_76;
            }
            l_81[1] = ((p_22 <= (((!((g_65 < 0xA1D25F43L) , ((*l_80) = ((((&g_65 != l_64) , 0x3BB3FD4231368DE6LL) , g_75[0]) >= 18446744073709551607UL)))) , g_75[0]) == 255UL)) || p_23);
        }
        else
        { 
            ++g_82;
        }
    }
    else
    { 
        int32_t **l_86 = (void*)0;
        const int32_t *l_93[3][3] = {{&g_94,&g_94,&g_94},{&g_94,&g_94,&g_94},{&g_94,&g_94,&g_94}};
        const int32_t **l_92 = &l_93[2][1];
        const int32_t *l_96 = &g_65;
        const int32_t **l_95 = &l_96;
        int i, j;
        if (g_46)
            goto lbl_85;
        g_67 = &l_38[0][2];
        for (g_65 = 0; (g_65 == 16); g_65 = safe_add_func_int32_t_s_s(g_65, 6))
        { 
            uint32_t l_89 = 0x26E329CCL;
            ++l_89;
            for (l_57 = 0; (l_57 <= 1); l_57 += 1)
            { 
                if (p_22)
                    break;
                g_67 = &g_65;
            }
        }
        (*l_95) = ((*l_92) = &g_65);
    }
    return g_94;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_10, "g_10", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_42[i][j], "g_42[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_65, "g_65", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_75[i], "g_75[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_76, "g_76", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_94, "g_94", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_98[i], "g_98[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_101[i][j], "g_101[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_103, "g_103", print_hash_value);
    transparent_crc(g_159, "g_159", print_hash_value);
    transparent_crc(g_180, "g_180", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_182[i], "g_182[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_189, "g_189", print_hash_value);
    transparent_crc(g_228, "g_228", print_hash_value);
    transparent_crc(g_277, "g_277", print_hash_value);
    transparent_crc(g_363, "g_363", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_375[i], "g_375[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
