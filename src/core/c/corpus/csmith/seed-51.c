#include "csmith.h"
static long __undefined;
static int32_t g_4 = 7L;
static int64_t  func_1(void);
static int64_t  func_1(void)
{ 
    int64_t l_3 = 6L;
    int32_t *l_5 = &g_4;
    (*l_5) = ((safe_unary_minus_func_uint16_t_u(((l_3 < g_4) , 1UL))) == 18446744073709551611UL);
    return (*l_5);
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
