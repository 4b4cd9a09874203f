#include "csmith.h"
static long __undefined;
struct S0 {
   int32_t  f0;
   uint64_t  f1;
   uint8_t  f2;
   int8_t  f3;
   const int8_t  f4;
   int16_t  f5;
   uint32_t  f6;
   uint64_t  f7;
   uint16_t  f8;
};
struct S1 {
   int16_t  f0;
   struct S0  f1;
};
static uint64_t g_3 = 0xC57E71F09A2B441ALL;
static const int32_t g_21 = 0L;
static int32_t g_33 = 0x83D4F39AL;
static int32_t *g_32 = &g_33;
static int32_t **g_31[2][4] = {{&g_32,&g_32,&g_32,&g_32},{&g_32,&g_32,&g_32,&g_32}};
static int32_t ***g_30 = &g_31[0][0];
static uint32_t g_38 = 0x6BC67156L;
static int16_t g_55 = 0xC981L;
static uint8_t g_56 = 2UL;
static uint32_t g_81 = 0x1A5D364EL;
static struct S0 g_112[2][3] = {{{0x36132469L,1UL,254UL,0x09L,0x71L,0xB03AL,1UL,0x7C10F7CF34610227LL,65535UL},{0x36132469L,1UL,254UL,0x09L,0x71L,0xB03AL,1UL,0x7C10F7CF34610227LL,65535UL},{0x36132469L,1UL,254UL,0x09L,0x71L,0xB03AL,1UL,0x7C10F7CF34610227LL,65535UL}},{{0x36132469L,1UL,254UL,0x09L,0x71L,0xB03AL,1UL,0x7C10F7CF34610227LL,65535UL},{0x36132469L,1UL,254UL,0x09L,0x71L,0xB03AL,1UL,0x7C10F7CF34610227LL,65535UL},{0x36132469L,1UL,254UL,0x09L,0x71L,0xB03AL,1UL,0x7C10F7CF34610227LL,65535UL}}};
static int8_t g_136 = 0L;
static struct S1 g_176 = {-10L,{0x059B8B7CL,18446744073709551615UL,0x93L,0x81L,-4L,-8L,6UL,0xDF60EF523AFE7C8FLL,0x4D0BL}};
static uint16_t g_219 = 0x1504L;
static int64_t g_235[1] = {0x92EBB88A4C04DFDDLL};
static const int32_t *g_246[1][4] = {{&g_21,&g_21,&g_21,&g_21}};
static const int32_t **g_245 = &g_246[0][3];
static const int32_t *** const g_244 = &g_245;
static const int32_t *** const *g_243 = &g_244;
static const int32_t *** const **g_242 = &g_243;
static int32_t g_295[2][1] = {{0x688CFAAAL},{0x688CFAAAL}};
static const int32_t ***g_369 = &g_245;
static const int32_t ****g_368 = &g_369;
static const int32_t *****g_367 = &g_368;
static const uint8_t *g_408[1][2] = {{(void*)0,(void*)0}};
static const uint8_t ** const g_407 = &g_408[0][0];
static int16_t *g_435[1][4] = {{&g_176.f0,&g_176.f0,&g_176.f0,&g_176.f0}};
static struct S1  func_1(void);
static const uint32_t  func_8(struct S0  p_9, int32_t  p_10, int32_t ** const  p_11, int32_t * p_12, uint32_t  p_13);
static struct S0  func_14(const int32_t ** p_15);
static struct S1  func_1(void)
{ 
    int32_t l_2 = (-1L);
    int32_t *l_4 = &l_2;
    int32_t **l_5 = &l_4;
    uint32_t l_6[4][1] = {{0x6840EB44L},{18446744073709551615UL},{0x6840EB44L},{18446744073709551615UL}};
    const int32_t *l_20 = &g_21;
    const int32_t **l_19 = &l_20;
    const int32_t **l_22 = (void*)0;
    int32_t l_413 = 0xF387460AL;
    int64_t *l_423 = &g_235[0];
    int16_t **l_439 = &g_435[0][1];
    int16_t ***l_438 = &l_439;
    int i, j;
    (*l_4) = (l_2 == g_3);
    (*l_5) = &l_2;
    for (l_2 = 0; (l_2 >= 0); l_2 -= 1)
    { 
        int32_t l_7 = (-3L);
        const int32_t *l_17 = &l_2;
        const int32_t **l_16 = &l_17;
        const int32_t ***l_18 = (void*)0;
        int32_t *l_193[4][3];
        int64_t *l_424 = &g_235[0];
        int8_t l_426 = (-7L);
        const struct S0 *l_431 = &g_112[0][2];
        struct S0 *l_433 = &g_176.f1;
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 3; j++)
                l_193[i][j] = &g_176.f1.f0;
        }
        l_413 |= (l_7 & ((g_3 != func_8(func_14((l_22 = (l_19 = l_16))), (**l_16), &l_4, l_193[1][1], g_112[1][1].f2)) , 0x08L));
        (*g_32) ^= (((safe_lshift_func_int16_t_s_s((safe_unary_minus_func_uint16_t_u((((((safe_mul_func_uint8_t_u_u(((((safe_div_func_uint32_t_u_u((**l_19), ((0x97L > ((((**g_245) < (****g_368)) & (safe_sub_func_uint8_t_u_u((g_176 , 4UL), 3UL))) < 0xC486L)) && (**l_22)))) , l_423) != l_424) != (**l_22)), (*l_17))) > (**l_16)) ^ g_176.f1.f5) >= g_56) <= (**l_5)))), g_176.f1.f2)) , g_112[1][1].f7) < 0x4D78E579L);
        for (g_55 = 0; (g_55 >= 0); g_55 -= 1)
        { 
            struct S1 l_425 = {0x9697L,{0x05037B54L,0x36187295C7CEF5EFLL,0x07L,0L,0xE0L,-6L,18446744073709551615UL,0x62EB62D4E1298978LL,65530UL}};
            int32_t *l_436 = (void*)0;
            uint32_t l_437[3][1];
            int16_t ***l_441 = &l_439;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_437[i][j] = 0UL;
            }
            (*g_32) = l_6[l_2][l_2];
            for (g_3 = 0; (g_3 <= 2); g_3 += 1)
            { 
                return l_425;
            }
        }
        return g_176;
    }
    return g_176;
}
static const uint32_t  func_8(struct S0  p_9, int32_t  p_10, int32_t ** const  p_11, int32_t * p_12, uint32_t  p_13)
{ 
    uint32_t *l_194 = &g_38;
    uint32_t *l_195 = &g_38;
    int16_t *l_196 = &g_112[1][1].f5;
    int32_t l_204 = 0xB23CF24CL;
    int32_t l_205 = 1L;
    int32_t l_208 = 0L;
    int32_t l_209 = 0L;
    int32_t l_210 = (-4L);
    int32_t l_211 = 1L;
    int32_t **** const l_215[3] = {&g_30,&g_30,&g_30};
    const int32_t * const **l_217 = (void*)0;
    const int32_t * const ***l_216 = &l_217;
    uint8_t *l_222[4][4] = {{&g_56,&g_56,&g_56,&g_56},{&g_56,&g_56,&g_56,&g_56},{&g_56,&g_56,&g_56,&g_56},{&g_56,&g_56,&g_56,&g_56}};
    int32_t l_252 = 0x897AAD7EL;
    uint32_t l_278 = 0x93943B92L;
    int16_t l_366 = 0x5DDCL;
    int32_t l_378[4][4] = {{(-7L),5L,5L,(-7L)},{5L,(-7L),5L,5L},{(-7L),(-7L),0x3452924EL,(-7L)},{(-7L),5L,5L,(-7L)}};
    struct S1 l_409 = {1L,{0L,0x08112B496A92C175LL,0UL,-3L,0x6AL,0x8A9FL,18446744073709551615UL,1UL,0xE5C0L}};
    uint8_t ***l_410 = (void*)0;
    uint8_t **l_412 = &l_222[3][2];
    uint8_t ***l_411 = &l_412;
    int i, j;
    if (((&g_38 != (l_195 = l_194)) <= ((*l_196) = 0xC58AL)))
    { 
        uint32_t l_199[3][4] = {{1UL,0x0F18263FL,8UL,0x0F18263FL},{0x0F18263FL,1UL,8UL,8UL},{1UL,1UL,0x0F18263FL,8UL}};
        int32_t l_203 = (-5L);
        int32_t l_206 = (-3L);
        int32_t l_207[3][4] = {{0xA78ADA1DL,0x0556257BL,0xA78ADA1DL,0xA78ADA1DL},{0x0556257BL,0x0556257BL,0x0452170CL,0x0556257BL},{0x0556257BL,0xA78ADA1DL,0xA78ADA1DL,0x0556257BL}};
        uint32_t l_212 = 0xC6B03F3EL;
        int8_t *l_272 = &g_112[1][1].f3;
        int8_t l_274 = (-8L);
        int i, j;
        (*g_32) &= (*p_12);
        for (g_176.f1.f6 = 0; (g_176.f1.f6 <= 27); g_176.f1.f6 = safe_add_func_uint32_t_u_u(g_176.f1.f6, 7))
        { 
            int32_t *l_202[4] = {&g_112[1][1].f0,&g_112[1][1].f0,&g_112[1][1].f0,&g_112[1][1].f0};
            const int32_t * const ****l_218 = &l_216;
            uint8_t *l_221 = &g_56;
            int32_t l_292 = 0x23E8D593L;
            int i;
            ++l_199[1][3];
            --l_212;
        }
    }
    else
    { 
        uint32_t l_297[2][4] = {{0xD5A2DB14L,0xD5A2DB14L,0xD5A2DB14L,0xD5A2DB14L},{0xD5A2DB14L,0xD5A2DB14L,0xD5A2DB14L,0xD5A2DB14L}};
        int8_t l_311[4];
        int32_t l_312 = 5L;
        int32_t l_314 = 0x913D021AL;
        int32_t l_315 = (-8L);
        int32_t l_316[1][2];
        int64_t *l_343[4][1];
        int32_t *****l_363 = (void*)0;
        uint32_t l_392 = 0x580F3A39L;
        const int32_t *l_399 = (void*)0;
        int i, j;
        for (i = 0; i < 4; i++)
            l_311[i] = 0L;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_316[i][j] = 0L;
        }
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
                l_343[i][j] = &g_235[0];
        }
        for (g_33 = 0; (g_33 <= 0); g_33 += 1)
        { 
            int16_t l_310 = 1L;
            int32_t l_317 = 5L;
            int32_t l_319 = 0x21DA1445L;
            if (l_297[1][1])
                break;
            if ((**p_11))
                break;
            (*p_12) = (safe_rshift_func_uint16_t_u_s(g_112[1][1].f8, ((p_10 <= (g_235[0] , (safe_mod_func_uint16_t_u_u(((safe_add_func_int32_t_s_s((**p_11), ((*l_195) = (safe_sub_func_int16_t_s_s((safe_add_func_int16_t_s_s((safe_mod_func_uint16_t_u_u(l_310, p_9.f3)), l_311[1])), l_310))))) != 0x3500L), g_55)))) , 6L)));
            for (p_9.f1 = 0; (p_9.f1 <= 0); p_9.f1 += 1)
            { 
                return g_295[0][0];
            }
            if (p_9.f1)
                goto lbl_377;
            for (g_56 = 0; (g_56 <= 0); g_56 += 1)
            { 
                int32_t l_313 = 1L;
                int32_t l_318 = 0x33339BC9L;
                int32_t l_320 = 8L;
                uint32_t l_321 = 0x29802A13L;
                --l_321;
            }
        }
