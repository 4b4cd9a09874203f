#include "csmith.h"
static long __undefined;
static int32_t g_12 = 0x08421705L;
static uint32_t g_30 = 0xCBBBC254L;
static uint64_t g_36[1] = {18446744073709551610UL};
static uint64_t g_75 = 18446744073709551615UL;
static uint64_t * const g_74 = &g_75;
static int16_t g_90 = 0xCC17L;
static int32_t g_91 = 0x5DA103C1L;
static uint32_t g_92 = 0x9F44AA84L;
static int16_t g_99 = (-7L);
static uint64_t g_101 = 0x6640828D0E3497F9LL;
static uint32_t g_104 = 0UL;
static int32_t *g_110 = &g_91;
static int32_t g_127 = 1L;
static uint64_t *g_130 = &g_36[0];
static int32_t g_158 = (-1L);
static int32_t *g_200[4] = {&g_127,&g_127,&g_127,&g_127};
static int64_t g_202 = 0x08903686D0EF2AE6LL;
static uint16_t g_204[2] = {0x3EE7L,0x3EE7L};
static uint16_t g_206 = 65530UL;
static int8_t g_246[2][2] = {{0x7FL,0x7FL},{0x7FL,0x7FL}};
static int16_t g_253 = 2L;
static uint32_t g_254 = 0x13E70040L;
static int32_t g_257 = 0x63F948C4L;
static uint64_t g_258 = 0UL;
static const uint32_t g_262 = 0UL;
static uint32_t g_270 = 0x2699EA8DL;
static uint32_t *g_279 = &g_30;
static uint32_t **g_278[2][4] = {{&g_279,&g_279,&g_279,&g_279},{&g_279,&g_279,&g_279,&g_279}};
static uint32_t ***g_277 = &g_278[0][0];
static uint32_t ****g_276 = &g_277;
static int64_t g_290 = (-1L);
static uint64_t  func_1(void);
static int32_t * func_4(int32_t  p_5, int32_t * p_6);
static int64_t  func_7(uint64_t  p_8, int32_t * p_9);
static uint64_t  func_1(void)
{ 
    uint16_t l_3 = 0xD05BL;
    int32_t *l_11 = &g_12;
    l_3 = (+0x25E7A66FE7D8A870LL);
    if (l_3)
    { 
        uint32_t l_10 = 0UL;
        int32_t l_156 = 0xEC77C8A7L;
        int32_t *l_157 = &g_158;
        int32_t **l_291 = (void*)0;
        int32_t **l_292 = (void*)0;
        int32_t **l_293 = (void*)0;
        int32_t **l_294[2][4] = {{&g_110,&g_110,&l_11,&g_110},{&g_110,&g_110,&g_110,&g_110}};
        int i, j;
        l_11 = func_4((l_156 &= (((func_7(l_10, l_11) <= l_10) <= ((l_10 , g_90) != g_99)) >= l_10)), l_157);
    }
    else
    { 
        uint16_t *l_300 = &g_204[1];
        int32_t * const l_303 = (void*)0;
        int32_t *l_304 = (void*)0;
        int32_t *l_305 = &g_158;
        (*l_305) |= (((~(safe_div_func_uint64_t_u_u((*g_130), 0x56B29B314F7CC056LL))) , (safe_sub_func_uint64_t_u_u(((++(*l_300)) != ((l_303 == &g_91) > (((0xB2AEEABFL && (*g_279)) > (*l_11)) > (*l_11)))), g_75))) , (*g_110));
        return (*g_74);
    }
    return (*g_74);
}
static int32_t * func_4(int32_t  p_5, int32_t * p_6)
{ 
    int32_t *l_159[3][2] = {{&g_158,(void*)0},{(void*)0,&g_158},{(void*)0,(void*)0}};
    int32_t **l_160 = &l_159[1][1];
    uint64_t **l_166 = &g_130;
    uint8_t l_216 = 0x81L;
    uint8_t l_245 = 1UL;
    int64_t * const l_289 = &g_290;
    int i, j;
    (*l_160) = l_159[1][1];
    for (g_101 = 0; (g_101 <= 29); g_101 = safe_add_func_int32_t_s_s(g_101, 1))
    { 
        uint32_t *l_164 = (void*)0;
        uint32_t **l_163 = &l_164;
        uint64_t **l_167[3][2] = {{&g_130,&g_130},{&g_130,&g_130},{&g_130,&g_130}};
        int32_t l_184 = 0x10CE32B3L;
        int32_t l_185 = 1L;
        uint16_t l_217[2][4] = {{3UL,7UL,3UL,7UL},{3UL,7UL,3UL,7UL}};
        int64_t *l_244 = &g_202;
        int i, j;
        (*l_160) = &g_12;
        (*p_6) = (-4L);
        for (g_30 = 0; (g_30 <= 0); g_30 += 1)
        { 
            uint32_t ***l_165 = &l_163;
            int i;
            (*l_165) = l_163;
            l_185 = ((*p_6) &= ((l_166 == l_167[2][0]) != ((l_184 ^= (((safe_mod_func_int32_t_s_s(((safe_mod_func_int8_t_s_s((safe_rshift_func_int8_t_s_u(g_36[g_30], ((safe_div_func_uint16_t_u_u((safe_add_func_int32_t_s_s((safe_sub_func_uint64_t_u_u((!(+(safe_mul_func_int16_t_s_s(((void*)0 != &l_164), 0x15A5L)))), (*g_74))), p_5)), 1L)) | g_91))), p_5)) != g_36[g_30]), 0x983F0AB7L)) , g_36[0]) | (-1L))) != 0xE490L)));
            for (p_5 = 1; (p_5 >= 0); p_5 -= 1)
            { 
                int64_t *l_201[2];
                uint16_t *l_203 = &g_204[1];
                uint16_t *l_205 = &g_206;
                int i, j;
                for (i = 0; i < 2; i++)
                    l_201[i] = &g_202;
                l_185 |= (safe_sub_func_uint64_t_u_u(((*g_74) &= (safe_mod_func_uint8_t_u_u((safe_add_func_uint32_t_u_u(((((*p_6) = ((safe_rshift_func_int8_t_s_u((safe_mod_func_int64_t_s_s((g_202 &= (safe_mul_func_uint8_t_u_u(g_91, (((safe_lshift_func_uint16_t_u_u((g_36[g_30] <= (((g_200[3] = l_159[(p_5 + 1)][g_30]) != ((l_184 | ((void*)0 != l_166)) , &g_127)) ^ 0x0E90B94BL)), g_36[0])) <= 1UL) >= 0x605CBCC4L)))), l_184)), 2)) == (*g_110))) , p_5) && g_158), 0x97C7D5AEL)), g_90))), p_5));
                (*g_110) ^= ((*p_6) = (((*l_203) = p_5) != ((*l_205) = (0xE231E16E7FE30F79LL > g_36[g_30]))));
                (*l_160) = &p_5;
            }
            if ((safe_lshift_func_int8_t_s_s((&g_75 == &g_36[g_30]), 0)))
            { 
                uint32_t l_211 = 18446744073709551615UL;
                (*g_110) |= (((+(!(-4L))) != l_211) == ((safe_add_func_int64_t_s_s((p_5 != (safe_mul_func_int16_t_s_s((l_216 < ((p_5 < g_99) && p_5)), p_5))), 0x1166651E27098317LL)) , 1L));
                (*g_110) = l_217[0][3];
            }
            else
            { 
                uint64_t l_218 = 0x7A3B2D896DF7017ALL;
                (*g_110) = ((*p_6) = (*p_6));
                ++l_218;
            }
        }
        if ((safe_rshift_func_uint8_t_u_u((g_12 <= (-1L)), 6)))
        { 
            int64_t l_249 = (-1L);
            int32_t l_250 = 0x13166C8DL;
            int32_t l_251 = 0x5A83FB6AL;
            int32_t l_252 = 0x48E89325L;
            if ((*g_110))
                break;
            for (g_99 = 20; (g_99 < (-24)); --g_99)
            { 
                uint16_t *l_225 = &g_206;
                uint32_t *l_226 = &g_30;
                int64_t *l_243 = &g_202;
                int32_t l_247 = 0x30DF6F84L;
                uint32_t l_248[1][1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_248[i][j] = 0x880EF603L;
                }
                (*g_110) = (((void*)0 == l_225) == (--(*l_226)));
                (*p_6) = ((((safe_lshift_func_int8_t_s_s((((safe_lshift_func_uint8_t_u_u(((((safe_add_func_uint8_t_u_u(((((*g_110) = ((((safe_mod_func_int64_t_s_s(((p_5 ^ (safe_rshift_func_int8_t_s_u((safe_mod_func_uint64_t_u_u(((safe_lshift_func_uint16_t_u_u((((((((g_246[1][0] = ((*l_244) = ((((p_5 ^ (((((*l_226) |= 0x26E11B99L) , (l_243 == l_244)) & (*g_110)) , l_245)) < p_5) , p_5) & g_206))) > (-5L)) != g_204[1]) <= p_5) > l_247) != (*g_110)) , 1UL), g_206)) == 0x56C0FDE0L), p_5)), 3))) < 0L), 0x12C71F8D7BA377E9LL)) || (*p_6)) | (-1L)) >= p_5)) == 0x3051B3F8L) == g_75), l_217[1][0])) < l_248[0][0]) >= 1UL) <= p_5), 5)) < 4294967288UL) & l_217[0][3]), 0)) , (void*)0) == &l_160) != g_75);
            }
            g_254++;
        }
        else
        { 
            uint64_t l_267 = 0x984260BFFE8253B6LL;
            uint32_t ***l_274 = &l_163;
            uint32_t ****l_273[3][2] = {{&l_274,&l_274},{&l_274,&l_274},{&l_274,&l_274}};
            int i, j;
            (*l_160) = (void*)0;
            g_258--;
            if ((~0xF07718F66F7A0816LL))
            { 
                uint8_t *l_263 = (void*)0;
                uint8_t *l_264 = &l_216;
                if (g_262)
                    break;
                (*p_6) = ((p_5 != ((++(*l_264)) | 5UL)) != l_267);
                (*l_160) = &g_158;
                (*p_6) &= (+p_5);
            }
            else
            { 
                int16_t l_269 = 0xB3C9L;
                uint32_t *****l_275[1][3];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_275[i][j] = &l_273[0][0];
                }
                --g_270;
                if ((*g_110))
                    break;
                g_276 = l_273[0][0];
                (*p_6) = (safe_add_func_int64_t_s_s(((*l_244) &= ((!(safe_mod_func_int64_t_s_s((safe_rshift_func_int16_t_s_s(g_270, 13)), (g_258 &= (++(*g_74)))))) , (&g_277 != &g_277))), (l_289 == (void*)0)));
            }
            return &g_12;
        }
    }
    return &g_158;
}
static int64_t  func_7(uint64_t  p_8, int32_t * p_9)
{ 
    const int32_t l_13 = 4L;
    int32_t *l_17 = &g_12;
    int32_t **l_16 = &l_17;
    uint16_t l_24 = 0xCA69L;
    int32_t *l_33[3][1];
    uint16_t l_116[4];
    uint64_t *l_122 = &g_36[0];
    uint64_t **l_121[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
    uint32_t l_125 = 0xD700720EL;
    uint64_t *l_129[2];
    int64_t l_154 = 0x44B5CFA680EF530DLL;
    uint32_t *l_155 = &g_30;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_33[i][j] = &g_12;
    }
    for (i = 0; i < 4; i++)
        l_116[i] = 0x3CF2L;
    for (i = 0; i < 2; i++)
        l_129[i] = &g_36[0];
    if (((l_13 == l_13) && (safe_mod_func_uint64_t_u_u((((l_13 != ((((*l_16) = (void*)0) != (void*)0) || g_12)) , g_12) & 0UL), p_8))))
    { 
        uint32_t *l_29 = &g_30;
        int32_t l_34[1];
        uint64_t *l_35 = &g_36[0];
        int32_t ***l_37 = &l_16;
        uint16_t l_72 = 2UL;
        int32_t l_79[1];
        const int32_t *l_96 = &l_13;
        const int32_t **l_95 = &l_96;
        int i;
        for (i = 0; i < 1; i++)
            l_34[i] = 0xD28E4879L;
        for (i = 0; i < 1; i++)
            l_79[i] = 0xF179D161L;
lbl_65:
        for (g_12 = 0; (g_12 >= 14); g_12++)
        { 
            int32_t *l_20 = (void*)0;
            int32_t l_21 = (-4L);
            l_21 &= ((void*)0 == &p_9);
        }
        if (((safe_sub_func_uint8_t_u_u(((l_24 , (safe_mod_func_int16_t_s_s((safe_sub_func_int16_t_s_s(((((*l_35) = (((*l_29) &= 1UL) >= (((safe_lshift_func_uint8_t_u_s((&g_12 == l_33[0][0]), p_8)) , 1L) == l_34[0]))) & p_8) <= 0L), l_34[0])), p_8))) | p_8), p_8)) , 9L))
        { 
            int32_t ***l_38 = (void*)0;
            int32_t *l_45 = (void*)0;
            (*l_16) = p_9;
            for (g_30 = 0; (g_30 <= 0); g_30 += 1)
            { 
                l_38 = l_37;
            }
            for (l_24 = 0; (l_24 < 36); l_24 = safe_add_func_int32_t_s_s(l_24, 2))
            { 
                if (g_12)
                    break;
                (*l_16) = p_9;
                (*l_16) = &g_12;
                return (*l_17);
            }
            if ((safe_div_func_uint16_t_u_u(((((*l_17) = (((0L < p_8) , g_36[0]) < (((safe_mul_func_int16_t_s_s(((***l_37) >= g_36[0]), p_8)) , &g_12) != l_45))) , g_12) >= 0xB395L), g_30)))
            { 
                int32_t *l_54 = (void*)0;
                (*l_17) &= (4294967295UL != (((safe_add_func_int64_t_s_s(p_8, (p_9 == l_33[2][0]))) == (safe_div_func_uint16_t_u_u((safe_sub_func_int8_t_s_s((g_36[0] || 0xDFACL), 250UL)), g_30))) , 0xD251A654L));
                (*p_9) = ((safe_rshift_func_int8_t_s_u(p_8, 6)) & ((((*p_9) || (p_8 | ((g_36[0] ^ (l_54 == (void*)0)) , 7L))) & p_8) , g_36[0]));
            }
            else
            { 
                int8_t l_61 = 0x58L;
                int32_t l_64[1];
                uint64_t **l_73 = &l_35;
                uint32_t l_76 = 0UL;
                int i;
                for (i = 0; i < 1; i++)
                    l_64[i] = 0x67BE2D7EL;
                l_64[0] = ((***l_37) = ((safe_lshift_func_uint16_t_u_s(((safe_add_func_int8_t_s_s(0x38L, (p_8 ^ g_36[0]))) <= (safe_rshift_func_uint16_t_u_s(((l_61 || ((safe_sub_func_uint32_t_u_u(((*l_29) = (g_30 || 251UL)), p_8)) && p_8)) < g_36[0]), g_36[0]))), g_12)) , (**l_16)));
                if (p_8)
                    goto lbl_65;
                p_9 = ((**l_37) = (((***l_37) | ((g_30 ^ (((*l_73) = ((safe_mul_func_int8_t_s_s(((g_12 | (((safe_add_func_int16_t_s_s((((*l_35) = (safe_mul_func_int16_t_s_s((g_36[0] , p_8), p_8))) , 0x6F1EL), p_8)) || g_12) , (***l_37))) > 0x3636L), l_72)) , (void*)0)) != g_74)) >= l_76)) , p_9));
            }
        }
        else
        { 
            uint8_t l_84 = 0x6FL;
            uint16_t l_85[4][3] = {{0x7977L,0x3265L,0x7977L},{0x7977L,0x3265L,0x7977L},{0x7977L,0x3265L,0x7977L},{0x7977L,0x3265L,0x7977L}};
            int32_t l_87 = 0xE07D3A08L;
            int32_t l_89[1];
            int i, j;
            for (i = 0; i < 1; i++)
                l_89[i] = 0xB0E2D30BL;
            if ((safe_sub_func_uint16_t_u_u((l_79[0] = g_36[0]), ((((safe_sub_func_int8_t_s_s((((0xCE3A63A6L > (g_36[0] == ((((0x1C74F2DDL <= (safe_mul_func_int8_t_s_s(0xF8L, g_12))) & g_12) | 65532UL) , g_36[0]))) != 0UL) & l_84), l_85[2][0])) , (*p_9)) < (*p_9)) & 0x64L))))
            { 
                return p_8;
            }
            else
            { 
                int64_t l_86 = 8L;
                int32_t l_88 = 0L;
                g_92--;
                (*p_9) &= (-3L);
                return g_91;
            }
        }
        if ((((*l_95) = &g_12) == ((**l_37) = (*l_16))))
        { 
            int32_t l_97 = (-9L);
            int32_t l_100 = 0x87636F93L;
            for (g_12 = 0; (g_12 <= 0); g_12 += 1)
            { 
                int32_t l_98[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_98[i] = 0xD89B7A40L;
                g_101--;
                g_91 |= (-8L);
            }
        }
        else
        { 
            g_104++;
            for (g_75 = 0; (g_75 != 47); g_75++)
            { 
                int32_t *l_109 = &g_12;
                (*l_37) = &p_9;
                (*l_16) = l_109;
                if ((*l_96))
                    break;
            }
            (*l_17) = 0L;
        }
    }
    else
    { 
        uint32_t **l_111 = (void*)0;
        int32_t *l_126 = &g_127;
        int32_t l_128[2];
        int i;
        for (i = 0; i < 2; i++)
            l_128[i] = 0x4E7BDFF3L;
        g_110 = p_9;
        l_111 = l_111;
        if ((((safe_add_func_int64_t_s_s((((safe_sub_func_int16_t_s_s(l_116[2], p_8)) ^ ((((safe_mod_func_uint64_t_u_u((((*l_126) ^= ((l_121[3] == (void*)0) < ((safe_lshift_func_uint8_t_u_s(0x96L, g_92)) <= l_125))) , 0x4236FC2CA393CC16LL), (*g_74))) && 7UL) == p_8) & l_128[0])) < 1UL), l_128[0])) && g_91) , (*p_9)))
        { 
            uint16_t l_137 = 0x0BF1L;
            int32_t * const l_138[3][4] = {{&l_128[0],&l_128[0],&g_91,&g_12},{&l_128[0],&g_12,&l_128[0],&g_91},{&l_128[0],&g_91,&g_91,&l_128[0]}};
            int i, j;
            if ((l_129[1] != (g_130 = &p_8)))
            { 
                uint16_t *l_136 = &l_116[0];
                g_91 ^= ((safe_sub_func_uint32_t_u_u((safe_rshift_func_int16_t_s_u(0x6935L, 13)), ((((+(((void*)0 != &g_104) || (l_128[0] = (((((*l_136) = 0x2F61L) , (g_90 & 0x6955L)) != p_8) , 7UL)))) & (*g_110)) > 0x39L) && p_8))) || l_137);
            }
            else
            { 
                int32_t **l_139 = &l_17;
                (*l_139) = l_138[1][1];
                return l_128[0];
            }
            return g_91;
        }
        else
        { 
            int32_t l_144[2];
            uint64_t *l_145 = &g_101;
            int i;
            for (i = 0; i < 2; i++)
                l_144[i] = 0x4657F329L;
lbl_149:
            (*p_9) = (safe_add_func_uint64_t_u_u(((0L && ((safe_mul_func_int8_t_s_s(((l_128[0] , (((l_144[0] , l_145) == &p_8) && 0UL)) ^ g_36[0]), l_128[0])) < l_144[0])) || 255UL), 0x46915659CF5E37DBLL));
            for (l_24 = 0; (l_24 >= 44); ++l_24)
            { 
                int32_t **l_148 = &g_110;
                (*l_148) = ((*l_16) = &g_12);
                (*l_148) = &g_12;
            }
            if (g_104)
                goto lbl_149;
        }
    }
    (*g_110) = ((g_36[0] > (((safe_mod_func_uint64_t_u_u(p_8, (*g_74))) > (&l_16 == (((*l_155) = (safe_sub_func_uint64_t_u_u((g_101 &= l_154), 1L))) , &l_16))) > 0xDBCAAF73L)) | (-6L));
    return p_8;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_12, "g_12", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_36[i], "g_36[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_75, "g_75", print_hash_value);
    transparent_crc(g_90, "g_90", print_hash_value);
    transparent_crc(g_91, "g_91", print_hash_value);
    transparent_crc(g_92, "g_92", print_hash_value);
    transparent_crc(g_99, "g_99", print_hash_value);
    transparent_crc(g_101, "g_101", print_hash_value);
    transparent_crc(g_104, "g_104", print_hash_value);
    transparent_crc(g_127, "g_127", print_hash_value);
    transparent_crc(g_158, "g_158", print_hash_value);
    transparent_crc(g_202, "g_202", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_204[i], "g_204[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_206, "g_206", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_246[i][j], "g_246[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_253, "g_253", print_hash_value);
    transparent_crc(g_254, "g_254", print_hash_value);
    transparent_crc(g_257, "g_257", print_hash_value);
    transparent_crc(g_258, "g_258", print_hash_value);
    transparent_crc(g_262, "g_262", print_hash_value);
    transparent_crc(g_270, "g_270", print_hash_value);
    transparent_crc(g_290, "g_290", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
