#include "csmith.h"
static long __undefined;
static int32_t g_2 = 1L;
static int32_t g_25 = 0x8B78ACC4L;
static int32_t g_38 = 0x84818A88L;
static int16_t g_48 = 3L;
static int32_t g_52 = (-5L);
static int32_t *g_51 = &g_52;
static int32_t g_59 = 1L;
static uint32_t g_60 = 0xD92EDCDDL;
static uint32_t g_95 = 4294967286UL;
static int64_t g_97 = 0x584F164E9E2562E9LL;
static int64_t g_107 = 0x01D6BCCD07CA36F2LL;
static int32_t ***g_110 = (void*)0;
static int8_t g_127 = 0L;
static uint64_t g_128 = 0xB0AC7073B47AC3CALL;
static int32_t g_151 = 1L;
static int32_t g_152 = 0x83A9A7DBL;
static int8_t g_156 = 0x93L;
static int16_t g_157 = 0x1E2EL;
static uint8_t g_158 = 255UL;
static int32_t g_175 = 0L;
static uint32_t g_176 = 5UL;
static int32_t **g_186 = &g_51;
static int32_t ** const *g_185[1] = {&g_186};
static int8_t g_192[3][1] = {{(-1L)},{(-1L)},{(-1L)}};
static const int64_t  func_1(void);
static int32_t * const  func_5(int32_t * p_6);
static uint8_t  func_7(int64_t  p_8, int32_t * p_9, int16_t  p_10, uint32_t  p_11, uint32_t  p_12);
static const int64_t  func_1(void)
{ 
    uint16_t l_15 = 0x6EFFL;
    int32_t l_65[1];
    int32_t **l_75 = (void*)0;
    int32_t l_82[4][4] = {{4L,4L,(-1L),4L},{4L,1L,1L,4L},{1L,4L,1L,1L},{4L,4L,(-1L),4L}};
    int32_t l_83 = 7L;
    int32_t *l_84 = &l_82[0][1];
    uint32_t l_183[2];
    int i, j;
    for (i = 0; i < 1; i++)
        l_65[i] = 0x0642FC30L;
    for (i = 0; i < 2; i++)
        l_183[i] = 4294967295UL;
lbl_144:
    for (g_2 = (-26); (g_2 >= (-18)); ++g_2)
    { 
        uint32_t l_24 = 7UL;
        int32_t *l_26 = &g_2;
        int32_t **l_63 = (void*)0;
        int32_t **l_64 = &g_51;
        (*l_64) = func_5(((g_2 , func_7(((((safe_add_func_uint16_t_u_u(g_2, l_15)) , 2UL) || (safe_lshift_func_int16_t_s_s((safe_add_func_uint32_t_u_u((safe_sub_func_int8_t_s_s((safe_rshift_func_uint8_t_u_s((g_25 &= (l_24 > 0x6285L)), l_24)), l_15)), l_15)), 6))) || g_25), l_26, g_2, l_15, g_2)) , (void*)0));
        for (g_38 = 0; (g_38 <= 0); g_38 += 1)
        { 
            int32_t **l_72 = (void*)0;
            int i;
            if ((((&g_59 != (*l_64)) , (safe_mod_func_int64_t_s_s(((-1L) >= ((safe_mul_func_uint8_t_u_u(l_65[g_38], (safe_add_func_uint16_t_u_u((((g_38 , 0x2143L) , (void*)0) == &g_48), 0x19D4L)))) < g_48)), g_60))) < 0x0EDCL))
            { 
                int32_t ***l_73 = (void*)0;
                int32_t ***l_74[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_74[i] = (void*)0;
                l_82[0][1] = (((l_75 = l_72) == l_72) , (safe_lshift_func_int8_t_s_s((safe_div_func_int8_t_s_s(0L, g_59)), (((g_48 >= 0xABB1L) && 0L) , g_52))));
                g_52 = (g_59 &= 1L);
                (*l_64) = &g_52;
            }
            else
            { 
                if ((*g_51))
                    break;
            }
            l_83 ^= ((**l_64) | g_59);
        }
        l_82[2][0] ^= (0x53C2L != 0x413EL);
    }
    if (((*g_51) = 0xC8E5C63BL))
    { 
        int32_t **l_85 = &l_84;
        int32_t **l_86 = &g_51;
        int64_t *l_96 = &g_97;
        uint32_t *l_98 = &g_60;
        int32_t l_113[1][3];
        uint64_t l_117 = 18446744073709551615UL;
        int8_t l_147[3];
        const int64_t l_161 = 6L;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_113[i][j] = 0x72E7DE2CL;
        }
        for (i = 0; i < 3; i++)
            l_147[i] = 0L;
        (*l_86) = ((*l_85) = l_84);
        if ((((void*)0 == &g_51) >= ((**l_86) != (safe_lshift_func_uint8_t_u_u(((g_60 || (((*l_98) = (safe_sub_func_uint8_t_u_u((safe_mul_func_int8_t_s_s((safe_mod_func_int64_t_s_s(((*l_96) = (((g_48 = (g_59 & 2L)) , (**l_85)) && g_95)), 0x2801F5D8E54FB192LL)), g_60)), 255UL))) >= (*g_51))) , g_2), 7)))))
        { 
            uint16_t l_104[1];
            uint8_t *l_105 = (void*)0;
            uint8_t *l_106 = (void*)0;
            int32_t *l_111 = &g_52;
            int32_t *l_112[3];
            int i;
            for (i = 0; i < 1; i++)
                l_104[i] = 0xCDAAL;
            for (i = 0; i < 3; i++)
                l_112[i] = &l_83;
            g_59 = (l_113[0][0] = ((*l_111) &= ((((0x3119449FL != (((*g_51) |= (safe_rshift_func_int16_t_s_s((safe_lshift_func_int16_t_s_s((((!l_104[0]) >= (g_107 = l_104[0])) ^ ((((safe_rshift_func_uint8_t_u_u(((((void*)0 != g_110) < l_104[0]) && 0x37L), g_59)) , 0L) > 0xC6L) != g_60)), 8)), g_25))) <= 0UL)) > l_104[0]) <= g_59) <= g_60)));
        }
        else
        { 
            uint32_t l_118 = 0x44AF1E80L;
            int8_t *l_126 = &g_127;
            uint32_t l_134 = 0x174218ACL;
            int32_t l_148 = 0x07E331B4L;
            int8_t l_149[1];
            int32_t l_150 = 0xD9211E98L;
            int32_t l_153 = (-10L);
            int32_t l_154 = 0L;
            int32_t l_155 = 0x62ABAF8BL;
            int i;
            for (i = 0; i < 1; i++)
                l_149[i] = 0x0FL;
            if ((safe_sub_func_uint64_t_u_u((g_38 , (((~l_117) && (g_128 = (l_118 != (((*l_126) = (safe_mod_func_uint8_t_u_u((1L < (safe_mul_func_int8_t_s_s(((~((safe_mod_func_int64_t_s_s(8L, (**l_85))) == (*g_51))) == (**l_85)), (*l_84)))), l_118))) & g_38)))) != (**l_86))), g_25)))
            { 
                uint32_t l_142 = 0xB99B8081L;
                uint16_t l_143[3][3] = {{0x5589L,0x5589L,0x5589L},{0x26CDL,0x1DD4L,0x26CDL},{0x5589L,0x5589L,0x5589L}};
                int i, j;
                (*l_84) = (safe_unary_minus_func_int32_t_s((*l_84)));
                g_52 &= (safe_add_func_uint32_t_u_u((safe_lshift_func_int16_t_s_u(l_134, 7)), (1L > ((safe_add_func_uint64_t_u_u(g_60, (**l_86))) > (safe_rshift_func_uint16_t_u_u((((((safe_unary_minus_func_int16_t_s(((((((((((((*l_96) = (safe_sub_func_int8_t_s_s((g_60 != g_25), 1UL))) && g_59) | l_142) != 0xEC9762EAL) || 5UL) , 0xEE1BD5518D9D7C22LL) > 0xA28B5F6DFA604D7DLL) || g_95) & g_127) | 0x0DB9L) , g_60))) < g_38) >= g_38) ^ 0L) || g_2), l_143[0][2]))))));
                (*l_85) = (void*)0;
            }
            else
            { 
                int32_t l_145[1][3];
                int32_t *l_146[2][3] = {{&l_113[0][0],&l_113[0][0],&l_113[0][0]},{&l_113[0][0],&l_113[0][0],&l_113[0][0]}};
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_145[i][j] = 0x82160F6BL;
                }
                if (g_60)
                    goto lbl_144;
                g_158++;
                return l_161;
            }
        }
    }
    else
    { 
        int32_t *l_162 = &l_83;
        int32_t *l_163 = (void*)0;
        int32_t *l_164 = &l_83;
        int32_t *l_165 = &l_83;
        int32_t *l_166 = &g_59;
        int32_t *l_167 = &g_52;
        int32_t *l_168 = &l_82[0][1];
        int32_t *l_169 = &l_82[2][1];
        int32_t *l_170 = &g_2;
        int32_t *l_171 = &l_82[3][3];
        int32_t *l_172 = &l_82[0][1];
        int32_t *l_173 = (void*)0;
        int32_t *l_174[2];
        int32_t l_179 = 0x90218128L;
        int32_t ****l_180[2][1];
        int16_t *l_184 = &g_157;
        int32_t *l_196 = &g_152;
        int i, j;
        for (i = 0; i < 2; i++)
            l_174[i] = &g_38;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_180[i][j] = &g_110;
        }
        ++g_176;
        (*g_186) = ((((l_179 != ((((((g_176 , (g_110 = g_110)) == ((g_107 && (safe_lshift_func_int16_t_s_s(((*l_184) = ((((l_183[1] ^= (*l_166)) , g_95) == 0x318BE7EDL) == g_152)), g_176))) , g_185[0])) , (*l_84)) , g_152) < (*l_168)) | (*l_84))) , &l_83) != (void*)0) , (*g_186));
        for (g_52 = 0; (g_52 >= 8); g_52 = safe_add_func_uint32_t_u_u(g_52, 2))
        { 
            int32_t l_189 = 0xA861831CL;
            int32_t l_190 = 2L;
            int32_t l_191 = 0L;
            uint64_t l_193[4][1] = {{0xC4CA5D1E987FDFE8LL},{18446744073709551614UL},{0xC4CA5D1E987FDFE8LL},{18446744073709551614UL}};
            int i, j;
            l_193[0][0]++;
        }
        for (g_158 = 0; (g_158 <= 1); g_158 += 1)
        { 
            int32_t **l_197 = &l_167;
            (*l_197) = func_5(l_196);
        }
    }
    (*g_186) = (void*)0;
    return g_127;
}
static int32_t * const  func_5(int32_t * p_6)
{ 
    int32_t l_28[1];
    int32_t l_29 = 0L;
    int32_t *l_36 = &l_29;
    int32_t *l_37 = &g_38;
    int16_t *l_47 = &g_48;
    int i;
    for (i = 0; i < 1; i++)
        l_28[i] = 0x0442E119L;
    (*l_37) = ((1UL <= (0x20L || ((l_29 = l_28[0]) && ((safe_div_func_int32_t_s_s(((*l_36) ^= ((l_28[0] >= (safe_sub_func_int8_t_s_s(((safe_div_func_int64_t_s_s(0xD17017A68FAB8D23LL, g_25)) , 0x74L), 7UL))) && g_2)), g_25)) < g_2)))) > g_25);
    (*l_36) = ((*l_37) = ((safe_rshift_func_uint16_t_u_s((*l_36), 8)) >= ((0L < ((*l_47) ^= (safe_sub_func_int32_t_s_s(((safe_mod_func_int32_t_s_s((*l_36), (((safe_rshift_func_uint8_t_u_u(((void*)0 == p_6), (*l_36))) & (*l_36)) , (*l_36)))) | (*l_36)), (*l_36))))) >= 1UL)));
    for (g_38 = (-24); (g_38 == 28); g_38 = safe_add_func_int16_t_s_s(g_38, 1))
    { 
        int32_t *l_53 = &g_52;
        int32_t *l_54 = &g_52;
        int32_t *l_55 = &g_52;
        int32_t *l_56 = &l_29;
        int32_t l_57 = 0xCCEA59F7L;
        int32_t *l_58[3];
        int i;
        for (i = 0; i < 3; i++)
            l_58[i] = &g_52;
        g_51 = &g_38;
        --g_60;
        (*l_36) ^= (*l_54);
    }
    return &g_2;
}
static uint8_t  func_7(int64_t  p_8, int32_t * p_9, int16_t  p_10, uint32_t  p_11, uint32_t  p_12)
{ 
    uint32_t l_27 = 0UL;
    return l_27;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_25, "g_25", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_59, "g_59", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_97, "g_97", print_hash_value);
    transparent_crc(g_107, "g_107", print_hash_value);
    transparent_crc(g_127, "g_127", print_hash_value);
    transparent_crc(g_128, "g_128", print_hash_value);
    transparent_crc(g_151, "g_151", print_hash_value);
    transparent_crc(g_152, "g_152", print_hash_value);
    transparent_crc(g_156, "g_156", print_hash_value);
    transparent_crc(g_157, "g_157", print_hash_value);
    transparent_crc(g_158, "g_158", print_hash_value);
    transparent_crc(g_175, "g_175", print_hash_value);
    transparent_crc(g_176, "g_176", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_192[i][j], "g_192[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
