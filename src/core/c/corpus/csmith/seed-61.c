#include "csmith.h"
static long __undefined;
static uint32_t g_7 = 18446744073709551615UL;
static int64_t g_17 = 0xD1F2E96673E7ED6FLL;
static int32_t g_22[2] = {0L,0L};
static int64_t g_52 = 0x6AC8918CB0B9D624LL;
static int64_t g_53 = 0xB015869B92B2C22BLL;
static uint32_t g_58 = 0x9F82A416L;
static uint32_t g_84[2][2] = {{0xCA11B3ACL,0xCA11B3ACL},{0xCA11B3ACL,0xCA11B3ACL}};
static int32_t *g_92[1] = {&g_22[1]};
static int32_t **g_95 = &g_92[0];
static int16_t g_97 = 0x605CL;
static int64_t g_109 = 0xBB2A3436E7556979LL;
static int8_t g_112 = 0x13L;
static uint8_t g_144 = 0xB0L;
static int8_t g_176 = 5L;
static uint16_t g_178 = 0x4B78L;
static uint32_t g_222 = 1UL;
static uint16_t g_248[3] = {0UL,0UL,0UL};
static uint32_t g_254 = 0xBFC067DCL;
static uint64_t g_278 = 18446744073709551615UL;
static int32_t *** const g_289 = &g_95;
static int32_t *** const *g_288[2] = {&g_289,&g_289};
static uint64_t g_333[4][2] = {{8UL,0x7D97E6BE9ACBB18ALL},{0x7D97E6BE9ACBB18ALL,8UL},{0x7D97E6BE9ACBB18ALL,0x7D97E6BE9ACBB18ALL},{8UL,0x7D97E6BE9ACBB18ALL}};
static int32_t * const ** const **g_414[2] = {(void*)0,(void*)0};
static int32_t g_478 = 1L;
static int64_t  func_1(void);
static int16_t  func_14(int32_t  p_15, uint8_t  p_16);
static uint64_t  func_26(int32_t * p_27, const int32_t * p_28);
static int64_t  func_1(void)
{ 
    uint16_t l_18 = 1UL;
    uint32_t l_491 = 0x6BF9C461L;
    int32_t l_492 = 0xCA6ED4FAL;
    int64_t * const l_497 = &g_17;
    int16_t *l_498[2][4] = {{&g_97,&g_97,&g_97,&g_97},{&g_97,&g_97,&g_97,&g_97}};
    uint8_t l_499[3][1];
    int32_t *l_500 = &g_22[1];
    int32_t **l_501 = &g_92[0];
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_499[i][j] = 5UL;
    }
    l_492 = (safe_add_func_int8_t_s_s((safe_add_func_uint8_t_u_u(0xBBL, (((~0x86E871D976FF55E0LL) , g_7) , (safe_add_func_uint32_t_u_u(((safe_mul_func_int16_t_s_s((-4L), (safe_lshift_func_int16_t_s_u(func_14((g_17 = g_7), l_18), l_491)))) , l_491), g_478))))), g_222));
    (*l_500) |= ((safe_rshift_func_uint16_t_u_s((safe_sub_func_uint64_t_u_u((((((l_492 , (((&g_52 == l_497) , l_498[0][0]) != (void*)0)) || g_7) != l_499[2][0]) <= l_491) < l_491), 1UL)), 2)) , l_492);
    l_492 &= (*l_500);
    (*l_501) = &l_492;
    return g_248[2];
}
static int16_t  func_14(int32_t  p_15, uint8_t  p_16)
{ 
    int32_t l_19 = 0x5A8B060DL;
    const int32_t *l_29 = (void*)0;
    int32_t l_86 = 0L;
    int32_t l_87[4][3];
    uint32_t l_89 = 2UL;
    int32_t l_119 = 0x13674563L;
    int32_t ***l_141 = &g_95;
    int32_t *** const *l_140 = &l_141;
    int64_t *l_142[3];
    int16_t l_229 = 0x9539L;
    uint32_t l_255 = 0xC7EED556L;
    uint8_t *l_276 = &g_144;
    uint64_t *l_277 = &g_278;
    int32_t l_279 = (-7L);
    uint64_t l_280 = 0x44C248C659980B32LL;
    int32_t *l_281 = &g_22[1];
    int16_t *l_286 = &l_229;
    int16_t **l_287 = &l_286;
    uint8_t l_409 = 0xA0L;
    int8_t l_431 = 0xCFL;
    uint16_t l_437 = 65530UL;
    int32_t l_482 = 0xDB03A044L;
    uint16_t l_486[2][3] = {{0x2CB9L,0x2CB9L,0x2CB9L},{1UL,1UL,1UL}};
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
            l_87[i][j] = 0xE02624CEL;
    }
    for (i = 0; i < 3; i++)
        l_142[i] = (void*)0;
    if (p_16)
    { 
        uint32_t l_20 = 0xD0176DF7L;
        int32_t l_23[2][1];
        int32_t **l_93[4];
        int64_t *l_136 = &g_53;
        int32_t ***l_139 = &g_95;
        int32_t ****l_138 = &l_139;
        int32_t *****l_137 = &l_138;
        uint8_t *l_143 = &g_144;
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_23[i][j] = (-1L);
        }
        for (i = 0; i < 4; i++)
            l_93[i] = (void*)0;
        if ((l_19 = g_17))
        { 
            int32_t *l_21[2][2];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                    l_21[i][j] = &g_22[1];
            }
            l_23[0][0] = (g_22[1] = (p_15 && l_20));
            for (g_17 = 0; (g_17 <= 1); g_17 += 1)
            { 
                int32_t **l_85 = &l_21[1][0];
                int32_t l_88[3][4] = {{0x89A78842L,(-8L),0x89A78842L,0x89A78842L},{(-8L),(-8L),(-5L),(-8L)},{(-8L),0x89A78842L,(-5L),0x89A78842L}};
                int i, j;
                g_84[0][0] ^= ((safe_mul_func_int16_t_s_s((func_26(l_21[0][0], l_29) < g_17), (safe_mod_func_int8_t_s_s((safe_mod_func_uint64_t_u_u(((((g_7 >= l_23[0][0]) < g_17) != 4294967293UL) , 0UL), p_16)), p_15)))) , l_19);
                (*l_85) = &l_23[0][0];
                (*l_85) = l_21[0][1];
                --l_89;
            }
            g_92[0] = &g_22[0];
        }
        else
        { 
            int32_t ***l_94[4];
            uint8_t *l_96 = (void*)0;
            uint32_t l_110 = 4294967289UL;
            int64_t l_124 = 0x947FFBDC57ADCA78LL;
            int i;
            for (i = 0; i < 4; i++)
                l_94[i] = &l_93[0];
            g_95 = l_93[0];
            if ((((void*)0 == &g_53) & (g_97 = g_7)))
            { 
                int8_t *l_111 = &g_112;
                int32_t l_113 = (-8L);
                l_87[0][1] |= (safe_div_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(0x63BEL, (safe_mod_func_uint16_t_u_u((g_53 ^ (safe_mul_func_int8_t_s_s(((((((((~0x01E95282L) | (((*l_111) = ((safe_mod_func_int64_t_s_s(((((g_109 &= g_22[1]) && g_17) , 0xC6CDFC5EL) > l_110), g_7)) >= g_22[1])) < g_7)) <= 4UL) == 0x6560234739FD564FLL) & p_16) & g_52) != 0x3EL) > p_16), 0x44L))), p_16)))), g_7));
                return l_113;
            }
            else
            { 
                int32_t ****l_114 = &l_94[0];
                int32_t l_120[2];
                uint16_t l_121[3][1];
                uint8_t l_125[1][2];
                int i, j;
                for (i = 0; i < 2; i++)
                    l_120[i] = (-1L);
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_121[i][j] = 0xD83BL;
                }
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_125[i][j] = 0x8BL;
                }
                l_87[1][1] = (p_16 && (((((((*l_114) = &l_93[0]) == (void*)0) ^ p_15) == (safe_mul_func_uint16_t_u_u((safe_sub_func_int32_t_s_s(p_16, p_15)), p_15))) >= l_119) || g_58));
                ++l_121[2][0];
                g_92[0] = &g_22[1];
                --l_125[0][1];
            }
        }
        l_86 = ((((((safe_mod_func_int8_t_s_s(p_16, (safe_rshift_func_uint8_t_u_u(((*l_143) |= ((l_87[1][1] = ((safe_lshift_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_s((l_136 == ((((*l_137) = (void*)0) == l_140) , l_142[1])), g_58)), 2)) , p_16)) || p_15)), 3)))) , g_58) != 0x0EAE17EF06C16CD3LL) , &g_92[0]) == (*l_139)) & 0xA3L);
        for (l_86 = (-1); (l_86 <= (-4)); l_86--)
        { 
            int64_t l_147[3][3] = {{0x567407AC83EE7A5ALL,0xE0D1BAC34EDC8564LL,0x567407AC83EE7A5ALL},{0x567407AC83EE7A5ALL,0xE0D1BAC34EDC8564LL,0x567407AC83EE7A5ALL},{0x567407AC83EE7A5ALL,0xE0D1BAC34EDC8564LL,0x567407AC83EE7A5ALL}};
            int i, j;
            l_147[1][0] = 6L;
            if (p_15)
                continue;
        }
        for (l_89 = 9; (l_89 <= 23); l_89 = safe_add_func_int8_t_s_s(l_89, 4))
        { 
            int16_t l_152 = 0x090BL;
            int32_t l_153[3][4] = {{0xF34CA06DL,0xF825FF6BL,0xF825FF6BL,0xF34CA06DL},{0x31A4B75BL,0xF825FF6BL,0x545FCCDCL,0xF825FF6BL},{0xF825FF6BL,(-4L),0x545FCCDCL,0x545FCCDCL}};
            int i, j;
            for (g_112 = 5; (g_112 >= (-28)); g_112 = safe_sub_func_int16_t_s_s(g_112, 2))
            { 
                l_153[0][0] ^= l_152;
                l_153[2][1] &= 0x68E91931L;
            }
        }
    }
    else
    { 
        int16_t *l_158 = &g_97;
        int32_t l_175 = (-1L);
        uint16_t *l_177 = &g_178;
        if ((safe_mul_func_int16_t_s_s(((****l_140) , (safe_mul_func_int16_t_s_s(((*l_158) = p_15), ((((*l_177) = (safe_add_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_s((safe_add_func_uint32_t_u_u(((((safe_lshift_func_uint8_t_u_u((safe_mod_func_uint8_t_u_u((((g_176 = (safe_lshift_func_int8_t_s_u((((g_22[0] , (((safe_add_func_uint64_t_u_u((6UL | (((+(~g_17)) , g_17) >= p_16)), l_175)) , (-4L)) == 0x00A3L)) == 1UL) <= 1UL), 6))) == 0x985E607DF8C57107LL) < g_84[0][0]), l_175)), 7)) , p_16) , 0xDCED75A5L) ^ 0UL), p_16)), l_175)), p_16))) , (void*)0) != &l_141)))), 0xC82BL)))
        { 
            uint16_t l_186 = 65535UL;
            int32_t *l_187 = &l_86;
            uint16_t *l_188 = (void*)0;
            int32_t l_209 = 0L;
            uint16_t l_210[2][1];
            int32_t *l_223 = &g_22[1];
            int32_t l_227 = (-8L);
            int32_t l_230 = (-9L);
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_210[i][j] = 0xD11DL;
            }
            if (((safe_div_func_uint16_t_u_u(((***l_141) = (((((((~p_16) > ((*l_177) |= (((((g_52 , g_84[0][0]) , (((*l_187) |= ((safe_sub_func_int32_t_s_s((safe_mul_func_int8_t_s_s(l_186, (****l_140))), l_175)) > l_175)) <= p_15)) == p_16) > l_175) < g_97))) != 0x1FBDADDBL) ^ 0x8CL) != l_175) ^ g_58) ^ l_175)), g_176)) | p_15))
            { 
                int32_t *l_189 = &l_87[0][1];
                int32_t *l_190 = &l_86;
                int32_t *l_191 = &g_22[0];
                int32_t *l_192 = (void*)0;
                int32_t *l_193 = &g_22[1];
                int32_t *l_194 = &l_87[1][1];
                int32_t *l_195 = &g_22[0];
                int32_t *l_196 = &g_22[1];
                int32_t *l_197 = &l_87[2][2];
                int32_t *l_198 = &l_86;
                int32_t *l_199 = (void*)0;
                int32_t *l_200 = &l_87[1][1];
                int32_t *l_201 = &l_175;
                int32_t *l_202 = &l_87[1][1];
                int32_t *l_203 = (void*)0;
                int32_t *l_204 = (void*)0;
                int32_t *l_205 = &l_175;
                int32_t *l_206 = (void*)0;
                int32_t *l_207 = &g_22[1];
                int32_t *l_208[4][2] = {{&l_175,&g_22[0]},{&l_175,&g_22[0]},{&l_175,&g_22[0]},{&l_175,&g_22[0]}};
                int i, j;
                --l_210[0][0];
            }
            else
            { 
                int32_t l_215 = 0xECDC32A2L;
                int32_t *l_224 = &l_86;
                int32_t *l_225 = &l_209;
                int32_t *l_226 = (void*)0;
                int32_t *l_228[1];
                uint32_t l_231 = 0x4DD08391L;
                int i;
                for (i = 0; i < 1; i++)
                    l_228[i] = &l_86;
                (**l_141) = &l_209;
                (***l_141) |= ((safe_mod_func_uint64_t_u_u(((*l_187) < (((l_215 == (safe_add_func_int8_t_s_s((((l_223 = ((p_15 < (safe_add_func_uint64_t_u_u((safe_lshift_func_uint16_t_u_s((((((((l_177 != &g_97) ^ g_97) , g_222) > 0xD3DBFA3BL) > 0x43FE473788A09A18LL) > p_15) , g_176), g_17)), 0xAA44A33EA5773815LL))) , (void*)0)) != (void*)0) & 0x5EL), l_215))) < p_16) == 5UL)), (*l_187))) <= l_215);
                ++l_231;
                (*g_95) = &l_209;
            }
        }
        else
        { 
            uint64_t l_251 = 0x33EB776D2BD38370LL;
            int32_t ****l_253 = &l_141;
            int32_t *****l_252[2][3];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 3; j++)
                    l_252[i][j] = &l_253;
            }
            for (g_176 = (-4); (g_176 < (-14)); g_176 = safe_sub_func_int16_t_s_s(g_176, 3))
            { 
                uint32_t l_236 = 0xA9094DB9L;
                int32_t l_237[4][4] = {{2L,2L,2L,2L},{2L,2L,2L,2L},{2L,2L,2L,2L},{2L,2L,2L,2L}};
                int32_t *l_238[3];
                uint16_t *l_247[4][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
                int i, j;
                for (i = 0; i < 3; i++)
                    l_238[i] = &l_87[1][0];
                l_175 = (l_237[3][0] &= (l_236 = ((**g_95) || ((***l_141) |= 0xB0D1152EL))));
                (****l_140) = ((safe_mod_func_uint16_t_u_u((safe_div_func_uint64_t_u_u((0x6CL || ((g_254 = (safe_add_func_uint16_t_u_u((l_175 == (((g_248[2] ^= ((*l_177)--)) , ((((((g_222 || 8UL) ^ (safe_rshift_func_uint16_t_u_u(l_251, 12))) ^ p_15) , &g_84[1][0]) == (void*)0) , &l_140)) == l_252[0][0])), 0xA3F6L))) != p_15)), g_176)), p_15)) | l_255);
                (**g_95) = (&p_16 == &p_16);
            }
            return g_17;
        }
    }
    (*l_281) &= ((((((((safe_mod_func_int64_t_s_s((safe_add_func_int8_t_s_s((safe_mul_func_int8_t_s_s((safe_rshift_func_int8_t_s_u(((((safe_mul_func_int8_t_s_s((safe_mod_func_uint64_t_u_u(((*l_277) ^= (safe_add_func_uint32_t_u_u(((safe_mod_func_int8_t_s_s((0x41FBL ^ (g_176 , (safe_add_func_uint8_t_u_u(((*l_276) = (((((65533UL | (l_276 == l_276)) > 1UL) == p_15) & p_16) , 0x27L)), p_16)))), g_52)) < p_16), g_254))), g_52)), l_279)) <= g_84[1][1]) < p_16) || 0x552AL), 0)), p_15)), p_15)), 7L)) > l_280) , p_16) > p_16) > p_16) < p_15) , g_278) , 0xF398BD0BL);
    if (((((((l_142[2] != l_142[2]) , (p_16 & (safe_div_func_int16_t_s_s((safe_div_func_int16_t_s_s((((*l_287) = l_286) == ((g_97 < p_15) , (void*)0)), 1L)), 0x2204L)))) & (-7L)) ^ 0xFA0DFD86L) != 0x80D69E3D3D781EBBLL) , p_16))
    { 
        int16_t l_293 = 0L;
        int32_t *l_300 = &l_87[1][1];
        int32_t *l_301 = &l_86;
        int32_t *l_302 = &l_87[3][0];
        int32_t *l_303 = &l_86;
        int32_t *l_304 = &g_22[1];
        int32_t *l_305 = &g_22[1];
        int32_t *l_306 = &g_22[1];
        int32_t *l_307 = &g_22[1];
        int32_t *l_308 = (void*)0;
        int32_t *l_309 = &l_87[0][0];
        int32_t *l_310 = (void*)0;
        int32_t *l_311 = &g_22[0];
        int32_t *l_312 = (void*)0;
        int32_t *l_313 = &g_22[0];
        int32_t *l_314 = (void*)0;
        int32_t *l_315 = &l_86;
        int32_t *l_316 = &l_86;
        int32_t *l_317 = (void*)0;
        int32_t *l_318 = &g_22[0];
        int32_t *l_319 = &l_87[1][1];
        int32_t *l_320 = &l_86;
        int32_t *l_321 = &l_87[0][0];
        int32_t *l_322 = (void*)0;
        int32_t *l_323 = &l_87[3][1];
        int32_t *l_324 = &g_22[1];
        int32_t l_325[1];
        int32_t *l_326 = &l_86;
        int32_t *l_327 = &l_325[0];
        int32_t *l_328 = &l_325[0];
        int32_t *l_329 = &g_22[0];
        int32_t *l_330 = &g_22[1];
        int32_t *l_331[4] = {&l_86,&l_86,&l_86,&l_86};
        int64_t l_332 = 0x476235670EF0CBEALL;
        int i;
        for (i = 0; i < 1; i++)
            l_325[i] = 9L;
        (*l_281) &= ((p_15 != (((void*)0 != g_288[1]) > (g_222 < (safe_lshift_func_uint16_t_u_u(((safe_unary_minus_func_uint16_t_u((((p_15 , p_16) >= g_17) >= p_15))) && 0xD77E10AD3F5ABAE5LL), 11))))) | l_293);
        for (g_53 = 0; (g_53 != (-10)); --g_53)
        { 
            (*l_281) = (&g_289 == (void*)0);
            for (g_176 = (-8); (g_176 != 20); g_176++)
            { 
                (*l_281) = (((++g_278) , (**l_140)) == (*g_289));
            }
        }
        --g_333[3][0];
        for (l_119 = 0; (l_119 < 29); ++l_119)
        { 
            for (l_332 = 0; (l_332 >= 0); l_332 -= 1)
            { 
                int i;
                return l_325[l_332];
            }
        }
    }
    else
    { 
        uint32_t l_342 = 6UL;
        int32_t l_352 = 0xA1E5E827L;
        int32_t l_360[1][1];
        int8_t l_407[3];
        int64_t l_408 = 0xEB4C1AEA8B24D841LL;
        int32_t * const ** const *l_413 = (void*)0;
        int32_t * const ** const **l_412 = &l_413;
        int32_t *l_422 = (void*)0;
        int32_t *l_485[2][2] = {{&l_87[0][1],&l_87[0][1]},{&l_87[0][1],&l_87[0][1]}};
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_360[i][j] = 0x713B7AA8L;
        }
        for (i = 0; i < 3; i++)
            l_407[i] = 0x42L;
