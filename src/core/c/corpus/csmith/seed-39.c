#include "csmith.h"
static long __undefined;
static int32_t g_7 = 0x37D8E6E8L;
static uint32_t g_15 = 0x434678DCL;
static int32_t g_17 = 0x21E0BEC0L;
static int32_t g_31 = 0L;
static uint32_t g_36 = 18446744073709551615UL;
static const int32_t g_39 = 0x464D91B0L;
static int32_t *g_44 = &g_7;
static uint16_t g_53 = 0UL;
static int64_t g_56 = (-2L);
static int8_t g_63 = 0L;
static uint16_t *g_66 = &g_53;
static uint64_t g_79[3][3] = {{0xA00669673C8243C0LL,0xA00669673C8243C0LL,0xA00669673C8243C0LL},{0x78B939845F054F52LL,0xB99C015C408CDC70LL,0x78B939845F054F52LL},{0xA00669673C8243C0LL,0xA00669673C8243C0LL,0xA00669673C8243C0LL}};
static int32_t g_111 = 0x435D61FAL;
static int8_t g_127 = 0x44L;
static int16_t g_152[2] = {(-1L),(-1L)};
static int8_t g_155 = 8L;
static int32_t **g_236 = &g_44;
static int32_t *** const g_235 = &g_236;
static uint16_t g_252 = 65535UL;
static uint64_t g_276 = 0xDB2FD4F28701D9D4LL;
static uint32_t g_279[1] = {1UL};
static int32_t g_297 = 1L;
static int64_t g_298 = (-4L);
static int64_t g_302 = 1L;
static uint8_t g_303 = 0x98L;
static uint16_t **g_307[1][4] = {{&g_66,&g_66,&g_66,&g_66}};
static uint16_t ** const *g_306 = &g_307[0][2];
static int16_t *g_322 = &g_152[1];
static uint32_t g_339 = 0UL;
static int64_t *g_347[1] = {(void*)0};
static uint8_t g_363 = 0x15L;
static uint32_t g_367 = 0x5B71DC9CL;
static uint32_t g_370 = 0x607A46C0L;
static uint32_t g_373 = 5UL;
static uint16_t g_378[2][2] = {{0x8ADAL,0x8ADAL},{0x8ADAL,0x8ADAL}};
static uint32_t g_384[2] = {3UL,3UL};
static int8_t g_436 = 0x6EL;
static uint8_t *g_461 = &g_363;
static uint32_t g_475[2] = {0xDED6B330L,0xDED6B330L};
static uint64_t g_478 = 3UL;
static uint32_t g_502 = 1UL;
static const uint16_t g_535 = 65535UL;
static int8_t g_560 = (-1L);
static int16_t g_562[1] = {0x580AL};
static uint32_t g_565 = 4294967295UL;
static int8_t  func_1(void);
static int32_t  func_2(uint16_t  p_3, int64_t  p_4, const uint32_t  p_5, const uint32_t  p_6);
static int16_t  func_10(uint32_t  p_11, int16_t  p_12, int8_t  p_13);
static int8_t  func_1(void)
{ 
    int32_t l_14 = 0x61BAB593L;
    int32_t l_381 = (-5L);
    int32_t l_383 = 1L;
    int64_t *l_437 = &g_302;
    int8_t l_469[2][2];
    int32_t l_472 = 0x9656A59FL;
    int32_t l_473 = 0xC8367CACL;
    int32_t l_474[2][4] = {{0xC961BB7CL,0L,0L,0xC961BB7CL},{0L,0xC961BB7CL,0L,0L}};
    uint16_t ***l_519[4][1] = {{&g_307[0][2]},{&g_307[0][2]},{&g_307[0][2]},{&g_307[0][2]}};
    uint16_t l_520 = 0xEB55L;
    int8_t l_523 = 0x79L;
    int32_t ***l_527[2][4] = {{&g_236,&g_236,&g_236,&g_236},{&g_236,&g_236,&g_236,&g_236}};
    int32_t ****l_526[2];
    int16_t *l_530 = &g_152[1];
    int64_t l_545[2][1];
    uint32_t l_547 = 1UL;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_469[i][j] = (-1L);
    }
    for (i = 0; i < 2; i++)
        l_526[i] = &l_527[1][1];
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_545[i][j] = (-1L);
    }
    if (func_2((g_7 |= 65530UL), (safe_mod_func_int16_t_s_s(func_10(l_14, ((g_15 >= 0L) , (((g_15 >= g_15) == 0x671013923CCDE6BCLL) < g_15)), l_14), 1UL)), l_14, g_39))
    { 
        int32_t *l_355[3];
        uint32_t *l_359 = &g_279[0];
        uint32_t l_420 = 1UL;
        int16_t *l_444 = (void*)0;
        int i;
        for (i = 0; i < 3; i++)
            l_355[i] = &g_7;
        (*g_236) = (**g_235);
        if ((safe_mod_func_uint16_t_u_u(((safe_mod_func_uint32_t_u_u((safe_add_func_uint64_t_u_u((l_355[1] != (*g_236)), l_14)), (g_79[1][2] ^ (((((safe_add_func_uint64_t_u_u((+((*l_359) ^= 0xCC2DD6A5L)), g_155)) , (void*)0) != (*g_306)) < (***g_235)) != l_14)))) >= (***g_235)), (*g_322))))
        { 
            uint32_t l_360 = 1UL;
            int32_t l_361 = 0x72574D59L;
            int16_t l_362 = (-2L);
            (**g_236) = l_360;
lbl_366:
            --g_363;
            for (g_53 = 0; (g_53 <= 1); g_53 += 1)
            { 
                int i;
                if (g_127)
                    goto lbl_366;
                if (g_152[g_53])
                    break;
                ++g_367;
            }
            if ((**g_236))
            { 
                int8_t l_376[4][2] = {{0L,0L},{0L,0L},{0L,0L},{0L,0L}};
                int32_t l_377[4];
                int i, j;
                for (i = 0; i < 4; i++)
                    l_377[i] = (-1L);
                g_370--;
                g_373++;
                g_378[0][0]++;
                return l_14;
            }
            else
            { 
                int16_t l_382[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_382[i] = 1L;
                g_384[1]--;
            }
        }
        else
        { 
            int32_t *l_402 = &l_14;
            int32_t l_417 = 0xB9AE6CDDL;
            uint32_t l_438 = 0x37D37DEEL;
            int64_t *l_442 = &g_298;
            int64_t l_443 = 0x2C2651EEC7222330LL;
            int32_t *l_451 = &g_297;
            if ((safe_sub_func_int64_t_s_s((((safe_lshift_func_uint8_t_u_s((safe_div_func_int8_t_s_s(g_276, (safe_mod_func_int32_t_s_s((((*g_322) < (~(*g_322))) >= ((safe_lshift_func_int16_t_s_s((safe_mod_func_int64_t_s_s((safe_sub_func_int32_t_s_s((((l_402 == (*g_236)) > 65530UL) && g_111), l_383)), g_252)), (*g_322))) || l_383)), 0xD460E461L)))), g_378[0][0])) , (void*)0) != (void*)0), g_252)))
            { 
                int8_t *l_418 = (void*)0;
                int8_t *l_419[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_419[i] = &g_127;
                (*g_236) = l_402;
                g_17 = (0UL != (l_420 = ((1L ^ (-3L)) && (safe_div_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_s((safe_mod_func_uint64_t_u_u((safe_add_func_uint16_t_u_u(((*g_66) = ((safe_rshift_func_int16_t_s_u((safe_add_func_int16_t_s_s((g_370 , ((*g_322) ^= ((safe_add_func_int16_t_s_s((((*l_402) = 0L) || l_14), l_383)) != (-1L)))), 0xE8C4L)), 7)) | (-10L))), g_111)), 0x64E1BE4F0D6DF043LL)), g_63)), l_417)))));
            }
            else
            { 
                int16_t l_427[2][4] = {{(-6L),(-6L),(-6L),(-6L)},{(-6L),(-6L),(-6L),(-6L)}};
                int i, j;
                (*g_236) = ((g_298 , (safe_mul_func_uint16_t_u_u((***g_306), (safe_add_func_uint16_t_u_u(((safe_sub_func_uint16_t_u_u(((void*)0 != (*g_235)), (((*l_402) , (**g_235)) != (*g_236)))) >= l_427[1][3]), (*l_402)))))) , (void*)0);
                l_14 &= 0x24457819L;
                l_438 |= (65527UL != (((((0x3CL > ((((safe_add_func_int64_t_s_s((((safe_mul_func_uint16_t_u_u((((((safe_rshift_func_uint8_t_u_s((*l_402), 1)) && (((safe_sub_func_uint32_t_u_u(((*l_359) |= ((*l_402) | g_297)), l_14)) ^ l_381) ^ l_427[1][2])) == (*l_402)) >= (*l_402)) == 0xFBDE80AEL), 0x064BL)) > l_427[1][3]) , g_436), l_381)) == 1UL) | g_298) , g_302)) , l_437) != (void*)0) == l_383) != 247UL));
            }
            for (g_339 = 0; (g_339 != 7); g_339 = safe_add_func_int16_t_s_s(g_339, 7))
            { 
                int16_t l_441 = (-5L);
                return l_441;
            }
            if ((((((*l_442) = ((*l_437) = (*l_402))) == ((l_443 & ((void*)0 == l_444)) ^ (((*l_451) |= (safe_lshift_func_int8_t_s_s((((safe_div_func_int64_t_s_s((((!(safe_unary_minus_func_uint32_t_u(g_363))) != (*l_402)) >= (*g_322)), 18446744073709551615UL)) == 0x00D979EBE1A27A49LL) < 0xBE78L), 5))) , (*g_66)))) < (*l_402)) >= l_383))
            { 
                uint8_t *l_452 = &g_303;
                const int32_t l_459 = (-10L);
                int32_t **l_460 = &l_355[2];
                (*l_402) = (g_276 , ((*l_402) || ((((((((*l_452) = 0xF3L) , (*l_402)) , (safe_rshift_func_int16_t_s_u((((safe_lshift_func_int16_t_s_s((((*l_359) |= (safe_add_func_int16_t_s_s(((void*)0 == &g_306), 0xD6CFL))) | (-5L)), l_459)) > g_53) | (-4L)), (*g_66)))) < l_459) ^ (*l_402)) <= 4294967290UL) || (-7L))));
                (*l_460) = ((**g_235) = (**g_235));
                return g_436;
            }
            else
            { 
                const uint32_t l_466 = 1UL;
                int8_t *l_470 = &g_436;
                int8_t *l_471[2][4];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_471[i][j] = &g_127;
                }
                l_417 &= ((*l_402) = (((g_461 = &g_363) == ((safe_mod_func_int32_t_s_s((safe_div_func_int8_t_s_s(l_466, (g_155 = (safe_sub_func_int32_t_s_s((l_469[1][0] = (g_367 & 247UL)), (((((*l_470) = (l_381 == l_466)) || g_384[0]) || (*g_322)) >= g_367)))))), 8L)) , &g_363)) & 1UL));
                (*g_236) = (**g_235);
            }
        }
        g_475[0]++;
        ++g_478;
    }
    else
    { 
        uint16_t *l_481 = &g_378[0][0];
        int32_t l_486 = 0x2105E2EAL;
        int16_t **l_487[2];
        int32_t *l_498 = &l_474[1][1];
        int32_t l_501 = 2L;
        int i;
        for (i = 0; i < 2; i++)
            l_487[i] = &g_322;
        (**g_236) = (((*l_481) = ((*g_66) = 0x2B96L)) <= ((safe_div_func_int8_t_s_s(0L, (safe_sub_func_int64_t_s_s(((l_486 , &g_152[1]) == (g_322 = l_481)), l_472)))) < 0L));
        if ((l_486 , l_486))
        { 
            int32_t l_495[4][4] = {{(-7L),(-4L),(-4L),(-7L)},{(-4L),(-7L),(-4L),(-4L)},{(-7L),(-7L),0x85285A8CL,(-7L)},{(-7L),(-4L),(-4L),(-7L)}};
            int32_t *l_496 = (void*)0;
            int i, j;
            for (g_7 = (-28); (g_7 > (-10)); ++g_7)
            { 
                int32_t *l_493 = &g_7;
                int32_t *l_494[2];
                int32_t **l_497 = &l_493;
                int i;
                for (i = 0; i < 2; i++)
                    l_494[i] = &l_486;
                l_495[0][2] = (+((l_469[1][0] < g_36) < (((*g_66) = l_486) < (0xD4L != ((**g_235) == l_493)))));
                l_498 = (l_495[0][0] , ((*l_497) = ((*g_236) = l_496)));
                if (l_486)
                    break;
            }
        }
        else
        { 
            uint16_t ***l_499 = &g_307[0][3];
            int32_t *l_500[4][4] = {{&l_474[1][1],&l_474[1][1],&l_474[1][1],&l_474[1][1]},{&l_474[1][1],&l_474[1][1],&l_474[1][1],&l_474[1][1]},{&l_474[1][1],&l_474[1][1],&l_474[1][1],&l_474[1][1]},{&l_474[1][1],&l_474[1][1],&l_474[1][1],&l_474[1][1]}};
            int i, j;
            (**g_236) = (g_79[1][1] <= (((*l_499) = &l_481) == &l_481));
            g_502++;
        }
        (*g_236) = (*g_236);
        l_520 |= ((g_152[1] == ((l_14 > (safe_lshift_func_int16_t_s_s(((((((((safe_add_func_uint32_t_u_u((safe_mul_func_int8_t_s_s((safe_rshift_func_uint16_t_u_s(l_474[1][1], 0)), (~(safe_mul_func_uint8_t_u_u(0xCFL, ((*g_461) = (+((*g_66)++)))))))), (g_478 , 0x90156081L))) || g_127) & l_383) >= l_14) , &g_307[0][2]) != l_519[2][0]) | l_469[1][1]) && 246UL), (*g_322)))) ^ 65529UL)) != 0x42L);
    }
    if (((((safe_mul_func_int16_t_s_s(l_469[1][0], 0xC341L)) , (l_523 == g_31)) , (safe_mul_func_uint8_t_u_u((l_526[0] != &l_527[1][1]), (*g_461)))) && (*g_461)))
    { 
        int16_t *l_528 = &g_152[0];
        int16_t **l_529 = &l_528;
        int32_t l_546 = (-9L);
        uint64_t *l_548 = &g_79[2][2];
        int32_t l_553 = 0x79BB2DEDL;
lbl_557:
        (*g_236) = ((((((*l_529) = l_528) == l_530) == (g_17 = ((safe_sub_func_int8_t_s_s((safe_sub_func_int64_t_s_s(g_535, ((*l_548) = (safe_unary_minus_func_uint16_t_u((safe_add_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_u((safe_div_func_uint64_t_u_u(g_303, (((safe_div_func_uint64_t_u_u((((((*l_437) = (l_545[0][0] , l_546)) == l_546) > l_546) == 0x55C354A9L), g_111)) && g_56) , l_546))), 1)) && l_547), l_546))))))), (*g_461))) , 1L))) && l_546) , &l_546);
        if ((safe_rshift_func_uint16_t_u_u(((*g_66) = l_546), (l_546 , (((g_15 < (**g_236)) >= ((l_553 &= (safe_lshift_func_int8_t_s_s(g_475[1], g_17))) <= l_546)) & 18446744073709551606UL)))))
        { 
            uint32_t l_554 = 0x8D5E427BL;
            return l_554;
        }
        else
        { 
            int8_t l_558 = (-6L);
            int32_t l_561 = 0x41093E39L;
            int32_t l_564 = 3L;
            uint16_t ** const **l_572[3];
            uint16_t ** const ***l_573 = &l_572[1];
            int i;
            for (i = 0; i < 3; i++)
                l_572[i] = &g_306;
            for (g_155 = 0; (g_155 <= (-28)); g_155--)
            { 
                if (l_520)
                    goto lbl_557;
                (*g_236) = (**g_235);
                if ((***g_235))
                    break;
                if (g_252)
                    goto lbl_557;
            }
            for (g_370 = 0; (g_370 <= 0); g_370 += 1)
            { 
                int64_t l_559[1][4] = {{0x3FBB83429917DDCDLL,0x3FBB83429917DDCDLL,0x3FBB83429917DDCDLL,0x3FBB83429917DDCDLL}};
                int32_t l_563[3];
                int i, j;
                for (i = 0; i < 3; i++)
                    l_563[i] = (-1L);
                g_565++;
            }
            (*g_44) |= (0x1273181E3B734F51LL && (safe_add_func_uint64_t_u_u(((*g_322) || (&l_519[3][0] == ((*l_573) = ((safe_sub_func_int8_t_s_s((((void*)0 != &g_302) >= g_436), g_339)) , l_572[1])))), l_553)));
            l_561 &= ((*g_44) = l_564);
        }
    }
    else
    { 
        uint32_t *l_575 = &g_502;
        int32_t l_578 = 1L;
        int8_t *l_579 = (void*)0;
        int8_t *l_580 = &l_469[1][0];
        int64_t l_589 = (-1L);
        (**g_235) = (**g_235);
        if ((g_7 = (((-1L) <= ((*l_580) = (((+(252UL == ((((((void*)0 != (**g_235)) && ((((*l_575)++) && 0UL) || (*g_66))) || 1L) & (*g_66)) <= l_578))) <= l_578) & (*g_322)))) < (-1L))))
        { 
            l_578 |= (g_7 = (&g_276 != (void*)0));
            l_578 = (-4L);
        }
        else
        { 
            const int32_t *l_584 = (void*)0;
            const int32_t ** const l_583 = &l_584;
            const int32_t ** const * const l_582 = &l_583;
            const int32_t ** const * const *l_581 = &l_582;
            int32_t l_590 = 0x4FBE6FAAL;
            g_17 &= (((void*)0 != l_581) || ((l_590 = ((((((65527UL < ((*g_66)++)) > 0x588D301AL) < ((*g_322) &= (safe_mul_func_uint16_t_u_u(l_578, 1UL)))) , l_578) == l_589) || l_578)) < g_155));
        }
    }
    (*g_236) = &g_7;
    return g_339;
}
static int32_t  func_2(uint16_t  p_3, int64_t  p_4, const uint32_t  p_5, const uint32_t  p_6)
{ 
    int32_t *l_42 = &g_17;
    int32_t l_58 = (-1L);
    uint16_t l_104 = 65534UL;
    int8_t l_130 = 0xF4L;
    uint16_t l_234 = 0UL;
    const int32_t * const l_248[3] = {(void*)0,(void*)0,(void*)0};
    const int32_t *l_249 = &l_58;
    int32_t l_251 = 0x3A15DAAAL;
    uint16_t **l_268[2];
    int32_t ***l_289 = &g_236;
    int32_t l_300 = 0x7FCB6C75L;
    const uint16_t *l_330 = (void*)0;
    const uint16_t **l_329[1][1];
    const uint16_t ***l_328 = &l_329[0][0];
    const uint16_t **** const l_327 = &l_328;
    int i, j;
    for (i = 0; i < 2; i++)
        l_268[i] = (void*)0;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_329[i][j] = &l_330;
    }
    for (g_17 = 21; (g_17 > (-23)); g_17 = safe_sub_func_int16_t_s_s(g_17, 4))
    { 
        int32_t **l_43 = (void*)0;
        int32_t ***l_45 = &l_43;
        int32_t l_77 = 0xB237E2CAL;
        int32_t l_78 = 0xDDD2E786L;
        int64_t *l_126 = &g_56;
        int8_t *l_131 = &l_130;
        l_42 = (g_44 = l_42);
        if ((*g_44))
            continue;
        if ((((*l_45) = l_43) != (void*)0))
        { 
            uint16_t *l_52[2];
            int32_t l_54 = 1L;
            int64_t *l_55 = &g_56;
            int i;
            for (i = 0; i < 2; i++)
                l_52[i] = &g_53;
            if ((*g_44))
                break;
            if ((l_58 = (safe_mul_func_int16_t_s_s((safe_mul_func_int16_t_s_s((0x425A33ED863780D7LL || ((*l_55) &= (safe_mul_func_uint16_t_u_u((l_54 = g_7), g_15)))), (safe_unary_minus_func_int64_t_s(4L)))), (65530UL >= g_7)))))
            { 
                return (*g_44);
            }
            else
            { 
                return l_54;
            }
        }
        else
        { 
            int8_t *l_61 = (void*)0;
            int8_t *l_62 = &g_63;
            uint16_t *l_64 = &g_53;
            uint16_t **l_65[4];
            int32_t l_67 = (-7L);
            int32_t *l_68 = &l_67;
            int32_t *l_69 = &g_7;
            int32_t *l_70 = &l_67;
            int32_t *l_71 = &l_67;
            int32_t *l_72 = &l_67;
            int32_t *l_73 = &l_67;
            int32_t *l_74 = &l_67;
            int32_t *l_75 = &l_67;
            int32_t *l_76[2];
            const uint64_t l_110[1][1] = {{0x7BD3F66FFE49794ELL}};
            int i, j;
            for (i = 0; i < 4; i++)
                l_65[i] = &l_64;
            for (i = 0; i < 2; i++)
                l_76[i] = &l_67;
            l_67 = (safe_lshift_func_uint8_t_u_s(((((((p_6 , ((void*)0 != &l_58)) <= ((((((*l_62) = g_31) , (g_66 = l_64)) != &g_53) | g_17) == (*g_44))) || 0L) || p_4) < g_17) == (-10L)), p_6));
            g_79[2][2]++;
            for (g_56 = 0; (g_56 > (-15)); --g_56)
            { 
                int32_t l_94 = 0x62EA1E67L;
            }
        }
        if ((safe_div_func_int8_t_s_s(((safe_rshift_func_int16_t_s_u(((safe_mod_func_int16_t_s_s((safe_add_func_int32_t_s_s((*g_44), ((safe_mul_func_int8_t_s_s(((((*g_66) |= 0UL) , ((((((safe_mul_func_int16_t_s_s((((safe_mul_func_int16_t_s_s((((((*l_126) ^= g_53) <= (g_127 >= (((*l_131) = ((((safe_add_func_int32_t_s_s(l_130, g_79[2][2])) | 0x9CF6L) <= (*l_42)) > 4294967292UL)) , 0x1C95261AE0F1B3FFLL))) || (*g_44)) >= p_3), p_6)) | g_111) , p_6), (*l_42))) >= p_5) ^ 0xC791L) != (-8L)) | 0xF5299BB118774359LL) , &g_17)) != &l_58), (*l_42))) != 0xC277L))), 0x0FF7L)) <= p_4), p_3)) < 2L), (*l_42))))
        { 
            const int64_t l_142 = 1L;
            int16_t *l_151 = &g_152[1];
            int32_t *l_153 = &l_78;
            int32_t *l_154[1][4] = {{&l_58,&l_58,&l_58,&l_58}};
            int i, j;
            g_155 ^= (safe_mod_func_uint64_t_u_u((safe_mod_func_int32_t_s_s((safe_mod_func_int16_t_s_s(((safe_mul_func_int16_t_s_s((safe_lshift_func_int8_t_s_s(l_142, 1)), 0xDC67L)) | (safe_div_func_int32_t_s_s(((*l_153) = (safe_mod_func_uint64_t_u_u((g_17 < ((*l_151) = ((g_7 >= (((safe_add_func_int32_t_s_s(((((safe_sub_func_uint64_t_u_u((p_6 <= (*g_66)), p_4)) > g_36) > p_5) < (*l_42)), p_3)) == 1UL) == 0xCC949663287AF7B9LL)) & (*g_66)))), 0x93FE2A04F454AEDBLL))), 0x2FFF795CL))), 1UL)), p_5)), g_53));
        }
        else
        { 
            for (g_111 = 0; (g_111 == 26); g_111++)
            { 
                g_7 &= (*g_44);
            }
        }
    }
    return (**g_236);
}
static int16_t  func_10(uint32_t  p_11, int16_t  p_12, int8_t  p_13)
{ 
    int32_t *l_16 = &g_17;
    int32_t *l_18 = &g_17;
    int32_t *l_19 = &g_17;
    int32_t *l_20 = &g_17;
    int32_t l_21 = 0x7359B504L;
    int32_t *l_22 = &g_17;
    int32_t *l_23 = (void*)0;
    int32_t *l_24 = &g_17;
    int32_t *l_25 = &g_17;
    int32_t *l_26 = &l_21;
    int32_t *l_27 = &g_17;
    int32_t *l_28 = (void*)0;
    int32_t *l_29 = &g_17;
    int32_t *l_30 = &g_17;
    int32_t *l_32 = (void*)0;
    int32_t *l_33 = &g_17;
    int32_t l_34 = (-1L);
    int32_t *l_35[2];
    int i;
    for (i = 0; i < 2; i++)
        l_35[i] = &l_21;
    g_36--;
    return g_36;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_15, "g_15", print_hash_value);
    transparent_crc(g_17, "g_17", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    transparent_crc(g_53, "g_53", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_79[i][j], "g_79[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_111, "g_111", print_hash_value);
    transparent_crc(g_127, "g_127", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_152[i], "g_152[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_155, "g_155", print_hash_value);
    transparent_crc(g_252, "g_252", print_hash_value);
    transparent_crc(g_276, "g_276", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_279[i], "g_279[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_297, "g_297", print_hash_value);
    transparent_crc(g_298, "g_298", print_hash_value);
    transparent_crc(g_302, "g_302", print_hash_value);
    transparent_crc(g_303, "g_303", print_hash_value);
    transparent_crc(g_339, "g_339", print_hash_value);
    transparent_crc(g_363, "g_363", print_hash_value);
    transparent_crc(g_367, "g_367", print_hash_value);
    transparent_crc(g_370, "g_370", print_hash_value);
    transparent_crc(g_373, "g_373", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_378[i][j], "g_378[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_384[i], "g_384[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_436, "g_436", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_475[i], "g_475[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_478, "g_478", print_hash_value);
    transparent_crc(g_502, "g_502", print_hash_value);
    transparent_crc(g_535, "g_535", print_hash_value);
    transparent_crc(g_560, "g_560", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_562[i], "g_562[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_565, "g_565", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
