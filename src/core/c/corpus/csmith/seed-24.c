#include "csmith.h"
static long __undefined;
static int64_t g_13[2][3] = {{0xB666A756A3367F5ELL,0xB666A756A3367F5ELL,0xB666A756A3367F5ELL},{0xB666A756A3367F5ELL,0xB666A756A3367F5ELL,0xB666A756A3367F5ELL}};
static int32_t g_25 = 1L;
static uint8_t g_39[4][1] = {{0xA9L},{6UL},{0xA9L},{6UL}};
static uint32_t g_68 = 1UL;
static uint64_t g_87 = 18446744073709551615UL;
static int8_t g_91 = (-4L);
static int32_t *g_102 = (void*)0;
static int32_t **g_101 = &g_102;
static int32_t ***g_100 = &g_101;
static int16_t g_154 = 0x7079L;
static uint32_t g_159[1] = {0xE3D09CE0L};
static int32_t g_164[4][2] = {{8L,(-8L)},{8L,(-8L)},{8L,(-8L)},{8L,(-8L)}};
static int8_t *g_169[3][1] = {{&g_91},{&g_91},{&g_91}};
static uint8_t g_175 = 8UL;
static uint32_t g_179 = 0xC5D88C53L;
static uint16_t g_198[2] = {0x5D16L,0x5D16L};
static int32_t g_234 = 0x721E8A32L;
static int32_t g_236 = 0x26D5457AL;
static uint32_t g_237 = 0UL;
static uint32_t * const *g_290 = (void*)0;
static int16_t g_340[1][3] = {{(-9L),(-9L),(-9L)}};
static int16_t g_341 = 0xBA3DL;
static uint8_t g_342[4][2] = {{0xA7L,0xD7L},{0xA7L,0xD7L},{0xA7L,0xD7L},{0xA7L,0xD7L}};
static uint8_t  func_1(void);
static uint32_t  func_4(int16_t  p_5, uint64_t  p_6, uint64_t  p_7);
static int16_t  func_8(int32_t  p_9, uint64_t  p_10, const uint64_t  p_11, uint32_t  p_12);
static uint8_t  func_1(void)
{ 
    int32_t l_16 = (-1L);
    uint64_t l_21 = 3UL;
    uint64_t *l_22[1];
    int32_t l_23 = (-6L);
    const uint32_t l_346 = 0xE618443DL;
    int32_t *l_347 = &g_25;
    uint8_t l_361 = 0x6FL;
    uint32_t l_362 = 0UL;
    int i;
    for (i = 0; i < 1; i++)
        l_22[i] = &l_21;
    (*l_347) = (safe_sub_func_uint32_t_u_u(func_4(func_8(g_13[0][0], (l_23 = ((safe_div_func_uint64_t_u_u(l_16, (safe_mod_func_int64_t_s_s((l_16 & ((safe_lshift_func_int8_t_s_s(l_16, (0xDC53L == l_16))) | l_16)), l_21)))) , 1UL)), l_21, l_21), l_21, g_13[0][0]), l_346));
    l_23 |= (safe_mul_func_uint32_t_u_u(((((+(safe_mod_func_uint64_t_u_u((((((*l_347) , ((safe_mod_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_s((*l_347), 0)), ((safe_sub_func_uint32_t_u_u(g_236, 0xBF705E14L)) , ((safe_div_func_uint16_t_u_u(l_361, (*l_347))) , 0x644DA49FBC8AC438LL)))) < 0x50L)) , (void*)0) != &g_198[0]) > g_68), (*l_347)))) , g_340[0][1]) | 0xA370L) >= l_362), 0UL));
    return (*l_347);
}
static uint32_t  func_4(int16_t  p_5, uint64_t  p_6, uint64_t  p_7)
{ 
    int8_t l_176 = 0x10L;
    int32_t l_177 = (-1L);
    int32_t *l_178[1][2];
    uint32_t l_182 = 0xC60FB405L;
    int32_t **l_269 = &l_178[0][1];
    int64_t l_345 = 0x048C7DDD2FD38EE5LL;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_178[i][j] = &l_177;
    }
    g_179--;
    if (l_182)
    { 
        int16_t l_188 = 0x233FL;
        int32_t l_199[1][4];
        uint32_t l_201 = 18446744073709551607UL;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_199[i][j] = 3L;
        }
        for (g_179 = 0; (g_179 >= 35); g_179 = safe_add_func_uint8_t_u_u(g_179, 3))
        { 
            uint64_t l_189 = 0x1019322E619775E7LL;
            int32_t **l_196 = &l_178[0][0];
            int32_t *** const l_200[1] = {&g_101};
            const uint32_t *l_218 = &g_68;
            int8_t *l_219[4];
            int32_t l_220[3];
            int16_t *l_221[2];
            int i;
            for (i = 0; i < 4; i++)
                l_219[i] = &l_176;
            for (i = 0; i < 3; i++)
                l_220[i] = 1L;
            for (i = 0; i < 2; i++)
                l_221[i] = &l_188;
            for (g_91 = 0; (g_91 > (-18)); --g_91)
            { 
                int32_t l_187[2][4] = {{4L,4L,4L,4L},{4L,4L,4L,4L}};
                uint16_t *l_197[3][4];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_197[i][j] = &g_198[0];
                }
                l_189--;
                (**l_196) = (safe_mul_func_uint8_t_u_u((((0L ^ (safe_mod_func_int16_t_s_s((((l_196 != (void*)0) , (l_199[0][1] &= p_7)) < (l_200[0] == (void*)0)), p_5))) , p_7) < 0xAEL), 1UL));
            }
            ++l_201;
            for (g_25 = 17; (g_25 > (-12)); --g_25)
            { 
                return p_5;
            }
            (**l_196) = (p_7 , (safe_rshift_func_int16_t_s_u((p_5 = (safe_lshift_func_uint16_t_u_s(((l_220[2] = (((safe_add_func_uint32_t_u_u((safe_sub_func_int16_t_s_s((safe_mul_func_int16_t_s_s(((((p_6 ^ ((((safe_rshift_func_uint16_t_u_s(((l_199[0][3] = ((g_25 <= ((p_7 ^ 0xD2D33707L) | g_13[0][1])) && g_198[1])) ^ 1L), 7)) , p_5) , p_5) , g_159[0])) , 0x5238762AL) ^ (**l_196)) > p_5), l_188)), 0L)), g_91)) , l_218) != &g_68)) | p_7), p_5))), l_188)));
        }
        for (l_177 = 0; (l_177 == (-18)); --l_177)
        { 
            uint32_t *l_230 = &g_159[0];
            int32_t l_231 = 0L;
            int32_t l_232 = (-8L);
            int32_t l_233 = 0L;
            int32_t l_235 = 1L;
            for (g_175 = (-2); (g_175 != 51); ++g_175)
            { 
                uint32_t *l_228 = &g_68;
                uint32_t **l_229[4][4] = {{&l_228,&l_228,&l_228,&l_228},{&l_228,&l_228,&l_228,&l_228},{&l_228,&l_228,&l_228,&l_228},{&l_228,&l_228,&l_228,&l_228}};
                int i, j;
                l_231 = (((safe_mul_func_int8_t_s_s(p_6, (g_164[3][1] && 0x4A69L))) < (&g_159[0] != (l_230 = l_228))) == 0x4938L);
            }
            g_237--;
        }
    }
    else
    { 
        int8_t l_240 = 1L;
        int16_t *l_241 = &g_154;
        int8_t *l_242 = &g_91;
        int32_t **l_274 = (void*)0;
        int32_t l_275 = 4L;
        uint32_t *l_289[1][3];
        uint32_t **l_288 = &l_289[0][1];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_289[i][j] = &g_159[0];
        }
        l_240 |= p_7;
        for (g_236 = 0; g_236 < 1; g_236 += 1)
        {
            g_159[g_236] = 0xDA692362L;
        }
