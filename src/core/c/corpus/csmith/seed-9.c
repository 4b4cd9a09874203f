#include "csmith.h"
static long __undefined;
static uint32_t g_2 = 0xC0AE9714L;
static int32_t g_4 = 0L;
static int32_t *g_14 = &g_4;
static int32_t **g_13 = &g_14;
static int16_t g_17 = 0x79A7L;
static int32_t g_18[3][2] = {{1L,1L},{1L,1L},{1L,1L}};
static int64_t g_31 = 0xC6A81D68C2AFE249LL;
static uint16_t g_38 = 0xB6D4L;
static uint16_t g_40 = 0x3C95L;
static int8_t g_42[4] = {(-1L),(-1L),(-1L),(-1L)};
static uint32_t g_105 = 0x1FF11787L;
static const int64_t g_119 = 0L;
static int64_t g_150[4] = {(-8L),(-8L),(-8L),(-8L)};
static int8_t g_156[4][3] = {{8L,(-8L),(-8L)},{(-4L),0L,0L},{8L,(-8L),(-8L)},{(-4L),0L,0L}};
static int32_t g_158 = 0L;
static const uint64_t g_165 = 9UL;
static int64_t *g_187 = &g_150[1];
static int64_t **g_186 = &g_187;
static const uint16_t * const g_193 = &g_38;
static const uint16_t * const *g_192[2][4] = {{&g_193,&g_193,&g_193,&g_193},{&g_193,&g_193,&g_193,&g_193}};
static const uint16_t * const **g_191 = &g_192[0][1];
static const uint16_t * const ***g_190[4] = {&g_191,&g_191,&g_191,&g_191};
static int64_t g_195 = 0L;
static int32_t g_218[1][1] = {{0xCFC72C76L}};
static uint32_t g_221 = 4294967291UL;
static uint64_t g_231[4] = {0x2D36825FD7FB3825LL,0x2D36825FD7FB3825LL,0x2D36825FD7FB3825LL,0x2D36825FD7FB3825LL};
static int64_t g_233 = 0x33E2033D4CC4C2F2LL;
static uint8_t g_244[3][2] = {{0xB4L,0xB4L},{0xB4L,0xB4L},{0xB4L,0xB4L}};
static uint16_t *g_424[2] = {&g_38,&g_38};
static uint16_t * const *g_423 = &g_424[1];
static uint16_t * const **g_422 = &g_423;
static uint8_t g_442 = 0xFEL;
static const int8_t  func_1(void);
static uint16_t  func_22(uint32_t  p_23, int64_t  p_24, const int32_t * p_25, int32_t  p_26);
static int64_t ** func_44(int32_t *** p_45, int64_t * p_46);
static const int8_t  func_1(void)
{ 
    int32_t *l_3 = &g_4;
    const int32_t l_15 = 0xDACD7D39L;
    const int32_t *l_32 = &l_15;
    (*l_3) ^= g_2;
    for (g_4 = 0; (g_4 >= 24); g_4++)
    { 
        uint32_t l_19 = 0UL;
        int32_t *l_432 = &g_4;
        int32_t l_443 = 1L;
        int32_t *l_446 = (void*)0;
        for (g_2 = 0; (g_2 != 36); g_2++)
        { 
            int32_t **l_9 = &l_3;
            int32_t ***l_12[2];
            int16_t *l_16 = &g_17;
            int i;
            for (i = 0; i < 2; i++)
                l_12[i] = (void*)0;
        }
        l_443 &= (safe_rshift_func_int8_t_s_s(g_244[2][0], 2));
        g_218[0][0] = (-2L);
    }
    return g_2;
}
static uint16_t  func_22(uint32_t  p_23, int64_t  p_24, const int32_t * p_25, int32_t  p_26)
{ 
    uint64_t l_214[4][2] = {{0x8186256CEDE78F07LL,0x6B62847544DC1553LL},{0x8186256CEDE78F07LL,0x6B62847544DC1553LL},{0x8186256CEDE78F07LL,0x6B62847544DC1553LL},{0x8186256CEDE78F07LL,0x6B62847544DC1553LL}};
    uint16_t l_242 = 0x514FL;
    uint16_t *l_271 = &g_38;
    uint16_t * const *l_270 = &l_271;
    uint16_t * const ** const l_269 = &l_270;
    uint8_t *l_302 = &g_244[2][0];
    int32_t l_333 = 0L;
    uint64_t l_359 = 0x69F001A16461D7AFLL;
    int32_t ***l_363 = (void*)0;
    int32_t l_405 = 0xC988D5C1L;
    int32_t l_406 = 0x403AE9BBL;
    int32_t l_407 = 0L;
    int32_t l_408 = (-1L);
    int32_t l_409[4][1] = {{0x79B48A4BL},{(-4L)},{0x79B48A4BL},{(-4L)}};
    uint16_t l_410 = 1UL;
    int64_t l_419 = 0L;
    uint16_t **l_427 = &g_424[1];
    uint16_t ***l_426[4];
    int8_t l_431 = 5L;
    int i, j;
    for (i = 0; i < 4; i++)
        l_426[i] = &l_427;
lbl_297:
    for (p_24 = 0; (p_24 != 17); p_24++)
    { 
        uint16_t *l_37 = &g_38;
        uint16_t *l_39 = &g_40;
        int8_t *l_41 = &g_42[0];
        if ((g_2 != ((*l_41) = (safe_sub_func_uint16_t_u_u(((*l_39) = ((*l_37) &= g_18[2][1])), (&p_24 != (void*)0))))))
        { 
            int64_t *l_48 = &g_31;
            int64_t **l_189 = (void*)0;
            int32_t *l_194 = &g_18[2][0];
            for (g_17 = 1; (g_17 >= 0); g_17 -= 1)
            { 
                int32_t *l_43 = &g_18[2][1];
                int64_t *l_47 = &g_31;
                int64_t ***l_188[2][2] = {{&g_186,&g_186},{&g_186,&g_186}};
                int i, j;
                (*l_43) |= g_42[(g_17 + 1)];
                l_189 = func_44(&g_13, ((((l_47 == &g_31) , (void*)0) != ((l_39 != (void*)0) , &g_31)) , l_48));
            }
            (*l_194) |= ((void*)0 == g_190[0]);
            return p_26;
        }
        else
        { 
            return g_195;
        }
    }
lbl_354:
    for (p_24 = 0; (p_24 == 9); p_24++)
    { 
        uint32_t l_204 = 1UL;
        uint16_t **l_273[4][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
        uint16_t ***l_272 = &l_273[1][0];
        int8_t *l_274 = &g_156[2][0];
        int32_t l_275 = 0L;
        int32_t *l_276 = &g_18[1][0];
        int64_t **l_295 = &g_187;
        uint8_t *l_304[1][1];
        int32_t l_332[3][4] = {{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)}};
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_304[i][j] = &g_244[1][1];
        }
        if (((((safe_add_func_int64_t_s_s(p_23, ((safe_mul_func_int16_t_s_s(p_23, (*g_193))) <= ((safe_div_func_int64_t_s_s(((9UL && (0x07L && p_23)) == l_204), 0x3C99ED336E3E5089LL)) <= g_31)))) & l_204) || 4L) < p_23))
        { 
            int32_t l_205[3][3] = {{(-5L),1L,(-5L)},{1L,1L,1L},{(-5L),1L,(-5L)}};
            int32_t *l_206 = (void*)0;
            int32_t *l_207 = &g_18[1][0];
            int32_t l_219[4] = {6L,6L,6L,6L};
            int64_t l_263 = (-5L);
            int i, j;
            (*l_207) = l_205[1][2];
            for (g_38 = (-13); (g_38 < 58); g_38 = safe_add_func_uint16_t_u_u(g_38, 9))
            { 
                if ((*p_25))
                    break;
            }
            if ((3UL ^ ((g_18[2][1] | (((((*l_207) | (((**g_186) = (safe_mul_func_int16_t_s_s((((safe_rshift_func_uint8_t_u_u(g_150[1], g_42[0])) , 0UL) & (*g_187)), 0xF298L))) , (-1L))) && (*p_25)) , l_214[2][1]) , p_24)) ^ l_204)))
            { 
                int32_t *l_217[4][1];
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_217[i][j] = &g_218[0][0];
                }
                l_219[3] = ((*l_207) = ((safe_mod_func_int32_t_s_s((8UL | (((p_25 == &g_158) , &p_24) == &p_24)), 0x81B4DE4DL)) , (*p_25)));
                return p_26;
            }
            else
            { 
                uint32_t *l_220 = &g_221;
                uint64_t *l_230 = &g_231[2];
                uint64_t *l_232[3][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}};
                int32_t l_234 = (-9L);
                uint32_t l_235 = 0x728D810CL;
                uint8_t *l_243 = &g_244[2][0];
                int16_t *l_257 = (void*)0;
                int16_t *l_258 = &g_17;
                int i, j;
                (*l_207) = (((((*l_220) |= l_214[2][1]) >= 0x83A6C778L) >= (safe_mul_func_uint16_t_u_u(((((((g_233 = ((*l_230) = (safe_lshift_func_int8_t_s_u((safe_div_func_int32_t_s_s((p_26 & (p_23 <= ((safe_mod_func_int64_t_s_s(((**g_186) = (((*g_14) < (*p_25)) <= g_18[0][0])), 0x426F2A685DBE9D8CLL)) >= 0x20D7L))), (*p_25))), 5)))) <= p_24) && l_234) ^ p_26) && p_24) != (*g_14)), l_235))) , (*p_25));
                (*l_207) = (safe_mul_func_int16_t_s_s(((*l_258) = (safe_rshift_func_uint8_t_u_u((safe_div_func_int32_t_s_s((l_242 & (((*l_243) = 0x85L) >= (safe_mul_func_uint8_t_u_u(((safe_div_func_uint32_t_u_u(((*l_220) = (safe_add_func_int64_t_s_s((g_4 & (safe_div_func_int16_t_s_s((safe_lshift_func_int16_t_s_u((((**g_186) & (safe_lshift_func_int16_t_s_s(((252UL < l_235) & l_204), 15))) , 0x1FE8L), p_26)), g_165))), 1UL))), 0x59D6B01CL)) | (*p_25)), (-1L))))), l_204)), l_214[0][0]))), l_234));
                (*l_207) = (safe_rshift_func_int16_t_s_u(((((((void*)0 == &g_231[2]) & g_244[2][0]) > ((((*l_258) = (((p_24 , (safe_div_func_int8_t_s_s((l_234 = ((p_24 == l_263) != 1L)), p_26))) != l_214[2][1]) , g_221)) < (-1L)) || (*p_25))) || 0xE5213FA3A3A4B768LL) > l_242), 6));
            }
        }
        else
        { 
            uint32_t l_264 = 0x82AFFA7EL;
            if ((*p_25))
                break;
            if (l_264)
                continue;
        }
        (*l_276) = (safe_rshift_func_int16_t_s_u((((((g_42[0] ^ ((*l_274) ^= (safe_div_func_uint64_t_u_u((l_269 != l_272), ((**g_186) = l_204))))) == ((l_214[1][1] | l_214[2][1]) == g_218[0][0])) > l_275) && (*g_14)) >= 0x6F780B8A79502D20LL), p_24));
        p_26 = (0xD34FA7B23D429729LL > ((*g_187) = 0x475833DC338EB4A7LL));
        for (g_40 = (-24); (g_40 <= 10); g_40 = safe_add_func_uint32_t_u_u(g_40, 3))
        { 
            int32_t **l_279 = &l_276;
            int16_t *l_294 = &g_17;
            int64_t **l_296 = &g_187;
            int32_t l_310 = 0x5CA4459CL;
            (*l_279) = &g_18[0][1];
            if (((**l_279) = (safe_mul_func_uint8_t_u_u(((((safe_lshift_func_int8_t_s_u(((*l_274) = (p_23 , (safe_lshift_func_int16_t_s_u((safe_add_func_int16_t_s_s(((*l_294) = ((safe_sub_func_int64_t_s_s(((safe_lshift_func_int8_t_s_s((g_42[0] = (g_40 && p_24)), (**l_279))) || (safe_mul_func_int16_t_s_s((p_23 | g_156[1][0]), 0xD0AAL))), p_24)) | (-1L))), g_38)), l_214[2][1])))), 1)) , l_295) != l_296) != 0x36L), 0L))))
            { 
                uint8_t **l_303 = &l_302;
                if (g_165)
                    goto lbl_297;
                (*l_279) = &p_26;
                (**l_279) = ((g_231[2] & (*l_276)) == (((safe_lshift_func_uint8_t_u_s((safe_lshift_func_int8_t_s_u(5L, (((*l_303) = l_302) != (l_304[0][0] = l_274)))), 7)) | 0x9203EBDD39C15E16LL) , g_150[3]));
            }
            else
            { 
                int8_t l_307 = 1L;
                int32_t **l_309[3][3];
                uint8_t l_311 = 0xC0L;
                uint32_t *l_322 = &g_221;
                uint64_t *l_331 = &g_231[3];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_309[i][j] = &g_14;
                }
                p_25 = ((*l_279) = ((p_26 > (((safe_mod_func_int32_t_s_s(l_214[3][1], (l_307 , (*p_25)))) , (~4L)) && g_38)) , &p_26));
                ++l_311;
                l_333 = ((safe_div_func_int16_t_s_s((safe_div_func_uint8_t_u_u((((*l_276) = ((*l_331) = (safe_add_func_int16_t_s_s((((*l_322) = (safe_rshift_func_int8_t_s_u(0xCEL, 4))) >= 0xA9814ACBL), (safe_div_func_uint32_t_u_u(((safe_rshift_func_int8_t_s_s((((((((*l_276) | (safe_rshift_func_uint8_t_u_s(((0xC0850837L > (safe_rshift_func_uint16_t_u_s(p_23, (**l_279)))) < g_165), p_23))) != (-1L)) & 0x01L) > 0xBC34CB39L) <= 0x8CE1L) && 0x92D22118L), 2)) > p_24), (*p_25))))))) | 0UL), l_332[1][3])), p_24)) <= g_150[1]);
                (*l_279) = &p_26;
            }
            for (l_204 = 0; (l_204 <= 1); l_204 += 1)
            { 
                int32_t ***l_340[1][1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_340[i][j] = (void*)0;
                }
                (*l_276) = (((l_333 ^= (safe_lshift_func_int16_t_s_u((safe_mod_func_int8_t_s_s(0xEBL, g_18[(l_204 + 1)][l_204])), (g_244[l_204][l_204] , (safe_sub_func_int64_t_s_s(((((l_340[0][0] == ((g_244[(l_204 + 1)][l_204] && p_26) , (void*)0)) > g_2) != g_165) , (**g_186)), p_26)))))) || g_165) < 18446744073709551608UL);
            }
        }
    }
    if ((l_333 || (safe_mod_func_int16_t_s_s(((safe_sub_func_uint64_t_u_u((p_26 < ((safe_lshift_func_int16_t_s_u(l_333, l_214[2][1])) || (((**l_269) != (*l_270)) , 0UL))), (**g_186))) != 3UL), l_214[0][1]))))
    { 
        uint16_t l_362 = 0xBE99L;
        int32_t ***l_370 = &g_13;
        int32_t **l_382 = (void*)0;
        int32_t **l_383 = &g_14;
        for (g_40 = 0; (g_40 > 50); g_40++)
        { 
            int32_t *l_349 = &g_4;
            int32_t **l_350 = (void*)0;
            int32_t ***l_353 = &l_350;
            int32_t ****l_352 = &l_353;
            int32_t *****l_351 = &l_352;
            const int64_t ***l_366[1][2];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_366[i][j] = (void*)0;
            }
            p_25 = (p_26 , l_349);
            (*l_351) = (void*)0;
            if (g_31)
                goto lbl_354;
            for (g_233 = 0; (g_233 < (-22)); --g_233)
            { 
                int8_t *l_360 = (void*)0;
                int8_t *l_361[3];
                int64_t *l_364 = &g_31;
                uint8_t **l_365 = &l_302;
                int i;
                for (i = 0; i < 3; i++)
                    l_361[i] = &g_156[2][0];
                p_26 |= (safe_mod_func_uint64_t_u_u(18446744073709551615UL, (((*l_364) = ((**g_186) = ((l_359 & (l_362 = (g_156[1][2] = 0x2AL))) != ((void*)0 == l_363)))) && l_362)));
                p_26 = ((((*p_25) , l_365) != ((l_366[0][0] != &g_186) , l_365)) || 18446744073709551612UL);
                if (l_242)
                    goto lbl_373;
            }
        }
