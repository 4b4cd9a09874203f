#include "csmith.h"
static long __undefined;
static int32_t g_3 = 0xE57BF5CDL;
static const int16_t g_10 = 0x87D0L;
static int32_t g_13 = 0xECE3051EL;
static int32_t g_15 = 0x2AFA0177L;
static int32_t *g_14 = &g_15;
static int16_t g_33 = 8L;
static uint32_t g_58 = 0xAF53C8CBL;
static int32_t g_73[3] = {0L,0L,0L};
static int64_t g_74 = 8L;
static int16_t g_77 = 0xE546L;
static const uint8_t g_132[3] = {255UL,255UL,255UL};
static uint16_t g_192 = 1UL;
static int32_t **g_205 = (void*)0;
static uint64_t g_213 = 5UL;
static int8_t g_227 = 1L;
static const int32_t *g_246 = &g_73[0];
static const int32_t **g_245 = &g_246;
static uint8_t g_268 = 0x8AL;
static uint32_t *g_279 = &g_58;
static uint32_t **g_278 = &g_279;
static int8_t g_350 = (-1L);
static int32_t ***g_352 = &g_205;
static int32_t  func_1(void);
static int16_t  func_4(uint16_t  p_5, const uint8_t  p_6, uint32_t  p_7, uint16_t  p_8);
static int32_t * func_37(const uint32_t  p_38, uint32_t  p_39, int32_t ** p_40);
static int32_t  func_1(void)
{ 
    int32_t *l_2 = &g_3;
    uint16_t l_9 = 0UL;
    int32_t l_238 = 0xBE4F2420L;
    int32_t *l_240 = &g_73[0];
    uint32_t *l_262[3][2] = {{&g_58,&g_58},{&g_58,&g_58},{&g_58,&g_58}};
    uint32_t ** const l_261 = &l_262[2][0];
    uint32_t **l_276 = &l_262[2][0];
    int32_t l_285 = (-5L);
    int32_t l_299 = 0x21092AB5L;
    int32_t l_300[3][4] = {{1L,(-6L),(-6L),1L},{0xD3E9639DL,(-6L),0xB146F0B4L,(-6L)},{(-6L),(-7L),0xB146F0B4L,0xB146F0B4L}};
    int8_t l_303[4];
    uint16_t l_307 = 0xD198L;
    int32_t l_312 = 8L;
    uint64_t l_347 = 1UL;
    int32_t ** const *l_353 = &g_205;
    int32_t l_375[3];
    int i, j;
    for (i = 0; i < 4; i++)
        l_303[i] = 7L;
    for (i = 0; i < 3; i++)
        l_375[i] = 0xE894DE71L;
    if (((((((*l_2) = (-9L)) , g_3) != func_4(l_9, g_10, g_10, l_9)) >= l_9) != (-7L)))
    { 
        uint64_t *l_212 = &g_213;
        uint32_t *l_224 = &g_58;
        uint32_t **l_223 = &l_224;
        int32_t l_225[4][4] = {{6L,6L,6L,6L},{6L,6L,6L,6L},{6L,6L,6L,6L},{6L,6L,6L,6L}};
        int8_t *l_226 = &g_227;
        uint32_t l_234 = 0xE7D0B9ABL;
        const int32_t *l_244 = &l_225[0][1];
        const int32_t **l_243 = &l_244;
        uint8_t *l_271 = (void*)0;
        uint8_t *l_272 = &g_268;
        uint32_t ***l_277 = &l_223;
        int64_t l_294 = (-9L);
        int64_t l_302 = (-9L);
        uint64_t l_320 = 18446744073709551615UL;
        uint16_t *l_344 = (void*)0;
        uint16_t *l_345 = &g_192;
        int16_t *l_346 = &g_77;
        int32_t *l_348 = &l_300[2][3];
        int i, j;
    }
    else
    { 
        uint64_t l_349[2];
        int i;
        for (i = 0; i < 2; i++)
            l_349[i] = 0UL;
        (*g_14) = 1L;
        l_349[0] &= (*g_14);
    }
    for (g_213 = 0; (g_213 <= 2); g_213 += 1)
    { 
        uint16_t l_351 = 65528UL;
        int32_t l_358 = (-1L);
        int32_t l_363 = 1L;
        int32_t l_374 = (-1L);
        int32_t l_376 = 0x825E045FL;
        int32_t l_377 = 0L;
        int32_t l_379[3];
        int32_t * const *l_394 = &l_240;
        int8_t *l_395 = &g_350;
        uint32_t ** const l_396[2] = {&l_262[2][0],&l_262[2][0]};
        int i;
        for (i = 0; i < 3; i++)
            l_379[i] = 0xAF2D2B86L;
        for (g_58 = 0; (g_58 <= 3); g_58 += 1)
        { 
            int32_t l_369 = 0xE0B96589L;
            int32_t l_370 = (-10L);
            int32_t l_371 = 0x18515DE8L;
            int32_t l_372 = 0xB64A9800L;
            int32_t l_373 = 2L;
            int32_t l_378 = 0x73FEE7B1L;
            int32_t l_380 = 0x40233AA8L;
            uint16_t l_381 = 0x05EEL;
            uint8_t *l_388 = &g_268;
            uint16_t *l_389 = &l_381;
            int i;
            if (l_303[g_58])
            { 
                int i, j;
                l_300[g_213][g_58] ^= (*g_246);
            }
            else
            { 
                if (g_350)
                    break;
                if (l_351)
                    break;
            }
            if ((g_352 != l_353))
            { 
                (*l_240) = (safe_lshift_func_uint16_t_u_u((safe_sub_func_int32_t_s_s((*g_246), (*g_246))), 15));
                if ((**g_205))
                    break;
            }
            else
            { 
                int32_t *l_359 = &l_285;
                int32_t *l_360 = &l_300[1][1];
                int32_t *l_361 = &g_73[2];
                int32_t *l_362 = (void*)0;
                int32_t *l_364 = &l_299;
                int32_t *l_365 = (void*)0;
                int32_t *l_366 = &l_299;
                int32_t *l_367 = &g_15;
                int32_t *l_368[4][2] = {{&l_299,&l_285},{&l_285,&l_299},{&l_299,&l_299},{&g_15,&l_299}};
                int i, j;
                ++l_381;
            }
            (**g_205) = (safe_mod_func_uint16_t_u_u((safe_add_func_uint8_t_u_u(((*l_388) = l_376), (l_303[g_213] = ((*l_240) || (((*l_389) = 0xA2EFL) & 0x3171L))))), (safe_add_func_uint16_t_u_u(l_377, 0xD07FL))));
        }
        (*g_14) |= (safe_add_func_int16_t_s_s(((((((l_394 == (void*)0) != (0x3BL == ((&g_227 != l_395) || g_227))) ^ g_58) || g_268) , l_396[1]) == (void*)0), g_132[1]));
        if ((**l_394))
            break;
    }
    return (*g_246);
}
static int16_t  func_4(uint16_t  p_5, const uint8_t  p_6, uint32_t  p_7, uint16_t  p_8)
{ 
    int8_t l_11[4][4] = {{0x04L,0x3FL,0x3FL,0x04L},{0x3FL,0x04L,0x3FL,0x3FL},{0x04L,0x04L,0x7BL,0x04L},{0x04L,0x3FL,0x3FL,0x04L}};
    int32_t *l_12 = &g_13;
    int32_t l_17 = 0xEAB3CF81L;
    int32_t **l_59 = &g_14;
    int32_t l_143 = (-7L);
    int32_t l_144 = 9L;
    int32_t l_148 = 4L;
    int16_t l_149[2][1];
    int32_t l_150 = 0x58984F7DL;
    int32_t l_151 = 1L;
    int32_t l_155 = 0xB3BDE5FCL;
    int32_t l_156 = (-1L);
    int32_t l_159[4] = {0xC1EA61EFL,0xC1EA61EFL,0xC1EA61EFL,0xC1EA61EFL};
    uint32_t l_199 = 0x098787B1L;
    int32_t ***l_204[3][1];
    int8_t l_211 = 1L;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_149[i][j] = 0xAB2CL;
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_204[i][j] = &l_59;
    }
    for (p_8 = 0; (p_8 <= 3); p_8 += 1)
    { 
        uint8_t l_34 = 0UL;
        int32_t l_136 = 9L;
        int32_t l_141 = 0xC2221820L;
        int32_t l_147 = 0x70362B2AL;
        int32_t l_158 = (-1L);
        int32_t l_160 = 1L;
        int32_t l_162[2][2];
        uint32_t l_166 = 0xBEFE2CA5L;
        uint16_t *l_191[2];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 2; j++)
                l_162[i][j] = 0L;
        }
        for (i = 0; i < 2; i++)
            l_191[i] = &g_192;
    }
    l_211 &= (((safe_mul_func_int16_t_s_s((((g_205 = l_59) == (void*)0) > ((!((((p_5 ^ (safe_mul_func_uint8_t_u_u(0x77L, (p_6 >= (**l_59))))) <= 0L) < p_6) == g_13)) , p_7)), p_7)) >= 0x9E0AL) >= p_5);
    return p_5;
}
static int32_t * func_37(const uint32_t  p_38, uint32_t  p_39, int32_t ** p_40)
{ 
    int32_t *l_60 = (void*)0;
    uint64_t l_67 = 0x27488F575434BB1BLL;
    int32_t *l_68 = &g_15;
    int32_t l_78 = 0xD8725687L;
    int32_t l_80 = 0x1CC30F10L;
    const int32_t * const *l_94 = (void*)0;
    int32_t l_96 = 0x2110C122L;
    int32_t l_97 = 0x1A9D29CCL;
    int32_t l_102 = (-1L);
    int32_t l_103[4][4] = {{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)}};
    int32_t l_120 = (-1L);
    const uint8_t *l_131 = &g_132[1];
    const uint8_t **l_133 = &l_131;
    int i, j;
    (*p_40) = (((*p_40) == (void*)0) , l_60);
    if (((*l_68) = (p_38 > ((safe_mul_func_int16_t_s_s(p_38, (safe_add_func_int16_t_s_s(((((g_58 && (((safe_lshift_func_int16_t_s_u((((((void*)0 != &g_58) == 0x0936A74B4FBF646DLL) && 250UL) , p_39), g_33)) | p_39) , 0x5E0AL)) | p_38) | l_67) , p_38), (-1L))))) <= p_38))))
    { 
        int16_t l_75 = 0xD933L;
        int32_t l_76[2];
        uint32_t l_81 = 0x6CBFBCC8L;
        uint64_t *l_90 = (void*)0;
        uint64_t *l_91 = &l_67;
        const int32_t * const **l_95 = &l_94;
        uint64_t l_104 = 1UL;
        int i;
        for (i = 0; i < 2; i++)
            l_76[i] = 0xCF91F6B0L;
        for (g_15 = (-12); (g_15 >= (-11)); ++g_15)
        { 
            int32_t *l_71 = (void*)0;
            int32_t *l_72[4];
            int8_t l_79[1][1];
            int i, j;
            for (i = 0; i < 4; i++)
                l_72[i] = &g_73[0];
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_79[i][j] = 0x50L;
            }
            ++l_81;
        }
        if ((l_81 < ((((safe_add_func_int32_t_s_s(((safe_div_func_uint8_t_u_u((((safe_mod_func_uint32_t_u_u((g_58 = ((g_73[0] >= (--(*l_91))) || ((((((*l_95) = l_94) == &g_14) , (p_38 <= p_39)) , 18446744073709551615UL) == g_74))), (-1L))) | l_96) & 0x4FL), p_39)) & p_38), l_97)) > g_13) || 9UL) & p_38)))
        { 
            int32_t *l_98 = &g_15;
            int32_t *l_99 = &l_76[0];
            int32_t *l_100 = &g_15;
            int32_t *l_101[4] = {&l_97,&l_97,&l_97,&l_97};
            int i;
            l_104++;
            for (l_104 = (-12); (l_104 >= 39); l_104 = safe_add_func_int16_t_s_s(l_104, 2))
            { 
                uint32_t l_109 = 0xAD8A3620L;
                if (p_38)
                    break;
                if (l_109)
                    continue;
            }
        }
        else
        { 
            uint8_t l_121 = 255UL;
            l_121 = (safe_mod_func_int32_t_s_s(((*l_68) = (g_13 & ((safe_add_func_uint32_t_u_u(p_38, (g_74 > (((safe_lshift_func_int8_t_s_s((safe_div_func_uint32_t_u_u(((((&g_58 != l_68) ^ l_104) > 0x4E9FC46A622BFDE9LL) && 0xF79FL), 1L)), l_120)) | p_38) >= 0UL)))) > p_39))), g_73[0]));
        }
    }
    else
    { 
        int32_t *l_122 = &l_103[3][3];
        int32_t *l_123 = &g_73[0];
        int32_t *l_124 = &g_15;
        int32_t *l_125 = &l_78;
        int32_t *l_126 = (void*)0;
        int32_t *l_127[4][4];
        uint32_t l_128 = 3UL;
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 4; j++)
                l_127[i][j] = &g_73[0];
        }
        l_128++;
        (*p_40) = &g_73[0];
    }
    l_102 &= ((*l_68) = (((*l_133) = (g_73[2] , l_131)) == &g_132[1]));
    return (*p_40);
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_10, "g_10", print_hash_value);
    transparent_crc(g_13, "g_13", print_hash_value);
    transparent_crc(g_15, "g_15", print_hash_value);
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc(g_58, "g_58", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_73[i], "g_73[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_74, "g_74", print_hash_value);
    transparent_crc(g_77, "g_77", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_132[i], "g_132[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_192, "g_192", print_hash_value);
    transparent_crc(g_213, "g_213", print_hash_value);
    transparent_crc(g_227, "g_227", print_hash_value);
    transparent_crc(g_268, "g_268", print_hash_value);
    transparent_crc(g_350, "g_350", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
