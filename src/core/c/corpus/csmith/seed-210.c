#include "csmith.h"
static long __undefined;
static uint32_t g_2[3] = {0x7A66FE7DL,0x7A66FE7DL,0x7A66FE7DL};
static int64_t g_12 = 0x161D594D0357257ELL;
static int32_t g_14 = 0x4902314AL;
static int32_t g_15[1][2] = {{0xA0F0F5EBL,0xA0F0F5EBL}};
static int64_t *g_32 = (void*)0;
static int8_t g_36 = 3L;
static uint16_t g_95 = 0x7E31L;
static uint64_t g_110 = 0x2B29A1D6AACE6E22LL;
static uint8_t g_119 = 1UL;
static uint8_t g_156 = 4UL;
static int8_t g_182 = 0x17L;
static uint64_t g_199 = 0UL;
static int16_t g_242 = 0x899AL;
static uint32_t *g_256 = (void*)0;
static uint32_t **g_255 = &g_256;
static int64_t **g_264 = &g_32;
static int64_t **g_265 = &g_32;
static int32_t *g_275 = &g_15[0][0];
static uint16_t g_287[1][1] = {{0UL}};
static int16_t  func_1(void);
static int64_t ** func_24(uint8_t  p_25);
static uint32_t  func_26(uint64_t  p_27);
static int16_t  func_1(void)
{ 
    int32_t l_10 = 0xE704F3D4L;
    int64_t *l_11[1][2];
    int32_t l_17 = (-1L);
    int32_t l_18 = 0x110CBBBCL;
    int32_t l_19 = 0x3BCF59F8L;
    int32_t l_20 = (-1L);
    uint16_t l_21 = 0x433CL;
    const int64_t *l_34[3][3] = {{&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12}};
    const int64_t **l_33 = &l_34[0][0];
    uint8_t l_302[4] = {0x2AL,0x2AL,0x2AL,0x2AL};
    uint8_t l_308[1][3];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_11[i][j] = &g_12;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_308[i][j] = 0x17L;
    }
