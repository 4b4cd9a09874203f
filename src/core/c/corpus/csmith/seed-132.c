#include "csmith.h"
static long __undefined;
static int32_t g_5[4] = {0L,0L,0L,0L};
static int32_t g_6 = 0x558BAC04L;
static int32_t g_9 = 1L;
static uint32_t g_26 = 1UL;
static uint64_t g_35 = 0xA98CEEF9A8551B32LL;
static int64_t g_70 = (-2L);
static int32_t *g_79 = (void*)0;
static int32_t **g_78 = &g_79;
static int16_t g_97[2][1] = {{0x13D3L},{0x13D3L}};
static int64_t g_101[2] = {(-1L),(-1L)};
static int32_t ****g_151 = (void*)0;
static uint8_t g_172 = 0xB6L;
static int64_t g_214 = 0x9FA3D0280CFF7C04LL;
static uint32_t g_218 = 4294967295UL;
static int32_t *****g_230[3][4] = {{&g_151,&g_151,&g_151,&g_151},{&g_151,&g_151,&g_151,&g_151},{&g_151,&g_151,&g_151,&g_151}};
static uint32_t g_287 = 6UL;
static uint32_t *g_303[2] = {&g_26,&g_26};
static uint32_t **g_302[2][4] = {{&g_303[1],&g_303[1],&g_303[1],&g_303[1]},{&g_303[1],&g_303[1],&g_303[1],&g_303[1]}};
static uint32_t ***g_301 = &g_302[0][2];
static uint32_t **g_313 = &g_303[1];
static uint32_t **g_314 = &g_303[1];
static uint64_t g_379 = 0x56D87578123898DALL;
static uint64_t *g_378 = &g_379;
static int16_t g_395 = 0x448BL;
static uint64_t g_397[1][2] = {{0xF059BF69F560C18BLL,0xF059BF69F560C18BLL}};
static int32_t g_399 = 0x54422E72L;
static int32_t g_413 = 0xCE2A1C80L;
static int8_t g_447 = 1L;
static uint16_t g_450 = 0x2DCAL;
static int8_t g_453[1][2] = {{1L,1L}};
static int32_t g_459 = (-2L);
static int16_t g_466 = 0xE29CL;
static int16_t *g_473 = (void*)0;
static int16_t **g_472 = &g_473;
static int16_t ***g_471[4][3] = {{&g_472,&g_472,&g_472},{&g_472,(void*)0,&g_472},{&g_472,&g_472,&g_472},{&g_472,(void*)0,&g_472}};
static uint32_t g_492 = 0UL;
static const uint32_t  func_1(void);
static int32_t  func_12(int32_t  p_13, int32_t ** p_14);
static int8_t  func_20(int32_t  p_21, const uint32_t  p_22, uint64_t  p_23, uint64_t  p_24);
static const uint32_t  func_1(void)
{ 
    int32_t **l_2 = (void*)0;
    const int32_t *l_4[3];
    const int32_t **l_3 = &l_4[2];
    uint32_t l_414 = 0x30542DAFL;
    int32_t l_430 = (-1L);
    int32_t ***l_437 = &l_2;
    int32_t ****l_436 = &l_437;
    int16_t *l_469 = &g_395;
    int16_t **l_468 = &l_469;
    int16_t ***l_467 = &l_468;
    int8_t l_486 = (-5L);
    const int8_t l_526 = (-1L);
    uint8_t l_527 = 247UL;
    int8_t l_528[4][3] = {{(-9L),7L,0x02L},{(-9L),(-9L),7L},{0x56L,7L,7L},{7L,0x31L,0x02L}};
    uint16_t l_538 = 1UL;
    int i, j;
    for (i = 0; i < 3; i++)
        l_4[i] = &g_5[2];
    (*l_3) = (void*)0;
    for (g_6 = 0; (g_6 <= 29); g_6 = safe_add_func_uint8_t_u_u(g_6, 1))
    { 
        uint32_t l_17[3];
        int32_t *l_29 = &g_5[2];
        const int32_t l_428 = 0xC22EFA0EL;
        int i;
        for (i = 0; i < 3; i++)
            l_17[i] = 0xEB2391CBL;
    }
    l_430 ^= ((void*)0 == &l_4[0]);
    for (g_395 = 2; (g_395 >= 0); g_395 -= 1)
    { 
        int16_t *l_432 = (void*)0;
        int16_t **l_431 = &l_432;
        int32_t ***l_435 = (void*)0;
        int32_t ****l_434 = &l_435;
        int32_t l_485 = 7L;
        const int16_t l_505 = 0x82AFL;
    }
    return g_397[0][1];
}
static int32_t  func_12(int32_t  p_13, int32_t ** p_14)
{ 
    int32_t **l_374[3];
    uint64_t *l_377 = &g_35;
    int32_t l_380 = 1L;
    int i;
    for (i = 0; i < 3; i++)
        l_374[i] = &g_79;
    l_380 = (((safe_rshift_func_uint16_t_u_s(((safe_sub_func_int16_t_s_s((((((((**g_314) &= (safe_sub_func_int8_t_s_s((safe_add_func_int8_t_s_s(((((((((p_14 != (((*l_377) = (safe_mul_func_uint16_t_u_u((((safe_div_func_int8_t_s_s((((void*)0 == l_374[2]) ^ (safe_div_func_int16_t_s_s(((p_13 || p_13) , p_13), 0xF41CL))), 255UL)) && p_13) ^ p_13), p_13))) , p_14)) , p_13) >= p_13) == 4UL) == p_13) , &g_35) == g_378) < p_13), 0x63L)), g_5[3]))) <= p_13) && p_13) & p_13) | 0x0975L) && p_13), g_97[0][0])) < p_13), g_214)) , g_5[2]) < (*g_378));
    return p_13;
}
static int8_t  func_20(int32_t  p_21, const uint32_t  p_22, uint64_t  p_23, uint64_t  p_24)
{ 
    int8_t l_43 = 0x51L;
    int32_t l_49 = (-1L);
    int32_t l_51 = 0x232AF72DL;
    int32_t **l_77 = (void*)0;
    int64_t l_82 = 8L;
    uint32_t *l_85[4][3] = {{&g_26,&g_26,&g_26},{(void*)0,(void*)0,&g_26},{&g_26,&g_26,&g_26},{(void*)0,(void*)0,&g_26}};
    int32_t l_126[3];
    int32_t *** const *l_152 = (void*)0;
    int8_t *l_153 = &l_43;
    int32_t *l_154 = &g_5[2];
    int32_t l_216 = 0L;
    uint16_t l_223[1];
    int32_t ***l_227 = (void*)0;
    int32_t ****l_226 = &l_227;
    int32_t ****l_229[3];
    uint32_t **l_255 = &l_85[0][0];
    uint32_t ***l_254[1][4] = {{&l_255,&l_255,&l_255,&l_255}};
    int16_t l_260[2];
    uint32_t * const *l_300 = &l_85[0][0];
    uint32_t * const ** const l_299 = &l_300;
    int32_t l_317[2];
    const int64_t l_324 = 0x685A0F50867CCE03LL;
    int64_t l_352 = 0x90DDEF2FD902092CLL;
    int i, j;
    for (i = 0; i < 3; i++)
        l_126[i] = 0x8EE3FE42L;
    for (i = 0; i < 1; i++)
        l_223[i] = 4UL;
    for (i = 0; i < 3; i++)
        l_229[i] = (void*)0;
    for (i = 0; i < 2; i++)
        l_260[i] = (-5L);
    for (i = 0; i < 2; i++)
        l_317[i] = (-10L);
lbl_157:
    for (g_35 = 0; (g_35 <= 3); g_35 += 1)
    { 
        uint32_t l_38 = 0UL;
        int32_t l_41 = (-5L);
        int32_t l_42 = 0x5FC1C575L;
        int32_t l_44 = 5L;
        int32_t l_45 = 8L;
        int32_t l_46 = 0x01197BA2L;
        int32_t l_47 = 0xDB3FA3CEL;
        int32_t l_48 = (-9L);
        int32_t l_50 = (-9L);
        uint16_t l_52 = 0x7069L;
        int32_t l_55 = 0x8E20E6E8L;
        int8_t l_80[4];
        int16_t l_127 = 1L;
        int i;
        for (i = 0; i < 4; i++)
            l_80[i] = 0xB0L;
        for (p_24 = 0; (p_24 <= 3); p_24 += 1)
        { 
            int32_t *l_36 = (void*)0;
            int32_t *l_37[3];
            int8_t l_69[1];
            int i;
            for (i = 0; i < 3; i++)
                l_37[i] = (void*)0;
            for (i = 0; i < 1; i++)
                l_69[i] = 6L;
            l_38--;
            l_52++;
            if (g_5[g_35])
            { 
                uint32_t l_64 = 0xB92BB776L;
                int32_t l_71[1];
                int32_t l_72 = 0x3630DD35L;
                uint32_t *l_81 = &g_26;
                int i;
                for (i = 0; i < 1; i++)
                    l_71[i] = 0x7EDEBCD5L;
                l_55 = p_24;
                l_72 = (l_71[0] = (safe_rshift_func_int16_t_s_u(((safe_sub_func_int8_t_s_s((safe_sub_func_int32_t_s_s((safe_lshift_func_int8_t_s_u(l_64, ((safe_mul_func_int16_t_s_s(p_22, (l_49 ^ l_49))) && (safe_div_func_uint32_t_u_u(0xF1AA4961L, g_5[2]))))), l_64)), l_69[0])) , g_70), l_52)));
                l_51 ^= ((p_21 == ((safe_mod_func_uint16_t_u_u((0UL <= (safe_sub_func_int32_t_s_s(((l_77 = (void*)0) != g_78), ((*l_81) &= (((255UL & l_43) ^ p_23) > l_80[1]))))), 2UL)) <= 0xD3C4L)) != p_21);
                if (p_23)
                    break;
            }
            else
            { 
                l_82 = p_24;
                (*g_78) = &g_5[p_24];
                (*g_79) ^= ((safe_sub_func_int8_t_s_s(l_50, (-7L))) ^ (-5L));
            }
            if (p_21)
                break;
        }
        if ((l_85[0][0] != &g_26))
        { 
            int32_t *l_107 = &l_49;
            for (p_24 = 0; (p_24 < 10); p_24 = safe_add_func_int64_t_s_s(p_24, 1))
            { 
                const int32_t *l_89 = &l_45;
                const int32_t **l_88 = &l_89;
                int32_t l_98 = 0x1BE15C8DL;
                int32_t l_99[3][2] = {{0L,0L},{0L,0L},{0L,0L}};
                uint16_t *l_100[3];
                int32_t *l_106 = &l_99[2][0];
                int i, j;
                for (i = 0; i < 3; i++)
                    l_100[i] = (void*)0;
                l_99[0][1] = ((0x5EC3E4F79C1191D7LL || ((g_35 , l_88) != &g_79)) <= ((safe_add_func_int16_t_s_s(((safe_lshift_func_uint16_t_u_u((safe_unary_minus_func_uint32_t_u((--g_26))), 6)) ^ (g_5[2] || g_97[0][0])), l_98)) > g_97[0][0]));
                (*l_106) = ((g_26 < p_21) <= (((((*l_89) != ((g_101[0] = l_80[1]) || ((((((safe_add_func_uint16_t_u_u(((safe_div_func_uint64_t_u_u(0x5E2BE98DEB2300A9LL, p_22)) && 0xC179L), 0x3B10L)) & g_26) <= p_24) >= g_101[0]) >= (-7L)) , p_21))) ^ 0L) | p_23) , 0xCD7CB0FDL));
                l_107 = &l_50;
                (*l_88) = (g_101[0] , ((*g_78) = (*g_78)));
            }
        }
        else
        { 
            int16_t l_122 = 0x5786L;
            int32_t l_125[3][4] = {{0L,1L,1L,0L},{1L,0L,1L,1L},{0L,0L,0L,0L}};
            uint16_t l_128 = 0x8C4DL;
            uint64_t *l_135 = &g_35;
            int32_t l_139 = 0xA3390C0CL;
            int32_t ***l_144 = &g_78;
            int32_t ****l_143 = &l_144;
            int i, j;
            for (l_48 = (-14); (l_48 != (-28)); l_48--)
            { 
                uint32_t l_116 = 1UL;
                int32_t *l_117 = (void*)0;
                int32_t *l_118 = &l_44;
                int32_t *l_119 = (void*)0;
                int32_t *l_120 = &l_50;
                int32_t l_121 = 0L;
                int32_t *l_123 = &l_46;
                int32_t *l_124[4] = {&g_5[2],&g_5[2],&g_5[2],&g_5[2]};
                int i;
                (*g_78) = &l_47;
                (*g_79) = ((safe_mul_func_uint8_t_u_u((((safe_mod_func_int16_t_s_s(((safe_rshift_func_int8_t_s_u(((-1L) <= (0x65F0L == p_22)), 5)) && ((l_116 <= g_101[0]) == p_24)), p_24)) , (void*)0) == (void*)0), p_21)) || l_38);
                l_128--;
                (*g_78) = (void*)0;
            }
            if (p_22)
            { 
                int32_t *l_132 = &g_5[2];
                (*l_132) = ((-1L) & (~p_24));
                l_126[0] ^= ((*l_132) = ((safe_mul_func_uint16_t_u_u(((((l_139 &= (((((void*)0 == l_135) && (!(safe_add_func_uint8_t_u_u(l_125[1][3], l_128)))) <= p_21) <= p_23)) ^ 2L) , 0x6DE7A79C0B20075BLL) && 0x68E361316C4F008FLL), g_5[2])) == 0xACL));
            }
            else
            { 
                uint32_t l_140[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_140[i] = 18446744073709551610UL;
                l_140[0]--;
                if (p_23)
                    continue;
            }
            if (l_80[1])
                continue;
            (*l_143) = &g_78;
        }
    }
    if (((((safe_div_func_int64_t_s_s((safe_mul_func_int16_t_s_s((((*l_154) &= ((g_101[0] && (safe_mul_func_uint8_t_u_u(p_21, ((*l_153) = (g_151 == l_152))))) > ((0x258B70B0F04E7F97LL ^ g_35) , 0UL))) < 0x41E3A302L), p_21)), 0x34FB4D5399E5F1C3LL)) & g_9) || 0L) | 0x84E04F8DL))
    { 
        uint32_t **l_162 = (void*)0;
        int32_t l_176[4];
        int32_t *l_184 = &g_5[0];
        int32_t l_193 = 4L;
        int i;
        for (i = 0; i < 4; i++)
            l_176[i] = 0x1DABA5DBL;
        for (p_23 = 0; (p_23 >= 16); p_23 = safe_add_func_int16_t_s_s(p_23, 6))
        { 
            if (l_49)
                goto lbl_157;
        }
        for (g_70 = 0; (g_70 != 20); g_70 = safe_add_func_uint32_t_u_u(g_70, 2))
        { 
            int32_t *l_168 = &g_5[0];
            int32_t *l_183 = &g_5[2];
            int16_t *l_196 = &g_97[0][0];
            for (l_51 = (-3); (l_51 >= 23); l_51 = safe_add_func_int64_t_s_s(l_51, 6))
            { 
                uint32_t ***l_163 = &l_162;
                int32_t l_170 = (-1L);
                if (p_23)
                    break;
                (*l_163) = l_162;
                (*l_154) = ((((safe_mod_func_uint16_t_u_u((safe_div_func_uint64_t_u_u(((void*)0 != l_168), (+(l_170 & ((!g_172) >= ((safe_div_func_uint8_t_u_u(((+18446744073709551615UL) <= (-10L)), 0x53L)) ^ p_22)))))), l_176[0])) & g_172) | g_35) > 0x1F33D140ED9186F8LL);
                if (l_176[0])
                    continue;
            }
            if ((safe_sub_func_uint16_t_u_u(65535UL, (safe_rshift_func_int16_t_s_s(((*l_168) >= (safe_mul_func_uint16_t_u_u((&l_85[0][0] != &l_85[2][0]), (p_22 == g_172)))), l_176[2])))))
            { 
                (*g_78) = l_168;
                (*g_78) = &l_176[0];
                if ((*l_154))
                    break;
            }
            else
            { 
                uint64_t *l_187[3];
                int32_t l_188[3][4] = {{0xB1250D9DL,0x06871525L,0xB1250D9DL,0xB1250D9DL},{0x06871525L,0x06871525L,1L,0x06871525L},{0x06871525L,0xB1250D9DL,0xB1250D9DL,0x06871525L}};
                int i, j;
                for (i = 0; i < 3; i++)
                    l_187[i] = &g_35;
                l_184 = l_183;
                l_188[2][3] = ((safe_add_func_uint64_t_u_u((++g_35), (*l_184))) , (safe_add_func_int32_t_s_s((g_97[0][0] > (0x7FBFL >= (((*l_153) = ((*l_183) = (g_5[2] || (p_21 >= g_97[0][0])))) < p_22))), l_193)));
            }
            l_176[0] = (((safe_sub_func_int32_t_s_s(p_23, ((*l_183) || g_5[0]))) || ((*l_196) = g_97[0][0])) , (((*l_154) = 0x659404A2L) != 1UL));
        }
        (*g_78) = (*g_78);
        if (p_21)
        { 
            uint8_t l_197 = 0x35L;
            int32_t *l_200[1][4] = {{&g_5[2],&g_5[2],&g_5[2],&g_5[2]}};
            int i, j;
            l_197++;
            (*g_78) = l_200[0][3];
        }
        else
        { 
            for (l_82 = (-2); (l_82 < 26); l_82++)
            { 
                uint32_t l_203[3][1];
                int32_t *l_204 = &l_51;
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_203[i][j] = 4294967287UL;
                }
                (*l_204) |= ((*l_184) ^= l_203[1][0]);
                (*g_78) = &l_193;
            }
        }
    }
    else
    { 
        int64_t l_205 = 0xC51E3A1A6B0373C0LL;
        int32_t *l_211[4] = {&l_49,&l_49,&l_49,&l_49};
        int32_t *****l_231[4];
        uint16_t *l_241 = (void*)0;
        const uint32_t l_249 = 4294967293UL;
        uint32_t **l_252[2];
        uint32_t ***l_251 = &l_252[0];
        uint16_t l_256[3];
        uint32_t l_277[4][2] = {{4294967295UL,0x05C20350L},{4294967295UL,4294967295UL},{0x05C20350L,4294967295UL},{4294967295UL,0x05C20350L}};
        uint64_t *l_289 = &g_35;
        uint64_t l_304 = 0x88017DE39BCACBB1LL;
        int i, j;
        for (i = 0; i < 4; i++)
            l_231[i] = &g_151;
        for (i = 0; i < 2; i++)
            l_252[i] = &l_85[0][0];
        for (i = 0; i < 3; i++)
            l_256[i] = 0x1E9CL;
        if (l_205)
        { 
            int32_t *l_212 = &l_126[0];
            int32_t l_213 = 0x38ED03E1L;
            int32_t l_215[1][4];
            int8_t l_217[4];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 4; j++)
                    l_215[i][j] = 0x979B65F2L;
            }
            for (i = 0; i < 4; i++)
                l_217[i] = 1L;
            for (g_70 = 0; (g_70 > (-9)); --g_70)
            { 
                int32_t *l_208 = &l_49;
                (*g_78) = l_208;
                (**g_78) ^= (safe_mod_func_int8_t_s_s(p_24, p_22));
                l_208 = (l_212 = l_211[1]);
            }
            g_218++;
            for (g_172 = 0; (g_172 <= 0); g_172 += 1)
            { 
                int32_t l_221 = 0L;
                int32_t l_222 = (-9L);
                int32_t *****l_228 = &l_226;
                l_223[0]++;
                (*l_212) &= ((l_152 != (l_229[1] = ((*l_228) = l_226))) || 0L);
                l_231[3] = g_230[0][2];
                (*l_212) ^= ((void*)0 != l_231[2]);
            }
        }
        else
        { 
            uint16_t *l_234 = &l_223[0];
            int32_t l_250 = 0xDD6E749EL;
            uint32_t ****l_253 = &l_251;
            int32_t ** const l_286 = (void*)0;
            int32_t ** const *l_285 = &l_286;
            int32_t ** const **l_284 = &l_285;
            int32_t ** const ***l_283 = &l_284;
            uint32_t l_290 = 0x595F2741L;
            if (((~(+(((((*l_234) = 0x0D13L) < (safe_div_func_uint16_t_u_u((((*l_253) = ((safe_sub_func_uint64_t_u_u(((((safe_div_func_int8_t_s_s(((void*)0 == l_241), (safe_sub_func_uint8_t_u_u((((safe_sub_func_uint32_t_u_u((safe_mod_func_uint8_t_u_u(((safe_unary_minus_func_int16_t_s(l_249)) || 6L), g_101[0])), 1UL)) | 1UL) | p_22), 0xAFL)))) <= l_250) , l_250) == 65529UL), p_22)) , l_251)) != l_254[0][0]), p_23))) , g_214) >= p_23))) || l_256[2]))
            { 
                uint16_t l_257[2][2] = {{0x9968L,0x9968L},{0x9968L,0x9968L}};
                int32_t ** const *l_282[1];
                int32_t ** const **l_281[3][4] = {{&l_282[0],&l_282[0],&l_282[0],&l_282[0]},{&l_282[0],&l_282[0],&l_282[0],&l_282[0]},{&l_282[0],&l_282[0],&l_282[0],&l_282[0]}};
                int32_t ** const ***l_280 = &l_281[2][2];
                uint8_t *l_288[1][1];
                int i, j;
                for (i = 0; i < 1; i++)
                    l_282[i] = &l_77;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_288[i][j] = &g_172;
                }
                ++l_257[1][0];
                (*l_154) &= l_260[0];
                (*l_154) ^= ((safe_mul_func_int8_t_s_s((safe_mod_func_int8_t_s_s(((l_257[1][0] >= (safe_mod_func_uint8_t_u_u((safe_div_func_uint16_t_u_u((((safe_add_func_uint32_t_u_u(((safe_add_func_uint8_t_u_u((g_172 = ((((((safe_mul_func_uint8_t_u_u(((((safe_div_func_int8_t_s_s(l_277[1][1], g_172)) && 0x62BEFE8F5AF06B5ALL) >= ((((safe_mod_func_uint32_t_u_u((g_287 = ((l_283 = l_280) == &l_284)), 0x3CE44F53L)) || (-2L)) <= g_101[0]) > p_22)) == p_21), 0xCDL)) == g_26) || g_101[0]) , (-7L)) , (*l_283)) == (void*)0)), g_26)) < p_24), 1L)) , l_289) == l_289), 0x3A39L)), g_6))) == p_23), 255UL)), g_214)) && g_6);
            }
            else
            { 
                ++l_290;
                return g_97[0][0];
            }
            (*l_154) = (p_21 , p_21);
            if ((g_101[1] | g_97[0][0]))
            { 
                int32_t *l_293 = &g_9;
                int32_t l_298 = (-1L);
                l_293 = l_293;
                l_298 = (safe_div_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_s((*l_293), 1)), g_101[0]));
                (*l_154) ^= (l_299 == (g_301 = (*l_253)));
                l_293 = &l_298;
            }
            else
            { 
                int32_t *l_307 = &l_51;
                l_304--;
                (*g_78) = (*g_78);
                (*g_78) = l_307;
            }
        }
    }
    if (((void*)0 != &g_301))
    { 
        uint32_t **l_312 = &g_303[1];
        int32_t *l_320 = &l_126[2];
        int32_t ***l_328[4][1] = {{&g_78},{(void*)0},{&g_78},{(void*)0}};
        int32_t *****l_329 = &g_151;
        const int32_t l_330 = 1L;
        uint16_t *l_331 = &l_223[0];
        uint32_t l_332 = 0x037CBAE9L;
        int i, j;
        l_317[1] ^= (safe_mod_func_uint64_t_u_u((((safe_sub_func_uint16_t_u_u((g_101[0] || 0x3B19L), ((g_314 = (g_313 = (g_302[0][0] = l_312))) != l_312))) < ((safe_div_func_int16_t_s_s((p_21 > g_287), 0xE4CCL)) != g_5[3])) != p_21), p_21));
        (*l_154) = ((safe_lshift_func_uint16_t_u_u((0xDDC6FD7BD41EC225LL || g_97[0][0]), (g_287 & 0x96L))) & g_287);
        if (g_287)
            goto lbl_321;
lbl_321:
        (*g_78) = l_320;
        l_332 &= ((safe_div_func_int8_t_s_s(l_324, p_23)) > (safe_rshift_func_int8_t_s_u(((+(((*l_331) = (((g_70 && ((((((*l_329) = ((((void*)0 != l_328[2][0]) <= p_22) , &l_227)) != &l_328[1][0]) >= 1UL) == p_21) & (-3L))) && p_22) > l_330)) , g_172)) <= g_101[0]), 3)));
    }
    else
    { 
        const int32_t **l_345 = (void*)0;
        const int32_t ***l_344 = &l_345;
        const int32_t ****l_343 = &l_344;
        const int32_t *****l_342 = &l_343;
        int64_t *l_346 = &g_101[0];
        int32_t l_347 = 0x28909DBFL;
        l_347 ^= (((safe_div_func_uint32_t_u_u((((safe_unary_minus_func_uint8_t_u((*l_154))) < g_5[2]) && ((safe_rshift_func_uint16_t_u_s((g_287 || ((*l_346) = (((g_172 &= ((((safe_rshift_func_uint16_t_u_s(p_21, (safe_rshift_func_int8_t_s_u(((((void*)0 != l_342) , &l_260[1]) != (void*)0), p_22)))) , p_21) && g_5[2]) ^ p_23)) , p_24) <= g_101[1]))), p_22)) < g_287)), p_21)) > g_218) & g_97[0][0]);
        for (g_172 = 0; (g_172 != 18); g_172 = safe_add_func_uint32_t_u_u(g_172, 9))
        { 
            const int32_t *l_358[1][3];
            const int32_t **l_359 = &l_358[0][2];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_358[i][j] = &l_126[0];
            }
            for (g_70 = 2; (g_70 >= 0); g_70 -= 1)
            { 
                int i;
                l_347 |= ((g_5[(g_70 + 1)] < ((safe_add_func_int32_t_s_s((g_5[(g_70 + 1)] >= g_5[(g_70 + 1)]), (1UL < ((*l_153) = 0x30L)))) , 0xAF962FC695F4632DLL)) == g_5[(g_70 + 1)]);
            }
            for (g_70 = 2; (g_70 >= 0); g_70 -= 1)
            { 
                int i;
                l_126[g_70] = l_126[g_70];
                if (l_352)
                    break;
                return g_6;
            }
            for (g_287 = 0; (g_287 != 51); ++g_287)
            { 
                (*l_154) = ((safe_sub_func_int16_t_s_s((l_347 = (g_97[0][0] >= ((((((0xDFB3L || g_287) & (!g_97[1][0])) != p_24) || g_26) , 1L) , g_5[2]))), g_5[2])) && p_24);
                return g_172;
            }
            (*l_359) = l_358[0][0];
        }
    }
    return p_24;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_5[i], "g_5[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_70, "g_70", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_97[i][j], "g_97[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_101[i], "g_101[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_172, "g_172", print_hash_value);
    transparent_crc(g_214, "g_214", print_hash_value);
    transparent_crc(g_218, "g_218", print_hash_value);
    transparent_crc(g_287, "g_287", print_hash_value);
    transparent_crc(g_379, "g_379", print_hash_value);
    transparent_crc(g_395, "g_395", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_397[i][j], "g_397[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_399, "g_399", print_hash_value);
    transparent_crc(g_413, "g_413", print_hash_value);
    transparent_crc(g_447, "g_447", print_hash_value);
    transparent_crc(g_450, "g_450", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_453[i][j], "g_453[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_459, "g_459", print_hash_value);
    transparent_crc(g_466, "g_466", print_hash_value);
    transparent_crc(g_492, "g_492", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
