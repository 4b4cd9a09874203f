#include "csmith.h"
static long __undefined;
static int32_t g_3[3][4] = {{0xB546158DL,0xB546158DL,0xB546158DL,0xB546158DL},{0xB546158DL,0xB546158DL,0xB546158DL,0xB546158DL},{0xB546158DL,0xB546158DL,0xB546158DL,0xB546158DL}};
static int32_t g_5 = 0xFA2FAFD1L;
static uint64_t  func_1(void);
static uint64_t  func_1(void)
{ 
    int64_t l_2[1];
    int32_t *l_6 = &g_3[2][2];
    int i;
    for (i = 0; i < 1; i++)
        l_2[i] = 0xC85F70AD6F2EE76FLL;
    for (g_3[2][3] = 0; (g_3[2][3] >= 0); g_3[2][3] -= 1)
    { 
        int32_t *l_4 = &g_5;
        (*l_4) ^= 8L;
    }
    (*l_6) = l_2[0];
    return g_3[2][2];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_3[i][j], "g_3[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_5, "g_5", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
