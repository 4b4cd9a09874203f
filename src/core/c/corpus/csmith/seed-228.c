#include "csmith.h"
static long __undefined;
static uint32_t g_18 = 0x31EB2391L;
static int32_t g_21 = 0xD47941CEL;
static int16_t g_38 = 0L;
static int64_t g_41 = 0x14C38D679BDD86BDLL;
static int64_t g_42 = (-9L);
static uint16_t g_45 = 0x93C3L;
static uint8_t g_51 = 0xFFL;
static int32_t g_52 = 0L;
static int16_t *g_76 = &g_38;
static int8_t g_92 = 0x62L;
static int16_t g_104 = 0x18A5L;
static int16_t * const *g_105 = (void*)0;
static int32_t *g_117 = &g_21;
static uint64_t g_129 = 1UL;
static uint32_t g_140 = 18446744073709551611UL;
static uint16_t g_146 = 0x6B8FL;
static int32_t g_152 = 0L;
static uint8_t *g_173 = &g_51;
static uint8_t **g_172[3] = {&g_173,&g_173,&g_173};
static uint16_t g_214 = 0xB70BL;
static int64_t g_225 = 0x9193DE181DA4DADBLL;
static int64_t g_235 = 8L;
static uint8_t g_237 = 0x94L;
static uint8_t g_276 = 0x37L;
static int32_t g_285[1][4] = {{1L,1L,1L,1L}};
static int8_t g_336 = 4L;
static int32_t g_349 = 5L;
static uint32_t g_373 = 0UL;
static int16_t ** const g_389 = &g_76;
static int16_t ** const *g_388[3][4] = {{&g_389,&g_389,&g_389,&g_389},{&g_389,&g_389,&g_389,&g_389},{&g_389,&g_389,&g_389,&g_389}};
static int16_t ** const **g_387 = &g_388[0][2];
static uint8_t ***g_410[1] = {(void*)0};
static uint8_t ****g_409 = &g_410[0];
static uint8_t ** const *g_437 = (void*)0;
static uint8_t ** const **g_436 = &g_437;
static uint8_t ** const ***g_435[4] = {&g_436,&g_436,&g_436,&g_436};
static int32_t **g_442 = &g_117;
static int32_t ***g_441 = &g_442;
static uint16_t g_466 = 0x448AL;
static uint8_t g_475[1] = {0x3FL};
static const uint8_t *g_499 = (void*)0;
static const uint8_t **g_498 = &g_499;
static const uint8_t ***g_497[4] = {&g_498,&g_498,&g_498,&g_498};
static const uint8_t ****g_496[2][3] = {{&g_497[0],&g_497[0],&g_497[0]},{&g_497[0],&g_497[0],&g_497[0]}};
static int16_t  func_1(void);
static int8_t  func_6(int32_t  p_7, int32_t  p_8, uint16_t  p_9, int16_t  p_10, const uint32_t  p_11);
static int32_t  func_12(uint16_t  p_13, int8_t  p_14, uint32_t  p_15);
static int16_t  func_1(void)
{ 
    uint16_t l_16 = 0x2FDCL;
    uint16_t *l_17 = (void*)0;
    int32_t *l_151[4][3] = {{&g_152,&g_152,&g_152},{(void*)0,&g_152,(void*)0},{&g_152,&g_152,&g_152},{&g_152,&g_152,(void*)0}};
    uint8_t **l_286 = (void*)0;
    int32_t **l_315 = (void*)0;
    int32_t **l_316 = &l_151[0][2];
    int64_t *l_321 = &g_41;
    int64_t *l_322 = &g_235;
    int32_t l_325 = 6L;
    int8_t l_338[4] = {0xD5L,0xD5L,0xD5L,0xD5L};
    uint32_t l_345 = 0x678DD13CL;
    int8_t l_385[3];
    int32_t l_400 = 0x54F5CE1EL;
    int16_t l_402 = 0xA180L;
    uint8_t ****l_411 = &g_410[0];
    int16_t **l_472[3];
    int16_t ***l_471[2];
    int16_t l_490 = (-1L);
    int16_t *l_505 = &l_402;
    int32_t l_531 = (-1L);
    int i, j;
    for (i = 0; i < 3; i++)
        l_385[i] = 1L;
    for (i = 0; i < 3; i++)
        l_472[i] = &g_76;
    for (i = 0; i < 2; i++)
        l_471[i] = &l_472[2];
    return (**g_389);
}
static int8_t  func_6(int32_t  p_7, int32_t  p_8, uint16_t  p_9, int16_t  p_10, const uint32_t  p_11)
{ 
    int32_t **l_153 = (void*)0;
    int32_t **l_154 = (void*)0;
    int32_t **l_155 = (void*)0;
    int32_t **l_156 = (void*)0;
    int32_t **l_157 = (void*)0;
    int32_t **l_158 = &g_117;
    uint16_t l_181 = 0x71BAL;
    int16_t *l_193[1][2];
    int32_t l_213[1][2];
    uint32_t l_231 = 4UL;
    int32_t l_275 = 1L;
    int32_t *l_279 = &g_152;
    int32_t *l_280 = &g_21;
    int32_t *l_281[3][4] = {{&g_52,&l_213[0][0],&g_152,&l_213[0][0]},{&l_213[0][0],&l_213[0][1],&g_152,&g_152},{&g_52,&g_52,&l_213[0][0],&g_152}};
    uint16_t l_282 = 1UL;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_193[i][j] = &g_38;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_213[i][j] = 0x22122A3DL;
    }
