#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0xF5540D7FL;
static int32_t g_5 = 7L;
static uint32_t g_47 = 0x0268D9A6L;
static int32_t g_49 = 0x21EB1ED3L;
static uint16_t g_60 = 0xBD85L;
static uint64_t g_65[2][3] = {{9UL,9UL,9UL},{9UL,9UL,9UL}};
static int32_t g_87[3] = {9L,9L,9L};
static int16_t g_89 = 0x020DL;
static uint16_t **g_97 = (void*)0;
static int8_t g_137[1][2] = {{0x23L,0x23L}};
static int64_t g_164 = 0xF530D896A6C0ADD2LL;
static int64_t g_173 = 0x9E99FB6E159C151ELL;
static int32_t g_176[2] = {8L,8L};
static uint64_t g_189 = 0UL;
static int32_t *g_220 = &g_49;
static int32_t ** const g_219 = &g_220;
static int32_t g_226 = (-1L);
static uint64_t g_231 = 0x858F7840E07A6737LL;
static uint8_t g_290 = 247UL;
static uint16_t **g_362 = (void*)0;
static uint8_t g_394 = 2UL;
static uint16_t g_444 = 65535UL;
static int32_t g_470[2] = {0xDDDEF379L,0xDDDEF379L};
static int16_t g_531 = 0xF40BL;
static int32_t g_534 = 0x160120D0L;
static int8_t *g_537 = &g_137[0][1];
static int8_t **g_536 = &g_537;
static uint64_t  func_1(void);
static uint8_t  func_10(uint32_t  p_11, int64_t  p_12);
static uint16_t  func_26(int32_t  p_27, int64_t  p_28, uint16_t  p_29);
static uint64_t  func_1(void)
{ 
    int32_t l_17 = 0x8D303F02L;
    uint64_t l_346 = 0x49EF023420736117LL;
    uint8_t l_390 = 1UL;
    int32_t l_406 = (-7L);
    int32_t l_409 = 6L;
    int32_t l_412[3];
    uint32_t l_416[2][4] = {{0x3EEBBEFEL,0xC670EF22L,0x3EEBBEFEL,0x3EEBBEFEL},{0xC670EF22L,0xC670EF22L,0x5D97B975L,0xC670EF22L}};
    uint16_t **l_423[3][2];
    int64_t l_436 = 1L;
    int32_t l_438 = 1L;
    uint32_t l_465[4] = {4294967290UL,4294967290UL,4294967290UL,4294967290UL};
    int8_t **l_506 = (void*)0;
    int8_t ***l_505 = &l_506;
    int32_t *l_523[3];
    const uint16_t l_535 = 0x9D48L;
    int i, j;
    for (i = 0; i < 3; i++)
        l_412[i] = 0x56075902L;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
            l_423[i][j] = (void*)0;
    }
    for (i = 0; i < 3; i++)
        l_523[i] = (void*)0;
    for (g_2 = 20; (g_2 > 3); g_2 = safe_sub_func_uint8_t_u_u(g_2, 1))
    { 
        const int64_t l_16 = 0xEB969161D594D035LL;
        int32_t *l_347 = &g_226;
        int32_t l_368 = 0xD0B56DA2L;
        int32_t l_405 = 0x775938D7L;
        int32_t l_408 = 0xE76D6071L;
        int32_t l_411 = 0L;
        uint8_t l_413 = 0x7BL;
        int16_t l_437 = (-2L);
        int32_t l_439 = (-7L);
        int32_t l_440 = 0xF2D6A4FCL;
        int32_t l_441 = (-1L);
        int32_t l_442 = 4L;
        int32_t l_443 = 0xC41D508AL;
        uint32_t l_462 = 2UL;
        uint64_t l_477 = 0x61270BD67B30AC9ELL;
        uint16_t *l_499 = &g_444;
    }
    (*l_505) = (void*)0;
    for (g_173 = 0; (g_173 > (-12)); --g_173)
    { 
        int32_t *l_509 = &g_87[1];
        int8_t l_510 = 0x77L;
        int32_t *l_511 = &g_87[1];
        int32_t *l_512 = &g_87[1];
        int32_t *l_513 = &l_409;
        int32_t *l_514 = (void*)0;
        int32_t *l_515[2];
        uint32_t l_516 = 0x414BA482L;
        int64_t *l_524 = &g_164;
        int64_t *l_532 = (void*)0;
        int64_t *l_533 = &l_436;
        int8_t l_538[1][3];
        int i, j;
        for (i = 0; i < 2; i++)
            l_515[i] = &g_226;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_538[i][j] = 0x1BL;
        }
        l_516++;
        g_2 ^= ((**g_219) != ((((safe_add_func_int64_t_s_s(((*l_524) &= (l_523[2] != (*g_219))), (safe_mul_func_uint16_t_u_u(((*l_513) = ((safe_sub_func_uint16_t_u_u((g_444 = (safe_add_func_uint32_t_u_u(4294967290UL, (((((g_534 = ((*l_533) = (g_531 |= (0x11F672A0L > (**g_219))))) && 0x74B9311024E751B1LL) , &g_394) == &g_290) > l_535)))), g_231)) == (*l_512))), (*l_511))))) <= 1L) , g_536) != (void*)0));
        if (l_538[0][1])
            continue;
    }
    return g_47;
}
static uint8_t  func_10(uint32_t  p_11, int64_t  p_12)
{ 
    int32_t l_18 = 0L;
    uint64_t *l_223 = &g_65[1][1];
    int8_t *l_224 = &g_137[0][0];
    int32_t *l_225 = &g_226;
    int32_t *l_237 = &g_49;
    int32_t l_252 = (-1L);
    int32_t l_253 = (-3L);
    int32_t l_254 = (-5L);
    int32_t l_255[1];
    uint32_t *l_335 = &g_47;
    int i;
    for (i = 0; i < 1; i++)
        l_255[i] = 0xF7015397L;
    (*l_225) |= (((l_18 == 3UL) , (l_18 >= (!((((*l_224) = ((((*l_223) = ((safe_mod_func_int64_t_s_s((safe_div_func_int32_t_s_s(((65533UL != func_26(p_12, g_2, p_11)) <= g_5), l_18)), p_12)) <= 0xD2FAL)) != l_18) > p_12)) , 0xE6EBF352B2F686EFLL) & (-1L))))) ^ l_18);
    if (((((safe_mod_func_uint16_t_u_u((safe_sub_func_uint16_t_u_u((g_231 == (-2L)), (safe_mod_func_uint16_t_u_u((((safe_add_func_uint64_t_u_u(1UL, ((*l_225) != (((!(*l_225)) > (*l_225)) && g_176[0])))) < 0x16601BD3L) == (*l_225)), p_12)))), g_176[1])) , (void*)0) != l_237) < 0x93DBE3D2L))
    { 
        uint16_t l_247 = 65533UL;
        int32_t l_249[1][2];
        int32_t l_272 = (-9L);
        int32_t ***l_291 = (void*)0;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_249[i][j] = 0L;
        }
        for (g_173 = (-6); (g_173 <= 2); ++g_173)
        { 
            for (g_164 = (-26); (g_164 <= (-21)); g_164++)
            { 
                return p_12;
            }
        }
        if ((+((safe_rshift_func_int8_t_s_s(((safe_add_func_int32_t_s_s((*g_220), ((void*)0 != &g_97))) > ((((*l_223) ^= p_11) == (&g_89 == (void*)0)) ^ g_137[0][0])), p_11)) == l_247)))
        { 
            return g_176[0];
        }
        else
        { 
            int32_t l_248[4] = {0xCD12A0E9L,0xCD12A0E9L,0xCD12A0E9L,0xCD12A0E9L};
            int32_t *l_250 = &l_249[0][0];
            int32_t *l_251[3];
            int64_t l_256 = 0x3DA22FC5A8F50893LL;
            uint32_t l_257 = 0x3AA252B8L;
            int32_t *l_262 = &g_176[0];
            int16_t *l_265 = &g_89;
            uint16_t l_277 = 0x67ACL;
            int i;
            for (i = 0; i < 3; i++)
                l_251[i] = &l_248[2];
            for (g_60 = 0; (g_60 <= 0); g_60 += 1)
            { 
                return g_49;
            }
            l_257++;
            if ((safe_add_func_uint16_t_u_u((((*l_262) = p_11) , ((safe_mul_func_int16_t_s_s(((*l_265) = p_11), ((safe_mul_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u(6UL, g_2)), ((safe_rshift_func_uint8_t_u_s(1UL, p_12)) && l_249[0][0]))) & 253UL))) >= (*g_220))), 1L)))
            { 
                (**g_219) = 0x880FE957L;
                (*g_220) |= 0xC4FDCA33L;
            }
            else
            { 
                uint16_t l_273 = 0x51ADL;
                (*g_220) = 0xEBC1D7F2L;
                if (l_257)
                    goto lbl_276;
lbl_276:
                l_273--;
                --l_277;
            }
        }
        for (g_49 = 0; (g_49 >= 0); g_49 -= 1)
        { 
            int32_t *l_282[1][2];
            uint8_t *l_289[4][3];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_282[i][j] = (void*)0;
            }
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 3; j++)
                    l_289[i][j] = &g_290;
            }
            l_249[0][0] &= ((safe_rshift_func_uint16_t_u_s(l_255[g_49], (((*l_225) = 1L) <= l_255[g_49]))) & (&p_12 == (void*)0));
            for (l_18 = (-18); (l_18 > 4); l_18 = safe_add_func_uint16_t_u_u(l_18, 3))
            { 
                return p_11;
            }
            l_249[0][0] &= ((((safe_add_func_uint64_t_u_u((*l_225), ((&g_65[1][2] != &g_65[1][2]) | ((((safe_add_func_uint8_t_u_u((((g_290 = 2UL) , l_289[1][2]) == &g_137[0][0]), p_11)) || g_231) , l_291) == &g_219)))) >= g_189) | 0x22A087789C42E18ELL) | 0x0EL);
        }
        for (l_253 = 22; (l_253 >= 1); --l_253)
        { 
            for (g_226 = 1; (g_226 >= 0); g_226 -= 1)
            { 
                int32_t l_294 = 0xF6605445L;
                int i;
                l_294 = g_176[g_226];
            }
            (**g_219) = (*g_220);
            if (p_11)
                break;
        }
        if (l_247)
            goto lbl_345;
    }
    else
    { 
        uint64_t l_313 = 0x3F1C3035D422A79DLL;
        int32_t l_315 = 0xF8F3B270L;
        int16_t **l_320 = (void*)0;
        for (p_12 = 0; (p_12 == 0); p_12 = safe_add_func_uint64_t_u_u(p_12, 9))
        { 
            uint8_t *l_307 = &g_290;
            int32_t l_314 = 0x46979E7AL;
            int32_t l_330 = 0L;
            if (p_12)
                break;
            l_315 = ((safe_sub_func_int32_t_s_s(((*l_237) = ((((--(*l_223)) > (((safe_div_func_uint64_t_u_u(5UL, (safe_mul_func_uint8_t_u_u(((((((((*l_307) = 254UL) , (((safe_mul_func_uint8_t_u_u(255UL, ((~(((++(*l_307)) > p_11) && g_176[1])) == 0xF8L))) >= 0xCEE631E34A7E3D98LL) & l_313)) & g_176[0]) != g_2) & p_11) <= 0x638F292811CBD223LL) , g_49), l_314)))) || l_314) <= l_313)) < g_231) ^ g_164)), p_11)) <= 247UL);
        }
    }
