#include "csmith.h"
static long __undefined;
static int32_t g_3 = 0L;
static uint8_t g_8 = 1UL;
static int16_t  func_1(void);
static int16_t  func_1(void)
{ 
    int32_t *l_2 = &g_3;
    int32_t *l_4 = &g_3;
    int32_t l_5[1];
    int32_t *l_6 = &g_3;
    int32_t *l_7[4][2] = {{&l_5[0],&l_5[0]},{&l_5[0],&l_5[0]},{&l_5[0],&l_5[0]},{&l_5[0],&l_5[0]}};
    int i, j;
    for (i = 0; i < 1; i++)
        l_5[i] = 0x094A1888L;
    --g_8;
    return g_8;
}
int main (void)
{
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_8, "g_8", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
