#include "csmith.h"
static long __undefined;
static int32_t g_4 = (-7L);
static int32_t g_12 = 0x80CA9F8DL;
static int32_t g_14 = (-1L);
static uint64_t g_15[2] = {18446744073709551609UL,18446744073709551609UL};
static int16_t g_19[3] = {(-1L),(-1L),(-1L)};
static int32_t *g_22[3] = {&g_4,&g_4,&g_4};
static uint16_t g_36[3] = {9UL,9UL,9UL};
static int16_t g_44 = 0x2EFAL;
static const uint16_t g_69[1] = {0xB18AL};
static uint8_t g_79[1] = {0x52L};
static int16_t g_93 = 0x5E7CL;
static int32_t g_96 = 0xCECC2FCFL;
static uint32_t  func_1(void);
static int32_t  func_5(int32_t * p_6, int32_t * const  p_7);
static int32_t * const  func_8(int32_t * p_9);
static uint32_t  func_1(void)
{ 
    uint16_t l_2 = 0UL;
    int32_t *l_3 = &g_4;
    const uint16_t *l_68 = &g_69[0];
    uint8_t *l_80 = (void*)0;
    int64_t l_97 = 0L;
    (*l_3) = l_2;
    (*l_3) = ((func_5(&g_4, func_8(&g_4)) != (g_44 , g_44)) > g_44);
    for (g_44 = 2; (g_44 >= 0); g_44 -= 1)
    { 
        int8_t l_51 = 0x88L;
        uint32_t l_91 = 0x8FA4CEBEL;
        for (l_2 = 0; (l_2 <= 2); l_2 += 1)
        { 
            uint16_t l_52[1];
            uint8_t l_89[1][4] = {{248UL,248UL,248UL,248UL}};
            int i, j;
            for (i = 0; i < 1; i++)
                l_52[i] = 0xE11EL;
            if (((safe_mod_func_int16_t_s_s(0xC743L, g_15[0])) != 18446744073709551615UL))
            { 
                int i;
                g_22[g_44] = (((g_14 | (18446744073709551615UL ^ ((safe_div_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u(((((l_51 && g_15[0]) > (g_15[0] ^ g_15[0])) >= (*l_3)) != (*l_3)), l_52[0])), g_4)) != g_19[2]))) & (*l_3)) , &g_14);
            }
            else
            { 
                const uint32_t l_65[3] = {0UL,0UL,0UL};
                uint8_t *l_78 = &g_79[0];
                uint16_t *l_90 = &g_36[1];
                uint8_t *l_92[4];
                uint16_t *l_94 = &l_52[0];
                uint16_t *l_95 = (void*)0;
                int i;
                for (i = 0; i < 4; i++)
                    l_92[i] = &l_89[0][0];
                (*l_3) = (safe_lshift_func_uint8_t_u_s((safe_mul_func_uint8_t_u_u(((((((safe_rshift_func_int16_t_s_s((*l_3), 13)) | 0x1FB7192EL) , ((safe_mul_func_int16_t_s_s((safe_lshift_func_uint8_t_u_s((((safe_mul_func_uint8_t_u_u(l_65[2], (safe_mul_func_int8_t_s_s(((l_68 = &g_36[1]) == &l_52[0]), g_44)))) , g_36[0]) ^ g_15[0]), 1)), 0xBB1EL)) != (-1L))) , g_15[0]) <= g_15[0]) , 0x7CL), g_15[0])), l_51));
                (*l_3) = ((((safe_mul_func_uint8_t_u_u((safe_rshift_func_int16_t_s_u((((((safe_mod_func_uint16_t_u_u((g_96 = ((*l_94) = (((g_93 = (safe_add_func_uint8_t_u_u(((*l_78) = 255UL), ((((l_80 != l_80) ^ ((*l_90) ^= (safe_lshift_func_int16_t_s_s((g_19[l_2] |= ((safe_sub_func_uint16_t_u_u(l_51, ((safe_lshift_func_uint16_t_u_s((safe_add_func_uint64_t_u_u(((((0x7628F8C84420CA57LL | l_52[0]) <= g_15[1]) & l_89[0][0]) , 18446744073709551615UL), (*l_3))), 8)) ^ g_15[1]))) >= g_12)), 6)))) & g_4) == l_91)))) , 0UL) < 0x33C0C381FEC7F1FFLL))), 0xDC75L)) > (*l_3)) , g_96) , g_15[0]) && g_14), 6)), (*l_3))) != l_51) && (*l_3)) , g_19[l_2]);
                g_22[l_2] = &g_96;
            }
        }
    }
    return l_97;
}
static int32_t  func_5(int32_t * p_6, int32_t * const  p_7)
{ 
    int32_t *l_40 = &g_14;
    int32_t **l_41 = (void*)0;
    int32_t **l_42 = (void*)0;
    int32_t **l_43 = &g_22[1];
    (*l_43) = l_40;
    return (*p_6);
}
static int32_t * const  func_8(int32_t * p_9)
{ 
    uint64_t l_10[1];
    int32_t l_13 = 0xC18AB9C2L;
    int16_t *l_18 = &g_19[2];
    int i;
    for (i = 0; i < 1; i++)
        l_10[i] = 0xE6D058A835A23E86LL;
    for (g_4 = 0; (g_4 >= 0); g_4 -= 1)
    { 
        int32_t *l_11[2][1];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_11[i][j] = &g_12;
        }
        g_12 |= l_10[g_4];
        g_15[0]--;
        if (g_15[0])
            continue;
    }
    if (((p_9 == p_9) || ((*l_18) ^= l_10[0])))
    { 
        return &g_14;
    }
    else
    { 
        uint64_t l_39[4];
        int i;
        for (i = 0; i < 4; i++)
            l_39[i] = 8UL;
        for (g_12 = 0; (g_12 > (-14)); g_12--)
        { 
            uint32_t l_27 = 0x552AD14CL;
            uint16_t *l_34 = (void*)0;
            uint16_t *l_35 = &g_36[1];
            g_22[2] = &g_12;
            for (l_13 = 2; (l_13 >= 0); l_13 -= 1)
            { 
                int i;
                (*p_9) = (*p_9);
            }
            for (g_14 = 0; (g_14 <= 2); g_14 += 1)
            { 
                return p_9;
            }
            (*p_9) = (safe_mod_func_int16_t_s_s(((g_15[0] > (((safe_div_func_uint8_t_u_u(((((0x9ED5L != (l_27 || (safe_rshift_func_int8_t_s_u((safe_mod_func_uint32_t_u_u((safe_rshift_func_uint16_t_u_s(l_27, ((++(*l_35)) <= 1L))), 0xF5B04CE9L)), 0)))) || (*p_9)) || l_27) , 0x40L), 0x1DL)) && g_4) == g_15[0])) == l_39[3]), l_27));
        }
    }
    return &g_12;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_12, "g_12", print_hash_value);
    transparent_crc(g_14, "g_14", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_15[i], "g_15[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_19[i], "g_19[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_36[i], "g_36[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_44, "g_44", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_69[i], "g_69[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_79[i], "g_79[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_93, "g_93", print_hash_value);
    transparent_crc(g_96, "g_96", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
