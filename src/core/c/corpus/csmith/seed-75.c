#include "csmith.h"
static long __undefined;
static const int32_t g_3 = 0x532FE223L;
static const int32_t g_8 = 0x00252604L;
static const int32_t *g_7 = &g_8;
static int32_t g_10 = 1L;
static const uint16_t  func_1(void);
static const uint16_t  func_1(void)
{ 
    const int32_t *l_2 = &g_3;
    const int32_t **l_4 = &l_2;
    const int32_t *l_6 = &g_3;
    const int32_t **l_5 = &l_6;
    int32_t *l_9 = &g_10;
    g_7 = ((*l_5) = ((*l_4) = l_2));
    (*l_4) = l_9;
    return g_8;
}
int main (void)
{
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_10, "g_10", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
