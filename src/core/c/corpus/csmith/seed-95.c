#include "csmith.h"
static long __undefined;
static uint16_t g_12 = 0x308FL;
static int64_t g_14 = 0x11023DCDF5EF889ALL;
static int32_t g_17 = (-10L);
static uint32_t g_26[2] = {4UL,4UL};
static int32_t g_43 = (-1L);
static uint8_t g_50 = 5UL;
static uint16_t g_64 = 0xF726L;
static uint64_t  func_1(void);
static int32_t  func_2(int64_t  p_3, uint32_t  p_4, uint16_t  p_5);
static int32_t  func_29(int32_t  p_30, int32_t * p_31, int16_t  p_32, uint32_t  p_33);
static uint64_t  func_1(void)
{ 
    int64_t l_9 = 6L;
    int64_t *l_13 = &g_14;
    if (((func_2((+(-1L)), (0xA4L ^ ((safe_lshift_func_int16_t_s_u(l_9, (((*l_13) = ((((safe_mod_func_uint8_t_u_u(g_12, l_9)) & 0x7D71L) && g_12) || g_12)) ^ g_12))) <= l_9)), g_12) , g_14) , l_9))
    { 
        int32_t l_15[3][4] = {{0x7B09F595L,0x7B09F595L,0x7B09F595L,0x7B09F595L},{0x7B09F595L,0x7B09F595L,0x7B09F595L,0x7B09F595L},{0x7B09F595L,0x7B09F595L,0x7B09F595L,0x7B09F595L}};
        int i, j;
        for (g_12 = 0; (g_12 <= 2); g_12 += 1)
        { 
            int8_t l_34 = 0xD4L;
            int32_t l_51 = 0x38B13F4BL;
            for (l_9 = 2; (l_9 >= 0); l_9 -= 1)
            { 
                int32_t *l_16 = &g_17;
                int32_t *l_18 = &g_17;
                int32_t *l_19 = &g_17;
                int32_t *l_20 = &g_17;
                int32_t *l_21 = &g_17;
                int32_t *l_22 = &g_17;
                int32_t *l_23 = (void*)0;
                int32_t *l_24 = &g_17;
                int32_t *l_25[1];
                int i, j;
                for (i = 0; i < 1; i++)
                    l_25[i] = &g_17;
                (*l_16) = 0x46773196L;
                g_26[1]++;
                g_50 |= func_29(l_15[g_12][g_12], l_16, l_15[l_9][(g_12 + 1)], ((((l_9 >= (g_14 , (*l_19))) , g_17) >= l_34) , 4294967286UL));
                l_51 &= ((*l_16) |= 0xC924DFB4L);
            }
            for (g_43 = 2; (g_43 >= 0); g_43 -= 1)
            { 
                int64_t l_56[1][3];
                int8_t *l_60[4];
                int32_t l_61 = 0x260E9608L;
                uint16_t *l_63 = &g_64;
                int32_t *l_65[2][3] = {{&l_51,&l_51,&l_51},{(void*)0,(void*)0,(void*)0}};
                int32_t **l_66 = (void*)0;
                int32_t **l_67 = &l_65[0][1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_56[i][j] = 6L;
                }
                for (i = 0; i < 4; i++)
                    l_60[i] = &l_34;
                l_51 = ((safe_add_func_int64_t_s_s(((*l_13) = (safe_add_func_uint8_t_u_u(0xECL, l_56[0][2]))), g_50)) || (safe_add_func_int8_t_s_s((l_61 = (!l_15[0][3])), l_34)));
                g_17 &= ((void*)0 != &g_17);
                g_17 = (!(l_15[0][1] , ((*l_63) &= 1UL)));
                (*l_67) = &l_61;
            }
        }
    }
    else
    { 
        int32_t *l_68 = (void*)0;
        int32_t *l_69 = (void*)0;
        int32_t *l_70 = &g_17;
        (*l_70) = 0xCC22523FL;
    }
    return l_9;
}
static int32_t  func_2(int64_t  p_3, uint32_t  p_4, uint16_t  p_5)
{ 
    return p_4;
}
static int32_t  func_29(int32_t  p_30, int32_t * p_31, int16_t  p_32, uint32_t  p_33)
{ 
    uint32_t l_37 = 0x4ED832CBL;
    for (g_14 = 25; (g_14 == (-13)); g_14 = safe_sub_func_int16_t_s_s(g_14, 6))
    { 
        if (l_37)
            break;
        (*p_31) = (+((safe_add_func_int64_t_s_s((safe_lshift_func_uint16_t_u_u(g_43, (p_33 && ((safe_mul_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u((((safe_sub_func_int64_t_s_s(0xFF7CD2BAB91EE328LL, 0x1AE9C7D4E785E8A7LL)) >= 0x2AL) , 0xF6L), l_37)), g_43)) < g_43)))), g_43)) < 0x5018227FD5D1AFC4LL));
    }
    return l_37;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_12, "g_12", print_hash_value);
    transparent_crc(g_14, "g_14", print_hash_value);
    transparent_crc(g_17, "g_17", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_26[i], "g_26[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_50, "g_50", print_hash_value);
    transparent_crc(g_64, "g_64", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
