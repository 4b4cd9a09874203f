#include "csmith.h"
static long __undefined;
static int16_t g_2 = 0x184CL;
static int8_t g_17 = 3L;
static uint64_t g_33[1] = {0x3279329BFAEAD221LL};
static uint16_t g_44 = 1UL;
static uint32_t g_47 = 0xF0D602FFL;
static int32_t g_51 = 0xCBC84235L;
static int32_t g_59[4][3] = {{0x7789B64DL,0x7789B64DL,0xE6139440L},{(-9L),(-9L),0x3D039428L},{0x7789B64DL,0x7789B64DL,0xE6139440L},{(-9L),(-9L),0x3D039428L}};
static int64_t g_79 = (-1L);
static int32_t *g_89 = &g_59[3][0];
static uint32_t **g_101 = (void*)0;
static uint32_t ***g_155 = (void*)0;
static int64_t  func_1(void);
static uint8_t  func_3(int32_t  p_4, int32_t  p_5);
static int32_t  func_7(int32_t  p_8, const int32_t  p_9);
static int64_t  func_1(void)
{ 
    int16_t l_6 = 0x949DL;
    if (((g_2 ^ ((func_3(l_6, l_6) >= (safe_mul_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_s(((g_2 && 65530UL) , l_6), 2)), 1L))) || (-1L))) , 4L))
    { 
        int8_t l_195 = 0xCBL;
        for (g_79 = 0; (g_79 == (-18)); g_79 = safe_sub_func_uint16_t_u_u(g_79, 5))
        { 
            uint32_t ***l_189[1][3];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_189[i][j] = (void*)0;
            }
            for (g_17 = 0; (g_17 <= 0); g_17 += 1)
            { 
                uint32_t ***l_190[2][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0}};
                int32_t *l_194 = &g_59[(g_17 + 2)][g_17];
                int32_t *l_201 = &g_51;
                int i, j;
                g_59[(g_17 + 2)][g_17] |= (+(l_189[0][0] != l_190[0][0]));
                (*l_201) = (((-9L) == (l_195 |= (((*l_194) = (safe_div_func_int16_t_s_s((~4294967287UL), g_59[(g_17 + 2)][g_17]))) , 0L))) , (+(safe_mod_func_uint64_t_u_u((safe_div_func_int64_t_s_s(((&g_155 == &l_190[1][0]) >= 0xAF0493C28935D499LL), g_59[(g_17 + 3)][(g_17 + 1)])), 5UL))));
            }
            for (g_44 = 0; (g_44 <= 0); g_44 += 1)
            { 
                int32_t **l_202[4] = {&g_89,&g_89,&g_89,&g_89};
                int32_t *l_203 = &g_59[3][0];
                int i;
                if (g_33[g_44])
                    break;
                l_203 = &g_59[3][0];
                return g_2;
            }
            if (l_195)
                continue;
        }
        return l_6;
    }
    else
    { 
        int32_t **l_204 = &g_89;
        (*l_204) = (void*)0;
    }
    return l_6;
}
static uint8_t  func_3(int32_t  p_4, int32_t  p_5)
{ 
    int32_t l_10 = 0L;
    uint64_t l_13[1];
    int8_t *l_16 = &g_17;
    uint8_t l_49[3];
    int32_t l_61 = 0x7FAEFF9BL;
    int32_t l_62 = 0x66B01FE4L;
    int32_t l_63 = (-10L);
    int64_t l_64 = 0x4FE9DE5592ED9948LL;
    int32_t l_65 = (-1L);
    int32_t l_70 = 0xB9FEC4F7L;
    int32_t l_71 = 0x36CF92ACL;
    int32_t l_73 = 0xE4A26432L;
    int32_t l_74 = 0xE0D67C40L;
    int8_t l_76 = 0L;
    int32_t l_77 = 0x507BD828L;
    int32_t l_80 = 0L;
    uint32_t *l_96 = &g_47;
    int8_t l_142 = 0L;
    int32_t l_143 = 1L;
    int32_t l_144 = 0x7B98E7B1L;
    uint16_t *l_166 = (void*)0;
    int i;
    for (i = 0; i < 1; i++)
        l_13[i] = 18446744073709551609UL;
    for (i = 0; i < 3; i++)
        l_49[i] = 0UL;
    if (func_7(g_2, (g_2 <= (l_10 >= (safe_rshift_func_uint8_t_u_s((l_13[0] > (safe_lshift_func_uint16_t_u_s(((((*l_16) = (((g_2 && p_5) , 0xF204795ED7C6AE49LL) >= p_5)) > l_13[0]) != 0UL), p_5))), l_13[0]))))))
    { 
        uint16_t l_48 = 0x251FL;
        int32_t l_53[1][2];
        int64_t l_78 = 1L;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_53[i][j] = 1L;
        }
        if (p_5)
        { 
            int32_t l_60 = 0x71F67B26L;
            int32_t l_66 = 0x839C7238L;
            int32_t l_67 = 0x03957630L;
            int32_t l_68 = (-4L);
            int32_t l_69 = (-5L);
            int32_t l_72 = 0x603CC2EDL;
            int32_t l_75 = 0x6BE7A02FL;
            int32_t l_81 = (-2L);
            int32_t l_82 = 0xEEDE604AL;
            uint32_t l_83[3][3] = {{0x4B885461L,18446744073709551615UL,0x4B885461L},{0x4B885461L,18446744073709551615UL,0x4B885461L},{0x4B885461L,18446744073709551615UL,0x4B885461L}};
            int i, j;
            for (p_5 = 0; (p_5 >= 9); p_5 = safe_add_func_int8_t_s_s(p_5, 4))
            { 
                uint16_t *l_43 = &g_44;
                uint32_t *l_45 = (void*)0;
                uint32_t *l_46 = &g_47;
                int32_t *l_50 = &g_51;
                int32_t *l_52 = &g_51;
                int32_t *l_54 = &l_53[0][1];
                int32_t *l_55 = &l_53[0][1];
                int32_t *l_56 = &l_53[0][0];
                int32_t *l_57 = &l_53[0][0];
                int32_t *l_58[4][3];
                int32_t **l_86 = &l_57;
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_58[i][j] = &l_53[0][1];
                }
                (*l_50) = (safe_div_func_int32_t_s_s((((((*l_46) ^= (safe_rshift_func_int16_t_s_u((-2L), ((*l_43) = ((g_33[0] != (((void*)0 != &g_17) < g_33[0])) == g_17))))) <= l_48) , g_2) , l_13[0]), l_49[0]));
                l_83[1][2]++;
                (*l_86) = &g_59[3][2];
            }
        }
        else
        { 
            uint16_t l_90[1];
            uint32_t **l_97 = &l_96;
            uint32_t *l_100 = (void*)0;
            uint32_t **l_99 = &l_100;
            uint32_t ***l_98 = &l_99;
            int i;
            for (i = 0; i < 1; i++)
                l_90[i] = 1UL;
            if (p_5)
            { 
                p_4 = (g_17 >= l_48);
            }
            else
            { 
                int32_t *l_88[2];
                int32_t **l_87[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_88[i] = &l_70;
                for (i = 0; i < 2; i++)
                    l_87[i] = &l_88[1];
                g_89 = &g_59[2][2];
                ++l_90[0];
                (*g_89) &= 0x9F8A89CBL;
            }
            for (g_51 = 0; (g_51 <= 0); g_51 += 1)
            { 
                return p_4;
            }
            (*g_89) |= (~(((safe_lshift_func_int16_t_s_s((&g_47 == ((*l_97) = l_96)), (((*l_98) = (void*)0) == g_101))) < p_5) && g_51));
        }
    }
    else
    { 
        int16_t l_110[3];
        int32_t *l_128 = &l_71;
        int32_t *l_138 = &l_61;
        int32_t *l_139 = (void*)0;
        int32_t *l_140 = (void*)0;
        int32_t *l_141[3][3] = {{&l_77,(void*)0,&l_77},{&l_77,(void*)0,&l_77},{&l_77,(void*)0,&l_77}};
        uint16_t l_145 = 0x5EEBL;
        uint32_t ****l_152 = (void*)0;
        uint32_t ***l_154 = &g_101;
        uint32_t ****l_153[1][1];
        const int8_t l_169 = (-1L);
        int32_t *l_179 = &l_74;
        int i, j;
        for (i = 0; i < 3; i++)
            l_110[i] = 0xCFC3L;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_153[i][j] = &l_154;
        }