lbl_272:
    if ((g_2[1] >= (((l_10 = ((((safe_div_func_uint16_t_u_u((safe_unary_minus_func_int32_t_s((safe_add_func_int32_t_s_s(l_10, g_2[1])))), l_10)) > (g_2[1] >= 0x21705914L)) == g_2[1]) >= 0x456160CBL)) >= 0x244C3F4F88039D6BLL) != 0L)))
    { 
        int32_t *l_13[2];
        int64_t l_16 = 1L;
        int64_t **l_30 = (void*)0;
        int64_t **l_31 = (void*)0;
        int8_t *l_35 = &g_36;
        uint16_t l_37 = 0xB47DL;
        uint64_t l_38[1];
        int64_t ***l_262 = (void*)0;
        int64_t ***l_263[1];
        int i;
        for (i = 0; i < 2; i++)
            l_13[i] = (void*)0;
        for (i = 0; i < 1; i++)
            l_38[i] = 0x09061E9426CEFC6ELL;
        for (i = 0; i < 1; i++)
            l_263[i] = &l_30;
        ++l_21;
        g_265 = (g_264 = func_24((((((g_14 , func_26(((g_2[1] = (safe_sub_func_uint32_t_u_u((((l_10 & ((g_32 = &l_16) != (((((*l_35) = (((g_12 , l_33) != (void*)0) == g_2[2])) , (void*)0) == (void*)0) , (*l_33)))) < g_12) < l_37), l_38[0]))) || g_2[2]))) & l_18) , &l_18) == (void*)0) != 0x6CE499BAL)));
    }
    else
    { 
        int32_t l_266 = (-10L);
        int32_t *l_267 = &l_18;
        (*l_267) = l_266;
    }
    for (l_21 = 0; (l_21 <= 59); l_21 = safe_add_func_uint8_t_u_u(l_21, 3))
    { 
        uint32_t l_284 = 0x82253714L;
        int32_t l_288 = 0xA0EF96F8L;
        uint32_t l_290 = 18446744073709551608UL;
        for (l_20 = 0; (l_20 >= 15); l_20 = safe_add_func_int8_t_s_s(l_20, 8))
        { 
            uint16_t l_276[2];
            int32_t l_289[4];
            int i;
            for (i = 0; i < 2; i++)
                l_276[i] = 65534UL;
            for (i = 0; i < 4; i++)
                l_289[i] = 0xF1FAAD1DL;
            for (g_119 = 0; (g_119 <= 0); g_119 += 1)
            { 
                int32_t *l_274 = (void*)0;
                int32_t **l_273[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_273[i] = &l_274;
                if (l_18)
                    goto lbl_272;
                if (l_21)
                    continue;
                g_275 = &g_15[0][1];
                l_276[0]--;
            }
            for (g_36 = (-6); (g_36 <= (-8)); g_36 = safe_sub_func_int32_t_s_s(g_36, 8))
            { 
                int32_t **l_281[1][4] = {{&g_275,&g_275,&g_275,&g_275}};
                uint16_t *l_282 = (void*)0;
                uint16_t *l_283[3][3] = {{&l_276[1],&l_276[1],&l_276[1]},{(void*)0,(void*)0,(void*)0},{&l_276[1],&l_276[1],&l_276[1]}};
                int i, j;
                g_275 = &g_14;
                (*g_275) = ((g_287[0][0] &= (((g_15[0][1] , (l_284 ^= g_14)) || g_12) , (l_21 < (l_19 |= (safe_lshift_func_int8_t_s_s((g_110 , 7L), l_284)))))) | l_288);
                if (g_242)
                    goto lbl_272;
                --l_290;
            }
        }
    }
    for (g_119 = (-11); (g_119 <= 26); ++g_119)
    { 
        uint8_t l_303 = 0x66L;
        if ((safe_mul_func_uint8_t_u_u(((((safe_lshift_func_uint16_t_u_u(g_110, (+0x449949446B94E045LL))) > ((&g_15[0][0] == &l_17) < (((safe_mul_func_uint16_t_u_u(l_19, g_199)) <= l_302[2]) && g_119))) , l_303) < l_21), 0xD9L)))
        { 
            uint16_t l_304 = 0x17E7L;
            int32_t *l_307[1][1];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_307[i][j] = &l_17;
            }
            l_304--;
            l_308[0][0] &= (*g_275);
            return g_2[1];
        }
        else
        { 
            for (g_14 = 0; (g_14 >= 0); g_14 -= 1)
            { 
                int i, j;
                return l_308[g_14][g_14];
            }
        }
        (*g_275) ^= (safe_rshift_func_int16_t_s_u(0x1697L, 12));
    }
    return g_14;
}
static int64_t ** func_24(uint8_t  p_25)
{ 
    uint8_t l_159[1];
    int32_t l_168 = (-1L);
    int32_t l_170 = (-8L);
    uint32_t l_183 = 0x7E8150FFL;
    const int64_t *l_231 = &g_12;
    const int64_t **l_230 = &l_231;
    int64_t **l_234 = (void*)0;
    int8_t l_257 = (-6L);
    int i;
    for (i = 0; i < 1; i++)
        l_159[i] = 0x79L;
    for (g_14 = 0; (g_14 != 6); ++g_14)
    { 
        uint8_t *l_152 = &g_119;
        uint8_t *l_155 = &g_156;
        int32_t l_166 = 0xCE418E54L;
        uint64_t *l_167[2][4];
        int32_t *l_169[4][2] = {{&g_15[0][0],(void*)0},{&g_15[0][0],&g_15[0][0]},{(void*)0,&g_15[0][0]},{&g_15[0][0],(void*)0}};
        int8_t l_258[4];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 4; j++)
                l_167[i][j] = &g_110;
        }
        for (i = 0; i < 4; i++)
            l_258[i] = 0x3CL;
        l_170 = (safe_lshift_func_uint16_t_u_u(((safe_div_func_uint8_t_u_u(((*l_155) = ((*l_152)++)), ((l_159[0] || 0UL) | ((safe_mul_func_uint16_t_u_u((((((safe_sub_func_int8_t_s_s(l_159[0], p_25)) > (safe_sub_func_uint8_t_u_u(((((l_168 |= (g_36 & l_166)) & p_25) != p_25) , l_159[0]), l_159[0]))) , p_25) ^ p_25) , g_110), p_25)) , 0xEDL)))) > l_159[0]), l_159[0]));
        if ((((safe_lshift_func_int8_t_s_u((~g_12), 7)) | p_25) , (-1L)))
        { 
            uint64_t l_184 = 0x56FB5C466ADE759DLL;
            int32_t l_202 = 0xB3BEA07AL;
            if ((p_25 ^ (safe_mul_func_uint16_t_u_u(((safe_add_func_uint32_t_u_u((safe_rshift_func_int16_t_s_s(((p_25 | (g_15[0][0] ^= ((((safe_mul_func_uint16_t_u_u(g_182, g_2[1])) , p_25) == l_183) <= 0x5489L))) <= l_184), 1)), l_168)) ^ g_14), 0x8598L))))
            { 
                uint16_t *l_200 = &g_95;
                int32_t l_201 = 0xED02848FL;
                int32_t l_219 = (-4L);
                l_170 ^= (((((*l_200) ^= ((safe_mod_func_uint64_t_u_u((((+((18446744073709551608UL < (safe_rshift_func_int8_t_s_u((((((((safe_lshift_func_int8_t_s_s(((!(((l_184 , (safe_add_func_int32_t_s_s(((safe_lshift_func_int8_t_s_s(((&g_12 == l_167[0][2]) && (safe_lshift_func_uint8_t_u_u(0x2DL, g_36))), p_25)) ^ g_199), p_25))) >= 0xE4L) < 0x2AADL)) == p_25), 6)) < 0x10D05ABF9FFA7629LL) , p_25) ^ (-7L)) ^ g_12) <= g_182) | 0UL), 0))) != l_184)) | 0x680869E2L) || g_182), (-5L))) <= g_119)) , 0x25D7B920C38ADFB7LL) , 18446744073709551609UL) || l_201);
                l_219 ^= (0xCCA364EDL <= (((*l_200)++) , (safe_mod_func_uint64_t_u_u((safe_add_func_int8_t_s_s((safe_rshift_func_int8_t_s_u((safe_mul_func_int16_t_s_s((safe_mul_func_int16_t_s_s((safe_mul_func_int8_t_s_s((safe_div_func_int64_t_s_s(((*g_32) = (*g_32)), 0x7CBA657FA0007F3CLL)), 0x69L)), (l_184 || l_201))), 0L)), l_170)), g_199)), g_95))));
                if (p_25)
                    break;
                return &g_32;
            }
            else
            { 
                int32_t l_220 = 8L;
                g_15[0][0] = 0xF20B0982L;
                if (p_25)
                    continue;
                l_202 = ((((*g_32) | l_220) & (((safe_sub_func_uint8_t_u_u(p_25, p_25)) , p_25) | 0L)) & 9L);
            }
        }
        else
        { 
            int32_t *l_223 = &l_168;
            int64_t *l_232 = &g_12;
            int32_t l_233 = 0x73A530DFL;
            int16_t *l_241 = &g_242;
            if (g_12)
            { 
                int32_t **l_224 = &l_169[0][0];
                (*l_224) = l_223;
            }
            else
            { 
                const int32_t *l_228 = &g_14;
                const int32_t **l_227 = &l_228;
                l_233 ^= (((*g_32) |= ((safe_sub_func_int32_t_s_s(((((void*)0 == l_227) || (((!((*l_223) <= ((((g_156 , l_230) != &g_32) , (*l_230)) != l_232))) | 65535UL) ^ g_156)) , g_95), p_25)) ^ p_25)) , (*l_223));
                return l_234;
            }
            for (l_166 = 0; (l_166 >= (-1)); l_166 = safe_sub_func_uint64_t_u_u(l_166, 8))
            { 
                if (g_2[1])
                    break;
            }
            l_170 |= ((*l_223) = ((0x2A2DL > (safe_lshift_func_uint8_t_u_u(((l_159[0] < (((safe_sub_func_int8_t_s_s((g_110 > ((*l_241) ^= p_25)), p_25)) && p_25) , p_25)) && g_199), (*l_223)))) == p_25));
        }
        for (g_199 = 29; (g_199 > 59); g_199 = safe_add_func_int8_t_s_s(g_199, 3))
        { 
            uint32_t *l_254 = &g_2[1];
            uint32_t **l_253 = &l_254;
            for (p_25 = 0; (p_25 >= 51); ++p_25)
            { 
                int32_t l_259[1][3];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_259[i][j] = 0L;
                }
                l_259[0][2] = (safe_div_func_uint8_t_u_u((((((((((((((void*)0 != &p_25) | (safe_unary_minus_func_int8_t_s((safe_lshift_func_int16_t_s_u((+g_182), 1))))) , l_253) != g_255) || l_257) < 0UL) >= p_25) > g_2[1]) , p_25) == 9L) >= l_258[2]) | l_259[0][0]), 0x9FL));
            }
            g_15[0][0] = g_15[0][0];
            if (g_119)
                break;
            g_15[0][0] = (safe_lshift_func_int8_t_s_s(g_2[1], 0));
        }
        if (g_110)
            break;
    }
    return &g_32;
}
static uint32_t  func_26(uint64_t  p_27)
{ 
    int64_t **l_40[2][3] = {{&g_32,&g_32,&g_32},{&g_32,&g_32,&g_32}};
    int64_t ***l_39 = &l_40[1][0];
    int8_t *l_45 = &g_36;
    int32_t l_46 = 0L;
    int32_t l_50 = 0xFD0E68ACL;
    int32_t l_51[1];
    uint32_t l_53 = 0x147B7162L;
    int i, j;
    for (i = 0; i < 1; i++)
        l_51[i] = 7L;
    if ((((*l_39) = &g_32) == ((safe_div_func_uint8_t_u_u(g_14, (safe_sub_func_uint16_t_u_u(((((0UL < (((((((void*)0 == l_45) , l_46) <= 0x0CL) == l_46) , p_27) != 1L)) || 0xBA2937BBL) >= p_27) >= 0xACL), 0x1D4FL)))) , &g_32)))
    { 
        int32_t *l_47 = &g_14;
        int32_t *l_48 = &l_46;
        int32_t *l_49[2];
        int64_t l_52[4][4] = {{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)}};
        int i, j;
        for (i = 0; i < 2; i++)
            l_49[i] = &g_15[0][0];
        l_53++;
        return p_27;
    }
    else
    { 
        int32_t *l_68 = &g_15[0][0];
        uint32_t l_96 = 0x9336F86DL;
        (*l_68) = (safe_add_func_uint8_t_u_u((0xC4FD0C6BL && (safe_lshift_func_int8_t_s_s(p_27, (((safe_add_func_int8_t_s_s(g_15[0][1], 255UL)) || (safe_mul_func_int16_t_s_s((safe_lshift_func_int8_t_s_s((((safe_add_func_uint64_t_u_u(18446744073709551611UL, g_12)) >= p_27) | l_53), p_27)), g_36))) ^ 0xC4L)))), g_12));
        for (l_53 = 0; (l_53 > 14); l_53++)
        { 
            int32_t *l_71[3];
            int i;
            for (i = 0; i < 3; i++)
                l_71[i] = &l_50;
            l_71[2] = &g_15[0][0];
        }
        for (l_46 = (-23); (l_46 != (-22)); ++l_46)
        { 
            int16_t l_89 = (-8L);
            uint32_t *l_90[4];
            int32_t l_91 = (-8L);
            uint16_t *l_93 = (void*)0;
            uint16_t *l_94[3];
            uint16_t l_104 = 0x4555L;
            uint64_t *l_109 = &g_110;
            int i;
            for (i = 0; i < 4; i++)
                l_90[i] = (void*)0;
            for (i = 0; i < 3; i++)
                l_94[i] = &g_95;
            (*l_68) = (((safe_mod_func_int32_t_s_s(((safe_lshift_func_uint8_t_u_u((safe_unary_minus_func_int64_t_s(((*g_32) = ((l_91 &= ((safe_div_func_int32_t_s_s(((((safe_div_func_int64_t_s_s(1L, (*g_32))) == ((safe_mod_func_int64_t_s_s((*g_32), (((((safe_add_func_uint64_t_u_u(18446744073709551615UL, (((safe_mod_func_uint64_t_u_u(p_27, g_2[2])) != l_51[0]) > 0x64L))) <= g_2[1]) & g_15[0][0]) > p_27) || p_27))) == l_89)) <= (*l_68)) , 1L), p_27)) && (*l_68))) & p_27)))), 2)) != 2UL), p_27)) , g_15[0][0]) , 6L);
            if (((safe_unary_minus_func_uint16_t_u((l_96--))) < ((safe_unary_minus_func_uint16_t_u((safe_lshift_func_uint8_t_u_u(((l_51[0] = ((safe_rshift_func_uint8_t_u_u(l_104, (g_12 >= ((g_95 == (((0x7E88L | (((safe_mul_func_uint16_t_u_u((safe_add_func_int16_t_s_s((((*l_109) = 4UL) >= l_89), 0UL)), (-4L))) , &l_40[1][1]) == (void*)0)) , 5UL) > g_12)) && 0x1A99610AL)))) | p_27)) , (*l_68)), 2)))) , p_27)))
            { 
                int32_t *l_111 = &g_14;
                int32_t *l_112 = &l_51[0];
                int32_t *l_113 = &l_50;
                int32_t *l_114 = &l_50;
                int32_t *l_115 = &l_50;
                int32_t *l_116 = &l_91;
                int32_t *l_117 = &g_14;
                int32_t *l_118[4] = {&g_15[0][1],&g_15[0][1],&g_15[0][1],&g_15[0][1]};
                int i;
                (*l_68) ^= g_95;
                ++g_119;
            }
            else
            { 
                return p_27;
            }
        }
        for (g_14 = 0; (g_14 != (-21)); g_14--)
        { 
            if (g_119)
                break;
        }
    }
    for (g_12 = 0; (g_12 <= 2); g_12 += 1)
    { 
        uint64_t *l_136 = &g_110;
        uint32_t *l_145 = &g_2[1];
        uint32_t **l_144[4][4] = {{&l_145,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{&l_145,&l_145,(void*)0,(void*)0},{&l_145,(void*)0,&l_145,(void*)0}};
        int i, j;
        for (p_27 = 0; (p_27 <= 0); p_27 += 1)
        { 
            uint16_t *l_137 = (void*)0;
            uint16_t *l_138 = &g_95;
            int32_t *l_139[1][4];
            uint32_t *l_142[1][1];
            uint32_t **l_141 = &l_142[0][0];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 4; j++)
                    l_139[i][j] = &g_15[0][0];
            }
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_142[i][j] = &g_2[2];
            }
            l_50 ^= (safe_add_func_int32_t_s_s((safe_lshift_func_uint16_t_u_s(((((safe_rshift_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_u((g_36 |= (safe_rshift_func_int8_t_s_u(((l_51[p_27] <= (safe_lshift_func_uint16_t_u_u(((((*l_138) = (0x3907EEBA36B31EA8LL <= (&g_110 == l_136))) == l_51[p_27]) , p_27), 0))) || 0UL), 2))), l_51[p_27])) == g_110), g_110)) , 0UL) > l_53) || g_12), 8)), p_27));
            for (g_14 = 2; (g_14 >= 0); g_14 -= 1)
            { 
                if (g_12)
                    break;
            }
            for (g_95 = 0; (g_95 <= 2); g_95 += 1)
            { 
                int32_t **l_140 = &l_139[0][1];
                uint32_t ***l_143[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_143[i] = &l_141;
                (*l_140) = &g_14;
                l_144[0][0] = l_141;
            }
        }
    }
    return p_27;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_2[i], "g_2[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_12, "g_12", print_hash_value);
    transparent_crc(g_14, "g_14", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_15[i][j], "g_15[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_110, "g_110", print_hash_value);
    transparent_crc(g_119, "g_119", print_hash_value);
    transparent_crc(g_156, "g_156", print_hash_value);
    transparent_crc(g_182, "g_182", print_hash_value);
    transparent_crc(g_199, "g_199", print_hash_value);
    transparent_crc(g_242, "g_242", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_287[i][j], "g_287[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
