#include "csmith.h"
static long __undefined;
static int32_t g_21 = 0xF82D83D7L;
static int8_t g_25 = 0x4EL;
static int32_t g_27 = 0xEC93CC25L;
static int32_t g_45 = 0x7A501900L;
static uint8_t g_49[4][1] = {{0x20L},{0x20L},{0x20L},{0x20L}};
static uint32_t g_56 = 0xD571E957L;
static uint32_t g_58 = 0x3A113D7AL;
static int32_t g_60 = (-1L);
static int64_t g_67 = 0L;
static uint32_t g_80 = 0x253094EEL;
static uint32_t *g_113 = (void*)0;
static int32_t *g_115 = &g_60;
static int8_t *g_142 = &g_25;
static int8_t **g_141[1][1] = {{&g_142}};
static int32_t g_168 = 1L;
static int64_t g_189 = 0L;
static uint32_t *g_198 = &g_56;
static uint32_t **g_197[1][2] = {{&g_198,&g_198}};
static uint32_t ***g_196 = &g_197[0][0];
static uint32_t ****g_195 = &g_196;
static uint16_t g_207 = 0x073DL;
static int32_t g_242[1][3] = {{0xC5DCDB80L,0xC5DCDB80L,0xC5DCDB80L}};
static int32_t g_243 = (-8L);
static int8_t g_245 = 1L;
static int64_t g_246 = 0L;
static uint32_t g_247 = 0xFE8ED7BAL;
static uint32_t *g_295[4][2] = {{&g_58,&g_58},{&g_56,&g_58},{&g_58,&g_56},{&g_58,&g_58}};
static int64_t *g_301 = &g_189;
static int8_t g_360 = (-1L);
static uint8_t  func_1(void);
static int8_t  func_6(int32_t  p_7, int8_t  p_8);
static int16_t  func_11(uint8_t  p_12, uint64_t  p_13, uint32_t  p_14, uint64_t  p_15, int8_t  p_16);
static uint8_t  func_1(void)
{ 
    int16_t l_22[2];
    uint64_t l_23 = 0x72D714F98CAFA32FLL;
    int8_t *l_24 = &g_25;
    int32_t *l_214 = &g_60;
    int32_t l_241 = 0x5547A387L;
    int32_t l_244[2][3] = {{2L,2L,2L},{(-7L),(-7L),(-7L)}};
    int32_t l_287 = 0xC8A6FC8CL;
    uint16_t * const l_288[1][4] = {{&g_207,&g_207,&g_207,&g_207}};
    int16_t l_294 = (-1L);
    int32_t * const l_297 = &g_60;
    uint64_t l_341[1];
    int i, j;
    for (i = 0; i < 2; i++)
        l_22[i] = 0x0302L;
    for (i = 0; i < 1; i++)
        l_341[i] = 0x710E5DD26EA70BEFLL;
    if (((*l_214) = (safe_lshift_func_uint8_t_u_u((safe_add_func_int8_t_s_s(func_6((safe_lshift_func_int16_t_s_s((func_11(((safe_mul_func_int8_t_s_s((safe_rshift_func_int8_t_s_s((g_21 <= g_21), g_21)), ((*l_24) = (l_22[1] > l_23)))) , g_25), g_21, l_22[0], l_23, l_22[1]) >= l_23), 10)), g_21), l_23)), l_23))))
    { 
        int8_t *l_220[1][1];
        int32_t l_223 = (-10L);
        int8_t l_232 = (-1L);
        int32_t *l_251[2];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_220[i][j] = &g_25;
        }
        for (i = 0; i < 2; i++)
            l_251[i] = &g_60;
        if ((~(-4L)))
        { 
            int8_t *l_219 = &g_25;
            uint64_t *l_221[2][4] = {{&l_23,&l_23,&l_23,&l_23},{&l_23,&l_23,&l_23,&l_23}};
            int32_t l_222[2];
            int8_t *l_224 = (void*)0;
            int32_t **l_250[2];
            int i, j;
            for (i = 0; i < 2; i++)
                l_222[i] = 0x5944C72FL;
            for (i = 0; i < 2; i++)
                l_250[i] = &g_115;
            (*g_195) = ((*g_142) , (void*)0);
            if ((safe_mul_func_uint8_t_u_u(g_207, (0xE618L > (((safe_unary_minus_func_int64_t_s(0xB980044ACA4CA271LL)) & (l_222[0] &= ((g_49[1][0] <= (l_219 != l_220[0][0])) | 7UL))) , l_223)))))
            { 
                int32_t *l_225 = &l_223;
                int32_t *l_226 = &l_222[0];
                int32_t *l_227 = (void*)0;
                int32_t *l_228 = &g_60;
                int32_t *l_229 = &g_27;
                int32_t *l_230 = &g_27;
                int32_t *l_231 = &g_27;
                int32_t *l_233 = &g_27;
                int32_t *l_234 = &l_222[1];
                int32_t *l_235 = &g_27;
                int32_t *l_236 = &g_27;
                int32_t *l_237 = &l_223;
                int32_t *l_238 = &l_223;
                int32_t *l_239 = &g_60;
                int32_t *l_240[1][1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_240[i][j] = &g_27;
                }
                (*l_214) |= g_27;
                (*l_214) = (l_224 == (void*)0);
                g_247++;
            }
            else
            { 
                return g_25;
            }
            l_251[1] = &g_60;
            return g_189;
        }
        else
        { 
            int16_t l_257[1];
            int i;
            for (i = 0; i < 1; i++)
                l_257[i] = 0xC11CL;
            g_27 &= (safe_sub_func_int8_t_s_s((g_80 && ((*l_214) , (0xEFL >= (*g_142)))), (+(l_257[0] == 0xE090L))));
        }
    }
    else
    { 
        (*l_214) = (*l_214);
    }
    if ((g_27 = (safe_mul_func_uint8_t_u_u((((((safe_mul_func_int8_t_s_s(0x78L, (safe_div_func_int8_t_s_s((g_21 ^ ((safe_add_func_uint32_t_u_u((*l_214), (3L && ((safe_sub_func_int32_t_s_s(((safe_sub_func_int8_t_s_s(0x44L, (*l_214))) ^ (-5L)), 0xE7D0B48FL)) != g_56)))) && g_246)), (*l_214))))) >= 9UL) < g_80) , g_49[1][0]) < (*l_214)), 255UL))))
    { 
        uint64_t l_280 = 9UL;
        int8_t *l_285 = &g_25;
        int64_t *l_286 = &g_67;
        uint32_t *l_296 = &g_58;
        int32_t *l_342[1];
        int i;
        for (i = 0; i < 1; i++)
            l_342[i] = (void*)0;
        if (((safe_sub_func_uint64_t_u_u(((safe_mul_func_int8_t_s_s(1L, ((((safe_sub_func_uint32_t_u_u((safe_add_func_uint8_t_u_u((safe_mod_func_int16_t_s_s(((l_280 | (*l_214)) || (*l_214)), (safe_div_func_int32_t_s_s(((((safe_add_func_int8_t_s_s((((*l_286) = ((l_285 != l_285) ^ 4294967286UL)) && (*l_214)), l_280)) , (*l_214)) >= l_287) <= g_243), g_243)))), 0xFCL)), (*l_214))) <= 1L) < g_21) , 0x01L))) , g_21), (*l_214))) <= 0xB318L))
        { 
            return g_49[1][0];
        }
        else
        { 
            uint32_t l_292[3][1];
            uint32_t *l_293[1];
            int64_t *l_299 = &g_67;
            int32_t l_319 = 0L;
            int64_t l_320 = 8L;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_292[i][j] = 0x138A2B4CL;
            }
            for (i = 0; i < 1; i++)
                l_293[i] = &l_292[1][0];
            if (((((void*)0 != l_288[0][1]) ^ (~(((safe_add_func_int64_t_s_s((0x325B8E2CL <= ((((((l_292[1][0] || ((*l_214) = (((*l_285) |= (0xE4D6C617L || 0x57BBCE2EL)) | l_292[1][0]))) , g_80) >= g_242[0][2]) != l_294) , g_295[1][1]) == l_296)), 0x8E2FD6FEC25883E4LL)) > l_23) , g_60))) | g_242[0][1]))
            { 
                int32_t *l_298 = (void*)0;
                int64_t **l_300 = &l_286;
                l_298 = l_297;
                if (g_58)
                    goto lbl_308;
lbl_308:
                (*l_297) = (((****g_195) &= (((*l_300) = l_299) != (g_301 = &g_189))) , (safe_sub_func_uint8_t_u_u((safe_sub_func_int16_t_s_s((safe_div_func_int16_t_s_s(l_292[1][0], g_189)), 65529UL)), 255UL)));
                (*l_214) ^= l_292[1][0];
            }
            else
            { 
                return g_49[0][0];
            }
            g_27 &= ((safe_div_func_int64_t_s_s(((1UL == (g_207--)) , ((*l_299) &= (((safe_sub_func_int32_t_s_s(l_280, (safe_add_func_uint32_t_u_u((((safe_add_func_int8_t_s_s(((*l_24) = ((*l_297) == (l_320 &= l_319))), (safe_div_func_int8_t_s_s((safe_div_func_int8_t_s_s(((l_285 != l_24) | 0xC044EE1DL), (*l_214))), l_280)))) , g_301) == (void*)0), g_246)))) < l_280) < 0xBF4DEF939C4FBF55LL))), 0x2E4CE6ED6E7AD38DLL)) >= l_280);
        }
        l_244[0][0] &= (((((((((safe_rshift_func_int8_t_s_s(((*l_285) = l_280), ((safe_div_func_int64_t_s_s(((*l_286) = ((*g_301) = (!(((*g_301) && ((safe_add_func_int8_t_s_s((((safe_add_func_int64_t_s_s((((((safe_mod_func_uint16_t_u_u(g_245, g_67)) , (safe_mul_func_int8_t_s_s((!((safe_mod_func_int64_t_s_s((*g_301), 3UL)) & (*g_301))), (*l_297)))) == (-10L)) , g_67) > g_80), g_243)) & 0xFFL) || 0x48L), (*l_214))) <= g_168)) || (*l_214))))), l_280)) , (*l_297)))) , g_189) , (void*)0) != (void*)0) ^ 0xEEF19BAF28728338LL) && l_341[0]) != (*l_214)) < g_60) == (*l_214));
    }
    else
    { 
        uint16_t l_349 = 0xC012L;
        for (g_25 = 19; (g_25 <= 10); g_25 = safe_sub_func_uint32_t_u_u(g_25, 2))
        { 
            for (g_21 = 4; (g_21 < 2); g_21 = safe_sub_func_uint16_t_u_u(g_21, 1))
            { 
                int32_t *l_347 = (void*)0;
                int32_t *l_348 = &l_244[1][1];
                (*l_348) &= ((*l_214) = (*l_214));
                l_349++;
            }
        }
    }