lbl_465:
        if (p_15)
        { 
            uint16_t *l_353 = &g_248[2];
            int32_t l_358 = 1L;
            int32_t **l_359 = &g_92[0];
            l_360[0][0] |= (safe_add_func_int64_t_s_s((((safe_rshift_func_uint16_t_u_s(((((((l_342 >= (safe_rshift_func_int8_t_s_u(g_278, 2))) , ((((*l_277)--) & ((safe_add_func_uint64_t_u_u((!((g_17 , (safe_lshift_func_int8_t_s_u(((*l_281) && ((*l_353)++)), (((safe_mul_func_uint8_t_u_u(((((l_358 > g_176) <= 7L) != p_16) == p_16), 0x11L)) , (*g_289)) != (*g_289))))) < p_16)), l_352)) , l_358)) > g_84[1][0])) , (*g_289)) == l_359) <= 65529UL) && 247UL), l_342)) || 0xC211L) , l_342), 18446744073709551610UL));
        }
        else
        { 
            const int32_t **l_368 = &l_29;
            uint64_t l_371 = 0xC6A4C2EDAD7B8581LL;
            int32_t l_380 = 0x5EF3E9B5L;
            (*l_281) = (g_109 , ((p_16 ^ (+(safe_add_func_uint8_t_u_u(((*l_276)--), (safe_rshift_func_uint16_t_u_s((l_352 = g_84[0][0]), ((((((*l_368) = &l_360[0][0]) != (void*)0) , (*l_281)) != 0xDF65L) < g_7))))))) > p_16));
            l_380 |= ((*l_281) = ((((safe_lshift_func_int16_t_s_s((l_371 <= 0L), 12)) , ((safe_lshift_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s((safe_lshift_func_int16_t_s_u(((**l_287) = (((void*)0 == l_368) >= (((g_52 = (safe_mul_func_int16_t_s_s(((((p_15 , 0xD9724C56L) != p_15) == g_52) ^ 0L), l_360[0][0]))) , (**l_368)) || g_144))), p_15)), 3)), 3)) | 0L)) || g_248[1]) > g_53));
        }
        if (l_352)
        { 
            uint32_t *l_385 = &g_84[0][0];
            int32_t l_388 = (-6L);
            uint16_t l_389 = 0x3A32L;
            int32_t *l_400 = &l_352;
            int32_t *l_401 = (void*)0;
            int32_t *l_402 = &l_279;
            int32_t *l_403 = &l_87[1][1];
            int32_t *l_404 = &l_87[3][1];
            int32_t *l_405 = &g_22[1];
            int32_t *l_406[3];
            int i;
            for (i = 0; i < 3; i++)
                l_406[i] = &g_22[0];
            if ((((l_352 && (((((g_176 >= (safe_lshift_func_int8_t_s_s((g_112 = (p_15 & (((*l_385) = (g_176 , ((safe_sub_func_uint16_t_u_u(g_84[0][0], g_84[1][1])) <= p_16))) , 1UL))), 7))) == g_248[2]) , g_333[2][0]) & l_342) | g_22[1])) < p_16) , 0xE7F70618L))
            { 
                uint16_t *l_396[4];
                uint32_t l_397 = 18446744073709551612UL;
                int32_t *l_398 = &l_86;
                int i;
                for (i = 0; i < 4; i++)
                    l_396[i] = &g_248[2];
                (*l_398) |= ((safe_mod_func_int16_t_s_s(0xD7EAL, (g_248[2] &= (l_397 = (l_388 , (((l_389 & (safe_div_func_int32_t_s_s(((-1L) < (((safe_lshift_func_int8_t_s_s(((0x9DL | 0x23L) == l_352), g_144)) ^ 0L) & (*l_281))), p_15))) > l_360[0][0]) ^ 254UL)))))) & p_15);
            }
            else
            { 
                int32_t l_399 = 0x32C1DE54L;
                return l_399;
            }
            l_409--;
            g_414[0] = l_412;
        }
        else
        { 
            int32_t ****l_419 = &l_141;
            int32_t *****l_420 = &l_419;
            int32_t l_435 = 0x6C445139L;
            int32_t l_436[4] = {0x2801F629L,0x2801F629L,0x2801F629L,0x2801F629L};
            int8_t l_457 = 0x99L;
            int64_t l_481 = 0x516D507A409B4E6CLL;
            int i;
            if ((&g_288[1] != (((((p_16 & (safe_mul_func_uint16_t_u_u(((safe_mod_func_uint8_t_u_u((((*l_412) != ((*l_420) = l_419)) | 65531UL), g_333[3][0])) <= 0x78884D39C165C92ELL), p_16))) == 9UL) , (*l_420)) != &l_141) , &g_288[1])))
            { 
                int32_t *l_421 = (void*)0;
                int16_t *l_429 = (void*)0;
                int16_t *l_430[3];
                int64_t l_432 = 7L;
                int32_t *l_433 = (void*)0;
                int32_t *l_434[1][4] = {{&l_360[0][0],&l_360[0][0],&l_360[0][0],&l_360[0][0]}};
                int i, j;
                for (i = 0; i < 3; i++)
                    l_430[i] = (void*)0;
                l_422 = l_421;
                l_432 &= ((safe_rshift_func_uint16_t_u_u(((safe_sub_func_uint32_t_u_u((safe_sub_func_int16_t_s_s((((g_97 = ((**l_287) = 0xBFE5L)) , g_58) == (p_15 ^ l_431)), g_17)), 1UL)) && p_15), p_16)) != 65526UL);
                l_437--;
            }
            else
            { 
                uint32_t l_447 = 0x1843DC0BL;
                uint16_t *l_458 = &g_178;
                int32_t l_459 = 8L;
                int8_t *l_460 = &g_112;
                uint32_t *l_463 = (void*)0;
                uint32_t *l_464 = &g_7;
                l_459 |= (safe_sub_func_uint32_t_u_u((safe_unary_minus_func_uint16_t_u(((safe_rshift_func_int8_t_s_u((safe_div_func_uint16_t_u_u(((*l_458) = ((((l_447 = p_16) , ((safe_div_func_uint32_t_u_u((p_15 && ((+l_447) & (safe_mul_func_uint16_t_u_u(((safe_rshift_func_int16_t_s_u(p_16, (safe_sub_func_uint32_t_u_u((g_248[0] , g_222), p_15)))) & 65535UL), 0xB22EL)))), 4294967292UL)) > (*l_281))) <= g_17) != l_457)), g_84[0][0])), 5)) , 5UL))), p_15));
                (*l_281) = ((((*l_464) = (((*l_460) |= g_84[0][0]) && ((safe_mod_func_int64_t_s_s(g_22[0], (-1L))) || l_447))) , (p_16 > l_447)) != g_222);
            }
            if (p_16)
            { 
                uint8_t l_470[2][2];
                const int32_t ** const l_480[4][4] = {{(void*)0,&l_29,&l_29,(void*)0},{&l_29,(void*)0,&l_29,&l_29},{(void*)0,(void*)0,&l_29,(void*)0},{(void*)0,&l_29,&l_29,(void*)0}};
                const int32_t ** const *l_479 = &l_480[1][0];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_470[i][j] = 0UL;
                }
                if (l_431)
                    goto lbl_465;
                l_481 = ((((safe_rshift_func_uint8_t_u_u(((safe_div_func_int16_t_s_s(((p_16 < (l_470[1][0] == (safe_mul_func_uint16_t_u_u((safe_div_func_int8_t_s_s(g_22[1], g_333[3][0])), (~(safe_sub_func_uint64_t_u_u(((((g_22[1] | p_15) <= 9UL) , &l_342) == (void*)0), l_470[0][0]))))))) | g_478), p_16)) <= 0x78953BEFL), g_248[2])) , (**l_420)) != l_479) > p_15);
                l_436[1] = l_482;
                (*l_281) |= p_16;
            }
            else
            { 
                int32_t * const l_483 = &g_22[1];
                int32_t **l_484 = &l_281;
                (*l_484) = l_483;
            }
        }
        l_486[0][0]--;
        for (g_176 = 0; (g_176 == 18); ++g_176)
        { 
            if (p_15)
                break;
        }
    }
    return p_16;
}
static uint64_t  func_26(int32_t * p_27, const int32_t * p_28)
{ 
    int32_t *l_30 = (void*)0;
    int32_t **l_31 = (void*)0;
    int32_t **l_32 = &l_30;
    int32_t *l_33[3];
    int64_t l_75 = 0x48C4517037489931LL;
    uint32_t l_76 = 18446744073709551613UL;
    int8_t l_79[4][3] = {{0x69L,5L,0x69L},{0x69L,5L,0x69L},{0x69L,5L,0x69L},{0x69L,5L,0x69L}};
    int i, j;
    for (i = 0; i < 3; i++)
        l_33[i] = (void*)0;
    g_22[0] |= ((((p_27 = l_30) != l_30) || (p_28 == ((*l_32) = &g_22[1]))) > (g_17 && 0x55L));
    if (g_7)
    { 
        int8_t l_38 = 0L;
        int64_t *l_51 = &g_52;
        const int32_t l_56 = 2L;
        uint32_t *l_57 = &g_58;
        g_53 ^= ((safe_mul_func_uint8_t_u_u((((g_17 , (safe_lshift_func_int16_t_s_u(6L, 13))) && (l_38 | (safe_mul_func_uint16_t_u_u(l_38, (safe_sub_func_int64_t_s_s(((*l_51) = (safe_sub_func_int8_t_s_s((safe_mod_func_int64_t_s_s((safe_lshift_func_uint8_t_u_s(((safe_lshift_func_uint16_t_u_u(((g_7 || 248UL) , 65527UL), g_7)) && l_38), g_22[1])), g_7)), g_22[1]))), 0xEBEF27779E46ED4DLL)))))) & l_38), g_17)) != 0xB52F109DL);
        g_22[1] &= ((l_38 < (safe_sub_func_uint8_t_u_u(0x3EL, (g_7 && ((((*l_57) = (65527UL > l_56)) , 0x97L) || g_7))))) < 1L);
    }
    else
    { 
        int64_t l_73 = 0xC7BD553F327E0E8BLL;
        int32_t l_74[4][1];
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
                l_74[i][j] = 0xC0F60069L;
        }
        l_74[1][0] = ((((safe_lshift_func_uint16_t_u_u((safe_rshift_func_int16_t_s_s((safe_sub_func_uint8_t_u_u(((safe_add_func_uint32_t_u_u(((g_7 | 0xEEFFBB89L) , (safe_div_func_int64_t_s_s((safe_div_func_uint16_t_u_u(((safe_mod_func_int64_t_s_s((&p_27 == (void*)0), (l_73 && 18446744073709551609UL))) , g_52), l_73)), (-6L)))), 2L)) > 0x44L), l_73)), 9)), 11)) <= l_73) > l_73) < g_53);
        g_22[0] ^= (g_7 <= ((-5L) && 0x1CL));
    }
    l_76--;
    return l_79[0][1];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_17, "g_17", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_22[i], "g_22[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_53, "g_53", print_hash_value);
    transparent_crc(g_58, "g_58", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_84[i][j], "g_84[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_97, "g_97", print_hash_value);
    transparent_crc(g_109, "g_109", print_hash_value);
    transparent_crc(g_112, "g_112", print_hash_value);
    transparent_crc(g_144, "g_144", print_hash_value);
    transparent_crc(g_176, "g_176", print_hash_value);
    transparent_crc(g_178, "g_178", print_hash_value);
    transparent_crc(g_222, "g_222", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_248[i], "g_248[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_254, "g_254", print_hash_value);
    transparent_crc(g_278, "g_278", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_333[i][j], "g_333[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_478, "g_478", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
