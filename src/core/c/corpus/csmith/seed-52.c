#include "csmith.h"
static long __undefined;
static int32_t g_2 = (-1L);
static int32_t g_5 = 0xD8DA8E97L;
static int64_t g_17 = 0x32CF415D7249AAEDLL;
static int64_t g_28[4] = {(-1L),(-1L),(-1L),(-1L)};
static int32_t g_43 = 0xB05EF135L;
static uint64_t g_60 = 0x9C9060546153B72BLL;
static int32_t *g_62 = (void*)0;
static uint32_t g_92 = 18446744073709551615UL;
static int32_t **g_113 = (void*)0;
static int32_t ***g_112 = &g_113;
static int32_t g_116 = 0L;
static int64_t g_127 = 0L;
static int16_t g_130[4][4] = {{(-7L),0x5CA4L,0x5CA4L,(-7L)},{(-7L),0x5CA4L,0x5CA4L,(-7L)},{(-7L),0x5CA4L,0x5CA4L,(-7L)},{(-7L),0x5CA4L,0x5CA4L,(-7L)}};
static uint8_t g_140 = 1UL;
static int32_t g_153 = 0x5F856401L;
static uint32_t g_155 = 4294967289UL;
static int8_t g_161 = 0x82L;
static int64_t g_172 = 0x0DF10CB638BEBE6BLL;
static uint32_t g_177 = 4294967295UL;
static const uint64_t g_285 = 18446744073709551615UL;
static const uint64_t g_287[3] = {0UL,0UL,0UL};
static int32_t g_289 = 0xB8BF9470L;
static uint64_t *g_315[3] = {&g_60,&g_60,&g_60};
static uint64_t **g_314 = &g_315[2];
static uint32_t *g_339 = &g_155;
static uint32_t *g_344 = &g_92;
static int32_t *g_353[1] = {&g_43};
static uint8_t *g_355 = &g_140;
static uint8_t **g_354 = &g_355;
static uint64_t g_418 = 0UL;
static uint32_t g_439 = 18446744073709551615UL;
static uint32_t g_440 = 0x1EE3AD7CL;
static uint32_t g_442[1] = {0x0B0DE6DAL};
static uint8_t g_461 = 247UL;
static uint16_t g_485 = 0x43B9L;
static uint16_t *g_484 = &g_485;
static int32_t *g_545[1] = {&g_116};
static int32_t ****g_578[1][4] = {{&g_112,&g_112,&g_112,&g_112}};
static int8_t  func_1(void);
static int32_t  func_8(uint32_t  p_9, uint16_t  p_10, uint8_t  p_11, uint32_t  p_12, const int64_t  p_13);
static int32_t * func_29(uint8_t  p_30, int64_t * p_31);
static int8_t  func_1(void)
{ 
    const int64_t *l_27 = (void*)0;
    const uint64_t *l_286 = &g_287[1];
    int32_t l_294 = 1L;
    int32_t l_302 = (-9L);
    int64_t l_303 = 0xC41AB537B2DE809FLL;
    uint32_t l_326 = 2UL;
    const uint16_t l_327 = 0x0C72L;
    uint32_t l_328 = 0x3A2382E4L;
    uint8_t l_346[3];
    int32_t l_385 = 0xDBADD14FL;
    int32_t *l_409 = &l_385;
    uint32_t **l_441 = &g_344;
    int32_t l_446 = 0x82CA0C9BL;
    int64_t l_459 = 1L;
    int32_t l_462 = 8L;
    uint32_t l_487[4][1];
    uint16_t **l_490 = &g_484;
    uint16_t ***l_489[3][3] = {{(void*)0,&l_490,(void*)0},{(void*)0,&l_490,(void*)0},{(void*)0,&l_490,(void*)0}};
    int8_t *l_510 = &g_161;
    int32_t l_518 = 0x19572002L;
    uint8_t l_529 = 0xC9L;
    int16_t l_557 = 0x97DAL;
    uint16_t l_560 = 65528UL;
    int32_t ****l_579[3];
    uint8_t l_582 = 0x17L;
    uint8_t l_589 = 0x25L;
    uint8_t l_593 = 252UL;
    int i, j;
    for (i = 0; i < 3; i++)
        l_346[i] = 0UL;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
            l_487[i][j] = 0xE563B2C3L;
    }
    for (i = 0; i < 3; i++)
        l_579[i] = (void*)0;
