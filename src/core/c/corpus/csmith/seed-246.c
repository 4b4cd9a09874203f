#include "csmith.h"
static long __undefined;
static int32_t g_4 = (-10L);
static const int8_t  func_1(void);
static const int8_t  func_1(void)
{ 
    int32_t *l_3 = &g_4;
    int32_t **l_2 = &l_3;
    (*l_2) = (void*)0;
    return g_4;
}
int main (void)
{
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
