#include "csmith.h"
static long __undefined;
static int32_t *g_2 = (void*)0;
static uint16_t g_3 = 1UL;
static uint32_t  func_1(void);
static uint32_t  func_1(void)
{ 
    g_2 = g_2;
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
