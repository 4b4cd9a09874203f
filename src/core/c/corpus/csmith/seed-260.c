#include "csmith.h"
static long __undefined;
static int32_t g_7 = 0x58BAC04EL;
static int32_t g_13 = 9L;
static int32_t g_39 = 0x7FD074DEL;
static uint32_t g_41 = 0xDBD55ADBL;
static uint8_t g_64 = 1UL;
static uint32_t g_66 = 9UL;
static uint32_t g_84[4] = {1UL,1UL,1UL,1UL};
static uint8_t g_94 = 255UL;
static uint32_t g_97[1] = {0x415C855AL};
static uint8_t *g_104 = &g_94;
static int64_t g_107[1][4] = {{0x9ADFF6575EB91548LL,0x9ADFF6575EB91548LL,0x9ADFF6575EB91548LL,0x9ADFF6575EB91548LL}};
static int32_t *g_115 = &g_13;
static uint32_t g_154 = 0xAC8F413EL;
static int16_t g_161[1][2] = {{1L,1L}};
static int16_t *g_160 = &g_161[0][0];
static int32_t **g_171 = (void*)0;
static int32_t ***g_170 = &g_171;
static int8_t g_173 = 0xD3L;
static uint64_t g_175 = 0x26E093E1FD80D460LL;
static int8_t g_178 = 7L;
static int32_t *g_181[3][3] = {{&g_13,&g_13,&g_13},{&g_13,&g_13,&g_13},{&g_13,&g_13,&g_13}};
static uint32_t g_223 = 1UL;
static int32_t g_226[4][3] = {{7L,0xC423DE85L,0xC423DE85L},{7L,0xC423DE85L,0xC423DE85L},{7L,0xC423DE85L,0xC423DE85L},{7L,0xC423DE85L,0xC423DE85L}};
static uint64_t *g_250[4] = {&g_175,&g_175,&g_175,&g_175};
static uint64_t **g_249 = &g_250[1];
static int32_t ****g_276 = &g_170;
static uint16_t g_308 = 0x249FL;
static int64_t g_391 = 0x2674D38FDD9DB418LL;
static uint32_t g_466 = 0x292310EEL;
static uint32_t g_468 = 18446744073709551610UL;
static int32_t  func_1(void);
static uint16_t  func_19(uint8_t  p_20);
static uint32_t  func_21(uint16_t  p_22, int64_t  p_23);
static int32_t  func_1(void)
{ 
    int32_t l_2 = 1L;
    int32_t *l_3 = (void*)0;
    int32_t *l_4 = &l_2;
    int32_t *l_5 = (void*)0;
    int32_t *l_6 = &l_2;
    int32_t *l_8 = &l_2;
    int32_t l_9 = 0x194DDBC3L;
    int32_t *l_10 = &l_2;
    int32_t *l_11 = (void*)0;
    int32_t *l_12[4] = {&l_2,&l_2,&l_2,&l_2};
    uint8_t l_14 = 0x98L;
    int32_t ***l_141 = (void*)0;
    const int32_t l_150 = (-1L);
    int32_t l_164 = 0x89D4ED5BL;
    uint32_t l_176 = 18446744073709551609UL;
    int16_t l_179 = 0x3EF3L;
    int64_t l_225 = 0x4DADB69EBD4F2632LL;
    uint64_t l_254 = 18446744073709551612UL;
    int8_t l_281 = 0x18L;
    const uint64_t l_296 = 0x28A0E0DAC7CBAB5CLL;
    int64_t l_345[2];
    uint8_t l_366[2][3];
    uint64_t **l_369 = &g_250[1];
    uint64_t l_397 = 0x9B3D03858311B6FFLL;
    int32_t * const *l_403 = &l_6;
    int32_t * const **l_402 = &l_403;
    int32_t * const ** const *l_401[4][4] = {{&l_402,&l_402,&l_402,&l_402},{&l_402,&l_402,&l_402,&l_402},{&l_402,(void*)0,&l_402,(void*)0},{&l_402,&l_402,&l_402,&l_402}};
    int32_t * const ** const **l_400 = &l_401[1][1];
    int i, j;
    for (i = 0; i < 2; i++)
        l_345[i] = 0xA8E6F8E1793FD4F5LL;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
            l_366[i][j] = 1UL;
    }
    ++l_14;
    if ((((void*)0 == &l_2) >= (safe_mul_func_int8_t_s_s((-8L), (func_19((func_21(g_13, (*l_8)) , (*g_104))) && (*l_6))))))
    { 
        int32_t ****l_142 = &l_141;
        int32_t **l_145 = &l_8;
        int32_t ***l_144[2][1];
        int32_t ****l_143 = &l_144[1][0];
        int32_t ***l_147 = (void*)0;
        int32_t ****l_146 = &l_147;
        int32_t ***l_149 = &l_145;
        int32_t ****l_148 = &l_149;
        int16_t *l_151 = (void*)0;
        int16_t *l_152 = (void*)0;
        int16_t *l_153[3];
        int8_t *l_172 = &g_173;
        uint64_t *l_174[4][3] = {{(void*)0,&g_175,&g_175},{&g_175,&g_175,&g_175},{(void*)0,&g_175,&g_175},{&g_175,&g_175,&g_175}};
        int8_t *l_177 = &g_178;
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_144[i][j] = &l_145;
        }
        for (i = 0; i < 3; i++)
            l_153[i] = (void*)0;
        g_13 = (safe_lshift_func_int16_t_s_u((g_154 |= (((safe_sub_func_int64_t_s_s((*l_6), g_94)) < ((-8L) && (((((*g_104) && (((safe_lshift_func_uint16_t_u_u((((((*l_148) = ((*l_146) = ((*l_143) = ((*l_142) = l_141)))) != (void*)0) == g_84[1]) ^ (*g_104)), 10)) | g_39) > l_150)) | g_84[3]) | g_7) != (*g_104)))) | 0x00L)), 10));
        if (g_154)
            goto lbl_155;
