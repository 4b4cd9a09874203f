#include "csmith.h"
static long __undefined;
static int32_t g_3 = 1L;
static int32_t g_14 = 1L;
static uint32_t g_16 = 0xBC6C8951L;
static uint64_t g_51 = 0x129E5E26C5F514FCLL;
static int16_t g_56 = 0xDB59L;
static int32_t **g_59 = (void*)0;
static int64_t g_65 = 0xA04A8F9B10954028LL;
static int8_t g_71[4][3] = {{0L,0L,0L},{0L,0L,0L},{0L,0L,0L},{0L,0L,0L}};
static int16_t *g_86 = &g_56;
static int16_t **g_85 = &g_86;
static uint32_t g_125 = 0xBA5D09CAL;
static int32_t *g_127 = &g_3;
static int32_t g_150[4] = {0L,0L,0L,0L};
static uint64_t g_174 = 18446744073709551614UL;
static int32_t g_192 = 0L;
static int32_t g_228 = 1L;
static uint64_t *g_282 = (void*)0;
static uint64_t ** const g_281 = &g_282;
static int32_t g_322 = 0x71603C34L;
static int16_t g_459 = 0x48D4L;
static uint8_t g_507 = 255UL;
static uint8_t *g_506 = &g_507;
static int16_t  func_1(void);
static uint64_t  func_21(int8_t  p_22, uint64_t  p_23);
static int8_t  func_24(int32_t  p_25, int32_t * const  p_26, int32_t * p_27, int32_t * p_28);
static int16_t  func_1(void)
{ 
    int32_t *l_2 = &g_3;
    int32_t *l_4 = &g_3;
    int32_t *l_5 = &g_3;
    int32_t *l_6 = &g_3;
    int32_t *l_7 = (void*)0;
    int32_t *l_8 = (void*)0;
    int32_t *l_9 = &g_3;
    int32_t *l_10 = &g_3;
    int32_t *l_11 = &g_3;
    int32_t *l_12 = &g_3;
    int32_t *l_13[2][3] = {{(void*)0,(void*)0,&g_3},{(void*)0,(void*)0,&g_3}};
    int32_t l_15 = 0x94BB489FL;
    int64_t l_29[4];
    int32_t **l_31 = &l_2;
    int32_t **l_32 = &l_7;
    int32_t **l_33 = &l_13[0][1];
    int64_t l_546 = 0x2F20AE341ED4DB37LL;
    int i, j;
    for (i = 0; i < 4; i++)
        l_29[i] = 0L;
    (*l_2) = 7L;
    g_16++;
    l_546 ^= (safe_add_func_uint64_t_u_u(func_21(func_24(l_29[0], ((*l_32) = ((+g_3) , ((*l_31) = &g_3))), &g_3, ((*l_33) = &g_14)), g_228), g_507));
    return (*l_5);
}
static uint64_t  func_21(int8_t  p_22, uint64_t  p_23)
{ 
    uint8_t l_233[3][2] = {{0x5BL,0x5BL},{0x5BL,0x5BL},{0x5BL,0x5BL}};
    int32_t l_245 = 0x935C8494L;
    int32_t *l_246[1][4];
    uint32_t l_291 = 0UL;
    uint8_t l_295 = 0UL;
    uint32_t l_323[2][2] = {{18446744073709551611UL,18446744073709551611UL},{18446744073709551611UL,18446744073709551611UL}};
    int64_t l_325 = (-10L);
    int8_t l_338 = (-1L);
    uint16_t l_358 = 65535UL;
    const int16_t * const l_427 = &g_56;
    int8_t *l_440 = &g_71[3][0];
    uint8_t *l_457 = (void*)0;
    uint8_t **l_456 = &l_457;
    int16_t *l_458 = &g_459;
    uint16_t l_475 = 1UL;
    const int64_t l_499 = (-1L);
    uint16_t l_503 = 4UL;
    uint8_t l_543 = 0x4DL;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_246[i][j] = &g_14;
    }
    for (g_228 = 21; (g_228 < (-25)); --g_228)
    { 
        uint8_t l_236 = 0UL;
        uint64_t *l_239 = &g_174;
        int32_t l_286 = 0x8731865FL;
        int32_t l_287 = (-1L);
        int32_t l_289 = 0x2BA4AD7BL;
        uint8_t l_320 = 0xEEL;
        int32_t l_326 = (-1L);
        int32_t l_327[4] = {(-3L),(-3L),(-3L),(-3L)};
        uint32_t l_339 = 0UL;
        int64_t *l_346 = &l_325;
        int64_t **l_345 = &l_346;
        uint32_t *l_357 = &l_339;
        uint16_t l_373 = 0UL;
        int i;
        for (g_65 = (-26); (g_65 > 25); g_65 = safe_add_func_int64_t_s_s(g_65, 2))
        { 
            uint64_t *l_235[3];
            uint64_t **l_234 = &l_235[1];
            uint32_t *l_237 = (void*)0;
            uint32_t *l_238 = &g_16;
            int i;
            for (i = 0; i < 3; i++)
                l_235[i] = &g_174;
            if (((((0x50L & (l_233[1][0] ^ ((((*l_234) = &p_23) == ((p_22 , (((((*l_238) = l_236) == 0x78ADA1DBL) & 2UL) || 255UL)) , l_239)) , 65535UL))) > 0x79L) != 18446744073709551615UL) && 4294967295UL))
            { 
                int32_t *l_244[3][4] = {{&g_150[3],&g_150[0],&g_150[3],&g_150[3]},{&g_150[0],&g_150[0],&g_150[0],&g_150[0]},{&g_150[0],&g_150[3],&g_150[0],&g_150[3]}};
                int i, j;
                l_245 ^= ((safe_div_func_uint32_t_u_u(g_56, 4294967295UL)) , (safe_sub_func_uint16_t_u_u((l_233[1][1] ^ 0L), (p_23 & p_22))));
                l_246[0][1] = l_244[0][3];
            }
            else
            { 
                int8_t **l_247 = (void*)0;
                int8_t *l_249 = &g_71[1][0];
                int8_t **l_248 = &l_249;
                int32_t *l_250 = &g_228;
                g_150[0] |= (((*l_248) = &p_22) == &g_71[1][2]);
                g_127 = l_250;
            }
            for (p_22 = 2; (p_22 >= 0); p_22 -= 1)
            { 
                int i;
                g_14 ^= ((safe_unary_minus_func_int32_t_s(0x9D87B19FL)) > (0xF2L >= (g_71[0][1] != ((*l_239) = (safe_lshift_func_int16_t_s_u((safe_rshift_func_int16_t_s_u(2L, 12)), p_22))))));
                return g_65;
            }
        }
        for (g_16 = 0; (g_16 <= 0); g_16 += 1)
        { 
            int32_t l_284 = 1L;
            int32_t l_285 = 0xC969D091L;
            int32_t l_288 = 0xEB8C3FE8L;
            int32_t l_290[3];
            uint32_t l_310 = 0x0304F4B4L;
            int8_t l_324 = 1L;
            const uint16_t *l_332 = (void*)0;
            int64_t *l_343 = &g_65;
            int64_t **l_342 = &l_343;
            int i, j;
            for (i = 0; i < 3; i++)
                l_290[i] = (-10L);
            g_150[0] &= (safe_mod_func_uint16_t_u_u(((safe_sub_func_int64_t_s_s(((l_233[(g_16 + 1)][g_16] > (~255UL)) , (safe_sub_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u((l_233[(g_16 + 1)][g_16] ^ l_236), (-1L))), g_71[0][1]))), 1L)) >= p_22), 0x1EA3L));
            if (l_233[(g_16 + 1)][g_16])
            { 
                uint32_t l_267 = 0x5692138EL;
                const uint64_t *l_280 = &g_51;
                const uint64_t **l_279 = &l_280;
                int32_t **l_283[2];
                int i, j;
                for (i = 0; i < 2; i++)
                    l_283[i] = (void*)0;
                l_267 = p_22;
                g_14 &= (safe_mod_func_uint16_t_u_u((p_23 ^ (l_233[(g_16 + 1)][g_16] & (((safe_sub_func_int64_t_s_s((safe_add_func_int8_t_s_s((~((((safe_rshift_func_int16_t_s_s((safe_mod_func_int16_t_s_s(((l_279 != g_281) | l_267), 0xC5B6L)), 4)) >= g_150[1]) | p_22) || l_236)), p_23)), p_22)) > (-1L)) < g_71[0][1]))), l_267));
                g_127 = (l_246[g_16][g_16] = &g_150[1]);
                l_291--;
            }
            else
            { 
                int32_t l_294 = (-1L);
                int64_t *l_317 = &g_65;
                uint16_t *l_321 = (void*)0;
                int32_t l_328[4][4] = {{0xB21488ABL,(-1L),0xB21488ABL,(-4L)},{0xB21488ABL,(-4L),(-4L),0xB21488ABL},{(-1L),(-4L),(-1L),(-4L)},{(-4L),(-1L),(-1L),(-1L)}};
                uint64_t l_329 = 0xE9DFFE234898ECB9LL;
                int i, j;
                l_295--;
                l_289 ^= ((safe_add_func_int64_t_s_s((safe_div_func_uint64_t_u_u((safe_add_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_s((safe_add_func_int8_t_s_s((safe_rshift_func_int8_t_s_s(l_310, (safe_mul_func_uint16_t_u_u((g_322 = (safe_sub_func_uint64_t_u_u(l_287, (safe_div_func_uint16_t_u_u(((g_71[1][1] <= ((*l_317) &= g_14)) && ((safe_sub_func_uint32_t_u_u(p_23, 0x31BB729DL)) , l_310)), l_320))))), l_323[1][0])))), g_56)), 2)), p_22)), 4L)), 1UL)) | 5L);
                l_329--;
            }
            for (l_286 = 0; (l_286 <= 1); l_286 += 1)
            { 
                int64_t l_333 = 0x573E327C05B540A9LL;
                int32_t l_334 = (-9L);
                int32_t l_335 = (-9L);
                int32_t l_336[1][3];
                int32_t l_337[3][3] = {{1L,1L,1L},{(-1L),(-1L),(-1L)},{1L,1L,1L}};
                int64_t ***l_344[3];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_336[i][j] = 0xC9E40F31L;
                }
                for (i = 0; i < 3; i++)
                    l_344[i] = &l_342;
                l_290[0] = (l_332 == (void*)0);
                g_14 &= g_150[1];
                l_339++;
                l_345 = l_342;
            }
        }
        l_326 = ((((*l_357) &= (safe_mod_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_s(p_22, l_327[1])), (+((!(safe_lshift_func_int16_t_s_u((safe_div_func_int16_t_s_s(p_23, g_192)), 8))) <= ((*l_346) &= (((0xCF2FL < (*g_86)) ^ (-1L)) != l_326))))))) , l_320) > 0x187295C7CEF5EFD0LL);
        if ((g_3 ^= l_358))
        { 
            int16_t * const l_365 = &g_56;
            int32_t **l_366 = &l_246[0][1];
            l_327[0] = ((((safe_add_func_int64_t_s_s((g_65 &= p_23), ((g_322 != (((safe_add_func_uint64_t_u_u((((safe_add_func_uint8_t_u_u((p_23 != ((*g_85) == (p_22 , l_365))), g_322)) ^ g_322) <= (-1L)), l_339)) && 4UL) && 1UL)) | l_236))) , g_86) != (void*)0) >= g_150[0]);
            (*l_366) = &l_245;
            g_322 ^= (safe_mod_func_uint64_t_u_u(((*l_239) = l_286), ((p_22 , ((p_23 >= (((safe_mod_func_int8_t_s_s(((safe_mul_func_int8_t_s_s(8L, l_287)) , l_236), g_3)) <= 0UL) , l_373)) , 0xE5C19654L)) || (**l_366))));
        }
        else
        { 
            int32_t **l_374 = &g_127;
            if (p_23)
                break;
            (*l_374) = &l_245;
            return l_289;
        }
    }
    for (p_22 = 0; (p_22 > (-19)); p_22 = safe_sub_func_uint8_t_u_u(p_22, 2))
    { 
        uint8_t l_377 = 252UL;
        int16_t ** const * const l_378 = &g_85;
        int32_t **l_381 = &l_246[0][1];
        uint16_t l_436 = 0x043BL;
        if (l_377)
        { 
            int16_t ** const *l_380 = (void*)0;
            int16_t ** const **l_379 = &l_380;
            (*l_379) = l_378;
            for (g_65 = 0; (g_65 <= 1); g_65 += 1)
            { 
                int32_t ***l_382 = (void*)0;
                uint16_t *l_391 = &l_358;
                int i, j;
                g_150[g_65] = ((g_59 = l_381) == &l_246[0][1]);
                (**l_381) |= (safe_lshift_func_int16_t_s_s(((((safe_rshift_func_uint16_t_u_s((safe_mul_func_uint16_t_u_u(65535UL, g_71[g_65][(g_65 + 1)])), (l_233[(g_65 + 1)][g_65] | (safe_mul_func_uint16_t_u_u(((*l_391) = p_23), 65535UL))))) <= g_174) > g_322) <= 0xF1L), 3));
            }
        }
        else
        { 
            uint32_t *l_392 = &l_291;
            int32_t l_404 = 0xADAED350L;
            int32_t l_407 = (-1L);
            int8_t *l_439 = &g_71[3][2];
            uint16_t *l_446[2];
            int i;
            for (i = 0; i < 2; i++)
                l_446[i] = (void*)0;
            if ((((*l_392)++) && (safe_div_func_int8_t_s_s(((safe_sub_func_int16_t_s_s(((safe_lshift_func_int16_t_s_s((g_125 > (+((((*g_86) = (&l_378 != (void*)0)) > (l_404 = p_23)) ^ (((safe_lshift_func_uint16_t_u_s(g_174, 7)) , (**l_381)) != g_3)))), 14)) && 1L), 6L)) ^ l_407), g_125))))
            { 
                uint32_t l_418 = 0x6E0888BDL;
                l_407 = (safe_sub_func_uint8_t_u_u(((safe_mul_func_int16_t_s_s(((safe_mul_func_int16_t_s_s(l_404, 8L)) , (((safe_add_func_uint32_t_u_u((safe_rshift_func_int16_t_s_u(l_418, 9)), (((0x78L & g_71[0][2]) != p_23) <= p_23))) | g_192) ^ 4L)), g_150[1])) == g_322), l_418));
            }
            else
            { 
                (*l_381) = &l_245;
            }
            l_404 = (l_404 > (((safe_rshift_func_uint8_t_u_u(((safe_add_func_int16_t_s_s(((**g_85) = ((safe_mod_func_uint64_t_u_u((p_23 = ((g_65 = (((g_322 || p_23) == ((((safe_rshift_func_uint8_t_u_u(g_51, 6)) , (9L && g_56)) > (-9L)) >= 2L)) ^ p_22)) , 0xF1105E9B8EB9F7FALL)), g_14)) , (-3L))), p_22)) && p_23), 3)) >= 5L) < 0xD0EB130E4AB70DEALL));
            l_436 &= ((((**l_378) = (*g_85)) == l_427) , ((safe_mul_func_uint8_t_u_u(((((safe_add_func_int16_t_s_s((safe_rshift_func_int8_t_s_s((g_192 == (safe_rshift_func_uint8_t_u_u((p_22 == ((0x2DL && 0x05L) > p_22)), 1))), 5)), g_150[2])) & g_56) == (**l_381)) > p_22), l_407)) || p_22));
            g_322 = ((safe_lshift_func_int16_t_s_s((l_439 == (l_440 = l_439)), 14)) == (((((~(0x512B63C599E92070LL <= (safe_sub_func_int16_t_s_s((p_22 || ((*l_439) = (safe_mul_func_uint16_t_u_u(((**l_381) = ((void*)0 == (*g_85))), (-5L))))), p_23)))) > (**g_85)) || g_71[2][0]) | 0xDB2EL) || l_407));
        }
        (*l_381) = (*l_381);
    }
    g_228 = (g_65 < (safe_rshift_func_int16_t_s_s((safe_mul_func_int16_t_s_s((safe_unary_minus_func_int16_t_s(((*l_458) &= ((safe_lshift_func_uint16_t_u_s(((safe_add_func_int16_t_s_s((&l_233[2][0] != ((*l_456) = &l_233[1][0])), (*g_86))) >= (g_150[3] |= (g_174 & 0x26L))), p_22)) ^ 0x95452D32794D6A80LL)))), p_22)), (*g_86))));
    for (g_3 = 27; (g_3 <= 7); g_3 = safe_sub_func_int64_t_s_s(g_3, 2))
    { 
        uint16_t *l_462 = &l_358;
        uint32_t *l_463 = &l_323[1][0];
        int32_t l_468 = 0x63459374L;
        int32_t l_473 = 0L;
        int32_t l_474[3][3];
        uint32_t l_486 = 4294967292UL;
        int16_t **l_489 = &g_86;
        uint8_t l_539[4] = {0UL,0UL,0UL,0UL};
        uint64_t *l_540 = &g_51;
        int16_t l_541 = (-3L);
        int8_t l_542 = (-1L);
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 3; j++)
                l_474[i][j] = 0xDA79ADD1L;
        }
        if ((((*l_462) = p_23) == ((*l_458) = ((((*l_463) ^= g_65) , (l_468 ^= (safe_div_func_int32_t_s_s((safe_sub_func_uint32_t_u_u(3UL, (g_150[3] < g_71[0][1]))), g_174)))) , 0x3984L))))
        { 
            uint8_t l_469 = 0xEAL;
            int32_t l_472[4][4] = {{0xD3337B36L,0xB71DB0B8L,0xB71DB0B8L,0xD3337B36L},{0xB71DB0B8L,0xD3337B36L,0x4E500940L,(-6L)},{0xB71DB0B8L,0x4E500940L,0xB71DB0B8L,0x1D036D66L},{0xD3337B36L,(-6L),0x1D036D66L,0x1D036D66L}};
            int i, j;
            ++l_469;
            ++l_475;
        }
        else
        { 
            int32_t **l_478 = &g_127;
            int32_t l_485[1];
            int i;
            for (i = 0; i < 1; i++)
                l_485[i] = 0xF7D93590L;
            for (l_338 = 3; (l_338 >= 0); l_338 -= 1)
            { 
                int i;
                return g_150[l_338];
            }
            if (p_22)
                continue;
            for (g_65 = 2; (g_65 >= 0); g_65 -= 1)
            { 
                int32_t ***l_479 = &g_59;
                int32_t l_480 = 5L;
                int32_t l_481 = 0x4B7F8A75L;
                uint8_t l_482 = 1UL;
                int i, j;
                (*l_479) = l_478;
                l_482--;
                if (p_22)
                    break;
                --l_486;
            }
            (*l_478) = &l_474[2][0];
        }
        if ((&l_427 == l_489))
        { 
            uint32_t l_498 = 18446744073709551615UL;
            int32_t l_513 = 0x5E9A54AFL;
            int32_t l_515 = 0xD1B7FAADL;
            int32_t l_517[3][4] = {{4L,0x7E6E618DL,4L,0x7E6E618DL},{4L,0x7E6E618DL,4L,0x7E6E618DL},{4L,0x7E6E618DL,4L,0x7E6E618DL}};
            int i, j;
            l_468 = (safe_mul_func_uint8_t_u_u((safe_lshift_func_int16_t_s_s(((safe_sub_func_uint16_t_u_u(p_22, ((l_498 ^= ((safe_unary_minus_func_uint64_t_u((g_228 , (~(p_22 || 1L))))) >= (0x6FL >= p_22))) <= p_22))) <= 0xEDL), 13)), l_499));
            for (l_498 = (-7); (l_498 > 57); l_498 = safe_add_func_int32_t_s_s(l_498, 6))
            { 
                uint8_t l_502 = 254UL;
                int8_t l_512 = 0x67L;
                int32_t l_514 = 2L;
                int32_t l_516 = 0xF35598C0L;
                uint32_t l_518 = 0x3FBADB74L;
                if (l_502)
                    break;
                l_503--;
                l_513 = ((((*l_456) = g_506) == (((safe_div_func_int8_t_s_s((safe_mul_func_int8_t_s_s((((p_23 , &g_506) == &g_506) , g_150[0]), p_23)), l_512)) , 18446744073709551608UL) , (void*)0)) != l_498);
                ++l_518;
            }
        }
        else
        { 
            int32_t *l_521 = (void*)0;
            int32_t **l_522 = &g_127;
            (*l_522) = l_521;
        }
        l_468 ^= ((safe_lshift_func_uint8_t_u_s(((~(((safe_div_func_uint8_t_u_u(((((safe_rshift_func_uint16_t_u_s(g_65, (safe_div_func_uint64_t_u_u(((*l_540) = ((+(safe_mul_func_uint8_t_u_u((safe_mod_func_int64_t_s_s((safe_lshift_func_int16_t_s_s(((*l_458) ^= (((**g_85) = 0x1DACL) != p_22)), 11)), (((((0x89E5E844895E02C4LL ^ (((((*g_506) > g_3) | g_192) , l_486) != g_174)) , p_23) & l_539[1]) , l_539[0]) , p_22))), p_22))) < g_150[1])), p_23)))) , l_463) == (void*)0) ^ 0L), l_539[1])) , 0x63AA04F79DD42CB5LL) & p_23)) & p_22), 7)) & p_22);
        --l_543;
    }
    return g_150[0];
}
static int8_t  func_24(int32_t  p_25, int32_t * const  p_26, int32_t * p_27, int32_t * p_28)
{ 
    uint32_t l_39[1][2];
    uint8_t l_42 = 0UL;
    int32_t l_52 = 0L;
    int32_t l_63[4];
    int64_t l_149 = 0x0C39718655DCCE30LL;
    int32_t l_151 = 0L;
    int32_t l_152 = 0x0E805A51L;
    int32_t l_153 = 0xBEAA374FL;
    int32_t l_154 = 0L;
    int32_t l_155 = 0x998005E2L;
    int32_t l_156 = 0x57A25A1EL;
    int32_t l_157[1];
    uint64_t l_158 = 18446744073709551610UL;
    uint64_t *l_171 = &g_51;
    uint64_t *l_172 = (void*)0;
    uint64_t *l_173 = &g_174;
    int32_t *l_185 = &l_52;
    int8_t *l_207[1];
    int64_t l_209 = 1L;
    int16_t l_217 = 0xF9BDL;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_39[i][j] = 0x6D23205EL;
    }
    for (i = 0; i < 4; i++)
        l_63[i] = 0xD8FFFCB2L;
    for (i = 0; i < 1; i++)
        l_157[i] = 0xB6BA350DL;
    for (i = 0; i < 1; i++)
        l_207[i] = &g_71[2][2];
