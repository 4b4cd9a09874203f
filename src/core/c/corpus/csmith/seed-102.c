#include "csmith.h"
static long __undefined;
static int32_t g_2 = 1L;
static int32_t g_8 = 1L;
static int16_t g_13 = 0x6FE5L;
static uint32_t g_15[4] = {0UL,0UL,0UL,0UL};
static int32_t g_17 = 0x5DCEFBDEL;
static int32_t  func_1(void);
static int32_t  func_1(void)
{ 
    int32_t *l_16 = &g_17;
    int32_t *l_18 = &g_17;
    for (g_2 = 0; (g_2 >= 1); g_2++)
    { 
        int32_t *l_6[4];
        int32_t **l_5[1][2];
        int32_t *l_7 = &g_8;
        int i, j;
        for (i = 0; i < 4; i++)
            l_6[i] = &g_2;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_5[i][j] = &l_6[3];
        }
        l_7 = &g_2;
        for (g_8 = 0; (g_8 == 22); g_8 = safe_add_func_int8_t_s_s(g_8, 9))
        { 
            uint32_t *l_14 = &g_15[0];
            int32_t l_19 = 0x172DDB74L;
            g_17 = (safe_mod_func_uint8_t_u_u((0x3E34B64BL & (((l_16 = (((*l_14) |= ((g_2 & g_2) < (g_13 = 0xD3ECF04BL))) , &g_8)) == l_18) < 0L)), l_19));
        }
    }
    return g_8;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_13, "g_13", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_15[i], "g_15[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_17, "g_17", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
