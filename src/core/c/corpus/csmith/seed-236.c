#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0L;
static int32_t g_6 = 0xB7BEDEDBL;
static int32_t g_7 = 0xC3938DD4L;
static uint64_t g_9 = 0UL;
static int32_t g_23 = 0x65786371L;
static int64_t g_25 = 1L;
static uint32_t g_26 = 1UL;
static uint64_t *g_37 = &g_9;
static uint64_t **g_36[4][2] = {{&g_37,&g_37},{&g_37,&g_37},{&g_37,&g_37},{&g_37,&g_37}};
static uint64_t **g_38 = &g_37;
static uint32_t g_58 = 0x09D52FFAL;
static uint32_t g_65 = 0xFD6FFBBAL;
static int32_t g_75 = 0x64312F30L;
static int32_t g_77 = 0L;
static int32_t g_82 = (-6L);
static int32_t *g_93[4][4] = {{&g_77,&g_75,&g_75,&g_77},{&g_75,&g_77,&g_75,&g_75},{&g_77,&g_77,&g_2,&g_77},{&g_77,&g_75,&g_75,&g_77}};
static int32_t **g_92 = &g_93[1][0];
static int8_t g_105 = 5L;
static int32_t g_122 = 1L;
static uint32_t g_134 = 18446744073709551615UL;
static const int32_t *g_161 = &g_75;
static uint32_t g_186 = 0x35E6B1BBL;
static uint8_t *g_236 = (void*)0;
static uint8_t **g_235 = &g_236;
static int32_t g_268[2] = {7L,7L};
static uint8_t  func_1(void);
static int64_t  func_14(uint32_t  p_15);
static uint32_t  func_16(uint64_t * const  p_17, int8_t  p_18, int32_t  p_19, uint32_t  p_20);
static uint8_t  func_1(void)
{ 
    uint8_t l_5 = 0xAAL;
    uint64_t * const l_21 = (void*)0;
    uint64_t *l_33[1];
    uint64_t **l_32 = &l_33[0];
    int32_t l_47[2][4] = {{(-1L),0x097756EBL,0x097756EBL,(-1L)},{0x097756EBL,(-1L),0x097756EBL,0x097756EBL}};
    const uint8_t l_88[3][2] = {{0x60L,0x60L},{255UL,0x60L},{0x60L,255UL}};
    int32_t l_103 = 0x58447B4BL;
    int16_t l_108 = 1L;
    uint64_t ***l_140 = &l_32;
    int64_t l_184[1];
    int8_t l_185 = 0x83L;
    int64_t l_217 = 0x941C906F29B82479LL;
    int32_t l_225 = 0L;
    int8_t l_229[1];
    uint64_t l_230 = 0x87189E9F6B4653DALL;
    int32_t l_247[1][2];
    uint32_t l_279 = 0UL;
    int8_t *l_280 = &g_105;
    int i, j;
    for (i = 0; i < 1; i++)
        l_33[i] = &g_9;
    for (i = 0; i < 1; i++)
        l_184[i] = 3L;
    for (i = 0; i < 1; i++)
        l_229[i] = (-7L);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_247[i][j] = 0L;
    }
    for (g_2 = (-13); (g_2 > (-13)); g_2 = safe_add_func_int64_t_s_s(g_2, 8))
    { 
        uint64_t *l_8 = &g_9;
        int64_t *l_29[4];
        int32_t l_30[4] = {0L,0L,0L,0L};
        int32_t *l_31 = &g_6;
        uint64_t ***l_34 = (void*)0;
        uint64_t ***l_35[3][2];
        int32_t *l_48 = &l_30[1];
        int32_t l_49 = 0xA0585C2CL;
        int i, j;
        for (i = 0; i < 4; i++)
            l_29[i] = &g_25;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 2; j++)
                l_35[i][j] = &l_32;
        }
        l_5 |= g_2;
        (*l_31) = (g_2 , ((((((*l_8)--) == 0L) != 9UL) && (safe_sub_func_int64_t_s_s((l_30[1] |= func_14(func_16(l_21, g_2, l_5, l_5))), 0xC0105807C1ABDF11LL))) || l_5));
        g_38 = (g_36[3][0] = l_32);
        l_49 &= ((*l_48) ^= (safe_rshift_func_uint8_t_u_s(0x59L, (((*l_31) && (safe_sub_func_int8_t_s_s((safe_lshift_func_int8_t_s_u(g_2, 5)), ((safe_mul_func_uint8_t_u_u(((g_7 != 0x53L) , l_47[1][2]), 0xBCL)) && 0x46E972F3L)))) <= 0xB602L))));
    }
    if (((g_6 == g_26) >= (l_47[1][2] ^ (0x51F7EE04L < (safe_div_func_uint8_t_u_u(l_47[0][3], l_5))))))
    { 
        int32_t l_68 = 0x5EE8DA53L;
        int32_t l_135 = 0x98BF106CL;
        for (g_23 = 1; (g_23 >= 0); g_23 -= 1)
        { 
            uint8_t l_63 = 0UL;
            int32_t l_72 = 1L;
            int32_t l_74 = 9L;
            int32_t l_76[3][4] = {{(-8L),0x11FA8BF4L,0L,0x11FA8BF4L},{0L,0x11FA8BF4L,0L,0L},{0x11FA8BF4L,0x11FA8BF4L,(-8L),0x11FA8BF4L}};
            int i, j;
            for (g_25 = 0; (g_25 <= 1); g_25 += 1)
            { 
                int32_t *l_52 = &g_7;
                int i, j;
                g_6 ^= ((*l_52) = (l_47[g_23][(g_23 + 1)] = 0xFA2F9094L));
            }
            for (g_6 = 0; (g_6 <= 1); g_6 += 1)
            { 
                uint8_t *l_55 = &l_5;
                uint32_t *l_64 = &g_65;
                int32_t *l_69 = &g_7;
                int32_t *l_70 = &l_68;
                int32_t *l_71 = &l_47[1][2];
                int32_t *l_73[4] = {&l_47[g_6][g_6],&l_47[g_6][g_6],&l_47[g_6][g_6],&l_47[g_6][g_6]};
                uint64_t l_78 = 18446744073709551615UL;
                int32_t **l_81 = &l_71;
                uint32_t l_83 = 18446744073709551607UL;
                int i, j;
                (*l_69) ^= ((g_58 = (safe_add_func_uint8_t_u_u(((*l_55)--), l_47[g_6][g_6]))) <= (safe_sub_func_int8_t_s_s(((((l_55 != (void*)0) != ((l_63 < (((*l_64)--) , ((((void*)0 != l_33[0]) > l_68) <= g_2))) <= l_47[g_6][g_6])) , g_9) == 0x42121A65L), g_25)));
                --l_78;
                (*l_81) = &g_2;
                l_83++;
            }
        }
        if (l_47[1][0])
        { 
            int32_t **l_94 = &g_93[1][0];
            int8_t *l_104 = &g_105;
            uint32_t *l_106 = (void*)0;
            uint32_t *l_107 = &g_58;
            int32_t *l_109 = &l_68;
            int16_t *l_123[2];
            uint64_t **l_132 = (void*)0;
            uint64_t ***l_133 = &g_36[1][1];
            int i;
            for (i = 0; i < 2; i++)
                l_123[i] = &l_108;
            for (g_75 = 0; (g_75 >= 0); g_75 -= 1)
            { 
                int32_t *l_89 = &l_47[1][0];
                int i;
                (*l_89) &= (safe_sub_func_int32_t_s_s(0x7EFFEB3BL, l_88[0][0]));
                if (g_26)
                    break;
                (*l_89) = g_23;
                (*l_89) = (safe_sub_func_int16_t_s_s((((g_92 != l_94) || 0x105BL) | ((65531UL <= (((safe_unary_minus_func_uint8_t_u((((~((safe_sub_func_uint64_t_u_u(((((void*)0 != &l_33[g_75]) || l_68) < l_68), l_68)) < g_2)) <= l_47[1][2]) | (*l_89)))) , l_68) || (*l_89))) && g_9)), g_9));
            }
            (*l_109) ^= (((safe_mul_func_int8_t_s_s(g_25, ((safe_div_func_uint16_t_u_u((250UL != (l_103 && (((*l_104) ^= g_65) > (((*l_107) = g_6) , 0x50L)))), g_6)) | (**l_94)))) || l_108) | 0L);
            (**l_94) = (l_88[0][0] , (safe_rshift_func_int8_t_s_u((safe_mul_func_int16_t_s_s(((g_134 |= ((((*l_133) = ((((safe_mod_func_uint32_t_u_u((safe_add_func_uint32_t_u_u(((((safe_add_func_int32_t_s_s(((safe_add_func_int16_t_s_s((l_68 ^= (g_122 = 0L)), ((safe_add_func_int16_t_s_s((safe_lshift_func_int8_t_s_u((safe_mul_func_uint16_t_u_u((((18446744073709551612UL && (l_47[1][2] > ((safe_lshift_func_int8_t_s_s((**l_94), g_6)) , l_5))) > g_25) < 65535UL), g_26)), g_23)), l_47[0][0])) | 0x332C83D2L))) != 0xB1AAL), g_9)) ^ g_75) || 2UL) , g_75), l_103)), g_82)) , 0x7237EC01L) != 0x8CEC1B3EL) , l_132)) == &g_37) <= g_75)) && (**l_94)), g_105)), l_135)));
        }
        else
        { 
            for (l_108 = 3; (l_108 == 24); l_108 = safe_add_func_uint8_t_u_u(l_108, 6))
            { 
                int32_t l_138 = 0xD60A08B2L;
                int32_t *l_139 = &l_47[1][2];
                (**g_92) &= l_138;
                (*g_92) = l_139;
            }
        }
    }
    else
    { 
        uint16_t l_145[3][2] = {{0x3732L,0x3732L},{0x3732L,0x3732L},{0x3732L,0x3732L}};
        int32_t l_151 = 1L;
        int32_t l_152 = (-1L);
        int8_t l_166 = 0L;
        uint32_t *l_202 = &g_186;
        uint32_t **l_201 = &l_202;
        const int32_t l_218 = 1L;
        int32_t l_226 = 0x33B0487FL;
        int32_t l_227 = 0x47CEFB77L;
        int32_t l_228[3][2] = {{0x88D53BACL,0x88D53BACL},{0x88D53BACL,0x88D53BACL},{0x88D53BACL,0x88D53BACL}};
        uint8_t **l_239 = &g_236;
        uint32_t l_267 = 0x2C249F41L;
        int8_t l_269 = 0xB0L;
        uint32_t l_274[3];
        int i, j;
        for (i = 0; i < 3; i++)
            l_274[i] = 18446744073709551615UL;
lbl_165:
        (*g_92) = (*g_92);
        if (((l_140 == &l_32) < (((safe_add_func_uint64_t_u_u((((safe_lshift_func_int16_t_s_s(l_145[1][1], 14)) , 0x3EF5034EL) != (safe_mul_func_int16_t_s_s(g_9, g_82))), 0x6C87C1BE54454DEALL)) , g_58) < 0x40E7L)))
        { 
            int32_t *l_148 = &g_23;
            int32_t *l_149 = &g_6;
            int32_t *l_150[2];
            int16_t l_153[2];
            uint32_t l_154 = 0UL;
            uint64_t l_158 = 0UL;
            int i;
            for (i = 0; i < 2; i++)
                l_150[i] = (void*)0;
            for (i = 0; i < 2; i++)
                l_153[i] = 0xA3A7L;
            l_154++;
            if ((!g_122))
            { 
                (*l_148) |= (-1L);
                return l_158;
            }
            else
            { 
                const int32_t *l_159 = &g_2;
                const int32_t **l_160[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
                int i;
                g_161 = l_159;
                return g_122;
            }
        }
        else
        { 
            int64_t l_164 = (-3L);
            uint32_t l_198 = 0x12D827AFL;
lbl_167:
            for (l_151 = 0; (l_151 == (-1)); l_151--)
            { 
                if (l_164)
                    break;
                if (g_77)
                    goto lbl_165;
                l_103 = l_166;
                if (l_103)
                    goto lbl_167;
            }
            for (l_166 = 9; (l_166 == (-17)); l_166--)
            { 
                int16_t l_172 = 0x044EL;
                int8_t *l_183 = &g_105;
                int32_t l_187 = (-6L);
                l_187 ^= (safe_rshift_func_int8_t_s_u((g_82 ^ ((g_186 = (l_172 > ((safe_sub_func_int16_t_s_s(((((((safe_lshift_func_uint16_t_u_s((safe_sub_func_int64_t_s_s((safe_mul_func_int8_t_s_s(((safe_mul_func_int16_t_s_s(((g_75 ^ 0xF6E5673AC837247ALL) == (((*l_183) = (l_172 < 0xEEBA6CA5C4174CECLL)) == l_145[2][0])), l_145[1][1])) > g_134), g_9)), l_184[0])), 1)) != (*g_161)) == g_65) ^ (-4L)) , 0x7B370A5DL) , 1L), l_185)) >= g_58))) ^ 0xF1L)), 0));
                (**g_92) = (((((safe_add_func_uint32_t_u_u((l_183 == ((safe_add_func_int16_t_s_s(((safe_rshift_func_uint16_t_u_s((safe_add_func_int32_t_s_s(((safe_lshift_func_uint16_t_u_u((l_184[0] , l_198), 6)) >= l_198), g_26)), 7)) == g_65), l_172)) , &g_105)), 0x11ADAB72L)) || 0x015EL) > 0x7B3FL) ^ 6UL) == 0x40BE61B3L);
            }
        }
        if ((safe_sub_func_uint32_t_u_u((&g_186 == ((*l_201) = &g_186)), (**g_92))))
        { 
            int8_t l_215 = (-1L);
            int16_t l_216 = 8L;
            int8_t *l_219[1];
            int32_t l_220 = 0x7F3D353FL;
            int32_t *l_221 = &l_103;
            int32_t *l_222 = &l_47[1][2];
            int32_t *l_223 = (void*)0;
            int32_t *l_224[2];
            int i;
            for (i = 0; i < 1; i++)
                l_219[i] = (void*)0;
            for (i = 0; i < 2; i++)
                l_224[i] = &l_47[1][2];
            (**g_92) = (((l_220 = (((safe_mul_func_uint16_t_u_u(0UL, (&l_185 == (void*)0))) <= ((safe_div_func_int64_t_s_s(((safe_add_func_int8_t_s_s((safe_add_func_uint16_t_u_u((l_166 , (safe_lshift_func_int16_t_s_s(((((safe_add_func_uint32_t_u_u(g_7, l_215)) > l_184[0]) == 4UL) <= l_166), 1))), l_152)), l_103)) & l_216), l_217)) , g_65)) ^ l_218)) >= 248UL) | (**g_38));
            (**g_92) = (&l_151 != (*g_92));
            --l_230;
            for (l_230 = 0; (l_230 >= 25); l_230++)
            { 
                return l_230;
            }
        }
        else
        { 
            uint8_t ***l_237 = (void*)0;
            uint8_t ***l_238[3][2];
            int32_t l_246[3];
            int64_t l_273 = 7L;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 2; j++)
                    l_238[i][j] = &g_235;
            }
            for (i = 0; i < 3; i++)
                l_246[i] = 1L;
            l_239 = g_235;
            for (l_230 = 0; (l_230 == 18); l_230 = safe_add_func_uint32_t_u_u(l_230, 4))
            { 
                int32_t *l_242 = &g_6;
                int32_t *l_243 = (void*)0;
                int32_t *l_244 = &l_151;
                int32_t *l_245[3];
                uint64_t l_248 = 0UL;
                int i;
                for (i = 0; i < 3; i++)
                    l_245[i] = &g_6;
                ++l_248;
            }
            if ((*g_161))
            { 
                int32_t *l_253 = &l_228[0][0];
                (**g_92) = (((*g_235) == (void*)0) ^ (safe_sub_func_int16_t_s_s(((l_246[2] ^ l_246[2]) , ((g_122 <= g_82) >= 254UL)), l_226)));
                l_253 = (l_88[0][0] , ((l_246[2] && l_246[1]) , (void*)0));
                (*g_92) = l_253;
            }
            else
            { 
                int8_t *l_266 = &l_229[0];
                int32_t l_270[1][1];
                int32_t *l_271 = &l_47[1][2];
                int32_t *l_272[3][1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_270[i][j] = 0xDFBDC08BL;
                }
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_272[i][j] = &g_2;
                }
                (**g_92) = (safe_rshift_func_uint16_t_u_s((safe_div_func_uint32_t_u_u((safe_lshift_func_int16_t_s_s(((l_47[1][2] = ((safe_add_func_uint64_t_u_u(((**g_38) |= (~g_105)), ((safe_mul_func_uint16_t_u_u(l_5, (g_268[0] = ((~((((*l_266) = (&g_25 != &g_25)) , ((l_228[2][0] = ((g_134 & 0UL) > l_47[1][2])) | l_267)) < g_65)) != g_7)))) | l_269))) > 0xBFL)) > 0L), g_75)), l_108)), g_25));
                (**g_92) ^= l_270[0][0];
                l_274[1]++;
            }
        }
        return l_228[0][0];
    }
    (**g_92) = ((safe_mul_func_uint16_t_u_u(l_229[0], g_82)) , l_279);
    (**g_92) |= (l_103 < ((***l_140) = (0x85L < ((*l_280) = l_88[0][0]))));
    return l_247[0][1];
}
static int64_t  func_14(uint32_t  p_15)
{ 
    int32_t *l_22[1];
    int32_t l_24 = 0x223DEC99L;
    int i;
    for (i = 0; i < 1; i++)
        l_22[i] = &g_7;
    --g_26;
    return g_9;
}
static uint32_t  func_16(uint64_t * const  p_17, int8_t  p_18, int32_t  p_19, uint32_t  p_20)
{ 
    return g_6;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_25, "g_25", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_65, "g_65", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    transparent_crc(g_77, "g_77", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_122, "g_122", print_hash_value);
    transparent_crc(g_134, "g_134", print_hash_value);
    transparent_crc(g_186, "g_186", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_268[i], "g_268[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
