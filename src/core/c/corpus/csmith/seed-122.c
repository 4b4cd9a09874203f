#include "csmith.h"
static long __undefined;
static uint64_t g_2[1][3] = {{18446744073709551615UL,18446744073709551615UL,18446744073709551615UL}};
static int32_t g_4 = 1L;
static uint32_t g_18 = 0x2FDAD5A5L;
static uint32_t g_40 = 4294967295UL;
static uint32_t g_42 = 0x04D46446L;
static int32_t *g_52 = (void*)0;
static int32_t **g_51 = &g_52;
static uint16_t g_81[2] = {1UL,1UL};
static uint64_t g_101 = 0x4A26E329CC96ABB4LL;
static int64_t g_112 = 0x5A5982ED821F8E69LL;
static int64_t g_134 = 6L;
static uint8_t g_157 = 0xE8L;
static uint64_t g_159 = 0x8ED21FDF513FACB5LL;
static uint32_t g_249 = 2UL;
static int8_t g_258[1][4] = {{0x7AL,0x7AL,0x7AL,0x7AL}};
static uint32_t ***g_283 = (void*)0;
static uint64_t g_327 = 1UL;
static const uint32_t ***g_333 = (void*)0;
static int32_t g_335 = 0x3E0D8292L;
static int16_t  func_1(void);
static int32_t  func_5(int32_t * p_6, int64_t  p_7, int32_t  p_8);
static int32_t * const * func_9(int32_t  p_10, const uint16_t  p_11, int8_t  p_12);
static int16_t  func_1(void)
{ 
    int32_t *l_3 = &g_4;
    int32_t l_310 = 5L;
    int32_t l_326 = 0xDC50922CL;
    (*l_3) &= (8UL | g_2[0][0]);
    if (func_5((g_2[0][0] , &g_4), g_2[0][2], g_2[0][0]))
    { 
        uint8_t l_293[2][1];
        int32_t **l_306[3][3];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_293[i][j] = 249UL;
        }
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 3; j++)
                l_306[i][j] = &g_52;
        }
        for (g_101 = 0; (g_101 <= 0); g_101 += 1)
        { 
            uint32_t *l_300[4] = {&g_249,&g_249,&g_249,&g_249};
            const int32_t *l_305 = &g_4;
            const int32_t **l_304 = &l_305;
            int32_t l_308 = 0xBFD6407CL;
            int i;
            (*g_51) = &g_4;
            if ((safe_mod_func_uint8_t_u_u((g_81[g_101] <= (*l_3)), g_112)))
            { 
                return g_81[g_101];
            }
            else
            { 
                (*g_51) = (*g_51);
                if (g_81[g_101])
                    break;
            }
            for (g_4 = 0; (g_4 >= 0); g_4 -= 1)
            { 
                uint32_t **l_301 = (void*)0;
                uint32_t **l_302 = (void*)0;
                uint32_t **l_303 = &l_300[0];
                int8_t *l_307[4] = {&g_258[0][0],&g_258[0][0],&g_258[0][0],&g_258[0][0]};
                int32_t l_309 = 0xED77FB83L;
                int i, j;
                (*g_51) = (*g_51);
                if (g_2[g_4][(g_101 + 2)])
                    break;
                ++l_293[0][0];
                (*l_304) = (((safe_mul_func_int16_t_s_s(((((l_293[0][0] <= (l_310 = (safe_lshift_func_int8_t_s_s((l_309 = (((0xA543L & 0xBA44L) != (l_308 = ((((*l_303) = l_300[2]) == (((((l_304 == l_306[2][2]) & g_4) != (*l_305)) <= g_249) , (void*)0)) > (*l_3)))) | g_18)), g_40)))) || 1L) , (void*)0) == (void*)0), g_4)) || (*l_3)) , (*l_304));
            }
        }
    }
    else
    { 
        uint8_t l_317 = 0xC6L;
        uint16_t *l_318 = &g_81[1];
        int8_t *l_319 = (void*)0;
        int8_t *l_320 = &g_258[0][3];
        (*l_3) = (((((*l_320) = (safe_add_func_int64_t_s_s((&g_159 != &g_2[0][0]), (7UL > (safe_lshift_func_uint8_t_u_u((((*l_318) = ((safe_add_func_uint32_t_u_u(7UL, (9L ^ l_317))) , 3UL)) & 6L), g_2[0][0])))))) || 0x19L) , (*l_3)) || 0x3E400F40CEA4DF91LL);
        (*g_51) = &g_4;
        for (g_42 = 0; (g_42 > 24); g_42 = safe_add_func_int64_t_s_s(g_42, 1))
        { 
            if ((*g_52))
            { 
                int32_t *l_323 = &l_310;
                int16_t l_324 = 0x4895L;
                int32_t *l_325[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_325[i] = &l_310;
                g_327++;
            }
            else
            { 
                uint32_t *l_332 = &g_249;
                uint32_t **l_331 = &l_332;
                uint32_t ***l_330[3];
                const uint32_t ****l_334 = &g_333;
                int i;
                for (i = 0; i < 3; i++)
                    l_330[i] = &l_331;
                g_335 |= ((l_330[0] != ((*l_334) = g_333)) , (*g_52));
            }
            if ((**g_51))
                break;
            if ((**g_51))
                break;
        }
        return l_317;
    }
    (*l_3) = (*l_3);
    return (*l_3);
}
static int32_t  func_5(int32_t * p_6, int64_t  p_7, int32_t  p_8)
{ 
    uint32_t *l_17[2];
    int32_t l_19[1][2];
    uint32_t l_20 = 0xFD061A65L;
    uint32_t *l_39 = &g_40;
    uint32_t *l_41 = &g_42;
    int32_t * const *l_175 = &g_52;
    uint16_t *l_176 = &g_81[1];
    uint16_t l_201 = 65528UL;
    int i, j;
    for (i = 0; i < 2; i++)
        l_17[i] = &g_18;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_19[i][j] = 0x69B2E414L;
    }
    l_175 = func_9(((safe_rshift_func_int16_t_s_s((safe_div_func_int64_t_s_s(((((l_20++) , &g_4) != &l_19[0][1]) <= (safe_lshift_func_uint8_t_u_s((((*l_41) = ((*l_39) = ((safe_sub_func_uint16_t_u_u((((safe_div_func_uint8_t_u_u(((safe_add_func_uint32_t_u_u((p_7 == (safe_mul_func_uint16_t_u_u(((safe_add_func_uint8_t_u_u(((safe_mod_func_int32_t_s_s((g_2[0][0] && (((safe_div_func_int8_t_s_s(0xC9L, p_8)) , 1UL) > l_19[0][1])), 0x57F039D3L)) < l_19[0][0]), g_2[0][0])) >= l_19[0][0]), 0x4306L))), (*p_6))) == 0x2AB2L), g_2[0][0])) & l_19[0][1]) , p_8), 0x416CL)) ^ 255UL))) , 1UL), g_2[0][0]))), 0xC712BAD479EA4087LL)), g_2[0][0])) <= p_7), p_7, l_19[0][1]);
    l_19[0][1] &= ((p_7 , l_176) == l_176);
    for (g_112 = (-30); (g_112 == (-8)); ++g_112)
    { 
        int64_t *l_199 = &g_134;
        int32_t l_200 = 0L;
        int8_t l_202 = 0x4DL;
        int32_t *l_203 = &l_19[0][0];
        int32_t l_210 = (-1L);
        uint8_t *l_218 = &g_157;
    }
    if ((*p_6))
    { 
        int8_t l_237 = 0L;
        for (g_159 = 0; g_159 < 1; g_159 += 1)
        {
            for (p_7 = 0; p_7 < 2; p_7 += 1)
            {
                l_19[g_159][p_7] = 0x3C6450A6L;
            }
        }
        for (g_157 = 0; (g_157 <= 55); g_157 = safe_add_func_int16_t_s_s(g_157, 8))
        { 
            int32_t *l_227 = &l_19[0][0];
            int32_t *l_228 = (void*)0;
            int32_t *l_229 = &g_4;
            int32_t *l_230 = &g_4;
            int32_t *l_231 = &g_4;
            int32_t *l_232 = &l_19[0][1];
            int32_t *l_233 = (void*)0;
            int32_t *l_234 = &l_19[0][0];
            int32_t *l_235 = &l_19[0][1];
            int32_t *l_236 = &g_4;
            int32_t *l_238 = &g_4;
            int32_t *l_239 = &l_19[0][0];
            int32_t *l_240 = &l_19[0][1];
            int32_t *l_241 = &l_19[0][0];
            int32_t *l_242 = &g_4;
            int32_t *l_243 = &l_19[0][0];
            int32_t *l_244 = (void*)0;
            int32_t *l_245 = &l_19[0][1];
            int32_t *l_246 = &g_4;
            int32_t *l_247 = &l_19[0][1];
            int32_t *l_248[2];
            int i;
            for (i = 0; i < 2; i++)
                l_248[i] = &g_4;
            --g_249;
        }
    }
    else
    { 
        uint32_t l_271 = 0x7642D4FDL;
        uint32_t * const *l_285 = &l_17[1];
        uint32_t * const **l_284 = &l_285;
        int32_t l_290 = 0x43BDEAF1L;
        for (g_112 = 1; (g_112 >= 0); g_112 -= 1)
        { 
            int16_t l_254[1];
            int i;
            for (i = 0; i < 1; i++)
                l_254[i] = 0x02AEL;
            (*g_51) = (void*)0;
            for (g_42 = 0; (g_42 <= 1); g_42 += 1)
            { 
                int8_t *l_257 = &g_258[0][3];
                int32_t *l_273 = &l_19[0][0];
                int32_t **l_272 = &l_273;
                int i;
                (*g_51) = &p_8;
                (**l_175) = ((g_81[g_112] & (safe_lshift_func_int8_t_s_u(g_159, l_254[0]))) > ((*l_257) = (safe_sub_func_uint32_t_u_u(g_249, 1L))));
                (**g_51) = (((safe_sub_func_int8_t_s_s(((safe_mod_func_uint16_t_u_u(p_8, (safe_div_func_uint64_t_u_u(p_7, 0xDAF8A5A0285C2981LL)))) != ((18446744073709551615UL < (safe_sub_func_int64_t_s_s(((safe_rshift_func_uint16_t_u_u((safe_add_func_int16_t_s_s(((void*)0 != &p_6), l_254[0])), p_7)) & g_157), p_7))) , l_271)), (**l_175))) <= g_249) & 0x9261D21668D167BALL);
                (*l_272) = (p_6 = ((*g_51) = (*g_51)));
            }
        }
        l_290 &= (safe_div_func_int16_t_s_s((safe_add_func_int8_t_s_s((safe_div_func_uint16_t_u_u(((g_81[0] != 0x70233295L) , ((*l_176)--)), (~(g_283 == l_284)))), (((safe_mod_func_int8_t_s_s((safe_div_func_uint16_t_u_u(0xCBBCL, p_8)), (-9L))) | (*p_6)) | (*p_6)))), g_101));
        return l_271;
    }
    return (*p_6);
}
static int32_t * const * func_9(int32_t  p_10, const uint16_t  p_11, int8_t  p_12)
{ 
    uint8_t l_53 = 1UL;
    int32_t *l_54 = &g_4;
    int32_t l_55 = 0xF93B76F0L;
    uint16_t *l_168 = &g_81[1];
    uint16_t **l_167 = &l_168;
    int32_t **l_174 = &l_54;
    (*l_54) = (l_55 |= (safe_add_func_uint8_t_u_u((safe_mod_func_int32_t_s_s((8UL > (((0xA2D3C5EBL > ((((safe_div_func_uint8_t_u_u(((((void*)0 != g_51) != g_2[0][1]) != l_53), 252UL)) > l_53) , l_54) == (*g_51))) >= p_10) == (*l_54))), p_11)), p_11)));
    for (g_18 = 0; (g_18 <= 40); g_18++)
    { 
        int32_t l_66 = 0xA98E57B7L;
        int32_t l_100 = 0x4FF04DBBL;
        uint32_t l_141 = 0x9C386F2BL;
        uint64_t l_150 = 18446744073709551608UL;
        uint32_t **l_164[2];
        uint16_t *l_169 = &g_81[0];
        int i;
        for (i = 0; i < 2; i++)
            l_164[i] = (void*)0;
        if (((safe_mul_func_int16_t_s_s((safe_lshift_func_uint8_t_u_s(((((safe_rshift_func_int16_t_s_s((safe_sub_func_int16_t_s_s(l_66, (safe_sub_func_int64_t_s_s((+((safe_rshift_func_uint8_t_u_u((safe_mod_func_int32_t_s_s(p_11, 0x7A89A43DL)), 4)) >= l_66)), (l_66 >= p_12))))), p_11)) < p_11) & 0xAA0E685266ADDA10LL) != 2L), 2)), g_42)) , p_10))
        { 
            int32_t *l_82 = &g_4;
            int32_t *l_83 = (void*)0;
            int32_t *l_84 = &l_55;
            int32_t *l_85 = &l_55;
            int32_t *l_86 = &g_4;
            int32_t *l_87 = &g_4;
            int32_t *l_88 = &l_55;
            int32_t *l_89 = &g_4;
            int32_t *l_90 = (void*)0;
            int32_t *l_91 = &l_55;
            int32_t *l_92 = (void*)0;
            int32_t *l_93 = &g_4;
            int32_t l_94 = (-10L);
            int32_t *l_95 = (void*)0;
            int32_t *l_96 = &l_94;
            int32_t *l_97 = (void*)0;
            int32_t *l_98 = &l_55;
            int32_t *l_99[4][2];
            uint64_t l_110 = 0x83981A7339E942A6LL;
            int64_t *l_111[2];
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 2; j++)
                    l_99[i][j] = &l_55;
            }
            for (i = 0; i < 2; i++)
                l_111[i] = &g_112;
            for (p_12 = 0; (p_12 >= (-26)); --p_12)
            { 
                uint16_t *l_80 = &g_81[1];
                (*l_54) = (p_12 > ((p_11 , (safe_add_func_uint16_t_u_u(((*l_80) = (p_12 | (safe_lshift_func_int16_t_s_u((*l_54), 5)))), (p_11 <= (*l_54))))) && g_81[1]));
            }
            --g_101;
            if ((g_42 ^ ((*l_54) = ((safe_add_func_uint32_t_u_u((safe_add_func_uint64_t_u_u((p_10 == (safe_mul_func_int8_t_s_s(((*l_54) != 0x84CFL), (0xA6L > 0x8BL)))), 1L)), p_10)) , l_110))))
            { 
                uint8_t l_115 = 0x02L;
                (*l_89) = (safe_rshift_func_uint8_t_u_u(l_115, 6));
            }
            else
            { 
                int32_t **l_116[4];
                uint16_t *l_120 = &g_81[0];
                uint16_t **l_119 = &l_120;
                uint32_t **l_121 = (void*)0;
                uint32_t **l_122 = (void*)0;
                uint32_t *l_123 = &g_42;
                int i;
                for (i = 0; i < 4; i++)
                    l_116[i] = &l_89;
                (*l_91) &= ((((l_116[3] != (void*)0) < ((l_123 = (((0xACL > 0xA8L) , ((safe_lshift_func_uint16_t_u_u(((((*l_119) = &g_81[1]) == &p_11) > g_81[1]), 1)) | p_11)) , (void*)0)) == &g_40)) ^ (-1L)) || (*l_54));
            }
        }
        else
        { 
            int32_t l_126 = 0xD6F6C97CL;
            uint32_t *l_130[2][2];
            uint32_t ***l_165 = &l_164[1];
            uint8_t *l_166 = &g_157;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                    l_130[i][j] = (void*)0;
            }
            for (g_101 = (-16); (g_101 != 40); g_101 = safe_add_func_int64_t_s_s(g_101, 4))
            { 
                uint32_t *l_129[1][2];
                uint32_t **l_128[4][4] = {{&l_129[0][1],&l_129[0][1],&l_129[0][1],&l_129[0][1]},{&l_129[0][1],&l_129[0][1],&l_129[0][1],&l_129[0][1]},{&l_129[0][1],&l_129[0][1],&l_129[0][1],&l_129[0][1]},{&l_129[0][1],&l_129[0][1],&l_129[0][1],&l_129[0][1]}};
                int32_t *l_131 = (void*)0;
                int32_t *l_132 = (void*)0;
                int32_t *l_133 = (void*)0;
                int64_t *l_153 = &g_112;
                int64_t *l_154 = &g_134;
                uint32_t *l_155 = (void*)0;
                uint32_t *l_156 = &g_40;
                uint64_t *l_158[1][2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_129[i][j] = &g_18;
                }
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_158[i][j] = &g_159;
                }
                (*l_54) |= (l_126 = (-9L));
                g_134 &= ((*l_54) = (+((l_130[1][0] = &g_18) == (void*)0)));
                (*l_54) = (safe_div_func_uint16_t_u_u((safe_div_func_int64_t_s_s((safe_mul_func_uint16_t_u_u(l_141, (safe_sub_func_uint32_t_u_u(((l_126 >= (l_55 ^= (g_157 ^= ((safe_add_func_uint64_t_u_u(((g_42 = ((*l_156) = (((*l_154) = ((*l_153) = (safe_add_func_int8_t_s_s((p_12 ^= ((safe_div_func_uint64_t_u_u((0x3E4BC467L >= l_150), ((safe_sub_func_uint8_t_u_u(0UL, g_101)) | 0x7E885CFEL))) , 0xFDL)), (*l_54))))) || l_126))) >= g_2[0][1]), l_126)) && p_11)))) , 0x3DE94138L), 4294967288UL)))), 0xA82D28F58BFB5A67LL)), g_101));
            }
            p_10 = (safe_mod_func_int64_t_s_s(((*l_54) , p_10), (safe_lshift_func_uint8_t_u_u(((*l_166) = (((*l_165) = l_164[0]) != (void*)0)), (((void*)0 == l_167) >= g_2[0][0])))));
            return &g_52;
        }
        (*l_54) ^= (((*l_167) = l_169) != l_169);
        (*l_54) = (((0x928FL != (safe_add_func_uint16_t_u_u((((void*)0 != &l_168) < l_66), (safe_div_func_uint64_t_u_u(((g_18 || g_157) | g_81[1]), p_11))))) ^ 65526UL) <= p_11);
        return &g_52;
    }
    (*l_174) = ((*g_51) = (*g_51));
    return &g_52;
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
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_2[i][j], "g_2[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_40, "g_40", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_81[i], "g_81[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_101, "g_101", print_hash_value);
    transparent_crc(g_112, "g_112", print_hash_value);
    transparent_crc(g_134, "g_134", print_hash_value);
    transparent_crc(g_157, "g_157", print_hash_value);
    transparent_crc(g_159, "g_159", print_hash_value);
    transparent_crc(g_249, "g_249", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_258[i][j], "g_258[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_327, "g_327", print_hash_value);
    transparent_crc(g_335, "g_335", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
