#include "csmith.h"
static long __undefined;
static int32_t g_4 = 2L;
static int32_t g_7 = 1L;
static int32_t g_11[3][1] = {{(-1L)},{(-1L)},{(-1L)}};
static uint8_t g_12 = 255UL;
static uint8_t  func_1(void);
static uint8_t  func_1(void)
{ 
    uint32_t l_5[1];
    int32_t *l_6 = &g_7;
    uint16_t l_8 = 0xDA86L;
    int32_t *l_9 = (void*)0;
    int32_t *l_10[1];
    int i;
    for (i = 0; i < 1; i++)
        l_5[i] = 0x5D2D9150L;
    for (i = 0; i < 1; i++)
        l_10[i] = &g_11[1][0];
    g_11[1][0] = ((safe_mul_func_uint16_t_u_u(g_4, ((g_4 || (0L == 0x0CB8CE3E63E31551LL)) ^ ((((*l_6) = (((((g_4 == 0x15L) , l_5[0]) != l_5[0]) < 0x6C9CD49FCFBCE008LL) & g_4)) , 0xE9L) <= g_4)))) > l_8);
    g_12++;
    return g_12;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_7, "g_7", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_11[i][j], "g_11[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_12, "g_12", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
