#include "csmith.h"
static long __undefined;
static int32_t g_2 = (-2L);
static int32_t g_5[4][2] = {{0x0F57A7C2L,0x0F57A7C2L},{0x0F57A7C2L,0x0F57A7C2L},{0x0F57A7C2L,0x0F57A7C2L},{0x0F57A7C2L,0x0F57A7C2L}};
static int32_t g_8 = 0xB666A756L;
static int32_t g_20 = 0x8F4F823AL;
static int32_t *g_22 = &g_20;
static int8_t g_25 = 0x30L;
static int8_t g_60[4] = {0x7EL,0x7EL,0x7EL,0x7EL};
static uint8_t g_61 = 0x0EL;
static uint32_t g_69 = 4294967295UL;
static int32_t g_95 = (-1L);
static int8_t  func_1(void);
static int32_t * func_11(uint64_t  p_12, int32_t * const  p_13, const int32_t * const  p_14);
static int8_t  func_17(const int16_t  p_18);
static int8_t  func_1(void)
{ 
    int64_t l_41 = 0L;
    int32_t l_42[1][2];
    int32_t * const *l_48 = &g_22;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_42[i][j] = (-5L);
    }
    for (g_2 = 0; (g_2 <= 1); g_2 = safe_add_func_uint16_t_u_u(g_2, 8))
    { 
        int32_t l_26 = 0x1EB64D07L;
        int32_t l_34 = 4L;
        int32_t l_37 = 0xF093D7F2L;
        int32_t l_38 = 0x4B505D01L;
        int32_t l_39 = 3L;
        for (g_5[0][1] = (-8); (g_5[0][1] == 11); g_5[0][1] = safe_add_func_int32_t_s_s(g_5[0][1], 5))
        { 
            const int32_t * const l_27[2] = {(void*)0,(void*)0};
            int i;
            for (g_8 = 13; (g_8 > (-15)); g_8 = safe_sub_func_uint32_t_u_u(g_8, 5))
            { 
                int8_t *l_23 = (void*)0;
                int8_t *l_24 = &g_25;
                int32_t **l_29 = &g_22;
                (*l_29) = func_11(((((safe_mod_func_uint64_t_u_u((((*l_24) = func_17(((void*)0 == &g_5[0][0]))) < 0x33L), g_5[0][1])) , l_26) != 2UL) , g_5[0][1]), &g_5[0][1], l_27[0]);
            }
            if ((*g_22))
                break;
            if ((*g_22))
                break;
        }
        for (g_25 = 11; (g_25 == 17); g_25 = safe_add_func_int32_t_s_s(g_25, 6))
        { 
            int32_t *l_32 = &g_8;
            int32_t *l_33 = (void*)0;
            int32_t *l_35 = &g_8;
            int32_t *l_36[1][2];
            int64_t l_40 = 0x56014EFC71010F19LL;
            uint32_t l_43[2];
            int32_t * const **l_49 = (void*)0;
            int32_t * const **l_50 = &l_48;
            int64_t *l_57 = &l_41;
            int64_t *l_58 = &l_40;
            int8_t *l_59 = &g_60[1];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_36[i][j] = (void*)0;
            }
            for (i = 0; i < 2; i++)
                l_43[i] = 18446744073709551614UL;
            ++l_43[1];
            for (l_38 = 24; (l_38 != (-4)); l_38 = safe_sub_func_int16_t_s_s(l_38, 7))
            { 
                return g_5[0][1];
            }
            (*l_50) = l_48;
            if (((safe_mod_func_int16_t_s_s(0x3E82L, ((g_61 = ((safe_rshift_func_uint8_t_u_s(l_34, ((*l_59) = (((*l_58) = ((*l_57) = (((safe_div_func_uint16_t_u_u((&l_39 == (*l_48)), (g_25 , 0x8973L))) || 0UL) == (**l_48)))) && g_5[0][1])))) , 0xA170516AL)) , 0xED79L))) & (-3L)))
            { 
                return (**l_48);
            }
            else
            { 
                return g_8;
            }
        }
    }
    for (g_61 = (-7); (g_61 == 37); ++g_61)
    { 
        uint32_t l_64 = 0xF7D061DAL;
        int32_t *l_68 = (void*)0;
        int32_t l_70 = 1L;
        int8_t l_100[3][1];
        int32_t l_101 = 0xEB29FA79L;
        int32_t l_102 = 5L;
        int32_t l_103 = 0xBC11C586L;
        int32_t l_104[3][4];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_100[i][j] = 0x62L;
        }
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 4; j++)
                l_104[i][j] = 0x17AAFE8AL;
        }
        l_64--;
        for (g_20 = 3; (g_20 >= 0); g_20 -= 1)
        { 
            int32_t *l_67[4][4] = {{&l_42[0][1],&l_42[0][1],&l_42[0][1],&l_42[0][1]},{&l_42[0][1],&l_42[0][1],&l_42[0][1],&l_42[0][1]},{&l_42[0][1],&l_42[0][1],&l_42[0][1],&l_42[0][1]},{&l_42[0][1],&l_42[0][1],&l_42[0][1],&l_42[0][1]}};
            int32_t l_90 = 2L;
            int8_t *l_91[3];
            uint32_t l_105[3];
            int i, j;
            for (i = 0; i < 3; i++)
                l_91[i] = &g_60[g_20];
            for (i = 0; i < 3; i++)
                l_105[i] = 0x330F8949L;
            for (l_64 = 0; (l_64 <= 0); l_64 += 1)
            { 
                int i, j;
                g_5[(l_64 + 2)][l_64] &= (l_42[l_64][l_64] ^ g_60[g_20]);
                l_68 = l_67[0][1];
                return (**l_48);
            }
            g_69 = g_60[g_20];
            if ((*g_22))
            { 
                uint64_t l_71 = 0UL;
                if ((*g_22))
                    break;
                l_71++;
            }
            else
            { 
                int8_t **l_92 = &l_91[2];
                int32_t l_93 = (-1L);
                int32_t *l_94 = &g_95;
                l_70 = ((((safe_div_func_uint64_t_u_u(g_20, 18446744073709551606UL)) >= (safe_lshift_func_uint8_t_u_s(g_60[0], (safe_mul_func_uint8_t_u_u((g_60[1] , (g_20 & (-7L))), g_20))))) | g_61) , (*g_22));
                g_5[0][1] = (safe_mod_func_uint64_t_u_u(((safe_add_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u(65535UL, 7)), (safe_mul_func_uint16_t_u_u(2UL, (**l_48))))) == (safe_mod_func_int32_t_s_s(l_90, ((((*l_94) |= ((((*l_92) = l_91[0]) != (void*)0) != l_93)) , (**l_48)) , 9L)))), g_5[0][1]));
                l_93 &= (g_5[0][1] = (65529UL || (safe_mod_func_int8_t_s_s((1L >= ((void*)0 != &g_60[g_20])), (safe_rshift_func_int16_t_s_u((g_61 | 1UL), g_5[0][1]))))));
            }
            ++l_105[2];
        }
    }
    return g_69;
}
static int32_t * func_11(uint64_t  p_12, int32_t * const  p_13, const int32_t * const  p_14)
{ 
    int32_t *l_28 = &g_20;
    (*l_28) &= g_25;
    return &g_8;
}
static int8_t  func_17(const int16_t  p_18)
{ 
    int32_t *l_19 = &g_20;
    int32_t **l_21[1][1];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_21[i][j] = &l_19;
    }
    l_19 = (void*)0;
    g_22 = l_19;
    return p_18;
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
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_5[i][j], "g_5[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_25, "g_25", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_60[i], "g_60[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_61, "g_61", print_hash_value);
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_95, "g_95", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
