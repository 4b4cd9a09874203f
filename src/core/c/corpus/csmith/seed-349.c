#include "csmith.h"
static long __undefined;
static int32_t g_3[4] = {0x4039B642L,0x4039B642L,0x4039B642L,0x4039B642L};
static uint32_t g_15 = 0xDF20BE86L;
static int32_t g_43 = 0x9D06D0C8L;
static uint8_t g_44 = 0x69L;
static int32_t g_45[4][4] = {{0L,0L,0L,0L},{0L,0L,0L,0L},{0L,0L,0L,0L},{0L,0L,0L,0L}};
static const int32_t g_54 = 0xE9F33C75L;
static uint64_t g_65 = 1UL;
static uint32_t *g_67 = &g_15;
static uint32_t **g_66 = &g_67;
static int8_t  func_1(void);
static const int8_t  func_23(int32_t * p_24);
static int32_t * func_25(int32_t * p_26, int32_t * p_27);
static int8_t  func_1(void)
{ 
    int32_t *l_2[4];
    uint8_t l_4 = 0xC0L;
    uint8_t l_60 = 0x56L;
    uint64_t l_91 = 0x7A080896F4A54BB3LL;
    int32_t l_105 = 0x1BD9B2BBL;
    int32_t **l_109 = &l_2[3];
    uint32_t **l_112 = &g_67;
    int i;
    for (i = 0; i < 4; i++)
        l_2[i] = &g_3[3];
    l_4++;
    for (l_4 = 0; (l_4 <= 9); l_4 = safe_add_func_uint16_t_u_u(l_4, 1))
    { 
        int8_t l_9 = 0x55L;
        int32_t l_13 = 0x4356E3F0L;
        int32_t l_14[4][2] = {{6L,6L},{6L,6L},{6L,6L},{6L,6L}};
        uint32_t l_47 = 0xD9D018D1L;
        uint64_t l_96 = 0x0899EAA038080D84LL;
        int32_t **l_106 = &l_2[3];
        uint64_t l_115 = 0x3474DD330705DEFBLL;
        int i, j;
    }
    return g_3[1];
}
static const int8_t  func_23(int32_t * p_24)
{ 
    int32_t l_41[2];
    int32_t *l_42 = &g_43;
    int i;
    for (i = 0; i < 2; i++)
        l_41[i] = 0x7E5ED535L;
    (*l_42) ^= (+l_41[1]);
    for (g_43 = 0; g_43 < 2; g_43 += 1)
    {
        l_41[g_43] = 0xDBBF849EL;
    }
    return g_3[3];
}
static int32_t * func_25(int32_t * p_26, int32_t * p_27)
{ 
    uint32_t l_36 = 0xAC7725EFL;
    int32_t *l_39 = &g_3[3];
    l_36++;
    return l_39;
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
        transparent_crc(g_3[i], "g_3[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_15, "g_15", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_44, "g_44", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_45[i][j], "g_45[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_54, "g_54", print_hash_value);
    transparent_crc(g_65, "g_65", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
