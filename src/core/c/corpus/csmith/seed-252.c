#include "csmith.h"
static long __undefined;
static int32_t g_2 = (-1L);
static int32_t g_5 = 2L;
static int32_t g_9 = (-1L);
static int8_t g_16[3] = {1L,1L,1L};
static uint16_t g_37 = 65535UL;
static uint16_t g_41 = 0x8F50L;
static int8_t g_53 = 0x50L;
static int32_t g_55[1][2] = {{(-1L),(-1L)}};
static int32_t g_57 = 7L;
static int64_t g_69 = (-10L);
static int16_t g_71 = (-1L);
static const int8_t g_104 = (-9L);
static int32_t *g_113 = (void*)0;
static uint8_t g_145 = 1UL;
static uint64_t g_152 = 0UL;
static uint32_t g_179 = 4294967295UL;
static uint64_t g_188[2] = {3UL,3UL};
static uint16_t *g_226 = &g_41;
static uint16_t g_236 = 65532UL;
static uint16_t **g_266 = &g_226;
static uint16_t ***g_265 = &g_266;
static uint16_t ***g_267 = &g_266;
static int8_t *g_295[2][3] = {{(void*)0,(void*)0,&g_16[2]},{(void*)0,(void*)0,&g_16[2]}};
static int32_t g_330 = (-2L);
static uint32_t g_380 = 1UL;
static int16_t *g_410 = &g_71;
static int16_t **g_445 = &g_410;
static uint32_t g_474[1][4] = {{0x6295AF4FL,0x6295AF4FL,0x6295AF4FL,0x6295AF4FL}};
static int8_t **g_566 = &g_295[1][0];
static int8_t ***g_565 = &g_566;
static int32_t g_639 = 0xD1F9464CL;
static int8_t  func_1(void);
static int32_t * func_19(int8_t * p_20, uint32_t  p_21, uint64_t  p_22, uint32_t  p_23, int8_t  p_24);
static uint16_t * func_30(int32_t  p_31, uint64_t  p_32, uint32_t  p_33, uint16_t * p_34, uint16_t * p_35);
static int8_t  func_1(void)
{ 
    uint16_t l_10 = 0xD509L;
    int32_t l_534 = 0x01A06F55L;
    int32_t l_535 = (-1L);
    int32_t l_536 = 0L;
    int32_t l_538 = 0x46E424C7L;
    int32_t l_540 = 0x83AFA5B7L;
    int16_t **l_579[4][3] = {{&g_410,&g_410,&g_410},{&g_410,&g_410,&g_410},{&g_410,&g_410,&g_410},{&g_410,&g_410,&g_410}};
    int32_t **l_605[4];
    int8_t l_606 = 0xE8L;
    uint32_t l_607 = 0x22F5E96DL;
    uint16_t l_620 = 5UL;
    int16_t l_638[1][4] = {{1L,1L,1L,1L}};
    uint32_t l_645 = 0xD6EFB7ECL;
    int i, j;
    for (i = 0; i < 4; i++)
        l_605[i] = (void*)0;
    for (g_2 = (-25); (g_2 == (-25)); g_2++)
    { 
        uint32_t l_11[3];
        int32_t l_533 = 0L;
        int32_t l_537 = 0x4764F954L;
        int32_t l_539 = (-1L);
        int32_t l_541 = 0L;
        uint64_t l_573 = 0x620BE5BC48D29851LL;
        int32_t *l_603 = &g_5;
        int32_t **l_604 = &l_603;
        int i;
        for (i = 0; i < 3; i++)
            l_11[i] = 0UL;
        for (g_5 = 0; (g_5 == (-24)); --g_5)
        { 
            int32_t *l_8 = &g_9;
            (*l_8) = g_5;
        }
        if (l_10)
        { 
            const uint32_t l_17 = 0x3E19F23EL;
            int32_t l_18 = (-7L);
            int32_t l_542 = (-1L);
            uint32_t l_543 = 18446744073709551615UL;
            uint16_t l_569 = 0xA550L;
            for (g_5 = 0; (g_5 <= 2); g_5 += 1)
            { 
                int32_t *l_12[2][1];
                int8_t *l_15 = &g_16[2];
                uint16_t *l_27 = &l_10;
                int32_t **l_532 = &l_12[0][0];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_12[i][j] = (void*)0;
                }
                g_9 &= 0xB055CC25L;
                l_18 ^= ((l_11[g_5] | 1L) <= (safe_div_func_int8_t_s_s(((*l_15) ^= (&g_5 != &g_5)), l_17)));
                (*l_532) = func_19(&g_16[1], g_9, g_2, l_17, (safe_add_func_uint16_t_u_u((++(*l_27)), (((void*)0 == &g_9) , 6UL))));
                l_543--;
            }
            for (g_57 = 0; (g_57 <= 1); g_57 += 1)
            { 
                int8_t ***l_567 = &g_566;
                int32_t *l_568 = &l_542;
                int32_t *l_570[2][4];
                int32_t *l_571 = &g_55[0][1];
                int32_t *l_572[1][1];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_570[i][j] = (void*)0;
                }
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_572[i][j] = &l_533;
                }
                g_113 = ((((g_330 = (safe_rshift_func_int8_t_s_s(((safe_rshift_func_int8_t_s_s(l_537, (safe_div_func_int16_t_s_s(((safe_rshift_func_int8_t_s_u(((l_18 ^ ((((safe_rshift_func_int8_t_s_u((~((safe_rshift_func_uint8_t_u_u(((((*l_568) = ((safe_mod_func_uint32_t_u_u((safe_sub_func_uint8_t_u_u(g_16[2], ((safe_sub_func_uint16_t_u_u(0x608BL, (g_565 == l_567))) != l_543))), l_18)) , g_41)) <= 0L) <= g_9), l_17)) >= l_569)), l_543)) && l_538) , g_55[0][1]) >= l_18)) || g_380), 3)) != g_37), 0x0EF6L)))) , (-6L)), l_535))) , g_145) && l_541) , (void*)0);
                --l_573;
                return l_10;
            }
        }
        else
        { 
            const int8_t l_578[2] = {0x03L,0x03L};
            int32_t *l_580 = &l_538;
            uint64_t *l_585 = (void*)0;
            uint64_t *l_586 = &g_152;
            uint8_t *l_591 = &g_145;
            int64_t *l_592 = &g_69;
            uint8_t l_593 = 0x8FL;
            int32_t *l_594 = &g_5;
            int i;
            (*l_580) ^= (safe_mul_func_uint8_t_u_u(l_578[1], ((-2L) && (l_579[2][1] != &g_410))));
            (*l_594) ^= ((safe_mul_func_uint8_t_u_u(0UL, ((l_534 || (safe_mul_func_int8_t_s_s((((*l_586) ^= l_539) > ((g_55[0][1] = ((safe_add_func_int8_t_s_s(((((safe_sub_func_int64_t_s_s(((*l_592) = (((*l_591) = 3UL) ^ l_541)), 0x73B2CDE96E970464LL)) | (*g_410)) ^ (*l_580)) <= 1UL), (*l_580))) & 8UL)) , l_533)), 0xECL))) >= (**g_266)))) , l_593);
        }
        (*l_603) = (safe_rshift_func_int8_t_s_u((((0x4940AA0128EC9E13LL && (safe_add_func_uint32_t_u_u(4294967295UL, (l_538 , (0x73F1BD5B4D9BEBD0LL >= (((*g_410) &= (safe_add_func_uint32_t_u_u(((safe_div_func_uint32_t_u_u(0UL, 1UL)) >= g_188[0]), 0UL))) <= 2UL)))))) && 0x7B0BE39C29BB03DCLL) == l_533), l_537));
        (*l_604) = (void*)0;
    }
    g_113 = &g_2;
    l_607++;
    if ((safe_sub_func_int32_t_s_s((*g_113), g_152)))
    { 
        int8_t l_618 = 0x0EL;
        for (g_152 = 0; (g_152 >= 22); ++g_152)
        { 
            int64_t l_616[1];
            int32_t l_619 = 0xF7284FCBL;
            uint8_t l_634 = 0x30L;
            int i;
            for (i = 0; i < 1; i++)
                l_616[i] = 0x0165212ACE2FDB45LL;
            for (g_145 = 0; (g_145 <= 48); g_145 = safe_add_func_int8_t_s_s(g_145, 1))
            { 
                int64_t l_617 = 0x7CCCB5D9945DE88ELL;
                uint32_t *l_637 = &g_179;
                if ((*g_113))
                    break;
                l_620++;
                g_55[0][0] = ((((safe_rshift_func_int16_t_s_s((safe_rshift_func_int8_t_s_u(l_618, (safe_unary_minus_func_int64_t_s((safe_add_func_uint16_t_u_u((((safe_sub_func_int32_t_s_s((safe_rshift_func_uint8_t_u_s((l_634 != g_55[0][0]), 3)), ((*l_637) = ((((((((safe_lshift_func_int8_t_s_u((((*g_113) = l_634) > (l_617 ^ g_5)), 4)) < g_9) & l_617) == g_188[1]) , l_618) >= l_617) || (*g_113)) ^ 2UL)))) != 8L) == l_618), l_638[0][1])))))), l_618)) > 0xF2L) != g_639) ^ g_5);
            }
        }
    }
    else
    { 
        for (l_606 = 13; (l_606 < (-6)); l_606 = safe_sub_func_int8_t_s_s(l_606, 1))
        { 
            for (g_37 = 0; (g_37 != 23); ++g_37)
            { 
                int32_t *l_644 = &l_538;
                l_644 = &g_57;
            }
        }
    }
    return l_645;
}
static int32_t * func_19(int8_t * p_20, uint32_t  p_21, uint64_t  p_22, uint32_t  p_23, int8_t  p_24)
{ 
    uint16_t *l_36 = &g_37;
    int32_t *l_38 = &g_9;
    uint16_t * const l_40 = &g_41;
    int32_t l_42 = 0x405B7518L;
    uint16_t **l_225[4][2] = {{&l_36,&l_36},{&l_36,&l_36},{&l_36,&l_36},{&l_36,&l_36}};
    int32_t *l_227 = &g_57;
    int32_t l_275 = 5L;
    int32_t l_276 = 0L;
    int32_t l_277 = 0x6092038DL;
    int32_t l_280 = (-6L);
    uint16_t l_286 = 1UL;
    int8_t **l_322 = &g_295[0][2];
    int16_t *l_338 = &g_71;
    uint32_t l_345 = 1UL;
    uint32_t *l_395 = &g_380;
    uint32_t **l_483 = &l_395;
    int32_t * const *l_505 = &l_38;
    int32_t * const * const *l_504 = &l_505;
    int32_t l_527[4][2] = {{0xC157B25BL,0xC157B25BL},{0xC157B25BL,0xC157B25BL},{0xC157B25BL,0xC157B25BL},{0xC157B25BL,0xC157B25BL}};
    int i, j;
    if (((*l_227) = ((*l_38) = (((g_5 , ((249UL ^ ((g_226 = func_30(((*l_38) = (((*l_36) = g_16[2]) ^ p_24)), ((~(((g_16[2] , l_40) == l_40) < 0x5376E30F4AEDF2FFLL)) , l_42), g_16[1], l_36, l_36)) == (void*)0)) | g_5)) < 0xDB77638222FE8215LL) & p_23))))
    { 
        uint16_t **l_234 = &g_226;
        uint16_t ***l_235 = &l_225[2][1];
        int32_t l_237 = 0xF6D627CFL;
        int32_t *l_240 = &g_55[0][1];
        int32_t l_278 = 0x56CC7CC8L;
        int32_t l_283 = 0xF86143A5L;
        int32_t l_284 = (-2L);
        uint64_t *l_303 = &g_188[0];
        int16_t **l_339 = (void*)0;
        int16_t *l_340 = &g_71;
        int32_t **l_342 = &l_240;
        int32_t ***l_341 = &l_342;
        int8_t l_353 = 0x35L;
        int64_t l_357 = 0L;
        int8_t l_388 = 0xEBL;
        uint32_t *l_394 = &g_380;
        uint32_t **l_393 = &l_394;
        uint32_t l_399 = 0x204DF620L;
        if (((((*l_38) & (((((((safe_add_func_uint32_t_u_u(g_104, ((g_236 = ((safe_div_func_uint64_t_u_u(((safe_div_func_uint16_t_u_u(((*l_38) != ((l_234 != ((*l_235) = l_234)) ^ 0xC75A49CBL)), (-1L))) && 1UL), (*l_227))) == (*p_20))) , g_41))) < l_237) , 0xF1CF844ED8ECEE31LL) , 0x1ED0L) & (-1L)) <= g_188[0]) && p_22)) > g_41) | 65528UL))
        { 
            int32_t *l_238 = (void*)0;
            int32_t **l_239 = &l_227;
            uint64_t *l_250 = &g_188[0];
            l_240 = ((*l_239) = (p_23 , l_238));
            if (((((*l_250) = (safe_add_func_int32_t_s_s((g_53 , p_23), (safe_rshift_func_uint16_t_u_u((p_23 && (safe_mul_func_int8_t_s_s((+0x40L), (safe_mod_func_uint64_t_u_u((255UL >= (*p_20)), 0x6BD755E538C65207LL))))), p_24))))) , (*g_226)) ^ p_22))
            { 
                uint64_t l_257 = 0UL;
                (*l_38) |= (((p_22 , (safe_rshift_func_int8_t_s_u((g_16[2] = ((safe_sub_func_int16_t_s_s((g_37 == (safe_add_func_uint64_t_u_u(g_16[2], l_257))), (((safe_mul_func_int8_t_s_s((safe_div_func_uint32_t_u_u(p_23, p_23)), l_257)) | l_257) , 0x17D5L))) > p_21)), 0))) >= 3L) <= g_69);
                return &g_55[0][1];
            }
            else
            { 
                uint16_t l_262 = 65535UL;
                --l_262;
                (*l_38) = (g_265 != (g_267 = &l_234));
            }
        }
        else
        { 
            int32_t l_279 = 0x628F99BDL;
            int32_t l_281 = 0xA5A20392L;
            int32_t l_282 = 0x1958A2EDL;
            int32_t l_285 = (-1L);
            int32_t ***l_304 = (void*)0;
            int32_t ****l_305 = &l_304;
            uint16_t l_309 = 65535UL;
            const int32_t *l_332 = &l_276;
            if (p_24)
            { 
                uint64_t l_268 = 0xF4301ED44951996ELL;
                int32_t *l_271 = &l_237;
                int32_t *l_272 = &g_55[0][1];
                int32_t l_273 = 1L;
                int32_t *l_274[1][1];
                int32_t **l_290[1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_274[i][j] = &g_55[0][1];
                }
                for (i = 0; i < 1; i++)
                    l_290[i] = &l_274[0][0];
lbl_289:
                l_268++;
                l_286--;
                if (g_5)
                    goto lbl_289;
                g_113 = &g_55[0][1];
            }
            else
            { 
                int8_t *l_294 = (void*)0;
                int8_t **l_293[3];
                uint32_t *l_302[4][2] = {{&g_179,&g_179},{&g_179,&g_179},{&g_179,&g_179},{&g_179,&g_179}};
                int i, j;
                for (i = 0; i < 3; i++)
                    l_293[i] = &l_294;
                (*l_38) |= (((((p_21 = ((safe_rshift_func_int16_t_s_s((&p_24 != (g_295[1][0] = (p_20 = &g_53))), (safe_add_func_int16_t_s_s((safe_div_func_int8_t_s_s((safe_add_func_int32_t_s_s((*l_240), ((void*)0 != &g_145))), (*l_227))), 65533UL)))) && (*l_240))) || p_24) < (*l_240)) , &g_152) == l_303);
                return &g_57;
            }
            (*l_305) = l_304;
            if ((*g_113))
            { 
                (*l_240) = p_21;
            }
            else
            { 
                int32_t *l_306 = &l_275;
                int32_t *l_307 = (void*)0;
                int32_t *l_308[4];
                int32_t **l_331 = (void*)0;
                int i;
                for (i = 0; i < 4; i++)
                    l_308[i] = &l_282;
                ++l_309;
                g_330 |= ((*l_38) |= ((safe_sub_func_int8_t_s_s((safe_add_func_int32_t_s_s((safe_sub_func_uint32_t_u_u((safe_lshift_func_int8_t_s_s((safe_mul_func_int16_t_s_s(((l_322 != (void*)0) , ((safe_mul_func_uint16_t_u_u(((***l_235) = (!(0xABC332EF7126A5E2LL || g_188[0]))), ((safe_sub_func_uint32_t_u_u((safe_lshift_func_uint16_t_u_u(((*l_240) = (0xC9DFL | p_22)), 3)), 0x927434CFL)) | p_23))) , g_104)), p_22)), (*p_20))), (*l_306))), (*l_227))), g_2)) , 6L));
                l_332 = (void*)0;
            }
        }
        if (((*l_38) , ((*l_38) = (((*l_338) = ((safe_unary_minus_func_int64_t_s(((safe_sub_func_uint32_t_u_u(g_104, ((safe_lshift_func_int8_t_s_u((l_40 != (l_340 = l_338)), ((((l_341 == (void*)0) , (*p_20)) , 0xB9L) <= p_21))) , (*l_38)))) & 0xE318745EL))) | 5UL)) > g_104))))
        { 
            for (g_330 = 0; (g_330 > (-5)); g_330--)
            { 
                (**l_341) = (**l_341);
                l_345 = 0L;
            }
        }
        else
        { 
            uint64_t l_358[4];
            int64_t l_379 = 0xD4AC31B227EB9098LL;
            int32_t l_381 = (-1L);
            int i;
            for (i = 0; i < 4; i++)
                l_358[i] = 6UL;
            for (l_277 = (-22); (l_277 >= 6); ++l_277)
            { 
                uint32_t *l_356 = &g_179;
                int32_t l_359 = 1L;
                l_359 &= (safe_lshift_func_int16_t_s_u((!(((safe_div_func_int16_t_s_s((p_21 && (((((*l_40) |= l_353) , (((((*l_356) = (((safe_add_func_uint8_t_u_u((*l_38), (0xACL | (p_24 , 0x79L)))) < g_55[0][1]) >= (**g_266))) != p_23) == 7UL) != 0x9326F60EL)) == p_21) , (*g_226))), l_357)) & p_24) , p_23)), l_358[1]));
                l_381 = (((safe_div_func_uint64_t_u_u(((safe_div_func_uint16_t_u_u((+((safe_sub_func_int64_t_s_s((safe_lshift_func_uint8_t_u_s((safe_rshift_func_uint8_t_u_u(((safe_mul_func_int16_t_s_s(p_23, (((safe_add_func_int16_t_s_s((p_22 != (*p_20)), ((*l_340) = (2L < (((safe_mod_func_int16_t_s_s((safe_add_func_uint64_t_u_u(((g_236 != 0x22B7896BA196C32ELL) | l_379), 9L)), 0xF54DL)) != 0UL) < 0x87D6L))))) == 6L) || g_41))) != p_22), p_23)), (*p_20))), p_23)) && g_380)), p_22)) , g_152), p_24)) < 0x1938L) , p_22);
            }
            for (l_286 = (-17); (l_286 == 13); l_286 = safe_add_func_uint64_t_u_u(l_286, 5))
            { 
                if (p_23)
                    break;
                (*l_342) = &g_55[0][1];
                (*l_240) = (*l_38);
                (**l_342) |= ((safe_div_func_uint32_t_u_u((safe_div_func_int32_t_s_s(g_188[1], ((((0xFAA46260L <= ((-6L) || (l_388 |= (((g_69 ^= (1UL & p_23)) > p_22) , g_188[0])))) || 0x354808C0L) < l_381) | p_23))), 0x5E46161DL)) , 8L);
            }
        }
        (*l_38) = (safe_rshift_func_uint16_t_u_u((((safe_sub_func_uint32_t_u_u(0x277F5422L, ((p_22 , (((*l_393) = (void*)0) != (l_395 = &p_23))) > ((safe_lshift_func_uint16_t_u_u((safe_unary_minus_func_int16_t_s(g_152)), 4)) && 0x61L)))) , l_399) , (***g_265)), 1));
    }
    else
    { 
        int32_t *l_400[3];
        uint8_t l_401 = 247UL;
        const uint16_t ** const *l_407 = (void*)0;
        uint16_t *l_408 = &l_286;
        int16_t **l_409[2][4] = {{&l_338,&l_338,&l_338,&l_338},{&l_338,&l_338,&l_338,&l_338}};
        int32_t * const *l_455 = (void*)0;
        int32_t * const ** const l_454 = &l_455;
        uint64_t l_496 = 0x87B978A2D69E9B26LL;
        int i, j;
        for (i = 0; i < 3; i++)
            l_400[i] = &l_276;
        l_401--;
        if (((!((g_410 = func_30(g_188[0], (*l_227), ((((safe_div_func_uint32_t_u_u(((*l_395) = 1UL), p_23)) , l_407) != (void*)0) && 0x2BL), (*g_266), l_408)) != (void*)0)) , p_22))
        { 
            const uint64_t l_430[2][4] = {{1UL,18446744073709551606UL,1UL,18446744073709551606UL},{1UL,18446744073709551606UL,1UL,18446744073709551606UL}};
            int32_t l_431 = 1L;
            int32_t **l_432 = &l_227;
            int16_t **l_443 = (void*)0;
            int8_t **l_448 = &g_295[0][0];
            int i, j;
            l_431 ^= ((safe_mod_func_int64_t_s_s(0xF66C186E48EC597BLL, ((safe_div_func_uint8_t_u_u((safe_lshift_func_int16_t_s_s((-8L), ((safe_sub_func_uint16_t_u_u(0UL, (((+((safe_mul_func_int16_t_s_s((safe_mod_func_uint8_t_u_u((safe_lshift_func_int16_t_s_u((((safe_mod_func_uint32_t_u_u(((--(*l_395)) , l_430[0][2]), (((((g_236 <= g_71) >= p_21) == (*l_227)) && (*l_38)) & 0xEEADL))) > (*p_20)) != (**g_266)), 5)), (*l_227))), (*g_410))) , p_23)) > p_23) > g_69))) & 1UL))), g_9)) || p_24))) != l_430[1][1]);
            (*l_432) = &l_275;
            for (g_71 = (-22); (g_71 >= 17); g_71 = safe_add_func_uint32_t_u_u(g_71, 3))
            { 
                uint64_t l_435[3][3] = {{0UL,18446744073709551609UL,0UL},{9UL,9UL,9UL},{0UL,18446744073709551609UL,0UL}};
                int16_t ***l_444[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
                int8_t **l_446 = &g_295[1][0];
                int8_t ***l_447 = &l_446;
                int i, j;
                if (p_24)
                    break;
                l_435[1][2] = (*l_227);
                g_57 = ((safe_rshift_func_uint16_t_u_s(((((*l_447) = ((((safe_unary_minus_func_int8_t_s((((p_23 && 0x3047L) | ((safe_lshift_func_uint16_t_u_s((++(*l_40)), (((g_445 = l_443) != (l_409[0][1] = &g_410)) | (**l_432)))) < 0x271F313769372414LL)) >= l_435[2][0]))) && (*l_227)) | l_435[1][2]) , l_446)) == l_448) , (*l_227)), p_22)) , p_21);
            }
            for (g_71 = (-16); (g_71 <= (-7)); g_71 = safe_add_func_uint16_t_u_u(g_71, 5))
            { 
                int8_t l_453[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_453[i] = (-1L);
                (**l_432) &= ((*g_410) > ((l_453[1] , l_454) != (void*)0));
                return &g_55[0][0];
            }
        }
        else
        { 
            return &g_57;
        }
        for (g_152 = (-26); (g_152 != 43); g_152 = safe_add_func_int16_t_s_s(g_152, 3))
        { 
            uint8_t *l_458 = &g_145;
            uint32_t *l_473[1][4] = {{(void*)0,(void*)0,(void*)0,(void*)0}};
            int32_t l_475 = 0x705CBADFL;
            uint32_t **l_482[2];
            uint16_t *l_484[2][1];
            const int32_t l_489 = 2L;
            int32_t **l_490[4][1] = {{&l_400[0]},{&l_400[1]},{&l_400[0]},{&l_400[1]}};
            int i, j;
            for (i = 0; i < 2; i++)
                l_482[i] = &l_395;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_484[i][j] = &l_286;
            }
            if (p_22)
                break;
            (*l_38) = ((7UL >= (((*l_458)--) , ((safe_mul_func_uint8_t_u_u(p_23, ((safe_mul_func_uint8_t_u_u(((safe_sub_func_uint8_t_u_u((safe_add_func_int8_t_s_s((safe_rshift_func_uint8_t_u_u(((safe_rshift_func_uint8_t_u_s((((++g_474[0][3]) , (safe_add_func_int32_t_s_s(((&p_22 != (void*)0) && ((((l_483 = l_482[0]) != (void*)0) , l_484[0][0]) != (**g_265))), p_22))) > g_145), 1)) ^ p_24), 3)), 0xEFL)), (*p_20))) >= (*l_38)), p_23)) & 0x410759589AFB4C4ALL))) ^ g_188[1]))) && 0x65199B7FL);
            (*l_38) ^= (((*p_20) |= ((p_24 | (safe_div_func_int32_t_s_s(((safe_mul_func_int16_t_s_s(0x4927L, ((l_489 , &l_275) == (l_400[2] = &g_57)))) == g_57), 1L))) >= (*g_226))) <= g_5);
            (*l_38) = (p_24 , (safe_unary_minus_func_uint32_t_u(((safe_div_func_int32_t_s_s(((&l_484[1][0] != (void*)0) >= (p_24 , (safe_mul_func_int16_t_s_s((0UL > l_496), (*l_38))))), p_22)) | g_41))));
        }
        for (l_280 = (-15); (l_280 > 10); l_280 = safe_add_func_int16_t_s_s(l_280, 1))
        { 
            uint64_t l_499 = 0x1631C70529A7F607LL;
            int8_t l_517 = 0x72L;
            int64_t l_521 = 0L;
            int32_t l_528[4][3];
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 3; j++)
                    l_528[i][j] = 0xF38E2187L;
            }
            --l_499;
            if ((*l_38))
                break;
            for (l_401 = 0; (l_401 == 6); l_401 = safe_add_func_int8_t_s_s(l_401, 2))
            { 
                uint16_t l_518[2];
                int32_t l_519 = 0x95446059L;
                int32_t l_520 = 1L;
                int32_t l_522 = (-8L);
                int32_t l_523 = (-7L);
                int32_t l_524 = 0x1CAB745BL;
                int32_t l_525[3];
                int32_t l_526 = 0xC730364CL;
                uint32_t l_529 = 4294967295UL;
                int i;
                for (i = 0; i < 2; i++)
                    l_518[i] = 0xDDF3L;
                for (i = 0; i < 3; i++)
                    l_525[i] = (-1L);
                (*l_227) &= (l_504 == &l_455);
                (*l_227) &= ((((safe_sub_func_int8_t_s_s(((*p_20) &= ((p_21 && g_188[1]) || 0UL)), ((((safe_sub_func_uint64_t_u_u((~(safe_div_func_int64_t_s_s(((safe_div_func_int8_t_s_s((safe_sub_func_int32_t_s_s(0xCB60AA2DL, p_22)), (***l_504))) > l_517), g_37))), g_380)) == (*l_38)) , l_518[1]) < g_57))) >= 0x4F89L) , 0x0317L) ^ 0L);
                --l_529;
                if (p_23)
                    break;
            }
        }
    }
    return &g_55[0][0];
}
static uint16_t * func_30(int32_t  p_31, uint64_t  p_32, uint32_t  p_33, uint16_t * p_34, uint16_t * p_35)
{ 
    uint8_t l_67 = 0xFCL;
    int32_t l_76[1];
    uint32_t l_81 = 18446744073709551614UL;
    int32_t l_82 = (-1L);
    int8_t l_155 = 0xB9L;
    uint16_t *l_224[3];
    int i;
    for (i = 0; i < 1; i++)
        l_76[i] = 0xE4AA2297L;
    for (i = 0; i < 3; i++)
        l_224[i] = &g_41;
    for (g_9 = 2; (g_9 >= 0); g_9 -= 1)
    { 
        int8_t *l_51 = &g_16[2];
        const int64_t *l_75 = &g_69;
        uint64_t l_93 = 0x9E5CE90A86934388LL;
        const int8_t *l_103 = &g_104;
        const int8_t **l_102 = &l_103;
        int16_t l_105[2][2] = {{0L,0L},{0L,0L}};
        uint8_t *l_150 = &g_145;
        uint8_t *l_151[3];
        int32_t *l_158 = &g_5;
        int i, j;
        for (i = 0; i < 3; i++)
            l_151[i] = &l_67;
        for (g_37 = 0; (g_37 <= 2); g_37 += 1)
        { 
            int32_t l_72[3];
            int i;
            for (i = 0; i < 3; i++)
                l_72[i] = 1L;
            if (g_16[g_37])
            { 
                int8_t *l_52 = &g_53;
                int32_t *l_54 = &g_55[0][1];
                int32_t *l_56[4][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}};
                int64_t *l_68 = &g_69;
                int8_t *l_70[4];
                int i, j;
                for (i = 0; i < 4; i++)
                    l_70[i] = (void*)0;
                (*l_54) = ((safe_mul_func_int16_t_s_s(0x47EBL, (g_16[g_37] != ((*l_52) = (safe_lshift_func_int8_t_s_u(((safe_rshift_func_uint16_t_u_s(1UL, 11)) <= (((safe_div_func_uint32_t_u_u((&g_16[g_37] == l_51), p_33)) , p_32) < g_41)), 1)))))) <= g_16[2]);
                p_31 ^= (*l_54);
                g_57 |= (safe_div_func_int8_t_s_s((l_72[2] = ((*l_51) = ((g_16[g_37] ^ 9L) , (g_71 &= ((safe_add_func_uint8_t_u_u(((g_41 && (((safe_lshift_func_int16_t_s_s(((safe_unary_minus_func_int64_t_s((g_53 == ((((((*l_68) = (((g_5 < (*p_35)) & l_67) <= p_33)) , l_51) == (void*)0) , p_33) == 249UL)))) <= 0x2AL), 2)) | g_16[g_37]) >= p_32)) != l_67), 0x7CL)) < g_55[0][1]))))), g_41));
                l_82 = (safe_div_func_int32_t_s_s(((l_76[0] = (g_57 == (l_75 != &g_69))) || ((safe_mod_func_int64_t_s_s((safe_lshift_func_int8_t_s_s((l_67 & (p_34 == &g_37)), 2)), l_81)) , g_37)), g_57));
            }
            else
            { 
                int32_t *l_83 = &g_57;
                int32_t l_84 = 0x3B757A54L;
                int32_t *l_85 = &g_55[0][1];
                int32_t l_86[4];
                int32_t *l_87 = &l_76[0];
                int32_t *l_88 = &l_72[0];
                int32_t *l_89 = &l_76[0];
                int32_t *l_90 = &g_55[0][1];
                int32_t *l_91 = &l_76[0];
                int32_t *l_92[3][2] = {{(void*)0,&l_72[2]},{&l_72[2],(void*)0},{&l_72[2],&l_72[2]}};
                int i, j;
                for (i = 0; i < 4; i++)
                    l_86[i] = 0x70F1E569L;
                --l_93;
                if ((*l_91))
                    continue;
                if (g_53)
                    break;
            }
        }
        g_55[0][0] ^= ((l_76[0] &= ((safe_sub_func_int32_t_s_s(((safe_mod_func_int64_t_s_s(g_16[g_9], ((p_33 , (((((safe_sub_func_int16_t_s_s((((((*l_102) = &g_16[2]) == &g_16[2]) , &p_31) == &g_55[0][1]), 1L)) >= g_69) ^ l_105[1][0]) == 18446744073709551615UL) < 0xCF37D808B432A052LL)) & g_16[2]))) || l_81), p_32)) , p_32)) , (-9L));
        if ((safe_div_func_uint16_t_u_u(((void*)0 == &g_69), 0xAFD6L)))
        { 
            int32_t *l_111 = (void*)0;
            int32_t **l_112[4][1] = {{(void*)0},{&l_111},{(void*)0},{&l_111}};
            int i, j;
            for (l_67 = 5; (l_67 > 16); ++l_67)
            { 
                int32_t *l_110 = &g_55[0][1];
                (*l_110) = p_33;
                if (p_31)
                    continue;
            }
            g_113 = l_111;
        }
        else
        { 
            uint64_t l_118 = 7UL;
            int32_t l_143 = 9L;
            for (g_57 = 0; (g_57 < 24); g_57++)
            { 
                int16_t *l_116 = (void*)0;
                int16_t *l_117 = &g_71;
                int32_t *l_119 = &l_82;
                uint8_t *l_144 = &g_145;
                int32_t *l_146 = (void*)0;
                int32_t *l_147 = &g_55[0][0];
                (*l_119) ^= (((((*l_117) = g_41) && ((g_53 > 251UL) & ((*l_51) ^= l_118))) , ((0x60A8A208FD8E19E2LL == p_33) , g_71)) == g_41);
                (*l_119) = p_33;
                if (g_69)
                    continue;
                (*l_147) |= ((((g_5 < (safe_lshift_func_uint8_t_u_u(((*l_144) ^= (safe_mul_func_int8_t_s_s((((safe_div_func_uint8_t_u_u(((safe_rshift_func_uint8_t_u_u((((safe_add_func_int64_t_s_s((l_143 |= (safe_mod_func_uint64_t_u_u((safe_rshift_func_int8_t_s_s(((((((safe_rshift_func_int16_t_s_s((((l_82 && (safe_unary_minus_func_uint16_t_u(((safe_rshift_func_uint16_t_u_s(((safe_lshift_func_int16_t_s_s(p_33, ((*l_117) = (((((safe_mod_func_uint16_t_u_u((*p_35), (*p_35))) , &g_71) != (void*)0) && 0UL) < p_32)))) == p_31), 3)) || l_76[0])))) | 0UL) & g_104), g_2)) , 1L) && g_37) & g_5) || (*l_119)) , p_33), l_67)), g_9))), 18446744073709551615UL)) >= (*l_119)) && p_32), g_16[0])) < p_33), (*l_119))) || 0x0ADBL) , l_67), g_16[2]))), (*l_119)))) ^ (*p_35)) | g_41) <= 254UL);
            }
        }
        if ((safe_sub_func_uint8_t_u_u(((*l_150) = (65535UL && g_145)), ((g_152 = p_32) != (l_76[0] = (safe_add_func_uint16_t_u_u(l_105[1][0], ((l_82 , 0L) , l_155))))))))
        { 
            for (g_53 = 21; (g_53 < 17); --g_53)
            { 
                int32_t **l_159 = &g_113;
                (*l_159) = l_158;
            }
        }
        else
        { 
            int16_t l_175 = 0L;
            int32_t *l_176[1][4];
            int32_t **l_177 = (void*)0;
            uint32_t *l_178 = &g_179;
            int64_t *l_187 = &g_69;
            uint32_t l_204 = 0x482F0B70L;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 4; j++)
                    l_176[i][j] = &g_2;
            }
            for (g_37 = 0; (g_37 <= 2); g_37 += 1)
            { 
                uint64_t *l_164 = &g_152;
                g_55[0][1] &= ((safe_lshift_func_uint8_t_u_s((safe_sub_func_uint64_t_u_u(g_69, ((*l_164)++))), 5)) == ((safe_mul_func_int8_t_s_s(0L, ((*p_34) < (safe_sub_func_int8_t_s_s((safe_lshift_func_uint8_t_u_u((safe_add_func_int8_t_s_s(l_175, p_31)), g_69)), g_53))))) , l_76[0]));
            }
            g_113 = l_176[0][0];
            g_188[0] |= ((-1L) && (((p_31 &= (((*l_178) = 0x89284F4FL) > ((safe_mod_func_int8_t_s_s(((safe_lshift_func_int8_t_s_s(0L, (l_76[0] = ((safe_unary_minus_func_int8_t_s((safe_sub_func_int32_t_s_s(((((*p_34) = g_41) , ((*l_187) &= (l_82 | g_57))) && g_55[0][0]), 6UL)))) == (*l_158))))) < g_57), g_145)) || p_32))) | p_33) < (*l_158)));
            if ((((safe_sub_func_uint16_t_u_u(0x1C8EL, (&g_145 != (void*)0))) ^ (((safe_rshift_func_int16_t_s_s((safe_div_func_uint32_t_u_u((safe_unary_minus_func_int64_t_s(1L)), (safe_mod_func_uint16_t_u_u(((*p_34)--), l_81)))), 6)) , l_76[0]) || 0xEEL)) < p_31))
            { 
                int16_t *l_205 = &l_175;
                if (p_32)
                    break;
                if (l_155)
                    break;
                g_55[0][0] |= ((safe_add_func_uint64_t_u_u((safe_mod_func_uint8_t_u_u((((((*l_205) = l_204) > (*p_35)) && ((*p_35)++)) | ((*l_158) > ((*l_150) = (safe_mul_func_uint8_t_u_u(p_33, g_188[1]))))), p_31)), 0x5D5F9AD4D9609697LL)) , 0xBE2FE8C5L);
                p_31 = (((*l_158) , p_32) , ((safe_div_func_int32_t_s_s((*g_113), (-1L))) , (safe_mod_func_int32_t_s_s((p_31 , p_31), (*g_113)))));
            }
            else
            { 
                int8_t l_222 = 4L;
                uint64_t *l_223 = &g_152;
                g_57 = (safe_add_func_uint64_t_u_u(g_179, (((*l_223) = ((((((((((g_16[2] < ((safe_div_func_int32_t_s_s(((*l_158) <= (safe_sub_func_uint8_t_u_u((((safe_lshift_func_int16_t_s_s(((((((0x71376D48L ^ ((void*)0 == &g_179)) , p_32) , l_222) , l_155) , l_222) ^ g_37), 0)) ^ g_71) != g_2), p_31))), p_32)) >= p_33)) > g_69) , 0x7FB89E63L) , (*l_158)) > l_76[0]) & 65535UL) || (-4L)) < p_33) && 0x50L) != 0x7E6723FDL)) | p_33)));
                g_55[0][1] |= 0L;
                g_113 = l_158;
            }
        }
    }
    return l_224[0];
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
    transparent_crc(g_9, "g_9", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_16[i], "g_16[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_37, "g_37", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    transparent_crc(g_53, "g_53", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_55[i][j], "g_55[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_57, "g_57", print_hash_value);
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_71, "g_71", print_hash_value);
    transparent_crc(g_104, "g_104", print_hash_value);
    transparent_crc(g_145, "g_145", print_hash_value);
    transparent_crc(g_152, "g_152", print_hash_value);
    transparent_crc(g_179, "g_179", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_188[i], "g_188[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_236, "g_236", print_hash_value);
    transparent_crc(g_330, "g_330", print_hash_value);
    transparent_crc(g_380, "g_380", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_474[i][j], "g_474[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_639, "g_639", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