lbl_377:
        for (p_9.f7 = 0; (p_9.f7 > 59); ++p_9.f7)
        { 
            uint16_t *l_334 = &g_176.f1.f8;
            int64_t *l_335[1];
            int32_t l_362[2];
            int32_t *****l_370 = (void*)0;
            const int32_t l_371 = 5L;
            uint16_t l_374 = 9UL;
            int i;
            for (i = 0; i < 1; i++)
                l_335[i] = &g_235[0];
            for (i = 0; i < 2; i++)
                l_362[i] = (-3L);
        }
        for (g_176.f1.f3 = 0; (g_176.f1.f3 <= 0); g_176.f1.f3 += 1)
        { 
            uint32_t l_379 = 0UL;
            struct S0 *l_383[3][3] = {{&g_112[1][2],&g_112[1][2],&g_112[1][2]},{&g_176.f1,&g_176.f1,&g_176.f1},{&g_112[1][2],&g_112[1][2],&g_112[1][2]}};
            struct S0 **l_382 = &l_383[1][1];
            int i, j;
            l_379--;
            (*l_382) = (void*)0;
            for (p_9.f6 = 0; (p_9.f6 <= 0); p_9.f6 += 1)
            { 
                int8_t *l_390 = &l_311[3];
                int8_t *l_391 = &g_136;
                int i, j;
                (*g_32) = ((((l_297[g_176.f1.f3][(g_176.f1.f3 + 2)] ^ ((safe_div_func_int32_t_s_s((!(((safe_mul_func_int8_t_s_s((g_112[1][1].f3 = ((*l_391) ^= ((((*l_390) = (+((p_9.f2 , ((p_9.f3 & ((void*)0 == &g_38)) <= p_9.f8)) , p_9.f1))) == l_379) , g_112[1][1].f6))), p_13)) == p_9.f6) != g_176.f1.f3)), (**p_11))) < l_392)) <= l_379) <= g_112[1][1].f6) , (**g_245));
                if ((**p_11))
                    continue;
            }
        }
        (*g_32) = (safe_div_func_uint16_t_u_u((safe_add_func_int32_t_s_s((safe_lshift_func_int8_t_s_u((l_399 == l_194), (p_9.f1 > (safe_rshift_func_int8_t_s_u((safe_mod_func_int32_t_s_s((safe_div_func_uint8_t_u_u(((!(p_9.f5 != 0xCBL)) , g_219), p_13)), 4L)), 2))))), 0x9B31973DL)), g_112[1][1].f4));
    }
    (*p_12) = (((g_407 == ((*l_411) = ((((l_409 , (g_176.f0 , &g_112[0][2])) == &g_112[1][1]) > 4294967293UL) , (void*)0))) <= (-1L)) ^ (*p_12));
    (*g_245) = (*p_11);
    return g_21;
}
static struct S0  func_14(const int32_t ** p_15)
{ 
    const struct S1 l_25 = {-10L,{-1L,1UL,255UL,0xB7L,9L,-1L,0xDAAFD55BL,18446744073709551606UL,0x3C6BL}};
    int32_t ***l_28 = (void*)0;
    int32_t ****l_29[4][1] = {{&l_28},{&l_28},{&l_28},{&l_28}};
    int8_t l_36 = (-6L);
    uint32_t *l_37 = &g_38;
    int16_t l_39 = 6L;
    uint32_t l_40[4][3] = {{0x52D1A88BL,0x52D1A88BL,4294967287UL},{0x52D1A88BL,0x52D1A88BL,4294967287UL},{0x52D1A88BL,0x52D1A88BL,4294967287UL},{0x52D1A88BL,0x52D1A88BL,4294967287UL}};
    int64_t l_153 = (-8L);
    int16_t l_157[3];
    uint64_t l_171 = 6UL;
    int i, j;
    for (i = 0; i < 3; i++)
        l_157[i] = 1L;
    l_40[3][1] &= (safe_lshift_func_uint16_t_u_s(((0x0BB9L != (((*l_37) = (l_25 , (safe_mul_func_uint8_t_u_u((((g_30 = l_28) == &p_15) == ((safe_sub_func_int8_t_s_s(1L, g_33)) >= (**p_15))), l_36)))) , g_21)) && l_39), g_3));
    if ((*g_32))
    { 
        uint8_t l_47 = 1UL;
        int16_t *l_50 = &l_39;
        uint32_t l_51 = 0UL;
        int32_t l_52 = 0L;
        l_52 |= (g_38 && (safe_lshift_func_uint8_t_u_u((((g_21 >= (((safe_lshift_func_uint8_t_u_s((safe_lshift_func_int16_t_s_u(((*l_50) |= (l_47 || ((safe_add_func_int16_t_s_s(0x5A7FL, g_21)) , 2L))), g_33)), g_3)) != l_47) ^ l_51)) < l_51) || 0xA025L), g_3)));
    }
    else
    { 
        uint64_t l_60[1];
        struct S0 l_61 = {0xB9DC45D4L,0UL,246UL,0xA6L,-4L,6L,0xE8DF19FBL,0x63853DC631A1BBCFLL,0x8CCDL};
        int i;
        for (i = 0; i < 1; i++)
            l_60[i] = 0x399958B7C26C73D5LL;
        for (g_38 = 0; (g_38 <= 2); g_38 += 1)
        { 
            int16_t *l_53 = &l_39;
            int16_t *l_54 = &g_55;
            int32_t l_59 = 0xEF126ED3L;
            l_60[0] |= (l_59 |= ((0x63DFL != ((*l_54) = ((*l_53) = 0x2481L))) > (g_56++)));
            return l_61;
        }
    }
    for (g_33 = 2; (g_33 >= 0); g_33 -= 1)
    { 
        int64_t l_62 = 1L;
        int16_t *l_80 = &g_55;
        int8_t l_84 = 1L;
        struct S0 l_87 = {0x5FD5C3A2L,0xA7C490E50DD9F316LL,2UL,8L,0x1AL,0xA9DCL,0x15C88625L,0xB20C39718655DCCELL,0UL};
        int32_t *l_94 = &l_87.f0;
        int16_t *l_109[1][1];
        int32_t l_138 = 5L;
        int32_t l_142 = (-9L);
        int32_t l_146 = 0L;
        int32_t l_148[1][2];
        uint16_t l_158 = 0x2158L;
        int64_t l_169 = 0xE3A8099693990266LL;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_109[i][j] = (void*)0;
        }
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_148[i][j] = (-1L);
        }
    }
    return l_25.f1;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_21, "g_21", print_hash_value);
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_55, "g_55", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_81, "g_81", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_112[i][j].f0, "g_112[i][j].f0", print_hash_value);
            transparent_crc(g_112[i][j].f1, "g_112[i][j].f1", print_hash_value);
            transparent_crc(g_112[i][j].f2, "g_112[i][j].f2", print_hash_value);
            transparent_crc(g_112[i][j].f3, "g_112[i][j].f3", print_hash_value);
            transparent_crc(g_112[i][j].f4, "g_112[i][j].f4", print_hash_value);
            transparent_crc(g_112[i][j].f5, "g_112[i][j].f5", print_hash_value);
            transparent_crc(g_112[i][j].f6, "g_112[i][j].f6", print_hash_value);
            transparent_crc(g_112[i][j].f7, "g_112[i][j].f7", print_hash_value);
            transparent_crc(g_112[i][j].f8, "g_112[i][j].f8", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_136, "g_136", print_hash_value);
    transparent_crc(g_176.f0, "g_176.f0", print_hash_value);
    transparent_crc(g_176.f1.f0, "g_176.f1.f0", print_hash_value);
    transparent_crc(g_176.f1.f1, "g_176.f1.f1", print_hash_value);
    transparent_crc(g_176.f1.f2, "g_176.f1.f2", print_hash_value);
    transparent_crc(g_176.f1.f3, "g_176.f1.f3", print_hash_value);
    transparent_crc(g_176.f1.f4, "g_176.f1.f4", print_hash_value);
    transparent_crc(g_176.f1.f5, "g_176.f1.f5", print_hash_value);
    transparent_crc(g_176.f1.f6, "g_176.f1.f6", print_hash_value);
    transparent_crc(g_176.f1.f7, "g_176.f1.f7", print_hash_value);
    transparent_crc(g_176.f1.f8, "g_176.f1.f8", print_hash_value);
    transparent_crc(g_219, "g_219", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_235[i], "g_235[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_295[i][j], "g_295[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
