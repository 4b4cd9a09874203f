#include "csmith.h"
static long __undefined;
static int32_t g_3[1][4] = {{(-10L),(-10L),(-10L),(-10L)}};
static int32_t g_5 = 0x263126FFL;
static int16_t g_7 = 0xC751L;
static int32_t g_8 = 0x84BC9C3DL;
static int32_t g_9[2] = {0x8F6C218EL,0x8F6C218EL};
static int8_t g_11 = 0x0BL;
static int32_t g_13 = 0x209C3997L;
static uint8_t g_15 = 3UL;
static uint8_t  func_1(void);
static uint8_t  func_1(void)
{ 
    uint32_t l_2[2][2] = {{0x342EB90DL,0x342EB90DL},{0x342EB90DL,0x342EB90DL}};
    int32_t l_12 = 0x8C9A01C7L;
    int32_t l_14 = 0x118C84B7L;
    int i, j;
    for (g_3[0][2] = 0; (g_3[0][2] <= 1); g_3[0][2] += 1)
    { 
        int32_t *l_4 = &g_5;
        int32_t *l_6[3][2] = {{&g_5,&g_5},{&g_5,&g_5},{&g_5,&g_5}};
        int32_t l_10[3];
        int i, j;
        for (i = 0; i < 3; i++)
            l_10[i] = (-7L);
        --g_15;
        if (l_12)
            break;
        return g_15;
    }
    return g_13;
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
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_3[i][j], "g_3[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_8, "g_8", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_9[i], "g_9[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_13, "g_13", print_hash_value);
    transparent_crc(g_15, "g_15", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
