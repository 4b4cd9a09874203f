#include "csmith.h"
static long __undefined;
static const int32_t g_4 = 0L;
static int32_t g_26 = 0x1DC6B79DL;
static int32_t g_30[4] = {0L,0L,0L,0L};
static uint32_t g_32 = 0xD54EC7E3L;
static const int32_t g_45 = 0xBA430906L;
static const int32_t g_47 = 0L;
static const int32_t *g_46 = &g_47;
static int8_t g_62 = 0x77L;
static int8_t g_64 = 0xE0L;
static int64_t g_67[2][4] = {{0xAE861E80F96066EALL,0xAE861E80F96066EALL,0x5D2985DA4005DEF9LL,0xAE861E80F96066EALL},{0xAE861E80F96066EALL,0xED1686206571F67BLL,0xED1686206571F67BLL,0xAE861E80F96066EALL}};
static int32_t *g_70 = &g_26;
static int16_t g_95 = 0x7630L;
static uint32_t g_110 = 18446744073709551615UL;
static int64_t  func_1(void);
static int8_t  func_18(int32_t  p_19, int64_t  p_20, uint8_t  p_21, int64_t  p_22);
static int32_t * func_23(int32_t * p_24);
static int64_t  func_1(void)
{ 
    uint16_t l_7 = 0UL;
    int32_t l_114 = 0x243A4560L;
    int32_t l_115 = 0x5C792442L;
    l_115 ^= (safe_lshift_func_int16_t_s_s((g_4 | ((safe_mul_func_uint8_t_u_u((++l_7), g_4)) || (g_4 > (l_114 = (((safe_sub_func_uint32_t_u_u(((safe_sub_func_uint8_t_u_u((safe_mul_func_int8_t_s_s(l_7, (((safe_lshift_func_int8_t_s_s(func_18((g_4 <= g_4), l_7, l_7, g_4), 2)) , g_30[1]) >= l_7))), g_47)) || g_45), 0x7E6EF1F7L)) == g_64) , 0x26A377049B5B57A0LL))))), 10));
    for (g_26 = 0; (g_26 >= (-10)); g_26--)
    { 
        int16_t l_118 = 0x4B9EL;
        return l_118;
    }
    return l_7;
}
static int8_t  func_18(int32_t  p_19, int64_t  p_20, uint8_t  p_21, int64_t  p_22)
{ 
    int32_t *l_25 = &g_26;
    int32_t **l_111 = &g_70;
    (*l_111) = func_23(l_25);
    for (p_22 = (-17); (p_22 < (-16)); p_22 = safe_add_func_uint8_t_u_u(p_22, 1))
    { 
        (*l_111) = (*l_111);
    }
    return (*l_25);
}
static int32_t * func_23(int32_t * p_24)
{ 
    int32_t l_27 = 0x29855EECL;
    int32_t *l_28 = (void*)0;
    int32_t *l_29[4] = {&g_26,&g_26,&g_26,&g_26};
    int16_t l_31 = 0x4801L;
    int32_t l_76 = 0L;
    int i;
    l_27 = (p_24 == p_24);
    ++g_32;
    for (l_27 = 0; (l_27 <= 3); l_27 += 1)
    { 
        const int32_t *l_44 = &g_45;
        const int32_t **l_43[1][1];
        int32_t l_50 = (-1L);
        int32_t *l_59 = &g_26;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_43[i][j] = &l_44;
        }
        l_50 = (g_26 = ((((0x7BE7L >= (safe_sub_func_int8_t_s_s(0xF9L, ((safe_mul_func_uint16_t_u_u((((safe_add_func_uint16_t_u_u((safe_add_func_int16_t_s_s((((l_29[l_27] = p_24) == (g_46 = &l_27)) , (safe_sub_func_int64_t_s_s((g_30[l_27] < g_30[l_27]), g_30[l_27]))), 0xE531L)), g_30[l_27])) , g_30[0]) ^ g_47), g_45)) > 0UL)))) & 0UL) < g_26) != 7UL));
        for (l_50 = 0; (l_50 <= 3); l_50 += 1)
        { 
            int32_t **l_60 = &l_29[1];
            int8_t *l_61 = &g_62;
            int8_t *l_63 = &g_64;
            uint32_t l_65 = 1UL;
            int64_t *l_66 = &g_67[0][2];
            int16_t *l_94 = &g_95;
            uint8_t l_108 = 246UL;
            int i;
        }
    }
    return &g_26;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_30[i], "g_30[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_32, "g_32", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_62, "g_62", print_hash_value);
    transparent_crc(g_64, "g_64", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_67[i][j], "g_67[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_110, "g_110", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
