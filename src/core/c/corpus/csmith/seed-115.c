#include "csmith.h"
static long __undefined;
static const uint32_t g_15[1][4] = {{0x5AA96141L,0x5AA96141L,0x5AA96141L,0x5AA96141L}};
static int32_t g_17[3] = {(-8L),(-8L),(-8L)};
static int32_t g_18[1][1] = {{0x8F1E0C86L}};
static int32_t g_23 = (-1L);
static uint64_t g_44[3] = {0xAB8AC29BA1F1C18ALL,0xAB8AC29BA1F1C18ALL,0xAB8AC29BA1F1C18ALL};
static uint64_t **g_48[2][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0}};
static uint8_t g_73 = 0xB0L;
static uint32_t g_93 = 7UL;
static uint16_t g_102 = 0x96D9L;
static int16_t g_114 = (-6L);
static uint32_t *g_118[3][1] = {{&g_93},{&g_93},{&g_93}};
static uint32_t ** const g_117 = &g_118[2][0];
static int16_t g_181 = (-1L);
static int32_t g_184 = 0x5AA70A8BL;
static int8_t g_187 = 2L;
static int32_t *g_210 = (void*)0;
static uint8_t g_215 = 0x11L;
static int8_t g_261 = 0x7BL;
static uint16_t *g_286[1][2] = {{&g_102,&g_102}};
static int8_t g_320 = (-1L);
static int8_t  func_1(void);
static uint8_t  func_6(int32_t  p_7, uint32_t  p_8, uint32_t  p_9, int16_t  p_10);
static int32_t  func_11(const int32_t  p_12, int8_t  p_13, const uint8_t  p_14);
static int8_t  func_1(void)
{ 
    uint64_t l_5 = 0xACD79536444696A4LL;
    int32_t *l_183 = &g_184;
    int8_t *l_185 = (void*)0;
    int8_t *l_186 = &g_187;
    int16_t *l_199 = (void*)0;
    int16_t *l_200 = &g_114;
    const uint32_t *l_203 = &g_93;
    const uint32_t * const *l_202 = &l_203;
    const uint32_t * const **l_201 = &l_202;
    uint8_t *l_204 = &g_73;
    int32_t *l_207 = (void*)0;
    int32_t l_238 = 0L;
    int32_t l_265 = 0L;
    int32_t l_266 = 0xB080F592L;
    uint64_t * const l_283 = &g_44[0];
    uint64_t * const *l_282 = &l_283;
    uint64_t ***l_301 = (void*)0;
    uint64_t ****l_300 = &l_301;
    uint16_t *l_321 = &g_102;
    uint32_t l_322 = 1UL;
    uint64_t *l_323 = &l_5;
    int32_t l_324 = (-10L);
    int8_t *l_325 = &g_261;
    int8_t *l_326[3][3] = {{&g_320,&g_320,&g_320},{&g_320,(void*)0,&g_320},{&g_320,&g_320,&g_320}};
    int32_t *l_327 = &l_266;
    int32_t *l_328[4];
    int i, j;
    for (i = 0; i < 4; i++)
        l_328[i] = &g_17[2];
lbl_226:
    (*l_183) |= (safe_sub_func_uint16_t_u_u(((!l_5) <= 65535UL), ((l_5 , (func_6(func_11(l_5, l_5, g_15[0][0]), l_5, l_5, l_5) , g_181)) | l_5)));
lbl_303:
    if (((((*l_183) = (((*l_186) &= 0x99L) == (((*l_204) = (safe_mod_func_uint32_t_u_u((safe_mul_func_uint8_t_u_u(((g_17[1] & (safe_add_func_uint16_t_u_u((safe_mul_func_int8_t_s_s((((*l_183) || ((~(safe_unary_minus_func_int32_t_s((((safe_unary_minus_func_uint32_t_u((((*l_200) |= (*l_183)) , (l_201 == &l_202)))) == 1UL) ^ 0x11088D6ADFE8D4ABLL)))) , (*l_183))) , g_15[0][2]), g_15[0][0])), 65530UL))) != g_181), 0xADL)), 4UL))) | (*l_183)))) == (-4L)) , 0x3E32BD85L))
    { 
        int32_t *l_209 = &g_18[0][0];
        int64_t l_222 = 0xC0EBE4DD1CC30123LL;
        uint32_t **l_225 = &g_118[2][0];
        if (g_18[0][0])
        { 
            const uint64_t * const *l_213[1][1];
            int32_t l_216 = 9L;
            const uint64_t * const **l_217 = &l_213[0][0];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_213[i][j] = (void*)0;
            }
            for (g_181 = 8; (g_181 >= (-2)); g_181 = safe_sub_func_int32_t_s_s(g_181, 1))
            { 
                int32_t **l_208[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_208[i] = &l_207;
                l_209 = l_207;
                g_210 = (l_183 = &g_23);
            }
            for (g_93 = 0; (g_93 <= 0); g_93 += 1)
            { 
                uint8_t *l_214 = &g_215;
                l_183 = &g_18[0][0];
                (*l_183) = (((safe_mul_func_uint8_t_u_u((g_48[0][1] != l_213[0][0]), (l_216 = ((*l_214) = ((*l_204) ^= g_44[1]))))) ^ (g_114 |= 1L)) == 0L);
            }
            (*l_217) = l_213[0][0];
            (*l_183) = (safe_rshift_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(g_114, (-1L))), (l_222 , 2UL)));
        }
        else
        { 
            uint32_t **l_224 = &g_118[2][0];
            uint32_t ***l_223[1];
            int32_t **l_228[1][1];
            int i, j;
            for (i = 0; i < 1; i++)
                l_223[i] = &l_224;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_228[i][j] = &l_207;
            }
            l_225 = &g_118[0][0];
            if (g_102)
                goto lbl_227;
