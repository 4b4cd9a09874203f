#include "csmith.h"
static long __undefined;
static uint32_t  func_1(void);
static uint32_t  func_1(void)
{ 
    uint16_t l_2 = 1UL;
    int32_t l_3 = 0L;
    l_2 = 0x3AE35568L;
    return l_3;
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
