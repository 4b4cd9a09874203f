#include "csmith.h"
static long __undefined;
static int32_t g_3[3][2] = {{0xCFB6318DL,0x8C45CDBEL},{0x8C45CDBEL,0xCFB6318DL},{0x8C45CDBEL,0x8C45CDBEL}};
static int32_t *g_4 = (void*)0;
static int32_t g_7 = (-1L);
static uint64_t g_39[2][4] = {{0x7E291920B2455F99LL,0x7E291920B2455F99LL,0x7E291920B2455F99LL,0x7E291920B2455F99LL},{0x7E291920B2455F99LL,0x7E291920B2455F99LL,0x7E291920B2455F99LL,0x7E291920B2455F99LL}};
static int32_t g_43[1] = {0xA058A13CL};
static uint64_t *g_47 = &g_39[1][3];
static int16_t g_52 = 0x04B2L;
static int8_t g_96 = (-4L);
static int64_t g_102[1] = {0xBC75856559E358F5LL};
static int8_t g_128 = 0x5CL;
static uint16_t g_133[2][4] = {{0xA369L,0xA369L,0xA369L,0xA369L},{0xA369L,0xA369L,0xA369L,0xA369L}};
static int32_t g_149 = (-1L);
static uint32_t g_185 = 0xFBBEDD94L;
static int16_t *g_205 = &g_52;
static int16_t **g_204 = &g_205;
static uint8_t g_212 = 7UL;
static const int32_t *g_228 = (void*)0;
static const int32_t **g_227[4][3] = {{&g_228,(void*)0,&g_228},{&g_228,&g_228,&g_228},{&g_228,(void*)0,&g_228},{&g_228,&g_228,&g_228}};
static int64_t *g_282 = &g_102[0];
static int64_t **g_281 = &g_282;
static int64_t ***g_280 = &g_281;
static int32_t g_296 = 0L;
static uint32_t g_311[3] = {0x927283CAL,0x927283CAL,0x927283CAL};
static int8_t g_313[1][3] = {{0x8AL,0x8AL,0x8AL}};
static int8_t  func_1(void);
static int32_t * func_10(uint32_t  p_11, int8_t  p_12, uint16_t  p_13, int32_t * p_14, uint64_t  p_15);
static uint16_t  func_16(int32_t * p_17, int32_t * p_18);
static int8_t  func_1(void)
{ 
    int32_t *l_2 = &g_3[1][0];
    int32_t l_197[4] = {(-9L),(-9L),(-9L),(-9L)};
    uint32_t *l_370 = &g_311[1];
    int32_t *l_371 = &l_197[1];
    int i;
    (*l_2) |= 0L;
    (*l_2) = ((g_4 = l_2) == l_2);
    if ((safe_lshift_func_uint8_t_u_s(g_3[1][0], 0)))
    { 
        return g_3[1][0];
    }
    else
    { 
        int32_t *l_19 = &g_3[1][0];
        uint64_t l_195 = 2UL;
        int8_t l_196 = 0x94L;
        int64_t ***l_283[3];
        int32_t l_312 = 0x4127BC0CL;
        uint32_t l_316 = 0UL;
        int64_t *l_329[1];
        int32_t l_352 = (-1L);
        uint16_t l_353 = 0UL;
        int i;
        for (i = 0; i < 3; i++)
            l_283[i] = &g_281;
        for (i = 0; i < 1; i++)
            l_329[i] = &g_102[0];
        for (g_7 = (-17); (g_7 <= (-29)); --g_7)
        { 
            int32_t *l_20 = &g_7;
            int16_t *l_194 = &g_52;
            int32_t **l_277 = &l_20;
            uint8_t l_307 = 0x0FL;
            (*l_277) = func_10(((func_16(l_19, l_20) & (*l_20)) , (safe_add_func_uint32_t_u_u(((((safe_mul_func_int8_t_s_s((((safe_sub_func_int16_t_s_s(((*l_194) = (((0x3060L & g_39[0][3]) < 0L) | g_43[0])), 65529UL)) ^ g_96) & l_195), g_7)) , 0x99DE7F14L) , (void*)0) == (void*)0), g_3[1][0]))), (*l_20), l_196, l_19, l_197[1]);
            (*l_277) = (*l_277);
            for (l_196 = 0; (l_196 < (-8)); l_196 = safe_sub_func_uint32_t_u_u(l_196, 8))
            { 
                int32_t l_306[1];
                int8_t *l_308[4][1] = {{&g_96},{&g_96},{&g_96},{&g_96}};
                uint32_t *l_309 = &g_185;
                uint32_t *l_310 = &g_311[0];
                int8_t l_314 = 0x1EL;
                uint8_t *l_315 = &g_212;
                int32_t *l_319 = &l_197[1];
                int i, j;
                for (i = 0; i < 1; i++)
                    l_306[i] = 2L;
                l_197[1] &= (((1UL == ((**l_277) , (((l_283[1] = g_280) == &g_281) , ((*l_194) = ((((((((0x3874F58ABC9BC23BLL < (*l_19)) != g_133[0][0]) , (*l_2)) != 0xB10EL) ^ (*l_2)) ^ (***g_280)) <= g_3[2][0]) & g_3[1][0]))))) > 18446744073709551615UL) >= (*l_19));
                g_43[0] |= (safe_lshift_func_uint16_t_u_u(((((*l_315) ^= ((safe_lshift_func_int16_t_s_u(((safe_div_func_int32_t_s_s((*l_19), (g_313[0][2] &= (safe_mod_func_uint8_t_u_u(((((~(((+(((l_312 = (((safe_lshift_func_int8_t_s_u(((g_102[0] , g_296) > (((+((((*l_310) = (((*l_309) = ((g_96 = (safe_add_func_uint64_t_u_u(((safe_add_func_int64_t_s_s((l_307 = (safe_lshift_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u(1UL, l_306[0])), 0))), l_306[0])) != g_296), 0L))) || 1L)) , 0xE0A6E4B3L)) ^ (*l_2)) == l_306[0])) , (*l_2)) && g_3[1][0])), (*l_2))) , l_306[0]) <= (*l_19))) != (*l_20)) , (**g_204))) , (*g_282)) | (***g_280))) == g_39[1][0]) , (*l_20)) != (*l_19)), 5L))))) == l_314), 14)) , (*l_20))) , (*l_2)) , (*l_2)), 0));
                if (l_316)
                    break;
                (*l_319) = (((*l_19) = ((void*)0 == (*g_281))) || ((g_313[0][1] = (safe_sub_func_int16_t_s_s((*g_205), (g_311[2] , ((**g_204) == (*l_2)))))) != 6UL));
            }
            return g_311[0];
        }
        if ((((**g_204) < (safe_unary_minus_func_int16_t_s((safe_div_func_uint32_t_u_u(g_133[1][0], 0x5693799BL))))) , ((*g_4) = (*l_19))))
        { 
            uint16_t *l_330 = &g_133[1][2];
            int32_t l_331 = (-5L);
            for (g_52 = 0; (g_52 < 3); g_52++)
            { 
                uint32_t l_325 = 0x71A0FEE5L;
                if (l_325)
                    break;
                if (l_325)
                    break;
            }
            (*g_4) = (l_331 |= ((safe_mul_func_int16_t_s_s(((void*)0 != &l_197[1]), ((3L != ((*l_330) = ((safe_unary_minus_func_uint16_t_u((((**g_204) = ((void*)0 != l_329[0])) < g_43[0]))) && (*l_19)))) , (*g_205)))) > 255UL));
            return g_52;
        }
        else
        { 
            int32_t *l_332 = &l_197[0];
            int32_t *l_333 = &l_197[1];
            int32_t *l_334 = (void*)0;
            int32_t *l_335 = (void*)0;
            int32_t *l_336 = (void*)0;
            int32_t *l_337 = &g_7;
            int32_t *l_338 = &g_3[1][0];
            int32_t *l_339 = &g_7;
            int32_t *l_340 = &l_197[1];
            int32_t *l_341 = &g_43[0];
            int32_t *l_342 = (void*)0;
            int32_t *l_343 = &g_3[1][1];
            int32_t *l_344 = (void*)0;
            int32_t *l_345 = &g_43[0];
            int32_t *l_346 = &g_3[1][0];
            int32_t *l_347 = &g_43[0];
            int32_t *l_348 = (void*)0;
            int32_t *l_349 = (void*)0;
            int32_t *l_350 = &g_43[0];
            int32_t *l_351[1];
            int i;
            for (i = 0; i < 1; i++)
                l_351[i] = (void*)0;
            l_353++;
            (*g_4) = (g_3[1][0] && (*l_19));
        }
        for (g_185 = 0; (g_185 < 48); g_185 = safe_add_func_uint16_t_u_u(g_185, 2))
        { 
            uint8_t l_360 = 0xC6L;
            uint8_t *l_368[3];
            int32_t l_369 = 6L;
            int i;
            for (i = 0; i < 3; i++)
                l_368[i] = &g_212;
            if ((*g_4))
                break;
            if ((*l_2))
                continue;
            (*g_4) = (((safe_sub_func_int16_t_s_s(l_360, (((safe_sub_func_uint64_t_u_u((((safe_rshift_func_uint8_t_u_u((l_369 = ((!((*l_2) < g_212)) != (((*g_47) != (safe_add_func_uint8_t_u_u(g_313[0][2], g_149))) | g_43[0]))), 2)) != g_311[0]) <= l_360), (*l_19))) || (*l_2)) == g_212))) || (*l_2)) < (*l_2));
        }
    }
    (*l_371) |= (((*l_370) = g_39[0][2]) ^ (((*l_2) && (0x3D0740EDL | (18446744073709551615UL || 18446744073709551615UL))) , g_7));
    return g_185;
}
static int32_t * func_10(uint32_t  p_11, int8_t  p_12, uint16_t  p_13, int32_t * p_14, uint64_t  p_15)
{ 
    uint8_t *l_211 = &g_212;
    uint16_t *l_217 = &g_133[1][3];
    int32_t l_218 = 0x00C3B0A8L;
    const int64_t *l_219 = &g_102[0];
    const uint8_t l_220 = 0xD9L;
    uint64_t l_239 = 0UL;
    const int64_t ***l_268 = (void*)0;
    const int64_t **l_270 = &l_219;
    const int64_t ***l_269 = &l_270;
    int32_t *l_271 = (void*)0;
    int32_t *l_272 = &l_218;
    int32_t *l_273[3][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}};
    uint16_t l_274 = 0UL;
    int i, j;
    (*p_14) = (((((safe_mul_func_uint16_t_u_u((safe_add_func_uint8_t_u_u((safe_add_func_uint8_t_u_u(((((void*)0 != g_204) > (safe_div_func_uint16_t_u_u(((((-10L) & (safe_sub_func_uint32_t_u_u((+(g_7 ^ ((((--(*l_211)) , (((*l_217) ^= (safe_rshift_func_int8_t_s_s(g_7, g_7))) <= 1UL)) , 18446744073709551610UL) , l_218))), g_102[0]))) , (void*)0) == l_219), 1UL))) == p_12), 0xC8L)), p_13)), g_43[0])) , p_11) < l_220) , &g_3[1][0]) != &g_3[0][1]);
