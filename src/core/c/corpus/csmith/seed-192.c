#include "csmith.h"
static long __undefined;
static int32_t g_3 = 0L;
static int32_t g_9 = (-7L);
static uint8_t g_11 = 0x9EL;
static int32_t *g_28 = &g_3;
static int32_t *g_31 = &g_3;
static int8_t g_41[1] = {0xD2L};
static uint32_t g_42[4] = {4294967286UL,4294967286UL,4294967286UL,4294967286UL};
static int16_t g_51[2] = {0xFBC0L,0xFBC0L};
static uint8_t g_73 = 255UL;
static uint16_t g_84 = 0xB14AL;
static int16_t g_86 = 3L;
static uint32_t g_87 = 0xB9CEB518L;
static uint64_t g_99 = 0x9F9B9B769E501E45LL;
static int32_t g_108 = 0x119B852DL;
static int16_t *g_122 = (void*)0;
static int16_t **g_121 = &g_122;
static int16_t g_129 = (-1L);
static int64_t g_130 = 0xBB848F33B6043366LL;
static uint16_t g_132 = 1UL;
static uint8_t *g_149 = (void*)0;
static int8_t *g_212 = (void*)0;
static int8_t **g_211 = &g_212;
static int32_t *g_231[1][3] = {{(void*)0,(void*)0,(void*)0}};
static uint64_t g_255 = 0xE53FBDC80103624ALL;
static const uint16_t *g_358 = &g_132;
static const uint16_t **g_357 = &g_358;
static int64_t g_377 = 0x4894D46530D64130LL;
static int64_t g_378 = 0x5F0AE923902DA117LL;
static uint16_t g_379 = 0x9D01L;
static int64_t  func_1(void);
static int32_t * const  func_18(int32_t * const  p_19, int16_t  p_20, int32_t * p_21, int32_t * p_22, int32_t * p_23);
static uint32_t  func_24(int32_t * p_25, uint32_t  p_26);
static int64_t  func_1(void)
{ 
    int32_t *l_2 = &g_3;
    int32_t *l_4 = &g_3;
    int32_t *l_5 = &g_3;
    int32_t *l_6 = &g_3;
    int32_t *l_7 = &g_3;
    int32_t *l_8[3];
    int64_t l_10 = (-2L);
    int16_t l_390 = 0xF989L;
    uint16_t l_391 = 1UL;
    int i;
    for (i = 0; i < 3; i++)
        l_8[i] = &g_3;
    --g_11;
    for (g_9 = (-20); (g_9 == 15); g_9 = safe_add_func_int64_t_s_s(g_9, 6))
    { 
        int8_t l_230 = 2L;
        int32_t *l_369 = &g_3;
        int64_t l_400 = 1L;
        int32_t l_402 = 0x4DA1E64BL;
        int32_t **l_404 = &l_369;
        for (l_10 = 0; (l_10 < 13); l_10++)
        { 
            int32_t **l_27[4][2];
            int32_t **l_365 = (void*)0;
            int32_t **l_366[2][2] = {{&l_5,&l_5},{&l_5,&l_5}};
            int32_t **l_367[4];
            int32_t **l_368[4][2] = {{(void*)0,&g_28},{(void*)0,(void*)0},{&g_28,(void*)0},{(void*)0,&g_28}};
            int32_t l_396[4][1] = {{0xAAC3ADBAL},{1L},{0xAAC3ADBAL},{1L}};
            uint32_t l_401 = 0xA29DE70FL;
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 2; j++)
                    l_27[i][j] = &l_8[1];
            }
            for (i = 0; i < 4; i++)
                l_367[i] = &l_8[0];
        }
        l_402 ^= ((*l_369) >= (*l_369));
        (*l_6) &= (safe_unary_minus_func_uint64_t_u(g_99));
        (*l_404) = &g_3;
    }
    return g_130;
}
static int32_t * const  func_18(int32_t * const  p_19, int16_t  p_20, int32_t * p_21, int32_t * p_22, int32_t * p_23)
{ 
    uint16_t l_249 = 9UL;
    int32_t l_251 = 0x61D1CEF0L;
    int32_t * const l_292 = &l_251;
    int32_t *l_302[3];
    uint32_t l_313[4][1] = {{0x61190960L},{1UL},{0x61190960L},{1UL}};
    int i, j;
    for (i = 0; i < 3; i++)
        l_302[i] = &l_251;
    for (g_108 = 0; (g_108 <= 3); g_108 += 1)
    { 
        int32_t *l_262 = &g_3;
        int16_t **l_264 = &g_122;
        int8_t ***l_289[2];
        int i;
        for (i = 0; i < 2; i++)
            l_289[i] = &g_211;
    }
    for (p_20 = 3; (p_20 <= 6); p_20 = safe_add_func_int8_t_s_s(p_20, 1))
    { 
        uint64_t l_298 = 0xCB9E1FED7957FE21LL;
        uint32_t *l_301 = &g_42[0];
        g_231[0][0] = ((((((*l_301) = ((*l_292) = (safe_mul_func_int16_t_s_s(0x0C55L, ((l_298 <= ((*l_292) == (((safe_rshift_func_uint8_t_u_s(p_20, 4)) , g_73) || 0x74C872E6L))) == (*l_292)))))) || l_298) && 0x81DAL) | p_20) , &l_251);
    }
    if (((*g_31) = ((p_20 == g_108) < (*l_292))))
    { 
        int32_t **l_303 = &g_231[0][0];
        uint32_t *l_312 = &g_42[0];
        int16_t *l_314 = &g_129;
        int32_t l_318 = 1L;
        const uint16_t ***l_359[2];
        int i;
        for (i = 0; i < 2; i++)
            l_359[i] = &g_357;
        (*l_303) = l_302[2];
        if ((safe_div_func_int32_t_s_s(((safe_mod_func_uint8_t_u_u(((&p_20 != ((*g_121) = (*g_121))) && (((*l_314) |= (safe_mul_func_uint16_t_u_u((safe_add_func_int64_t_s_s(0x6519DB94EEF04CFCLL, ((((*l_312) = ((0x230BL < (p_20 && g_108)) == p_20)) ^ l_313[3][0]) ^ 0L))), 9UL))) > 0x0CBCL)), g_51[0])) <= p_20), 0x91C458B7L)))
        { 
            uint16_t l_315 = 65532UL;
            (*l_292) ^= l_315;
        }
        else
        { 
            uint16_t l_316[4] = {0UL,0UL,0UL,0UL};
            int32_t l_317 = 0x12AE39DFL;
            int32_t l_319 = 0xF71F425CL;
            int32_t l_320 = (-1L);
            int64_t l_354 = (-6L);
            int i;
            if (l_316[0])
            { 
                uint64_t l_321 = 0x434B96E32C8324DFLL;
                uint8_t *l_332[2];
                int32_t l_335[4];
                int32_t *l_340[4][4];
                uint64_t *l_341 = &g_255;
                int32_t l_342[3][2] = {{(-4L),(-4L)},{(-4L),(-4L)},{(-4L),(-4L)}};
                int i, j;
                for (i = 0; i < 2; i++)
                    l_332[i] = (void*)0;
                for (i = 0; i < 4; i++)
                    l_335[i] = 0xB8AD097FL;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_340[i][j] = (void*)0;
                }
                ++l_321;
                (*g_31) &= 0xA0AEBC03L;
                l_342[1][1] = ((safe_lshift_func_int16_t_s_s((safe_rshift_func_int16_t_s_u((((*l_341) &= ((safe_mul_func_uint8_t_u_u(((safe_lshift_func_uint8_t_u_u(((l_321 > (p_20 , (l_335[3] = (g_11++)))) && p_20), 5)) , (safe_lshift_func_int8_t_s_s((safe_div_func_int64_t_s_s(((((l_318 = p_20) , (*g_31)) > (-7L)) , g_86), p_20)), 5))), l_321)) && g_3)) || 0x34D63B712D7D5E94LL), g_41[0])), g_86)) == l_321);
                (*l_303) = (void*)0;
            }
            else
            { 
                uint16_t *l_355 = &g_132;
                int32_t l_356 = 0x02B97F08L;
                (*g_31) = (0xDCC5L < ((safe_unary_minus_func_uint8_t_u((safe_mul_func_int8_t_s_s((g_41[0] | ((safe_mul_func_uint16_t_u_u((((safe_mod_func_int32_t_s_s(((l_317 == l_317) < ((safe_lshift_func_uint8_t_u_u((((*l_355) = (l_354 = (safe_lshift_func_int8_t_s_s(((0xE71AB90AL >= (*g_31)) , p_20), 7)))) ^ l_318), 4)) , 6UL)), l_356)) | p_20) , 6UL), 1UL)) , (*l_292))), p_20)))) != 0x16317C22L));
            }
            (*g_31) = (-1L);
            (*l_292) |= (*g_31);
            (*l_303) = p_22;
        }
        g_357 = g_357;
    }
    else
    { 
        uint64_t l_360 = 0x5829D655A31A032CLL;
        --l_360;
    }
    for (g_130 = (-24); (g_130 >= 29); g_130 = safe_add_func_uint32_t_u_u(g_130, 1))
    { 
        (*l_292) ^= p_20;
    }
    return &g_3;
}
static uint32_t  func_24(int32_t * p_25, uint32_t  p_26)
{ 
    int64_t l_32[1];
    int32_t l_33[4] = {6L,6L,6L,6L};
    int32_t *l_34 = &l_33[1];
    int32_t *l_35 = &l_33[1];
    int32_t *l_36 = (void*)0;
    int32_t *l_37 = &l_33[1];
    int32_t *l_38 = &l_33[1];
    int32_t *l_39 = &l_33[2];
    int32_t *l_40[1];
    int16_t *l_61 = &g_51[1];
    const int32_t l_85[2] = {1L,1L};
    uint8_t *l_148 = &g_73;
    const uint16_t * const l_160 = &g_84;
    uint16_t l_164[2][1];
    int8_t *l_177 = &g_41[0];
    uint16_t l_178 = 65533UL;
    uint32_t l_229 = 0x3EC6DFB0L;
    int i, j;
    for (i = 0; i < 1; i++)
        l_32[i] = 0x13BF58AAE07EA4C5LL;
    for (i = 0; i < 1; i++)
        l_40[i] = &l_33[2];
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_164[i][j] = 0xF782L;
    }
    ++g_42[0];
