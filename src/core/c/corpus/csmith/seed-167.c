#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0x831713B9L;
static int32_t g_8[2][1] = {{5L},{5L}};
static int64_t  func_1(void);
static int64_t  func_1(void)
{ 
    uint32_t l_13 = 0x4678DC2AL;
    for (g_2 = 0; (g_2 < (-2)); g_2 = safe_sub_func_int8_t_s_s(g_2, 5))
    { 
        int32_t *l_5 = (void*)0;
        int32_t *l_6 = (void*)0;
        int32_t *l_7 = &g_8[0][0];
        int32_t *l_9 = (void*)0;
        int32_t *l_10 = &g_8[1][0];
        int32_t l_11 = (-7L);
        int32_t *l_12[2];
        int i;
        for (i = 0; i < 2; i++)
            l_12[i] = &g_8[0][0];
        l_13--;
    }
    return g_8[0][0];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_8[i][j], "g_8[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
