#include "csmith.h"
static long __undefined;
static int64_t g_7[1][4] = {{0xDBECCCE1E2C0D37ALL,0xDBECCCE1E2C0D37ALL,0xDBECCCE1E2C0D37ALL,0xDBECCCE1E2C0D37ALL}};
static int32_t g_9 = 0x23E64F14L;
static int32_t *g_8 = &g_9;
static int32_t *g_20 = (void*)0;
static int16_t g_22 = 0xEAB1L;
static int16_t g_39 = 0L;
static int32_t g_41[4] = {0xA22F0F5BL,0xA22F0F5BL,0xA22F0F5BL,0xA22F0F5BL};
static const int32_t * const *g_45 = (void*)0;
static const int32_t g_49 = 0x80790685L;
static int32_t g_60 = 0x0DA390E6L;
static int8_t g_64[4] = {0xD1L,0xD1L,0xD1L,0xD1L};
static int64_t g_66 = 0x1F9A5DE3B0BAB1DDLL;
static uint32_t g_68 = 0x5F7E1E51L;
static uint32_t g_94 = 0xA9E20859L;
static uint8_t g_96[1] = {0xD5L};
static int8_t g_121 = 0x90L;
static int8_t g_122[4] = {0L,0L,0L,0L};
static uint32_t g_123 = 0x250DA8AEL;
static uint32_t *g_137[4] = {&g_68,&g_68,&g_68,&g_68};
static int32_t **g_140 = &g_20;
static int32_t ** const *g_139 = &g_140;
static int32_t ** const **g_138 = &g_139;
static uint64_t g_145[4][4] = {{0x307333B9D5F1929ALL,0xFF20E808E4DAEF12LL,0x307333B9D5F1929ALL,0xFF20E808E4DAEF12LL},{0x307333B9D5F1929ALL,0xFF20E808E4DAEF12LL,0x307333B9D5F1929ALL,0xFF20E808E4DAEF12LL},{0x307333B9D5F1929ALL,0xFF20E808E4DAEF12LL,0x307333B9D5F1929ALL,0xFF20E808E4DAEF12LL},{0x307333B9D5F1929ALL,0xFF20E808E4DAEF12LL,0x307333B9D5F1929ALL,0xFF20E808E4DAEF12LL}};
static int8_t  func_1(void);
static int32_t * func_2(uint64_t  p_3, int32_t * p_4, uint8_t  p_5, int32_t * p_6);
static int32_t * func_10(int32_t * p_11, int32_t * p_12);
static int8_t  func_1(void)
{ 
    int32_t *l_13 = (void*)0;
    int32_t **l_128 = (void*)0;
    int32_t **l_129 = &g_8;
    uint32_t l_130[3][3];
    uint32_t *l_133 = &l_130[0][1];
    uint32_t **l_136[3];
    int32_t ** const ***l_141 = &g_138;
    int32_t ***l_143 = &g_140;
    int32_t ****l_142 = &l_143;
    uint64_t *l_144 = &g_145[2][0];
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
            l_130[i][j] = 1UL;
    }
    for (i = 0; i < 3; i++)
        l_136[i] = &l_133;
    (*l_129) = func_2(g_7[0][3], g_8, g_7[0][3], func_10(l_13, &g_9));
    (*g_8) &= (l_130[2][0] |= (4294967291UL ^ g_64[2]));
    (**l_129) = (safe_sub_func_int64_t_s_s(((++(*l_133)) , (((&l_130[1][1] != (g_137[1] = &g_68)) == (((*l_144) = (((*l_141) = g_138) == l_142)) , (g_64[2] = (safe_lshift_func_uint8_t_u_s(4UL, 4))))) ^ 1UL)), g_22));
    return g_121;
}
static int32_t * func_2(uint64_t  p_3, int32_t * p_4, uint8_t  p_5, int32_t * p_6)
{ 
    int32_t * const l_126 = &g_60;
    int32_t *l_127[1][2];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_127[i][j] = &g_9;
    }
    l_127[0][0] = l_126;
    return &g_9;
}
static int32_t * func_10(int32_t * p_11, int32_t * p_12)
{ 
    const int32_t *l_16 = &g_9;
    int32_t l_40 = 2L;
    const int32_t * const l_48 = &g_49;
    const int32_t * const *l_47[2][4] = {{&l_48,&l_48,&l_48,&l_48},{&l_48,&l_48,&l_48,&l_48}};
    uint16_t l_59 = 0xBA6CL;
    int32_t l_62 = 0L;
    int32_t l_63 = 0x3D01D8AAL;
    int32_t l_65 = 0xE8D13708L;
    int64_t l_67 = 4L;
    int32_t l_108 = (-1L);
    uint8_t *l_111[1];
    int i, j;
    for (i = 0; i < 1; i++)
        l_111[i] = &g_96[0];
    for (g_9 = 0; (g_9 == 29); g_9 = safe_add_func_uint8_t_u_u(g_9, 8))
    { 
        const int32_t **l_17 = &l_16;
        int32_t l_37 = 0x0BB9A67BL;
        int32_t l_38 = (-1L);
        uint16_t l_56 = 0x04A8L;
        int32_t **l_83 = &g_8;
        int32_t ***l_82 = &l_83;
        int32_t ****l_81[4];
        int32_t ***** const l_80 = &l_81[0];
        uint32_t **l_114 = (void*)0;
        int i;
        for (i = 0; i < 4; i++)
            l_81[i] = &l_82;
    }
    return &g_60;
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
            transparent_crc(g_7[i][j], "g_7[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_22, "g_22", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_41[i], "g_41[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_64[i], "g_64[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_68, "g_68", print_hash_value);
    transparent_crc(g_94, "g_94", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_96[i], "g_96[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_121, "g_121", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_122[i], "g_122[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_123, "g_123", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_145[i][j], "g_145[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
