#include "csmith.h"
static long __undefined;
static uint16_t g_23 = 0xB4AAL;
static int32_t g_25 = 0x7ACED45BL;
static int32_t *g_26 = &g_25;
static uint32_t g_55[4] = {0UL,0UL,0UL,0UL};
static uint16_t g_66 = 0xE09BL;
static int64_t g_73 = (-8L);
static uint8_t g_74 = 1UL;
static uint64_t g_91 = 1UL;
static int16_t g_93 = 0xA946L;
static int32_t  func_1(void);
static int32_t * const  func_2(uint32_t  p_3, uint64_t  p_4);
static const uint64_t  func_14(int32_t * p_15, int16_t  p_16, uint32_t  p_17, const int32_t * p_18, int32_t * p_19);
static int32_t  func_1(void)
{ 
    const int8_t l_13 = 0x23L;
    int32_t *l_20 = (void*)0;
    int32_t *l_24[3];
    int32_t l_27[4];
    int32_t *l_28[3];
    int32_t **l_99[1];
    int32_t **l_100[1][2];
    int32_t **l_101 = (void*)0;
    int32_t **l_102[4];
    int32_t **l_103 = &g_26;
    int i, j;
    for (i = 0; i < 3; i++)
        l_24[i] = &g_25;
    for (i = 0; i < 4; i++)
        l_27[i] = 0xBD13D8C5L;
    for (i = 0; i < 3; i++)
        l_28[i] = &g_25;
    for (i = 0; i < 1; i++)
        l_99[i] = &l_24[1];
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_100[i][j] = (void*)0;
    }
    for (i = 0; i < 4; i++)
        l_102[i] = &l_28[2];
    (*l_103) = func_2(((safe_mul_func_int16_t_s_s((safe_mod_func_uint8_t_u_u(((safe_div_func_int64_t_s_s((safe_sub_func_uint8_t_u_u(l_13, 0xBCL)), func_14(l_20, ((g_23 < ((g_26 = l_24[0]) == (void*)0)) && 0xD921B0AEL), l_27[0], l_20, l_28[2]))) != g_23), g_23)), g_25)) ^ g_25), g_23);
    return g_55[1];
}
static int32_t * const  func_2(uint32_t  p_3, uint64_t  p_4)
{ 
    int32_t *l_29 = (void*)0;
    int32_t *l_30 = &g_25;
    int32_t *l_31 = &g_25;
    int32_t *l_32 = &g_25;
    int32_t *l_33 = (void*)0;
    int32_t l_34[4];
    int32_t *l_35 = &g_25;
    int32_t *l_36 = (void*)0;
    int32_t *l_37 = &g_25;
    int32_t *l_38 = &l_34[3];
    int32_t *l_39 = &l_34[3];
    int32_t *l_40 = &l_34[3];
    int32_t *l_41 = &g_25;
    int32_t *l_42 = (void*)0;
    int32_t *l_43 = &l_34[3];
    int32_t *l_44 = &l_34[3];
    int32_t *l_45 = &l_34[3];
    int32_t *l_46 = (void*)0;
    int32_t *l_47 = &l_34[0];
    int32_t *l_48 = (void*)0;
    int32_t *l_49 = (void*)0;
    int32_t *l_50 = &g_25;
    int32_t *l_51 = &l_34[3];
    int32_t *l_52 = &g_25;
    int32_t *l_53 = &l_34[3];
    int32_t *l_54[2];
    int32_t **l_97[3];
    uint32_t l_98 = 4294967291UL;
    int i;
    for (i = 0; i < 4; i++)
        l_34[i] = 1L;
    for (i = 0; i < 2; i++)
        l_54[i] = &l_34[3];
    for (i = 0; i < 3; i++)
        l_97[i] = &l_39;
    g_55[0]--;
    if (p_4)
    { 
        int32_t **l_71 = &l_35;
        int64_t *l_72 = &g_73;
        g_74 &= ((((safe_sub_func_uint64_t_u_u((safe_mod_func_uint32_t_u_u(0x6568C077L, ((safe_mod_func_int16_t_s_s((safe_mod_func_uint8_t_u_u((((g_66 = g_25) <= (p_4 <= ((*l_72) = ((((safe_mul_func_int8_t_s_s((((((((*l_71) = &g_25) != &g_25) >= 0x8686L) <= (*l_41)) <= 0x86C3CE99L) & g_25), 8UL)) & 0UL) , 4294967295UL) != 0x7B6068BEL)))) || g_73), p_3)), (*l_31))) || 0x12L))), (*l_38))) == 0x64A9L) > 0x3ABFL) < p_4);
    }
    else
    { 
        uint8_t l_76 = 255UL;
        int32_t **l_96 = (void*)0;
        int32_t ***l_95[3][1];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_95[i][j] = &l_96;
        }
        for (g_66 = 0; (g_66 <= 3); g_66 += 1)
        { 
            int32_t l_75[1][1];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_75[i][j] = (-10L);
            }
            l_75[0][0] &= g_55[g_66];
            l_76++;
            for (g_74 = 0; (g_74 <= 3); g_74 += 1)
            { 
                uint64_t *l_90 = &g_91;
                int16_t *l_92[1][3];
                uint16_t *l_94 = &g_23;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_92[i][j] = &g_93;
                }
                (*l_51) = ((((*l_94) = ((g_93 = (!(safe_sub_func_int16_t_s_s((p_3 > ((+(((*l_90) = (1L != ((((g_73 >= (safe_sub_func_uint64_t_u_u(((((safe_unary_minus_func_uint32_t_u((p_3 , ((p_4 = (safe_div_func_int64_t_s_s((safe_div_func_uint64_t_u_u((&g_25 == (void*)0), (-1L))), 0x51EEA2DBBA470062LL))) & 1UL)))) != g_66) , 0xE3FDF4734A2D56ABLL) > g_66), p_3))) <= 1L) <= l_75[0][0]) <= (-5L)))) ^ 0xAF3324EF461E62EDLL)) ^ 0UL)), l_76)))) == 0x92BFL)) <= g_74) != g_73);
            }
        }
        l_97[1] = &g_26;
        (*l_41) = l_98;
    }
    return &g_25;
}
static const uint64_t  func_14(int32_t * p_15, int16_t  p_16, uint32_t  p_17, const int32_t * p_18, int32_t * p_19)
{ 
    return p_16;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_25, "g_25", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_55[i], "g_55[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    transparent_crc(g_74, "g_74", print_hash_value);
    transparent_crc(g_91, "g_91", print_hash_value);
    transparent_crc(g_93, "g_93", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
