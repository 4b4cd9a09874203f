#include "csmith.h"
static long __undefined;
static uint8_t g_2 = 0UL;
static int32_t g_20 = (-1L);
static int32_t *g_30 = &g_20;
static int32_t **g_29 = &g_30;
static int32_t *g_42[3] = {&g_20,&g_20,&g_20};
static uint32_t g_44[4] = {0x8A4122E7L,0x8A4122E7L,0x8A4122E7L,0x8A4122E7L};
static int8_t g_53 = (-1L);
static uint64_t g_62[3][4] = {{5UL,0x1BDB030F3E77DF0ELL,0x1BDB030F3E77DF0ELL,5UL},{18446744073709551613UL,0x1BDB030F3E77DF0ELL,0xE320EC44CB182417LL,0x1BDB030F3E77DF0ELL},{0x1BDB030F3E77DF0ELL,0UL,0xE320EC44CB182417LL,0xE320EC44CB182417LL}};
static uint32_t g_72 = 0xF947EB5FL;
static uint32_t *g_71[4] = {&g_72,&g_72,&g_72,&g_72};
static int64_t g_74 = 0xB5DC3D349FFB2EF7LL;
static int16_t g_76[3] = {0x2E06L,0x2E06L,0x2E06L};
static int64_t g_78 = (-10L);
static uint16_t g_109 = 65535UL;
static uint32_t g_122 = 2UL;
static const int32_t *g_127 = &g_20;
static const int32_t * const *g_126[1] = {&g_127};
static const int32_t * const **g_125[4][3] = {{(void*)0,&g_126[0],(void*)0},{(void*)0,&g_126[0],(void*)0},{(void*)0,&g_126[0],(void*)0},{(void*)0,&g_126[0],(void*)0}};
static int16_t g_146[1][1] = {{0xD408L}};
static uint8_t g_151 = 0UL;
static uint8_t g_178[2][4] = {{1UL,1UL,1UL,1UL},{1UL,1UL,1UL,1UL}};
static uint32_t g_203 = 0x8D7C33F7L;
static int32_t *g_229 = (void*)0;
static int32_t g_231 = 0x261E8159L;
static const int8_t *g_240 = &g_53;
static const int8_t ** const g_239 = &g_240;
static int64_t g_314 = 5L;
static uint8_t *g_370 = &g_178[0][3];
static uint8_t **g_369 = &g_370;
static int8_t *g_395 = &g_53;
static int32_t * const *g_403[2] = {&g_42[2],&g_42[2]};
static int32_t * const **g_402[1] = {&g_403[1]};
static uint64_t g_436 = 8UL;
static uint64_t *g_517 = &g_62[1][3];
static uint64_t * const *g_516 = &g_517;
static int8_t  func_1(void);
static int32_t * const  func_3(int32_t * p_4, int32_t * p_5, const uint8_t  p_6, int32_t * p_7, int32_t * p_8);
static int32_t * func_9(int16_t  p_10);
static int8_t  func_1(void)
{ 
    int32_t *l_230[4][2];
    uint32_t l_434 = 4294967294UL;
    uint32_t l_508 = 9UL;
    uint32_t l_510 = 6UL;
    uint16_t l_511 = 7UL;
    uint64_t * const * const l_512 = (void*)0;
    uint64_t * const l_515 = &g_62[2][1];
    uint64_t * const *l_514 = &l_515;
    uint64_t * const **l_513[2][2] = {{&l_514,&l_514},{&l_514,&l_514}};
    int16_t l_518 = 0xC247L;
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
            l_230[i][j] = &g_231;
    }
    if (g_2)
    { 
        int32_t l_23 = (-1L);
        int16_t l_411 = 0xD24FL;
        int8_t **l_414 = (void*)0;
        int32_t l_433 = 0x81CC42CFL;
        int32_t l_452 = 0xB0391536L;
        uint8_t l_470 = 253UL;
        uint16_t l_491 = 1UL;
        if (g_2)
        { 
            int32_t *l_18 = (void*)0;
            int32_t **l_17[3][2] = {{(void*)0,(void*)0},{&l_18,(void*)0},{(void*)0,&l_18}};
            int32_t *l_19 = &g_20;
            int32_t **l_391 = (void*)0;
            int32_t **l_392 = &g_30;
            int i, j;
            (*l_392) = func_3(func_9((1UL || ((((safe_div_func_uint64_t_u_u((safe_add_func_uint16_t_u_u((((safe_lshift_func_uint8_t_u_u(g_2, 4)) < (((((l_19 = (void*)0) != (void*)0) , (safe_sub_func_uint32_t_u_u((((g_20 > 249UL) != 0x39E0L) <= g_20), l_23))) <= g_2) < 1UL)) & 0x799040C3L), g_20)), g_2)) && 0xF15CL) == g_2) & 0x40L))), &l_23, l_23, g_229, l_230[1][0]);
            (*l_392) = l_230[1][0];
        }
        else
        { 
            int8_t *l_393 = &g_53;
            int32_t l_398 = 0x43E30754L;
            uint32_t l_399 = 5UL;
            int16_t l_447 = 0x3AABL;
            int32_t l_450 = 0xA7249E89L;
            int32_t l_453 = 0x12BE98BDL;
            int32_t l_454 = 0xA21BD6B7L;
            int64_t *l_466 = &g_74;
            int32_t **l_480[1][2];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_480[i][j] = (void*)0;
            }
            if ((l_23 , l_23))
            { 
                int32_t l_394[1];
                int32_t * const ***l_404 = (void*)0;
                uint32_t *l_412 = &g_72;
                int8_t ** const l_413[2] = {&l_393,&l_393};
                int64_t *l_415 = (void*)0;
                int64_t *l_416 = &g_314;
                int i;
                for (i = 0; i < 1; i++)
                    l_394[i] = 7L;
                (*g_30) ^= ((l_393 != ((0x97L == l_394[0]) , g_395)) & (safe_lshift_func_uint16_t_u_s(l_394[0], 12)));
                ++l_399;
                (**g_29) = (((g_402[0] = g_402[0]) != ((safe_mod_func_int32_t_s_s(((!(((safe_mod_func_int64_t_s_s((safe_unary_minus_func_int16_t_s((-4L))), l_23)) != ((*l_416) = (((((*l_412) = (((*g_30) >= 0xC969621EL) , l_411)) < l_398) , l_413[0]) != l_414))) | (-1L))) | g_203), (**g_29))) , &g_403[1])) , (-1L));
                return l_394[0];
            }
            else
            { 
                int64_t l_430 = (-1L);
                uint32_t *l_435[4][3] = {{&l_434,&l_434,&l_434},{&l_434,&l_434,&l_434},{&l_434,&l_434,&l_434},{&l_434,&l_434,&l_434}};
                uint64_t *l_440 = &g_62[1][2];
                int32_t *****l_441 = (void*)0;
                int32_t ***l_444 = &g_29;
                int32_t ****l_443 = &l_444;
                int32_t *****l_442 = &l_443;
                uint8_t l_445 = 0x06L;
                int64_t l_446 = 1L;
                int32_t l_448 = 0xEF1A6B96L;
                int32_t l_449 = (-8L);
                int32_t l_451 = 0xF243D8EAL;
                uint16_t l_455 = 0x2824L;
                int i, j;
                (*g_30) = ((safe_mul_func_uint16_t_u_u(((l_433 = (safe_lshift_func_uint8_t_u_u((((safe_mod_func_uint16_t_u_u((safe_unary_minus_func_uint8_t_u(((*g_370) = ((safe_sub_func_int16_t_s_s(((((0x80L != ((*l_393) = ((safe_add_func_uint16_t_u_u(((safe_mul_func_uint16_t_u_u(g_72, l_430)) & g_62[1][0]), (safe_mul_func_int16_t_s_s((g_76[1] ^= l_411), g_2)))) ^ l_411))) , l_433) >= g_74) , l_398), g_231)) && l_434)))), l_430)) | g_44[2]) > g_2), 5))) | l_430), 0xCCF0L)) | l_411);
                if (l_23)
                    goto lbl_439;
lbl_439:
                g_436++;
                (***l_444) = (g_436 , (((g_109 , &g_402[0]) != ((*l_442) = ((g_44[1] ^ ((*l_440) &= ((*g_369) != l_393))) , (void*)0))) | l_445));
                l_455--;
            }
            l_470 = ((safe_mod_func_int16_t_s_s(((safe_add_func_int64_t_s_s((safe_add_func_uint16_t_u_u(l_447, (safe_add_func_int8_t_s_s(((l_466 == ((((safe_add_func_uint16_t_u_u(l_454, (safe_unary_minus_func_uint8_t_u(l_452)))) | (*g_370)) >= l_23) , &g_78)) , (*g_395)), l_450)))), g_53)) | l_23), 0x9985L)) , l_453);
            if (l_399)
            { 
                int8_t ***l_471 = &l_414;
                int32_t **l_479 = (void*)0;
                (*l_471) = &g_395;
                (*g_30) = 0x3F3D84D2L;
                l_452 = (safe_rshift_func_int16_t_s_s(((safe_lshift_func_int16_t_s_u(0x2DE2L, (0L < (*g_240)))) , (~((*g_30) = ((safe_mul_func_int8_t_s_s((l_479 == l_480[0][0]), (*g_395))) == (*g_370))))), g_203));
            }
            else
            { 
                uint32_t l_481[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_481[i] = 0x8B6D5382L;
                --l_481[2];
            }
            (*g_29) = &l_23;
        }
        for (g_74 = 0; (g_74 != (-24)); g_74 = safe_sub_func_int8_t_s_s(g_74, 6))
        { 
            int32_t **l_490 = &g_42[2];
            for (g_53 = (-19); (g_53 >= (-22)); g_53 = safe_sub_func_uint32_t_u_u(g_53, 4))
            { 
                uint64_t l_488 = 0x0620ECFB9FDF41CCLL;
                int32_t **l_489 = &l_230[2][1];
                l_488 = 0x54EB9D77L;
                g_30 = ((*l_489) = &g_231);
            }
            (*l_490) = &l_433;
        }
        if (l_491)
        { 
            return l_452;
        }
        else
        { 
            return (*g_395);
        }
    }
    else
    { 
        int32_t *l_492 = &g_231;
        int32_t **l_493 = &l_492;
        uint16_t *l_509 = &g_109;
        (*l_493) = ((*g_29) = l_492);
        (*l_492) = (**l_493);
        l_511 ^= (((safe_mod_func_int32_t_s_s((safe_add_func_int32_t_s_s((l_510 |= (safe_rshift_func_int16_t_s_s((safe_div_func_uint16_t_u_u(((*l_509) &= ((safe_div_func_uint8_t_u_u(((**g_369) > (*l_492)), (safe_lshift_func_uint8_t_u_s((*g_370), (((*g_370) <= ((safe_rshift_func_int8_t_s_u((*g_240), 6)) < l_508)) <= (*g_395)))))) || 0UL)), (*l_492))), g_203))), 0UL)), 0xBFE5494DL)) , 3L) != 0x402889D8E4C7AD05LL);
    }
    g_516 = l_512;
    return l_518;
}
static int32_t * const  func_3(int32_t * p_4, int32_t * p_5, const uint8_t  p_6, int32_t * p_7, int32_t * p_8)
{ 
    int64_t l_238 = 0x714A00EA68498C81LL;
    int32_t l_247[2][1];
    int64_t *l_252[2][1];
    int32_t l_262 = (-10L);
    int32_t l_288 = 3L;
    int32_t l_291 = 0x5A60A70DL;
    int32_t l_292 = 6L;
    int32_t l_293 = (-1L);
    int32_t l_294 = 0x4C048E1DL;
    int32_t l_295 = 0x1FA60367L;
    uint32_t l_297[2][1];
    int32_t l_300 = 6L;
    int32_t l_303 = (-6L);
    int32_t l_304 = 0x9926629DL;
    int32_t l_305 = (-6L);
    int32_t l_306[3][2] = {{0x25E17D8AL,0x25E17D8AL},{0x25E17D8AL,0x25E17D8AL},{0x25E17D8AL,0x25E17D8AL}};
    uint8_t l_307 = 246UL;
    uint32_t l_324 = 4294967295UL;
    uint16_t l_365 = 0x253AL;
    int16_t l_371 = 0xAB09L;
    int32_t *l_372 = &l_262;
    int32_t *l_373 = (void*)0;
    int32_t *l_374 = &l_305;
    int32_t *l_375 = &l_306[2][1];
    int32_t *l_376 = &l_306[2][1];
    int32_t *l_377 = &g_20;
    int32_t *l_378 = &l_291;
    int32_t *l_379 = &g_231;
    int32_t *l_380 = &g_20;
    int32_t *l_381 = (void*)0;
    int32_t *l_382 = &l_295;
    int32_t *l_383 = &l_291;
    int32_t *l_384 = (void*)0;
    int32_t *l_385 = &g_231;
    int32_t *l_386 = &l_293;
    int32_t *l_387[1];
    uint16_t l_388 = 1UL;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_247[i][j] = 0xB9971AD1L;
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_252[i][j] = (void*)0;
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_297[i][j] = 0x29D257C1L;
    }
    for (i = 0; i < 1; i++)
        l_387[i] = &l_293;
    if (((safe_lshift_func_uint16_t_u_s((safe_lshift_func_int16_t_s_u(p_6, 13)), (safe_lshift_func_int16_t_s_s((l_238 < 1UL), (p_7 != (((g_239 != (void*)0) | l_238) , p_5)))))) , 0x40C4DA91L))
    { 
        int16_t l_241 = (-5L);
        int32_t l_267 = 0L;
        int32_t l_269 = 0xBB9B91C4L;
        int32_t l_274 = 0x79517D8BL;
        int32_t l_275[2];
        int32_t *l_301 = (void*)0;
        int32_t *l_302[4];
        int i;
        for (i = 0; i < 2; i++)
            l_275[i] = 7L;
        for (i = 0; i < 4; i++)
            l_302[i] = &l_291;
        for (g_231 = 0; (g_231 <= 3); g_231 += 1)
        { 
            uint32_t * const l_261 = &g_203;
            int32_t l_263 = 0L;
            uint16_t *l_264 = &g_109;
            int32_t l_276 = 0L;
            uint32_t l_280 = 0UL;
            for (g_203 = 0; (g_203 <= 3); g_203 += 1)
            { 
                uint32_t l_242 = 0x9318B520L;
                int16_t *l_265 = &g_76[0];
                int32_t l_266 = (-1L);
                int i;
                if (l_241)
                    break;
                if (l_242)
                    break;
                (*g_29) = p_5;
                l_266 = ((g_146[0][0] ^= ((safe_mul_func_uint16_t_u_u((safe_lshift_func_int8_t_s_s(((l_262 = ((*g_30) = (&g_203 != l_261))) != 4294967286UL), 3)), (l_263 > ((*l_265) = (l_264 == &g_109))))) ^ 7L)) < 0x7185L);
            }
            l_267 = l_241;
            for (l_262 = 0; (l_262 <= 3); l_262 += 1)
            { 
                int32_t *l_268 = &l_267;
                int32_t l_270 = (-1L);
                int32_t *l_271 = &l_267;
                int32_t *l_272 = (void*)0;
                int32_t *l_273[4][4];
                uint32_t l_277 = 8UL;
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_273[i][j] = &l_270;
                }
                l_277--;
                return &g_20;
            }
            ++l_280;
        }
        for (g_74 = 1; (g_74 >= 0); g_74 -= 1)
        { 
            int32_t *l_283 = (void*)0;
            int32_t *l_284 = (void*)0;
            int32_t *l_285 = &l_275[1];
            int32_t *l_286 = &l_267;
            int32_t *l_287 = &l_275[1];
            int32_t *l_289 = &l_274;
            int32_t *l_290[1];
            int16_t l_296 = 0xB360L;
            int i;
            for (i = 0; i < 1; i++)
                l_290[i] = &l_269;
            --l_297[0][0];
            return p_8;
        }
        ++l_307;
    }
    else
    { 
        int32_t l_323 = 0xAD80EDC8L;
        int32_t l_327[4];
        int8_t l_337 = 0x01L;
        int32_t ***l_353 = (void*)0;
        int32_t ***l_356 = (void*)0;
        uint8_t *l_367 = &l_307;
        uint8_t **l_366 = &l_367;
        int i;
        for (i = 0; i < 4; i++)
            l_327[i] = 1L;
        g_314 &= ((safe_mul_func_uint16_t_u_u(l_307, (0xE22872917E552FFELL <= g_72))) ^ ((g_29 = &p_7) != (void*)0));
        (*p_5) ^= (246UL >= (safe_rshift_func_int8_t_s_s((safe_mod_func_int32_t_s_s((*g_127), (((((18446744073709551611UL > ((((safe_div_func_int32_t_s_s((l_291 , (*p_8)), p_6)) && 0L) , p_6) != g_151)) > 0x8C7E578FL) ^ p_6) , l_323) , l_324))), (**g_239))));
        if ((safe_unary_minus_func_uint64_t_u(1UL)))
        { 
            int32_t *l_326[2];
            uint8_t l_328 = 253UL;
            int i;
            for (i = 0; i < 2; i++)
                l_326[i] = &l_306[2][1];
            l_328--;
            (*p_5) |= (safe_add_func_uint16_t_u_u(((void*)0 != p_7), 65530UL));
            (*p_8) = l_307;
            if ((((safe_sub_func_uint16_t_u_u(((p_6 , (safe_rshift_func_int16_t_s_s((l_337 , (l_327[1] || ((safe_lshift_func_int8_t_s_u(p_6, (safe_mod_func_uint64_t_u_u((((((g_53 ^= ((void*)0 != &g_71[0])) & 0xAFL) > p_6) , l_327[0]) > l_303), l_292)))) || p_6))), g_146[0][0]))) & p_6), p_6)) | 0xB15DL) > g_178[0][3]))
            { 
                uint32_t l_342 = 18446744073709551607UL;
                ++l_342;
            }
            else
            { 
                (*g_29) = (*g_29);
            }
        }
        else
        { 
            int8_t l_364 = 0x59L;
            uint8_t ***l_368[2][4] = {{&l_366,&l_366,&l_366,&l_366},{&l_366,&l_366,&l_366,&l_366}};
            int i, j;
            for (l_323 = 0; (l_323 != 28); l_323 = safe_add_func_int8_t_s_s(l_323, 4))
            { 
                int32_t ***l_355 = (void*)0;
                int32_t ****l_354[3][4] = {{&l_355,&l_355,&l_355,&l_355},{&l_355,&l_355,&l_355,&l_355},{&l_355,&l_355,&l_355,&l_355}};
                uint64_t *l_363 = &g_62[1][0];
                int i, j;
                (*p_5) = (((safe_mul_func_uint8_t_u_u((safe_lshift_func_int8_t_s_s((safe_rshift_func_int16_t_s_s(((l_356 = (l_353 = (p_6 , l_353))) == ((((safe_mul_func_uint16_t_u_u((p_6 ^ (((l_297[0][0] < ((!(((*l_363) = ((safe_mul_func_uint16_t_u_u((~p_6), g_72)) < l_337)) , p_6)) > l_364)) , l_365) , l_323)), g_44[1])) ^ g_203) , l_294) , (void*)0)), p_6)), 1)), 247UL)) != 0x851CB3ACL) >= 0x4AL);
            }
            g_369 = l_366;
        }
    }
    l_388--;
    return p_5;
}
static int32_t * func_9(int16_t  p_10)
{ 
    int32_t *l_24 = &g_20;
    int32_t ***l_38 = (void*)0;
    int32_t ***l_40 = (void*)0;
    int32_t l_45 = 2L;
    int32_t l_97 = (-8L);
    int32_t l_99[1][4];
    uint16_t l_198 = 65535UL;
    int32_t *l_225 = &l_99[0][3];
    int32_t *l_226 = &l_99[0][3];
    int32_t *l_227 = &l_99[0][3];
    int32_t *l_228 = (void*)0;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_99[i][j] = 0xB0F311A8L;
    }
    (*l_24) |= 0xBEBF3B8CL;
    if ((safe_add_func_int32_t_s_s(((*l_24) = (safe_add_func_uint64_t_u_u(((void*)0 != g_29), (g_20 | ((*l_24) && (safe_mod_func_uint32_t_u_u((safe_sub_func_uint8_t_u_u((g_2 >= 0UL), p_10)), (*g_30)))))))), g_2)))
    { 
        int32_t *l_35 = &g_20;
        return l_35;
    }
    else
    { 
        int32_t *l_41 = (void*)0;
        int32_t l_46 = (-7L);
        int32_t l_92[1];
        int32_t l_96 = 0x1E9F9EEFL;
        int i;
        for (i = 0; i < 1; i++)
            l_92[i] = 0x2DE5CCA7L;
        for (p_10 = (-17); (p_10 >= (-18)); --p_10)
        { 
            int32_t ****l_39[4][3];
            uint32_t *l_43 = &g_44[1];
            uint64_t l_50 = 0xBD9F019D5C01CF56LL;
            int8_t *l_51 = (void*)0;
            int8_t *l_52 = &g_53;
            uint64_t *l_54 = &l_50;
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 3; j++)
                    l_39[i][j] = (void*)0;
            }
            l_40 = l_38;
            l_46 |= (l_45 ^= (p_10 & ((((*g_29) = l_41) != g_42[2]) | ((((((*l_24) = ((((*l_43) |= p_10) & (*l_24)) , p_10)) , g_2) == g_2) >= p_10) && p_10))));
            l_46 = (p_10 && (p_10 == ((*l_24) &= (g_44[0] < ((safe_mul_func_int16_t_s_s((!p_10), (((*l_54) = (((*l_52) = l_50) && 1UL)) < p_10))) , 5L)))));
        }
        for (g_53 = 0; (g_53 < (-11)); g_53 = safe_sub_func_uint16_t_u_u(g_53, 9))
        { 
            int8_t l_79 = 0L;
            for (l_46 = (-8); (l_46 != (-8)); l_46 = safe_add_func_uint64_t_u_u(l_46, 8))
            { 
                int32_t *l_59[2];
                uint32_t *l_68[4][1] = {{&g_44[2]},{(void*)0},{&g_44[2]},{(void*)0}};
                uint32_t **l_67 = &l_68[3][0];
                uint32_t *l_70 = &g_44[1];
                uint32_t **l_69 = &l_70;
                int64_t *l_73 = &g_74;
                int16_t *l_75 = &g_76[1];
                int64_t *l_77 = &g_78;
                int i, j;
                for (i = 0; i < 2; i++)
                    l_59[i] = &l_45;
                (*g_29) = (l_59[0] = (*g_29));
                (*l_24) = (l_79 = ((0x462C7DCB2139E6D5LL || ((safe_mul_func_uint8_t_u_u((((*l_77) |= ((g_62[1][0] |= 65535UL) != (safe_mod_func_int32_t_s_s((((safe_mod_func_uint16_t_u_u(g_44[2], ((*l_75) = (((*l_73) ^= ((g_71[0] = ((*l_69) = ((*l_67) = &g_44[1]))) == &g_44[3])) && p_10)))) != g_44[3]) & g_53), p_10)))) <= p_10), p_10)) >= p_10)) & p_10));
            }
        }
        if ((*l_24))
        { 
            int32_t *l_80[3];
            int i;
            for (i = 0; i < 3; i++)
                l_80[i] = &g_20;
            (*g_29) = l_80[2];
            return (*g_29);
        }
        else
        { 
            uint32_t l_93 = 8UL;
            int32_t l_98 = 0xE39EBDDFL;
            int32_t l_100 = 0xD2F3D6CDL;
            int32_t l_101 = 0xD3EBDD5AL;
            uint32_t l_102 = 0x8DDD0EBFL;
            uint64_t l_105 = 0x0C9BFB87D1E39FD5LL;
            uint16_t *l_108 = &g_109;
            int16_t *l_112 = &g_76[1];
            uint32_t *l_119 = (void*)0;
            uint32_t *l_120 = &g_44[1];
            uint32_t *l_121[3];
            int i;
            for (i = 0; i < 3; i++)
                l_121[i] = &l_102;
            for (l_46 = (-2); (l_46 < 15); l_46 = safe_add_func_uint8_t_u_u(l_46, 3))
            { 
                return (*g_29);
            }
            for (g_53 = 5; (g_53 <= (-19)); g_53--)
            { 
                int16_t l_85 = (-8L);
                int32_t l_86 = 7L;
                int32_t *l_87 = &l_86;
                int32_t *l_88 = (void*)0;
                int32_t *l_89 = &g_20;
                int32_t *l_90 = &l_46;
                int32_t *l_91[3][4] = {{&l_46,&l_46,&l_46,&l_46},{&l_46,&l_46,(void*)0,&l_46},{&l_46,&l_46,&l_46,&l_46}};
                int i, j;
                --l_93;
                --l_102;
                if (p_10)
                    continue;
                l_105++;
            }
            l_98 = ((g_122 = (((*l_108)++) , ((g_20 ^ (g_53 < (((*l_112) = 8L) != ((*l_108) = (((*l_120) ^= (safe_lshift_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_u((safe_div_func_uint64_t_u_u((p_10 ^ ((p_10 && 0x31L) < g_78)), 0x5CC0B3D1FD5F4809LL)), 12)), p_10))) , p_10))))) | 0x8495BFAEL))) , p_10);
            for (l_102 = (-28); (l_102 == 30); l_102 = safe_add_func_uint8_t_u_u(l_102, 9))
            { 
                const int32_t * const ***l_128 = &g_125[2][2];
                const int32_t * const **l_130 = &g_126[0];
                const int32_t * const ***l_129 = &l_130;
                (*l_129) = ((*l_128) = g_125[2][0]);
                (*g_29) = &l_101;
            }
        }
    }
    for (g_53 = 0; (g_53 <= 2); g_53 += 1)
    { 
        uint16_t *l_131 = &g_109;
        int32_t l_138[1];
        uint32_t *l_139 = &g_122;
        int16_t *l_144 = &g_76[2];
        int16_t *l_145 = &g_146[0][0];
        uint32_t *l_152[1];
        int32_t l_172[3];
        int32_t l_173[4];
        int32_t l_177 = 0xEDA30AC0L;
        int32_t *l_180 = (void*)0;
        int8_t *l_207 = &g_53;
        int i;
        for (i = 0; i < 1; i++)
            l_138[i] = 0L;
        for (i = 0; i < 1; i++)
            l_152[i] = &g_44[2];
        for (i = 0; i < 3; i++)
            l_172[i] = (-2L);
        for (i = 0; i < 4; i++)
            l_173[i] = 3L;
        if ((((l_138[0] = (((*l_131)++) && ((((safe_mod_func_uint32_t_u_u(l_138[0], ((*l_139)++))) ^ ((safe_div_func_int16_t_s_s(((*l_145) = ((*l_144) &= g_44[0])), 1UL)) != p_10)) > (((++(*l_131)) || (g_151 ^= (safe_lshift_func_uint8_t_u_u((l_138[0] & g_78), 7)))) == p_10)) , g_2))) || p_10) >= g_72))
        { 
            int32_t *l_153 = &l_138[0];
            int i;
            g_42[g_53] = l_153;
        }
        else
        { 
            int32_t l_174[3];
            const uint64_t l_175[2] = {0x93250C18A6757B94LL,0x93250C18A6757B94LL};
            uint8_t *l_176 = &g_2;
            int i;
            for (i = 0; i < 3; i++)
                l_174[i] = 0xA6313875L;
            l_177 ^= (safe_sub_func_uint8_t_u_u((((*l_176) ^= ((safe_mod_func_int16_t_s_s((safe_sub_func_int16_t_s_s((safe_sub_func_int8_t_s_s(((((safe_mul_func_int16_t_s_s(g_146[0][0], (((safe_lshift_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_u(((g_62[2][2] ^ ((*l_144) = ((l_173[1] ^= (safe_add_func_uint16_t_u_u(0xE9DBL, (safe_rshift_func_int16_t_s_s((l_138[0] = ((p_10 <= (((*l_139) = p_10) <= (*g_127))) | (-9L))), l_172[1]))))) , l_174[1]))) , l_172[1]), g_44[1])), g_151)) > p_10) <= 0L))) > (*l_24)) ^ p_10) , 0L), 0xFFL)), g_44[1])), l_175[0])) || g_74)) >= p_10), g_44[2]));
            if ((g_62[1][3] , ((g_178[0][3] = l_173[1]) || p_10)))
            { 
                if (p_10)
                    break;
            }
            else
            { 
                int32_t *l_179[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_179[i] = (void*)0;
                (*g_29) = l_179[0];
                if (l_173[2])
                    break;
                if ((*g_127))
                    break;
            }
            (*g_29) = &l_173[1];
            if ((*g_127))
                continue;
        }
        l_180 = &l_177;
        if ((*g_127))
            continue;
        for (g_20 = 0; (g_20 <= 0); g_20 += 1)
        { 
            int32_t l_202 = 4L;
            int32_t l_204 = 0xDD82FEA0L;
            int8_t **l_208 = &l_207;
            int8_t *l_209 = &g_53;
            int i, j;
            l_204 &= ((safe_div_func_uint8_t_u_u((((safe_rshift_func_uint16_t_u_s((l_99[g_20][(g_53 + 1)] >= (g_62[0][0] != (safe_lshift_func_int8_t_s_s((safe_add_func_int16_t_s_s((~((safe_add_func_int64_t_s_s(((safe_rshift_func_int16_t_s_s((((p_10 > ((safe_lshift_func_int16_t_s_u(((safe_rshift_func_int8_t_s_u(l_198, ((safe_mul_func_int16_t_s_s((!(6UL & l_202)), g_203)) , 1UL))) && 18446744073709551615UL), 6)) < (*l_180))) > 0x816E1F83L) | 0xC6DFL), g_76[1])) , g_146[0][0]), 0x73BC7C59C4CCA3F0LL)) , 3L)), 0x5521L)), 3)))), p_10)) < g_76[0]) == p_10), g_178[0][3])) && p_10);
            if (((((safe_add_func_uint32_t_u_u(((((*l_208) = l_207) == (p_10 , &g_53)) , ((void*)0 != l_209)), 1UL)) > p_10) | p_10) && (-1L)))
            { 
                int64_t *l_221[2];
                int32_t *l_223 = &l_97;
                int i;
                for (i = 0; i < 2; i++)
                    l_221[i] = &g_78;
                (*l_180) = (safe_mod_func_uint8_t_u_u((~(safe_mul_func_int8_t_s_s(((((((0x7757L != ((safe_rshift_func_int8_t_s_u(p_10, 2)) > ((&g_146[0][0] == l_131) | (safe_mod_func_uint64_t_u_u(((g_109 = p_10) == g_44[1]), 0xAF14CE292E266AF2LL))))) != p_10) <= p_10) | 18446744073709551613UL) , p_10) != p_10), 1L))), g_20));
                (*l_180) &= 7L;
                l_99[g_20][g_53] = (safe_add_func_int64_t_s_s((g_74 = g_53), (~((void*)0 != &l_180))));
                (*g_29) = l_223;
            }
            else
            { 
                int32_t *l_224 = &l_173[1];
                if (p_10)
                    break;
                l_224 = &l_173[1];
            }
        }
    }
    return l_228;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_20, "g_20", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_44[i], "g_44[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_53, "g_53", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_62[i][j], "g_62[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_72, "g_72", print_hash_value);
    transparent_crc(g_74, "g_74", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_76[i], "g_76[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_78, "g_78", print_hash_value);
    transparent_crc(g_109, "g_109", print_hash_value);
    transparent_crc(g_122, "g_122", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_146[i][j], "g_146[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_151, "g_151", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_178[i][j], "g_178[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_203, "g_203", print_hash_value);
    transparent_crc(g_231, "g_231", print_hash_value);
    transparent_crc(g_314, "g_314", print_hash_value);
    transparent_crc(g_436, "g_436", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
