#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0xD5E48D32L;
static int32_t g_15 = 0xE5A9864BL;
static int32_t g_33 = (-1L);
static int16_t g_52 = 1L;
static uint8_t g_54 = 0x1DL;
static int32_t *g_67[2] = {&g_15,&g_15};
static uint16_t g_72[4] = {8UL,8UL,8UL,8UL};
static int8_t g_87 = 0x9BL;
static int16_t *g_108 = &g_52;
static int16_t **g_107 = &g_108;
static int64_t g_140 = 0x386AEEF4BBCF4FF7LL;
static int32_t * const *g_146 = &g_67[0];
static int32_t * const ** const g_145 = &g_146;
static uint32_t g_162[1][1] = {{0x702E0BC5L}};
static int16_t g_166[1] = {0xBD33L};
static int32_t g_170[3][1] = {{0x2F15F6EFL},{0x2F15F6EFL},{0x2F15F6EFL}};
static int32_t **g_176 = &g_67[0];
static int32_t ***g_175 = &g_176;
static int32_t ****g_174 = &g_175;
static int32_t  func_1(void);
static uint16_t  func_9(uint8_t  p_10, uint32_t  p_11);
static int32_t * func_20(int32_t * p_21, uint64_t  p_22, int32_t * p_23, uint8_t  p_24, const int16_t  p_25);
static int32_t  func_1(void)
{ 
    int16_t l_8 = 1L;
    int32_t *l_177[3][3] = {{&g_170[0][0],(void*)0,&g_170[0][0]},{&g_170[1][0],&g_170[1][0],&g_170[1][0]},{&g_170[0][0],(void*)0,&g_170[0][0]}};
    uint16_t l_178 = 0x1AF7L;
    const uint64_t l_183 = 18446744073709551612UL;
    int32_t *l_184 = (void*)0;
    int32_t l_185 = (-1L);
    int i, j;
    for (g_2 = 2; (g_2 != 14); g_2 = safe_add_func_uint8_t_u_u(g_2, 4))
    { 
        int8_t l_12 = 0x99L;
        int32_t *l_169 = &g_170[1][0];
        int32_t **l_173 = &l_169;
        int32_t ***l_172[4] = {&l_173,&l_173,&l_173,&l_173};
        int32_t ****l_171[4];
        int i;
        for (i = 0; i < 4; i++)
            l_171[i] = &l_172[3];
        (*l_169) &= ((((!(safe_mul_func_int16_t_s_s((l_8 >= func_9(l_12, l_12)), (g_2 ^ l_8)))) , g_166[0]) != l_8) || g_33);
        g_174 = l_171[2];
    }
    ++l_178;
    l_184 = l_177[1][0];
    return l_185;
}
static uint16_t  func_9(uint8_t  p_10, uint32_t  p_11)
{ 
    uint32_t l_13[3][1];
    int32_t *l_27[2];
    int32_t *l_29 = &g_2;
    int32_t l_91 = 0xBB44B8FFL;
    uint32_t l_92 = 0UL;
    int32_t **l_124 = &g_67[1];
    int32_t ***l_123 = &l_124;
    int32_t ****l_122 = &l_123;
    int16_t **l_147 = &g_108;
    uint64_t l_152 = 0x8B2DAAAC5D9CE621LL;
    int8_t l_168 = 0x8DL;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_13[i][j] = 4294967288UL;
    }
    for (i = 0; i < 2; i++)
        l_27[i] = &g_15;
    if (l_13[1][0])
    { 
        uint32_t l_17 = 0x5C1D1022L;
        int32_t *l_28[2];
        int16_t l_88[4][3];
        int64_t l_89 = (-3L);
        int16_t **l_113 = &g_108;
        int i, j;
        for (i = 0; i < 2; i++)
            l_28[i] = &g_15;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 3; j++)
                l_88[i][j] = (-1L);
        }
        for (p_10 = 0; (p_10 <= 0); p_10 += 1)
        { 
            int32_t *l_70 = &g_2;
            int32_t l_77 = 1L;
            int32_t l_82 = (-3L);
            int32_t l_85[2][2] = {{(-3L),(-3L)},{(-3L),(-3L)}};
            int32_t l_90 = 0xD308A82EL;
            int i, j;
            if (p_11)
            { 
                int32_t *l_14 = &g_15;
                int32_t *l_16[3];
                int32_t **l_26[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_16[i] = &g_15;
                for (i = 0; i < 3; i++)
                    l_26[i] = &l_16[2];
                ++l_17;
                g_67[0] = func_20((l_28[1] = (l_27[1] = &g_15)), g_2, l_29, ((safe_unary_minus_func_int16_t_s(((((g_2 >= (g_2 > p_11)) >= l_17) , p_10) & g_15))) , p_10), p_11);
                if (p_10)
                    continue;
            }
            else
            { 
                uint16_t *l_71 = &g_72[3];
                int32_t **l_75 = &l_27[1];
                int16_t *l_76 = &g_52;
                int32_t l_78 = 1L;
                int16_t * const *l_80 = (void*)0;
                int16_t * const **l_79 = &l_80;
                int32_t l_81 = (-1L);
                int32_t l_83 = (-2L);
                int32_t l_84 = 0xADFF6575L;
                int32_t l_86[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_86[i] = 0x313D3D18L;
                l_78 ^= (l_77 = (safe_rshift_func_int16_t_s_u(((*l_76) &= (l_70 == (((*l_71)--) , ((*l_75) = l_29)))), 3)));
                (*l_79) = (void*)0;
                ++l_92;
            }
            for (l_91 = 0; (l_91 <= 0); l_91 += 1)
            { 
                int32_t **l_112 = &g_67[0];
                int32_t ***l_111 = &l_112;
                int32_t l_114 = (-4L);
                int i, j;
                l_114 ^= (65530UL < ((safe_mod_func_int32_t_s_s(((safe_lshift_func_int16_t_s_s((safe_mod_func_int32_t_s_s(((((safe_mul_func_uint8_t_u_u((l_13[(p_10 + 1)][p_10] >= ((safe_mod_func_int8_t_s_s((g_107 != ((l_13[(l_91 + 2)][l_91] < ((safe_mod_func_int32_t_s_s((((*l_111) = &l_27[1]) != &l_27[0]), 0xB6E778D2L)) < (**g_107))) , l_113)), (*l_29))) != p_11)), 248UL)) , 8UL) , g_54) >= g_87), g_72[1])), 3)) && 255UL), (-3L))) >= p_10));
                g_67[0] = &l_85[0][1];
            }
        }
        for (g_54 = 0; (g_54 != 4); g_54++)
        { 
            uint32_t l_117 = 0x4C404072L;
            return l_117;
        }
    }
    else
    { 
        uint32_t l_127[1];
        int32_t l_142 = 0L;
        int i;
        for (i = 0; i < 1; i++)
            l_127[i] = 0xE7B0A03CL;
        for (g_15 = 0; (g_15 < 18); g_15 = safe_add_func_uint32_t_u_u(g_15, 1))
        { 
            int16_t ***l_120 = &g_107;
            int32_t l_126 = 0xBC74038AL;
            if (p_10)
            { 
                int32_t **l_121 = &l_27[1];
                int32_t *****l_125 = &l_122;
                l_120 = (g_33 , l_120);
                (*l_121) = &l_91;
                (*l_125) = l_122;
                --l_127[0];
            }
            else
            { 
                uint8_t **l_134 = (void*)0;
                uint8_t *l_136 = &g_54;
                uint8_t **l_135 = &l_136;
                int32_t * const *l_138 = &l_29;
                int32_t * const **l_137[2][3];
                int64_t *l_139[4] = {&g_140,&g_140,&g_140,&g_140};
                uint32_t *l_141[3];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_137[i][j] = &l_138;
                }
                for (i = 0; i < 3; i++)
                    l_141[i] = &l_13[2][0];
                l_126 |= ((safe_mul_func_uint8_t_u_u((safe_mod_func_int32_t_s_s(((p_11 , &p_10) == ((*l_135) = &g_54)), (l_142 |= ((g_140 = (p_11 == (((void*)0 != l_137[1][0]) ^ g_72[3]))) ^ 18446744073709551615UL)))), 251UL)) != 65531UL);
                l_147 = ((((((p_10 && ((((safe_mul_func_int8_t_s_s((g_145 == ((*l_122) = (void*)0)), ((g_140 &= l_126) <= (((6UL ^ p_11) , 1UL) | g_54)))) <= g_2) <= 18446744073709551615UL) , l_126)) == p_10) >= 8L) >= 0xF652C32FL) ^ p_11) , &g_108);
            }
            l_126 &= (safe_unary_minus_func_int16_t_s((*g_108)));
            return p_10;
        }
    }
    for (g_15 = 0; (g_15 != 24); ++g_15)
    { 
        int32_t *l_151 = &g_2;
        uint32_t *l_160 = (void*)0;
        uint32_t *l_161[2][1];
        int64_t *l_163[1][2];
        int16_t *l_164 = (void*)0;
        int16_t *l_165 = &g_166[0];
        int32_t l_167 = 0x97223DDDL;
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_161[i][j] = &l_92;
        }
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_163[i][j] = &g_140;
        }
        (*l_124) = l_151;
        l_152 &= (-4L);
        l_167 = (0x32L && (!((*l_165) &= ((safe_sub_func_int8_t_s_s((p_10 != ((safe_mul_func_uint16_t_u_u((g_54 == ((((((g_140 = ((((((&l_122 == ((g_162[0][0] = (((*g_108) &= (l_147 == &g_108)) ^ (*l_151))) , (void*)0)) , p_10) , g_162[0][0]) , p_10) ^ p_11) && g_2)) != g_54) < 0x6D65B00D46AD4EF9LL) != 6UL) , g_2) < (*l_151))), p_11)) >= 1L)), 0x3EL)) < 0xD6L))));
    }
    l_168 = p_10;
    (**l_123) = func_20(&g_15, p_10, ((**l_123) = &g_33), p_10, (4L & g_2));
    return g_54;
}
static int32_t * func_20(int32_t * p_21, uint64_t  p_22, int32_t * p_23, uint8_t  p_24, const int16_t  p_25)
{ 
    int16_t l_31[4];
    int32_t l_46[4] = {4L,4L,4L,4L};
    int32_t *l_66 = &g_2;
    int i;
    for (i = 0; i < 4; i++)
        l_31[i] = 0L;
    for (p_22 = 0; (p_22 <= 3); p_22 += 1)
    { 
        int16_t l_37 = 9L;
        int16_t l_39 = 0xC1F4L;
        int32_t l_50 = 0L;
        for (g_15 = 0; (g_15 <= 3); g_15 += 1)
        { 
            uint32_t l_34 = 6UL;
            int32_t l_38 = 0xC837E05AL;
            int32_t l_41 = 0L;
            for (p_24 = 0; (p_24 <= 3); p_24 += 1)
            { 
                int32_t *l_32[2][2] = {{&g_33,&g_33},{&g_33,&g_33}};
                int i, j;
                ++l_34;
                g_33 |= l_31[p_24];
            }
            for (p_24 = 0; (p_24 <= 3); p_24 += 1)
            { 
                int32_t *l_40 = &g_33;
                int32_t *l_42 = (void*)0;
                int32_t *l_43 = &l_38;
                int32_t *l_44 = &l_41;
                int32_t *l_45 = (void*)0;
                int32_t *l_47 = &l_46[2];
                int32_t *l_48 = &l_46[1];
                int32_t *l_49 = &g_33;
                int32_t *l_51 = &l_41;
                int32_t *l_53 = (void*)0;
                --g_54;
                return p_21;
            }
        }
        for (g_33 = 3; (g_33 >= 0); g_33 -= 1)
        { 
            int32_t *l_65 = &l_46[2];
            int i;
            l_50 = 1L;
            g_15 = l_31[g_33];
            if (((void*)0 != p_21))
            { 
                int i;
                if (l_31[p_22])
                    break;
            }
            else
            { 
                int32_t l_61 = 1L;
                uint8_t *l_62 = &g_54;
                if (l_31[2])
                    break;
                (*p_21) = ((safe_div_func_int64_t_s_s(l_31[0], (safe_mul_func_int16_t_s_s(0x1EB6L, (l_61 = p_22))))) > ((*l_62)++));
            }
            return &g_15;
        }
        return l_66;
    }
    return &g_33;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_15, "g_15", print_hash_value);
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_54, "g_54", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_72[i], "g_72[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_140, "g_140", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_162[i][j], "g_162[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_166[i], "g_166[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_170[i][j], "g_170[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
