#include "csmith.h"
static long __undefined;
static int32_t g_6 = 0x288A137BL;
static int32_t *g_7 = &g_6;
static int64_t  func_1(void);
static int64_t  func_1(void)
{ 
    const int32_t **l_2 = (void*)0;
    const int32_t **l_3 = (void*)0;
    int32_t *l_5 = &g_6;
    int32_t **l_4[1];
    int i;
    for (i = 0; i < 1; i++)
        l_4[i] = &l_5;
    g_7 = (void*)0;
    (*l_5) = (&l_5 == &l_5);
    return g_6;
}
int main (void)
{
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_6, "g_6", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
