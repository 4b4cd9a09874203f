#include "csmith.h"
static long __undefined;
static uint32_t g_2[1] = {4294967293UL};
static int32_t g_3 = (-1L);
static int16_t g_7[2][3] = {{4L,4L,4L},{4L,4L,4L}};
static int16_t g_9[1] = {0x9A92L};
static int32_t g_11[2][2] = {{1L,1L},{1L,1L}};
static uint32_t  func_1(void);
static uint32_t  func_1(void)
{ 
    for (g_3 = 0; (g_3 >= 0); g_3 -= 1)
    { 
        int16_t *l_6 = &g_7[1][2];
        int16_t *l_8 = &g_9[0];
        int32_t *l_10 = &g_11[1][1];
        int i;
        (*l_10) = (safe_rshift_func_int16_t_s_s((((*l_8) = ((*l_6) = g_2[g_3])) >= (-1L)), 5));
        return g_7[1][2];
    }
    return g_7[0][2];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_2[i], "g_2[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_3, "g_3", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_7[i][j], "g_7[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_9[i], "g_9[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_11[i][j], "g_11[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
