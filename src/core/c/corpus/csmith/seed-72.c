#include "csmith.h"
static long __undefined;
static int32_t g_3 = (-1L);
static int8_t g_18 = 0x2DL;
static int32_t *g_24 = (void*)0;
static int32_t  func_1(void);
static int32_t * func_4(int32_t  p_5, int64_t  p_6, int32_t * p_7, int32_t * const  p_8, int32_t  p_9);
static int32_t * func_11(uint32_t  p_12);
static int32_t  func_1(void)
{ 
    int32_t l_2[2][2] = {{0xF0EA75C9L,0xF0EA75C9L},{0xF0EA75C9L,0xF0EA75C9L}};
    int32_t *l_10 = &g_3;
    int32_t **l_28 = &g_24;
    int i, j;
    for (g_3 = 0; (g_3 <= 1); g_3 += 1)
    { 
        return l_2[0][0];
    }
    (*l_28) = func_4((1L != l_2[0][0]), l_2[0][0], l_10, func_11(g_3), g_3);
    return g_3;
}
static int32_t * func_4(int32_t  p_5, int64_t  p_6, int32_t * p_7, int32_t * const  p_8, int32_t  p_9)
{ 
    int32_t *l_21[4];
    int32_t **l_20 = &l_21[3];
    int32_t *l_23 = &g_3;
    int32_t **l_22[1];
    uint32_t *l_26 = (void*)0;
    int16_t l_27[4][1] = {{0x3EEDL},{(-1L)},{0x3EEDL},{(-1L)}};
    int i, j;
    for (i = 0; i < 4; i++)
        l_21[i] = (void*)0;
    for (i = 0; i < 1; i++)
        l_22[i] = &l_23;
    (*l_20) = func_11(((((((((*l_20) = (void*)0) != (g_24 = &g_3)) != (+p_5)) && (((*l_23) = p_6) <= ((g_18 < g_18) ^ 65527UL))) , l_27[3][0]) || p_6) , p_6));
    return &g_3;
}
static int32_t * func_11(uint32_t  p_12)
{ 
    int32_t * const l_13 = (void*)0;
    int32_t *l_19 = &g_3;
    g_18 ^= ((l_13 != l_13) | (g_3 != (((safe_mod_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((p_12 != 0x71L), g_3)), g_3)) & 0xD24B5E495761BE36LL) , g_3)));
    return l_19;
}
int main (void)
{
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
