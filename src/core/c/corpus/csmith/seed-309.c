#include "csmith.h"
static long __undefined;
struct S0 {
   int32_t  f0;
   int32_t  f1;
};
static int32_t g_2 = 1L;
static int32_t g_10 = 0xAF5AF8B5L;
static int32_t *g_19 = &g_10;
static int32_t **g_18[1][1] = {{&g_19}};
static uint32_t g_32 = 0xD8E65DD4L;
static uint8_t g_39[4] = {0UL,0UL,0UL,0UL};
static uint16_t g_45 = 0x1A69L;
static int16_t g_109[4][2] = {{0x7B9CL,0xC4A6L},{0x7B9CL,0x7B9CL},{0xC4A6L,0x7B9CL},{0x7B9CL,0xC4A6L}};
static int8_t g_123[3] = {4L,4L,4L};
static const int8_t *g_122 = &g_123[0];
static const uint16_t g_124 = 0xA928L;
static uint32_t *g_137 = &g_32;
static uint32_t **g_136 = &g_137;
static uint64_t g_165 = 0xF2A3112535F5214CLL;
static int16_t *g_180 = &g_109[0][0];
static int16_t *g_182 = &g_109[0][1];
static struct S0 g_197 = {-5L,0x0730F0A0L};
static uint32_t g_209 = 2UL;
static uint8_t ***g_216[3][1] = {{(void*)0},{(void*)0},{(void*)0}};
static int32_t **g_270[3][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
static int64_t g_379 = 0x67D4DDFDD2F795E5LL;
static int64_t  func_1(void);
static int8_t  func_14(int32_t  p_15, int16_t  p_16, int16_t  p_17);
static int32_t ** func_20(int32_t  p_21);
static int64_t  func_1(void)
{ 
    int64_t l_7[2];
    int32_t l_11[1][1];
    int32_t **l_269[1][2];
    int32_t ***l_268[3][1];
    int8_t *l_418 = &g_123[0];
    int32_t *l_419 = &l_11[0][0];
    int32_t *l_420[3][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,&l_11[0][0],&l_11[0][0],(void*)0},{&l_11[0][0],(void*)0,&l_11[0][0],&l_11[0][0]}};
    struct S0 *l_437 = (void*)0;
    int i, j;
    for (i = 0; i < 2; i++)
        l_7[i] = 0x2D8CB4C23AFC3718LL;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_11[i][j] = 0x9F6A715CL;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_269[i][j] = &g_19;
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_268[i][j] = &l_269[0][0];
    }
    for (g_2 = 18; (g_2 > 24); g_2 = safe_add_func_int8_t_s_s(g_2, 2))
    { 
        int32_t *l_6 = &g_2;
        int32_t **l_5 = &l_6;
        int8_t l_8 = (-8L);
        int32_t *l_9[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
        int i;
        (*l_5) = (void*)0;
        if (l_7[0])
            continue;
        g_10 |= l_8;
        l_11[0][0] ^= 0xFA3A92BDL;
    }
    l_420[1][1] = ((((safe_sub_func_int8_t_s_s(((*l_418) = func_14((1L >= (g_18[0][0] == (g_270[2][3] = func_20((l_7[1] | g_10))))), g_124, g_124)), g_124)) == 18446744073709551615UL) , (*g_137)) , l_419);
    for (g_209 = 27; (g_209 < 34); ++g_209)
    { 
        struct S0 l_426 = {0xFFFD5170L,0x6ED70209L};
        int64_t l_431 = 6L;
        uint32_t l_434 = 0x171606F2L;
        uint64_t *l_435 = (void*)0;
        uint64_t *l_436 = &g_165;
        l_437 = ((!(safe_mod_func_int16_t_s_s(0x27E6L, (l_426 , (safe_mul_func_uint8_t_u_u((((*l_436) &= (safe_rshift_func_uint8_t_u_s((l_431 == (((safe_mul_func_uint8_t_u_u(l_434, (((*l_419) = 0xB7E1B092L) | (*g_137)))) >= 0xADL) && 0UL)), (*g_122)))) || g_109[0][0]), (-9L))))))) , l_437);
    }
    return g_124;
}
static int8_t  func_14(int32_t  p_15, int16_t  p_16, int16_t  p_17)
{ 
    int32_t l_271 = 0x74797750L;
    uint8_t *l_276 = &g_39[1];
    uint8_t l_277 = 1UL;
    uint8_t ****l_278 = (void*)0;
    int32_t l_279 = 0xA4FABCF9L;
    int32_t l_290[1][3];
    int16_t l_304 = 0x473CL;
    uint32_t **l_343 = &g_137;
    int32_t *l_354[2][1];
    int32_t ***l_376 = (void*)0;
    int8_t l_383 = 0x43L;
    int8_t l_390 = (-1L);
    int16_t l_395 = 0L;
    uint64_t l_403 = 0x451BF93954750643LL;
    int32_t l_416 = 0x620D3A23L;
    int16_t l_417[3];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_290[i][j] = 0x9A99C3E5L;
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_354[i][j] = (void*)0;
    }
    for (i = 0; i < 3; i++)
        l_417[i] = 0xC365L;
    l_271 |= p_15;
    if ((l_279 = (((((safe_mul_func_uint8_t_u_u((safe_sub_func_int64_t_s_s(((l_271 , l_276) == l_276), ((((*g_137) = l_277) != ((((l_278 = l_278) != (void*)0) & l_271) , p_16)) || 1UL))), 0x8AL)) , l_271) , 0x58E618EAL) >= p_15) <= 0L)))
    { 
        int32_t l_282[4][1] = {{0x0A1C4050L},{(-1L)},{0x0A1C4050L},{(-1L)}};
        int32_t l_311 = 0xCF753D26L;
        int32_t l_314 = 1L;
        int32_t l_315 = 0L;
        int32_t l_316[1];
        int8_t l_317 = 0x07L;
        int16_t l_340 = 0x8A66L;
        int i, j;
        for (i = 0; i < 1; i++)
            l_316[i] = 0x5962F0E2L;
        for (g_197.f0 = 0; (g_197.f0 > (-8)); --g_197.f0)
        { 
            int16_t l_302 = 0x62E7L;
            uint32_t *l_303 = &g_209;
            int32_t l_310[2];
            int8_t l_312 = 0xC9L;
            int32_t l_313[2];
            int32_t *l_322 = &l_316[0];
            int32_t *l_323 = &l_315;
            int32_t *l_324 = &l_311;
            int32_t *l_325 = &l_314;
            int32_t *l_326[1][3];
            uint8_t l_327 = 0UL;
            int i, j;
            for (i = 0; i < 2; i++)
                l_310[i] = 0x3ECE2656L;
            for (i = 0; i < 2; i++)
                l_313[i] = (-3L);
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_326[i][j] = &l_314;
            }
            if (l_282[3][0])
            { 
                int32_t *l_283 = (void*)0;
                int32_t *l_284 = &g_2;
                int32_t *l_305 = &g_2;
                int32_t *l_306 = &l_290[0][0];
                int32_t *l_307 = &g_2;
                int32_t *l_308 = (void*)0;
                int32_t *l_309[2][3] = {{&l_290[0][0],(void*)0,&l_290[0][0]},{&l_290[0][0],(void*)0,&l_290[0][0]}};
                uint32_t l_318[2];
                int i, j;
                for (i = 0; i < 2; i++)
                    l_318[i] = 0UL;
                (*l_284) &= 0x3698634CL;
                (*l_284) |= ((safe_mul_func_int16_t_s_s((&p_16 == ((((safe_unary_minus_func_uint64_t_u((((safe_mul_func_uint8_t_u_u((l_290[0][0] |= ((*l_276) |= p_15)), ((safe_div_func_uint16_t_u_u((safe_sub_func_uint64_t_u_u(0xFC62F1771A0695F8LL, (safe_mul_func_int16_t_s_s((safe_div_func_int8_t_s_s((safe_sub_func_uint8_t_u_u(((!(l_302 ^ (l_303 != (void*)0))) , l_282[2][0]), 0L)), 0x9AL)), p_16)))), (*g_180))) , l_279))) != g_124) , l_290[0][0]))) & l_282[2][0]) != 0x6D4A4D033237F075LL) , (void*)0)), g_32)) ^ l_304);
                ++l_318[0];
                p_15 |= ((*l_305) = l_290[0][1]);
            }
            else
            { 
                int32_t **l_321 = &g_19;
                (*l_321) = &p_15;
                if (l_304)
                    continue;
            }
            l_327--;
            for (l_311 = 0; (l_311 == 11); l_311 = safe_add_func_int16_t_s_s(l_311, 6))
            { 
                uint64_t l_332 = 0UL;
                if (l_332)
                    break;
                if (p_17)
                    continue;
                (*l_325) ^= (p_15 = (!0x0624L));
            }
            l_322 = &l_311;
        }
        l_315 ^= ((p_16 , (((safe_lshift_func_int8_t_s_s((0x16E8L || (((safe_sub_func_int8_t_s_s((safe_lshift_func_uint16_t_u_u(p_17, (&g_109[1][1] != &g_109[3][1]))), 0x3EL)) && g_123[0]) <= p_15)), l_340)) , l_340) ^ p_17)) && 8UL);
    }
    else
    { 
        int8_t l_344 = 1L;
        uint32_t **l_361 = (void*)0;
        int32_t ***l_377 = &g_270[2][3];
        struct S0 *l_382 = &g_197;
        int32_t l_385[3][1];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_385[i][j] = 0x5EE1605FL;
        }
        if ((safe_mul_func_uint8_t_u_u(((l_343 != (void*)0) <= (((p_17 || (((p_16 == 0x0731F350L) < p_16) , 0xB63B1364L)) > p_17) , g_109[0][1])), l_344)))
        { 
            uint8_t l_352 = 255UL;
            int32_t **l_353[1];
            int i;
            for (i = 0; i < 1; i++)
                l_353[i] = &g_19;
            for (p_17 = 0; (p_17 == (-15)); p_17--)
            { 
                int32_t *l_348 = (void*)0;
                int32_t *l_349 = (void*)0;
                int32_t *l_350 = (void*)0;
                int32_t *l_351 = &l_290[0][0];
                (*l_351) ^= (+p_15);
                if (l_352)
                    break;
            }
            l_354[0][0] = &p_15;
        }
        else
        { 
            uint16_t l_357[3][4] = {{0x904FL,65532UL,0x904FL,0x904FL},{65532UL,65532UL,0x9B21L,65532UL},{65532UL,0x904FL,0x904FL,65532UL}};
            uint32_t **l_360 = &g_137;
            int32_t l_363 = 1L;
            struct S0 *l_380 = &g_197;
            struct S0 **l_381[2];
            int32_t l_384 = 0x9190ABEFL;
            int32_t l_386 = 0xADD72D1CL;
            int32_t l_387 = 0L;
            int32_t l_388 = (-1L);
            int32_t l_389 = (-6L);
            int32_t l_391 = (-1L);
            int32_t l_392 = 0xEFB23636L;
            int32_t l_393 = 1L;
            int32_t l_394 = (-10L);
            int64_t l_396 = (-1L);
            int32_t l_397 = 1L;
            int32_t l_398 = 0L;
            int32_t l_399 = 0L;
            int32_t l_400 = 0x708D6A64L;
            int32_t l_401 = 0xA63A8E26L;
            int32_t l_402[2];
            int i, j;
            for (i = 0; i < 2; i++)
                l_381[i] = &l_380;
            for (i = 0; i < 2; i++)
                l_402[i] = 0x5DBC7288L;
            for (g_197.f1 = 0; (g_197.f1 <= 0); g_197.f1 += 1)
            { 
                uint32_t ***l_362[4];
                int64_t *l_378 = &g_379;
                int i;
                for (i = 0; i < 4; i++)
                    l_362[i] = &l_343;
                if (g_123[(g_197.f1 + 2)])
                    break;
                l_363 ^= (((safe_sub_func_int16_t_s_s(((((&l_354[1][0] == (void*)0) | (l_357[2][2] | (safe_add_func_uint8_t_u_u((l_360 != (l_361 = l_361)), p_15)))) > (*g_137)) , p_17), 0x84BDL)) ^ g_123[(g_197.f1 + 2)]) & (-1L));
                p_15 |= (safe_mod_func_int64_t_s_s((((*g_182) = ((((*l_378) = (safe_lshift_func_uint8_t_u_s((safe_add_func_int64_t_s_s(((safe_rshift_func_uint8_t_u_s((safe_mod_func_uint8_t_u_u(0x95L, ((*l_276) = p_16))), 5)) , ((0x3531438FL != (l_376 == l_377)) >= p_16)), g_2)), 4))) , l_344) ^ 0x4EL)) & 0L), 1UL));
            }
            l_382 = l_380;
            l_403--;
            l_384 |= (l_385[0][0] = (safe_sub_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_s(((l_400 |= (safe_lshift_func_int8_t_s_u(p_16, (0xD7FB13DEL ^ (l_388 = (p_15 = (safe_mod_func_int64_t_s_s((((((g_197 , (((((((((safe_mod_func_int8_t_s_s((4294967290UL >= (((((void*)0 != &l_277) || 0x4FD6E7874A47BD85LL) || l_391) ^ p_15)), 0xB2L)) != p_15) , 0xD9L) == p_17) >= 0x09L) >= l_387) , 0UL) | g_39[1]) > 0x7B947F54BA5C04BELL)) ^ p_15) < 0x034F3DC303067AABLL) , 0x51419E771C0CAA8DLL) | g_45), 0x3AD00EBC22CDA96FLL)))))))) > l_416), l_417[0])), p_16)));
        }
    }
    return (*g_122);
}
static int32_t ** func_20(int32_t  p_21)
{ 
    int8_t l_30 = 1L;
    int32_t l_33 = (-3L);
    int32_t **l_42 = &g_19;
    uint8_t *l_68 = &g_39[1];
    uint8_t *l_69[2];
    int32_t l_84[2][3];
    int32_t l_86[1][1];
    int8_t l_98 = 0xAFL;
    uint32_t **l_112 = (void*)0;
    uint32_t *l_114 = (void*)0;
    uint32_t **l_113 = &l_114;
    int16_t *l_181 = &g_109[0][0];
    int32_t l_252 = 0x0A066732L;
    uint16_t l_261 = 0xB5D7L;
    int32_t *l_262 = &l_33;
    uint32_t l_263 = 0x6AC64C15L;
    int32_t *l_264 = (void*)0;
    int8_t l_265[4][4] = {{0x37L,0x7FL,0x37L,0x7FL},{0x37L,0x7FL,0x37L,0x7FL},{0x37L,0x7FL,0x37L,0x7FL},{0x37L,0x7FL,0x37L,0x7FL}};
    int32_t **l_266 = &g_19;
    int32_t **l_267[1][3];
    int i, j;
    for (i = 0; i < 2; i++)
        l_69[i] = &g_39[3];
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
            l_84[i][j] = 0x91A587DEL;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_86[i][j] = 0x5A68F7E2L;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_267[i][j] = &l_262;
    }
    for (g_2 = 0; (g_2 > 18); g_2++)
    { 
        uint32_t *l_31[2][1];
        uint32_t l_34 = 0x9AF3922CL;
        int32_t l_37[3];
        uint8_t *l_38[1][2];
        int8_t *l_40 = (void*)0;
        int8_t *l_41 = &l_30;
        int32_t **l_43 = &g_19;
        uint16_t *l_44 = &g_45;
        uint32_t l_87 = 0x3A2D95A0L;
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_31[i][j] = &g_32;
        }
        for (i = 0; i < 3; i++)
            l_37[i] = 0x9BEC7A42L;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_38[i][j] = &g_39[1];
        }
    }
    if (((**l_42) < (((((void*)0 != &l_69[0]) & ((((*l_113) = &g_32) == (void*)0) != g_2)) <= g_32) & g_32)))
    { 
        int8_t l_125 = 0xAEL;
        uint16_t *l_128 = (void*)0;
lbl_140:
        for (l_33 = (-12); (l_33 == (-5)); l_33 = safe_add_func_int8_t_s_s(l_33, 4))
        { 
            uint32_t *l_119[1];
            int32_t l_126 = (-3L);
            uint8_t **l_133 = &l_68;
            int32_t *l_134 = &l_84[0][1];
            uint32_t ***l_135[1][1];
            int i, j;
            for (i = 0; i < 1; i++)
                l_119[i] = &g_32;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_135[i][j] = &l_112;
            }
            for (g_10 = (-21); (g_10 <= (-18)); g_10 = safe_add_func_uint32_t_u_u(g_10, 5))
            { 
                int32_t *l_127 = &l_126;
                (*l_127) = (((*l_113) = l_119[0]) == (((p_21 == ((((safe_lshift_func_uint16_t_u_s((((void*)0 == g_122) & (g_124 && p_21)), 6)) || l_125) != l_126) , 247UL)) , l_126) , &g_32));
                (*l_127) ^= ((g_109[0][0] > (((p_21 | ((void*)0 != l_128)) < (*g_122)) , p_21)) == p_21);
            }
            (*l_134) = ((**l_42) = (p_21 & (safe_rshift_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u(((void*)0 == l_133), (**l_42))), 5))));
            g_136 = &l_119[0];
        }
        for (g_32 = 0; (g_32 > 11); g_32++)
        { 
            (*l_42) = (*l_42);
        }
        if (g_124)
            goto lbl_140;
    }
    else
    { 
        uint16_t *l_155 = &g_45;
        int8_t *l_156[1];
        int32_t l_157 = 0x2C18F7AEL;
        int32_t l_158 = 0L;
        int32_t l_159 = (-8L);
        uint8_t l_160 = 0x58L;
        int16_t *l_161 = (void*)0;
        int16_t *l_162[1];
        uint64_t l_198 = 18446744073709551609UL;
        int32_t l_205 = 0x1BC9E080L;
        int32_t *l_214[2][3];
        int i, j;
        for (i = 0; i < 1; i++)
            l_156[i] = &l_30;
        for (i = 0; i < 1; i++)
            l_162[i] = &g_109[0][0];
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 3; j++)
                l_214[i][j] = (void*)0;
        }
        if ((((l_159 = ((p_21 < (safe_sub_func_int8_t_s_s((((safe_sub_func_uint64_t_u_u((((*l_68) = (safe_rshift_func_uint16_t_u_s(((l_158 = (l_157 |= (((safe_sub_func_uint32_t_u_u((((((safe_sub_func_uint8_t_u_u(1UL, ((0UL | ((*l_155) &= ((-9L) != ((safe_add_func_int16_t_s_s((safe_rshift_func_uint8_t_u_u(g_109[1][1], 3)), (**l_42))) <= p_21)))) > p_21))) < g_39[1]) <= 0xA8L) && 1UL) <= p_21), (-2L))) != g_32) ^ g_123[0]))) == p_21), p_21))) <= l_159), p_21)) , g_124) , 0x19L), p_21))) >= l_160)) , (**l_42)) , p_21))
        { 
            uint64_t *l_163 = (void*)0;
            uint64_t *l_164 = &g_165;
            int32_t *l_166 = &g_10;
            uint16_t l_167 = 1UL;
            int16_t **l_178 = (void*)0;
            int16_t **l_179[4][4] = {{(void*)0,&l_162[0],(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{&l_162[0],&l_162[0],&l_161,(void*)0},{(void*)0,(void*)0,&l_161,(void*)0}};
            int i, j;
            (*l_166) = (((g_10 == (((((*l_42) = (*l_42)) != (((*l_164) = p_21) , l_166)) , (l_167 | 0xBF0C42BAL)) < 0x9590904DL)) , 18446744073709551606UL) , p_21);
            if ((safe_mul_func_int8_t_s_s(((safe_rshift_func_uint8_t_u_s((safe_sub_func_uint64_t_u_u(((safe_rshift_func_int16_t_s_s(g_10, 0)) < (((g_182 = (l_181 = (g_180 = &g_109[0][0]))) != (void*)0) >= ((safe_rshift_func_uint16_t_u_s((safe_lshift_func_int8_t_s_u((safe_div_func_uint64_t_u_u(((**l_42) <= ((*l_164) ^= 1UL)), 0x6E79218DC8AC011ALL)), p_21)), g_109[0][0])) == l_157))), p_21)), 6)) == 0L), 1UL)))
            { 
                int32_t **l_189[4][3] = {{(void*)0,(void*)0,(void*)0},{&l_166,&l_166,&l_166},{(void*)0,(void*)0,(void*)0},{&l_166,&l_166,&l_166}};
                int i, j;
                return &g_19;
            }
            else
            { 
                return &g_19;
            }
        }
        else
        { 
            uint32_t * const l_208 = &g_209;
            uint32_t * const *l_207[4][1];
            uint32_t * const **l_206 = &l_207[2][0];
            uint16_t l_210 = 0x8921L;
            struct S0 l_215 = {0xC205D044L,0xB8ECA220L};
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 1; j++)
                    l_207[i][j] = &l_208;
            }
            (**l_42) ^= (safe_sub_func_uint16_t_u_u((g_45 & (-10L)), (safe_lshift_func_uint8_t_u_s(((l_159 = g_2) , (safe_sub_func_int8_t_s_s(0xDEL, ((!(g_197 , 1L)) | l_198)))), p_21))));
            if ((((safe_sub_func_uint32_t_u_u(0xF2861A52L, ((safe_mod_func_int8_t_s_s((l_205 = (((((safe_div_func_uint8_t_u_u(((*l_113) == ((l_205 || ((p_21 , ((*l_206) = &g_137)) != &l_208)) , (*g_136))), p_21)) | p_21) ^ l_210) , l_210) && 0xFE578949L)), 0x3CL)) < 0x06A6L))) || 1UL) , 0x89794761L))
            { 
                struct S0 *l_212 = &g_197;
                struct S0 **l_211 = &l_212;
                (*l_42) = &p_21;
                (*l_211) = &g_197;
            }
            else
            { 
                int16_t *l_213 = &g_109[3][0];
                uint8_t ****l_217 = &g_216[2][0];
                uint8_t **l_220 = &l_69[1];
                uint8_t ***l_219[2][1];
                uint8_t ****l_218 = &l_219[0][0];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_219[i][j] = &l_220;
                }
                (**l_42) = ((void*)0 != l_213);
                l_214[0][1] = l_208;
                (*l_218) = ((*l_217) = (l_215 , g_216[2][0]));
            }
            (**l_42) ^= 1L;
            for (g_32 = 0; (g_32 < 39); g_32 = safe_add_func_int8_t_s_s(g_32, 6))
            { 
                int32_t **l_223 = &l_214[0][1];
                return &g_19;
            }
        }
    }
    for (g_2 = 0; (g_2 <= 2); g_2 += 1)
    { 
        uint16_t l_232 = 0xBEAAL;
        for (l_33 = 2; (l_33 >= 0); l_33 -= 1)
        { 
            int32_t *l_224 = &l_84[1][2];
            int32_t *l_225 = (void*)0;
            int32_t *l_226 = &g_10;
            int32_t *l_227 = &g_10;
            int32_t *l_228 = &l_84[1][2];
            int32_t *l_229 = &g_10;
            int32_t *l_230 = &l_84[1][2];
            int32_t *l_231[2];
            uint64_t l_250 = 0x11CC2D51F966EF24LL;
            uint64_t *l_251[2];
            int i;
            for (i = 0; i < 2; i++)
                l_231[i] = &l_84[1][2];
            for (i = 0; i < 2; i++)
                l_251[i] = &g_165;
            ++l_232;
            for (g_209 = 0; (g_209 <= 1); g_209 += 1)
            { 
                int i, j;
                if (g_109[l_33][g_209])
                    break;
            }
            for (g_165 = 0; (g_165 <= 1); g_165 += 1)
            { 
                int i, j;
                (*l_224) = g_109[g_165][g_165];
                (*l_224) ^= p_21;
            }
            l_252 ^= (((**l_42) = (safe_div_func_int16_t_s_s((safe_add_func_int16_t_s_s(p_21, (*g_182))), (l_84[1][2] = (safe_div_func_uint64_t_u_u(0xDB0A8AD9A388F1E0LL, (safe_lshift_func_int16_t_s_s((((safe_add_func_int8_t_s_s((safe_mul_func_int16_t_s_s(((+((safe_mod_func_uint64_t_u_u(((((**l_42) > 0UL) , p_21) < p_21), g_39[3])) <= p_21)) >= 0L), l_250)), 0UL)) , (void*)0) == (void*)0), 4)))))))) | 0x921E530D105BBAC0LL);
        }
    }
    l_265[0][2] ^= ((l_263 ^= ((**l_42) <= (safe_div_func_uint16_t_u_u((0L >= (((((safe_add_func_int32_t_s_s((safe_mod_func_uint64_t_u_u(((((g_123[0] = (*g_122)) && ((**l_42) == ((*l_262) = (((((l_84[1][1] = (p_21 == (**l_42))) == l_261) || (**l_42)) != 249UL) & (**l_42))))) | p_21) , p_21), p_21)), p_21)) >= p_21) & g_124) , p_21) == (**l_42))), (*g_180))))) > p_21);
    return &g_19;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_10, "g_10", print_hash_value);
    transparent_crc(g_32, "g_32", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_39[i], "g_39[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_45, "g_45", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_109[i][j], "g_109[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_123[i], "g_123[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_124, "g_124", print_hash_value);
    transparent_crc(g_165, "g_165", print_hash_value);
    transparent_crc(g_197.f0, "g_197.f0", print_hash_value);
    transparent_crc(g_197.f1, "g_197.f1", print_hash_value);
    transparent_crc(g_209, "g_209", print_hash_value);
    transparent_crc(g_379, "g_379", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
