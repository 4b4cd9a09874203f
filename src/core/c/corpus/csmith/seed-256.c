#include "csmith.h"
static long __undefined;
static uint32_t g_4[3][3] = {{4294967295UL,4294967295UL,4294967295UL},{4294967295UL,4294967295UL,4294967295UL},{4294967295UL,4294967295UL,4294967295UL}};
static int32_t g_18 = 0x90611BC3L;
static int32_t *g_17[4] = {&g_18,&g_18,&g_18,&g_18};
static int32_t **g_32[1][1] = {{&g_17[2]}};
static int32_t g_36 = 0x99FF93F8L;
static int16_t g_45 = 0xE64BL;
static uint32_t g_47 = 0x7D9CC132L;
static int32_t g_75 = 1L;
static uint8_t g_138 = 253UL;
static uint32_t * const g_148 = (void*)0;
static uint32_t * const *g_147 = &g_148;
static uint64_t g_150 = 18446744073709551611UL;
static int8_t g_166 = (-3L);
static int64_t g_170 = 1L;
static int32_t g_217 = 0x3217EF71L;
static uint32_t *g_339[2][4] = {{&g_4[1][1],&g_4[1][1],&g_4[1][1],&g_4[1][1]},{&g_4[1][1],&g_4[1][1],&g_4[1][1],&g_4[1][1]}};
static uint32_t *g_340 = &g_4[1][1];
static int16_t g_342 = (-1L);
static uint32_t  func_1(void);
static uint32_t  func_7(int32_t * p_8, int32_t * p_9, int16_t  p_10, int8_t  p_11, uint16_t  p_12);
static int32_t * func_13(int32_t * p_14, int16_t  p_15, uint32_t  p_16);
static uint32_t  func_1(void)
{ 
    int32_t l_2 = (-8L);
    int32_t *l_3[3];
    int32_t **l_23 = &l_3[1];
    int64_t *l_341 = &g_170;
    int32_t *l_343 = &g_36;
    int i;
    for (i = 0; i < 3; i++)
        l_3[i] = &l_2;
    g_4[1][1] = l_2;
    (*l_343) |= (g_4[0][0] , ((((g_342 = ((*l_341) = (safe_sub_func_int16_t_s_s(((func_7(&l_2, func_13(g_17[2], (((((((g_18 >= (safe_div_func_int16_t_s_s((!((safe_unary_minus_func_int16_t_s((((*l_23) = &g_18) == &l_2))) & l_2)), g_18))) != l_2) > g_4[0][1]) | 65535UL) < g_18) == g_18) == g_18), g_4[1][1]), l_2, l_2, g_4[1][1]) == 0x287B434DL) && 0xE8EEBD60AD73292DLL), g_138)))) , g_47) && g_4[2][1]) < g_138));
    return (*g_340);
}
static uint32_t  func_7(int32_t * p_8, int32_t * p_9, int16_t  p_10, int8_t  p_11, uint16_t  p_12)
{ 
    uint16_t l_55 = 65534UL;
    int32_t *l_82 = &g_36;
    int32_t l_121 = 8L;
    int32_t l_123 = 0xB036ACEBL;
    int32_t l_124 = 0x8DA1D736L;
    int32_t l_125 = 2L;
    int32_t l_128[2][4] = {{0xCA15E865L,0xCA15E865L,0xCA15E865L,0xCA15E865L},{0xCA15E865L,0xCA15E865L,0xCA15E865L,0xCA15E865L}};
    uint16_t l_129 = 4UL;
    uint64_t l_158 = 0x1989BE62DB80F26FLL;
    int8_t *l_165[4] = {&g_166,&g_166,&g_166,&g_166};
    int64_t *l_169 = &g_170;
    int32_t **l_175 = &g_17[2];
    const int16_t *l_223 = &g_45;
    int32_t l_245 = 0x9D655A31L;
    uint16_t l_248 = 0x4B41L;
    int8_t l_252[3];
    int32_t l_254 = 1L;
    uint16_t l_255 = 65531UL;
    int64_t l_303 = 0x3D4E0716335F981DLL;
    int8_t l_304 = 0L;
    uint8_t l_309 = 0x15L;
    uint64_t l_334 = 18446744073709551606UL;
    int i, j;
    for (i = 0; i < 3; i++)
        l_252[i] = 0x2DL;
    return (**l_175);
}
static int32_t * func_13(int32_t * p_14, int16_t  p_15, uint32_t  p_16)
{ 
    uint16_t l_37 = 1UL;
    int32_t l_38 = 0L;
    for (g_18 = 0; (g_18 != 24); g_18 = safe_add_func_uint32_t_u_u(g_18, 1))
    { 
        int32_t ***l_31 = (void*)0;
        int32_t *l_35[3][2];
        int16_t *l_44 = &g_45;
        uint32_t *l_46 = &g_47;
        uint32_t l_48 = 0x1EFC39FAL;
        uint32_t l_49 = 0xAB77C19CL;
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 2; j++)
                l_35[i][j] = &g_36;
        }
        for (p_16 = 0; (p_16 < 7); p_16 = safe_add_func_uint64_t_u_u(p_16, 1))
        { 
            return p_14;
        }
        l_38 = ((~(l_37 &= (((safe_sub_func_uint64_t_u_u(((g_32[0][0] = &p_14) != (void*)0), p_15)) ^ 9L) > (safe_mul_func_uint8_t_u_u(g_4[1][1], 0x90L))))) >= 0xFBL);
        l_38 = ((safe_rshift_func_uint16_t_u_s((((((*l_46) &= (safe_rshift_func_int8_t_s_u((p_16 > ((*l_44) = ((0x62CCL != g_4[0][0]) ^ ((((safe_unary_minus_func_int16_t_s(l_37)) >= g_4[1][1]) , &p_14) == &g_17[0])))), p_15))) < l_38) , g_45) > 9UL), l_48)) , l_49);
    }
    return p_14;
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
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_4[i][j], "g_4[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    transparent_crc(g_138, "g_138", print_hash_value);
    transparent_crc(g_150, "g_150", print_hash_value);
    transparent_crc(g_166, "g_166", print_hash_value);
    transparent_crc(g_170, "g_170", print_hash_value);
    transparent_crc(g_217, "g_217", print_hash_value);
    transparent_crc(g_342, "g_342", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
