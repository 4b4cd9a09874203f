#include "csmith.h"
static long __undefined;
static int32_t g_3[2][4] = {{6L,0x2971C1ECL,6L,6L},{0x2971C1ECL,0x2971C1ECL,4L,0x2971C1ECL}};
static int32_t g_4 = 0x68C0AA39L;
static uint16_t g_21 = 0xD569L;
static int32_t g_23 = 1L;
static uint64_t g_30 = 18446744073709551615UL;
static uint16_t g_41 = 5UL;
static int32_t *g_81 = (void*)0;
static uint16_t *g_84 = (void*)0;
static uint16_t **g_83 = &g_84;
static uint32_t g_123[1][3] = {{1UL,1UL,1UL}};
static int32_t **g_128 = &g_81;
static int32_t ***g_127[3][1] = {{&g_128},{&g_128},{&g_128}};
static int16_t g_138 = 0x961CL;
static uint16_t  func_1(void);
static int32_t ** func_27(uint64_t  p_28, int64_t  p_29);
static int32_t * func_31(const uint16_t  p_32);
static uint16_t  func_1(void)
{ 
    int32_t *l_2 = &g_3[0][3];
    uint64_t l_92[1][2];
    int32_t ****l_129[2];
    int8_t l_134[4][3] = {{0x8EL,1L,1L},{0x8EL,1L,1L},{0x8EL,1L,1L},{0x8EL,1L,1L}};
    uint64_t *l_135 = (void*)0;
    uint64_t *l_136 = &l_92[0][1];
    int16_t *l_137 = &g_138;
    uint32_t *l_139 = &g_123[0][1];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_92[i][j] = 0x5AB84A4DC89BD50CLL;
    }
    for (i = 0; i < 2; i++)
        l_129[i] = &g_127[1][0];
    (*l_2) = 0x91A049FEL;
    for (g_4 = (-17); (g_4 == 6); g_4 = safe_add_func_int8_t_s_s(g_4, 8))
    { 
        int64_t l_19 = 0x34EDF6B3E713E19FLL;
        uint16_t *l_20 = &g_21;
        int32_t *l_22 = &g_23;
        (*l_22) |= (safe_lshift_func_int16_t_s_u(1L, ((*l_2) ^ (safe_lshift_func_int8_t_s_s((safe_sub_func_int32_t_s_s((safe_mul_func_int16_t_s_s(0x8DEEL, (safe_mod_func_int32_t_s_s((((*l_20) = ((safe_lshift_func_uint8_t_u_s((((void*)0 != &g_3[0][3]) >= l_19), l_19)) != (*l_2))) == l_19), g_3[0][3])))), l_19)), (*l_2))))));
        for (g_23 = (-2); (g_23 <= 16); g_23 = safe_add_func_uint8_t_u_u(g_23, 5))
        { 
            uint8_t l_26[4][4] = {{254UL,254UL,254UL,254UL},{254UL,254UL,254UL,254UL},{254UL,254UL,254UL,254UL},{254UL,254UL,254UL,254UL}};
            int64_t l_108[4] = {4L,4L,4L,4L};
            int32_t *l_109[1][2];
            uint32_t *l_122 = &g_123[0][1];
            int32_t l_124[2][1];
            int32_t l_125 = 0x96F57F4CL;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_109[i][j] = &g_3[0][3];
            }
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_124[i][j] = 0xFDDBE10EL;
            }
            if ((((0x0C6548AAB56411D7LL > (g_21 <= g_4)) , 0x5DL) , (l_26[0][1] == 1L)))
            { 
                int32_t **l_88 = &l_2;
                int32_t ***l_87 = &l_88;
                uint8_t *l_91[1];
                uint16_t ***l_110 = (void*)0;
                uint16_t ***l_111 = (void*)0;
                int i;
                for (i = 0; i < 1; i++)
                    l_91[i] = &l_26[0][1];
                (*l_87) = func_27((g_30 ^= g_3[0][3]), g_21);
                l_109[0][1] = func_31((safe_lshift_func_uint8_t_u_u((l_92[0][0] = (*l_2)), (safe_lshift_func_int16_t_s_u((safe_sub_func_uint8_t_u_u((l_26[0][0] , ((g_21 & (safe_add_func_int16_t_s_s(((safe_div_func_int8_t_s_s((-9L), (((((safe_mul_func_int16_t_s_s((safe_unary_minus_func_int16_t_s((safe_sub_func_int8_t_s_s((safe_rshift_func_int8_t_s_u(l_108[1], 4)), g_23)))), l_108[1])) ^ g_23) & g_41) <= g_3[1][2]) && g_41))) || 2L), g_21))) , g_23)), (*l_22))), g_3[0][3])))));
                g_83 = &g_84;
            }
            else
            { 
                int32_t *l_112 = &g_23;
                int32_t **l_113 = &l_109[0][0];
                (*l_113) = l_112;
            }
            (*l_2) = (((safe_div_func_int32_t_s_s(0xEBD030DFL, ((!((*l_2) | (((6UL && (safe_rshift_func_uint16_t_u_s(((+(safe_mul_func_uint8_t_u_u((((*l_122) &= (g_23 == (*l_22))) , l_124[1][0]), g_4))) != 0x3BEFL), 0))) , (-1L)) , (*l_2)))) , (*l_2)))) | l_125) != g_3[1][2]);
            if (g_41)
                break;
        }
    }
    g_23 |= (1UL > ((*l_2) | ((*l_139) = (0x0EC8L >= ((safe_unary_minus_func_int16_t_s((((*l_137) = ((g_127[0][0] = g_127[0][0]) != (((*l_136) = ((safe_div_func_uint8_t_u_u((safe_add_func_int64_t_s_s((l_134[2][1] , g_41), g_3[0][3])), g_4)) > (*l_2))) , (void*)0))) , g_3[1][0]))) != g_123[0][2])))));
    return (*l_2);
}
static int32_t ** func_27(uint64_t  p_28, int64_t  p_29)
{ 
    int32_t **l_86 = (void*)0;
    for (g_21 = 0; (g_21 <= 1); g_21 += 1)
    { 
        int32_t **l_82 = &g_81;
        uint16_t ***l_85[4] = {&g_83,&g_83,&g_83,&g_83};
        int i;
        (*l_82) = func_31(g_23);
        g_83 = g_83;
        if (g_41)
            continue;
        return l_82;
    }
    return l_86;
}
static int32_t * func_31(const uint16_t  p_32)
{ 
    int32_t *l_42 = &g_3[0][3];
    int32_t l_49 = (-7L);
    int32_t l_51 = 0xAECA2A42L;
    int32_t l_52 = 0xE77332E7L;
    int32_t l_53 = (-1L);
    int32_t l_54 = 0x42402BB9L;
    int32_t l_55 = (-1L);
    int32_t l_57 = 0x100FABB6L;
    int32_t l_58 = 0x16B4C8ABL;
    int32_t l_59 = 0L;
    int32_t l_61[2];
    int i;
    for (i = 0; i < 2; i++)
        l_61[i] = (-10L);
    for (g_30 = 0; (g_30 < 54); ++g_30)
    { 
        int32_t *l_35 = &g_3[0][3];
        int32_t **l_36 = &l_35;
        uint16_t *l_40 = &g_41;
        int32_t l_48 = (-8L);
        int32_t l_50[4];
        int16_t l_56[2][1];
        int16_t l_60 = 9L;
        uint8_t l_62 = 0x31L;
        int32_t *l_80 = (void*)0;
        int i, j;
        for (i = 0; i < 4; i++)
            l_50[i] = 1L;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_56[i][j] = (-6L);
        }
        (*l_36) = l_35;
        if (((**l_36) = g_3[0][3]))
        { 
            uint32_t l_37[4] = {1UL,1UL,1UL,1UL};
            int i;
            l_37[1] = g_3[0][3];
        }
        else
        { 
            uint32_t l_43 = 9UL;
            int32_t l_44[4][1] = {{2L},{0xCE61FA7BL},{2L},{0xCE61FA7BL}};
            int32_t *l_45 = &l_44[3][0];
            int32_t *l_46[2];
            int8_t l_47 = 6L;
            int i, j;
            for (i = 0; i < 2; i++)
                l_46[i] = &g_3[1][2];
            g_3[0][1] = ((-2L) < (safe_mul_func_uint16_t_u_u(((0xF3L <= ((l_40 = &g_21) == ((((*l_36) = l_42) == &g_3[0][3]) , (void*)0))) ^ l_43), l_43)));
            l_62++;
            for (l_57 = 0; (l_57 >= 0); l_57 -= 1)
            { 
                uint16_t **l_65 = &l_40;
                int32_t l_67 = (-1L);
                (*l_35) = (((*l_65) = &g_21) == (((safe_unary_minus_func_int64_t_s((l_67 >= (safe_add_func_int8_t_s_s((safe_div_func_int32_t_s_s((safe_add_func_int8_t_s_s((safe_lshift_func_uint16_t_u_u((g_41 < (safe_lshift_func_int16_t_s_s((((g_30 || ((*l_42) != g_21)) <= 9L) ^ (-1L)), 8))), 14)), g_3[0][3])), l_67)), g_4))))) == (*l_42)) , (void*)0));
            }
        }
        l_59 |= g_3[0][3];
    }
    return g_81;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_3[i][j], "g_3[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_21, "g_21", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_123[i][j], "g_123[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_138, "g_138", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
