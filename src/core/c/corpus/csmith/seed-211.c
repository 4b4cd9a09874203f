#include "csmith.h"
static long __undefined;
static int16_t g_2 = 0x67A8L;
static uint64_t g_7 = 0xCF1813F1A0734F09LL;
static int32_t g_10 = 0x141E4F1FL;
static int64_t g_22 = 8L;
static uint8_t g_38 = 0x8AL;
static int32_t g_40[2] = {0x2377963FL,0x2377963FL};
static int32_t g_42[2] = {(-1L),(-1L)};
static uint64_t g_43[4][3] = {{18446744073709551610UL,18446744073709551610UL,0xE35D5D909CC0F90BLL},{0x8597A0B8914BE495LL,0x8597A0B8914BE495LL,0x5C48968F25CE5ABALL},{18446744073709551610UL,18446744073709551610UL,0xE35D5D909CC0F90BLL},{0x8597A0B8914BE495LL,0x8597A0B8914BE495LL,0x5C48968F25CE5ABALL}};
static int32_t *g_45[4][4] = {{&g_42[1],&g_42[1],&g_42[1],&g_42[1]},{&g_42[1],&g_40[1],&g_42[1],&g_42[1]},{&g_42[1],&g_42[1],&g_42[1],&g_42[1]},{&g_40[1],&g_40[1],&g_40[1],&g_42[1]}};
static uint32_t g_65 = 0xF46A2FF8L;
static int8_t g_68 = 0xC0L;
static int32_t **g_69 = (void*)0;
static uint16_t *g_72 = (void*)0;
static uint16_t g_75 = 0xD56BL;
static uint16_t *g_74 = &g_75;
static uint32_t g_88 = 4294967295UL;
static int32_t g_105 = 0x63F50566L;
static int32_t *g_104 = &g_105;
static uint8_t  func_1(void);
static uint64_t * func_11(uint64_t  p_12, int32_t  p_13, uint32_t  p_14, int64_t  p_15, uint16_t  p_16);
static uint64_t  func_17(uint16_t  p_18, uint32_t  p_19, int64_t  p_20);
static uint8_t  func_1(void)
{ 
    uint16_t l_3 = 7UL;
    uint16_t *l_4[1];
    int32_t l_5 = 5L;
    uint64_t *l_6 = &g_7;
    int32_t *l_49 = &g_42[1];
    int32_t **l_71 = &g_45[1][3];
    int32_t l_80[1][3];
    uint16_t l_84 = 0UL;
    int64_t l_87 = 0xB86D1BDAACF22293LL;
    int32_t ***l_113 = &l_71;
    int i, j;
    for (i = 0; i < 1; i++)
        l_4[i] = &l_3;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_80[i][j] = (-1L);
    }