lbl_155:
        (*l_8) = g_64;
        (*l_6) = (safe_div_func_int64_t_s_s(((safe_sub_func_uint8_t_u_u(((void*)0 != g_160), ((*l_177) = (safe_sub_func_int16_t_s_s(l_164, (safe_lshift_func_int16_t_s_u((!(((0L < (((g_175 &= (((*l_172) = (safe_div_func_uint8_t_u_u(((((*l_143) = g_170) == &g_171) > g_97[0]), g_39))) <= (*g_104))) && g_173) & l_176)) >= g_66) , (*g_160))), (*l_8)))))))) != (*g_104)), 0x5C07F419F4420CCCLL));
        (*l_146) = (*l_142);
    }
    else
    { 
        const int16_t l_197 = (-1L);
        int32_t l_227 = 0x36E82543L;
        int32_t l_228 = 0L;
        uint32_t l_231 = 0xBED74377L;
        uint64_t l_248 = 0x02941B660CBC0C80LL;
        int32_t **l_258 = &l_11;
        int32_t ***l_259 = &l_258;
        int8_t l_271 = 0x4EL;
        if (l_179)
        { 
            int8_t l_182 = 0x6CL;
            int8_t *l_198[1];
            int i;
            for (i = 0; i < 1; i++)
                l_198[i] = &g_178;
            for (l_164 = 0; (l_164 <= 0); l_164 += 1)
            { 
                uint32_t l_180[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_180[i] = 18446744073709551615UL;
                if (l_180[1])
                    break;
                (*l_4) |= 0x8159E33FL;
                g_181[2][1] = (void*)0;
            }
            for (g_39 = 2; (g_39 >= 0); g_39 -= 1)
            { 
                int64_t *l_183 = &g_107[0][1];
                int32_t l_196 = 1L;
                uint64_t *l_222 = &g_175;
                uint8_t *l_224[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_224[i] = (void*)0;
                (*l_4) &= (((*l_183) = l_182) != g_64);
                l_12[g_39] = ((0xB3F7L <= (safe_mod_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u(g_84[2], 9)), 0x7B47L))) , (((safe_add_func_int64_t_s_s(((safe_rshift_func_uint16_t_u_s((((safe_sub_func_int8_t_s_s((((safe_add_func_uint8_t_u_u(((*g_104) = l_196), ((((0x7A100109A6A1C6E9LL || g_107[0][2]) <= l_197) , l_198[0]) == &g_178))) , l_182) && l_182), l_196)) <= l_197) & l_182), 1)) && 0x00BEEA7BL), l_182)) && 0x8579843EB03636E3LL) , &l_196));
                (*l_10) = (safe_mul_func_uint8_t_u_u((g_226[1][0] = (l_225 |= ((*g_104) = (safe_add_func_int8_t_s_s(((!(-8L)) && ((0xAEF0CFF6E6F63E18LL ^ (safe_mul_func_uint16_t_u_u((safe_mod_func_uint16_t_u_u((*l_8), (((safe_div_func_int8_t_s_s(((safe_rshift_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_u((safe_div_func_int64_t_s_s((g_107[0][1] ^= (!((safe_add_func_int32_t_s_s((((((*g_170) = (*g_170)) != ((safe_rshift_func_int8_t_s_s((safe_unary_minus_func_int64_t_s((((((((*l_222) = 0x91F7FDD43B544FA2LL) , l_182) || g_13) | l_197) >= g_161[0][0]) , 0L))), l_182)) , (void*)0)) != (*g_160)) ^ l_197), 0xA3D40197L)) || l_197))), g_94)), 7)), l_197)) , 0x34L), g_64)) & g_223) & g_7))), g_178))) | 0xEDA0BE55L)), l_196))))), l_182));
            }
            g_170 = (void*)0;
        }
        else
        { 
            int32_t l_229 = 2L;
            int32_t l_230[3][1];
            int32_t ***l_238 = &g_171;
            uint64_t l_255 = 0x28463068F17BB5D6LL;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_230[i][j] = 5L;
            }
            l_231++;
            if ((&g_170 != ((((safe_sub_func_int64_t_s_s((-6L), (safe_add_func_uint16_t_u_u(((0x5082C358F46018AELL | (l_229 <= g_161[0][0])) ^ 65528UL), (*g_160))))) , l_238) != &g_171) , &g_170)))
            { 
                uint64_t ***l_251 = &g_249;
                int32_t **l_252 = &l_12[0];
                (*l_251) = ((safe_add_func_uint8_t_u_u((l_227 ^= ((*g_104) ^= (g_154 == ((safe_mul_func_int16_t_s_s(((g_84[1] != 65531UL) && ((*g_160) ^= 0x7C66L)), (+(safe_mod_func_int32_t_s_s((((((safe_sub_func_uint16_t_u_u(((void*)0 != &g_170), g_39)) , g_41) && (-2L)) , 7L) , l_230[0][0]), l_248))))) & 0xA0L)))), 2UL)) , g_249);
                (*l_252) = &l_228;
            }
            else
            { 
                (*l_8) = (~(l_254 = 0L));
            }
            (*l_10) = (l_230[0][0] , (((g_175 , ((l_255 == (safe_sub_func_int64_t_s_s(((((*g_104) = l_227) , l_255) > g_175), g_175))) != 0xA7L)) , g_97[0]) || (*g_104)));
        }
        (*l_259) = l_258;
        for (l_179 = 15; (l_179 > 13); --l_179)
        { 
            int8_t l_266 = (-1L);
            for (l_176 = 10; (l_176 == 17); ++l_176)
            { 
                l_266 = (safe_rshift_func_uint8_t_u_s(253UL, 0));
            }
            for (g_13 = (-30); (g_13 > (-7)); g_13++)
            { 
                int32_t *l_269 = &g_226[1][0];
                int32_t l_270 = 0x7FA8C351L;
                (*l_258) = l_269;
                l_270 = (*l_269);
                if (l_271)
                    continue;
                (*l_269) = l_266;
            }
        }
    }
    (*l_8) = (safe_rshift_func_uint16_t_u_s((0x53FAB730L == (safe_lshift_func_int8_t_s_s(g_161[0][0], 3))), 9));
    for (l_14 = 0; (l_14 <= 3); l_14 += 1)
    { 
        int32_t ****l_278 = (void*)0;
        int32_t *****l_277 = &l_278;
        int32_t l_283 = 0x2EBC1667L;
        int32_t l_284 = 0x30398711L;
        int32_t * const ***l_290 = (void*)0;
        int32_t * const ****l_289 = &l_290;
        int32_t l_293 = 1L;
        const int16_t l_314 = (-4L);
        uint16_t *l_325 = (void*)0;
        int32_t *l_363 = &g_226[1][0];
        int16_t l_365 = 0x11AAL;
        uint64_t **l_370 = &g_250[3];
        int64_t l_388 = 0x7BD41EC225770872LL;
        uint32_t l_392 = 18446744073709551615UL;
        int64_t *l_435 = (void*)0;
        int64_t **l_434 = &l_435;
        int64_t l_462[3];
        int i;
        for (i = 0; i < 3; i++)
            l_462[i] = (-9L);
        (*l_4) ^= g_84[l_14];
        if (((((*g_104) | (((g_276 = &g_170) == ((*l_277) = &g_170)) && (g_97[0] = (safe_sub_func_uint32_t_u_u((((void*)0 != &g_64) == g_84[1]), l_281))))) == (*l_8)) || g_97[0]))
        { 
            int16_t l_282 = (-1L);
            uint32_t l_285 = 0x58CB5513L;
            int8_t *l_294 = (void*)0;
            int8_t *l_295 = &l_281;
            int32_t *****l_297 = (void*)0;
            uint64_t l_326 = 18446744073709551615UL;
            int32_t l_327 = 0xED489556L;
            uint32_t *l_344[4][2] = {{&g_84[1],&g_84[1]},{&g_84[1],&g_84[1]},{&g_84[1],&g_84[1]},{&g_84[1],&g_84[1]}};
            int i, j;
            --l_285;
            (*l_10) = ((l_283 , ((((**g_249) = (*l_10)) != 5UL) >= (safe_unary_minus_func_int64_t_s(((((l_289 == ((((*l_295) |= (safe_sub_func_uint16_t_u_u(l_293, (*g_160)))) , l_296) , l_297)) , (-1L)) > (*g_104)) >= (*l_6)))))) != 1UL);
            if (l_285)
            { 
                uint64_t l_298[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_298[i] = 0x93004D836B3EBBC5LL;
                if (l_298[2])
                    break;
                (*l_10) ^= ((0x9BD33FC0249AFE3BLL == (&g_94 != &g_64)) , ((*g_160) == (*g_160)));
            }
            else
            { 
                uint16_t *l_307 = &g_308;
                int64_t *l_313[3][3] = {{(void*)0,(void*)0,(void*)0},{&l_225,&l_225,&l_225},{(void*)0,(void*)0,(void*)0}};
                int32_t l_315 = 0xA846E440L;
                const int32_t l_318[2] = {0x439B39C0L,0x439B39C0L};
                int32_t l_323 = 0L;
                uint16_t **l_324[4];
                uint32_t *l_337 = &g_97[0];
                uint32_t **l_336 = &l_337;
                int i, j;
                for (i = 0; i < 4; i++)
                    l_324[i] = &l_307;
                (*l_10) ^= ((safe_add_func_int8_t_s_s(((**g_249) | (safe_sub_func_int8_t_s_s((safe_sub_func_uint32_t_u_u((0UL ^ ((-1L) >= ((g_107[0][1] ^= ((((*g_104) &= (((--(*l_307)) < (0xC3L ^ 0UL)) != (*g_160))) && (*g_104)) , g_223)) >= (**g_249)))), (-3L))), l_314))), l_315)) | 4L);
                l_315 = (l_326 = (safe_rshift_func_int16_t_s_s(((l_318[1] || (safe_sub_func_int64_t_s_s(g_13, (safe_mod_func_int8_t_s_s(l_323, ((&g_308 == (l_325 = &g_308)) || g_161[0][0])))))) ^ 7UL), 2)));
                l_327 ^= (*l_10);
                l_327 &= (safe_sub_func_int64_t_s_s((0xE5L < ((safe_mul_func_uint16_t_u_u((safe_mul_func_int16_t_s_s((safe_mod_func_uint8_t_u_u(((g_178 , ((*l_336) = &g_97[0])) == (void*)0), ((safe_div_func_int16_t_s_s((((safe_mul_func_uint16_t_u_u((safe_sub_func_uint16_t_u_u(((l_344[3][1] != (void*)0) && 8UL), (*g_160))), l_345[1])) < g_107[0][1]) | 2L), g_161[0][0])) || (*l_4)))), l_323)), 0xAEEAL)) , 0L)), 0x408CB729E9668B05LL));
            }
        }
        else
        { 
            uint8_t l_362[2][1];
            int32_t l_364[3];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_362[i][j] = 0x32L;
            }
            for (i = 0; i < 3; i++)
                l_364[i] = 0xD7635218L;
            for (l_284 = 0; (l_284 > 13); l_284 = safe_add_func_int64_t_s_s(l_284, 9))
            { 
                (*l_4) = (safe_rshift_func_int16_t_s_s((0xED76A3A4L & (safe_sub_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_s(((((safe_div_func_uint64_t_u_u(((-7L) ^ (safe_add_func_uint8_t_u_u((*g_104), (safe_sub_func_uint8_t_u_u((safe_div_func_uint8_t_u_u(((&g_107[0][2] == (void*)0) > g_97[0]), (*g_104))), 0xBDL))))), (*l_8))) , l_362[0][0]) || (*g_160)) , 65528UL), (*g_160))) <= (*g_104)), g_84[1]))), l_362[0][0]));
                l_363 = l_363;
                --l_366[1][1];
                (*l_10) &= ((((*l_363) || (-1L)) && (((*g_160) , ((*l_363) , l_369)) != l_370)) && (-1L));
            }
            for (g_175 = (-7); (g_175 <= 1); ++g_175)
            { 
                uint32_t *l_373 = &g_154;
                int32_t l_374 = 0xC100CC5DL;
                uint64_t *l_375 = &l_254;
                int16_t l_384[2][4] = {{0x9143L,0x180FL,0x9143L,0x180FL},{0x9143L,0x180FL,0x9143L,0x180FL}};
                uint32_t l_385 = 0xF5E80673L;
                int i, j;
                (*l_10) ^= ((*l_363) = ((g_173 ^ (&g_250[0] != (void*)0)) && ((*l_373) = g_41)));
                l_364[1] |= ((g_178 < (((*g_104) = (((1UL & ((((((*l_375) = l_374) || (safe_add_func_int8_t_s_s(7L, (safe_mul_func_int8_t_s_s((safe_lshift_func_uint8_t_u_s((safe_lshift_func_int16_t_s_u((*g_160), l_374)), 2)), 0x93L))))) < (-1L)) > l_374) < 0x01E8A4B41EB152DCLL)) >= 0UL) > 0x8506F589L)) == 0xF7L)) <= l_384[1][3]);
                --l_385;
            }
            if ((*l_4))
                break;
        }
        if (l_388)
            break;
        for (g_64 = 0; (g_64 <= 29); g_64 = safe_add_func_int32_t_s_s(g_64, 8))
        { 
            uint8_t *l_404 = &l_366[1][1];
            int32_t l_405 = 0xE33949A1L;
            uint32_t *l_433 = &g_84[3];
            uint32_t **l_432 = &l_433;
            int8_t *l_464 = &g_178;
            uint16_t l_465 = 0x3475L;
            l_392++;
            if (((((safe_add_func_int32_t_s_s((l_397 != ((*g_160) == (((safe_mod_func_uint8_t_u_u(((*l_404) = (((0xFB312D9BL & (l_400 == &l_278)) > 0UL) , (*g_104))), 0x29L)) , g_391) , g_226[1][0]))), l_405)) <= 0xB4250DDCL) <= 0x30439F442633FF12LL) & (-1L)))
            { 
                uint16_t *l_409 = &g_308;
                int32_t l_414 = (-8L);
                uint32_t *l_419 = &g_97[0];
                (*l_4) = ((g_84[1] > (g_223 & (~g_223))) > ((((*l_409) |= ((safe_add_func_uint64_t_u_u(0xF5B2EFFE276B1CADLL, 0UL)) & 0xF56DL)) < 0L) , g_391));
                (*l_363) = ((((((*g_276) != (((void*)0 != &g_170) , (void*)0)) != (safe_mod_func_int16_t_s_s(((safe_unary_minus_func_int32_t_s((+0xD440E97E585A9F62LL))) >= (*l_8)), l_405))) <= g_161[0][1]) , (*g_104)) || l_414);
                (*l_363) &= l_405;
                (***l_402) = (safe_mul_func_int16_t_s_s((safe_sub_func_uint32_t_u_u(((*l_419) = 0xF0954D9DL), 0x1AC1A41BL)), (*g_160)));
            }
            else
            { 
                int64_t *l_422 = &g_391;
                uint16_t *l_431 = &g_308;
                uint64_t ***l_447[2][3] = {{&l_370,&l_370,&l_370},{&l_369,&l_369,&l_369}};
                int32_t l_448 = 0x30908DB7L;
                int i, j;
                (**l_403) = (((*l_422) = (safe_rshift_func_int16_t_s_s(((*g_160) ^= (*l_8)), 9))) , 0L);
                (*l_363) |= (safe_div_func_int16_t_s_s(((safe_div_func_uint64_t_u_u((safe_mul_func_int8_t_s_s(g_178, ((*l_404) ^= (l_405 , (safe_mul_func_int8_t_s_s((((0x93BCL ^ ((*l_431) = l_405)) , (g_94 , l_432)) == (void*)0), 248UL)))))), g_97[0])) & (-1L)), g_97[0]));
                (*l_4) = ((l_434 = &l_422) != (((safe_rshift_func_uint8_t_u_u((((safe_lshift_func_int8_t_s_u(4L, 0)) <= ((!(safe_mul_func_int16_t_s_s((((*l_431) = 0xB2A8L) , ((safe_lshift_func_int16_t_s_u((((*g_104) , (((safe_div_func_int8_t_s_s(((void*)0 != l_447[1][0]), l_405)) , l_405) >= l_405)) || 0x24E1L), g_107[0][2])) , l_448)), l_405))) | 1UL)) < l_448), (*g_104))) > l_405) , (void*)0));
            }
            for (l_176 = (-11); (l_176 != 21); l_176++)
            { 
                uint64_t l_453 = 18446744073709551611UL;
                int32_t **l_455 = &l_4;
                if (l_405)
                    break;
                if ((*l_363))
                    break;
                (*l_363) = (safe_add_func_uint32_t_u_u(((((*g_160) = 7L) | (l_453 , (safe_unary_minus_func_int8_t_s((-1L))))) >= 7UL), ((((&g_276 != &g_276) , (void*)0) != (*l_289)) && g_107[0][1])));
                (*l_455) = &g_226[1][0];
            }
            if (((((g_466 = ((*g_160) = (safe_div_func_uint8_t_u_u(((safe_sub_func_int32_t_s_s(((g_161[0][1] <= (**g_249)) < ((((*l_464) = (((((18446744073709551615UL && l_462[2]) & (((!((*g_160) == (*g_160))) < g_7) <= 0x3F56L)) < (-9L)) == g_13) == 0x71D4E75E4C8BF5B4LL)) && 0x7BL) || (*g_160))), l_405)) != l_465), (*g_104))))) < 0UL) == l_405) < (*l_6)))
            { 
                int64_t l_467 = 1L;
                --g_468;
                (*l_363) &= (*l_6);
            }
            else
            { 
                int16_t l_471 = 1L;
                (*l_6) |= 0L;
                if (l_405)
                    continue;
                if (l_471)
                    break;
            }
        }
    }
    return g_66;
}
static uint16_t  func_19(uint8_t  p_20)
{ 
    int32_t *l_123 = (void*)0;
    uint8_t l_130 = 0x06L;
    int32_t *l_131 = (void*)0;
    int32_t *l_132 = &g_13;
    (*l_132) = (safe_lshift_func_uint8_t_u_s((safe_add_func_int8_t_s_s(((~(p_20 != (((void*)0 == l_123) == ((safe_lshift_func_int16_t_s_u(((safe_add_func_int32_t_s_s(4L, (safe_mod_func_uint16_t_u_u((p_20 || 0xAF4792CDF46991E3LL), p_20)))) , 0x6045L), g_84[2])) != p_20)))) & 0x17L), 0x9EL)), l_130));
    return p_20;
}
static uint32_t  func_21(uint16_t  p_22, int64_t  p_23)
{ 
    int32_t *l_24 = (void*)0;
    int32_t *l_25 = &g_13;
    int32_t *l_26 = (void*)0;
    int32_t l_27[3][4] = {{1L,(-1L),(-1L),1L},{(-1L),1L,(-1L),(-1L)},{1L,1L,(-1L),1L}};
    int32_t *l_28 = &l_27[1][3];
    int32_t *l_29 = &l_27[1][3];
    int32_t *l_30 = &g_13;
    int32_t *l_31 = &g_13;
    int32_t *l_32 = (void*)0;
    int32_t *l_33 = &l_27[1][1];
    int32_t *l_34 = (void*)0;
    int32_t *l_35 = &l_27[1][3];
    int32_t *l_36 = (void*)0;
    int32_t *l_37 = &l_27[2][1];
    int32_t *l_38[4];
    int32_t l_40 = 9L;
    int i, j;
    for (i = 0; i < 4; i++)
        l_38[i] = &l_27[1][2];
    ++g_41;
    for (l_40 = (-16); (l_40 > (-27)); l_40--)
    { 
        uint8_t l_49 = 255UL;
        int32_t l_67 = 0x5C50EC31L;
        int32_t l_93[2][3] = {{(-1L),(-1L),(-1L)},{0x30CB0470L,0x30CB0470L,0x30CB0470L}};
        int32_t *l_117 = &g_13;
        int i, j;
        for (g_39 = (-2); (g_39 == (-3)); g_39 = safe_sub_func_int8_t_s_s(g_39, 8))
        { 
            int32_t l_52 = 0x26A8ACDDL;
            uint8_t *l_63 = &g_64;
            uint32_t *l_65 = &g_66;
            l_67 = ((safe_unary_minus_func_int64_t_s(((((((((l_49 >= (((safe_mul_func_int8_t_s_s((l_52 >= (safe_add_func_int32_t_s_s((((*l_65) &= (safe_div_func_int32_t_s_s((safe_div_func_int8_t_s_s((*l_31), ((*l_63) ^= (safe_rshift_func_int8_t_s_u(0L, (safe_add_func_int16_t_s_s(g_7, g_7))))))), 0x724D257EL))) , p_23), (-8L)))), l_52)) > l_52) == g_7)) && g_13) != 9L) > 0x7E7924A0L) , 0xE0L) > 0xC2L) == l_49) ^ g_7))) , l_49);
        }
        for (p_23 = (-30); (p_23 < 9); ++p_23)
        { 
            uint16_t l_76 = 65532UL;
            int32_t l_83 = 1L;
            int32_t **l_85 = &l_28;
            uint8_t *l_102 = &l_49;
            uint8_t **l_103 = &l_102;
            int64_t *l_105 = (void*)0;
            int64_t *l_106[3];
            int64_t **l_114 = &l_106[2];
            int32_t **l_116[1][1];
            int i, j;
            for (i = 0; i < 3; i++)
                l_106[i] = &g_107[0][1];
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_116[i][j] = &l_26;
            }
            if ((safe_lshift_func_uint16_t_u_s((((safe_rshift_func_uint16_t_u_s((p_23 < (g_84[1] ^= (p_22 ^ (l_76 > (((safe_rshift_func_uint8_t_u_s((safe_lshift_func_uint8_t_u_u((g_64 = (l_83 = (safe_lshift_func_int16_t_s_u(l_49, 0)))), g_13)), 2)) && 0x97L) <= g_7))))), p_23)) == p_22) && p_23), l_76)))
            { 
                int32_t ***l_86 = &l_85;
                int32_t ***l_87 = (void*)0;
                int32_t ***l_88 = (void*)0;
                int32_t **l_90 = &l_36;
                int32_t ***l_89 = &l_90;
                (*l_89) = ((*l_86) = l_85);
                (**l_86) = (void*)0;
            }
            else
            { 
                int32_t l_91 = 1L;
                int32_t l_92 = 0x323AA363L;
                g_94--;
            }
            ++g_97[0];
            l_117 = (g_115 = ((*l_85) = (((*l_33) = (g_107[0][2] = (safe_sub_func_uint32_t_u_u(g_39, (((*l_103) = l_102) == (g_104 = &g_64)))))) , (((safe_sub_func_int32_t_s_s(((safe_mul_func_int8_t_s_s((safe_mod_func_int16_t_s_s((&g_107[0][1] == ((*l_114) = &g_107[0][0])), (*l_33))), l_93[1][2])) < (-1L)), g_84[1])) != p_23) , (void*)0))));
        }
    }
    return p_23;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_13, "g_13", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    transparent_crc(g_64, "g_64", print_hash_value);
    transparent_crc(g_66, "g_66", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_84[i], "g_84[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_94, "g_94", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_97[i], "g_97[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_107[i][j], "g_107[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_154, "g_154", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_161[i][j], "g_161[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_173, "g_173", print_hash_value);
    transparent_crc(g_175, "g_175", print_hash_value);
    transparent_crc(g_178, "g_178", print_hash_value);
    transparent_crc(g_223, "g_223", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_226[i][j], "g_226[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_308, "g_308", print_hash_value);
    transparent_crc(g_391, "g_391", print_hash_value);
    transparent_crc(g_466, "g_466", print_hash_value);
    transparent_crc(g_468, "g_468", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
