#include "csmith.h"
static long __undefined;
static int32_t g_3[2] = {0x2EB90DA1L,0x2EB90DA1L};
static uint64_t  func_1(void);
static uint64_t  func_1(void)
{ 
    int32_t *l_2 = &g_3[1];
    int32_t *l_4[3];
    int8_t l_5 = 1L;
    int32_t l_6 = 0L;
    int16_t l_7 = 0xB37DL;
    int16_t l_8[3];
    uint64_t l_9 = 0x04E0BBE0E206F6ECLL;
    int32_t l_12 = (-7L);
    int8_t l_13 = 8L;
    uint16_t l_14 = 0x0F57L;
    int i;
    for (i = 0; i < 3; i++)
        l_4[i] = &g_3[1];
    for (i = 0; i < 3; i++)
        l_8[i] = 0x95DFL;
    l_9++;
    l_14--;
    return g_3[1];
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_3[i], "g_3[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
