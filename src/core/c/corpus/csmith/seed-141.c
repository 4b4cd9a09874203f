#include "csmith.h"
static long __undefined;
static int32_t g_3 = (-10L);
static uint32_t g_14 = 4294967286UL;
static uint32_t g_21 = 0x589FE57FL;
static uint32_t *g_20 = &g_21;
static uint32_t g_27 = 6UL;
static uint64_t g_37 = 18446744073709551613UL;
static uint16_t g_39[1] = {0x132DL};
static int32_t g_42 = 1L;
static int32_t g_56 = 1L;
static int32_t g_62[4][1] = {{0x0A992350L},{(-1L)},{0x0A992350L},{(-1L)}};
static uint8_t g_80[2][3] = {{0x40L,0x40L,0x40L},{0x40L,0x40L,0x40L}};
static uint64_t g_84 = 0x4CD7CE17D650891FLL;
static int8_t g_119[2] = {0x2CL,0x2CL};
static uint8_t g_120 = 0x95L;
static int16_t g_123 = 0x0784L;
static int64_t g_128[4][1] = {{0x6BE2EA708A12FBA8LL},{0x3B3E5AADBCCDF926LL},{0x6BE2EA708A12FBA8LL},{0x3B3E5AADBCCDF926LL}};
static int32_t *g_136 = &g_3;
static int32_t **g_135 = &g_136;
static uint64_t g_141 = 0xB3A0AE147BCB459ALL;
static uint32_t g_145 = 2UL;
static int64_t **g_163 = (void*)0;
static int8_t g_182 = 0x2BL;
static uint16_t g_186[3][2] = {{65535UL,65535UL},{65535UL,65535UL},{65535UL,65535UL}};
static int16_t g_203 = 0x1B59L;
static uint16_t g_204 = 65535UL;
static int64_t g_246 = 0L;
static uint32_t g_265 = 4294967286UL;
static int16_t g_268[1] = {0xFC61L};
static uint32_t g_270[1] = {0xC262D5B6L};
static uint8_t g_275 = 1UL;
static int32_t g_292 = 0x875A1236L;
static uint32_t g_293[3] = {0x6956F44BL,0x6956F44BL,0x6956F44BL};
static uint32_t ***g_316 = (void*)0;
static int64_t g_333 = (-6L);
static uint16_t g_334 = 65531UL;
static uint32_t g_339 = 1UL;
static int32_t g_359[3] = {1L,1L,1L};
static uint64_t g_368 = 1UL;
static uint16_t *g_415 = &g_39[0];
static uint16_t **g_414[3] = {&g_415,&g_415,&g_415};
static int64_t g_529 = 0xADAD5285A3A27F2BLL;
static int32_t g_532[4][2] = {{(-1L),(-1L)},{(-1L),(-1L)},{(-1L),(-1L)},{(-1L),(-1L)}};
static int32_t ***g_567 = &g_135;
static int32_t g_588 = 0L;
static int32_t g_592 = 0xD7B5F510L;
static uint32_t *****g_612 = (void*)0;
static const int32_t  func_1(void);
static int64_t  func_18(uint32_t * p_19);
static uint16_t  func_24(const uint32_t  p_25);
static const int32_t  func_1(void)
{ 
    int32_t l_2[3][1];
    uint16_t l_12 = 0UL;
    int32_t l_15[4][2] = {{(-8L),(-8L)},{(-8L),(-8L)},{(-8L),(-8L)},{(-8L),(-8L)}};
    int32_t l_530 = 0xD8BBFA62L;
    int64_t l_548 = 0xD5766EEEC1C3FDBFLL;
    uint16_t l_595 = 65535UL;
    uint16_t * const *l_607 = &g_415;
    int16_t *l_608[1][2];
    uint16_t l_609 = 0x737EL;
    uint32_t ****l_611[2];
    uint32_t *****l_610 = &l_611[1];
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_2[i][j] = (-6L);
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_608[i][j] = &g_268[0];
    }
    for (i = 0; i < 2; i++)
        l_611[i] = &g_316;
    for (g_3 = 0; (g_3 >= 0); g_3 -= 1)
    { 
        uint32_t *l_13 = &g_14;
        int64_t *l_528 = &g_529;
        int32_t *l_531 = &g_532[2][0];
        int32_t ***l_565 = &g_135;
        int32_t l_569[1];
        uint16_t l_601[2];
        int i;
        for (i = 0; i < 1; i++)
            l_569[i] = (-1L);
        for (i = 0; i < 2; i++)
            l_601[i] = 0x0187L;
    }
    (***g_567) |= (safe_mod_func_int16_t_s_s((l_607 == l_607), 2UL));
    g_612 = ((l_595 && (l_609 = g_270[0])) , l_610);
    return g_182;
}
static int64_t  func_18(uint32_t * p_19)
{ 
    uint32_t *l_26 = &g_27;
    int32_t l_180[1];
    int8_t *l_181 = &g_182;
    uint16_t *l_185[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
    int32_t *l_187 = (void*)0;
    int32_t *l_188 = (void*)0;
    int32_t l_189 = 0x6656B126L;
    int32_t l_223 = 0xDE870074L;
    int8_t l_271 = 0x03L;
    int16_t l_361 = 0L;
    int32_t l_384 = 0x77C8B334L;
    uint64_t l_390 = 0UL;
    uint16_t **l_416 = &l_185[1];
    uint32_t * const **l_418 = (void*)0;
    uint32_t * const ***l_417 = &l_418;
    const uint16_t l_419 = 65535UL;
    int8_t l_436 = 0x27L;
    int32_t l_494 = 6L;
    int64_t l_499 = 0xE34B51522DD1F76FLL;
    int32_t *l_523[1];
    uint32_t l_524 = 4294967295UL;
    int32_t l_527[3];
    int i;
    for (i = 0; i < 1; i++)
        l_180[i] = (-1L);
    for (i = 0; i < 1; i++)
        l_523[i] = &g_56;
    for (i = 0; i < 3; i++)
        l_527[i] = 0L;
    if ((l_189 ^= (safe_lshift_func_uint16_t_u_s(func_24((--(*l_26))), ((safe_mul_func_uint8_t_u_u((0x85B4L || ((safe_lshift_func_uint16_t_u_s((safe_rshift_func_int8_t_s_u((safe_div_func_uint16_t_u_u((g_186[1][1] = (l_180[0] ^ ((((*l_181) ^= l_180[0]) , (safe_lshift_func_int16_t_s_s(l_180[0], 7))) ^ l_180[0]))), g_39[0])), l_180[0])), 7)) & l_180[0])), l_180[0])) , g_56)))))
    { 
        int32_t l_190[2][2] = {{(-1L),(-1L)},{(-1L),(-1L)}};
        int32_t l_193 = (-2L);
        int32_t l_198 = 5L;
        int32_t l_202[1];
        int32_t l_226[4];
        int8_t l_267 = 0x6FL;
        int64_t l_291[1];
        uint8_t *l_325 = (void*)0;
        int i, j;
        for (i = 0; i < 1; i++)
            l_202[i] = 0L;
        for (i = 0; i < 4; i++)
            l_226[i] = 0xFC17BC80L;
        for (i = 0; i < 1; i++)
            l_291[i] = (-1L);
        if (l_190[0][0])
        { 
            int32_t *l_191 = &l_180[0];
            int32_t *l_192 = &l_180[0];
            int32_t *l_194 = (void*)0;
            int32_t *l_195 = &l_193;
            int32_t *l_196 = (void*)0;
            int32_t *l_197 = &g_42;
            int32_t *l_199 = &l_180[0];
            int32_t *l_200 = &g_42;
            int32_t *l_201[2];
            uint64_t l_209 = 1UL;
            int8_t *l_210 = (void*)0;
            int8_t *l_211 = &g_119[1];
            int i;
            for (i = 0; i < 2; i++)
                l_201[i] = &l_180[0];
            g_204--;
            (*l_199) = (safe_add_func_int16_t_s_s((l_209 || (((*l_211) = ((*l_181) = (-8L))) & g_141)), (safe_unary_minus_func_int8_t_s(((safe_add_func_uint16_t_u_u(l_190[0][0], (safe_add_func_uint64_t_u_u(((((safe_rshift_func_uint8_t_u_s((safe_sub_func_uint16_t_u_u((((*l_195) = ((safe_sub_func_int8_t_s_s(g_56, 0x7CL)) || l_223)) , g_80[0][1]), g_84)), (*l_200))) ^ g_42) , l_190[0][0]) > 0x4E1DL), 0UL)))) == 1L)))));
            for (l_189 = (-10); (l_189 != (-1)); l_189 = safe_add_func_uint32_t_u_u(l_189, 9))
            { 
                uint8_t l_227 = 3UL;
                int32_t l_228 = 0xEC7746C2L;
                if (l_226[0])
                    break;
                l_228 &= (g_128[1][0] != l_227);
            }
        }
        else
        { 
            uint32_t l_244[1][3];
            int32_t l_248[2][1];
            int32_t *l_276 = &l_226[0];
            int32_t *l_277 = &l_198;
            int32_t *l_278 = &l_226[2];
            int32_t *l_279 = &l_202[0];
            int32_t *l_280 = &g_42;
            int32_t *l_281 = &l_198;
            int32_t *l_282 = &l_226[0];
            int32_t *l_283 = &l_226[2];
            int32_t *l_284 = &l_193;
            int32_t *l_285 = &l_202[0];
            int32_t *l_286 = &l_248[0][0];
            int32_t *l_287 = &l_198;
            int32_t *l_288 = &l_202[0];
            int32_t *l_289 = &g_56;
            int32_t *l_290[1];
            int32_t *l_311[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_244[i][j] = 1UL;
            }
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_248[i][j] = 0L;
            }
            for (i = 0; i < 1; i++)
                l_290[i] = &g_56;
            for (l_198 = 0; (l_198 <= 1); l_198 += 1)
            { 
                int64_t *l_245 = &g_246;
                int32_t *l_247[4][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}};
                uint32_t *l_264 = &g_265;
                uint8_t *l_266 = &g_80[0][0];
                uint32_t *l_269 = &g_270[0];
                uint64_t *l_272[1][2];
                int16_t *l_273 = (void*)0;
                int16_t *l_274 = (void*)0;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_272[i][j] = &g_37;
                }
                l_248[0][0] = (safe_mul_func_uint8_t_u_u(0xECL, ((((g_119[l_198] == (((*l_245) &= (((safe_add_func_int64_t_s_s(9L, (((+(((l_193 < (safe_mod_func_int32_t_s_s((safe_mul_func_uint16_t_u_u(((g_186[1][1] = (((safe_sub_func_uint32_t_u_u((safe_mod_func_uint8_t_u_u((safe_lshift_func_int8_t_s_s(0x66L, 6)), g_203)), g_119[l_198])) == l_244[0][2]) && 0xEFCDEB69L)) , g_39[0]), l_202[0])), l_198))) < 0x80CD1502270FD24DLL) > 0xEC7A503FL)) == 0x9B9EC724D02932E7LL) < l_244[0][0]))) > 0x2AL) <= g_128[1][0])) && 0x863D7CA0C704A2BCLL)) , 8L) && l_190[1][0]) <= g_119[l_198])));
                l_248[0][0] = (safe_lshift_func_uint8_t_u_u((+(~(((l_202[0] = (((safe_mod_func_uint64_t_u_u(g_128[3][0], (safe_sub_func_uint32_t_u_u((*g_20), l_244[0][0])))) == ((safe_div_func_int16_t_s_s((g_123 = (~(g_141 = (((*l_269) = (safe_rshift_func_uint16_t_u_u((((safe_rshift_func_uint8_t_u_u(((*l_266) = ((*p_19) , (((*l_264) = (*p_19)) || 0x313E7333L))), 6)) || l_267) < g_3), g_268[0]))) , l_271)))), 0x38C4L)) , g_275)) , g_128[2][0])) <= g_246) == g_182))), l_244[0][2]));
            }
            g_293[1]--;
            for (g_265 = 0; (g_265 <= 11); g_265++)
            { 
                int32_t l_308[1];
                int32_t l_309[1][2];
                int32_t **l_310 = &l_284;
                int i, j;
                for (i = 0; i < 1; i++)
                    l_308[i] = (-1L);
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_309[i][j] = 3L;
                }
                if ((*l_283))
                    break;
            }
        }
        for (g_21 = (-22); (g_21 == 48); g_21++)
        { 
            uint32_t ***l_317 = (void*)0;
            uint32_t ****l_318 = &l_317;
            int32_t l_337 = 0xA0F28B6AL;
            int32_t l_338[2];
            int i;
            for (i = 0; i < 2; i++)
                l_338[i] = 0x0C04F28EL;
            l_198 = (0xFEB27B65L < (safe_mul_func_int8_t_s_s(0x9DL, (g_316 == ((*l_318) = l_317)))));
            for (g_203 = 0; (g_203 == (-19)); --g_203)
            { 
                const int16_t l_321[4] = {(-1L),(-1L),(-1L),(-1L)};
                int32_t l_324 = 0x769E7B83L;
                int32_t *l_326 = &l_202[0];
                int32_t *l_327 = (void*)0;
                int32_t *l_328 = &l_198;
                int32_t *l_329 = (void*)0;
                int32_t *l_330 = &l_324;
                int32_t *l_331 = &l_202[0];
                int32_t *l_332[1][2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_332[i][j] = &l_198;
                }
                (*g_135) = (((*g_20) , (l_321[1] && ((safe_mod_func_uint16_t_u_u(((((((g_42 = 0xE4C795E8L) || (l_324 = l_321[1])) <= ((void*)0 == &l_267)) & 0xC2L) , (void*)0) != l_325), 0x779DL)) >= l_321[2]))) , p_19);
                g_334++;
                (*l_331) = (**g_135);
                --g_339;
            }
        }
    }
    else
    { 
        int32_t l_356 = (-5L);
        int32_t l_357[4] = {0xA04AF344L,0xA04AF344L,0xA04AF344L,0xA04AF344L};
        int32_t l_363 = 1L;
        int32_t l_364 = (-1L);
        int32_t l_366 = 0xD853E892L;
        int32_t l_367 = 1L;
        int32_t l_380 = 0x405DD031L;
        int32_t l_381 = 0xC9CD9951L;
        int32_t l_382[1][1];
        int8_t l_383 = 1L;
        uint64_t l_385 = 3UL;
        uint32_t l_395 = 0xEE555C72L;
        uint32_t * const *l_413[2];
        uint32_t * const * const *l_412 = &l_413[1];
        uint32_t * const * const **l_411[2][2];
        int8_t l_463 = 0x58L;
        uint64_t l_502 = 0xD44AD4DF2974A7C6LL;
        uint8_t l_507 = 1UL;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_382[i][j] = (-10L);
        }
        for (i = 0; i < 2; i++)
            l_413[i] = (void*)0;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 2; j++)
                l_411[i][j] = &l_412;
        }
        for (g_333 = 19; (g_333 >= 17); g_333 = safe_sub_func_uint32_t_u_u(g_333, 3))
        { 
            int64_t l_362 = (-4L);
            int32_t l_365[2][4] = {{1L,0x86386802L,1L,1L},{0x86386802L,0x86386802L,0xDDC4B234L,0x86386802L}};
            int32_t *l_379[2];
            int i, j;
            for (i = 0; i < 2; i++)
                l_379[i] = &l_365[0][0];
            for (g_56 = 0; (g_56 <= 0); g_56 += 1)
            { 
                int32_t *l_358 = (void*)0;
                int32_t *l_360[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_360[i] = &l_180[g_56];
                if (g_268[g_56])
                    break;
                g_359[2] ^= ((safe_add_func_uint64_t_u_u(((l_180[g_56] != (*p_19)) , (safe_add_func_uint64_t_u_u((safe_div_func_int32_t_s_s(((void*)0 != &l_271), (safe_rshift_func_int8_t_s_u((((safe_lshift_func_uint16_t_u_u(((g_119[1] = (safe_mul_func_int8_t_s_s((l_356 && 4294967295UL), g_268[0]))) , g_182), 8)) | 2L) == g_42), l_357[3])))), g_268[g_56]))), g_333)) ^ 0xAEL);
                g_368++;
                g_42 ^= (safe_div_func_int16_t_s_s((safe_add_func_int64_t_s_s(0x528BF43318F5E2BBLL, g_186[1][1])), (0x6821A406L ^ ((safe_rshift_func_int8_t_s_u((safe_rshift_func_uint8_t_u_s(0x59L, l_366)), g_268[0])) ^ g_39[0]))));
            }
            (*g_135) = (*g_135);
            ++l_385;
        }
        for (g_203 = 9; (g_203 != (-19)); g_203 = safe_sub_func_uint16_t_u_u(g_203, 7))
        { 
            int16_t l_401 = 0xE7E8L;
            int32_t l_402 = (-1L);
            int32_t l_403 = 1L;
            if (l_390)
                break;
            l_403 = (((safe_lshift_func_uint8_t_u_s(l_363, 5)) <= (safe_mod_func_int8_t_s_s((l_395 < ((safe_mod_func_int8_t_s_s((~(g_368 = 18446744073709551615UL)), (((safe_rshift_func_uint8_t_u_u(((((l_401 , ((l_402 = ((l_364 , g_3) , l_401)) >= l_357[3])) >= g_56) < (-5L)) >= (-5L)), g_270[0])) == g_270[0]) || 5L))) & l_401)), 0x38L))) != 0xC0L);
        }
        if ((safe_mod_func_uint64_t_u_u((safe_mod_func_uint32_t_u_u((~(((safe_add_func_int8_t_s_s(g_359[1], ((l_380 = (l_411[0][0] != (((*g_20) = (g_414[1] != (l_416 = &g_415))) , l_417))) || 0x36454BA2A8398D24LL))) | l_382[0][0]) , 0x1F914459BA9D16ABLL)), l_385)), l_419)))
        { 
            uint8_t l_420 = 0x75L;
            int32_t l_446 = 1L;
lbl_461:
            for (g_145 = 0; (g_145 <= 3); g_145 += 1)
            { 
                uint32_t **l_430 = &l_26;
                uint32_t ***l_429 = &l_430;
                int32_t l_437 = 0x909E9DBCL;
                int32_t *l_438 = &g_42;
                int16_t *l_445[1];
                int32_t l_448 = 0xAEB7DD61L;
                int64_t *l_460 = &g_246;
                int i;
                for (i = 0; i < 1; i++)
                    l_445[i] = &l_361;
                l_420--;
                if (g_339)
                    goto lbl_461;
                (*l_438) = (safe_sub_func_int16_t_s_s(((((((safe_sub_func_uint32_t_u_u(4294967295UL, (safe_mul_func_uint8_t_u_u((l_429 == (*l_417)), ((!(safe_mod_func_int64_t_s_s(3L, (safe_rshift_func_int16_t_s_u((l_420 || l_383), 1))))) , l_436))))) , g_270[0]) == 0UL) | l_437) , l_420) ^ 0xEDL), g_334));
                (*l_438) = (l_382[0][0] , (safe_add_func_int32_t_s_s((((safe_rshift_func_uint16_t_u_s(((safe_sub_func_int16_t_s_s((g_27 == l_420), (l_446 = (-10L)))) & ((((safe_unary_minus_func_int64_t_s(l_357[3])) || (-2L)) == l_448) || 7UL)), 2)) | g_128[2][0]) <= (*g_20)), (*l_438))));
                (*l_438) = ((safe_sub_func_int64_t_s_s(((*l_460) = (safe_mul_func_int8_t_s_s((safe_mul_func_int8_t_s_s(g_293[1], (safe_div_func_int32_t_s_s((+252UL), (safe_div_func_uint64_t_u_u(((((0x78L && g_334) == (((*l_181) &= (g_359[2] , (*l_438))) , g_292)) && l_420) && g_39[0]), l_356)))))), l_420))), l_446)) , (*l_438));
                if (g_141)
                    goto lbl_461;
            }
            return l_420;
        }
        else
        { 
            int32_t l_468 = 0xA5789E8AL;
            int32_t l_469 = 0xD556F374L;
            uint8_t l_470[4];
            int32_t l_497 = 0x85750EB9L;
            int32_t l_498 = (-7L);
            int32_t l_500 = 6L;
            int32_t l_501 = 0x26C4E586L;
            int i;
            for (i = 0; i < 4; i++)
                l_470[i] = 0x8CL;
            for (g_265 = 0; (g_265 <= 0); g_265 += 1)
            { 
                uint32_t l_462[2];
                int32_t *l_464 = &l_382[0][0];
                int32_t *l_465 = &g_359[1];
                int32_t *l_466 = &l_180[0];
                int32_t *l_467[4] = {&l_367,&l_367,&l_367,&l_367};
                int i;
                for (i = 0; i < 2; i++)
                    l_462[i] = 4294967295UL;
                l_463 = l_462[1];
                --l_470[0];
            }
            for (l_463 = (-17); (l_463 < 27); l_463 = safe_add_func_int16_t_s_s(l_463, 1))
            { 
                uint8_t l_475 = 0xB4L;
                int32_t l_476 = (-10L);
                int8_t *l_479 = (void*)0;
                int64_t *l_485 = &g_333;
                l_382[0][0] &= ((l_475 >= (0x31DDL == (g_39[0] | ((l_476 = 0L) & (safe_lshift_func_int8_t_s_u((g_119[0] &= ((*l_181) |= g_80[1][2])), g_84)))))) < (-4L));
                if (l_476)
                    continue;
                l_468 = (+((l_366 & ((((safe_rshift_func_int8_t_s_s(((safe_sub_func_int64_t_s_s(((*l_485) = l_468), (3L != g_265))) , (safe_sub_func_int64_t_s_s(((*l_485) ^= (-1L)), (-3L)))), 3)) && (*g_415)) , 0x27L) == g_62[2][0])) == 0UL));
            }
            if ((((*g_135) == p_19) ^ 0xF7L))
            { 
                int32_t *l_488 = (void*)0;
                int32_t *l_489 = &l_382[0][0];
                int32_t *l_490 = &g_56;
                int32_t *l_491 = &l_363;
                int32_t *l_492 = (void*)0;
                int32_t l_493[4];
                int32_t *l_495 = &l_468;
                int32_t *l_496[2][1];
                int i, j;
                for (i = 0; i < 4; i++)
                    l_493[i] = 0L;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_496[i][j] = &l_367;
                }
                (*g_135) = (void*)0;
                --l_502;
            }
            else
            { 
                int16_t *l_510[1][1];
                int32_t l_511 = 0L;
                int32_t l_520 = 6L;
                int32_t *l_521 = &l_367;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_510[i][j] = (void*)0;
                }
                l_500 &= (safe_rshift_func_uint8_t_u_u(((l_502 || l_507) , (l_380 > (safe_lshift_func_int16_t_s_s(g_145, (l_469 = (l_468 |= l_470[0])))))), 0));
                (*l_521) = (l_520 |= (((-1L) < l_511) >= (safe_lshift_func_int8_t_s_u((safe_sub_func_int32_t_s_s((((safe_add_func_uint8_t_u_u(l_511, (((*g_20) != ((((safe_mul_func_uint16_t_u_u((*g_415), g_293[1])) ^ l_497) , 0xB5L) , 0UL)) < 1L))) && l_364) | g_334), l_498)), l_364))));
            }
        }
    }
    g_359[2] = (~g_268[0]);
    l_524++;
    return l_527[2];
}
static uint16_t  func_24(const uint32_t  p_25)
{ 
    int8_t l_40 = 0L;
    int32_t *l_45 = &g_42;
    int32_t l_77 = (-2L);
    int32_t **l_105 = &l_45;
    int32_t ***l_104 = &l_105;
    int64_t *l_127 = &g_128[1][0];
    int16_t l_151 = 2L;
    uint8_t *l_154 = &g_120;
    uint32_t *l_171 = &g_145;
    uint32_t **l_170 = &l_171;
    uint32_t ***l_169 = &l_170;
    for (g_27 = (-14); (g_27 == 5); g_27 = safe_add_func_int32_t_s_s(g_27, 3))
    { 
        uint32_t l_34 = 0xFBC43CC9L;
        int64_t l_51 = 0x073D4C46983C17A3LL;
        int32_t **l_65 = (void*)0;
        int32_t l_75[1][1];
        int8_t l_83 = (-3L);
        int32_t l_99 = 0x1806A296L;
        int32_t l_118 = 0x39C8BEE3L;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_75[i][j] = (-9L);
        }
    }
    (*l_105) = (*g_135);
    if (((g_119[0] <= (safe_add_func_int32_t_s_s((-1L), (l_151 , 0x77F500FDL)))) & (safe_rshift_func_uint8_t_u_u(((*l_154) ^= (g_80[0][0] = (*l_45))), g_56))))
    { 
        (*g_135) = (void*)0;
    }
    else
    { 
        uint8_t l_161 = 0x82L;
        int8_t *l_164 = (void*)0;
        int8_t *l_165 = &g_119[1];
        int32_t *l_168 = &l_77;
        (*l_168) = (safe_sub_func_int64_t_s_s((safe_add_func_int16_t_s_s((p_25 < ((safe_sub_func_uint16_t_u_u((((((((l_161 >= (((~((((*l_165) = (g_163 == (void*)0)) | ((safe_sub_func_uint32_t_u_u((1UL >= p_25), (*g_20))) > g_62[1][0])) != (*g_20))) > 0x569B843FL) < 0xFFEE22BCD3741DADLL)) != p_25) != g_39[0]) , 0x1F7ECBFEL) , (void*)0) != (void*)0) || 0x0CAFA75C3078386DLL), 0xF852L)) != g_37)), 0x7EC7L)), g_39[0]));
    }
    (*l_169) = (void*)0;
    return g_145;
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
    transparent_crc(g_21, "g_21", print_hash_value);
    transparent_crc(g_27, "g_27", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_39[i], "g_39[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_62[i][j], "g_62[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_80[i][j], "g_80[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_84, "g_84", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_119[i], "g_119[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_120, "g_120", print_hash_value);
    transparent_crc(g_123, "g_123", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_128[i][j], "g_128[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_141, "g_141", print_hash_value);
    transparent_crc(g_145, "g_145", print_hash_value);
    transparent_crc(g_182, "g_182", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_186[i][j], "g_186[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_203, "g_203", print_hash_value);
    transparent_crc(g_204, "g_204", print_hash_value);
    transparent_crc(g_246, "g_246", print_hash_value);
    transparent_crc(g_265, "g_265", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_268[i], "g_268[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_270[i], "g_270[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_275, "g_275", print_hash_value);
    transparent_crc(g_292, "g_292", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_293[i], "g_293[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_333, "g_333", print_hash_value);
    transparent_crc(g_334, "g_334", print_hash_value);
    transparent_crc(g_339, "g_339", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_359[i], "g_359[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_368, "g_368", print_hash_value);
    transparent_crc(g_529, "g_529", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_532[i][j], "g_532[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_588, "g_588", print_hash_value);
    transparent_crc(g_592, "g_592", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
