#include "csmith.h"
static long __undefined;
static int32_t g_19 = 0x9646B8D9L;
static int8_t g_50 = 0xAFL;
static int64_t g_64 = 1L;
static int16_t g_66 = 0xA8F9L;
static uint32_t g_82 = 18446744073709551609UL;
static int8_t g_94 = 1L;
static uint16_t g_102[3][3] = {{0x5799L,0x5799L,0x5799L},{8UL,8UL,8UL},{0x5799L,0x5799L,0x5799L}};
static int32_t *g_114 = &g_19;
static int32_t **g_113[3][2] = {{&g_114,&g_114},{&g_114,&g_114},{&g_114,&g_114}};
static int64_t g_151 = 1L;
static int64_t *g_155 = &g_151;
static int16_t *g_176 = (void*)0;
static int16_t **g_175 = &g_176;
static uint16_t g_180 = 65526UL;
static uint64_t g_217 = 2UL;
static uint8_t g_242 = 1UL;
static const int32_t g_247 = (-10L);
static const int32_t g_249[2] = {0x682BC353L,0x682BC353L};
static uint32_t g_299 = 0xE3C5A3DEL;
static uint32_t g_369 = 0x9D6BD1B4L;
static uint32_t *g_413 = &g_369;
static int64_t g_418 = 1L;
static uint8_t g_425[3][3] = {{0x1EL,0x1EL,0x1EL},{255UL,255UL,255UL},{0x1EL,0x1EL,0x1EL}};
static uint8_t *g_465[1] = {&g_242};
static uint8_t **g_464 = &g_465[0];
static uint32_t g_478[2][3] = {{9UL,4294967288UL,9UL},{9UL,4294967288UL,9UL}};
static const uint8_t g_491 = 0UL;
static uint32_t **g_535 = &g_413;
static uint32_t ***g_534 = &g_535;
static int8_t g_627 = 1L;
static const uint16_t g_678 = 0xB22BL;
static uint64_t g_683 = 1UL;
static int16_t  func_1(void);
static const int32_t  func_2(int8_t  p_3, int64_t  p_4, int16_t  p_5);
static const int16_t  func_13(uint32_t  p_14, int16_t  p_15, uint64_t  p_16);
static int16_t  func_1(void)
{ 
    uint8_t l_8 = 0xAAL;
    uint64_t l_20 = 0x2466E9F08664A116LL;
    uint32_t l_297 = 0x291FB98AL;
    int32_t l_298 = (-1L);
    uint32_t **l_532 = &g_413;
    uint32_t ***l_531 = &l_532;
    uint32_t ****l_533 = &l_531;
    uint16_t *l_536 = (void*)0;
    uint16_t *l_537 = (void*)0;
    uint16_t *l_538[4][1] = {{&g_102[1][2]},{&g_102[2][0]},{&g_102[1][2]},{&g_102[2][0]}};
    int8_t l_539 = 0x73L;
    int32_t l_542 = 0xD2BBBAC5L;
    int32_t l_543 = (-5L);
    int32_t l_544[2];
    uint64_t l_545 = 0x01AB742920C29191LL;
    int32_t *l_557[3];
    const uint8_t l_573 = 0x93L;
    uint32_t *l_605 = (void*)0;
    int64_t l_629 = (-1L);
    uint16_t l_664[1];
    uint64_t l_694 = 0xDDCBCCEF718796EBLL;
    int i, j;
    for (i = 0; i < 2; i++)
        l_544[i] = 0x02204B0BL;
    for (i = 0; i < 3; i++)
        l_557[i] = &l_544[1];
    for (i = 0; i < 1; i++)
        l_664[i] = 0UL;
lbl_644:
    (*g_114) = func_2((((safe_lshift_func_int16_t_s_u((l_298 = (((((l_8 != (safe_lshift_func_int16_t_s_u(l_8, 12))) , (safe_mul_func_int16_t_s_s(func_13((safe_rshift_func_int8_t_s_s(((g_19 >= (g_19 , ((((l_8 , l_8) , l_8) , l_20) , l_8))) == 0UL), l_20)), l_20, l_20), l_297))) || l_297) , g_94) ^ g_247)), g_249[1])) < g_299) > g_299), g_249[1], l_297);
    if ((safe_rshift_func_int16_t_s_s(0x3B66L, (((safe_mul_func_int8_t_s_s((((((**g_464) == (safe_lshift_func_uint16_t_u_s((l_298 ^= (((*l_533) = l_531) == g_534)), l_8))) == l_20) >= l_539) && 2L), 0xA9L)) == g_102[2][2]) , 0xE0CBL))))
    { 
        int32_t *l_540 = (void*)0;
        int32_t *l_541[4][4] = {{&g_19,&g_19,&l_298,&g_19},{&g_19,&l_298,&l_298,&l_298},{&g_19,&g_19,&l_298,&g_19},{(void*)0,&g_19,&g_19,(void*)0}};
        uint16_t *l_596 = &g_180;
        const int8_t l_597 = (-9L);
        int8_t l_616 = 0x00L;
        int i, j;
        l_545++;
        for (g_151 = 0; (g_151 <= 1); g_151 += 1)
        { 
            uint32_t *l_550 = (void*)0;
            uint32_t *l_551 = &g_478[1][0];
            int32_t l_554 = 0x197C760FL;
            int32_t l_574 = 0xD5B03EEDL;
            uint64_t l_598 = 18446744073709551609UL;
            int64_t l_599 = (-2L);
            int32_t l_601 = (-10L);
            uint64_t *l_604 = &g_217;
        }
        for (g_151 = (-20); (g_151 <= (-20)); g_151 = safe_add_func_uint64_t_u_u(g_151, 1))
        { 
            const int32_t l_619[2][4] = {{(-4L),(-4L),(-4L),(-4L)},{(-4L),(-4L),(-4L),(-4L)}};
            int i, j;
            (*g_114) ^= l_619[1][1];
            return g_249[1];
        }
    }
    else
    { 
        uint64_t l_630 = 0xF37E45825A18B2FFLL;
        int8_t *l_640 = &g_94;
        int32_t l_648 = 9L;
        int32_t l_662 = 0x509C5ECDL;
        int32_t l_663 = 0xF09EF900L;
        uint64_t l_688[3];
        int i;
        for (i = 0; i < 3; i++)
            l_688[i] = 0xDE7ABBF8FF190ACELL;
        for (l_539 = 0; (l_539 > 15); ++l_539)
        { 
            int32_t *l_624 = &l_544[1];
            int32_t l_641 = 0L;
            int32_t l_661 = 8L;
            uint32_t l_677 = 0UL;
            int32_t *l_681 = &g_19;
            int32_t l_682 = (-1L);
            for (l_545 = 18; (l_545 >= 30); l_545 = safe_add_func_int32_t_s_s(l_545, 8))
            { 
                int32_t **l_625 = (void*)0;
                int32_t **l_626 = &l_557[2];
                int32_t l_628 = 0x3D188FAFL;
                uint64_t *l_639 = &l_20;
                (*l_626) = l_624;
                l_630--;
                if (l_630)
                    break;
                l_641 = (safe_mul_func_int16_t_s_s(l_630, (((*g_114) ^= ((**l_626) |= ((safe_mul_func_int16_t_s_s(((((((safe_rshift_func_uint16_t_u_s(((((*l_639) = (l_630 , 0x9B0EC7890A57B4C5LL)) , l_640) == &l_539), 2)) ^ 65528UL) > g_627) & 1L) , (void*)0) != (void*)0), 0x0DB2L)) ^ 0UL))) == l_630)));
            }
            for (g_64 = 22; (g_64 >= 14); --g_64)
            { 
                uint64_t l_645[4][2] = {{0xDABC8BC854430441LL,18446744073709551606UL},{0xDABC8BC854430441LL,18446744073709551606UL},{0xDABC8BC854430441LL,18446744073709551606UL},{0xDABC8BC854430441LL,18446744073709551606UL}};
                int i, j;
                if (g_418)
                    goto lbl_644;
                ++l_645[3][1];
                if ((*g_114))
                    break;
                (*g_114) |= (((l_645[3][1] , g_418) <= (l_648 == (safe_mul_func_uint16_t_u_u((safe_lshift_func_int8_t_s_s((safe_div_func_int64_t_s_s((l_645[1][0] , (safe_div_func_int8_t_s_s((safe_mod_func_uint64_t_u_u((l_645[3][1] <= l_630), (*l_624))), l_645[3][1]))), g_425[0][0])), 5)), g_249[1])))) , 0x5A6E2539L);
            }
            for (l_641 = 0; (l_641 > 22); ++l_641)
            { 
                uint32_t *l_671 = &l_297;
                uint64_t *l_674[1][2];
                const int32_t l_679 = 0x857163D9L;
                int32_t **l_680[2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_674[i][j] = &l_630;
                }
                for (i = 0; i < 2; i++)
                    l_680[i] = &g_114;
                ++l_664[0];
                l_681 = (l_624 = (((g_50 == ((((safe_lshift_func_int8_t_s_u((((((((*l_624) >= (safe_sub_func_uint32_t_u_u((((*l_671) = g_247) & g_242), (safe_mul_func_uint8_t_u_u((((++g_217) > ((((((((((l_677 >= g_678) , (void*)0) == (*g_535)) , 4294967294UL) != (-1L)) <= l_630) && 9UL) , (*l_624)) != 0xBDL) != (*l_624))) == 0x3DL), (*l_624)))))) >= g_478[1][0]) & (*l_624)) || g_627) != (*g_155)) & (*g_155)), (*l_624))) ^ (*l_624)) && 9UL) <= l_679)) <= (*g_155)) , &l_641));
                l_681 = &l_661;
                (*g_114) |= (l_648 && ((void*)0 != &g_176));
            }
            --g_683;
        }
        for (l_298 = 0; (l_298 >= 10); l_298 = safe_add_func_int16_t_s_s(l_298, 1))
        { 
            return l_688[1];
        }
        (*g_114) = ((+(1L != (l_663 = (((((safe_div_func_int64_t_s_s((l_663 && g_217), (safe_rshift_func_uint16_t_u_s(g_50, l_688[1])))) | l_694) >= 65527UL) > 7UL) , g_102[1][0])))) ^ 0xB9AFEC4DL);
    }
    return g_94;
}
static const int32_t  func_2(int8_t  p_3, int64_t  p_4, int16_t  p_5)
{ 
    int32_t *l_300[2];
    int32_t * const l_301 = (void*)0;
    int32_t **l_302 = &l_300[1];
    int16_t ***l_309 = &g_175;
    uint8_t *l_319 = (void*)0;
    uint16_t l_322 = 65533UL;
    int32_t l_347 = 0xF44EE2C1L;
    int32_t l_395[3];
    uint64_t l_396 = 18446744073709551608UL;
    int64_t **l_436 = &g_155;
    uint32_t l_471 = 4UL;
    const uint64_t l_484 = 0x2A388BEC4CC8821ALL;
    int8_t l_492 = 0L;
    uint32_t **l_512 = &g_413;
    int32_t l_524 = 0x0C94F494L;
    int i;
    for (i = 0; i < 2; i++)
        l_300[i] = (void*)0;
    for (i = 0; i < 3; i++)
        l_395[i] = 0xE2B5147DL;
    l_300[0] = l_300[0];
    (*l_302) = l_301;
    for (g_19 = 3; (g_19 <= (-27)); g_19 = safe_sub_func_int64_t_s_s(g_19, 4))
    { 
        uint16_t *l_310 = &g_102[2][0];
        uint16_t *l_313 = (void*)0;
        uint16_t *l_314 = &g_180;
        uint8_t **l_320 = &l_319;
        int32_t l_321 = 0L;
        int32_t l_335 = 0x72E7D348L;
        int32_t l_336 = 0x1FC5EE70L;
        int32_t l_337[3];
        int8_t l_371[4];
        int16_t **l_394 = &g_176;
        int32_t l_459 = 0x991D9928L;
        uint32_t ***l_513 = &l_512;
        uint32_t **l_515 = &g_413;
        uint32_t ***l_514 = &l_515;
        int i;
        for (i = 0; i < 3; i++)
            l_337[i] = (-5L);
        for (i = 0; i < 4; i++)
            l_371[i] = 0L;
        if ((safe_mod_func_int32_t_s_s(((((safe_lshift_func_int16_t_s_s(p_3, ((void*)0 != l_309))) || ((*l_314) ^= (++(*l_310)))) == (safe_add_func_int64_t_s_s((safe_add_func_int8_t_s_s(p_5, ((((((*l_320) = l_319) != (void*)0) <= 0xBB3FEC30L) || 0xE2B8542AL) && l_321))), l_321))) && g_19), l_322)))
        { 
            int8_t l_338 = 0xBEL;
            int32_t l_340 = 6L;
            int32_t l_341 = 0xF0B9372CL;
            int32_t l_342 = 7L;
            int32_t l_345 = (-8L);
            int32_t l_348 = 0xC2A8EAFBL;
            int32_t l_350 = 0x0F638D7BL;
            int32_t l_352[1][2];
            uint32_t l_353 = 4294967287UL;
            uint16_t l_356 = 1UL;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_352[i][j] = 1L;
            }
            if ((safe_lshift_func_uint16_t_u_s((~((p_3 <= ((((safe_mod_func_int16_t_s_s((0x542902C647D59913LL || (safe_lshift_func_int8_t_s_s(((safe_mul_func_uint32_t_u_u(4294967287UL, ((safe_add_func_uint32_t_u_u(g_82, l_321)) == (*g_114)))) >= 0x45ABB879L), p_3))), 0x1C36L)) && 0UL) , g_151) | p_5)) & 65527UL)), 12)))
            { 
                int32_t l_334 = 6L;
                int32_t l_339 = 0x24ED17E8L;
                int32_t l_343 = (-1L);
                int32_t l_344 = 0xE3B3F70EL;
                int32_t l_346 = 0x65349B85L;
                int32_t l_349 = 0x8E5C58E8L;
                int32_t l_351[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_351[i] = 1L;
                l_353--;
                if (l_351[0])
                    break;
            }
            else
            { 
                return p_5;
            }
            --l_356;
            (*l_302) = (void*)0;
        }
        else
        { 
            const uint64_t l_361 = 0x7A0B912268636234LL;
            uint32_t *l_368 = &g_369;
            int32_t l_370 = 0L;
            int32_t l_372 = 0xC87262FDL;
            int32_t l_373[2];
            int i;
            for (i = 0; i < 2; i++)
                l_373[i] = 1L;
            l_373[0] &= (l_372 |= (safe_sub_func_uint32_t_u_u(((g_94 |= ((((l_370 &= (((*l_368) = ((l_361 == (g_242 = l_321)) ^ ((safe_lshift_func_int16_t_s_u((l_361 < (p_4 , (((safe_add_func_uint64_t_u_u(((safe_sub_func_uint64_t_u_u(1UL, 0xBD4BA8CB6C84F80DLL)) <= 0x50B0L), l_361)) > (*g_155)) != l_361))), p_3)) | p_4))) && 7UL)) & 0UL) , g_249[1]) <= l_361)) ^ 0x3DL), l_371[3])));
            (*l_302) = &l_372;
        }
        l_337[2] = p_5;
        if ((l_396 |= (safe_lshift_func_uint16_t_u_u(((((safe_add_func_uint8_t_u_u((safe_div_func_uint8_t_u_u(((safe_add_func_int32_t_s_s(p_3, (l_321 &= ((0xD0AA76A31EEF8D0ALL || ((((safe_lshift_func_uint16_t_u_s((0xBDEFL >= (safe_lshift_func_int8_t_s_s(((p_5 , (safe_lshift_func_int16_t_s_s((safe_add_func_int8_t_s_s((safe_div_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s((&g_176 == l_394), 13)), p_5)), 1L)), 3))) || l_395[1]), 6))), p_3)) | 0xF07DL) & p_5) , l_337[2])) ^ g_217)))) <= 0x93F8C166A06F3904LL), p_5)), g_217)) || 0xDAC3E94AL) , &g_94) == &p_3), g_249[0]))))
        { 
            uint8_t *l_399[1][2];
            const int16_t l_404 = 0L;
            int32_t l_405 = 0x0CFFF758L;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_399[i][j] = &g_242;
            }
            for (g_217 = 0; (g_217 <= 1); g_217 += 1)
            { 
                return (*g_114);
            }
            l_405 ^= (safe_div_func_uint16_t_u_u(((&g_242 != l_399[0][1]) > 5UL), ((safe_lshift_func_uint8_t_u_s((safe_rshift_func_int16_t_s_s(l_404, (l_335 = p_3))), 1)) , (-1L))));
            l_405 ^= ((+(safe_rshift_func_uint16_t_u_u(g_19, 15))) , p_3);
        }
        else
        { 
            uint32_t *l_412 = &g_369;
            uint32_t **l_411[4];
            int64_t *l_416 = &g_64;
            int64_t *l_417 = &g_418;
            int32_t l_426[2];
            int8_t l_433 = (-1L);
            uint32_t *l_435[2];
            uint64_t *l_449[2][2];
            uint64_t l_456[1][4] = {{0x7181528362FCDB40LL,0x7181528362FCDB40LL,0x7181528362FCDB40LL,0x7181528362FCDB40LL}};
            uint8_t ***l_466[1];
            uint32_t l_472 = 6UL;
            int32_t l_508 = 5L;
            int i, j;
            for (i = 0; i < 4; i++)
                l_411[i] = &l_412;
            for (i = 0; i < 2; i++)
                l_426[i] = 0x8F860F2EL;
            for (i = 0; i < 2; i++)
                l_435[i] = &g_369;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                    l_449[i][j] = &g_217;
            }
            for (i = 0; i < 1; i++)
                l_466[i] = (void*)0;
            if ((((*g_155) = ((g_413 = (void*)0) != &g_369)) && (((p_5 > (safe_add_func_uint64_t_u_u(g_102[2][0], ((*l_417) = ((*l_416) = (p_3 , 0xB596BDCC6A146E6DLL)))))) != (-1L)) != l_337[2])))
            { 
                uint16_t l_421 = 0xE1BDL;
                uint8_t *l_423 = &g_242;
                uint8_t *l_424 = &g_425[0][0];
                l_337[0] ^= (l_426[1] = ((safe_add_func_uint8_t_u_u((((*l_416) = l_421) == 1UL), (((*l_424) = ((*l_423) = (+(0x3E76D887L >= (*g_114))))) == p_3))) && 0x86EEL));
                return p_4;
            }
            else
            { 
                uint32_t *l_431 = &g_369;
                int32_t l_432 = (-1L);
                uint32_t *l_434 = &g_299;
                int32_t l_437 = 0x254C33B4L;
                int32_t l_438 = 5L;
                uint64_t *l_448 = (void*)0;
                uint64_t **l_447[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_447[i] = &l_448;
                l_438 = (l_437 = (safe_div_func_uint32_t_u_u(l_337[0], ((*l_412) = (safe_add_func_int16_t_s_s((((((((((l_432 = (0x29BEL >= ((((void*)0 != l_431) > ((((*l_434) = (l_432 || l_433)) , l_301) != l_435[0])) > l_321))) && p_4) >= p_3) <= 0xFAF0409D61525A97LL) , &l_416) != l_436) != l_437) , p_3) > p_5), 1L))))));
                l_459 &= (safe_sub_func_uint16_t_u_u(((safe_mod_func_int32_t_s_s(7L, (safe_add_func_int64_t_s_s((((safe_sub_func_uint32_t_u_u(((l_449[0][1] = &g_217) != (((((((safe_add_func_int16_t_s_s((!0UL), (safe_mul_func_uint16_t_u_u((safe_unary_minus_func_uint8_t_u((l_456[0][2] >= (((safe_mod_func_int8_t_s_s((0x6CL <= 255UL), 0x53L)) != 5UL) < 0xEAL)))), l_438)))) , (void*)0) != l_320) & g_299) > (-2L)) == l_371[1]) , (void*)0)), p_4)) ^ g_94) ^ l_371[3]), 0L)))) ^ g_94), 1L));
            }
            l_337[2] = (((safe_lshift_func_uint16_t_u_s(((safe_rshift_func_uint8_t_u_u((((&l_319 == (l_320 = g_464)) < p_4) , (safe_add_func_uint16_t_u_u(0x766FL, 3L))), p_3)) || l_336), 10)) < 0x4AE2L) <= p_4);
            if ((safe_lshift_func_uint8_t_u_u((l_321 >= ((((p_3 | (((*l_394) = &p_5) == (l_471 , &p_5))) , 0x03B7DD45L) & (-5L)) , 0L)), p_5)))
            { 
                l_337[2] = l_472;
                if (p_4)
                    break;
            }
            else
            { 
                uint8_t *l_475 = (void*)0;
                int32_t *l_479 = &l_337[1];
                const uint8_t *l_490 = &g_491;
                const uint8_t **l_489 = &l_490;
                const int8_t *l_494 = (void*)0;
                const int8_t **l_493 = &l_494;
                const uint16_t l_507 = 0xE294L;
                int32_t l_509 = (-1L);
                (*l_302) = (l_479 = (((**l_320) = ((safe_mod_func_uint8_t_u_u(4UL, ((*g_176) | ((l_475 != (void*)0) & (safe_mul_func_int8_t_s_s(((l_426[1] = g_478[1][0]) & p_4), g_180)))))) ^ 0x42L)) , (void*)0));
                l_426[0] &= (((*l_493) = ((safe_mod_func_uint16_t_u_u((((safe_add_func_int16_t_s_s(l_484, (safe_mod_func_uint64_t_u_u((--g_217), g_50)))) >= (l_456[0][1] , (((*g_464) == ((*l_489) = l_475)) == p_4))) || l_492), g_242)) , (void*)0)) == &p_3);
                (*l_302) = l_479;
                l_509 = ((((((0xEAL ^ (l_508 = (safe_lshift_func_int8_t_s_u(((!(safe_lshift_func_int16_t_s_u(((safe_mod_func_int8_t_s_s((8UL <= (safe_div_func_int32_t_s_s((l_426[0] = (p_3 & ((**l_320) = ((+l_433) , (safe_lshift_func_int16_t_s_s(l_507, 7)))))), 0x74FA4FE9L))), 0x0DL)) || 1L), 5))) , g_478[1][0]), 7)))) ^ 5L) != g_247) == (-6L)) , 0xE4L) > p_5);
            }
            if (l_371[3])
                continue;
        }
        l_524 = (safe_mul_func_int8_t_s_s((((*l_513) = l_512) != ((*l_514) = &g_413)), (safe_mod_func_int32_t_s_s(4L, (((safe_rshift_func_uint8_t_u_s((0x5AFD7CBB6A8BB5C4LL & (safe_mul_func_int16_t_s_s((safe_lshift_func_uint8_t_u_s(l_321, l_321)), g_19))), l_459)) | (*g_114)) || g_418)))));
    }
    return p_5;
}
static const int16_t  func_13(uint32_t  p_14, int16_t  p_15, uint64_t  p_16)
{ 
    int32_t l_48 = (-1L);
    int8_t *l_49[3];
    int32_t *l_51 = &g_19;
    int16_t *l_90 = &g_66;
    int32_t l_91 = (-10L);
    int64_t *l_109 = &g_64;
    int32_t l_139 = 0x822F143AL;
    int32_t l_140 = 0x4CF6C4FFL;
    int32_t l_141 = 0x490029EFL;
    int64_t l_142[3][3];
    int32_t l_143 = (-1L);
    int32_t l_145 = 0xABCEE763L;
    uint32_t l_187 = 0x64A91896L;
    int32_t *l_192[4][2] = {{&l_140,&l_140},{(void*)0,&l_140},{&l_140,(void*)0},{&l_140,&l_140}};
    uint32_t l_193[1][1];
    int8_t l_258 = (-1L);
    const uint32_t l_293 = 4294967294UL;
    uint32_t l_294 = 0xC7ACA809L;
    int i, j;
    for (i = 0; i < 3; i++)
        l_49[i] = &g_50;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
            l_142[i][j] = 0x43D512287F110A1BLL;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_193[i][j] = 0x3F2653F4L;
    }
    if (((*l_51) = (safe_div_func_int8_t_s_s((safe_sub_func_uint8_t_u_u(((p_16 < ((safe_mod_func_int8_t_s_s((l_48 = (((safe_lshift_func_int16_t_s_s((safe_div_func_int64_t_s_s((((safe_div_func_int8_t_s_s((((safe_div_func_int8_t_s_s((~(safe_div_func_uint64_t_u_u(1UL, (safe_sub_func_int32_t_s_s((((0L & ((safe_rshift_func_int8_t_s_s(((safe_sub_func_int32_t_s_s((safe_div_func_int16_t_s_s(((safe_sub_func_int64_t_s_s(l_48, (l_48 > p_16))) <= 0x46L), 0x67C8L)), 9UL)) > g_19), 4)) & g_19)) && g_19) & p_15), l_48))))), l_48)) >= l_48) == 0UL), 0x67L)) || g_19) != p_15), g_19)), 0)) < g_19) & 0x4860C01EF4FC6A3FLL)), g_50)) , g_19)) && g_19), 255UL)), 1UL))))
    { 
        uint32_t l_60 = 0x02089CE3L;
        int32_t **l_70 = &l_51;
        int32_t l_101 = 0xBBF73BC9L;
        int32_t l_131 = 0L;
        int32_t l_132 = 0L;
        int32_t l_133 = (-1L);
        int32_t l_134 = 1L;
        int32_t l_137 = 0L;
        int32_t l_146 = 0L;
        int32_t l_147 = 1L;
        uint32_t l_148 = 7UL;
        if (g_50)
        { 
            int64_t *l_63 = &g_64;
            int16_t *l_65 = &g_66;
            int32_t l_85 = 0x6DD75471L;
            const uint32_t l_86 = 0xD53C4A2FL;
            int32_t l_87 = 0xC8B8ECDEL;
            if ((safe_mod_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_u((safe_sub_func_uint8_t_u_u(((((safe_mul_func_int16_t_s_s(((*l_65) ^= ((((*l_63) ^= (l_60 , ((*l_51) >= (safe_lshift_func_uint8_t_u_u(p_15, 7))))) <= 1L) | p_16)), p_16)) <= g_19) <= p_16) & 252UL), l_60)), p_14)), p_14)))
            { 
                int32_t **l_67 = &l_51;
                int16_t **l_88 = &l_65;
                int16_t **l_89[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_89[i] = (void*)0;
                (*l_67) = &g_19;
                if (p_14)
                    goto lbl_71;
lbl_71:
                (**l_67) = ((**l_67) , (safe_add_func_int8_t_s_s(0xFAL, ((l_70 == &l_51) >= (1UL | g_50)))));
                l_87 |= (safe_sub_func_int32_t_s_s(((((safe_mod_func_int32_t_s_s(g_50, (**l_70))) > ((safe_div_func_uint64_t_u_u(g_66, (safe_sub_func_int64_t_s_s((safe_add_func_int32_t_s_s((g_82 |= (*l_51)), ((safe_div_func_uint8_t_u_u(p_14, l_85)) | l_85))), g_66)))) , (*l_51))) > l_86) > g_64), (**l_67)));
                g_94 ^= (((((*l_88) = &g_66) != (l_90 = &g_66)) ^ ((l_91 | ((-4L) >= (safe_mod_func_int16_t_s_s(p_14, (-1L))))) < (*l_51))) || p_16);
            }
            else
            { 
                int32_t *l_95 = (void*)0;
                int32_t *l_96 = &l_48;
                int32_t *l_97 = &l_91;
                int32_t *l_98 = &l_91;
                int32_t *l_99[1];
                int32_t l_100 = 0L;
                int i;
                for (i = 0; i < 1; i++)
                    l_99[i] = &l_91;
                ++g_102[2][0];
                (*l_97) = (l_87 > ((*l_70) != (void*)0));
                (*l_51) = (((void*)0 != &l_85) | 1L);
            }
        }
        else
        { 
            int64_t *l_112[3];
            int32_t **l_115[3][1];
            int i, j;
            for (i = 0; i < 3; i++)
                l_112[i] = (void*)0;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_115[i][j] = &l_51;
            }
            for (p_14 = (-7); (p_14 >= 25); p_14 = safe_add_func_int32_t_s_s(p_14, 2))
            { 
                int64_t **l_110 = (void*)0;
                int64_t **l_111[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_111[i] = &l_109;
                (**l_70) = (safe_add_func_int16_t_s_s(1L, ((((l_112[0] = l_109) == (void*)0) ^ g_19) ^ (((p_15 , g_102[2][1]) , g_113[1][1]) != l_115[1][0]))));
                (*l_70) = (p_14 , &l_48);
            }
            for (g_50 = 0; (g_50 <= 2); g_50 += 1)
            { 
                uint16_t l_116 = 0xB9ACL;
                int32_t * const l_117 = &l_101;
                int32_t **l_118[3];
                int32_t **l_119 = &l_51;
                int i;
                for (i = 0; i < 3; i++)
                    l_118[i] = &l_51;
                l_116 &= (*l_51);
                if (p_15)
                    break;
                (*l_119) = l_117;
                (*l_117) = (safe_mod_func_uint8_t_u_u((((void*)0 == l_49[g_50]) > (((~(((((&g_64 != (l_112[g_50] = l_112[1])) != (**l_70)) > 0xEBL) < 0x9BL) != g_66)) == g_50) | (**l_119))), 8L));
            }
        }
        for (l_60 = 25; (l_60 == 59); ++l_60)
        { 
            uint8_t l_125 = 3UL;
            int32_t l_135 = 9L;
            int32_t l_136 = 0x44F86472L;
            int32_t l_138[4] = {0x70005B71L,0x70005B71L,0x70005B71L,0x70005B71L};
            int32_t l_144 = 0x221B169AL;
            int i;
            for (l_101 = 0; (l_101 <= 2); l_101 += 1)
            { 
                int32_t *l_128 = &l_91;
                int32_t l_129 = 0x8C401F3CL;
                int32_t *l_130[2][4] = {{&g_19,&g_19,&g_19,&g_19},{&g_19,&g_19,&g_19,&g_19}};
                int i, j;
                (*g_114) |= (l_125 = ((0x3C99L <= g_102[l_101][l_101]) == ((void*)0 != &l_91)));
                (*g_114) = (safe_mod_func_int8_t_s_s(g_64, g_94));
                --l_148;
            }
        }
    }
    else
    { 
        int16_t l_168 = (-1L);
        uint8_t l_178 = 0x57L;
        int32_t *l_181 = &l_91;
        for (g_82 = (-3); (g_82 >= 47); g_82++)
        { 
            int64_t **l_154[3];
            int i;
            for (i = 0; i < 3; i++)
                l_154[i] = (void*)0;
            (*l_51) = ((g_155 = &g_151) == (void*)0);
            if ((*l_51))
                break;
        }
        if ((*l_51))
        { 
            int16_t **l_174 = &l_90;
            (*l_51) |= (0x17L || 0x55L);
            for (l_145 = 0; (l_145 < 13); ++l_145)
            { 
                int16_t ***l_171 = (void*)0;
                int16_t **l_173 = &l_90;
                int16_t ***l_172 = &l_173;
                int16_t ***l_177 = &l_174;
                const int32_t l_179 = 0xCA523A44L;
                int32_t **l_182 = (void*)0;
                int32_t **l_183 = &l_51;
                (*l_51) = ((safe_mod_func_int64_t_s_s((((p_15 , (((safe_mul_func_int8_t_s_s((safe_add_func_uint32_t_u_u((((((safe_mul_func_uint8_t_u_u(l_168, (safe_mul_func_uint8_t_u_u(l_168, (l_178 ^= ((((*l_172) = &l_90) == ((*l_177) = (g_175 = l_174))) , (*l_51))))))) || 8UL) , p_15) == p_16) & l_179), g_64)), 0xAFL)) >= 0UL) , 0xA54EL)) ^ g_151) >= g_180), (*g_155))) < p_16);
                (*l_183) = l_181;
            }
        }
        else
        { 
            int32_t *l_190[2][3] = {{&l_141,&l_141,&l_141},{&l_145,&l_145,&l_145}};
            int32_t **l_191 = &l_181;
            int i, j;
            (*l_181) ^= (((((safe_unary_minus_func_uint32_t_u(((0L < ((*l_51) , (18446744073709551614UL >= p_14))) ^ ((safe_div_func_int64_t_s_s(((0xEFL ^ l_187) < g_66), (*g_155))) < 0UL)))) <= 0x7025L) ^ p_14) ^ g_151) , (-10L));
            for (l_168 = 0; (l_168 <= 2); l_168 += 1)
            { 
                (*g_114) ^= ((*l_181) = (safe_rshift_func_int16_t_s_u((0xED00F0193F488766LL == (*g_155)), 12)));
            }
            (*l_191) = l_190[1][1];
        }
    }
    l_193[0][0]--;
    if ((p_16 != (-1L)))
    { 
        int32_t *l_196 = (void*)0;
        int32_t l_201 = (-3L);
        l_192[0][1] = l_196;
        l_201 ^= (((((p_15 , &l_90) == (void*)0) && (safe_add_func_int64_t_s_s(0xFAB35A4D2AB853E7LL, (safe_lshift_func_uint8_t_u_s(0xE9L, g_19))))) , g_66) && g_151);
    }
    else
    { 
        uint16_t l_213[1];
        const int16_t *l_235[4][1] = {{&g_66},{&g_66},{&g_66},{&g_66}};
        const int16_t * const *l_234 = &l_235[2][0];
        const int16_t * const **l_233 = &l_234;
        const int32_t *l_248[1];
        int32_t *l_250[3];
        int64_t **l_252 = &l_109;
        uint64_t *l_256 = &g_217;
        uint32_t l_292 = 4294967295UL;
        int i, j;
        for (i = 0; i < 1; i++)
            l_213[i] = 65532UL;
        for (i = 0; i < 1; i++)
            l_248[i] = &g_249[1];
        for (i = 0; i < 3; i++)
            l_250[i] = (void*)0;
        if (p_15)
        { 
            int32_t **l_202 = &l_192[0][1];
            uint16_t *l_211 = (void*)0;
            uint16_t *l_212 = &g_180;
            (*l_202) = (void*)0;
            l_213[0] = (((g_102[2][0] != (((safe_div_func_uint32_t_u_u(g_102[0][1], (safe_rshift_func_uint16_t_u_u(((safe_rshift_func_uint16_t_u_s(((*l_212) &= (safe_sub_func_uint8_t_u_u((g_94 , 0x25L), p_16))), 2)) || 0xF4L), 2)))) == 65531UL) || p_14)) & (-1L)) , p_15);
        }
        else
        { 
            int64_t l_222 = (-1L);
            uint8_t *l_241 = &g_242;
            int32_t l_243[2];
            uint32_t l_244 = 5UL;
            uint64_t *l_257 = (void*)0;
            int32_t l_271 = (-1L);
            int32_t l_286 = 0xD8F51295L;
            int i;
            for (i = 0; i < 2; i++)
                l_243[i] = 0xCC1243A7L;
            for (l_145 = 1; (l_145 != 3); ++l_145)
            { 
                uint64_t *l_216 = &g_217;
                int32_t **l_218 = (void*)0;
                int32_t **l_219[4][1] = {{(void*)0},{&l_192[0][1]},{(void*)0},{&l_192[0][1]}};
                int i, j;
                l_192[0][1] = (((*l_216) = p_14) , &l_141);
                return p_15;
            }
            if (((((*l_90) &= (((safe_div_func_int32_t_s_s(((l_222 , (safe_lshift_func_int8_t_s_u(0xB3L, 6))) , ((0xF986L && ((safe_lshift_func_int8_t_s_s((safe_lshift_func_uint8_t_u_s((l_243[0] = ((safe_lshift_func_int16_t_s_s(((safe_add_func_uint64_t_u_u(((l_233 != (((((*l_241) = ((+(safe_mul_func_int16_t_s_s(((safe_mod_func_uint64_t_u_u(p_14, 1L)) > p_14), l_222))) , g_50)) , l_213[0]) > l_222) , (void*)0)) & (*g_114)), (*g_155))) , 0x6EB5L), 14)) || g_151)), l_222)), 4)) , l_213[0])) , l_244)), 0xFAAC2A5FL)) , g_64) > p_16)) || 65535UL) == l_222))
            { 
                const int32_t *l_246 = &g_247;
                const int32_t **l_245[2][2] = {{&l_246,&l_246},{&l_246,&l_246}};
                uint32_t *l_251[1][3];
                int32_t l_253 = (-6L);
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_251[i][j] = &l_193[0][0];
                }
                l_253 &= ((((l_248[0] = &l_48) == l_250[0]) | ((p_14 = l_222) < (l_252 == &g_155))) ^ 4294967292UL);
            }
            else
            { 
                uint16_t *l_269 = &l_213[0];
                int32_t l_270 = 0L;
                l_271 &= (((((*l_241) = 255UL) <= (safe_mul_func_int8_t_s_s((l_258 |= (l_256 != l_257)), (safe_mod_func_uint16_t_u_u(((safe_div_func_int16_t_s_s(((safe_lshift_func_uint16_t_u_s(((*l_269) = (safe_div_func_int32_t_s_s((safe_unary_minus_func_int64_t_s((*g_155))), (+(*g_114))))), l_270)) > 0x03L), 1L)) , 0xB152L), p_14))))) > (-7L)) != l_243[0]);
                return p_16;
            }
            if (p_15)
            { 
                uint8_t l_285 = 0x42L;
                (*g_114) = (safe_lshift_func_uint8_t_u_s((safe_add_func_uint32_t_u_u((safe_add_func_int32_t_s_s((safe_div_func_int32_t_s_s((2L & ((safe_div_func_int64_t_s_s((0L || (((safe_lshift_func_uint16_t_u_u((((void*)0 == &l_51) && (((((+1UL) && p_15) == g_242) & g_217) ^ l_285)), p_14)) , p_16) , g_94)), l_244)) , g_249[1])), g_82)), g_242)), (-10L))), l_286));
            }
            else
            { 
                const uint32_t l_287 = 0x0C697CCCL;
                return l_287;
            }
            l_243[1] = (safe_mod_func_int32_t_s_s((l_241 != &g_50), (p_14 = ((safe_mul_func_int8_t_s_s(((l_49[2] = l_241) == l_241), 0x57L)) , p_15))));
        }
        l_292 &= ((*g_114) = (*g_114));
        return l_293;
    }
    ++l_294;
    return p_16;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_19, "g_19", print_hash_value);
    transparent_crc(g_50, "g_50", print_hash_value);
    transparent_crc(g_64, "g_64", print_hash_value);
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_94, "g_94", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_102[i][j], "g_102[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_151, "g_151", print_hash_value);
    transparent_crc(g_180, "g_180", print_hash_value);
    transparent_crc(g_217, "g_217", print_hash_value);
    transparent_crc(g_242, "g_242", print_hash_value);
    transparent_crc(g_247, "g_247", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_249[i], "g_249[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_299, "g_299", print_hash_value);
    transparent_crc(g_369, "g_369", print_hash_value);
    transparent_crc(g_418, "g_418", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_425[i][j], "g_425[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_478[i][j], "g_478[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_491, "g_491", print_hash_value);
    transparent_crc(g_627, "g_627", print_hash_value);
    transparent_crc(g_678, "g_678", print_hash_value);
    transparent_crc(g_683, "g_683", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