lbl_91:
    for (g_11 = 0; (g_11 != 24); g_11++)
    { 
        int32_t *l_54 = &g_3;
        const int16_t *l_63 = &g_51[0];
        int8_t l_69 = (-1L);
    }
    for (p_26 = 0; (p_26 <= 3); p_26 += 1)
    { 
        int16_t *l_106 = &g_51[0];
        uint64_t l_107[4][3];
        uint8_t *l_120 = (void*)0;
        int32_t l_125 = 0xDA34CB06L;
        int32_t l_128 = (-1L);
        int32_t l_131[2][3];
        uint64_t l_161[3][1];
        int8_t *l_189 = &g_41[0];
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 3; j++)
                l_107[i][j] = 0UL;
        }
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 3; j++)
                l_131[i][j] = 1L;
        }
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_161[i][j] = 1UL;
        }
        for (g_11 = 0; (g_11 <= 3); g_11 += 1)
        { 
            int32_t **l_90 = &l_40[0];
            int i;
            --g_87;
            (*g_31) |= ((g_42[g_11] >= l_33[g_11]) > g_87);
            (*l_90) = &l_33[g_11];
            if (g_3)
                goto lbl_91;
        }
    }
    return l_229;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_11, "g_11", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_41[i], "g_41[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_42[i], "g_42[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_51[i], "g_51[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_73, "g_73", print_hash_value);
    transparent_crc(g_84, "g_84", print_hash_value);
    transparent_crc(g_86, "g_86", print_hash_value);
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_99, "g_99", print_hash_value);
    transparent_crc(g_108, "g_108", print_hash_value);
    transparent_crc(g_129, "g_129", print_hash_value);
    transparent_crc(g_130, "g_130", print_hash_value);
    transparent_crc(g_132, "g_132", print_hash_value);
    transparent_crc(g_255, "g_255", print_hash_value);
    transparent_crc(g_377, "g_377", print_hash_value);
    transparent_crc(g_378, "g_378", print_hash_value);
    transparent_crc(g_379, "g_379", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
