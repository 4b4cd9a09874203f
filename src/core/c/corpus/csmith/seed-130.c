#include "csmith.h"
static long __undefined;
static uint8_t  func_1(void);
static uint8_t  func_1(void)
{ 
    uint64_t l_2 = 0xC85F70AD6F2EE76FLL;
    return l_2;
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
