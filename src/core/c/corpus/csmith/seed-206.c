#include "csmith.h"
static long __undefined;
static uint16_t  func_1(void);
static uint16_t  func_1(void)
{ 
    uint32_t l_2[1][1];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_2[i][j] = 18446744073709551615UL;
    }
    l_2[0][0] = 0L;
    return l_2[0][0];
}
int main (void)
{
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