lbl_380:
    for (g_60 = (-26); (g_60 != (-13)); ++g_60)
    { 
        uint32_t l_359 = 0xEA2D04D0L;
        int32_t *l_376[1];
        int32_t **l_377[2][1];
        int i, j;
        for (i = 0; i < 1; i++)
            l_376[i] = (void*)0;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_377[i][j] = &l_214;
        }
        for (g_58 = (-7); (g_58 != 30); ++g_58)
        { 
            int32_t *l_361 = &l_244[1][1];
            uint32_t *****l_374 = (void*)0;
            int32_t **l_375 = &l_361;
            if ((((safe_lshift_func_uint8_t_u_s((((((g_207 &= ((g_168 , ((*g_301) = ((((!(g_168 | l_359)) , 65535UL) || l_359) != 4294967294UL))) | 0xA06ABC1FAA2AF761LL)) & 5L) > 1L) | 0x14L) , 0UL), 4)) & 0x67FBCB9C9697829DLL) | g_60))
            { 
                int32_t l_372 = 0x75718292L;
                int32_t l_373[4] = {0x39230E06L,0x39230E06L,0x39230E06L,0x39230E06L};
                int i;
                if (g_56)
                    break;
                if (g_360)
                    break;
                l_214 = l_361;
                l_373[0] = (((((((safe_add_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s((((*g_142) &= (safe_mul_func_uint8_t_u_u(g_80, ((safe_rshift_func_int8_t_s_s((((safe_rshift_func_uint16_t_u_s(l_359, 1)) && ((g_360 ^ g_67) || (-1L))) < (*l_361)), (*l_361))) ^ (*g_301))))) , l_372), (*l_361))), l_372)) ^ l_372) , (*l_214)) & 0x432666E5DAF8DDA8LL) != (*l_361)) || 0xAAD2AB0D9BE3B201LL) || l_372);
            }
            else
            { 
                (*l_361) = ((*l_361) , ((g_207 = ((g_45 , l_374) != (void*)0)) > (*l_361)));
                (*l_361) = (g_25 >= g_27);
                if (l_359)
                    continue;
            }
            if (l_359)
                break;
            (*l_361) = ((*g_301) , 0xD90E1CA6L);
            (*l_375) = &g_60;
        }
        g_115 = (l_359 , (l_214 = l_376[0]));
    }
    for (g_243 = (-3); (g_243 != (-29)); g_243--)
    { 
        uint32_t l_381 = 0xEE888D95L;
        if (g_27)
            goto lbl_380;
        (*l_297) |= l_381;
    }
    return g_247;
}
static int8_t  func_6(int32_t  p_7, int8_t  p_8)
{ 
    int64_t *l_202 = &g_67;
    int32_t l_205 = 0x40013EB6L;
    uint16_t *l_206 = &g_207;
    uint16_t *l_211[3];
    uint8_t l_212 = 0UL;
    int32_t *l_213 = &g_27;
    int i;
    for (i = 0; i < 3; i++)
        l_211[i] = (void*)0;
    (*l_213) = (((*l_202) = 1L) , ((safe_add_func_uint16_t_u_u(((*l_206)++), 0x2B80L)) != (((((+((((l_212 = (((((p_8 < 5UL) , ((p_8 >= p_8) == 0x91ADAEABL)) > 0xB7B750C1D09C8177LL) > 0xB88990D2993C0D73LL) && 0x23L)) | 0x8273L) != l_205) || g_60)) || p_8) & l_205) & l_205) , l_212)));
    return p_7;
}
static int16_t  func_11(uint8_t  p_12, uint64_t  p_13, uint32_t  p_14, uint64_t  p_15, int8_t  p_16)
{ 
    int32_t *l_26 = &g_27;
    uint32_t l_40 = 0xDE2CAEABL;
    int8_t *l_54 = &g_25;
    int32_t l_61 = 0x2E414E4AL;
    int32_t l_62 = 0x591F28F6L;
    int32_t l_74 = 7L;
    int32_t l_75 = 0xA5050E7AL;
    int32_t l_79 = 0x8548DC09L;
    uint32_t *l_90 = &g_80;
    int16_t l_114[1][1];
    int32_t *l_132[3][4];
    int8_t l_149[2][4];
    uint32_t l_155 = 4294967294UL;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_114[i][j] = 0x9C01L;
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
            l_132[i][j] = &l_79;
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
            l_149[i][j] = 6L;
    }