lbl_227:
            if (g_114)
                goto lbl_226;
            g_210 = (l_209 = l_209);
        }
        g_17[0] = (&g_118[2][0] != l_225);
    }
    else
    { 
        uint8_t l_229[4] = {1UL,1UL,1UL,1UL};
        const int32_t *l_232 = &g_17[2];
        int32_t l_237[1];
        uint32_t l_267 = 1UL;
        uint16_t *l_285 = &g_102;
        uint16_t **l_284[4][2];
        uint32_t *l_302 = &l_267;
        int i, j;
        for (i = 0; i < 1; i++)
            l_237[i] = 0L;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 2; j++)
                l_284[i][j] = &l_285;
        }
        if (((l_229[2] && g_18[0][0]) , ((*l_183) >= (safe_rshift_func_uint16_t_u_s(0x6664L, 11)))))
        { 
lbl_233:
            l_232 = l_203;
        }
        else
        { 
            uint32_t l_239 = 0x77BFD401L;
            uint32_t l_252 = 0x69AEF82AL;
            int32_t *l_264[1];
            int i;
            for (i = 0; i < 1; i++)
                l_264[i] = &g_18[0][0];
            if ((g_181 && g_15[0][3]))
            { 
                int32_t *l_234 = &g_184;
                int32_t *l_235 = &g_17[2];
                int32_t *l_236[2][2];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_236[i][j] = &g_18[0][0];
                }
                if (g_184)
                    goto lbl_233;
                l_239--;
                return g_184;
            }
            else
            { 
                int32_t *l_242 = &l_237[0];
                int32_t *l_243 = &g_23;
                int32_t *l_244 = (void*)0;
                int32_t *l_245 = (void*)0;
                int32_t *l_246 = &l_237[0];
                int32_t *l_247 = &g_17[1];
                int32_t *l_248 = &g_18[0][0];
                int32_t *l_249 = &l_237[0];
                int32_t *l_250 = &g_23;
                int32_t *l_251 = &g_23;
                int8_t *l_260[1][3];
                int16_t l_263 = (-7L);
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_260[i][j] = &g_261;
                }
                (*l_183) = (*l_232);
                --l_252;
                (*l_248) |= ((*l_251) &= ((!(((((safe_add_func_int32_t_s_s((-1L), ((g_44[0] , (*l_246)) > (((g_261 = ((*l_186) ^= g_93)) , (safe_unary_minus_func_int64_t_s(l_263))) | g_184)))) ^ g_44[0]) , l_252) & 0UL) || 0L)) < g_181));
                (*l_246) |= 0xD47E205EL;
            }
            ++l_267;
            for (g_23 = 0; (g_23 <= 2); g_23 += 1)
            { 
                int64_t l_270 = 0x3AE44479DD2C8B66LL;
                uint64_t *l_271 = &l_5;
                int32_t l_281[4] = {3L,3L,3L,3L};
                int i;
                l_281[2] = (((g_15[0][2] & ((g_44[g_23] = l_270) < (++(*l_271)))) >= (safe_mul_func_uint8_t_u_u((*l_232), ((((**g_117) ^ (safe_mod_func_int16_t_s_s((+(safe_sub_func_int64_t_s_s(g_17[1], 1UL))), 0x46F1L))) || 0x59DC6133L) < (-5L))))) & l_270);
                if (g_93)
                    goto lbl_303;
            }
            l_237[0] = (g_48[0][1] != l_282);
        }
        l_237[0] ^= (((g_286[0][0] = &g_102) != &g_102) > ((((*l_232) <= (safe_div_func_uint16_t_u_u(((~(-8L)) , (safe_mod_func_uint16_t_u_u(((*l_183) & (*l_232)), g_18[0][0]))), g_15[0][0]))) ^ (*l_232)) != 0xEDL));
        (*l_183) = (g_44[0] ^ (safe_lshift_func_uint16_t_u_u((safe_mod_func_int32_t_s_s((safe_sub_func_uint64_t_u_u((0UL ^ ((*l_232) == (g_18[0][0] != (safe_sub_func_uint32_t_u_u((l_237[0] = ((*l_302) = ((void*)0 == l_300))), 0xD85002B8L))))), (*l_232))), (*l_183))), 6)));
    }
    g_17[1] &= ((*l_327) = (safe_unary_minus_func_int8_t_s((g_320 = (+(safe_mul_func_int8_t_s_s((safe_add_func_uint16_t_u_u((((*l_325) = ((((**l_282) = ((((*l_183) = 0x894F32EFBFD07A97LL) , &g_181) == (void*)0)) | ((((((safe_rshift_func_uint16_t_u_s((safe_mul_func_uint8_t_u_u((18446744073709551607UL ^ ((*l_323) = (safe_div_func_uint64_t_u_u(((safe_add_func_int64_t_s_s(((((*l_321) = (((((*l_186) = (safe_mul_func_int16_t_s_s((g_320 >= l_5), 0xE024L))) != g_15[0][0]) != g_261) < g_320)) & l_266) , g_73), g_15[0][0])) & 0x419FE895130D131BLL), l_322)))), g_114)), 6)) ^ l_324) && 0xBF98L) , g_73) && l_322) < 1L)) , (-3L))) > g_15[0][0]), l_324)), g_320)))))));
    return (*l_183);
}
static uint8_t  func_6(int32_t  p_7, uint32_t  p_8, uint32_t  p_9, int16_t  p_10)
{ 
    int8_t l_137 = 0L;
    for (p_10 = 0; (p_10 >= 0); p_10 -= 1)
    { 
        uint32_t ***l_128 = (void*)0;
        uint32_t **l_130 = &g_118[0][0];
        uint32_t ***l_129 = &l_130;
        int32_t l_138 = 0x64D21BD3L;
        int32_t l_139 = (-4L);
        uint8_t l_144 = 0x34L;
        int32_t *l_157 = (void*)0;
        if ((&g_118[2][0] != ((*l_129) = &g_118[2][0])))
        { 
            int8_t l_132 = 0x91L;
            int32_t *l_133 = &g_18[0][0];
            (*l_133) = ((0xEC66L & (+l_132)) <= 0xB5L);
        }
        else
        { 
            return p_8;
        }
        for (g_93 = 0; (g_93 <= 0); g_93 += 1)
        { 
            int32_t l_164 = 8L;
            int i, j;
            if ((safe_rshift_func_int16_t_s_u((g_18[p_10][g_93] , 0x373EL), (((+(l_137 ^= p_10)) , (((l_139 |= l_138) , ((((safe_add_func_uint16_t_u_u(((safe_add_func_uint32_t_u_u(0x12C2B6DEL, g_18[p_10][g_93])) ^ g_18[p_10][g_93]), g_18[p_10][g_93])) | l_139) != (-10L)) == g_17[2])) && 0L)) , 65533UL))))
            { 
                int16_t l_147 = 0x2F6EL;
                int i, j;
                g_18[g_93][g_93] = (((((0xD5L < p_10) || (p_10 <= l_144)) || (safe_div_func_uint32_t_u_u((((((((0x9FE0895C1B54BBB4LL == g_18[p_10][g_93]) <= 65532UL) <= g_17[0]) , p_7) <= l_147) <= l_137) < 0xE08EL), 0xFB787705L))) > g_23) , p_8);
            }
            else
            { 
                int8_t l_152 = 0xEDL;
                int32_t *l_153[4] = {&g_18[p_10][g_93],&g_18[p_10][g_93],&g_18[p_10][g_93],&g_18[p_10][g_93]};
                int i;
                p_7 = (safe_mod_func_uint32_t_u_u((safe_mul_func_int16_t_s_s(p_7, l_152)), (-9L)));
                return g_18[0][0];
            }
            for (g_114 = 0; (g_114 < (-18)); g_114 = safe_sub_func_int32_t_s_s(g_114, 7))
            { 
                int32_t **l_156 = (void*)0;
                int32_t l_179 = (-2L);
                int16_t *l_180 = &g_181;
                int32_t **l_182 = &l_157;
                l_157 = &g_18[0][0];
                p_7 = (p_9 <= (*l_157));
                (*l_182) = ((g_93 < (!((safe_unary_minus_func_uint16_t_u(g_18[0][0])) & (safe_rshift_func_uint16_t_u_s(((l_164 |= 18446744073709551615UL) && (safe_mod_func_int32_t_s_s((p_7 = 5L), (safe_sub_func_int32_t_s_s(((safe_div_func_uint32_t_u_u(((safe_sub_func_int32_t_s_s((safe_mod_func_int64_t_s_s(((safe_div_func_int16_t_s_s(((*l_180) ^= ((safe_mod_func_uint8_t_u_u(l_179, 3UL)) || l_137)), p_8)) , 0x17A473E46763B1FBLL), p_8)), 0x744AF555L)) & 1UL), 4294967287UL)) == p_10), p_9))))), (*l_157)))))) , &g_17[2]);
            }
        }
    }
    g_18[0][0] = (-1L);
    return g_18[0][0];
}
static int32_t  func_11(const int32_t  p_12, int8_t  p_13, const uint8_t  p_14)
{ 
    int32_t l_16[4];
    const int32_t *l_56[3][3] = {{&l_16[1],&l_16[1],&l_16[1]},{&g_18[0][0],&g_18[0][0],&g_18[0][0]},{&l_16[1],&l_16[1],&l_16[1]}};
    const int32_t ** const l_55 = &l_56[2][2];
    int64_t l_112 = 0L;
    int i, j;
    for (i = 0; i < 4; i++)
        l_16[i] = 0x619A80BFL;
    for (p_13 = 0; (p_13 <= 3); p_13 += 1)
    { 
        int32_t l_37 = 0x968F25CEL;
        int32_t *l_50 = &l_16[0];
        uint64_t *l_71 = (void*)0;
        uint64_t **l_70 = &l_71;
        int32_t l_100 = 0xACF7E1B1L;
        int i;
        for (g_17[1] = 3; (g_17[1] >= 0); g_17[1] -= 1)
        { 
            uint32_t l_31 = 0xFC1F7B40L;
            int32_t *l_35[4][2];
            int32_t **l_34 = &l_35[1][0];
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 2; j++)
                    l_35[i][j] = &g_17[1];
            }
            l_16[g_17[1]] ^= p_12;
            for (g_18[0][0] = 0; (g_18[0][0] != (-15)); g_18[0][0] = safe_sub_func_int64_t_s_s(g_18[0][0], 5))
            { 
                int32_t *l_22 = &g_18[0][0];
                int32_t **l_21 = &l_22;
                (*l_21) = &g_17[0];
                (*l_21) = &l_16[g_17[1]];
            }
            for (g_23 = 9; (g_23 >= 20); g_23 = safe_add_func_uint64_t_u_u(g_23, 2))
            { 
                int32_t l_30 = 0xB622B607L;
                uint16_t l_36 = 65527UL;
                l_37 = (((safe_add_func_int16_t_s_s((safe_lshift_func_uint8_t_u_u((p_14 ^ l_30), ((l_31 == 0x65E4BC79L) ^ ((((safe_rshift_func_int8_t_s_s(((void*)0 == l_34), 3)) < g_18[0][0]) , l_30) , p_13)))), g_17[1])) ^ l_36) & g_18[0][0]);
            }
        }
        for (g_23 = 0; (g_23 <= 3); g_23 += 1)
        { 
            int32_t *l_39[2][1];
            int32_t **l_38 = &l_39[0][0];
            uint64_t *l_42 = (void*)0;
            uint64_t *l_43 = &g_44[0];
            uint32_t l_47 = 0x1B1996FCL;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_39[i][j] = &g_23;
            }
            (*l_38) = (void*)0;
            if ((safe_mod_func_uint64_t_u_u((++(*l_43)), l_47)))
            { 
                (*l_38) = (*l_38);
                g_48[1][1] = g_48[0][1];
            }
            else
            { 
                int32_t *l_49[1][4];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_49[i][j] = &g_17[1];
                }
                l_50 = l_49[0][2];
            }
            if (p_13)
                break;
            for (l_47 = 0; (l_47 <= 3); l_47 += 1)
            { 
                if (p_12)
                    break;
                return p_12;
            }
        }
        if ((l_16[p_13] = (safe_div_func_int64_t_s_s(((safe_rshift_func_uint16_t_u_u(((void*)0 == l_55), 4)) <= ((p_13 , p_12) || (((((+0xE6A916C6C9A4A91ALL) > 1UL) && g_18[0][0]) | p_13) ^ p_14))), (*l_50)))))
        { 
            int32_t l_74 = 0L;
            int32_t l_116 = (-8L);
            (*l_50) = (*l_50);
            for (g_23 = 0; (g_23 != (-20)); g_23--)
            { 
                uint32_t l_62 = 2UL;
                uint64_t *l_69 = &g_44[2];
                uint64_t **l_68 = &l_69;
                uint8_t *l_72 = &g_73;
                const uint64_t ***l_76 = (void*)0;
                const uint64_t ****l_75 = &l_76;
                (*l_55) = &l_16[p_13];
                if (g_18[0][0])
                    continue;
                (*l_75) = ((safe_mod_func_uint8_t_u_u(l_62, (+((safe_div_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u(((*l_72) = ((((p_13 , (*l_50)) < g_17[1]) , l_68) != l_70)), l_74)), g_44[2])) ^ g_17[1])))) , (void*)0);
            }
            for (g_23 = (-28); (g_23 < 4); g_23 = safe_add_func_uint64_t_u_u(g_23, 5))
            { 
                uint32_t *l_92 = &g_93;
                uint16_t *l_101 = &g_102;
                int32_t l_103[2];
                uint64_t ***l_105 = &l_70;
                int16_t *l_113 = &g_114;
                uint8_t *l_115 = &g_73;
                int i;
                for (i = 0; i < 2; i++)
                    l_103[i] = 0x686F2FD6L;
                l_16[0] = ((p_12 & ((safe_div_func_int32_t_s_s(((safe_mul_func_uint16_t_u_u(((safe_rshift_func_int16_t_s_u(1L, 10)) || (&g_17[1] != ((safe_div_func_uint32_t_u_u(((+(safe_rshift_func_uint8_t_u_u((safe_sub_func_int16_t_s_s(((--(*l_92)) | (((*l_101) &= (((safe_div_func_int32_t_s_s((safe_div_func_uint16_t_u_u(g_17[1], p_12)), g_44[1])) | g_15[0][0]) && l_100)) , l_74)), g_44[0])), 6))) , p_12), (*l_50))) , l_92))), l_103[1])) , p_13), 0xF5124410L)) <= 0x4231C6F7L)) , p_14);
                (*l_55) = (void*)0;
                (*l_55) = &l_74;
                l_116 = (~((*l_115) = (((*l_105) = &l_71) != (((((*l_113) = (safe_sub_func_int8_t_s_s(((p_13 | ((safe_mul_func_int16_t_s_s(((((l_74 = p_14) >= ((-7L) > ((safe_sub_func_int32_t_s_s(((0x14209850L < l_103[1]) , p_14), l_112)) != p_14))) || 0x87L) || 1L), (*l_50))) <= g_18[0][0])) ^ g_18[0][0]), 0x66L))) != p_12) < 246UL) , g_48[0][0]))));
            }
        }
        else
        { 
            uint32_t ***l_119 = (void*)0;
            uint32_t **l_121 = &g_118[1][0];
            uint32_t ***l_120 = &l_121;
            (*l_120) = g_117;
        }
    }
    l_16[0] = (safe_mod_func_uint32_t_u_u(p_13, ((safe_unary_minus_func_int16_t_s((g_15[0][0] , (g_17[1] , ((safe_unary_minus_func_uint16_t_u(1UL)) ^ (((((safe_div_func_int8_t_s_s(((g_44[0] == g_93) <= g_15[0][0]), 0x4DL)) , 65532UL) & p_13) || g_102) > g_17[0])))))) , 0x806017ABL)));
    return p_14;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_15[i][j], "g_15[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_17[i], "g_17[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_18[i][j], "g_18[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_23, "g_23", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_44[i], "g_44[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_73, "g_73", print_hash_value);
    transparent_crc(g_93, "g_93", print_hash_value);
    transparent_crc(g_102, "g_102", print_hash_value);
    transparent_crc(g_114, "g_114", print_hash_value);
    transparent_crc(g_181, "g_181", print_hash_value);
    transparent_crc(g_184, "g_184", print_hash_value);
    transparent_crc(g_187, "g_187", print_hash_value);
    transparent_crc(g_215, "g_215", print_hash_value);
    transparent_crc(g_261, "g_261", print_hash_value);
    transparent_crc(g_320, "g_320", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