lbl_443:
    for (g_2 = 27; (g_2 == 15); g_2--)
    { 
        const int16_t l_14 = 0xF90EL;
        int64_t *l_26 = &g_17;
        int8_t *l_288 = &g_161;
        int32_t l_290 = (-3L);
        uint32_t *l_301[1];
        int i;
        for (i = 0; i < 1; i++)
            l_301[i] = &g_92;
        for (g_5 = 0; (g_5 != (-12)); g_5 = safe_sub_func_int16_t_s_s(g_5, 6))
        { 
            int32_t l_15 = 0x7B844A75L;
            int64_t *l_16 = &g_17;
            int32_t *l_291 = &l_290;
            int16_t l_293 = 0xF2D6L;
            if (func_8((g_28[2] &= (l_14 || ((((*l_16) |= l_15) , (safe_lshift_func_uint16_t_u_s((safe_div_func_uint64_t_u_u(((safe_add_func_int32_t_s_s((4294967287UL < (safe_mul_func_int8_t_s_s(((l_26 == l_27) == 0x5CL), 0x94L))), g_17)) , g_2), 18446744073709551615UL)), 14))) , l_15))), g_5, l_14, g_5, g_2))
            { 
                int32_t l_267 = 0xE7A8C1E0L;
                int32_t *l_268 = (void*)0;
                int32_t l_274 = 0x057894F7L;
                const uint64_t *l_284 = &g_285;
                const uint64_t **l_283 = &l_284;
                int32_t **l_292 = &l_291;
                g_43 = l_267;
                l_290 ^= (~(safe_lshift_func_uint8_t_u_u((safe_div_func_uint32_t_u_u(l_274, (safe_sub_func_int16_t_s_s((safe_lshift_func_int8_t_s_s(((((safe_mul_func_uint16_t_u_u((safe_add_func_uint32_t_u_u(((l_286 = ((*l_283) = &g_60)) != l_26), (((l_14 & ((&g_161 == l_288) != (*g_62))) & g_289) || g_155))), l_15)) , l_27) == l_27) & g_285), g_153)), l_15)))), g_2)));
                (*l_292) = l_291;
                if (l_293)
                    break;
            }
            else
            { 
                return l_294;
            }
        }
        g_5 |= (((((safe_mod_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_s((((safe_mul_func_uint8_t_u_u((g_43 <= (((g_92++) , (safe_rshift_func_uint8_t_u_s(((safe_lshift_func_int16_t_s_u(((safe_mul_func_uint8_t_u_u((((((safe_sub_func_uint8_t_u_u(((void*)0 != g_314), (safe_sub_func_uint32_t_u_u((((safe_lshift_func_uint8_t_u_u((((safe_lshift_func_int8_t_s_u(l_14, (((safe_mul_func_int16_t_s_s((safe_add_func_uint64_t_u_u(1UL, l_302)), l_14)) != g_161) & l_14))) == (**g_314)) != g_60), 0)) ^ l_294) || l_303), 0L)))) , &g_130[1][0]) == (void*)0) > l_326) != l_290), (-4L))) || l_294), 2)) != 0x937B97A5L), g_17))) , 0x55L)), 1L)) | 0x4FL) & l_14), g_127)), g_289)) == l_294) ^ 0x98L) && l_327) , l_290);
        l_328 = l_294;
        return g_2;
    }
    for (l_303 = 0; (l_303 <= 3); l_303 += 1)
    { 
        uint32_t *l_341 = &g_92;
        uint32_t **l_340 = &l_341;
        uint32_t *l_343 = &g_92;
        uint32_t **l_342[4][3] = {{&l_343,&l_343,&l_343},{&l_343,&l_343,&l_343},{&l_343,&l_343,&l_343},{&l_343,&l_343,&l_343}};
        const uint16_t l_345 = 0x929BL;
        int32_t *l_351[3][2];
        int32_t *l_352 = &l_294;
        uint64_t l_383 = 0x0F30D5CE51773A40LL;
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 2; j++)
                l_351[i][j] = &l_294;
        }
        if (((safe_sub_func_uint16_t_u_u((safe_add_func_int32_t_s_s((l_346[0] ^= ((1L != (((safe_lshift_func_int16_t_s_s(((safe_rshift_func_uint16_t_u_u((safe_div_func_int16_t_s_s(((g_339 = &l_326) == ((((g_28[l_303] == 0x45F9L) , (g_344 = ((*l_340) = (void*)0))) == (void*)0) , &l_326)), g_130[3][0])), g_28[l_303])) == g_28[l_303]), g_127)) > l_345) || (*g_339))) >= 0x1BL)), (-1L))), 4UL)) >= (-1L)))
        { 
            int32_t l_347[4][4] = {{0xEBF030DFL,0L,0xB3DE261AL,0xB3DE261AL},{1L,1L,0x2B63E067L,0L},{0L,0xEBF030DFL,0x2B63E067L,0xEBF030DFL},{1L,4L,0xB3DE261AL,0x2B63E067L}};
            int32_t **l_348 = &g_62;
            int32_t *l_350[2][1];
            int32_t **l_349[4];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_350[i][j] = &g_43;
            }
            for (i = 0; i < 4; i++)
                l_349[i] = &l_350[1][0];
            g_353[0] = (l_352 = (l_351[0][1] = (l_347[0][0] , ((*l_348) = &g_116))));
            g_354 = (void*)0;
            for (g_92 = 10; (g_92 < 4); g_92 = safe_sub_func_uint64_t_u_u(g_92, 1))
            { 
                if ((*g_62))
                    break;
            }
        }
        else
        { 
            uint32_t l_376 = 18446744073709551615UL;
            int32_t l_381[2];
            uint64_t *l_382[3];
            int16_t *l_384 = &g_130[1][0];
            uint16_t l_387 = 65535UL;
            uint32_t *l_401 = &g_177;
            uint16_t *l_404 = &l_387;
            int i;
            for (i = 0; i < 2; i++)
                l_381[i] = (-1L);
            for (i = 0; i < 3; i++)
                l_382[i] = (void*)0;
            if (((safe_mod_func_int16_t_s_s(0x0B31L, (safe_add_func_int8_t_s_s((((*g_339) = (safe_mul_func_uint8_t_u_u(((((*g_314) != ((safe_div_func_uint64_t_u_u((l_385 |= (safe_add_func_uint32_t_u_u((safe_mul_func_int16_t_s_s(((*l_384) = ((safe_add_func_uint32_t_u_u((((safe_sub_func_uint32_t_u_u((g_2 , (l_302 = (safe_sub_func_uint64_t_u_u((l_376 , (safe_sub_func_int64_t_s_s((((safe_sub_func_uint64_t_u_u((l_381[1] = (**g_314)), (*l_352))) , (void*)0) == l_382[1]), 0x4D782895629A1DBCLL))), l_383)))), 0x5588FFD9L)) , l_381[1]) & 0xEC09F5A178EDE343LL), (*g_339))) == g_28[3])), 65535UL)), l_294))), 18446744073709551612UL)) , (*g_314))) & 0xA161EE038D1F01A4LL) < l_376), l_326))) && l_294), 0x49L)))) > g_289))
            { 
                int32_t l_386 = 0x0B97A479L;
                uint16_t l_390 = 65531UL;
                ++l_387;
                l_390--;
            }
            else
            { 
                int32_t **l_393[2][4];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_393[i][j] = &g_62;
                }
                g_353[0] = l_343;
            }
            l_381[1] = ((!(*g_339)) >= (l_385 || (((l_327 ^ 5UL) , ((safe_sub_func_uint32_t_u_u((((*l_352) = (((*l_401) = (((*l_384) &= (l_385 = (safe_lshift_func_int8_t_s_s((safe_lshift_func_int16_t_s_u((*l_352), g_289)), l_376)))) == l_381[0])) >= l_346[0])) < l_346[0]), 8UL)) >= g_28[0])) && 0L)));
            l_381[1] |= (safe_div_func_int8_t_s_s((((0xA0L != (0x0EAAL == ((*l_404) = g_2))) | (((safe_sub_func_int64_t_s_s(((safe_add_func_int64_t_s_s(1L, g_140)) , g_60), (**g_314))) >= g_287[1]) ^ 2UL)) , g_17), g_2));
        }
    }
    if (((*l_409) = 1L))
    { 
        for (g_140 = 0; (g_140 <= 14); ++g_140)
        { 
            (*l_409) = 0xA39DE8ADL;
        }
    }
    else
    { 
        int32_t *l_416[2][1];
        uint16_t l_419 = 3UL;
        uint32_t * const l_438[4] = {&g_439,&g_439,&g_439,&g_439};
        uint32_t * const *l_437 = &l_438[2];
        uint8_t l_460[3];
        uint16_t ****l_491 = &l_489[0][2];
        int64_t *l_492 = &g_17;
        int64_t **l_493 = &l_492;
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_416[i][j] = (void*)0;
        }
        for (i = 0; i < 3; i++)
            l_460[i] = 7UL;
        for (g_60 = 0; (g_60 >= 36); ++g_60)
        { 
            int32_t *l_414 = &g_43;
            int32_t **l_415[1][1];
            uint64_t *l_417[2][2];
            const uint64_t l_422[2][1] = {{18446744073709551608UL},{18446744073709551608UL}};
            int16_t **l_423 = (void*)0;
            int16_t ***l_424 = &l_423;
            uint32_t * const *l_436 = (void*)0;
            uint32_t * const **l_435[2];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_415[i][j] = &g_353[0];
            }
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                    l_417[i][j] = &g_418;
            }
            for (i = 0; i < 2; i++)
                l_435[i] = &l_436;
            l_416[1][0] = l_414;
            (*l_424) = ((--l_419) , (((((*l_409) == 0x6C44L) | ((((((**g_314) < g_161) == (*g_355)) & (-1L)) && 0x7D608EFB1E424F33LL) >= l_422[1][0])) == (*l_409)) , l_423));
            if (((*l_414) = ((*l_414) != (((((safe_add_func_uint16_t_u_u((g_130[1][0] | (safe_add_func_int32_t_s_s(((((*l_409) <= (safe_mod_func_uint8_t_u_u(250UL, (safe_rshift_func_uint8_t_u_u(((*g_355) = (((safe_rshift_func_int16_t_s_u(((l_437 = &g_344) != l_441), g_289)) < (*l_409)) , (*g_355))), (*l_409)))))) , l_414) != (void*)0), 4L))), (*l_409))) || (*l_409)) != 1L) >= (*l_409)) > (*l_414)))))
            { 
                g_353[0] = &g_43;
                if (g_442[0])
                    continue;
            }
            else
            { 
                if (l_294)
                    goto lbl_443;
                return g_289;
            }
        }
        for (l_294 = (-19); (l_294 == 5); l_294 = safe_add_func_int32_t_s_s(l_294, 7))
        { 
            uint32_t l_447 = 0x9D350919L;
            uint32_t ***l_458 = &l_441;
            int32_t l_468 = 0xA03590A5L;
            int16_t *l_470 = &g_130[1][0];
            int16_t **l_469 = &l_470;
            int8_t *l_473[3];
            int8_t **l_472[4];
            int32_t ****l_475[4];
            uint16_t **l_486 = &g_484;
            int8_t l_488 = 0x4CL;
            int i;
            for (i = 0; i < 3; i++)
                l_473[i] = &g_161;
            for (i = 0; i < 4; i++)
                l_472[i] = &l_473[1];
            for (i = 0; i < 4; i++)
                l_475[i] = (void*)0;
            --l_447;
            if (((safe_div_func_uint16_t_u_u(((safe_lshift_func_uint8_t_u_u(((safe_rshift_func_int8_t_s_s(((*g_355) , 0xA4L), g_116)) || (((*l_458) = &g_344) != &l_438[2])), l_459)) , g_92), l_447)) == 0xEC286B1FL))
            { 
                return l_460[0];
            }
            else
            { 
                int8_t l_467 = 0L;
                int16_t * const *l_471 = (void*)0;
                int8_t **l_474[4][3] = {{(void*)0,(void*)0,&l_473[1]},{(void*)0,(void*)0,&l_473[1]},{(void*)0,(void*)0,&l_473[1]},{(void*)0,(void*)0,&l_473[1]}};
                int i, j;
                l_462 = g_461;
                (*l_409) &= (5UL || ((safe_add_func_int8_t_s_s(((safe_rshift_func_int16_t_s_u(((void*)0 == &g_17), 1)) & ((((*g_339) |= ((0xDB13L > 0UL) <= l_467)) & 0x3212FACDL) & 1UL)), (*g_355))) >= l_447));
                l_468 ^= ((*l_409) = l_447);
                l_474[0][0] = ((*l_409) , (((l_469 = (void*)0) == l_471) , l_472[2]));
            }
            g_112 = (void*)0;
            l_488 |= ((((*g_355) = 0xA1L) & ((((safe_sub_func_int32_t_s_s((safe_add_func_int16_t_s_s((((((safe_mod_func_uint16_t_u_u(((*l_409) != (((*l_486) = g_484) != &l_327)), ((*l_409) | g_177))) <= g_130[1][0]) , g_127) != 0L) ^ g_130[1][0]), (*l_409))), l_487[0][0])) | g_485) ^ (*l_409)) || 0xDEL)) , (*l_409));
        }
        (*l_491) = l_489[0][2];
        l_409 = func_29((*l_409), ((*l_493) = l_492));
    }
    if ((*l_409))
    { 
        uint32_t l_496[3];
        const uint32_t *l_514 = (void*)0;
        int32_t l_526 = 0L;
        int16_t l_538 = 0x9D0FL;
        uint16_t ****l_539 = &l_489[0][2];
        int32_t l_558 = 0L;
        int32_t ****l_577 = &g_112;
        int32_t l_587 = 1L;
        int16_t l_588 = 0L;
        int64_t l_592 = (-2L);
        int i;
        for (i = 0; i < 3; i++)
            l_496[i] = 6UL;
        for (g_439 = 0; (g_439 <= 0); g_439 += 1)
        { 
            int32_t *l_494 = &g_116;
            int32_t *l_495[1][4];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 4; j++)
                    l_495[i][j] = &l_385;
            }
            --l_496[0];
            for (l_328 = 0; (l_328 <= 0); l_328 += 1)
            { 
                int32_t **l_499 = (void*)0;
                int32_t **l_500 = (void*)0;
                int32_t **l_501 = (void*)0;
                int8_t *l_505 = &g_161;
                int8_t **l_504 = &l_505;
                int16_t l_511 = (-8L);
                int i;
                g_353[0] = &l_294;
                l_511 = (safe_mul_func_int16_t_s_s(9L, (((*l_504) = &g_161) != ((0x54L >= ((safe_mul_func_int16_t_s_s((g_130[0][2] &= 0xA5C8L), (safe_rshift_func_int16_t_s_u((((*l_494) = 0x7B4221DDL) , g_442[g_439]), l_496[(g_439 + 2)])))) ^ l_496[(l_328 + 2)])) , l_510))));
            }
            for (g_289 = 0; (g_289 >= 0); g_289 -= 1)
            { 
                int i;
                (*l_409) = 0x37AFEA88L;
                return g_442[g_439];
            }
            if (g_442[g_439])
                continue;
        }
        if ((((((++(*g_339)) > 0x3C0ED96DL) == 0xC4L) <= 0UL) && (255UL < ((l_514 != (void*)0) != 2UL))))
        { 
            uint32_t l_519 = 8UL;
            int32_t l_525 = 0x28787CF8L;
            int32_t l_527 = (-1L);
            int32_t l_528 = 0L;
            const uint16_t *l_543 = &g_485;
            const uint16_t **l_542[4][2];
            const uint16_t ***l_541 = &l_542[1][0];
            const uint16_t ****l_540[3];
            int32_t *l_544[3];
            int32_t ****l_581 = &g_112;
            uint32_t l_583 = 0xDC38CFB7L;
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 2; j++)
                    l_542[i][j] = &l_543;
            }
            for (i = 0; i < 3; i++)
                l_540[i] = &l_541;
            for (i = 0; i < 3; i++)
                l_544[i] = (void*)0;
            (*l_409) = (((*l_510) = ((((((safe_div_func_int64_t_s_s((*l_409), l_496[0])) > ((*g_339) = (((**l_490) = (*g_484)) <= (!(((((l_518 | (0UL >= (*l_409))) , (void*)0) == (*l_441)) != l_519) , (*g_355)))))) ^ (*l_409)) || g_418) >= 1L) , l_496[0])) <= 3UL);
            for (g_155 = 0; (g_155 <= 2); g_155 += 1)
            { 
                int32_t *l_520 = &g_5;
                int32_t *l_521 = &l_518;
                int32_t *l_522 = &l_294;
                int32_t *l_523 = &l_518;
                int32_t *l_524[2][1];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_524[i][j] = &g_5;
                }
                l_529--;
            }
            g_545[0] = (l_544[2] = ((*l_409) , (l_528 , ((((l_526 = (safe_add_func_uint8_t_u_u((*g_355), (safe_div_func_uint32_t_u_u(((((*l_409) = (65534UL == (safe_mod_func_uint8_t_u_u(0xFAL, l_526)))) || 4294967287UL) <= 0xE36E5A27F58D0D99LL), l_538))))) , l_539) != l_540[2]) , (void*)0))));
            if (((*g_484) & (safe_mul_func_int8_t_s_s(g_161, (*g_355)))))
            { 
                int32_t **l_548 = &g_353[0];
                int64_t *l_559 = &g_17;
                int16_t *l_571 = &l_557;
                int32_t l_572 = 4L;
                (*l_548) = &g_43;
                l_518 ^= (((((((((*l_409) || ((*l_559) = (safe_mul_func_int8_t_s_s(g_153, ((safe_sub_func_uint8_t_u_u((safe_add_func_int8_t_s_s(((safe_lshift_func_uint16_t_u_s((0xCD1E362DL ^ ((g_5 < (**l_548)) >= 7UL)), l_557)) && 0xCC61894A3F96539CLL), 247UL)), l_558)) & l_496[0]))))) <= l_526) < l_560) < (*g_484)) | (**l_548)) & l_558) , g_5) && 0xF3L);
                (*l_409) = (safe_div_func_int32_t_s_s((l_572 |= (((*g_355) = (safe_mul_func_int16_t_s_s((safe_mul_func_int16_t_s_s(((*l_571) |= ((safe_add_func_int32_t_s_s(((&g_344 != &g_344) , l_538), ((safe_add_func_int32_t_s_s(l_526, ((((**l_548) && 1UL) , g_140) , (*l_409)))) & (*l_409)))) > l_496[0])), (**l_548))), (*g_484)))) >= 0xB3L)), (*g_339)));
            }
            else
            { 
                int32_t *****l_580 = (void*)0;
                l_583 = ((l_526 = (-1L)) , (safe_add_func_int16_t_s_s((((*g_484) = (*g_484)) == (((safe_lshift_func_int8_t_s_s(((*g_355) && ((g_578[0][3] = l_577) == (l_581 = l_579[1]))), g_287[1])) >= g_287[1]) , 0xD852L)), l_582)));
            }
        }
        else
        { 
            int32_t l_584 = 0x2712E590L;
            int32_t l_585 = 6L;
            int32_t l_586[1][1];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_586[i][j] = 0x77EA4B7EL;
            }
            l_589--;
            (*l_409) = l_592;
            l_587 &= ((*l_409) = l_593);
        }
    }
    else
    { 
        (*l_409) ^= 0xFCB77EC7L;
        for (l_302 = 0; (l_302 < (-14)); l_302 = safe_sub_func_uint64_t_u_u(l_302, 9))
        { 
            return g_17;
        }
    }
    return g_461;
}
static int32_t  func_8(uint32_t  p_9, uint16_t  p_10, uint8_t  p_11, uint32_t  p_12, const int64_t  p_13)
{ 
    uint64_t l_32 = 0UL;
    int32_t **l_95 = &g_62;
    int64_t l_117 = 0L;
    int32_t l_176 = 4L;
    int32_t *l_182 = &g_43;
    int32_t *l_185 = &l_176;
    uint8_t *l_236 = (void*)0;
    (*l_95) = func_29(l_32, &g_17);
    for (g_43 = 0; (g_43 <= 3); g_43 += 1)
    { 
        int32_t *l_97 = (void*)0;
        int32_t **l_96 = &l_97;
        int32_t *l_167 = &g_116;
        int32_t *l_168 = &g_116;
        int32_t *l_169 = &g_116;
        int32_t *l_170 = &g_116;
        int32_t *l_171 = &g_116;
        int32_t *l_173 = &g_116;
        int32_t *l_174 = &g_116;
        int32_t *l_175 = &g_116;
        int i;
        (*l_96) = ((*l_95) = &g_2);
        for (p_10 = 0; (p_10 <= 3); p_10 += 1)
        { 
            uint16_t l_98 = 65529UL;
            --l_98;
            for (g_60 = 0; (g_60 <= 3); g_60 += 1)
            { 
                int i;
                return g_28[g_43];
            }
        }
        if ((g_43 || ((safe_lshift_func_int16_t_s_u(((safe_mul_func_uint8_t_u_u(g_60, ((safe_lshift_func_int16_t_s_u(((g_28[g_43] = ((**l_95) , ((((((safe_mul_func_uint8_t_u_u(((p_9 == (safe_lshift_func_int16_t_s_u((**l_95), 9))) , g_17), 250UL)) || 0x33D27CF1A457CE11LL) || p_9) ^ p_11) || p_9) | 0xE29F52E1L))) > g_17), 5)) < (**l_96)))) , (**l_95)), 6)) == (**l_95))))
        { 
            uint16_t l_111 = 0xA549L;
            if (l_111)
            { 
                int32_t ****l_114 = &g_112;
                int32_t *l_115 = &g_116;
                (*l_114) = g_112;
                if ((*g_62))
                    break;
                (*l_115) ^= (**l_95);
                return l_111;
            }
            else
            { 
                return p_13;
            }
        }
        else
        { 
            uint64_t l_120[4] = {6UL,6UL,6UL,6UL};
            int16_t *l_128 = (void*)0;
            int16_t *l_129 = &g_130[1][0];
            int32_t l_131[1][1];
            uint32_t l_148[3];
            uint32_t l_151[3];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_131[i][j] = 0x7741F5D6L;
            }
            for (i = 0; i < 3; i++)
                l_148[i] = 0UL;
            for (i = 0; i < 3; i++)
                l_151[i] = 0x1FB0DB9FL;
            if (l_117)
                break;
            for (l_117 = 0; (l_117 > 20); l_117 = safe_add_func_uint8_t_u_u(l_117, 5))
            { 
                if (p_12)
                    break;
                (*l_96) = ((*l_95) = (*l_96));
                l_120[3]++;
            }
            l_131[0][0] &= ((((*l_129) &= (g_28[2] != ((safe_sub_func_int8_t_s_s(((safe_sub_func_int32_t_s_s((((g_127 = (-10L)) && 0x7132L) , (((((0xB12407C9B672C646LL >= ((((((void*)0 != &g_112) | p_12) , &l_97) != (*g_112)) >= (*g_62))) > 0xB2358A988067FC1DLL) , (-9L)) <= 1L) && 255UL)), 0xECEC3501L)) >= 0x1EF9C6BEL), 1L)) | p_10))) ^ 0x0707L) >= 0xD4A5CD31L);
            for (g_60 = 0; (g_60 <= 3); g_60 += 1)
            { 
                int32_t *l_132 = &g_116;
                uint8_t *l_139 = &g_140;
                int32_t l_147[1];
                uint64_t *l_152[3];
                int32_t *l_154 = &l_131[0][0];
                int8_t *l_160 = &g_161;
                int16_t *l_162 = &g_130[2][0];
                int i;
                for (i = 0; i < 1; i++)
                    l_147[i] = 0x8444AC55L;
                for (i = 0; i < 3; i++)
                    l_152[i] = &l_32;
                (*l_132) = (0x35B9L != g_28[g_43]);
                g_155 = ((*l_154) = (safe_rshift_func_int8_t_s_s(((((safe_add_func_uint64_t_u_u((safe_rshift_func_uint8_t_u_s(((*l_139) ^= 5UL), 0)), ((safe_sub_func_uint64_t_u_u(((g_153 = (safe_rshift_func_int16_t_s_s((safe_mod_func_uint32_t_u_u(g_28[2], (l_148[0] = ((*l_132) = l_147[0])))), (safe_sub_func_int16_t_s_s((l_151[1] != ((3L | p_10) >= l_131[0][0])), 65527UL))))) > 0x493370524A1A4E4CLL), g_92)) , (*l_132)))) | p_11) , l_148[0]) , 0x2DL), 4)));
                (*l_154) ^= ((!((*l_132) &= (safe_lshift_func_int8_t_s_s(((*l_160) = ((safe_unary_minus_func_int32_t_s((**l_96))) >= 1UL)), (l_162 != &g_130[1][0]))))) == (safe_add_func_int8_t_s_s((safe_sub_func_uint8_t_u_u(((g_153 == 0x9D74962EC189EFAFLL) == (**l_95)), (**l_96))), g_28[0])));
            }
        }
        g_177++;
    }
    if (((*l_185) = ((((safe_sub_func_int64_t_s_s(((((*l_182) = (*g_62)) ^ (safe_lshift_func_uint8_t_u_s(g_92, (((void*)0 != (*l_95)) ^ p_12)))) || 0x07F30BC1044AB526LL), 0x49806CA2BCBDF4B4LL)) < (**l_95)) >= p_10) < 0x7FL)))
    { 
        const uint8_t l_195 = 0x07L;
        int32_t l_218[1];
        int8_t *l_227 = (void*)0;
        int i;
        for (i = 0; i < 1; i++)
            l_218[i] = 9L;
        (*l_95) = (*l_95);
        for (p_9 = 0; (p_9 != 31); p_9++)
        { 
            int64_t l_190 = 0xA9CDD84AA6036CB7LL;
            int16_t *l_203 = &g_130[1][1];
            uint32_t *l_213 = &g_177;
            uint8_t *l_216 = &g_140;
            int32_t l_217 = 0xC5022FEAL;
            (*l_185) ^= ((safe_sub_func_uint8_t_u_u((l_190 > (safe_div_func_int16_t_s_s(((*l_203) |= (safe_lshift_func_uint8_t_u_u(((((((((l_195 , (safe_mod_func_uint32_t_u_u((safe_add_func_int16_t_s_s((~(safe_sub_func_int64_t_s_s((-10L), p_12))), (((0x2138L & g_140) && 0xDEL) > g_153))), 0xF704EBC7L))) , l_195) || 18446744073709551614UL) <= 0UL) , l_195) ^ g_153) , l_190) > l_190), 5))), p_9))), l_195)) || 0xBA48L);
            l_218[0] &= (((safe_mul_func_int16_t_s_s((safe_add_func_int8_t_s_s(p_11, (+(safe_sub_func_uint64_t_u_u((65535UL < (l_217 &= (safe_div_func_uint32_t_u_u(((((*l_216) = (p_10 == ((--(*l_213)) | ((void*)0 != (*g_112))))) != g_116) < g_28[2]), 4UL)))), 0UL))))), (*l_182))) , l_195) != (*l_182));
        }
        (*l_95) = ((g_177 ^ p_13) , func_29(((l_218[0] ^= (*g_62)) , (safe_mul_func_uint8_t_u_u((safe_add_func_int64_t_s_s((safe_mul_func_int8_t_s_s(((((((safe_lshift_func_uint16_t_u_s((p_9 , (p_11 , 0x3290L)), p_11)) || 0x1315DE78DB23535ELL) , p_12) , l_227) == l_227) && p_11), p_9)), g_60)), (*l_182)))), &g_172));
        for (p_11 = 6; (p_11 <= 4); p_11--)
        { 
            int16_t l_230 = 0L;
            uint8_t *l_232 = &g_140;
            uint8_t **l_231 = &l_232;
            uint8_t *l_234 = &g_140;
            uint8_t **l_233 = &l_234;
            (*l_185) = (((*l_231) = ((l_230 == (*l_182)) , &g_140)) != ((*l_233) = (void*)0));
        }
    }
    else
    { 
        int32_t *l_235 = &g_116;
        uint8_t **l_237 = &l_236;
        int32_t l_238 = 1L;
        l_235 = (*l_95);
        l_238 &= ((((*l_185) , ((((*l_182) & ((&g_140 == ((*l_237) = l_236)) < (-1L))) || 0xB50047D2294016B0LL) , 0xDAE1D841891164B7LL)) > 0x0774E2FFC6FEF38CLL) ^ (*l_182));
        for (g_116 = (-29); (g_116 == (-29)); g_116++)
        { 
            int32_t l_253 = 4L;
            int16_t *l_262[1];
            int i;
            for (i = 0; i < 1; i++)
                l_262[i] = &g_130[1][0];
            for (g_155 = 0; (g_155 <= 3); g_155 += 1)
            { 
                int i;
                (*l_182) &= (g_28[g_155] == p_10);
                g_43 &= (safe_mod_func_uint64_t_u_u(((safe_div_func_uint16_t_u_u(1UL, (0x24E14BB8L && ((safe_mod_func_uint32_t_u_u(1UL, (safe_mul_func_uint16_t_u_u(((((safe_rshift_func_uint8_t_u_s((safe_div_func_int64_t_s_s((((*l_235) != ((0x73E6FF05L && 1L) || 1L)) , l_253), p_9)), g_60)) , g_60) , (**l_95)) ^ g_60), p_10)))) & g_127)))) & g_28[g_155]), g_127));
            }
            (*l_182) |= (safe_div_func_uint8_t_u_u((0x9A8C75DFA5EDEFCCLL || g_140), ((safe_lshift_func_int8_t_s_s((safe_mul_func_uint8_t_u_u(((safe_sub_func_uint64_t_u_u((l_262[0] == (void*)0), ((safe_mul_func_uint16_t_u_u((safe_lshift_func_int8_t_s_s(g_5, 5)), g_28[2])) ^ 0xA0C0818CL))) == p_13), p_11)), g_130[2][1])) | l_253)));
            if ((*g_62))
                continue;
        }
    }
    return (**l_95);
}
static int32_t * func_29(uint8_t  p_30, int64_t * p_31)
{ 
    uint8_t l_39 = 255UL;
    int32_t *l_66 = &g_2;
    int32_t l_77[3][3] = {{0xB7FFC8BAL,0xB7FFC8BAL,0xB7FFC8BAL},{0xCF8356F5L,(-1L),0xCF8356F5L},{0xB7FFC8BAL,0xB7FFC8BAL,0xB7FFC8BAL}};
    int32_t **l_79[1][1];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_79[i][j] = (void*)0;
    }
    for (g_17 = 7; (g_17 >= 22); ++g_17)
    { 
        uint32_t l_41 = 0xA3A6D7D0L;
        int32_t *l_64 = &g_5;
        for (p_30 = 0; (p_30 <= 3); p_30 = safe_add_func_uint32_t_u_u(p_30, 2))
        { 
            int32_t *l_42 = &g_43;
            if (((*l_42) = (l_39 < (0xDFL <= (safe_unary_minus_func_uint8_t_u(l_41))))))
            { 
                const uint64_t l_58 = 18446744073709551607UL;
                uint64_t *l_59 = &g_60;
                int32_t **l_61[1][3];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_61[i][j] = &l_42;
                }
                (*l_42) = (safe_sub_func_uint16_t_u_u((((void*)0 == l_42) | ((((safe_sub_func_uint16_t_u_u((((((((safe_lshift_func_int16_t_s_s(g_17, 1)) < (safe_div_func_uint64_t_u_u(p_30, ((*l_59) |= ((safe_sub_func_int32_t_s_s((safe_div_func_uint64_t_u_u((safe_div_func_uint8_t_u_u((((((p_31 != p_31) || g_5) > 0L) > p_30) != 4294967286UL), (-5L))), l_58)), l_58)) | l_58))))) , 0UL) > l_58) , (void*)0) != &g_28[2]) & 0x53B22489AFFF74B7LL), p_30)) , p_30) , 6UL) >= l_39)), 1UL));
                g_62 = l_42;
            }
            else
            { 
                uint16_t l_63 = 0UL;
                int32_t **l_65 = &g_62;
                (*l_42) = l_63;
                if (l_41)
                    continue;
                (*l_65) = l_64;
            }
            if (((*l_42) = (*g_62)))
            { 
                int32_t **l_67 = &g_62;
                if (p_30)
                    break;
                (*l_67) = l_66;
            }
            else
            { 
                int8_t l_68 = 0x7EL;
                l_68 ^= (*l_66);
            }
            (*l_42) = 0xAA8C97D7L;
        }
    }
    for (g_60 = 0; (g_60 <= 35); ++g_60)
    { 
        int64_t *l_71 = &g_28[2];
        int32_t l_76 = 0x56345D18L;
        int32_t *l_78[2];
        int i;
        for (i = 0; i < 2; i++)
            l_78[i] = &l_76;
        g_43 = (l_77[2][0] = (((l_71 == &g_28[2]) ^ ((safe_sub_func_uint64_t_u_u(8UL, ((safe_sub_func_uint8_t_u_u(((void*)0 != &g_60), (*l_66))) >= p_30))) , 0x45FE6EE091E6DCF6LL)) , l_76));
    }
    g_62 = (g_43 , &l_77[2][0]);
    for (g_60 = (-2); (g_60 >= 8); ++g_60)
    { 
        int16_t l_84 = (-5L);
        int32_t l_85 = (-10L);
        int32_t l_86 = 0x7A95E774L;
        int32_t l_87 = 1L;
        int32_t l_88 = 0xF7313610L;
        int32_t l_89 = 5L;
        int32_t l_90 = 0x990E41E6L;
        int32_t l_91[3][2] = {{(-1L),(-1L)},{(-1L),(-1L)},{(-1L),(-1L)}};
        int i, j;
        l_84 = (safe_mul_func_int8_t_s_s(g_17, ((void*)0 == p_31)));
        g_92--;
    }
    return &g_2;
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
    transparent_crc(g_17, "g_17", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_28[i], "g_28[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_92, "g_92", print_hash_value);
    transparent_crc(g_116, "g_116", print_hash_value);
    transparent_crc(g_127, "g_127", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_130[i][j], "g_130[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_140, "g_140", print_hash_value);
    transparent_crc(g_153, "g_153", print_hash_value);
    transparent_crc(g_155, "g_155", print_hash_value);
    transparent_crc(g_161, "g_161", print_hash_value);
    transparent_crc(g_172, "g_172", print_hash_value);
    transparent_crc(g_177, "g_177", print_hash_value);
    transparent_crc(g_285, "g_285", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_287[i], "g_287[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_289, "g_289", print_hash_value);
    transparent_crc(g_418, "g_418", print_hash_value);
    transparent_crc(g_439, "g_439", print_hash_value);
    transparent_crc(g_440, "g_440", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_442[i], "g_442[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_461, "g_461", print_hash_value);
    transparent_crc(g_485, "g_485", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
