#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0L;
static int32_t g_5[2] = {0x20FE6E32L,0x20FE6E32L};
static int32_t g_6 = 2L;
static uint8_t g_26 = 0x7FL;
static int32_t g_37[1] = {0x20A3D576L};
static uint16_t g_43 = 0xB596L;
static int32_t g_65[2] = {(-4L),(-4L)};
static int32_t **g_89 = (void*)0;
static int32_t ***g_88 = &g_89;
static int32_t ****g_87 = &g_88;
static int32_t *g_98 = &g_65[1];
static int32_t *****g_107 = &g_87;
static uint8_t *g_111[2] = {(void*)0,(void*)0};
static uint8_t **g_110 = &g_111[0];
static uint16_t g_120[4] = {0xF2CFL,0xF2CFL,0xF2CFL,0xF2CFL};
static uint8_t g_124 = 0x37L;
static uint64_t g_157 = 0UL;
static int16_t g_159 = 0x8B0EL;
static int64_t g_199 = (-9L);
static uint8_t * const *g_209[1][2] = {{&g_111[1],&g_111[1]}};
static uint8_t * const * const *g_208 = &g_209[0][1];
static uint8_t * const * const ** const g_207 = &g_208;
static uint8_t * const * const **g_210 = &g_208;
static const uint8_t *g_261[3][3] = {{&g_26,&g_26,&g_26},{&g_26,&g_26,&g_26},{&g_26,&g_26,&g_26}};
static const uint8_t **g_260[1] = {&g_261[2][2]};
static int8_t g_271 = 9L;
static int8_t g_314[1] = {5L};
static int64_t  func_1(void);
static int32_t * func_7(uint32_t  p_8, uint32_t  p_9, uint32_t  p_10, uint32_t  p_11);
static uint32_t  func_15(uint32_t  p_16, int32_t  p_17, const uint8_t  p_18, int32_t * p_19, int16_t  p_20);
static int64_t  func_1(void)
{ 
    int8_t l_109[4][3] = {{(-1L),0x57L,(-1L)},{(-1L),0x57L,(-1L)},{(-1L),0x57L,(-1L)},{(-1L),0x57L,(-1L)}};
    uint16_t l_116 = 0xDAEFL;
    int32_t l_123 = 0xC70F10FCL;
    uint16_t l_155 = 0x5C23L;
    int32_t l_160 = 0x995B201DL;
    uint32_t l_162[2];
    int16_t l_195 = 1L;
    uint32_t l_196[4] = {0x014B7CFDL,0x014B7CFDL,0x014B7CFDL,0x014B7CFDL};
    uint32_t l_223 = 4294967295UL;
    int32_t l_245 = 0x8323AD6FL;
    int32_t l_248 = (-10L);
    int32_t l_249 = 0xFF88ED9EL;
    uint64_t l_251[1];
    uint16_t l_269 = 0x79EAL;
    int32_t l_274 = 0x84D86FEFL;
    int32_t l_275 = 0x433B3293L;
    int32_t l_276 = 0L;
    int32_t l_277 = 0x9DBA9E3AL;
    int8_t *l_284 = &l_109[3][0];
    int8_t **l_283 = &l_284;
    int32_t *l_295 = &l_276;
    uint8_t *l_313[4][1];
    int i, j;
    for (i = 0; i < 2; i++)
        l_162[i] = 4294967290UL;
    for (i = 0; i < 1; i++)
        l_251[i] = 0UL;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
            l_313[i][j] = &g_26;
    }
    for (g_2 = 3; (g_2 != 5); g_2++)
    { 
        uint8_t l_21 = 0x20L;
        int32_t *l_22[3];
        int32_t l_137 = (-5L);
        uint64_t l_161 = 18446744073709551615UL;
        int8_t l_254 = 4L;
        uint16_t l_279 = 0xFBA5L;
        int i;
        for (i = 0; i < 3; i++)
            l_22[i] = &g_6;
        for (g_6 = 1; (g_6 >= 0); g_6 -= 1)
        { 
            int32_t l_14 = 0x3A88E00FL;
            int32_t **l_99 = &g_98;
            int8_t l_119 = 0xE2L;
            int i;
            (*l_99) = func_7((safe_rshift_func_uint16_t_u_u(1UL, 6)), g_5[g_6], l_14, func_15(g_6, l_21, l_21, l_22[1], g_6));
            if ((&g_87 == (void*)0))
            { 
                int32_t *****l_106[4];
                uint64_t l_108[4][1];
                int i, j;
                for (i = 0; i < 4; i++)
                    l_106[i] = &g_87;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_108[i][j] = 4UL;
                }
                (*g_98) = (g_5[g_6] = (g_6 ^ ((((safe_add_func_int32_t_s_s((((void*)0 != &g_87) && ((safe_mod_func_int8_t_s_s((((l_106[2] = &g_87) != (g_107 = &g_87)) & l_108[2][0]), g_2)) >= 0xB73F0FF8L)), 4294967295UL)) ^ (*g_98)) , (**l_99)) , 1UL)));
                l_109[3][0] &= (*g_98);
            }
            else
            { 
                uint8_t ***l_112 = &g_110;
                int32_t l_113 = 0xA9B449B5L;
                int32_t l_114 = 0xAFA9DCF1L;
                int32_t l_115[4][1] = {{0x55DCCE30L},{0xDD7BA2CAL},{0x55DCCE30L},{0xDD7BA2CAL}};
                int i, j;
                (*l_112) = g_110;
                --l_116;
                g_120[3]--;
            }
        }
        g_124--;
        if (((!(!(&l_21 == ((*g_110) = (*g_110))))) & (safe_mul_func_uint8_t_u_u((safe_lshift_func_int8_t_s_s(g_65[0], (((safe_div_func_uint8_t_u_u((safe_mod_func_int8_t_s_s(g_120[3], g_124)), l_137)) <= (-1L)) & (-6L)))), l_116))))
        { 
            uint32_t l_139 = 0x5A1EA19FL;
            uint64_t *l_156 = &g_157;
            int16_t *l_158 = &g_159;
            for (g_26 = 0; (g_26 <= 1); g_26 += 1)
            { 
                int32_t l_138 = (-1L);
                int i, j;
                ++l_139;
                if (g_5[g_26])
                    continue;
                (*g_98) = ((~((l_109[(g_26 + 2)][g_26] , 1UL) ^ 1UL)) ^ (3L < (l_109[(g_26 + 1)][(g_26 + 1)] >= g_37[0])));
            }
            l_160 ^= ((((void*)0 == (*g_110)) != ((g_124 > (((safe_lshift_func_int16_t_s_s(((safe_lshift_func_uint16_t_u_s((safe_mul_func_int8_t_s_s((safe_mod_func_int64_t_s_s((((safe_div_func_int16_t_s_s(((*l_158) ^= ((0x8DAE2F31F1FEEA04LL && ((*l_156) ^= (l_123 | l_155))) <= (*g_98))), (-5L))) , l_139) && g_120[1]), (-6L))), 0UL)), 4)) < g_2), 5)) || g_5[0]) || 18446744073709551607UL)) != l_155)) && 0x75B8AA76L);
        }
        else
        { 
            return l_161;
        }
        if (l_162[1])
        { 
            int32_t l_179 = 0x9416F890L;
            int32_t l_200 = 0x424801CAL;
            uint32_t l_220 = 18446744073709551615UL;
            int64_t *l_221 = &g_199;
            const uint64_t l_222 = 0x58F5AF2D6737CD06LL;
            uint32_t *l_224 = &l_162[1];
            uint32_t **l_225 = &l_224;
            uint32_t *l_226 = &l_162[1];
            int32_t *****l_231[3][4] = {{&g_87,&g_87,&g_87,&g_87},{&g_87,&g_87,&g_87,&g_87},{&g_87,&g_87,&g_87,&g_87}};
            int i, j;
            for (g_43 = 0; (g_43 != 16); g_43 = safe_add_func_uint64_t_u_u(g_43, 8))
            { 
                int8_t *l_171 = &l_109[0][1];
                int16_t l_173 = 0x4208L;
                uint64_t *l_178 = (void*)0;
                uint64_t *l_180 = &l_161;
                uint16_t *l_197 = (void*)0;
                uint16_t *l_198[3];
                uint32_t *l_201 = &l_162[1];
                int i;
                for (i = 0; i < 3; i++)
                    l_198[i] = &l_155;
                (*g_98) = (safe_add_func_uint64_t_u_u((g_157 = (safe_mod_func_int16_t_s_s(((safe_add_func_uint32_t_u_u(0x97FD118FL, ((255UL <= (g_2 ^ ((255UL && ((*l_171) |= g_120[3])) ^ 0x3004L))) || 9L))) < 6UL), g_5[1]))), 0UL));
                l_160 &= (((~l_173) ^ ((safe_div_func_uint32_t_u_u(((*l_201) = (g_43 >= (safe_div_func_uint8_t_u_u((((++(*l_180)) != (g_65[0] , (((*l_171) = (((safe_sub_func_uint64_t_u_u((l_173 & (((safe_div_func_uint16_t_u_u((l_179 = ((((safe_lshift_func_uint8_t_u_s(((safe_div_func_uint64_t_u_u((safe_mod_func_uint16_t_u_u(((safe_mul_func_int8_t_s_s((l_195 >= g_65[1]), l_162[1])) , g_65[1]), l_116)), g_5[1])) >= l_196[2]), 5)) , l_123) > g_157) ^ g_120[3])), g_199)) | g_26) >= 4294967295UL)), g_37[0])) < l_155) != (-4L))) && g_37[0]))) > l_200), l_200)))), 0xBB0FE560L)) == g_26)) , l_179);
            }
            if ((safe_div_func_int16_t_s_s((((**g_107) == (*g_87)) >= l_179), 0xD655L)))
            { 
                uint64_t l_204 = 0x9B24F8DD1E84AB6BLL;
                ++l_204;
                if (l_200)
                    continue;
                if ((*g_98))
                    break;
            }
            else
            { 
                int8_t l_211 = 0xAAL;
                g_210 = g_207;
                if (l_161)
                    goto lbl_296;
                l_211 = (-1L);
            }
            l_200 &= ((((l_162[1] >= ((((~(g_65[0] > (safe_rshift_func_int8_t_s_s((safe_add_func_int32_t_s_s((g_6 = (((safe_unary_minus_func_uint16_t_u(((safe_lshift_func_int16_t_s_s(g_43, 6)) >= 0x3F8A5E6A3A859A46LL))) != ((((*l_221) = (l_220 , g_157)) ^ g_2) >= 0x6CL)) , (*g_98))), g_26)), l_195)))) >= l_222) && g_5[0]) != (-1L))) || l_223) & l_179) || 4294967295UL);
            (*g_98) &= (((*l_226) = (((*l_225) = l_224) == g_98)) , (safe_sub_func_uint64_t_u_u((&g_208 != (void*)0), (safe_mod_func_uint16_t_u_u(((g_107 = l_231[0][2]) == &g_87), g_37[0])))));
        }
        else
        { 
            uint16_t *l_236[3];
            int32_t l_243 = 0x8E820DD8L;
            int32_t l_247 = 0x56754FE3L;
            int32_t l_250 = 0x7BD36F7DL;
            uint16_t l_255 = 4UL;
            const uint8_t ***l_262 = (void*)0;
            const uint8_t ***l_263[4] = {&g_260[0],&g_260[0],&g_260[0],&g_260[0]};
            uint64_t *l_267 = &l_251[0];
            uint64_t *l_268 = &g_157;
            int32_t l_278[4];
            int i;
            for (i = 0; i < 3; i++)
                l_236[i] = &l_116;
            for (i = 0; i < 4; i++)
                l_278[i] = 0xFCE3D555L;
            (*g_98) &= (safe_rshift_func_uint16_t_u_u(((safe_div_func_uint16_t_u_u((++g_120[3]), g_37[0])) < 0L), g_124));
            for (l_195 = 0; (l_195 <= 2); l_195 += 1)
            { 
                uint16_t l_239 = 65530UL;
                int32_t *l_242 = &l_137;
                int32_t l_244 = 0xFB740B3AL;
                int32_t l_246[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_246[i] = 1L;
                l_239--;
                l_242 = l_242;
                --l_251[0];
                l_255++;
            }
            if (((((l_255 ^ (((**g_207) != (g_260[0] = g_260[0])) != ((((*l_268) = ((*l_267) = (!(safe_div_func_uint8_t_u_u(0x47L, (l_255 , 1L)))))) & g_2) == 4294967292UL))) >= 4294967293UL) , l_269) > g_199))
            { 
                int32_t l_270 = 0xCAB86EAAL;
                int32_t l_272 = 0x0712D529L;
                int32_t l_273[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_273[i] = 0xFCAB5132L;
                g_98 = &l_137;
                ++l_279;
            }
            else
            { 
                uint8_t * const * const ***l_282 = &g_210;
                int8_t ***l_285 = &l_283;
                int32_t l_286 = 0x25056A1FL;
                (*l_282) = &g_208;
                if ((*g_98))
                    continue;
                (*l_285) = l_283;
                if (l_286)
                    break;
            }
            return g_159;
        }
    }
lbl_296:
    (*l_295) &= (((((safe_sub_func_uint8_t_u_u(l_249, l_251[0])) , ((g_271 & (safe_lshift_func_uint8_t_u_u(0UL, 4))) || ((safe_lshift_func_uint16_t_u_u((safe_mul_func_int16_t_s_s(l_162[1], l_160)), 14)) , 0x67L))) != l_196[0]) ^ g_65[1]) , (-1L));
    (*g_98) ^= ((safe_rshift_func_uint8_t_u_u(((*l_295) = (safe_add_func_int8_t_s_s((safe_mul_func_int8_t_s_s(((safe_div_func_int64_t_s_s(1L, (~(safe_rshift_func_uint8_t_u_s((safe_div_func_uint16_t_u_u(((safe_unary_minus_func_int16_t_s(((((void*)0 != &l_269) || ((*l_295) < g_271)) ^ (*l_295)))) , g_37[0]), (-1L))), 5))))) || 0UL), 6L)), (*l_295)))), l_269)) > g_314[0]);
    return g_6;
}
static int32_t * func_7(uint32_t  p_8, uint32_t  p_9, uint32_t  p_10, uint32_t  p_11)
{ 
    uint8_t * const l_96 = (void*)0;
    int32_t *l_97 = &g_65[1];
    (*l_97) ^= (safe_div_func_uint8_t_u_u(((void*)0 != l_96), (-1L)));
    g_98 = l_97;
    return l_97;
}
static uint32_t  func_15(uint32_t  p_16, int32_t  p_17, const uint8_t  p_18, int32_t * p_19, int16_t  p_20)
{ 
    int32_t *l_25[3][1];
    int32_t l_55 = (-1L);
    uint32_t l_63[4][1] = {{1UL},{0x8470FB2EL},{1UL},{0x8470FB2EL}};
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_25[i][j] = (void*)0;
    }
