#include "csmith.h"
static long __undefined;
static int16_t g_8 = (-1L);
static int32_t g_17 = 0x38591B68L;
static int32_t *g_16 = &g_17;
static int64_t g_28 = 2L;
static uint64_t g_31 = 0xC6548AAB56411D7FLL;
static uint8_t g_41 = 0UL;
static int32_t g_47[2] = {0x3734BD47L,0x3734BD47L};
static int16_t g_53 = (-7L);
static uint16_t g_85 = 0x4077L;
static int64_t g_87 = 0x0F7716B035E89B02LL;
static int16_t g_103 = 0x1128L;
static uint32_t g_115 = 18446744073709551615UL;
static uint64_t g_141 = 7UL;
static int32_t * const *g_152[2][4] = {{&g_16,&g_16,&g_16,&g_16},{&g_16,&g_16,&g_16,&g_16}};
static int32_t * const **g_151 = &g_152[0][2];
static uint32_t g_220 = 0xA3349E90L;
static uint32_t g_222 = 4294967295UL;
static int32_t **g_245 = &g_16;
static int32_t ***g_244 = &g_245;
static int32_t ****g_243 = &g_244;
static int32_t *****g_242 = &g_243;
static uint32_t **g_250[3][1] = {{(void*)0},{(void*)0},{(void*)0}};
static uint16_t g_312 = 0UL;
static uint32_t g_330 = 0UL;
static uint32_t ***g_359 = (void*)0;
static uint32_t *** const *g_358 = &g_359;
static int8_t g_387[2] = {0xA1L,0xA1L};
static uint8_t  func_1(void);
static int32_t * func_2(int32_t  p_3, int32_t  p_4, int32_t * p_5, uint16_t  p_6, const int64_t  p_7);
static uint8_t  func_9(int32_t * p_10, const uint16_t  p_11, uint8_t  p_12, int32_t * p_13, int32_t * p_14);
static uint8_t  func_1(void)
{ 
    int32_t *l_15 = (void*)0;
    int32_t *l_318 = (void*)0;
    int32_t l_331 = 0x5A79499CL;
    const int32_t *l_343 = &g_17;
    int16_t l_361[2][2] = {{0x45EBL,0x45EBL},{0x45EBL,0x45EBL}};
    int8_t l_405 = 4L;
    int i, j;
    return g_141;
}
static int32_t * func_2(int32_t  p_3, int32_t  p_4, int32_t * p_5, uint16_t  p_6, const int64_t  p_7)
{ 
    const int32_t **l_319 = (void*)0;
    int64_t *l_325 = &g_28;
    const int32_t l_327 = 0L;
    int32_t l_328 = 0x6AB8CA2FL;
    p_3 &= ((void*)0 != l_319);
    l_328 ^= (safe_add_func_int64_t_s_s(0x2A489C87993F51D0LL, ((g_87 = (safe_rshift_func_uint8_t_u_s(((!(((*l_325) = (-10L)) , (+0L))) != l_327), 3))) == p_3)));
    return &g_47[1];
}
static uint8_t  func_9(int32_t * p_10, const uint16_t  p_11, uint8_t  p_12, int32_t * p_13, int32_t * p_14)
{ 
    uint64_t l_44[1];
    int32_t l_45 = 0xBDAB6AC3L;
    int32_t l_52[1][2];
    int8_t l_54 = 0L;
    uint64_t l_55 = 8UL;
    int32_t l_72 = (-1L);
    int32_t **l_74[2][4] = {{&g_16,&g_16,&g_16,&g_16},{&g_16,&g_16,&g_16,&g_16}};
    int32_t l_126 = 1L;
    uint32_t l_204 = 0x1C85CD55L;
    int32_t ***l_209 = &l_74[0][0];
    int32_t l_223 = 1L;
    uint8_t l_248 = 248UL;
    int32_t ****l_302 = &g_244;
    uint64_t l_314 = 8UL;
    int i, j;
    for (i = 0; i < 1; i++)
        l_44[i] = 0UL;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_52[i][j] = 7L;
    }
    for (g_17 = 0; (g_17 >= (-4)); g_17 = safe_sub_func_uint64_t_u_u(g_17, 2))
    { 
        int16_t l_43 = 0x796AL;
        int32_t *l_49 = (void*)0;
        int32_t *l_50 = &l_45;
        int32_t *l_51[1];
        int i;
        for (i = 0; i < 1; i++)
            l_51[i] = &g_47[1];
        if ((*g_16))
        { 
            int8_t l_42 = 0L;
            for (p_12 = 28; (p_12 >= 59); p_12++)
            { 
                int64_t *l_27[2][4] = {{&g_28,&g_28,&g_28,&g_28},{&g_28,&g_28,&g_28,&g_28}};
                int32_t l_29 = 0x7F51EF99L;
                uint64_t *l_30 = &g_31;
                uint8_t *l_40 = &g_41;
                int32_t *l_46 = &g_47[1];
                int i, j;
                (*l_46) = (safe_mul_func_uint8_t_u_u(((l_45 = (safe_add_func_int16_t_s_s((((((0xD56974EDF0EBF903LL || ((*l_30) = (~(l_29 |= p_12)))) , &g_17) == ((((safe_add_func_uint64_t_u_u(((*p_13) >= ((safe_div_func_uint16_t_u_u(((safe_rshift_func_int8_t_s_s(((safe_add_func_int8_t_s_s(((l_42 |= ((*l_40) |= p_11)) >= 0x8BL), p_11)) , p_11), 0)) , l_43), 65535UL)) != g_17)), l_43)) | l_44[0]) ^ p_12) , (void*)0)) , p_10) != (void*)0), g_8))) , l_29), 0L));
            }
        }
        else
        { 
            uint32_t l_48 = 4294967295UL;
            return l_48;
        }
        l_55++;
    }
    for (l_54 = 27; (l_54 >= 29); l_54++)
    { 
        int32_t *l_60 = &g_47[1];
        int32_t **l_61 = &l_60;
        int64_t *l_86 = &g_87;
        (*l_61) = l_60;
        for (g_17 = 0; (g_17 >= 25); g_17++)
        { 
            int32_t ***l_75 = &l_61;
            int64_t *l_82 = &g_28;
            uint64_t *l_88 = &l_44[0];
            int32_t l_89 = (-1L);
            int16_t *l_101[4][1] = {{(void*)0},{(void*)0},{(void*)0},{(void*)0}};
            int i, j;
            for (g_41 = 0; (g_41 == 48); ++g_41)
            { 
                uint64_t l_73 = 1UL;
                (*l_60) = ((((safe_add_func_uint32_t_u_u((((65532UL && (safe_add_func_uint64_t_u_u(p_12, (((g_47[0] , (safe_mod_func_uint32_t_u_u(((p_11 ^ 0L) , g_8), p_12))) < l_72) , l_73)))) ^ 18446744073709551609UL) | p_12), 4294967295UL)) > p_11) & p_12) != 8UL);
            }
            g_47[1] = (&p_13 != ((*l_75) = l_74[0][0]));
            for (g_31 = (-15); (g_31 > 14); g_31++)
            { 
                (*l_60) = (&g_28 == (void*)0);
                if ((*l_60))
                    break;
            }
        }
    }
    if (((p_12 < ((*p_13) = 0xA336C9A4L)) || ((safe_sub_func_int8_t_s_s(((safe_div_func_uint16_t_u_u((((safe_mul_func_int16_t_s_s(g_41, ((g_53 >= (safe_rshift_func_int16_t_s_u(g_47[1], p_12))) == p_12))) , p_12) <= l_126), p_12)) <= 0x64895FD56046493BLL), 0UL)) >= g_115)))
    { 
        int64_t l_127 = 8L;
        uint16_t *l_135 = &g_85;
        int32_t l_148 = 0x7D2546FFL;
        int32_t l_193 = 2L;
        (*g_16) = l_127;
        if (((-10L) <= (safe_mod_func_int64_t_s_s((((((*l_135) = (((((g_47[1] ^= ((5L & ((safe_mod_func_int8_t_s_s((!(p_11 < (g_17 > ((safe_sub_func_int64_t_s_s(0xB0F35947468A156ALL, l_127)) ^ (*g_16))))), g_17)) & p_12)) == p_12)) > l_127) != l_127) && p_11) > 0xD8L)) <= 0UL) , p_12) , l_127), p_12))))
        { 
            int32_t l_136 = (-1L);
            int32_t *l_137 = &l_52[0][1];
            int32_t *l_138[3][3] = {{&l_45,&l_45,&l_45},{&l_72,&l_72,&l_72},{&l_45,&l_45,&l_45}};
            int64_t *l_140 = &g_28;
            int32_t * const **l_153[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
            int i, j;
            l_136 &= (*p_13);
            if (l_127)
                goto lbl_139;
lbl_139:
            l_138[0][2] = (l_137 = p_14);
            g_141 = (((*l_140) ^= l_127) <= p_12);
            l_148 &= ((((*g_16) = (0x8928L & ((void*)0 != l_140))) <= (safe_sub_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_s(((*l_135)++), ((l_153[0] = g_151) == (void*)0))), p_11))) != 0L);
        }
        else
        { 
            const int32_t l_158 = 0xBCE4B171L;
            uint16_t **l_181 = &l_135;
            int32_t l_195[2][1];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_195[i][j] = 3L;
            }
            if (((1L <= ((4L ^ p_11) != (((safe_div_func_uint16_t_u_u(((p_11 != ((safe_lshift_func_int8_t_s_u(l_158, p_11)) || 1L)) <= 0x83E0L), g_115)) > 2L) > p_12))) , l_158))
            { 
                uint32_t l_159 = 18446744073709551615UL;
                (*p_13) = l_159;
            }
            else
            { 
                return g_103;
            }
            if ((safe_mod_func_uint16_t_u_u((safe_sub_func_uint64_t_u_u((!(safe_sub_func_int8_t_s_s((safe_div_func_int64_t_s_s(((safe_rshift_func_uint8_t_u_u((safe_div_func_uint32_t_u_u((l_158 <= ((g_103 &= (&g_85 != ((*l_181) = ((safe_add_func_int64_t_s_s((safe_lshift_func_int8_t_s_s(l_158, g_41)), (((safe_mul_func_uint8_t_u_u((safe_unary_minus_func_int16_t_s((!(255UL | p_12)))), l_158)) || 0x790BE2FEL) < l_148))) , (void*)0)))) , 0xDA18CC6211D86350LL)), 3UL)), 5)) < 0L), g_53)), g_115))), 1L)), l_148)))
            { 
                g_16 = &l_148;
lbl_194:
                (***g_151) = (l_193 |= ((safe_mul_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u(((~(safe_add_func_uint64_t_u_u((((safe_div_func_uint32_t_u_u((((safe_lshift_func_uint16_t_u_u(((&p_10 != (*g_151)) || (g_31 & p_11)), ((((0xA0534DAAF50BF5E6LL ^ l_127) >= p_12) , p_10) == (void*)0))) || p_12) | 0x6D48L), l_148)) & 8UL) & l_158), g_8))) <= p_11), (-6L))), p_11)) && 0x53CE67C050FD7FB8LL));
                return p_11;
            }
            else
            { 
                if (g_8)
                    goto lbl_194;
                l_195[1][0] |= ((***g_151) = l_148);
            }
        }
        g_16 = ((safe_rshift_func_int8_t_s_u(g_8, (((safe_add_func_int64_t_s_s(1L, 0x02B38FC1FC836E93LL)) <= ((((((safe_sub_func_uint32_t_u_u(g_31, (safe_mod_func_uint32_t_u_u(p_12, g_85)))) < l_204) && (***g_151)) , &g_85) == &g_85) <= g_47[1])) == 0x7C0BL))) , p_10);
    }
    else
    { 
        int32_t ***l_207[3][2] = {{&l_74[0][2],&l_74[0][2]},{&l_74[0][2],&l_74[0][2]},{&l_74[0][2],&l_74[0][2]}};
        int32_t ****l_208 = (void*)0;
        uint64_t *l_218[1];
        uint32_t *l_219 = &g_220;
        uint32_t *l_221 = &g_222;
        uint32_t l_224 = 0xF3F8CE4EL;
        int16_t *l_225 = &g_103;
        uint16_t **l_249[3];
        int64_t l_316 = 3L;
        int i, j;
        for (i = 0; i < 1; i++)
            l_218[i] = &l_55;
        for (i = 0; i < 3; i++)
            l_249[i] = (void*)0;
        if ((safe_mod_func_uint16_t_u_u((((l_209 = l_207[0][0]) != &g_152[0][2]) & (((safe_mod_func_int16_t_s_s((safe_sub_func_int16_t_s_s(g_31, ((*l_225) = (g_53 &= ((safe_add_func_int16_t_s_s((((((((safe_rshift_func_int16_t_s_s(((((*l_221) = ((*l_219) = (l_218[0] != &g_31))) || l_223) || 0x4AEB97D6L), l_224)) < g_28) , p_12) > p_12) > g_41) , p_11) & p_12), g_47[1])) , g_220))))), g_47[1])) , (void*)0) == &p_10)), 0x8B5BL)))
        { 
            uint32_t l_231[2];
            int32_t l_235[2][2] = {{1L,1L},{1L,1L}};
            int32_t ****l_237 = &l_209;
            int i, j;
            for (i = 0; i < 2; i++)
                l_231[i] = 0xBF4A9CFAL;
            l_235[0][0] ^= (((safe_sub_func_int32_t_s_s(((~g_31) , (safe_rshift_func_int16_t_s_s((((l_231[1] | (~l_231[1])) < (safe_lshift_func_int8_t_s_u(l_231[0], 2))) > p_12), 11))), g_47[0])) , 9L) ^ (*g_16));
            for (g_87 = 0; (g_87 >= 0); g_87 -= 1)
            { 
                int32_t l_236 = 0x83B648F1L;
                int32_t *****l_238 = &l_237;
                if (l_236)
                    break;
                (*l_238) = l_237;
                if ((***l_209))
                    break;
            }
        }
        else
        { 
            int32_t *****l_241[4][4] = {{&l_208,&l_208,&l_208,&l_208},{(void*)0,&l_208,&l_208,&l_208},{&l_208,&l_208,&l_208,&l_208},{(void*)0,(void*)0,&l_208,&l_208}};
            uint8_t *l_268[3][4] = {{&l_248,&g_41,&l_248,&l_248},{&g_41,&g_41,&l_248,&g_41},{&g_41,&l_248,&l_248,&g_41}};
            uint8_t l_313 = 252UL;
            int i, j;
            if ((safe_sub_func_int32_t_s_s((l_241[1][1] == (g_242 = l_241[1][1])), ((safe_div_func_int8_t_s_s((((((***l_209) = ((((l_248 ^ p_12) , l_249[1]) != (void*)0) , (*p_13))) >= g_220) > g_8) , (-7L)), p_12)) , (***g_244)))))
            { 
                uint32_t ***l_251 = (void*)0;
                uint32_t ***l_252[3][3];
                uint32_t **l_253 = &l_221;
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_252[i][j] = &g_250[2][0];
                }
                l_253 = g_250[2][0];
                return p_12;
            }
            else
            { 
                int32_t * const **l_256 = &g_152[0][2];
                uint64_t **l_261 = &l_218[0];
                int8_t *l_269 = &l_54;
                int16_t *l_279 = &g_53;
                (**l_209) = p_13;
                (***g_244) = ((safe_sub_func_uint64_t_u_u(p_12, (g_141 = ((void*)0 != l_256)))) <= (((safe_sub_func_int8_t_s_s((safe_add_func_uint64_t_u_u(0xDA17076B1BDAA67BLL, (((*l_261) = &g_31) != (void*)0))), (***l_209))) , (***l_256)) <= 0L));
                (***l_256) = ((safe_rshift_func_int16_t_s_s((safe_rshift_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u(((((*l_269) = (&p_12 != (l_268[1][3] = l_268[2][0]))) || (p_12++)) || (g_141 ^= ((((*l_279) |= (safe_rshift_func_int8_t_s_s((safe_lshift_func_int16_t_s_s(((*l_225) |= (safe_add_func_uint8_t_u_u((((safe_unary_minus_func_uint16_t_u(((&g_103 == &g_53) , g_31))) == p_12) , (***l_256)), p_12))), 15)), 6))) == (***l_256)) , p_12))), (***l_256))), p_11)), 2)) , (-9L));
            }
            for (l_126 = 0; (l_126 < 0); l_126++)
            { 
                (**g_244) = (***g_243);
            }
            for (l_126 = (-14); (l_126 > (-8)); l_126 = safe_add_func_uint16_t_u_u(l_126, 8))
            { 
                const int32_t *l_290 = &l_52[0][1];
                uint32_t **l_293 = &l_221;
                uint32_t ***l_294 = &l_293;
                int8_t *l_295 = &l_54;
                uint64_t l_305 = 4UL;
                int32_t l_315 = 1L;
                p_10 = ((**g_244) = p_14);
                (*p_13) = (safe_mul_func_uint8_t_u_u(((safe_rshift_func_int8_t_s_u((l_290 == ((***g_243) = (void*)0)), g_28)) != ((*l_295) = ((((((safe_rshift_func_int8_t_s_u(g_103, (((g_250[0][0] = ((*l_294) = l_293)) == (void*)0) >= 0x27FA77813692EB2FLL))) , p_12) & g_41) < (*l_290)) , p_12) <= 0x6BL))), 0xF2L));
                l_315 |= (safe_add_func_uint64_t_u_u((l_314 = (safe_unary_minus_func_int64_t_s(((+(safe_add_func_uint16_t_u_u((((((p_12 < ((l_302 = &l_209) == &l_209)) > ((safe_add_func_uint8_t_u_u((++l_305), ((safe_mod_func_int16_t_s_s(g_222, (safe_rshift_func_int8_t_s_u(((((0xF8L ^ 0xA1L) >= p_12) | g_312) >= p_11), 2)))) > 0xF0C6E62EBD1B2AB0LL))) & 0x00L)) ^ 0xA2BBL) , l_313) , 0xE4AEL), 9L))) || (*l_290))))), g_28));
                if (l_316)
                    break;
            }
        }
        (*p_13) = (safe_unary_minus_func_uint32_t_u(p_11));
    }
    return g_28;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_17, "g_17", print_hash_value);
    transparent_crc(g_28, "g_28", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_47[i], "g_47[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_53, "g_53", print_hash_value);
    transparent_crc(g_85, "g_85", print_hash_value);
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_103, "g_103", print_hash_value);
    transparent_crc(g_115, "g_115", print_hash_value);
    transparent_crc(g_141, "g_141", print_hash_value);
    transparent_crc(g_220, "g_220", print_hash_value);
    transparent_crc(g_222, "g_222", print_hash_value);
    transparent_crc(g_312, "g_312", print_hash_value);
    transparent_crc(g_330, "g_330", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_387[i], "g_387[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
