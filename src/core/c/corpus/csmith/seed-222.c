#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0xDB3AE355L;
static int16_t  func_1(void);
static int16_t  func_1(void)
{ 
    uint32_t l_5 = 1UL;
    for (g_2 = 26; (g_2 > 9); g_2 = safe_sub_func_uint32_t_u_u(g_2, 8))
    { 
        return g_2;
    }
    return l_5;
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
