#include "csmith.h"
static long __undefined;
static int32_t g_3 = 0x6960F57AL;
static int64_t  func_1(void);
static int64_t  func_1(void)
{ 
    int8_t l_2[4][2];
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
            l_2[i][j] = 0x86L;
    }
    for (g_3 = 0; (g_3 <= 1); g_3 += 1)
    { 
        uint64_t l_4[1][1];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_4[i][j] = 18446744073709551615UL;
        }
        if (l_4[0][0])
            break;
        return l_2[2][0];
    }
    return l_2[3][1];
}
int main (void)
{
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