lbl_129:
        for (l_65 = 0; (l_65 >= 0); l_65 -= 1)
        { 
            uint8_t l_122 = 0xE1L;
            int i;
            if (((((*g_89) = (safe_sub_func_uint32_t_u_u(((*l_96) |= (l_49[l_65] > 1UL)), (safe_lshift_func_uint8_t_u_s(((((safe_add_func_int8_t_s_s(((*l_16) = (g_33[l_65] ^ (((safe_sub_func_int16_t_s_s((l_110[1] , (l_110[0] , g_17)), l_64)) , l_71) && l_110[1]))), g_44)) , g_33[0]) > p_5) & p_4), 2))))) == 0xFD790600L) || g_33[l_65]))
            { 
                return p_4;
            }
            else
            { 
                int32_t **l_111[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_111[i] = &g_89;
                g_89 = &g_59[3][1];
            }
            (*g_89) = (safe_mod_func_int64_t_s_s((-1L), g_59[3][0]));
            (*g_89) = (safe_add_func_uint64_t_u_u(((void*)0 != &l_13[0]), l_49[0]));
            for (p_4 = 0; (p_4 == 12); p_4++)
            { 
                int32_t *l_118[1];
                uint32_t l_119 = 0xED191173L;
                int i;
                for (i = 0; i < 1; i++)
                    l_118[i] = &g_59[3][0];
                --l_119;
                ++l_122;
            }
        }
lbl_137:
        for (g_79 = 0; (g_79 == (-2)); --g_79)
        { 
            int32_t **l_127[4];
            int i;
            for (i = 0; i < 4; i++)
                l_127[i] = &g_89;
            l_128 = &p_4;
            if (p_5)
                goto lbl_129;
            for (l_77 = 0; (l_77 != (-16)); l_77 = safe_sub_func_int64_t_s_s(l_77, 4))
            { 
                int32_t *l_132 = &g_59[3][0];
                l_132 = &g_51;
                return g_51;
            }
            if (l_77)
                goto lbl_137;
            for (l_63 = (-19); (l_63 <= (-7)); ++l_63)
            { 
                (*g_89) &= ((0x744F0CC1BE0C0295LL & (safe_add_func_int16_t_s_s(g_17, p_5))) == p_5);
                (*l_128) ^= ((*g_89) |= l_80);
                return g_44;
            }
        }
        ++l_145;
        if ((g_2 == (safe_div_func_uint16_t_u_u(((safe_mod_func_uint16_t_u_u(((((g_155 = &g_101) == (void*)0) , &g_17) != (l_49[0] , (void*)0)), 4L)) <= l_61), 8L))))
        { 
            uint16_t *l_167 = &l_145;
            int32_t l_168 = 0x02EEB526L;
            uint16_t l_170 = 0xBA2BL;
            (*l_138) = ((((safe_lshift_func_uint8_t_u_u(0x75L, g_47)) < (((safe_sub_func_uint32_t_u_u((safe_sub_func_uint64_t_u_u(((safe_mul_func_uint8_t_u_u(((((((safe_sub_func_int32_t_s_s(((((l_166 != l_167) , &g_17) == &l_76) , l_168), 0xF3868CF8L)) , (-1L)) >= p_4) , 0x12AFED2E4DB81D23LL) , 0x9CED32F98C7CB7DFLL) , g_79), g_47)) , p_4), l_169)), l_144)) < g_51) && p_5)) , p_4) && p_4);
            ++l_170;
            if ((*g_89))
            { 
                const int64_t l_173 = 4L;
                int16_t *l_174 = &l_110[1];
                int16_t *l_175[2][4];
                int32_t l_176 = 0x530DC468L;
                int32_t **l_177 = &l_141[2][0];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_175[i][j] = (void*)0;
                }
                l_138 = ((*l_177) = ((l_173 && (l_176 = ((*l_174) = l_170))) , &p_4));
                (*l_177) = &g_51;
                if (g_2)
                    goto lbl_178;
lbl_178:
                g_89 = (*l_177);
                (*l_177) = &l_74;
            }
            else
            { 
                int32_t **l_180 = (void*)0;
                int32_t **l_181 = &l_128;
                (*l_181) = l_179;
            }
        }
        else
        { 
            return p_4;
        }
    }
    return p_4;
}
static int32_t  func_7(int32_t  p_8, const int32_t  p_9)
{ 
    uint64_t l_30 = 0x966896E60BE6286CLL;
    int32_t l_31[4] = {0L,0L,0L,0L};
    uint64_t *l_32 = &g_33[0];
    int32_t *l_34 = &l_31[3];
    int i;
    (*l_34) = (safe_lshift_func_uint8_t_u_s((&g_17 != (((safe_rshift_func_int16_t_s_u((((safe_lshift_func_int16_t_s_s(g_2, 11)) > ((*l_32) |= ((safe_add_func_uint32_t_u_u((g_17 < ((safe_mul_func_uint8_t_u_u(g_17, (safe_mod_func_int16_t_s_s((l_30 = 0xC342L), l_31[0])))) , g_2)), l_31[0])) | g_2))) != g_17), 1)) | 0xD33B947EL) , &g_17)), 3));
    return g_33[0];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_17, "g_17", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_33[i], "g_33[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_44, "g_44", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_51, "g_51", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_59[i][j], "g_59[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_79, "g_79", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
