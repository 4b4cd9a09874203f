#include "csmith.h"
static long __undefined;
static int32_t g_2 = (-7L);
static int32_t g_33[1] = {1L};
static uint16_t g_35 = 1UL;
static uint32_t g_42 = 1UL;
static uint16_t *g_54[4] = {&g_35,&g_35,&g_35,&g_35};
static uint8_t g_68 = 0xFEL;
static uint64_t g_74 = 1UL;
static int32_t g_80 = 0x7A62E52AL;
static int32_t  func_1(void);
static int32_t * func_5(const uint32_t  p_6, uint64_t  p_7, uint8_t  p_8);
static uint32_t  func_15(int32_t * p_16, uint8_t  p_17, int32_t  p_18);
static int32_t  func_1(void)
{ 
    int64_t l_32 = 0xB2D3650DFA014801LL;
    int32_t l_86 = 0x11754321L;
    int32_t l_94 = 0x8EF6BE7AL;
    const int32_t *l_100 = &g_80;
    uint64_t l_103 = 8UL;
    for (g_2 = 5; (g_2 <= 29); g_2++)
    { 
        int32_t *l_19 = &g_2;
        uint16_t *l_34 = &g_35;
        int32_t **l_38 = &l_19;
        int32_t l_89 = 0L;
        int32_t l_92 = 0x502FCEF8L;
        (*l_38) = func_5((((safe_div_func_uint8_t_u_u((safe_div_func_uint16_t_u_u(((*l_34) |= (safe_mul_func_uint16_t_u_u(((-1L) >= (func_15((((void*)0 != l_19) , &g_2), (*l_19), (*l_19)) & l_32)), g_33[0]))), g_33[0])), 1UL)) <= g_33[0]) && g_33[0]), g_33[0], g_33[0]);
        if (g_35)
        { 
            uint16_t **l_53[2][3];
            int32_t l_55[4] = {0xA2D47E13L,0xA2D47E13L,0xA2D47E13L,0xA2D47E13L};
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 3; j++)
                    l_53[i][j] = &l_34;
            }
            if ((safe_mod_func_uint8_t_u_u((l_32 > ((safe_unary_minus_func_uint64_t_u(18446744073709551612UL)) != (--g_42))), (safe_add_func_int8_t_s_s(0x90L, (safe_rshift_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u((safe_lshift_func_int16_t_s_u((((((g_54[3] = &g_35) != (((((g_33[0] == l_55[2]) ^ 0x81F13D46409EF321LL) != g_33[0]) , (-1L)) , (void*)0)) != g_2) && l_55[3]) && g_33[0]), g_2)), l_32)), l_32)))))))
            { 
                int8_t l_66[3][4];
                uint8_t *l_67 = &g_68;
                uint64_t *l_71 = (void*)0;
                uint64_t *l_72 = (void*)0;
                uint64_t *l_73 = &g_74;
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_66[i][j] = (-1L);
                }
                (**l_38) = (((safe_div_func_int8_t_s_s(l_55[2], 8L)) > ((*l_67) = (((l_66[2][1] &= (safe_lshift_func_int8_t_s_u((safe_add_func_uint64_t_u_u((0UL ^ ((safe_mod_func_int32_t_s_s((((safe_mul_func_int16_t_s_s(((l_55[2] , g_2) < g_33[0]), 0L)) < l_55[2]) ^ g_35), 4294967295UL)) <= l_55[2])), l_32)), g_33[0]))) == g_2) > 1L))) , g_42);
                if (l_32)
                    break;
                (**l_38) ^= (~(safe_unary_minus_func_int8_t_s((((*l_73) &= 0xA5EA8900E2E800BCLL) || 0x13E7BE80AAC82C1BLL))));
            }
            else
            { 
                int32_t *l_79 = &g_80;
                int32_t l_81[1][2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_81[i][j] = (-2L);
                }
                (**l_38) = ((safe_add_func_int64_t_s_s(((safe_sub_func_uint64_t_u_u(g_42, (((((&g_74 == (void*)0) , 0L) , ((((*l_79) = g_42) , l_32) && l_32)) ^ (**l_38)) < l_55[2]))) || l_32), l_81[0][1])) && l_55[0]);
            }
            for (g_74 = (-7); (g_74 >= 20); g_74 = safe_add_func_int64_t_s_s(g_74, 2))
            { 
                g_33[0] = ((l_55[2] & (safe_lshift_func_uint8_t_u_u(g_33[0], 4))) ^ g_2);
                return g_42;
            }
            if (l_32)
                break;
            for (g_42 = 0; g_42 < 4; g_42 += 1)
            {
                g_54[g_42] = &g_35;
            }
        }
        else
        { 
            int32_t *l_87 = &g_33[0];
            int32_t *l_88 = &g_33[0];
            int32_t *l_90 = (void*)0;
            int32_t *l_91[1];
            int32_t l_93[2][2] = {{6L,6L},{6L,6L}};
            uint8_t l_95 = 250UL;
            int32_t *l_99 = &g_80;
            int32_t **l_98 = &l_99;
            int i, j;
            for (i = 0; i < 1; i++)
                l_91[i] = &l_89;
            l_95++;
            l_86 &= ((*l_88) = (((*l_98) = (void*)0) == l_100));
            for (g_35 = 0; (g_35 > 56); g_35 = safe_add_func_uint8_t_u_u(g_35, 2))
            { 
                return l_103;
            }
        }
    }
    return g_68;
}
static int32_t * func_5(const uint32_t  p_6, uint64_t  p_7, uint8_t  p_8)
{ 
    uint32_t l_36 = 0x17F95E19L;
    int32_t *l_37 = &g_33[0];
    (*l_37) = l_36;
    return l_37;
}
static uint32_t  func_15(int32_t * p_16, uint8_t  p_17, int32_t  p_18)
{ 
    int32_t *l_20 = (void*)0;
    int64_t l_27 = 0x3A74ADF29855EEC8LL;
    int64_t *l_28 = &l_27;
    uint64_t l_29 = 18446744073709551615UL;
    uint8_t l_30[1];
    int32_t l_31 = 9L;
    int i;
    for (i = 0; i < 1; i++)
        l_30[i] = 247UL;
    l_20 = (void*)0;
    l_31 = (safe_mod_func_int8_t_s_s((safe_rshift_func_int8_t_s_s(g_2, ((void*)0 == l_20))), (safe_rshift_func_uint8_t_u_s(((((l_27 , ((*l_28) = g_2)) != g_2) , l_29) ^ l_30[0]), 2))));
    return p_17;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_33[i], "g_33[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_68, "g_68", print_hash_value);
    transparent_crc(g_74, "g_74", print_hash_value);
    transparent_crc(g_80, "g_80", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