lbl_345:
    (*g_220) = p_12;
    (*l_237) |= ((void*)0 == &l_255[0]);
    return p_12;
}
static uint16_t  func_26(int32_t  p_27, int64_t  p_28, uint16_t  p_29)
{ 
    uint64_t l_32[3][2] = {{0x3657218670FC2448LL,0x3657218670FC2448LL},{0x3657218670FC2448LL,0x3657218670FC2448LL},{0x3657218670FC2448LL,0x3657218670FC2448LL}};
    uint32_t *l_70 = &g_47;
    int32_t l_102[4] = {0x6BE7BEB3L,0x6BE7BEB3L,0x6BE7BEB3L,0x6BE7BEB3L};
    int16_t *l_128 = &g_89;
    uint16_t **l_146 = (void*)0;
    int16_t *l_161 = &g_89;
    int8_t l_184[3][2];
    int32_t l_185 = 0xE7BACF89L;
    uint16_t l_186[4] = {0UL,0UL,0UL,0UL};
    int32_t *l_215 = &l_102[3];
    int32_t **l_222 = &l_215;
    int32_t ***l_221 = &l_222;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
            l_184[i][j] = 0x67L;
    }
lbl_199:
    for (p_27 = (-21); (p_27 == (-21)); p_27 = safe_add_func_uint32_t_u_u(p_27, 7))
    { 
        uint64_t l_39 = 0x165D3E8EA4716037LL;
        int16_t l_98 = 1L;
        int64_t l_103 = 0xE2D30B1440D3F7D5LL;
        int32_t l_104 = (-6L);
        int32_t l_105 = 0L;
        int32_t l_106 = 0xCC279608L;
        int32_t l_107 = 1L;
        for (p_28 = 1; (p_28 >= 0); p_28 -= 1)
        { 
            uint32_t *l_46 = &g_47;
            int32_t *l_48 = &g_49;
            uint16_t *l_59[2];
            int i, j;
            for (i = 0; i < 2; i++)
                l_59[i] = &g_60;
            (*l_48) = ((safe_rshift_func_uint16_t_u_u((((((safe_rshift_func_int16_t_s_u((safe_lshift_func_int8_t_s_u((l_32[(p_28 + 1)][p_28] > ((l_39 || (((*l_46) = (safe_add_func_uint16_t_u_u((safe_mod_func_int32_t_s_s((((g_2 <= (safe_rshift_func_uint16_t_u_s(g_5, 7))) == (g_2 , g_5)) == p_28), 0x8C46158EL)), g_2))) | l_32[(p_28 + 1)][p_28])) != g_5)), p_29)), 2)) > l_32[(p_28 + 1)][p_28]) , g_47) , p_27) ^ p_27), 7)) ^ 255UL);
            if ((((safe_lshift_func_int16_t_s_u(0x15F7L, (safe_unary_minus_func_uint64_t_u((safe_mul_func_uint16_t_u_u((((safe_sub_func_int64_t_s_s(((safe_div_func_uint64_t_u_u(((g_60--) && ((safe_add_func_uint32_t_u_u((g_65[1][2] , g_49), ((safe_div_func_uint16_t_u_u((g_49 <= (l_70 == (void*)0)), l_39)) , l_39))) & 0x36L)), g_47)) , 0x3153D57951F1B003LL), 0UL)) >= p_29) && g_60), p_27)))))) , (void*)0) == &g_47))
            { 
                uint16_t *l_77 = &g_60;
                int32_t *l_86 = &g_87[0];
                int16_t *l_88 = &g_89;
                int32_t **l_94 = (void*)0;
                int32_t **l_95 = &l_48;
                uint16_t ***l_96 = (void*)0;
                (*l_48) = ((safe_rshift_func_int16_t_s_u((safe_div_func_uint32_t_u_u(p_29, (((((safe_mod_func_uint16_t_u_u(((((&g_60 != l_77) <= (+((*l_88) |= (g_2 ^ (safe_unary_minus_func_uint16_t_u(((((*l_86) ^= (((++g_60) && (((((safe_mod_func_int16_t_s_s((-1L), g_65[1][2])) > (*l_48)) , (*l_48)) != p_27) > 0L)) < p_28)) == g_5) , 1UL))))))) & l_39) < p_29), 0x1D1CL)) <= g_5) != p_27) <= 18446744073709551608UL) & 5UL))), (*l_48))) || l_39);
                if (p_28)
                    continue;
                g_97 = ((&p_27 == &g_87[2]) , ((safe_mul_func_int16_t_s_s(((((++(*l_70)) , (((g_47 = g_65[1][2]) , &p_27) == ((*l_95) = &p_27))) != (*l_86)) != 0x586BC1AFL), 0UL)) , &l_77));
                return l_98;
            }
            else
            { 
                int32_t *l_99 = &g_87[0];
                int32_t *l_100 = (void*)0;
                int32_t *l_101[2][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&g_87[0],(void*)0}};
                uint16_t l_108 = 0xCF24L;
                int i, j;
                if (p_28)
                    break;
                l_108--;
            }
            for (l_106 = 0; (l_106 <= 1); l_106 += 1)
            { 
                return p_29;
            }
            for (g_49 = 1; (g_49 >= 0); g_49 -= 1)
            { 
                return l_98;
            }
        }
        return p_28;
    }
    for (g_60 = 0; (g_60 <= 1); g_60 += 1)
    { 
        int16_t *l_130 = &g_89;
        uint16_t *l_142[2];
        uint16_t **l_141 = &l_142[1];
        int32_t l_147 = 0x4657F329L;
        int32_t l_179 = 1L;
        int32_t l_180[3];
        int32_t l_181 = (-1L);
        int16_t l_182 = (-2L);
        int i;
        for (i = 0; i < 2; i++)
            l_142[i] = &g_60;
        for (i = 0; i < 3; i++)
            l_180[i] = 0x86D0EF2AL;
        for (g_49 = 0; (g_49 <= 2); g_49 += 1)
        { 
            int16_t *l_127 = &g_89;
            int16_t **l_129 = (void*)0;
            int32_t *l_131 = &g_87[2];
            int i, j;
            (*l_131) = (safe_lshift_func_int8_t_s_u((safe_rshift_func_int16_t_s_s((((((((safe_mod_func_int32_t_s_s((safe_add_func_int8_t_s_s((safe_rshift_func_int16_t_s_s(((safe_mod_func_int32_t_s_s((((l_32[g_49][g_60] &= (safe_sub_func_uint64_t_u_u(g_87[g_49], (((safe_mod_func_uint64_t_u_u((((l_127 != (l_130 = l_128)) , 0x9266L) != 0xFEA6L), g_87[g_60])) || 0xDD90515FL) == g_2)))) == 1L) || l_32[0][1]), 0xAE63CD3DL)) && 247UL), 7)), g_89)), g_5)) , 0UL) && 0xDCL) > 247UL) , (void*)0) != (void*)0) || p_28), g_2)), 5));
            return p_29;
        }
        if (g_49)
        { 
            uint64_t l_134 = 8UL;
            int8_t *l_135 = (void*)0;
            int8_t *l_136[3][1];
            int32_t l_138 = (-3L);
            int16_t *l_159 = &g_89;
            int64_t *l_172[4] = {&g_173,&g_173,&g_173,&g_173};
            int32_t l_177 = (-9L);
            int32_t l_178[4];
            uint8_t l_196 = 5UL;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_136[i][j] = &g_137[0][0];
            }
            for (i = 0; i < 4; i++)
                l_178[i] = 0xFF775502L;
            if ((((((safe_lshift_func_uint16_t_u_u(((l_138 = l_134) == p_29), 11)) | ((safe_div_func_int64_t_s_s((((l_141 == (((safe_sub_func_uint32_t_u_u((+l_102[3]), g_137[0][0])) >= g_137[0][1]) , l_146)) && l_147) && l_147), l_134)) , p_29)) & 0xBF06CFF2L) & l_134) & g_65[1][2]))
            { 
                int16_t **l_160 = &l_128;
                int64_t *l_162 = (void*)0;
                int64_t *l_163 = &g_164;
                int32_t *l_171 = &g_87[0];
                uint64_t *l_174 = &l_32[2][0];
                int32_t *l_175[1];
                int32_t l_183 = 0x3166C8D2L;
                int i;
                for (i = 0; i < 1; i++)
                    l_175[i] = (void*)0;
                g_176[0] |= (safe_rshift_func_int16_t_s_u((((safe_lshift_func_uint8_t_u_s(((((safe_unary_minus_func_int32_t_s((((((safe_mul_func_uint8_t_u_u(((((*l_174) ^= (safe_add_func_uint16_t_u_u(((safe_div_func_int64_t_s_s((l_138 , ((*l_163) ^= (&g_89 == (l_161 = ((*l_160) = l_159))))), (safe_sub_func_uint32_t_u_u(((((((((*l_171) = (p_27 < (safe_div_func_uint16_t_u_u(((safe_rshift_func_int8_t_s_u(0xFEL, p_28)) == 3L), l_102[2])))) <= g_89) , l_172[0]) == l_172[3]) <= 0xB31EA8A6L) >= l_147) < (-10L)), g_49)))) ^ g_5), g_47))) | (-1L)) | g_173), g_47)) >= p_29) | p_28) == 9L) == p_28))) ^ 65527UL) < 1L) ^ g_65[1][2]), g_65[1][0])) <= 0x01L) ^ g_47), g_173));
                l_186[3]--;
                g_189--;
            }
            else
            { 
                int32_t *l_192 = &l_179;
                int32_t *l_193 = &g_87[0];
                int32_t *l_194 = (void*)0;
                int32_t *l_195[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_195[i] = (void*)0;
                --l_196;
                (*l_192) &= 0x7E7B2CC8L;
                return l_179;
            }
            if (l_147)
                goto lbl_199;
        }
        else
        { 
            uint8_t l_210 = 0x18L;
            for (g_89 = 0; (g_89 <= 1); g_89 += 1)
            { 
                int32_t *l_213 = &g_87[0];
                int i, j;
                l_102[3] = g_89;
                (*l_213) ^= ((safe_mul_func_uint16_t_u_u((safe_add_func_uint64_t_u_u((l_32[(g_89 + 1)][g_89] = (safe_div_func_int64_t_s_s((safe_mod_func_int16_t_s_s((((safe_add_func_uint8_t_u_u(0x1EL, g_189)) , g_65[1][2]) & (l_210 < (safe_rshift_func_int8_t_s_u(((&l_141 != &g_97) && p_27), l_102[3])))), 1UL)), 0x6C640537382C1A4ALL))), 0x21B3FF25B7BEEB05LL)), 0xCE89L)) , l_210);
            }
            if (l_147)
                goto lbl_216;
        }
        for (p_27 = 1; (p_27 >= 0); p_27 -= 1)
        { 
            uint32_t l_214 = 0x70AD16F2L;
            for (g_89 = 0; (g_89 <= 1); g_89 += 1)
            { 
                return l_214;
            }
        }
    }
lbl_216:
    (*l_215) ^= p_28;
    (*g_220) = (safe_add_func_int16_t_s_s((g_219 == ((*l_221) = &l_215)), (&g_89 != l_161)));
    return p_28;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_65[i][j], "g_65[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_87[i], "g_87[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_89, "g_89", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_137[i][j], "g_137[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_164, "g_164", print_hash_value);
    transparent_crc(g_173, "g_173", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_176[i], "g_176[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_189, "g_189", print_hash_value);
    transparent_crc(g_226, "g_226", print_hash_value);
    transparent_crc(g_231, "g_231", print_hash_value);
    transparent_crc(g_290, "g_290", print_hash_value);
    transparent_crc(g_394, "g_394", print_hash_value);
    transparent_crc(g_444, "g_444", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_470[i], "g_470[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_531, "g_531", print_hash_value);
    transparent_crc(g_534, "g_534", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
