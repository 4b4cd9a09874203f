#include "csmith.h"
static long __undefined;
static int32_t g_3[2][1] = {{7L},{7L}};
static uint32_t g_10 = 0x1054D814L;
static uint64_t g_11 = 8UL;
static int32_t  func_1(void);
static int32_t  func_1(void)
{ 
    int32_t *l_2 = &g_3[0][0];
    int32_t l_4 = 0L;
    int32_t *l_5[2];
    uint16_t l_6 = 65535UL;
    int i;
    for (i = 0; i < 2; i++)
        l_5[i] = (void*)0;
    l_6--;
    for (l_4 = 0; (l_4 <= 1); l_4 += 1)
    { 
        uint32_t l_9 = 18446744073709551615UL;
        if (l_9)
            break;
        return g_10;
    }
    return g_11;
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
    transparent_crc(g_10, "g_10", print_hash_value);
    transparent_crc(g_11, "g_11", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
