#include "csmith.h"
static long __undefined;
static int16_t g_2 = 0xDCECL;
static int16_t g_3[1][2] = {{0L,0L}};
static int32_t g_5[4] = {3L,3L,3L,3L};
static int16_t  func_1(void);
static int16_t  func_1(void)
{ 
    int32_t *l_4 = &g_5[2];
    (*l_4) = (g_3[0][1] = g_2);
    return g_5[0];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_3[i][j], "g_3[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_5[i], "g_5[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
