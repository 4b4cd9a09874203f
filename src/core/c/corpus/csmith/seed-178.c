#include "csmith.h"
static long __undefined;
static uint32_t g_5 = 4294967290UL;
static uint8_t g_19[4][2] = {{1UL,1UL},{1UL,1UL},{1UL,1UL},{1UL,1UL}};
static uint8_t *g_18 = &g_19[2][0];
static uint8_t *g_24 = (void*)0;
static int8_t g_30[1] = {0x21L};
static int32_t g_32 = 0L;
static int8_t g_33 = 0x4DL;
static int32_t g_36 = (-2L);
static int16_t g_69 = 0xA83AL;
static int16_t g_88[3][4] = {{0L,0L,0xA596L,0xBE7FL},{0xE4CAL,0x328DL,0xE4CAL,0xA596L},{0xE4CAL,0xA596L,0xA596L,0xE4CAL}};
static int64_t g_89 = 0xB0F05BA845DB3902LL;
static uint8_t g_90 = 255UL;
static uint8_t **g_113 = (void*)0;
static uint8_t ***g_112 = &g_113;
static uint8_t g_124 = 0x47L;
static uint64_t g_142[4][4] = {{0x3F81597F862FE7C9LL,0x429DD6F46CE8F170LL,0x3F81597F862FE7C9LL,0x429DD6F46CE8F170LL},{0x3F81597F862FE7C9LL,0x429DD6F46CE8F170LL,0x3F81597F862FE7C9LL,0x429DD6F46CE8F170LL},{0x3F81597F862FE7C9LL,0x429DD6F46CE8F170LL,0x3F81597F862FE7C9LL,0x429DD6F46CE8F170LL},{0x3F81597F862FE7C9LL,0x429DD6F46CE8F170LL,0x3F81597F862FE7C9LL,0x429DD6F46CE8F170LL}};
static uint32_t g_144 = 0x6640828DL;
static uint32_t g_159 = 0x306111E2L;
static uint64_t g_166 = 0x8DFF48E3CAE63CD3LL;
static int64_t g_188 = 0xE2C77FF3C2B3F84DLL;
static uint8_t g_189 = 0UL;
static const int32_t **g_194 = (void*)0;
static uint32_t *g_210[2][4] = {{&g_144,&g_144,&g_144,&g_144},{&g_144,&g_144,&g_144,&g_144}};
static uint64_t g_212 = 1UL;
static int64_t g_213 = 0x111C09CC95D819CCLL;
static int8_t g_263 = 0x0EL;
static int64_t g_264 = 0xE3A3262FA0CCB0C8LL;
static int64_t g_265 = 0xD464BD90867E643ALL;
static int32_t g_266[1][1] = {{0L}};
static uint64_t g_267 = 0x97499E0C7EA7626ELL;
static uint16_t g_310 = 7UL;
static int32_t *g_327[1] = {&g_32};
static uint32_t g_448[3][3] = {{0UL,0UL,0UL},{18446744073709551610UL,18446744073709551610UL,18446744073709551610UL},{0UL,0UL,0UL}};
static int8_t g_544 = (-5L);
static int32_t  func_1(void);
static uint8_t  func_40(uint8_t  p_41);
static int32_t * func_44(uint32_t  p_45, int32_t  p_46, int32_t  p_47, uint32_t  p_48);
static int32_t  func_1(void)
{ 
    uint8_t *l_4 = (void*)0;
    int8_t l_20 = 0xF0L;
    uint8_t **l_21 = (void*)0;
    uint8_t **l_22 = (void*)0;
    uint8_t **l_23[2];
    int8_t *l_27 = (void*)0;
    int8_t *l_28 = (void*)0;
    int8_t *l_29 = &g_30[0];
    int32_t *l_31 = &g_32;
    int32_t *l_34 = (void*)0;
    int32_t *l_35[2][2];
    uint8_t *l_151 = &g_19[1][0];
    int64_t *l_152 = &g_89;
    uint32_t *l_157 = &g_144;
    uint32_t *l_158 = &g_159;
    uint16_t l_160 = 4UL;
    uint16_t l_161[4] = {65527UL,65527UL,65527UL,65527UL};
    uint32_t l_162 = 0xBA814568L;
    int16_t l_163 = 9L;
    int16_t l_165 = 0x572EL;
    int16_t *l_323 = &g_69;
    uint32_t l_339 = 0x85EA758CL;
    int8_t l_341 = 0L;
    int32_t l_410 = 0L;
    const uint32_t l_423 = 0xA7C73B28L;
    uint32_t l_443[2];
    int32_t l_446 = 1L;
    uint32_t l_501 = 0x5F59F879L;
    int8_t l_509[3];
    uint16_t l_540[1][1];
    int i, j;
    for (i = 0; i < 2; i++)
        l_23[i] = &l_4;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_35[i][j] = &g_36;
    }
    for (i = 0; i < 2; i++)
        l_443[i] = 0UL;
    for (i = 0; i < 3; i++)
        l_509[i] = 0xDAL;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_540[i][j] = 0xDE72L;
    }
    g_36 = (safe_mul_func_uint8_t_u_u((g_5++), (safe_add_func_uint8_t_u_u(((*g_18) = (((*l_31) = (safe_mod_func_uint64_t_u_u((safe_mod_func_uint8_t_u_u((safe_mod_func_uint32_t_u_u((safe_sub_func_int16_t_s_s((g_18 != (g_24 = (l_20 , l_4))), 65535UL)), ((((safe_mod_func_int8_t_s_s(((*l_29) = l_20), 0xA9L)) , &g_19[3][1]) == &g_19[2][0]) | g_19[2][0]))), 0xC5L)), 0x86992F1E5C8A52B4LL))) != l_20)), g_33))));
