#include "csmith.h"
static long __undefined;
static int32_t g_6 = 0x46158D32L;
static int32_t *g_13[1][1] = {{&g_6}};
static uint32_t g_26 = 0x843334ADL;
static uint16_t g_49 = 0UL;
static uint64_t g_73 = 18446744073709551610UL;
static int8_t g_79 = (-5L);
static int16_t g_108[1] = {(-8L)};
static int8_t g_116 = 0L;
static int32_t g_162 = 1L;
static int64_t g_164 = 0L;
static uint32_t g_223 = 1UL;
static const int32_t *g_274 = &g_6;
static int8_t  func_1(void);
static int32_t * func_2(int32_t * p_3, int8_t  p_4);
static uint32_t  func_15(int32_t ** p_16, uint32_t  p_17);
static int8_t  func_1(void)
{ 
    int32_t *l_5 = &g_6;
    int32_t **l_268 = &l_5;
    int32_t *l_269 = &g_162;
    uint16_t l_270[4][3] = {{0x3CB9L,0x3CB9L,0x3CB9L},{1UL,65535UL,1UL},{0x3CB9L,0x3CB9L,0x3CB9L},{1UL,65535UL,1UL}};
    int i, j;
    l_269 = ((*l_268) = func_2(l_5, (((safe_add_func_int8_t_s_s((g_6 <= g_6), (*l_5))) && (safe_sub_func_uint16_t_u_u(g_6, 0x835AL))) , (*l_5))));
    if (l_270[0][0])
    { 
        const int32_t *l_273 = &g_6;
        (*l_268) = &g_162;
        for (g_49 = 0; (g_49 >= 28); g_49 = safe_add_func_int64_t_s_s(g_49, 5))
        { 
            g_274 = l_273;
            if ((*l_273))
                continue;
            for (g_73 = (-17); (g_73 > 55); ++g_73)
            { 
                (**l_268) ^= 0x7A823A49L;
            }
        }
    }
    else
    { 
        (*l_268) = &g_162;
        (*l_269) = 3L;
        g_13[0][0] = &g_162;
        for (g_162 = 0; (g_162 != (-29)); --g_162)
        { 
            int32_t *l_281 = &g_6;
            for (g_73 = 14; (g_73 != 38); ++g_73)
            { 
                l_281 = &g_162;
            }
            if ((**l_268))
                continue;
        }
    }
    for (g_73 = 0; (g_73 <= 0); g_73 += 1)
    { 
        int32_t l_282 = 0x8FCAF225L;
        return l_282;
    }
    return g_73;
}
static int32_t * func_2(int32_t * p_3, int8_t  p_4)
{ 
    int32_t *l_12 = &g_6;
    int32_t **l_11[4];
    uint32_t *l_25 = &g_26;
    uint32_t *l_222 = &g_223;
    int32_t l_224 = 0x317659B8L;
    const int8_t l_243 = (-1L);
    int32_t l_250[4];
    int i;
    for (i = 0; i < 4; i++)
        l_11[i] = &l_12;
    for (i = 0; i < 4; i++)
        l_250[i] = 1L;
    g_13[0][0] = p_3;
    if ((safe_unary_minus_func_uint8_t_u(((((((((*l_222) ^= func_15(&g_13[0][0], ((*l_25) &= (safe_mul_func_uint16_t_u_u((!(safe_rshift_func_uint16_t_u_s((g_6 == (*p_3)), ((safe_add_func_uint8_t_u_u(p_4, (((g_13[0][0] = &g_6) != (void*)0) | g_6))) | (*l_12))))), p_4))))) | p_4) , &g_13[0][0]) == &p_3) , p_4) , (*l_12)) < l_224))))
    { 
        uint32_t l_230 = 0UL;
        int16_t *l_234 = &g_108[0];
        if ((((safe_add_func_uint32_t_u_u((~((safe_div_func_uint32_t_u_u(p_4, l_230)) ^ (safe_add_func_int16_t_s_s((!g_223), ((*l_234) |= (-5L)))))), (safe_div_func_uint8_t_u_u(((((((((((((safe_div_func_int32_t_s_s(((*l_12) = ((safe_mod_func_uint64_t_u_u((((safe_div_func_uint8_t_u_u(g_116, g_164)) , (-1L)) || l_243), p_4)) , (*p_3))), (-1L))) , 0x66434410D69DBB52LL) < p_4) , g_79) , l_234) == &g_49) , p_4) && p_4) , &g_79) != (void*)0) || 0UL) , g_223), g_162)))) , &g_162) == &g_162))
        { 
            int64_t l_251 = (-7L);
            int16_t l_256 = 1L;
            l_256 &= (safe_mul_func_uint8_t_u_u((safe_lshift_func_int8_t_s_s(((safe_rshift_func_int16_t_s_u((l_250[2] , ((l_12 == (void*)0) <= (l_251 , (((safe_rshift_func_int8_t_s_s((safe_unary_minus_func_uint64_t_u(((((((safe_unary_minus_func_int16_t_s((g_79 <= 0x684A9858D2371772LL))) && 0x18C07E26L) && 3L) > (*p_3)) < 0x82AEC8503F6EA208LL) < p_4))), g_26)) == (*p_3)) , p_4)))), l_251)) ^ 0x02L), g_49)), 0x1BL));
        }
        else
        { 
            uint16_t l_264 = 0xADA2L;
            for (g_26 = 0; (g_26 != 31); g_26++)
            { 
                int8_t l_259 = 0xE5L;
                uint16_t *l_265 = &g_49;
                p_3 = &g_6;
                l_259 |= (*p_3);
                (*p_3) = (safe_mul_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s(((*l_265) = ((*p_3) > l_264)), (((0xB4L <= (safe_lshift_func_int16_t_s_s((((l_230 > (((((void*)0 == &g_79) & 0xD457A83810A5EB14LL) == g_223) >= g_116)) != g_26) > g_116), 12))) <= 3UL) , 0x9E72L))), 0x2BL));
                if ((*p_3))
                    continue;
            }
        }
    }
    else
    { 
        for (g_73 = 0; (g_73 <= 3); g_73 += 1)
        { 
            int i;
            (*p_3) |= 1L;
            if (l_250[g_73])
                continue;
            (*p_3) = l_250[g_73];
            return &g_6;
        }
    }
    return &g_6;
}
static uint32_t  func_15(int32_t ** p_16, uint32_t  p_17)
{ 
    uint32_t l_29 = 3UL;
    int32_t l_69[3];
    const uint16_t *l_81[1][1];
    int32_t l_118 = 0x8F08AB43L;
    uint32_t *l_190 = (void*)0;
    const int32_t *l_208 = &l_118;
    const int32_t **l_207 = &l_208;
    int i, j;
    for (i = 0; i < 3; i++)
        l_69[i] = 0xEC160668L;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_81[i][j] = &g_49;
    }
    if ((safe_div_func_int16_t_s_s((((((g_6 | l_29) | ((p_16 != &g_13[0][0]) > g_6)) <= p_17) , (-5L)) , (-7L)), l_29)))
    { 
        uint8_t l_36 = 0xEDL;
        int32_t l_43 = 0xCE695EF2L;
        uint32_t l_60 = 0x0642FC30L;
        int32_t l_71 = 0x0CD947E9L;
        int32_t l_72 = 0x540E5169L;
        const uint16_t *l_84 = (void*)0;
        if (((safe_div_func_uint16_t_u_u(((safe_rshift_func_uint16_t_u_u((safe_add_func_int8_t_s_s(((l_36 = (**p_16)) ^ l_29), (safe_rshift_func_int8_t_s_u(((safe_sub_func_uint64_t_u_u((safe_add_func_uint64_t_u_u(l_43, (-10L))), g_6)) != 65531UL), 5)))), 3)) , 0x1709L), p_17)) || 0xD3L))
        { 
            uint16_t *l_47 = (void*)0;
            uint16_t *l_48 = &g_49;
            int32_t *l_51[3];
            uint16_t *l_52[3][2] = {{&g_49,&g_49},{&g_49,&g_49},{&g_49,&g_49}};
            int i, j;
            for (i = 0; i < 3; i++)
                l_51[i] = &l_43;
            (*p_16) = &g_6;
            if ((safe_add_func_int32_t_s_s(((safe_unary_minus_func_int32_t_s(l_29)) && ((((*l_48) = 1UL) ^ (~g_26)) <= p_17)), g_26)))
            { 
                l_51[2] = (*p_16);
            }
            else
            { 
                (**p_16) = ((((g_26 , l_52[0][1]) == (void*)0) != (safe_mod_func_int16_t_s_s((safe_lshift_func_uint8_t_u_u((l_43 , ((safe_mod_func_int32_t_s_s(((l_36 >= l_36) > g_49), (-4L))) , g_26)), 1)), 1L))) || (-2L));
            }
        }
        else
        { 
            int32_t *l_59 = &l_43;
            int32_t l_70[2];
            uint16_t *l_80[3];
            int i;
            for (i = 0; i < 2; i++)
                l_70[i] = 0xB17358D0L;
            for (i = 0; i < 3; i++)
                l_80[i] = &g_49;
            l_60--;
            for (l_43 = 0; (l_43 >= 0); l_43 -= 1)
            { 
                uint32_t l_63 = 0x9388B32AL;
                int32_t *l_66 = (void*)0;
                int32_t *l_67 = (void*)0;
                int32_t *l_68[4][1];
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_68[i][j] = (void*)0;
                }
                ++l_63;
                --g_73;
            }
            for (g_49 = 0; (g_49 <= 1); g_49 += 1)
            { 
                int8_t *l_78 = &g_79;
                const uint16_t **l_82 = (void*)0;
                const uint16_t **l_83[3][4] = {{&l_81[0][0],&l_81[0][0],&l_81[0][0],&l_81[0][0]},{&l_81[0][0],&l_81[0][0],&l_81[0][0],&l_81[0][0]},{&l_81[0][0],&l_81[0][0],&l_81[0][0],&l_81[0][0]}};
                int32_t l_87 = 0x8F8C8442L;
                int i, j;
                l_69[(g_49 + 1)] = (((l_69[g_49] , (0UL && (safe_mod_func_int8_t_s_s(((*l_78) = l_70[g_49]), 1L)))) , l_80[0]) != (void*)0);
                l_70[g_49] = ((l_84 = l_81[0][0]) != l_80[0]);
                (*l_59) |= ((((safe_rshift_func_uint8_t_u_u((l_87 , p_17), ((!((((safe_lshift_func_uint8_t_u_u((safe_div_func_int64_t_s_s((+(safe_sub_func_int64_t_s_s((safe_rshift_func_int8_t_s_u(p_17, ((((safe_rshift_func_uint16_t_u_u((safe_sub_func_int64_t_s_s(p_17, g_6)), p_17)) == g_26) ^ 0xE8429083L) <= (-10L)))), 18446744073709551613UL))), 0xBAED681D0925A641LL)), 6)) , 0xCF81C7DCL) || 0x0E36F363L) , 18446744073709551615UL)) == g_26))) && g_79) | l_72) , (**p_16));
                (*l_59) = (*l_59);
            }
            for (g_26 = 0; (g_26 > 24); g_26 = safe_add_func_int8_t_s_s(g_26, 1))
            { 
                int64_t l_104 = 0x07B865DB386A5B83LL;
                if (l_104)
                    break;
            }
        }
    }
    else
    { 
        int16_t *l_107 = &g_108[0];
        int32_t l_109 = (-1L);
        int8_t *l_114 = &g_79;
        int8_t *l_115 = &g_116;
        int32_t *l_117[2][1];
        int32_t l_165[1];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_117[i][j] = &l_69[2];
        }
        for (i = 0; i < 1; i++)
            l_165[i] = 0x331B4423L;
