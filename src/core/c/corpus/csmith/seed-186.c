#include "csmith.h"
static long __undefined;
static uint64_t g_11 = 0xEFA42B4837182ABBLL;
static int32_t g_24 = 0L;
static uint32_t g_31 = 0x0EADD5D0L;
static uint64_t g_71 = 0x111BE1695EA98998LL;
static int32_t g_78 = 0xA43D5475L;
static int32_t g_80 = 0xFE6D7BFFL;
static uint64_t *g_82 = &g_11;
static int16_t g_95 = 1L;
static int32_t g_99 = 1L;
static uint8_t g_113[3] = {255UL,255UL,255UL};
static int32_t *g_124 = &g_99;
static int32_t g_137 = 0x92F9381BL;
static int64_t g_149 = 0xBE956BE94C56F68ELL;
static int32_t g_154 = 9L;
static uint8_t g_155 = 246UL;
static int8_t g_186 = 0xB2L;
static int64_t g_200[4][3] = {{0x3B9AFEEB84604D86LL,0x3B9AFEEB84604D86LL,0x3B9AFEEB84604D86LL},{0x3B9AFEEB84604D86LL,0x3B9AFEEB84604D86LL,0x3B9AFEEB84604D86LL},{0x3B9AFEEB84604D86LL,0x3B9AFEEB84604D86LL,0x3B9AFEEB84604D86LL},{0x3B9AFEEB84604D86LL,0x3B9AFEEB84604D86LL,0x3B9AFEEB84604D86LL}};
static int16_t g_201[1] = {1L};
static int32_t g_202 = 0x06614CE2L;
static int64_t g_203 = 0xB99C00F1287B45A8LL;
static uint8_t g_204 = 0xFDL;
static uint8_t *g_208 = &g_113[1];
static uint8_t **g_207 = &g_208;
static uint64_t **g_220[1] = {&g_82};
static uint32_t g_223 = 0UL;
static int64_t g_233 = (-1L);
static uint64_t g_234 = 0x3BDEAF15A9D2C52DLL;
static uint32_t *g_239 = (void*)0;
static uint32_t **g_238[1] = {&g_239};
static uint16_t g_252 = 3UL;
static uint32_t ***g_255 = &g_238[0];
static uint32_t ****g_254 = &g_255;
static uint32_t g_276 = 18446744073709551615UL;
static uint8_t g_303 = 3UL;
static uint16_t g_315[4][2] = {{0x4E7BL,0x4E7BL},{0x4E7BL,0x4E7BL},{0x4E7BL,0x4E7BL},{0x4E7BL,0x4E7BL}};
static uint8_t g_318 = 0x02L;
static uint64_t *****g_403[1] = {(void*)0};
static int64_t  func_1(void);
static uint64_t  func_5(uint16_t  p_6, const uint16_t  p_7, int16_t  p_8, int32_t  p_9, uint16_t  p_10);
static int16_t  func_16(const uint32_t  p_17, uint32_t  p_18, int8_t  p_19, uint64_t  p_20);
static int64_t  func_1(void)
{ 
    int64_t l_4[2][1];
    int8_t l_14[1][3];
    int32_t *l_190 = &g_80;
    int32_t l_195 = 0L;
    int32_t l_199[3][4] = {{0xAE19F660L,0x2790C0A4L,0xAE19F660L,0xAE19F660L},{0x2790C0A4L,0x2790C0A4L,0x82AFED35L,0x2790C0A4L},{0x2790C0A4L,0xAE19F660L,0xAE19F660L,0x2790C0A4L}};
    uint64_t **l_221 = &g_82;
    int64_t l_232 = 0x8CD5CCBBC7C8C572LL;
    uint16_t *l_314 = &g_315[0][0];
    uint16_t **l_361 = &l_314;
    uint16_t *l_374 = (void*)0;
    int8_t *l_375[3][4] = {{(void*)0,&g_186,(void*)0,&g_186},{(void*)0,&g_186,(void*)0,&g_186},{(void*)0,&g_186,(void*)0,&g_186}};
    int64_t l_376 = 0x5B2B4CE385371FA3LL;
    int32_t *l_377 = (void*)0;
    int32_t *l_378 = &l_199[0][0];
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_4[i][j] = (-4L);
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_14[i][j] = 0x5EL;
    }
    if ((((((safe_mod_func_int8_t_s_s((l_4[1][0] > (func_5(g_11, (safe_lshift_func_uint16_t_u_s(0x3A34L, 8)), l_14[0][2], l_14[0][0], l_4[1][0]) , 0xF8L)), l_4[1][0])) & 255UL) || 0xFC93EDB1A9972B2CLL) , g_149) < 0x68A9B376D112A49DLL))
    { 
        uint32_t l_189 = 0x0EF34A03L;
        return l_189;
    }
    else
    { 
        uint16_t l_192 = 8UL;
        int32_t l_193[4] = {0L,0L,0L,0L};
        uint64_t **l_217 = &g_82;
        uint16_t l_226 = 0xAAB0L;
        int16_t l_230 = (-1L);
        int8_t l_243[1];
        int i;
        for (i = 0; i < 1; i++)
            l_243[i] = 0x17L;
        l_190 = &g_78;
lbl_237:
        for (g_95 = 0; (g_95 >= 0); g_95 -= 1)
        { 
            int32_t **l_191 = &g_124;
            int32_t l_196 = 0x327B72E6L;
            int32_t l_198[3][1];
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_198[i][j] = 0x39741CDAL;
            }
            (*l_191) = (void*)0;
            if (l_192)
                continue;
            for (g_80 = 0; (g_80 <= 0); g_80 += 1)
            { 
                int32_t *l_194[4][4];
                int8_t l_197 = (-1L);
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_194[i][j] = &g_99;
                }
                ++g_204;
                l_193[0] |= l_4[g_80][g_95];
            }
        }
        g_207 = g_207;
        if (l_193[0])
        { 
            uint32_t l_212[2];
            uint64_t ***l_218 = (void*)0;
            uint64_t ***l_219 = (void*)0;
            uint32_t *l_222 = &g_223;
            int8_t *l_224 = (void*)0;
            int8_t *l_225 = &g_186;
            int32_t l_231 = 5L;
            int i;
            for (i = 0; i < 2; i++)
                l_212[i] = 18446744073709551615UL;
            if ((+(safe_div_func_uint16_t_u_u(l_212[0], (((*g_82) = ((safe_lshift_func_uint8_t_u_s(((g_202 == ((((((((*l_225) = ((safe_add_func_int8_t_s_s(((((((*l_222) |= (0xFDC879A7L | ((g_220[0] = l_217) == l_221))) ^ 0xA0285C29L) , l_192) || l_192) >= (*l_190)), g_11)) && g_154)) <= 0L) || l_226) , 0x6CL) ^ (*g_208)) , (*l_190)) && g_200[1][0])) != 0x642DL), 7)) < (*l_190))) , g_154)))))
            { 
                int32_t l_227 = (-5L);
                int32_t *l_228 = &l_193[0];
                int32_t *l_229[4] = {&l_199[2][2],&l_199[2][2],&l_199[2][2],&l_199[2][2]};
                int i;
                g_234--;
                (*l_190) |= 0L;
                return g_80;
            }
            else
            { 
                if (g_95)
                    goto lbl_237;
                return l_212[1];
            }
        }
        else
        { 
            uint32_t ***l_240 = (void*)0;
            uint32_t ***l_241 = &g_238[0];
            int32_t l_242 = (-8L);
            (*l_241) = g_238[0];
            l_243[0] |= ((*l_190) | l_242);
        }
    }
    if (((safe_div_func_uint32_t_u_u(((g_200[1][0] <= (g_200[1][0] >= 0x9F6CL)) > (g_201[0] ^= (((((((*l_190) < 0x22A6EC6CL) <= 65532UL) == g_202) | (*g_208)) > (-1L)) > (*g_82)))), (*l_190))) , (*l_190)))
    { 
        uint16_t *l_251[4][4] = {{&g_252,&g_252,&g_252,&g_252},{&g_252,&g_252,&g_252,&g_252},{&g_252,&g_252,&g_252,&g_252},{&g_252,&g_252,&g_252,&g_252}};
        int32_t *l_253[4] = {&g_80,&g_80,&g_80,&g_80};
        uint32_t *****l_256 = &g_254;
        int i, j;
        g_99 |= (safe_rshift_func_uint16_t_u_s((g_78 , (g_11 & (((g_252 &= ((safe_mod_func_uint32_t_u_u((~7UL), ((*l_190) && (*l_190)))) != 0x26139D5EL)) || 0xB33EL) == 1UL))), g_204));
        (*l_256) = g_254;
        if (g_223)
        { 
            int32_t *l_261 = &g_78;
            int32_t l_274[3][3] = {{0x09E583A3L,0x09E583A3L,0x09E583A3L},{0x255FDD9BL,0x255FDD9BL,0x255FDD9BL},{0x09E583A3L,0x09E583A3L,0x09E583A3L}};
            int i, j;
            for (g_99 = 0; (g_99 >= 0); g_99 -= 1)
            { 
                int i;
                (*l_190) = (g_201[g_99] < g_149);
                (*l_190) = (0xACC48969L & (~((*g_82) = g_201[g_99])));
                l_253[g_99] = &g_24;
                if (g_95)
                    continue;
            }
            for (g_186 = 14; (g_186 <= (-4)); g_186 = safe_sub_func_uint32_t_u_u(g_186, 7))
            { 
                const int32_t l_260 = 7L;
                int32_t **l_262 = (void*)0;
                int32_t **l_263 = &l_253[2];
                (*l_190) = l_260;
                (*l_263) = l_261;
            }
            for (g_95 = 0; (g_95 != (-2)); g_95--)
            { 
                int32_t **l_275 = &l_261;
                l_274[2][0] &= (((safe_rshift_func_int16_t_s_u((safe_add_func_uint32_t_u_u((((g_137 || 0xF1D4L) || (*l_261)) & (safe_rshift_func_uint16_t_u_u((safe_add_func_uint32_t_u_u(8UL, g_113[1])), 6))), (*l_261))), g_200[1][0])) != 0x2028F88BL) & g_24);
                (*l_275) = &g_78;
            }
        }
        else
        { 
            (*l_190) &= (&g_252 != (void*)0);
        }
        g_276++;
    }
    else
    { 
        uint16_t l_281 = 0xE001L;
        int32_t l_301 = 0L;
        int32_t l_302 = 0x53BD563EL;
        uint64_t *l_345 = &g_234;
        uint64_t *l_346 = &g_71;
        int32_t *l_347 = (void*)0;
        int32_t *l_348 = (void*)0;
        int32_t *l_349 = &g_99;
        if ((safe_sub_func_int16_t_s_s(l_281, (~((safe_mod_func_uint32_t_u_u((((*l_190) || (safe_rshift_func_uint8_t_u_s((safe_add_func_uint64_t_u_u(((**l_221) |= l_281), (&g_254 != &g_254))), g_80))) , (*l_190)), 0xEA4B53EAL)) | g_155)))))
        { 
            int32_t *l_289 = (void*)0;
            int32_t *l_290 = &g_99;
            int32_t *l_291 = &g_80;
            int32_t l_292 = 0x8CCF3A6AL;
            int32_t *l_293 = &g_78;
            int32_t *l_294 = &l_199[2][0];
            int32_t *l_295 = &g_78;
            int32_t *l_296 = &l_199[1][0];
            int32_t *l_297 = &l_195;
            int32_t *l_298 = &l_292;
            int32_t *l_299 = &l_199[2][0];
            int32_t *l_300[1];
            int i;
            for (i = 0; i < 1; i++)
                l_300[i] = &l_195;
            g_303--;
        }
        else
        { 
            int32_t l_319[4];
            uint8_t l_320 = 1UL;
            int32_t *l_321[2][1];
            uint64_t ***l_323 = &g_220[0];
            uint16_t l_325 = 8UL;
            int i, j;
            for (i = 0; i < 4; i++)
                l_319[i] = 0xB4925EA1L;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_321[i][j] = &l_301;
            }
            for (g_11 = 0; (g_11 <= 0); g_11 += 1)
            { 
                uint8_t l_306 = 247UL;
                uint16_t *l_309 = &g_252;
                int8_t *l_316 = (void*)0;
                int8_t *l_317[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_317[i] = &g_186;
                (*l_190) ^= (-3L);
                if (l_306)
                    break;
                (*l_190) = (safe_mod_func_int64_t_s_s((0x748FL & ((*l_309)--)), (l_306 , (safe_rshift_func_int8_t_s_u((g_318 = (g_186 = (l_301 || ((void*)0 != l_314)))), l_319[1])))));
            }
            if (l_320)
            { 
                l_321[1][0] = &l_319[2];
            }
            else
            { 
                uint64_t ****l_322 = (void*)0;
                int32_t **l_324 = &l_321[0][0];
                l_323 = &g_220[0];
                (*l_324) = (void*)0;
                (*l_190) = l_325;
            }
        }
        (*l_349) ^= (safe_rshift_func_int16_t_s_u((((safe_lshift_func_uint8_t_u_u(((*g_208) |= (((*l_346) ^= ((*l_345) &= (((safe_add_func_uint8_t_u_u((safe_div_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_u((safe_sub_func_uint32_t_u_u((safe_unary_minus_func_int8_t_s((safe_add_func_uint32_t_u_u((g_223 , (safe_mul_func_int8_t_s_s((safe_mul_func_uint8_t_u_u(((l_281 != ((0xC0A0C228L | (0x8E6E7CD2D16CAFFDLL != ((*g_82) = ((l_301 = g_149) != g_11)))) >= l_281)) >= g_233), l_302)), 0xABL))), l_302)))), 2UL)), g_233)), (*l_190))), l_302)) >= 0UL) , 0x2C6697B58ED81734LL))) ^ 1UL)), (*l_190))) == (*l_190)) , g_203), l_302));
    }
    if (((*l_378) = ((safe_lshift_func_uint16_t_u_u(((safe_lshift_func_int8_t_s_s((safe_unary_minus_func_uint64_t_u((0x680BF691L | (((safe_mul_func_int8_t_s_s(((*l_190) = (((safe_lshift_func_int8_t_s_u(0xEFL, ((safe_div_func_int64_t_s_s((((*l_361) = l_314) != ((safe_sub_func_uint16_t_u_u((*l_190), (safe_mod_func_uint16_t_u_u((safe_sub_func_int32_t_s_s((safe_sub_func_int8_t_s_s((((((safe_div_func_uint64_t_u_u(((safe_div_func_int16_t_s_s((0x167F1DE0L < (*l_190)), (*l_190))) != g_186), 1L)) <= 0x665E0BEFL) , 0xA6DFL) & (*l_190)) >= (*l_190)), g_95)), g_200[1][0])), (*l_190))))) , l_374)), 0xA4DE43C07B6ACC92LL)) == (*l_190)))) , 6UL) != 0x927AL)), l_199[2][0])) < g_203) , (*l_190))))), g_200[1][0])) ^ 0xDD08L), l_376)) , 0L)))
    { 
        uint16_t l_396 = 0x4AE6L;
        for (g_276 = (-26); (g_276 != 14); g_276 = safe_add_func_uint8_t_u_u(g_276, 4))
        { 
            int32_t l_381[2];
            int32_t *l_398 = &g_24;
            int32_t l_399 = (-1L);
            uint64_t l_400[2];
            int i;
            for (i = 0; i < 2; i++)
                l_381[i] = 0L;
            for (i = 0; i < 2; i++)
                l_400[i] = 0x203101206E420C5ELL;
            if (l_381[1])
            { 
                int32_t **l_397[2][2] = {{&l_378,&l_378},{&l_378,&l_378}};
                int i, j;
                (*l_190) = (safe_sub_func_uint32_t_u_u((safe_lshift_func_int8_t_s_u(((safe_div_func_uint16_t_u_u(((*l_314) = ((safe_div_func_int16_t_s_s(g_315[0][0], ((0x1DBAFE02L < ((safe_mod_func_int32_t_s_s((0x420EL & ((safe_lshift_func_uint8_t_u_s(8UL, 6)) ^ 0x3DEB19EFFC97FB93LL)), 1UL)) != 0x99B7BAD2B1335DF6LL)) , 65535UL))) , g_318)), 0xFE8AL)) , 0x1EL), (*l_190))), l_396));
                if (l_381[0])
                    break;
                l_398 = &g_80;
                ++l_400[0];
            }
            else
            { 
                (*l_190) = l_396;
                g_403[0] = g_403[0];
            }
        }
    }
    else
    { 
        int32_t l_404 = 1L;
        return l_404;
    }
    return g_223;
}
static uint64_t  func_5(uint16_t  p_6, const uint16_t  p_7, int16_t  p_8, int32_t  p_9, uint16_t  p_10)
{ 
    int32_t *l_23 = &g_24;
    uint32_t *l_29 = (void*)0;
    uint32_t *l_30 = &g_31;
    int32_t l_32 = 0L;
    (*l_23) = (+func_16((safe_rshift_func_int16_t_s_s((g_11 != ((*l_23) &= (g_11 == g_11))), 13)), ((*l_30) &= (safe_add_func_uint32_t_u_u(g_11, ((((safe_add_func_int16_t_s_s((255UL != g_11), g_11)) | 2L) < g_11) == (-3L))))), g_11, l_32));
    l_23 = &l_32;
    return (*g_82);
}
static int16_t  func_16(const uint32_t  p_17, uint32_t  p_18, int8_t  p_19, uint64_t  p_20)
{ 
    int32_t *l_44 = &g_24;
    int16_t *l_109 = (void*)0;
    int16_t *l_111 = &g_95;
    int32_t l_138 = 0L;
    int32_t l_152 = 0xC33EA39AL;
    uint8_t l_187 = 0xF3L;
    uint32_t l_188 = 1UL;
    return l_188;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_24, "g_24", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_71, "g_71", print_hash_value);
    transparent_crc(g_78, "g_78", print_hash_value);
    transparent_crc(g_80, "g_80", print_hash_value);
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_99, "g_99", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_113[i], "g_113[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_137, "g_137", print_hash_value);
    transparent_crc(g_149, "g_149", print_hash_value);
    transparent_crc(g_154, "g_154", print_hash_value);
    transparent_crc(g_155, "g_155", print_hash_value);
    transparent_crc(g_186, "g_186", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_200[i][j], "g_200[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_201[i], "g_201[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_202, "g_202", print_hash_value);
    transparent_crc(g_203, "g_203", print_hash_value);
    transparent_crc(g_204, "g_204", print_hash_value);
    transparent_crc(g_223, "g_223", print_hash_value);
    transparent_crc(g_233, "g_233", print_hash_value);
    transparent_crc(g_234, "g_234", print_hash_value);
    transparent_crc(g_252, "g_252", print_hash_value);
    transparent_crc(g_276, "g_276", print_hash_value);
    transparent_crc(g_303, "g_303", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_315[i][j], "g_315[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_318, "g_318", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
