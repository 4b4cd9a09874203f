#include "csmith.h"
static long __undefined;
static int32_t g_13 = 0x0AD8EA5FL;
static int64_t g_27 = (-1L);
static int32_t g_32 = (-1L);
static uint16_t g_33 = 65529UL;
static int16_t g_55 = 0x4CCFL;
static const int64_t g_89[3] = {0xC190CC4B0B4C8B43LL,0xC190CC4B0B4C8B43LL,0xC190CC4B0B4C8B43LL};
static uint8_t g_92 = 246UL;
static int32_t g_101 = 0x51BE0E57L;
static int64_t **g_106 = (void*)0;
static int64_t **g_108 = (void*)0;
static int32_t g_122 = 1L;
static int64_t g_123 = 1L;
static uint32_t g_152[3] = {4294967295UL,4294967295UL,4294967295UL};
static int16_t g_165 = 0x9544L;
static int32_t *g_178[3] = {&g_32,&g_32,&g_32};
static int64_t g_228 = 0x68C450E8BA25EF8FLL;
static uint8_t g_285 = 0xFFL;
static int64_t ***g_332 = &g_108;
static int64_t ****g_331 = &g_332;
static int8_t g_335 = 0L;
static uint32_t g_388 = 1UL;
static uint64_t g_430 = 1UL;
static const uint32_t  func_1(void);
static const int32_t * func_2(int32_t * p_3);
static int32_t * func_4(int32_t  p_5, int32_t * p_6, const int32_t * p_7, uint16_t  p_8, uint64_t  p_9);
static const uint32_t  func_1(void)
{ 
    int64_t l_10[2][1];
    int32_t *l_14 = (void*)0;
    const int32_t *l_309[4] = {&g_32,&g_32,&g_32,&g_32};
    const int32_t **l_308 = &l_309[2];
    int16_t *l_328[1][1];
    int32_t l_329[2][3];
    int32_t *l_330 = &g_101;
    int16_t l_333 = 0x0090L;
    int8_t *l_334 = &g_335;
    int8_t l_336 = (-1L);
    int64_t l_451 = 0x72BA41123DACC10BLL;
    uint16_t l_453 = 0xD459L;
    uint64_t *l_461 = (void*)0;
    uint64_t **l_460 = &l_461;
    uint64_t ***l_459 = &l_460;
    uint64_t ****l_458 = &l_459;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_10[i][j] = 0xF7A73D2D672A8358LL;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_328[i][j] = &g_55;
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
            l_329[i][j] = 1L;
    }
    (*l_308) = func_2(func_4((l_10[1][0] ^ (safe_sub_func_int64_t_s_s((((l_10[0][0] , (l_10[0][0] || ((0xDA22L == (((65526UL >= l_10[1][0]) == (-3L)) == g_13)) == g_13))) ^ 4294967288UL) < 0x753F3AC9D73DF2EFLL), g_13))), l_14, l_14, g_13, g_13));
    if ((((*l_334) = (safe_div_func_uint16_t_u_u((safe_sub_func_int64_t_s_s((((safe_rshift_func_int16_t_s_s((-1L), (safe_mod_func_uint32_t_u_u((0x640EFCA2EE276909LL | ((((safe_div_func_int32_t_s_s(((*l_330) = (safe_mul_func_uint16_t_u_u(g_33, (0UL ^ (l_329[0][1] = (safe_sub_func_uint8_t_u_u(((safe_add_func_uint8_t_u_u((safe_sub_func_uint32_t_u_u(g_89[2], g_101)), g_33)) != g_123), g_32))))))), 0xD367958DL)) < g_123) > g_92) < g_165)), g_89[2])))) , g_331) == &g_332), l_333)), g_92))) > l_336))
    { 
        int64_t l_345 = (-6L);
        int32_t l_350 = 5L;
        int32_t l_364[3][4] = {{0x7E32B0C3L,0x7E32B0C3L,0x7E32B0C3L,0x7E32B0C3L},{0x7E32B0C3L,0x7E32B0C3L,0x7E32B0C3L,0x7E32B0C3L},{0x7E32B0C3L,0x7E32B0C3L,0x7E32B0C3L,0x7E32B0C3L}};
        int8_t l_367 = 0x8AL;
        int32_t l_389 = 0x54ECB678L;
        int i, j;
        if (((safe_sub_func_uint8_t_u_u(g_27, ((safe_div_func_uint16_t_u_u(((safe_mul_func_uint16_t_u_u(0x5721L, 0UL)) , 1UL), (safe_add_func_int16_t_s_s(g_89[1], 1UL)))) || 4294967295UL))) < l_345))
        { 
            uint8_t *l_349 = &g_92;
            uint8_t **l_348 = &l_349;
            int32_t l_362 = (-2L);
            int8_t l_365[4][1];
            int32_t l_366 = 1L;
            int32_t l_369 = (-1L);
            int32_t l_370 = 0xED60ED67L;
            int32_t l_371 = 0x1944FE84L;
            int32_t l_372 = 1L;
            uint16_t l_382 = 0x224EL;
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 1; j++)
                    l_365[i][j] = 0xB2L;
            }
            if ((&g_92 != ((*l_348) = (((((safe_mod_func_int16_t_s_s((g_228 || 0x2AL), g_13)) , (void*)0) != (void*)0) , 251UL) , &g_92))))
            { 
                uint32_t l_353 = 1UL;
                int32_t *l_358 = &g_122;
                int32_t *l_359 = &l_329[0][1];
                int32_t *l_360 = (void*)0;
                int32_t *l_361[2][4] = {{&g_32,&g_32,&g_32,&g_32},{&g_32,&g_32,&g_32,&g_32}};
                int32_t l_363 = (-7L);
                int64_t l_368 = 0x69BE1657D5D0518CLL;
                uint8_t l_373[4][3] = {{251UL,0x3EL,251UL},{4UL,0x07L,4UL},{251UL,0x3EL,251UL},{4UL,0x07L,4UL}};
                int i, j;
                (*l_330) = ((l_350 = 1L) < ((safe_mul_func_int8_t_s_s((l_353 , ((safe_lshift_func_int16_t_s_u(((void*)0 == &g_332), ((safe_lshift_func_int8_t_s_s(((*l_334) &= (l_353 <= g_32)), g_13)) < g_122))) , 0x9CL)), 0xADL)) >= 0xFDE5E681E818775BLL));
                --l_373[2][2];
            }
            else
            { 
                uint16_t *l_381[3];
                int32_t l_383 = 1L;
                uint32_t *l_384 = &g_152[2];
                uint32_t *l_387[3][1];
                int i, j;
                for (i = 0; i < 3; i++)
                    l_381[i] = &g_33;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_387[i][j] = &g_388;
                }
                (*l_308) = (l_14 = func_4((safe_div_func_int64_t_s_s(((safe_sub_func_int32_t_s_s(((~(l_364[0][0] < (l_383 = (l_382 = g_55)))) != (g_388 = (--(*l_384)))), l_364[1][0])) , l_372), l_365[0][0])), &g_13, (*l_308), g_285, l_389));
                l_383 = ((*l_14) |= (safe_rshift_func_int16_t_s_s(0L, 9)));
                g_178[1] = &l_383;
            }
        }
        else
        { 
            int32_t l_400 = (-1L);
            (*l_330) |= (safe_mod_func_uint32_t_u_u((safe_mod_func_int8_t_s_s(((safe_add_func_int8_t_s_s(l_350, g_55)) >= 18446744073709551615UL), (((safe_mul_func_int16_t_s_s(0x46ABL, (-1L))) && g_388) && l_345))), l_400));
        }
        for (g_335 = (-25); (g_335 >= (-30)); g_335--)
        { 
            const uint32_t *l_407 = &g_152[1];
            const int32_t l_408 = (-1L);
            (*l_308) = ((safe_div_func_uint16_t_u_u(((l_364[2][0] && (l_407 == (void*)0)) < (g_123 , l_408)), l_389)) , &g_32);
            (*l_308) = func_2(&l_364[2][0]);
        }
    }
    else
    { 
        uint32_t *l_414 = &g_152[2];
        int64_t *l_415 = &g_228;
        int64_t *l_416[3];
        uint8_t l_417 = 0UL;
        int8_t *l_426 = (void*)0;
        uint8_t l_455 = 255UL;
        int i;
        for (i = 0; i < 3; i++)
            l_416[i] = &g_228;
        for (g_165 = 0; (g_165 > (-5)); g_165--)
        { 
            int16_t l_411[2];
            uint32_t *l_413[2];
            uint32_t **l_412[3][2] = {{&l_413[0],&l_413[0]},{&l_413[0],&l_413[0]},{&l_413[0],&l_413[0]}};
            uint8_t *l_432 = (void*)0;
            uint8_t **l_431[3][2] = {{&l_432,&l_432},{&l_432,&l_432},{&l_432,&l_432}};
            uint64_t *l_442 = &g_430;
            uint8_t l_454 = 1UL;
            int i, j;
            for (i = 0; i < 2; i++)
                l_411[i] = 6L;
            for (i = 0; i < 2; i++)
                l_413[i] = &g_152[2];
            (*l_330) |= ((g_33 , (((l_411[1] ^ ((l_414 = &g_152[2]) != &g_388)) , l_415) != l_416[2])) , l_417);
            for (g_228 = 0; (g_228 <= 2); g_228 += 1)
            { 
                const int64_t * const *l_427 = (void*)0;
                int16_t l_428[1];
                uint64_t *l_429[3];
                uint8_t ***l_433 = &l_431[0][0];
                uint8_t **l_435 = &l_432;
                uint8_t ***l_434 = &l_435;
                int i;
                for (i = 0; i < 1; i++)
                    l_428[i] = 9L;
                for (i = 0; i < 3; i++)
                    l_429[i] = &g_430;
                (*l_330) &= (safe_unary_minus_func_uint64_t_u((safe_rshift_func_uint16_t_u_s((g_33 = 0x3D1CL), (((g_430 ^= ((safe_mul_func_int8_t_s_s((((((g_165 <= g_89[0]) && (!(l_426 == &g_335))) , l_427) != (void*)0) >= l_428[0]), 0UL)) & l_411[0])) | l_417) && 18446744073709551611UL)))));
                (*l_434) = ((*l_433) = l_431[1][0]);
                g_178[g_228] = &g_13;
            }
            for (g_335 = (-11); (g_335 <= 28); g_335 = safe_add_func_uint8_t_u_u(g_335, 1))
            { 
                uint64_t *l_441 = &g_430;
                uint64_t **l_440[4] = {&l_441,&l_441,&l_441,&l_441};
                uint8_t * const *l_444 = &l_432;
                uint8_t * const **l_443 = &l_444;
                int32_t l_452 = 0x0C52110FL;
                int i;
                if (l_411[1])
                    break;
                (*l_330) |= ((safe_rshift_func_uint16_t_u_s(65528UL, (((l_442 = &g_430) == (((((void*)0 == l_443) & (safe_mod_func_uint64_t_u_u((&g_430 != (void*)0), 18446744073709551615UL))) , g_89[2]) , (void*)0)) , 0xFF13L))) | l_417);
                (*l_330) = ((((safe_mul_func_int16_t_s_s((safe_rshift_func_int8_t_s_s(((g_101 > (((l_451 = g_335) >= ((l_452 > g_388) || l_411[1])) <= l_417)) | l_452), 2)), l_453)) , l_454) < 4L) , 0x9EEF8653L);
                if (l_455)
                    continue;
            }
            for (g_13 = 0; (g_13 == 7); g_13 = safe_add_func_int16_t_s_s(g_13, 4))
            { 
                return g_13;
            }
        }
    }
    (*l_458) = (void*)0;
    return g_388;
}
static const int32_t * func_2(int32_t * p_3)
{ 
    int32_t l_151 = 0L;
    const int32_t *l_153 = &g_101;
    int32_t l_174 = 0x777045D9L;
    int32_t l_197 = 0xC4935F48L;
    int8_t l_199 = 7L;
    int32_t l_200 = 2L;
    int32_t l_201 = 0L;
    int32_t l_202 = (-3L);
    uint64_t l_219 = 0x12D541C5C58DB16BLL;
    int64_t *l_233 = &g_27;
    int64_t * const *l_232 = &l_233;
    int64_t * const **l_231 = &l_232;
    int64_t l_246 = (-1L);
    uint16_t *l_257 = &g_33;
    int64_t l_259[3][2] = {{(-3L),(-3L)},{(-3L),(-3L)},{(-3L),(-3L)}};
    int64_t ** const *l_269 = &g_106;
    int64_t ** const **l_268 = &l_269;
    int32_t l_290 = 1L;
    int i, j;
    l_151 |= (*p_3);
    for (g_27 = 2; (g_27 >= 0); g_27 -= 1)
    { 
        return l_153;
    }
    for (g_55 = 2; (g_55 >= 0); g_55 -= 1)
    { 
        int16_t *l_162 = (void*)0;
        int16_t *l_163 = (void*)0;
        int16_t *l_164[1];
        int32_t l_166[3];
        uint8_t *l_168 = &g_92;
        int32_t l_234 = 9L;
        uint8_t l_237 = 1UL;
        int i;
        for (i = 0; i < 1; i++)
            l_164[i] = &g_165;
        for (i = 0; i < 3; i++)
            l_166[i] = (-5L);
        (*p_3) |= (safe_add_func_uint64_t_u_u((((safe_div_func_int8_t_s_s(g_152[g_55], 0x80L)) ^ (l_166[2] &= ((((safe_sub_func_uint8_t_u_u(g_152[g_55], g_152[g_55])) , (safe_lshift_func_uint8_t_u_u((g_152[g_55] && g_122), 3))) == g_152[g_55]) , 0x3FDBL))) ^ 0x7BE0L), 0L));
    }
    for (l_174 = 0; (l_174 <= 2); l_174 += 1)
    { 
        uint32_t l_258 = 18446744073709551606UL;
        int64_t *l_263[4][3] = {{&g_123,&g_123,&l_246},{&g_123,&g_123,&l_246},{&g_123,&g_123,&l_246},{&g_123,&g_123,&l_246}};
        int32_t l_293 = 0x7803C6ADL;
        int i, j;
        (*p_3) = (safe_lshift_func_int16_t_s_u((safe_add_func_int64_t_s_s((safe_lshift_func_int16_t_s_s((*l_153), 6)), (g_108 != (void*)0))), (safe_rshift_func_uint16_t_u_u((((*l_153) > (safe_rshift_func_uint16_t_u_s(((((l_257 != l_257) >= l_258) || (*l_153)) == (*l_153)), 0))) >= (*l_153)), g_165))));
    }
    return p_3;
}
static int32_t * func_4(int32_t  p_5, int32_t * p_6, const int32_t * p_7, uint16_t  p_8, uint64_t  p_9)
{ 
    int16_t l_15[4] = {0L,0L,0L,0L};
    int32_t l_31 = 0xD7D552B8L;
    int32_t l_58 = 0x97811D02L;
    uint8_t l_67[1];
    int64_t *l_90[2][2] = {{&g_27,&g_27},{&g_27,&g_27}};
    uint16_t l_118 = 65531UL;
    int8_t l_136 = 0x32L;
    int64_t **l_141 = &l_90[0][1];
    uint16_t *l_142 = &l_118;
    int32_t *l_143 = &g_32;
    int32_t *l_144 = &g_13;
    int i, j;
    for (i = 0; i < 1; i++)
        l_67[i] = 0UL;
    for (p_5 = 3; (p_5 >= 0); p_5 -= 1)
    { 
        int64_t *l_26 = &g_27;
        int32_t l_48 = 2L;
        int32_t l_66 = 1L;
        const int64_t *l_88 = &g_89[2];
        int i;
    }
    for (g_27 = 1; (g_27 >= 0); g_27 -= 1)
    { 
        int32_t *l_104 = (void*)0;
        int32_t **l_105 = &l_104;
        int16_t l_115 = 1L;
        int32_t l_124[4][4] = {{6L,3L,6L,6L},{3L,3L,1L,3L},{3L,6L,6L,3L},{6L,3L,6L,6L}};
        int i, j;
        (*l_105) = l_104;
        for (p_5 = 0; (p_5 <= 0); p_5 += 1)
        { 
            int64_t ***l_107 = &g_106;
            int32_t l_121 = 0L;
            int i;
            g_108 = ((*l_107) = g_106);
            (*l_105) = (((((safe_div_func_uint32_t_u_u(l_67[p_5], (safe_add_func_int16_t_s_s(((9L && (((safe_add_func_int8_t_s_s(l_115, 8UL)) != (safe_mul_func_uint8_t_u_u(0xD3L, l_118))) != l_67[p_5])) , 0x0185L), l_67[p_5])))) != g_101) & 0xBF7BAE7FL) >= l_15[3]) , &g_101);
            (**l_105) = (*l_104);
            for (g_101 = 0; (g_101 <= 1); g_101 += 1)
            { 
                uint8_t *l_135[1][2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_135[i][j] = &l_67[0];
                }
                l_124[2][0] ^= (g_27 < (p_5 <= (((((p_8 || (g_32 < (g_123 = (g_122 = (l_121 |= (l_58 = 0xF96B43B7A3E983FELL)))))) < (*l_104)) > l_67[p_5]) && l_67[p_5]) >= g_89[2])));
                g_122 = (safe_rshift_func_uint16_t_u_u((safe_sub_func_int8_t_s_s(p_8, (safe_lshift_func_uint8_t_u_u(((safe_div_func_int64_t_s_s(((safe_add_func_uint8_t_u_u((g_92 = (l_121 <= g_13)), (l_90[g_27][g_27] != ((g_33 & 65535UL) , l_90[0][0])))) <= 1L), l_136)) ^ g_33), 0)))), 7));
                return &g_13;
            }
        }
        for (l_118 = 0; (l_118 <= 1); l_118 += 1)
        { 
            (*l_105) = (void*)0;
            g_122 = g_55;
        }
    }
    (*l_144) = ((*l_143) = (safe_mul_func_int16_t_s_s((safe_mod_func_uint16_t_u_u(((*l_142) |= ((l_141 = &l_90[1][1]) != &l_90[0][0])), (-9L))), l_31)));
    (*l_143) = (safe_sub_func_uint8_t_u_u(0xDFL, (0x1907E6BEL >= ((g_55 ^= ((safe_mul_func_int16_t_s_s((safe_sub_func_int8_t_s_s((-9L), g_92)), (0x91L == p_8))) >= g_89[2])) ^ 0x2625L))));
    return &g_13;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_13, "g_13", print_hash_value);
    transparent_crc(g_27, "g_27", print_hash_value);
    transparent_crc(g_32, "g_32", print_hash_value);
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc(g_55, "g_55", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_89[i], "g_89[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_92, "g_92", print_hash_value);
    transparent_crc(g_101, "g_101", print_hash_value);
    transparent_crc(g_122, "g_122", print_hash_value);
    transparent_crc(g_123, "g_123", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_152[i], "g_152[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_165, "g_165", print_hash_value);
    transparent_crc(g_228, "g_228", print_hash_value);
    transparent_crc(g_285, "g_285", print_hash_value);
    transparent_crc(g_335, "g_335", print_hash_value);
    transparent_crc(g_388, "g_388", print_hash_value);
    transparent_crc(g_430, "g_430", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
