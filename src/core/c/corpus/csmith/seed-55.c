#include "csmith.h"
static long __undefined;
static uint32_t g_2 = 18446744073709551615UL;
static int32_t g_4[2] = {0xA18885C6L,0xA18885C6L};
static uint8_t g_38 = 9UL;
static uint8_t g_47 = 1UL;
static const uint8_t *g_49[4][2] = {{&g_47,&g_47},{&g_47,&g_47},{&g_47,&g_47},{&g_47,&g_47}};
static const uint8_t ** const g_48 = &g_49[2][1];
static int32_t g_58 = (-1L);
static int32_t *g_57 = &g_58;
static int16_t g_60 = 0x9525L;
static uint8_t *g_87 = &g_38;
static uint8_t **g_86 = &g_87;
static uint8_t ***g_85 = &g_86;
static uint32_t g_135 = 1UL;
static int8_t g_142[1][2] = {{0x9EL,0x9EL}};
static uint16_t g_181 = 0UL;
static int16_t *g_214 = &g_60;
static int16_t * const *g_213[3][1] = {{&g_214},{&g_214},{&g_214}};
static int64_t g_219 = 0L;
static uint32_t g_225 = 4294967289UL;
static int8_t g_267 = 0x93L;
static uint8_t g_361 = 0x11L;
static int16_t **g_424 = &g_214;
static int16_t ***g_423 = &g_424;
static int16_t ****g_422[3][3] = {{&g_423,&g_423,&g_423},{&g_423,&g_423,&g_423},{&g_423,&g_423,&g_423}};
static int64_t  func_1(void);
static int16_t  func_11(uint8_t  p_12, int16_t  p_13);
static const int32_t * func_15(const int32_t * p_16, int32_t * const  p_17);
static int64_t  func_1(void)
{ 
    const int32_t *l_18 = (void*)0;
    int32_t l_250 = 0xABC83731L;
    int32_t l_262[2];
    int32_t l_345 = 0xBF9F2782L;
    int16_t **l_365 = &g_214;
    int16_t ***l_364 = &l_365;
    uint32_t l_417[3];
    uint16_t l_438 = 1UL;
    int i;
    for (i = 0; i < 2; i++)
        l_262[i] = 0x2BDCCD84L;
    for (i = 0; i < 3; i++)
        l_417[i] = 0x988472ABL;
    if (g_2)
    { 
        int32_t *l_3 = &g_4[1];
        int32_t l_238 = (-7L);
        int32_t l_263[3];
        int64_t l_269 = (-5L);
        uint32_t l_339 = 18446744073709551615UL;
        uint32_t l_346 = 0x6AB0597FL;
        int16_t **l_363 = &g_214;
        int16_t ***l_362 = &l_363;
        uint8_t ****l_377[2];
        int i;
        for (i = 0; i < 3; i++)
            l_263[i] = 0L;
        for (i = 0; i < 2; i++)
            l_377[i] = &g_85;
        if (((*l_3) = g_2))
        { 
            const uint32_t l_25 = 18446744073709551615UL;
            int16_t *l_59 = &g_60;
            uint16_t *l_232 = &g_181;
            int32_t l_264 = 0x49AF966FL;
            int32_t l_265 = 0xF580ACE3L;
            int32_t l_266 = 0xFF7E1002L;
            int32_t l_268 = 5L;
            uint16_t l_270 = 0x1ADEL;
            int32_t *l_296 = &l_264;
            (*l_3) = (safe_mul_func_uint16_t_u_u(((safe_add_func_uint64_t_u_u(((safe_div_func_int16_t_s_s(func_11(g_2, ((*l_59) = ((((~0xC4B03E38L) , func_15(l_18, ((safe_div_func_uint8_t_u_u((((((safe_rshift_func_uint8_t_u_s(g_4[1], ((safe_add_func_int16_t_s_s(0x37C5L, l_25)) , 0x8CL))) != 0x8470ED99L) || 0x7EB8L) , g_4[0]) <= g_4[1]), (*l_3))) , &g_4[1]))) == g_57) <= l_25))), l_25)) , g_181), l_25)) == g_2), 0xB381L));
            if ((safe_add_func_int8_t_s_s((((safe_sub_func_int64_t_s_s((safe_unary_minus_func_int32_t_s(g_225)), (g_142[0][1] | (safe_div_func_uint8_t_u_u((safe_sub_func_int64_t_s_s(((safe_add_func_uint16_t_u_u(g_135, g_4[0])) < ((*l_232) = (*l_3))), (*l_3))), (***g_85)))))) < l_25) ^ (*l_3)), (*g_87))))
            { 
                int32_t *l_233 = &g_4[1];
                int32_t *l_234 = &g_58;
                int32_t *l_235 = &g_4[1];
                int32_t *l_236 = &g_4[0];
                int32_t *l_237 = &g_4[1];
                int32_t *l_239 = (void*)0;
                int32_t *l_240 = &g_4[1];
                int32_t *l_241 = &g_4[0];
                int32_t *l_242 = (void*)0;
                int32_t *l_243 = &g_4[1];
                int32_t *l_244 = &l_238;
                int32_t *l_245 = &l_238;
                int32_t *l_246 = (void*)0;
                int32_t *l_247 = &g_4[1];
                int32_t *l_248 = &g_4[1];
                int32_t *l_249 = &g_58;
                int32_t *l_251 = &g_58;
                int32_t *l_252 = &g_4[1];
                int32_t *l_253 = &l_250;
                int32_t *l_254 = &g_4[1];
                int32_t *l_255 = &l_238;
                int32_t *l_256 = &l_250;
                int32_t *l_257 = (void*)0;
                int32_t *l_258 = &g_4[1];
                int32_t *l_259 = (void*)0;
                int32_t *l_260 = &g_4[1];
                int32_t *l_261[4] = {&g_4[1],&g_4[1],&g_4[1],&g_4[1]};
                int8_t *l_275 = (void*)0;
                int8_t *l_276 = &g_267;
                int8_t *l_293[4] = {&g_142[0][1],&g_142[0][1],&g_142[0][1],&g_142[0][1]};
                int64_t *l_294 = &g_219;
                int32_t **l_295[4] = {&l_239,&l_239,&l_239,&l_239};
                int i;
                --l_270;
                (*l_256) = (safe_div_func_uint8_t_u_u(((l_264 ^= (((*l_276) = 1L) > ((safe_lshift_func_int16_t_s_s((((*l_294) = (safe_mul_func_int16_t_s_s((g_225 ^ ((safe_mod_func_uint32_t_u_u((safe_add_func_int16_t_s_s((g_142[0][0] && ((safe_div_func_uint16_t_u_u((safe_rshift_func_int16_t_s_u((*l_252), 7)), (safe_add_func_int8_t_s_s((l_263[2] = g_2), 0x7CL)))) , l_270)), (-1L))), l_262[0])) != g_4[1])), 0xF834L))) ^ 0x62ECA18747C13877LL), 3)) ^ (*g_57)))) & (**g_86)), (*l_3)));
                g_57 = &g_58;
            }
            else
            { 
                int16_t l_301 = 0x9B5AL;
                int8_t l_322 = (-8L);
                int32_t *l_323 = &g_4[0];
                int32_t *l_324 = &g_4[1];
                int32_t l_325 = (-4L);
                int32_t *l_326 = &l_266;
                int32_t *l_327 = &l_266;
                int32_t *l_328 = &l_263[2];
                int32_t *l_329 = &g_4[1];
                int32_t *l_330 = &l_263[2];
                int32_t *l_331 = (void*)0;
                int32_t *l_332 = &l_263[2];
                int32_t *l_333 = &l_268;
                int32_t *l_334 = (void*)0;
                int32_t *l_335 = &g_4[1];
                int32_t l_336 = 0xFAD29E82L;
                int32_t *l_337 = &l_268;
                int32_t *l_338[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_338[i] = &l_263[2];
                l_296 = &g_4[1];
                (*g_57) = (safe_mul_func_int8_t_s_s(8L, (((((safe_lshift_func_int16_t_s_s((l_301 || ((((safe_add_func_uint8_t_u_u((l_301 , (((*l_296) ^= (*g_57)) & (safe_div_func_int32_t_s_s((+(safe_unary_minus_func_int32_t_s(0x12E7F529L))), l_301)))), l_262[0])) && (*l_296)) <= (*g_214)) , 0UL)), (*g_214))) || l_301) > (-1L)) , l_18) != l_296)));
                (*g_57) &= (0x36098FC4DE4B1A34LL >= (safe_add_func_int32_t_s_s((l_262[1] != (((safe_div_func_uint16_t_u_u((safe_mod_func_int8_t_s_s(g_38, (safe_div_func_uint16_t_u_u(g_60, (safe_rshift_func_int8_t_s_u((safe_add_func_uint64_t_u_u(((0L <= (*l_3)) >= (*l_296)), l_301)), 1)))))), g_219)) < l_301) != l_301)), 0x80766CAEL)));
                l_339++;
            }
        }
        else
        { 
            int32_t *l_342[4][1];
            int16_t l_343 = 0L;
            int32_t l_344 = 1L;
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 1; j++)
                    l_342[i][j] = (void*)0;
            }
            l_346--;
            for (l_345 = 0; (l_345 <= 2); l_345 += 1)
            { 
                uint8_t *l_359 = (void*)0;
                uint8_t *l_360[2][2];
                int16_t ****l_366 = (void*)0;
                int16_t ****l_367 = &l_364;
                uint16_t *l_372 = &g_181;
                uint32_t *l_375 = &g_135;
                uint8_t ****l_376 = &g_85;
                uint16_t l_378[3][1];
                int8_t *l_379 = &g_142[0][1];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_360[i][j] = &g_47;
                }
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_378[i][j] = 1UL;
                }
                g_361 |= (((l_263[l_345] && g_47) , (safe_lshift_func_uint8_t_u_s((0x187EL != ((***g_85) <= ((safe_div_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u((safe_add_func_int32_t_s_s((safe_div_func_uint8_t_u_u((g_47 = 0x46L), (*l_3))), 0xDC216D8BL)), (**g_86))), (*l_3))) >= 0xFAL))), g_58))) , 0x18019314L);
                (*l_3) = ((((*g_214) = 0L) <= (l_362 != ((*l_367) = l_364))) , 1L);
                l_263[l_345] = (*g_57);
                (*g_57) &= (safe_sub_func_uint64_t_u_u((safe_div_func_int16_t_s_s((((*l_379) = (((*l_372) = g_47) & (safe_add_func_uint32_t_u_u(((((*l_375) |= g_267) , g_4[0]) , ((((g_225 , l_376) == l_377[1]) <= (*l_3)) ^ 0xCAF3B4F3A10CC3B3LL)), l_378[1][0])))) ^ 0xDCL), g_361)), 0xF9ABA57A7EDD22ECLL));
            }
        }
    }
    else
    { 
        uint32_t l_380 = 0x5BA27FF7L;
        int32_t l_381 = 8L;
        int32_t l_391 = 0xE4D686F2L;
        int32_t l_392 = 0x78B7190CL;
        l_381 = l_380;
        for (g_47 = (-4); (g_47 != 30); g_47++)
        { 
            int32_t *l_384 = &g_4[1];
            int32_t *l_385 = &l_345;
            int32_t *l_386 = (void*)0;
            int32_t *l_387 = (void*)0;
            int32_t l_388[1][3];
            int32_t *l_389 = &g_4[0];
            int32_t *l_390[1];
            uint32_t l_393[3];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_388[i][j] = 3L;
            }
            for (i = 0; i < 1; i++)
                l_390[i] = &l_262[0];
            for (i = 0; i < 3; i++)
                l_393[i] = 0x0D41EA75L;
            l_393[2]--;
            if ((*g_57))
                break;
        }
        if ((l_250 == g_225))
        { 
            int32_t **l_396 = &g_57;
            int8_t *l_398[4][3];
            int8_t **l_397 = &l_398[2][2];
            int32_t *l_404[1][3];
            uint64_t l_415 = 0xC94276EAC0C169ABLL;
            uint16_t *l_416 = &g_181;
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 3; j++)
                    l_398[i][j] = &g_142[0][0];
            }
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_404[i][j] = &g_4[1];
            }
            for (l_250 = 0; l_250 < 4; l_250 += 1)
            {
                for (l_380 = 0; l_380 < 2; l_380 += 1)
                {
                    g_49[l_250][l_380] = (void*)0;
                }
            }
            (*l_396) = &l_262[0];
            for (l_381 = 0; (l_381 <= 0); l_381 += 1)
            { 
                int8_t ***l_399 = &l_397;
                int i;
                (*g_57) ^= (g_4[(l_381 + 1)] = (g_4[1] == (&g_4[1] != &g_4[1])));
                (*l_399) = l_397;
            }
            if ((safe_div_func_int16_t_s_s((((safe_add_func_uint32_t_u_u(((((g_4[1] &= (*g_57)) , (l_391 ^= (safe_rshift_func_int8_t_s_s((safe_sub_func_int32_t_s_s((safe_lshift_func_uint8_t_u_u((safe_rshift_func_int16_t_s_u((l_392 == (safe_lshift_func_int8_t_s_u(g_142[0][0], l_415))), ((*l_416) = (((*g_85) == (void*)0) >= (-10L))))), (**g_86))), l_417[2])), 6)))) <= (**l_396)) >= (*g_57)), (*g_57))) | l_381) | 0xA67042AF2ECA3DCBLL), l_392)))
            { 
                const int32_t *l_418[3];
                int32_t **l_419 = (void*)0;
                int32_t **l_420 = &l_404[0][2];
                const int32_t **l_421 = &l_418[0];
                int16_t *****l_425 = &g_422[0][0];
                uint32_t l_434 = 18446744073709551615UL;
                int16_t l_435[4][4] = {{0L,(-1L),0L,0x2823L},{2L,5L,0x2823L,0x2823L},{(-1L),(-1L),(-1L),0x2823L},{0x2823L,0L,(-1L),0L}};
                int i, j;
                for (i = 0; i < 3; i++)
                    l_418[i] = &l_262[1];
                l_345 = (*g_57);
                (*l_421) = func_15(func_15(l_418[0], &g_4[1]), ((*l_420) = &l_381));
                (*l_421) = func_15(&l_250, ((*g_57) , &g_4[1]));
                g_58 |= ((((*l_425) = g_422[0][0]) == (void*)0) | (1L < (((safe_sub_func_int8_t_s_s((safe_rshift_func_uint8_t_u_s((safe_add_func_uint32_t_u_u(g_135, (safe_mod_func_uint8_t_u_u((((l_434 < 4294967295UL) < g_181) != l_435[2][3]), (**l_421))))), 3)), (***g_85))) > g_135) != 0L)));
            }
            else
            { 
                (*g_57) = (safe_sub_func_uint64_t_u_u(l_438, (&g_57 == (void*)0)));
            }
        }
        else
        { 
            uint16_t l_439 = 0x23B4L;
            return l_439;
        }
    }
    return l_438;
}
static int16_t  func_11(uint8_t  p_12, int16_t  p_13)
{ 
    int32_t * const l_61 = &g_4[1];
    const int32_t **l_62 = (void*)0;
    const int32_t **l_63 = (void*)0;
    const int32_t *l_65[1];
    const int32_t **l_64 = &l_65[0];
    uint8_t *l_74 = (void*)0;
    uint8_t * const *l_73[2];
    uint8_t * const **l_72[4] = {&l_73[1],&l_73[1],&l_73[1],&l_73[1]};
    uint8_t **l_76 = &l_74;
    uint8_t ***l_75[2];
    int32_t l_107 = 0x7864A00AL;
    uint8_t l_133 = 3UL;
    int32_t l_187 = 0xA50A0527L;
    int32_t l_191 = 0xADC02D84L;
    int32_t l_192 = 0x5A004C85L;
    int16_t **l_215 = &g_214;
    int16_t ***l_216 = &l_215;
    int16_t **l_217[3][2];
    int64_t *l_218 = &g_219;
    int i, j;
    for (i = 0; i < 1; i++)
        l_65[i] = &g_4[1];
    for (i = 0; i < 2; i++)
        l_73[i] = &l_74;
    for (i = 0; i < 2; i++)
        l_75[i] = &l_76;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
            l_217[i][j] = (void*)0;
    }
    (*g_57) ^= 0x8FEC5983L;
    (*l_64) = func_15(&g_4[1], l_61);
    if ((safe_sub_func_int32_t_s_s((safe_sub_func_int64_t_s_s((((safe_rshift_func_int16_t_s_s(((l_72[3] != l_75[0]) , (safe_mul_func_uint16_t_u_u((safe_sub_func_uint32_t_u_u(p_12, p_13)), 0x5C4EL))), 14)) & g_38) || (**l_64)), 0xEE7F369DC22399FBLL)), 0L)))
    { 
        (*l_64) = (void*)0;
    }
    else
    { 
        uint8_t ***l_90 = (void*)0;
        int32_t l_102 = (-3L);
        int32_t l_103 = 0xC0AB2FBDL;
        int32_t l_104 = 0x9DA225ADL;
        int16_t *l_138 = &g_60;
        uint16_t l_204 = 0x54D9L;
        for (g_58 = 0; (g_58 < 11); g_58 = safe_add_func_int64_t_s_s(g_58, 8))
        { 
            uint8_t ****l_88[3][4] = {{&l_75[1],&l_75[0],&g_85,&l_75[0]},{&l_75[0],&l_75[0],&g_85,&g_85},{&l_75[1],&l_75[1],&l_75[0],&g_85}};
            uint8_t ***l_89 = &g_86;
            int16_t *l_95[1];
            int32_t l_98 = (-1L);
            int32_t l_99 = 0x7CAC03C0L;
            int32_t l_100 = 0xDEADA25EL;
            int32_t l_101 = (-5L);
            int64_t l_105 = (-7L);
            int32_t l_106 = 0x4BEF2EF9L;
            int32_t l_108 = 0L;
            uint64_t l_134[2][4] = {{0x96858601B01888FBLL,18446744073709551615UL,18446744073709551615UL,0x96858601B01888FBLL},{18446744073709551615UL,0x96858601B01888FBLL,18446744073709551615UL,18446744073709551615UL}};
            int i, j;
            for (i = 0; i < 1; i++)
                l_95[i] = &g_60;
            if (((safe_add_func_int64_t_s_s(((l_89 = g_85) == l_90), p_12)) && (safe_lshift_func_int16_t_s_s((p_13 = (safe_lshift_func_int16_t_s_s(g_4[1], g_47))), 15))))
            { 
                int32_t *l_96 = &g_4[0];
                int32_t *l_97[4][3] = {{&g_4[1],&g_4[1],&g_4[1]},{&g_4[1],&g_4[1],&g_4[1]},{&g_4[1],&g_4[1],&g_4[1]},{&g_4[1],&g_4[1],&g_4[1]}};
                int32_t l_109 = 6L;
                uint32_t l_110 = 0xE4B54E12L;
                int i, j;
                ++l_110;
            }
            else
            { 
                const uint32_t l_132 = 0x8094179FL;
                g_135 ^= (safe_rshift_func_int16_t_s_u((safe_unary_minus_func_uint16_t_u(((((*l_61) = 4L) , (safe_div_func_uint32_t_u_u(((((safe_div_func_int64_t_s_s(l_104, (safe_sub_func_uint8_t_u_u(((safe_sub_func_int16_t_s_s(((p_12 = ((safe_lshift_func_uint16_t_u_u((g_47 < ((safe_div_func_int8_t_s_s(0x43L, (safe_rshift_func_uint8_t_u_s((safe_mod_func_int64_t_s_s(p_12, (-10L))), l_101)))) || 0x25A78384601AF365LL)), l_132)) && 0xB75001E5L)) | l_133), p_13)) >= l_132), g_47)))) , p_12) == 0x57B670F1L) , g_47), l_134[1][2]))) & l_104))), g_58));
                return l_134[1][3];
            }
        }
        if (((((((safe_lshift_func_uint8_t_u_u((**g_48), 0)) , ((((*l_138) &= (((void*)0 == (*g_86)) != (p_12 ^ (0x388FL < p_12)))) == g_38) < g_135)) >= p_12) , &g_57) != (void*)0) || p_12))
        { 
            int8_t *l_141 = &g_142[0][1];
            int32_t l_149 = 1L;
            (*l_61) = ((safe_sub_func_int64_t_s_s((((*l_141) &= p_13) ^ (g_58 | (safe_lshift_func_uint16_t_u_u((safe_div_func_int32_t_s_s(7L, (-7L))), 2)))), ((((((((*l_138) = (safe_sub_func_int64_t_s_s(0L, l_149))) | l_149) ^ l_102) , p_12) | 5L) >= g_4[0]) , 0xB1056DD29B11EE23LL))) | g_58);
            return l_149;
        }
        else
        { 
            uint16_t *l_160 = (void*)0;
            uint16_t *l_161 = (void*)0;
            uint16_t *l_162 = (void*)0;
            int32_t l_163 = 1L;
            int32_t l_164 = 0L;
            int32_t *l_182 = &g_4[1];
            int32_t *l_183 = &l_103;
            int32_t *l_184 = &g_58;
            int32_t *l_185 = &g_4[1];
            int32_t *l_186 = &l_164;
            int32_t *l_188 = &l_187;
            int32_t *l_189 = &l_163;
            int32_t *l_190[1][4] = {{(void*)0,(void*)0,(void*)0,(void*)0}};
            uint16_t l_193 = 65535UL;
            int i, j;
            l_164 |= (safe_sub_func_uint64_t_u_u((((*l_61) = l_102) & ((l_102 | l_104) == (safe_mul_func_int16_t_s_s((safe_sub_func_uint32_t_u_u((p_13 , (safe_lshift_func_uint16_t_u_s((l_163 = (((((safe_lshift_func_int16_t_s_s((g_60 = p_12), p_13)) & g_142[0][1]) , 0x760C6957L) <= g_142[0][1]) > g_58)), l_103))), (*g_57))), g_142[0][1])))), g_58));
            for (l_103 = 15; (l_103 != (-1)); l_103 = safe_sub_func_uint64_t_u_u(l_103, 1))
            { 
                int16_t **l_169 = &l_138;
                uint32_t *l_178 = &g_135;
                int32_t l_179 = 0x69614EA6L;
                uint16_t *l_180 = &g_181;
                (*g_57) = ((((*l_169) = l_162) != &g_60) | (p_13 , ((((((((0L & (safe_sub_func_uint16_t_u_u(((*l_180) &= ((safe_add_func_uint8_t_u_u((safe_lshift_func_int16_t_s_u(((safe_div_func_uint32_t_u_u(((*l_178) |= 0x02BF3D27L), 0xC89FFF07L)) , l_179), g_38)), 0xDDL)) && g_2)), g_58))) != (*g_57)) <= l_102) && 0xC12618D2DF743E4FLL) | 1UL) >= g_60) || 0xF8L) > 1L)));
                if (p_13)
                    continue;
            }
            ++l_193;
        }
        for (l_103 = 0; (l_103 <= 1); l_103 += 1)
        { 
            int64_t l_196 = 0xFA51099E4DF3D4E4LL;
            int32_t l_203[4];
            int i;
            for (i = 0; i < 4; i++)
                l_203[i] = 0x17305051L;
            for (l_192 = 0; (l_192 <= 1); l_192 += 1)
            { 
                int32_t *l_197 = &g_58;
                int32_t *l_198 = &g_4[1];
                int32_t *l_199 = &g_4[1];
                int32_t *l_200 = &g_58;
                int32_t *l_201 = &g_4[1];
                int32_t *l_202[4][1] = {{(void*)0},{&g_4[1]},{(void*)0},{&g_4[1]}};
                int i, j;
                g_4[l_103] = g_4[l_103];
                if (l_103)
                    continue;
                l_204++;
            }
        }
    }
    (*l_61) &= ((safe_mod_func_uint8_t_u_u((safe_add_func_int16_t_s_s((-1L), (((***g_85) >= (((*l_218) = (safe_mul_func_int8_t_s_s((g_213[1][0] == (l_217[2][1] = ((*l_216) = l_215))), ((p_12 , (void*)0) != &l_73[0])))) != g_58)) & g_38))), p_12)) >= p_12);
    return p_13;
}
static const int32_t * func_15(const int32_t * p_16, int32_t * const  p_17)
{ 
    const int32_t *l_28 = &g_4[0];
    uint64_t l_31 = 0x3D925D3C095B676BLL;
    uint8_t *l_32 = (void*)0;
    int32_t l_33[2][3];
    uint8_t *l_34 = (void*)0;
    uint8_t *l_35 = (void*)0;
    uint8_t *l_36 = (void*)0;
    uint8_t *l_37 = &g_38;
    int32_t *l_52 = &l_33[0][1];
    int32_t *l_53[3][3] = {{(void*)0,&l_33[1][0],(void*)0},{(void*)0,&l_33[1][0],(void*)0},{(void*)0,&l_33[1][0],(void*)0}};
    uint32_t l_54 = 0x1D393908L;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
            l_33[i][j] = 0x069D1FE9L;
    }
    if (((safe_sub_func_uint8_t_u_u(3UL, (((void*)0 != l_28) <= ((*l_37) = (l_33[1][1] |= ((((255UL != ((safe_lshift_func_int8_t_s_s((((*p_17) > (*l_28)) || g_4[0]), (*l_28))) , 1UL)) <= (*l_28)) ^ l_31) && (*l_28))))))) <= g_4[1]))
    { 
        if (g_38)
        { 
            (*p_17) = (0x0EBF085FFFF323E6LL == (g_2 != 1L));
        }
        else
        { 
            uint32_t l_40 = 18446744073709551607UL;
            for (g_38 = 0; (g_38 <= 1); g_38 += 1)
            { 
                int32_t *l_39[1][3];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_39[i][j] = &l_33[0][0];
                }
                l_40--;
                g_47 ^= ((((safe_sub_func_int64_t_s_s((0xE0C2L || (g_4[g_38] <= (-4L))), (safe_rshift_func_int16_t_s_s((l_40 , (*l_28)), 13)))) , 0xD3EAFCA1L) | l_40) , g_4[1]);
            }
            return &g_4[0];
        }
    }
    else
    { 
        const uint8_t **l_51 = &g_49[3][1];
        const uint8_t ***l_50 = &l_51;
        (*p_17) = g_2;
        (*l_50) = g_48;
    }
    l_54--;
    return p_16;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_4[i], "g_4[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_135, "g_135", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_142[i][j], "g_142[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_181, "g_181", print_hash_value);
    transparent_crc(g_219, "g_219", print_hash_value);
    transparent_crc(g_225, "g_225", print_hash_value);
    transparent_crc(g_267, "g_267", print_hash_value);
    transparent_crc(g_361, "g_361", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
