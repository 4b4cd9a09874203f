#include "csmith.h"
static long __undefined;
static int32_t g_3 = 0x9ED9BA07L;
static int16_t g_5 = (-7L);
static uint64_t g_11 = 0x646B8D9637855514LL;
static uint8_t  func_1(void);
static uint8_t  func_1(void)
{ 
    int32_t *l_2 = &g_3;
    int32_t *l_4 = (void*)0;
    int32_t *l_6 = (void*)0;
    int32_t *l_7 = &g_3;
    int32_t *l_8 = &g_3;
    int32_t *l_9 = &g_3;
    int32_t *l_10[1];
    int i;
    for (i = 0; i < 1; i++)
        l_10[i] = &g_3;
    g_11++;
    return g_3;
}
int main (void)
{
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_11, "g_11", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
