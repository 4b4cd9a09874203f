#include "csmith.h"
static long __undefined;
static uint32_t g_20 = 0x17B844A7L;
static int64_t g_37 = 0L;
static uint32_t g_44 = 0x319BD12FL;
static uint32_t g_46[1][4] = {{4UL,4UL,4UL,4UL}};
static uint32_t g_53 = 4294967289UL;
static uint8_t g_80 = 253UL;
static int8_t g_84 = 0x86L;
static uint32_t g_86 = 6UL;
static uint16_t g_90 = 0x930AL;
static int16_t g_96 = 1L;
static int16_t *g_105 = (void*)0;
static const int16_t g_107[3] = {(-1L),(-1L),(-1L)};
static const int16_t *g_106 = &g_107[0];
static uint64_t g_112 = 0xDCCB67721BC9AF00LL;
static int32_t g_116 = 0x03B84D85L;
static int32_t *g_115 = &g_116;
static int32_t *g_131 = &g_116;
static int32_t **g_130 = &g_131;
static int16_t g_137 = (-8L);
static uint16_t g_140 = 0xFE6CL;
static int64_t g_148 = 0x751B8D994F87C28FLL;
static int64_t g_149 = (-10L);
static int64_t g_150 = 0xED785604A185305FLL;
static uint16_t g_152[4] = {0x5FB1L,0x5FB1L,0x5FB1L,0x5FB1L};
static uint64_t g_184 = 0x451B912C0205F722LL;
static int8_t g_204 = 1L;
static int8_t *g_266[3][3] = {{&g_84,&g_84,&g_84},{&g_84,&g_84,&g_84},{&g_84,&g_84,&g_84}};
static uint16_t *g_274 = &g_140;
static uint64_t g_287[1] = {1UL};
static int32_t g_325 = 0xA57C2BB7L;
static uint32_t g_326 = 1UL;
static uint8_t g_330 = 1UL;
static uint32_t g_349[1][4] = {{0x9BAFC729L,0x9BAFC729L,0x9BAFC729L,0x9BAFC729L}};
static uint8_t g_390[1] = {0x64L};
static int32_t g_428 = 5L;
static int16_t g_433 = (-1L);
static int64_t g_438 = 0L;
static uint32_t g_444 = 0xA02D2D96L;
static uint16_t g_454 = 65533UL;
static uint64_t  func_1(void);
static uint8_t  func_4(int8_t  p_5, uint32_t  p_6, uint16_t  p_7, int16_t  p_8, int16_t  p_9);
static uint16_t  func_10(int32_t  p_11, uint16_t  p_12, uint32_t  p_13, uint64_t  p_14, int64_t  p_15);
static uint64_t  func_1(void)
{ 
    uint64_t l_27[2];
    int8_t l_38 = 0L;
    const int64_t l_245[3][2] = {{0x8F9DEAA75BC96B2BLL,0x8F9DEAA75BC96B2BLL},{0x8F9DEAA75BC96B2BLL,0x8F9DEAA75BC96B2BLL},{0x8F9DEAA75BC96B2BLL,0x8F9DEAA75BC96B2BLL}};
    int32_t *l_246 = (void*)0;
    int32_t *l_247 = (void*)0;
    int32_t *l_248 = &g_116;
    int32_t l_249[4][2] = {{0xD0C68C70L,0xD0C68C70L},{0xD0C68C70L,0xD0C68C70L},{0xD0C68C70L,0xD0C68C70L},{0xD0C68C70L,0xD0C68C70L}};
    int64_t l_256 = (-9L);
    uint8_t l_261 = 1UL;
    int8_t *l_265 = &g_84;
    int8_t **l_264[4];
    uint16_t *l_267[4][4] = {{(void*)0,&g_140,&g_140,&g_140},{(void*)0,(void*)0,&g_90,&g_140},{&g_140,(void*)0,&g_140,&g_90},{&g_140,&g_90,&g_90,&g_140}};
    int16_t *l_268 = &g_137;
    uint16_t **l_271 = &l_267[0][2];
    uint16_t **l_272 = (void*)0;
    uint16_t *l_273 = &g_90;
    uint64_t l_348[2];
    uint64_t l_353[1];
    uint32_t l_426 = 18446744073709551615UL;
    int i, j;
    for (i = 0; i < 2; i++)
        l_27[i] = 0x23A266D210EC3203LL;
    for (i = 0; i < 4; i++)
        l_264[i] = &l_265;
    for (i = 0; i < 2; i++)
        l_348[i] = 0xF0EF6DE1D1B8B10FLL;
    for (i = 0; i < 1; i++)
        l_353[i] = 1UL;
    (*l_248) = (safe_lshift_func_uint8_t_u_s(func_4((func_10((safe_add_func_int32_t_s_s((((safe_add_func_int16_t_s_s((g_20 ^ (safe_rshift_func_uint8_t_u_u(((safe_sub_func_uint16_t_u_u((((safe_add_func_uint64_t_u_u(l_27[1], g_20)) , ((safe_lshift_func_uint16_t_u_u(g_20, 10)) | ((safe_sub_func_uint16_t_u_u(((((safe_unary_minus_func_uint64_t_u(((safe_rshift_func_int8_t_s_s(((((safe_rshift_func_int16_t_s_u((((l_27[1] <= 3L) , g_20) != 0x120DD93BL), 6)) > 1UL) <= l_27[1]) == g_20), g_20)) > g_20))) , g_20) , l_27[0]) , g_20), l_27[1])) ^ g_37))) == 1UL), g_20)) , g_37), 1))), 0x9964L)) , g_20) , l_27[1]), l_27[1])), g_37, l_27[1], l_27[0], l_38) > l_38), l_27[1], g_150, g_20, g_150), l_245[1][1]));
    g_116 = ((l_249[1][1] > ((*l_248) != (((safe_lshift_func_int16_t_s_s((safe_sub_func_int64_t_s_s((((safe_mod_func_int64_t_s_s((l_256 | (*g_106)), (safe_sub_func_uint32_t_u_u((safe_sub_func_uint16_t_u_u(((*l_248) <= g_148), (*l_248))), 0xAB7E0C7BL)))) | 0x60ADCB03L) | g_107[0]), 0x3D7FC5022FEA0E90LL)), l_261)) , g_44) <= (*l_248)))) , 1L);
    (*l_248) = ((void*)0 != &g_46[0][0]);
    if ((safe_mul_func_uint8_t_u_u(((g_152[2] = ((g_266[1][1] = &l_38) == &g_84)) >= ((*l_268) ^= (*g_106))), (((safe_div_func_uint64_t_u_u((&g_140 != (g_274 = (l_273 = ((*l_271) = &g_140)))), g_37)) == (*l_248)) , g_184))))
    { 
        uint64_t l_282 = 18446744073709551615UL;
        int32_t l_297 = 1L;
        int8_t *l_307[1][4];
        int16_t l_308 = 0x2B58L;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_307[i][j] = &g_204;
        }
        for (g_184 = 0; (g_184 != 44); g_184 = safe_add_func_int32_t_s_s(g_184, 1))
        { 
            int16_t l_279 = (-2L);
            int64_t *l_283 = (void*)0;
            int64_t *l_284 = &g_149;
            int8_t l_309 = 0xC1L;
            if ((((*l_284) = (safe_rshift_func_uint8_t_u_s((l_279 | g_80), ((safe_lshift_func_int8_t_s_u((0x6BL != g_112), 6)) > (((void*)0 == &g_105) <= l_282))))) , 0x4223EEF5L))
            { 
                int32_t *l_285 = &l_249[1][1];
                int32_t *l_286[4][4] = {{(void*)0,&g_116,&g_116,(void*)0},{&g_116,(void*)0,&g_116,&g_116},{(void*)0,(void*)0,&g_116,(void*)0},{(void*)0,&g_116,&g_116,(void*)0}};
                int i, j;
                (*g_130) = &g_116;
                (**g_130) = (**g_130);
                ++g_287[0];
            }
            else
            { 
                uint16_t l_292 = 0x4084L;
                int32_t *l_298[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_298[i] = (void*)0;
                (*l_248) = ((((safe_lshift_func_uint16_t_u_s((*g_274), 13)) , (l_282 != (l_292 < ((*l_265) = ((l_297 = ((-1L) && (safe_add_func_int64_t_s_s((((safe_add_func_uint16_t_u_u((*g_274), l_282)) , 0xD15FL) | l_279), 0xCB06A753925E94D9LL)))) == 255UL))))) , 0xAAFDL) == l_279);
                (*g_130) = l_298[0];
                if (l_279)
                    break;
                l_298[0] = ((l_297 & (safe_mul_func_int16_t_s_s(((safe_add_func_int8_t_s_s((safe_mod_func_int8_t_s_s(((((safe_mul_func_uint8_t_u_u(g_80, (*l_248))) , &g_204) != l_307[0][1]) ^ 0xFC279311L), l_308)), l_309)) <= (-1L)), (*g_274)))) , &l_297);
            }
            return g_84;
        }
        for (g_204 = 0; (g_204 > (-19)); g_204--)
        { 
            uint32_t l_312[3];
            int32_t *l_315 = &l_249[1][1];
            int i;
            for (i = 0; i < 3; i++)
                l_312[i] = 0xDB3C9B64L;
            if ((*l_248))
            { 
                (*g_130) = &l_297;
                --l_312[0];
                return g_149;
            }
            else
            { 
                int32_t *l_316 = &l_249[1][1];
                int32_t *l_317 = &g_116;
                int32_t *l_318 = &l_249[2][1];
                int32_t *l_319 = &l_249[1][1];
                int32_t *l_320 = &g_116;
                int32_t *l_321 = (void*)0;
                int32_t *l_322 = (void*)0;
                int32_t *l_323 = (void*)0;
                int32_t *l_324[1][3];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_324[i][j] = &l_249[1][1];
                }
                (*g_130) = &g_116;
                (*g_130) = l_315;
                --g_326;
                (*g_130) = &l_297;
            }
            (**g_130) = (l_308 > (**g_130));
        }
    }
    else
    { 
        int32_t *l_329 = &l_249[1][1];
        uint64_t l_347 = 0xC242F11C631CB2D3LL;
        int32_t **l_350 = &l_329;
        int16_t l_361 = 0x7A02L;
        uint64_t *l_368 = &g_287[0];
        uint64_t *l_369 = (void*)0;
        uint64_t *l_370 = &l_347;
        int64_t l_371 = 0x52FBA135BB748AC1LL;
        uint8_t l_372 = 0UL;
        const int8_t l_376 = 0xF1L;
        const int16_t l_377 = 0x67C2L;
        int64_t *l_380[2];
        int64_t **l_379 = &l_380[1];
        int32_t l_389[1];
        int i;
        for (i = 0; i < 2; i++)
            l_380[i] = &l_371;
        for (i = 0; i < 1; i++)
            l_389[i] = 0L;
        --g_330;
        g_349[0][2] |= (safe_lshift_func_int8_t_s_u((((safe_div_func_uint16_t_u_u(((*l_329) , (safe_mod_func_uint8_t_u_u(((*l_329) = ((*l_329) != (safe_add_func_int16_t_s_s((safe_sub_func_int8_t_s_s((safe_rshift_func_uint8_t_u_s(0x6DL, 4)), (((safe_lshift_func_int8_t_s_s((((l_347 > 0x46L) , 0x79C41AB5L) && 0xB2DE809FL), 1)) > (*l_248)) ^ 0x55E6CB95L))), 0xC56EL)))), l_348[1]))), 0xA661L)) , (*g_106)) && (*g_274)), g_46[0][1]));
        (*l_350) = ((*g_130) = &l_249[3][1]);
        if (((((safe_mod_func_uint16_t_u_u(l_353[0], (safe_sub_func_uint8_t_u_u(6UL, (((((*l_329) , (safe_rshift_func_int8_t_s_u((~(((((**l_350) = ((safe_rshift_func_uint16_t_u_u(((*g_274) = ((l_361 | ((*l_370) = (((safe_sub_func_int16_t_s_s((((*l_368) = (safe_sub_func_int8_t_s_s(((&l_249[3][0] != (*l_350)) , (*l_329)), g_287[0]))) || g_107[0]), 0x6706L)) < g_20) != 0L))) | g_44)), 0)) , (**l_350))) >= 0xC50BL) , (*l_248)) == l_371)), l_372))) , g_46[0][2]) >= g_137) , g_137))))) && (*l_329)) || g_44) >= g_84))
        { 
            int16_t l_378 = 0xAB3DL;
            const int8_t l_402[2] = {0x5CL,0x5CL};
            int i;
            if (((((!g_112) | 0xA613L) , (((252UL && (((safe_rshift_func_uint8_t_u_u((((((*l_329) > (((((0x7DL | 0xE4L) >= g_37) , (**l_350)) , (**l_350)) || l_376)) > 7UL) | 249UL) , l_377), 4)) & (**l_350)) ^ (*l_248))) || g_80) <= l_378)) && 0x68AEEBF0L))
            { 
                int64_t ***l_381 = &l_379;
                int64_t **l_383 = (void*)0;
                int64_t ***l_382 = &l_383;
                int64_t l_384[4];
                int32_t *l_385 = &l_249[1][1];
                int32_t *l_386 = &l_249[1][1];
                int32_t *l_387 = &g_116;
                int32_t *l_388[2][4];
                int i, j;
                for (i = 0; i < 4; i++)
                    l_384[i] = 0x3131EDF93BD74A38LL;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_388[i][j] = &g_116;
                }
                (*l_248) = ((**g_130) &= ((*g_130) == (g_86 , ((*l_350) = (*g_130)))));
                (*l_382) = ((*l_381) = l_379);
                (*l_248) ^= (**g_130);
                g_390[0]++;
            }
            else
            { 
                const int16_t l_401 = 0x2A64L;
                int32_t l_403 = 0xD8E2427DL;
                (*l_350) = (*g_130);
                l_403 ^= ((((safe_rshift_func_int16_t_s_s((-1L), 8)) == ((**g_130) = ((~((safe_sub_func_int32_t_s_s((safe_add_func_int64_t_s_s(0xFCD342D46C6D6545LL, (((246UL > (**l_350)) , ((!((0x1AL || (*l_248)) <= l_401)) , (*g_131))) && 4294967295UL))), 0x355910F3L)) <= 0x51773A40L)) || g_96))) <= g_390[0]) < l_402[1]);
                (*l_329) = (safe_div_func_int64_t_s_s(((**l_379) = 0L), (safe_add_func_uint64_t_u_u((*l_248), (safe_mul_func_int16_t_s_s((((safe_rshift_func_int8_t_s_u((((void*)0 != &g_96) , (((safe_div_func_uint8_t_u_u(g_349[0][3], g_330)) , 0xB8D4L) | 0x8481L)), l_378)) , l_402[1]) && (*g_106)), (*g_274)))))));
            }
            for (g_184 = 0; (g_184 <= 3); g_184 += 1)
            { 
                (*g_131) &= 0xCB3112E2L;
                if ((*g_131))
                    continue;
            }
        }
        else
        { 
            int32_t l_416[2];
            uint8_t *l_421[2];
            uint32_t *l_424 = (void*)0;
            uint32_t *l_425 = &g_349[0][1];
            int i;
            for (i = 0; i < 2; i++)
                l_416[i] = 0x2A0B72BAL;
            for (i = 0; i < 2; i++)
                l_421[i] = (void*)0;
            if ((((**l_379) = (((safe_rshift_func_uint8_t_u_u(l_416[0], 0)) ^ ((g_325 = (-1L)) , (safe_mod_func_uint16_t_u_u(((safe_add_func_uint8_t_u_u((((*l_425) = (((g_390[0]--) | l_416[0]) <= 0L)) , 0xDFL), l_416[0])) || (**l_350)), 1L)))) , l_426)) > (*l_248)))
            { 
                int32_t *l_427 = &l_249[1][1];
                int32_t *l_429 = &l_249[3][1];
                int32_t *l_430 = (void*)0;
                int32_t *l_431 = (void*)0;
                int32_t *l_432 = &l_389[0];
                int32_t *l_434 = &l_389[0];
                int32_t *l_435 = (void*)0;
                int32_t *l_436 = &l_249[1][1];
                int32_t *l_437 = &l_389[0];
                int32_t *l_439 = &g_116;
                int32_t *l_440 = &l_389[0];
                int32_t *l_441 = &l_389[0];
                int32_t *l_442 = &l_389[0];
                int32_t *l_443[1][1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_443[i][j] = &l_389[0];
                }
                (*g_130) = l_424;
                (*g_130) = ((*l_350) = (*l_350));
                g_444++;
                (*l_434) = ((((+((*l_265) = (*l_434))) , g_37) <= ((((&g_140 == &g_140) == ((g_330 = (safe_sub_func_int8_t_s_s(0xECL, (*l_329)))) , 0x2433L)) <= (*g_106)) == 0x0129L)) < (**l_350));
            }
            else
            { 
                int32_t *l_450 = &l_389[0];
                int32_t *l_451 = &g_116;
                int32_t *l_452 = (void*)0;
                int32_t *l_453[1][1];
                int32_t l_457 = (-1L);
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_453[i][j] = &l_249[1][0];
                }
                (*l_329) = (*g_131);
                g_454--;
                return l_457;
            }
        }
    }
    return g_137;
}
static uint8_t  func_4(int8_t  p_5, uint32_t  p_6, uint16_t  p_7, int16_t  p_8, int16_t  p_9)
{ 
    int64_t l_167 = (-8L);
    int64_t l_178 = 5L;
    int32_t l_179 = 0L;
    int32_t l_180 = 0x7F728D9CL;
    int32_t l_181 = 5L;
    int32_t l_182 = 4L;
    int32_t l_183 = 0x70B7C7C0L;
    uint64_t *l_219 = (void*)0;
    uint32_t *l_236 = &g_46[0][2];
    uint16_t *l_243[3][1];
    int32_t *l_244 = &l_182;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_243[i][j] = &g_152[0];
    }
    for (g_84 = 0; (g_84 <= 0); g_84 += 1)
    { 
        int16_t l_166 = (-7L);
        int32_t l_168 = 7L;
        int32_t *l_169 = &g_116;
        int32_t *l_170 = &g_116;
        int32_t *l_171 = &l_168;
        int32_t *l_172 = &g_116;
        int32_t *l_173 = &g_116;
        int32_t *l_174 = &g_116;
        int32_t *l_175 = &l_168;
        int32_t *l_176 = &l_168;
        int32_t *l_177[2];
        int i;
        for (i = 0; i < 2; i++)
            l_177[i] = &g_116;
        l_167 = l_166;
        --g_184;
        for (g_149 = 0; (g_149 <= 0); g_149 += 1)
        { 
            int16_t **l_201 = &g_105;
            uint64_t *l_202 = &g_112;
            int8_t *l_203 = &g_204;
            uint16_t *l_205 = &g_152[2];
            int32_t l_206 = (-3L);
            int32_t *l_210[4];
            uint64_t **l_218 = &l_202;
            int i, j;
            for (i = 0; i < 4; i++)
                l_210[i] = (void*)0;
            (*l_175) ^= (safe_rshift_func_uint16_t_u_u(((*l_205) = (((safe_div_func_int8_t_s_s(((*l_203) = (safe_mod_func_uint32_t_u_u((&l_182 == (void*)0), (safe_lshift_func_int16_t_s_s(g_46[g_149][(g_149 + 2)], (safe_add_func_int16_t_s_s((safe_unary_minus_func_uint64_t_u(((*l_202) = (safe_div_func_uint32_t_u_u((~(l_201 == (void*)0)), (*l_172)))))), p_6))))))), l_179)) <= g_116) && 1L)), 14));
            if ((&p_8 != &g_107[2]))
            { 
                l_180 = ((*l_176) = 0x6DE95A86L);
            }
            else
            { 
                uint64_t l_207[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_207[i] = 18446744073709551606UL;
                l_207[0]--;
                (*l_174) = 1L;
                (*g_130) = (l_207[0] , l_210[1]);
                return g_152[0];
            }
            if (p_6)
                break;
            (*l_171) ^= ((safe_sub_func_uint8_t_u_u((safe_sub_func_uint16_t_u_u((safe_unary_minus_func_uint32_t_u((((*l_218) = l_202) != l_219))), (((safe_add_func_uint64_t_u_u(((safe_div_func_uint32_t_u_u((safe_lshift_func_int8_t_s_u((safe_mul_func_int16_t_s_s(((void*)0 != &l_177[0]), ((safe_mul_func_int16_t_s_s((safe_sub_func_int8_t_s_s(((safe_add_func_int8_t_s_s((g_37 , 0xE4L), g_86)) < 8L), 0UL)), p_5)) == 1L))), p_6)), p_6)) || l_182), (*l_173))) , p_9) , 1UL))), 1L)) >= 0L);
        }
    }
    for (g_184 = 0; (g_184 == 53); ++g_184)
    { 
        if (p_7)
            break;
    }
    (*l_244) = (((&p_6 == l_236) >= ((((*l_236) = (((safe_add_func_uint8_t_u_u((safe_div_func_int32_t_s_s((l_180 = l_167), (((safe_mul_func_uint16_t_u_u(((void*)0 != l_243[2][0]), p_6)) ^ g_137) , l_181))), g_20)) >= p_9) , 4294967295UL)) , p_7) ^ 0xA9AA2B5C891F83F8LL)) <= l_183);
    return p_9;
}
static uint16_t  func_10(int32_t  p_11, uint16_t  p_12, uint32_t  p_13, uint64_t  p_14, int64_t  p_15)
{ 
    uint32_t *l_52 = &g_53;
    int32_t l_60 = 0xB76FEF6FL;
    int32_t **l_129 = &g_115;
    int32_t l_146 = (-3L);
    int32_t l_147 = 0x29079C9DL;
    int32_t l_151 = 0x9C88BF8FL;
lbl_155:
    for (p_13 = 0; (p_13 > 2); ++p_13)
    { 
        uint32_t *l_43 = &g_44;
        uint32_t *l_45 = &g_46[0][2];
        int32_t l_59 = (-1L);
        int32_t l_85[2];
        int16_t l_110 = 0xD631L;
        int32_t *l_143 = &l_85[0];
        int32_t *l_144 = &l_85[1];
        int32_t *l_145[1];
        int i;
        for (i = 0; i < 2; i++)
            l_85[i] = 0x7A9F6563L;
        for (i = 0; i < 1; i++)
            l_145[i] = &l_85[1];
        if ((safe_div_func_uint32_t_u_u(((*l_45) = ((*l_43) ^= p_12)), (+(safe_add_func_uint32_t_u_u((safe_sub_func_uint16_t_u_u((p_12 == g_20), ((void*)0 != l_52))), 0x0F40BF68L))))))
        { 
            uint8_t l_56 = 0xE4L;
            int32_t l_65 = 1L;
            int32_t *l_89[2][2];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                    l_89[i][j] = (void*)0;
            }
            if (((safe_sub_func_uint8_t_u_u(((((g_46[0][2] < (p_13 >= ((p_13 , (((l_56 < (((safe_div_func_int64_t_s_s(l_59, 0x74D37718CE68266CLL)) != p_13) , g_46[0][2])) == l_60) ^ g_44)) == g_46[0][2]))) > g_20) , 0x6825D828L) || g_46[0][2]), g_44)) ^ 0xC064L))
            { 
                int32_t *l_61 = (void*)0;
                int32_t *l_62 = &l_59;
                int32_t *l_63 = &l_60;
                int32_t *l_64 = (void*)0;
                int32_t *l_66 = &l_59;
                int32_t *l_67 = &l_60;
                int32_t *l_68 = (void*)0;
                int32_t *l_69 = &l_65;
                int32_t *l_70 = &l_65;
                int32_t *l_71 = (void*)0;
                int32_t *l_72 = &l_65;
                int32_t *l_73 = &l_59;
                int32_t *l_74 = &l_60;
                int32_t *l_75 = (void*)0;
                int32_t *l_76 = &l_59;
                int32_t *l_77 = &l_60;
                int32_t *l_78 = &l_60;
                int32_t *l_79[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_79[i] = &l_65;
                (*l_62) |= l_60;
                g_80--;
                if (l_60)
                    goto lbl_155;
                (*l_66) &= 1L;
            }
            else
            { 
                int32_t *l_83[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_83[i] = &l_65;
                if (l_59)
                    break;
                g_86++;
            }
            g_90 = (l_52 != (void*)0);
        }
        else
        { 
            uint32_t l_119 = 0x4F7295DFL;
            int32_t *l_128 = (void*)0;
            for (g_86 = 0; (g_86 > 40); ++g_86)
            { 
                int16_t *l_95 = &g_96;
                const int16_t **l_108 = (void*)0;
                const int16_t **l_109 = &g_106;
                uint64_t *l_111 = &g_112;
                int32_t *l_113 = &l_85[1];
                int32_t **l_114[1][2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_114[i][j] = &l_113;
                }
                (*l_113) |= ((safe_mul_func_int16_t_s_s(((*l_95) = p_15), ((safe_rshift_func_int8_t_s_u((safe_div_func_uint32_t_u_u((((*l_111) = (safe_mod_func_int16_t_s_s(((safe_rshift_func_uint16_t_u_s(1UL, (((g_105 = l_95) == ((*l_109) = g_106)) >= ((g_107[2] , (-1L)) > l_110)))) <= 0xC0990E41L), g_20))) || g_107[0]), l_60)), 6)) != g_80))) , p_11);
                g_115 = l_113;
                (*l_113) &= (safe_add_func_uint16_t_u_u(l_119, ((((((safe_rshift_func_int16_t_s_s((safe_div_func_int16_t_s_s(l_110, p_14)), 0)) < ((*l_45) = (safe_mul_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u(((g_115 = &l_60) == l_128), p_11)), p_11)))) != 5UL) | p_15) , l_129) == g_130)));
            }
        }
        if (((&g_46[0][2] != l_52) ^ 0x96B4A016L))
        { 
            for (g_80 = 0; (g_80 != 6); ++g_80)
            { 
                if (p_15)
                    break;
                (*g_130) = &l_85[0];
            }
        }
        else
        { 
            int32_t l_134 = 0x68EBAD55L;
            int32_t *l_135 = &l_59;
            int32_t *l_136 = &l_85[1];
            int32_t *l_138 = &l_60;
            int32_t *l_139[3];
            int i;
            for (i = 0; i < 3; i++)
                l_139[i] = &l_60;
            if (l_134)
                break;
            g_140--;
        }
        (*g_130) = ((*l_129) = (*l_129));
        g_152[2]++;
    }
    (*g_130) = ((0xEA95L | (safe_mul_func_uint16_t_u_u((**l_129), (safe_mul_func_uint16_t_u_u((safe_sub_func_int8_t_s_s(((safe_div_func_int16_t_s_s(0x63E9L, (safe_div_func_uint16_t_u_u((**l_129), p_11)))) >= g_53), g_86)), g_140))))) , (*l_129));
    return p_14;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    transparent_crc(g_44, "g_44", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_46[i][j], "g_46[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_53, "g_53", print_hash_value);
    transparent_crc(g_80, "g_80", print_hash_value);
    transparent_crc(g_84, "g_84", print_hash_value);
    transparent_crc(g_86, "g_86", print_hash_value);
    transparent_crc(g_90, "g_90", print_hash_value);
    transparent_crc(g_96, "g_96", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_107[i], "g_107[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_112, "g_112", print_hash_value);
    transparent_crc(g_116, "g_116", print_hash_value);
    transparent_crc(g_137, "g_137", print_hash_value);
    transparent_crc(g_140, "g_140", print_hash_value);
    transparent_crc(g_148, "g_148", print_hash_value);
    transparent_crc(g_149, "g_149", print_hash_value);
    transparent_crc(g_150, "g_150", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_152[i], "g_152[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_184, "g_184", print_hash_value);
    transparent_crc(g_204, "g_204", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_287[i], "g_287[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_325, "g_325", print_hash_value);
    transparent_crc(g_326, "g_326", print_hash_value);
    transparent_crc(g_330, "g_330", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_349[i][j], "g_349[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_390[i], "g_390[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_428, "g_428", print_hash_value);
    transparent_crc(g_433, "g_433", print_hash_value);
    transparent_crc(g_438, "g_438", print_hash_value);
    transparent_crc(g_444, "g_444", print_hash_value);
    transparent_crc(g_454, "g_454", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
