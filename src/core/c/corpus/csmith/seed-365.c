#include "csmith.h"
static long __undefined;
static uint32_t g_16[1] = {9UL};
static uint16_t g_18 = 0xE74EL;
static int32_t g_21 = 0x8C556123L;
static uint64_t g_49[4][1] = {{0x681C37F5E1753097LL},{0xD21DD8E181F51B43LL},{0x681C37F5E1753097LL},{0xD21DD8E181F51B43LL}};
static int64_t g_61 = 4L;
static uint32_t  func_1(void);
static int32_t  func_22(int32_t * p_23);
static int32_t * func_24(int32_t  p_25);
static uint32_t  func_1(void)
{ 
    uint64_t l_7 = 18446744073709551609UL;
    uint16_t *l_17 = &g_18;
    int32_t *l_19 = (void*)0;
    int32_t *l_20 = &g_21;
    uint16_t *l_28 = (void*)0;
    (*l_20) = ((((*l_17) = (safe_add_func_uint64_t_u_u(((!(safe_div_func_uint64_t_u_u(l_7, (safe_lshift_func_int16_t_s_s(l_7, 9))))) && (safe_add_func_int64_t_s_s(l_7, (safe_mul_func_uint8_t_u_u(l_7, ((((safe_mod_func_int32_t_s_s(g_16[0], 1L)) | g_16[0]) != g_16[0]) >= l_7)))))), l_7))) != 65535UL) != l_7);
    g_61 = func_22(func_24((safe_div_func_int32_t_s_s((l_28 == (void*)0), (safe_lshift_func_uint16_t_u_u(0xA4D9L, 5))))));
    return g_49[0][0];
}
static int32_t  func_22(int32_t * p_23)
{ 
    int32_t * const l_51 = (void*)0;
    int32_t * const *l_50 = &l_51;
    int32_t * const **l_52 = &l_50;
    int32_t *l_57[2];
    int32_t **l_56 = &l_57[1];
    int32_t ***l_55 = &l_56;
    int32_t ****l_58 = &l_55;
    int32_t ***l_59 = &l_56;
    uint32_t l_60 = 0xAFFF16CEL;
    int i;
    for (i = 0; i < 2; i++)
        l_57[i] = &g_21;
    (*l_52) = l_50;
    (**l_56) = ((0L <= (safe_sub_func_int32_t_s_s((((*l_58) = l_55) != (l_59 = (void*)0)), l_60))) && (*p_23));
    return (*p_23);
}
static int32_t * func_24(int32_t  p_25)
{ 
    int32_t *l_46 = &g_21;
    uint64_t *l_47 = (void*)0;
    uint64_t *l_48 = &g_49[1][0];
    (*l_46) = (g_16[0] == (safe_rshift_func_int16_t_s_u((((*l_48) &= ((((safe_mod_func_uint8_t_u_u((0UL != (safe_sub_func_uint64_t_u_u(g_16[0], (safe_lshift_func_uint16_t_u_u((safe_mod_func_uint64_t_u_u((p_25 , ((safe_div_func_int32_t_s_s((safe_unary_minus_func_int32_t_s((safe_lshift_func_uint16_t_u_u((0x83L && p_25), p_25)))), 4294967294UL)) & 7L)), p_25)), 1))))), 0x0BL)) , l_46) != l_46) < g_18)) & 0UL), 6)));
    return &g_21;
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
        transparent_crc(g_16[i], "g_16[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_21, "g_21", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_49[i][j], "g_49[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_61, "g_61", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
