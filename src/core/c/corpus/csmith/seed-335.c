#include "csmith.h"
static long __undefined;
struct S0 {
   uint32_t  f0;
};
static int32_t g_6 = 1L;
static int32_t g_31[1][3] = {{(-6L),(-6L),(-6L)}};
static int32_t g_65 = 0x39C72380L;
static const struct S0 g_71 = {1UL};
static uint16_t g_86 = 0x5B57L;
static uint64_t g_100 = 1UL;
static uint64_t *g_99[4] = {&g_100,&g_100,&g_100,&g_100};
static uint32_t g_119 = 4294967295UL;
static uint64_t  func_1(void);
static const int32_t * func_2(int32_t * p_3);
static int32_t ** func_7(int32_t ** p_8, int8_t  p_9, int32_t  p_10);
static uint64_t  func_1(void)
{ 
    int32_t *l_4 = (void*)0;
    const int32_t *l_109 = &g_65;
    const int32_t **l_108 = &l_109;
    uint32_t *l_116 = (void*)0;
    uint32_t *l_117 = (void*)0;
    uint32_t *l_118 = &g_119;
    uint8_t l_122 = 0xB3L;
    int32_t l_125 = 0x84D41463L;
    (*l_108) = func_2(l_4);
    g_6 = ((g_6 & ((safe_mul_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_s((safe_div_func_int32_t_s_s((((((*l_118)--) == (l_125 = (((g_86 < l_122) & (((safe_add_func_int32_t_s_s(g_86, g_71.f0)) != g_71.f0) | g_65)) == 0xEE7BA79B21912DA4LL))) != 0x9310AB7DL) , g_100), g_6)), 15)), g_31[0][1])) , g_6)) , g_119);
    return l_125;
}
static const int32_t * func_2(int32_t * p_3)
{ 
    int64_t l_5[3][4] = {{6L,0xA2C7C8A6B950BA1BLL,0xA2C7C8A6B950BA1BLL,6L},{0L,0xA2C7C8A6B950BA1BLL,9L,0xA2C7C8A6B950BA1BLL},{0xA2C7C8A6B950BA1BLL,0xF09CC25FA5FEF9D7LL,9L,9L}};
    uint32_t l_17 = 0x488F4F36L;
    const int32_t *l_22 = &g_6;
    int32_t l_35 = 0x9E8A28D8L;
    int32_t l_45[4][4] = {{(-1L),(-1L),0x59274CB0L,(-1L)},{(-1L),0x53725AC9L,0x53725AC9L,(-1L)},{0x53725AC9L,(-1L),0x53725AC9L,0x53725AC9L},{(-1L),(-1L),0x59274CB0L,(-1L)}};
    uint8_t l_48 = 0x03L;
    int i, j;
    for (g_6 = 2; (g_6 >= 0); g_6 -= 1)
    { 
        int32_t *l_12 = (void*)0;
        int32_t **l_11 = &l_12;
        uint64_t l_23[3][2] = {{0x7DD9AE65C3421AD7LL,0xD5F49DCB7BE74FD5LL},{0x7DD9AE65C3421AD7LL,0x7DD9AE65C3421AD7LL},{0xD5F49DCB7BE74FD5LL,0x7DD9AE65C3421AD7LL}};
        int32_t ***l_28 = &l_11;
        int32_t l_44 = 0xF81F13D4L;
        int32_t l_46 = (-1L);
        int32_t l_47[1];
        uint64_t *l_96 = &l_23[0][1];
        uint64_t *l_102 = &g_100;
        int32_t *l_107 = (void*)0;
        int i, j;
        for (i = 0; i < 1; i++)
            l_47[i] = (-1L);
        (*l_28) = func_7(l_11, ((safe_rshift_func_int16_t_s_s(g_6, (safe_mul_func_int16_t_s_s(l_17, (safe_mod_func_int8_t_s_s(((((((((0x03CA955A63A74ADFLL || (l_22 == (void*)0)) >= 0UL) , (*l_22)) >= (*l_22)) & (*l_22)) == 0xEC1B16EBL) && (*l_22)) , g_6), (*l_22))))))) , (*l_22)), l_23[1][0]);
        for (l_17 = 0; (l_17 <= 2); l_17 += 1)
        { 
            int32_t *l_29 = (void*)0;
            int32_t *l_30 = &g_31[0][1];
            int32_t l_32 = (-1L);
            int32_t *l_33 = &g_31[0][2];
            int32_t *l_34 = &g_31[0][0];
            int32_t *l_36 = (void*)0;
            int32_t *l_37 = &l_35;
            int32_t *l_38 = &g_31[0][1];
            int32_t *l_39 = (void*)0;
            int32_t *l_40 = (void*)0;
            int32_t *l_41 = &l_32;
            int32_t *l_42 = (void*)0;
            int32_t *l_43[4][2] = {{&g_6,&g_6},{&g_6,&g_6},{&g_6,&g_6},{&g_6,&g_6}};
            int i, j;
            l_48--;
            (*l_37) = (safe_mod_func_int32_t_s_s((g_31[0][0] = l_5[l_17][g_6]), (((safe_div_func_int16_t_s_s((safe_sub_func_int8_t_s_s(((safe_mul_func_int8_t_s_s((((safe_lshift_func_uint16_t_u_u(l_5[l_17][l_17], 1)) != g_6) <= ((*l_41) |= (((safe_sub_func_uint16_t_u_u((safe_mul_func_int8_t_s_s((1UL || (g_65 = g_6)), g_6)), (*l_22))) > (*l_22)) != 0xF67138D59A4365C1LL))), 0x74L)) && (*l_22)), (*l_22))), (*l_22))) & (*l_22)) , 0x307F0789L)));
            l_40 = (*l_11);
            if ((!0x2DDC797AL))
            { 
                int32_t l_75[3];
                uint64_t *l_76 = &l_23[1][0];
                int i;
                for (i = 0; i < 3; i++)
                    l_75[i] = 0xFE0AB02DL;
                (*l_37) ^= (((*l_76) = (safe_rshift_func_uint8_t_u_s((safe_rshift_func_uint8_t_u_s((g_71 , ((g_71.f0 < g_6) && (safe_rshift_func_int8_t_s_u(((1UL && (+(l_75[2] != l_75[2]))) ^ g_31[0][1]), g_31[0][1])))), 4)), g_31[0][1]))) ^ g_65);
                return p_3;
            }
            else
            { 
                uint64_t *l_85[4];
                uint64_t **l_101[3][1];
                int32_t l_103 = 0x6CB79380L;
                int64_t *l_104 = (void*)0;
                int64_t *l_105 = &l_5[l_17][g_6];
                uint8_t *l_106 = &l_48;
                int i, j;
                for (i = 0; i < 4; i++)
                    l_85[i] = &l_23[1][0];
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_101[i][j] = &l_85[1];
                }
                (*l_41) = g_71.f0;
                (*l_41) = ((((safe_add_func_uint32_t_u_u((((safe_sub_func_int64_t_s_s((safe_mod_func_int8_t_s_s((safe_add_func_uint16_t_u_u(g_31[0][1], (g_6 , (((*l_106) ^= ((g_86++) < ((*l_105) = ((((safe_mul_func_uint8_t_u_u((((safe_add_func_int16_t_s_s((*l_38), ((safe_unary_minus_func_uint16_t_u((safe_lshift_func_int16_t_s_s(((l_96 != (l_102 = (((((safe_rshift_func_int8_t_s_u(g_31[0][1], 4)) && 0x00ABC3D1L) < 1L) , 1L) , g_99[0]))) || g_31[0][1]), 15)))) & g_31[0][0]))) || l_103) != l_103), (-4L))) ^ (*l_37)) || (*l_41)) < g_71.f0)))) > g_31[0][1])))), g_100)), g_71.f0)) ^ (*l_22)) & 0xBC345E11L), 0x8CED0321L)) == l_103) & (*l_22)) < g_31[0][0]);
                (*l_11) = l_107;
            }
        }
    }
    return &g_31[0][1];
}
static int32_t ** func_7(int32_t ** p_8, int8_t  p_9, int32_t  p_10)
{ 
    for (p_10 = 0; (p_10 > 7); p_10 = safe_add_func_uint32_t_u_u(p_10, 7))
    { 
        for (p_9 = (-21); (p_9 < 21); p_9 = safe_add_func_uint32_t_u_u(p_9, 3))
        { 
            return p_8;
        }
        return p_8;
    }
    return p_8;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_6, "g_6", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_31[i][j], "g_31[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_65, "g_65", print_hash_value);
    transparent_crc(g_71.f0, "g_71.f0", print_hash_value);
    transparent_crc(g_86, "g_86", print_hash_value);
    transparent_crc(g_100, "g_100", print_hash_value);
    transparent_crc(g_119, "g_119", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
