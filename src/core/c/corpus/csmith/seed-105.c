#include "csmith.h"
static long __undefined;
static uint8_t  func_1(void);
static uint8_t  func_1(void)
{ 
    uint16_t l_2[4][2];
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
            l_2[i][j] = 0xC0AEL;
    }
    --l_2[2][0];
    return l_2[1][1];
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
