#include "csmith.h"
static long __undefined;
static int32_t g_2 = (-1L);
static uint32_t g_10 = 0x43AC46DDL;
static uint32_t *g_14 = (void*)0;
static int16_t g_18 = 2L;
static uint16_t g_25 = 1UL;
static int16_t g_28 = 1L;
static uint16_t g_29 = 65530UL;
static int8_t g_37 = 0xA1L;
static uint32_t g_39 = 5UL;
static int32_t g_57 = (-1L);
static uint64_t g_74 = 0UL;
static uint32_t g_89 = 1UL;
static uint32_t g_121 = 0UL;
static int64_t g_124 = (-10L);
static int64_t g_126 = 0xEA374102D43064C2LL;
static int8_t g_166 = 0x95L;
static int8_t g_167 = 0L;
static int8_t g_170 = 0x07L;
static uint8_t g_171 = 1UL;
static int16_t *g_196 = &g_18;
static int16_t **g_195[4][4] = {{&g_196,(void*)0,&g_196,&g_196},{(void*)0,(void*)0,&g_196,(void*)0},{(void*)0,&g_196,&g_196,(void*)0},{&g_196,(void*)0,&g_196,&g_196}};
static uint8_t g_211 = 0xE5L;
static uint32_t g_216 = 0x5322E483L;
static uint32_t g_219 = 8UL;
static int32_t  func_1(void);
static int64_t  func_32(const int8_t  p_33, int64_t  p_34);
static int32_t  func_43(int8_t  p_44, uint16_t  p_45);
static int32_t  func_1(void)
{ 
    int32_t l_5 = 0x7689351FL;
    int32_t l_13[4] = {9L,9L,9L,9L};
    int16_t * const l_181 = &g_18;
    int8_t *l_192 = &g_170;
    int32_t *l_208 = &g_57;
    int32_t **l_207 = &l_208;
    int i;
    for (g_2 = 3; (g_2 >= 7); ++g_2)
    { 
        uint32_t l_7 = 9UL;
        const int32_t **l_201[1][4];
        int32_t l_215[3][2];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_201[i][j] = (void*)0;
        }
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 2; j++)
                l_215[i][j] = 0x3D636BB8L;
        }
        if (l_5)
        { 
            const int32_t l_6 = 0L;
            uint32_t *l_8 = (void*)0;
            uint32_t *l_9 = &g_10;
            int16_t *l_17 = &g_18;
            int32_t l_38 = 0x2A41536CL;
            int16_t l_40 = (-3L);
            int16_t **l_180 = &l_17;
            int32_t *l_185 = &g_57;
            if (l_6)
                break;
            if (((l_7 == (((*l_17) |= (((l_13[1] &= ((*l_9)--)) <= (g_2 & ((((((void*)0 != g_14) , ((safe_mod_func_int8_t_s_s(l_6, (-1L))) , g_2)) == l_6) , 0L) , 0xB30498D2L))) > g_2)) >= 7L)) , l_7))
            { 
                int32_t *l_19 = &l_13[1];
                int32_t *l_20 = &l_13[1];
                int32_t *l_21 = &l_13[2];
                int32_t *l_22 = &l_13[0];
                int32_t *l_23 = &l_13[1];
                int32_t *l_24[4][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}};
                int i, j;
                g_25--;
                ++g_29;
            }
            else
            { 
                int16_t l_35 = 0x70A1L;
                int8_t *l_36 = &g_37;
                int32_t *l_178 = &l_13[0];
                (*l_178) &= ((0x5AD3L | 65535UL) <= func_32((g_39 = ((l_35 < ((l_6 & (l_38 = ((*l_36) ^= g_2))) >= g_10)) < g_10)), l_40));
            }
            (*l_185) |= (((~(((*l_180) = &l_40) != l_181)) > g_166) != (safe_div_func_uint16_t_u_u(((safe_unary_minus_func_uint16_t_u(l_13[1])) <= (((-1L) == l_13[1]) & g_167)), l_38)));
        }
        else
        { 
            int16_t l_191 = 7L;
            int64_t *l_193 = &g_124;
            int32_t *l_194 = &l_13[1];
            int16_t ***l_197 = &g_195[2][1];
            const int32_t ***l_202 = (void*)0;
            const int32_t ***l_203 = (void*)0;
            const int32_t ***l_204 = &l_201[0][0];
            (*l_194) |= ((((*l_193) = ((safe_unary_minus_func_int64_t_s((safe_lshift_func_uint16_t_u_u(g_25, (g_29 = (safe_mul_func_int8_t_s_s((&g_37 != (l_191 , l_192)), l_191))))))) != 0x0C16L)) > g_39) > 0x29L);
            (*l_197) = g_195[3][1];
            for (l_7 = (-22); (l_7 > 17); l_7 = safe_add_func_uint64_t_u_u(l_7, 7))
            { 
                if (g_57)
                    break;
            }
            (*l_194) |= (!(((*l_204) = l_201[0][3]) != (void*)0));
        }
        for (g_74 = 0; (g_74 <= 25); ++g_74)
        { 
            return g_57;
        }
        if (l_5)
            continue;
        if (g_25)
        { 
            int32_t **l_209 = &l_208;
            (*l_208) = ((g_10 , l_207) == l_209);
        }
        else
        { 
            int32_t *l_210 = &l_13[2];
            (*l_208) ^= g_171;
            (*l_210) |= (((*g_196) = 0x69BAL) > (**l_207));
            for (g_166 = 0; (g_166 >= 0); g_166 -= 1)
            { 
                int32_t *l_212 = (void*)0;
                int32_t *l_213 = &g_57;
                int32_t *l_214[3][4];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_214[i][j] = &g_57;
                }
                g_211 &= g_57;
                (*l_207) = &g_57;
                g_216--;
                g_219--;
            }
        }
    }
    return (**l_207);
}
static int64_t  func_32(const int8_t  p_33, int64_t  p_34)
{ 
    uint32_t *l_100 = (void*)0;
    uint32_t *l_106[2][4] = {{&g_10,&g_10,&g_10,&g_10},{&g_10,&g_10,&g_10,&g_10}};
    int32_t l_138 = 0x3A478E54L;
    int32_t l_158 = 0x7FF35BACL;
    int32_t l_169 = 0x45BD7646L;
    int i, j;
    for (g_28 = 16; (g_28 == 16); g_28++)
    { 
        int32_t *l_113 = &g_57;
        int32_t l_127 = 0x04A9F0E0L;
        if (func_43(((safe_rshift_func_int8_t_s_u((safe_lshift_func_int16_t_s_s(0x8909L, g_28)), g_25)) , ((safe_mul_func_uint8_t_u_u(246UL, (safe_div_func_uint8_t_u_u((4UL != 1L), p_33)))) , (-1L))), p_34))
        { 
            const uint16_t l_108 = 65529UL;
            int32_t l_111 = 5L;
            int32_t **l_114 = &l_113;
            for (g_29 = 15; (g_29 >= 20); g_29 = safe_add_func_int8_t_s_s(g_29, 6))
            { 
                uint32_t **l_101 = &g_14;
                uint16_t *l_107[1][3];
                int32_t *l_109 = (void*)0;
                int32_t *l_110[2][2];
                int32_t **l_112 = &l_110[1][1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_107[i][j] = (void*)0;
                }
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_110[i][j] = (void*)0;
                }
                l_111 = (safe_div_func_uint16_t_u_u((g_25 |= (safe_mul_func_int8_t_s_s(((safe_div_func_uint8_t_u_u((g_37 < ((((*l_101) = l_100) != (((l_100 != &g_2) >= (safe_lshift_func_int16_t_s_s((safe_mod_func_uint64_t_u_u((((l_106[1][3] = &g_10) == &g_10) || g_10), 0x926BDC2D20EAE736LL)), p_34))) , (void*)0)) != 1UL)), g_89)) , p_33), 1L))), l_108));
                (*l_112) = (p_34 , &l_111);
                return g_28;
            }
            (*l_114) = l_113;
            if (p_33)
                break;
        }
        else
        { 
            int32_t *l_115 = &g_57;
            int32_t **l_116 = &l_113;
            (*l_116) = l_115;
        }
        if ((safe_rshift_func_uint16_t_u_u((*l_113), 13)))
        { 
            uint8_t *l_119 = (void*)0;
            uint8_t *l_120[1];
            int64_t *l_123 = &g_124;
            int64_t *l_125 = &g_126;
            int32_t l_151 = 0x9486933DL;
            uint32_t l_156 = 0xAF38EC91L;
            uint64_t l_157 = 1UL;
            int i;
            for (i = 0; i < 1; i++)
                l_120[i] = (void*)0;
            if (((((*l_125) = ((*l_123) = (((g_121 = p_33) || ((&g_14 != &g_14) , (!(*l_113)))) == (*l_113)))) != l_127) , 0L))
            { 
                int32_t **l_128 = (void*)0;
                int32_t **l_129 = &l_113;
                int8_t *l_139 = &g_37;
                if (g_126)
                    break;
                (*l_113) = g_39;
                (*l_129) = l_106[1][3];
                (*l_113) = (safe_add_func_int32_t_s_s(0x79668BEEL, (safe_add_func_uint16_t_u_u((((*l_139) = (safe_mod_func_int16_t_s_s(0L, ((safe_div_func_int16_t_s_s(g_28, (-1L))) , (l_138 || 7L))))) & 0x3FL), g_10))));
            }
            else
            { 
                return g_121;
            }
            for (g_89 = (-23); (g_89 <= 28); g_89 = safe_add_func_uint16_t_u_u(g_89, 1))
            { 
                int32_t l_142[3][2] = {{2L,2L},{2L,2L},{2L,2L}};
                int i, j;
                l_142[1][0] &= 0L;
                if (g_124)
                    continue;
                l_158 ^= (safe_sub_func_uint64_t_u_u((0xC8L || ((g_39 |= ((p_33 & ((((safe_div_func_uint16_t_u_u((safe_mod_func_uint32_t_u_u((safe_sub_func_uint32_t_u_u(l_151, ((safe_div_func_int64_t_s_s((((safe_div_func_int64_t_s_s(g_89, 5L)) == l_156) , l_151), p_34)) || 7UL))), l_138)), g_126)) , 4294967290UL) > l_156) , 0L)) <= (*l_113))) , l_157)), 18446744073709551615UL));
            }
        }
        else
        { 
            int16_t l_165 = 0x433CL;
            int32_t l_168 = (-6L);
            for (g_18 = 0; (g_18 >= (-25)); g_18 = safe_sub_func_uint32_t_u_u(g_18, 6))
            { 
                int32_t *l_161 = &l_158;
                int32_t *l_162 = &l_158;
                int32_t *l_163 = &l_158;
                int32_t *l_164[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_164[i] = &l_138;
                ++g_171;
            }
        }
        (*l_113) = (safe_mod_func_int32_t_s_s(0xD103590CL, (safe_div_func_uint32_t_u_u(4294967295UL, (p_33 || ((g_37 ^ 0x26L) && p_34))))));
    }
    return p_33;
}
static int32_t  func_43(int8_t  p_44, uint16_t  p_45)
{ 
    uint32_t l_68 = 1UL;
    int32_t l_71 = 0x2FD97811L;
    int32_t l_72 = 2L;
    uint64_t *l_73 = &g_74;
    const uint16_t l_77 = 65535UL;
    int32_t *l_87 = &g_57;
    int32_t *l_88[1];
    int i;
    for (i = 0; i < 1; i++)
        l_88[i] = &g_57;
    for (g_10 = (-17); (g_10 != 46); g_10 = safe_add_func_uint16_t_u_u(g_10, 3))
    { 
        int32_t *l_56[3][3] = {{&g_57,&g_57,&g_57},{&g_57,&g_2,&g_57},{&g_57,&g_57,&g_57}};
        int i, j;
        l_56[2][0] = &g_2;
        g_57 = ((&g_10 == &g_10) == (safe_lshift_func_int16_t_s_u((p_45 == ((((safe_mul_func_int16_t_s_s((safe_add_func_uint64_t_u_u((safe_sub_func_uint8_t_u_u(p_45, (((safe_add_func_int32_t_s_s((l_71 = ((l_68++) >= g_28)), p_45)) , p_44) ^ p_45))), l_72)), p_45)) > g_37) == 0x74E48EC3DF54D984LL) != (-10L))), 11)));
        if (p_44)
            break;
    }
    l_72 |= (((--(*l_73)) , (0UL || l_77)) , (safe_div_func_int16_t_s_s((safe_add_func_uint32_t_u_u((+(((p_44 >= ((7UL < (safe_div_func_int64_t_s_s(((-9L) & p_44), 0x68A7991AD473CB3FLL))) & p_44)) , p_44) || p_44)), 1L)), 0x2697L)));
    l_71 = (safe_lshift_func_int16_t_s_u(g_29, 1));
    g_89--;
    return p_44;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_10, "g_10", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_25, "g_25", print_hash_value);
    transparent_crc(g_28, "g_28", print_hash_value);
    transparent_crc(g_29, "g_29", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    transparent_crc(g_57, "g_57", print_hash_value);
    transparent_crc(g_74, "g_74", print_hash_value);
    transparent_crc(g_89, "g_89", print_hash_value);
    transparent_crc(g_121, "g_121", print_hash_value);
    transparent_crc(g_124, "g_124", print_hash_value);
    transparent_crc(g_126, "g_126", print_hash_value);
    transparent_crc(g_166, "g_166", print_hash_value);
    transparent_crc(g_167, "g_167", print_hash_value);
    transparent_crc(g_170, "g_170", print_hash_value);
    transparent_crc(g_171, "g_171", print_hash_value);
    transparent_crc(g_211, "g_211", print_hash_value);
    transparent_crc(g_216, "g_216", print_hash_value);
    transparent_crc(g_219, "g_219", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
