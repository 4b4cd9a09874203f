#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0x8B13ECA4L;
static int64_t g_23 = 0x7F6CC9CA3191B495LL;
static int8_t g_27 = 7L;
static int32_t g_29[2] = {0x42B4CF22L,0x42B4CF22L};
static uint16_t g_45 = 0x3097L;
static uint32_t g_48 = 0xE0CD1AD7L;
static uint32_t g_50[4][4] = {{0xB8EEB303L,0xB8EEB303L,1UL,1UL},{0xB8EEB303L,0xB8EEB303L,1UL,1UL},{0xB8EEB303L,0xB8EEB303L,1UL,1UL},{0xB8EEB303L,0xB8EEB303L,1UL,1UL}};
static uint8_t g_66 = 0x4CL;
static int32_t *g_75 = (void*)0;
static int32_t **g_74[2] = {&g_75,&g_75};
static int16_t g_86 = 0x804EL;
static int16_t g_100 = (-1L);
static uint32_t g_103 = 18446744073709551612UL;
static uint8_t g_105 = 1UL;
static int32_t g_120 = 0xE7C2DC33L;
static int64_t g_142 = 0x093DF311E79692DFLL;
static uint64_t g_183 = 0x9581EB8B6C5C6358LL;
static uint64_t g_210 = 3UL;
static int32_t g_214 = (-5L);
static const int32_t *g_288 = (void*)0;
static const int32_t **g_287 = &g_288;
static const int32_t ***g_286 = &g_287;
static uint8_t g_310 = 251UL;
static uint8_t g_361 = 0x2AL;
static uint8_t *g_363 = &g_310;
static uint8_t **g_362 = &g_363;
static uint16_t g_384 = 65526UL;
static int8_t g_413 = 4L;
static uint64_t  func_1(void);
static int32_t  func_3(uint16_t  p_4, int64_t  p_5);
static uint16_t  func_6(uint32_t  p_7, int16_t  p_8, int16_t  p_9);
static uint64_t  func_1(void)
{ 
    int64_t l_14 = 0L;
    uint32_t l_365 = 0UL;
    int32_t l_374 = 0xAF3FF8AFL;
    int32_t l_375 = 0x452631DDL;
    int32_t l_377 = 6L;
    int32_t l_382 = (-9L);
    int64_t l_432 = 0xAA0375B2328C70E8LL;
    uint16_t *l_435[3][1];
    uint16_t **l_434 = &l_435[1][0];
    const uint8_t *l_474[3][1];
    int8_t l_486 = 0x92L;
    int32_t *l_504 = &l_377;
    int32_t *l_505 = &g_29[1];
    int32_t *l_506[2][3] = {{&g_29[1],&g_29[1],&g_29[1]},{&g_214,&g_214,&g_214}};
    int8_t l_507 = 6L;
    int32_t l_508 = 1L;
    int32_t l_509 = 3L;
    uint16_t l_510[1][4];
    int16_t l_515 = 0x7427L;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_435[i][j] = &g_45;
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_474[i][j] = &g_310;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_510[i][j] = 65532UL;
    }
