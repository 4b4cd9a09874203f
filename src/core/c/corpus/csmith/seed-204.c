#include "csmith.h"
static long __undefined;
static int32_t g_4 = 1L;
static const int32_t *g_24 = &g_4;
static const int32_t **g_23 = &g_24;
static int32_t g_31 = (-1L);
static uint32_t g_44 = 0x4B693050L;
static uint16_t g_48[1] = {3UL};
static int16_t g_52 = 1L;
static int32_t g_54 = 0xC3592E7BL;
static uint32_t g_76 = 0x0942075DL;
static int64_t g_92[1] = {0xC7196A48ADB298F9LL};
static int32_t *g_109 = &g_4;
static int32_t **g_108[4] = {&g_109,&g_109,&g_109,&g_109};
static int8_t g_121 = 0xB1L;
static uint32_t g_142[1] = {0UL};
static uint8_t g_144 = 0x80L;
static uint64_t g_149 = 9UL;
static const uint64_t g_185[3] = {0x05FF3C1E06D60A08LL,0x05FF3C1E06D60A08LL,0x05FF3C1E06D60A08LL};
static uint16_t *g_210 = &g_48[0];
static uint16_t **g_209 = &g_210;
static uint16_t ** const *g_208 = &g_209;
static uint32_t g_269 = 0x790DA673L;
static uint32_t g_297 = 0UL;
static int64_t g_328 = (-10L);
static int8_t *g_344 = &g_121;
static int8_t **g_343 = &g_344;
static int8_t *g_376[4][2] = {{&g_121,&g_121},{&g_121,&g_121},{&g_121,&g_121},{&g_121,&g_121}};
static uint8_t *g_423 = (void*)0;
static uint8_t *g_424 = &g_144;
static uint8_t *g_428 = &g_144;
static uint8_t **g_427[1] = {&g_428};
static int64_t  func_1(void);
static int8_t  func_8(int32_t ** p_9, int32_t * p_10, int8_t  p_11, int32_t ** p_12);
static int32_t * func_14(uint64_t  p_15, const int32_t ** p_16, int32_t * const  p_17);
static int64_t  func_1(void)
{ 
    int32_t *l_3 = &g_4;
    int32_t **l_2 = &l_3;
    uint32_t l_5[3][1];
    int32_t l_320 = 0L;
    int16_t l_321 = 0xE722L;
    int32_t l_325 = 0L;
    int32_t l_326 = 0x28C3E584L;
    int32_t l_332[1][3];
    int16_t l_368 = 0x536AL;
    uint16_t l_383 = 7UL;
    uint32_t l_404 = 18446744073709551614UL;
    uint8_t *l_421 = &g_144;
    uint8_t **l_422[4];
    uint8_t * const l_431 = (void*)0;
    uint8_t * const *l_430 = &l_431;
    uint8_t * const **l_429 = &l_430;
    int8_t *l_436[4][2] = {{&g_121,&g_121},{&g_121,&g_121},{&g_121,&g_121},{&g_121,&g_121}};
    uint32_t l_459 = 0UL;
    uint16_t ***l_467 = &g_209;
    int32_t l_468 = 0x96BA6F48L;
    uint32_t l_470 = 0UL;
    uint32_t l_472[4] = {1UL,1UL,1UL,1UL};
    int32_t l_474 = 0xD4B3F3EEL;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_5[i][j] = 0x964A53AAL;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_332[i][j] = 0L;
    }
    for (i = 0; i < 4; i++)
        l_422[i] = &l_421;
    (*l_2) = (void*)0;
    for (g_4 = 0; (g_4 <= 0); g_4 += 1)
    { 
        int32_t **l_13[2];
        int32_t * const l_25 = &g_4;
        int8_t *l_319[2];
        uint32_t l_340 = 0UL;
        uint32_t l_380 = 0x9BC567CDL;
        int64_t l_411 = 0x0D868227B06A90F7LL;
        int i;
        for (i = 0; i < 2; i++)
            l_13[i] = &l_3;
        for (i = 0; i < 2; i++)
            l_319[i] = &g_121;
    }
    return g_31;
}
static int8_t  func_8(int32_t ** p_9, int32_t * p_10, int8_t  p_11, int32_t ** p_12)
{ 
    int8_t *l_120 = &g_121;
    int32_t *l_122 = &g_54;
    uint32_t *l_125 = &g_76;
    int32_t l_128 = (-1L);
    int64_t l_163 = 3L;
    int32_t l_167 = 0L;
    int32_t l_168 = (-5L);
    int32_t l_169 = 0x32C83D21L;
    uint32_t l_170 = 1UL;
    uint64_t *l_198 = &g_149;
    uint64_t **l_197[4][3] = {{&l_198,&l_198,(void*)0},{&l_198,&l_198,(void*)0},{&l_198,&l_198,(void*)0},{&l_198,&l_198,(void*)0}};
    const uint16_t * const l_216 = &g_48[0];
    const uint16_t * const *l_215 = &l_216;
    int32_t l_226 = 0x9F213F65L;
    int32_t l_231 = 0xF6E5673AL;
    int32_t l_235 = 0x6E8952B2L;
    int32_t *l_288 = &l_168;
    int16_t l_311[4] = {0x1E7CL,0x1E7CL,0x1E7CL,0x1E7CL};
    int32_t l_312 = 0xC55E09F5L;
    int32_t l_313[3];
    int16_t l_314 = 0xA9B5L;
    int i, j;
    for (i = 0; i < 3; i++)
        l_313[i] = 0x63593A23L;
lbl_272:
    if ((((*l_125) = ((safe_lshift_func_int8_t_s_u(((*l_120) ^= (safe_lshift_func_int16_t_s_u(((safe_lshift_func_uint8_t_u_u((safe_sub_func_int8_t_s_s((safe_add_func_int64_t_s_s((((*l_122) = (l_120 != &g_121)) , p_11), ((safe_add_func_int32_t_s_s((**p_12), p_11)) , g_76))), 0xCDL)), g_44)) & g_52), 15))), 2)) >= g_92[0])) & (**p_12)))
    { 
        int32_t l_132 = 0x911F35E5L;
        int32_t l_133 = 0xF2DC12F6L;
        int32_t l_134 = 5L;
        for (g_31 = (-21); (g_31 == 2); ++g_31)
        { 
            uint32_t l_135 = 4294967295UL;
            for (g_52 = 0; (g_52 >= 0); g_52 -= 1)
            { 
                int32_t *l_129 = &g_54;
                int32_t *l_130 = &g_54;
                int32_t *l_131[2];
                uint8_t *l_143[3];
                uint16_t *l_147 = &g_48[g_52];
                uint16_t **l_146 = &l_147;
                uint16_t ***l_145 = &l_146;
                uint64_t *l_148[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_131[i] = (void*)0;
                for (i = 0; i < 3; i++)
                    l_143[i] = &g_144;
                for (i = 0; i < 2; i++)
                    l_148[i] = &g_149;
                (*l_122) = 1L;
                (*g_23) = (*p_9);
                ++l_135;
                (*l_130) = (~(g_48[g_52] || ((g_149 |= (safe_mod_func_uint8_t_u_u((safe_unary_minus_func_int8_t_s((g_121 = (g_48[g_52] < ((*l_129) <= ((g_144 ^= g_142[0]) != ((l_145 == &l_146) == g_48[0]))))))), l_132))) != 0xFFB5D179A93412C0LL)));
            }
        }
    }
    else
    { 
        int64_t *l_152 = &g_92[0];
        uint16_t *l_153[2];
        uint8_t l_154[4] = {0x58L,0x58L,0x58L,0x58L};
        uint8_t *l_159 = (void*)0;
        uint8_t *l_160[3];
        int32_t l_175 = 3L;
        int32_t l_192 = 9L;
        const int16_t l_220 = 0L;
        int32_t l_222 = (-7L);
        int32_t l_223 = 0x9A663178L;
        int32_t l_224 = (-2L);
        int32_t l_225 = 0x2F1836A7L;
        int32_t l_228 = 0x56593A71L;
        int32_t l_230 = 1L;
        int32_t l_233 = 0x55DDAB54L;
        uint32_t l_236 = 0xCF9BFE5CL;
        int i;
        for (i = 0; i < 2; i++)
            l_153[i] = &g_48[0];
        for (i = 0; i < 3; i++)
            l_160[i] = (void*)0;
        (*l_122) = ((safe_rshift_func_uint8_t_u_s((((void*)0 == l_152) || (((--l_154[1]) , (((++g_48[0]) == 0x9FF5L) && ((g_144 = (l_154[1] & (l_152 == (void*)0))) & l_154[1]))) >= 0xC446L)), 1)) ^ p_11);
        for (l_128 = 0; (l_128 != (-4)); --l_128)
        { 
            int32_t *l_164 = &g_31;
            int32_t *l_165 = &g_31;
            int32_t *l_166[3];
            int i;
            for (i = 0; i < 3; i++)
                l_166[i] = &g_54;
            l_170++;
        }
        if ((safe_add_func_uint8_t_u_u(g_76, (((*l_120) = l_175) < (safe_mul_func_uint8_t_u_u((p_11 && (g_44 | ((l_175 , l_154[1]) > 0x60L))), 0x25L))))))
        { 
            int32_t l_181 = 0L;
            for (p_11 = 0; (p_11 == 8); ++p_11)
            { 
                uint32_t l_180 = 0x07C22732L;
                return l_180;
            }
            return l_181;
        }
        else
        { 
            uint64_t *l_182 = &g_149;
            const uint64_t *l_184 = &g_185[1];
            const uint64_t **l_183 = &l_184;
            uint64_t **l_200[1][2];
            uint16_t ** const *l_211 = (void*)0;
            int32_t l_212 = 0L;
            int32_t l_227 = 0x50EBD88DL;
            int32_t l_229 = 0xE62E55A9L;
            int32_t l_232 = 0x87CFA797L;
            int32_t l_234 = 0x28DBC522L;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_200[i][j] = &l_182;
            }
            if ((l_182 == ((*l_183) = l_152)))
            { 
                uint64_t ***l_199 = (void*)0;
                int32_t l_213 = 0x7731F377L;
                int16_t l_219[3];
                int32_t *l_221[2];
                int i;
                for (i = 0; i < 3; i++)
                    l_219[i] = 0L;
                for (i = 0; i < 2; i++)
                    l_221[i] = &l_128;
                (*g_23) = ((safe_sub_func_uint32_t_u_u((safe_lshift_func_int8_t_s_s((safe_rshift_func_uint8_t_u_u((l_192 |= p_11), (((((((safe_lshift_func_int16_t_s_u(((safe_div_func_uint16_t_u_u((l_197[2][1] == (l_200[0][0] = &l_182)), ((*l_122) = (((safe_lshift_func_int16_t_s_s((safe_sub_func_int8_t_s_s(1L, ((safe_unary_minus_func_int64_t_s((safe_sub_func_int8_t_s_s(((l_211 = g_208) != &g_209), l_175)))) <= p_11))), 9)) & g_48[0]) || l_212)))) > 0L), 12)) , g_92[0]) > l_213) > l_212) < g_52) ^ g_48[0]) & 0x663EEDCE3446011DLL))), p_11)), (*p_10))) , &l_213);
                (*l_122) = 0L;
                (*l_122) = ((safe_unary_minus_func_uint8_t_u((l_215 != ((safe_add_func_int8_t_s_s(0L, (((&p_11 != (void*)0) ^ ((l_154[2] , 1L) , l_219[2])) || l_220))) , (*g_208))))) > (-1L));
                --l_236;
            }
            else
            { 
                (*p_12) = (void*)0;
            }
            return g_144;
        }
    }
    if ((*p_10))
    { 
        return p_11;
    }
    else
    { 
        uint8_t l_258 = 0UL;
        int32_t *l_259 = &l_167;
        int32_t l_260 = 0x1CC039EEL;
        int32_t l_266[4];
        int64_t l_267 = (-8L);
        int32_t l_268 = 0xF29B8247L;
        uint16_t l_289[1];
        uint32_t l_308 = 0UL;
        int32_t *l_309 = &l_266[0];
        int32_t *l_310[2][3];
        int32_t l_315 = 2L;
        uint64_t l_316 = 0x52F9BF1B5D270215LL;
        int i, j;
        for (i = 0; i < 4; i++)
            l_266[i] = 0x0EEFAAB1L;
        for (i = 0; i < 1; i++)
            l_289[i] = 0x033BL;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 3; j++)
                l_310[i][j] = &l_235;
        }
        if ((safe_add_func_int32_t_s_s(((*l_259) |= (safe_mod_func_int32_t_s_s((safe_mul_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_u((((safe_add_func_int16_t_s_s((((~(safe_rshift_func_int16_t_s_s((safe_add_func_uint64_t_u_u(p_11, (((safe_sub_func_int8_t_s_s(((safe_mod_func_int64_t_s_s(((p_11 , g_142[0]) | p_11), g_142[0])) | (*g_210)), 255UL)) , (*g_210)) <= l_258))), 13))) , 0x22L) & 255UL), 5UL)) , (*l_122)) < (-1L)), 3)), 0xCAL)), g_121))), 0xF4ACB368L)))
        { 
            int32_t *l_261 = &l_128;
            int32_t *l_262 = &l_235;
            int32_t *l_263 = &l_167;
            int32_t *l_264 = &l_235;
            int32_t *l_265[4][1];
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 1; j++)
                    l_265[i][j] = &l_260;
            }
            (*l_122) |= 4L;
            g_269--;
        }
        else
        { 
            uint8_t *l_275[3];
            int32_t l_282 = (-7L);
            int i;
            for (i = 0; i < 3; i++)
                l_275[i] = &g_144;
            if (l_258)
                goto lbl_272;
            (*l_259) &= (18446744073709551608UL <= (l_275[1] != l_275[1]));
            for (l_260 = 0; (l_260 <= 2); l_260 += 1)
            { 
                uint32_t l_283 = 0x6F503D31L;
                (*l_122) ^= ((safe_add_func_int32_t_s_s((safe_sub_func_int8_t_s_s(((*l_120) = (safe_add_func_int64_t_s_s(l_282, (0x48319B61L >= (*p_10))))), ((void*)0 != &g_144))), 4294967288UL)) , (**p_12));
                if ((*p_10))
                    continue;
                return l_283;
            }
        }
        for (g_31 = (-12); (g_31 >= 1); g_31++)
        { 
            int32_t *l_292 = &l_226;
            int32_t *l_293 = &l_266[1];
            int32_t *l_294 = &l_128;
            int32_t *l_295 = (void*)0;
            int32_t *l_296[1][4] = {{&l_167,&l_167,&l_167,&l_167}};
            int i, j;
            for (l_170 = (-19); (l_170 == 57); l_170 = safe_add_func_uint64_t_u_u(l_170, 9))
            { 
                (*g_23) = (*p_12);
                (*g_23) = l_288;
                return p_11;
            }
            for (l_258 = 0; (l_258 <= 0); l_258 += 1)
            { 
                int i;
                if (g_92[l_258])
                    break;
                (*g_23) = (*g_23);
                ++l_289[0];
                (*p_9) = (*p_9);
            }
            ++g_297;
            (*l_288) &= (safe_div_func_uint32_t_u_u(((0xA0L != 249UL) , (((*l_120) ^= ((safe_div_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_u((safe_sub_func_uint32_t_u_u(((*l_125) = p_11), (4UL || (**p_12)))), 4)), g_92[0])) ^ (*l_259))) != 0x39L)), l_308));
        }
        l_316++;
    }
    return p_11;
}
static int32_t * func_14(uint64_t  p_15, const int32_t ** p_16, int32_t * const  p_17)
{ 
    int8_t l_42 = (-1L);
    int32_t l_96[3];
    const int8_t l_105 = 0x83L;
    int i;
    for (i = 0; i < 3; i++)
        l_96[i] = 0L;
    for (p_15 = (-2); (p_15 > 14); p_15 = safe_add_func_int64_t_s_s(p_15, 3))
    { 
        int32_t *l_30 = &g_31;
        int32_t l_49[3][1];
        int8_t l_50 = 0xC7L;
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_49[i][j] = 0x1DEFCECBL;
        }
        if ((**g_23))
            break;
        (*l_30) = (safe_add_func_uint8_t_u_u(g_4, g_4));
        if ((*p_17))
        { 
            if ((**g_23))
                break;
            for (g_31 = 0; (g_31 >= (-17)); g_31 = safe_sub_func_uint32_t_u_u(g_31, 8))
            { 
                uint32_t *l_43 = &g_44;
                uint16_t *l_47 = &g_48[0];
                int16_t *l_51 = &g_52;
                int32_t *l_53[3];
                uint16_t **l_55 = (void*)0;
                uint16_t ***l_56 = &l_55;
                int i;
                for (i = 0; i < 3; i++)
                    l_53[i] = &g_54;
                g_54 ^= (safe_mul_func_int16_t_s_s(((*l_51) = (safe_mod_func_int32_t_s_s((l_49[2][0] &= (!(~(safe_sub_func_int32_t_s_s(((((((*l_43) = (p_15 == (l_42 , 0x1230B63EL))) , ((*l_47) = ((safe_sub_func_int8_t_s_s(p_15, g_44)) , (*l_30)))) | g_31) , 0xAFL) == p_15), (*p_17)))))), l_50))), g_31));
                (*l_56) = l_55;
                if ((**g_23))
                    continue;
            }
        }
        else
        { 
            uint16_t *l_67 = &g_48[0];
            int32_t *l_68 = (void*)0;
            int32_t *l_69 = &g_54;
            (*l_69) = (g_52 , (((*l_67) &= (safe_rshift_func_uint8_t_u_s(((safe_div_func_uint16_t_u_u((safe_lshift_func_int16_t_s_u((safe_sub_func_int32_t_s_s(0x3E1984BBL, ((*l_30) = (l_49[1][0] |= (safe_add_func_int64_t_s_s((*l_30), g_44)))))), 6)), l_42)) , 0x85L), g_44))) == g_4));
        }
        for (g_44 = 0; (g_44 != 16); g_44 = safe_add_func_uint64_t_u_u(g_44, 1))
        { 
            uint16_t l_85 = 0UL;
            uint32_t *l_86[3];
            int i;
            for (i = 0; i < 3; i++)
                l_86[i] = &g_44;
            for (g_31 = 0; (g_31 <= 8); g_31 = safe_add_func_uint8_t_u_u(g_31, 3))
            { 
                int64_t l_74 = (-1L);
                uint32_t *l_75 = &g_76;
                int32_t l_87 = 1L;
                int32_t *l_88 = &l_49[2][0];
                (*l_88) = (((((((((*l_75) = l_74) != (((l_87 = (safe_mod_func_int32_t_s_s(((l_75 == ((safe_add_func_uint16_t_u_u((safe_sub_func_uint8_t_u_u((g_31 || (safe_rshift_func_int16_t_s_s((l_85 && (0x841F9F80L & g_48[0])), p_15))), 0x64L)), 65529UL)) , l_86[2])) != (**g_23)), g_31))) != 1L) != 0x35L)) == 0x1B61L) , g_52) , p_15) <= p_15) < g_48[0]) , l_87);
            }
            for (l_50 = 0; (l_50 >= 0); l_50 -= 1)
            { 
                int64_t *l_91 = &g_92[0];
                int8_t *l_95[2];
                int i, j;
                for (i = 0; i < 2; i++)
                    l_95[i] = &l_42;
                if ((*l_30))
                    break;
                l_49[l_50][l_50] = ((p_15 , 0xEE7A741179D740F4LL) | ((*l_91) = (&g_24 == (void*)0)));
                (*l_30) = (((safe_sub_func_int8_t_s_s(((**g_23) , (l_96[0] = (0x8FL || (*l_30)))), (safe_rshift_func_uint16_t_u_u(0x0AFDL, l_85)))) | g_52) != l_42);
                g_54 = ((safe_rshift_func_uint16_t_u_u(((safe_mod_func_int64_t_s_s(1L, l_105)) ^ (((void*)0 != &g_92[0]) != ((((0x52L && 0L) == g_31) < (**p_16)) , p_15))), 9)) != g_48[0]);
            }
            for (l_42 = 0; (l_42 == (-27)); l_42 = safe_sub_func_uint32_t_u_u(l_42, 6))
            { 
                if ((*g_24))
                    break;
                return l_86[2];
            }
            return l_86[2];
        }
    }
    return &g_4;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_44, "g_44", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_48[i], "g_48[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_54, "g_54", print_hash_value);
    transparent_crc(g_76, "g_76", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_92[i], "g_92[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_121, "g_121", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_142[i], "g_142[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_144, "g_144", print_hash_value);
    transparent_crc(g_149, "g_149", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_185[i], "g_185[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_269, "g_269", print_hash_value);
    transparent_crc(g_297, "g_297", print_hash_value);
    transparent_crc(g_328, "g_328", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