lbl_46:
    g_26 = (safe_lshift_func_uint16_t_u_u(((void*)0 != &g_6), 6));
    if ((g_37[0] = (((safe_sub_func_int16_t_s_s(g_26, (safe_mul_func_uint16_t_u_u((safe_add_func_uint8_t_u_u((safe_lshift_func_int8_t_s_s((0x5B68906353005475LL > ((((*p_19) <= (((safe_mod_func_uint64_t_u_u((((((((g_5[1] & p_18) , g_6) , l_25[2][0]) == l_25[2][0]) , g_2) != p_16) < g_5[0]), 0x6DAAFD55BE9843C6LL)) <= 0x56D4L) | g_6)) || g_6) > 0x05E60D1FL)), 0)), g_2)), g_26)))) || 0x302CCA7AL) && 0xF0F5B872L)))
    { 
        return g_37[0];
    }
    else
    { 
        uint64_t l_38[3];
        int32_t **l_39 = &l_25[1][0];
        int32_t **l_40 = &l_25[2][0];
        int32_t ***l_41 = &l_39;
        int32_t l_42[1];
        int i;
        for (i = 0; i < 3; i++)
            l_38[i] = 18446744073709551615UL;
        for (i = 0; i < 1; i++)
            l_42[i] = 0L;
        l_38[0] = (*p_19);
        (*l_41) = (l_40 = l_39);
        ++g_43;
        if (p_16)
            goto lbl_46;
    }
    if (g_2)
    { 
        int32_t *l_54 = &g_5[0];
        int32_t **l_53 = &l_54;
        int32_t l_71 = 0x78955248L;
        int32_t l_72 = 0L;
        int32_t l_73 = 1L;
        uint64_t l_75 = 0x3853DC631A1BBCF5LL;
        int32_t *****l_90 = &g_87;
        for (p_20 = 23; (p_20 > 28); p_20++)
        { 
            uint8_t *l_51 = &g_26;
            int32_t **l_52 = &l_25[1][0];
            int32_t l_66 = 0x9DE5337CL;
            int32_t l_67 = 0x415B52D1L;
            int32_t l_69 = 0x47CC04BEL;
            int32_t l_70 = 0L;
            int32_t l_74[3][1];
            int32_t ***l_80 = &l_52;
            int32_t ****l_79 = &l_80;
            int32_t *****l_78 = &l_79;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_74[i][j] = (-1L);
            }
            if (((((safe_rshift_func_uint16_t_u_s(((0xD3L && (((((((*l_51) = p_16) > (((&g_2 != ((*l_52) = l_25[2][0])) && g_6) != p_17)) , p_16) == g_5[1]) , (void*)0) == l_53)) ^ g_6), l_55)) , p_17) ^ 0L) != l_55))
            { 
                uint16_t l_62 = 65527UL;
                l_63[0][0] ^= (((((safe_mul_func_int16_t_s_s((-2L), (0xB3L == (safe_add_func_int32_t_s_s(0L, 0xE53ADD1EL))))) <= (safe_rshift_func_uint16_t_u_s(g_37[0], 13))) , g_2) > l_62) && (*p_19));
                return g_2;
            }
            else
            { 
                const int32_t l_64 = 2L;
                if (g_37[0])
                    break;
                if (l_64)
                    continue;
            }
            for (p_16 = 0; (p_16 <= 0); p_16 += 1)
            { 
                int32_t l_68[1][4] = {{0xB94E7F8FL,0xB94E7F8FL,0xB94E7F8FL,0xB94E7F8FL}};
                int i, j;
                if ((*p_19))
                    break;
                l_75++;
            }
            if (g_2)
                continue;
            (*l_78) = (void*)0;
        }
        (*l_53) = (*l_53);
        g_65[1] = (g_65[0] , (safe_lshift_func_int16_t_s_s((-2L), (safe_mod_func_uint16_t_u_u(g_6, (safe_rshift_func_uint8_t_u_u(((g_87 != (((*l_54) >= g_2) , (void*)0)) < g_6), g_65[0])))))));
        l_90 = (void*)0;
    }
    else
    { 
        int64_t l_93 = 5L;
        for (g_43 = 0; (g_43 != 15); g_43++)
        { 
            return g_43;
        }
        l_93 = (*p_19);
    }
    return g_2;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_5[i], "g_5[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_37[i], "g_37[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_43, "g_43", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_65[i], "g_65[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_120[i], "g_120[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_124, "g_124", print_hash_value);
    transparent_crc(g_157, "g_157", print_hash_value);
    transparent_crc(g_159, "g_159", print_hash_value);
    transparent_crc(g_199, "g_199", print_hash_value);
    transparent_crc(g_271, "g_271", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_314[i], "g_314[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