lbl_387:
    g_2 = g_2;
    if (g_2)
    { 
        int32_t l_15[1];
        int64_t *l_22 = &g_23;
        uint32_t l_49 = 0x40190438L;
        uint8_t * const l_321 = &g_66;
        uint8_t * const * const l_320 = &l_321;
        uint64_t l_334 = 0xEF639776ED7C35F5LL;
        uint64_t l_335[1][4];
        int8_t *l_344 = &g_27;
        int i, j;
        for (i = 0; i < 1; i++)
            l_15[i] = 1L;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_335[i][j] = 8UL;
        }
        if ((func_3(func_6((safe_rshift_func_uint8_t_u_u((safe_sub_func_uint64_t_u_u(l_14, (-10L))), 1)), l_15[0], (safe_mul_func_int16_t_s_s(((((safe_mod_func_int8_t_s_s((((((((((safe_mul_func_int16_t_s_s((((*l_22) = g_2) == g_2), l_14)) | l_14) , l_15[0]) == 0x12L) , g_2) , g_23) == l_15[0]) > 0UL) & 1L), l_14)) < g_2) ^ g_2) , 0xC31EL), l_14))), l_49) , l_49))
        { 
            uint64_t l_333 = 18446744073709551609UL;
            int32_t *l_336 = (void*)0;
            int32_t *l_337 = &g_2;
            (*l_337) &= ((safe_add_func_uint16_t_u_u((safe_mod_func_uint8_t_u_u((safe_sub_func_int16_t_s_s((safe_unary_minus_func_int32_t_s((((safe_rshift_func_int16_t_s_u(((((l_15[0] != ((void*)0 != l_320)) , (safe_lshift_func_int8_t_s_u((safe_mod_func_uint8_t_u_u((--(**l_320)), (((+((((safe_rshift_func_int8_t_s_s(0x19L, 1)) && (safe_add_func_int64_t_s_s(0xD2619A1FCFAB7493LL, (-1L)))) == l_15[0]) && l_333)) <= l_334) & l_14))), 2))) == 4294967294UL) , l_333), l_14)) ^ 0x0CL) && (-8L)))), g_23)), l_335[0][0])), g_214)) >= 0x7AA1FBE2L);
        }
        else
        { 
            int32_t l_342 = (-5L);
            int8_t *l_345 = &g_27;
            uint16_t *l_346 = &g_45;
            uint64_t *l_347 = &l_335[0][0];
            int32_t *l_348 = &g_29[0];
            (*l_348) = (safe_sub_func_uint64_t_u_u(((*l_347) = ((0xD00BL && ((*l_346) = (((l_342 <= (!g_2)) & (&g_27 == (l_345 = l_344))) >= g_86))) != g_66)), g_48));
            for (g_2 = 0; (g_2 <= (-4)); g_2--)
            { 
                int32_t *l_351 = &g_29[1];
                int32_t *l_352[2];
                uint8_t l_353 = 1UL;
                int i;
                for (i = 0; i < 2; i++)
                    l_352[i] = &g_29[0];
                l_353++;
            }
        }
    }
    else
    { 
        int32_t **l_358 = &g_75;
        uint8_t ***l_364 = &g_362;
        int32_t l_383[3];
        int32_t l_390 = 1L;
        uint16_t *l_410 = &g_45;
        int8_t *l_411 = &g_27;
        int8_t *l_412 = &g_413;
        uint32_t l_449 = 0x60199D58L;
        uint16_t l_454[3];
        int64_t *l_503 = &g_142;
        int i;
        for (i = 0; i < 3; i++)
            l_383[i] = 5L;
        for (i = 0; i < 3; i++)
            l_454[i] = 65535UL;
        if ((((((((((*l_364) = ((g_361 &= (safe_mod_func_uint8_t_u_u(((*g_286) != l_358), (safe_lshift_func_int8_t_s_u((l_14 ^ (-2L)), 5))))) , g_362)) != (void*)0) | 0L) ^ g_310) <= l_365) , g_103) <= l_14) == l_14))
        { 
            int16_t l_368[2];
            int32_t l_378 = 0x2EC9CF85L;
            int32_t l_379 = 3L;
            int32_t l_380 = 0x434C83E2L;
            int32_t l_381[1];
            int32_t *l_388 = (void*)0;
            int32_t *l_389[3];
            uint16_t *l_392 = (void*)0;
            uint16_t *l_393 = &g_384;
            int i;
            for (i = 0; i < 2; i++)
                l_368[i] = (-1L);
            for (i = 0; i < 1; i++)
                l_381[i] = 0x8C0E02BEL;
            for (i = 0; i < 3; i++)
                l_389[i] = &l_377;
            for (g_48 = (-14); (g_48 < 54); g_48 = safe_add_func_int32_t_s_s(g_48, 3))
            { 
                int32_t *l_369 = &g_214;
                int32_t *l_370 = &g_29[1];
                int32_t *l_371 = &g_29[1];
                int32_t *l_372 = &g_2;
                int32_t *l_373[2];
                int32_t l_376 = 3L;
                int i;
                for (i = 0; i < 2; i++)
                    l_373[i] = &g_29[0];
                --g_384;
                if (g_45)
                    goto lbl_387;
            }
            l_390 |= l_383[0];
            l_377 |= (((*l_393) = (!l_374)) & (-3L));
            for (l_374 = 3; (l_374 >= 0); l_374 -= 1)
            { 
                const uint16_t l_394 = 65528UL;
                if (l_394)
                    break;
                (*l_358) = &l_381[0];
                if (l_375)
                    break;
                (*g_287) = (*g_287);
            }
        }
        else
        { 
            if (g_105)
                goto lbl_387;
            l_374 |= (((!0xB5F09633L) , g_29[1]) == (safe_div_func_int8_t_s_s(1L, (safe_sub_func_int64_t_s_s(l_377, (g_210 ^ g_210))))));
        }
        if (((safe_div_func_uint8_t_u_u((safe_mod_func_uint64_t_u_u((+g_23), l_382)), ((~((((*l_412) = ((*l_411) = (safe_div_func_uint8_t_u_u(((l_375 , (l_383[0] || (safe_mod_func_uint16_t_u_u(((*l_410) &= ((g_142 |= (-1L)) > l_365)), g_183)))) & g_27), g_210)))) & 0x39L) || l_14)) || l_377))) ^ l_374))
        { 
            int16_t l_414 = 2L;
            int32_t l_438 = 9L;
            if (((((l_383[0] , 4UL) == l_374) | ((l_414 == (l_365 || 0UL)) <= 0xFBL)) | l_383[0]))
            { 
                int32_t l_415 = 0xA1926A1EL;
                int32_t *l_416 = &g_2;
                (*g_287) = (void*)0;
                (*l_416) ^= ((((*l_412) = l_415) == l_365) <= (((g_86 , (((g_120 , (*g_286)) != (void*)0) <= g_23)) <= g_50[1][3]) || g_23));
                (**g_286) = (**g_286);
            }
            else
            { 
                int32_t l_423 = 0L;
                uint16_t *l_428 = (void*)0;
                uint16_t *l_429 = &g_384;
                int32_t *l_436 = &l_390;
                int32_t l_437[2][4] = {{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)}};
                int64_t *l_463 = (void*)0;
                uint32_t *l_464 = &l_365;
                int32_t *l_465 = &l_377;
                int i, j;
                l_438 = (l_437[0][1] = ((safe_add_func_int32_t_s_s(((*l_436) = (g_45 <= (((l_432 = (safe_mul_func_uint16_t_u_u(g_142, (l_423 != ((safe_lshift_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u(((*l_429)--), 6)), 14)) < l_377))))) >= ((((~(l_434 != (void*)0)) , l_423) <= 0x63C6L) , l_414)) , g_120))), 0x59966CFEL)) ^ g_66));
                (*l_436) = (safe_rshift_func_uint8_t_u_u(((safe_mod_func_uint32_t_u_u(((safe_mod_func_int8_t_s_s(g_45, l_432)) >= ((((safe_div_func_uint64_t_u_u(((safe_add_func_int16_t_s_s((g_86 = g_103), 65531UL)) , 0xA48CE08B016F9D15LL), g_29[1])) > l_449) == 0x2DL) , l_414)), l_365)) || l_414), (*g_363)));
                (*l_436) |= l_374;
                (*l_465) |= ((((*l_464) = (safe_mod_func_uint64_t_u_u((safe_div_func_int64_t_s_s(l_454[2], g_214)), (g_142 ^= (safe_add_func_int16_t_s_s((((safe_rshift_func_int8_t_s_u(((*l_411) = (((safe_lshift_func_int8_t_s_u(0x66L, ((++(**g_362)) & 0x14L))) && 0x23AE28D11457FE4CLL) ^ (*l_436))), 0)) < 0x0BABL) && l_375), 0x1754L)))))) , 0UL) , l_374);
            }
        }
        else
        { 
            const uint32_t l_487 = 1UL;
            uint64_t *l_488 = &g_183;
            uint32_t *l_489 = (void*)0;
            uint32_t *l_490[4][1] = {{&l_449},{&l_449},{&l_449},{&l_449}};
            int32_t l_495 = (-10L);
            uint8_t l_496 = 0x8DL;
            int i, j;
            if ((((l_375 = (((*l_411) = ((safe_sub_func_int32_t_s_s((safe_add_func_int32_t_s_s(l_432, (safe_lshift_func_uint16_t_u_s(g_86, (safe_mod_func_uint16_t_u_u((((((*l_488) = (((l_474[0][0] == (void*)0) && (safe_div_func_int8_t_s_s(((safe_mod_func_uint32_t_u_u((safe_mul_func_uint8_t_u_u(((+((safe_rshift_func_int16_t_s_s(((safe_sub_func_uint16_t_u_u((g_214 & l_486), l_375)) > g_66), g_45)) <= g_210)) == l_375), l_375)), l_487)) && 0xC8BFL), g_27))) | g_29[0])) , (void*)0) == &l_358) != 0xF20027A9L), l_449)))))), (-6L))) || g_105)) < l_382)) , l_382) , l_487))
            { 
                int32_t *l_491 = &l_390;
                int32_t *l_492 = &g_214;
                int32_t *l_493 = &l_383[1];
                int32_t *l_494[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_494[i] = &l_382;
                ++l_496;
                if (l_449)
                    goto lbl_387;
            }
            else
            { 
                int16_t *l_499 = &g_100;
                int32_t *l_500 = &g_214;
                (*l_500) = (l_499 == (void*)0);
            }
        }
        l_375 = (safe_sub_func_int64_t_s_s(((((*l_503) = 0xCB143FF0C3E9FAD5LL) , 0UL) && (((*l_364) = &g_363) == (void*)0)), 4L));
    }
    l_510[0][3]++;
    (*l_504) = (((**g_362) >= (safe_mul_func_uint8_t_u_u((**g_362), l_515))) | (-8L));
    return g_103;
}
static int32_t  func_3(uint16_t  p_4, int64_t  p_5)
{ 
    uint32_t l_53 = 0x49389D0EL;
    uint8_t *l_65 = &g_66;
    int32_t l_108 = 1L;
    int32_t **l_112[1][2];
    uint32_t l_212 = 0x5DB1FE12L;
    uint64_t *l_227 = &g_183;
    uint16_t l_241 = 65535UL;
    int64_t *l_245 = &g_142;
    int16_t l_246 = (-6L);
    int32_t *l_247 = &g_214;
    int32_t *l_248 = &g_29[1];
    uint32_t l_262[1];
    const int32_t ***l_289 = &g_287;
    int8_t l_297 = 0xD5L;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_112[i][j] = &g_75;
    }
    for (i = 0; i < 1; i++)
        l_262[i] = 8UL;
    if (((g_50[2][0]--) || (l_53 , (((((0x50C1L <= (((*l_65) = (!(((safe_add_func_int8_t_s_s(0xFAL, 0xC0L)) < ((safe_mod_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s((safe_mod_func_int8_t_s_s((safe_add_func_int16_t_s_s(g_29[1], l_53)), l_53)), g_27)), l_53)) <= g_45)) & p_4))) > 6UL)) , 0xDFL) >= p_4) , 1L) < 0x52L))))
    { 
        uint8_t *l_89[3][3] = {{&g_66,&g_66,&g_66},{&g_66,&g_66,&g_66},{&g_66,&g_66,&g_66}};
        int64_t l_106 = 1L;
        int32_t l_109 = 0xCB07E908L;
        int32_t l_144 = 1L;
        int8_t *l_154 = &g_27;
        int16_t *l_155 = &g_100;
        int32_t *** const l_172[3] = {&g_74[1],&g_74[1],&g_74[1]};
        int16_t l_231 = 0x89B0L;
        int i, j;
        if (g_29[1])
        { 
            uint16_t *l_71[1][3];
            int64_t *l_72 = &g_23;
            int8_t *l_73[3][4];
            int32_t **l_77[2][2];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_71[i][j] = &g_45;
            }
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 4; j++)
                    l_73[i][j] = &g_27;
            }
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                    l_77[i][j] = &g_75;
            }
            if ((safe_add_func_int32_t_s_s(((((p_5 && (((((safe_sub_func_uint64_t_u_u(((&p_4 != l_71[0][1]) , 0x18F8C21E6DB759FFLL), ((*l_72) = p_4))) && 2UL) == l_53) , l_65) == l_73[2][1])) , p_4) , 0x7DEEL) > 0xE123L), p_5)))
            { 
                int32_t ***l_76[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_76[i] = &g_74[1];
                l_77[0][1] = g_74[1];
            }
            else
            { 
                uint64_t l_78 = 0xF4617BB4FD8ED9CDLL;
                int16_t *l_85 = &g_86;
                uint8_t **l_90 = &l_65;
                int16_t *l_99 = &g_100;
                int8_t *l_101 = &g_27;
                uint32_t *l_102 = &g_103;
                int32_t l_104 = 1L;
                int32_t l_107 = 3L;
                l_78 = (&g_45 != l_71[0][1]);
                l_109 = (l_108 = (l_107 = (safe_mod_func_int64_t_s_s((safe_mod_func_int32_t_s_s((g_27 ^ ((safe_rshift_func_int16_t_s_u(((*l_85) |= p_5), ((safe_rshift_func_uint8_t_u_s((((g_105 = (l_104 = ((&g_66 != ((*l_90) = l_89[2][2])) <= ((safe_mul_func_int8_t_s_s(((((*l_102) &= ((safe_rshift_func_uint16_t_u_s(((((g_45++) & (((safe_mul_func_uint8_t_u_u((((((((*l_99) = g_2) ^ p_5) ^ 0xAC79CC16C4145F50LL) , l_73[0][3]) == l_101) ^ 0x39A4L), l_53)) , 0xAEB4L) <= p_4)) , p_5) | g_48), l_53)) > 18446744073709551612UL)) , g_50[1][3]) | 0x6E2FL), g_48)) != p_5)))) , g_105) & l_106), g_50[3][1])) <= 0xC9C462E654CDFF18LL))) == l_53)), p_5)), g_27))));
            }
            return p_5;
        }
        else
        { 
            int32_t ***l_113 = (void*)0;
            int32_t ***l_114 = &g_74[1];
            int16_t *l_119 = &g_86;
            uint8_t **l_141 = &l_65;
            g_120 |= ((safe_rshift_func_int16_t_s_s(0xA0E0L, ((*l_119) = ((((*l_114) = l_112[0][0]) != (g_2 , &g_75)) & ((safe_mul_func_int8_t_s_s(((safe_sub_func_uint64_t_u_u(g_23, p_5)) != 0L), 2UL)) | g_29[0]))))) >= 0x4AL);
            if ((safe_rshift_func_uint8_t_u_u((safe_sub_func_uint32_t_u_u((safe_div_func_int32_t_s_s((0xFBA81857L >= (safe_sub_func_uint16_t_u_u((safe_div_func_int16_t_s_s((((7UL | 0xDAE05CF4L) == (safe_rshift_func_int16_t_s_s((((l_106 & 0x39A6180E031660C0LL) != 0UL) ^ p_5), p_4))) || g_105), p_4)), g_45))), p_5)), 0L)), p_5)))
            { 
                int8_t *l_143 = &g_27;
                int32_t l_145 = 0xB8FCCBCFL;
                int32_t *l_146 = &g_29[1];
                (**l_114) = (void*)0;
                l_145 = (((((((safe_sub_func_int8_t_s_s(((*l_143) |= (((g_29[1] <= g_29[1]) | (((safe_mul_func_int16_t_s_s((((((((safe_lshift_func_uint8_t_u_s((safe_add_func_int8_t_s_s(((g_100 , ((void*)0 == l_141)) | g_29[1]), p_5)), 0)) != p_4) != p_5) == l_106) >= l_106) , p_5) && g_142), g_45)) , (*l_141)) == &g_105)) <= g_105)), 255UL)) <= p_4) <= g_105) != 0xAC46L) ^ l_109) , 0xE67BAFF3L) == l_144);
                l_146 = &l_109;
            }
            else
            { 
                return l_144;
            }
        }
        if ((((*l_65) |= (safe_mul_func_int8_t_s_s(g_50[2][0], ((0xF0A0L ^ ((*l_155) ^= (safe_unary_minus_func_uint64_t_u((safe_sub_func_int64_t_s_s((((safe_add_func_uint8_t_u_u(p_5, ((*l_154) = (&p_4 != &g_45)))) <= 0x0620L) != g_50[3][1]), p_5)))))) , 0xBAL)))) & 1UL))
        { 
            uint32_t l_173 = 0xB0A1B9E1L;
            int32_t l_174 = (-1L);
            int32_t *l_192 = &g_29[0];
            if ((safe_rshift_func_int8_t_s_u(0x11L, ((safe_lshift_func_uint8_t_u_u(((safe_div_func_uint64_t_u_u(g_27, (g_142 | (safe_mod_func_uint32_t_u_u((safe_rshift_func_int8_t_s_u((l_174 |= ((-3L) < (((safe_sub_func_int16_t_s_s(((safe_add_func_int64_t_s_s((safe_lshift_func_int8_t_s_u((l_172[1] != (void*)0), 5)), l_173)) != g_105), 0xF5F8L)) , g_2) < p_4))), g_100)), p_4))))) , g_48), g_45)) <= g_105))))
            { 
                int32_t **l_175 = &g_75;
                int32_t l_176 = (-1L);
                uint64_t *l_182 = &g_183;
                uint16_t *l_189 = &g_45;
                uint16_t **l_190 = &l_189;
                l_174 |= (l_176 = (l_175 == &g_75));
                l_176 ^= ((!g_50[2][1]) && (&l_112[0][0] != ((safe_lshift_func_int8_t_s_u((g_45 , ((((*l_182) |= 0x81958DDEBA2DDD70LL) && g_66) , p_4)), 4)) , &l_175)));
                l_176 ^= (safe_rshift_func_uint8_t_u_s((safe_add_func_uint32_t_u_u(((((g_50[2][0] <= 0L) | (safe_unary_minus_func_uint16_t_u((((*l_190) = l_189) == (p_4 , (void*)0))))) , 0x5F3CC42DL) && l_173), g_27)), 4));
            }
            else
            { 
                uint64_t l_191[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_191[i] = 0UL;
                return l_191[0];
            }
            l_192 = &l_174;
        }
        else
        { 
            uint32_t l_197 = 0xE8E11410L;
            int32_t *l_211[1][2];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_211[i][j] = &l_108;
            }
            for (g_66 = 0; (g_66 <= 1); g_66 += 1)
            { 
                uint64_t *l_208 = &g_183;
                uint64_t *l_209[3];
                int32_t l_213 = 0L;
                int i;
                for (i = 0; i < 3; i++)
                    l_209[i] = &g_210;
                if (g_29[g_66])
                    break;
                l_213 ^= (((safe_sub_func_uint8_t_u_u(((safe_mod_func_uint16_t_u_u(g_29[g_66], (l_197 , (safe_lshift_func_uint8_t_u_s(((safe_lshift_func_uint8_t_u_u((safe_mod_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(p_5, ((*l_155) ^= ((((g_210 = (((safe_mul_func_uint16_t_u_u((0xE6FDDE1F1B1ED089LL && ((((*l_208) = ((p_4 == g_86) | p_4)) <= 0x016B4405EB261A16LL) != p_5)), l_197)) <= 0x4725C5B7124CF966LL) > p_5)) , l_211[0][1]) != (void*)0) <= g_105)))), g_45)), 3)) < g_103), l_212))))) < g_23), p_4)) > g_50[2][0]) < g_103);
            }
        }
        g_214 |= (g_29[1] , p_5);
        for (g_103 = 0; (g_103 >= 19); g_103++)
        { 
            int8_t l_229 = 8L;
            int32_t * const l_235 = &g_2;
            for (g_183 = 0; (g_183 <= 0); g_183 += 1)
            { 
                uint8_t l_224[3];
                uint16_t l_228 = 0xDC6CL;
                int32_t l_230 = (-1L);
                int i, j;
                for (i = 0; i < 3; i++)
                    l_224[i] = 252UL;
                l_230 = (((((safe_add_func_uint64_t_u_u((safe_div_func_int16_t_s_s((((g_29[1] , (+((safe_mul_func_int8_t_s_s((((l_224[1] , ((g_29[1] > (-1L)) == (safe_mod_func_int64_t_s_s(((g_50[1][3] > p_4) && g_29[1]), g_86)))) == p_5) == g_142), 0x76L)) , (-1L)))) , (void*)0) == l_227), g_2)), l_228)) <= l_229) , p_5) , 4L) < g_183);
                return l_231;
            }
            for (l_109 = 0; (l_109 < (-26)); l_109 = safe_sub_func_int32_t_s_s(l_109, 1))
            { 
                int16_t l_234[2][4] = {{0xBC11L,(-1L),(-1L),0xBC11L},{(-1L),0xBC11L,(-1L),(-1L)}};
                int32_t **l_236 = &g_75;
                int i, j;
                (*l_236) = (l_234[1][0] , l_235);
            }
        }
    }
    else
    { 
        int32_t *l_237[2][2];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 2; j++)
                l_237[i][j] = (void*)0;
        }
        l_237[0][0] = l_237[0][0];
    }
    l_246 ^= (((p_4 > ((*l_227) = (safe_add_func_uint32_t_u_u((safe_unary_minus_func_uint64_t_u(p_4)), 0x82647C96L)))) <= ((l_241 ^ ((*l_245) = ((((((safe_mul_func_int16_t_s_s((((+p_4) && (-9L)) <= p_4), g_2)) > g_86) , 0x60L) > p_5) == g_50[2][0]) || 0x91L))) | 0xCC484957L)) & p_5);
    l_248 = l_247;
    if (((((safe_lshift_func_int8_t_s_s(0L, 1)) , &g_210) != l_245) , ((((safe_add_func_int16_t_s_s((safe_add_func_int32_t_s_s((l_262[0] |= ((safe_rshift_func_uint8_t_u_s(p_5, (((((+(((safe_mod_func_int16_t_s_s((safe_lshift_func_int16_t_s_s(1L, g_120)), 65535UL)) , (*l_247)) | p_4)) | p_5) , g_50[3][0]) <= 0x34BF77ECFCCCF3AALL) , 0xC6L))) & g_105)), g_29[1])), (*l_247))) , &g_45) == (void*)0) == (*l_247))))
    { 
        uint8_t l_266 = 0x58L;
        int8_t *l_271 = (void*)0;
        int32_t l_272 = 1L;
        int32_t *l_299 = &l_272;
        l_272 |= (+(safe_div_func_uint8_t_u_u(((l_266 <= (safe_div_func_uint64_t_u_u(((safe_add_func_uint32_t_u_u(((((*l_247) = ((((p_5 ^ (&g_27 == &g_27)) | (g_2 <= g_142)) >= p_5) | 8L)) > p_4) == g_103), g_29[1])) ^ p_5), p_5))) , g_50[0][3]), 0x97L)));
        if (g_86)
            goto lbl_298;
lbl_298:
        for (g_105 = 0; (g_105 == 10); g_105 = safe_add_func_int16_t_s_s(g_105, 9))
        { 
            uint64_t l_294 = 0UL;
            int32_t ***l_295 = &l_112[0][1];
            uint32_t *l_296 = &g_50[2][0];
            (*l_248) = (((*l_65) = (p_5 & (safe_sub_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_s(((((safe_sub_func_uint64_t_u_u((+((safe_rshift_func_uint8_t_u_u(((safe_mod_func_uint64_t_u_u(((((*l_296) = (((l_289 = g_286) == (((safe_rshift_func_int8_t_s_s((safe_div_func_int16_t_s_s(((void*)0 != &g_287), (l_294 | p_5))), l_294)) , p_5) , l_295)) || 1L)) , g_210) , p_5), 0x05DBCD3C2137F949LL)) <= l_297), p_5)) | (*l_248))), p_5)) >= 0x1DL) <= (*l_248)) < 18446744073709551613UL), p_5)), 0x598A385BC1C0669FLL)))) == 252UL);
        }
        l_299 = &l_272;
    }
    else
    { 
        for (g_27 = (-21); (g_27 != (-14)); g_27 = safe_add_func_uint8_t_u_u(g_27, 7))
        { 
            const uint8_t l_302 = 0xBBL;
            int32_t *l_307 = &g_29[0];
            if (l_302)
                break;
            for (g_183 = 0; (g_183 <= 1); g_183 += 1)
            { 
                int i;
                (*l_247) |= g_29[g_183];
            }
            for (l_297 = 0; (l_297 != (-16)); l_297 = safe_sub_func_int32_t_s_s(l_297, 8))
            { 
                (*l_247) |= (safe_lshift_func_int16_t_s_u(((l_307 != l_307) == (safe_mul_func_uint8_t_u_u(g_29[1], g_29[1]))), 4));
            }
        }
    }
    return g_310;
}
static uint16_t  func_6(uint32_t  p_7, int16_t  p_8, int16_t  p_9)
{ 
    int16_t l_25 = (-6L);
    int8_t *l_26 = &g_27;
    int32_t *l_28 = &g_29[1];
    uint16_t *l_44 = &g_45;
    uint32_t *l_46 = (void*)0;
    uint32_t *l_47 = &g_48;
    (*l_28) |= (((*l_26) = ((-1L) > ((~l_25) ^ (65535UL <= g_2)))) >= (g_23 > g_23));
    (*l_28) = (((safe_mod_func_int8_t_s_s((*l_28), ((((safe_sub_func_uint8_t_u_u(9UL, (safe_add_func_int64_t_s_s((safe_rshift_func_int8_t_s_s((((*l_47) ^= (0xFE1F230B56BF5EE8LL ^ (safe_div_func_int16_t_s_s(((safe_mod_func_uint16_t_u_u(((*l_28) ^ ((*l_44) |= (safe_lshift_func_int8_t_s_u(p_9, p_9)))), (-8L))) != 0x56979F9F4AEC7014LL), g_23)))) , (*l_28)), (*l_28))), g_23)))) , (void*)0) != l_26) , p_7))) || 0x02L) || p_7);
    return g_45;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_27, "g_27", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_29[i], "g_29[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_50[i][j], "g_50[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_86, "g_86", print_hash_value);
    transparent_crc(g_100, "g_100", print_hash_value);
    transparent_crc(g_103, "g_103", print_hash_value);
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_120, "g_120", print_hash_value);
    transparent_crc(g_142, "g_142", print_hash_value);
    transparent_crc(g_183, "g_183", print_hash_value);
    transparent_crc(g_210, "g_210", print_hash_value);
    transparent_crc(g_214, "g_214", print_hash_value);
    transparent_crc(g_310, "g_310", print_hash_value);
    transparent_crc(g_361, "g_361", print_hash_value);
    transparent_crc(g_384, "g_384", print_hash_value);
    transparent_crc(g_413, "g_413", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
