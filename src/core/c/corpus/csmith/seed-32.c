#include "csmith.h"
static long __undefined;
static int32_t g_2[2][3] = {{6L,0x8BBCA631L,6L},{6L,0x8BBCA631L,6L}};
static int32_t g_5[3][3] = {{(-8L),0xA624CDB8L,(-8L)},{(-8L),0xA624CDB8L,(-8L)},{(-8L),0xA624CDB8L,(-8L)}};
static int32_t g_9 = 0L;
static uint64_t g_39[1][3] = {{18446744073709551615UL,18446744073709551615UL,18446744073709551615UL}};
static uint64_t g_41 = 8UL;
static uint64_t *g_40 = &g_41;
static uint16_t g_45 = 0x048CL;
static int64_t g_66 = 0x942A26B13122E3BDLL;
static uint32_t g_68 = 18446744073709551615UL;
static uint8_t g_83 = 0x36L;
static int32_t g_86 = (-1L);
static int8_t g_94 = 0x8AL;
static uint32_t g_146 = 4294967291UL;
static int32_t g_171 = (-10L);
static int16_t g_197 = 0xF0EAL;
static int8_t g_199[2] = {0x24L,0x24L};
static int32_t g_202[4] = {0L,0L,0L,0L};
static int32_t *g_220[4] = {&g_86,&g_86,&g_86,&g_86};
static uint16_t g_249 = 6UL;
static const uint32_t  func_1(void);
static const uint8_t  func_10(int32_t * p_11, uint16_t  p_12, uint8_t  p_13);
static int8_t  func_17(uint16_t  p_18, uint32_t  p_19);
static const uint32_t  func_1(void)
{ 
    int32_t l_69 = 0xFD7802F4L;
    uint32_t l_234 = 0x1BD201EBL;
    uint32_t l_246 = 0xA3F2C9B0L;
    int32_t l_260[2];
    uint32_t l_261[1][3];
    int32_t **l_264[2][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0}};
    int i, j;
    for (i = 0; i < 2; i++)
        l_260[i] = 1L;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_261[i][j] = 18446744073709551611UL;
    }
    for (g_2[0][0] = 0; (g_2[0][0] < 7); g_2[0][0] = safe_add_func_uint32_t_u_u(g_2[0][0], 5))
    { 
        uint8_t l_8[2][4] = {{0xD9L,0xD9L,0xD9L,0xD9L},{0xD9L,0xD9L,0xD9L,0xD9L}};
        int32_t *l_14 = (void*)0;
        uint32_t *l_245 = &g_146;
        uint16_t *l_247 = &g_45;
        uint16_t *l_248[1][2];
        int32_t *l_250 = &g_86;
        uint64_t *l_253 = &g_39[0][2];
        int8_t *l_254 = &g_199[1];
        int8_t *l_255 = &g_94;
        int8_t **l_256 = &l_255;
        int32_t *l_259[3];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_248[i][j] = &g_249;
        }
        for (i = 0; i < 3; i++)
            l_259[i] = (void*)0;
        for (g_5[0][0] = (-17); (g_5[0][0] < (-16)); g_5[0][0] = safe_add_func_int16_t_s_s(g_5[0][0], 8))
        { 
            for (g_9 = 1; (g_9 >= 0); g_9 -= 1)
            { 
                uint8_t l_20 = 1UL;
                int32_t *l_233 = &g_171;
                int i, j;
                g_220[1] = (func_10(l_14, (safe_rshift_func_int8_t_s_u(func_17(l_8[g_9][(g_9 + 2)], l_20), 4)), l_69) , (void*)0);
                (*l_233) = l_69;
                l_234++;
            }
        }
        (*l_250) &= (safe_lshift_func_int8_t_s_u((g_202[3] && (g_249 = (((*l_247) = (safe_mod_func_uint8_t_u_u(((safe_mod_func_uint64_t_u_u(((l_246 = ((safe_div_func_int32_t_s_s(2L, ((*l_245) = g_41))) ^ ((g_2[1][0] > ((((g_199[1] || 0xB6L) ^ g_199[0]) <= g_66) < 0x624BL)) != l_234))) , (*g_40)), l_69)) <= g_202[3]), l_69))) || 65535UL))), l_234));
        (*l_250) ^= (safe_lshift_func_int16_t_s_s((((l_253 = (void*)0) == (void*)0) , (((l_254 = l_254) != ((*l_256) = l_255)) & (((!(safe_unary_minus_func_uint16_t_u(l_246))) == 6UL) == (-1L)))), g_146));
        --l_261[0][1];
    }
    g_220[2] = &l_260[0];
    return g_39[0][2];
}
static const uint8_t  func_10(int32_t * p_11, uint16_t  p_12, uint8_t  p_13)
{ 
    int64_t *l_81 = &g_66;
    int32_t l_91 = (-2L);
    uint8_t l_92 = 0xAFL;
    int8_t *l_93[3][3];
    int32_t *l_95 = &g_86;
    uint16_t l_125 = 65532UL;
    uint32_t l_132 = 0x53E4EB4CL;
    int32_t l_194 = (-3L);
    int32_t l_198[2];
    int32_t l_207 = 0xEAD14177L;
    int32_t l_214 = 0x543C7B79L;
    uint32_t l_215 = 1UL;
    int64_t l_228[4][2];
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
            l_93[i][j] = &g_94;
    }
    for (i = 0; i < 2; i++)
        l_198[i] = 0L;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
            l_228[i][j] = 0xD179703896E17EB0LL;
    }
    for (g_66 = 0; (g_66 > (-8)); --g_66)
    { 
        uint8_t l_84 = 0UL;
        for (g_68 = (-6); (g_68 > 16); g_68 = safe_add_func_uint32_t_u_u(g_68, 6))
        { 
            if (g_39[0][2])
                break;
        }
        for (g_68 = (-15); (g_68 == 14); ++g_68)
        { 
            const int32_t *l_77 = &g_5[2][0];
            const int32_t **l_76 = &l_77;
            uint8_t *l_82 = &g_83;
            int32_t *l_85 = &g_86;
            (*l_76) = (void*)0;
            (*l_85) = (safe_mul_func_uint8_t_u_u((+((*l_82) = ((void*)0 != l_81))), (((p_13 >= g_2[0][0]) > (g_2[0][0] , l_84)) , p_12)));
            (*l_76) = (void*)0;
        }
    }
    (*l_95) |= (safe_mul_func_int16_t_s_s((safe_sub_func_int8_t_s_s((l_91 , g_2[0][0]), (((g_94 |= l_92) , &g_83) != &l_92))), 65528UL));
