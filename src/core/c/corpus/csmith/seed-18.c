#include "csmith.h"
static long __undefined;
static int32_t g_2[2] = {(-10L),(-10L)};
static int32_t g_3 = 0L;
static int32_t g_4 = 0xCE9D05BAL;
static int32_t g_5 = 0L;
static uint16_t g_34 = 65527UL;
static uint32_t g_38 = 0x072305ABL;
static int16_t g_46 = (-10L);
static int32_t g_49 = (-10L);
static int32_t g_53[3][2] = {{6L,0xB47DC462L},{6L,6L},{0xB47DC462L,6L}};
static int64_t g_62 = 0x2A9564FCBDFAC86ELL;
static int32_t g_71[2][2] = {{0xC39FBD05L,0xC39FBD05L},{0xC39FBD05L,0xC39FBD05L}};
static int16_t g_101 = 0x37DEL;
static int32_t *g_111 = &g_5;
static uint32_t g_150[1][4] = {{0xFA4EC0DFL,0xFA4EC0DFL,0xFA4EC0DFL,0xFA4EC0DFL}};
static uint64_t g_154 = 1UL;
static int32_t **g_157 = (void*)0;
static int32_t ***g_251 = &g_157;
static int32_t ****g_250 = &g_251;
static int32_t *****g_249[4][3] = {{(void*)0,(void*)0,&g_250},{(void*)0,(void*)0,&g_250},{(void*)0,(void*)0,&g_250},{(void*)0,(void*)0,&g_250}};
static uint32_t g_258 = 0x8993EC06L;
static uint8_t g_286 = 2UL;
static uint16_t  func_1(void);
static int32_t * func_6(uint8_t  p_7, int32_t * p_8, int32_t * p_9, int16_t  p_10);
static int32_t * func_11(int32_t * const  p_12, int32_t * const  p_13);
static uint16_t  func_1(void)
{ 
    int32_t * const l_14 = &g_3;
    int32_t *****l_252 = &g_250;
    int32_t l_261[4][1];
    uint16_t l_262 = 0x7FB2L;
    int32_t *l_278 = &g_49;
    uint8_t *l_284 = (void*)0;
    uint8_t *l_285 = &g_286;
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
            l_261[i][j] = 0x9AC6BE41L;
    }
    for (g_3 = 0; (g_3 <= 1); g_3 += 1)
    { 
        uint16_t l_242 = 0xCE4BL;
        int16_t *l_243[1];
        uint64_t l_255[1][2];
        int32_t *l_260[1];
        uint16_t *l_271 = &l_262;
        int i, j;
        for (i = 0; i < 1; i++)
            l_243[i] = &g_46;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_255[i][j] = 0x377E9CDB69A65D65LL;
        }
        for (i = 0; i < 1; i++)
            l_260[i] = &g_71[0][1];
        for (g_4 = 1; (g_4 >= 0); g_4 -= 1)
        { 
            int32_t **l_234 = &g_111;
            uint16_t *l_244 = (void*)0;
            uint16_t *l_245 = (void*)0;
            uint16_t *l_246[1];
            int32_t l_247 = (-1L);
            int i;
            for (i = 0; i < 1; i++)
                l_246[i] = &g_34;
            for (g_5 = 0; (g_5 <= 1); g_5 += 1)
            { 
                int i;
                return g_2[g_4];
            }
            (*l_234) = func_6(g_2[g_3], func_11(&g_2[g_3], l_14), &g_3, g_3);
            if ((safe_add_func_int16_t_s_s(g_150[0][0], ((((((**l_234) | (safe_rshift_func_uint8_t_u_s(((g_34 && (l_247 &= (safe_mul_func_int16_t_s_s((0L & ((((~l_242) >= 0x31L) , (void*)0) == l_243[0])), l_242)))) != g_150[0][3]), 0))) || g_53[2][1]) >= g_62) >= 0xAFL) | 4294967295UL))))
            { 
                if ((*g_111))
                    break;
            }
            else
            { 
                uint32_t l_248 = 0UL;
                return l_248;
            }
            for (l_242 = 0; (l_242 <= 1); l_242 += 1)
            { 
                int32_t l_259 = 1L;
                int i;
                g_2[g_4] |= ((((((*l_14) , g_249[3][2]) != l_252) == ((g_258 = (g_34 = (safe_sub_func_uint32_t_u_u(g_154, (l_255[0][0]--))))) == (0x5AF161C1880EF603LL == l_259))) , &l_242) == l_246[0]);
                if ((*l_14))
                    continue;
            }
        }
        l_262++;
        for (g_4 = 0; (g_4 < (-26)); g_4 = safe_sub_func_int32_t_s_s(g_4, 2))
        { 
            for (g_258 = 7; (g_258 != 6); --g_258)
            { 
                return g_3;
            }
        }
        l_261[1][0] = (((safe_mod_func_uint16_t_u_u(((void*)0 == &g_250), (++(*l_271)))) , &g_34) != (void*)0);
    }