lbl_314:
        if ((p_7 <= ((*l_242) = (0x1B3CL && ((*l_241) = l_240)))))
        { 
            const int32_t *l_243 = &g_25;
            const int32_t **l_244 = &l_243;
            (*l_244) = l_243;
        }
        else
        { 
            uint8_t l_268[4];
            int32_t l_310 = (-1L);
            int i;
            for (i = 0; i < 4; i++)
                l_268[i] = 255UL;
            for (l_177 = (-30); (l_177 < 19); l_177++)
            { 
                uint32_t *l_258 = &g_159[0];
                int32_t l_271 = 0x67B0DCBCL;
                uint16_t *l_272 = (void*)0;
                uint16_t *l_273[2][3] = {{&g_198[0],&g_198[1],&g_198[0]},{&g_198[0],&g_198[1],&g_198[0]}};
                int i, j;
                l_271 = (!(safe_mul_func_int8_t_s_s((safe_sub_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u((safe_mod_func_int16_t_s_s(1L, (safe_add_func_uint32_t_u_u((++(*l_258)), (safe_div_func_uint16_t_u_u((safe_lshift_func_int16_t_s_s((!(l_268[0] | (l_269 == ((g_198[1] = (p_5 , ((((safe_unary_minus_func_int64_t_s((((*l_242) |= l_271) == g_13[1][1]))) & p_6) , g_91) & 0x7C3E99366D9D4B4ALL))) , l_274)))), l_275)), 0xDC85L)))))), 0x0C1BL)), p_5)), p_6)));
                l_275 |= (safe_sub_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u(((**l_269) | ((safe_sub_func_uint32_t_u_u((((((g_198[0] != p_6) , ((((0x3D01L < (safe_div_func_int64_t_s_s(0L, 3UL))) || g_159[0]) > 1UL) <= 0xEBB11826L)) , p_7) != g_234) < g_87), l_268[0])) & p_6)), 0x3F86L)), g_198[0]));
            }
            for (l_182 = 0; (l_182 <= 0); l_182 += 1)
            { 
                uint16_t *l_296[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_296[i] = &g_198[0];
                (**l_269) = ((safe_div_func_uint32_t_u_u(0x9B06FB9FL, ((((l_275 = (safe_div_func_uint8_t_u_u((l_288 == g_290), ((safe_add_func_uint8_t_u_u(l_268[0], ((+(safe_sub_func_int16_t_s_s(((p_6 < p_7) , 0x62B6L), p_5))) == g_164[0][1]))) , (**l_269))))) , &g_87) != &p_6) , (**l_269)))) < p_7);
            }
            if (p_6)
            { 
                int32_t **l_297 = &g_102;
                uint16_t *l_299 = &g_198[0];
                l_275 = ((((((**l_288) ^= (1UL < ((void*)0 == l_297))) <= ((g_154 > ((+((*l_299) = g_179)) & p_7)) ^ 0L)) >= p_5) , 0x6C1BL) , l_268[0]);
                (**l_269) = (safe_mod_func_uint16_t_u_u(((safe_add_func_int32_t_s_s(((g_13[1][0] , (safe_mul_func_int8_t_s_s(((((((**l_288) ^= (safe_lshift_func_uint16_t_u_s((p_5 < g_25), 2))) , (safe_sub_func_uint32_t_u_u(p_5, ((((((void*)0 != &p_7) ^ 0x2E57F3D4L) <= 0x9CB32DCF4C4EFF3ELL) , g_175) < l_268[1])))) || (**l_269)) <= p_5) , 0x98L), 0x6DL))) != p_6), g_25)) >= l_310), g_39[1][0]));
            }
            else
            { 
                int32_t *l_311 = (void*)0;
                l_311 = (*l_269);
                (**l_269) &= (~(~g_39[1][0]));
                if (l_177)
                    goto lbl_314;
            }
        }
        for (l_176 = (-8); (l_176 == (-6)); l_176 = safe_add_func_int8_t_s_s(l_176, 1))
        { 
            uint8_t l_329 = 0UL;
            int32_t *l_336[2];
            int16_t l_337 = 0x57D3L;
            int8_t *l_338 = &l_240;
            int i;
            for (i = 0; i < 2; i++)
                l_336[i] = &l_177;
            g_25 ^= ((safe_mod_func_int16_t_s_s((safe_div_func_int8_t_s_s((safe_sub_func_uint64_t_u_u((((safe_add_func_uint8_t_u_u(((safe_mul_func_int8_t_s_s((safe_add_func_uint64_t_u_u((l_329 || (((safe_rshift_func_int8_t_s_s(4L, 3)) || (safe_lshift_func_int8_t_s_u((safe_mul_func_uint8_t_u_u(((void*)0 == l_336[1]), ((l_337 , l_338) == &g_91))), g_198[1]))) <= (**l_269))), 0UL)), p_7)) != g_68), p_5)) ^ g_164[2][1]) != p_5), p_7)), p_7)), p_7)) , p_6);
            l_275 |= ((~g_68) ^ (**l_269));
        }
    }
    ++g_342[1][0];
    return l_345;
}
static int16_t  func_8(int32_t  p_9, uint64_t  p_10, const uint64_t  p_11, uint32_t  p_12)
{ 
    int32_t l_38[1];
    int32_t *l_70 = (void*)0;
    int32_t **l_69 = &l_70;
    int64_t l_74 = (-6L);
    uint32_t l_75 = 0x47E08A84L;
    const int32_t *l_105[1][2];
    const int32_t **l_104 = &l_105[0][1];
    const int32_t ***l_103 = &l_104;
    uint32_t *l_163 = &g_68;
    int i, j;
    for (i = 0; i < 1; i++)
        l_38[i] = 5L;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_105[i][j] = &l_38[0];
    }
    for (p_9 = 0; (p_9 <= 1); p_9 += 1)
    { 
        int32_t *l_57 = &l_38[0];
        int32_t **l_56 = &l_57;
        uint16_t l_92 = 1UL;
        int8_t l_135 = 0xDBL;
        if (p_9)
        { 
            const int32_t ***l_45 = (void*)0;
            const int32_t ****l_44 = &l_45;
            int32_t l_66 = 0L;
            for (p_12 = 0; (p_12 <= 1); p_12 += 1)
            { 
                const int32_t *l_24 = &g_25;
                const int32_t **l_26 = &l_24;
                int32_t *l_27 = (void*)0;
                int32_t *l_28 = &g_25;
                int32_t *l_29 = &g_25;
                int32_t *l_30 = &g_25;
                int32_t *l_31 = &g_25;
                int32_t *l_32 = &g_25;
                int32_t *l_33 = &g_25;
                int32_t *l_34 = &g_25;
                int32_t *l_35 = &g_25;
                int32_t *l_36 = &g_25;
                int32_t *l_37[2];
                const int32_t ***l_43 = &l_26;
                const int32_t ****l_42 = &l_43;
                int i;
                for (i = 0; i < 2; i++)
                    l_37[i] = &g_25;
                (*l_26) = l_24;
                ++g_39[1][0];
                (*l_42) = &l_26;
            }
            l_44 = l_44;
            for (p_12 = 0; (p_12 <= 0); p_12 += 1)
            { 
                int32_t * const l_47 = &g_25;
                int32_t * const *l_46 = &l_47;
                uint32_t *l_67 = &g_68;
                int i;
                l_38[p_12] = ((0x5EL < (l_46 == (((safe_div_func_uint8_t_u_u(((safe_sub_func_int64_t_s_s(((safe_rshift_func_uint16_t_u_s((((*l_67) = ((safe_mod_func_int16_t_s_s(((void*)0 != l_56), ((safe_rshift_func_int8_t_s_s(((safe_div_func_uint16_t_u_u((((l_66 &= (safe_rshift_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s(((l_38[p_12] && 4294967290UL) <= l_38[p_12]), l_38[p_12])), 3))) <= l_38[p_12]) || g_39[1][0]), 0xC710L)) == (**l_46)), 7)) ^ p_12))) | g_13[0][0])) < p_10), 9)) , p_10), p_9)) <= 4L), g_13[1][0])) ^ p_9) , l_69))) >= p_12);
                return p_12;
            }
            for (p_10 = 0; (p_10 <= 1); p_10 += 1)
            { 
                int64_t l_71[4][1];
                int32_t *l_72 = &l_38[0];
                int32_t *l_73[2][4] = {{&l_38[0],&l_38[0],&l_38[0],&l_38[0]},{&l_38[0],&l_38[0],&g_25,&l_38[0]}};
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_71[i][j] = 0xFEF28ED3351F4A1ALL;
                }
                (*l_57) = l_71[0][0];
                --l_75;
                (*l_57) |= g_39[1][0];
            }
        }
        else
        { 
            int8_t l_85 = 0x82L;
            uint64_t *l_86 = &g_87;
            int32_t ***l_88[1];
            int32_t ****l_89 = (void*)0;
            int32_t ****l_90 = &l_88[0];
            int i;
            for (i = 0; i < 1; i++)
                l_88[i] = &l_56;
            (*l_90) = (((g_39[1][0] ^ ((*l_86) = (safe_mod_func_int64_t_s_s(g_13[0][0], ((safe_unary_minus_func_int8_t_s(((safe_add_func_uint16_t_u_u(0x9B4DL, (safe_div_func_uint8_t_u_u((((*l_56) = &p_9) != &g_25), g_39[1][0])))) , l_85))) | g_25))))) <= g_39[1][0]) , l_88[0]);
            for (l_85 = 1; (l_85 >= 0); l_85 -= 1)
            { 
                g_91 |= (g_25 != (*l_57));
            }
            for (p_10 = 0; (p_10 <= 0); p_10 += 1)
            { 
                int i;
                (***l_90) = &l_38[p_10];
                (*l_56) = &l_38[p_10];
            }
        }
        l_92 ^= ((void*)0 != &p_9);
        for (g_25 = 1; (g_25 >= 0); g_25 -= 1)
        { 
            uint8_t *l_110 = (void*)0;
            uint8_t *l_111 = &g_39[1][0];
            int32_t l_112 = (-7L);
            int32_t l_113[2];
            uint16_t l_133 = 8UL;
            int32_t *l_144 = &l_113[1];
            uint32_t *l_174 = &g_68;
            int i;
            for (i = 0; i < 2; i++)
                l_113[i] = 0x27357609L;
            if ((safe_div_func_int8_t_s_s((safe_rshift_func_uint8_t_u_u((((safe_sub_func_uint32_t_u_u((g_25 || (((+((g_25 , (((g_100 != l_103) >= ((*l_111) = (safe_sub_func_uint32_t_u_u((safe_div_func_int32_t_s_s((((0x286B0011L == (**l_104)) & p_10) | 0x3CL), p_12)), p_9)))) , p_9)) , (**l_56))) , p_12) != 0x1D4F0658L)), g_68)) >= l_112) <= g_13[0][0]), (**l_56))), 1L)))
            { 
                l_113[1] ^= l_112;
                if ((***l_103))
                    continue;
                return g_13[0][0];
            }
            else
            { 
                int32_t l_132 = 1L;
                int8_t *l_134 = &g_91;
                l_113[1] |= (safe_mod_func_uint32_t_u_u((p_9 < (safe_div_func_uint32_t_u_u((safe_rshift_func_int8_t_s_u((safe_rshift_func_int8_t_s_s(((*l_134) &= ((safe_sub_func_uint64_t_u_u(((((safe_div_func_uint64_t_u_u(((-1L) > p_11), p_11)) < (safe_sub_func_uint64_t_u_u((safe_add_func_int16_t_s_s((safe_lshift_func_uint16_t_u_u((((0xD54F57EBL || l_132) || g_13[0][0]) >= l_112), l_133)), g_39[3][0])), 18446744073709551615UL))) == 65535UL) == 3L), l_133)) | p_9)), 1)), 5)), p_9))), (*l_57)));
            }
            (*l_144) = ((l_135 = 0xD8CFL) , (g_68 ^ (safe_sub_func_uint64_t_u_u(g_87, (safe_div_func_int16_t_s_s((safe_mod_func_int16_t_s_s((safe_mod_func_uint8_t_u_u((g_13[0][0] > 18446744073709551615UL), l_113[1])), g_25)), 0x26AFL))))));
            if ((*l_144))
            { 
                int16_t *l_153 = &g_154;
                int32_t l_160[4];
                uint32_t *l_161[4][4];
                uint32_t **l_162[3][1];
                int i, j;
                for (i = 0; i < 4; i++)
                    l_160[i] = 0L;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_161[i][j] = &g_159[0];
                }
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_162[i][j] = &l_161[2][3];
                }
                g_164[3][1] = (safe_add_func_uint8_t_u_u(((((safe_add_func_int16_t_s_s((p_9 , ((l_163 = (((((safe_div_func_int64_t_s_s((-1L), (((safe_lshift_func_int16_t_s_s(((*l_153) = (**l_56)), (0xA799B5C0L ^ (((safe_mul_func_int16_t_s_s((g_159[0] >= p_12), g_159[0])) | g_13[0][0]) == 0x0FF22B77L)))) | l_160[3]) , p_9))) > 7L) > 1UL) ^ 247UL) , l_161[2][3])) != &g_159[0])), 0x4986L)) != g_159[0]) && p_12) , 0UL), g_91));
            }
            else
            { 
                int8_t *l_168 = (void*)0;
                int8_t **l_167[1][4] = {{&l_168,&l_168,&l_168,&l_168}};
                int i, j;
                g_175 ^= ((((safe_lshift_func_int8_t_s_s(((g_169[1][0] = l_111) == (void*)0), ((*l_57) , ((*l_144) = (g_91 ^= g_87))))) & ((*l_163) |= ((((safe_mod_func_uint16_t_u_u((safe_sub_func_uint8_t_u_u(((((l_174 = l_57) == l_57) , (void*)0) != &l_69), g_13[0][0])), 0x114CL)) , g_25) ^ p_11) > 0x1FDE04AB730D59BCLL))) ^ (**l_56)) != 18446744073709551612UL);
                return p_12;
            }
            return p_9;
        }
    }
    return p_12;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_13[i][j], "g_13[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_25, "g_25", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_39[i][j], "g_39[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_68, "g_68", print_hash_value);
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_91, "g_91", print_hash_value);
    transparent_crc(g_154, "g_154", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_159[i], "g_159[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_164[i][j], "g_164[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_175, "g_175", print_hash_value);
    transparent_crc(g_179, "g_179", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_198[i], "g_198[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_234, "g_234", print_hash_value);
    transparent_crc(g_236, "g_236", print_hash_value);
    transparent_crc(g_237, "g_237", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_340[i][j], "g_340[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_341, "g_341", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_342[i][j], "g_342[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