lbl_211:
    for (g_66 = 2; (g_66 >= 0); g_66 -= 1)
    { 
        int32_t **l_96 = (void*)0;
        int32_t **l_97 = &l_95;
        int32_t *l_98 = &g_86;
        int16_t l_126 = 0xA09BL;
        uint64_t l_133 = 0xA799ADA34CB066DBLL;
        (*l_97) = &g_5[0][0];
        (*l_98) |= g_66;
        g_86 = (((safe_mod_func_int64_t_s_s((safe_lshift_func_uint8_t_u_u(((((safe_add_func_int32_t_s_s(0x0DEE2C54L, (safe_div_func_uint32_t_u_u(((((safe_lshift_func_uint16_t_u_u(g_2[0][0], 6)) != (safe_div_func_int64_t_s_s((((safe_lshift_func_uint16_t_u_s((safe_add_func_int16_t_s_s((safe_lshift_func_uint8_t_u_u(((safe_lshift_func_uint8_t_u_s(((safe_mod_func_int16_t_s_s((safe_mul_func_int8_t_s_s((safe_lshift_func_uint8_t_u_s(g_86, (g_2[0][0] && (p_13 == g_5[0][0])))), p_12)), p_12)) & 0x7469BA6CE2C69141LL), 4)) <= 1UL), g_94)), l_125)), 2)) == l_126) , g_41), g_66))) > p_12) | p_13), g_45)))) || g_39[0][2]) == (*g_40)) , g_2[0][0]), g_66)), g_39[0][1])) == g_39[0][2]) >= (*l_95));
        for (g_41 = 0; (g_41 <= 2); g_41 += 1)
        { 
            int32_t l_131[4][3] = {{(-5L),(-5L),0x222DE5CCL},{0x2238E951L,0x2238E951L,0xDC6F3D13L},{0x89D4FE02L,0x89D4FE02L,(-5L)},{0x7CC927B0L,0x7CC927B0L,0x2238E951L}};
            int32_t l_134 = 0xAFB16363L;
            uint32_t *l_145[4];
            int i, j;
            for (i = 0; i < 4; i++)
                l_145[i] = &g_146;
            g_86 = (((safe_rshift_func_uint16_t_u_u((safe_lshift_func_int8_t_s_s(((g_2[1][0] <= (*l_95)) , (*l_95)), l_131[3][0])), ((l_134 = (((l_132 & l_133) , &g_83) != &g_83)) <= (*l_95)))) && p_13) , g_9);
            (*l_97) = &l_91;
            (*l_95) = ((safe_sub_func_int8_t_s_s(p_13, ((safe_rshift_func_int16_t_s_s((safe_sub_func_uint64_t_u_u((*g_40), (((safe_mul_func_int16_t_s_s((0L < (safe_add_func_uint32_t_u_u((++g_146), (*l_95)))), (safe_lshift_func_uint16_t_u_s(1UL, p_12)))) > g_83) != p_13))), 14)) >= 4294967295UL))) || p_12);
            for (l_132 = 0; (l_132 <= 0); l_132 += 1)
            { 
                if (l_131[1][0])
                    break;
            }
        }
    }
    for (l_92 = (-17); (l_92 != 11); l_92++)
    { 
        uint16_t l_158 = 1UL;
        int32_t l_175 = 0xD736160AL;
        uint8_t *l_185[4][4] = {{&l_92,&g_83,&g_83,&l_92},{&g_83,&g_83,(void*)0,&g_83},{&g_83,&g_83,(void*)0,(void*)0},{&g_83,&g_83,&g_83,(void*)0}};
        int32_t l_193 = 0L;
        int32_t l_196 = (-7L);
        int32_t l_200 = 0x55624925L;
        int32_t l_205[3][4];
        int32_t *l_213[2][1];
        int16_t l_224 = 1L;
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 4; j++)
                l_205[i][j] = 0x6F621B4FL;
        }
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_213[i][j] = &l_194;
        }
        for (p_13 = (-26); (p_13 == 51); p_13 = safe_add_func_int32_t_s_s(p_13, 3))
        { 
            uint32_t l_157[3][4] = {{4294967289UL,0x3DC045D8L,4294967289UL,0x3EBDD5AFL},{4294967289UL,0x3EBDD5AFL,0x3EBDD5AFL,4294967289UL},{0x32B9FEB6L,0x3EBDD5AFL,0xEEAE813FL,0x3EBDD5AFL}};
            int8_t l_182 = 0xF6L;
            int32_t l_183 = 0L;
            int32_t l_184 = 0x39C2E694L;
            uint16_t *l_186 = (void*)0;
            int32_t l_192 = 0x79E8ABCBL;
            int32_t l_195 = 0x313BC257L;
            int32_t l_201 = 0xDEB179A8L;
            int32_t l_203 = 0x96149393L;
            int32_t l_204 = 0x66068C90L;
            int32_t l_206 = 0xC1DD9ACFL;
            uint64_t l_208[4] = {0x52C73AE872CB3382LL,0x52C73AE872CB3382LL,0x52C73AE872CB3382LL,0x52C73AE872CB3382LL};
            int i, j;
            if (((l_157[0][3] = (safe_mul_func_uint16_t_u_u(g_41, p_13))) < (l_158 | g_39[0][1])))
            { 
                uint32_t *l_161 = &l_157[0][3];
                g_86 = (safe_mul_func_uint16_t_u_u(((--(*l_161)) , (g_2[0][0] & (((&g_66 != (void*)0) <= (0x6F16L < (safe_lshift_func_uint8_t_u_s(((safe_lshift_func_int8_t_s_u((safe_sub_func_uint16_t_u_u((g_9 , 0x8232L), g_146)), g_146)) != g_68), p_13)))) && g_2[0][0]))), g_39[0][2]));
            }
            else
            { 
                int32_t *l_170 = &g_171;
                uint32_t *l_174[1][3];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_174[i][j] = (void*)0;
                }
                l_175 ^= (((*l_170) &= (*l_95)) && ((safe_unary_minus_func_uint64_t_u((((*l_95) || (0xA861L >= (0xEBL && (((*l_81) = ((!((g_146 |= (p_13 <= 0x8D40478CL)) <= 0x0A9C07CFL)) , g_39[0][1])) <= 18446744073709551613UL)))) <= 0UL))) , 4294967295UL));
                l_184 = (((safe_rshift_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_s(((l_183 = (g_146 = (safe_mod_func_uint16_t_u_u((p_11 == l_95), l_182)))) && 0x92B385C6L), 6)), 6)) <= (g_86 & (*l_170))) , 4L);
            }
            if (((((((l_185[1][0] == (void*)0) || (g_45 = 0UL)) && 1L) < ((safe_rshift_func_int16_t_s_s((safe_mul_func_int16_t_s_s(l_158, 6L)), l_158)) != p_12)) , p_13) >= 0xCC641CF9FCAAD6EELL))
            { 
                int32_t *l_191[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_191[i] = &g_86;
                l_208[1]--;
                if (g_86)
                    goto lbl_211;
            }
            else
            { 
                int32_t **l_212 = &l_95;
                (*l_212) = &l_203;
                return p_12;
            }
        }
        l_215--;
        for (l_193 = 0; (l_193 <= (-18)); l_193--)
        { 
            const uint32_t l_222 = 0x1CF694FAL;
            int32_t l_229[2];
            uint32_t l_230 = 0x888C05FBL;
            int i;
            for (i = 0; i < 2; i++)
                l_229[i] = 0x5617FD77L;
            if ((((*l_95) , (-3L)) <= 0x96E32C83L))
            { 
                int64_t l_221 = 1L;
                int32_t l_223 = 0xA8841FF7L;
                g_220[1] = &g_5[0][0];
                l_221 = p_12;
                l_223 = l_222;
            }
            else
            { 
                uint32_t l_225 = 0xEBEB1CB8L;
                l_225++;
            }
            l_230++;
            if (((void*)0 == &p_12))
            { 
                return p_12;
            }
            else
            { 
                l_207 = (-5L);
            }
        }
        l_198[1] = (*l_95);
    }
    return g_2[0][2];
}
static int8_t  func_17(uint16_t  p_18, uint32_t  p_19)
{ 
    const uint8_t l_42 = 0x89L;
    int32_t l_67 = 7L;
    for (p_18 = (-26); (p_18 < 6); p_18++)
    { 
        uint64_t *l_38 = &g_39[0][2];
        int32_t l_43 = (-2L);
        uint16_t *l_44 = &g_45;
        int32_t *l_46 = &l_43;
        (*l_46) = ((((safe_sub_func_int16_t_s_s((~(((safe_add_func_int64_t_s_s(((safe_lshift_func_uint16_t_u_u(((*l_44) = (safe_div_func_uint64_t_u_u(((0x07EA4C57L == ((((safe_sub_func_uint32_t_u_u((((0x9744L & ((safe_div_func_uint64_t_u_u(((((((*l_38) = 18446744073709551612UL) | (((*g_40) = (g_40 == l_38)) <= 0x46F2633933B839BFLL)) == l_42) > 0x9690B281L) && 4294967289UL), l_43)) | 8L)) , g_41) > g_2[0][0]), p_19)) , p_19) >= g_5[0][0]) , l_43)) , 0xE526954EB856A759LL), l_42))), l_42)) < p_19), p_18)) , &g_2[1][2]) == (void*)0)), 0xD632L)) & 65535UL) ^ 1UL) >= l_42);
        for (g_45 = 0; (g_45 == 22); g_45 = safe_add_func_int32_t_s_s(g_45, 1))
        { 
            int32_t l_61 = 0L;
            for (l_43 = 0; (l_43 >= 0); l_43 -= 1)
            { 
                int64_t *l_64 = (void*)0;
                int64_t *l_65[2];
                int i, j;
                for (i = 0; i < 2; i++)
                    l_65[i] = &g_66;
                g_68 &= ((((!(safe_mul_func_uint8_t_u_u(((safe_div_func_uint16_t_u_u((+(l_67 = ((g_39[l_43][l_43] == g_39[l_43][(l_43 + 1)]) , (safe_mod_func_uint64_t_u_u((((*g_40) &= (safe_lshift_func_int8_t_s_s((safe_add_func_int32_t_s_s(((l_61 != (safe_sub_func_uint64_t_u_u((&g_5[2][1] != (void*)0), p_19))) & 0xA0BDEC7E1EFC39FALL), l_61)), 7))) , 0xED6CA138DBEC8B24LL), g_9))))), g_2[1][1])) , (*l_46)), p_18))) , 0xCFL) || (*l_46)) ^ g_45);
            }
        }
    }
    return g_2[0][0];
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
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_2[i][j], "g_2[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_5[i][j], "g_5[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_9, "g_9", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_39[i][j], "g_39[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_41, "g_41", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_68, "g_68", print_hash_value);
    transparent_crc(g_83, "g_83", print_hash_value);
    transparent_crc(g_86, "g_86", print_hash_value);
    transparent_crc(g_94, "g_94", print_hash_value);
    transparent_crc(g_146, "g_146", print_hash_value);
    transparent_crc(g_171, "g_171", print_hash_value);
    transparent_crc(g_197, "g_197", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_199[i], "g_199[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_202[i], "g_202[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_249, "g_249", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