lbl_227:
    if (g_14)
    { 
        int32_t *l_34 = (void*)0;
        int32_t *l_35 = (void*)0;
        int32_t *l_36 = &g_14;
        int32_t *l_37 = &g_14;
        int32_t *l_38[3][2] = {{&g_14,&g_14},{&g_14,&g_14},{&g_14,&g_14}};
        int32_t * const l_47 = &g_3;
        uint64_t *l_50 = &g_51;
        uint32_t l_78 = 18446744073709551612UL;
        int i, j;
        l_39[0][0]++;
        --l_42;
        l_52 = (((safe_mod_func_uint64_t_u_u(((((*l_47) |= (((void*)0 != l_47) || ((safe_rshift_func_uint16_t_u_s(65533UL, 9)) < g_14))) != ((*l_50) = ((((-1L) > g_14) != (-1L)) != 0xFFBCL))) ^ 4294967295UL), p_25)) <= g_14) , 1L);
        for (g_3 = 2; (g_3 == 12); g_3++)
        { 
            int16_t *l_55[2][4];
            int64_t *l_64 = &g_65;
            int32_t l_77[3];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 4; j++)
                    l_55[i][j] = &g_56;
            }
            for (i = 0; i < 3; i++)
                l_77[i] = 6L;
            if (((g_56 = g_51) , (((safe_add_func_uint8_t_u_u((g_59 != g_59), 1UL)) && ((((*l_64) = ((((safe_mod_func_int64_t_s_s((+(g_3 | p_25)), p_25)) <= g_51) , l_63[2]) , p_25)) , (*p_26)) < p_25)) , 1L)))
            { 
                int8_t *l_70 = &g_71[0][1];
                int16_t **l_74 = &l_55[1][3];
                int32_t l_89 = 0x3945F7E1L;
                (*l_36) ^= ((safe_add_func_uint32_t_u_u((safe_mul_func_int8_t_s_s(((*l_70) = p_25), (safe_add_func_uint8_t_u_u(((((*l_74) = &g_56) == (void*)0) , ((safe_mod_func_uint64_t_u_u(l_77[1], p_25)) & g_56)), 0x5EL)))), l_78)) == 0x7FBC07B36282DC26LL);
                l_89 ^= (g_3 > (safe_mul_func_uint16_t_u_u(((safe_rshift_func_int16_t_s_s((safe_add_func_uint64_t_u_u(l_63[2], ((*l_64) = ((((void*)0 != g_85) & ((p_25 || l_77[1]) < 0L)) && (*p_28))))), p_25)) < 0xEE11L), 2UL)));
            }
            else
            { 
                return g_51;
            }
            for (l_52 = 0; l_52 < 3; l_52 += 1)
            {
                l_77[l_52] = 0L;
            }
        }
    }
    else
    { 
        const uint16_t l_92 = 3UL;
        int32_t *l_103[2];
        int32_t **l_161 = &g_127;
        int i;
        for (i = 0; i < 2; i++)
            l_103[i] = (void*)0;
        if ((safe_lshift_func_uint16_t_u_u(l_92, (g_14 & (((65535UL | l_39[0][0]) ^ g_56) <= 250UL)))))
        { 
            for (g_51 = 23; (g_51 <= 38); ++g_51)
            { 
                (*p_27) |= 0xF9653757L;
            }
            return l_92;
        }
        else
        { 
            int32_t *l_101 = (void*)0;
            int32_t **l_102[1];
            int8_t *l_126[1];
            int i;
            for (i = 0; i < 1; i++)
                l_102[i] = &l_101;
            for (i = 0; i < 1; i++)
                l_126[i] = &g_71[0][1];
            if ((safe_div_func_uint16_t_u_u((l_52 , (safe_add_func_uint16_t_u_u(0x4160L, (safe_sub_func_int32_t_s_s(g_71[0][1], ((l_103[0] = l_101) != (void*)0)))))), (**g_85))))
            { 
                int32_t **l_104 = &l_101;
                int64_t *l_120[4][1];
                int32_t l_121[3];
                uint32_t *l_124[2];
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_120[i][j] = &g_65;
                }
                for (i = 0; i < 3; i++)
                    l_121[i] = 0L;
                for (i = 0; i < 2; i++)
                    l_124[i] = &g_125;
                (*l_104) = p_26;
                (*p_26) = (**l_104);
                (*l_104) = ((l_52 ^= ((((((safe_sub_func_uint64_t_u_u(((((g_65 |= (p_25 < (safe_lshift_func_uint16_t_u_u((((((safe_mod_func_int16_t_s_s((g_16 | ((((**g_85) &= ((safe_rshift_func_int8_t_s_u((((safe_div_func_uint8_t_u_u(p_25, (safe_div_func_int32_t_s_s((((~(safe_rshift_func_int16_t_s_u((**l_104), 9))) , p_25) , 0xC73D51CDL), 9UL)))) , p_25) >= (**l_104)), 1)) || (**l_104))) ^ 0xC631L) , 0xCF58CCD7FECAEFE6LL)), (*l_101))) & l_42) , 0x30DCE90FL) || (*p_26)) < g_14), 14)))) , 5UL) | g_51) < g_71[0][1]), (**l_104))) >= g_51) , 0x2247AAA1B4DF1005LL) , 0xFC7CL) || p_25) | l_42)) , (void*)0);
                (*p_27) = ((l_121[1] >= (((safe_div_func_uint64_t_u_u(p_25, (p_25 | p_25))) , ((g_125 = ((*g_85) == (*g_85))) , (void*)0)) == l_126[0])) && p_25);
            }
            else
            { 
                uint32_t l_128 = 0x93FB7CDAL;
                uint8_t *l_148 = &l_42;
                g_127 = (void*)0;
                (*p_28) = l_128;
                g_14 |= ((~(-1L)) >= (safe_mod_func_uint32_t_u_u((safe_unary_minus_func_int32_t_s(((*p_27) &= (safe_sub_func_int64_t_s_s(p_25, (((safe_lshift_func_uint16_t_u_s(0xD364L, (safe_mod_func_uint8_t_u_u(((*l_148) &= (safe_mul_func_int8_t_s_s(((safe_sub_func_int8_t_s_s((safe_mod_func_int16_t_s_s((**g_85), (~(safe_add_func_uint8_t_u_u(((p_25 | 9L) <= 0L), 0L))))), 0x56L)) < g_56), 0xFFL))), 1UL)))) || (-9L)) , g_16)))))), g_71[3][0])));
            }
            l_158++;
            (*p_27) = 0xC701984FL;
        }
        (*l_161) = (void*)0;
    }
    if ((l_39[0][0] != (safe_lshift_func_uint16_t_u_u((p_25 , (((l_39[0][0] != (~(l_158 != ((*l_173) = ((*l_171) = (safe_rshift_func_int16_t_s_u((safe_add_func_uint8_t_u_u((safe_rshift_func_int16_t_s_u(((&l_149 == (void*)0) <= l_156), l_39[0][0])), p_25)), p_25))))))) >= (*p_26)) , 6UL)), 1))))
    { 
        int8_t l_190 = 0x4CL;
        int32_t l_202 = 0x8343CC90L;
        int32_t l_215 = 0x4357E977L;
        int32_t l_216[2][1];
        int32_t l_222 = 0x409AEBDDL;
        uint32_t l_224[1][1];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_216[i][j] = 2L;
        }
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_224[i][j] = 0xC0FAB357L;
        }
        for (g_65 = (-10); (g_65 < (-2)); g_65++)
        { 
            int32_t * const l_179 = &g_150[0];
            for (g_16 = 8; (g_16 != 8); g_16 = safe_add_func_int32_t_s_s(g_16, 3))
            { 
                int32_t **l_180[3];
                int32_t **l_181[3];
                int32_t **l_182 = (void*)0;
                int32_t **l_183 = (void*)0;
                int32_t **l_184[2][4] = {{&g_127,&g_127,&g_127,&g_127},{&g_127,&g_127,&g_127,&g_127}};
                uint32_t *l_191[4][3] = {{&l_39[0][0],&l_39[0][0],&l_39[0][0]},{(void*)0,(void*)0,(void*)0},{&l_39[0][0],&l_39[0][0],&l_39[0][0]},{(void*)0,(void*)0,(void*)0}};
                int i, j;
                for (i = 0; i < 3; i++)
                    l_180[i] = &g_127;
                for (i = 0; i < 3; i++)
                    l_181[i] = &g_127;
                p_28 = l_179;
                g_127 = (p_27 = l_185);
                (*p_27) = (safe_rshift_func_int8_t_s_u((safe_rshift_func_uint8_t_u_s(((0xA715L > (0xD0CA2F3FL >= (g_192 = l_190))) > ((+(((void*)0 == (*g_85)) ^ (*l_185))) < p_25)), g_56)), 1));
            }
        }
        if ((((0x869BL == 5UL) , (-9L)) > (-4L)))
        { 
            uint16_t l_208 = 0xC75FL;
            (*p_28) = (safe_mod_func_int8_t_s_s(((l_208 = (safe_rshift_func_int16_t_s_u((((safe_lshift_func_int16_t_s_u((*l_185), 0)) && ((*p_26) = ((*l_185) ^= (l_202 = (safe_rshift_func_int16_t_s_u(l_190, 2)))))) && ((safe_mod_func_int16_t_s_s(((safe_div_func_uint16_t_u_u((((&g_125 == ((((-5L) != g_56) ^ 18446744073709551608UL) , p_26)) , &g_71[3][0]) == l_207[0]), g_51)) && p_25), g_71[0][1])) , p_25)), g_51))) >= l_209), g_56));
        }
        else
        { 
            int32_t *l_210 = &l_152;
            int32_t *l_211 = &l_155;
            int32_t *l_212 = &g_150[0];
            int32_t *l_213 = &l_202;
            int32_t *l_214[2][4] = {{&l_152,&l_152,&l_152,&l_152},{&l_152,&l_152,&l_152,&l_152}};
            int8_t l_218 = 0x90L;
            int8_t l_219 = (-2L);
            int32_t l_220[2][3];
            int8_t l_221[4] = {6L,6L,6L,6L};
            int8_t l_223 = (-1L);
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 3; j++)
                    l_220[i][j] = 0xA2292E40L;
            }
            l_224[0][0]++;
            for (l_154 = 0; l_154 < 1; l_154 += 1)
            {
                for (g_174 = 0; g_174 < 1; g_174 += 1)
                {
                    l_224[l_154][g_174] = 0UL;
                }
            }
            return g_174;
        }
        if (l_158)
            goto lbl_227;
    }
    else
    { 
        (*l_185) = 0x9DCB4754L;
    }
    return g_14;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_14, "g_14", print_hash_value);
    transparent_crc(g_16, "g_16", print_hash_value);
    transparent_crc(g_51, "g_51", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_65, "g_65", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_71[i][j], "g_71[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_125, "g_125", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_150[i], "g_150[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_174, "g_174", print_hash_value);
    transparent_crc(g_192, "g_192", print_hash_value);
    transparent_crc(g_228, "g_228", print_hash_value);
    transparent_crc(g_322, "g_322", print_hash_value);
    transparent_crc(g_459, "g_459", print_hash_value);
    transparent_crc(g_507, "g_507", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
