#include "csmith.h"
static long __undefined;
static int32_t g_3 = 0xB9102071L;
static uint16_t  func_1(void);
static uint16_t  func_1(void)
{ 
    int32_t *l_2[2];
    uint8_t l_4 = 0x38L;
    int i;
    for (i = 0; i < 2; i++)
        l_2[i] = &g_3;
    --l_4;
    return g_3;
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
