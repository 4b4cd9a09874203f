#include "csmith.h"
static long __undefined;
static int32_t g_2 = (-1L);
static int32_t g_7 = 0x14768C0AL;
static uint8_t g_13 = 0x8EL;
static int64_t g_19[3] = {0xB9C309AB83EB6194LL,0xB9C309AB83EB6194LL,0xB9C309AB83EB6194LL};
static int64_t g_20[4] = {0x9942796A450C1979LL,0x9942796A450C1979LL,0x9942796A450C1979LL,0x9942796A450C1979LL};
static uint32_t g_21 = 0x74643A64L;
static int32_t g_52 = (-4L);
static uint64_t g_54 = 3UL;
static uint8_t g_80[2] = {0x70L,0x70L};
static int16_t g_82 = 0xF80BL;
static int32_t g_96[2] = {1L,1L};
static int32_t *g_98 = &g_96[1];
static int32_t **g_97 = &g_98;
static int16_t g_126 = (-10L);
static int32_t ****g_129 = (void*)0;
static int32_t ***g_131 = &g_97;
static int32_t ****g_130 = &g_131;
static uint32_t *g_143 = (void*)0;
static const int64_t g_153[4] = {(-5L),(-5L),(-5L),(-5L)};
static int32_t  func_1(void);
static uint8_t  func_26(int32_t * p_27, int32_t * p_28, uint64_t  p_29);
static int32_t * func_30(int32_t * p_31, int32_t * p_32, int8_t  p_33, uint32_t  p_34, int32_t  p_35);
static int32_t  func_1(void)
{ 
    int8_t l_5 = (-1L);
    int32_t l_11 = (-1L);
    int32_t l_12 = (-8L);
    int32_t *l_16 = &g_7;
    int32_t *l_17 = &g_2;
    int32_t *l_18[3];
    int i;
    for (i = 0; i < 3; i++)
        l_18[i] = &l_12;
    for (g_2 = 26; (g_2 != 7); g_2--)
    { 
        int32_t *l_6 = &g_7;
        int32_t *l_8[4][1];
        int32_t l_9 = (-1L);
        int8_t l_10 = (-7L);
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
                l_8[i][j] = (void*)0;
        }
        (*l_6) = l_5;
        --g_13;
        (*l_6) = 0xF9953E80L;
    }
    ++g_21;
    (*l_17) = ((safe_mul_func_uint8_t_u_u(func_26(&g_2, func_30(&l_11, &g_7, (safe_mul_func_uint8_t_u_u(((*l_16) > (g_19[1] > g_20[1])), g_2)), g_13, g_2), g_20[1]), g_54)) >= g_20[1]);
    return g_96[1];
}
static uint8_t  func_26(int32_t * p_27, int32_t * p_28, uint64_t  p_29)
{ 
    uint8_t l_106[3][2];
    int32_t ***l_128[1][2];
    int32_t ****l_127 = &l_128[0][1];
    int64_t *l_154 = &g_20[3];
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
            l_106[i][j] = 0x62L;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_128[i][j] = &g_97;
    }
    for (g_52 = (-20); (g_52 < 28); ++g_52)
    { 
        int8_t l_101[1];
        int32_t l_104 = 1L;
        int32_t l_105 = 0L;
        int32_t ** const *l_140 = &g_97;
        int32_t **l_141 = &g_98;
        int64_t l_146 = 0L;
        const int64_t **l_150 = (void*)0;
        const int64_t *l_152 = &g_153[0];
        const int64_t **l_151 = &l_152;
        int i;
        for (i = 0; i < 1; i++)
            l_101[i] = 0xD1L;
        for (g_7 = 0; (g_7 <= 2); g_7 += 1)
        { 
            int32_t *l_102 = &g_2;
            int32_t *l_103[4][3] = {{&g_7,&g_2,&g_7},{&g_96[0],&g_96[0],&g_96[0]},{&g_7,&g_2,&g_7},{&g_96[0],&g_96[0],&g_96[0]}};
            uint64_t *l_124 = &g_54;
            int i, j;
            --l_106[1][1];
            for (g_82 = 1; (g_82 >= 0); g_82 -= 1)
            { 
                const uint8_t *l_123 = &g_80[0];
                int16_t *l_125 = &g_126;
                int i;
                g_96[g_82] = (safe_rshift_func_uint8_t_u_u((g_96[g_82] & 0xD3579F7DC92B2451LL), 7));
                (*g_97) = (*g_97);
                (*p_27) ^= ((safe_lshift_func_int8_t_s_s(0xB4L, ((-8L) && l_105))) , (safe_lshift_func_int16_t_s_s(0x84A4L, ((*l_125) ^= (((((safe_rshift_func_uint8_t_u_s(((((safe_mul_func_int16_t_s_s((safe_mul_func_uint8_t_u_u((safe_mod_func_int64_t_s_s(l_101[0], g_19[1])), 0x6EL)), l_104)) , &l_106[1][1]) != l_123) , p_29), p_29)) & l_106[1][1]) > 0UL) , l_124) != &p_29)))));
                g_130 = (g_129 = l_127);
            }
            if ((*p_27))
                continue;
            if ((*p_27))
                break;
        }
        for (l_105 = 0; (l_105 > 29); l_105++)
        { 
            (**g_97) = 0xD9114629L;
        }
        if ((*p_28))
        { 
            uint32_t **l_142[2];
            int32_t l_147 = 1L;
            int i;
            for (i = 0; i < 2; i++)
                l_142[i] = (void*)0;
            (**g_97) = (safe_mul_func_uint16_t_u_u((safe_sub_func_uint64_t_u_u(((-3L) <= 18446744073709551615UL), (1UL | 0UL))), 0x15ACL));
            (****l_127) = (safe_rshift_func_uint8_t_u_u((g_13 = ((l_140 != (((l_141 != (((&g_21 != (g_143 = &g_21)) == (safe_rshift_func_int8_t_s_s(p_29, l_146))) , (void*)0)) != 0xDB94L) , (void*)0)) > (****l_127))), l_147));
        }
        else
        { 
            if ((*p_28))
                break;
            return p_29;
        }
        (**g_97) = (((safe_sub_func_uint64_t_u_u((((*l_151) = &g_20[2]) != ((g_19[0] & (****l_127)) , l_154)), (l_154 == (void*)0))) == p_29) ^ p_29);
    }
    return g_80[0];
}
static int32_t * func_30(int32_t * p_31, int32_t * p_32, int8_t  p_33, uint32_t  p_34, int32_t  p_35)
{ 
    int32_t *l_39[4] = {&g_2,&g_2,&g_2,&g_2};
    int32_t **l_38 = &l_39[3];
    int64_t l_50 = 0x6C8ECDCC21D2CF1ALL;
    uint8_t *l_51 = &g_13;
    uint64_t *l_53[1];
    const int16_t *l_88[3][3] = {{&g_82,&g_82,&g_82},{&g_82,&g_82,&g_82},{&g_82,&g_82,&g_82}};
    int i, j;
    for (i = 0; i < 1; i++)
        l_53[i] = &g_54;
    (*l_38) = &g_2;
    if (((*p_31) = (((g_20[1] < g_21) == (safe_div_func_uint8_t_u_u((((((((**l_38) = ((safe_mod_func_uint8_t_u_u(255UL, (**l_38))) <= (safe_mul_func_uint8_t_u_u((safe_lshift_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(((*l_51) = l_50), 255UL)), p_35)), g_52)))) > 18446744073709551613UL) < p_34) >= p_34) >= g_20[1]) | 6L), p_33))) > p_33)))
    { 
        int32_t l_61[2];
        uint32_t *l_76 = &g_21;
        int64_t *l_77 = (void*)0;
        int64_t *l_78 = &g_19[2];
        uint8_t *l_79 = &g_80[0];
        int16_t *l_81 = &g_82;
        int i;
        for (i = 0; i < 2; i++)
            l_61[i] = (-1L);
        (*p_31) = (!((!((l_53[0] != (void*)0) & p_33)) > ((safe_mul_func_uint16_t_u_u((((l_51 == (void*)0) | p_33) || l_61[1]), l_61[1])) >= 7L)));
        g_52 = ((*p_31) ^= ((safe_sub_func_int16_t_s_s((p_34 , (((safe_rshift_func_uint8_t_u_s((safe_rshift_func_uint8_t_u_s((safe_mul_func_int16_t_s_s(((*l_81) &= (((*l_79) = ((*l_51) = ((safe_div_func_int64_t_s_s(((safe_div_func_int64_t_s_s(((**l_38) < (((*l_76) ^= g_20[1]) > (((*l_78) = 0xA1071FCCBB7A7919LL) , (((p_33 != p_35) , (-10L)) != (-9L))))), p_33)) != 0xC1C926A5A418E4AALL), l_61[1])) , g_20[1]))) ^ (**l_38))), g_20[2])), p_33)), 0)) , (void*)0) == (void*)0)), g_54)) <= g_2));
        for (g_2 = 0; (g_2 < (-2)); g_2 = safe_sub_func_int64_t_s_s(g_2, 8))
        { 
            return p_32;
        }
        for (g_82 = 0; (g_82 != (-7)); g_82--)
        { 
            int16_t *l_89 = &g_82;
            int32_t l_92 = 0xFA0B358DL;
            int32_t * const l_95 = &g_96[1];
            int32_t * const *l_94 = &l_95;
            int32_t * const **l_93 = &l_94;
            (**g_97) = (~((*p_31) = ((l_88[2][0] != l_89) , (safe_rshift_func_int16_t_s_s((l_92 > ((((*l_93) = &l_39[3]) != g_97) >= g_13)), 13)))));
        }
    }
    else
    { 
        return p_31;
    }
    return p_31;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_13, "g_13", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_19[i], "g_19[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_20[i], "g_20[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_21, "g_21", print_hash_value);
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_54, "g_54", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_80[i], "g_80[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_82, "g_82", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_96[i], "g_96[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_126, "g_126", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_153[i], "g_153[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
