#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0x1824A8C6L;
static int32_t g_6 = 0x1891F782L;
static int32_t g_31[3][2] = {{0xB000E2E4L,0x57392715L},{0x57392715L,0xB000E2E4L},{0x57392715L,0x57392715L}};
static uint32_t g_34 = 18446744073709551615UL;
static uint16_t g_38 = 65531UL;
static uint8_t g_42 = 0xE8L;
static int64_t g_45 = (-2L);
static int8_t g_48 = 0x25L;
static int32_t *g_57[4] = {&g_31[2][0],&g_31[2][0],&g_31[2][0],&g_31[2][0]};
static int32_t g_72 = 0xB115E53FL;
static int32_t * const g_71 = &g_72;
static int32_t * const *g_70[2] = {&g_71,&g_71};
static int32_t g_75 = 0xD8DD93F8L;
static uint32_t g_91[3] = {0xF54957FAL,0xF54957FAL,0xF54957FAL};
static int16_t g_103 = 0xC530L;
static int8_t *g_203 = &g_48;
static int8_t **g_202 = &g_203;
static int64_t g_227 = 0xE6397B18E9B79263LL;
static uint64_t g_254 = 0xF22636119D7EF94FLL;
static uint64_t *g_253 = &g_254;
static int32_t  func_1(void);
static uint16_t  func_7(uint16_t  p_8);
static int8_t  func_11(uint32_t  p_12, int16_t  p_13, int8_t  p_14, int64_t  p_15);
static int32_t  func_1(void)
{ 
    uint64_t l_192 = 0xF80640D2D85689E5LL;
    uint16_t *l_195 = (void*)0;
    int64_t *l_197 = &g_45;
    int32_t l_222 = 1L;
    int32_t l_230 = 0xB773CFD7L;
    int32_t l_234 = 1L;
    int32_t l_235 = (-6L);
    int32_t l_237 = 0xE0829E44L;
    uint64_t l_249 = 0x1C8FBDD38DD8F448LL;
    uint8_t l_259 = 6UL;
    int32_t l_276[4];
    int32_t l_277 = 0x2D38E3FFL;
    uint64_t l_278 = 0x9E3E7B37B481374BLL;
    int32_t *l_307 = &l_276[2];
    int i;
    for (i = 0; i < 4; i++)
        l_276[i] = 0x2D96D5BAL;
lbl_308:
    for (g_2 = 7; (g_2 <= (-27)); g_2 = safe_sub_func_uint16_t_u_u(g_2, 2))
    { 
        int32_t l_5[3][1];
        int64_t l_221 = 0x6D99E69E6C6DA601LL;
        int32_t *l_224 = &l_222;
        int32_t l_228 = 0L;
        int32_t l_229 = 1L;
        int32_t l_231 = 0xBC023DD9L;
        int32_t l_232[3][1];
        uint8_t l_256 = 255UL;
        int32_t *l_264 = &g_31[1][0];
        int32_t *l_265 = &l_235;
        int32_t *l_266 = &g_75;
        int32_t *l_267 = &g_72;
        int32_t *l_268 = &g_75;
        int32_t *l_269 = &l_228;
        int32_t *l_270 = (void*)0;
        int32_t *l_271 = &l_234;
        int32_t *l_272 = &g_6;
        int32_t *l_273 = &l_228;
        int32_t *l_274 = &g_31[1][1];
        int32_t *l_275[2];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_5[i][j] = (-3L);
        }
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_232[i][j] = 0xE4DD2A00L;
        }
        for (i = 0; i < 2; i++)
            l_275[i] = &g_31[0][1];
        for (g_6 = 0; (g_6 >= 0); g_6 -= 1)
        { 
            int8_t * const l_198[4] = {&g_48,&g_48,&g_48,&g_48};
            int32_t *l_205[1];
            int32_t **l_209 = &g_57[2];
            int32_t ***l_208 = &l_209;
            uint32_t l_238[1][3];
            int16_t *l_247 = &g_103;
            uint32_t l_248[2][1];
            int i, j;
            for (i = 0; i < 1; i++)
                l_205[i] = &g_75;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_238[i][j] = 9UL;
            }
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_248[i][j] = 0UL;
            }
            if ((func_7(l_5[g_6][g_6]) != ((l_5[(g_6 + 2)][g_6] , 0x9524A28DL) | (3UL <= g_6))))
            { 
                int8_t *l_201[3][2] = {{&g_48,&g_48},{&g_48,&g_48},{&g_48,&g_48}};
                int8_t **l_200[4][4] = {{&l_201[2][0],&l_201[1][1],&l_201[2][0],&l_201[1][1]},{&l_201[2][0],&l_201[1][1],&l_201[2][0],&l_201[1][1]},{&l_201[2][0],&l_201[1][1],&l_201[2][0],&l_201[1][1]},{&l_201[2][0],&l_201[1][1],&l_201[2][0],&l_201[1][1]}};
                int8_t ***l_199[4][4] = {{&l_200[2][2],&l_200[2][2],&l_200[2][2],&l_200[2][2]},{&l_200[2][2],&l_200[2][2],&l_200[2][2],&l_200[2][2]},{&l_200[2][2],&l_200[2][2],&l_200[2][2],&l_200[2][2]},{&l_200[2][2],&l_200[2][2],&l_200[2][2],&l_200[1][1]}};
                int i, j;
                ++l_192;
                g_202 = ((((void*)0 != l_195) , (((+((g_42 | (((g_42 , &g_45) == l_197) > g_31[0][1])) >= g_48)) , (void*)0) != l_198[2])) , (void*)0);
                return l_5[g_6][g_6];
            }
            else
            { 
                int32_t **l_204 = &g_57[2];
                (*l_204) = (void*)0;
                (*l_204) = l_205[0];
            }
            if ((l_222 &= (g_6 < (((((((*l_208) = &l_205[0]) != &g_57[2]) != ((safe_sub_func_int32_t_s_s((l_5[0][0] == ((safe_unary_minus_func_int16_t_s(((safe_rshift_func_uint8_t_u_u((((safe_sub_func_uint64_t_u_u((safe_sub_func_int32_t_s_s(((safe_mod_func_uint64_t_u_u(1UL, g_45)) || (-7L)), (*g_71))), g_6)) >= g_42) ^ l_221), g_31[1][0])) < g_34))) != g_72)), 0UL)) , l_221)) | g_91[0]) < (*g_71)) != g_6))))
            { 
                int32_t l_223[1][3];
                int32_t l_225 = 3L;
                int32_t l_226 = 6L;
                int32_t l_233 = (-1L);
                int32_t l_236[2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_223[i][j] = 5L;
                }
                for (i = 0; i < 2; i++)
                    l_236[i] = 0L;
                if (l_223[0][1])
                    break;
                (*l_209) = l_224;
                ++l_238[0][2];
                (*l_224) = (((((safe_add_func_uint64_t_u_u((((**g_202) , ((safe_mul_func_int8_t_s_s((**g_202), (*g_203))) == (g_31[1][1] != (safe_add_func_int32_t_s_s(((&g_103 != l_247) & g_38), l_237))))) < l_222), g_227)) && l_248[1][0]) , l_249) , &g_202) != &g_202);
            }
            else
            { 
                int16_t l_250 = 0x2C0BL;
                int32_t l_255 = 0xBD179681L;
                (*l_209) = (**l_208);
                l_234 = ((l_197 != &g_45) != (l_250 <= ((safe_mod_func_uint32_t_u_u((g_253 != (void*)0), 0xA1B2CCC2L)) && g_45)));
                l_255 = (-2L);
                ++l_256;
            }
            --l_259;
        }
        for (l_231 = (-7); (l_231 >= (-8)); --l_231)
        { 
            return g_227;
        }
        l_278--;
    }
    for (l_237 = 0; (l_237 >= 18); l_237 = safe_add_func_uint16_t_u_u(l_237, 5))
    { 
        int16_t *l_294 = &g_103;
        int16_t **l_293 = &l_294;
        uint64_t l_297 = 18446744073709551606UL;
        uint16_t l_299 = 1UL;
        int32_t *l_311[2];
        int i;
        for (i = 0; i < 2; i++)
            l_311[i] = &g_75;
        (*g_71) = (safe_mod_func_int64_t_s_s((safe_rshift_func_uint8_t_u_s((safe_div_func_uint64_t_u_u((safe_mul_func_int64_t_s_s(((safe_add_func_int8_t_s_s(((void*)0 == l_293), (((((safe_rshift_func_int16_t_s_u(l_297, (l_297 , (!18446744073709551613UL)))) || (*g_253)) > 6UL) , 0x974BL) != l_297))) , g_31[2][1]), 0L)), 0x8550386D169E286DLL)), l_297)), 0x33B014EBBF1EA397LL));
        if ((0L ^ g_42))
        { 
            return l_299;
        }
        else
        { 
            uint8_t l_300[1];
            int32_t *l_310 = &g_75;
            int i;
            for (i = 0; i < 1; i++)
                l_300[i] = 253UL;
            if (l_300[0])
            { 
                int32_t **l_301 = (void*)0;
                int32_t **l_302 = &g_57[0];
                int32_t **l_303 = (void*)0;
                int32_t **l_304 = (void*)0;
                int32_t *l_306 = &l_276[0];
                int32_t **l_305[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_305[i] = &l_306;
                l_307 = ((*l_302) = &g_2);
                if ((*l_307))
                    break;
            }
            else
            { 
                int32_t **l_309[4] = {&g_57[2],&g_57[2],&g_57[2],&g_57[2]};
                int i;
                if (g_2)
                    goto lbl_308;
                l_311[0] = (g_57[2] = (l_310 = &g_31[1][1]));
            }
        }
    }
    return g_91[2];
}
static uint16_t  func_7(uint16_t  p_8)
{ 
    int64_t l_26 = (-1L);
    int32_t *l_30 = &g_31[1][1];
    uint64_t l_32 = 0x6FB96F37D437F1BDLL;
    uint32_t *l_33 = &g_34;
    int8_t *l_47 = &g_48;
    int32_t l_108 = (-4L);
    int16_t * const l_135 = &g_103;
    int32_t l_151[3];
    int64_t l_161 = 0xE09CB0A74A4E084ELL;
    uint32_t l_163[1][4] = {{0UL,0UL,0UL,0UL}};
    int64_t l_178 = 0x138D89CA341128DFLL;
    int32_t *l_186[1];
    uint32_t l_187 = 4UL;
    int i, j;
    for (i = 0; i < 3; i++)
        l_151[i] = (-8L);
    for (i = 0; i < 1; i++)
        l_186[i] = &l_151[2];
    if ((safe_mul_func_int8_t_s_s(((*l_47) = func_11(((*l_33) = ((g_2 > ((safe_mod_func_int64_t_s_s(0xAA61FC2DA8AFC1DALL, ((safe_mod_func_int64_t_s_s((safe_mul_func_int16_t_s_s((((safe_rshift_func_int8_t_s_u((((l_26 , (safe_add_func_int16_t_s_s(((((safe_unary_minus_func_int16_t_s(g_2)) & ((*l_30) = (l_26 ^ p_8))) ^ g_2) > 0x7E0FA1A8L), g_2))) , p_8) > g_2), 4)) | p_8) , p_8), p_8)), (-1L))) | l_32))) <= 0UL)) > g_2)), g_6, g_2, g_6)), g_2)))
    { 
        uint8_t *l_55 = &g_42;
        (*l_30) ^= (0x2069L != p_8);
        (*l_30) = (safe_lshift_func_uint8_t_u_u(((g_6 >= g_31[1][1]) >= (((*l_55) = ((safe_lshift_func_int16_t_s_u((l_30 != &g_34), 13)) < (safe_div_func_uint64_t_u_u(g_2, p_8)))) == g_34)), p_8));
    }
    else
    { 
        int32_t **l_56[3][2] = {{&l_30,&l_30},{&l_30,&l_30},{&l_30,&l_30}};
        int32_t * const l_74 = &g_75;
        int32_t * const *l_73[1];
        uint8_t *l_101 = &g_42;
        int i, j;
        for (i = 0; i < 1; i++)
            l_73[i] = &l_74;
        g_57[2] = &g_6;
        if ((*l_30))
        { 
            int32_t * const **l_68 = (void*)0;
            int32_t * const **l_69 = (void*)0;
            int32_t * const *l_77 = (void*)0;
            int32_t * const **l_76 = &l_77;
            uint32_t l_78 = 0x0C90B22FL;
            uint64_t *l_79 = &l_32;
            (*l_30) = ((-5L) >= (safe_add_func_int32_t_s_s(((safe_sub_func_uint32_t_u_u(((((*l_30) , (g_34 && (((*l_79) ^= ((((safe_sub_func_int16_t_s_s(((safe_sub_func_uint16_t_u_u((((safe_mul_func_uint8_t_u_u(((l_73[0] = (g_70[0] = &g_57[2])) == ((*l_76) = &l_30)), g_31[0][1])) == (-5L)) || 0x41L), 3UL)) || g_42), l_78)) & g_75) , p_8) >= g_45)) ^ 0x0218FCD19708E63FLL))) < g_2) == 1L), g_31[1][1])) <= (*l_30)), p_8)));
        }
        else
        { 
            for (g_45 = 0; (g_45 <= 12); g_45 = safe_add_func_uint64_t_u_u(g_45, 1))
            { 
                return g_38;
            }
        }
        g_57[0] = l_33;
        for (g_75 = 22; (g_75 == (-10)); g_75 = safe_sub_func_int8_t_s_s(g_75, 3))
        { 
            uint32_t *l_90 = &g_91[0];
            int16_t *l_102 = &g_103;
            int32_t l_104 = 0L;
            if (((safe_sub_func_uint64_t_u_u((safe_rshift_func_int8_t_s_u((safe_mul_func_uint8_t_u_u((2UL == (((--(*l_90)) && ((safe_lshift_func_int8_t_s_s(0xC9L, 7)) ^ ((+(safe_mod_func_uint64_t_u_u((safe_mul_func_int16_t_s_s(g_42, p_8)), (((((*l_102) &= (l_101 == l_101)) , p_8) , 0x74L) | p_8)))) , g_31[1][1]))) < p_8)), g_42)), g_34)), 0xDFF3B7F0D5E47109LL)) == (*l_30)))
            { 
                l_104 = (1L > (p_8 | 4294967286UL));
                (*g_71) = p_8;
            }
            else
            { 
                int16_t l_106 = 0x2C33L;
                int32_t *l_107 = &g_31[1][1];
                (*g_71) = (l_106 = (~18446744073709551613UL));
                (*l_30) |= l_106;
                g_57[2] = l_107;
                l_108 &= ((*l_107) , ((void*)0 != &g_70[0]));
            }
            for (g_38 = 0; (g_38 == 48); g_38 = safe_add_func_int64_t_s_s(g_38, 1))
            { 
                return p_8;
            }
            (*g_71) = (safe_sub_func_uint8_t_u_u(l_104, (((p_8 || (g_38 , (safe_rshift_func_int8_t_s_u(((safe_mul_func_uint8_t_u_u(g_31[1][1], (((void*)0 != &l_32) & 8L))) , g_48), 7)))) > g_6) , 0x57L)));
            for (g_72 = 0; (g_72 <= 1); g_72 += 1)
            { 
                int64_t l_117 = 0x678B10BEF9B71F4ELL;
                return l_117;
            }
        }
    }
    for (g_42 = 0; (g_42 > 58); g_42++)
    { 
        int8_t l_127[4];
        int16_t *l_133 = &g_103;
        int32_t l_150[1][1];
        int32_t *l_155 = &l_151[1];
        int32_t *l_156 = &l_108;
        int32_t *l_157 = (void*)0;
        int32_t *l_158 = &l_150[0][0];
        int32_t *l_159 = &l_151[2];
        int32_t *l_160[2][1];
        int32_t l_162 = 3L;
        int i, j;
        for (i = 0; i < 4; i++)
            l_127[i] = (-6L);
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_150[i][j] = 0x18C78518L;
        }
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_160[i][j] = &g_75;
        }
        for (l_108 = 0; (l_108 == 29); l_108++)
        { 
            int32_t l_132 = (-1L);
            uint64_t *l_139 = &l_32;
            int32_t *l_141 = &g_72;
            int32_t *l_142 = &g_72;
            int32_t *l_143 = (void*)0;
            int32_t *l_144 = &g_31[1][0];
            int32_t *l_145 = &g_31[1][1];
            int32_t l_146 = 4L;
            int32_t *l_147 = &g_31[1][0];
            int32_t *l_148 = &g_31[1][1];
            int32_t *l_149[4] = {&l_146,&l_146,&l_146,&l_146};
            uint32_t l_152 = 18446744073709551611UL;
            int i;
            for (g_48 = 0; (g_48 == 12); g_48 = safe_add_func_uint64_t_u_u(g_48, 1))
            { 
                int16_t **l_134 = &l_133;
                int64_t *l_136 = &g_45;
                int32_t l_137 = 0x0AE64C0EL;
                int64_t *l_138 = &l_26;
                int32_t *l_140 = &g_75;
                (*l_140) ^= ((((safe_div_func_int16_t_s_s((!p_8), l_127[3])) , ((((*l_138) = (safe_sub_func_uint64_t_u_u(((((((*l_136) = (((safe_lshift_func_uint16_t_u_u(l_132, 2)) , ((*l_134) = l_133)) != l_135)) || l_132) , l_127[3]) , l_127[3]) & l_137), g_72))) && 0UL) , l_139)) == (void*)0) && (*l_30));
            }
            --l_152;
            if (p_8)
                break;
        }
        ++l_163[0][3];
    }
    if (((((*l_30) &= (((void*)0 == l_47) >= (safe_div_func_uint64_t_u_u(((g_72 >= (-1L)) & (&g_48 != &g_48)), p_8)))) , g_42) < l_108))
    { 
        const uint8_t l_170 = 7UL;
        uint32_t l_182 = 0x5F37E4C0L;
        for (g_42 = 0; g_42 < 3; g_42 += 1)
        {
            l_151[g_42] = 2L;
        }
        for (p_8 = 0; (p_8 <= 9); p_8 = safe_add_func_uint16_t_u_u(p_8, 3))
        { 
            int32_t *l_177 = &g_72;
            uint32_t *l_179 = (void*)0;
            uint32_t *l_180 = (void*)0;
            uint32_t *l_181[2][3];
            int64_t *l_183 = &l_178;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 3; j++)
                    l_181[i][j] = &g_91[0];
            }
            (*l_30) |= l_170;
            (*l_30) = (((((0x4A5BL < (safe_add_func_uint64_t_u_u((safe_div_func_uint32_t_u_u(0x226D13D8L, (((*l_183) = (g_48 <= ((safe_lshift_func_int16_t_s_s(((*l_135) = 0L), ((((l_182 = (((&l_108 != l_177) > l_178) , (*l_30))) != 4294967288UL) > g_91[1]) , (*l_177)))) != 0x9BL))) || 0xCFA96F42569A2F9DLL))), (*l_30)))) >= (*l_177)) <= p_8) && 1L) | g_91[0]);
            for (l_161 = 0; (l_161 >= (-8)); --l_161)
            { 
                if ((*g_71))
                    break;
                return l_170;
            }
        }
    }
    else
    { 
        return g_31[1][1];
    }
    l_187--;
    return g_103;
}
static int8_t  func_11(uint32_t  p_12, int16_t  p_13, int8_t  p_14, int64_t  p_15)
{ 
    uint16_t *l_37 = &g_38;
    int32_t l_40 = 0x32397BDEL;
    uint8_t *l_41 = &g_42;
    int32_t *l_43 = &l_40;
    int64_t *l_44 = &g_45;
    int32_t **l_46 = &l_43;
    (*l_46) = ((safe_sub_func_uint8_t_u_u(g_31[1][0], ((((*l_44) = (((((*l_37) = g_31[1][1]) < (+((*l_41) = l_40))) , (void*)0) != l_43)) || 5UL) == 0x964069A3E2BE8CA4LL))) , &l_40);
    (*l_46) = (*l_46);
    return g_42;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_6, "g_6", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_31[i][j], "g_31[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_34, "g_34", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_72, "g_72", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_91[i], "g_91[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_103, "g_103", print_hash_value);
    transparent_crc(g_227, "g_227", print_hash_value);
    transparent_crc(g_254, "g_254", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
