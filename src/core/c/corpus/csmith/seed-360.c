#include "csmith.h"
static long __undefined;
static int32_t g_2 = 9L;
static int8_t  func_1(void);
static int8_t  func_1(void)
{ 
    return g_2;
}
int main (void)
{
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
