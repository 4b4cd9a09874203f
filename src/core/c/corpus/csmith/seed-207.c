#include "csmith.h"
static long __undefined;
static int64_t g_6[3][4] = {{(-8L),1L,(-8L),(-8L)},{1L,1L,0L,1L},{1L,(-8L),(-8L),1L}};
static int32_t g_26 = (-1L);
static int32_t g_34 = 0x6B7D869EL;
static int32_t g_57[1][2] = {{0xCFD7DC89L,0xCFD7DC89L}};
static int16_t g_59 = 0x7630L;
static int32_t *g_89 = &g_26;
static int32_t **g_88 = &g_89;
static uint16_t g_106 = 0UL;
static int64_t g_130 = 0L;
static int8_t g_165 = 0x73L;
static int8_t *g_170[3][1] = {{(void*)0},{(void*)0},{(void*)0}};
static int8_t **g_169 = &g_170[2][0];
static uint16_t *g_205 = &g_106;
static uint16_t *g_206 = &g_106;
static uint32_t g_228 = 0x156C71AAL;
static uint16_t g_255 = 65535UL;
static int8_t g_291 = 0x3DL;
static int8_t g_298 = 0x43L;
static uint64_t g_308 = 0x24B8BE36E89E0B1ALL;
static uint8_t g_324 = 0x26L;
static int32_t g_393[1] = {(-8L)};
static int8_t g_395 = (-1L);
static uint32_t g_397 = 2UL;
static int16_t g_400[3][2] = {{0L,0L},{0L,0L},{0L,0L}};
static uint8_t ** const g_445[3] = {(void*)0,(void*)0,(void*)0};
static int8_t g_448[4] = {(-1L),(-1L),(-1L),(-1L)};
static uint32_t  func_1(void);
static uint16_t  func_7(int32_t  p_8, int32_t  p_9, const int32_t  p_10, uint16_t  p_11);
static int64_t  func_15(int8_t  p_16);
static uint32_t  func_1(void)
{ 
    const uint8_t l_12 = 248UL;
    uint16_t *l_472 = (void*)0;
    uint16_t *l_473 = &g_255;
    int32_t l_474 = 0L;
    int32_t *l_475 = &g_26;
    (*l_475) = ((safe_sub_func_int16_t_s_s(((((((safe_add_func_uint16_t_u_u(((((l_474 = ((g_6[1][1] > (g_6[2][0] >= ((g_6[2][0] >= (((*l_473) ^= func_7(g_6[2][2], g_6[1][1], l_12, l_12)) || (*g_206))) & 1UL))) > 0x79L)) , 0xCCL) , l_474) && l_12), (*g_206))) , l_474) || l_12) & g_57[0][1]) > g_59) < g_400[2][0]), l_12)) ^ 1UL);
    return g_308;
}
static uint16_t  func_7(int32_t  p_8, int32_t  p_9, const int32_t  p_10, uint16_t  p_11)
{ 
    uint16_t l_21 = 1UL;
    int64_t *l_309 = (void*)0;
    int64_t *l_310 = (void*)0;
    int64_t *l_311 = (void*)0;
    int64_t *l_312 = &g_130;
    int64_t *l_313[3];
    int16_t l_314[3][2] = {{1L,1L},{0x4599L,1L},{1L,0x4599L}};
    int16_t l_320 = 1L;
    int32_t l_326 = 1L;
    uint32_t l_328 = 0x5D925F0FL;
    int32_t * const l_338 = (void*)0;
    int16_t l_382 = 1L;
    int32_t l_394 = 0L;
    int32_t l_396 = 0x0C0132F4L;
    uint32_t l_429 = 0x47413567L;
    int32_t **l_430 = &g_89;
    uint8_t *l_439 = &g_324;
    uint8_t *l_442 = (void*)0;
    int i, j;
    for (i = 0; i < 3; i++)
        l_313[i] = (void*)0;
    if ((((l_314[0][1] &= ((*l_312) = (safe_sub_func_int64_t_s_s(func_15(((((g_6[1][1] != (safe_sub_func_uint8_t_u_u((safe_rshift_func_int16_t_s_u(l_21, 0)), (safe_mul_func_uint8_t_u_u((((0xEB2D3650DFA01480LL & l_21) >= ((safe_unary_minus_func_int8_t_s((p_11 & l_21))) , p_11)) != p_10), p_11))))) == l_21) , g_6[0][2]) ^ g_6[1][1])), g_59)))) & 0x53B96118A363AFEALL) ^ (-1L)))
    { 
        int32_t *l_315 = &g_26;
        (*g_88) = l_315;
    }
    else
    { 
        uint16_t *l_321[4] = {&g_255,&g_255,&g_255,&g_255};
        uint16_t **l_322 = &l_321[0];
        uint8_t *l_323 = &g_324;
        int32_t l_325[2];
        int32_t *l_327 = (void*)0;
        uint32_t l_401 = 0x612BCC69L;
        int8_t *l_413 = &g_291;
        int64_t *l_416 = &g_130;
        int64_t l_417 = (-6L);
        int i;
        for (i = 0; i < 2; i++)
            l_325[i] = 4L;
        l_326 = ((*g_89) = (&g_106 != (((((((safe_sub_func_uint16_t_u_u(l_320, (*g_206))) >= ((*l_323) = (((*l_322) = l_321[0]) == &g_106))) == p_11) | 1UL) > l_325[1]) || p_10) , &p_11)));
    }
    return (**l_430);
}
static int64_t  func_15(int8_t  p_16)
{ 
    uint64_t l_25[1][4] = {{0x74417F95E19F8C51LL,0x74417F95E19F8C51LL,0x74417F95E19F8C51LL,0x74417F95E19F8C51LL}};
    int32_t *l_36 = &g_34;
    int32_t l_62 = 9L;
    uint64_t l_74 = 0xA2EA94A57C395B56LL;
    int16_t *l_85 = &g_59;
    uint8_t l_134 = 0x4FL;
    uint16_t l_187[2];
    const uint32_t l_192 = 5UL;
    int32_t *l_193 = &g_26;
    int8_t *l_197 = &g_165;
    int16_t *l_200 = &g_59;
    uint16_t *l_204 = (void*)0;
    uint16_t **l_203[1][2];
    uint64_t l_207 = 0xA8C9CD3F73289265LL;
    int32_t l_254 = 0x641282EEL;
    int i, j;
    for (i = 0; i < 2; i++)
        l_187[i] = 1UL;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_203[i][j] = &l_204;
    }
    for (p_16 = 0; p_16 < 1; p_16 += 1)
    {
        for (g_26 = 0; g_26 < 4; g_26 += 1)
        {
            l_25[p_16][g_26] = 7UL;
        }
    }
    return g_34;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_6[i][j], "g_6[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_26, "g_26", print_hash_value);
    transparent_crc(g_34, "g_34", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_57[i][j], "g_57[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_59, "g_59", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    transparent_crc(g_130, "g_130", print_hash_value);
    transparent_crc(g_165, "g_165", print_hash_value);
    transparent_crc(g_228, "g_228", print_hash_value);
    transparent_crc(g_255, "g_255", print_hash_value);
    transparent_crc(g_291, "g_291", print_hash_value);
    transparent_crc(g_298, "g_298", print_hash_value);
    transparent_crc(g_308, "g_308", print_hash_value);
    transparent_crc(g_324, "g_324", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_393[i], "g_393[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_395, "g_395", print_hash_value);
    transparent_crc(g_397, "g_397", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_400[i][j], "g_400[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_448[i], "g_448[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
