#include "csmith.h"
static long __undefined;
static int32_t g_2[3] = {0x3B4E1A36L,0x3B4E1A36L,0x3B4E1A36L};
static int32_t g_4 = 0x3CDF98A5L;
static int32_t g_7 = (-1L);
static uint64_t g_26[4] = {4UL,4UL,4UL,4UL};
static int32_t g_30[2] = {0xE7359842L,0xE7359842L};
static int32_t g_43[3] = {0x97F5CE94L,0x97F5CE94L,0x97F5CE94L};
static int32_t g_45 = (-1L);
static int64_t g_95 = 1L;
static uint16_t g_103 = 0xC4C5L;
static int32_t *g_119 = &g_43[1];
static uint64_t g_129 = 1UL;
static uint8_t g_144 = 9UL;
static uint16_t *g_160 = &g_103;
static uint16_t **g_159[2] = {&g_160,&g_160};
static uint64_t *g_213 = &g_26[0];
static int32_t g_216 = (-3L);
static int64_t *g_224 = &g_95;
static int64_t ** const g_223 = &g_224;
static int16_t g_227 = (-5L);
static int32_t g_294[4][2] = {{0xC8381EB7L,0xC8381EB7L},{0xC8381EB7L,0xC8381EB7L},{0xC8381EB7L,0xC8381EB7L},{0xC8381EB7L,0xC8381EB7L}};
static int8_t g_317 = 0L;
static uint32_t g_408 = 0xB9A22418L;
static uint32_t g_410 = 1UL;
static int64_t g_437 = (-1L);
static uint8_t g_439 = 0xF6L;
static int64_t **g_461 = &g_224;
static int64_t ***g_460[2][2] = {{&g_461,&g_461},{&g_461,&g_461}};
static const uint16_t g_471[1] = {0x9B1AL};
static int32_t *g_489 = &g_2[1];
static uint32_t g_491 = 0x7A77C9F6L;
static uint16_t g_494 = 1UL;
static int16_t g_536[3] = {0x0258L,0x0258L,0x0258L};
static uint32_t ***g_560[1][2] = {{(void*)0,(void*)0}};
static int16_t  func_1(void);
static uint16_t  func_12(int32_t * p_13, int32_t  p_14);
static int32_t * func_15(int32_t * const  p_16, const int32_t * const  p_17, int32_t * p_18, uint64_t  p_19);
static int16_t  func_1(void)
{ 
    int32_t *l_3 = &g_4;
    int32_t l_411 = 1L;
    int64_t l_425 = 0x21927A803434B948LL;
    int64_t ***l_467 = &g_461;
    const uint16_t *l_468 = &g_103;
    const uint16_t *l_470 = &g_471[0];
    int32_t l_498[1][4] = {{0xE811ADC6L,0xE811ADC6L,0xE811ADC6L,0xE811ADC6L}};
    uint8_t l_501 = 0x0AL;
    uint32_t l_512 = 0UL;
    uint16_t **l_514 = &g_160;
    int32_t l_566 = 0xF3E96C01L;
    int8_t *l_567 = &g_317;
    uint8_t *l_572 = (void*)0;
    uint8_t *l_573[2];
    uint8_t *l_574 = (void*)0;
    uint8_t l_575[3];
    int i, j;
    for (i = 0; i < 2; i++)
        l_573[i] = &g_439;
    for (i = 0; i < 3; i++)
        l_575[i] = 0xE3L;
    if (((*l_3) = g_2[2]))
    { 
        int32_t *l_21 = &g_4;
        int32_t l_419 = 0x1ED892CAL;
        uint64_t l_420 = 1UL;
        int16_t *l_429 = &g_227;
        int64_t l_432 = (-6L);
        int8_t *l_445 = &g_317;
        for (g_4 = (-15); (g_4 >= 28); g_4 = safe_add_func_uint64_t_u_u(g_4, 8))
        { 
            int8_t l_10 = 1L;
            int32_t l_11 = 9L;
            uint16_t l_395 = 65533UL;
            int32_t l_398 = 2L;
            uint16_t l_400[1][2];
            int32_t l_417 = (-4L);
            int32_t l_418 = 1L;
            int32_t *l_426 = &g_30[0];
            uint32_t *l_431[2][2];
            uint8_t *l_438 = &g_439;
            int32_t *l_440 = (void*)0;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_400[i][j] = 6UL;
            }
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                    l_431[i][j] = &g_410;
            }
            for (g_7 = 25; (g_7 != 1); --g_7)
            { 
                l_11 = (l_10 | l_10);
            }
        }
        g_45 ^= (safe_rshift_func_int8_t_s_s((0x8C9E1050L >= ((safe_sub_func_uint8_t_u_u(((((*g_119) != (((0x5045A56944E92619LL == ((((((*l_445) = g_408) >= (safe_div_func_uint32_t_u_u(g_2[2], 0x881B5132L))) , (*g_119)) , (*g_213)) == (*g_213))) && (*l_3)) , 0x9FD1D658L)) != (*l_3)) , (*l_3)), g_410)) != (-10L))), 4));
    }
    else
    { 
        uint32_t *l_455 = &g_410;
        uint32_t **l_454 = &l_455;
        int32_t l_456[4];
        int32_t l_457[4][2] = {{0x95129872L,0x95129872L},{0x95129872L,0x95129872L},{0x95129872L,0x95129872L},{0x95129872L,0x95129872L}};
        int64_t ****l_462 = &g_460[0][1];
        uint16_t *l_472 = &g_103;
        int32_t *l_508[2];
        uint16_t ***l_515 = (void*)0;
        uint16_t ***l_516 = &g_159[0];
        uint16_t **l_517 = (void*)0;
        int32_t l_518 = (-1L);
        int i, j;
        for (i = 0; i < 4; i++)
            l_456[i] = (-1L);
        for (i = 0; i < 2; i++)
            l_508[i] = &g_7;
        (*l_3) = (safe_unary_minus_func_uint64_t_u((safe_add_func_int32_t_s_s((l_457[0][1] = (((~(((*l_3) , func_15((((((*l_3) | ((safe_sub_func_int32_t_s_s(((l_456[0] = (((*l_454) = (void*)0) != ((*l_3) , &g_408))) || g_95), (*l_3))) >= (*l_3))) || (**g_223)) > g_294[0][1]) , &l_456[1]), &l_411, &g_4, (*g_213))) == l_3)) != l_457[3][1]) ^ l_457[3][1])), g_4))));
        if (((safe_mul_func_uint16_t_u_u((((g_30[0] , (((*l_462) = g_460[0][0]) != (((safe_lshift_func_uint16_t_u_u(((*g_160)++), 10)) == (((*g_213) |= ((((g_2[1] , l_467) == (void*)0) && g_410) > 0x9D9C0599L)) == l_457[3][1])) , &g_223))) , 1L) , l_457[3][1]), 1L)) , (*g_119)))
        { 
            const uint16_t **l_469 = &l_468;
            int16_t l_477 = 0x8D57L;
            int32_t l_497 = 0x66344098L;
            int32_t l_499 = 0x055AA177L;
            int32_t l_500 = 0xDB89D625L;
            uint32_t **l_504 = &l_455;
            uint32_t ***l_505 = &l_504;
            if ((((l_470 = ((*l_469) = l_468)) == l_472) < (safe_rshift_func_uint16_t_u_u(65535UL, ((*g_160) = (g_2[0] , (safe_mod_func_uint8_t_u_u((((0x5F2B67EA167F2A1ALL && (**g_461)) ^ 255UL) > l_477), l_477))))))))
            { 
                return l_456[0];
            }
            else
            { 
                int32_t *l_486 = &l_457[3][1];
                int32_t *l_487[3];
                int32_t **l_488 = (void*)0;
                uint32_t *l_490 = &g_491;
                const int8_t l_492 = 0x95L;
                uint16_t *l_493 = &g_494;
                int32_t *l_495 = &g_30[0];
                int32_t *l_496[2][2] = {{&l_457[3][1],&l_457[3][1]},{&l_457[3][1],&l_457[3][1]}};
                int i, j;
                for (i = 0; i < 3; i++)
                    l_487[i] = &g_294[0][1];
                (*g_119) ^= (((safe_mul_func_uint16_t_u_u(((*l_493) ^= ((((*g_160) , ((***l_467) = ((safe_sub_func_uint32_t_u_u(4294967287UL, (safe_lshift_func_uint16_t_u_s((1L < ((((((*l_490) = ((((safe_mul_func_int8_t_s_s((l_3 != (g_489 = l_487[1])), 1UL)) ^ 3UL) >= (*l_486)) , g_103)) , g_294[0][1]) , 9UL) ^ (*l_3)) >= l_456[0])), 11)))) && (*l_3)))) , l_492) <= 0xA5F1D32F1F0F3C96LL)), l_477)) >= l_457[3][1]) , 9L);
                (*g_119) = ((*l_3) = (*g_119));
                l_501++;
            }
            (*l_505) = l_504;
            l_508[1] = func_15(&l_411, &l_456[0], &l_498[0][0], ((((safe_mod_func_uint16_t_u_u(0xD203L, ((l_500 = (-1L)) ^ (*g_213)))) , 18446744073709551608UL) != (*l_3)) , 7UL));
        }
        else
        { 
            uint16_t *l_511[2][1];
            int32_t l_513 = 1L;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_511[i][j] = &g_494;
            }
            (*l_3) &= ((safe_sub_func_uint16_t_u_u((l_512 = ((*l_472) = 0UL)), (0xF4CAAC5E5F710F09LL | (&g_491 == &g_491)))) > l_513);
            (*g_119) = 0xD9F001B8L;
            return g_471[0];
        }
        l_518 ^= ((*g_119) = (((*l_516) = l_514) == (l_517 = l_514)));
        for (g_408 = 0; (g_408 <= 34); g_408++)
        { 
            uint64_t l_521 = 0UL;
            ++l_521;
            for (l_512 = 0; (l_512 > 36); l_512++)
            { 
                return (*l_3);
            }
        }
    }
    for (g_45 = (-10); (g_45 != 2); ++g_45)
    { 
        int32_t *l_530 = &g_216;
        int8_t *l_532 = &g_317;
        int32_t l_533 = (-1L);
        int16_t *l_534 = &g_227;
        int16_t *l_535 = &g_536[2];
        int32_t l_551 = (-4L);
        const uint32_t *l_558[1][4];
        const uint32_t **l_557 = &l_558[0][2];
        const uint32_t ***l_556 = &l_557;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_558[i][j] = &g_408;
        }
        (*g_119) &= ((safe_div_func_int16_t_s_s(((*l_535) ^= ((*l_534) = ((((*l_530) |= (*g_489)) , 0xB3L) , (((*l_3) && (+((0xC6L && ((*l_532) = 0xDEL)) <= l_533))) != (*g_213))))), (*l_3))) >= (*g_224));
        for (l_512 = 0; (l_512 == 12); ++l_512)
        { 
            uint64_t l_552 = 0x182F7136D0E1E7DFLL;
            for (g_410 = 0; (g_410 < 53); g_410 = safe_add_func_uint16_t_u_u(g_410, 5))
            { 
                int32_t *l_541 = &g_4;
                int32_t *l_542 = (void*)0;
                int32_t *l_543 = (void*)0;
                int32_t *l_544 = (void*)0;
                int32_t *l_545 = (void*)0;
                int32_t *l_546 = &l_498[0][0];
                int32_t *l_547 = &l_533;
                int32_t *l_548 = (void*)0;
                int32_t *l_549 = &g_30[0];
                int32_t *l_550[2];
                int32_t **l_555 = &l_550[1];
                const uint32_t ****l_559 = &l_556;
                uint32_t ****l_561 = &g_560[0][0];
                int i;
                for (i = 0; i < 2; i++)
                    l_550[i] = &l_498[0][3];
                l_552++;
                (*l_555) = &l_498[0][0];
                (*g_119) = (((*l_559) = l_556) == ((*l_561) = g_560[0][1]));
            }
        }
    }
    l_575[0] &= (safe_lshift_func_int8_t_s_u(((*l_567) ^= (safe_add_func_uint64_t_u_u(((*g_213) ^= l_566), 6L))), (((--g_144) < (safe_mul_func_int8_t_s_s((*l_3), (g_439 |= 255UL)))) && (l_574 != &l_501))));
    return g_408;
}
static uint16_t  func_12(int32_t * p_13, int32_t  p_14)
{ 
    uint64_t *l_212 = &g_26[0];
    int8_t l_214 = 1L;
    int32_t *l_217 = &g_30[1];
    int64_t **l_225[2][2] = {{&g_224,&g_224},{&g_224,&g_224}};
    int32_t l_263 = (-10L);
    int32_t l_268 = 0xF412F7C2L;
    int32_t l_269[1][2];
    int32_t *l_330 = &g_7;
    int32_t *l_353 = (void*)0;
    int32_t *l_354 = (void*)0;
    int32_t *l_355 = &g_43[2];
    uint16_t * const *l_358 = &g_160;
    uint16_t **l_359 = &g_160;
    uint16_t l_368 = 0x7E57L;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_269[i][j] = 0x20C1F3F4L;
    }
    if (((((((g_213 = l_212) != &g_26[2]) | p_14) ^ (((void*)0 == &g_95) >= g_4)) , l_214) >= 0xB1L))
    { 
        int64_t l_234[4][1] = {{1L},{0xF972B7384CCD5397LL},{1L},{0xF972B7384CCD5397LL}};
        int32_t l_235 = 0x933D41CAL;
        int32_t l_236 = 0x167741F7L;
        int i, j;
        if (l_214)
        { 
            int32_t *l_215 = &g_45;
            (*l_215) = 0x458ECA6CL;
        }
        else
        { 
            int16_t *l_226 = &g_227;
            int32_t l_229 = (-10L);
            int32_t l_237 = 1L;
            uint32_t l_238 = 0xE1C05AD0L;
            for (g_129 = 0; (g_129 <= 2); g_129 += 1)
            { 
                int i;
                g_43[g_129] = 0xA9C7EA6EL;
                p_14 = ((g_216 |= g_45) > g_43[2]);
                l_217 = &p_14;
            }
            for (p_14 = (-5); (p_14 <= (-25)); p_14 = safe_sub_func_uint32_t_u_u(p_14, 6))
            { 
                uint32_t l_220 = 0x78AEBD93L;
                return l_220;
            }
            if ((safe_lshift_func_int16_t_s_s(((*l_226) = (g_4 ^ ((((0x88L ^ 0x27L) , ((((-1L) >= ((*g_119) || (*g_119))) > (-1L)) , g_223)) != l_225[0][0]) | 0x04L))), p_14)))
            { 
                int64_t ***l_228 = &l_225[0][0];
                (*l_228) = &g_224;
                return l_229;
            }
            else
            { 
                const int32_t l_230 = 0L;
                int32_t l_231[4][2];
                int32_t *l_232 = &g_45;
                int32_t *l_233[3][3] = {{&l_231[1][1],&l_231[2][0],&l_231[2][0]},{&l_231[1][1],&l_231[2][0],&l_231[2][0]},{&l_231[1][1],&l_231[2][0],&l_231[2][0]}};
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_231[i][j] = 0L;
                }
                (*l_217) ^= l_230;
                (*l_217) = 0x63148271L;
                l_238++;
                return l_229;
            }
        }
    }
    else
    { 
        int64_t ** const *l_247 = &g_223;
        uint16_t l_248[2][3];
        int32_t l_270 = 0xAA7C1C73L;
        int32_t l_272 = 0L;
        int32_t l_273 = 0xE5C4304CL;
        int32_t l_274[2];
        int8_t *l_324 = (void*)0;
        int8_t *l_325 = &l_214;
        int32_t l_341 = 0x0487C5DDL;
        const int32_t *l_345 = &l_263;
        int8_t *l_346 = &g_317;
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 3; j++)
                l_248[i][j] = 1UL;
        }
        for (i = 0; i < 2; i++)
            l_274[i] = (-7L);
    }
    (*l_355) |= (safe_lshift_func_int8_t_s_u((safe_mod_func_uint8_t_u_u((safe_sub_func_uint16_t_u_u(p_14, 4L)), ((((void*)0 != l_212) ^ (*l_217)) & (*l_217)))), p_14));
    if ((safe_sub_func_int64_t_s_s((l_358 == (l_359 = l_359)), (*g_224))))
    { 
        int32_t *l_360 = &l_268;
        int32_t *l_361 = (void*)0;
        int32_t *l_362 = &g_43[2];
        int32_t *l_363 = &l_269[0][0];
        int32_t *l_364 = &l_269[0][0];
        int32_t *l_365 = &g_30[0];
        int32_t *l_366 = &l_268;
        int32_t *l_367[4][3] = {{&g_30[0],&l_268,&g_30[0]},{(void*)0,(void*)0,(void*)0},{&g_30[0],&l_268,&g_30[0]},{(void*)0,(void*)0,(void*)0}};
        int i, j;
        --l_368;
    }
    else
    { 
        int32_t l_374 = 0x443AD819L;
        int32_t l_375 = 0xD7A9F401L;
        int32_t l_376 = 4L;
        int32_t l_377 = 0L;
        int32_t l_378 = 0xA77ABA84L;
        for (l_368 = 0; (l_368 >= 60); l_368++)
        { 
            int32_t *l_373[3][2] = {{(void*)0,&l_269[0][1]},{(void*)0,(void*)0},{&l_269[0][1],(void*)0}};
            uint16_t l_379 = 0x3887L;
            int i, j;
            --l_379;
            if ((*g_119))
                continue;
        }
        return p_14;
    }
    return (*g_160);
}
static int32_t * func_15(int32_t * const  p_16, const int32_t * const  p_17, int32_t * p_18, uint64_t  p_19)
{ 
    uint32_t l_24[4][3];
    int32_t l_36 = 0xA3C9E4A0L;
    int32_t l_37 = 0x12652969L;
    int32_t l_38 = 1L;
    int32_t l_39 = 0x674DCCE6L;
    int32_t l_40 = 0x2A457AFCL;
    int8_t l_41 = (-1L);
    int32_t l_42[4] = {0x486B6864L,0x486B6864L,0x486B6864L,0x486B6864L};
    int32_t l_44[4][3] = {{0xC778C533L,0x64FAD621L,0xC778C533L},{1L,(-9L),1L},{0xC778C533L,0x64FAD621L,0xC778C533L},{1L,(-9L),1L}};
    uint64_t l_46 = 0xB1092FBB161CA2EBLL;
    int32_t *l_53 = &g_4;
    uint32_t l_84 = 0UL;
    int64_t *l_94 = &g_95;
    int64_t *l_115 = &g_95;
    int32_t * const l_120 = (void*)0;
    int32_t *l_210[2][3];
    int32_t *l_211 = (void*)0;
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
            l_24[i][j] = 0x7A81A82EL;
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
            l_210[i][j] = &l_40;
    }
    for (p_19 = 2; (p_19 >= 33); p_19++)
    { 
        int64_t l_25 = (-4L);
        int32_t l_34 = 0x78B15B45L;
        int32_t l_35[2];
        int32_t l_81[4];
        const uint16_t *l_155 = (void*)0;
        uint32_t l_158[1];
        uint8_t *l_164 = (void*)0;
        uint8_t l_175[1];
        uint16_t l_180[2][2];
        int i, j;
        for (i = 0; i < 2; i++)
            l_35[i] = 0x23CB8E00L;
        for (i = 0; i < 4; i++)
            l_81[i] = 0x0A6B561CL;
        for (i = 0; i < 1; i++)
            l_158[i] = 18446744073709551606UL;
        for (i = 0; i < 1; i++)
            l_175[i] = 255UL;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 2; j++)
                l_180[i][j] = 0x0CC3L;
        }
        if (l_24[1][1])
        { 
            int32_t *l_29 = &g_30[0];
            int32_t *l_31 = &g_30[0];
            int32_t *l_32 = &g_30[0];
            int32_t *l_33[1][1];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_33[i][j] = &g_30[1];
            }
            ++g_26[0];
            l_46--;
            for (l_46 = 0; (l_46 <= 10); ++l_46)
            { 
                return &g_4;
            }
            if ((*p_17))
                break;
        }
        else
        { 
            int32_t *l_52 = &l_42[2];
            int32_t l_61 = 0xAC39F6C4L;
            int32_t l_62 = 0xE7E41F4AL;
            for (l_41 = 0; (l_41 <= 1); l_41 += 1)
            { 
                int32_t *l_51 = &l_34;
                return l_53;
            }
            for (l_41 = (-9); (l_41 >= (-28)); l_41 = safe_sub_func_uint16_t_u_u(l_41, 4))
            { 
                int32_t *l_56 = &l_39;
                int32_t *l_57 = &l_35[0];
                int32_t *l_58 = (void*)0;
                int32_t *l_59 = &l_37;
                int32_t *l_60[3][3];
                uint32_t l_63 = 0xFCA91F7CL;
                int64_t *l_74 = &l_25;
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_60[i][j] = &l_34;
                }
                --l_63;
                g_45 = ((*l_59) = ((((((((safe_mul_func_uint16_t_u_u(0UL, ((*l_53) == (safe_add_func_int32_t_s_s((safe_add_func_int64_t_s_s((l_35[0] = ((safe_add_func_int64_t_s_s(((4294967289UL >= g_26[0]) , ((*l_74) = ((0UL || 0xBB530338L) <= l_35[1]))), p_19)) < (*l_59))), 0xEBA3859457360C0ALL)), g_43[2]))))) , (-1L)) <= (*l_53)) | p_19) , g_7) || 0L) , p_19) == p_19));
            }
        }
        for (l_37 = (-24); (l_37 < 10); ++l_37)
        { 
            int64_t *l_79 = (void*)0;
            int32_t l_82 = 0x8E352C4DL;
            int32_t l_83 = 0x34A561BDL;
            uint16_t *l_113 = &g_103;
            int32_t **l_118[3][2] = {{&l_53,&l_53},{&l_53,&l_53},{&l_53,&l_53}};
            uint16_t l_132 = 0x0719L;
            int64_t l_133 = 0L;
            uint32_t *l_154 = &l_24[1][1];
            uint32_t l_161 = 4UL;
            int i, j;
            for (l_41 = 0; (l_41 == 6); l_41++)
            { 
                int32_t *l_80[1][2];
                const int64_t *l_87 = (void*)0;
                int64_t **l_96 = &l_94;
                uint16_t *l_102 = &g_103;
                uint16_t **l_112 = &l_102;
                uint32_t *l_114 = (void*)0;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_80[i][j] = (void*)0;
                }
                g_30[1] = (l_79 != (void*)0);
                --l_84;
                l_83 = (g_43[2] = ((void*)0 == l_87));
                g_45 = (safe_lshift_func_uint8_t_u_s((safe_lshift_func_uint8_t_u_s((safe_sub_func_int8_t_s_s((((l_35[0] |= (((*l_96) = l_94) != ((safe_mul_func_int16_t_s_s(((void*)0 == &l_79), (safe_lshift_func_int8_t_s_u(((((((!((((*l_102)++) , (((safe_div_func_int32_t_s_s(l_81[0], (l_83 = ((safe_add_func_uint64_t_u_u((((safe_mod_func_uint16_t_u_u((((*l_112) = &g_103) == l_113), g_30[0])) , l_34) == 0L), p_19)) , g_2[0])))) , p_19) | l_82)) , g_2[2])) , 3UL) && l_81[0]) , 0x2229L) & 7L) != (-1L)), g_7)))) , l_115))) , 0x11EF485BC65A43AFLL) < p_19), l_82)), l_82)), 4));
            }
            if (((((safe_mod_func_uint16_t_u_u(((((g_119 = &g_7) == l_120) , l_25) , ((l_35[0] &= g_2[2]) != (safe_lshift_func_uint8_t_u_s(g_2[2], 7)))), g_7)) >= (*l_53)) && l_81[0]) == g_26[0]))
            { 
                uint8_t l_130 = 4UL;
                uint8_t l_131[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_131[i] = 1UL;
                l_133 &= ((((safe_lshift_func_uint16_t_u_u(((safe_mod_func_uint64_t_u_u(((g_26[0] | (((safe_mul_func_int16_t_s_s(((void*)0 != l_113), (p_19 || (g_30[0] , g_129)))) , p_19) > l_130)) && (-1L)), (*l_53))) , l_131[0]), 1)) , 255UL) , (*g_119)) , l_132);
                if ((*p_16))
                    continue;
            }
            else
            { 
                uint64_t *l_136[3][1];
                uint8_t *l_143 = &g_144;
                uint32_t l_145 = 0xD6CEE14AL;
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_136[i][j] = &g_26[3];
                }
                l_145 |= (((((++g_129) | ((g_95 |= 0L) > (*l_53))) , (p_19 == p_19)) == ((*l_143) = (((safe_div_func_int8_t_s_s((safe_lshift_func_int16_t_s_u(g_4, 8)), 1L)) , l_34) && g_2[1]))) <= g_103);
                g_30[0] = (l_42[3] = 0x6BCD61EFL);
                if ((*g_119))
                    break;
            }
            if ((safe_sub_func_int16_t_s_s(((((l_35[0] &= (p_19 != (safe_mul_func_int16_t_s_s(((safe_add_func_uint64_t_u_u((((safe_div_func_uint8_t_u_u((((g_119 == l_154) , (((l_155 == ((safe_sub_func_uint16_t_u_u((l_34 , g_45), 0L)) , (void*)0)) | p_19) , 0x2EFCL)) ^ 0x4FBCL), 0xB9L)) != 1L) || 0x31L), 3UL)) , l_158[0]), 0UL)))) > p_19) , &l_155) == g_159[0]), l_161)))
            { 
                if ((*p_18))
                    break;
                return p_18;
            }
            else
            { 
                l_35[0] &= ((safe_sub_func_uint64_t_u_u(p_19, ((&l_24[1][1] == (void*)0) >= p_19))) ^ (g_144 ^ 0xEF570C646F5C477DLL));
                g_30[0] |= (((((*l_154) = g_43[1]) , &g_144) == l_164) || ((((*l_154) ^= (safe_div_func_int32_t_s_s(0L, p_19))) | (*g_119)) && 0L));
            }
        }
        if ((0x485CL ^ (g_2[2] , 0xF4C9L)))
        { 
            int32_t *l_167[2];
            int16_t l_168 = 0x55A5L;
            uint8_t l_169 = 255UL;
            int i;
            for (i = 0; i < 2; i++)
                l_167[i] = &l_39;
            ++l_169;
        }
        else
        { 
            int32_t *l_172 = &l_38;
            int32_t *l_173[3];
            int64_t l_174[2];
            uint64_t * const l_205[1] = {&g_129};
            int i;
            for (i = 0; i < 3; i++)
                l_173[i] = &g_45;
            for (i = 0; i < 2; i++)
                l_174[i] = 6L;
            ++l_175[0];
            if ((*p_16))
                break;
            if ((*g_119))
            { 
                uint64_t *l_190 = &g_26[0];
                int32_t l_191 = 0xF230F887L;
                int8_t *l_192 = &l_41;
                uint32_t *l_194 = (void*)0;
                uint32_t **l_193 = &l_194;
                g_43[2] = ((((*l_193) = (((safe_mul_func_uint8_t_u_u((l_180[1][1] | 0x56L), ((g_30[0] ^= ((*l_172) = (safe_div_func_uint8_t_u_u(((((safe_add_func_int64_t_s_s(((((void*)0 == &p_16) & ((safe_mod_func_int8_t_s_s(((*l_192) = (safe_mul_func_int16_t_s_s(((((((safe_unary_minus_func_uint32_t_u((g_7 == g_45))) , &g_26[1]) != l_190) < g_43[2]) || l_191) ^ p_19), (*l_53)))), p_19)) && 0x76L)) , 0L), 0x2449FA879EB5DBAFLL)) != p_19) ^ (-1L)) | l_191), g_45)))) ^ 0xD20CEAFFL))) != (*g_119)) , p_18)) != p_16) | p_19);
                return p_18;
            }
            else
            { 
                const int32_t *l_196 = (void*)0;
                const int32_t **l_195 = &l_196;
                int32_t l_206[2];
                int32_t l_207 = 0x3D4B22B3L;
                int i;
                for (i = 0; i < 2; i++)
                    l_206[i] = 0L;
                (*l_195) = p_17;
                (*l_172) = (safe_lshift_func_uint8_t_u_s(((g_129 |= (safe_lshift_func_uint8_t_u_s(((l_207 |= (safe_add_func_int32_t_s_s((l_206[0] = ((safe_add_func_uint32_t_u_u((&p_19 != (l_25 , l_205[0])), (*g_119))) , (p_19 || p_19))), (*g_119)))) , 255UL), 2))) != 0x22A849F018EC72ADLL), 6));
            }
        }
    }
    g_43[2] = (0x08EB28AEL > (((1L == g_2[2]) != (((((safe_rshift_func_uint8_t_u_s((g_144 = (p_19 ^ (((4294967295UL < (*l_53)) == (*g_160)) | p_19))), 3)) || (*l_53)) > 0x1AL) , (*g_119)) ^ (-1L))) <= g_129));
    return l_211;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_2[i], "g_2[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_7, "g_7", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_26[i], "g_26[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_30[i], "g_30[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_43[i], "g_43[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_103, "g_103", print_hash_value);
    transparent_crc(g_129, "g_129", print_hash_value);
    transparent_crc(g_144, "g_144", print_hash_value);
    transparent_crc(g_216, "g_216", print_hash_value);
    transparent_crc(g_227, "g_227", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_294[i][j], "g_294[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_317, "g_317", print_hash_value);
    transparent_crc(g_408, "g_408", print_hash_value);
    transparent_crc(g_410, "g_410", print_hash_value);
    transparent_crc(g_437, "g_437", print_hash_value);
    transparent_crc(g_439, "g_439", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_471[i], "g_471[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_491, "g_491", print_hash_value);
    transparent_crc(g_494, "g_494", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_536[i], "g_536[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
