#include "csmith.h"
static long __undefined;
static int32_t g_3 = 0x606DE713L;
static uint8_t  func_1(void);
static uint8_t  func_1(void)
{ 
    uint8_t l_2[2][3] = {{0x4CL,0xE3L,0x4CL},{0x4CL,0xE3L,0x4CL}};
    int i, j;
    for (g_3 = 1; (g_3 >= 0); g_3 -= 1)
    { 
        return g_3;
    }
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
