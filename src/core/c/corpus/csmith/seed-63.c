#include "csmith.h"
static long __undefined;
static int32_t g_3[2][1] = {{0x75DCEC3DL},{0x75DCEC3DL}};
static uint16_t  func_1(void);
static uint16_t  func_1(void)
{ 
    int32_t *l_2 = &g_3[0][0];
    int32_t l_4 = 0xCC90A35FL;
    int32_t *l_5 = &g_3[1][0];
    int32_t *l_6 = &g_3[0][0];
    int32_t *l_7 = &l_4;
    int32_t *l_8 = &g_3[0][0];
    int32_t *l_9 = &g_3[1][0];
    int32_t *l_10 = &l_4;
    int32_t *l_11 = &g_3[0][0];
    int32_t *l_12 = &g_3[0][0];
    int32_t *l_13 = (void*)0;
    int32_t *l_14 = (void*)0;
    int32_t *l_15 = &g_3[1][0];
    int32_t *l_16 = &g_3[0][0];
    int32_t l_17 = 0x7BFF44CAL;
    int32_t *l_18 = (void*)0;
    int32_t *l_19 = &g_3[0][0];
    int32_t *l_20[1];
    int32_t l_21 = 1L;
    int32_t l_22 = 0xE7550730L;
    uint32_t l_23 = 0xD4BCA925L;
    int i;
    for (i = 0; i < 1; i++)
        l_20[i] = &l_4;
    l_23++;
    return g_3[0][0];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_3[i][j], "g_3[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
