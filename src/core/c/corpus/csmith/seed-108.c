#include "csmith.h"
static long __undefined;
static int32_t g_3 = 0x8C176B0FL;
static int32_t g_4 = 0x9CFE0482L;
static uint32_t g_6 = 4UL;
static uint64_t g_26 = 0x1C1D99EA5D840DFELL;
static int16_t g_35 = 8L;
static int16_t g_50 = 1L;
static int8_t g_52[1][2] = {{(-1L),(-1L)}};
static uint16_t g_53[2][3] = {{0UL,0UL,0UL},{0UL,0UL,0UL}};
static int32_t *g_57 = (void*)0;
static uint64_t  func_1(void);
static int32_t  func_11(uint64_t  p_12, const uint32_t  p_13, int32_t * p_14, uint32_t  p_15, int32_t * p_16);
static int32_t * func_17(int8_t  p_18);
static uint64_t  func_1(void)
{ 
    int32_t *l_2[4][1] = {{&g_3},{&g_3},{&g_3},{&g_3}};
    int64_t l_5[4][4] = {{(-1L),1L,1L,(-1L)},{1L,1L,0x2A2B3B7BEDEDB5CALL,1L},{1L,0xFC3938DD44AD3740LL,0x2A2B3B7BEDEDB5CALL,0x2A2B3B7BEDEDB5CALL},{1L,1L,1L,0x2A2B3B7BEDEDB5CALL}};
    int16_t *l_70 = &g_50;
    int i, j;
    g_6++;
    g_3 = 1L;
    for (g_3 = 0; (g_3 == (-25)); g_3 = safe_sub_func_int64_t_s_s(g_3, 4))
    { 
        uint32_t l_64 = 0x71B4D09DL;
        l_64 ^= (g_6 , func_11(g_6, g_3, func_17(((((void*)0 == &g_3) > 1L) < 3UL)), g_50, &g_3));
        for (g_4 = 25; (g_4 <= 0); g_4--)
        { 
            return g_52[0][1];
        }
    }
    g_3 ^= (!(safe_mod_func_uint16_t_u_u(((g_50 , l_70) == &g_35), ((0xA6F2DB44E93343DELL | ((safe_div_func_int16_t_s_s(((safe_sub_func_int16_t_s_s((safe_mod_func_int64_t_s_s(((safe_mod_func_uint64_t_u_u(0x74ED7B9758AC4212LL, g_6)) != 0UL), g_4)), 0x298BL)) , g_35), g_50)) && (-7L))) ^ g_52[0][0]))));
    return g_3;
}
static int32_t  func_11(uint64_t  p_12, const uint32_t  p_13, int32_t * p_14, uint32_t  p_15, int32_t * p_16)
{ 
    return (*p_16);
}
static int32_t * func_17(int8_t  p_18)
{ 
    uint8_t l_22 = 0x42L;
    uint64_t *l_25 = &g_26;
    int32_t l_33 = (-9L);
    int16_t *l_34 = &g_35;
    int32_t l_42 = 0x5CF455DBL;
    int32_t l_45 = 0xCB0C7B24L;
    int32_t **l_63 = &g_57;
    if ((~((((*l_34) ^= (l_33 = (((safe_mul_func_uint16_t_u_u((l_22 <= 0x5FBA2522L), (safe_div_func_uint64_t_u_u(((*l_25) = l_22), (safe_add_func_uint8_t_u_u((safe_add_func_uint32_t_u_u(((safe_add_func_uint64_t_u_u(p_18, g_6)) > p_18), 0x0F30385DL)), 0xC0L)))))) >= g_3) >= p_18))) <= g_3) | g_4)))
    { 
        uint32_t l_47 = 6UL;
        int32_t l_51 = 1L;
        int32_t **l_56 = (void*)0;
        int32_t *l_59 = (void*)0;
        int32_t **l_58 = &l_59;
        for (l_22 = 0; (l_22 != 20); l_22++)
        { 
            int64_t l_38 = 0xC0C7FD579DEB4763LL;
            int32_t l_39 = 0L;
            int32_t *l_40 = (void*)0;
            int32_t *l_41 = &l_33;
            int32_t *l_43 = &l_33;
            int32_t *l_44 = &l_33;
            int32_t *l_46[2];
            int i;
            for (i = 0; i < 2; i++)
                l_46[i] = &l_45;
            l_38 &= (0L & g_6);
            l_39 = (-1L);
            l_47--;
            g_53[1][2]++;
        }
        (*l_58) = (g_57 = &l_33);
    }
    else
    { 
        uint16_t *l_61 = &g_53[0][1];
        int32_t *l_62 = &l_42;
        (*l_62) |= (safe_unary_minus_func_uint16_t_u(((*l_61) = g_26)));
    }
    (*l_63) = &l_33;
    return &g_3;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_50, "g_50", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_52[i][j], "g_52[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_53[i][j], "g_53[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
