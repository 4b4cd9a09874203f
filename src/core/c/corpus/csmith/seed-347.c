#include "csmith.h"
static long __undefined;
struct S0 {
   int16_t  f0;
   uint16_t  f1;
   int8_t  f2;
   uint32_t  f3;
   uint32_t  f4;
};
struct S1 {
   uint32_t  f0;
   const struct S0  f1;
   uint64_t  f2;
   uint16_t  f3;
   const struct S0  f4;
   int16_t  f5;
   uint32_t  f6;
};
struct S2 {
   const int8_t  f0;
   const uint32_t  f1;
   uint16_t  f2;
   struct S0  f3;
   uint16_t  f4;
   const struct S0  f5;
};
static int32_t g_2 = 0xBC56E700L;
static uint64_t g_15 = 0x51D77F17245C2F1FLL;
static uint64_t g_26 = 18446744073709551615UL;
static uint64_t *g_25 = &g_26;
static uint8_t g_42 = 255UL;
static int32_t g_47 = 1L;
static uint64_t g_126 = 0x5F2F1DAF491B13FBLL;
static int8_t g_144[4] = {0x03L,0x03L,0x03L,0x03L};
static int8_t * const g_143 = &g_144[1];
static int8_t * const *g_142[2][4] = {{&g_143,&g_143,&g_143,&g_143},{&g_143,&g_143,&g_143,&g_143}};
static int32_t *g_154 = &g_47;
static int64_t g_161[1][3] = {{0x3BA63E4CE34C1BD7LL,0x3BA63E4CE34C1BD7LL,0x3BA63E4CE34C1BD7LL}};
static int8_t g_163 = (-1L);
static struct S0 g_176 = {0x01B9L,1UL,0xDEL,0xA42DB360L,0x9B1839ECL};
static struct S2 g_190 = {0xFBL,1UL,4UL,{0xC270L,65526UL,0xD8L,4294967295UL,0xAD67071AL},6UL,{-7L,0xFED7L,9L,4UL,0xAA50289EL}};
static struct S1 g_199 = {0xE11E3A59L,{0x253DL,0x2FF0L,0xECL,0UL,1UL},1UL,0UL,{0x0E79L,0x32F7L,0xDAL,0x93510A1EL,0xC7C74925L},-6L,0xBC9507E2L};
static struct S1 *g_198[3][3] = {{&g_199,&g_199,&g_199},{&g_199,&g_199,&g_199},{&g_199,&g_199,&g_199}};
static struct S1 g_202 = {4294967295UL,{-1L,0x75C3L,-2L,4294967288UL,0xE923F389L},18446744073709551611UL,6UL,{-1L,0x429AL,-7L,1UL,4294967293UL},0x768AL,18446744073709551615UL};
static int8_t g_206 = (-4L);
static int32_t g_251 = 0x3ADA57ACL;
static int16_t *g_262 = &g_199.f5;
static uint64_t **g_268 = &g_25;
static uint64_t ***g_267[3][4] = {{&g_268,&g_268,&g_268,&g_268},{&g_268,&g_268,&g_268,&g_268},{&g_268,&g_268,&g_268,&g_268}};
static int32_t g_292 = (-10L);
static uint8_t g_293[2] = {0x64L,0x64L};
static uint16_t g_332[3][3] = {{1UL,1UL,1UL},{0UL,0UL,0UL},{1UL,1UL,1UL}};
static struct S0 *g_350 = &g_176;
static const int32_t g_353[4] = {0x5B160881L,0x5B160881L,0x5B160881L,0x5B160881L};
static int32_t **g_362 = &g_154;
static int32_t ***g_361[1] = {&g_362};
static const uint8_t g_370[1] = {0x12L};
static struct S2  func_1(void);
static const uint32_t  func_16(uint64_t * p_17, const struct S1  p_18, uint64_t * p_19, struct S2  p_20, uint32_t  p_21);
static uint64_t * func_22(uint64_t * p_23, uint32_t  p_24);
static struct S2  func_1(void)
{ 
    uint8_t l_9 = 0x1EL;
    const struct S1 l_356 = {0x2CDCAF69L,{0x38FBL,0xE559L,0x05L,9UL,9UL},0x21529816D34CAD3ELL,65526UL,{-2L,0xF334L,0L,0x3ED2F984L,4294967295UL},-7L,0x532D2455L};
    int32_t l_391 = (-1L);
    int32_t l_392[4];
    int32_t ***l_412[3];
    int64_t l_419 = 1L;
    uint8_t l_420[1];
    int i;
    for (i = 0; i < 4; i++)
        l_392[i] = (-1L);
    for (i = 0; i < 3; i++)
        l_412[i] = (void*)0;
    for (i = 0; i < 1; i++)
        l_420[i] = 251UL;
    for (g_2 = 20; (g_2 > (-4)); g_2--)
    { 
        uint64_t *l_12 = (void*)0;
        uint64_t *l_13 = (void*)0;
        uint64_t *l_14 = &g_15;
        uint8_t *l_374 = &g_42;
        uint8_t l_375[4][3] = {{255UL,255UL,255UL},{8UL,8UL,8UL},{255UL,255UL,255UL},{8UL,8UL,8UL}};
        int32_t *l_376 = (void*)0;
        int32_t l_408 = 0L;
        struct S1 *l_415 = (void*)0;
        int32_t l_418 = 0x501A3F58L;
        int i, j;
    }
    l_420[0]--;
    return g_190;
}
static const uint32_t  func_16(uint64_t * p_17, const struct S1  p_18, uint64_t * p_19, struct S2  p_20, uint32_t  p_21)
{ 
    const uint8_t *l_369[1][1];
    const uint8_t **l_368 = &l_369[0][0];
    int32_t l_371 = 0L;
    int64_t *l_372 = &g_161[0][1];
    uint32_t *l_373 = &g_190.f3.f4;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_369[i][j] = &g_370[0];
    }
    (**g_362) = (safe_div_func_uint32_t_u_u(((*l_373) = ((safe_mul_func_uint16_t_u_u(((((void*)0 == g_361[0]) ^ ((safe_unary_minus_func_int64_t_s(0xE2FBB93CB30D84B6LL)) & (0xA6770327AA73DDEBLL & ((*l_372) = (safe_lshift_func_int16_t_s_u(((((safe_lshift_func_int8_t_s_u((((((*l_368) = &g_42) != (void*)0) <= p_18.f0) != l_371), 5)) && g_176.f4) != l_371) ^ g_190.f3.f4), 3)))))) < (*g_262)), (-1L))) != p_20.f1)), g_163));
    return g_190.f3.f0;
}
static uint64_t * func_22(uint64_t * p_23, uint32_t  p_24)
{ 
    uint64_t *l_38[3];
    int32_t l_48 = (-5L);
    int32_t l_105 = 0xBFC98A5CL;
    struct S2 l_119[1] = {{0L,0x15DCBD5DL,7UL,{0x4C67L,8UL,0xE6L,4294967295UL,0x06DCD3F6L},0x24A6L,{-5L,0x1A34L,-1L,0x26758D62L,8UL}}};
    uint8_t l_120 = 254UL;
    int32_t l_125 = 0xA9413DEAL;
    int32_t *l_134 = &l_125;
    int32_t *l_138 = &l_105;
    uint64_t **l_183 = &l_38[0];
    uint64_t ***l_182 = &l_183;
    const uint64_t *l_215 = &g_202.f2;
    const uint64_t **l_214[3][2];
    int32_t *l_252 = (void*)0;
    int16_t *l_263 = &g_176.f0;
    uint32_t l_283 = 8UL;
    int8_t l_348 = 0x6EL;
    int i, j;
    for (i = 0; i < 3; i++)
        l_38[i] = &g_26;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
            l_214[i][j] = &l_215;
    }
    for (g_26 = (-8); (g_26 != 14); ++g_26)
    { 
        uint8_t *l_39 = (void*)0;
        uint8_t *l_40 = (void*)0;
        uint8_t *l_41 = &g_42;
        int16_t l_56[2];
        int32_t l_57 = (-8L);
        uint32_t l_58 = 0xDB26F1A7L;
        int64_t l_77 = 0xFF380447D5CE9A20LL;
        uint16_t l_80 = 0xE8D2L;
        const struct S0 l_87[4] = {{0x3BE3L,0xA844L,0L,4294967288UL,0x54A5A862L},{0x3BE3L,0xA844L,0L,4294967288UL,0x54A5A862L},{0x3BE3L,0xA844L,0L,4294967288UL,0x54A5A862L},{0x3BE3L,0xA844L,0L,4294967288UL,0x54A5A862L}};
        int i;
        for (i = 0; i < 2; i++)
            l_56[i] = 0x64B5L;
    }
    (*l_134) &= 1L;
    return (*g_268);
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_15, "g_15", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_126, "g_126", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_144[i], "g_144[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_161[i][j], "g_161[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_163, "g_163", print_hash_value);
    transparent_crc(g_176.f0, "g_176.f0", print_hash_value);
    transparent_crc(g_176.f1, "g_176.f1", print_hash_value);
    transparent_crc(g_176.f2, "g_176.f2", print_hash_value);
    transparent_crc(g_176.f3, "g_176.f3", print_hash_value);
    transparent_crc(g_176.f4, "g_176.f4", print_hash_value);
    transparent_crc(g_190.f0, "g_190.f0", print_hash_value);
    transparent_crc(g_190.f1, "g_190.f1", print_hash_value);
    transparent_crc(g_190.f2, "g_190.f2", print_hash_value);
    transparent_crc(g_190.f3.f0, "g_190.f3.f0", print_hash_value);
    transparent_crc(g_190.f3.f1, "g_190.f3.f1", print_hash_value);
    transparent_crc(g_190.f3.f2, "g_190.f3.f2", print_hash_value);
    transparent_crc(g_190.f3.f3, "g_190.f3.f3", print_hash_value);
    transparent_crc(g_190.f3.f4, "g_190.f3.f4", print_hash_value);
    transparent_crc(g_190.f4, "g_190.f4", print_hash_value);
    transparent_crc(g_190.f5.f0, "g_190.f5.f0", print_hash_value);
    transparent_crc(g_190.f5.f1, "g_190.f5.f1", print_hash_value);
    transparent_crc(g_190.f5.f2, "g_190.f5.f2", print_hash_value);
    transparent_crc(g_190.f5.f3, "g_190.f5.f3", print_hash_value);
    transparent_crc(g_190.f5.f4, "g_190.f5.f4", print_hash_value);
    transparent_crc(g_199.f0, "g_199.f0", print_hash_value);
    transparent_crc(g_199.f1.f0, "g_199.f1.f0", print_hash_value);
    transparent_crc(g_199.f1.f1, "g_199.f1.f1", print_hash_value);
    transparent_crc(g_199.f1.f2, "g_199.f1.f2", print_hash_value);
    transparent_crc(g_199.f1.f3, "g_199.f1.f3", print_hash_value);
    transparent_crc(g_199.f1.f4, "g_199.f1.f4", print_hash_value);
    transparent_crc(g_199.f2, "g_199.f2", print_hash_value);
    transparent_crc(g_199.f3, "g_199.f3", print_hash_value);
    transparent_crc(g_199.f4.f0, "g_199.f4.f0", print_hash_value);
    transparent_crc(g_199.f4.f1, "g_199.f4.f1", print_hash_value);
    transparent_crc(g_199.f4.f2, "g_199.f4.f2", print_hash_value);
    transparent_crc(g_199.f4.f3, "g_199.f4.f3", print_hash_value);
    transparent_crc(g_199.f4.f4, "g_199.f4.f4", print_hash_value);
    transparent_crc(g_199.f5, "g_199.f5", print_hash_value);
    transparent_crc(g_199.f6, "g_199.f6", print_hash_value);
    transparent_crc(g_202.f0, "g_202.f0", print_hash_value);
    transparent_crc(g_202.f1.f0, "g_202.f1.f0", print_hash_value);
    transparent_crc(g_202.f1.f1, "g_202.f1.f1", print_hash_value);
    transparent_crc(g_202.f1.f2, "g_202.f1.f2", print_hash_value);
    transparent_crc(g_202.f1.f3, "g_202.f1.f3", print_hash_value);
    transparent_crc(g_202.f1.f4, "g_202.f1.f4", print_hash_value);
    transparent_crc(g_202.f2, "g_202.f2", print_hash_value);
    transparent_crc(g_202.f3, "g_202.f3", print_hash_value);
    transparent_crc(g_202.f4.f0, "g_202.f4.f0", print_hash_value);
    transparent_crc(g_202.f4.f1, "g_202.f4.f1", print_hash_value);
    transparent_crc(g_202.f4.f2, "g_202.f4.f2", print_hash_value);
    transparent_crc(g_202.f4.f3, "g_202.f4.f3", print_hash_value);
    transparent_crc(g_202.f4.f4, "g_202.f4.f4", print_hash_value);
    transparent_crc(g_202.f5, "g_202.f5", print_hash_value);
    transparent_crc(g_202.f6, "g_202.f6", print_hash_value);
    transparent_crc(g_206, "g_206", print_hash_value);
    transparent_crc(g_251, "g_251", print_hash_value);
    transparent_crc(g_292, "g_292", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_293[i], "g_293[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_332[i][j], "g_332[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_353[i], "g_353[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_370[i], "g_370[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
