#include "csmith.h"
static long __undefined;
static uint64_t g_12 = 3UL;
static uint32_t g_33[3] = {0x77E815F8L,0x77E815F8L,0x77E815F8L};
static uint32_t g_36 = 18446744073709551615UL;
static int32_t g_38 = (-7L);
static const int8_t g_49 = 0x61L;
static int32_t g_73 = 0x1DBD7CCFL;
static int32_t g_76[3] = {(-1L),(-1L),(-1L)};
static int32_t *g_78 = (void*)0;
static uint32_t g_88 = 0x7C2AE6BAL;
static int64_t g_91[1] = {0L};
static uint16_t g_107 = 0x21BAL;
static uint16_t g_113 = 65535UL;
static int16_t g_125 = (-10L);
static int8_t g_128 = 0x53L;
static int8_t g_130[4][4] = {{0x0FL,0x0FL,0x0FL,0x0FL},{0x0FL,0x0FL,0x0FL,0x0FL},{0x0FL,0x0FL,0x0FL,0x0FL},{0x0FL,0x0FL,0x0FL,0x0FL}};
static uint8_t g_157[4] = {7UL,7UL,7UL,7UL};
static const int32_t g_185 = 1L;
static const int32_t *g_186[1] = {&g_73};
static const uint64_t **g_212 = (void*)0;
static int32_t g_229 = 0x9CABE6A2L;
static uint16_t *g_236 = (void*)0;
static uint16_t **g_235 = &g_236;
static uint16_t ***g_234[3] = {&g_235,&g_235,&g_235};
static uint8_t g_256 = 255UL;
static int16_t g_325 = 0xBF2BL;
static uint16_t ****g_356 = &g_234[2];
static uint16_t *****g_355 = &g_356;
static int8_t g_408 = 8L;
static uint64_t g_454 = 4UL;
static uint32_t **g_465 = (void*)0;
static uint32_t ***g_464[4] = {&g_465,&g_465,&g_465,&g_465};
static uint8_t g_527 = 4UL;
static uint32_t g_559 = 0xA4B4BCC0L;
static int64_t  func_1(void);
static int8_t  func_2(uint8_t  p_3, int32_t  p_4, const int64_t  p_5, int32_t  p_6, const int8_t  p_7);
static int8_t  func_17(int16_t  p_18, const int64_t  p_19, uint8_t  p_20, int64_t  p_21);
static int64_t  func_1(void)
{ 
    const int8_t l_32[3] = {0xFDL,0xFDL,0xFDL};
    uint16_t ****l_296 = &g_234[1];
    uint64_t *l_327 = &g_12;
    int32_t **l_331 = &g_78;
    int32_t ***l_330 = &l_331;
    int32_t l_344 = 0xB304DB0AL;
    const uint8_t l_345 = 0x52L;
    uint32_t l_358[2][2];
    int64_t l_359[3];
    uint16_t l_365 = 0xBF97L;
    int16_t l_381 = 0x655BL;
    uint32_t l_419 = 6UL;
    int32_t l_466 = (-8L);
    int32_t l_472 = 1L;
    int32_t l_475 = 0x741F66E1L;
    uint64_t **l_484[2];
    uint64_t *** const l_483[2] = {&l_484[0],&l_484[0]};
    const int64_t l_494 = 0xF60F436BDC6EE136LL;
    uint32_t l_532[1];
    uint32_t l_558 = 0x9A5B4EE4L;
    uint16_t l_560 = 0xD064L;
    const int32_t **l_581 = &g_186[0];
    int32_t *l_582 = &g_76[2];
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_358[i][j] = 0xF7956898L;
    }
    for (i = 0; i < 3; i++)
        l_359[i] = (-6L);
    for (i = 0; i < 2; i++)
        l_484[i] = &l_327;
    for (i = 0; i < 1; i++)
        l_532[i] = 0xB610229DL;
    if ((func_2(((~(~((safe_sub_func_uint64_t_u_u((g_12 || (safe_mod_func_uint8_t_u_u((safe_lshift_func_int8_t_s_s((func_17((safe_sub_func_int8_t_s_s(0x58L, (((0x2D91509CL || (safe_mul_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_u((safe_rshift_func_int8_t_s_s(((safe_rshift_func_uint16_t_u_s(g_12, 8)) , g_12), 6)), 2)), 0x65L))) | g_12) , g_12))), l_32[2], l_32[0], l_32[2]) ^ g_33[0]), 7)), g_33[0]))), g_49)) == g_49))) , l_32[1]), l_32[2], g_33[1], g_49, g_49) | l_32[2]))
    { 
        int32_t *l_288 = &g_38;
        uint64_t *l_322 = &g_12;
        uint64_t **l_321 = &l_322;
        uint64_t ***l_320 = &l_321;
        int32_t **l_329 = &g_78;
        int32_t ***l_328 = &l_329;
        int32_t l_352 = 0L;
        uint32_t *l_353 = &g_88;
        int8_t *l_357[1];
        int i;
        for (i = 0; i < 1; i++)
            l_357[i] = (void*)0;
        (*l_288) = ((void*)0 != &g_91[0]);
        for (g_107 = 0; (g_107 <= 49); g_107++)
        { 
            int64_t l_295 = 0xA0DF3C2A6CF9FAFDLL;
            uint16_t ****l_297 = &g_234[2];
            uint16_t *****l_298 = &l_297;
            uint32_t *l_306 = &g_88;
            uint64_t l_307 = 0UL;
            int32_t *l_308 = (void*)0;
            int32_t *l_309 = &g_76[0];
            int16_t *l_323 = &g_125;
            int16_t *l_324 = &g_325;
            int32_t *l_326 = &g_73;
            for (g_229 = (-3); (g_229 < 5); g_229 = safe_add_func_int16_t_s_s(g_229, 2))
            { 
                return g_229;
            }
            (*l_309) ^= (safe_div_func_uint32_t_u_u((l_307 = ((l_295 <= ((*l_306) = (((*l_288) , (l_296 == ((*l_298) = l_297))) & (safe_mul_func_int8_t_s_s((!((safe_add_func_int8_t_s_s((((safe_mul_func_uint8_t_u_u(g_229, 1L)) , g_185) ^ 1L), (-7L))) < g_125)), 0x76L))))) , (*l_288))), 0xAF204E7CL));
            if (((*l_326) = (safe_add_func_int32_t_s_s((0L & ((*l_288) |= (safe_add_func_uint32_t_u_u(((safe_lshift_func_uint16_t_u_s(((safe_sub_func_uint8_t_u_u(((1UL != (g_12 == (safe_rshift_func_uint16_t_u_s(((*l_309) = (((((*l_324) = ((*l_323) |= (l_320 == (void*)0))) , 0x72FBL) >= l_32[1]) <= l_32[0])), 12)))) <= 0x18D95EC4L), l_32[2])) != g_12), g_185)) , g_88), g_157[3])))), 4294967290UL))))
            { 
                uint32_t l_332 = 0x7BB2051EL;
                (*l_326) ^= (((((l_327 == ((*l_321) = &g_12)) & ((((l_330 = l_328) != (void*)0) >= 0x3B7EA7F8L) , (*l_309))) & g_185) <= (*l_309)) < l_332);
                if ((*l_288))
                    break;
                (*l_309) = l_332;
                return g_76[0];
            }
            else
            { 
                uint8_t l_333 = 0x60L;
                if (l_333)
                    break;
                (*l_326) ^= (safe_rshift_func_int8_t_s_s(((safe_rshift_func_int8_t_s_u(l_333, 4)) , (-1L)), (1UL >= (safe_mul_func_int8_t_s_s((safe_mul_func_int8_t_s_s((safe_mul_func_int8_t_s_s(((l_344 || (*l_288)) != l_345), g_91[0])), (*l_309))), 1UL)))));
            }
        }
        g_76[2] |= ((safe_mod_func_int64_t_s_s((safe_sub_func_uint64_t_u_u((safe_add_func_uint64_t_u_u(9UL, g_91[0])), (g_12 = l_352))), (((((l_358[1][1] = (((*l_353) = (*l_288)) < ((+((g_355 != (void*)0) | 65532UL)) == g_73))) != g_36) && 1UL) >= 8L) , l_358[1][0]))) , l_359[0]);
    }
    else
    { 
        int8_t l_362[1][3];
        int8_t *l_363 = &l_362[0][1];
        int32_t *l_364 = &g_76[2];
        int32_t l_366[1][1];
        int64_t l_409 = 2L;
        int32_t l_426 = 0xE60B7A04L;
        int32_t ***l_429 = &l_331;
        uint16_t * const l_561 = &g_113;
        int8_t l_579 = 0x86L;
        int32_t *l_580[4][2] = {{&l_475,&l_475},{&l_472,&l_475},{&l_475,&l_472},{&l_472,&l_472}};
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_362[i][j] = 0x13L;
        }
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_366[i][j] = 1L;
        }
        if (((((*l_363) = (safe_rshift_func_uint8_t_u_s(l_362[0][0], 7))) , ((1L == ((*l_364) = ((0xB5D35E8AL ^ l_362[0][0]) || (&g_186[0] != &g_186[0])))) , l_365)) > l_366[0][0]))
        { 
            uint64_t ** const l_379 = &l_327;
            for (g_88 = 0; (g_88 >= 50); g_88++)
            { 
                int32_t *l_369 = &g_229;
                (*l_369) &= (*l_364);
                (*l_369) = (safe_sub_func_uint16_t_u_u((*l_364), (*l_364)));
            }
            l_366[0][0] |= ((((!g_49) & g_125) && (safe_div_func_uint64_t_u_u((((safe_lshift_func_int16_t_s_s((((((safe_mod_func_uint64_t_u_u((&l_327 == l_379), (g_12 |= ((~(g_38 & l_381)) | 0UL)))) & 0x150AL) || (*l_364)) , g_73) || 0x5DD1EE389250CD72LL), (*l_364))) , g_91[0]) & (*l_364)), 18446744073709551610UL))) , 0x9E045A7BL);
            (*l_331) = ((*l_364) , &g_73);
        }
        else
        { 
            int16_t l_384 = 0x9E40L;
            uint64_t **l_394 = &l_327;
            int32_t l_405 = 0L;
            uint32_t l_410[4][4] = {{1UL,8UL,1UL,1UL},{8UL,8UL,5UL,8UL},{8UL,1UL,1UL,8UL},{1UL,8UL,1UL,1UL}};
            uint32_t *l_428 = &g_88;
            int32_t *l_430 = &l_405;
            uint32_t l_452 = 3UL;
            int32_t l_473 = (-10L);
            int32_t l_476 = (-1L);
            int32_t l_477 = (-5L);
            int32_t l_478 = 0L;
            int32_t l_479 = 1L;
            uint64_t l_480 = 1UL;
            int i, j;
            if (((g_128 <= 0x9CL) || ((safe_mod_func_int32_t_s_s(((*l_364) = l_384), (safe_lshift_func_int16_t_s_u(g_128, 3)))) && 0x43F14258210A6BC4LL)))
            { 
                uint32_t l_391 = 0xDB12DDB8L;
                g_78 = ((((((*l_363) = 8L) , (safe_rshift_func_int8_t_s_s(((0x4EL == g_88) ^ (((safe_rshift_func_uint16_t_u_u(l_384, (0xFE2EC41BL | (*l_364)))) , (***g_355)) == (**g_356))), 7))) , g_76[2]) | l_391) , &g_38);
            }
            else
            { 
                int32_t * const l_392 = &l_366[0][0];
                int32_t **l_393 = &g_78;
                uint64_t ***l_395 = &l_394;
                int32_t l_398 = 0x0E1AEA47L;
                int64_t *l_399[3];
                int64_t l_400 = 1L;
                int i;
                for (i = 0; i < 3; i++)
                    l_399[i] = &g_91[0];
                (*l_393) = l_392;
                if (l_345)
                    goto lbl_421;
                (*l_395) = l_394;
                (*l_364) = (safe_mod_func_uint64_t_u_u(l_398, (g_49 , (l_400 = 0x4C1F5CB25AF851A6LL))));
                (**l_331) &= (((safe_rshift_func_int16_t_s_u(((l_405 &= g_185) == (((*l_395) != g_212) >= (((0L | (safe_rshift_func_int16_t_s_u(g_408, 8))) != l_384) & l_409))), 5)) | g_185) ^ l_410[2][0]);
            }
lbl_421:
            for (g_325 = 25; (g_325 > (-19)); g_325 = safe_sub_func_int32_t_s_s(g_325, 9))
            { 
                uint16_t l_420 = 0xC362L;
                l_420 &= (l_410[1][1] == (safe_mul_func_int8_t_s_s(((safe_mul_func_int8_t_s_s((((((safe_sub_func_uint64_t_u_u(0x93C795F71308A2A7LL, (&l_405 == &g_76[2]))) ^ (*l_364)) != 0xDDF0E5C4304CCA79LL) , 0L) , g_12), 0x53L)) < (**l_331)), l_419)));
            }
            if ((safe_rshift_func_int16_t_s_s((l_426 == (((safe_unary_minus_func_uint32_t_u(((*l_428) &= ((&g_130[1][0] == &g_128) , 0x3802C973L)))) >= ((l_405 = ((void*)0 != l_429)) && (*l_364))) <= (***l_429))), 4)))
            { 
                (**l_330) = &l_405;
            }
            else
            { 
                const int32_t l_446 = 0xC9411BC2L;
                uint16_t *l_451 = (void*)0;
                uint64_t *l_453 = &g_454;
                uint16_t *l_455 = (void*)0;
                uint16_t *l_456 = (void*)0;
                uint16_t *l_457[3][3] = {{&g_113,&g_113,&g_113},{(void*)0,(void*)0,(void*)0},{&g_113,&g_113,&g_113}};
                int32_t *l_458 = &g_73;
                int i, j;
                l_430 = (**l_330);
                (*l_331) = (**l_429);
                (*l_458) |= (((((safe_mul_func_int8_t_s_s(((0x8735L > ((*l_364) = (((*l_453) = (safe_lshift_func_int16_t_s_s((safe_div_func_int16_t_s_s(((safe_lshift_func_int16_t_s_u((((**l_394) &= (safe_sub_func_int32_t_s_s(((((((*l_430) ^ (safe_lshift_func_uint16_t_u_u(0UL, 12))) != (((l_451 = ((safe_mod_func_int16_t_s_s((~(l_446 > (--(*l_428)))), (safe_sub_func_uint8_t_u_u(0x41L, (***l_330))))) , (****g_355))) == (***l_296)) <= 4UL)) ^ l_452) != g_157[3]) & g_91[0]), (*g_78)))) <= (*l_364)), l_446)) < (*l_364)), l_446)), 6))) && g_76[2]))) && (***l_429)), g_91[0])) , g_157[0]) ^ g_49) , (**l_331)) < (*g_78));
            }
            for (l_452 = 0; (l_452 == 57); l_452++)
            { 
                uint32_t **l_463 = &l_428;
                uint32_t ***l_462 = &l_463;
                uint32_t ****l_461[4][2] = {{&l_462,&l_462},{&l_462,&l_462},{&l_462,&l_462},{&l_462,&l_462}};
                int32_t *l_467 = &g_76[2];
                int32_t *l_468 = &g_229;
                int32_t *l_469 = &l_466;
                int32_t *l_470 = &l_466;
                int32_t *l_471[1];
                int8_t l_474 = 5L;
                int i, j;
                for (i = 0; i < 1; i++)
                    l_471[i] = &l_366[0][0];
                (**l_331) = 0L;
                g_464[3] = (void*)0;
                (***l_429) = (***l_429);
                ++l_480;
            }
        }
        if ((&g_212 != l_483[1]))
        { 
            for (g_113 = (-13); (g_113 >= 50); g_113++)
            { 
                int32_t l_487[4][3] = {{(-5L),0xD3156D31L,(-5L)},{8L,8L,8L},{(-5L),0xD3156D31L,(-5L)},{8L,8L,8L}};
                int i, j;
                if (l_487[1][2])
                    break;
            }
        }
        else
        { 
            int8_t *l_488 = &l_362[0][0];
            int32_t l_493[3];
            int32_t l_497 = 0xD8DEA53EL;
            int8_t l_500 = 0xDCL;
            uint32_t *l_504 = (void*)0;
            uint32_t **l_503 = &l_504;
            int32_t l_531 = (-1L);
            int16_t *l_565 = (void*)0;
            int16_t *l_566 = &l_381;
            int i;
            for (i = 0; i < 3; i++)
                l_493[i] = 7L;
            if (((void*)0 == l_488))
            { 
                int32_t l_495 = 0xB3C66450L;
                int16_t *l_496 = &l_381;
                uint32_t **l_505 = &l_504;
                int32_t l_506[3][3] = {{(-2L),(-2L),(-2L)},{1L,1L,1L},{(-2L),(-2L),(-2L)}};
                int i, j;
                l_497 |= (safe_rshift_func_int16_t_s_s((safe_mul_func_int16_t_s_s(((*l_496) = (((1UL != g_128) , (((((l_493[0] <= l_494) || l_495) || l_493[2]) & 65527UL) != l_493[0])) < 0x7A6F0FA86CC8516DLL)), l_495)), g_76[2]));
                if (g_128)
                    goto lbl_507;
                (*l_364) = ((l_506[2][0] = ((safe_div_func_int16_t_s_s((-2L), l_500)) < (1UL > (l_503 != (l_493[0] , l_505))))) | g_91[0]);
lbl_507:
                (*l_364) &= 0x55441597L;
                (*l_364) = (((*l_496) = l_495) | ((l_493[2] , l_495) & (safe_sub_func_int32_t_s_s((((((*l_488) = (((l_506[2][0] | (safe_div_func_uint64_t_u_u((g_12 = (l_500 ^ l_495)), 0x429E8BBB4E707567LL))) <= l_495) ^ 0x68CB7617L)) || l_500) && g_49) , 0x28A678AAL), 0xB41CF9AAL))));
            }
            else
            { 
                uint16_t l_519 = 0xCE22L;
                uint16_t *l_528 = &g_113;
                uint16_t *l_529[2];
                int32_t *l_530[3][4];
                int i, j;
                for (i = 0; i < 2; i++)
                    l_529[i] = (void*)0;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_530[i][j] = &l_426;
                }
                l_366[0][0] &= (((g_49 >= (!(((((safe_mul_func_int8_t_s_s(g_33[2], (safe_rshift_func_uint16_t_u_s((safe_div_func_int16_t_s_s(l_519, ((*l_364) = ((*l_528) = (((((((safe_unary_minus_func_int64_t_s((safe_mod_func_int64_t_s_s(g_125, (safe_sub_func_uint32_t_u_u((safe_mul_func_int16_t_s_s((l_519 , g_454), 0x2D2AL)), g_527)))))) , 0x3357L) , (void*)0) == (void*)0) ^ (*l_364)) > g_408) | g_36))))), g_12)))) & 1UL) ^ 3UL) > l_519) != g_12))) > g_408) > l_500);
                (*l_364) = l_497;
                l_532[0]++;
                (**g_356) = (**g_356);
            }
            for (g_107 = (-28); (g_107 != 51); g_107++)
            { 
                uint32_t l_539 = 18446744073709551615UL;
                uint8_t *l_547 = (void*)0;
                uint8_t *l_548 = (void*)0;
                uint8_t *l_549 = (void*)0;
                int32_t l_550 = 5L;
                uint8_t *l_551 = &g_256;
                int32_t *l_564 = &l_493[0];
                (*l_364) = ((safe_mod_func_uint8_t_u_u(0x34L, l_539)) && ((safe_lshift_func_uint8_t_u_s(((*l_551) ^= (l_550 ^= ((safe_add_func_uint32_t_u_u(0x8C518F7CL, (((safe_mul_func_int8_t_s_s(((*l_488) = (l_497 < (safe_unary_minus_func_int16_t_s((g_76[0] > 0xCA55L))))), (-1L))) >= g_130[0][1]) || (*l_364)))) < l_539))), g_130[3][3])) & g_157[0]));
                (*l_364) = (((((l_550 > (safe_div_func_int64_t_s_s((g_91[0] &= ((0UL > ((1L ^ ((l_560 ^= ((safe_mul_func_uint8_t_u_u((l_539 <= (safe_sub_func_uint32_t_u_u((&g_12 == (void*)0), l_558))), 5L)) , g_559)) & (*l_364))) & g_88)) >= l_550)), g_33[1]))) > g_130[3][3]) < l_550) , (*l_364)) >= l_493[0]);
                (*l_564) &= (l_497 = (((void*)0 == (**g_356)) == ((l_561 == (((safe_rshift_func_int16_t_s_u((g_130[0][1] | 0x47L), 0)) ^ g_76[0]) , (***g_356))) > g_73)));
            }
            (**l_429) = &l_493[0];
            l_497 ^= ((((*l_566) = 0x6B10L) && ((*l_566) = (safe_lshift_func_int8_t_s_s(((*l_363) = ((***l_429) == ((0x13L == ((safe_lshift_func_uint8_t_u_u(((((((safe_add_func_uint32_t_u_u(1UL, (safe_unary_minus_func_int8_t_s((safe_add_func_int8_t_s_s(0xEFL, g_49)))))) >= 6UL) <= (***l_429)) ^ (***l_429)) && 0x6FF0L) > (**l_331)), 4)) < 0UL)) & 0x13590FEDL))), g_12)))) && 4294967295UL);
        }
        g_38 |= ((safe_add_func_int64_t_s_s((*l_364), ((*l_364) , (!l_579)))) || 0xD53836E7L);
    }
    (*l_581) = &g_185;
    l_582 = &g_73;
    return g_107;
}
static int8_t  func_2(uint8_t  p_3, int32_t  p_4, const int64_t  p_5, int32_t  p_6, const int8_t  p_7)
{ 
    int32_t l_144[3][1];
    uint16_t *l_146[3];
    uint16_t ** const l_145 = &l_146[1];
    uint16_t **l_148 = &l_146[1];
    uint16_t ***l_147 = &l_148;
    int32_t **l_174[4][3] = {{(void*)0,(void*)0,(void*)0},{&g_78,(void*)0,&g_78},{(void*)0,(void*)0,(void*)0},{&g_78,(void*)0,&g_78}};
    const int32_t *l_184 = &g_185;
    uint32_t *l_204 = &g_88;
    uint32_t **l_203 = &l_204;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_144[i][j] = 0x352C4D3CL;
    }
    for (i = 0; i < 3; i++)
        l_146[i] = &g_113;
    l_144[1][0] = ((safe_sub_func_uint64_t_u_u((((g_36 != (1L || (safe_sub_func_int16_t_s_s((((g_130[2][1] & ((safe_mod_func_int8_t_s_s(((safe_div_func_int64_t_s_s((safe_rshift_func_int8_t_s_u((((l_144[1][0] >= (g_91[0] >= p_4)) , (void*)0) != &g_125), 6)), g_76[2])) || 0xD86D4A0BL), p_7)) , p_3)) , (void*)0) != (void*)0), p_3)))) && l_144[1][0]) <= 0x4F4E0B4B7F8BE070LL), g_38)) || 3UL);
    (*l_147) = l_145;
    if (p_6)
    { 
        int32_t **l_177 = &g_78;
        int32_t l_178 = 0x1E35FF2BL;
        const int32_t *l_182[4][4] = {{&l_144[1][0],&l_144[1][0],&l_178,&l_144[1][0]},{&g_76[1],&l_144[1][0],&g_76[1],&l_178},{&g_76[1],&l_178,&l_178,&g_76[1]},{&l_144[1][0],&l_178,&l_144[1][0],&l_178}};
        uint32_t *l_201 = &g_88;
        uint32_t **l_200 = &l_201;
        uint32_t **l_205[2][3];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 3; j++)
                l_205[i][j] = (void*)0;
        }
        if ((~g_88))
        { 
            uint8_t *l_156 = &g_157[0];
            const int32_t l_172 = (-1L);
            int32_t *l_173 = &g_73;
            int32_t **l_176 = &l_173;
            int32_t ***l_175[2];
            int i;
            for (i = 0; i < 2; i++)
                l_175[i] = &l_176;
            (*l_173) &= (((safe_mul_func_int16_t_s_s(((p_7 , (safe_sub_func_int32_t_s_s((((safe_rshift_func_uint8_t_u_s(((*l_156)--), ((((safe_mul_func_int16_t_s_s((((((&g_88 == (void*)0) > (safe_mul_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s((safe_sub_func_int32_t_s_s((safe_lshift_func_uint8_t_u_u(((((safe_sub_func_uint32_t_u_u(p_3, g_38)) , 0x20L) ^ 252UL) , 8UL), g_49)), l_172)), 3)), g_130[2][1]))) , g_33[2]) , (-1L)) && l_144[1][0]), g_76[1])) ^ 1UL) && 0x2F89F941L) & g_130[3][2]))) , 0xB60EEEB2L) , 0L), g_113))) & 0xB510L), g_107)) <= l_172) , g_91[0]);
            l_178 |= (l_174[0][0] == (l_177 = &l_173));
            g_78 = ((*l_176) = (*l_176));
            (*l_177) = (*l_177);
        }
        else
        { 
            int32_t *l_179 = (void*)0;
            uint32_t ***l_202[3][1];
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_202[i][j] = (void*)0;
            }
            g_78 = l_179;
            for (p_4 = (-17); (p_4 <= 18); p_4 = safe_add_func_int64_t_s_s(p_4, 4))
            { 
                const int32_t **l_183[3];
                uint8_t *l_189 = &g_157[0];
                uint32_t *l_190 = &g_88;
                int32_t l_196 = 3L;
                uint32_t **l_197 = &l_190;
                int i;
                for (i = 0; i < 3; i++)
                    l_183[i] = &l_182[2][0];
                g_186[0] = (l_184 = l_182[1][2]);
                g_38 = ((safe_rshift_func_int16_t_s_s(((((*l_190) = (&g_157[0] != (g_73 , l_189))) , (((((g_76[0] = p_6) != ((*l_190) = (((safe_add_func_uint32_t_u_u(((!((safe_rshift_func_uint8_t_u_u((0xC1AFL || l_196), g_157[3])) == 3UL)) , g_157[1]), p_7)) <= g_88) ^ 0xA76FL))) < g_130[2][2]) > 18446744073709551615UL) != 0x7D6CEE14A350FA80LL)) , 0xCD61L), 15)) || 0x33L);
                l_196 ^= (((*l_197) = &g_88) != &g_88);
            }
            if ((g_38 = (safe_lshift_func_int8_t_s_u(((((l_203 = l_200) == (l_205[0][0] = &l_204)) <= ((safe_add_func_uint8_t_u_u(((p_7 , &l_201) == &l_201), g_157[0])) | p_4)) ^ p_7), 5))))
            { 
                uint32_t l_208 = 0xF1EB2153L;
                int32_t l_211 = 0xBAF5E34AL;
                const uint64_t ***l_213 = &g_212;
                g_76[2] &= l_208;
                g_38 &= (safe_mod_func_int32_t_s_s(((l_211 |= 4L) , (*l_184)), p_3));
                (*l_213) = g_212;
            }
            else
            { 
                uint16_t ** const *l_215 = &l_148;
                uint16_t ** const **l_214 = &l_215;
                (*l_214) = &l_145;
            }
            for (g_107 = 0; (g_107 > 9); g_107 = safe_add_func_uint16_t_u_u(g_107, 3))
            { 
                uint64_t *l_224[3][2];
                int8_t *l_230[2][1];
                int32_t l_231 = 3L;
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_224[i][j] = (void*)0;
                }
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_230[i][j] = &g_130[2][1];
                }
                g_73 = (safe_mod_func_uint8_t_u_u((safe_mod_func_int8_t_s_s((l_231 = (g_38 ^ ((safe_mul_func_int8_t_s_s(((void*)0 != l_224[0][0]), (safe_sub_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_u((g_229 = p_4), 5)), ((g_128 , g_76[2]) != g_157[0]))))) , 0x3EF8L))), 1UL)), (-1L)));
                (*l_177) = &g_73;
                (*l_177) = &l_231;
            }
        }
        l_182[3][1] = (g_78 = &g_76[2]);
        g_38 |= (1L | (((((safe_div_func_int32_t_s_s(((void*)0 == g_234[2]), (((void*)0 == &g_125) || 1L))) && p_3) > (*l_184)) , p_3) , g_157[0]));
    }
    else
    { 
        const int8_t l_252 = 0x93L;
        int64_t l_268[3][3] = {{0x495B3EF353055AC8LL,0x495B3EF353055AC8LL,0x495B3EF353055AC8LL},{(-1L),(-8L),(-1L)},{0x495B3EF353055AC8LL,0x495B3EF353055AC8LL,0x495B3EF353055AC8LL}};
        int32_t l_279 = 0xB74E30DEL;
        uint16_t ***l_287 = (void*)0;
        int i, j;
        for (g_125 = 0; (g_125 >= 21); g_125++)
        { 
            int8_t l_257 = (-4L);
            g_76[2] &= (l_257 |= (g_229 = (safe_add_func_uint64_t_u_u((safe_add_func_int16_t_s_s((safe_sub_func_int64_t_s_s((safe_mul_func_int8_t_s_s((~(safe_mul_func_uint64_t_u_u(0xAB5B6C6E20C9473ALL, ((safe_mod_func_uint8_t_u_u(p_5, ((g_256 = (l_252 >= (((safe_lshift_func_uint16_t_u_u(((safe_unary_minus_func_int32_t_s(0x4BDA2B58L)) == p_3), p_7)) & l_252) , (-1L)))) ^ p_5))) < 1UL)))), 0x4BL)), (-1L))), (*l_184))), 18446744073709551610UL))));
        }
        for (g_38 = 18; (g_38 == (-19)); --g_38)
        { 
            int8_t *l_262[2];
            int32_t l_263 = 4L;
            uint8_t *l_269 = (void*)0;
            const uint16_t l_277[4][3] = {{65527UL,65527UL,65527UL},{0x5A2BL,0x5A2BL,0x5A2BL},{65527UL,65527UL,65527UL},{0x5A2BL,0x5A2BL,0x5A2BL}};
            int i, j;
            for (i = 0; i < 2; i++)
                l_262[i] = &g_130[2][0];
            if (((l_263 = (safe_rshift_func_int16_t_s_s(g_91[0], 6))) && (g_157[2] = (p_7 , ((p_4 != (safe_mod_func_uint16_t_u_u(((**l_148) = (safe_mod_func_uint64_t_u_u(l_263, l_268[1][0]))), g_91[0]))) <= g_107)))))
            { 
                int32_t ** const *l_278 = &l_174[0][0];
                int32_t * const l_280 = &l_279;
                int32_t **l_281[2];
                int32_t **l_282[1];
                int32_t **l_283 = &g_78;
                int i;
                for (i = 0; i < 2; i++)
                    l_281[i] = &g_78;
                for (i = 0; i < 1; i++)
                    l_282[i] = &g_78;
                l_279 = (((8L == ((!(safe_mod_func_uint8_t_u_u((safe_sub_func_int64_t_s_s((safe_add_func_int16_t_s_s(((0x72F5B41CL > 0x95FCC591L) , (0x9E33894EL && l_277[3][1])), l_268[1][0])), g_88)), l_277[3][1]))) , 0UL)) , (void*)0) != l_278);
                (*l_283) = l_280;
                l_263 &= 0xB455FA8CL;
            }
            else
            { 
                uint16_t ***l_284 = &g_235;
                uint16_t ****l_285 = (void*)0;
                uint16_t ****l_286[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_286[i] = &l_284;
                l_287 = l_284;
            }
            if (p_3)
                continue;
        }
        return g_76[1];
    }
    (*g_78) ^= 0x79BEF017L;
    return p_7;
}
static int8_t  func_17(int16_t  p_18, const int64_t  p_19, uint8_t  p_20, int64_t  p_21)
{ 
    const int64_t l_63 = 0x96947A332A5B4D63LL;
    int32_t *l_70 = &g_38;
    int32_t **l_77[4][4] = {{&l_70,&l_70,&l_70,&l_70},{&l_70,&l_70,&l_70,&l_70},{&l_70,&l_70,&l_70,&l_70},{&l_70,&l_70,&l_70,&l_70}};
    uint16_t * const l_112[1] = {&g_113};
    uint16_t * const *l_111 = &l_112[0];
    int i, j;
    for (p_21 = 0; (p_21 <= 2); p_21 += 1)
    { 
        uint16_t l_39[1][3];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_39[i][j] = 0xC877L;
        }
        for (p_18 = 2; (p_18 >= 0); p_18 -= 1)
        { 
            uint16_t l_67 = 7UL;
            const int32_t *l_71 = &g_38;
            int32_t *l_72 = &g_73;
            int32_t l_74[3][4] = {{1L,0x1D90BCC9L,1L,1L},{0x1D90BCC9L,0x1D90BCC9L,8L,0x1D90BCC9L},{0x1D90BCC9L,1L,1L,0x1D90BCC9L}};
            int32_t *l_75 = &g_76[2];
            int i, j;
            for (p_20 = 0; (p_20 <= 2); p_20 += 1)
            { 
                int32_t *l_37 = &g_38;
                int i;
                (*l_37) = (g_36 |= ((safe_sub_func_int8_t_s_s(3L, g_33[p_20])) & g_33[p_18]));
            }
            if (l_39[0][1])
                continue;
            (*l_75) = (((l_74[0][2] = ((*l_72) = (((((safe_div_func_int16_t_s_s(((~(safe_mod_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s((safe_div_func_uint32_t_u_u((g_49 == ((safe_rshift_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(((safe_rshift_func_uint16_t_u_s(((safe_mod_func_uint16_t_u_u((((safe_add_func_uint64_t_u_u((((+(safe_rshift_func_uint16_t_u_s(l_63, l_39[0][1]))) != (safe_unary_minus_func_uint16_t_u((safe_div_func_int64_t_s_s(l_67, ((*l_70) = ((((safe_sub_func_uint16_t_u_u((((((p_21 > 7UL) , l_70) != l_71) ^ p_19) <= (*l_70)), 0L)) <= p_20) <= 0L) && 4294967289UL))))))) == p_19), p_18)) , 0x37L) && p_18), g_12)) , 2UL), 12)) != p_21), g_36)), g_33[0])) & g_12)), (-1L))), p_18)), g_49))) < 0x84L), 65530UL)) || p_20) & l_63) < g_33[1]) ^ p_19))) || g_12) ^ 255UL);
            (*l_75) = 0x60F2F470L;
        }
        return g_33[p_21];
    }
