#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0x48261F9CL;
static int32_t g_4[4][1] = {{0x29BE1D92L},{0x29BE1D92L},{0x29BE1D92L},{0x29BE1D92L}};
static uint64_t g_30 = 0xB659BAAA4F69A750LL;
static uint64_t g_31 = 18446744073709551608UL;
static uint32_t g_37 = 18446744073709551615UL;
static const int32_t *g_42 = &g_4[0][0];
static const int32_t **g_41 = &g_42;
static uint64_t g_48[2] = {18446744073709551614UL,18446744073709551614UL};
static int64_t g_69 = 0xFEDEA8F4439D3FD5LL;
static int32_t *g_99 = &g_4[0][0];
static uint16_t g_112 = 0xF369L;
static uint64_t g_129 = 0x9E29D7D8E9D5C408LL;
static uint16_t *g_135[4][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}};
static uint16_t **g_134[4] = {&g_135[0][0],&g_135[0][0],&g_135[0][0],&g_135[0][0]};
static uint16_t g_138 = 0xA3AFL;
static uint32_t g_144 = 0xD16BFC4BL;
static uint32_t g_163[4][2] = {{1UL,0xD7554994L},{0xD7554994L,1UL},{0xD7554994L,0xD7554994L},{1UL,0xD7554994L}};
static uint32_t g_171 = 0UL;
static int64_t g_227 = 0xCD681C3699C864A9LL;
static int32_t **g_261 = (void*)0;
static int32_t ***g_260 = &g_261;
static int32_t ****g_259 = &g_260;
static int64_t g_262[1][2] = {{0x61EB15853585A6EELL,0x61EB15853585A6EELL}};
static uint8_t g_353 = 0x55L;
static uint8_t *g_352 = &g_353;
static int8_t g_356 = 0xF2L;
static int32_t g_370[4] = {0x15538C67L,0x15538C67L,0x15538C67L,0x15538C67L};
static int8_t  func_1(void);
static int32_t  func_16(int16_t  p_17, int32_t * const  p_18, int16_t  p_19, uint16_t  p_20);
static int32_t * func_21(int8_t  p_22, int32_t * p_23, uint32_t  p_24, const int32_t * p_25, uint8_t  p_26);
static int8_t  func_1(void)
{ 
    int32_t *l_3 = &g_4[0][0];
    int32_t *l_5 = &g_4[1][0];
    int32_t *l_6 = &g_4[3][0];
    int32_t l_7 = 0xE5664DC9L;
    int32_t *l_8 = &g_4[2][0];
    int32_t *l_9 = &g_4[0][0];
    int32_t *l_10 = &g_4[1][0];
    int32_t *l_11 = &g_4[0][0];
    int32_t *l_12[4][3] = {{&g_4[0][0],&g_4[0][0],&g_4[0][0]},{&g_4[0][0],&g_4[1][0],&g_4[0][0]},{&g_4[0][0],&g_4[0][0],&g_4[0][0]},{&g_4[0][0],&g_4[1][0],&g_4[0][0]}};
    uint8_t l_13[2];
    uint8_t l_28 = 0UL;
    uint64_t *l_29 = &g_30;
    uint8_t l_217 = 255UL;
    int64_t l_229 = (-3L);
    uint64_t l_233 = 0xEE7065C469C5E9B7LL;
    uint32_t l_257[2][3] = {{0UL,4294967289UL,4294967289UL},{4294967289UL,4294967289UL,4294967289UL}};
    int32_t ****l_258 = (void*)0;
    const int32_t l_280 = 1L;
    uint8_t l_297 = 252UL;
    uint32_t l_324[2];
    int32_t l_334 = 5L;
    uint32_t l_340 = 4294967287UL;
    uint8_t *l_343 = &l_13[0];
    int16_t l_357 = 0x0F2EL;
    uint8_t l_372 = 0x5AL;
    uint32_t l_389 = 4294967295UL;
    int8_t l_407 = 7L;
    int i, j;
    for (i = 0; i < 2; i++)
        l_13[i] = 6UL;
    for (i = 0; i < 2; i++)
        l_324[i] = 0x2D4C6D43L;
    l_13[0]--;
    return g_138;
}
static int32_t  func_16(int16_t  p_17, int32_t * const  p_18, int16_t  p_19, uint16_t  p_20)
{ 
    int32_t *l_40 = &g_4[0][0];
    int32_t l_74 = 0x9B4D8148L;
    int32_t l_84 = 0L;
    int32_t l_86 = 0x272BDBE1L;
    int32_t l_87[1];
    uint64_t l_103 = 0UL;
    int8_t l_137 = 0xF9L;
    uint8_t l_139[2];
    int32_t *l_148 = (void*)0;
    int32_t l_169 = 0x9C47C9F8L;
    int32_t **l_187 = &g_99;
    int32_t ***l_186 = &l_187;
    int32_t ****l_185 = &l_186;
    uint16_t * const l_206 = &g_112;
    int8_t l_207 = 0x16L;
    int i;
    for (i = 0; i < 1; i++)
        l_87[i] = 0L;
    for (i = 0; i < 2; i++)
        l_139[i] = 250UL;
lbl_49:
    l_40 = func_21(p_20, l_40, (*l_40), (((g_30 && ((&l_40 != g_41) <= g_31)) , 4294967289UL) , (void*)0), p_20);
    if ((*g_42))
    { 
        int32_t *l_47 = &g_4[0][0];
        int8_t l_65 = 3L;
lbl_70:
        for (p_17 = 0; (p_17 >= 0); p_17 -= 1)
        { 
            int32_t **l_44 = &l_40;
            int32_t ***l_43 = &l_44;
            int32_t ****l_45 = &l_43;
            int32_t **l_46 = (void*)0;
            (*p_18) = (*p_18);
            if (p_20)
                goto lbl_70;
            (*l_45) = l_43;
            l_47 = p_18;
            g_48[0] ^= (*p_18);
            for (p_20 = 0; (p_20 <= 0); p_20 += 1)
            { 
                int64_t *l_68 = &g_69;
                int i, j;
                if (p_20)
                    goto lbl_49;
                g_4[(p_17 + 2)][p_20] = ((((safe_lshift_func_uint16_t_u_s((safe_sub_func_int64_t_s_s(((safe_mul_func_int16_t_s_s((safe_mod_func_int32_t_s_s(((~0x30L) <= ((g_48[0] |= (safe_rshift_func_int8_t_s_s((safe_sub_func_uint16_t_u_u(7UL, g_4[p_20][p_17])), (safe_sub_func_int8_t_s_s((l_65 >= ((*l_68) ^= (safe_mul_func_int8_t_s_s((((0xE15DL < 0xE3B5L) , g_37) | 0L), g_31)))), (*l_47)))))) > (****l_45))), (*g_42))), (*l_40))) < (*l_47)), g_4[0][0])), p_17)) > (-9L)) <= p_19) > 0x4F81L);
            }
        }
        for (g_31 = 0; g_31 < 4; g_31 += 1)
        {
            for (p_17 = 0; p_17 < 1; p_17 += 1)
            {
                g_4[g_31][p_17] = 0x22F50FADL;
            }
        }
        (*l_40) = ((**g_41) , (-5L));
    }
    else
    { 
        int16_t l_73 = 0xFEB7L;
        int32_t l_82 = 0x3B6624E9L;
        int32_t l_83 = 0L;
        int32_t l_85 = (-5L);
        int32_t l_88 = 0x66400F4CL;
        int32_t l_89 = 0x3560E5BEL;
        int32_t l_90[4] = {5L,5L,5L,5L};
        int64_t l_94[1][4];
        int32_t *l_178 = &l_74;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_94[i][j] = 1L;
        }
        for (g_31 = 0; (g_31 == 46); ++g_31)
        { 
            int32_t *l_75 = &g_4[3][0];
            int32_t *l_76 = (void*)0;
            int32_t *l_77 = &g_4[0][0];
            int32_t *l_78 = &l_74;
            int32_t *l_79 = &l_74;
            int32_t *l_80 = &g_4[2][0];
            int32_t *l_81[1][2];
            uint16_t l_91[3][2] = {{0x7047L,0x6C61L},{0x6C61L,0x7047L},{0x6C61L,0x6C61L}};
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_81[i][j] = &g_4[0][0];
            }
            --l_91[0][0];
        }
        if ((*l_40))
        { 
            int64_t *l_95[4][2] = {{&g_69,&g_69},{&g_69,&g_69},{&g_69,&g_69},{&g_69,&g_69}};
            int32_t l_96 = 1L;
            int32_t l_136 = 0xB0BAC48DL;
            int32_t l_166 = (-1L);
            int32_t l_167 = (-1L);
            int32_t l_168 = 0x97D4F8AAL;
            int32_t l_170[1];
            int i, j;
            for (i = 0; i < 1; i++)
                l_170[i] = 0xC62B3468L;
lbl_119:
            if ((p_17 | ((g_30 <= ((g_69 &= (l_94[0][0] >= 0xDFL)) , l_96)) >= g_2)))
            { 
                int32_t **l_97 = (void*)0;
                int32_t **l_98 = &l_40;
                (*g_41) = (g_99 = ((*l_98) = &l_96));
                (*g_41) = (*g_41);
                (*l_98) = (void*)0;
            }
            else
            { 
                int32_t *l_100 = &g_4[2][0];
                int32_t l_101 = 0xCA251F1BL;
                int32_t *l_102[1][3];
                int16_t *l_106[4][4] = {{(void*)0,&l_73,(void*)0,&l_73},{(void*)0,&l_73,&l_73,(void*)0},{&l_73,&l_73,&l_73,&l_73},{&l_73,&l_73,&l_73,&l_73}};
                uint16_t *l_111 = &g_112;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_102[i][j] = &l_89;
                }
                l_103--;
                (*l_100) = ((p_19 = ((&l_88 == &l_101) , l_94[0][0])) ^ (0x9AL & ((safe_mul_func_uint8_t_u_u((((((*l_111) = (safe_mul_func_int8_t_s_s((4294967294UL ^ (*g_99)), (*l_100)))) , g_31) != (*g_99)) & p_17), g_31)) > g_48[0])));
            }
            for (l_88 = 0; (l_88 <= 5); l_88 = safe_add_func_uint32_t_u_u(l_88, 2))
            { 
                int32_t *l_115 = &l_88;
                const uint16_t *l_118[2];
                const uint16_t **l_117 = &l_118[1];
                int i;
                for (i = 0; i < 2; i++)
                    l_118[i] = (void*)0;
                (*g_41) = func_21(l_96, l_115, (~(&g_112 == ((*l_117) = &g_112))), &l_82, g_48[0]);
                if (p_20)
                    goto lbl_119;
                if (l_90[0])
                    continue;
                if ((*l_115))
                    continue;
            }
            if ((*p_18))
            { 
                int64_t **l_130 = &l_95[2][1];
                int32_t l_140 = 0L;
                (*p_18) = (safe_mod_func_int32_t_s_s(((!((safe_mul_func_int8_t_s_s((((g_138 = (safe_add_func_int8_t_s_s(((g_129 = g_4[1][0]) & (((*l_130) = &g_69) != (void*)0)), ((safe_mul_func_int8_t_s_s(((((!(((l_96 ^= p_19) , g_134[1]) != (void*)0)) ^ 0xB640E48530E6B9A3LL) <= l_136) | l_137), 255UL)) , l_90[1])))) ^ g_2) > l_139[1]), 0x7FL)) | l_140)) , (-3L)), (*p_18)));
            }
            else
            { 
                uint32_t *l_143[4][3] = {{(void*)0,(void*)0,(void*)0},{(void*)0,&g_144,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,&g_144,(void*)0}};
                uint64_t *l_147 = &g_129;
                int i, j;
                (*p_18) = ((18446744073709551615UL ^ ((safe_rshift_func_uint16_t_u_u((((g_144 = 0x8352AC2DL) || ((((safe_div_func_uint64_t_u_u((g_37 < (&g_48[1] != ((&l_103 != l_147) , l_147))), p_19)) ^ g_129) <= p_19) <= 4294967287UL)) < l_96), 12)) || p_20)) && 1L);
                l_148 = &l_136;
            }
            for (g_138 = 0; (g_138 <= 1); g_138 += 1)
            { 
                uint64_t *l_151[4] = {&g_48[0],&g_48[0],&g_48[0],&g_48[0]};
                int32_t l_152 = 0x998E2424L;
                uint32_t *l_161 = &g_144;
                uint32_t *l_162 = &g_163[3][0];
                int32_t *l_164 = &l_90[0];
                int32_t *l_165[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_165[i] = &l_82;
                (*g_99) = (((safe_add_func_uint64_t_u_u((l_152 = p_17), ((safe_sub_func_uint16_t_u_u((++p_20), (safe_div_func_uint8_t_u_u(g_2, p_17)))) < ((safe_mod_func_uint64_t_u_u((p_19 & ((*l_162) ^= ((*l_161) = g_2))), l_88)) || 3UL)))) <= p_19) , 9L);
                g_171++;
                return l_166;
            }
        }
        else
        { 
            for (g_144 = 0; (g_144 == 3); g_144++)
            { 
                int32_t **l_176 = (void*)0;
                int32_t **l_177 = (void*)0;
                (*g_41) = (l_178 = &g_4[2][0]);
                return (*g_99);
            }
            return (*p_18);
        }
    }
    for (l_86 = 0; (l_86 >= (-12)); l_86--)
    { 
        uint64_t *l_181 = (void*)0;
        uint64_t *l_182 = &g_48[0];
        int32_t ****l_189 = &l_186;
        int32_t *****l_188 = &l_189;
        uint16_t *l_205[3][2] = {{&g_112,&g_112},{&g_138,&g_112},{&g_112,&g_138}};
        int32_t *l_208 = &l_74;
        int i, j;
        (*p_18) = (0x0DL == ((++(*l_182)) >= (l_185 != ((*l_188) = (void*)0))));
        (***l_185) = func_21((safe_sub_func_int16_t_s_s(0x68DBL, (safe_mul_func_uint16_t_u_u((((+((safe_mul_func_uint16_t_u_u((safe_mod_func_int32_t_s_s(((*p_18) = (((0xA2F5L | (8L < ((safe_mul_func_uint16_t_u_u(0x1237L, (safe_lshift_func_uint8_t_u_s((((safe_lshift_func_uint16_t_u_s((p_20 |= (p_19 , p_19)), g_171)) & p_19) == 0x0181L), g_69)))) != g_138))) , (void*)0) != l_206)), 0x579EFBFEL)), l_207)) > p_19)) , 0x4FL) || 0xF0L), p_19)))), l_208, p_17, l_208, g_30);
        if ((*p_18))
            break;
        (*g_99) = (*p_18);
    }
    return (*p_18);
}
static int32_t * func_21(int8_t  p_22, int32_t * p_23, uint32_t  p_24, const int32_t * p_25, uint8_t  p_26)
{ 
    if ((p_24 != 7L))
    { 
        int32_t *l_33 = &g_4[2][0];
        int32_t **l_32 = &l_33;
        const int32_t **l_34 = (void*)0;
        const int32_t *l_36 = &g_4[3][0];
        const int32_t **l_35 = &l_36;
        g_31 = 1L;
        (*l_32) = p_23;
        (*l_35) = p_25;
        g_37 = (*p_23);
    }
    else
    { 
        int32_t *l_39 = &g_4[3][0];
        int32_t **l_38 = &l_39;
        (*l_38) = &g_4[3][0];
        return p_23;
    }
    return &g_4[0][0];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_4[i][j], "g_4[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_48[i], "g_48[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_112, "g_112", print_hash_value);
    transparent_crc(g_129, "g_129", print_hash_value);
    transparent_crc(g_138, "g_138", print_hash_value);
    transparent_crc(g_144, "g_144", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_163[i][j], "g_163[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_171, "g_171", print_hash_value);
    transparent_crc(g_227, "g_227", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_262[i][j], "g_262[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_353, "g_353", print_hash_value);
    transparent_crc(g_356, "g_356", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_370[i], "g_370[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
