#include "csmith.h"
static long __undefined;
static int32_t g_6 = 0xB7CEFA9DL;
static int32_t g_24 = 0x8F59172DL;
static uint16_t g_27[2][3] = {{0x7A02L,0x5009L,0x7A02L},{0x7A02L,0x5009L,0x7A02L}};
static int32_t g_42 = 0L;
static uint16_t g_51 = 7UL;
static int16_t g_70[4] = {0x7473L,0x7473L,0x7473L,0x7473L};
static int32_t g_79[4] = {0x2777EF5EL,0x2777EF5EL,0x2777EF5EL,0x2777EF5EL};
static int64_t g_87[3][1] = {{0L},{0L},{0L}};
static uint32_t g_90[4][4] = {{4294967295UL,0UL,0x07DECC76L,9UL},{0xA9A6AE6CL,0UL,0UL,0xA9A6AE6CL},{0UL,0xA9A6AE6CL,4294967295UL,0UL},{0UL,4294967295UL,0UL,0x07DECC76L}};
static int64_t g_94 = 1L;
static int64_t * const g_93 = &g_94;
static int32_t *g_106 = &g_24;
static int32_t g_137 = 0x8E667A4CL;
static int32_t g_140 = 1L;
static int32_t *g_163 = &g_79[0];
static int32_t **g_162[3][1] = {{&g_163},{&g_163},{&g_163}};
static int32_t g_181 = 0x097D27A3L;
static int16_t g_182 = 0x0627L;
static uint16_t g_183[2] = {9UL,9UL};
static uint8_t g_216 = 1UL;
static int16_t *g_248 = &g_70[3];
static int16_t **g_247 = &g_248;
static int16_t g_260[3] = {(-5L),(-5L),(-5L)};
static uint64_t g_261 = 4UL;
static uint32_t g_278[2][1] = {{0xC94934B1L},{0xC94934B1L}};
static uint64_t g_281 = 3UL;
static int8_t g_300 = 0L;
static int16_t g_308 = 0x6AFEL;
static uint64_t g_309 = 0x54C6CEB2B01D4E9ALL;
static const int32_t *g_319[2] = {(void*)0,(void*)0};
static int8_t g_326[2][1] = {{0L},{0L}};
static int32_t ***g_340 = (void*)0;
static int16_t  func_1(void);
static uint32_t  func_7(int16_t  p_8, int8_t  p_9, int32_t  p_10, uint8_t  p_11);
static uint8_t  func_15(uint32_t  p_16, uint16_t  p_17, uint8_t  p_18);
static int16_t  func_1(void)
{ 
    int8_t l_12 = 1L;
    uint16_t *l_138 = &g_51;
    int32_t *l_139 = &g_140;
    uint64_t l_148 = 18446744073709551615UL;
    int32_t l_176 = 6L;
    int32_t * const * const l_226 = &l_139;
    uint8_t l_243 = 255UL;
    int16_t **l_269 = (void*)0;
    int32_t l_325[1];
    int i;
    for (i = 0; i < 1; i++)
        l_325[i] = 9L;
    if (((*l_139) ^= ((safe_sub_func_uint8_t_u_u((safe_mod_func_uint16_t_u_u(0x57E8L, (g_6 | ((*l_138) = (func_7(g_6, l_12, g_6, l_12) & g_6))))), 0x46L)) < 0UL)))
    { 
        int32_t *l_147 = &g_24;
        int8_t l_170 = 0x2EL;
        int32_t *l_171 = &g_140;
        int32_t *l_172 = &g_137;
        int32_t *l_173 = &g_137;
        int32_t *l_174 = &g_24;
        int32_t *l_175 = &g_137;
        int32_t *l_177 = &g_137;
        int32_t *l_178 = &g_140;
        int32_t *l_179 = &g_140;
        int32_t *l_180[4][4] = {{&g_24,&l_176,&g_24,&l_176},{&g_24,&l_176,&g_24,&l_176},{&g_24,&l_176,&g_24,&l_176},{&g_24,&l_176,&g_24,&l_176}};
        int64_t *l_196 = &g_94;
        int32_t *l_198[4] = {&g_140,&g_140,&g_140,&g_140};
        uint8_t *l_215 = &g_216;
        int32_t l_227 = 0xC088A21FL;
        uint8_t l_228[4] = {0x0FL,0x0FL,0x0FL,0x0FL};
        int i, j;
        for (g_6 = 0; (g_6 == (-2)); --g_6)
        { 
            int32_t * const l_145 = (void*)0;
            uint16_t *l_149 = &g_27[1][1];
            uint16_t **l_150 = &l_138;
            int32_t *l_151 = (void*)0;
            for (l_12 = 0; (l_12 != 0); l_12 = safe_add_func_int32_t_s_s(l_12, 9))
            { 
                int32_t **l_146 = (void*)0;
                l_147 = l_145;
                (*l_139) = l_148;
            }
            (*l_139) = (((*l_150) = l_149) == (void*)0);
            for (g_24 = 1; (g_24 >= 0); g_24 -= 1)
            { 
                l_151 = (void*)0;
            }
            return g_51;
        }
        l_170 &= (safe_add_func_uint16_t_u_u((safe_add_func_int32_t_s_s((safe_div_func_uint64_t_u_u((!(safe_lshift_func_uint16_t_u_s((((g_137 == (safe_unary_minus_func_int8_t_s((((((void*)0 != g_162[2][0]) , (safe_sub_func_int32_t_s_s((*l_139), ((safe_add_func_uint8_t_u_u((safe_div_func_uint8_t_u_u(0x85L, (*l_139))), g_94)) == g_137)))) , 0x9AE4E8F9L) == 0x85D356E4L)))) ^ g_51) != (*g_93)), 12))), 18446744073709551606UL)), (*l_147))), g_6));
        g_183[1]++;
        for (g_42 = 3; (g_42 >= 0); g_42 -= 1)
        { 
            uint64_t l_197 = 0xABB6E06CC3F753BDLL;
            for (g_24 = 0; (g_24 <= 1); g_24 += 1)
            { 
                int64_t *l_186[2][2] = {{&g_87[0][0],&g_87[0][0]},{&g_87[0][0],&g_87[0][0]}};
                int32_t l_195 = 0x55AC2ACBL;
                int32_t **l_199 = &l_179;
                uint64_t *l_210 = &l_148;
                int16_t *l_229 = (void*)0;
                int16_t *l_230 = &g_182;
                int16_t *l_231 = &g_70[1];
                int i, j;
                l_197 ^= ((*l_173) = (((l_186[0][1] == (g_183[g_24] , ((safe_rshift_func_uint8_t_u_s(((safe_mul_func_uint8_t_u_u((l_195 ^= ((g_183[g_24] != (g_183[g_24] ^ (safe_rshift_func_int16_t_s_u((safe_add_func_uint64_t_u_u((0xF10AD92BL == 4L), g_79[(g_24 + 2)])), g_79[g_42])))) <= 0xA4BAB425L)), g_79[g_42])) && g_90[0][3]), g_27[0][0])) , l_196))) > g_137) == g_183[g_24]));
                (*l_199) = l_198[0];
                (*l_177) &= (safe_sub_func_int8_t_s_s((-5L), (safe_div_func_uint64_t_u_u((&g_87[1][0] == (((safe_lshift_func_uint16_t_u_s((((safe_lshift_func_uint16_t_u_u(((*l_138) &= (l_197 | ((--(*l_210)) != ((safe_rshift_func_int8_t_s_s((&g_137 != (*l_199)), (**l_199))) && 0xC005B26D70503560LL)))), 7)) , l_215) != (void*)0), g_183[1])) != (*l_139)) , l_186[1][0])), l_197))));
                (*l_178) = ((safe_rshift_func_uint8_t_u_s(((((*l_231) = ((((safe_unary_minus_func_uint64_t_u((((safe_rshift_func_uint16_t_u_s((*l_139), ((*l_230) = ((safe_sub_func_int64_t_s_s((((-1L) < (--(*l_215))) & ((l_226 == (void*)0) > ((l_227 != (*l_177)) > 1L))), l_228[1])) == g_79[3])))) != (**l_199)) , g_87[1][0]))) ^ (**l_199)) && g_79[2]) < 0x5262L)) | (*l_139)) > (**l_226)), g_51)) | (**l_199));
            }
        }
    }
    else
    { 
        int64_t l_236[1][3];
        int32_t l_239[4];
        uint64_t *l_242 = &l_148;
        int32_t l_244[2][1];
        int8_t *l_245 = (void*)0;
        int8_t *l_246 = &l_12;
        int32_t **l_298 = (void*)0;
        uint32_t l_301[2][1];
        const uint8_t l_304[2] = {1UL,1UL};
        const int32_t *l_320 = (void*)0;
        int64_t *l_337[1];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_236[i][j] = 0L;
        }
        for (i = 0; i < 4; i++)
            l_239[i] = 0xFD321409L;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_244[i][j] = 0xE5635D66L;
        }
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_301[i][j] = 0x2CA2C021L;
        }
        for (i = 0; i < 1; i++)
            l_337[i] = &l_236[0][0];
        if (((((**l_226) = (safe_rshift_func_int8_t_s_s(((*l_246) = (((safe_div_func_int64_t_s_s(0x5AEB332806D6E3AFLL, l_236[0][1])) && (safe_rshift_func_uint8_t_u_s(l_239[3], (l_244[1][0] = (safe_div_func_uint64_t_u_u(((*l_242) = l_239[3]), (l_243 ^ l_236[0][1]))))))) <= (**l_226))), g_27[0][2]))) == l_236[0][1]) && g_51))
        { 
            for (g_6 = 0; g_6 < 1; g_6 += 1)
            {
                for (g_94 = 0; g_94 < 3; g_94 += 1)
                {
                    l_236[g_6][g_94] = 0xEE47738B299F902ALL;
                }
            }
        }
        else
        { 
            int16_t ***l_249 = &g_247;
            int32_t l_254 = 2L;
            int32_t l_259 = (-8L);
            int32_t ***l_299 = &l_298;
            uint32_t *l_302 = &g_90[3][1];
            uint32_t *l_303 = &g_278[0][0];
            uint8_t l_327 = 0x5CL;
            int32_t *l_330 = &l_325[0];
            (*l_249) = g_247;
            if (l_244[1][0])
            { 
                int8_t **l_250 = &l_245;
                const int32_t l_255 = (-1L);
                int32_t l_256 = (-10L);
                int32_t *l_257 = &l_176;
                int32_t *l_258[4][1];
                int32_t *l_264[2][3];
                int32_t **l_265 = &l_264[1][1];
                int32_t **l_266[3][3];
                int16_t **l_270[1];
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_258[i][j] = &l_244[1][0];
                }
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_264[i][j] = &g_140;
                }
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_266[i][j] = &l_258[1][0];
                }
                for (i = 0; i < 1; i++)
                    l_270[i] = &g_248;
                l_254 = (((l_246 == ((*l_250) = l_246)) != (!((safe_div_func_uint16_t_u_u(l_254, (**l_226))) , l_255))) , 0x8E27A598L);
                g_261--;
                g_106 = ((*l_265) = l_264[1][1]);
                (*l_139) ^= (safe_add_func_uint64_t_u_u(g_6, (l_269 == ((*l_249) = l_270[0]))));
            }
            else
            { 
                uint32_t *l_275 = (void*)0;
                uint32_t *l_276 = (void*)0;
                uint32_t *l_277 = &g_90[0][3];
                int32_t *l_280[2][3] = {{&l_176,&l_176,&l_176},{&g_137,&g_137,&g_137}};
                int i, j;
                l_259 ^= ((**l_226) = ((*g_248) <= ((g_278[0][0] = ((*l_277) &= ((g_27[1][2] ^ (safe_rshift_func_uint8_t_u_u(0xCAL, 6))) != l_254))) ^ (!(*g_93)))));
                --g_281;
            }
            for (l_176 = (-22); (l_176 <= (-22)); l_176 = safe_add_func_int8_t_s_s(l_176, 5))
            { 
                return (*g_248);
            }
            if ((safe_mul_func_int8_t_s_s((((*l_139) , 0x994AC54636818AD0LL) != 0x4A6914E368787415LL), (((safe_rshift_func_int8_t_s_s(((((*l_303) = (((*l_138) = (((*l_302) = ((safe_add_func_int16_t_s_s((((((safe_rshift_func_int8_t_s_s(l_244[1][0], (g_300 = ((safe_mul_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_s(((((l_259 = (((*l_299) = l_298) == &g_106)) & (**l_226)) , (void*)0) != (void*)0), (**g_247))), (**g_247))) | (*l_139))))) | 0L) , g_137) || l_301[1][0]) ^ (*l_139)), 0xC781L)) <= 0x3FB9E2A9L)) || 0xEA2D98C8L)) & (*g_248))) , 0x1B21L) & 0x94A5L), g_183[1])) & 0x0CB7L) != l_304[1]))))
            { 
                int32_t *l_305 = (void*)0;
                int32_t *l_306 = &l_254;
                int32_t *l_307[1][3];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_307[i][j] = (void*)0;
                }
                ++g_309;
            }
            else
            { 
                uint8_t l_318 = 253UL;
                int32_t l_321[4] = {0x4A777E33L,0x4A777E33L,0x4A777E33L,0x4A777E33L};
                int32_t *l_322 = &g_24;
                int32_t *l_323 = &l_321[0];
                int32_t *l_324[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_324[i] = &l_176;
                l_320 = (((safe_sub_func_uint16_t_u_u(g_278[0][0], ((safe_mul_func_uint8_t_u_u(0x26L, (safe_add_func_int8_t_s_s((l_318 , ((*l_246) = (0xEC10L != ((((0x4718L <= 1L) != g_70[1]) & (*l_139)) > g_6)))), 0xB4L)))) && l_318))) < (-1L)) , g_319[1]);
                l_327--;
                l_330 = &g_137;
            }
        }
        l_244[1][0] = (safe_sub_func_int32_t_s_s(((*g_93) != (safe_rshift_func_int16_t_s_u((safe_mod_func_int8_t_s_s((((*l_139) = (&g_278[0][0] == &l_301[0][0])) || ((void*)0 != &l_320)), g_87[0][0])), g_183[0]))), l_244[0][0]));
        for (g_281 = (-11); (g_281 == 50); g_281 = safe_add_func_uint64_t_u_u(g_281, 6))
        { 
            const int64_t l_343 = (-4L);
            int32_t *l_347 = &g_137;
        }
    }
    return (**l_226);
}
static uint32_t  func_7(int16_t  p_8, int8_t  p_9, int32_t  p_10, uint8_t  p_11)
{ 
    int32_t *l_23 = &g_24;
    int32_t l_25 = 1L;
    uint16_t *l_26 = &g_27[1][2];
    int64_t *l_92 = &g_87[2][0];
    int32_t *l_103 = &g_6;
    int32_t **l_102 = &l_103;
    uint16_t l_105 = 0xFDCAL;
    uint16_t l_110 = 6UL;
    uint8_t l_121 = 255UL;
    int32_t *l_136 = &g_137;
    (*l_23) = (((g_6 , (((safe_div_func_int8_t_s_s(2L, func_15(g_6, ((*l_26) = (((((safe_add_func_uint8_t_u_u((((((((safe_lshift_func_uint8_t_u_s(p_8, (((*l_23) = ((g_6 == p_9) , p_10)) >= p_11))) || (-3L)) != (-1L)) <= g_6) | g_6) != l_25) < 0xEAB3AE5DL), g_6)) || (*l_23)) < p_11) , p_10) == 0x9A16L)), g_6))) <= p_8) ^ 0x9D45EB447FD326D3LL)) && 0xDFL) , (*l_23));
    for (p_9 = 1; (p_9 >= 0); p_9 -= 1)
    { 
        int64_t l_64[3][1];
        int32_t **l_104[4][3] = {{&l_103,(void*)0,&l_103},{&l_103,&l_103,&l_103},{&l_103,(void*)0,&l_103},{&l_103,&l_103,&l_103}};
        int32_t l_109[1];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_64[i][j] = 0xCF37692AFB55E8A0LL;
        }
        for (i = 0; i < 1; i++)
            l_109[i] = 0x7ACE7FEFL;
        for (g_42 = 0; (g_42 <= 1); g_42 += 1)
        { 
            int32_t l_68 = 2L;
            int16_t *l_69 = &g_70[1];
            int32_t *l_78 = &g_79[0];
            uint8_t l_88 = 0x5AL;
            int32_t *l_89 = &l_25;
            int8_t l_107 = 9L;
            uint8_t *l_116[1];
            int i, j;
            for (i = 0; i < 1; i++)
                l_116[i] = &l_88;
            if ((safe_add_func_int64_t_s_s((((safe_add_func_int16_t_s_s(((*l_69) = (l_68 &= (safe_rshift_func_int8_t_s_s((((((safe_add_func_int8_t_s_s(((safe_lshift_func_uint16_t_u_s(((g_27[g_42][(g_42 + 1)] > l_64[2][0]) != (safe_mul_func_uint8_t_u_u(((p_10 , 0x50630208L) , (+((void*)0 != &p_10))), 0x0EL))), p_8)) && 0xA07E09FA00A4EDB9LL), g_27[1][2])) , &g_51) != (void*)0) && g_27[1][1]) != 0x6F361030L), p_10)))), 0L)) == l_64[2][0]) <= g_6), g_27[1][2])))
            { 
                int32_t *l_77 = &g_6;
                int32_t **l_76[2];
                int64_t *l_86 = &g_87[1][0];
                int i;
                for (i = 0; i < 2; i++)
                    l_76[i] = &l_77;
                (*l_23) = (l_88 ^= (250UL ^ (safe_sub_func_int8_t_s_s((!(safe_lshift_func_uint16_t_u_s(((l_78 = (void*)0) != (void*)0), ((safe_sub_func_uint16_t_u_u((g_70[1] && ((*l_86) |= (((safe_rshift_func_int16_t_s_s((safe_div_func_int16_t_s_s(8L, g_27[g_42][(g_42 + 1)])), l_64[2][0])) == g_79[3]) >= l_64[2][0]))), g_27[1][1])) <= (*l_23))))), g_6))));
                return g_24;
            }
            else
            { 
                int64_t *l_91 = &g_87[1][0];
                int32_t l_95 = 0x8C36E20AL;
                l_89 = &g_24;
                if ((*l_89))
                    continue;
                l_95 = ((*l_89) = ((((*l_91) ^= g_90[0][3]) , l_92) != g_93));
            }
            if (((*l_23) , (((safe_div_func_uint8_t_u_u(g_90[1][2], ((&g_70[1] != ((((safe_div_func_int8_t_s_s(g_79[3], (safe_mod_func_int16_t_s_s((p_9 || (*l_23)), 7L)))) , l_102) != l_104[1][1]) , &p_8)) & p_8))) , l_64[2][0]) , l_105)))
            { 
                int32_t *l_108[1][4] = {{(void*)0,(void*)0,(void*)0,(void*)0}};
                int32_t **l_113 = &l_108[0][2];
                int i, j;
                g_106 = &l_25;
                ++l_110;
                (*l_113) = (void*)0;
            }
            else
            { 
                if ((*l_89))
                    break;
                return (*l_23);
            }
            if ((p_10 = (((*l_89) &= ((safe_mul_func_int16_t_s_s((0x546EL <= p_9), 65527UL)) , ((((p_11 , l_69) != l_69) && 0x9CDFL) <= 0x9DA91489L))) || l_109[0])))
            { 
                uint32_t *l_127 = &g_90[0][1];
                int32_t l_132 = 3L;
                int32_t l_133 = 0x05C96C50L;
                uint16_t *l_134 = &l_110;
                int i, j;
                (*g_106) = (*g_106);
                (*l_23) = ((safe_rshift_func_uint8_t_u_s(g_42, 7)) & ((safe_mod_func_int32_t_s_s(p_9, (l_121 && (safe_sub_func_uint8_t_u_u((safe_mul_func_int16_t_s_s((+(p_11 , ((*l_127) = ((((g_79[2] < 2UL) , g_27[1][2]) || p_8) > g_90[0][3])))), l_109[0])), 255UL))))) , (*g_93)));
                if ((*g_106))
                    continue;
                (*g_106) ^= (safe_add_func_int32_t_s_s(((g_27[0][0] , ((0x5306L != (safe_mul_func_int8_t_s_s(((g_27[p_9][p_9] = (0xCAC61BAFL == ((*l_127) = l_109[0]))) <= ((*l_134) = (((l_132 ^= (251UL < g_24)) > l_133) & p_9))), l_64[2][0]))) < 0x97L)) >= p_11), 0x9E114892L));
            }
            else
            { 
                int32_t **l_135 = &g_106;
                (*l_23) &= 0xD9B9EA2DL;
                (*l_135) = &p_10;
            }
            for (l_121 = 0; (l_121 <= 0); l_121 += 1)
            { 
                int i;
                return l_109[l_121];
            }
        }
    }
    (*l_136) &= (*g_106);
    return p_10;
}
static uint8_t  func_15(uint32_t  p_16, uint16_t  p_17, uint8_t  p_18)
{ 
    uint8_t l_30 = 251UL;
    int32_t *l_41 = &g_42;
    int32_t l_49 = 0xDE97EE8CL;
    int32_t *l_50[3];
    int i;
    for (i = 0; i < 3; i++)
        l_50[i] = &g_24;
    l_49 = (g_27[1][2] , (safe_sub_func_uint16_t_u_u((l_30 < ((safe_mod_func_uint64_t_u_u((safe_add_func_int32_t_s_s((safe_lshift_func_int8_t_s_u((p_16 < (safe_mul_func_uint16_t_u_u((safe_add_func_int64_t_s_s(((((*l_41) = (-10L)) , (safe_sub_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_u(((safe_sub_func_int64_t_s_s(g_42, 18446744073709551606UL)) && g_42), 4)), 6L))) ^ p_16), 0x3FA8B742D63D2C82LL)), 1L))), 2)), 0xC9AD537EL)), 0x8485BDF607DBC155LL)) > (-4L))), g_24)));
    g_51--;
    return g_27[0][2];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_24, "g_24", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_27[i][j], "g_27[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_51, "g_51", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_70[i], "g_70[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_79[i], "g_79[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_87[i][j], "g_87[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_90[i][j], "g_90[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_94, "g_94", print_hash_value);
    transparent_crc(g_137, "g_137", print_hash_value);
    transparent_crc(g_140, "g_140", print_hash_value);
    transparent_crc(g_181, "g_181", print_hash_value);
    transparent_crc(g_182, "g_182", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_183[i], "g_183[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_216, "g_216", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_260[i], "g_260[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_261, "g_261", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_278[i][j], "g_278[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_281, "g_281", print_hash_value);
    transparent_crc(g_300, "g_300", print_hash_value);
    transparent_crc(g_308, "g_308", print_hash_value);
    transparent_crc(g_309, "g_309", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_326[i][j], "g_326[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
