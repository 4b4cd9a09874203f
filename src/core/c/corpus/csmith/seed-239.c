#include "csmith.h"
static long __undefined;
static uint16_t g_4 = 65529UL;
static uint8_t g_6 = 0x1BL;
static int32_t g_34 = 0xE6286C8AL;
static int32_t g_37[3][2] = {{0x2E7C650BL,1L},{1L,0x2E7C650BL},{1L,1L}};
static int32_t *g_36 = &g_37[0][0];
static int32_t g_46[3][1] = {{(-1L)},{(-1L)},{(-1L)}};
static int16_t g_62 = 0L;
static int8_t g_69 = 0x33L;
static uint16_t g_79 = 6UL;
static int8_t *g_153 = &g_69;
static uint8_t g_177 = 0x46L;
static uint64_t g_201 = 18446744073709551615UL;
static const int32_t *g_240[2][3] = {{&g_46[1][0],&g_37[0][0],&g_46[1][0]},{&g_46[1][0],&g_37[0][0],&g_46[1][0]}};
static uint64_t g_255 = 0xC755D3816BA20597LL;
static int16_t * const *g_276 = (void*)0;
static int16_t * const **g_275 = &g_276;
static uint32_t g_277[2] = {1UL,1UL};
static uint64_t g_281 = 0xF661F45E0DE55732LL;
static int8_t **g_284 = (void*)0;
static int8_t ***g_283 = &g_284;
static uint64_t g_314[3] = {18446744073709551615UL,18446744073709551615UL,18446744073709551615UL};
static uint8_t g_327[3] = {255UL,255UL,255UL};
static uint32_t g_328 = 0xD268B26EL;
static uint8_t g_374 = 0UL;
static uint64_t *g_388 = &g_281;
static uint64_t **g_387 = &g_388;
static int32_t g_425 = 2L;
static uint32_t g_426 = 0x5AF0DE5BL;
static uint32_t *g_455[2][3] = {{&g_328,&g_328,&g_328},{&g_328,&g_328,&g_328}};
static uint32_t **g_454[2][1] = {{&g_455[1][0]},{&g_455[1][0]}};
static int64_t g_471 = (-1L);
static const int32_t g_482 = 0x2FBD0FE7L;
static int32_t g_526 = 7L;
static uint64_t **g_535 = &g_388;
static uint8_t g_605 = 0xBDL;
static int32_t g_690 = 8L;
static int32_t **g_694 = &g_36;
static int8_t  func_1(void);
static uint8_t  func_12(int8_t  p_13, uint8_t * p_14, int64_t  p_15, const uint8_t * p_16, uint8_t * p_17);
static int32_t  func_18(uint32_t  p_19, int16_t  p_20, const uint8_t * p_21, int8_t  p_22);
static int8_t  func_1(void)
{ 
    int32_t l_3 = 0L;
    uint8_t *l_5[3];
    int32_t l_7 = 0xCF09CC25L;
    int32_t l_434[4][2] = {{5L,5L},{5L,5L},{5L,5L},{5L,5L}};
    uint32_t l_451 = 18446744073709551610UL;
    int8_t ***l_476 = &g_284;
    int16_t l_497[2];
    int16_t *l_525 = &l_497[0];
    int16_t **l_524 = &l_525;
    int16_t ** const *l_523 = &l_524;
    int32_t **l_587 = &g_36;
    int32_t l_689 = 0x02B07B6FL;
    uint64_t l_709 = 0x1AB406A45FD75922LL;
    int i, j;
    for (i = 0; i < 3; i++)
        l_5[i] = &g_6;
    for (i = 0; i < 2; i++)
        l_497[i] = 0xC07EL;
    g_426 |= (g_425 |= ((safe_unary_minus_func_int16_t_s(l_3)) && ((l_7 = g_4) ^ ((((safe_add_func_uint16_t_u_u((((*g_153) = ((((0x77CC4247L > ((safe_div_func_uint32_t_u_u(0x457D6700L, (func_12(g_6, l_5[2], g_6, &g_6, l_5[2]) & 0x02L))) , l_3)) > 0UL) , &g_6) != (void*)0)) ^ 0UL), l_3)) && l_3) , l_3) & l_3))));
lbl_669:
    for (l_7 = 0; (l_7 <= 1); l_7 += 1)
    { 
        int8_t l_427 = 7L;
        int32_t l_447 = 0x92B9672CL;
        if (l_427)
            break;
        for (l_427 = 0; (l_427 <= 1); l_427 += 1)
        { 
            uint64_t l_435 = 0xCFB3D007D81B34B7LL;
            int8_t l_449[2];
            int32_t l_450 = 0x7FC71771L;
            int i, j;
            for (i = 0; i < 2; i++)
                l_449[i] = (-10L);
            for (g_177 = 0; (g_177 <= 1); g_177 += 1)
            { 
                int32_t *l_428 = &g_37[1][1];
                int32_t *l_429 = &g_37[(g_177 + 1)][g_177];
                int32_t *l_430 = &g_37[(g_177 + 1)][g_177];
                int32_t *l_431 = &g_37[0][0];
                int32_t *l_432 = &g_37[0][0];
                int32_t *l_433[4][1] = {{&g_37[0][1]},{&g_46[1][0]},{&g_37[0][1]},{&g_46[1][0]}};
                int i, j;
                l_435++;
            }
            if (l_427)
                continue;
            for (g_255 = 0; (g_255 <= 1); g_255 += 1)
            { 
                int32_t *l_438 = &g_425;
                int32_t *l_439 = &g_425;
                int32_t *l_440 = &g_46[1][0];
                int32_t l_441[4] = {0xF715A129L,0xF715A129L,0xF715A129L,0xF715A129L};
                int32_t *l_442 = &g_37[0][0];
                int32_t *l_443 = &g_46[1][0];
                int32_t *l_444 = &g_37[0][0];
                int32_t *l_445 = &l_441[2];
                int32_t *l_446[1][4] = {{&g_37[0][0],&g_37[0][0],&g_37[0][0],&g_37[0][0]}};
                int16_t l_448[1][2];
                uint32_t ***l_456 = &g_454[0][0];
                uint16_t *l_458 = &g_79;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_448[i][j] = 0x97E2L;
                }
                l_451++;
                (*l_456) = g_454[0][0];
                (*l_442) = ((((*l_458) &= ((l_3 == g_4) , (!l_427))) || g_46[1][0]) , (safe_lshift_func_uint16_t_u_u((g_4 = g_34), 15)));
                (*l_443) |= ((*l_439) = 0L);
            }
            g_240[l_7][(l_427 + 1)] = (void*)0;
        }
    }
    for (g_201 = 0; (g_201 == 2); g_201 = safe_add_func_int32_t_s_s(g_201, 5))
    { 
        uint64_t l_478 = 0x3D0CEE7E02B9F249LL;
        const int32_t *l_481 = &g_482;
        int32_t l_491 = 0x3C530EECL;
        int32_t l_492 = 0x3CB3CFCBL;
        int32_t l_493 = 0x0ED6302AL;
        int32_t l_494 = (-10L);
        int32_t l_495 = 0x13F0C2B1L;
        int32_t l_496 = (-1L);
        int64_t l_498 = 0x145977923EB4566ALL;
        uint16_t l_499 = 0x19EFL;
        uint64_t **l_532 = &g_388;
        int32_t **l_543 = &g_36;
        int32_t ***l_542 = &l_543;
        int32_t *l_559 = &l_492;
        int16_t **l_560 = &l_525;
        int8_t ****l_585 = &g_283;
        int8_t ****l_586[4][3] = {{&g_283,&g_283,&g_283},{&g_283,&g_283,&g_283},{&g_283,&g_283,&g_283},{&g_283,&g_283,&g_283}};
        const int32_t l_594 = 0x18CFC35FL;
        int i, j;
        for (l_7 = 0; (l_7 <= 0); l_7 += 1)
        { 
            int64_t *l_470 = &g_471;
            int8_t ****l_477 = &g_283;
            int i, j;
            g_46[(l_7 + 2)][l_7] = (safe_mul_func_int8_t_s_s((((safe_mul_func_int16_t_s_s((~0L), (safe_div_func_int64_t_s_s(0L, ((*l_470) &= g_46[(l_7 + 1)][l_7]))))) <= (((safe_lshift_func_int16_t_s_u((safe_add_func_int8_t_s_s(((&g_284 == ((*l_477) = l_476)) == g_327[(l_7 + 2)]), g_327[(l_7 + 1)])), 7)) & g_327[(l_7 + 1)]) > l_7)) > l_478), l_434[0][0]));
        }
        if ((g_62 || g_277[1]))
        { 
            uint16_t l_484 = 65535UL;
            int32_t *l_485 = &l_434[3][1];
            int32_t l_489 = 0xCBB966C0L;
            int32_t l_490[1];
            uint64_t *l_506 = &g_314[2];
            int i;
            for (i = 0; i < 1; i++)
                l_490[i] = 1L;
            for (g_374 = 0; (g_374 >= 29); g_374 = safe_add_func_uint8_t_u_u(g_374, 4))
            { 
                const int32_t **l_483 = &g_240[0][2];
                (*l_483) = (l_481 = (void*)0);
                return (*g_153);
            }
            (*l_485) ^= l_484;
            for (g_426 = 0; (g_426 <= 0); g_426 += 1)
            { 
                int32_t *l_486 = &g_37[0][0];
                int32_t *l_487 = &l_7;
                int32_t *l_488[3][1];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_488[i][j] = &g_37[0][0];
                }
                --l_499;
            }
            g_37[0][0] &= (safe_lshift_func_int16_t_s_s((((*l_506) |= ((**g_387)--)) ^ (safe_mul_func_uint8_t_u_u((safe_mul_func_int16_t_s_s(l_434[3][1], (safe_sub_func_int32_t_s_s((((((safe_div_func_int32_t_s_s(0x8260C0D1L, ((*g_153) , (2L ^ (((*g_153) &= ((((((safe_mul_func_int16_t_s_s(((((safe_mul_func_int16_t_s_s(((safe_div_func_uint8_t_u_u(((safe_lshift_func_int16_t_s_u((((*l_485) > 0UL) > l_434[3][1]), 1)) != l_451), 0x60L)) > 0UL), 0x81FBL)) , (*l_485)) , (*l_481)) <= 5L), 65527UL)) != l_3) , (*l_481)) , &g_276) == l_523) < 0x83L)) & (*l_485)))))) , l_451) , 0x457425C7B2A57E71LL) || (*l_481)) || g_46[1][0]), (*l_485))))), 249UL))), g_526));
        }
        else
        { 
            int32_t **l_527 = &g_36;
            uint64_t ***l_533 = (void*)0;
            uint64_t ***l_534 = &g_387;
            int32_t ****l_544 = &l_542;
            (*l_527) = &g_46[1][0];
            (*l_544) = (((((safe_add_func_int64_t_s_s(((safe_add_func_int32_t_s_s((((*l_534) = l_532) != (g_535 = &g_388)), ((*g_36) = (safe_div_func_int8_t_s_s((safe_sub_func_int8_t_s_s((safe_add_func_int16_t_s_s(((l_451 == ((*g_388) && g_46[1][0])) | 0xF17CL), 0x4F8EL)), 251UL)), (*l_481)))))) ^ 0x92A4L), l_497[0])) == g_471) || (*g_153)) , (*g_153)) , l_542);
            if ((**l_527))
                continue;
        }
        if ((safe_mod_func_int8_t_s_s(((safe_sub_func_uint64_t_u_u((safe_sub_func_uint8_t_u_u((safe_div_func_int16_t_s_s((0xF1E8F1EBL & (safe_mod_func_int8_t_s_s(((((safe_add_func_int32_t_s_s((g_46[1][0] = (g_277[0] , ((*l_559) = ((safe_mod_func_int16_t_s_s(l_3, ((g_4 < l_434[2][0]) && 0xAA81C005979FEA83LL))) <= 7L)))), l_3)) > l_451) , l_560) != (void*)0), (*g_153)))), 0x05A2L)), l_497[0])), (**g_387))) & l_7), 0x91L)))
        { 
            uint64_t l_565 = 18446744073709551615UL;
            int32_t *l_569 = (void*)0;
            int32_t *l_580 = (void*)0;
            if ((safe_lshift_func_uint16_t_u_s((safe_lshift_func_int16_t_s_u(l_451, (65533UL || ((l_565 || l_565) ^ l_434[3][1])))), 4)))
            { 
                (*l_559) |= ((safe_div_func_int8_t_s_s((*g_153), 0x9DL)) , 0L);
            }
            else
            { 
                int8_t l_568 = 0L;
                l_568 = (-1L);
                l_569 = &g_37[1][1];
            }
            g_37[0][0] = ((safe_add_func_int64_t_s_s(g_277[1], (*l_481))) <= (safe_div_func_int16_t_s_s((safe_add_func_uint16_t_u_u(g_314[0], (((*g_388) & (safe_rshift_func_int16_t_s_u(((safe_mod_func_int32_t_s_s(((*l_559) |= l_565), 0x33FC72DFL)) & 1L), 9))) && l_451))), 0xD4CEL)));
            (**l_542) = (void*)0;
        }
        else
        { 
            int32_t l_606 = 3L;
            uint32_t l_607 = 9UL;
            int32_t l_609 = (-1L);
            int32_t l_612 = 0xE60F221EL;
            int32_t l_613 = 0x6CDD4C93L;
            int32_t l_614 = 0xC3E672F5L;
            uint32_t l_615 = 0xB7F3BC29L;
            int8_t ***l_618 = &g_284;
            int8_t ***l_619 = &g_284;
            if (((((safe_mul_func_uint8_t_u_u((((0L | (safe_rshift_func_int8_t_s_s(((*g_153) = (l_585 != (l_586[1][0] = &g_283))), 1))) , (*l_542)) == l_587), (*l_481))) ^ 2UL) , 248UL) || 0x15L))
            { 
                int16_t * const ***l_599 = &g_275;
                int32_t l_608 = 0x62694D39L;
                g_275 = (void*)0;
                l_608 |= ((*g_153) < (safe_lshift_func_uint16_t_u_u((safe_mod_func_int8_t_s_s((safe_add_func_int16_t_s_s(l_594, (safe_add_func_int16_t_s_s(((safe_rshift_func_uint8_t_u_s((l_599 != l_599), 1)) == (safe_sub_func_int16_t_s_s((safe_unary_minus_func_uint16_t_u((safe_add_func_int8_t_s_s(g_605, l_606)))), g_605))), g_4)))), l_607)), 2)));
            }
            else
            { 
                int32_t *l_610 = &l_434[3][1];
                int32_t *l_611[2][2];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_611[i][j] = &l_494;
                }
                ++l_615;
                if (l_497[0])
                    break;
                (*l_610) ^= ((l_618 = &g_284) == l_619);
                (*l_610) = ((safe_rshift_func_uint16_t_u_s(((!65530UL) != l_451), (((safe_lshift_func_uint16_t_u_s((safe_rshift_func_uint8_t_u_s(((void*)0 != (*g_387)), 5)), 6)) != (*g_153)) ^ (*g_388)))) ^ (*g_153));
            }
            for (l_491 = 0; (l_491 <= 2); l_491 += 1)
            { 
                int32_t *l_631 = &l_434[3][1];
                int32_t *l_632 = (void*)0;
                int32_t *l_633 = (void*)0;
                int32_t l_634 = 2L;
                int32_t *l_635 = &l_634;
                int32_t *l_636 = &l_609;
                int32_t *l_637 = (void*)0;
                int32_t *l_638 = &g_46[1][0];
                int32_t *l_639 = &l_7;
                int32_t *l_640[4][3] = {{(void*)0,&l_492,(void*)0},{&l_7,(void*)0,&l_7},{(void*)0,&l_492,(void*)0},{&l_7,(void*)0,&l_7}};
                uint16_t l_641[4][4] = {{0xD075L,0xD075L,0xD075L,0xD075L},{0xD075L,0xD075L,0xD075L,0xD075L},{0xD075L,0xD075L,0xD075L,0xD075L},{0xD075L,0xD075L,0xD075L,0xD075L}};
                int i, j;
                (*l_559) = (l_607 > (safe_div_func_int8_t_s_s((g_314[1] | l_612), (--g_6))));
                l_641[2][1]--;
                (*l_543) = &l_634;
                (***l_542) = ((*l_636) &= ((safe_mul_func_uint16_t_u_u((safe_add_func_uint64_t_u_u((safe_sub_func_int32_t_s_s((*l_559), (safe_rshift_func_uint8_t_u_s((g_605 ^= (safe_div_func_int32_t_s_s((0xF37BL >= (((safe_rshift_func_uint16_t_u_s(g_6, (((-4L) != (g_62 | 7L)) > 0x77L))) , g_201) ^ (*g_388))), (-1L)))), (***l_542))))), (*g_388))), (**l_587))) , (***l_542)));
            }
        }
        for (l_495 = 0; (l_495 != 19); l_495 = safe_add_func_int64_t_s_s(l_495, 1))
        { 
            const int64_t l_661 = (-1L);
            uint16_t *l_668 = &g_4;
            int32_t *l_691 = (void*)0;
            if (((+(((*l_668) = ((((g_471 = (safe_mul_func_int16_t_s_s(l_661, ((void*)0 != (*l_524))))) , ((((safe_lshift_func_uint8_t_u_s((g_177 = (safe_sub_func_int32_t_s_s(((safe_sub_func_int32_t_s_s(((**g_387) | 0x6BFB0A337A9695B8LL), l_661)) >= 0L), 0UL))), 3)) != 0xDFL) && 0x8F0DL) >= (*l_481))) >= 0x32FAL) >= g_328)) > g_314[2])) != 0xF974L))
            { 
                (*l_559) ^= l_661;
                if (g_281)
                    goto lbl_669;
            }
            else
            { 
                g_240[1][1] = ((*l_543) = &g_37[0][1]);
            }
            g_425 &= ((*g_388) > ((safe_div_func_uint8_t_u_u(((g_690 ^= (l_661 == (safe_mod_func_uint64_t_u_u((**g_387), (safe_add_func_uint16_t_u_u((safe_add_func_int32_t_s_s((safe_mod_func_int16_t_s_s((((!(g_37[2][1] & (((safe_add_func_int16_t_s_s((safe_div_func_uint8_t_u_u(((*l_559) = ((safe_mod_func_uint16_t_u_u(((safe_rshift_func_int8_t_s_s(((*l_481) | (*g_388)), (*g_153))) & (*l_481)), l_661)) == 0x5FL)), 250UL)), l_689)) <= l_661) >= 0xCEL))) != (-1L)) || g_69), (*l_481))), l_661)), g_471)))))) < l_661), (-1L))) ^ 9UL));
            for (l_499 = 0; (l_499 != 40); l_499 = safe_add_func_uint16_t_u_u(l_499, 8))
            { 
                g_37[0][0] = (((*l_542) = (*l_542)) != (g_694 = (void*)0));
            }
            for (g_328 = 0; (g_328 <= 1); g_328 += 1)
            { 
                uint64_t l_695 = 2UL;
                uint32_t l_706[3];
                int16_t *l_707 = (void*)0;
                int32_t *l_708[4] = {&l_494,&l_494,&l_494,&l_494};
                int i, j;
                for (i = 0; i < 3; i++)
                    l_706[i] = 1UL;
                ++l_695;
                (*l_559) ^= (((*l_560) = (((g_277[g_328] <= ((safe_mul_func_uint8_t_u_u((l_695 | ((safe_div_func_uint64_t_u_u(((l_695 , (l_695 , (safe_div_func_int64_t_s_s((safe_mul_func_uint16_t_u_u(65530UL, g_277[1])), l_695)))) > 0x77B4650D37ABE829LL), 0x246EAA77010D3246LL)) != (-1L))), g_277[g_328])) == (-1L))) && l_706[0]) , (void*)0)) == l_707);
                if (g_277[g_328])
                    break;
                ++l_709;
            }
        }
    }
    return l_434[0][1];
}
static uint8_t  func_12(int8_t  p_13, uint8_t * p_14, int64_t  p_15, const uint8_t * p_16, uint8_t * p_17)
{ 
    uint32_t l_27 = 0x60D64C9DL;
    uint8_t **l_30 = (void*)0;
    uint8_t *l_32[2][3] = {{(void*)0,(void*)0,(void*)0},{&g_6,&g_6,&g_6}};
    uint8_t **l_31 = &l_32[1][2];
    int32_t *l_33[2][2] = {{&g_34,&g_34},{&g_34,&g_34}};
    int32_t l_35 = 0xFD574417L;
    int32_t l_72 = 0x2B643983L;
    int32_t l_102 = 7L;
    int32_t l_105 = 1L;
    int32_t l_132 = 0xBA79B219L;
    int32_t l_133[2];
    int32_t l_147 = 4L;
    int8_t * const l_150 = (void*)0;
    int16_t l_158[1][3];
    int64_t l_163[2][4] = {{0x211D2C571BFB598ALL,0x211D2C571BFB598ALL,0x211D2C571BFB598ALL,0x211D2C571BFB598ALL},{0x211D2C571BFB598ALL,0x211D2C571BFB598ALL,0x211D2C571BFB598ALL,0x211D2C571BFB598ALL}};
    const int32_t **l_185 = (void*)0;
    int8_t l_212 = 0x56L;
    int32_t l_274 = 0x0086DD69L;
    uint32_t l_282 = 0x7650EC15L;
    uint8_t l_297 = 0x31L;
    uint8_t l_338 = 7UL;
    int16_t *l_354 = &l_158[0][0];
    int16_t **l_353 = &l_354;
    int16_t ***l_352 = &l_353;
    int16_t *** const *l_351 = &l_352;
    uint64_t *l_357 = &g_201;
    int8_t l_373 = 0L;
    int i, j;
    for (i = 0; i < 2; i++)
        l_133[i] = 0xD41463B2L;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_158[i][j] = 1L;
    }
    if (func_18((safe_mul_func_uint16_t_u_u(p_13, (safe_add_func_int8_t_s_s((l_27 > (safe_mod_func_int32_t_s_s(((l_35 = ((((*l_31) = (void*)0) == (void*)0) & ((l_31 != (void*)0) && g_6))) , p_15), 0x9F8C5172L))), 255UL)))), p_15, &g_6, p_15))
    { 
        uint8_t l_66 = 1UL;
        int32_t l_75[4];
        uint16_t l_83 = 0xFA21L;
        const uint16_t l_112 = 0x0F12L;
        uint16_t l_144 = 0x3DA3L;
        int64_t l_162 = (-1L);
        int8_t **l_170 = (void*)0;
        int32_t *l_180 = &l_147;
        uint32_t l_213[1];
        int i;
        for (i = 0; i < 4; i++)
            l_75[i] = 0x957630D1L;
        for (i = 0; i < 1; i++)
            l_213[i] = 2UL;
        for (l_35 = 0; (l_35 <= 11); l_35++)
        { 
            int32_t l_63 = 0xD5D2985DL;
            uint32_t *l_64 = (void*)0;
            uint32_t *l_65 = &l_27;
            uint8_t *l_95 = &l_66;
            int32_t l_99 = 0xE4D2D991L;
            int32_t l_100 = 0L;
            int32_t l_101 = (-7L);
            int32_t l_103 = 0x9FC0A4C3L;
            int32_t l_104 = 0L;
            int32_t l_106 = (-1L);
            int16_t **l_127 = (void*)0;
            int32_t l_134 = 0x750EE913L;
            int32_t l_135 = 0x997D19F8L;
            int32_t l_136 = 0xF565D056L;
            int32_t l_137[4][2] = {{(-1L),0L},{(-1L),0L},{(-1L),0L},{(-1L),0L}};
            int32_t *l_142 = &l_99;
            int32_t l_143[3][3] = {{0x3B7A216FL,0x3B7A216FL,0x6EDEA70BL},{0x3B7A216FL,0x3B7A216FL,0x6EDEA70BL},{0x3B7A216FL,0x3B7A216FL,0x6EDEA70BL}};
            int64_t l_156 = 0L;
            int i, j;
        }
        if (((*g_36) |= p_15))
        { 
            for (g_62 = 0; (g_62 != (-22)); g_62--)
            { 
                int8_t ***l_171 = &l_170;
                (*l_171) = l_170;
                return (*p_14);
            }
            for (p_13 = 7; (p_13 != 14); p_13++)
            { 
                int8_t l_174[1][2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_174[i][j] = 0xD7L;
                }
                (*g_36) ^= (p_15 | ((((l_174[0][1] <= (p_15 < (&g_153 == (void*)0))) > p_13) == l_174[0][1]) >= g_6));
                l_133[1] ^= 0x0444179FL;
            }
            (*g_36) = l_112;
        }
        else
        { 
            int32_t *l_182[2][4] = {{&l_147,&l_147,&l_147,&l_147},{&l_147,&l_147,&l_147,&l_147}};
            int32_t *l_192 = &g_37[0][0];
            int32_t *l_193 = &l_133[1];
            int i, j;
            if ((*g_36))
            { 
                int32_t **l_175 = &g_36;
                int32_t *l_176 = (void*)0;
                uint32_t *l_181 = &l_27;
                int32_t *l_183 = &g_37[2][1];
                (*l_175) = &l_75[2];
                ++g_177;
                (*l_175) = (void*)0;
                (*l_183) = (l_180 != (((*l_181) |= (g_69 && (l_75[1] &= (g_62 && (0x54L & g_6))))) , l_182[0][0]));
            }
            else
            { 
                int32_t **l_184 = &g_36;
                (*l_184) = &l_75[1];
            }
            (*l_193) = (((*l_192) = (((l_185 == &g_36) == 0UL) , (safe_sub_func_uint32_t_u_u(p_15, (safe_add_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(0xB8L, 0x11L)), (-1L))))))) >= g_46[1][0]);
            (*l_192) = p_15;
        }
        for (p_13 = 0; (p_13 < (-10)); p_13 = safe_sub_func_int32_t_s_s(p_13, 1))
        { 
            uint32_t l_203[4] = {4294967290UL,4294967290UL,4294967290UL,4294967290UL};
            int32_t *l_207 = (void*)0;
            int32_t *l_208 = (void*)0;
            int32_t *l_209 = (void*)0;
            int32_t *l_210[3][1];
            int8_t l_211 = 1L;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_210[i][j] = (void*)0;
            }
            for (l_147 = (-10); (l_147 <= 5); l_147++)
            { 
                uint64_t *l_200 = &g_201;
                uint16_t l_202 = 0UL;
                int32_t *l_204 = (void*)0;
                int32_t *l_205 = (void*)0;
                int32_t *l_206 = &g_46[1][0];
                (*l_206) ^= ((((((((0x7033876EL <= (((*l_200) = g_37[0][1]) < ((0xF9L == ((l_144 >= (0xD4L ^ p_13)) >= 0x0FL)) , g_37[2][1]))) == l_202) ^ l_203[1]) < 0xE33EL) <= g_37[0][0]) != p_15) <= (-5L)) || p_13);
                (*l_206) = p_15;
                if (p_13)
                    break;
            }
            --l_213[0];
            g_46[1][0] = 2L;
        }
    }
    else
    { 
        int16_t l_216 = (-3L);
        int32_t l_253 = 0x794C9280L;
        int32_t l_254[3][1];
        uint8_t l_350 = 0x0DL;
        int32_t l_370 = 1L;
        uint64_t l_384 = 0UL;
        uint64_t l_422 = 0x4D62CDD568EF57CBLL;
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_254[i][j] = (-1L);
        }
        (*g_36) &= l_216;
        if ((safe_mul_func_int8_t_s_s((safe_add_func_uint16_t_u_u(l_216, (safe_unary_minus_func_uint32_t_u(0x0B50B8F9L)))), (*p_14))))
        { 
            int32_t l_235 = 0L;
            int32_t l_287 = 0x220B6667L;
            int8_t l_288[2];
            int32_t l_289 = 0L;
            int32_t l_290 = 2L;
            int32_t l_291 = 0xDE143FA7L;
            int32_t l_292 = (-5L);
            int32_t l_293[1][4];
            int16_t l_294 = 1L;
            int i, j;
            for (i = 0; i < 2; i++)
                l_288[i] = 0x46L;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 4; j++)
                    l_293[i][j] = (-3L);
            }
            for (l_102 = 0; (l_102 >= (-8)); l_102 = safe_sub_func_int64_t_s_s(l_102, 8))
            { 
                int32_t **l_224 = &g_36;
                uint16_t *l_236[4][3];
                int16_t *l_237 = &l_158[0][0];
                int32_t *l_238 = &l_133[1];
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_236[i][j] = &g_79;
                }
                (*l_224) = &g_37[0][0];
                (*g_36) = (safe_div_func_int64_t_s_s(((((safe_mul_func_int16_t_s_s((safe_mod_func_uint32_t_u_u(0xBC0104E8L, (((*p_14) = (((safe_mul_func_uint8_t_u_u(((4294967295UL < (p_15 , (safe_sub_func_int64_t_s_s(((((((*g_153) , l_235) == l_235) , 0x2AB2L) , g_177) ^ (-1L)), p_13)))) > 18446744073709551615UL), p_15)) , g_37[0][0]) && 0xBF2FL)) | p_13))), g_69)) != p_15) , l_224) == (void*)0), (**l_224)));
                (*l_238) = (((**l_224) = ((*g_36) & 1L)) > ((*l_237) = (-5L)));
                (*l_238) |= (l_35 = ((*g_36) ^= 0L));
            }
            for (l_212 = 0; (l_212 >= 0); l_212 -= 1)
            { 
                const int32_t * const l_239 = &l_133[1];
                g_240[1][1] = l_239;
            }
            if (p_13)
            { 
                int64_t l_241 = (-1L);
                int32_t *l_242 = &l_102;
                int32_t *l_243 = &l_133[1];
                int32_t *l_244 = (void*)0;
                int32_t *l_245 = &g_46[2][0];
                int32_t *l_246 = &l_133[0];
                int32_t *l_247 = &l_132;
                int32_t *l_248 = &l_235;
                int32_t *l_249 = &l_105;
                int32_t *l_250 = &g_46[1][0];
                int32_t *l_251 = &l_35;
                int32_t *l_252[2][1];
                int16_t ** const l_268 = (void*)0;
                int16_t ** const *l_267 = &l_268;
                int16_t ** const **l_266 = &l_267;
                uint16_t *l_278 = &g_79;
                int16_t l_279 = 1L;
                uint32_t *l_280[4][3] = {{&l_27,&l_27,&l_27},{&l_27,&l_27,&l_27},{&l_27,&l_27,&l_27},{&l_27,&l_27,&l_27}};
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_252[i][j] = &l_102;
                }
                --g_255;
                (*g_36) = (((*p_14) ^ l_235) == ((safe_sub_func_uint32_t_u_u((g_281 = (safe_mod_func_uint64_t_u_u(((safe_mul_func_uint16_t_u_u(((*l_278) = (safe_rshift_func_uint16_t_u_s(((g_277[1] = (((*l_266) = (void*)0) == ((((~((((safe_lshift_func_uint16_t_u_u((safe_div_func_int32_t_s_s((g_46[2][0] <= l_254[1][0]), p_15)), l_274)) & 0xE8C3L) == 0x5B07L) >= p_13)) > (*p_17)) & 0xB57C4CBAD7814597LL) , g_275))) >= g_201), 15))), l_279)) , l_235), l_216))), p_15)) > l_282));
                (*l_242) = ((void*)0 != g_283);
                return (*p_14);
            }
            else
            { 
                int32_t *l_285 = &g_37[0][0];
                int32_t *l_286[4][2] = {{&l_35,&l_35},{&l_35,&l_35},{&l_35,&l_35},{&l_35,&l_35}};
                int8_t l_295 = 0x92L;
                int8_t l_296[3];
                int i, j;
                for (i = 0; i < 3; i++)
                    l_296[i] = 1L;
                l_297++;
                (*l_285) = l_292;
            }
        }
        else
        { 
            int32_t *l_300 = &l_254[0][0];
            uint8_t l_310 = 1UL;
            int16_t *l_337 = &l_216;
            int16_t ***l_339 = (void*)0;
            g_36 = l_300;
            for (l_253 = 0; (l_253 != (-6)); l_253--)
            { 
                int64_t *l_311[1][2];
                int32_t l_312 = 0x67C85D77L;
                int32_t *l_313 = &l_133[1];
                uint32_t *l_315 = &l_282;
                int32_t **l_316 = &g_36;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_311[i][j] = &l_163[1][3];
                }
                (*l_316) = (l_300 = (((((*l_315) |= (g_46[1][0] ^ (safe_unary_minus_func_uint64_t_u((safe_mul_func_int16_t_s_s(((((*l_313) ^= (safe_add_func_int64_t_s_s((l_312 ^= (safe_sub_func_uint64_t_u_u((g_6 == ((((-5L) && ((((-5L) < 0UL) , p_15) != l_310)) == 0x7FBAL) ^ g_37[0][0])), g_6))), (*l_300)))) <= g_314[0]) , l_216), 0xE1ECL)))))) > 1UL) , 0UL) , l_300));
                (*l_313) ^= ((safe_mul_func_uint8_t_u_u(((safe_lshift_func_uint8_t_u_u((g_69 < ((safe_mul_func_int8_t_s_s(0x5DL, (safe_rshift_func_uint8_t_u_s(((p_13 | (g_328 = (g_327[1] = (g_36 == l_315)))) || 0L), l_253)))) != 0xC5B8L)), (*p_14))) == g_277[1]), g_69)) || (*l_300));
            }
            (*g_36) &= (((safe_lshift_func_uint8_t_u_u((g_328 ^ (((((*l_337) = (safe_div_func_int32_t_s_s(((safe_lshift_func_int16_t_s_u(0L, 13)) , (safe_mul_func_uint8_t_u_u((*p_17), (0xC6F7024C204CB71ALL && p_13)))), 0x81785E00L))) <= l_338) < 4294967295UL) != 0L)), 1)) >= p_13) ^ p_13);
            (*g_36) = (l_339 == &g_276);
        }
        if ((&g_275 == ((p_13 , (safe_lshift_func_uint16_t_u_u((safe_div_func_uint64_t_u_u((safe_rshift_func_int16_t_s_s((safe_mod_func_int16_t_s_s((((safe_div_func_uint64_t_u_u((((*g_36) ^ p_13) , 1UL), g_37[1][0])) & l_350) || 0x50L), l_216)), g_314[1])), 0x04B858AB036FB4CELL)), 15))) , l_351)))
        { 
            int32_t **l_355 = (void*)0;
            int32_t **l_356 = &g_36;
            int32_t l_369 = 0xB197322CL;
            int32_t l_371[1];
            int8_t l_372 = 0x58L;
            int32_t l_383[1][3];
            int i, j;
            for (i = 0; i < 1; i++)
                l_371[i] = 0xA904E50BL;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_383[i][j] = (-1L);
            }
            (*l_356) = &g_46[0][0];
            if (((p_15 != (g_327[2] | ((**l_356) | g_46[0][0]))) || ((void*)0 != l_357)))
            { 
                int32_t **l_364 = &g_36;
                int32_t ***l_365 = &l_356;
                int32_t l_366[4];
                int32_t *l_367 = (void*)0;
                int32_t *l_368[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
                int i;
                for (i = 0; i < 4; i++)
                    l_366[i] = 0x7A7EEA5CL;
                (**l_364) = (safe_lshift_func_uint16_t_u_u(65533UL, (safe_sub_func_int32_t_s_s((safe_mul_func_int8_t_s_s((*g_153), g_62)), (l_364 != ((*l_365) = l_364))))));
                g_240[1][2] = &g_46[1][0];
                g_374--;
            }
            else
            { 
                int32_t *l_377 = &g_46[1][0];
                int32_t *l_378 = &l_35;
                int32_t *l_379 = &l_254[0][0];
                int32_t *l_380 = &g_37[1][1];
                int32_t *l_381 = &l_253;
                int32_t *l_382[4][3] = {{&l_254[2][0],&l_254[2][0],&l_369},{&l_254[2][0],&l_254[2][0],&l_369},{&l_254[2][0],&l_254[2][0],&l_369},{&l_254[2][0],&l_254[2][0],&l_369}};
                int i, j;
                ++l_384;
            }
        }
        else
        { 
            uint64_t ***l_389 = &g_387;
            int8_t * const *l_403 = &l_150;
            int32_t *l_405 = &g_46[1][0];
            int32_t *l_406 = &l_253;
            int32_t *l_407 = (void*)0;
            int32_t l_408 = 0x464B78BFL;
            int32_t *l_409 = (void*)0;
            int32_t l_410 = (-8L);
            int32_t *l_411 = &g_46[1][0];
            int32_t *l_412 = &l_254[0][0];
            int32_t l_413 = 0x94430956L;
            int32_t *l_414 = &l_413;
            int32_t *l_415 = (void*)0;
            int32_t *l_416 = (void*)0;
            int32_t *l_417 = (void*)0;
            int32_t *l_418 = &g_37[1][1];
            int32_t *l_419 = &l_105;
            int32_t *l_420 = &g_37[0][0];
            int32_t *l_421 = &l_410;
            (*l_389) = g_387;
            for (l_370 = 0; (l_370 >= 17); l_370 = safe_add_func_uint32_t_u_u(l_370, 1))
            { 
                uint8_t * const *l_393 = &l_32[0][0];
                uint8_t * const **l_392 = &l_393;
                int32_t l_404 = 0L;
                (*l_392) = (void*)0;
                (*g_36) ^= (~(g_327[1] & 0xB2C2L));
                (*g_36) ^= ((p_15 <= (safe_sub_func_int16_t_s_s((safe_add_func_uint16_t_u_u((safe_div_func_int32_t_s_s((g_328 , (safe_mul_func_uint16_t_u_u(((*g_283) != l_403), 0x4D75L))), g_201)), l_404)), 65526UL))) ^ p_13);
            }
            --l_422;
        }
    }
    for (g_374 = 0; (g_374 <= 2); g_374 += 1)
    { 
        int i;
        return g_314[g_374];
    }
    return g_6;
}
static int32_t  func_18(uint32_t  p_19, int16_t  p_20, const uint8_t * p_21, int8_t  p_22)
{ 
    int32_t *l_38 = &g_37[0][0];
    int32_t *l_45[3];
    uint64_t l_47[1];
    int i;
    for (i = 0; i < 3; i++)
        l_45[i] = &g_46[1][0];
    for (i = 0; i < 1; i++)
        l_47[i] = 18446744073709551615UL;
    l_38 = g_36;
    l_47[0] |= ((safe_lshift_func_uint16_t_u_u((((void*)0 == l_38) , (safe_mod_func_uint32_t_u_u(p_20, ((g_6 , (safe_lshift_func_uint16_t_u_u(((((*l_38) , (*l_38)) , (*p_21)) < (*l_38)), p_22))) , p_22)))), 15)) , 0x31966BA0L);
    return p_22;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_34, "g_34", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_37[i][j], "g_37[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_46[i][j], "g_46[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_62, "g_62", print_hash_value);
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_79, "g_79", print_hash_value);
    transparent_crc(g_177, "g_177", print_hash_value);
    transparent_crc(g_201, "g_201", print_hash_value);
    transparent_crc(g_255, "g_255", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_277[i], "g_277[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_281, "g_281", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_314[i], "g_314[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_327[i], "g_327[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_328, "g_328", print_hash_value);
    transparent_crc(g_374, "g_374", print_hash_value);
    transparent_crc(g_425, "g_425", print_hash_value);
    transparent_crc(g_426, "g_426", print_hash_value);
    transparent_crc(g_471, "g_471", print_hash_value);
    transparent_crc(g_482, "g_482", print_hash_value);
    transparent_crc(g_526, "g_526", print_hash_value);
    transparent_crc(g_605, "g_605", print_hash_value);
    transparent_crc(g_690, "g_690", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