lbl_529:
    for (g_33 = (-17); (g_33 <= 19); g_33++)
    { 
        uint32_t l_39 = 0xF89F2E07L;
    }
    if (((safe_mul_func_int8_t_s_s(((safe_rshift_func_int16_t_s_u(1L, 8)) & (safe_add_func_int32_t_s_s((((*g_112) = ((((*l_152) = (&g_19[2][0] != (l_151 = (g_18 = &g_19[2][0])))) >= (safe_rshift_func_int8_t_s_s(((((((((((*l_158) &= ((*l_157) ^= (safe_lshift_func_int16_t_s_u((0x8FB3CF24L & g_33), 12)))) , (void*)0) != l_34) != g_88[0][0]) <= l_160) & g_90) , l_161[0]) < g_124) && g_19[1][1]), g_90))) , (void*)0)) != &g_24), l_162))), g_90)) | l_163))
    { 
        int32_t l_164[4] = {0xCB6F9D66L,0xCB6F9D66L,0xCB6F9D66L,0xCB6F9D66L};
        uint32_t *l_208[1][1];
        uint16_t l_215 = 0x6FE1L;
        uint8_t *l_226 = (void*)0;
        int64_t l_252 = (-8L);
        int32_t l_272 = 0x09D507F3L;
        uint32_t *l_275 = &g_5;
        uint64_t l_295 = 0xA83FB6A7BBCEECF2LL;
        const int32_t **l_324 = (void*)0;
        uint8_t l_337 = 1UL;
        uint8_t l_348 = 2UL;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_208[i][j] = &g_144;
        }
        ++g_166;
        for (g_36 = 0; (g_36 != 1); ++g_36)
        { 
            uint32_t l_172 = 18446744073709551615UL;
            int32_t l_173 = 0L;
            int32_t **l_181 = &l_35[1][0];
            int32_t **l_182 = (void*)0;
            int32_t **l_183 = &l_34;
            const uint32_t l_184[4] = {18446744073709551609UL,18446744073709551609UL,18446744073709551609UL,18446744073709551609UL};
            int i;
            l_173 = (safe_unary_minus_func_uint16_t_u(l_172));
            if ((+(safe_add_func_int16_t_s_s(0x2955L, ((((safe_add_func_uint8_t_u_u((0x66949881355238C9LL && ((safe_mul_func_uint16_t_u_u(g_124, (((*l_181) = &g_36) == ((*l_183) = &l_164[3])))) ^ l_164[2])), (*g_18))) >= g_88[0][0]) != l_184[0]) > (*l_31))))))
            { 
                uint32_t l_185 = 0x97D6553EL;
                if (l_185)
                    break;
            }
            else
            { 
                int32_t *l_186 = &l_173;
                int16_t l_187 = 0x92ADL;
                (*l_183) = l_186;
                g_32 = g_69;
                l_35[0][0] = &g_36;
                --g_189;
            }
            for (g_32 = 3; (g_32 >= 0); g_32 -= 1)
            { 
                uint32_t **l_209[3][3] = {{(void*)0,(void*)0,(void*)0},{&l_158,&l_158,&l_158},{(void*)0,(void*)0,(void*)0}};
                int16_t *l_211[4][1] = {{&g_88[2][0]},{&l_163},{&g_88[2][0]},{&l_163}};
                uint8_t ***l_214 = &l_22;
                int i, j;
                l_164[g_32] = (safe_rshift_func_uint16_t_u_s((g_194 != g_194), 5));
                g_213 = (safe_rshift_func_uint8_t_u_u(((safe_rshift_func_int16_t_s_s((l_164[g_32] , g_88[0][0]), 12)) == (!(g_212 = (g_69 |= (safe_mod_func_int8_t_s_s((safe_div_func_uint8_t_u_u((*g_18), (safe_add_func_int64_t_s_s((247UL != ((safe_mul_func_uint8_t_u_u(((((g_210[0][1] = l_208[0][0]) == &g_159) , l_164[g_32]) < g_142[1][0]), (*g_18))) ^ 0x726DF7C8L)), 0UL)))), l_164[g_32])))))), 7));
                (*l_214) = ((*g_112) = (*g_112));
                return l_164[g_32];
            }
        }
        if (l_215)
        { 
            const uint32_t l_221 = 0xB28512A6L;
            int32_t l_223 = 0x7C6C95E8L;
            for (l_20 = 2; (l_20 >= 0); l_20 -= 1)
            { 
                g_32 |= l_215;
            }
            for (g_213 = 0; (g_213 > 19); g_213++)
            { 
                int16_t l_218 = (-3L);
                const int32_t l_220[3] = {9L,9L,9L};
                uint16_t *l_222[2][2];
                int32_t **l_224 = (void*)0;
                int32_t **l_225 = &l_31;
                uint32_t *l_229 = &g_5;
                int16_t *l_232 = &g_88[2][3];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_222[i][j] = &l_161[3];
                }
                (*l_31) |= (l_218 < (+(l_223 ^= ((l_220[2] < (g_90 != l_221)) & 0x98435636L))));
                (*l_225) = &g_36;
                (*l_31) = (l_226 == &g_19[0][0]);
                g_36 = (g_32 = (safe_div_func_int32_t_s_s(((((((*l_229) = g_19[3][0]) < (((g_30[0] >= (safe_add_func_int16_t_s_s(((*l_232) |= g_159), (safe_sub_func_int32_t_s_s(((!0x4EDBL) ^ ((*g_18) == 2UL)), g_212))))) , l_223) && l_223)) == 0x1EF6L) , g_88[0][0]) && g_32), g_33)));
            }
        }
        else
        { 
            uint16_t l_238 = 0x8778L;
            int8_t l_242 = 0x07L;
            int32_t *l_244 = &l_164[1];
            int64_t l_251[3];
            uint16_t l_259 = 0x2D89L;
            int32_t l_260 = (-1L);
            int i;
            for (i = 0; i < 3; i++)
                l_251[i] = 0xC90DCB8892D855E7LL;
            (*l_31) |= (l_238 ^ ((((safe_div_func_int32_t_s_s((!(g_19[2][0] , l_164[1])), l_242)) , ((g_124 & 0L) , (void*)0)) != (void*)0) < g_124));
            if ((((*l_151) = (+((l_244 == &g_36) | (safe_lshift_func_int8_t_s_s(g_90, (safe_mod_func_int32_t_s_s((safe_add_func_int8_t_s_s(((((((((((((*g_18) != (&g_30[0] == &g_33)) , g_166) > 0x0FL) && 0x07A4C42D59610F75LL) != l_251[1]) , g_30[0]) , g_142[3][3]) >= l_164[3]) > 255UL) , g_212) >= l_252), g_212)), g_189))))))) , (*l_244)))
            { 
                l_260 ^= ((((safe_rshift_func_int8_t_s_u(g_30[0], (g_124 > (((((0x20C38ADFB77FFA93LL & 6L) , (safe_rshift_func_int8_t_s_u(g_88[0][0], 6))) , 0x074EB9CEF92868C9LL) < g_142[1][0]) <= 0xA364EDA8L)))) ^ (*l_244)) || l_259) > g_33);
                l_244 = &l_164[0];
                g_36 = ((void*)0 == &l_4);
            }
            else
            { 
                int16_t l_261 = 0xDD5AL;
                int32_t l_262 = 0x6DAE4665L;
                ++g_267;
                return l_164[0];
            }
            for (g_265 = 0; (g_265 >= 12); g_265 = safe_add_func_uint64_t_u_u(g_265, 2))
            { 
                if (g_19[2][0])
                    break;
                return g_189;
            }
            l_272 &= ((g_88[0][0] <= ((*g_18) <= (l_164[1] = ((*l_31) < (*l_244))))) <= g_213);
        }
        if ((safe_lshift_func_uint8_t_u_u(((--(*l_275)) && g_19[0][1]), 6)))
        { 
            uint32_t l_289 = 0x83E6AA4EL;
            uint32_t *l_308 = &g_144;
            int8_t l_321 = (-2L);
            int8_t l_334[1];
            int64_t l_340 = 3L;
            int32_t l_342 = (-7L);
            int32_t l_344 = 0xB3B25368L;
            int32_t l_345[2][3] = {{0x5ABB853BL,0x5FD95FEEL,0x5ABB853BL},{0x5ABB853BL,0x5FD95FEEL,0x5ABB853BL}};
            int i, j;
            for (i = 0; i < 1; i++)
                l_334[i] = 0x65L;
            for (g_89 = 0; (g_89 < 14); ++g_89)
            { 
                uint16_t l_292 = 65527UL;
                int16_t *l_293 = (void*)0;
                int16_t *l_294[1];
                uint32_t **l_309 = &l_208[0][0];
                int i;
                for (i = 0; i < 1; i++)
                    l_294[i] = &l_165;
                (*l_31) = (safe_sub_func_uint32_t_u_u((safe_div_func_uint8_t_u_u(((((safe_add_func_int8_t_s_s(g_32, (~(-9L)))) | (l_164[2] = (((((safe_lshift_func_int8_t_s_u(((((((((l_289 , (((l_289 ^ ((safe_rshift_func_int16_t_s_s(((0x8F7A8CC2L & g_5) , (-1L)), 1)) ^ g_89)) ^ 0x88BFL) < (*l_31))) , g_263) != l_289) && g_88[0][0]) < l_292) , g_142[0][0]) >= l_215) , g_263), l_289)) , g_144) , l_215) , (void*)0) == (void*)0))) >= 0L) < l_295), 0xD3L)), g_264));
                g_36 = ((--(*l_275)) > (safe_div_func_uint64_t_u_u((safe_add_func_uint8_t_u_u(l_289, ((safe_mul_func_int8_t_s_s(((((safe_div_func_int16_t_s_s(((((((safe_div_func_int8_t_s_s(((l_308 == ((*l_309) = &g_159)) > (&g_113 != &l_22)), g_310)) ^ (-6L)) < (*g_18)) != 0xE1L) ^ g_89) < l_292), g_159)) > l_289) , 5L) , g_30[0]), 0xF8L)) <= (*g_18)))), g_310)));
                if (g_189)
                    break;
                (*l_31) |= 0x3D3C6F07L;
            }
            if ((safe_rshift_func_int16_t_s_u(0x2B66L, ((safe_rshift_func_int16_t_s_u((safe_div_func_uint16_t_u_u((((0xE9984260BFFE8253LL != 18446744073709551613UL) > ((*l_31) <= ((*l_152) = ((safe_add_func_uint8_t_u_u((safe_mod_func_int8_t_s_s(g_188, l_289)), l_164[0])) && 0x95L)))) & g_19[2][0]), g_36)), g_30[0])) <= (*g_18)))))
            { 
                int16_t *l_322[4][1];
                const int32_t ***l_325 = (void*)0;
                const int32_t ***l_326 = &l_324;
                uint64_t *l_338[2][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0}};
                int32_t l_343 = (-3L);
                int32_t l_346 = (-4L);
                int32_t l_347 = 0x1C36ACF2L;
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_322[i][j] = (void*)0;
                }
                g_327[0] = func_44(l_321, ((g_88[1][2] = g_263) & (((l_323 != (((((*l_326) = l_324) != (((g_89 = g_5) >= 0UL) , (void*)0)) > 0x13L) , &g_69)) ^ g_5) <= l_321)), l_289, l_289);
                l_164[2] |= (safe_add_func_int8_t_s_s((((((safe_mul_func_int16_t_s_s((*l_31), g_33)) ^ (safe_rshift_func_uint16_t_u_u((l_334[0] < ((+0x71L) > (((g_267 |= (+((((g_89 & l_337) & l_272) ^ g_142[1][0]) , 0xAB0D69629B2AEEABLL))) < l_339) == 4294967289UL))), 6))) ^ l_340) >= 0xAC760A83L) , g_89), g_263));
                l_348++;
                g_327[0] = &g_32;
            }
            else
            { 
                uint64_t *l_351 = &g_142[1][0];
                int32_t **l_356[1];
                int8_t *l_366 = &l_334[0];
                int i;
                for (i = 0; i < 1; i++)
                    l_356[i] = &l_31;
                g_327[0] = (((0x9AC7L <= (&g_194 == (void*)0)) >= 0xEBL) , func_44((((*l_351)--) < ((safe_mul_func_int16_t_s_s(g_144, 1UL)) != 0x1AL)), (*l_31), (*l_31), (*l_31)));
                (*l_31) |= ((safe_lshift_func_int8_t_s_s(g_144, ((void*)0 != &l_226))) == (safe_mod_func_int8_t_s_s(((((*l_366) = ((*l_29) = (safe_unary_minus_func_int8_t_s(((safe_mod_func_int16_t_s_s((safe_lshift_func_int16_t_s_u((g_124 & g_19[2][0]), 3)), g_30[0])) , g_212))))) , &g_264) == &g_188), l_345[1][0])));
            }
            (*l_31) = ((safe_lshift_func_uint8_t_u_u(((safe_add_func_uint64_t_u_u(((g_5 , 0L) , (safe_rshift_func_uint16_t_u_u(0UL, 2))), (-1L))) > g_19[3][1]), 5)) == g_33);
            for (g_310 = 0; (g_310 < 43); g_310 = safe_add_func_int8_t_s_s(g_310, 1))
            { 
                int32_t **l_375 = &l_34;
                (*l_375) = &l_344;
            }
        }
        else
        { 
            uint8_t ****l_385 = &g_112;
            int32_t l_386 = 0x363DE1A9L;
            uint8_t ***l_387 = &l_22;
            for (g_263 = 0; (g_263 <= 1); g_263 += 1)
            { 
                uint16_t *l_380 = &l_161[3];
                uint8_t ****l_388 = &l_387;
                (*l_31) ^= (0x247A357FL > (((safe_mod_func_int16_t_s_s(g_88[0][2], (safe_mod_func_uint16_t_u_u((((*l_380)++) != (((safe_sub_func_uint32_t_u_u((g_213 | ((void*)0 != &l_295)), 6UL)) , (void*)0) != l_385)), l_386)))) , 0x148BL) > (-7L)));
                (*l_388) = ((*l_385) = l_387);
            }
        }
    }
    else
    { 
        uint32_t l_389 = 1UL;
        int64_t *l_394 = &g_188;
        uint64_t *l_395 = &g_267;
        int32_t l_397[4][1] = {{0x7372CF45L},{(-1L)},{0x7372CF45L},{(-1L)}};
        int32_t l_398 = 0xA8616AA9L;
        uint64_t * const l_407 = &g_267;
        int64_t l_434[4];
        uint8_t * const l_441[1] = {(void*)0};
        uint64_t l_475 = 6UL;
        int64_t l_477 = 1L;
        int64_t l_478[3][2];
        int32_t * const *l_508[2];
        int32_t * const **l_507 = &l_508[1];
        int8_t l_537[2];
        uint32_t l_545 = 18446744073709551610UL;
        int i, j;
        for (i = 0; i < 4; i++)
            l_434[i] = (-8L);
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 2; j++)
                l_478[i][j] = 0x33C1A3469A72E95CLL;
        }
        for (i = 0; i < 2; i++)
            l_508[i] = &l_35[0][1];
        for (i = 0; i < 2; i++)
            l_537[i] = 0xA8L;
        l_389++;
        if ((+((*l_395) = (((safe_unary_minus_func_int32_t_s(0x9D70BD93L)) | ((*l_394) &= ((*l_152) = 0xEBF352B2F686EF7DLL))) ^ l_389))))
        { 
            uint32_t l_396[1];
            int32_t l_399 = 0x460DB716L;
            int32_t l_400 = 0xD19CB76BL;
            const uint32_t l_422 = 0x54ABD768L;
            int i;
            for (i = 0; i < 1; i++)
                l_396[i] = 0UL;
            if ((l_396[0] , ((*l_31) = (9L ^ l_397[3][0]))))
            { 
                uint64_t l_401[3];
                int32_t l_404[1];
                int i;
                for (i = 0; i < 3; i++)
                    l_401[i] = 0x89288F0C4BB2AAA4LL;
                for (i = 0; i < 1; i++)
                    l_404[i] = (-1L);
                l_401[2]--;
                l_404[0] ^= 0xF21CDF8CL;
                l_404[0] = l_397[2][0];
            }
            else
            { 
                uint32_t *l_411 = &l_339;
                int32_t l_414[4] = {0L,0L,0L,0L};
                int32_t l_424 = 0x4DE4B25AL;
                int i;
                (*l_31) = ((safe_lshift_func_uint16_t_u_u((((&g_142[3][1] == l_407) >= (safe_mod_func_int64_t_s_s(l_410, (((l_414[1] = (++(*l_411))) < ((safe_rshift_func_uint8_t_u_u((+g_19[0][1]), 5)) != (safe_add_func_uint32_t_u_u((((((safe_mul_func_uint8_t_u_u((l_422 != l_423), l_396[0])) == 0x7CE14CE5L) | l_400) , l_424) == l_396[0]), l_389)))) , g_213)))) , g_189), g_310)) , l_399);
                return l_414[3];
            }
            if ((safe_mod_func_uint32_t_u_u((safe_div_func_int8_t_s_s((1L > (safe_mul_func_uint16_t_u_u((l_398 < 0x2CL), (0x4784L >= (safe_mod_func_int64_t_s_s(((*l_394) = (&g_159 == &g_144)), g_30[0])))))), 0xD0L)), g_142[0][1])))
            { 
                uint32_t l_433[1];
                uint8_t ****l_438 = &g_112;
                int i;
                for (i = 0; i < 1; i++)
                    l_433[i] = 4294967288UL;
                (*l_31) |= l_396[0];
                l_434[1] = ((*l_31) |= l_433[0]);
                (*l_31) ^= ((+(safe_rshift_func_int16_t_s_u(l_396[0], 8))) & ((((*l_438) = &g_113) == &g_113) & (((&l_339 == &g_5) | g_90) ^ 0x2EL)));
            }
            else
            { 
                return (*l_31);
            }
        }
        else
        { 
            const uint8_t *l_442 = &g_19[2][0];
            int32_t l_445 = 0x9F0B17DDL;
            int32_t l_447 = (-1L);
            uint32_t *l_470 = (void*)0;
            uint32_t l_474 = 0x9B71647AL;
            int32_t l_476 = 0x5C095C3BL;
            int16_t l_510 = (-1L);
            const uint16_t *l_527 = &l_160;
            if ((((safe_add_func_uint16_t_u_u((((65532UL >= (l_441[0] == l_442)) , g_188) && (l_443[0] <= l_434[1])), 0x0EAFL)) , &g_264) == &g_265))
            { 
                int32_t l_444[3];
                int32_t ** const l_459 = &g_327[0];
                uint32_t *l_464 = &g_5;
                int32_t l_465 = 0x34A7E3D9L;
                int i;
                for (i = 0; i < 3; i++)
                    l_444[i] = 0xE43FEC4FL;
                g_448[2][2]--;
lbl_471:
                l_465 &= ((((*l_464) = ((safe_mul_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s((safe_rshift_func_uint8_t_u_s(0xB9L, l_444[1])), 1)), (safe_sub_func_int8_t_s_s((((*l_323) = ((void*)0 != l_459)) != (safe_mod_func_int32_t_s_s((((safe_div_func_uint16_t_u_u(g_19[2][0], 0x4742L)) && g_213) < g_310), 0xE0A07396L))), l_397[3][0])))) <= (**l_459))) == l_389) ^ 0xAB1EL);
                l_397[2][0] = ((((safe_div_func_int8_t_s_s((safe_rshift_func_int8_t_s_s(g_263, (((g_213 >= ((*l_464) ^= 0x92811CBDL)) <= ((void*)0 == l_470)) >= g_166))), 1L)) , (**l_459)) == g_32) | g_265);
                if (g_36)
                    goto lbl_471;
            }
            else
            { 
                (*l_31) &= l_447;
            }
            if (((((l_445 < l_397[3][0]) == (safe_sub_func_uint16_t_u_u(g_88[0][0], (l_474 , (((g_448[1][2] <= 0x770B23B8406B6DF5LL) ^ g_166) > (*l_31)))))) , l_398) > l_445))
            { 
                uint32_t l_479[4][3] = {{0x98901219L,0x98901219L,0x37C0EC75L},{0UL,0UL,4294967292UL},{0x98901219L,0x98901219L,0x37C0EC75L},{0UL,0UL,4294967292UL}};
                int i, j;
                (*l_31) = l_475;
                l_479[3][0]--;
                l_397[0][0] &= ((((safe_sub_func_uint32_t_u_u(0UL, ((void*)0 == &g_194))) <= ((*l_323) ^= (((*l_395) = l_475) & l_477))) ^ g_30[0]) | 0xB4A5D6E7B4568F12LL);
            }
            else
            { 
                int16_t l_494 = 0L;
                int32_t **l_502[1][1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_502[i][j] = &l_35[0][0];
                }
                g_327[0] = func_44((safe_lshift_func_int8_t_s_s(((safe_sub_func_int16_t_s_s((safe_add_func_int16_t_s_s(((l_397[3][0] |= ((*l_31) |= ((safe_rshift_func_int16_t_s_s(((safe_sub_func_uint16_t_u_u(l_494, g_189)) ^ (safe_rshift_func_uint16_t_u_s(g_267, 6))), 13)) & l_447))) <= ((safe_sub_func_int32_t_s_s((((((((safe_add_func_int32_t_s_s(l_494, g_30[0])) , l_478[2][1]) , l_447) == 0xDA02L) && g_30[0]) <= 0x58L) | l_476), l_474)) > l_475)), l_447)), 65535UL)) != g_310), 4)), l_501, l_447, l_476);
            }
            for (g_267 = 4; (g_267 >= 30); g_267++)
            { 
                int32_t **l_511[4];
                uint16_t *l_528 = &l_161[0];
                int i;
                for (i = 0; i < 4; i++)
                    l_511[i] = (void*)0;
                g_327[0] = func_44((g_267 != (safe_lshift_func_uint8_t_u_s(((((void*)0 != &g_69) , &g_194) != l_507), l_474))), l_447, l_509[1], l_510);
                (***l_507) &= ((((safe_mul_func_uint16_t_u_u(((*l_528) = (l_474 <= (safe_rshift_func_int16_t_s_s((safe_sub_func_int16_t_s_s(g_19[2][0], (((safe_mod_func_int16_t_s_s((safe_sub_func_uint8_t_u_u((g_124 = (&g_310 != ((((safe_rshift_func_uint16_t_u_u((g_310 = (&g_194 == ((((((safe_rshift_func_int16_t_s_s((safe_unary_minus_func_uint64_t_u(g_19[2][0])), g_124)) == 1L) & l_510) != 1UL) , 7UL) , &g_194))), g_90)) <= g_19[2][0]) > 0x92E9D8B5A059E880LL) , l_527))), (*l_31))), 1L)) < 0x9345L) , g_33))), g_213)))), g_32)) , g_212) > g_267) , 2L);
            }
        }
        if ((***l_507))
        { 
            int64_t l_538[1][2];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_538[i][j] = 8L;
            }
            if (g_212)
                goto lbl_529;
            for (g_124 = (-14); (g_124 != 19); g_124 = safe_add_func_int32_t_s_s(g_124, 3))
            { 
                const int32_t l_539 = 0L;
                (*l_31) ^= ((+3UL) | ((-1L) < g_142[1][0]));
                (*l_31) &= ((safe_div_func_int32_t_s_s(((((void*)0 != &g_142[1][0]) , ((***l_507) <= (safe_add_func_uint16_t_u_u((g_33 , (l_537[0] , 0x6987L)), l_538[0][0])))) == g_213), (***l_507))) ^ l_539);
            }
        }
        else
        { 
            int32_t l_543[4][4] = {{(-10L),0x0FD3DB73L,(-10L),0x0FD3DB73L},{(-10L),0x0FD3DB73L,(-10L),0x0FD3DB73L},{(-10L),0x0FD3DB73L,(-10L),0x0FD3DB73L},{(-10L),0x0FD3DB73L,(-10L),0x0FD3DB73L}};
            int8_t l_548 = 0x3AL;
            int i, j;
            if (l_389)
                goto lbl_529;
            ++l_540[0][0];
            --l_545;
            return l_548;
        }
    }
    return (*l_31);
}
static uint8_t  func_40(uint8_t  p_41)
{ 
    int8_t l_49[1];
    uint32_t l_52[3][1];
    int32_t *l_143 = (void*)0;
    int i, j;
    for (i = 0; i < 1; i++)
        l_49[i] = 1L;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_52[i][j] = 0xD3E8EA47L;
    }
    for (p_41 = 0; (p_41 <= 3); p_41++)
    { 
        uint32_t l_50 = 0x55752783L;
        int32_t *l_51[3][1];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_51[i][j] = &g_36;
        }
        l_143 = func_44(l_49[0], l_50, (g_32 = 0x035A60C4L), l_52[0][0]);
    }
    return p_41;
}
static int32_t * func_44(uint32_t  p_45, int32_t  p_46, int32_t  p_47, uint32_t  p_48)
{ 
    uint8_t * const *l_59 = (void*)0;
    int16_t *l_68 = &g_69;
    int32_t l_70[1][2];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_70[i][j] = (-5L);
    }
    if ((safe_add_func_int8_t_s_s((l_70[0][1] = (((safe_lshift_func_uint8_t_u_s((safe_sub_func_uint32_t_u_u(p_48, (l_59 == l_59))), 0)) , (((safe_div_func_int16_t_s_s(((*l_68) |= (safe_add_func_uint16_t_u_u((safe_div_func_int64_t_s_s(((p_47 <= 0x83L) & p_46), (-4L))), p_46))), 65527UL)) && 0L) , p_45)) > p_47)), 0xCEL)))
    { 
        uint32_t l_85 = 0x1B003BA2L;
        int32_t l_87[2];
        uint8_t ***l_116 = (void*)0;
        int32_t *l_118 = &l_70[0][1];
        int32_t **l_117 = &l_118;
        int32_t *l_119 = &l_87[0];
        int32_t *l_120 = &g_32;
        int32_t *l_121 = (void*)0;
        int32_t *l_122 = (void*)0;
        int32_t *l_123[2];
        int i;
        for (i = 0; i < 2; i++)
            l_87[i] = 0L;
        for (i = 0; i < 2; i++)
            l_123[i] = &l_87[0];
        for (p_47 = 28; (p_47 != 6); p_47 = safe_sub_func_uint64_t_u_u(p_47, 1))
        { 
            uint8_t *l_83 = &g_19[2][0];
            uint8_t *l_84 = (void*)0;
            const int32_t l_105 = (-7L);
            for (g_5 = 15; (g_5 != 6); g_5--)
            { 
                uint32_t l_77 = 0x33DF47B5L;
                uint8_t **l_82[1][2];
                int32_t *l_86[1][1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_82[i][j] = &g_18;
                }
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_86[i][j] = &g_32;
                }
                g_32 = (safe_sub_func_int64_t_s_s((l_77 & ((void*)0 == &g_30[0])), ((safe_div_func_uint8_t_u_u(((((((l_83 = (void*)0) == (g_18 = l_84)) , g_5) , 0x9364560FL) , l_77) ^ l_85), p_48)) > 0UL)));
                --g_90;
                g_32 &= (((safe_lshift_func_int8_t_s_s((safe_sub_func_int32_t_s_s((l_70[0][1] != ((((safe_mul_func_int8_t_s_s(((safe_sub_func_int64_t_s_s(g_30[0], (safe_mod_func_uint64_t_u_u((safe_add_func_uint16_t_u_u(l_105, (((safe_lshift_func_int16_t_s_u((((l_87[0] , 0x7B06L) | 0xAFE5L) & g_88[0][0]), 6)) ^ g_19[2][0]) < p_47))), p_47)))) , 0x1EL), 0x8BL)) >= g_89) > 0x36CD8D4AL) , p_47)), g_30[0])), l_70[0][1])) , 0x2F93B9B47BED2658LL) , g_19[2][1]);
            }
        }
        for (l_85 = 0; (l_85 != 16); ++l_85)
        { 
            int32_t *l_111 = &l_87[0];
            int32_t **l_110 = &l_111;
            uint8_t ****l_114 = (void*)0;
            uint8_t ****l_115[3][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&g_112,(void*)0}};
            int i, j;
            (*l_110) = &g_32;
            l_116 = g_112;
        }
        (*l_117) = &l_70[0][1];
        --g_124;
    }
    else
    { 
        for (g_5 = 0; (g_5 == 14); ++g_5)
        { 
            int32_t *l_129 = &g_36;
            (*l_129) = (-1L);
            (*l_129) &= (0x92B28538L < p_46);
        }
        p_47 = (((((safe_sub_func_int16_t_s_s(((*l_68) &= ((safe_div_func_uint8_t_u_u((safe_lshift_func_int8_t_s_s((safe_rshift_func_int8_t_s_s(((safe_add_func_int16_t_s_s(((safe_div_func_uint8_t_u_u(l_70[0][0], g_30[0])) ^ (p_45 | l_70[0][1])), ((p_47 , 0x63695F895E34458FLL) >= g_32))) != l_70[0][1]), g_142[1][0])), g_19[2][0])), l_70[0][0])) != p_47)), g_90)) < p_47) , &p_47) != (void*)0) & g_33);
    }
    return &g_32;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_5, "g_5", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_19[i][j], "g_19[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_30[i], "g_30[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_32, "g_32", print_hash_value);
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_69, "g_69", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_88[i][j], "g_88[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_89, "g_89", print_hash_value);
    transparent_crc(g_90, "g_90", print_hash_value);
    transparent_crc(g_124, "g_124", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_142[i][j], "g_142[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_144, "g_144", print_hash_value);
    transparent_crc(g_159, "g_159", print_hash_value);
    transparent_crc(g_166, "g_166", print_hash_value);
    transparent_crc(g_188, "g_188", print_hash_value);
    transparent_crc(g_189, "g_189", print_hash_value);
    transparent_crc(g_212, "g_212", print_hash_value);
    transparent_crc(g_213, "g_213", print_hash_value);
    transparent_crc(g_263, "g_263", print_hash_value);
    transparent_crc(g_264, "g_264", print_hash_value);
    transparent_crc(g_265, "g_265", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_266[i][j], "g_266[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_267, "g_267", print_hash_value);
    transparent_crc(g_310, "g_310", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_448[i][j], "g_448[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_544, "g_544", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