lbl_114:
    if (((g_2 & (l_5 = l_3)) | ((*l_6) = l_3)))
    { 
        uint16_t l_8 = 0x1101L;
        int32_t *l_9 = &g_10;
        int64_t *l_21 = &g_22;
        g_43[0][2] &= ((((*l_9) ^= l_8) , func_11(func_17((g_10 , 65527UL), g_7, ((*l_21) &= g_2)), l_5, l_8, g_7, g_10)) != &g_7);
    }
    else
    { 
        int32_t **l_44 = (void*)0;
        const int32_t l_46 = 7L;
        int32_t *l_47 = &g_40[1];
        int32_t l_77[1][4] = {{1L,1L,1L,1L}};
        int i, j;
        for (g_2 = 0; (g_2 <= 0); g_2 += 1)
        { 
            return g_42[0];
        }
        g_45[0][1] = &g_40[1];
        (*l_47) = l_46;
        if (((&g_10 == &g_10) || 0xAC41177734166DA9LL))
        { 
            int32_t **l_48[4];
            int16_t *l_66 = &g_2;
            int8_t *l_67 = &g_68;
            int16_t l_81 = 0x6AB1L;
            int i;
            for (i = 0; i < 4; i++)
                l_48[i] = &g_45[2][2];
            l_49 = &l_5;
            (*l_47) = ((safe_sub_func_uint64_t_u_u(((*l_6) = (safe_mod_func_int8_t_s_s(((*l_67) = (((safe_rshift_func_int8_t_s_s(((((((safe_unary_minus_func_uint32_t_u(g_42[1])) < g_38) && (safe_lshift_func_int16_t_s_u(((*l_66) &= (safe_mul_func_int8_t_s_s((g_65 = ((safe_mul_func_uint16_t_u_u(2UL, (safe_mul_func_int16_t_s_s(g_22, (g_42[1] & 2UL))))) >= 1L)), g_10))), (*l_47)))) && g_38) ^ (*l_49)) & g_43[0][2]), g_43[2][0])) < 0x3CL) < g_22)), g_40[0]))), (-1L))) , (*l_49));
            if ((*l_47))
            { 
                int32_t ***l_70[3][1];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_70[i][j] = &l_48[0];
                }
                l_71 = (g_69 = l_48[2]);
                return (*l_47);
            }
            else
            { 
                uint16_t **l_73[3][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}};
                int32_t l_76 = 1L;
                int32_t l_78 = 0x06156DBBL;
                int32_t l_79 = 0x004C0D6AL;
                int32_t l_82 = (-1L);
                int32_t l_83 = 0L;
                int i, j;
                (*l_47) = ((g_72 = g_72) == (g_74 = g_74));
                ++l_84;
                ++g_88;
            }
        }
        else
        { 
            uint32_t l_107 = 0x60554FBDL;
            int32_t l_109 = 0L;
            for (g_10 = 0; (g_10 <= 3); g_10 += 1)
            { 
                int32_t *l_103 = &g_10;
                int32_t **l_102[4][4] = {{&l_103,&l_103,&l_103,&l_103},{&l_103,&l_103,&l_103,(void*)0},{&l_103,&l_103,&l_103,&l_103},{&l_103,(void*)0,&l_103,&l_103}};
                const int32_t l_106 = 0x98834848L;
                int64_t *l_108 = (void*)0;
                int16_t *l_110 = &g_2;
                int64_t *l_111 = &l_87;
                int32_t *l_112 = &l_77[0][1];
                int i, j;
                (*l_112) |= ((*l_47) = (((*l_111) = ((((safe_lshift_func_int8_t_s_s(((safe_sub_func_uint16_t_u_u(1UL, (**l_71))) && (safe_sub_func_int16_t_s_s(((*l_110) ^= ((safe_sub_func_int8_t_s_s((!((l_109 = ((l_107 &= (((safe_lshift_func_uint8_t_u_u((l_49 == (g_104 = l_47)), (((*g_74) & (-1L)) <= l_106))) | 0x0B2B3379L) > 0x5C1B54BBB47CE4ADLL)) != 0xC597L)) != g_75)), 0x55L)) , l_109)), 65534UL))), 2)) || 0x0DF9L) , (*l_49)) > 0x64L)) != g_88));
                (*l_47) &= (((void*)0 == &g_22) <= l_107);
                if ((*l_49))
                    continue;
                (*l_71) = &g_42[1];
            }
            return g_42[1];
        }
    }
    (*l_113) = &g_45[3][1];
    if (g_38)
        goto lbl_114;
    return g_65;
}
static uint64_t * func_11(uint64_t  p_12, int32_t  p_13, uint32_t  p_14, int64_t  p_15, uint16_t  p_16)
{ 
    return &g_7;
}
static uint64_t  func_17(uint16_t  p_18, uint32_t  p_19, int64_t  p_20)
{ 
    uint32_t l_27 = 0x43AF7806L;
    int16_t l_30 = 1L;
    int16_t *l_35 = &g_2;
    uint8_t *l_36 = (void*)0;
    uint8_t *l_37 = &g_38;
    int32_t *l_39 = &g_40[1];
    int32_t *l_41[1][4] = {{&g_42[1],&g_42[1],&g_42[1],&g_42[1]}};
    int i, j;
    g_42[1] &= ((*l_39) = (safe_lshift_func_uint8_t_u_s(((*l_37) = (safe_mul_func_int16_t_s_s(((*l_35) = (l_27 && (safe_rshift_func_uint8_t_u_s(((l_30 , ((safe_sub_func_uint64_t_u_u((safe_add_func_uint16_t_u_u(g_22, 0x3E01L)), (1L > g_2))) || p_18)) && l_27), l_30)))), l_30))), p_20)));
    return p_19;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_10, "g_10", print_hash_value);
    transparent_crc(g_22, "g_22", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_40[i], "g_40[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_42[i], "g_42[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_43[i][j], "g_43[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_65, "g_65", print_hash_value);
    transparent_crc(g_68, "g_68", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    transparent_crc(g_88, "g_88", print_hash_value);
    transparent_crc(g_105, "g_105", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