lbl_183:
        l_118 = ((l_69[1] = ((**p_16) = ((safe_lshift_func_int16_t_s_s(((*l_107) &= 0L), l_109)) <= (safe_lshift_func_uint8_t_u_s(l_69[2], ((safe_rshift_func_int8_t_s_u(((*l_115) = ((*l_114) = p_17)), p_17)) <= p_17)))))) | l_29);
        if (((~g_49) != ((-1L) != 0UL)))
        { 
            int8_t l_132 = 0L;
            int32_t l_137 = 3L;
            int32_t l_140 = 0xD8AA3468L;
            uint16_t l_142 = 7UL;
            uint16_t l_180 = 0x2E48L;
            int8_t *l_181[1][1];
            uint16_t l_182[3][3] = {{65535UL,65535UL,65535UL},{4UL,4UL,4UL},{65535UL,65535UL,65535UL}};
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_181[i][j] = &g_79;
            }
            for (g_6 = 0; (g_6 >= 0); g_6 -= 1)
            { 
                uint16_t l_135 = 1UL;
                uint16_t *l_136 = &g_49;
                int32_t l_138 = 0xA42B1B44L;
                int32_t l_139 = 3L;
                int32_t l_141[3][2];
                int64_t *l_163 = &g_164;
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_141[i][j] = 0xA743E715L;
                }
                l_137 = (safe_mul_func_uint8_t_u_u(((p_17 | (safe_rshift_func_uint16_t_u_u(((((safe_rshift_func_int16_t_s_s(l_69[2], ((safe_lshift_func_int16_t_s_s((safe_div_func_uint8_t_u_u(((((g_108[0] != ((*l_136) = ((l_132 <= ((safe_mul_func_uint8_t_u_u(((void*)0 != l_81[0][0]), 5L)) >= 0xE37E41B8B0164B92LL)) && l_135))) && 249UL) <= p_17) & g_108[0]), g_26)), 11)) | l_69[2]))) == (**p_16)) , 6UL) || l_132), l_132))) == 18446744073709551609UL), l_69[2]));
                --l_142;
                l_118 = (g_116 & (((safe_lshift_func_uint16_t_u_s((((*l_163) = (safe_mul_func_int16_t_s_s(((**p_16) >= ((+l_141[0][1]) >= (safe_div_func_uint32_t_u_u((safe_sub_func_int8_t_s_s((safe_add_func_int16_t_s_s((safe_mul_func_int16_t_s_s((safe_lshift_func_uint16_t_u_u(l_140, 8)), (safe_div_func_int8_t_s_s(((*l_114) |= (p_17 & 248UL)), g_49)))), g_116)), 255UL)), g_162)))), l_137))) && 0xDCF3264293352AEDLL), 2)) | p_17) ^ (**p_16)));
                l_165[0] |= (l_138 = l_141[0][1]);
            }
            for (l_132 = 0; (l_132 == 4); ++l_132)
            { 
                uint32_t l_168 = 4294967295UL;
                l_168--;
                if ((**p_16))
                    continue;
                return g_162;
            }
            (**p_16) |= (((0x16BB261DL | (safe_add_func_uint64_t_u_u((0x9039L == (safe_div_func_uint64_t_u_u(((safe_lshift_func_int8_t_s_s(((void*)0 != &g_116), (!((safe_mul_func_uint8_t_u_u(((((((g_164 , l_69[2]) <= l_180) , 0x11BFL) , (void*)0) == l_181[0][0]) | l_118), (-3L))) > 0x227D72C6485764B5LL)))) > 0x7FL), 1UL))), l_29))) , l_182[0][1]) , 1L);
            if (g_6)
                goto lbl_183;
        }
        else
        { 
            if ((safe_mul_func_int8_t_s_s((safe_rshift_func_int16_t_s_s((safe_add_func_uint64_t_u_u(((void*)0 != l_190), (((safe_div_func_int64_t_s_s((l_118 = (3L | (safe_lshift_func_int8_t_s_s(((!1UL) , (0xCAL & g_164)), 6)))), 18446744073709551608UL)) ^ g_73) , l_118))), 0)), 255UL)))
            { 
                const int32_t *l_197 = (void*)0;
                const int32_t **l_196 = &l_197;
                const int32_t *l_199 = &l_69[2];
                const int32_t **l_198 = &l_199;
                int32_t **l_210[2][2] = {{&g_13[0][0],&g_13[0][0]},{&g_13[0][0],&g_13[0][0]}};
                int32_t ***l_209 = &l_210[1][0];
                uint16_t *l_211 = &g_49;
                const int32_t ****l_219 = (void*)0;
                const int32_t ***l_221 = &l_196;
                const int32_t ****l_220 = &l_221;
                int i, j;
                (**p_16) = 0x02181283L;
                (*l_198) = ((*l_196) = (*p_16));
                (**p_16) = ((+((*l_115) = ((((safe_sub_func_uint8_t_u_u((safe_mul_func_int16_t_s_s(0x1B79L, (safe_div_func_uint16_t_u_u((l_207 != ((*l_209) = &g_13[0][0])), ((*l_211)--))))), ((((safe_div_func_int64_t_s_s(0L, (((safe_add_func_int8_t_s_s(((safe_unary_minus_func_uint16_t_u((0xB6C18EB078A46E20LL == 0x1440BDA7ED1F3A0DLL))) >= 255UL), 0xE3L)) && 0xE8L) , 0x4E41D60E20428DFFLL))) >= 0x50B3776B1AF0680CLL) , 0xC906DC5B995B8313LL) & 18446744073709551611UL))) == (*l_199)) | g_6) && 0UL))) , (**l_198));
                (*l_220) = &l_207;
            }
            else
            { 
                (**p_16) ^= 0x165453F0L;
            }
        }
    }
    return p_17;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    transparent_crc(g_79, "g_79", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_108[i], "g_108[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_116, "g_116", print_hash_value);
    transparent_crc(g_162, "g_162", print_hash_value);
    transparent_crc(g_164, "g_164", print_hash_value);
    transparent_crc(g_223, "g_223", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
