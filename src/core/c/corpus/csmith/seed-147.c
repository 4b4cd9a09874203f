#include "csmith.h"
static long __undefined;
static int32_t g_3 = 0x9FF60657L;
static int32_t g_11 = 0x8F1E0C86L;
static int16_t g_12 = 7L;
static int8_t g_14 = (-10L);
static int16_t g_15 = 0x2714L;
static int32_t  func_1(void);
static int32_t  func_1(void)
{ 
    int32_t *l_2 = &g_3;
    int32_t *l_4 = &g_3;
    int32_t *l_5 = (void*)0;
    int32_t *l_6 = &g_3;
    int32_t *l_7 = (void*)0;
    int32_t *l_8 = &g_3;
    int32_t *l_9 = &g_3;
    int32_t *l_10[4][3] = {{&g_3,&g_3,&g_3},{&g_3,&g_3,&g_3},{&g_3,&g_3,&g_3},{&g_3,&g_3,&g_3}};
    int16_t l_13 = 1L;
    uint64_t l_16 = 18446744073709551610UL;
    int i, j;
    ++l_16;
    return g_12;
}
int main (void)
{
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_12, "g_12", print_hash_value);
    transparent_crc(g_14, "g_14", print_hash_value);
    transparent_crc(g_15, "g_15", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
