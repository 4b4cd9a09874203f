#include "csmith.h"
static long __undefined;
static int32_t g_13 = (-8L);
static int16_t g_18 = 8L;
static int32_t g_21[2] = {0xE12AA53FL,0xE12AA53FL};
static int64_t g_37 = (-1L);
static uint64_t g_48 = 5UL;
static uint64_t g_53 = 0xDBFD33F116E8CFB9LL;
static uint8_t g_59 = 4UL;
static const int32_t g_65 = (-6L);
static uint16_t g_83 = 0x1D84L;
static int32_t g_86 = 0x5E135737L;
static int8_t g_127 = 0L;
static uint32_t g_136 = 1UL;
static uint8_t g_144 = 2UL;
static int32_t g_206[2][3] = {{0xC02139C0L,0xC02139C0L,0xC02139C0L},{0xC02139C0L,0xC02139C0L,0xC02139C0L}};
static int64_t *g_259 = (void*)0;
static int64_t **g_258 = &g_259;
static int64_t ***g_257 = &g_258;
static int64_t ** const *g_260 = &g_258;
static int8_t g_271 = 2L;
static uint32_t  func_1(void);
static int64_t  func_2(uint64_t  p_3, uint32_t  p_4, uint32_t  p_5, int16_t  p_6, int16_t  p_7);
static int16_t  func_8(int32_t  p_9, int16_t  p_10, uint16_t  p_11, int16_t  p_12);
static uint32_t  func_1(void)
{ 
    int16_t l_19 = 0x592CL;
    int32_t *l_20[4][1];
    int32_t l_22 = (-3L);
    uint32_t l_23 = 0x6E483BBBL;
    uint32_t *l_135[3][4] = {{&g_136,&g_136,&g_136,&g_136},{&g_136,&g_136,&g_136,&g_136},{&g_136,&g_136,&g_136,&g_136}};
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
            l_20[i][j] = &g_21[0];
    }
    g_271 ^= (func_2((2L ^ (-1L)), (g_136 = (func_8(g_13, ((((safe_lshift_func_uint8_t_u_s(((g_21[0] |= (safe_sub_func_uint16_t_u_u(0xE4B9L, (((g_13 != g_18) == g_18) ^ l_19)))) && g_21[0]), g_18)) , l_22) < 0x283BC1B0L) , g_21[0]), g_18, l_23) == g_127)), g_13, g_83, g_65) && (-3L));
    return g_21[0];
}
static int64_t  func_2(uint64_t  p_3, uint32_t  p_4, uint32_t  p_5, int16_t  p_6, int16_t  p_7)
{ 
    int32_t *l_137[3][1];
    uint32_t l_138 = 4294967295UL;
    int32_t *l_164 = (void*)0;
    int32_t l_188 = 0L;
    int16_t l_202 = (-10L);
    int64_t l_211 = (-6L);
    int32_t l_225 = 0xB022F532L;
    int64_t *l_247 = &g_37;
    int64_t **l_246 = &l_247;
    int32_t l_263[1][4] = {{0xF8A7A4D2L,0xF8A7A4D2L,0xF8A7A4D2L,0xF8A7A4D2L}};
    const int32_t **l_267 = (void*)0;
    const int32_t *l_269 = &g_65;
    const int32_t **l_268 = &l_269;
    uint16_t l_270[3][3] = {{0x1AABL,0xBEB6L,0x1AABL},{0x1AABL,0xBEB6L,0x1AABL},{0x1AABL,0xBEB6L,0x1AABL}};
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_137[i][j] = &g_21[0];
    }
