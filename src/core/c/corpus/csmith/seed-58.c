#include "csmith.h"
static long __undefined;
static uint16_t g_30 = 0x58E3L;
static uint32_t g_33 = 0x57F039D3L;
static const uint32_t *g_36[2][3] = {{&g_33,&g_33,&g_33},{&g_33,&g_33,&g_33}};
static const uint32_t **g_35 = &g_36[0][2];
static int32_t g_40 = (-9L);
static int8_t g_43[2][1] = {{0L},{0L}};
static uint32_t g_57[2][2] = {{0xCFFAE3C7L,0xCFFAE3C7L},{0xCFFAE3C7L,0xCFFAE3C7L}};
static int32_t g_69[3][2] = {{0x8FC40126L,0x8FC40126L},{0x8FC40126L,0x8FC40126L},{0x8FC40126L,0x8FC40126L}};
static uint8_t g_74 = 0x0EL;
static uint32_t g_93 = 4294967288UL;
static int64_t g_127 = 2L;
static int16_t g_153 = 2L;
static uint16_t g_189 = 65535UL;
static int32_t **g_197 = (void*)0;
static int32_t ***g_196 = &g_197;
static int32_t g_200 = 0x8A9D2048L;
static int64_t g_202 = 0xFE6DE96293D5A496LL;
static uint32_t g_203 = 1UL;
static uint32_t g_209 = 0xAB4E013FL;
static uint32_t g_230 = 7UL;
static int32_t *g_244 = &g_69[2][1];
static uint32_t g_262 = 18446744073709551615UL;
static int8_t g_364 = (-1L);
static int32_t *g_371 = &g_69[1][0];
static int8_t  func_1(void);
static uint32_t  func_6(int32_t  p_7);
static int32_t  func_8(uint32_t  p_9, const uint32_t  p_10, int16_t  p_11, uint32_t  p_12, uint8_t  p_13);
static int8_t  func_1(void)
{ 
    uint32_t l_5 = 2UL;
    int32_t l_31[2][4];
    uint32_t *l_32 = &g_33;
    int16_t l_34[3][2];
    int32_t *l_39 = &g_40;
    int16_t *l_321 = &g_153;
    int32_t *l_322 = (void*)0;
    uint32_t l_331 = 1UL;
    uint32_t l_354 = 0xBCE7E7F6L;
    int32_t *l_368 = (void*)0;
    int8_t l_375 = 0x3CL;
    int32_t *l_379 = &l_31[0][3];
    int32_t *l_380 = &g_69[1][1];
    int16_t l_381 = 0x9D9DL;
    int32_t *l_382 = &l_31[1][2];
    int32_t *l_383[4][4] = {{&l_31[0][2],&l_31[0][2],&l_31[0][2],&l_31[0][2]},{&l_31[0][2],&l_31[0][2],&g_69[1][0],&l_31[0][2]},{&l_31[0][2],&l_31[0][2],&l_31[0][2],&l_31[0][2]},{&l_31[0][2],&l_31[0][2],&l_31[0][2],&l_31[0][2]}};
    int32_t l_384[3];
    int8_t l_385 = 0x1BL;
    int8_t l_386 = 0xBFL;
    int64_t l_387[2][4];
    uint32_t l_388 = 0x44061427L;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
            l_31[i][j] = 0x20A6FF60L;
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
            l_34[i][j] = 0xEDC8L;
    }
    for (i = 0; i < 3; i++)
        l_384[i] = 1L;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
            l_387[i][j] = 1L;
    }
    l_31[0][2] = ((*g_244) |= (safe_sub_func_int16_t_s_s(((*l_321) = (((l_5 = (~(-8L))) ^ (func_6(((*l_39) |= func_8(((*l_32) = (safe_div_func_uint8_t_u_u(((((safe_mul_func_uint16_t_u_u((safe_lshift_func_int16_t_s_u(((safe_rshift_func_uint16_t_u_s(((-5L) & (((safe_rshift_func_int8_t_s_u(((((safe_add_func_int32_t_s_s(((safe_div_func_uint8_t_u_u((g_30 || (l_31[0][2] < g_30)), 255UL)) < g_30), l_31[0][2])) == g_30) , l_31[0][1]) , 1L), 5)) || 4L) >= (-5L))), l_31[0][2])) ^ g_30), g_30)), g_30)) > g_30) ^ l_31[0][1]) | l_31[0][2]), g_30))), g_30, g_30, g_30, l_34[1][1]))) ^ l_34[1][1])) >= 0x1804D7E8L)), 0x669BL)));
    for (g_33 = 13; (g_33 >= 13); g_33 = safe_add_func_uint8_t_u_u(g_33, 4))
    { 
        uint16_t l_327 = 65535UL;
        int32_t l_343 = 0x24247309L;
        int32_t l_367 = 0x7C694546L;
        int32_t l_374[2][2];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 2; j++)
                l_374[i][j] = 0x1A80EEFBL;
        }
    }
    --l_388;
    return g_127;
}
static uint32_t  func_6(int32_t  p_7)
{ 
    int32_t l_41 = (-5L);
    int8_t *l_42[1];
    int32_t l_44 = 0x2E0C2805L;
    int32_t l_73 = (-5L);
    uint16_t l_109 = 0x786DL;
    int32_t l_114 = (-4L);
    int32_t l_115 = 0L;
    int32_t l_116 = (-9L);
    int32_t l_117 = (-1L);
    int32_t l_119 = 0x471B29B6L;
    int32_t l_121 = 0x99D26D99L;
    uint32_t *l_137[3][2] = {{&g_57[0][1],&g_57[0][1]},{&g_57[0][1],&g_57[0][1]},{&g_57[0][1],&g_57[0][1]}};
    uint8_t l_160 = 0x84L;
    int32_t l_177 = 0x628736EEL;
    int32_t l_179 = 0xE247ED1BL;
    int32_t l_180 = (-1L);
    int32_t l_183 = 0xC393FF6AL;
    int32_t ***l_198 = &g_197;
    int32_t *l_319 = (void*)0;
    int i, j;
    for (i = 0; i < 1; i++)
        l_42[i] = &g_43[1][0];
    return g_189;
}
static int32_t  func_8(uint32_t  p_9, const uint32_t  p_10, int16_t  p_11, uint32_t  p_12, uint8_t  p_13)
{ 
    const uint32_t ***l_37 = &g_35;
    int16_t l_38 = (-1L);
    (*l_37) = g_35;
    return l_38;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc(g_40, "g_40", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_43[i][j], "g_43[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_57[i][j], "g_57[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_69[i][j], "g_69[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_74, "g_74", print_hash_value);
    transparent_crc(g_93, "g_93", print_hash_value);
    transparent_crc(g_127, "g_127", print_hash_value);
    transparent_crc(g_153, "g_153", print_hash_value);
    transparent_crc(g_189, "g_189", print_hash_value);
    transparent_crc(g_200, "g_200", print_hash_value);
    transparent_crc(g_202, "g_202", print_hash_value);
    transparent_crc(g_203, "g_203", print_hash_value);
    transparent_crc(g_209, "g_209", print_hash_value);
    transparent_crc(g_230, "g_230", print_hash_value);
    transparent_crc(g_262, "g_262", print_hash_value);
    transparent_crc(g_364, "g_364", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
