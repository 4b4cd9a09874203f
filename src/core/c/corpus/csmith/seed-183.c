#include "csmith.h"
static long __undefined;
static int32_t g_2 = (-3L);
static int32_t g_5[1] = {(-6L)};
static int32_t g_10 = 1L;
static int32_t g_14[1] = {0L};
static uint64_t  func_1(void);
static uint64_t  func_1(void)
{ 
    uint32_t l_16 = 0xBD921B0AL;
    for (g_2 = 0; (g_2 >= 25); g_2 = safe_add_func_uint16_t_u_u(g_2, 9))
    { 
        int64_t l_15 = 1L;
        for (g_5[0] = 0; (g_5[0] == (-18)); g_5[0] = safe_sub_func_uint16_t_u_u(g_5[0], 9))
        { 
            int32_t *l_8 = (void*)0;
            int32_t *l_9 = &g_10;
            int32_t *l_11 = (void*)0;
            int32_t *l_12 = &g_10;
            int32_t *l_13[2][2] = {{&g_10,&g_10},{&g_10,&g_10}};
            int i, j;
            l_16--;
        }
        g_10 = l_16;
        return g_2;
    }
    return g_5[0];
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_5[i], "g_5[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_10, "g_10", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_14[i], "g_14[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