lbl_373:
        if (((-9L) & l_362))
        { 
            const int32_t *l_371 = &l_333;
            const int32_t **l_372 = &l_371;
            for (g_38 = 0; (g_38 != 39); g_38 = safe_add_func_uint8_t_u_u(g_38, 3))
            { 
                int32_t ****l_369[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_369[i] = (void*)0;
                l_370 = &g_13;
            }
            (*l_372) = l_371;
        }
        else
        { 
            return p_23;
        }
        for (g_40 = 0; (g_40 <= 52); g_40 = safe_add_func_uint8_t_u_u(g_40, 9))
        { 
            uint32_t l_381 = 18446744073709551606UL;
            p_26 ^= (safe_mul_func_int8_t_s_s((safe_rshift_func_int16_t_s_s(((safe_unary_minus_func_int8_t_s(g_244[2][0])) != l_381), 15)), (p_25 == (void*)0)));
        }
        (*l_383) = &p_26;
    }
    else
    { 
        return p_26;
    }
    for (g_40 = (-6); (g_40 <= 60); g_40 = safe_add_func_uint64_t_u_u(g_40, 9))
    { 
        int16_t l_403 = 0x589FL;
        int32_t l_404[2];
        int32_t *l_430 = &l_409[2][0];
        int i;
        for (i = 0; i < 2; i++)
            l_404[i] = (-1L);
        for (l_242 = 12; (l_242 > 3); l_242 = safe_sub_func_uint64_t_u_u(l_242, 8))
        { 
            for (p_24 = 0; (p_24 <= 27); p_24++)
            { 
                int8_t l_390 = 1L;
                int32_t *l_391[4][4] = {{(void*)0,(void*)0,&g_18[2][1],&l_333},{&l_333,(void*)0,&g_18[2][1],(void*)0},{(void*)0,&g_4,&g_18[2][1],&g_18[2][1]},{(void*)0,&g_4,&g_4,(void*)0}};
                int i, j;
                g_18[2][1] ^= ((*g_14) = l_390);
                return p_24;
            }
            for (p_23 = 0; (p_23 <= 44); p_23 = safe_add_func_uint16_t_u_u(p_23, 7))
            { 
                int32_t *l_394[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_394[i] = &g_18[0][0];
                g_18[1][1] |= (p_26 , (*g_14));
            }
        }
        for (g_17 = 0; (g_17 < 24); g_17 = safe_add_func_int64_t_s_s(g_17, 8))
        { 
            int32_t *l_397 = &g_18[2][1];
            int32_t *l_398 = &g_18[2][1];
            int32_t *l_399 = &l_333;
            int32_t *l_400 = (void*)0;
            int32_t *l_401 = &g_218[0][0];
            int32_t *l_402[2];
            int8_t *l_415 = &g_42[1];
            uint16_t * const ***l_425 = &g_422;
            uint16_t ****l_428 = &l_426[1];
            int16_t *l_429 = &l_403;
            int i;
            for (i = 0; i < 2; i++)
                l_402[i] = &l_333;
            ++l_410;
            p_26 = (p_26 == ((safe_sub_func_int8_t_s_s(((*l_415) = p_24), ((g_40 <= (((***l_269) &= 0x4500L) != ((((safe_lshift_func_uint16_t_u_s((+(((g_119 || (-1L)) || (*g_14)) > 0xFEC5EFB00829F175LL)), l_419)) , g_218[0][0]) , g_150[0]) != g_195))) & g_218[0][0]))) < p_23));
            (*l_399) &= 0xE7CBF8D0L;
            p_26 ^= (safe_rshift_func_int16_t_s_u(((*l_429) = (((*l_425) = ((g_38 != 0x8FA34A78290A048ELL) , g_422)) != ((*l_428) = l_426[3]))), 10));
        }
        (*l_430) |= (*p_25);
    }
    return l_431;
}
static int64_t ** func_44(int32_t *** p_45, int64_t * p_46)
{ 
    int32_t *l_49[1][2];
    int16_t l_50 = (-4L);
    int32_t l_51[4][4] = {{9L,9L,0xE904CDE8L,9L},{9L,(-1L),(-1L),9L},{(-1L),9L,(-1L),(-1L)},{9L,9L,0xE904CDE8L,9L}};
    int16_t l_52[4] = {(-1L),(-1L),(-1L),(-1L)};
    int8_t l_53 = 1L;
    uint8_t l_54[4] = {255UL,255UL,255UL,255UL};
    uint16_t *l_72 = &g_38;
    uint16_t ** const l_71 = &l_72;
    int64_t l_77[1][4];
    uint64_t l_79 = 0xF85CD5396BCCB619LL;
    uint32_t l_114 = 18446744073709551614UL;
    uint8_t l_153 = 255UL;
    int32_t l_155[1];
    uint32_t l_170[2][3] = {{0x825E045FL,0x825E045FL,5UL},{0x825E045FL,0x825E045FL,5UL}};
    int64_t *l_185[4][4] = {{&l_77[0][1],&l_77[0][1],&l_77[0][1],&l_77[0][1]},{&l_77[0][1],&l_77[0][1],&l_77[0][1],&l_77[0][1]},{&l_77[0][1],&l_77[0][1],&l_77[0][1],&l_77[0][1]},{&l_77[0][1],&l_77[0][1],&l_77[0][1],&l_77[0][1]}};
    int64_t **l_184 = &l_185[0][0];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_49[i][j] = &g_18[1][0];
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_77[i][j] = 0x13517DEDC2EDBB1FLL;
    }
    for (i = 0; i < 1; i++)
        l_155[i] = 1L;
    l_54[2]--;
    for (l_53 = 0; (l_53 <= 0); l_53 += 1)
    { 
        int64_t *l_60 = &g_31;
        int64_t **l_59 = &l_60;
        int64_t ***l_61 = &l_59;
        uint16_t *l_67[3];
        uint16_t **l_73 = &l_72;
        int32_t l_75 = (-1L);
        int32_t l_76[4];
        int32_t l_78 = 3L;
        int32_t **l_83[3][3] = {{&g_14,(void*)0,(void*)0},{&g_14,(void*)0,(void*)0},{&g_14,(void*)0,(void*)0}};
        uint8_t l_95 = 0x07L;
        int32_t l_113[3];
        uint8_t l_132 = 0UL;
        int64_t l_135 = (-9L);
        uint8_t l_138 = 249UL;
        int32_t *l_148 = (void*)0;
        int64_t l_166[2];
        int i, j;
        for (i = 0; i < 3; i++)
            l_67[i] = &g_38;
        for (i = 0; i < 4; i++)
            l_76[i] = 0x180338EFL;
        for (i = 0; i < 3; i++)
            l_113[i] = 0x4BE1140EL;
        for (i = 0; i < 2; i++)
            l_166[i] = 0x3802A89148B5D1EFLL;
    }
    for (g_38 = 7; (g_38 >= 20); g_38 = safe_add_func_int32_t_s_s(g_38, 7))
    { 
        uint16_t l_181[1][1];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_181[i][j] = 65529UL;
        }
        --l_181[0][0];
    }
    return g_186;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_17, "g_17", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_18[i][j], "g_18[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_40, "g_40", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_42[i], "g_42[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_119, "g_119", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_150[i], "g_150[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_156[i][j], "g_156[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_158, "g_158", print_hash_value);
    transparent_crc(g_165, "g_165", print_hash_value);
    transparent_crc(g_195, "g_195", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_218[i][j], "g_218[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_221, "g_221", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_231[i], "g_231[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_233, "g_233", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_244[i][j], "g_244[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_442, "g_442", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
