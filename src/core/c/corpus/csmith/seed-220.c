#include "csmith.h"
static long __undefined;
static uint16_t g_2 = 0xC1ECL;
static uint64_t g_16 = 0UL;
static int32_t g_24 = 8L;
static uint8_t g_36 = 0xA7L;
static int32_t *g_67 = &g_24;
static uint32_t g_76 = 18446744073709551608UL;
static uint64_t g_92[3][1] = {{0UL},{0UL},{0UL}};
static uint32_t g_103[4][4] = {{0UL,18446744073709551615UL,7UL,0xB3A31468L},{9UL,18446744073709551615UL,18446744073709551615UL,9UL},{18446744073709551615UL,9UL,0UL,0x8AE57A5CL},{18446744073709551615UL,0UL,18446744073709551615UL,7UL}};
static int16_t *g_142 = (void*)0;
static int8_t g_148 = (-4L);
static int16_t g_150 = 0xD9ECL;
static int8_t g_151 = 1L;
static uint32_t g_152 = 0xD763EE6FL;
static int32_t g_163 = 0x4413540FL;
static const int32_t *g_176 = &g_24;
static const int32_t **g_175 = &g_176;
static uint32_t g_226 = 0x35563806L;
static int32_t g_227 = (-10L);
static uint32_t g_228[1][4] = {{0x005D3D94L,0x005D3D94L,0x005D3D94L,0x005D3D94L}};
static uint64_t g_232[1] = {0UL};
static int16_t g_248 = (-1L);
static uint16_t g_249 = 0x7E3CL;
static int32_t g_254 = (-1L);
static uint32_t g_276 = 0x3C097C9CL;
static uint32_t *g_285 = &g_226;
static uint32_t **g_284 = &g_285;
static uint8_t g_322[1] = {0x35L};
static uint64_t  func_1(void);
static uint8_t  func_7(const uint64_t  p_8);
static uint64_t  func_9(uint64_t  p_10, const uint16_t  p_11, const uint8_t  p_12, const uint32_t  p_13);
static uint64_t  func_1(void)
{ 
    uint32_t l_14 = 0x21AFA9B6L;
    uint64_t *l_15[2];
    uint32_t l_17 = 0xA969AC54L;
    int64_t l_20 = 7L;
    const uint32_t l_21 = 0x1EF9953EL;
    uint64_t *l_39[3][4];
    uint64_t *l_40 = &g_16;
    int16_t l_42 = 0xB5C0L;
    uint32_t l_43 = 18446744073709551611UL;
    uint16_t *l_44[3];
    int32_t l_58 = 0x2A103ABEL;
    const int16_t l_66[3][3] = {{3L,3L,(-6L)},{3L,3L,(-6L)},{3L,3L,(-6L)}};
    int32_t l_135 = (-1L);
    int32_t l_164 = (-1L);
    uint16_t l_165 = 0x29A3L;
    int16_t l_184[2][4] = {{0x3D06L,0x3D06L,0x3D06L,0x3D06L},{0x3D06L,0x3D06L,0x3D06L,0x3D06L}};
    int16_t l_186[2];
    uint8_t l_200 = 1UL;
    int32_t l_231[2];
    int32_t **l_280 = &g_67;
    int32_t l_286 = 0x47E96668L;
    int64_t l_309[4] = {0xEB2F9758E7D963FELL,0xEB2F9758E7D963FELL,0xEB2F9758E7D963FELL,0xEB2F9758E7D963FELL};
    uint32_t **l_317 = &g_285;
    int i, j;
    for (i = 0; i < 2; i++)
        l_15[i] = &g_16;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
            l_39[i][j] = &g_16;
    }
    for (i = 0; i < 3; i++)
        l_44[i] = &g_2;
    for (i = 0; i < 2; i++)
        l_186[i] = 0xDEE6L;
    for (i = 0; i < 2; i++)
        l_231[i] = (-1L);
    if (((g_2 = (g_2 <= (((((safe_mod_func_int32_t_s_s((safe_rshift_func_uint8_t_u_u(func_7(((*l_40) |= func_9((g_2 > ((((l_17 = l_14) > (l_14 , ((safe_mul_func_int16_t_s_s(((l_20 | l_20) > l_14), 65535UL)) >= 65535UL))) > l_14) | 0xB0L)), l_21, g_2, g_2))), l_42)), g_2)) | 0xD97FL) , 5L) , 0xC08385637EAC691CLL) , l_43))) <= 0xE953L))
    { 
        int8_t l_45 = 0L;
        int16_t l_133 = 4L;
        int32_t l_144 = 8L;
        int32_t l_146 = 0xE82803A3L;
        int32_t l_147 = 0x262D627FL;
        int32_t l_149 = (-1L);
        int32_t **l_155 = &g_67;
        int32_t *l_156 = &l_135;
        int32_t *l_157 = &l_147;
        int32_t *l_158 = &g_24;
        int32_t *l_159 = &l_147;
        int32_t *l_160 = &l_135;
        int32_t *l_161 = &l_146;
        int32_t *l_162[4];
        int i;
        for (i = 0; i < 4; i++)
            l_162[i] = (void*)0;
        if (l_45)
        { 
            uint8_t l_56 = 248UL;
            int32_t *l_62 = (void*)0;
            int32_t l_113 = 0L;
            for (l_43 = 0; (l_43 <= 2); l_43 += 1)
            { 
                uint32_t *l_57[1][1];
                int8_t *l_59 = &l_45;
                int32_t l_60 = 0xF66F2FC9L;
                int32_t *l_61 = &g_24;
                int32_t *l_77[3];
                int32_t **l_78 = &l_77[1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_57[i][j] = &l_17;
                }
                for (i = 0; i < 3; i++)
                    l_77[i] = &l_58;
                (*l_61) &= (((*l_59) = (safe_mul_func_int8_t_s_s(((l_58 = ((safe_sub_func_uint16_t_u_u(((((safe_add_func_int32_t_s_s((safe_mod_func_uint32_t_u_u(1UL, (safe_mod_func_int32_t_s_s(g_2, 0x71708C99L)))), (0x25C95EEC0DB1B793LL ^ g_36))) , 0xE7A5L) != g_16) > l_43), l_56)) > l_45)) ^ 0x9A78915CL), g_2))) , l_60);
                l_62 = (void*)0;
                (*l_78) = (((((safe_sub_func_int64_t_s_s((safe_unary_minus_func_int32_t_s((((l_66[2][0] | ((((g_67 = (void*)0) == (((safe_rshift_func_uint16_t_u_u(g_2, 7)) , ((g_36 <= ((((safe_sub_func_int32_t_s_s((safe_rshift_func_int16_t_s_u((safe_div_func_int32_t_s_s(((g_76 &= g_16) | g_36), 0x3B757A54L)), 11)), (*l_61))) <= 0x19870F1E569BB213LL) && g_36) , 252UL)) || g_2)) , &g_24)) | 0x00L) , g_24)) , (void*)0) != l_77[0]))), g_36)) || 0UL) <= 1L) <= 3L) , (void*)0);
            }
            for (g_76 = 0; (g_76 >= 19); g_76 = safe_add_func_uint64_t_u_u(g_76, 2))
            { 
                int32_t *l_81 = &g_24;
                int32_t *l_82 = &g_24;
                int32_t *l_83 = &l_58;
                int32_t *l_84 = &g_24;
                int32_t *l_85 = &g_24;
                int32_t *l_86 = &l_58;
                int32_t *l_87 = (void*)0;
                int32_t *l_88 = &l_58;
                int32_t *l_89 = &l_58;
                int32_t *l_90 = &g_24;
                int32_t *l_91[3][2];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_91[i][j] = &l_58;
                }
                g_67 = &g_24;
                (*g_67) |= (-1L);
                if (l_20)
                    continue;
                g_92[2][0]--;
            }
            g_24 |= (safe_rshift_func_int16_t_s_s(0xB513L, (safe_mod_func_int32_t_s_s((safe_mul_func_uint8_t_u_u((safe_sub_func_int8_t_s_s(g_16, g_103[2][3])), (safe_rshift_func_int8_t_s_u((safe_sub_func_int8_t_s_s(g_2, l_66[2][0])), 6)))), g_36))));
            l_113 |= ((0xC2FEL <= (((((0xE98DL | (safe_sub_func_int16_t_s_s(g_103[3][2], l_21))) , ((!(((safe_add_func_uint32_t_u_u((&l_21 == g_67), 1UL)) != 0xDCL) != l_45)) != l_42)) || g_2) | 0L) && g_2)) ^ 4UL);
        }
        else
        { 
            uint16_t l_134 = 65535UL;
            int32_t *l_138[4][1] = {{&l_135},{(void*)0},{&l_135},{(void*)0}};
            int i, j;
            if ((l_45 & l_20))
            { 
                int16_t *l_132 = &l_42;
                int32_t l_136 = 0xA4CFDDBEL;
                int64_t *l_137 = &l_20;
                (*g_67) = ((safe_sub_func_uint64_t_u_u((safe_div_func_uint64_t_u_u(((((*l_137) ^= (g_76 ^ ((((l_135 &= (safe_rshift_func_uint16_t_u_u(((safe_mod_func_int16_t_s_s(((((((safe_div_func_int64_t_s_s((((safe_rshift_func_uint8_t_u_s((safe_rshift_func_uint16_t_u_u((!(+(*g_67))), (safe_mul_func_int16_t_s_s(((0x57D0L > (((*l_132) = (l_58 > (-5L))) != l_133)) && g_76), l_133)))), l_14)) | 0xC54523D0AF2EBD03LL) , 0xE5F25790E88B3BFFLL), 9L)) || l_134) == 6UL) & l_21) <= (-5L)) & g_92[2][0]), 0x5C14L)) >= 0L), 3))) | 0x4846L) > l_136) & (*g_67)))) , g_92[2][0]) , g_2), l_134)), g_92[0][0])) & l_133);
                return g_76;
            }
            else
            { 
                int32_t **l_139 = &g_67;
                int32_t **l_140 = &l_138[1][0];
                (*l_140) = ((*l_139) = l_138[1][0]);
                (*l_139) = &g_24;
            }
        }
        if ((safe_unary_minus_func_int32_t_s((g_76 & ((((void*)0 == g_142) , g_36) , g_24)))))
        { 
            int32_t *l_143[2];
            int i;
            for (i = 0; i < 2; i++)
                l_143[i] = &l_58;
            l_144 = (g_16 == (l_133 != ((void*)0 == &g_24)));
            l_135 = (!l_144);
            g_152++;
            g_24 = 0L;
        }
        else
        { 
            return l_144;
        }
        (*l_155) = &g_24;
        l_165--;
    }
    else
    { 
        const uint16_t l_170 = 1UL;
        int32_t l_187[2];
        int32_t l_201 = 0x79ADF89CL;
        int32_t **l_221 = (void*)0;
        int32_t ***l_220[2][4] = {{&l_221,&l_221,&l_221,&l_221},{&l_221,&l_221,&l_221,&l_221}};
        int i, j;
        for (i = 0; i < 2; i++)
            l_187[i] = 0xF0DAF6FCL;
        for (g_36 = 16; (g_36 > 33); g_36++)
        { 
            const int32_t ***l_177 = (void*)0;
            const int32_t **l_178[2][1];
            uint8_t l_219 = 0UL;
            int32_t l_222 = 0xFC1FC836L;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_178[i][j] = &g_176;
            }
            for (g_150 = 0; g_150 < 3; g_150 += 1)
            {
                l_44[g_150] = &g_2;
            }
            if ((l_170 == (safe_rshift_func_int16_t_s_u((safe_mod_func_uint64_t_u_u(((((g_175 = (l_178[1][0] = g_175)) == ((safe_lshift_func_uint8_t_u_u(((l_170 > ((+(safe_rshift_func_uint8_t_u_s(l_184[1][2], 0))) || ((~(4294967291UL > l_186[0])) , l_21))) , g_150), 3)) , &g_67)) != 0x9236L) | l_170), g_151)), l_170))))
            { 
                if (l_187[0])
                    break;
            }
            else
            { 
                (*g_67) = (~g_152);
            }
            (*g_67) = ((safe_add_func_uint16_t_u_u(((((+((((l_170 != ((safe_rshift_func_uint16_t_u_u(((safe_lshift_func_int16_t_s_s(g_163, 6)) | (**g_175)), 5)) < ((safe_div_func_uint16_t_u_u(((**g_175) ^ ((safe_add_func_int32_t_s_s(((l_17 <= g_16) | 0x667E6DEFB240BFACLL), 8L)) <= (*g_176))), l_200)) || 0x632EL))) >= g_76) <= (*g_176)) == 0x84L)) | 0xCDL) , (void*)0) != &g_175), l_201)) & 1UL);
            l_222 = (safe_div_func_uint32_t_u_u((safe_mod_func_uint8_t_u_u(((!(safe_mul_func_int8_t_s_s((+(l_42 != ((((*l_40) = ((safe_unary_minus_func_uint64_t_u((g_92[2][0] = (l_187[1] == (safe_rshift_func_uint16_t_u_s(((safe_rshift_func_int8_t_s_u((safe_add_func_uint32_t_u_u((l_201 >= (safe_lshift_func_uint16_t_u_u(0x2598L, 6))), 0x2991E075L)), g_103[2][1])) , l_184[1][2]), l_201)))))) == l_219)) , &g_175) == l_220[0][3]))), g_148))) <= l_184[0][2]), g_150)), l_21));
        }
        for (g_163 = 1; (g_163 >= 0); g_163 -= 1)
        { 
            int32_t l_223[4][2];
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 2; j++)
                    l_223[i][j] = (-3L);
            }
            g_226 = ((*g_67) = (((void*)0 != l_15[g_163]) , (l_223[0][0] == ((safe_add_func_uint16_t_u_u(l_223[0][1], ((g_151 , g_36) , 1UL))) || g_76))));
            ++g_228[0][3];
            g_232[0]++;
            for (l_43 = 0; (l_43 <= 1); l_43 += 1)
            { 
                (*g_175) = (g_67 = &l_231[1]);
                (*g_175) = (*g_175);
            }
        }
    }
    for (l_14 = 6; (l_14 <= 60); l_14++)
    { 
        uint64_t l_237 = 0xABB20226B50FFF6ALL;
        int32_t l_246 = 0L;
        if ((**g_175))
            break;
        if ((*g_176))
            continue;
        if (l_237)
            continue;
        if ((*g_67))
        { 
            int32_t *l_238 = &l_135;
            int32_t *l_239 = (void*)0;
            int32_t *l_240 = (void*)0;
            int32_t *l_241 = &l_135;
            int32_t *l_242 = &l_164;
            int32_t *l_243 = &l_231[0];
            int32_t *l_244 = (void*)0;
            int32_t *l_245 = &l_135;
            int32_t *l_247[2][2] = {{&l_246,&l_246},{&l_246,&l_246}};
            int i, j;
            --g_249;
            if ((*g_67))
                continue;
        }
        else
        { 
            int32_t l_271 = 1L;
            int16_t *l_273 = &l_42;
            int8_t l_275 = 8L;
            uint32_t *l_283 = &g_276;
            for (l_165 = 0; (l_165 != 45); l_165 = safe_add_func_uint16_t_u_u(l_165, 9))
            { 
                uint8_t *l_268 = &g_36;
                int16_t *l_269[4];
                int16_t **l_270 = &g_142;
                int32_t l_272 = 0x0A6ECE73L;
                int32_t *l_274[2];
                int i;
                for (i = 0; i < 4; i++)
                    l_269[i] = &l_184[1][3];
                for (i = 0; i < 2; i++)
                    l_274[i] = &l_246;
                if (g_254)
                    break;
                (*g_67) = (safe_mod_func_uint16_t_u_u(((safe_add_func_int16_t_s_s((safe_add_func_uint16_t_u_u(l_231[0], (~(g_227 = (safe_div_func_int8_t_s_s((safe_mul_func_uint8_t_u_u((safe_sub_func_uint64_t_u_u((((*l_268) = g_228[0][3]) >= (((*l_270) = l_269[3]) == ((l_271 < l_272) , l_273))), 8UL)), g_227)), g_92[0][0])))))), g_228[0][1])) ^ g_103[2][3]), 6UL));
                g_276--;
                l_271 = 0x6863550AL;
            }
            (*g_67) = (safe_unary_minus_func_int64_t_s((((*l_283) = (((((void*)0 == l_280) != l_271) , g_103[2][3]) < (safe_mod_func_uint16_t_u_u((((*l_40) = g_227) && (**l_280)), g_232[0])))) >= 0x2186A3D8L)));
        }
    }
    g_284 = g_284;
    if ((((*l_40) = l_286) | (**l_280)))
    { 
        int32_t *l_287 = &l_286;
        uint8_t *l_307 = &l_200;
        uint8_t *l_308 = &g_36;
        int32_t l_310 = 0x4A1115CFL;
        int32_t *l_320 = &l_286;
        l_287 = (*l_280);
        g_227 |= (safe_add_func_uint8_t_u_u((((((((safe_mul_func_int16_t_s_s((safe_mul_func_int8_t_s_s((safe_sub_func_uint32_t_u_u((((((((((void*)0 == &l_287) | 4UL) , ((+((**g_284) = (safe_div_func_int8_t_s_s(((((**l_280) = (safe_unary_minus_func_int64_t_s((safe_rshift_func_int16_t_s_u((safe_unary_minus_func_int16_t_s((((*l_308) &= ((*l_307) = (safe_mod_func_int64_t_s_s(((**l_280) , (safe_add_func_int64_t_s_s((g_232[0] >= 1UL), (**l_280)))), 0x0FC87E67C628EA8FLL)))) , (**l_280)))), 0))))) == 0UL) != (-2L)), 0x7BL)))) , g_248)) == l_309[2]) || 1UL) <= l_42) >= g_254) , 0xF337E769L), 7L)), l_310)), l_310)) && g_92[2][0]) || 65528UL) && (**l_280)) ^ 0xE9L) && 5L) && g_150), g_92[2][0]));
        (*l_320) &= ((*g_67) = (safe_lshift_func_uint8_t_u_s(((((*l_308)++) , (*l_287)) > ((void*)0 == l_317)), ((safe_sub_func_uint32_t_u_u(((void*)0 != (*g_284)), (*g_285))) || 4294967295UL))));
        (*l_287) ^= (g_76 > (-1L));
    }
    else
    { 
        int32_t *l_321[2];
        int i;
        for (i = 0; i < 2; i++)
            l_321[i] = &l_231[1];
        ++g_322[0];
        g_227 |= ((safe_add_func_int32_t_s_s((*g_176), (*g_285))) >= (((&g_285 == ((g_103[2][3] && (**l_280)) , (void*)0)) && g_232[0]) & (**g_175)));
        (*g_175) = (*g_175);
    }
    return g_148;
}
static uint8_t  func_7(const uint64_t  p_8)
{ 
    int32_t *l_41[4] = {&g_24,&g_24,&g_24,&g_24};
    int i;
    g_24 &= 0xCF28D0D4L;
    return g_36;
}
static uint64_t  func_9(uint64_t  p_10, const uint16_t  p_11, const uint8_t  p_12, const uint32_t  p_13)
{ 
    uint64_t *l_22 = &g_16;
    int32_t *l_23 = &g_24;
    int32_t l_35[2];
    int i;
    for (i = 0; i < 2; i++)
        l_35[i] = 1L;
    (*l_23) = ((void*)0 != l_22);
    (*l_23) &= p_12;
    for (p_10 = 26; (p_10 >= 42); p_10++)
    { 
        int32_t *l_27 = &g_24;
        int32_t *l_28 = &g_24;
        int32_t *l_29 = &g_24;
        int32_t *l_30 = &g_24;
        int32_t *l_31 = &g_24;
        int32_t *l_32 = &g_24;
        int32_t *l_33 = (void*)0;
        int32_t *l_34[4][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}};
        int i, j;
        --g_36;
        if ((*l_23))
            break;
    }
    return p_12;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_16, "g_16", print_hash_value);
    transparent_crc(g_24, "g_24", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_76, "g_76", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_92[i][j], "g_92[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_103[i][j], "g_103[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_148, "g_148", print_hash_value);
    transparent_crc(g_150, "g_150", print_hash_value);
    transparent_crc(g_151, "g_151", print_hash_value);
    transparent_crc(g_152, "g_152", print_hash_value);
    transparent_crc(g_163, "g_163", print_hash_value);
    transparent_crc(g_226, "g_226", print_hash_value);
    transparent_crc(g_227, "g_227", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_228[i][j], "g_228[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_232[i], "g_232[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_248, "g_248", print_hash_value);
    transparent_crc(g_249, "g_249", print_hash_value);
    transparent_crc(g_254, "g_254", print_hash_value);
    transparent_crc(g_276, "g_276", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_322[i], "g_322[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