lbl_266:
    l_138--;
    for (g_136 = 0; (g_136 <= 1); g_136 += 1)
    { 
        int8_t l_142 = 0x7DL;
        int64_t *l_148 = (void*)0;
        int64_t ** const l_147 = &l_148;
        int64_t **l_149 = &l_148;
        int16_t *l_158 = &g_18;
        int32_t l_177 = 0xC0FDE11BL;
        int32_t l_179 = 0x0EA70157L;
        int32_t l_181[4][3] = {{(-5L),0xF0B7D57CL,(-5L)},{0x09790A85L,1L,0L},{0x09790A85L,0x09790A85L,1L},{(-5L),1L,1L}};
        int i, j;
        for (p_3 = 0; (p_3 <= 1); p_3 += 1)
        { 
            int32_t l_141 = 0xDC46FE8BL;
            int32_t l_143 = 0xD2BA4BABL;
            int i;
            ++g_144;
            l_149 = l_147;
            g_21[p_3] = g_13;
        }
        if (g_83)
            break;
        if (((safe_mul_func_uint16_t_u_u(((safe_mod_func_uint64_t_u_u((((p_4 && (((*l_158) ^= (safe_div_func_int64_t_s_s(7L, p_7))) != 0xD297L)) ^ (safe_div_func_uint16_t_u_u(((g_83 = ((((safe_mod_func_uint64_t_u_u(0UL, 0x30B260D4552DD0EBLL)) , 0L) , (-1L)) == 0xFB1DL)) == g_37), l_142))) || g_136), l_142)) && l_142), g_21[0])) | g_21[0]))
        { 
            int32_t *l_172 = &g_21[0];
            for (p_4 = 0; (p_4 <= 1); p_4 += 1)
            { 
                int32_t **l_163[2];
                uint8_t *l_166 = &g_144;
                uint64_t *l_167 = &g_48;
                uint64_t *l_168[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_163[i] = &l_137[1][0];
                for (i = 0; i < 2; i++)
                    l_168[i] = &g_53;
                l_164 = &g_21[p_4];
                g_21[p_4] &= ((!(p_3 = ((*l_167) |= (g_136 ^ (((*l_166) = 1UL) , 0L))))) , (safe_mul_func_uint16_t_u_u((safe_unary_minus_func_uint8_t_u(((l_142 , l_164) != l_172))), 9UL)));
                if (l_142)
                    continue;
                (*l_172) ^= 1L;
            }
        }
        else
        { 
            int32_t l_178 = 0x332A1925L;
            int32_t l_180 = 0L;
            int32_t l_182 = 0xCAB0785EL;
            int32_t l_183 = 0L;
            int32_t l_184 = 0xC242C42AL;
            int32_t l_185 = (-4L);
            int32_t l_186 = 0x8DDBD3ABL;
            int32_t l_187[1];
            uint8_t l_189 = 0xC8L;
            int i;
            for (i = 0; i < 1; i++)
                l_187[i] = 0L;
            if ((p_6 , (((safe_div_func_int64_t_s_s((-8L), (g_136 , (((((((safe_div_func_int8_t_s_s(((7UL > p_5) >= l_177), p_7)) , g_18) & g_21[0]) & p_6) , 0x99L) , g_59) | l_178)))) && p_4) , p_4)))
            { 
                int i;
                g_21[g_136] |= g_59;
            }
            else
            { 
                return p_6;
            }
            l_189++;
        }
    }
    for (p_4 = 2; (p_4 < 22); p_4 = safe_add_func_int32_t_s_s(p_4, 2))
    { 
        int8_t l_203[2];
        int32_t l_204[2];
        uint8_t l_212 = 0x17L;
        int32_t **l_229 = &l_137[1][0];
        int64_t **l_244[1];
        int64_t ***l_245 = &l_244[0];
        uint32_t l_250 = 0xCBB8548AL;
        uint32_t l_251[1][2];
        uint8_t *l_252 = &l_212;
        int64_t ** const l_262 = (void*)0;
        int64_t ** const *l_261 = &l_262;
        int i, j;
        for (i = 0; i < 2; i++)
            l_203[i] = 0x4AL;
        for (i = 0; i < 2; i++)
            l_204[i] = 0x9102758DL;
        for (i = 0; i < 1; i++)
            l_244[i] = (void*)0;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_251[i][j] = 9UL;
        }
        for (g_59 = 0; (g_59 != 52); g_59 = safe_add_func_uint64_t_u_u(g_59, 4))
        { 
            uint32_t l_198 = 3UL;
            int32_t l_201 = (-5L);
            int32_t l_205 = 0xB3499E89L;
            int32_t l_207 = 0xAA316BE2L;
            int32_t l_208 = 0xB69C6162L;
            int32_t l_209 = 0x9BB18506L;
            int32_t l_210[2][4] = {{(-1L),(-9L),(-1L),(-9L)},{(-1L),(-9L),(-1L),(-9L)}};
            uint32_t l_218 = 2UL;
            int8_t *l_219 = &g_127;
            int i, j;
            for (g_136 = (-13); (g_136 > 51); g_136 = safe_add_func_int64_t_s_s(g_136, 8))
            { 
                l_198--;
            }
            ++l_212;
            if (g_21[0])
                break;
            if (((0xA5009269L && (p_6 , p_5)) < (l_204[1] = (~((((246UL | ((*l_219) = (safe_mod_func_uint64_t_u_u(((0x25L == 0xBBL) && 0x0BA665CAL), l_218)))) , 9UL) || g_21[0]) >= 2UL)))))
            { 
                uint32_t l_220 = 0x7DC29D40L;
                int32_t **l_223 = &l_137[1][0];
                --l_220;
                (*l_223) = l_164;
            }
            else
            { 
                int32_t l_224[4][1] = {{(-6L)},{(-10L)},{(-6L)},{(-10L)}};
                uint64_t l_226 = 0xCA38CBAEEE6D5270LL;
                int i, j;
                --l_226;
                return g_206[0][1];
            }
        }
        (*l_229) = l_137[1][0];
        if ((safe_add_func_uint8_t_u_u(((*l_252) |= ((safe_lshift_func_uint16_t_u_s(p_5, 14)) , (safe_sub_func_uint32_t_u_u((safe_div_func_int16_t_s_s(((safe_sub_func_int32_t_s_s(((safe_mod_func_uint16_t_u_u(((((((safe_mod_func_uint8_t_u_u(((0UL >= (((*l_245) = l_244[0]) == l_246)) , (((safe_mul_func_int16_t_s_s((-8L), l_203[1])) , p_3) || 0x4AB1370501B564FDLL)), l_250)) , &l_203[0]) == &l_203[0]) , g_48) && p_5) , l_251[0][1]), l_250)) != p_6), g_59)) != (-1L)), p_3)), 0xDA6F13B9L)))), 8L)))
        { 
            uint8_t *l_256 = &g_144;
            (*l_229) = (void*)0;
            g_206[0][2] |= (!(safe_lshift_func_int8_t_s_s(((void*)0 != l_256), 6)));
            if (p_3)
                continue;
        }
        else
        { 
            l_263[0][0] = ((g_257 == (l_261 = g_260)) && ((void*)0 != l_164));
        }
        for (p_5 = 24; (p_5 == 31); p_5++)
        { 
            g_21[0] |= p_5;
            if (l_138)
                goto lbl_266;
        }
    }
    (*l_268) = &g_65;
    return l_270[0][0];
}
static int16_t  func_8(int32_t  p_9, int16_t  p_10, uint16_t  p_11, int16_t  p_12)
{ 
    int16_t l_24[1];
    int32_t *l_25 = &g_21[0];
    int64_t *l_36 = &g_37;
    int32_t l_88 = 1L;
    int32_t l_90 = 0L;
    int32_t l_92 = 0L;
    int32_t l_93 = 0x58F18CA9L;
    int32_t l_94 = 0x0D2369E1L;
    int32_t l_95 = 0L;
    int32_t l_98 = 5L;
    int32_t l_100 = 0xABC748E3L;
    int32_t l_103 = 0xC7269306L;
    int32_t l_107 = 0x7C4FE17DL;
    int32_t l_108[4];
    int16_t l_129[2][3] = {{3L,3L,3L},{0xCAD9L,0xCAD9L,0xCAD9L}};
    uint32_t l_134 = 0x42118B51L;
    int i, j;
    for (i = 0; i < 1; i++)
        l_24[i] = 0L;
    for (i = 0; i < 4; i++)
        l_108[i] = 0x1050BF12L;
    (*l_25) = (0x0BFE7374L == l_24[0]);
    p_9 ^= ((*l_25) = ((((*l_36) = (safe_mul_func_int8_t_s_s((safe_rshift_func_int8_t_s_u(((safe_rshift_func_int8_t_s_u((65526UL ^ ((0L < (*l_25)) , (safe_div_func_uint16_t_u_u(((safe_add_func_uint64_t_u_u(p_12, 0x6D56A426232C2A4ELL)) || g_21[0]), (-5L))))), 0)) , (*l_25)), g_13)), p_10))) <= (*l_25)) >= p_11));
    for (p_10 = 1; (p_10 >= 0); p_10 -= 1)
    { 
        int32_t l_77 = 0x1030FACFL;
        int32_t l_89 = 0L;
        int32_t l_91 = 0x7B049BDDL;
        int32_t l_97 = 6L;
        int32_t l_102 = 0L;
        int32_t l_109 = (-8L);
        int32_t l_110 = 5L;
        int32_t l_111[4] = {0L,0L,0L,0L};
        uint16_t l_130 = 0xF5F0L;
        int i;
        for (p_11 = 0; (p_11 <= 1); p_11 += 1)
        { 
            uint64_t *l_47 = &g_48;
            uint64_t *l_51 = (void*)0;
            uint64_t *l_52 = &g_53;
            uint8_t *l_58 = &g_59;
            int32_t l_62 = (-1L);
            int32_t l_84 = 0x5381D847L;
            int32_t l_96 = 0L;
            int32_t l_99 = 0x25DEAEDAL;
            int32_t l_101 = 0L;
            int32_t l_104 = 1L;
            int32_t l_105 = 0x3AAFF43AL;
            int32_t l_106 = (-3L);
            int32_t l_112 = 8L;
            int32_t l_113 = 0x285EB113L;
            int32_t l_114 = (-9L);
            int32_t l_115 = 0xEFF72AEAL;
            int32_t l_116 = 0xCED6D970L;
            int32_t l_117 = 7L;
            int32_t l_118[3][2] = {{0x1F9CA1EEL,0x1F9CA1EEL},{0x1F9CA1EEL,0x1F9CA1EEL},{0x1F9CA1EEL,0x1F9CA1EEL}};
            uint16_t l_119 = 0UL;
            int i, j;
            if ((safe_lshift_func_int8_t_s_s((safe_unary_minus_func_uint8_t_u(((safe_div_func_uint32_t_u_u(((((safe_rshift_func_uint16_t_u_s(((((0x2547L || (safe_mul_func_uint16_t_u_u((g_37 , ((((*l_52) = (--(*l_47))) , (safe_add_func_uint8_t_u_u(((+(!((((*l_58) = ((void*)0 != l_51)) && ((((safe_mul_func_uint16_t_u_u(p_9, p_9)) == 0xD8L) | (-10L)) && p_12)) , g_59))) , l_62), p_11))) <= g_13)), 0UL))) >= g_13) >= p_10) <= 0L), 7)) || g_21[0]) || p_10) >= 7L), 4294967295UL)) > g_37))), g_13)))
            { 
                uint64_t l_63[1][1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_63[i][j] = 0x2AFB55E8A086CC6BLL;
                }
                return l_63[0][0];
            }
            else
            { 
                int32_t **l_64 = &l_25;
                uint16_t *l_82[4][1];
                int32_t *l_85 = &g_86;
                int32_t *l_87[1];
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_82[i][j] = &g_83;
                }
                for (i = 0; i < 1; i++)
                    l_87[i] = &l_77;
                (*l_64) = l_25;
                if (g_65)
                    continue;
                (*l_85) &= ((safe_lshift_func_uint8_t_u_s((safe_div_func_uint32_t_u_u((((safe_add_func_uint32_t_u_u((safe_unary_minus_func_uint16_t_u((l_62 = (((*l_47)++) >= (l_77 != (l_62 == (((g_13 > (safe_rshift_func_int8_t_s_s(0L, 0))) & ((safe_mod_func_uint32_t_u_u(p_12, l_62)) , g_65)) , p_9))))))), l_84)) || 4294967295UL) , (**l_64)), p_10)), 0)) , g_53);
                ++l_119;
            }
            for (g_86 = 0; (g_86 >= 0); g_86 -= 1)
            { 
                uint64_t *l_125 = (void*)0;
                int8_t *l_126[2];
                int32_t *l_128[1];
                int32_t **l_133 = &l_128[0];
                int i;
                for (i = 0; i < 2; i++)
                    l_126[i] = &g_127;
                for (i = 0; i < 1; i++)
                    l_128[i] = &l_89;
                (*l_25) = (((safe_sub_func_int8_t_s_s((l_114 |= (((((&l_102 == &g_21[0]) > (safe_unary_minus_func_uint64_t_u(l_24[g_86]))) , &g_53) != l_125) > g_65)), l_104)) ^ g_21[0]) , l_24[g_86]);
                l_130++;
                (*l_133) = &g_21[0];
            }
        }
    }
    return l_134;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_13, "g_13", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_21[i], "g_21[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_37, "g_37", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_53, "g_53", print_hash_value);
    transparent_crc(g_59, "g_59", print_hash_value);
    transparent_crc(g_65, "g_65", print_hash_value);
    transparent_crc(g_83, "g_83", print_hash_value);
    transparent_crc(g_86, "g_86", print_hash_value);
    transparent_crc(g_127, "g_127", print_hash_value);
    transparent_crc(g_136, "g_136", print_hash_value);
    transparent_crc(g_144, "g_144", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_206[i][j], "g_206[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_271, "g_271", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
