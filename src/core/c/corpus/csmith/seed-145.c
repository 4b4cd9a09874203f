#include "csmith.h"
static long __undefined;
static int32_t g_4 = 7L;
static int32_t *g_5 = &g_4;
static uint64_t g_11 = 0UL;
static uint16_t g_13 = 0UL;
static int8_t g_14[1] = {0L};
static uint8_t g_15 = 0xB5L;
static int32_t  func_1(void);
static int32_t  func_1(void)
{ 
    int32_t *l_3 = &g_4;
    int32_t **l_2[2];
    uint64_t *l_10[1][3];
    uint16_t *l_12 = &g_13;
    int i, j;
    for (i = 0; i < 2; i++)
        l_2[i] = &l_3;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_10[i][j] = &g_11;
    }
    g_5 = (void*)0;
    (*l_3) = (((*l_12) = (0x438BEA1220985A95LL & (safe_add_func_int8_t_s_s(((((safe_sub_func_int64_t_s_s((-3L), 0L)) ^ (g_11 &= g_4)) ^ (g_4 > 1L)) | (*l_3)), g_4)))) > g_4);
    --g_15;
    return (*l_3);
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_13, "g_13", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_14[i], "g_14[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_15, "g_15", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
