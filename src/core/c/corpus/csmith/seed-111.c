#include "csmith.h"
static long __undefined;
static int8_t g_2[2] = {0xB5L,0xB5L};
static int32_t g_27[2] = {(-1L),(-1L)};
static int32_t *g_45 = &g_27[1];
static int32_t **g_44 = &g_45;
static uint32_t g_74[1] = {0x604C9466L};
static int32_t ** const ** const * const g_75 = (void*)0;
static int8_t g_87 = 0x24L;
static uint32_t g_88[1][1] = {{0xA6E97760L}};
static int16_t g_105 = 0xE7B4L;
static uint32_t g_106 = 2UL;
static int8_t g_114[2][1] = {{0x02L},{0x02L}};
static uint64_t g_146 = 1UL;
static uint32_t g_160 = 4294967290UL;
static uint16_t g_162 = 0x6105L;
static const int32_t g_167[1] = {0L};
static int64_t g_175 = 0L;
static int64_t g_177 = 1L;
static uint8_t g_205 = 0x33L;
static int32_t * const ***g_247 = (void*)0;
static uint8_t  func_1(void);
static uint32_t  func_9(int8_t  p_10, int16_t  p_11, uint32_t  p_12, uint8_t  p_13, uint16_t  p_14);
static int32_t  func_19(int32_t  p_20);
static uint8_t  func_1(void)
{ 
    int32_t l_230 = 1L;
    int8_t *l_234 = (void*)0;
    int32_t l_240 = 0xCD21EB8BL;
    int16_t *l_250[2][4] = {{(void*)0,&g_105,(void*)0,&g_105},{(void*)0,&g_105,(void*)0,&g_105}};
    int32_t l_267 = (-1L);
    int32_t *l_299 = (void*)0;
    int i, j;
    if ((g_2[1] == (safe_mod_func_uint8_t_u_u(0x18L, (safe_div_func_int32_t_s_s((safe_rshift_func_int16_t_s_s(g_2[1], 1)), (func_9((((safe_mod_func_uint8_t_u_u((safe_add_func_int32_t_s_s(func_19(g_2[1]), 1UL)), (-1L))) , l_230) < l_230), l_230, g_2[0], l_230, g_205) , l_230)))))))
    { 
        int8_t **l_235 = &l_234;
        int8_t *l_236 = &g_87;
        int32_t l_239[4] = {0xD100AB29L,0xD100AB29L,0xD100AB29L,0xD100AB29L};
        int32_t * const *l_245 = &g_45;
        int32_t * const **l_244[2][2] = {{&l_245,&l_245},{&l_245,&l_245}};
        int32_t * const ***l_243 = &l_244[0][0];
        int i, j;
        (*g_45) &= (((*l_235) = l_234) != (l_230 , l_236));
        for (g_87 = 0; (g_87 >= 26); g_87++)
        { 
            l_240 = ((*g_45) ^= l_239[2]);
        }
        for (g_162 = (-20); (g_162 < 29); g_162++)
        { 
            int64_t l_253 = 0L;
            uint8_t l_256[2];
            uint8_t *l_259 = &g_205;
            int32_t ***l_264 = &g_44;
            int i;
            for (i = 0; i < 2; i++)
                l_256[i] = 0x52L;
            for (g_160 = 0; (g_160 <= 1); g_160 += 1)
            { 
                int32_t * const ****l_246 = (void*)0;
                int i;
                g_27[g_160] = g_27[g_160];
                g_247 = l_243;
            }
            for (g_205 = 0; (g_205 <= 3); g_205 += 1)
            { 
                uint16_t l_251 = 3UL;
                int64_t *l_252 = &g_175;
                int i;
                l_239[g_205] = (((0xABL ^ (((safe_mul_func_int8_t_s_s(l_239[g_205], (g_2[1] &= ((void*)0 != l_250[0][2])))) | (((((*l_252) = (g_167[0] , l_251)) , g_175) || g_205) >= l_240)) || g_2[1])) & g_105) | 0xCCDA15603440106BLL);
                if ((*g_45))
                    continue;
                return l_253;
            }
            if ((safe_lshift_func_uint8_t_u_u((0xCBD7E3A3705BE9AFLL <= (l_256[0] >= ((((safe_lshift_func_uint16_t_u_u((((*l_259) ^= (g_106 , 0x31L)) ^ ((safe_div_func_int16_t_s_s((safe_sub_func_int16_t_s_s(0x4D1DL, g_27[0])), g_74[0])) & g_2[1])), 14)) , &g_44) != l_264) || (-1L)))), (****l_243))))
            { 
                return g_160;
            }
            else
            { 
                int32_t *l_265 = &g_27[0];
                int32_t **l_266 = &l_265;
                (*l_266) = l_265;
                l_267 = (g_105 ^ g_205);
                (*l_266) = &l_267;
            }
        }
    }
    else
    { 
        uint64_t l_295 = 18446744073709551610UL;
        int32_t *l_298[3][4] = {{&g_27[0],&l_267,&g_27[0],&l_267},{&g_27[0],&l_267,&g_27[0],&l_267},{&g_27[0],&l_267,&g_27[0],&l_267}};
        int i, j;
        for (g_177 = 24; (g_177 <= (-17)); --g_177)
        { 
            for (g_146 = (-12); (g_146 != 6); g_146 = safe_add_func_int32_t_s_s(g_146, 9))
            { 
                int32_t *l_272 = &g_27[0];
                int32_t *l_273 = (void*)0;
                int32_t *l_274 = &l_267;
                int32_t *l_275 = &g_27[0];
                int32_t *l_276 = &g_27[0];
                int32_t *l_277 = &g_27[0];
                int32_t *l_278 = &g_27[0];
                int32_t l_279 = 0x43408DA1L;
                int32_t *l_280 = &g_27[0];
                int32_t *l_281 = (void*)0;
                int32_t *l_282 = &g_27[0];
                int32_t *l_283 = &g_27[0];
                int32_t *l_284 = &l_267;
                int32_t *l_285 = &g_27[1];
                int32_t *l_286 = &l_279;
                int32_t *l_287 = &g_27[1];
                int32_t *l_288 = &g_27[1];
                int32_t *l_289 = &g_27[0];
                int32_t *l_290 = &l_267;
                int32_t *l_291 = (void*)0;
                int32_t *l_292 = &l_279;
                int32_t *l_293 = &l_279;
                int32_t *l_294[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_294[i] = &g_27[0];
                ++l_295;
                return (*l_275);
            }
        }
        l_299 = l_298[1][1];
    }
    return g_87;
}
static uint32_t  func_9(int8_t  p_10, int16_t  p_11, uint32_t  p_12, uint8_t  p_13, uint16_t  p_14)
{ 
    int64_t *l_231 = &g_175;
    int32_t l_232 = 0L;
    int32_t *l_233 = &l_232;
    (*l_233) = ((l_231 != ((g_162 | l_232) , (void*)0)) , ((*g_45) |= p_11));
    return p_14;
}
static int32_t  func_19(int32_t  p_20)
{ 
    uint8_t l_25[1][2];
    int32_t *l_37 = &g_27[0];
    int32_t ** const l_36[4] = {&l_37,&l_37,&l_37,&l_37};
    int32_t ** const *l_35[2];
    int32_t ** const **l_38 = (void*)0;
    int32_t ** const **l_39 = &l_35[0];
    int16_t l_111 = 0x9C32L;
    int8_t l_136 = 3L;
    int32_t l_229 = 0x152D3AD3L;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_25[i][j] = 5UL;
    }
    for (i = 0; i < 2; i++)
        l_35[i] = &l_36[2];
    if (((g_2[1] | (((((g_2[1] , g_2[1]) | (safe_mul_func_int8_t_s_s(((safe_add_func_int8_t_s_s(p_20, 0x79L)) >= l_25[0][1]), p_20))) | p_20) || l_25[0][1]) >= 18446744073709551615UL)) , (-1L)))
    { 
        int32_t *l_26 = &g_27[0];
        int32_t **l_28 = &l_26;
        (*l_26) |= g_2[1];
        (*l_28) = &p_20;
        (*l_28) = &g_27[0];
    }
    else
    { 
        uint64_t l_31 = 0x2D3650DFA0148014LL;
        const int8_t l_34 = 0xE7L;
        g_27[0] = ((safe_rshift_func_int16_t_s_s((l_31 ^ p_20), ((g_27[0] , (0xB5A7L ^ ((safe_add_func_int16_t_s_s(p_20, (-9L))) != p_20))) >= l_25[0][0]))) , l_34);
    }
    (*l_39) = l_35[0];
    if ((0x947E29AC92D14B43LL <= (safe_lshift_func_int16_t_s_u(((safe_rshift_func_uint16_t_u_s(((g_44 = &l_37) == (void*)0), (((safe_mul_func_uint8_t_u_u((safe_mul_func_int8_t_s_s(0x0FL, ((*g_45) ^ 0xF7977F45L))), 0x53L)) , (*l_37)) != 0x47E1L))) & (*l_37)), g_2[0]))))
    { 
        int32_t ***l_51 = (void*)0;
        int32_t ****l_50[4][1] = {{(void*)0},{&l_51},{(void*)0},{&l_51}};
        int32_t *****l_52 = &l_50[3][0];
        uint8_t l_220 = 249UL;
        int32_t l_228 = 0x46CF5502L;
        int i, j;
        (*l_52) = l_50[3][0];
        if ((safe_add_func_int16_t_s_s((safe_sub_func_int16_t_s_s(((safe_lshift_func_uint16_t_u_s(65528UL, g_2[1])) != p_20), (((safe_lshift_func_int16_t_s_s(((g_2[1] , &g_45) != (void*)0), 5)) && 18446744073709551615UL) ^ g_2[1]))), g_27[0])))
        { 
            uint16_t l_63[4];
            int32_t ***l_68 = &g_44;
            int32_t l_109 = 0xDE7498C5L;
            int32_t l_112 = 0L;
            int32_t l_113 = 1L;
            uint32_t l_137 = 0x6E466303L;
            int i;
            for (i = 0; i < 4; i++)
                l_63[i] = 1UL;
            if (p_20)
            { 
                uint32_t *l_73 = &g_74[0];
                int8_t *l_86 = &g_87;
                (*g_45) ^= (((safe_rshift_func_int8_t_s_u(0x03L, (l_63[0] >= (safe_lshift_func_uint16_t_u_s(5UL, 1))))) < p_20) | (safe_mod_func_uint64_t_u_u(0xAE861E80F96066EALL, p_20)));
                l_68 = l_68;
                (***l_68) = (safe_mul_func_int16_t_s_s(p_20, (safe_mul_func_uint16_t_u_u(((((*l_73) = g_2[0]) , (void*)0) != g_75), (1L | 1L)))));
                g_88[0][0] |= ((p_20 < (safe_rshift_func_int8_t_s_s(((*l_86) = (safe_rshift_func_int8_t_s_u((safe_rshift_func_uint8_t_u_s(((p_20 && (safe_mul_func_int8_t_s_s(((safe_div_func_int8_t_s_s((((((1UL < ((***l_68) > (g_74[0] && 0L))) >= p_20) == (***l_68)) >= g_74[0]) <= (-1L)), 0x89L)) || p_20), (***l_68)))) | g_74[0]), p_20)), g_74[0]))), 0))) >= 0x6DFA21EBL);
            }
            else
            { 
                int16_t *l_103 = (void*)0;
                int16_t *l_104 = &g_105;
                int32_t l_107[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_107[i] = 2L;
                (**l_68) = (*g_44);
                p_20 = (((safe_lshift_func_int16_t_s_s(0L, (safe_mod_func_uint64_t_u_u(((!((((safe_mul_func_int8_t_s_s(((safe_sub_func_int64_t_s_s(p_20, 18446744073709551614UL)) > (g_106 = ((safe_lshift_func_uint8_t_u_s((~((*l_104) = (g_2[0] >= (safe_mod_func_uint64_t_u_u((p_20 | (***l_68)), p_20))))), 6)) < 1L))), 0UL)) && p_20) && (***l_68)) , p_20)) , p_20), l_107[0])))) < (-9L)) | g_88[0][0]);
            }
            if ((*g_45))
            { 
                int16_t l_108[3];
                int32_t l_110[4][4] = {{(-8L),(-8L),(-8L),(-8L)},{(-8L),(-8L),(-8L),(-8L)},{(-8L),(-8L),(-8L),(-8L)},{(-8L),(-8L),(-8L),(-8L)}};
                uint32_t l_115 = 4294967295UL;
                int32_t l_132 = 0xE101195FL;
                int i, j;
                for (i = 0; i < 3; i++)
                    l_108[i] = 1L;
                l_115--;
                l_132 ^= (safe_add_func_uint64_t_u_u(1UL, (safe_mod_func_int64_t_s_s(((safe_rshift_func_int8_t_s_s((safe_mod_func_int32_t_s_s((safe_add_func_int64_t_s_s(((g_106 <= (safe_sub_func_uint8_t_u_u((g_27[1] ^ (safe_mul_func_int8_t_s_s((((void*)0 == l_37) | 0x48C36732C95206BBLL), l_110[3][3]))), 0x15L))) , p_20), 0xBC88E9F24F76BCC7LL)), p_20)), 4)) , p_20), g_27[1]))));
                p_20 &= (safe_rshift_func_int16_t_s_s((***l_68), g_74[0]));
                (*l_52) = (*l_52);
            }
            else
            { 
                int32_t *l_135 = &l_113;
                l_135 = ((*g_44) = &p_20);
                return (*g_45);
            }
            l_137++;
        }
        else
        { 
            uint32_t l_142[4];
            int i;
            for (i = 0; i < 4; i++)
                l_142[i] = 18446744073709551615UL;
            for (p_20 = 0; (p_20 < 14); p_20 = safe_add_func_uint8_t_u_u(p_20, 8))
            { 
                uint64_t *l_145 = &g_146;
                uint8_t *l_159 = &l_25[0][1];
                uint16_t *l_161 = &g_162;
                int32_t l_163 = 0xDF050D5AL;
                const uint32_t *l_164 = &g_88[0][0];
                const int32_t *l_166 = &g_167[0];
                const int32_t **l_165 = &l_166;
                int64_t *l_174 = &g_175;
                int64_t *l_176 = &g_177;
                int8_t *l_180 = &l_136;
                uint8_t *l_204 = &g_205;
                int32_t l_206 = 0L;
                l_142[3]++;
            }
        }
        (*g_45) = (safe_div_func_int64_t_s_s((safe_lshift_func_uint16_t_u_s(((p_20 , 1L) , (safe_mul_func_int16_t_s_s(0x31F3L, (safe_mul_func_int8_t_s_s((!(safe_mod_func_uint32_t_u_u((safe_rshift_func_int16_t_s_u(l_220, 2)), (safe_rshift_func_uint16_t_u_s((~(((safe_div_func_int32_t_s_s((safe_sub_func_uint16_t_u_u((l_228 < g_106), 0x5306L)), g_88[0][0])) && p_20) < g_88[0][0])), p_20))))), 5L))))), 12)), l_229));
        return (****l_39);
    }
    else
    { 
        return (****l_39);
    }
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_2[i], "g_2[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_27[i], "g_27[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_74[i], "g_74[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_87, "g_87", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_88[i][j], "g_88[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_114[i][j], "g_114[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_146, "g_146", print_hash_value);
    transparent_crc(g_160, "g_160", print_hash_value);
    transparent_crc(g_162, "g_162", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_167[i], "g_167[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_175, "g_175", print_hash_value);
    transparent_crc(g_177, "g_177", print_hash_value);
    transparent_crc(g_205, "g_205", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
