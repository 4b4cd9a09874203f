#include "csmith.h"
static long __undefined;
struct S0 {
   uint8_t  f0;
   int8_t  f1;
   uint16_t  f2;
   uint32_t  f3;
   int8_t  f4;
   int8_t  f5;
};
struct S1 {
   int8_t  f0;
   uint32_t  f1;
   int16_t  f2;
   const uint32_t  f3;
   int32_t  f4;
};
struct S2 {
   uint32_t  f0;
   const uint32_t  f1;
   struct S0  f2;
   struct S0  f3;
   const uint64_t  f4;
};
static int32_t g_6 = 1L;
static int16_t g_12 = 0x6370L;
static uint64_t g_26 = 0x2FF3E141B6BA00B6LL;
static int8_t g_33 = (-1L);
static const int8_t * const g_32 = &g_33;
static uint16_t g_71 = 1UL;
static const uint16_t *g_70[1] = {&g_71};
static uint8_t g_94[2][2] = {{247UL,247UL},{247UL,247UL}};
static int64_t g_108 = 1L;
static uint64_t g_119[3] = {0xC0ED61D3EE10C307LL,0xC0ED61D3EE10C307LL,0xC0ED61D3EE10C307LL};
static int32_t *g_129[2] = {&g_6,&g_6};
static int32_t **g_128 = &g_129[1];
static uint8_t *g_159 = (void*)0;
static uint8_t **g_158 = &g_159;
static int32_t g_193 = 1L;
static int32_t g_213[3] = {6L,6L,6L};
static uint16_t g_214 = 7UL;
static int8_t g_257 = 6L;
static uint8_t g_270[4][4] = {{3UL,3UL,0UL,3UL},{3UL,0x7EL,0x7EL,3UL},{0x7EL,3UL,0x7EL,0x7EL},{3UL,3UL,0UL,3UL}};
static struct S1 g_273 = {0x2AL,0UL,1L,6UL,0L};
static struct S0 g_289[4][4] = {{{0x7AL,-1L,0x6C3FL,0UL,1L,0x12L},{0xB4L,0x13L,1UL,18446744073709551607UL,0xC8L,9L},{0x7AL,-1L,0x6C3FL,0UL,1L,0x12L},{0xB4L,0x13L,1UL,18446744073709551607UL,0xC8L,9L}},{{0x7AL,-1L,0x6C3FL,0UL,1L,0x12L},{0xB4L,0x13L,1UL,18446744073709551607UL,0xC8L,9L},{0x7AL,-1L,0x6C3FL,0UL,1L,0x12L},{0xB4L,0x13L,1UL,18446744073709551607UL,0xC8L,9L}},{{0x7AL,-1L,0x6C3FL,0UL,1L,0x12L},{0xB4L,0x13L,1UL,18446744073709551607UL,0xC8L,9L},{0x7AL,-1L,0x6C3FL,0UL,1L,0x12L},{0xB4L,0x13L,1UL,18446744073709551607UL,0xC8L,9L}},{{0x7AL,-1L,0x6C3FL,0UL,1L,0x12L},{0xB4L,0x13L,1UL,18446744073709551607UL,0xC8L,9L},{0x7AL,-1L,0x6C3FL,0UL,1L,0x12L},{0xB4L,0x13L,1UL,18446744073709551607UL,0xC8L,9L}}};
static struct S0 g_291[1] = {{7UL,8L,0xAD6DL,0UL,0x49L,0x0BL}};
static uint16_t g_304[4] = {2UL,2UL,2UL,2UL};
static uint32_t  func_1(void);
static const int64_t  func_14(int8_t * const  p_15, uint64_t  p_16, int32_t * p_17, int64_t  p_18);
static int8_t * func_19(int64_t  p_20);
static uint32_t  func_1(void)
{ 
    uint64_t l_9 = 0xAA61FC2DA8AFC1DALL;
    int8_t *l_10[2];
    int32_t l_11 = 0x8939F5FAL;
    int32_t *l_13 = &g_6;
    int32_t l_204[1][3];
    const uint32_t l_205 = 0xC005C314L;
    int16_t l_276 = (-1L);
    int32_t *l_317 = &g_273.f4;
    int32_t *l_318 = (void*)0;
    int32_t *l_319 = &l_204[0][1];
    int32_t *l_320[1][2];
    uint8_t l_321[3][1];
    int i, j;
    for (i = 0; i < 2; i++)
        l_10[i] = (void*)0;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_204[i][j] = 3L;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_320[i][j] = (void*)0;
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_321[i][j] = 1UL;
    }
    (*l_13) = (safe_mod_func_int16_t_s_s((((safe_lshift_func_uint8_t_u_s((4294967295UL < (g_6 > (safe_lshift_func_uint8_t_u_u(0x93L, 0)))), ((g_12 = (l_11 = l_9)) || g_6))) < 8UL) >= g_6), g_6));
    if (((*l_13) = (((func_14(func_19(g_12), (((safe_sub_func_uint32_t_u_u(0UL, g_12)) > ((((((safe_mul_func_uint8_t_u_u((g_71 == 0x812E5E4DL), 1UL)) && g_12) , (void*)0) == &l_11) && g_71) < 0xDD35L)) && 0xA6L), &l_11, g_71) , l_204[0][1]) , (*l_13)) | l_205)))
    { 
        uint64_t l_206 = 2UL;
        int16_t *l_207[1];
        uint16_t *l_210[1];
        uint8_t **l_221 = &g_159;
        int32_t l_226 = 0xBE0EC4D1L;
        int32_t l_230 = 0L;
        int32_t l_231 = (-4L);
        int32_t l_232 = (-1L);
        uint64_t l_258 = 0x584056BE708EF66FLL;
        uint32_t l_261 = 4294967295UL;
        uint32_t *l_271 = &l_261;
        int i;
        for (i = 0; i < 1; i++)
            l_207[i] = &g_12;
        for (i = 0; i < 1; i++)
            l_210[i] = &g_71;
        (**g_128) = (**g_128);
        if ((((*l_13) |= l_206) != (safe_add_func_uint32_t_u_u((l_206 , ((g_214 |= (g_213[2] = (g_71++))) && (9L && g_12))), (+l_204[0][1])))))
        { 
            int32_t *l_216 = &g_6;
            int32_t l_222[1][1];
            uint32_t l_238 = 0x79D64BD8L;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_222[i][j] = (-3L);
            }
            if ((*l_13))
            { 
                int32_t l_217 = 0x8C50790AL;
                l_216 = &l_204[0][1];
                (*l_13) = (((*l_216) & 0x3B94L) || (4294967291UL >= (l_217 , (*l_216))));
            }
            else
            { 
                return g_213[2];
            }
            if ((0xE3L == ((**g_128) > g_12)))
            { 
                uint8_t **l_218 = &g_159;
                uint8_t ***l_219 = (void*)0;
                uint8_t ***l_220[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_220[i] = (void*)0;
                g_158 = (l_221 = l_218);
                return l_206;
            }
            else
            { 
                int32_t *l_223 = &l_204[0][1];
                int32_t *l_224 = &l_222[0][0];
                int32_t *l_225 = (void*)0;
                int32_t *l_227 = &l_204[0][1];
                int32_t *l_228 = &l_204[0][1];
                int32_t *l_229[3][1];
                uint32_t l_233[1];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_229[i][j] = &l_222[0][0];
                }
                for (i = 0; i < 1; i++)
                    l_233[i] = 0x3F32CDC8L;
                --l_233[0];
                (**g_128) = ((+(safe_unary_minus_func_uint8_t_u(g_108))) > l_238);
                (*l_228) = ((g_119[2] == l_230) != (((safe_div_func_int32_t_s_s(((*l_13) & (*l_228)), (safe_div_func_uint32_t_u_u(((*l_13) | 0x626FC986L), l_226)))) != g_12) < g_119[2]));
            }
        }
        else
        { 
            int32_t *l_243 = &g_6;
            int32_t *l_244 = &l_230;
            int32_t *l_245 = &l_204[0][1];
            int32_t *l_246 = &l_231;
            int32_t *l_247 = &g_193;
            int32_t *l_248 = &l_11;
            int32_t *l_249 = &l_11;
            int32_t *l_250 = &l_11;
            int32_t *l_251 = &l_11;
            int32_t *l_252 = &l_230;
            int32_t l_253 = 0x0D2D7D5BL;
            int32_t *l_254 = &l_230;
            int32_t *l_255 = (void*)0;
            int32_t *l_256[3][3] = {{&l_232,&l_232,&l_232},{(void*)0,&l_230,(void*)0},{&l_232,&l_232,&l_232}};
            int i, j;
            (*l_13) = ((void*)0 != &l_204[0][1]);
            ++l_258;
            ++l_261;
        }
        (**g_128) = ((*l_13) > (((safe_add_func_int16_t_s_s(g_213[2], (((0xD127F73BL | ((*l_271) = (safe_mul_func_uint8_t_u_u(l_261, (safe_mul_func_uint16_t_u_u((*l_13), g_270[0][1])))))) & (-10L)) >= 0xD1324C2AL))) , l_221) != l_221));
        if ((*l_13))
        { 
            uint32_t l_272 = 0UL;
            return l_272;
        }
        else
        { 
            for (l_9 = 0; (l_9 <= 2); l_9 += 1)
            { 
                int i;
                l_204[0][2] |= (((g_273 , (safe_sub_func_int16_t_s_s((((g_119[l_9] > ((*l_13) = ((**g_128) || (&g_108 != (void*)0)))) >= g_119[l_9]) || l_276), l_261))) || l_261) || l_258);
                if ((**g_128))
                    break;
            }
            for (g_193 = 0; g_193 < 3; g_193 += 1)
            {
                g_119[g_193] = 7UL;
            }
        }
    }
    else
    { 
        int32_t l_294 = 7L;
        int32_t l_295 = 0x7B566013L;
        int32_t l_296 = 0x78428333L;
        int32_t l_297 = 0x520D2669L;
        int32_t l_298 = 0x096BB92BL;
        int32_t l_300 = 0x74AC043EL;
        int32_t l_301 = 0x2C70196EL;
        int32_t l_302[1][3];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_302[i][j] = 1L;
        }
        for (l_276 = 0; (l_276 <= 0); l_276 += 1)
        { 
            int32_t l_287[3][3] = {{0x3B7C05E4L,0x254D38C0L,0x3B7C05E4L},{0xDECFFE95L,0xDECFFE95L,0xDECFFE95L},{0x3B7C05E4L,0x254D38C0L,0x3B7C05E4L}};
            int32_t *l_288 = &l_204[0][1];
            int64_t l_299 = 0xD150BA0D21EE898ALL;
            int64_t l_316 = 1L;
            int i, j;
            (*l_288) &= (safe_lshift_func_uint16_t_u_u((((*g_128) = (((safe_mul_func_uint8_t_u_u((safe_div_func_int8_t_s_s((safe_mul_func_int8_t_s_s(((g_70[l_276] == (void*)0) , ((&g_158 == &g_158) <= ((safe_lshift_func_uint16_t_u_u((*l_13), (*l_13))) == l_287[0][0]))), 0xABL)), 0xEDL)), (*g_32))) > 0L) , (*g_128))) != &l_287[0][0]), 15));
            for (g_6 = 1; (g_6 >= 0); g_6 -= 1)
            { 
                struct S0 *l_290 = &g_289[1][0];
                int32_t *l_292 = (void*)0;
                int32_t *l_293[1][2];
                int32_t l_303 = 0x9FA13B5CL;
                uint32_t *l_313[2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_293[i][j] = &l_204[0][0];
                }
                for (i = 0; i < 2; i++)
                    l_313[i] = (void*)0;
                g_291[0] = ((*l_290) = g_289[1][0]);
                --g_304[3];
                l_297 |= ((safe_mul_func_int8_t_s_s((((safe_add_func_int8_t_s_s(((-9L) != (safe_div_func_uint32_t_u_u((g_273.f1 = g_214), 0xC73AB32BL))), (*l_288))) >= (safe_add_func_uint16_t_u_u(((((l_316 || (*l_288)) , (void*)0) != (void*)0) > 0UL), l_302[0][1]))) , 0x30L), 1UL)) && (*l_13));
            }
        }
        (*g_128) = &l_204[0][2];
    }
    ++l_321[0][0];
    return g_94[0][1];
}
static const int64_t  func_14(int8_t * const  p_15, uint64_t  p_16, int32_t * p_17, int64_t  p_18)
{ 
    int64_t l_106 = 0xFEFF19821B11E678LL;
    int32_t l_109[1][3];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_109[i][j] = 0x7C7A1EF1L;
    }
    for (g_26 = 0; (g_26 <= 0); g_26 += 1)
    { 
        uint8_t *l_93[2];
        int32_t l_95 = (-1L);
        int32_t l_96 = (-1L);
        int8_t *l_105[3][1];
        int64_t *l_107[3][3] = {{&g_108,&g_108,&g_108},{&g_108,&g_108,&g_108},{&g_108,&g_108,&g_108}};
        uint32_t l_110[1];
        uint16_t *l_111 = &g_71;
        uint8_t l_139[4] = {255UL,255UL,255UL,255UL};
        uint8_t *l_142 = &g_94[0][1];
        uint8_t *l_143 = &l_139[3];
        uint16_t l_147[2][2] = {{0xA29FL,0xA29FL},{0xA29FL,0xA29FL}};
        int32_t l_176 = 0x5E23DD8FL;
        struct S2 l_184 = {0x0A73D2B0L,18446744073709551615UL,{0x3BL,-1L,65535UL,18446744073709551611UL,-1L,0x01L},{0x9AL,0x00L,0x74E0L,0xC4077956L,0xE4L,0xDEL},0x404FB78DA62DABF7LL};
        int32_t l_194 = 1L;
        int32_t l_195 = 0xDE46226DL;
        int32_t l_196[3];
        int32_t l_199[1];
        uint64_t l_201[4][3] = {{18446744073709551612UL,18446744073709551615UL,0x56593916C6A2E218LL},{0x061E384F033530B6LL,18446744073709551615UL,0x061E384F033530B6LL},{0x90DA599ACBDC5839LL,18446744073709551612UL,0x56593916C6A2E218LL},{0x90DA599ACBDC5839LL,0x90DA599ACBDC5839LL,18446744073709551612UL}};
        int i, j;
        for (i = 0; i < 2; i++)
            l_93[i] = &g_94[0][1];
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_105[i][j] = (void*)0;
        }
        for (i = 0; i < 1; i++)
            l_110[i] = 8UL;
        for (i = 0; i < 3; i++)
            l_196[i] = 0xD0BCCD78L;
        for (i = 0; i < 1; i++)
            l_199[i] = (-5L);
        if ((!((p_16 ^ (safe_mod_func_uint64_t_u_u(((p_17 == p_17) != (safe_mod_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_u(((*l_111) &= (safe_sub_func_int64_t_s_s(0x0E8C00D659E5886DLL, (((g_33 = ((l_109[0][1] ^= ((safe_div_func_uint32_t_u_u((((g_94[0][0]--) <= (l_95 = ((safe_rshift_func_uint8_t_u_s((+(safe_add_func_int16_t_s_s((!(((l_105[1][0] == l_93[0]) && l_106) || (*g_32))), p_18))), 3)) | (*g_32)))) <= l_106), g_33)) ^ 65534UL)) & g_108)) ^ g_12) != l_110[0])))), p_18)), 18446744073709551611UL))), l_110[0]))) && g_108)))
        { 
            return g_26;
        }
        else
        { 
            const struct S2 l_120 = {0x053DA949L,1UL,{255UL,-3L,2UL,0x84A95BEAL,0x26L,8L},{1UL,-2L,9UL,1UL,0xCAL,-1L},0x6BF143A66946F2ECLL};
            uint8_t **l_144 = &l_143;
            uint8_t ** const l_157 = &l_142;
            for (p_16 = 0; (p_16 <= 0); p_16 += 1)
            { 
                uint64_t *l_118 = &g_119[2];
                int32_t l_125 = 0xA3B8C42DL;
                (*p_17) &= (safe_lshift_func_uint8_t_u_u((safe_sub_func_uint64_t_u_u((safe_mod_func_int16_t_s_s((((*l_118) = g_26) | 0x7292A33AFFD86C08LL), ((l_120 , 0xC82FE962L) , p_18))), p_16)), l_95));
                (**g_128) |= (safe_mul_func_uint16_t_u_u((((safe_div_func_int32_t_s_s((1UL <= l_125), (safe_add_func_uint32_t_u_u((g_128 != &g_129[1]), (((safe_mul_func_uint16_t_u_u((((safe_lshift_func_uint16_t_u_s(((*l_111) &= ((safe_add_func_int8_t_s_s((!(safe_mul_func_uint8_t_u_u(g_12, (-1L)))), p_16)) >= 0xC794L)), 8)) || p_16) & 3UL), l_106)) | p_16) | l_109[0][1]))))) <= l_139[3]) | l_120.f0), l_125));
                (*p_17) = l_120.f2.f5;
            }
            if (((l_120.f2.f1 & (((safe_sub_func_uint16_t_u_u((l_142 != ((*l_144) = l_143)), (safe_rshift_func_uint8_t_u_u(((((p_18 != (g_33 = (g_6 , 0x0AL))) > p_16) < p_16) , p_16), p_16)))) || l_120.f3.f0) <= p_16)) == l_147[0][1]))
            { 
                (*p_17) ^= (l_107[2][2] != &g_119[0]);
                (**g_128) ^= (~(p_18 >= (safe_add_func_int64_t_s_s(0xD79404BF6FAEDB38LL, (safe_mod_func_int8_t_s_s(l_95, (safe_sub_func_uint16_t_u_u(((251UL >= g_94[0][0]) ^ l_109[0][1]), 0xAA1BL))))))));
            }
            else
            { 
                (**g_128) ^= ((p_18 && (safe_mod_func_int8_t_s_s(((((p_18 = p_18) , l_157) != g_158) , (!l_109[0][1])), p_16))) != g_26);
                (*g_128) = (*g_128);
            }
        }
        for (g_6 = 0; (g_6 <= 0); g_6 += 1)
        { 
            int8_t l_165[4][3];
            int32_t l_181 = 0xE0618799L;
            int32_t l_182 = 0L;
            int32_t l_183 = (-5L);
            uint16_t l_185 = 0x6550L;
            int32_t l_197 = 0x47A59DDDL;
            int32_t l_198[1];
            int8_t l_200 = 0L;
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 3; j++)
                    l_165[i][j] = 0x41L;
            }
            for (i = 0; i < 1; i++)
                l_198[i] = 0x5B8E14EFL;
            l_183 ^= ((((safe_add_func_int32_t_s_s(((l_165[0][0] && (l_165[0][0] != (l_182 = (l_95 = (((safe_lshift_func_int16_t_s_u((((safe_rshift_func_uint16_t_u_u(l_106, ((((safe_mod_func_uint8_t_u_u((((safe_sub_func_uint16_t_u_u((((l_176 &= l_106) , ((((l_181 ^= ((safe_add_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u(((0x701912ACL & 3L) ^ 1UL), l_165[0][0])), l_165[0][1])) & l_147[1][1])) && g_71) == 4UL) < l_147[0][0])) , l_176), 2L)) != p_18) <= (*g_32)), (*g_32))) , p_16) < l_139[1]) <= l_96))) || 4L) ^ (*g_32)), l_165[0][0])) ^ p_16) == (-1L)))))) & l_109[0][1]), (*p_17))) ^ p_18) , (-1L)) ^ 246UL);
            if ((((*g_32) != (0L && (l_184 , (((&g_159 != (void*)0) < p_18) != l_185)))) , (**g_128)))
            { 
                uint16_t *l_190 = (void*)0;
                (*p_17) = (safe_lshift_func_int8_t_s_s(((safe_lshift_func_uint8_t_u_s(((*l_142) = (g_94[1][0] , 0x3FL)), 3)) ^ p_18), (l_190 == &l_185)));
            }
            else
            { 
                int32_t *l_191 = &l_182;
                int32_t *l_192[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_192[i] = &l_109[0][1];
                l_201[0][0]--;
            }
        }
    }
    return p_16;
}
static int8_t * func_19(int64_t  p_20)
{ 
    uint8_t l_21 = 0xD3L;
    int32_t l_30[1];
    int8_t *l_31 = (void*)0;
    int32_t l_46 = 0x5A5481F0L;
    int32_t **l_76 = (void*)0;
    int32_t *l_77 = (void*)0;
    int i;
    for (i = 0; i < 1; i++)
        l_30[i] = 0x6BAE055AL;
    if (l_21)
    { 
        int32_t *l_22 = (void*)0;
        int32_t *l_23 = &g_6;
        int32_t l_24 = 0L;
        int32_t *l_25[2];
        int i;
        for (i = 0; i < 2; i++)
            l_25[i] = &g_6;
        --g_26;
    }
    else
    { 
        uint16_t *l_29 = (void*)0;
        int32_t l_42 = 0L;
        int16_t *l_43[4][2] = {{&g_12,&g_12},{&g_12,&g_12},{&g_12,&g_12},{&g_12,&g_12}};
        int32_t l_44 = 0xCA404523L;
        int32_t *l_45[3][3] = {{(void*)0,(void*)0,(void*)0},{&l_42,&l_42,&l_42},{(void*)0,(void*)0,(void*)0}};
        int8_t l_51 = (-6L);
        int i, j;
        l_46 = ((((l_30[0] = 1UL) , l_31) != g_32) && (safe_sub_func_int8_t_s_s((safe_lshift_func_int16_t_s_u((safe_add_func_uint16_t_u_u(((safe_div_func_int16_t_s_s(((((l_30[0] = (l_44 &= ((l_42 < (l_30[0] > 8L)) && 1UL))) <= 0UL) , l_21) <= p_20), l_42)) , p_20), 65532UL)), g_12)), 0x86L)));
        if (((g_12 , &l_30[0]) == ((safe_add_func_uint16_t_u_u(((g_6 == (safe_add_func_uint32_t_u_u(p_20, (((((l_30[0] , &g_12) != l_43[1][0]) & l_30[0]) , l_30[0]) >= l_51)))) , g_33), 1UL)) , (void*)0)))
        { 
            const uint32_t l_54[3][2] = {{0xB720FAE2L,0xB720FAE2L},{0xB720FAE2L,0xB720FAE2L},{0xB720FAE2L,0xB720FAE2L}};
            int i, j;
            for (g_6 = (-1); (g_6 <= (-27)); g_6 = safe_sub_func_uint64_t_u_u(g_6, 3))
            { 
                if (l_54[0][1])
                    break;
                return l_31;
            }
        }
        else
        { 
            int32_t l_55[4][1] = {{0x7406462EL},{(-8L)},{0x7406462EL},{(-8L)}};
            int16_t l_73 = 2L;
            int i, j;
            l_55[1][0] = p_20;
            for (g_6 = 0; (g_6 < (-7)); --g_6)
            { 
                int8_t *l_62 = (void*)0;
                int8_t *l_63[3][4] = {{(void*)0,(void*)0,&l_51,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
                int32_t l_64 = 0xA5C089A4L;
                int32_t l_65 = 0x6004527FL;
                int i, j;
                l_65 = ((((void*)0 != &g_6) , (((((safe_lshift_func_int16_t_s_u(g_12, 15)) && (0UL ^ (l_64 ^= (safe_mul_func_uint16_t_u_u(l_46, g_12))))) , l_64) > p_20) | 9UL)) <= 0xE63FL);
                return &g_33;
            }
            for (g_26 = 0; (g_26 <= 0); g_26 += 1)
            { 
                uint16_t *l_72[1];
                int16_t **l_74 = (void*)0;
                int16_t **l_75 = &l_43[0][1];
                int i;
                for (i = 0; i < 1; i++)
                    l_72[i] = &g_71;
                l_30[g_26] = (safe_sub_func_uint8_t_u_u((((safe_rshift_func_uint16_t_u_u(0UL, 8)) <= ((l_30[g_26] , g_70[0]) != l_72[0])) , (g_33 , l_73)), (*g_32)));
                g_6 |= (l_30[g_26] = (((*l_75) = (void*)0) == (void*)0));
            }
        }
    }
    l_77 = &g_6;
    return l_31;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_12, "g_12", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc(g_71, "g_71", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_94[i][j], "g_94[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_108, "g_108", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_119[i], "g_119[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_193, "g_193", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_213[i], "g_213[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_214, "g_214", print_hash_value);
    transparent_crc(g_257, "g_257", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_270[i][j], "g_270[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_273.f0, "g_273.f0", print_hash_value);
    transparent_crc(g_273.f1, "g_273.f1", print_hash_value);
    transparent_crc(g_273.f2, "g_273.f2", print_hash_value);
    transparent_crc(g_273.f3, "g_273.f3", print_hash_value);
    transparent_crc(g_273.f4, "g_273.f4", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_289[i][j].f0, "g_289[i][j].f0", print_hash_value);
            transparent_crc(g_289[i][j].f1, "g_289[i][j].f1", print_hash_value);
            transparent_crc(g_289[i][j].f2, "g_289[i][j].f2", print_hash_value);
            transparent_crc(g_289[i][j].f3, "g_289[i][j].f3", print_hash_value);
            transparent_crc(g_289[i][j].f4, "g_289[i][j].f4", print_hash_value);
            transparent_crc(g_289[i][j].f5, "g_289[i][j].f5", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_291[i].f0, "g_291[i].f0", print_hash_value);
        transparent_crc(g_291[i].f1, "g_291[i].f1", print_hash_value);
        transparent_crc(g_291[i].f2, "g_291[i].f2", print_hash_value);
        transparent_crc(g_291[i].f3, "g_291[i].f3", print_hash_value);
        transparent_crc(g_291[i].f4, "g_291[i].f4", print_hash_value);
        transparent_crc(g_291[i].f5, "g_291[i].f5", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_304[i], "g_304[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
