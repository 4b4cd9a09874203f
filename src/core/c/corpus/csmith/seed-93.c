#include "csmith.h"
static long __undefined;
static int32_t g_3[1][1] = {{0xD976FF55L}};
static int32_t *g_33 = (void*)0;
static int32_t g_45 = (-10L);
static int8_t g_46 = 0x0BL;
static uint64_t g_58 = 0xB8B2EF5EAD4A2B52LL;
static uint32_t g_59 = 1UL;
static uint8_t  func_1(void);
static int8_t  func_6(int16_t  p_7, int16_t  p_8, uint16_t  p_9);
static int32_t  func_12(uint32_t  p_13, uint32_t  p_14, int8_t  p_15, uint32_t  p_16, uint32_t  p_17);
static uint8_t  func_1(void)
{ 
    uint16_t l_2 = 2UL;
    int32_t l_47 = (-9L);
    int32_t **l_56 = &g_33;
    uint64_t *l_57 = &g_58;
    l_2 &= 0L;
    g_3[0][0] = 0x743D837BL;
    g_3[0][0] = (safe_add_func_int8_t_s_s((((func_6(l_2, g_3[0][0], (safe_add_func_uint32_t_u_u(g_3[0][0], l_2))) <= 1UL) & g_46) <= l_47), l_47));
    g_59 ^= ((*g_33) = (safe_mul_func_uint8_t_u_u(((safe_add_func_int16_t_s_s((safe_mod_func_int16_t_s_s((g_45 ^ 65526UL), ((safe_sub_func_uint64_t_u_u(((l_56 == (void*)0) & ((((*l_57) = 0UL) && (**l_56)) && (**l_56))), 0x47BEBA6E32111C1BLL)) && 0x9BL))), g_45)) , g_58), (**l_56))));
    return (**l_56);
}
static int8_t  func_6(int16_t  p_7, int16_t  p_8, uint16_t  p_9)
{ 
    uint32_t l_18[2];
    int8_t l_31 = 0x6DL;
    int32_t *l_42 = &g_3[0][0];
    int32_t *l_44 = &g_45;
    int i;
    for (i = 0; i < 2; i++)
        l_18[i] = 18446744073709551606UL;
    (*l_42) = func_12(l_18[1], ((safe_mod_func_int32_t_s_s((((safe_rshift_func_int16_t_s_s((((safe_mul_func_uint8_t_u_u(l_18[0], (g_3[0][0] >= ((safe_rshift_func_uint16_t_u_s(65532UL, (((safe_mod_func_int64_t_s_s((safe_rshift_func_uint16_t_u_s(g_3[0][0], l_18[0])), p_9)) == l_31) && 0x06L))) && p_7)))) <= 0x51L) != p_8), 10)) >= l_18[1]) ^ 0x00L), 4294967289UL)) & l_31), g_3[0][0], l_18[0], g_3[0][0]);
    (*l_44) ^= (!((*l_42) , p_9));
    return (*l_42);
}
static int32_t  func_12(uint32_t  p_13, uint32_t  p_14, int8_t  p_15, uint32_t  p_16, uint32_t  p_17)
{ 
    int32_t **l_32 = (void*)0;
    int32_t l_34 = 0L;
    uint8_t l_35 = 0x18L;
    uint32_t l_41 = 9UL;
    g_33 = &g_3[0][0];
    if ((*g_33))
    { 
        l_35++;
    }
    else
    { 
        int32_t ***l_38 = &l_32;
        int32_t **l_40[1][2];
        int32_t ***l_39 = &l_40[0][1];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_40[i][j] = &g_33;
        }
        (*l_39) = ((*l_38) = l_32);
    }
    (*g_33) = l_34;
    (*g_33) = l_41;
    return p_16;
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
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_3[i][j], "g_3[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_59, "g_59", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
