#include "csmith.h"
static long __undefined;
static uint64_t  func_1(void);
static uint64_t  func_1(void)
{ 
    int32_t l_2[4][2] = {{0x713B9102L,0x713B9102L},{0x713B9102L,0x713B9102L},{0x713B9102L,0x713B9102L},{0x713B9102L,0x713B9102L}};
    int i, j;
    return l_2[2][1];
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