lbl_150:
    (*l_26) |= 6L;
    if (((((safe_mod_func_int64_t_s_s((safe_mod_func_uint32_t_u_u((safe_sub_func_int64_t_s_s((p_13 || (g_27 = ((safe_mul_func_uint16_t_u_u(((((((0L == (safe_rshift_func_uint16_t_u_s(g_27, (safe_mod_func_int16_t_s_s((0L & p_12), 0xB26DL))))) , g_25) ^ g_27) == g_25) < (*l_26)) != p_14), (*l_26))) | g_27))), l_40)), p_14)), g_21)) >= 0xF890BA5FC0266D99LL) , (*l_26)) == p_14))
    { 
        int64_t l_46 = 0xC6E12CDFD7F7FFFFLL;
        uint8_t *l_47 = (void*)0;
        uint8_t *l_48[2][3] = {{&g_49[1][0],&g_49[1][0],&g_49[1][0]},{&g_49[3][0],&g_49[3][0],&g_49[3][0]}};
        uint32_t *l_55 = &g_56;
        uint32_t *l_57 = &g_58;
        int32_t *l_59[3][1];
        int64_t l_63 = 0L;
        uint32_t l_64 = 0xAE7BE98BL;
        int32_t *l_83 = &g_60;
        int32_t **l_84 = &l_26;
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_59[i][j] = &g_60;
        }
        g_60 |= ((safe_mul_func_int8_t_s_s((((safe_rshift_func_int8_t_s_s(((((g_45 , (g_49[1][0] = l_46)) | (safe_mod_func_int8_t_s_s(((safe_div_func_uint16_t_u_u((0x10F121ADF561F660LL < l_46), (((*l_57) = ((*l_55) ^= ((((l_54 != l_54) , g_21) & 1L) | 0UL))) , g_58))) > l_46), g_27))) , g_49[3][0]) ^ 0xC6A002B5L), 5)) , 0x7F1CL) != g_45), p_13)) || 1L);
        --l_64;
        for (l_61 = 0; (l_61 <= 0); l_61 += 1)
        { 
            uint64_t l_68 = 0xDB0950CF10AA6F33LL;
            int32_t l_71 = 0L;
            int32_t l_72 = 0x98891C1AL;
            int32_t l_77 = 2L;
            int32_t l_78 = 0xE4AE4714L;
            l_68--;
            for (l_62 = 0; (l_62 >= 0); l_62 -= 1)
            { 
                int32_t l_73 = 1L;
                int32_t l_76 = 0x2DD2E1BDL;
                int i, j;
                --g_80;
                return p_15;
            }
        }
        (*l_84) = l_83;
    }
    else
    { 
        int32_t *l_85[2][2] = {{&g_27,&g_27},{&g_27,&g_27}};
        int32_t **l_86 = &l_26;
        uint32_t *l_89 = &g_80;
        uint32_t **l_88[1];
        int i, j;
        for (i = 0; i < 1; i++)
            l_88[i] = &l_89;
        (*l_86) = l_85[1][1];
        if ((0xE0L != (((g_45 ^ p_12) & 0xAAD5L) , (!((l_90 = (void*)0) == &g_58)))))
        { 
            uint8_t l_103 = 6UL;
            uint8_t *l_104 = (void*)0;
            uint8_t *l_105[1][3];
            int32_t l_106 = 0x9F55D16FL;
            uint32_t *l_107[1][2];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_105[i][j] = &g_49[0][0];
            }
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_107[i][j] = &l_40;
            }
            l_75 |= ((g_58 & (((*l_26) = ((safe_sub_func_uint64_t_u_u((safe_mul_func_int8_t_s_s(((safe_add_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u((&p_16 == (void*)0), (((safe_div_func_int64_t_s_s(((0x2EL >= (l_106 = (l_103 >= 18446744073709551612UL))) < p_13), p_13)) , g_49[2][0]) == (*l_26)))), (*l_26))) && (-2L)), 7L)), (-8L))) , 8UL)) > g_25)) == g_67);
            g_27 &= (((safe_lshift_func_uint16_t_u_s((((&l_40 == (((safe_div_func_uint32_t_u_u((&l_85[1][1] == &l_85[1][1]), (+p_12))) & 9L) , g_113)) , (void*)0) == (void*)0), 13)) != l_114[0][0]) , g_58);
        }
        else
        { 
            g_115 = &l_62;
        }
        return g_58;
    }
    for (l_75 = 0; (l_75 >= 0); l_75 -= 1)
    { 
        uint16_t l_127 = 0xD00CL;
        int32_t l_128 = 3L;
        int32_t *l_129 = &l_75;
        uint8_t l_138 = 0x88L;
        int8_t **l_140 = &l_54;
        int32_t l_145 = 0L;
        const uint64_t l_167 = 18446744073709551615UL;
        uint32_t **l_193 = &l_90;
        uint32_t ***l_192 = &l_193;
        if (((g_113 != &l_40) , (0L > (+0x959BL))))
        { 
            l_128 = (safe_mul_func_uint16_t_u_u(g_21, (safe_div_func_uint64_t_u_u((safe_lshift_func_int16_t_s_u((g_49[2][0] <= ((safe_mul_func_int16_t_s_s(((safe_mul_func_int16_t_s_s(g_49[1][0], l_127)) != (&p_12 == (void*)0)), l_127)) & p_15)), 9)), 3UL))));
        }
        else
        { 
            int32_t **l_130[4][1];
            int8_t *l_133 = &g_25;
            int8_t **l_139 = &l_54;
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 1; j++)
                    l_130[i][j] = (void*)0;
            }
            l_26 = l_129;
            for (g_67 = 0; (g_67 >= 0); g_67 -= 1)
            { 
                int32_t *l_131 = &g_60;
                l_131 = &l_128;
                l_132[1][3] = &l_128;
            }
            if ((((&g_25 == l_133) <= (safe_div_func_int64_t_s_s((safe_add_func_uint8_t_u_u(l_138, (((*l_139) = l_54) == (void*)0))), p_15))) > (*g_115)))
            { 
                g_141[0][0] = l_140;
            }
            else
            { 
                int32_t l_143 = 0x40E7FB84L;
                int32_t l_144 = (-1L);
                uint16_t l_146 = 65535UL;
                if ((*l_129))
                    break;
                --l_146;
            }
        }
        (*g_115) = 1L;
        if (l_149[1][3])
            continue;
        if (p_13)
        { 
            int8_t l_156 = 0x91L;
            int32_t l_157[2][2] = {{1L,1L},{1L,1L}};
            int i, j;
            if (g_58)
                goto lbl_150;
            l_157[1][1] ^= (safe_div_func_uint8_t_u_u((0xBDL >= (safe_sub_func_uint8_t_u_u((g_27 <= (((void*)0 != &g_80) || (((((((*g_115) = 1L) , l_155) >= g_21) || p_16) , 0xC325L) < l_156))), p_13))), 0x99L));
            l_145 = (l_157[0][0] = (safe_mod_func_uint64_t_u_u(((+((p_13 & (g_27 ^= ((*g_115) = (safe_rshift_func_int8_t_s_s(((((((p_16 & (p_12 < (*g_115))) , (safe_mod_func_int8_t_s_s(((*g_142) = (safe_sub_func_uint32_t_u_u(l_167, p_12))), p_16))) <= p_13) , (*l_129)) , 0x0CL) > l_157[1][1]), g_168))))) < g_49[2][0])) & p_12), p_15)));
        }
        else
        { 
            int8_t *l_187[1][3];
            int8_t **l_188 = &l_187[0][0];
            int32_t l_190 = (-1L);
            int32_t l_191 = 0x98ECC7ADL;
            uint32_t ****l_194 = &l_192;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_187[i][j] = &l_149[1][0];
            }
            l_191 |= ((!(((!p_15) || ((safe_add_func_uint32_t_u_u((safe_add_func_uint8_t_u_u(((safe_add_func_uint64_t_u_u((safe_lshift_func_int8_t_s_u((safe_rshift_func_int8_t_s_u((p_12 && (*g_142)), ((((safe_div_func_int8_t_s_s((safe_mod_func_uint64_t_u_u((((safe_mod_func_int8_t_s_s((&p_16 != ((*l_188) = ((*l_140) = l_187[0][0]))), p_14)) && p_14) <= 1L), p_15)), 0xE9L)) , (void*)0) == (void*)0) && p_12))), (*l_129))), p_16)) != 0xC221L), (*l_26))), 0x5427B448L)) , (*l_129))) , g_189)) & l_190);
            (*l_194) = l_192;
            return p_16;
        }
        for (g_189 = 0; (g_189 >= 0); g_189 -= 1)
        { 
            uint32_t ****l_199 = &g_196;
            uint32_t *****l_200 = &l_199;
            int32_t l_201 = 0L;
            l_201 |= (g_195 != ((*l_200) = l_199));
        }
    }
    return p_14;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_21, "g_21", print_hash_value);
    transparent_crc(g_25, "g_25", print_hash_value);
    transparent_crc(g_27, "g_27", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_49[i][j], "g_49[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_67, "g_67", print_hash_value);
    transparent_crc(g_80, "g_80", print_hash_value);
    transparent_crc(g_168, "g_168", print_hash_value);
    transparent_crc(g_189, "g_189", print_hash_value);
    transparent_crc(g_207, "g_207", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_242[i][j], "g_242[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_243, "g_243", print_hash_value);
    transparent_crc(g_245, "g_245", print_hash_value);
    transparent_crc(g_246, "g_246", print_hash_value);
    transparent_crc(g_247, "g_247", print_hash_value);
    transparent_crc(g_360, "g_360", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