lbl_115:
    g_78 = l_70;
    for (p_20 = 0; (p_20 == 50); p_20++)
    { 
        uint16_t * const l_109 = &g_107;
        uint16_t * const *l_108 = &l_109;
        uint16_t * const *l_114 = (void*)0;
        int32_t l_116 = 0x3C69C835L;
        for (g_73 = 2; (g_73 >= 0); g_73 -= 1)
        { 
            int32_t l_85[1];
            int i;
            for (i = 0; i < 1; i++)
                l_85[i] = (-6L);
            for (g_36 = 0; (g_36 <= 2); g_36 += 1)
            { 
                int16_t *l_86 = (void*)0;
                uint32_t *l_87 = &g_88;
                int64_t *l_89 = (void*)0;
                int64_t *l_90 = &g_91[0];
                uint64_t *l_96 = &g_12;
                uint16_t *l_106 = &g_107;
                uint16_t * const **l_110[2][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0}};
                int i, j;
                g_76[g_73] = ((0x3B2FE49608984295LL & ((safe_rshift_func_int16_t_s_u((p_18 = (((g_76[g_36] , (safe_lshift_func_int16_t_s_s((l_85[0] = (-1L)), 0))) | (g_76[g_73] ^ 18446744073709551615UL)) <= 0x9D8AD31AC0EF148ALL)), 3)) || g_33[g_36])) != g_38);
                g_76[g_73] = (((*l_70) = ((*l_87) = 0x62130E9DL)) & (((*l_90) = 1L) & ((((safe_add_func_int8_t_s_s((safe_rshift_func_uint8_t_u_u(((--(*l_96)) < (-1L)), 7)), (safe_add_func_int32_t_s_s((safe_mul_func_uint16_t_u_u(((*l_106) = (safe_sub_func_uint32_t_u_u(((safe_unary_minus_func_uint32_t_u((p_19 >= l_85[0]))) , g_76[2]), p_20))), p_18)), (-6L))))) == 0x8AF6L) < p_21) || p_18)));
                l_114 = (l_111 = l_108);
            }
            g_76[g_73] = (-9L);
            for (g_113 = 0; (g_113 <= 2); g_113 += 1)
            { 
                int i, j;
                if (p_19)
                    goto lbl_115;
                l_116 = 0x427A37A7L;
                if (g_76[g_73])
                    continue;
            }
        }
        for (g_36 = 0; (g_36 <= 0); g_36 += 1)
        { 
            uint16_t l_122 = 65527UL;
            int16_t *l_124 = &g_125;
            uint32_t *l_126 = &g_88;
            int8_t *l_127 = &g_128;
            int8_t *l_129 = &g_130[2][1];
            int32_t *l_132 = &g_76[2];
            uint32_t l_133 = 0UL;
            (*g_78) = (((safe_lshift_func_int16_t_s_u((((safe_lshift_func_uint16_t_u_u(p_21, ((+(g_12 ^= l_122)) | (~((((*l_129) = ((*l_127) = (((((*l_124) &= p_18) && (((*l_126) = (((*l_109) = p_21) , 0x3FB2F251L)) > (-7L))) && 1UL) != g_91[0]))) || 0x2BL) >= p_18))))) && p_21) | l_122), p_19)) ^ l_116) , (*g_78));
            if (((*g_78) &= l_116))
            { 
                int32_t *l_131 = (void*)0;
                l_132 = l_131;
            }
            else
            { 
                if (l_133)
                    break;
            }
        }
    }
    return g_130[2][1];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_12, "g_12", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_33[i], "g_33[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_76[i], "g_76[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_88, "g_88", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_91[i], "g_91[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_107, "g_107", print_hash_value);
    transparent_crc(g_113, "g_113", print_hash_value);
    transparent_crc(g_125, "g_125", print_hash_value);
    transparent_crc(g_128, "g_128", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_130[i][j], "g_130[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_157[i], "g_157[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_185, "g_185", print_hash_value);
    transparent_crc(g_229, "g_229", print_hash_value);
    transparent_crc(g_256, "g_256", print_hash_value);
    transparent_crc(g_325, "g_325", print_hash_value);
    transparent_crc(g_408, "g_408", print_hash_value);
    transparent_crc(g_454, "g_454", print_hash_value);
    transparent_crc(g_527, "g_527", print_hash_value);
    transparent_crc(g_559, "g_559", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
