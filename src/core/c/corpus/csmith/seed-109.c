#include "csmith.h"
static long __undefined;
static int64_t g_13 = 1L;
static uint8_t g_19[3] = {0x57L,0x57L,0x57L};
static int32_t g_20 = 0x1AA08ECBL;
static int32_t g_21 = 0x23D4A1CFL;
static int32_t g_27[2] = {0xA54E5878L,0xA54E5878L};
static uint32_t g_36 = 4294967295UL;
static int32_t g_42 = 0x5309757AL;
static uint64_t g_69 = 0x0ADFBA6F4617BB4FLL;
static uint64_t g_75 = 0xD11DCE253A7B5580LL;
static uint64_t *g_74 = &g_75;
static uint16_t g_80[2][2] = {{0x3342L,0x3342L},{0x3342L,0x3342L}};
static uint32_t g_84 = 0x145F50B0L;
static uint32_t g_87 = 4294967295UL;
static int32_t *g_138 = &g_27[0];
static int32_t **g_137 = &g_138;
static int8_t g_157[1] = {0xDCL};
static uint16_t g_184 = 0UL;
static int64_t g_192 = (-9L);
static int8_t g_193 = 0xCFL;
static int16_t g_216[1] = {0x20B9L};
static int16_t *g_215 = &g_216[0];
static uint16_t *g_227 = &g_184;
static uint16_t * const *g_226[2] = {&g_227,&g_227};
static int32_t g_228 = 0L;
static int32_t g_248[4][2] = {{0L,0L},{0L,0L},{0L,0L},{0L,0L}};
static int8_t  func_1(void);
static uint64_t  func_16(uint32_t  p_17, const int32_t  p_18);
static int32_t  func_22(uint8_t  p_23, const uint8_t  p_24, int32_t  p_25);
static int8_t  func_1(void)
{ 
    int16_t l_12[2][3] = {{0x4C90L,(-6L),0x4C90L},{0x4C90L,(-6L),0x4C90L}};
    uint32_t *l_39 = &g_36;
    uint8_t *l_40[4][3] = {{&g_19[0],&g_19[1],&g_19[0]},{&g_19[2],&g_19[2],&g_19[2]},{&g_19[0],&g_19[1],&g_19[0]},{&g_19[2],&g_19[2],&g_19[2]}};
    int32_t *l_41 = &g_42;
    int32_t l_98 = 0x1FB6C9C4L;
    int32_t l_103 = 0xEDD96C0BL;
    int32_t l_108[2][3] = {{(-10L),(-10L),(-10L)},{1L,1L,1L}};
    int32_t l_109 = 0xFD2DEE4CL;
    uint64_t l_140 = 0x69B9EC724D02932ELL;
    int8_t l_233[2];
    uint32_t l_234 = 0xE7478389L;
    uint32_t *l_250 = &g_84;
    int i, j;
    for (i = 0; i < 2; i++)
        l_233[i] = 0L;
    return (*l_41);
}
static uint64_t  func_16(uint32_t  p_17, const int32_t  p_18)
{ 
    int32_t *l_29 = &g_27[1];
    uint8_t l_34 = 0x90L;
    for (p_17 = 0; p_17 < 3; p_17 += 1)
    {
        g_19[p_17] = 0UL;
    }
    for (p_17 = 0; (p_17 <= 2); p_17 += 1)
    { 
        int32_t **l_30 = &l_29;
        uint32_t *l_35 = &g_36;
        for (g_20 = 2; (g_20 >= 0); g_20 -= 1)
        { 
            for (g_21 = 0; (g_21 <= 2); g_21 += 1)
            { 
                int32_t *l_28 = &g_27[1];
                (*l_28) = func_22(p_18, g_13, p_18);
            }
        }
        (*l_30) = l_29;
        (*l_29) = ((~(safe_mul_func_int16_t_s_s((*l_29), (**l_30)))) | (0x9B88L >= ((l_34 = g_13) || ((*l_35)--))));
    }
    return g_19[0];
}
static int32_t  func_22(uint8_t  p_23, const uint8_t  p_24, int32_t  p_25)
{ 
    int32_t *l_26[1][3];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_26[i][j] = (void*)0;
    }
    g_27[0] |= 1L;
    return p_23;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_13, "g_13", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_19[i], "g_19[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_21, "g_21", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_27[i], "g_27[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_80[i][j], "g_80[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_84, "g_84", print_hash_value);
    transparent_crc(g_87, "g_87", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_157[i], "g_157[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_184, "g_184", print_hash_value);
    transparent_crc(g_192, "g_192", print_hash_value);
    transparent_crc(g_193, "g_193", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_216[i], "g_216[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_228, "g_228", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_248[i][j], "g_248[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