lbl_287:
    if ((safe_div_func_int64_t_s_s((((*g_111) ^ (safe_mul_func_uint16_t_u_u((l_278 == (void*)0), (safe_mod_func_int32_t_s_s((*l_278), ((safe_rshift_func_uint8_t_u_u(((*l_285) = (+(&g_38 != l_14))), 0)) , 0xC0F58D22L)))))) <= (*l_278)), 1L)))
    { 
        (*l_14) = 0xF96F8615L;
        if (g_154)
            goto lbl_287;
    }
    else
    { 
        return g_258;
    }
    return g_62;
}
static int32_t * func_6(uint8_t  p_7, int32_t * p_8, int32_t * p_9, int16_t  p_10)
{ 
    int32_t * const *l_145 = &g_111;
    int32_t * const **l_144 = &l_145;
    int32_t * const ***l_143 = &l_144;
    int16_t *l_151 = &g_46;
    int32_t l_162 = 0xD7E0BF01L;
    int32_t l_166 = 0xBA19ADB3L;
    int32_t l_174 = 0xC09CC95DL;
    int32_t l_182 = 0x6CE499BAL;
    int32_t l_196 = (-4L);
    int32_t l_197[4];
    uint8_t l_198[4][4] = {{6UL,1UL,1UL,6UL},{1UL,6UL,0x80L,0UL},{1UL,0x80L,1UL,0xDCL},{6UL,0UL,0xDCL,0xDCL}};
    int i, j;
    for (i = 0; i < 4; i++)
        l_197[i] = 0x1AC85223L;
    if ((*p_9))
    { 
        int32_t **l_142 = &g_111;
        int32_t ***l_141 = &l_142;
        int32_t ****l_140 = &l_141;
        int16_t **l_152[3][3] = {{&l_151,&l_151,&l_151},{&l_151,&l_151,&l_151},{&l_151,&l_151,&l_151}};
        uint64_t *l_153 = &g_154;
        int i, j;
        (*p_8) = ((safe_unary_minus_func_int16_t_s((safe_div_func_int8_t_s_s((safe_rshift_func_uint8_t_u_u((safe_sub_func_uint16_t_u_u(((~(l_140 == l_143)) == (g_4 , ((*l_153) = ((l_151 = ((safe_mod_func_int8_t_s_s(((g_53[2][1] , (safe_sub_func_int16_t_s_s(g_71[0][0], 3L))) <= g_150[0][3]), g_3)) , l_151)) != &g_46)))), g_49)), p_7)), p_7)))) > 0L);
        for (g_154 = (-23); (g_154 <= 4); ++g_154)
        { 
            return p_8;
        }
        g_157 = &g_111;
    }
    else
    { 
        int32_t l_175 = (-1L);
        int32_t l_194 = 8L;
        int32_t l_195[3];
        uint8_t l_217 = 255UL;
        int i;
        for (i = 0; i < 3; i++)
            l_195[i] = 1L;
        for (g_154 = (-26); (g_154 <= 32); g_154++)
        { 
            int8_t l_160 = 1L;
            int32_t *l_161 = &g_53[2][0];
            int32_t *l_163 = &g_53[2][1];
            int32_t *l_164 = (void*)0;
            int32_t *l_165 = (void*)0;
            int32_t *l_167 = (void*)0;
            int32_t *l_168 = &l_162;
            int32_t *l_169 = &l_166;
            int32_t *l_170 = &l_162;
            int32_t *l_171 = &g_2[1];
            int32_t *l_172 = &l_166;
            int32_t *l_173 = &g_49;
            int32_t *l_176 = &g_71[0][1];
            int32_t *l_177 = &l_174;
            int32_t *l_178 = &l_174;
            int32_t *l_179 = (void*)0;
            int32_t *l_180 = &g_71[1][0];
            int32_t l_181 = (-1L);
            int32_t *l_183 = &g_71[1][0];
            int32_t *l_184 = &l_182;
            int32_t *l_185 = (void*)0;
            int32_t *l_186 = &g_53[1][1];
            int32_t *l_187 = &l_174;
            int32_t *l_188 = (void*)0;
            int32_t *l_189 = (void*)0;
            int32_t *l_190 = (void*)0;
            int32_t *l_191 = &l_181;
            int32_t *l_192 = (void*)0;
            int32_t *l_193[2];
            uint8_t *l_210 = (void*)0;
            uint8_t *l_211 = &l_198[3][1];
            int i;
            for (i = 0; i < 2; i++)
                l_193[i] = &g_53[2][1];
            l_160 = 1L;
            l_198[3][1]--;
            (*l_184) ^= (safe_add_func_uint32_t_u_u(((void*)0 == &g_111), (((safe_mul_func_uint16_t_u_u((!(safe_div_func_uint32_t_u_u(0UL, ((l_195[2] && ((*l_211) = (((safe_rshift_func_uint8_t_u_s(p_10, 5)) <= p_10) < 5L))) | g_53[1][1])))), 0x717AL)) != g_150[0][1]) == 0xE9L)));
            for (l_174 = 0; (l_174 == 27); l_174++)
            { 
                int64_t l_214 = 0x36A7B672675DE231LL;
                int32_t l_215 = 1L;
                int32_t l_216[2][1];
                uint32_t l_220 = 0xC38ADFB7L;
                int32_t **l_223[3][4] = {{&l_161,&l_161,&l_161,&l_161},{&l_161,&l_161,&l_161,&l_161},{&l_161,&l_161,&l_161,&l_161}};
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_216[i][j] = 0x66651E27L;
                }
                --l_217;
                l_220--;
                l_167 = func_11(p_9, p_9);
                (*l_169) ^= (*g_111);
            }
        }
        (*p_8) = (safe_sub_func_uint64_t_u_u(0x896DF7017AF087EBLL, (safe_mod_func_int8_t_s_s((0x9EEE24A96F268804LL >= (safe_add_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_u(p_7, 7)), ((**l_145) != (((((safe_sub_func_int16_t_s_s(p_10, p_10)) , p_10) , p_7) != g_34) , p_7))))), g_5))));
    }
    return &g_53[2][1];
}
static int32_t * func_11(int32_t * const  p_12, int32_t * const  p_13)
{ 
    uint32_t l_17 = 18446744073709551614UL;
    int32_t * const l_31 = &g_2[0];
    int64_t l_54 = 0x426CEFC6E20B395BLL;
    int32_t l_69 = 0xACA8A51DL;
    int32_t l_72 = 0x6D9E1B0FL;
    int32_t l_73 = (-3L);
    int32_t l_74 = 0xD1D1CE17L;
    int32_t l_75[3][1];
    int32_t *l_97 = &g_53[1][1];
    int32_t **l_96 = &l_97;
    int32_t ***l_95 = &l_96;
    uint32_t l_118 = 0xBAECA1BBL;
    uint32_t *l_121 = &g_38;
    int8_t l_122 = 0xE2L;
    uint8_t l_125[1];
    int32_t *l_131[3];
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_75[i][j] = (-1L);
    }
    for (i = 0; i < 1; i++)
        l_125[i] = 1UL;
    for (i = 0; i < 3; i++)
        l_131[i] = &g_53[1][1];
    if (((void*)0 == &g_5))
    { 
        int32_t *l_15 = (void*)0;
        int32_t *l_16 = (void*)0;
        uint16_t *l_32 = (void*)0;
        uint16_t *l_33 = &g_34;
        int16_t *l_45 = &g_46;
        int64_t *l_47 = (void*)0;
        int64_t *l_48[3];
        const int32_t l_50 = 0xAACC702BL;
        uint16_t l_51[3][1];
        int32_t *l_52[4] = {&g_3,&g_3,&g_3,&g_3};
        int i, j;
        for (i = 0; i < 3; i++)
            l_48[i] = (void*)0;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_51[i][j] = 0x58E9L;
        }
        --l_17;
        l_54 |= ((safe_mod_func_int16_t_s_s(((safe_rshift_func_uint16_t_u_s((((safe_rshift_func_uint8_t_u_s(l_17, (~(g_49 ^= (safe_mul_func_int8_t_s_s(((((void*)0 != l_31) >= (((*l_33) &= (*l_31)) ^ (((((*l_45) ^= (((~(safe_sub_func_uint64_t_u_u((((++g_38) >= (((safe_lshift_func_int8_t_s_s(((safe_div_func_int64_t_s_s((-9L), (*l_31))) & 0xE4879289L), 7)) , g_5) < 6L)) & (*l_31)), g_5))) & (-10L)) & g_5)) ^ 0xF69AL) == g_2[1]) & (*l_31)))) != g_2[0]), g_5)))))) ^ 0UL) ^ l_50), l_51[1][0])) && g_46), (*l_31))) , (*l_31));
    }
    else
    { 
        uint32_t l_63[4][3] = {{4294967295UL,4294967295UL,4294967295UL},{7UL,7UL,7UL},{4294967295UL,4294967295UL,4294967295UL},{7UL,7UL,7UL}};
        int32_t l_64[2];
        uint64_t l_79 = 18446744073709551615UL;
        uint64_t l_105 = 7UL;
        int i, j;
        for (i = 0; i < 2; i++)
            l_64[i] = 1L;
        if ((g_3 & (((safe_sub_func_int32_t_s_s((*p_13), ((safe_sub_func_int16_t_s_s(g_5, (~(safe_sub_func_int16_t_s_s((((l_63[2][0] |= g_62) & l_64[1]) | g_34), l_64[1]))))) | 1L))) , 1UL) & g_53[2][1])))
        { 
            int8_t l_76 = 0xA9L;
            int32_t l_77 = 1L;
            int32_t l_78[4][3] = {{(-7L),1L,(-7L)},{0L,0L,0L},{(-7L),1L,(-7L)},{0L,0L,0L}};
            int32_t ***l_98 = &l_96;
            int i, j;
            for (l_17 = 0; (l_17 < 46); l_17 = safe_add_func_uint64_t_u_u(l_17, 7))
            { 
                int32_t *l_67 = &l_64[1];
                int32_t *l_68 = &l_64[1];
                int32_t *l_70[3][3];
                int32_t * const *l_83 = &l_67;
                int32_t * const **l_82 = &l_83;
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_70[i][j] = &g_5;
                }
                --l_79;
                (*l_82) = &p_13;
            }
            for (l_77 = 0; (l_77 != 16); l_77 = safe_add_func_uint64_t_u_u(l_77, 8))
            { 
                int64_t *l_99 = &g_62;
                int16_t *l_100 = &g_101;
                int32_t l_102 = 0x0389EC31L;
                int32_t *l_104[4][2] = {{&l_64[1],&g_5},{&l_64[1],&g_5},{&l_64[1],&g_5},{&l_64[1],&g_5}};
                int32_t **l_103 = &l_104[0][1];
                int i, j;
                (***l_95) = (safe_sub_func_int64_t_s_s((g_46 >= (2UL ^ ((&g_34 != (((((((*l_100) = ((safe_rshift_func_uint8_t_u_u((((*l_99) |= ((g_38++) && (safe_mod_func_int64_t_s_s(((safe_unary_minus_func_uint32_t_u((((((((l_95 == l_98) , 18446744073709551606UL) , 0x64ADD8BE8FF3A2FALL) , g_53[1][0]) >= 246UL) == (**l_96)) , l_64[1]))) != 1UL), (*l_31))))) ^ 18446744073709551610UL), (*l_97))) <= (**l_96))) ^ 65534UL) , (**l_96)) != 0x608170AE80B3DF57LL) | g_4) , (void*)0)) > l_102))), g_34));
                (*l_103) = ((**l_95) = &g_53[0][1]);
                (*l_96) = (*l_96);
                --l_105;
            }
        }
        else
        { 
            int32_t *l_110[3][3] = {{(void*)0,(void*)0,(void*)0},{&g_49,&g_49,&g_49},{(void*)0,(void*)0,(void*)0}};
            int i, j;
            for (g_46 = (-30); (g_46 > 16); g_46 = safe_add_func_uint32_t_u_u(g_46, 1))
            { 
                l_110[2][1] = p_13;
            }
            g_111 = p_13;
        }
        (*l_96) = &g_53[2][0];
    }
lbl_128:
    g_49 ^= (safe_lshift_func_int8_t_s_s((safe_mod_func_int32_t_s_s((((safe_div_func_uint16_t_u_u((((l_118 | (safe_mod_func_uint32_t_u_u(((*l_121) = ((*l_31) < (*l_31))), l_122))) & (safe_sub_func_int32_t_s_s(((g_71[0][1] || 0xD6553E7E88078DF3LL) | 8L), (*p_12)))) , g_71[1][1]), 0xCABFL)) >= (***l_95)) && l_125[0]), (*l_97))), 3));
    for (l_54 = (-2); (l_54 != 10); ++l_54)
    { 
        int32_t ****l_130 = &l_95;
        int32_t *****l_129 = &l_130;
        if (g_62)
            goto lbl_128;
        (*l_129) = &l_95;
        if (g_34)
            goto lbl_128;
    }
    return l_131[1];
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
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_34, "g_34", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_53[i][j], "g_53[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_62, "g_62", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_71[i][j], "g_71[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_101, "g_101", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_150[i][j], "g_150[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_154, "g_154", print_hash_value);
    transparent_crc(g_258, "g_258", print_hash_value);
    transparent_crc(g_286, "g_286", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