lbl_267:
    if (g_3[1][0])
    { 
        int32_t l_243 = 0x144FA07DL;
        for (g_185 = 0; (g_185 < 30); g_185++)
        { 
            uint8_t l_244 = 0x55L;
            for (g_96 = (-26); (g_96 <= (-16)); g_96 = safe_add_func_uint8_t_u_u(g_96, 1))
            { 
                const int32_t *l_226 = &g_7;
                const int32_t **l_225 = &l_226;
                int32_t **l_229 = &g_4;
                int64_t *l_242 = &g_102[0];
                int32_t l_245 = (-1L);
                (*p_14) = ((g_227[3][1] = l_225) == (l_229 = &p_14));
                l_245 &= ((safe_mod_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s(((((g_102[0] || ((safe_unary_minus_func_int64_t_s((((safe_rshift_func_int16_t_s_u(((((*g_47) , (((*l_211)--) <= l_239)) , 0xD94528E02149DF2ELL) >= (safe_mod_func_uint8_t_u_u((((((*l_242) = (((-4L) > g_96) & p_15)) ^ (*g_47)) | 0x0EEFC11AL) , 1UL), g_43[0]))), 2)) <= l_239) || l_243))) , 0x62L)) != (*p_14)) , 0xA0CE1D5CE0B11449LL) >= (*g_47)), (**l_225))), 0x9BEFL)) , l_244);
                l_218 = (*p_14);
            }
            if (g_185)
                goto lbl_267;
            if ((*p_14))
                break;
            for (l_244 = 0; (l_244 <= 2); l_244 += 1)
            { 
                return &g_3[0][0];
            }
        }
        for (g_185 = 9; (g_185 < 9); g_185 = safe_add_func_int64_t_s_s(g_185, 3))
        { 
            return &g_3[0][0];
        }
    }
    else
    { 
        for (g_149 = (-23); (g_149 <= 6); g_149 = safe_add_func_uint8_t_u_u(g_149, 7))
        { 
            const int16_t *l_266[1];
            const int16_t ** const l_265[4][2] = {{&l_266[0],&l_266[0]},{&l_266[0],&l_266[0]},{&l_266[0],&l_266[0]},{&l_266[0],&l_266[0]}};
            int i, j;
            for (i = 0; i < 1; i++)
                l_266[i] = &g_52;
            for (p_11 = 5; (p_11 <= 11); p_11 = safe_add_func_int8_t_s_s(p_11, 1))
            { 
                int32_t l_263 = 0x308C6F95L;
                (*p_14) = (safe_mod_func_int32_t_s_s((((((safe_rshift_func_int16_t_s_s((safe_lshift_func_int16_t_s_s(0L, (+(safe_mul_func_int16_t_s_s((((((safe_sub_func_uint64_t_u_u((l_263 && (p_15 , (((*g_47) | ((~l_263) , 1UL)) != p_13))), p_11)) && 0xEE725D34L) > p_12) , l_263) != 249UL), l_263))))), 1)) | p_12) , (void*)0) != l_265[2][0]) <= g_185), (*p_14)));
            }
        }
    }
    (*l_269) = &l_219;
    --l_274;
    return &g_3[1][0];
}
static uint16_t  func_16(int32_t * p_17, int32_t * p_18)
{ 
    int32_t *l_37 = &g_7;
    uint64_t *l_38 = &g_39[1][0];
    int32_t l_40 = 1L;
    int32_t **l_50 = &l_37;
    int32_t l_71 = 0x45D8D669L;
    int32_t l_73 = (-1L);
    int32_t l_74 = 0x23DE179BL;
    int32_t l_77[2][2];
    uint64_t l_87 = 9UL;
    int16_t l_94 = 0xE7E0L;
    uint32_t l_122[3];
    uint8_t l_152 = 0xF9L;
    int32_t *l_182 = &g_43[0];
    int32_t *l_183 = (void*)0;
    int32_t *l_184[1][2];
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_77[i][j] = 0xBA410498L;
    }
    for (i = 0; i < 3; i++)
        l_122[i] = 0x296341BAL;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_184[i][j] = &l_71;
    }
    if ((safe_rshift_func_uint8_t_u_u((2UL < (safe_add_func_int64_t_s_s((((safe_add_func_uint8_t_u_u(((safe_add_func_int8_t_s_s((safe_mul_func_int16_t_s_s((((safe_sub_func_uint32_t_u_u(((safe_mul_func_int8_t_s_s((((safe_sub_func_int32_t_s_s((*p_17), (l_37 != l_37))) > ((((*l_38) = (*l_37)) <= g_7) | 0L)) , g_7), g_3[0][1])) , (*l_37)), (*l_37))) , (*l_37)) == g_3[1][0]), 1L)), (*l_37))) | (*l_37)), g_3[1][0])) ^ (-7L)) <= l_40), g_3[1][0]))), 1)))
    { 
        for (l_40 = 0; (l_40 != 3); l_40++)
        { 
            int8_t l_46 = 0x93L;
            for (g_43[0] = 0; (g_43[0] == (-21)); --g_43[0])
            { 
                uint64_t *l_48 = &g_39[1][0];
                g_4 = &l_40;
                if ((*p_18))
                    continue;
                if ((*l_37))
                    break;
                (*p_17) = (l_46 & (65535UL && (g_47 != l_48)));
            }
        }
    }
    else
    { 
        int32_t **l_49 = &l_37;
        int16_t *l_51[4][3] = {{&g_52,&g_52,&g_52},{&g_52,&g_52,&g_52},{&g_52,&g_52,&g_52},{&g_52,&g_52,&g_52}};
        uint32_t l_53[1][2];
        int32_t l_72 = 0L;
        int32_t l_75 = 0x792BF48DL;
        int32_t l_76 = 0xD94B84B6L;
        int32_t l_78 = 1L;
        int32_t l_79 = 0xFDE22B75L;
        int32_t l_80 = 0x8AA494CAL;
        int32_t l_81 = (-1L);
        int32_t l_82 = (-1L);
        int32_t l_83 = 0xB5FE41CDL;
        int32_t l_84 = 0L;
        int32_t l_85 = 0L;
        int32_t l_86[2];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_53[i][j] = 0xA4AC155EL;
        }
        for (i = 0; i < 2; i++)
            l_86[i] = 0L;
        (*l_49) = &g_7;
        (*g_4) = ((**l_49) || (((&g_4 != (l_50 = &g_4)) == ((((((((((l_53[0][0] = (0x358509EFL > ((l_38 == (void*)0) < (-1L)))) < g_39[1][0]) >= 0xC1D3A0C9L) > 4294967295UL) > (*l_37)) == g_3[1][0]) == g_7) <= g_52) != (*l_37)) && g_39[1][0])) <= (-9L)));
        for (g_52 = 0; (g_52 != (-29)); --g_52)
        { 
            int32_t l_62 = 1L;
            int32_t l_65 = (-1L);
            int32_t l_70[4][4] = {{(-8L),(-8L),0x2392579BL,(-8L)},{(-8L),(-9L),(-9L),(-8L)},{(-9L),(-8L),(-9L),(-9L)},{(-8L),(-8L),0x2392579BL,(-8L)}};
            uint64_t *l_97[4][2] = {{&l_87,&g_39[0][2]},{&l_87,&l_87},{&g_39[0][2],&l_87},{&l_87,&g_39[0][2]}};
            int i, j;
            for (l_40 = (-13); (l_40 <= (-9)); ++l_40)
            { 
                p_17 = ((*l_49) = &g_3[1][0]);
                return (**l_49);
            }
        }
    }
    for (g_96 = 23; (g_96 < 14); g_96 = safe_sub_func_uint64_t_u_u(g_96, 5))
    { 
        const int64_t l_123 = 0x2CF900747FD144FBLL;
        int32_t *l_125 = &g_7;
        int8_t *l_130 = &g_96;
        int32_t l_143 = 1L;
        int32_t l_144 = 7L;
        int32_t l_145 = 0x906CFE17L;
        int32_t l_146 = 0L;
        int32_t l_147 = (-5L);
        int16_t l_150 = 9L;
        int32_t l_151 = 1L;
        for (l_87 = 0; (l_87 <= 45); l_87++)
        { 
            int16_t *l_111 = &g_52;
            int16_t **l_112 = &l_111;
            int32_t l_124[1][2];
            uint64_t l_126 = 0UL;
            const int8_t *l_129 = (void*)0;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_124[i][j] = 0x05C49765L;
            }
            if ((safe_mul_func_uint16_t_u_u((((*g_4) ^ (g_3[1][0] != (&l_94 == ((*l_112) = l_111)))) == ((((safe_unary_minus_func_int32_t_s(((safe_lshift_func_uint16_t_u_u((safe_lshift_func_int16_t_s_u((safe_div_func_uint64_t_u_u((safe_sub_func_int8_t_s_s((7UL <= g_39[1][0]), l_122[2])), l_123)), l_124[0][0])), 1)) & l_123))) , 0xD11F0E80L) , l_123) & l_123)), l_124[0][0])))
            { 
                int8_t *l_127 = &g_128;
                uint16_t *l_131 = (void*)0;
                uint16_t *l_132 = &g_133[1][3];
                int32_t l_134 = (-6L);
                int64_t *l_135 = &g_102[0];
                int32_t *l_136 = &g_3[1][0];
                int32_t *l_137 = &l_124[0][0];
                int32_t *l_138 = (void*)0;
                int32_t *l_139 = (void*)0;
                int32_t *l_140 = &l_74;
                int32_t *l_141 = &l_74;
                int32_t *l_142[2];
                int64_t l_148 = 0x30C45750431255FDLL;
                int i;
                for (i = 0; i < 2; i++)
                    l_142[i] = &l_40;
                (*l_50) = l_125;
                (*p_17) ^= ((((((*l_127) &= l_126) != ((l_129 == l_130) & ((((*l_132) = 1UL) | (((g_96 > (*g_47)) & l_134) || (*g_47))) != 2L))) && (*l_125)) != 7L) & 0xB8L);
                g_43[0] = (l_135 == l_135);
                l_152--;
            }
            else
            { 
                int32_t l_170[2];
                int32_t *l_171 = &l_144;
                int i;
                for (i = 0; i < 2; i++)
                    l_170[i] = 1L;
                (*l_171) |= ((safe_mul_func_int8_t_s_s(((safe_rshift_func_int16_t_s_s(0xA1A1L, ((**l_50) , (safe_add_func_uint64_t_u_u(l_126, ((+((safe_mod_func_uint16_t_u_u(((~((+((l_124[0][0] , (((safe_sub_func_int32_t_s_s(((safe_mod_func_uint32_t_u_u((*l_125), (*g_4))) >= l_170[1]), (*p_18))) && (-1L)) ^ (*g_4))) != 0L)) >= 0x50083EB55C6A8F6BLL)) & g_7), (*l_37))) >= (*p_17))) < 0UL)))))) & 0xB4L), g_43[0])) >= 2UL);
            }
            return (*l_125);
        }
    }
    for (l_71 = 0; (l_71 == (-27)); --l_71)
    { 
        int64_t l_176 = 0x4B60E2ED7CCDFA98LL;
        int32_t l_181 = 1L;
    }
    --g_185;
    return g_43[0];
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
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_3[i][j], "g_3[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_7, "g_7", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_39[i][j], "g_39[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_43[i], "g_43[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_96, "g_96", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_102[i], "g_102[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_128, "g_128", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_133[i][j], "g_133[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_149, "g_149", print_hash_value);
    transparent_crc(g_185, "g_185", print_hash_value);
    transparent_crc(g_212, "g_212", print_hash_value);
    transparent_crc(g_296, "g_296", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_311[i], "g_311[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_313[i][j], "g_313[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
