#include "csmith.h"
static long __undefined;
static int32_t g_2[1] = {0L};
static int8_t g_14[3][1] = {{0xDCL},{0xDCL},{0xDCL}};
static int32_t g_19 = 0x213AF72BL;
static uint16_t g_23 = 0x2496L;
static int64_t g_34[4] = {0x94A737B78F18B011LL,0x94A737B78F18B011LL,0x94A737B78F18B011LL,0x94A737B78F18B011LL};
static int32_t g_35 = 0xACA62E26L;
static uint32_t g_36 = 1UL;
static uint32_t g_63 = 0xAD9F1AA4L;
static int32_t *g_71[1][4] = {{&g_19,&g_19,&g_19,&g_19}};
static uint32_t g_82 = 1UL;
static uint32_t g_89 = 0x75DCB435L;
static const uint16_t  func_1(void);
static int8_t  func_7(int32_t  p_8, int8_t  p_9, int32_t  p_10, const int8_t  p_11);
static const int32_t * func_39(uint64_t  p_40, int32_t * p_41);
static const uint16_t  func_1(void)
{ 
    uint8_t l_12[4];
    int32_t l_15 = 0xDFA831EBL;
    int64_t l_16[1];
    int32_t *l_70 = &l_15;
    int32_t **l_69[2][2];
    uint64_t l_80[2][2];
    int i, j;
    for (i = 0; i < 4; i++)
        l_12[i] = 0x8FL;
    for (i = 0; i < 1; i++)
        l_16[i] = 1L;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_69[i][j] = &l_70;
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_80[i][j] = 0xF66244A889BFF34FLL;
    }
    for (g_2[0] = 0; (g_2[0] == (-7)); --g_2[0])
    { 
        int8_t *l_13[4];
        const int32_t l_17[2] = {1L,1L};
        int32_t l_33[2][2];
        int i, j;
        for (i = 0; i < 4; i++)
            l_13[i] = &g_14[2][0];
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 2; j++)
                l_33[i][j] = 0x7DC23988L;
        }
        g_19 = (((safe_mod_func_int32_t_s_s(((func_7(l_12[1], (l_16[0] = (l_15 = g_2[0])), l_12[1], l_17[0]) != l_12[1]) >= 0xA5L), 0x720725FCL)) != l_17[0]) >= g_19);
        for (g_23 = 0; (g_23 <= 0); g_23 += 1)
        { 
            int32_t *l_26 = &l_15;
            int32_t *l_27 = &g_19;
            int32_t *l_28 = (void*)0;
            int32_t *l_29 = (void*)0;
            int32_t *l_30 = &l_15;
            int32_t *l_31 = &g_19;
            int32_t *l_32[4];
            int64_t *l_61 = (void*)0;
            int64_t *l_62 = &g_34[0];
            const int32_t *l_68 = &l_17[0];
            const int32_t **l_67 = &l_68;
            int i, j;
            for (i = 0; i < 4; i++)
                l_32[i] = &l_15;
            g_36--;
            (*l_67) = func_39((g_14[g_23][g_23] <= (~(((safe_lshift_func_uint8_t_u_s(((safe_sub_func_uint64_t_u_u((safe_add_func_uint8_t_u_u((((safe_sub_func_int32_t_s_s(((l_15 = (safe_sub_func_uint32_t_u_u(g_14[g_23][g_23], 0L))) , (((g_63 &= (((safe_sub_func_uint32_t_u_u((((((((*l_62) |= (((((safe_div_func_uint64_t_u_u(g_14[0][0], ((safe_mod_func_int32_t_s_s((safe_sub_func_int8_t_s_s(((*l_27) > g_14[0][0]), g_36)), l_17[0])) ^ g_2[0]))) || l_33[0][1]) , (void*)0) != l_13[2]) , g_35)) , g_23) != l_12[1]) ^ 0L) , g_34[2]) != l_33[1][1]), g_23)) || g_34[2]) & g_36)) , (*l_26)) , 0xD72D30A9L)), 1UL)) >= 7L) | l_12[0]), l_16[0])), 0xD76E668196E547EFLL)) <= g_23), 3)) < 0xB0A0L) > 0x7740323AL))), &g_2[0]);
        }
    }
    g_71[0][0] = &g_2[0];
    (*l_70) |= (-3L);
    for (g_35 = 0; (g_35 > (-12)); g_35--)
    { 
        uint32_t *l_81 = &g_82;
        uint32_t *l_87 = (void*)0;
        uint32_t *l_88 = &g_89;
        int32_t l_90 = (-1L);
        int32_t l_101 = 0xCCB484BBL;
        (*l_70) = (safe_add_func_int8_t_s_s(((g_35 , g_2[0]) <= ((safe_add_func_uint8_t_u_u((((*l_88) = (safe_lshift_func_int8_t_s_s((l_80[1][1] ^ (((*l_81)--) && (safe_lshift_func_uint8_t_u_u(g_14[2][0], 3)))), 1))) || l_90), g_2[0])) ^ 8UL)), g_35));
        g_71[0][0] = ((safe_lshift_func_int8_t_s_s((((((((l_101 &= ((safe_mul_func_int16_t_s_s(0x4BE3L, (((((g_23 != (safe_div_func_int64_t_s_s((((safe_mul_func_int8_t_s_s((g_63 , g_2[0]), (safe_add_func_int16_t_s_s(g_19, l_90)))) < g_63) | l_90), 1L))) ^ l_90) >= (-3L)) & 1L) ^ g_14[1][0]))) >= g_14[1][0])) < 0xC176L) , 9UL) | 0xBA7F7E75L) == g_23) , 0x3BL) , g_23), 5)) , (void*)0);
        for (l_101 = 0; (l_101 != (-6)); l_101--)
        { 
            int32_t *l_104 = &l_15;
            (*l_70) |= (&g_14[0][0] == ((&g_19 == (l_104 = l_104)) , &g_14[0][0]));
        }
    }
    return g_34[2];
}
static int8_t  func_7(int32_t  p_8, int8_t  p_9, int32_t  p_10, const int8_t  p_11)
{ 
    int32_t *l_18 = &g_19;
    int32_t *l_20 = (void*)0;
    int32_t *l_21 = &g_19;
    int32_t *l_22[2][2];
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_22[i][j] = &g_19;
    }
    ++g_23;
    return g_14[2][0];
}
static const int32_t * func_39(uint64_t  p_40, int32_t * p_41)
{ 
    int32_t *l_65 = (void*)0;
    int32_t **l_64 = &l_65;
    int32_t *l_66 = &g_19;
    (*l_64) = &g_2[0];
    (*l_66) &= (*p_41);
    return &g_19;
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
        transparent_crc(g_2[i], "g_2[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_14[i][j], "g_14[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_19, "g_19", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_34[i], "g_34[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_89, "g_89", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
