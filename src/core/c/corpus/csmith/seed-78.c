#include "csmith.h"
static long __undefined;
static uint16_t g_5 = 1UL;
static int16_t g_13 = 0x6CDEL;
static int16_t g_33 = 0x58FEL;
static int16_t *g_32 = &g_33;
static int8_t g_35 = (-1L);
static int32_t g_39 = (-1L);
static uint8_t g_54 = 0xE3L;
static uint32_t g_69[1] = {0x00BAF9C3L};
static int32_t  func_1(void);
static const int32_t  func_2(uint8_t  p_3, const int16_t  p_4);
static uint8_t  func_6(int32_t  p_7, uint64_t  p_8, int32_t  p_9, uint16_t  p_10);
static int32_t  func_1(void)
{ 
    int32_t l_11 = 0xCB63E8E1L;
    int16_t *l_12 = &g_13;
    int32_t *l_75 = &g_39;
    (*l_75) = func_2(g_5, ((-1L) && func_6(g_5, (((((*l_12) = l_11) <= (g_5 ^ 1UL)) <= 4294967295UL) , l_11), g_5, l_11)));
    return (*l_75);
}
static const int32_t  func_2(uint8_t  p_3, const int16_t  p_4)
{ 
    int32_t *l_41 = &g_39;
    int32_t **l_40 = &l_41;
    int32_t l_50 = 0xAF6DDF93L;
    int16_t **l_67 = &g_32;
    int16_t ***l_66 = &l_67;
    uint32_t *l_68[2][3];
    int16_t ** const *l_73 = (void*)0;
    int16_t ** const **l_72 = &l_73;
    int32_t *l_74 = &l_50;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
            l_68[i][j] = &g_69[0];
    }
    (*l_40) = &g_39;
    if (((safe_mod_func_int64_t_s_s(((((g_13 == (((~(safe_mul_func_uint8_t_u_u(0x86L, (**l_40)))) == g_33) <= (safe_mod_func_uint32_t_u_u(p_4, 0x197B2C3CL)))) , (void*)0) != (void*)0) == g_35), g_13)) , g_5))
    { 
        return g_13;
    }
    else
    { 
        int32_t *l_49[3][2];
        int32_t l_63 = (-1L);
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 2; j++)
                l_49[i][j] = (void*)0;
        }
        (*l_40) = (void*)0;
        l_50 = 1L;
        if ((g_39 , 0x9EF6E88FL))
        { 
            return g_33;
        }
        else
        { 
            uint64_t l_51[4][3] = {{0x3A871D1BA0576189LL,0x3A871D1BA0576189LL,0xD9E6264A05A9EE2BLL},{0x3A871D1BA0576189LL,0x3A871D1BA0576189LL,0xD9E6264A05A9EE2BLL},{0x3A871D1BA0576189LL,0x3A871D1BA0576189LL,0xD9E6264A05A9EE2BLL},{0x3A871D1BA0576189LL,0x3A871D1BA0576189LL,0xD9E6264A05A9EE2BLL}};
            int32_t *l_56 = &l_50;
            int32_t **l_55 = &l_56;
            uint64_t *l_57[2][2];
            int32_t l_58 = 0xE2BB11FEL;
            int32_t l_59 = 0xB236EDAEL;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                    l_57[i][j] = &l_51[3][1];
            }
            for (g_39 = 0; (g_39 <= 1); g_39 += 1)
            { 
                uint64_t l_52 = 0x796E9900F1D91A4ALL;
                uint8_t *l_53[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_53[i] = &g_54;
                l_52 = l_51[3][1];
                (*l_40) = ((g_54 &= 5UL) , l_49[0][0]);
                return l_52;
            }
            l_59 = ((((*l_40) = l_49[1][0]) == ((*l_55) = &g_39)) <= (l_58 = ((((void*)0 == &g_13) >= (g_5 || 0x0B8BL)) ^ g_39)));
            (*l_56) = ((!((((((safe_sub_func_int16_t_s_s(((((l_63 ^= p_3) < g_54) != g_54) != (p_3 <= g_35)), 0x120EL)) >= 6L) , (void*)0) != (*l_55)) < (*l_56)) && p_3)) == (**l_55));
        }
    }
    (*l_72) = ((p_4 , (safe_mul_func_uint8_t_u_u(((void*)0 == l_66), (((g_69[0]--) <= g_5) , g_39)))) , (void*)0);
    (*l_74) = (-4L);
    return g_33;
}
static uint8_t  func_6(int32_t  p_7, uint64_t  p_8, int32_t  p_9, uint16_t  p_10)
{ 
    int16_t *l_17[3][1];
    int16_t **l_16 = &l_17[1][0];
    int16_t *l_18 = &g_13;
    int16_t ***l_19 = (void*)0;
    int16_t **l_21[4] = {&l_18,&l_18,&l_18,&l_18};
    int16_t ***l_20 = &l_21[2];
    int32_t l_31 = 0x56FD8C65L;
    int8_t *l_34 = &g_35;
    int16_t *l_36 = &g_33;
    const uint64_t l_37[1] = {0xB45C761B8CE22955LL};
    int32_t *l_38[4][1];
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_17[i][j] = &g_13;
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
            l_38[i][j] = &g_39;
    }
    g_39 ^= (((((((*l_34) = (safe_rshift_func_int16_t_s_s((((*l_18) = (1UL > (((*l_16) = &g_13) != (void*)0))) < (((*l_20) = &l_18) != (((((l_31 = (safe_mod_func_int64_t_s_s((safe_unary_minus_func_int32_t_s((safe_div_func_int64_t_s_s((safe_mul_func_int8_t_s_s((safe_lshift_func_int8_t_s_u((g_5 || g_5), p_9)), g_5)), p_9)))), (-1L)))) , (void*)0) == g_32) >= 1L) , &g_32))), 6))) , l_31) ^ g_33) , &g_13) != l_36) <= l_37[0]);
    return g_39;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_13, "g_13", print_hash_value);
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    transparent_crc(g_54, "g_54", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_69[i], "g_69[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
