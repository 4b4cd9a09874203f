#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0xE8CFF0EAL;
static int32_t g_35[4][3] = {{0xC0F1FA6FL,0xC0F1FA6FL,0xC0F1FA6FL},{0xC0F1FA6FL,0xC0F1FA6FL,0xC0F1FA6FL},{0xC0F1FA6FL,0xC0F1FA6FL,0xC0F1FA6FL},{0xC0F1FA6FL,0xC0F1FA6FL,0xC0F1FA6FL}};
static int8_t g_37[1] = {0x49L};
static int16_t g_38[1] = {1L};
static uint32_t g_43 = 1UL;
static int64_t g_55 = 0x05E7732C35242359LL;
static uint8_t g_63[3][1] = {{8UL},{8UL},{8UL}};
static int32_t *g_80 = &g_35[1][1];
static uint8_t  func_1(void);
static uint32_t  func_7(int64_t  p_8, int16_t  p_9);
static uint8_t  func_10(uint32_t  p_11, int32_t  p_12, int32_t  p_13, int64_t  p_14, uint32_t  p_15);
static uint8_t  func_1(void)
{ 
    uint8_t l_64 = 0x26L;
    int32_t l_65[1];
    int32_t l_91 = 0x5C77F51BL;
    uint16_t l_100 = 0xEED3L;
    int i;
    for (i = 0; i < 1; i++)
        l_65[i] = (-8L);
    for (g_2 = (-5); (g_2 != 13); g_2 = safe_add_func_int64_t_s_s(g_2, 3))
    { 
        return g_2;
    }
    for (g_2 = (-22); (g_2 != (-22)); g_2 = safe_add_func_uint16_t_u_u(g_2, 4))
    { 
        const uint32_t l_18 = 0UL;
        uint8_t *l_62[2];
        int32_t *l_67 = &g_35[2][1];
        uint32_t l_76 = 1UL;
        int32_t *l_96 = &g_35[1][1];
        int32_t *l_97 = (void*)0;
        int32_t *l_98 = &l_65[0];
        int32_t *l_99[4] = {&l_65[0],&l_65[0],&l_65[0],&l_65[0]};
        int i;
        for (i = 0; i < 2; i++)
            l_62[i] = &g_63[2][0];
        if ((((*l_67) = ((0xEF7D6512L && func_7((3L < (1UL <= ((l_64 &= func_10(((safe_sub_func_int16_t_s_s(((((l_18 != (0x41L & g_2)) ^ 0UL) <= 2L) < (-1L)), l_18)) , 2UL), g_2, g_2, g_2, l_18)) == (-4L)))), l_65[0])) > 5L)) , g_37[0]))
        { 
            int8_t l_73[2][2];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                    l_73[i][j] = 0xB4L;
            }
            for (l_64 = (-25); (l_64 > 18); l_64++)
            { 
                int32_t **l_70 = &l_67;
                (*l_70) = &l_65[0];
                if (g_55)
                    break;
                (*l_67) = (safe_rshift_func_int8_t_s_s(l_73[1][1], ((safe_rshift_func_int8_t_s_u(l_73[0][0], (((&l_65[0] == &g_35[2][1]) ^ ((g_35[0][0] ^ (-10L)) , g_38[0])) <= l_76))) > 0x4A90BB50L)));
            }
        }
        else
        { 
            uint32_t l_81 = 0UL;
            int32_t l_92 = 7L;
            for (g_55 = 7; (g_55 > (-28)); g_55 = safe_sub_func_int32_t_s_s(g_55, 9))
            { 
                int32_t **l_79[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_79[i] = &l_67;
                g_80 = l_67;
                --l_81;
                l_91 &= ((safe_div_func_int32_t_s_s((0x4DBBL & ((0xA026L | ((safe_add_func_int16_t_s_s((((+((*l_67) ^= (g_63[2][0] ^ (safe_div_func_int64_t_s_s(0x6318FFE4DFDC5D49LL, (g_55 ^ 0x03L)))))) , 0xFC961BCE71E83BB0LL) >= l_65[0]), 0L)) ^ 2UL)) ^ 0UL)), g_63[2][0])) >= l_65[0]);
            }
            l_92 |= (1L && g_55);
            for (g_43 = 0; (g_43 <= 31); g_43 = safe_add_func_int64_t_s_s(g_43, 7))
            { 
                int32_t *l_95 = &l_92;
                (*l_95) &= (*g_80);
            }
        }
        (*g_80) |= (0x95L <= 255UL);
        ++l_100;
    }
    return g_37[0];
}
static uint32_t  func_7(int64_t  p_8, int16_t  p_9)
{ 
    uint32_t l_66 = 18446744073709551612UL;
    return l_66;
}
static uint8_t  func_10(uint32_t  p_11, int32_t  p_12, int32_t  p_13, int64_t  p_14, uint32_t  p_15)
{ 
    const int8_t l_23 = 0x7FL;
    int32_t *l_34[1];
    int8_t *l_36[1][3];
    int32_t l_39 = 0x41911659L;
    uint32_t *l_40 = (void*)0;
    uint32_t *l_41 = (void*)0;
    uint32_t *l_42[1][3];
    uint16_t l_44 = 65533UL;
    int8_t **l_47 = &l_36[0][2];
    uint16_t l_50 = 0xB1AAL;
    int32_t **l_53 = &l_34[0];
    int64_t *l_54[2];
    uint64_t l_56 = 0x35AE52E9AD701FB0LL;
    int32_t l_61[3];
    int i, j;
    for (i = 0; i < 1; i++)
        l_34[i] = &g_35[1][1];
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_36[i][j] = &g_37[0];
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_42[i][j] = &g_43;
    }
    for (i = 0; i < 2; i++)
        l_54[i] = &g_55;
    for (i = 0; i < 3; i++)
        l_61[i] = 0x4372BB13L;
    l_44 = ((p_15 = (safe_lshift_func_uint8_t_u_s((safe_lshift_func_int16_t_s_u((l_23 == 0xCEE2L), (safe_rshift_func_int8_t_s_u((((safe_mul_func_uint8_t_u_u((((g_38[0] = (safe_mul_func_uint16_t_u_u(l_23, (((safe_sub_func_uint8_t_u_u((safe_rshift_func_int8_t_s_s((g_37[0] = (((1L < ((g_35[2][1] = g_2) > 1L)) == 0xAD4F6C5533F2A6ADLL) <= g_2)), 6)), 0xCCL)) & (-1L)) && 0L)))) && 3UL) > p_15), 0x60L)) > 6UL) == l_39), 1)))), 1))) , g_38[0]);
    g_35[1][0] |= (safe_mod_func_int32_t_s_s((g_2 , (((*l_47) = l_36[0][2]) == &g_37[0])), ((safe_mod_func_int32_t_s_s((((g_2 , &g_35[1][1]) == l_34[0]) != p_11), g_37[0])) , g_2)));
    l_50 = 0x68FB0C4FL;
    l_61[2] ^= (safe_lshift_func_uint8_t_u_u(((p_12 != (l_56 |= (((*l_53) = &g_2) == &g_2))) && ((safe_div_func_int16_t_s_s((((safe_div_func_int32_t_s_s(p_11, (p_11 ^ g_43))) <= p_14) , p_11), 1L)) < p_13)), 6));
    return p_12;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_35[i][j], "g_35[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_37[i], "g_37[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_38[i], "g_38[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_55, "g_55", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_63[i][j], "g_63[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
