#include "csmith.h"
static long __undefined;
static int32_t g_6[2][1] = {{0xE04822B1L},{0xE04822B1L}};
static int32_t g_9 = 0x3B7BEDEDL;
static uint8_t g_23 = 0UL;
static int16_t g_51 = (-1L);
static int32_t g_55 = 1L;
static uint8_t g_65 = 4UL;
static uint16_t g_85[4] = {65528UL,65528UL,65528UL,65528UL};
static int32_t *g_91[3] = {&g_55,&g_55,&g_55};
static int32_t g_112[2] = {(-10L),(-10L)};
static uint8_t *g_145 = &g_65;
static uint8_t **g_144 = &g_145;
static uint64_t g_282 = 0UL;
static uint64_t *g_281 = &g_282;
static int32_t g_301 = 0xDFC7E60BL;
static int32_t ***g_319 = (void*)0;
static int16_t g_366 = 0xC9A2L;
static int32_t g_396 = (-1L);
static uint64_t g_436 = 1UL;
static uint16_t *g_445 = (void*)0;
static uint16_t **g_444 = &g_445;
static uint16_t ***g_443 = &g_444;
static uint16_t ****g_442 = &g_443;
static uint16_t *****g_441 = &g_442;
static int32_t **g_456 = &g_91[0];
static uint64_t g_481 = 18446744073709551612UL;
static uint32_t g_534 = 0xC0A2CD49L;
static uint32_t g_535[1][1] = {{4UL}};
static int32_t ****g_562 = &g_319;
static int32_t **** const *g_561 = &g_562;
static int64_t g_587 = 0xD5CA08564F3D65C1LL;
static const uint8_t *g_591 = &g_23;
static const uint8_t **g_590 = &g_591;
static const uint8_t ***g_589 = &g_590;
static const uint8_t ****g_588 = &g_589;
static int64_t g_592 = 0xF85AEC5E84F475BCLL;
static uint32_t g_594 = 4294967293UL;
static uint32_t g_626 = 0x39798A46L;
static int16_t *g_634 = &g_366;
static int8_t  func_1(void);
static uint16_t  func_2(int64_t  p_3);
static int32_t  func_13(int64_t  p_14, uint16_t  p_15, uint64_t  p_16, int32_t  p_17);
static int8_t  func_1(void)
{ 
    int8_t l_4 = (-1L);
    int16_t *l_365 = &g_366;
    int32_t *l_367 = (void*)0;
    int32_t l_368[3];
    uint16_t l_376 = 0x9EF4L;
    int32_t *l_378 = &g_55;
    uint64_t l_403 = 0UL;
    int8_t l_432 = 0x82L;
    int32_t **l_457 = (void*)0;
    uint16_t ****l_463 = &g_443;
    const int64_t l_510 = 0x2A15524EA8E5C578LL;
    uint16_t l_513 = 0xCF95L;
    uint8_t ***l_537[4];
    uint8_t ****l_536 = &l_537[0];
    uint8_t **l_560 = &g_145;
    uint64_t l_570 = 0x937F5828B368CA56LL;
    int8_t l_612 = 0xB9L;
    int32_t *l_633 = &l_368[2];
    int32_t *l_645 = &g_396;
    int32_t *l_646 = &l_368[0];
    int32_t *l_647 = &g_55;
    int32_t *l_648 = &l_368[2];
    int32_t *l_649 = &l_368[1];
    int32_t *l_650 = &g_112[0];
    int32_t *l_651[1][4] = {{&g_112[0],&g_112[0],&g_112[0],&g_112[0]}};
    uint8_t l_652[2];
    int i, j;
    for (i = 0; i < 3; i++)
        l_368[i] = 0xAC9C4EFAL;
    for (i = 0; i < 4; i++)
        l_537[i] = (void*)0;
    for (i = 0; i < 2; i++)
        l_652[i] = 0xABL;
    l_368[1] ^= (func_2(l_4) < (0xFED1F277D8DE58FFLL >= (safe_mul_func_uint8_t_u_u((((*l_365) = ((safe_rshift_func_int16_t_s_s(0x2A76L, 7)) > (safe_div_func_uint64_t_u_u((*g_281), (*g_281))))) , (*g_145)), l_4))));
    return g_481;
}
static uint16_t  func_2(int64_t  p_3)
{ 
    int16_t l_24 = 0x1FC6L;
    int32_t l_261 = 0xCC29EC63L;
    int32_t * const l_262 = (void*)0;
    uint8_t l_291[3];
    int32_t l_305 = (-5L);
    int32_t l_306 = 0L;
    int32_t l_310 = (-1L);
    int32_t l_336 = 8L;
    int32_t l_337 = 0x78213E1AL;
    int32_t l_338 = 0x608D3C33L;
    int32_t l_339 = 0xF560B452L;
    int32_t l_340 = 0L;
    int32_t l_341 = 9L;
    int32_t l_342 = 0xC5632800L;
    int32_t l_343 = 0x58DE3D58L;
    uint32_t l_344[4][2];
    int32_t *l_349 = &g_112[0];
    int32_t *l_358 = &l_305;
    int i, j;
    for (i = 0; i < 3; i++)
        l_291[i] = 0x2CL;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
            l_344[i][j] = 0UL;
    }
    if ((+g_6[0][0]))
    { 
        int32_t *l_263 = &g_55;
        int32_t * const *l_265[1];
        int32_t * const **l_264 = &l_265[0];
        uint16_t ** const l_299 = (void*)0;
        uint32_t l_314 = 0xC3531365L;
        int i;
        for (i = 0; i < 1; i++)
            l_265[i] = (void*)0;
        for (p_3 = 7; (p_3 <= 22); p_3 = safe_add_func_int32_t_s_s(p_3, 5))
        { 
            uint16_t l_18 = 65532UL;
            uint8_t *l_22 = &g_23;
            const int8_t l_260 = (-1L);
            int32_t l_266 = 8L;
            int16_t *l_270 = (void*)0;
            int16_t *l_271 = &l_24;
            int8_t l_272 = 0x87L;
            int32_t l_308 = 0L;
            int32_t l_309 = 0x24BCD46BL;
            uint16_t l_311 = 0x833BL;
            for (g_9 = (-17); (g_9 < (-10)); g_9 = safe_add_func_int16_t_s_s(g_9, 9))
            { 
                int8_t l_12[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_12[i] = 0L;
                l_12[1] |= (-1L);
            }
        }
        ++l_314;
    }
    else
    { 
        const int32_t *l_326 = (void*)0;
        const int32_t **l_327 = &l_326;
        for (g_9 = 0; (g_9 < 29); g_9 = safe_add_func_uint16_t_u_u(g_9, 7))
        { 
            int32_t *l_320 = &l_306;
            int16_t *l_325[2];
            int i;
            for (i = 0; i < 2; i++)
                l_325[i] = &l_24;
            (*l_320) = ((void*)0 != g_319);
            (*l_320) = (safe_lshift_func_int16_t_s_u((p_3 != (p_3 & (safe_lshift_func_int16_t_s_u((g_51 = (-2L)), (((0x915950CD63C0136FLL ^ (-9L)) < 0xA50D181DL) || p_3))))), 2));
        }
        (*l_327) = l_326;
        (*l_327) = (void*)0;
    }
    for (l_310 = 0; (l_310 < 23); l_310 = safe_add_func_uint16_t_u_u(l_310, 4))
    { 
        int32_t *l_330 = &g_9;
        int32_t *l_331 = &l_305;
        int32_t *l_332 = (void*)0;
        int32_t *l_333 = &g_112[0];
        int32_t *l_334 = (void*)0;
        int32_t *l_335[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
        int i;
        l_344[1][1]++;
        (*l_333) = ((safe_lshift_func_uint16_t_u_u(((((0xBB4CB662L ^ 1UL) & (&g_282 == (void*)0)) , ((p_3 && 255UL) , g_23)) <= (*g_281)), g_112[1])) != 9UL);
        return p_3;
    }
    (*l_349) = 0L;
    (*l_358) |= ((p_3 != (safe_lshift_func_int16_t_s_s(((((safe_sub_func_uint64_t_u_u(((p_3 == ((**g_144) & (safe_mod_func_int32_t_s_s(((*l_349) = (4294967289UL == (safe_lshift_func_uint16_t_u_u(p_3, 13)))), p_3)))) != 0xCFFAD69ECFBAD742LL), g_6[0][0])) > g_55) == (*g_281)) == p_3), 14))) < 0UL);
    return g_6[0][0];
}
static int32_t  func_13(int64_t  p_14, uint16_t  p_15, uint64_t  p_16, int32_t  p_17)
{ 
    int8_t l_34[4] = {(-1L),(-1L),(-1L),(-1L)};
    int32_t l_60 = 0xCA01DC0BL;
    int32_t l_61[3][3] = {{9L,9L,9L},{0L,0L,0L},{9L,9L,9L}};
    uint8_t *l_111 = &g_65;
    int8_t l_133 = 2L;
    uint32_t l_141 = 0UL;
    int i, j;
    for (p_15 = 0; (p_15 <= 0); p_15 += 1)
    { 
        uint64_t l_35 = 8UL;
        int32_t l_62 = 0x3DEF5731L;
        int32_t l_63 = (-1L);
        int32_t l_64[4];
        int64_t l_74 = 0xADB298F974433F2FLL;
        uint32_t l_134[4][4] = {{0x96A24D72L,18446744073709551615UL,0x986BD06FL,0x986BD06FL},{4UL,4UL,0x12C47553L,18446744073709551615UL},{18446744073709551615UL,0x96A24D72L,0x12C47553L,0x96A24D72L},{4UL,18446744073709551615UL,0x12C47553L,4UL}};
        uint32_t l_159 = 1UL;
        uint16_t *l_182[1][3];
        uint16_t **l_181 = &l_182[0][2];
        int32_t *l_183 = &l_64[3];
        int8_t *l_238 = &l_34[2];
        uint64_t *l_239 = &l_35;
        uint32_t l_240 = 7UL;
        int8_t *l_241 = &l_133;
        int i, j;
        for (i = 0; i < 4; i++)
            l_64[i] = 0x9E808E27L;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_182[i][j] = &g_85[2];
        }
        if (((p_16 , (safe_lshift_func_int8_t_s_u(p_16, 5))) , 0x38D06721L))
        { 
            uint8_t *l_31 = &g_23;
            const uint8_t *l_49 = (void*)0;
            int32_t l_83 = 0L;
            uint16_t *l_84 = &g_85[3];
            int16_t *l_86 = &g_51;
            int32_t *l_90 = (void*)0;
            int32_t **l_89[3][4] = {{&l_90,&l_90,&l_90,&l_90},{&l_90,&l_90,&l_90,&l_90},{&l_90,&l_90,&l_90,&l_90}};
            int i, j;
            for (p_17 = 0; (p_17 >= 0); p_17 -= 1)
            { 
                int i, j;
                return g_6[(p_15 + 1)][p_17];
            }
            if ((safe_lshift_func_int16_t_s_u((((void*)0 != &g_23) > (0x260DF39281C1D99ELL > ((safe_div_func_uint32_t_u_u((((*l_31) = p_15) != ((safe_mod_func_int8_t_s_s(g_6[0][0], 0x20L)) != l_34[0])), p_14)) & p_15))), 2)))
            { 
                uint64_t l_47[1][4];
                uint8_t **l_48 = &l_31;
                int16_t *l_50 = &g_51;
                int32_t *l_52 = &g_9;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_47[i][j] = 0xDB602708CDB5CF63LL;
                }
                (*l_52) = (l_35 ^ (safe_rshift_func_int8_t_s_u((p_17 , ((5UL | (safe_div_func_uint64_t_u_u((safe_lshift_func_int8_t_s_s(p_17, ((safe_rshift_func_int16_t_s_u(((*l_50) &= (((safe_mul_func_int16_t_s_s((((*l_48) = ((~(((((((((1UL | 0x6EB3L) && 1L) < g_6[0][0]) != l_47[0][1]) , p_14) == 0xD1F7L) , (void*)0) != &g_23) , 6L)) , &g_23)) == l_49), g_9)) , l_47[0][1]) , 0xAB2BL)), l_47[0][1])) >= g_6[1][0]))), 0xD8C20E5E2E4BCB81LL))) , 1L)), 4)));
            }
            else
            { 
                int32_t *l_53 = (void*)0;
                int32_t *l_54 = &g_55;
                int32_t *l_56 = &g_55;
                int32_t *l_57 = &g_9;
                int32_t *l_58 = &g_55;
                int32_t *l_59[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_59[i] = &g_55;
                (*l_54) = (g_9 = (l_35 > g_23));
                --g_65;
            }
            if (((safe_lshift_func_uint8_t_u_s((safe_lshift_func_uint8_t_u_u((safe_sub_func_int8_t_s_s(((((*l_86) = (l_74 < ((safe_add_func_uint8_t_u_u((((void*)0 != &g_9) && ((safe_unary_minus_func_uint16_t_u(((*l_84) = (safe_rshift_func_int16_t_s_s(0L, (safe_add_func_int64_t_s_s(((safe_unary_minus_func_uint64_t_u(l_83)) , g_55), p_16))))))) >= l_35)), g_65)) < l_83))) && 2UL) < l_74), l_74)), p_16)), p_16)) != 0xF2L))
            { 
                const int32_t *l_87 = &l_61[0][2];
                const int32_t **l_88 = &l_87;
                (*l_88) = l_87;
                (*l_88) = &g_55;
            }
            else
            { 
                if (g_55)
                    break;
                return g_65;
            }
            g_91[0] = &g_9;
        }
        else
        { 
            const uint16_t l_92 = 0x55D5L;
            int32_t l_93 = 1L;
            int32_t *l_102 = &g_9;
            int16_t *l_107 = &g_51;
            int32_t l_132 = 0xBDF58500L;
            int32_t l_151 = 0x33E6B62BL;
            int32_t l_152 = 0xCAF5ADCEL;
            uint16_t l_153[4][2] = {{0xEF62L,0xEF62L},{0xF64FL,0xEF62L},{0xEF62L,0xF64FL},{0xEF62L,0xEF62L}};
            int32_t l_156 = 0x8D875F73L;
            int32_t l_157 = 0xE9F7B3F3L;
            int32_t l_158[4][1];
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 1; j++)
                    l_158[i][j] = 1L;
            }
            l_93 = l_92;
            (*l_102) &= (safe_sub_func_int8_t_s_s(((safe_mul_func_int8_t_s_s((((safe_div_func_uint32_t_u_u((((safe_lshift_func_uint16_t_u_s(p_14, 14)) == p_17) , (l_63 = (&g_91[0] != (void*)0))), 1L)) || 0UL) >= g_85[3]), 0xB2L)) <= p_16), l_34[0]));
            if ((safe_unary_minus_func_int8_t_s((((((safe_unary_minus_func_int16_t_s(p_14)) && (safe_rshift_func_int16_t_s_u(1L, 15))) || (((*l_107) = (((*l_102) &= p_17) , p_17)) == (~(((safe_div_func_uint32_t_u_u(((void*)0 == l_111), g_112[0])) & 0x3B74EAE5L) , 0x91L)))) , (void*)0) == (void*)0))))
            { 
                uint16_t *l_118 = &g_85[2];
                int32_t *l_125 = (void*)0;
                int32_t *l_126 = &g_112[0];
                int32_t *l_127 = &l_64[2];
                int32_t l_128 = (-1L);
                int32_t *l_129 = (void*)0;
                int32_t *l_130 = &l_61[1][0];
                int32_t *l_131[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_131[i] = &l_63;
                (*l_126) |= (!(safe_rshift_func_uint8_t_u_s((*l_102), ((safe_add_func_int64_t_s_s(((++(*l_118)) && ((*l_118) = p_17)), ((4294967292UL == (safe_sub_func_uint16_t_u_u((0x2763D230C2C54013LL | ((void*)0 == &l_61[2][1])), (*l_102)))) , p_16))) | p_15))));
                l_134[2][0]++;
            }
            else
            { 
                uint64_t *l_146[4] = {&l_35,&l_35,&l_35,&l_35};
                int64_t l_147[3];
                int32_t *l_148 = &g_9;
                int32_t *l_149 = &l_60;
                int32_t *l_150[4][1] = {{&g_55},{&l_93},{&g_55},{&l_93}};
                int8_t *l_166 = &l_34[1];
                int i, j;
                for (i = 0; i < 3; i++)
                    l_147[i] = 0L;
                (*l_102) = (((((((safe_sub_func_uint64_t_u_u((l_60 ^= (safe_lshift_func_uint8_t_u_u(((((void*)0 != &g_9) > l_141) == ((0xD213L != (safe_mul_func_uint8_t_u_u(((void*)0 == g_144), (*g_145)))) & p_17)), (**g_144)))), g_51)) ^ 0xF05FF3C1L) > (*l_102)) >= p_16) , g_112[0]) , 1L) && l_147[0]);
                --l_153[0][0];
                l_159--;
                p_17 = (safe_add_func_int8_t_s_s(((*l_166) = (safe_rshift_func_uint8_t_u_u(1UL, p_15))), (+((safe_mul_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_s(((safe_sub_func_uint8_t_u_u(0xDCL, (++(*l_111)))) & (!l_134[1][0])), ((*l_102) = (((p_16 || 0UL) ^ p_14) , (-9L))))), g_112[0])) ^ g_85[0]))));
            }
        }
        for (p_14 = 0; p_14 < 4; p_14 += 1)
        {
            l_34[p_14] = 0x35L;
        }
        if (((0x9AB88E0CL && 1UL) >= (((p_17 < (((safe_add_func_int8_t_s_s(p_17, ((safe_rshift_func_int16_t_s_u((((*l_181) = (void*)0) == &p_15), 0)) == 6UL))) , (*g_145)) & 1UL)) > l_34[0]) >= p_15)))
        { 
            int32_t **l_184 = &g_91[0];
            (*l_184) = (l_183 = &l_63);
            (*l_184) = &g_112[1];
        }
        else
        { 
            uint32_t l_199 = 1UL;
            uint8_t *l_217 = &g_23;
            for (l_63 = 0; (l_63 <= 0); l_63 += 1)
            { 
                int32_t *l_185 = &l_61[2][0];
                int32_t *l_186 = (void*)0;
                int32_t *l_187 = &l_64[2];
                int32_t *l_188 = &g_112[0];
                int32_t *l_189 = &g_9;
                int32_t *l_190 = &l_62;
                int32_t *l_191 = &g_112[1];
                int32_t *l_192 = (void*)0;
                int32_t *l_193 = &g_55;
                int32_t *l_194 = &g_55;
                int32_t *l_195 = &g_55;
                int32_t *l_196 = &g_55;
                int32_t *l_197 = &g_9;
                int32_t *l_198[2];
                int32_t **l_216 = &l_193;
                int i;
                for (i = 0; i < 2; i++)
                    l_198[i] = &g_112[0];
                --l_199;
                l_60 = (((((((((safe_div_func_int16_t_s_s((((*g_145) = ((safe_sub_func_uint64_t_u_u((*l_189), (((*l_185) &= (safe_sub_func_uint32_t_u_u(p_15, (1UL < (safe_rshift_func_int8_t_s_s((safe_rshift_func_uint8_t_u_s((safe_add_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_s((&g_55 == ((*l_216) = &l_60)), 2)) ^ l_141), (*l_183))), g_6[0][0])), g_85[3])))))) , 0x0B3376282E646FBALL))) || p_17)) , 0xFE23L), g_51)) , g_9) != g_85[0]) || p_14) && p_16) , (void*)0) == l_217) , p_14) > p_16);
            }
        }
        p_17 ^= (((((*l_241) = (safe_mod_func_uint64_t_u_u((((safe_sub_func_int32_t_s_s(((((safe_mul_func_int8_t_s_s((((0x7E9F7C02C53580D6LL && (((0xE8DE44F4403A9607LL || (safe_mod_func_int32_t_s_s((safe_add_func_int16_t_s_s((((((safe_rshift_func_uint16_t_u_s(0x9D74L, (*l_183))) ^ (((safe_mod_func_uint32_t_u_u((((safe_lshift_func_uint8_t_u_u((((*l_239) = (safe_add_func_int32_t_s_s((safe_sub_func_int8_t_s_s(((*l_238) = (p_14 , 5L)), l_141)), 0x1DCCF776L))) >= g_6[0][0]), (*l_183))) || l_240) < (*l_183)), p_15)) , &p_17) != (void*)0)) && (*l_183)) & (*l_183)) < g_51), p_14)), p_16))) & 0x59L) , 0x75361B7BB62B9BB1LL)) > (*l_183)) && g_9), l_60)) && 1UL) & (*l_183)) <= 0x07700C973DCB5AACLL), 6UL)) | (-10L)) && l_133), l_141))) , (**g_144)) , 0x95L) , 0x423C260BL);
        for (l_133 = 0; (l_133 <= 0); l_133 += 1)
        { 
            int8_t l_249[4][4] = {{0x27L,0x46L,0x27L,0x46L},{0x27L,0x46L,0x27L,0x46L},{0x27L,0x46L,0x27L,0x46L},{0x27L,0x46L,0x27L,0x46L}};
            int32_t *l_251 = (void*)0;
            int32_t *l_252[3];
            int i, j;
            for (i = 0; i < 3; i++)
                l_252[i] = &l_62;
            p_17 = ((safe_unary_minus_func_uint16_t_u(((((*l_183) = p_17) || (safe_add_func_int32_t_s_s((safe_div_func_int16_t_s_s(l_61[2][0], ((safe_sub_func_uint64_t_u_u(1UL, (l_249[3][2] == (~l_61[1][0])))) & 1UL))), g_85[3]))) <= 0x7ADB6671L))) < 0x49L);
        }
    }
    for (l_60 = 0; (l_60 != 0); l_60 = safe_add_func_int16_t_s_s(l_60, 9))
    { 
        uint32_t l_255 = 1UL;
        int32_t *l_258[4][4] = {{&g_112[1],&l_61[2][0],&g_112[1],&l_61[2][0]},{&g_112[1],&l_61[2][0],&g_112[1],&l_61[2][0]},{&g_112[1],&l_61[2][0],&g_112[1],&l_61[2][0]},{&g_112[1],&l_61[2][0],&g_112[1],&l_61[2][0]}};
        int i, j;
        l_255 = p_14;
        l_61[2][0] = (safe_mod_func_int64_t_s_s(0xD02C249F414069CFLL, (g_112[1] | 0x68D3CEB0L)));
    }
    return p_15;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_6[i][j], "g_6[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_51, "g_51", print_hash_value);
    transparent_crc(g_55, "g_55", print_hash_value);
    transparent_crc(g_65, "g_65", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_85[i], "g_85[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_112[i], "g_112[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_282, "g_282", print_hash_value);
    transparent_crc(g_301, "g_301", print_hash_value);
    transparent_crc(g_366, "g_366", print_hash_value);
    transparent_crc(g_396, "g_396", print_hash_value);
    transparent_crc(g_436, "g_436", print_hash_value);
    transparent_crc(g_481, "g_481", print_hash_value);
    transparent_crc(g_534, "g_534", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_535[i][j], "g_535[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_587, "g_587", print_hash_value);
    transparent_crc(g_592, "g_592", print_hash_value);
    transparent_crc(g_594, "g_594", print_hash_value);
    transparent_crc(g_626, "g_626", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
