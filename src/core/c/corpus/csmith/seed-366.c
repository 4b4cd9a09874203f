#include "csmith.h"
static long __undefined;
struct S0 {
   const int32_t  f0;
   const int8_t  f1;
   int32_t  f2;
   int32_t  f3;
   const int32_t  f4;
   int8_t  f5;
   int32_t  f6;
   uint16_t  f7;
   uint8_t  f8;
   uint32_t  f9;
};
struct S1 {
   struct S0  f0;
   int32_t  f1;
   int32_t  f2;
};
static int8_t g_13 = (-10L);
static struct S0 g_14[2][1] = {{{0x642E5F0EL,-1L,7L,1L,4L,0x60L,-10L,0xA74DL,0x50L,0xB5B0D69BL}},{{0x642E5F0EL,-1L,7L,1L,4L,0x60L,-10L,0xA74DL,0x50L,0xB5B0D69BL}}};
static int16_t g_18 = 1L;
static uint8_t g_19 = 0x3FL;
static int32_t g_34 = 0xEDAE8E35L;
static struct S0 g_44 = {0L,0xA1L,1L,0xC225C50FL,-3L,0L,1L,65533UL,0UL,1UL};
static int64_t *g_45 = (void*)0;
static int8_t g_49 = 8L;
static uint8_t g_50 = 0x83L;
static uint32_t g_87 = 0x40B19067L;
static struct S1 g_91 = {{0xE611AB64L,0x08L,0x0113F68EL,-2L,0L,0L,0xCF996E4EL,65535UL,3UL,18446744073709551615UL},0L,0L};
static int8_t g_101 = 1L;
static uint32_t g_121 = 18446744073709551609UL;
static uint32_t g_150 = 5UL;
static uint32_t g_159 = 4294967295UL;
static uint16_t g_173[3] = {8UL,8UL,8UL};
static int64_t g_174[2] = {0xBCDBC60492071BF1LL,0xBCDBC60492071BF1LL};
static int8_t g_226 = 0xFEL;
static uint16_t g_227[3][4] = {{0x0044L,0x0044L,0x0044L,0x0044L},{0x0044L,0x0044L,0x0044L,0x0044L},{0x0044L,0x0044L,0x0044L,0x0044L}};
static int8_t g_246 = 0x7AL;
static uint32_t *g_253[3] = {(void*)0,(void*)0,(void*)0};
static uint32_t **g_252 = &g_253[0];
static int8_t *g_263 = (void*)0;
static int32_t g_298 = 0L;
static int16_t g_299[1][3] = {{0L,0L,0L}};
static uint16_t g_300 = 1UL;
static int64_t g_313[2] = {(-1L),(-1L)};
static struct S0 g_323 = {0x772E995CL,0xD8L,0x2755C9BDL,0x838F8EF5L,0xB4945F9AL,-9L,0x4C9FA8FEL,65535UL,6UL,0xFC98CE2EL};
static int32_t *g_324 = &g_44.f3;
static int32_t g_348 = 0x798FFF75L;
static struct S1  func_1(void);
static uint64_t  func_5(struct S1  p_6, uint16_t  p_7, uint32_t  p_8, uint8_t  p_9);
static struct S1  func_10(uint16_t  p_11, struct S0  p_12);
static struct S1  func_1(void)
{ 
    uint8_t *l_168[4][2] = {{&g_14[1][0].f8,&g_14[1][0].f8},{&g_14[1][0].f8,&g_14[1][0].f8},{&g_14[1][0].f8,&g_14[1][0].f8},{&g_14[1][0].f8,&g_14[1][0].f8}};
    int32_t l_169 = 0x8198974CL;
    uint16_t *l_172 = &g_173[0];
    int32_t l_349 = 1L;
    int32_t l_364 = 7L;
    int i, j;
    if ((!(safe_div_func_uint64_t_u_u(func_5(func_10(g_13, g_14[1][0]), ((*l_172) = (0x8489L || ((g_44.f8++) < (g_14[1][0].f8 | l_169)))), g_14[1][0].f4, g_174[1]), 0xB48CEB18DA397D05LL))))
    { 
        int32_t *l_336 = &g_44.f3;
        for (g_49 = 0; (g_49 > 9); g_49 = safe_add_func_uint8_t_u_u(g_49, 7))
        { 
            uint16_t l_335 = 0xA656L;
            for (g_323.f5 = 29; (g_323.f5 < 6); g_323.f5--)
            { 
                int32_t **l_332 = &g_324;
                int32_t *l_334[2][2];
                int32_t **l_333 = &l_334[0][1];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_334[i][j] = &g_44.f3;
                }
                (*l_333) = ((*l_332) = &g_298);
            }
            if (l_335)
                break;
        }
        (*l_336) = (0L == g_227[1][0]);
        return g_91;
    }
    else
    { 
        int32_t *l_339[4] = {&g_298,&g_298,&g_298,&g_298};
        int32_t **l_353 = &l_339[0];
        int i;
        for (g_19 = 0; (g_19 <= 1); g_19++)
        { 
            int32_t **l_340 = &l_339[0];
            struct S0 *l_342[1];
            struct S0 **l_341 = &l_342[0];
            int32_t l_343 = 0L;
            int i;
            for (i = 0; i < 1; i++)
                l_342[i] = &g_14[1][0];
            (*l_340) = l_339[1];
            (*l_341) = &g_14[0][0];
            l_343 ^= (**l_340);
            (**l_340) = ((safe_mul_func_int16_t_s_s((safe_rshift_func_uint16_t_u_s(((*l_172) = 0UL), 10)), ((l_169 = g_348) , g_159))) > l_349);
        }
        for (g_44.f8 = 0; (g_44.f8 == 17); g_44.f8 = safe_add_func_uint16_t_u_u(g_44.f8, 4))
        { 
            uint16_t l_352 = 0UL;
            if (l_352)
                break;
        }
        (*l_353) = &g_298;
        for (g_323.f5 = (-10); (g_323.f5 <= 25); g_323.f5++)
        { 
            for (l_169 = 0; (l_169 == 13); ++l_169)
            { 
                l_364 &= ((**l_353) = (safe_add_func_uint64_t_u_u((safe_div_func_uint16_t_u_u(0xC8B6L, (safe_add_func_int32_t_s_s(g_14[1][0].f5, ((l_349 < (g_91.f0.f7 , 0x052599863AA56B7DLL)) < (**l_353)))))), l_169)));
            }
        }
    }
    return g_91;
}
static uint64_t  func_5(struct S1  p_6, uint16_t  p_7, uint32_t  p_8, uint8_t  p_9)
{ 
    int32_t l_179 = 7L;
    int32_t l_181 = 0x8683A89BL;
    int32_t l_182 = 0L;
    uint32_t *l_251 = &g_91.f0.f9;
    uint32_t **l_250 = &l_251;
    uint16_t *l_258[3][4] = {{&g_173[0],&g_173[0],&g_227[1][0],(void*)0},{&g_91.f0.f7,&g_173[0],&g_91.f0.f7,&g_91.f0.f7},{(void*)0,&g_91.f0.f7,&g_91.f0.f7,(void*)0}};
    int32_t *l_277 = (void*)0;
    int32_t * const * const l_276 = &l_277;
    int32_t l_288 = 5L;
    int32_t l_289 = 0xBE513965L;
    int8_t l_290 = 0xFFL;
    int32_t l_293 = 9L;
    int32_t l_295 = 0x5C1A4616L;
    int32_t l_297 = 0x6C2678DBL;
    int32_t l_314 = 4L;
    int i, j;
    for (g_44.f7 = 0; (g_44.f7 <= 2); g_44.f7 += 1)
    { 
        uint8_t *l_175 = &g_50;
        int32_t l_180 = 0xE2604671L;
        uint8_t l_183 = 0x0AL;
        uint16_t l_222[2][2] = {{65535UL,65535UL},{65535UL,65535UL}};
        int16_t l_249 = (-5L);
        int32_t l_291 = 0L;
        int32_t l_294 = 0L;
        uint16_t l_318[3];
        int32_t *l_325 = &l_314;
        int i, j;
        for (i = 0; i < 3; i++)
            l_318[i] = 65532UL;
        if ((1L || (++(*l_175))))
        { 
            int32_t *l_178[2];
            int8_t *l_206 = &g_49;
            uint32_t *l_207 = (void*)0;
            uint32_t *l_208 = &g_14[1][0].f9;
            uint32_t *l_209 = &g_150;
            uint16_t l_255[1];
            const int16_t *l_264 = &g_18;
            int i;
            for (i = 0; i < 2; i++)
                l_178[i] = &g_91.f0.f3;
            for (i = 0; i < 1; i++)
                l_255[i] = 0UL;
            l_183++;
            if ((((65529UL > (g_173[g_44.f7] = (safe_add_func_uint8_t_u_u((&g_173[g_44.f7] == &p_7), (+g_14[1][0].f6))))) , ((safe_lshift_func_int16_t_s_s((((!((*l_209) = (safe_mul_func_int16_t_s_s((((*l_208) = (safe_div_func_uint16_t_u_u((safe_div_func_int16_t_s_s(((((*l_206) = (safe_add_func_uint64_t_u_u((safe_add_func_uint64_t_u_u((safe_unary_minus_func_uint8_t_u((safe_unary_minus_func_uint64_t_u((safe_mul_func_uint8_t_u_u(((*l_175) |= ((l_183 < g_91.f0.f9) , 0xDDL)), p_6.f0.f3)))))), p_6.f0.f3)), l_180))) , &g_121) != l_178[1]), 1L)), l_183))) , 6L), 0x7BD8L)))) && g_91.f2) > 0x9DE7F14AL), 4)) >= g_13)) , g_14[1][0].f6))
            { 
                int64_t l_225 = 8L;
                p_6.f0.f3 &= p_6.f0.f2;
                l_181 ^= (g_34 = (safe_mod_func_int32_t_s_s(((safe_rshift_func_uint8_t_u_s(((*l_175) &= (safe_mul_func_int16_t_s_s((safe_sub_func_int64_t_s_s(((safe_sub_func_uint8_t_u_u((g_14[1][0].f8 = l_180), l_183)) > l_179), (safe_mod_func_int8_t_s_s((((l_182 , p_6.f0.f8) <= 2L) || p_6.f0.f0), p_6.f0.f4)))), 1UL))), 4)) , g_44.f4), p_6.f0.f2)));
                l_222[1][0]--;
                ++g_227[1][0];
            }
            else
            { 
                int16_t l_247 = 0L;
                int16_t *l_248 = &l_247;
                g_91.f0.f3 = (((safe_add_func_uint64_t_u_u((g_91 , (safe_add_func_uint8_t_u_u((safe_div_func_int64_t_s_s((((*l_248) = (safe_sub_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_u(g_44.f7, 8)), (safe_sub_func_int8_t_s_s((safe_rshift_func_int8_t_s_u(((safe_lshift_func_int16_t_s_s((p_7 == g_44.f6), ((g_246 , p_6.f0.f5) & p_6.f0.f6))) , l_247), g_159)), p_6.f0.f3))))) < l_249), l_249)), 1L))), 4L)) != p_9) && 1UL);
                g_252 = l_250;
            }
            for (l_179 = 0; (l_179 <= 1); l_179 += 1)
            { 
                uint16_t *l_254 = &l_222[1][0];
                int8_t **l_262 = (void*)0;
                int i;
                l_255[0] = (0xF9F8L || ((*l_254) = 0x264CL));
                g_14[1][0].f3 ^= ((g_174[l_179] = ((((*l_254) = (safe_add_func_int8_t_s_s(((void*)0 == l_258[1][3]), ((*l_175) = ((+((((g_44.f5 != ((((safe_lshift_func_uint8_t_u_u((((g_263 = &g_246) != &g_246) , p_6.f0.f8), g_227[2][1])) , l_264) != &g_18) < l_179)) , g_44.f0) > l_249) , g_44.f6)) <= p_6.f2))))) >= g_14[1][0].f2) , l_181)) == 1UL);
            }
        }
        else
        { 
            uint32_t *l_268 = &g_150;
            uint32_t **l_267 = &l_268;
            int32_t l_274 = 0x4F487100L;
            int64_t *l_275 = &g_174[0];
            uint16_t l_278 = 0x6DEAL;
            int32_t l_287 = (-9L);
            int32_t l_292 = (-8L);
            int32_t l_296 = 0xC09C7496L;
            if (p_6.f0.f9)
                break;
            if ((((safe_div_func_uint16_t_u_u(((((*l_267) = l_251) != (void*)0) ^ (((*l_175) = ((((g_121 || l_182) > (!(((((((l_181 = (safe_sub_func_int64_t_s_s(((*l_275) = (safe_div_func_int64_t_s_s((g_87 || l_274), p_6.f0.f5))), p_6.f0.f1))) > 0L) | (-5L)) , (void*)0) != l_276) || l_278) == g_44.f0))) & 1UL) ^ l_183)) == (-1L))), 65535UL)) < 0x4280AD468E169199LL) , g_13))
            { 
                int32_t *l_279 = &g_44.f3;
                int32_t *l_280 = (void*)0;
                int32_t *l_281 = &g_14[1][0].f3;
                int32_t *l_282 = &l_180;
                int32_t *l_283 = &l_180;
                int32_t *l_284 = &g_14[1][0].f3;
                int32_t *l_285 = &g_14[1][0].f3;
                int32_t *l_286[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_286[i] = &g_91.f2;
                g_300++;
                p_6.f0.f3 = 0x75852534L;
                if ((*l_285))
                    continue;
                return p_6.f0.f3;
            }
            else
            { 
                p_6.f2 &= p_6.f0.f7;
            }
        }
        l_277 = (*l_276);
        for (l_180 = (-20); (l_180 >= 18); l_180 = safe_add_func_int32_t_s_s(l_180, 9))
        { 
            int32_t *l_317[1];
            struct S0 * const l_321 = (void*)0;
            int32_t **l_326 = (void*)0;
            int32_t **l_327 = &g_324;
            int i;
            for (i = 0; i < 1; i++)
                l_317[i] = (void*)0;
            if (g_14[1][0].f4)
            { 
                int32_t **l_305 = &l_277;
                uint32_t *l_310 = &g_159;
                int64_t *l_311 = &g_174[1];
                int64_t *l_312[4][4] = {{&g_313[0],&g_313[1],(void*)0,(void*)0},{(void*)0,(void*)0,&g_313[0],(void*)0},{&g_313[0],&g_313[1],&g_313[0],&g_313[0]},{&g_313[0],&g_313[0],&g_313[0],&g_313[0]}};
                int8_t *l_319 = (void*)0;
                int8_t *l_320 = &g_44.f5;
                struct S0 *l_322[1][1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_322[i][j] = &g_323;
                }
                p_6.f0.f3 = (((*l_305) = &g_298) == &g_34);
                if ((**l_276))
                    continue;
                l_322[0][0] = (g_14[1][0] , (((safe_rshift_func_uint8_t_u_u(((((*l_320) ^= (p_6.f0.f2 | (safe_mod_func_int64_t_s_s((l_314 = ((*l_311) = (0x9DDD172DL && ((*l_310) = (**l_305))))), ((((((safe_mul_func_uint8_t_u_u(((((((void*)0 != l_317[0]) , l_318[2]) , (*l_277)) > l_222[1][0]) <= g_91.f0.f6), l_180)) , p_6.f0.f2) != l_318[2]) , g_173[0]) , 1L) || 4294967295UL))))) && 0xC0L) , p_6.f0.f8), 5)) != 0xDFA63558L) , l_321));
            }
            else
            { 
                if (g_44.f7)
                    break;
                if (p_6.f0.f5)
                    continue;
                g_324 = &l_294;
                if ((*g_324))
                    break;
            }
            (*l_327) = l_325;
        }
    }
    return g_101;
}
static struct S1  func_10(uint16_t  p_11, struct S0  p_12)
{ 
    int32_t *l_15 = &g_14[1][0].f3;
    int32_t *l_16 = (void*)0;
    int32_t *l_17[1][4] = {{&g_14[1][0].f3,&g_14[1][0].f3,&g_14[1][0].f3,&g_14[1][0].f3}};
    uint32_t l_22 = 1UL;
    int16_t *l_31[1];
    uint32_t l_32 = 0xE821FD1BL;
    int64_t *l_33[1];
    struct S1 l_40 = {{0x61C1CA36L,6L,0xFA8270AEL,-9L,0xAD792BF4L,1L,-1L,65527UL,1UL,0x4B6C92F0L},0L,1L};
    uint16_t l_53 = 65530UL;
    struct S0 * const l_81 = &g_14[0][0];
    struct S0 * const *l_80 = &l_81;
    int64_t l_149 = 1L;
    int i, j;
    for (i = 0; i < 1; i++)
        l_31[i] = &g_18;
    for (i = 0; i < 1; i++)
        l_33[i] = (void*)0;
    ++g_19;
    if (((((g_34 = (l_17[0][1] != ((((l_22 , ((*l_15) = (((safe_lshift_func_int16_t_s_s(g_14[1][0].f3, (((safe_mul_func_uint8_t_u_u(((safe_sub_func_int16_t_s_s((g_18 = (safe_lshift_func_int8_t_s_u(0L, 6))), (p_12.f1 != 0x125B66FFL))) > p_11), g_14[1][0].f4)) ^ l_32) >= p_12.f5))) , p_12.f3) > 1L))) , g_14[1][0].f7) && g_14[1][0].f3) , l_15))) > p_12.f6) , 1UL) & p_12.f6))
    { 
        struct S0 *l_41 = (void*)0;
        struct S0 *l_43 = &g_44;
        int32_t l_86 = 4L;
lbl_85:
        if ((safe_add_func_int8_t_s_s((!g_19), ((((p_12.f2 & (((-5L) && 0xC885L) && ((*l_15) != g_14[1][0].f4))) > g_14[1][0].f7) < g_18) & g_14[1][0].f4))))
        { 
            int32_t **l_38 = (void*)0;
            int32_t **l_39 = &l_16;
            (*l_39) = &g_34;
            return l_40;
        }
        else
        { 
            struct S0 **l_42[1][1];
            int32_t *l_46[2];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_42[i][j] = (void*)0;
            }
            for (i = 0; i < 2; i++)
                l_46[i] = &l_40.f0.f3;
            l_43 = (l_41 = &g_14[1][0]);
            if ((g_45 == (l_33[0] = g_45)))
            { 
                (*l_15) |= g_14[1][0].f0;
            }
            else
            { 
                int32_t **l_47 = &l_46[0];
                int32_t l_48 = 0xB323EC08L;
                (*l_47) = l_46[0];
                (*l_47) = &g_34;
                g_50++;
            }
        }
        p_12.f3 = l_53;
        for (g_49 = 0; (g_49 != 9); ++g_49)
        { 
            int32_t l_79 = (-4L);
            uint32_t *l_82 = &l_22;
            for (p_11 = 0; (p_11 != 9); p_11 = safe_add_func_int64_t_s_s(p_11, 9))
            { 
                uint32_t *l_62 = &g_14[1][0].f9;
                int8_t *l_77 = &l_40.f0.f5;
                int64_t l_78 = 0x8FC39F97B59C6DFELL;
                if (p_12.f1)
                    break;
                l_79 = (safe_mod_func_uint64_t_u_u((safe_mod_func_uint32_t_u_u(((((*l_62)--) , 0xCDAFL) || (((safe_div_func_int16_t_s_s((p_12.f7 == ((safe_mul_func_uint16_t_u_u(((safe_mul_func_int8_t_s_s(((*l_77) = (safe_rshift_func_uint8_t_u_u((safe_rshift_func_int16_t_s_u((g_14[1][0].f0 > (safe_mod_func_int32_t_s_s((g_44.f2 < (65535UL && g_44.f6)), p_12.f7))), 8)), p_12.f4))), l_78)) < l_79), l_79)) < 0xEAE7L)), p_12.f7)) >= 1L) | p_12.f7)), g_44.f4)), 0x47421FA51574812ALL));
            }
            if ((((void*)0 != l_80) & ((18446744073709551608UL > (g_14[1][0].f9 ^ ((*l_82)++))) & (g_18 = 0x7E1EL))))
            { 
                int32_t *l_90 = &l_86;
                if (p_12.f6)
                    goto lbl_85;
                g_87++;
                l_15 = l_90;
            }
            else
            { 
                g_14[1][0].f3 = (g_91 , (g_13 <= p_12.f0));
                return g_91;
            }
        }
    }
    else
    { 
        const int8_t *l_105 = &g_13;
        int32_t l_106[2];
        int32_t *l_126 = &g_34;
        int i;
        for (i = 0; i < 2; i++)
            l_106[i] = 0xF64EF15CL;
        if ((0x917DE5E0L == p_12.f0))
        { 
            uint8_t l_97[1][4];
            int8_t *l_107 = &g_13;
            int8_t *l_108 = &g_101;
            int32_t l_109 = (-1L);
            int32_t l_116[2][2];
            int32_t **l_124 = (void*)0;
            int32_t **l_125[3];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 4; j++)
                    l_97[i][j] = 0x38L;
            }
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                    l_116[i][j] = 0xF8690FF8L;
            }
            for (i = 0; i < 3; i++)
                l_125[i] = &l_15;
            if ((((((+0xD8L) == ((*l_80) == &g_14[0][0])) || (safe_lshift_func_uint16_t_u_u((g_44.f9 , (safe_mul_func_uint16_t_u_u(((l_97[0][2] , p_12.f8) == p_12.f1), g_91.f0.f6))), 10))) || 0xFCL) < g_91.f0.f8))
            { 
                return g_91;
            }
            else
            { 
                struct S0 * const l_98 = &g_14[1][0];
                struct S0 *l_100 = &g_91.f0;
                struct S0 **l_99 = &l_100;
                (*l_99) = l_98;
                p_12.f3 = ((g_101 &= 0x44081C4FB29E57E6LL) , 1L);
            }
            if (((g_44.f7 = (p_11 ^= (~((safe_mod_func_int8_t_s_s(((*l_108) = ((*l_107) = ((((((l_105 == (l_106[0] , l_105)) ^ l_106[1]) , &g_14[1][0]) != &p_12) | 0x0EL) >= l_97[0][2]))), l_97[0][2])) == p_12.f8)))) <= p_12.f9))
            { 
                uint16_t l_110 = 6UL;
                ++l_110;
                (*l_15) ^= ((safe_rshift_func_int16_t_s_u(p_12.f9, 14)) || (p_12 , g_44.f5));
            }
            else
            { 
                int32_t l_115 = 1L;
                int32_t l_117 = 0x5A36995BL;
                int32_t l_118 = 6L;
                int32_t l_119 = 3L;
                int32_t l_120 = 9L;
                --g_121;
                return g_91;
            }
            l_126 = &l_106[0];
            for (l_109 = 0; (l_109 <= 1); l_109 += 1)
            { 
                int i;
                l_106[l_109] &= p_12.f6;
                return g_91;
            }
        }
        else
        { 
            uint16_t l_127 = 1UL;
            int8_t *l_158 = &g_101;
            uint32_t *l_167[2];
            uint32_t **l_166 = &l_167[0];
            int i;
            for (i = 0; i < 2; i++)
                l_167[i] = &g_150;
            ++l_127;
            if ((safe_rshift_func_uint8_t_u_s(0x53L, ((safe_lshift_func_int8_t_s_s((((&g_121 == &g_87) > ((&g_14[1][0] != (void*)0) , 0xCF4A1DDCL)) >= p_12.f4), p_12.f4)) >= 0x6E5DL))))
            { 
                uint16_t *l_140 = &l_53;
                int32_t **l_147 = (void*)0;
                int32_t **l_148 = &l_17[0][1];
                g_91.f0.f3 = ((safe_div_func_uint16_t_u_u((safe_sub_func_uint8_t_u_u((safe_sub_func_uint16_t_u_u(((*l_140) = p_12.f2), (0L == ((safe_add_func_uint16_t_u_u((p_12.f7 &= 65530UL), (safe_mul_func_uint16_t_u_u((safe_sub_func_int64_t_s_s(p_12.f1, l_127)), p_12.f0)))) & 0UL)))), g_44.f6)), g_91.f0.f4)) && p_12.f6);
                (*l_148) = &g_34;
                --g_150;
            }
            else
            { 
                (*l_126) = (+p_12.f7);
                return l_40;
            }
            (*l_126) = (((safe_rshift_func_uint16_t_u_s(p_12.f1, 15)) , (safe_add_func_uint32_t_u_u((((*l_158) = l_127) ^ (g_159 & (safe_sub_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s(0xBBL, p_12.f5)), p_12.f3)))), g_50))) >= 0L);
            g_14[1][0].f3 &= (safe_rshift_func_int16_t_s_u((((*l_166) = l_126) != (void*)0), 12));
        }
    }
    return l_40;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_13, "g_13", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_14[i][j].f0, "g_14[i][j].f0", print_hash_value);
            transparent_crc(g_14[i][j].f1, "g_14[i][j].f1", print_hash_value);
            transparent_crc(g_14[i][j].f2, "g_14[i][j].f2", print_hash_value);
            transparent_crc(g_14[i][j].f3, "g_14[i][j].f3", print_hash_value);
            transparent_crc(g_14[i][j].f4, "g_14[i][j].f4", print_hash_value);
            transparent_crc(g_14[i][j].f5, "g_14[i][j].f5", print_hash_value);
            transparent_crc(g_14[i][j].f6, "g_14[i][j].f6", print_hash_value);
            transparent_crc(g_14[i][j].f7, "g_14[i][j].f7", print_hash_value);
            transparent_crc(g_14[i][j].f8, "g_14[i][j].f8", print_hash_value);
            transparent_crc(g_14[i][j].f9, "g_14[i][j].f9", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_19, "g_19", print_hash_value);
    transparent_crc(g_34, "g_34", print_hash_value);
    transparent_crc(g_44.f0, "g_44.f0", print_hash_value);
    transparent_crc(g_44.f1, "g_44.f1", print_hash_value);
    transparent_crc(g_44.f2, "g_44.f2", print_hash_value);
    transparent_crc(g_44.f3, "g_44.f3", print_hash_value);
    transparent_crc(g_44.f4, "g_44.f4", print_hash_value);
    transparent_crc(g_44.f5, "g_44.f5", print_hash_value);
    transparent_crc(g_44.f6, "g_44.f6", print_hash_value);
    transparent_crc(g_44.f7, "g_44.f7", print_hash_value);
    transparent_crc(g_44.f8, "g_44.f8", print_hash_value);
    transparent_crc(g_44.f9, "g_44.f9", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_50, "g_50", print_hash_value);
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_91.f0.f0, "g_91.f0.f0", print_hash_value);
    transparent_crc(g_91.f0.f1, "g_91.f0.f1", print_hash_value);
    transparent_crc(g_91.f0.f2, "g_91.f0.f2", print_hash_value);
    transparent_crc(g_91.f0.f3, "g_91.f0.f3", print_hash_value);
    transparent_crc(g_91.f0.f4, "g_91.f0.f4", print_hash_value);
    transparent_crc(g_91.f0.f5, "g_91.f0.f5", print_hash_value);
    transparent_crc(g_91.f0.f6, "g_91.f0.f6", print_hash_value);
    transparent_crc(g_91.f0.f7, "g_91.f0.f7", print_hash_value);
    transparent_crc(g_91.f0.f8, "g_91.f0.f8", print_hash_value);
    transparent_crc(g_91.f0.f9, "g_91.f0.f9", print_hash_value);
    transparent_crc(g_91.f1, "g_91.f1", print_hash_value);
    transparent_crc(g_91.f2, "g_91.f2", print_hash_value);
    transparent_crc(g_101, "g_101", print_hash_value);
    transparent_crc(g_121, "g_121", print_hash_value);
    transparent_crc(g_150, "g_150", print_hash_value);
    transparent_crc(g_159, "g_159", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_173[i], "g_173[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_174[i], "g_174[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_226, "g_226", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_227[i][j], "g_227[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_246, "g_246", print_hash_value);
    transparent_crc(g_298, "g_298", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_299[i][j], "g_299[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_300, "g_300", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_313[i], "g_313[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_323.f0, "g_323.f0", print_hash_value);
    transparent_crc(g_323.f1, "g_323.f1", print_hash_value);
    transparent_crc(g_323.f2, "g_323.f2", print_hash_value);
    transparent_crc(g_323.f3, "g_323.f3", print_hash_value);
    transparent_crc(g_323.f4, "g_323.f4", print_hash_value);
    transparent_crc(g_323.f5, "g_323.f5", print_hash_value);
    transparent_crc(g_323.f6, "g_323.f6", print_hash_value);
    transparent_crc(g_323.f7, "g_323.f7", print_hash_value);
    transparent_crc(g_323.f8, "g_323.f8", print_hash_value);
    transparent_crc(g_323.f9, "g_323.f9", print_hash_value);
    transparent_crc(g_348, "g_348", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
