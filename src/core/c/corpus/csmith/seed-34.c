#include "csmith.h"
static long __undefined;
static int32_t g_3 = (-3L);
static uint8_t g_14 = 0x8CL;
static int64_t g_17 = 0x69BD697E780CA9F8LL;
static int8_t g_18 = (-8L);
static int8_t g_29 = (-5L);
static int32_t g_30 = (-5L);
static int64_t g_31 = 1L;
static int64_t g_32[1][1] = {{0x1978E60D743CCC09LL}};
static uint8_t g_33 = 255UL;
static int16_t  func_1(void);
static int16_t  func_1(void)
{ 
    int32_t *l_2 = &g_3;
    int32_t *l_4 = &g_3;
    int32_t *l_5 = &g_3;
    int32_t l_6[4];
    int32_t *l_7 = (void*)0;
    int32_t *l_8 = (void*)0;
    int32_t *l_9 = (void*)0;
    int32_t *l_10 = &l_6[3];
    int32_t *l_11 = &l_6[1];
    int32_t *l_12 = &l_6[3];
    int32_t *l_13 = &g_3;
    int32_t *l_19 = &l_6[2];
    int32_t *l_20 = &g_3;
    int32_t *l_21 = &g_3;
    int32_t *l_22 = &g_3;
    int32_t *l_23 = &g_3;
    int32_t *l_24 = &l_6[3];
    int32_t *l_25 = &l_6[3];
    int32_t *l_26 = &l_6[3];
    int32_t *l_27 = &l_6[3];
    int32_t *l_28[2];
    int i;
    for (i = 0; i < 4; i++)
        l_6[i] = 0x46158D32L;
    for (i = 0; i < 2; i++)
        l_28[i] = &l_6[2];
    --g_14;
    ++g_33;
    (*l_26) = 5L;
    return g_18;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_14, "g_14", print_hash_value);
    transparent_crc(g_17, "g_17", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_29, "g_29", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_32[i][j], "g_32[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_33, "g_33", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
