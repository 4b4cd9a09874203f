#include "csmith.h"
static long __undefined;
static int32_t g_2 = 1L;
static int32_t g_6 = 0xA9AC70C3L;
static uint8_t g_15[2] = {0xB0L,0xB0L};
static uint64_t g_22 = 0x1FC657863718BD85LL;
static int32_t g_28 = 0L;
static uint32_t g_29 = 4294967291UL;
static uint32_t  func_1(void);
static uint32_t  func_1(void)
{ 
    int32_t l_12[4] = {(-1L),(-1L),(-1L),(-1L)};
    int32_t *l_20 = &l_12[1];
    int32_t *l_23 = &g_6;
    int32_t *l_24 = (void*)0;
    int32_t *l_25 = &g_2;
    int32_t *l_26[2];
    int8_t l_27 = 0x0DL;
    int i;
    for (i = 0; i < 2; i++)
        l_26[i] = &g_6;
    for (g_2 = 0; (g_2 >= (-1)); --g_2)
    { 
        int32_t *l_5 = &g_6;
        int32_t *l_7 = &g_6;
        int32_t *l_8 = &g_6;
        int32_t *l_9 = &g_6;
        int32_t l_10 = 1L;
        int32_t *l_11 = (void*)0;
        int32_t *l_13 = &l_10;
        int32_t *l_14 = &l_10;
        uint64_t *l_21 = &g_22;
        if (g_2)
            break;
        g_15[1]++;
        (*l_13) |= ((safe_add_func_uint64_t_u_u(((*l_21) = ((g_15[0] != (((g_6 , &l_12[3]) != l_20) == g_15[1])) != g_15[1])), 0xF9E3D3B0CF5AA05DLL)) | (*l_20));
        return g_22;
    }
    g_29++;
    return (*l_23);
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_6, "g_6", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_15[i], "g_15[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_22, "g_22", print_hash_value);
    transparent_crc(g_28, "g_28", print_hash_value);
    transparent_crc(g_29, "g_29", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
