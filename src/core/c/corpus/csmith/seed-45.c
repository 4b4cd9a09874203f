#include "csmith.h"
static long __undefined;
static int32_t g_3[2][1] = {{0xA4F833FCL},{0xA4F833FCL}};
static int16_t  func_1(void);
static int16_t  func_1(void)
{ 
    const int32_t *l_2 = &g_3[1][0];
    const int32_t **l_4 = &l_2;
    (*l_4) = l_2;
    return (*l_2);
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_3[i][j], "g_3[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
