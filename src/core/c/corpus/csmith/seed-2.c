#include "csmith.h"
static long __undefined;
static int32_t g_3[3][4] = {{0x2C58FB77L,0x2C58FB77L,0x2C58FB77L,0x2C58FB77L},{0x2C58FB77L,0x2C58FB77L,0x2C58FB77L,0x2C58FB77L},{0x2C58FB77L,0x2C58FB77L,0x2C58FB77L,0x2C58FB77L}};
static int8_t g_24[3] = {0xD4L,0xD4L,0xD4L};
static int32_t g_33 = 0x49A7E128L;
static uint8_t g_42[2][3] = {{0x18L,0x18L,0x18L},{0x18L,0x18L,0x18L}};
static int8_t g_45 = 0xF2L;
static int32_t g_46 = 0x136B8055L;
static int64_t g_47 = 0x9032B81468F30040LL;
static int16_t g_48 = 0x56A9L;
static uint64_t g_49 = 0x79388B32A1BF3346LL;
static int32_t *g_57 = &g_33;
static int32_t *g_101[1] = {(void*)0};
static int32_t *g_143 = &g_33;
static uint32_t g_145 = 4294967295UL;
static int8_t *g_166[1] = {&g_24[2]};
static int8_t **g_165[1] = {&g_166[0]};
static uint8_t **g_168[3][1] = {{(void*)0},{(void*)0},{(void*)0}};
static const int32_t ***g_173 = (void*)0;
static const int32_t ****g_172 = &g_173;
static int32_t  func_1(void);
static int32_t * func_4(int32_t * p_5, const int32_t * p_6, const uint16_t  p_7);
static uint8_t  func_10(uint32_t  p_11, uint64_t  p_12, int16_t  p_13, const int64_t  p_14, int8_t  p_15);
static int32_t  func_1(void)
{ 
    uint32_t l_2[4][3] = {{0x76F5020FL,0xC85F70ADL,0xC85F70ADL},{0xC85F70ADL,0x32FFAB8CL,0x9B546158L},{0x76F5020FL,0x32FFAB8CL,0x76F5020FL},{18446744073709551615UL,0xC85F70ADL,0x9B546158L}};
    int32_t *l_62 = &g_3[2][2];
    int32_t l_158 = (-1L);
    int32_t l_159 = (-2L);
    int i, j;
    for (g_3[0][1] = 0; (g_3[0][1] <= 2); g_3[0][1] += 1)
    { 
        const int32_t l_18[1] = {0x9642E40CL};
        int8_t *l_23[1][4] = {{&g_24[1],&g_24[1],&g_24[1],&g_24[1]}};
        int16_t l_61[1][3];
        int32_t *l_123 = (void*)0;
        int32_t l_157[2];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_61[i][j] = 7L;
        }
        for (i = 0; i < 2; i++)
            l_157[i] = 0xCBB970F0L;
        l_123 = func_4((l_2[0][1] , (((safe_mod_func_int32_t_s_s(g_3[0][2], (((func_10((((safe_mul_func_int8_t_s_s((l_18[0] , ((safe_mul_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_s(0xEA33L, 4)), (g_24[1] = g_3[0][1]))) <= 0xF1540EE1L)), g_3[0][1])) != g_3[0][1]) & g_3[0][1]), l_2[2][1], g_3[0][1], g_3[2][1], g_3[0][1]) , 0x3FF5L) == 0x86E0L) ^ l_18[0]))) , l_61[0][0]) , l_62)), &g_3[2][0], g_45);
        for (g_46 = 0; (g_46 <= 2); g_46 += 1)
        { 
            int8_t *l_141[2];
            int16_t *l_142 = &l_61[0][0];
            uint32_t *l_144 = &g_145;
            uint8_t *l_146 = &g_42[1][2];
            int32_t l_147 = 9L;
            const int32_t **l_149 = (void*)0;
            const int32_t ** const *l_148[1][1];
            int32_t l_160 = 1L;
            int32_t l_161 = 0xF7BA1556L;
            uint32_t l_162 = 0x12183A9AL;
            uint8_t ***l_169 = &g_168[2][0];
            int32_t *l_176 = &l_161;
            int i, j;
            for (i = 0; i < 2; i++)
                l_141[i] = &g_45;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_148[i][j] = &l_149;
            }
            if ((!((safe_add_func_uint16_t_u_u(65529UL, (safe_mul_func_uint8_t_u_u(((*l_146) ^= (safe_lshift_func_int16_t_s_u((((*l_144) |= (((safe_lshift_func_int16_t_s_s(((1L | (safe_rshift_func_int16_t_s_u(((*l_142) = (((safe_sub_func_uint16_t_u_u(g_33, 0x8ACBL)) < ((safe_div_func_int64_t_s_s((safe_lshift_func_int16_t_s_u((l_141[0] == &g_24[1]), 14)), (*l_62))) , (*l_123))) > 6UL)), 12))) , (*l_123)), g_49)) , g_143) == (void*)0)) & g_33), (*l_62)))), g_45)))) != l_147)))
            { 
                const int32_t ** const **l_150 = &l_148[0][0];
                if ((*l_62))
                    break;
                (*l_150) = l_148[0][0];
            }
            else
            { 
                int32_t *l_151 = (void*)0;
                int32_t *l_152 = &g_33;
                int32_t *l_153 = &g_33;
                int32_t *l_154 = (void*)0;
                int32_t *l_155 = &g_33;
                int32_t *l_156[2];
                int8_t ***l_167 = &g_165[0];
                int i;
                for (i = 0; i < 2; i++)
                    l_156[i] = &g_33;
                g_101[0] = &g_3[2][1];
                (*g_143) = (-3L);
                l_162--;
                (*l_167) = g_165[0];
            }
            (*l_169) = g_168[1][0];
            (*l_176) = (((*l_123) > ((((safe_rshift_func_int16_t_s_s((((((*g_143) = (g_172 != (void*)0)) > (safe_add_func_uint32_t_u_u((*l_62), ((&l_148[0][0] != (void*)0) , (*l_123))))) != g_49) <= (-10L)), g_48)) == (*l_62)) <= g_145) >= (*l_123))) ^ g_24[1]);
        }
    }
    return (*l_62);
}
static int32_t * func_4(int32_t * p_5, const int32_t * p_6, const uint16_t  p_7)
{ 
    int32_t l_76 = 0xEF36A5F6L;
    int8_t * const l_83 = &g_24[1];
    uint64_t l_84 = 18446744073709551613UL;
    int8_t *l_116 = (void*)0;
    int8_t *l_117 = &g_45;
    int32_t *l_118 = (void*)0;
    int32_t *l_119 = &g_33;
    int32_t *l_120 = (void*)0;
    int32_t *l_121 = &l_76;
    int32_t *l_122 = &l_76;
    if ((safe_rshift_func_uint16_t_u_s((safe_mod_func_int64_t_s_s((safe_add_func_int64_t_s_s((~((void*)0 == &g_45)), ((l_76 = (safe_mod_func_uint16_t_u_u((((safe_lshift_func_int8_t_s_u((safe_sub_func_int64_t_s_s((l_76 != (0x3E42CDC5007C8A85LL >= ((safe_unary_minus_func_int16_t_s(((((((~(((((safe_div_func_int16_t_s_s((safe_lshift_func_uint16_t_u_u(g_3[1][2], p_7)), l_76)) , l_83) != l_83) >= g_42[0][2]) || g_48)) >= p_7) , 0UL) || g_3[0][1]) | g_45) || 0x4505C2614AC9AC80LL))) , l_84))), g_46)), 3)) < p_7) ^ g_24[1]), g_24[1]))) , 0xC7DC5EB77D2D86EALL))), g_47)), l_84)))
    { 
        const int64_t l_90 = (-1L);
        int32_t *l_91 = (void*)0;
        int32_t *l_92 = &l_76;
        g_33 &= ((~((safe_sub_func_int32_t_s_s(((*l_92) |= ((safe_add_func_uint32_t_u_u((3UL || (g_42[1][1] |= l_84)), ((p_7 , ((*l_83) = p_7)) & (p_7 || l_84)))) == l_90)), g_46)) || l_84)) & 0xF296F1EFL);
    }
    else
    { 
        int32_t *l_95 = (void*)0;
        int32_t l_107 = 0xEAFAE61CL;
        if (((p_7 > ((0L >= ((safe_mod_func_uint64_t_u_u(p_7, ((l_95 != &g_3[0][1]) , p_7))) || (*g_57))) ^ (*p_5))) ^ p_7))
        { 
            uint32_t l_98 = 0x5F07B865L;
            for (l_84 = (-21); (l_84 < 58); ++l_84)
            { 
                l_98 |= (-5L);
            }
        }
        else
        { 
            const int8_t *l_104 = &g_24[0];
            for (g_33 = 0; (g_33 >= (-24)); g_33--)
            { 
                g_101[0] = &l_76;
                if (l_84)
                    break;
                return &g_3[0][1];
            }
            for (g_33 = (-17); (g_33 != (-12)); g_33 = safe_add_func_uint64_t_u_u(g_33, 5))
            { 
                int8_t *l_105 = &g_24[1];
                int32_t l_106 = 0x079F8D1BL;
                l_106 = (((l_104 != l_105) || ((((g_42[0][0] , (g_46 > p_7)) & g_33) > (-6L)) >= l_106)) , 0x709D1F70L);
                l_76 = l_107;
            }
        }
    }
    (*l_121) |= ((*l_119) &= (safe_div_func_int16_t_s_s((safe_add_func_uint8_t_u_u(4UL, ((*l_117) &= (safe_mul_func_uint8_t_u_u(((g_24[1] , ((safe_mod_func_int64_t_s_s((&p_5 != &p_5), ((((p_7 != p_7) <= 0xFBL) , l_84) && 0x22C1L))) | 0L)) & l_84), g_47))))), p_7)));
    (*l_119) = 0x826083B5L;
    return &g_3[0][1];
}
static uint8_t  func_10(uint32_t  p_11, uint64_t  p_12, int16_t  p_13, const int64_t  p_14, int8_t  p_15)
{ 
    uint32_t l_31 = 4294967295UL;
    int32_t l_36 = 0x1E525036L;
    int32_t l_41 = 0x020B2DE4L;
    uint32_t l_52 = 0x78859B34L;
    int32_t *l_56 = &g_3[0][1];
    int32_t **l_55 = &l_56;
    for (p_13 = 0; (p_13 < 26); p_13++)
    { 
        int32_t *l_32 = &g_33;
        if (p_15)
            break;
        (*l_32) |= ((p_15 <= (safe_add_func_uint8_t_u_u(g_24[1], ((((safe_div_func_uint64_t_u_u(0xA06C0F1A0197CBB4LL, g_3[2][0])) <= (l_31 < 0L)) || p_12) && g_3[0][1])))) >= g_24[1]);
        for (p_11 = 0; (p_11 <= 2); p_11 += 1)
        { 
            int i;
            (*l_32) = g_24[p_11];
        }
        for (p_12 = 0; (p_12 <= 2); p_12 += 1)
        { 
            int i;
            return g_24[p_12];
        }
    }
    for (p_15 = 0; (p_15 >= (-4)); p_15 = safe_sub_func_uint64_t_u_u(p_15, 1))
    { 
        int32_t *l_37 = &g_33;
        int32_t *l_38 = &g_33;
        int32_t *l_39 = &l_36;
        int32_t *l_40[4][1];
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
                l_40[i][j] = &l_36;
        }
        ++g_42[0][0];
        g_49++;
        ++l_52;
    }
    g_57 = ((*l_55) = &g_3[0][1]);
    for (l_41 = 0; (l_41 > (-28)); l_41 = safe_sub_func_uint32_t_u_u(l_41, 1))
    { 
        int32_t *l_60 = &g_33;
        l_60 = &g_33;
    }
    return (**l_55);
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_3[i][j], "g_3[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_24[i], "g_24[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_33, "g_33", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_42[i][j], "g_42[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_145, "g_145", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
