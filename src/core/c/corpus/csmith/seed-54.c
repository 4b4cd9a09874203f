#include "csmith.h"
static long __undefined;
static int32_t g_2[4][1] = {{0x7F6AF112L},{0x08901F2CL},{0x7F6AF112L},{0x08901F2CL}};
static uint32_t g_8 = 0x6BC3EC3DL;
static int32_t g_10 = 3L;
static int32_t g_15 = 1L;
static uint32_t g_16[3][1] = {{0x47CDEDFCL},{0x47CDEDFCL},{0x47CDEDFCL}};
static int32_t  func_1(void);
static int32_t  func_1(void)
{ 
    int16_t l_6[2][4];
    uint32_t * const l_7 = &g_8;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
            l_6[i][j] = (-2L);
    }
    for (g_2[2][0] = 0; (g_2[2][0] <= 13); g_2[2][0]++)
    { 
        uint32_t *l_5 = (void*)0;
        int32_t *l_9 = &g_10;
        (*l_9) = ((g_2[2][0] != ((l_6[0][1] = 0x1449C9FBL) , (((-5L) == (l_7 == &g_8)) , l_6[0][1]))) && g_2[3][0]);
        for (g_10 = 1; (g_10 >= 0); g_10 -= 1)
        { 
            int32_t *l_17[2];
            int i, j;
            for (i = 0; i < 2; i++)
                l_17[i] = &g_15;
            for (g_8 = 0; (g_8 <= 1); g_8 += 1)
            { 
                int32_t *l_14[1];
                int i, j;
                for (i = 0; i < 1; i++)
                    l_14[i] = &g_15;
                g_16[1][0] |= (g_15 = (safe_rshift_func_int16_t_s_u((!l_6[g_10][(g_10 + 2)]), 13)));
            }
            g_15 = l_6[g_10][(g_10 + 1)];
        }
    }
    return l_6[0][1];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_2[i][j], "g_2[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_10, "g_10", print_hash_value);
    transparent_crc(g_15, "g_15", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_16[i][j], "g_16[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