lbl_240:
    (*l_158) = &p_7;
lbl_196:
    for (g_41 = 0; (g_41 != 16); ++g_41)
    { 
        uint32_t l_169 = 1UL;
        uint16_t l_170 = 0x28BEL;
        int32_t l_171 = 0x4A2DA50CL;
        uint8_t ***l_174 = &g_172[2];
        l_171 ^= ((g_38 != (p_8 > (((safe_add_func_uint16_t_u_u(((0xD9319A48L || (safe_div_func_int32_t_s_s((((safe_add_func_int16_t_s_s(p_9, (safe_add_func_int16_t_s_s((l_169 && 0L), g_18)))) > p_8) >= l_170), 0x16CE8D70L))) || p_8), 0L)) , 0xF8L) , l_170))) != p_7);
        (*l_174) = g_172[2];
        (**l_158) ^= p_11;
    }
    for (g_104 = (-21); (g_104 < 11); ++g_104)
    { 
        uint8_t l_186 = 0x29L;
        int32_t *l_199 = &g_52;
        uint8_t **l_232 = &g_173;
        int32_t l_234[1][4];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_234[i][j] = (-1L);
        }
        if ((*g_117))
            break;
        if ((((safe_mod_func_int32_t_s_s((safe_lshift_func_uint16_t_u_s((l_181 >= (safe_rshift_func_uint8_t_u_s(((*g_173) = (p_9 == g_45)), (safe_div_func_int64_t_s_s(0L, l_186))))), 15)), p_9)) != p_9) , p_10))
        { 
            uint16_t l_189 = 2UL;
            int16_t **l_192 = (void*)0;
            int64_t *l_194 = &g_42;
            int32_t *l_195 = &g_52;
            int8_t l_208 = 0L;
            int32_t l_212 = 0x7DADB20BL;
            int32_t l_236 = (-3L);
            (*l_195) &= (safe_div_func_int8_t_s_s((l_189 && (((safe_mul_func_uint16_t_u_u(p_8, (((*l_194) ^= ((l_193[0][0] = ((*g_117) , (void*)0)) == (g_76 = &p_10))) , 0x33FCL))) & p_8) , p_11)), p_7));
            if (g_41)
                goto lbl_196;
            if (((*g_117) | (safe_div_func_uint32_t_u_u(p_10, (((p_9 , (l_199 == (((safe_mul_func_int16_t_s_s((!(((safe_mul_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s((+(g_51 < (*l_199))), p_10)), 0UL)) , 0xE44315D36EEBD1C9LL) != 6UL)), (*l_195))) < p_11) , &g_152))) , l_208) && 0x21L)))))
            { 
                int32_t *l_209 = &g_21;
                int32_t *l_210 = &g_152;
                int32_t *l_211[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_211[i] = &g_21;
                --g_214;
            }
            else
            { 
                uint8_t l_224 = 0xE0L;
                int32_t l_226 = 0L;
                l_226 = ((*l_199) >= ((~0x9B0E50715622FD34LL) || (safe_rshift_func_int16_t_s_u((*g_76), (safe_lshift_func_int8_t_s_s((((g_225 &= ((safe_mul_func_int16_t_s_s((*l_199), l_224)) & 0x8DB9L)) == 0x4F26L) != g_41), p_8))))));
            }
            if ((safe_add_func_int16_t_s_s(((((l_231 = 0xF45AL) , l_194) != &g_129) || ((void*)0 != l_232)), (*l_195))))
            { 
                return (*l_199);
            }
            else
            { 
                int32_t *l_233[1][4];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_233[i][j] = &g_152;
                }
                --g_237;
                if ((*g_117))
                    continue;
            }
        }
        else
        { 
            int64_t l_257 = 1L;
            int32_t l_259[3][4] = {{0xE767B04FL,0L,0xE767B04FL,0xE767B04FL},{0L,0L,5L,0L},{0L,0xE767B04FL,0xE767B04FL,0L}};
            int i, j;
            if (g_237)
                goto lbl_240;
            for (g_92 = 0; (g_92 > (-23)); g_92--)
            { 
                uint8_t **l_255 = &g_173;
                uint32_t *l_258 = &g_18;
                int32_t *l_260 = &l_213[0][0];
                int32_t l_261 = 0xC66632C6L;
                int32_t *l_262 = (void*)0;
                int32_t *l_263 = &g_52;
                int32_t *l_264 = &l_261;
                int32_t *l_265 = &l_213[0][0];
                int32_t *l_266 = (void*)0;
                int32_t *l_267 = &g_52;
                int32_t *l_268 = (void*)0;
                int32_t *l_269 = &l_259[0][3];
                int32_t *l_270 = (void*)0;
                int32_t *l_271 = &l_213[0][0];
                int32_t *l_272 = &l_213[0][1];
                int32_t *l_273 = &g_152;
                int32_t *l_274[1][3];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_274[i][j] = &g_152;
                }
                (*l_199) |= (p_7 = (safe_lshift_func_int16_t_s_u(((safe_div_func_uint32_t_u_u(((*l_258) = (safe_mod_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_s((safe_rshift_func_uint16_t_u_s(0x377BL, 6)), (((safe_sub_func_int32_t_s_s(((void*)0 == l_255), ((!(-10L)) ^ (*g_173)))) < 0x082CL) || g_129))), l_257))), 0xAEAB2E5FL)) & (*g_117)), p_8)));
                g_276++;
            }
        }
        return p_10;
    }
    l_282--;
    return (*l_279);
}
static int32_t  func_12(uint16_t  p_13, int8_t  p_14, uint32_t  p_15)
{ 
    uint16_t l_30 = 1UL;
    int16_t *l_37 = &g_38;
    uint32_t l_39 = 0x9C2B2E5FL;
    int64_t *l_40 = &g_41;
    uint16_t *l_43 = (void*)0;
    uint16_t *l_44 = &g_45;
    const int32_t *l_48 = (void*)0;
    int32_t * const l_49 = &g_21;
    uint32_t l_55 = 1UL;
    uint8_t *l_65[3][1];
    int32_t l_66 = 0L;
    int16_t **l_75[2];
    int16_t *l_77 = (void*)0;
    int16_t l_78 = 0L;
    int16_t * const **l_113 = &g_105;
    uint8_t l_114[2];
    const int8_t l_125[3][2] = {{(-1L),(-1L)},{(-1L),(-1L)},{(-1L),(-1L)}};
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_65[i][j] = &g_51;
    }
    for (i = 0; i < 2; i++)
        l_75[i] = &l_37;
    for (i = 0; i < 2; i++)
        l_114[i] = 1UL;
    if (((((*l_44) &= (safe_mod_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_u((((safe_rshift_func_int8_t_s_u((safe_sub_func_int8_t_s_s(((l_30 > ((safe_add_func_uint64_t_u_u(l_30, ((*l_40) = ((safe_div_func_uint16_t_u_u(p_13, ((*l_37) = (safe_mul_func_uint8_t_u_u((l_30 != ((p_14 , l_30) , g_21)), 0x72L))))) && l_39)))) , g_42)) > g_21), l_30)), 3)) ^ 0x25423B19D88C83B9LL) && g_38), 0)), g_21))) != (-1L)) ^ l_39))
    { 
        int32_t *l_46[1];
        uint8_t *l_50 = &g_51;
        int i;
        for (i = 0; i < 1; i++)
            l_46[i] = &g_21;
        g_21 |= (&p_13 == &l_30);
        g_52 = ((*l_49) = (((+((*l_40) = (((l_48 == (((*l_50) = ((void*)0 != l_49)) , &g_21)) , l_46[0]) == l_48))) , g_42) ^ 0x012777FC3FE767E7LL));
    }
    else
    { 
        g_21 &= (safe_mul_func_uint8_t_u_u(l_55, (((!(g_45 = 65535UL)) != g_52) , g_38)));
    }
    if ((g_21 &= (p_14 <= (safe_div_func_uint32_t_u_u(((safe_mod_func_int64_t_s_s((safe_div_func_uint8_t_u_u((safe_sub_func_uint16_t_u_u(((p_13 || p_15) || ((++g_51) < ((safe_mul_func_uint8_t_u_u((safe_sub_func_uint8_t_u_u((safe_sub_func_uint32_t_u_u(p_13, (((((g_76 = l_44) != l_77) <= l_78) && g_52) , (-8L)))), p_14)), 255UL)) | p_14))), p_15)), p_15)), p_13)) < 0L), 0x52604697L)))))
    { 
        const int32_t l_83 = 0xFD11E6ACL;
        int32_t l_84 = 0xA1D01971L;
        (*l_49) |= (safe_lshift_func_uint16_t_u_u((safe_add_func_uint8_t_u_u((l_84 = ((l_83 , l_40) == (void*)0)), (p_15 || g_42))), 8));
    }
    else
    { 
        int8_t *l_91[1];
        int32_t l_93 = 0x6BCA32D9L;
        int16_t * const l_103[4] = {&g_104,&g_104,&g_104,&g_104};
        int16_t * const *l_102 = &l_103[0];
        int16_t * const **l_101[3];
        int16_t * const **l_111[2];
        int16_t * const ***l_112 = (void*)0;
        int32_t l_145 = (-1L);
        int i;
        for (i = 0; i < 1; i++)
            l_91[i] = &g_92;
        for (i = 0; i < 3; i++)
            l_101[i] = &l_102;
        for (i = 0; i < 2; i++)
            l_111[i] = &g_105;
        (*l_49) = ((safe_sub_func_int8_t_s_s((safe_mod_func_int16_t_s_s(((safe_add_func_uint8_t_u_u((((p_14 = (-1L)) ^ (l_93 , (+(((safe_lshift_func_int8_t_s_s((safe_div_func_int64_t_s_s(p_15, ((g_45 = (safe_add_func_int32_t_s_s(((g_105 = &l_77) == &l_37), (*l_49)))) && (*g_76)))), 4)) & 0x7193A8FEL) | g_21)))) & (-10L)), 0x34L)) , (*g_76)), p_13)), g_51)) | 0xD4D43A62FBF91089LL);
        if ((!(((~(p_13 | ((~((((((safe_mod_func_int16_t_s_s(p_14, ((((*l_49) = (&g_105 == (l_113 = l_111[0]))) <= g_41) , (*l_49)))) && 0xE343BB5AL) < l_93) || l_93) & (*g_76)) | g_51)) > 0x7DA69EDF730A6A1DLL))) >= 0x325DDBF1A1B615E2LL) < l_114[1])))
        { 
            int32_t *l_116 = (void*)0;
            int32_t **l_115[2];
            int i;
            for (i = 0; i < 2; i++)
                l_115[i] = &l_116;
            g_117 = &g_52;
            return (*g_117);
        }
        else
        { 
            (*g_117) &= p_15;
        }
        for (g_104 = 0; (g_104 > 5); g_104 = safe_add_func_uint8_t_u_u(g_104, 6))
        { 
            int8_t l_139[3][2] = {{1L,1L},{(-1L),1L},{1L,(-1L)}};
            int32_t *l_143 = &g_52;
            int32_t *l_144[1];
            int i, j;
            for (i = 0; i < 1; i++)
                l_144[i] = &l_66;
            for (l_78 = 0; (l_78 <= 1); l_78 += 1)
            { 
                const int32_t l_122 = 0L;
                uint16_t *l_127 = (void*)0;
                uint64_t *l_128 = &g_129;
                int32_t *l_130 = &g_52;
                int32_t *l_131 = &g_52;
                int32_t *l_132 = &l_66;
                int32_t *l_133 = &g_52;
                int32_t *l_134 = &g_52;
                int32_t *l_135 = (void*)0;
                int32_t *l_136 = &g_52;
                int32_t *l_137 = &g_52;
                int32_t *l_138[3][3] = {{(void*)0,(void*)0,(void*)0},{&g_21,&g_21,&g_21},{(void*)0,(void*)0,(void*)0}};
                int i, j;
                if (p_15)
                    break;
                (*l_130) &= (safe_div_func_int8_t_s_s(l_122, (safe_mul_func_uint16_t_u_u((l_125[1][1] && ((((~(l_103[0] != l_127)) , ((*l_128) = (0x5AL && g_104))) ^ p_14) & (*g_117))), 0x719DL))));
                ++g_140;
            }
            g_146++;
        }
    }
    (*g_117) |= (g_92 && g_52);
    for (l_30 = (-21); (l_30 != 40); ++l_30)
    { 
        return (*g_117);
    }
    return p_13;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_21, "g_21", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_51, "g_51", print_hash_value);
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_92, "g_92", print_hash_value);
    transparent_crc(g_104, "g_104", print_hash_value);
    transparent_crc(g_129, "g_129", print_hash_value);
    transparent_crc(g_140, "g_140", print_hash_value);
    transparent_crc(g_146, "g_146", print_hash_value);
    transparent_crc(g_152, "g_152", print_hash_value);
    transparent_crc(g_214, "g_214", print_hash_value);
    transparent_crc(g_225, "g_225", print_hash_value);
    transparent_crc(g_235, "g_235", print_hash_value);
    transparent_crc(g_237, "g_237", print_hash_value);
    transparent_crc(g_276, "g_276", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_285[i][j], "g_285[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_336, "g_336", print_hash_value);
    transparent_crc(g_349, "g_349", print_hash_value);
    transparent_crc(g_373, "g_373", print_hash_value);
    transparent_crc(g_466, "g_466", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_475[i], "g_475[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
