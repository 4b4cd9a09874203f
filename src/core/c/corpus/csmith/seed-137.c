#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0x5C68EC0AL;
static uint32_t  func_1(void);
static uint32_t  func_1(void)
{ 
    uint32_t l_5 = 0UL;
    int8_t l_6 = 1L;
    int32_t *l_8[2];
    int32_t **l_7 = &l_8[0];
    uint32_t l_9[1];
    int i;
    for (i = 0; i < 2; i++)
        l_8[i] = (void*)0;
    for (i = 0; i < 1; i++)
        l_9[i] = 0x28F6C74AL;
    for (g_2 = 0; (g_2 <= 15); g_2 = safe_add_func_uint16_t_u_u(g_2, 1))
    { 
        return l_5;
    }
    (*l_7) = (l_6 , &g_2);
    return l_9[0];
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
