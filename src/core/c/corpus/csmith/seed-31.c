#include "csmith.h"
static long __undefined;
static uint16_t g_4 = 65527UL;
static int32_t g_13 = 0x0F7E7308L;
static uint32_t  func_1(void);
static uint32_t  func_1(void)
{ 
    uint64_t l_11 = 18446744073709551615UL;
    int32_t *l_12[1][4];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_12[i][j] = &g_13;
    }
    g_13 |= (safe_sub_func_int64_t_s_s((g_4 || ((safe_mod_func_int8_t_s_s((safe_rshift_func_uint16_t_u_s(g_4, g_4)), (safe_mul_func_int8_t_s_s(g_4, l_11)))) < l_11)), 0xDCC590F023498E64LL));
    return g_13;
}
int main (void)
{
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_13, "g_13", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
