#include "csmith.h"
static long __undefined;
static uint16_t g_8 = 0x2604L;
static int32_t g_22 = 0x28ACE4B0L;
static int32_t *g_21 = &g_22;
static int8_t g_36 = 0xACL;
static uint64_t g_45 = 0x90D790F95848308FLL;
static int8_t g_53 = (-1L);
static const int64_t g_58 = (-1L);
static uint32_t g_64 = 0xC248BDD0L;
static const int32_t g_84 = 0x2B10A263L;
static int64_t g_108[3][3] = {{0x390A4143F40280C1LL,0x390A4143F40280C1LL,0x390A4143F40280C1LL},{0x444D7DDD92722365LL,0x444D7DDD92722365LL,0x444D7DDD92722365LL},{0x390A4143F40280C1LL,0x390A4143F40280C1LL,0x390A4143F40280C1LL}};
static int64_t *g_107 = &g_108[0][2];
static int8_t g_128[3] = {(-1L),(-1L),(-1L)};
static uint64_t g_133 = 0xB6B2AC3FE914D0EFLL;
static const int8_t g_157 = 0x4AL;
static uint64_t *g_168 = &g_45;
static uint64_t **g_167 = &g_168;
static uint64_t g_184 = 0x7C64D1672963C60DLL;
static int32_t g_190 = 1L;
static int8_t g_191 = (-1L);
static int8_t g_192 = (-1L);
static uint32_t g_193 = 0x9702E9BEL;
static int16_t g_202 = 6L;
static int16_t g_210 = (-1L);
static uint64_t g_211 = 0UL;
static int32_t g_228 = (-7L);
static int8_t g_229 = (-10L);
static int32_t g_230 = 0x458FB031L;
static int8_t g_231 = 0xA3L;
static int32_t g_233 = 7L;
static uint64_t g_234[1][4] = {{0x5798896650948135LL,0x5798896650948135LL,0x5798896650948135LL,0x5798896650948135LL}};
static int32_t g_248 = 0x0565C952L;
static const int64_t ***g_256[2] = {(void*)0,(void*)0};
static int64_t g_288[2] = {1L,1L};
static uint32_t g_292 = 0x365363CAL;
static int8_t *g_308 = &g_128[2];
static int8_t **g_307 = &g_308;
static int16_t g_318 = 1L;
static int32_t g_320 = 0x7CF242F4L;
static uint32_t g_321 = 0UL;
static uint8_t  func_1(void);
static uint32_t  func_11(uint32_t  p_12, int8_t  p_13, int8_t  p_14, uint64_t  p_15, int16_t  p_16);
static const int32_t  func_19(int32_t  p_20);
static uint8_t  func_1(void)
{ 
    int32_t l_17 = 0L;
    int64_t l_139 = 7L;
    uint32_t l_140 = 0x01E7103EL;
    int8_t *l_215 = (void*)0;
    int64_t **l_217 = &g_107;
    int64_t ***l_216 = &l_217;
    int8_t *l_218 = (void*)0;
    int8_t *l_219[3];
    int32_t l_227[2];
    uint64_t **l_243 = (void*)0;
    int32_t l_249 = (-1L);
    int32_t *l_255 = &g_190;
    uint8_t l_325[4] = {0x4CL,0x4CL,0x4CL,0x4CL};
    const int32_t *l_330 = &l_227[0];
    uint32_t l_337 = 0x9C9ED5B9L;
    int i;
    for (i = 0; i < 3; i++)
        l_219[i] = &g_53;
    for (i = 0; i < 2; i++)
        l_227[i] = (-1L);
    if ((safe_div_func_int64_t_s_s(((safe_rshift_func_uint16_t_u_u(((safe_add_func_int8_t_s_s((-5L), g_8)) || 0xBE187950L), (safe_sub_func_uint32_t_u_u(func_11(l_17, g_8, g_8, l_17, g_8), l_139)))) , l_140), l_140)))
    { 
        const int8_t l_147 = 0x41L;
        int32_t *l_165 = &g_22;
        for (g_36 = 0; (g_36 >= 15); g_36++)
        { 
            const uint32_t l_148 = 0xC5544F04L;
            int32_t l_160 = 0x9527C193L;
            int32_t *l_166 = &g_22;
            if ((safe_mod_func_uint32_t_u_u(4294967293UL, (safe_sub_func_int32_t_s_s(l_147, g_84)))))
            { 
                uint64_t l_151 = 0xA06941ECE23272C1LL;
                int32_t *l_161 = &l_17;
                const int32_t **l_162 = (void*)0;
                const int32_t *l_164 = &l_17;
                const int32_t **l_163 = &l_164;
                if (l_148)
                    break;
                (*l_161) = ((safe_rshift_func_int16_t_s_u(g_45, l_151)) < (~(safe_sub_func_int64_t_s_s((safe_mul_func_int8_t_s_s(g_157, (((1L > ((safe_lshift_func_int16_t_s_s(((*g_107) , l_160), 11)) != l_147)) , g_84) | l_147))), (*g_107)))));
                if (l_147)
                    break;
                (*l_163) = &g_84;
            }
            else
            { 
                int32_t *l_169 = (void*)0;
                int32_t *l_170 = &l_17;
                int32_t **l_171 = &l_169;
                l_166 = l_165;
                (*l_170) &= ((g_133 & ((g_167 != ((*g_168) , &g_168)) == ((void*)0 != &g_108[1][2]))) >= (*l_165));
                (*l_171) = l_165;
                if (g_157)
                    continue;
            }
            (*l_166) = g_84;
        }
    }
    else
    { 
        int32_t *l_174 = &l_17;
        int32_t l_180 = (-1L);
        int32_t l_207 = 0L;
        int32_t l_208 = 0x2B69564FL;
        int32_t l_209 = (-1L);
        (*l_174) = ((safe_sub_func_uint16_t_u_u(g_22, ((l_17 , l_139) && l_17))) & (0xD360L >= (-1L)));
        for (g_133 = (-26); (g_133 < 24); ++g_133)
        { 
            int32_t *l_204 = &g_22;
            int32_t *l_205 = &g_190;
            int32_t *l_206[4] = {&g_190,&g_190,&g_190,&g_190};
            int32_t **l_214[1];
            int i;
            for (i = 0; i < 1; i++)
                l_214[i] = &l_204;
            if ((*l_174))
            { 
                int32_t *l_177 = &l_17;
                int32_t *l_178 = &l_17;
                int32_t *l_179 = &g_22;
                int32_t *l_181 = &l_180;
                int32_t *l_182 = (void*)0;
                int32_t *l_183[4][1];
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_183[i][j] = &l_180;
                }
                --g_184;
                g_22 = (-5L);
            }
            else
            { 
                if (g_58)
                    break;
            }
            for (g_8 = 0; (g_8 <= 2); g_8 += 1)
            { 
                int32_t *l_187 = &g_22;
                int32_t *l_188 = &g_22;
                int32_t *l_189[3][3] = {{&g_22,&g_22,&g_22},{&g_22,&l_180,&g_22},{&g_22,&g_22,&g_22}};
                uint64_t *l_198[4][3] = {{&g_45,&g_45,&g_45},{&g_45,&g_45,&g_45},{&g_45,&g_45,&g_45},{&g_45,&g_45,&g_45}};
                int16_t *l_201 = &g_202;
                int32_t **l_203 = &l_174;
                int i, j;
                g_193--;
                (*l_203) = ((g_108[g_8][g_8] && (safe_sub_func_uint32_t_u_u(g_53, (((void*)0 != l_198[3][0]) >= (safe_sub_func_int32_t_s_s(((((*l_201) = 1L) && 65535UL) & (*g_107)), 0x2AFAD200L)))))) , &g_22);
            }
            g_211--;
            g_21 = l_205;
        }
    }
    if (((&g_191 == l_215) ^ (l_17 = ((l_140 > ((g_202 , (((((*l_216) = (void*)0) == &g_107) < g_133) ^ 0x9080L)) , g_191)) | 0x54C541F3L))))
    { 
        int32_t *l_220 = &l_17;
        int32_t *l_221 = &g_22;
        int32_t *l_222 = &l_17;
        int32_t *l_223 = &g_190;
        int32_t *l_224 = (void*)0;
        int32_t *l_225[1][2];
        int64_t l_226 = 0x3CD4DB03F721CDB4LL;
        int16_t l_232 = 0xAB4EL;
        uint64_t ***l_244 = &g_167;
        int16_t *l_247 = &l_232;
        uint8_t l_263[4] = {0xF4L,0xF4L,0xF4L,0xF4L};
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_225[i][j] = &g_190;
        }
        g_234[0][3]--;
        if (((safe_div_func_int16_t_s_s(((l_249 &= ((*g_168) &= (((safe_rshift_func_int8_t_s_u(((safe_mod_func_uint8_t_u_u(0x38L, ((((l_227[0] || ((&g_168 != ((*l_244) = l_243)) < (safe_rshift_func_int16_t_s_s((((*l_247) = (-1L)) == g_228), 12)))) <= 0xC8L) | (*l_223)) & g_248))) && (*l_222)), l_227[0])) != (*l_222)) & 0x8DL))) & (*l_222)), 65535UL)) & l_227[0]))
        { 
            int64_t ***l_250[2][2];
            int64_t ****l_251 = (void*)0;
            int32_t **l_254[4] = {&l_220,&l_220,&l_220,&l_220};
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                    l_250[i][j] = (void*)0;
            }
            (*l_223) &= ((l_250[0][0] = l_250[0][1]) == (((safe_rshift_func_uint16_t_u_u(((&g_167 == (((*g_168) = (((l_255 = &g_233) != l_224) <= 0x92L)) , l_244)) | 1L), 3)) & g_128[2]) , g_256[0]));
            for (l_139 = 1; (l_139 >= 20); ++l_139)
            { 
                int32_t *l_259 = &g_190;
                int8_t l_260[3][1];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_260[i][j] = 1L;
                }
                l_259 = (void*)0;
                g_190 = l_260[1][0];
            }
            (*l_222) ^= g_193;
        }
        else
        { 
            const int16_t l_264 = 0x142CL;
            for (g_22 = 0; (g_22 <= (-18)); g_22 = safe_sub_func_int16_t_s_s(g_22, 9))
            { 
                uint16_t l_265 = 8UL;
                (*l_223) = ((*l_220) = l_263[3]);
                if (l_264)
                    continue;
                return l_265;
            }
            return g_108[1][0];
        }
    }
    else
    { 
        uint16_t l_279 = 0x6638L;
        int32_t l_289 = 0xB84F7E7FL;
        int32_t *l_295 = (void*)0;
        int32_t *l_296 = &l_227[0];
        for (g_190 = 0; (g_190 == 16); g_190 = safe_add_func_uint32_t_u_u(g_190, 6))
        { 
            int8_t l_278 = 1L;
            int32_t *l_284 = &l_227[0];
            for (g_45 = (-9); (g_45 != 18); g_45 = safe_add_func_uint16_t_u_u(g_45, 1))
            { 
                int32_t *l_270 = &g_22;
                int32_t *l_271 = &l_227[0];
                int32_t *l_272 = (void*)0;
                int32_t *l_273 = &l_17;
                int32_t *l_274 = &l_227[0];
                int32_t *l_275 = (void*)0;
                int32_t *l_276 = (void*)0;
                int32_t *l_277[3][2] = {{&l_227[0],(void*)0},{(void*)0,&l_227[0]},{(void*)0,(void*)0}};
                int i, j;
                l_279--;
            }
            (*l_284) = (safe_mul_func_uint8_t_u_u(1UL, (g_192 ^= 1L)));
            (*l_284) = l_279;
            for (g_230 = 24; (g_230 < (-7)); g_230--)
            { 
                int32_t *l_287 = &g_233;
                int32_t *l_290 = &l_17;
                int32_t *l_291[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_291[i] = &l_227[1];
                g_292++;
                if (g_233)
                    break;
            }
        }
    }
    for (l_140 = 0; (l_140 < 14); l_140++)
    { 
        uint32_t l_336 = 0x30EF9576L;
        for (g_184 = 19; (g_184 == 57); g_184 = safe_add_func_int64_t_s_s(g_184, 9))
        { 
            return l_336;
        }
    }
    return l_337;
}
static uint32_t  func_11(uint32_t  p_12, int8_t  p_13, int8_t  p_14, uint64_t  p_15, int16_t  p_16)
{ 
    uint16_t l_43[4] = {0xFB29L,0xFB29L,0xFB29L,0xFB29L};
    int32_t l_63 = 1L;
    uint64_t *l_98 = &g_45;
    int32_t **l_102 = &g_21;
    int64_t *l_105 = (void*)0;
    int32_t l_124 = 0xF0E05C4BL;
    int32_t l_132 = 3L;
    int i;
    if (p_13)
    { 
        uint32_t l_18[1][4] = {{0xDF7CD95DL,0xDF7CD95DL,0xDF7CD95DL,0xDF7CD95DL}};
        int32_t *l_26[2];
        int i, j;
        for (i = 0; i < 2; i++)
            l_26[i] = &g_22;
        for (p_14 = 0; (p_14 <= 0); p_14 += 1)
        { 
            int32_t l_33 = 0x34AAFBEBL;
            int32_t l_46 = 0xA1676492L;
            int32_t l_62[1];
            const int32_t *l_83 = &g_84;
            const int32_t **l_82 = &l_83;
            const int32_t *l_85[2][3] = {{&l_63,&g_84,&g_84},{&l_63,&g_84,&g_84}};
            int i, j;
            for (i = 0; i < 1; i++)
                l_62[i] = (-1L);
            if (func_19(g_8))
            { 
                int32_t **l_27 = &l_26[0];
                int32_t **l_28 = &g_21;
                int8_t *l_34 = (void*)0;
                int8_t *l_35 = &g_36;
                uint64_t *l_44 = &g_45;
                int64_t l_51[2][1];
                int64_t *l_52[4][4];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_51[i][j] = 0L;
                }
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_52[i][j] = (void*)0;
                }
                (*l_28) = ((*l_27) = l_26[0]);
                l_46 |= ((safe_mul_func_uint16_t_u_u(((safe_lshift_func_uint8_t_u_s((((*l_35) = l_33) | 1L), 7)) <= ((*l_44) = (safe_add_func_uint64_t_u_u((((0UL <= g_8) | (safe_lshift_func_uint16_t_u_u(((safe_rshift_func_int8_t_s_u((**l_28), 0)) ^ p_14), 15))) == l_43[1]), 0xD33D2AFDDF34FFDELL)))), (**l_28))) >= 0xEE3199F2L);
                (**l_27) = ((safe_sub_func_int32_t_s_s((safe_add_func_uint16_t_u_u((((((l_51[0][0] <= ((**l_28) <= (g_53 = l_33))) , (safe_mul_func_int8_t_s_s(((safe_mul_func_int8_t_s_s((p_14 | (p_12 |= (p_13 & g_58))), g_36)) < g_45), p_15))) , p_13) ^ g_22) , p_14), 0x71B2L)), 0UL)) , 0xE7C4BD4AL);
            }
            else
            { 
                int16_t l_59 = 0xCB75L;
                int32_t l_60 = 1L;
                int32_t l_61[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_61[i] = 0L;
                ++g_64;
                l_63 &= (*g_21);
                (*g_21) = (!(g_8 && l_62[0]));
            }
            for (g_64 = 0; (g_64 <= 0); g_64 += 1)
            { 
                uint8_t l_68 = 8UL;
                uint16_t *l_81 = &l_43[3];
                int i, j;
                --l_68;
                l_62[0] |= (((*l_81) = (l_18[g_64][(p_14 + 2)] || ((l_18[p_14][(p_14 + 1)] = 0UL) > (safe_div_func_int64_t_s_s((l_33 , ((safe_mod_func_uint16_t_u_u(((g_58 | ((safe_add_func_uint8_t_u_u((safe_sub_func_int64_t_s_s((safe_lshift_func_uint16_t_u_u((g_8 > (-1L)), 3)), g_22)), 0xC0L)) , p_14)) && 0x3DE9L), p_16)) , p_15)), g_8))))) , 1L);
                return l_43[1];
            }
            l_85[1][0] = ((*l_82) = l_26[0]);
            for (l_33 = 0; (l_33 == 5); l_33++)
            { 
                int16_t l_91 = 0L;
                int8_t *l_92 = &g_36;
                uint64_t **l_99 = &l_98;
                uint64_t *l_101[3][3];
                uint64_t **l_100 = &l_101[1][2];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_101[i][j] = &g_45;
                }
                (*g_21) = (safe_div_func_int8_t_s_s(g_58, ((*l_92) |= (g_58 <= (safe_unary_minus_func_uint32_t_u(l_91))))));
                (*g_21) ^= (+(safe_div_func_int32_t_s_s(1L, ((((safe_rshift_func_int8_t_s_u(((((*l_99) = l_98) == ((*l_100) = &g_45)) || ((&g_45 == (void*)0) & l_91)), 6)) != 1L) | (-1L)) & l_43[2]))));
                l_102 = l_102;
                if ((*g_21))
                    continue;
            }
        }
    }
    else
    { 
        int32_t *l_129 = &g_22;
        int32_t *l_130 = &l_124;
        int32_t *l_131[3];
        int32_t *l_136 = &l_63;
        int i;
        for (i = 0; i < 3; i++)
            l_131[i] = &l_124;
        for (g_36 = 3; (g_36 >= 0); g_36 -= 1)
        { 
            int64_t **l_106 = &l_105;
            int64_t **l_109 = (void*)0;
            int64_t **l_110 = &g_107;
            int64_t *l_112 = &g_108[0][1];
            int64_t **l_111 = &l_112;
            int8_t *l_113 = (void*)0;
            int8_t *l_114 = (void*)0;
            int8_t *l_115[2][1];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_115[i][j] = &g_53;
            }
            (**l_102) &= 0x8F42CBA3L;
            if (l_43[g_36])
                break;
            if ((safe_add_func_int8_t_s_s(((((*l_106) = l_105) == ((*l_111) = ((*l_110) = g_107))) , (p_13 = (p_14 = g_36))), p_16)))
            { 
                const int32_t *l_122 = &g_22;
                const int32_t **l_121 = &l_122;
                (**l_102) &= (((l_43[g_36] , 1UL) , ((((*l_98) = g_108[0][2]) | ((safe_sub_func_int8_t_s_s((safe_unary_minus_func_uint32_t_u(g_36)), (safe_rshift_func_uint16_t_u_s(0UL, 1)))) > g_53)) , (void*)0)) != (void*)0);
                (*l_121) = &g_84;
                (*l_102) = &g_22;
            }
            else
            { 
                int32_t *l_123[2];
                uint64_t l_125[4] = {0xBF7BAE7F845CBE74LL,0xBF7BAE7F845CBE74LL,0xBF7BAE7F845CBE74LL,0xBF7BAE7F845CBE74LL};
                int i;
                for (i = 0; i < 2; i++)
                    l_123[i] = &l_63;
                (*l_102) = &g_22;
                l_125[2]++;
                g_128[2] &= (*g_21);
            }
            (*l_102) = l_129;
        }
        --g_133;
        (*l_102) = l_136;
        for (g_64 = 10; (g_64 < 42); ++g_64)
        { 
        }
    }
    return g_36;
}
static const int32_t  func_19(int32_t  p_20)
{ 
    int32_t *l_23 = (void*)0;
    int32_t **l_24 = (void*)0;
    int32_t **l_25 = &g_21;
    (*l_25) = (l_23 = g_21);
    return p_20;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_22, "g_22", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_53, "g_53", print_hash_value);
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_64, "g_64", print_hash_value);
    transparent_crc(g_84, "g_84", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_108[i][j], "g_108[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_128[i], "g_128[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_133, "g_133", print_hash_value);
    transparent_crc(g_157, "g_157", print_hash_value);
    transparent_crc(g_184, "g_184", print_hash_value);
    transparent_crc(g_190, "g_190", print_hash_value);
    transparent_crc(g_191, "g_191", print_hash_value);
    transparent_crc(g_192, "g_192", print_hash_value);
    transparent_crc(g_193, "g_193", print_hash_value);
    transparent_crc(g_202, "g_202", print_hash_value);
    transparent_crc(g_210, "g_210", print_hash_value);
    transparent_crc(g_211, "g_211", print_hash_value);
    transparent_crc(g_228, "g_228", print_hash_value);
    transparent_crc(g_229, "g_229", print_hash_value);
    transparent_crc(g_230, "g_230", print_hash_value);
    transparent_crc(g_231, "g_231", print_hash_value);
    transparent_crc(g_233, "g_233", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_234[i][j], "g_234[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_248, "g_248", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_288[i], "g_288[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_292, "g_292", print_hash_value);
    transparent_crc(g_318, "g_318", print_hash_value);
    transparent_crc(g_320, "g_320", print_hash_value);
    transparent_crc(g_321, "g_321", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
