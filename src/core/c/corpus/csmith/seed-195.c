#include "csmith.h"
static long __undefined;
static int8_t g_7 = 0x63L;
static int32_t g_13 = 1L;
static uint8_t g_21 = 0x69L;
static int32_t *g_25 = &g_13;
static int32_t * const *g_47 = &g_25;
static int32_t * const **g_46[1] = {&g_47};
static int32_t * const **g_51[2] = {&g_47,&g_47};
static uint64_t g_74[3] = {18446744073709551607UL,18446744073709551607UL,18446744073709551607UL};
static uint16_t g_82[3][3] = {{0x2848L,0x2848L,0x2848L},{0x9F1FL,0x9F1FL,0x9F1FL},{0x2848L,0x2848L,0x2848L}};
static int16_t g_88 = (-1L);
static uint16_t g_91 = 0UL;
static int8_t g_104 = (-3L);
static int32_t ***g_106 = (void*)0;
static int8_t *g_138 = &g_104;
static int8_t **g_137 = &g_138;
static int8_t ***g_136[3][4] = {{(void*)0,(void*)0,&g_137,&g_137},{&g_137,&g_137,(void*)0,&g_137},{&g_137,(void*)0,&g_137,(void*)0}};
static uint32_t g_188 = 0xC701984FL;
static uint16_t g_202 = 0xC8D3L;
static int64_t g_218 = 0x81497D27EE824057LL;
static int32_t ****g_224 = &g_106;
static int32_t ***** const g_223[2] = {&g_224,&g_224};
static uint64_t g_241[4] = {2UL,2UL,2UL,2UL};
static uint8_t g_307 = 0UL;
static uint64_t  func_1(void);
static uint32_t  func_3(uint8_t  p_4);
static uint16_t  func_9(int8_t * p_10);
static uint64_t  func_1(void)
{ 
    int16_t l_5 = 0x4351L;
    int8_t *l_6[2];
    int32_t l_8 = (-9L);
    int8_t *l_11 = &g_7;
    uint8_t *l_168 = &g_21;
    int32_t **l_191[4] = {&g_25,&g_25,&g_25,&g_25};
    int32_t ***l_190[3][3] = {{&l_191[1],&l_191[1],&l_191[3]},{&l_191[1],&l_191[1],&l_191[3]},{&l_191[1],&l_191[1],&l_191[3]}};
    uint8_t *l_216 = &g_21;
    int16_t l_217 = 1L;
    int16_t l_220 = 0x9C5CL;
    const int64_t l_249[2] = {(-1L),(-1L)};
    int8_t l_252 = 0x59L;
    uint32_t l_287 = 0xB6E637C3L;
    uint32_t l_288 = 0x68FCE3D5L;
    uint32_t l_289 = 4294967295UL;
    int16_t l_290 = (-2L);
    int32_t * const l_310 = &l_8;
    int i, j;
    for (i = 0; i < 2; i++)
        l_6[i] = &g_7;
lbl_266:
    if ((((+(((func_3(((*l_168) = ((l_8 = l_5) > (func_9(l_11) ^ 7L)))) , g_91) , l_5) , l_5)) , g_88) >= l_5))
    { 
        uint32_t l_186[4][3] = {{0xA1EA19F9L,2UL,0xA1EA19F9L},{0xA1EA19F9L,2UL,0xA1EA19F9L},{0xA1EA19F9L,2UL,0xA1EA19F9L},{0xA1EA19F9L,2UL,0xA1EA19F9L}};
        int16_t *l_187[4];
        int32_t *l_189 = &g_13;
        int i, j;
        for (i = 0; i < 4; i++)
            l_187[i] = &l_5;
        (*l_189) = (safe_mul_func_uint8_t_u_u(((*l_168) = ((safe_mul_func_int16_t_s_s((safe_div_func_int32_t_s_s((g_7 != g_88), 0x9B119ECEL)), (g_188 = (safe_mul_func_uint8_t_u_u((((((safe_unary_minus_func_int8_t_s((((!((safe_rshift_func_uint16_t_u_u((l_8 = (((safe_sub_func_int16_t_s_s(3L, (safe_sub_func_int8_t_s_s(((l_5 || l_186[3][2]) || 9UL), 0x12L)))) ^ 1UL) >= g_104)), l_186[0][0])) != l_186[3][2])) | g_91) , l_186[3][2]))) , g_74[1]) >= g_13) && g_82[1][0]) <= (-1L)), g_82[0][0]))))) < l_186[3][2])), 0UL));
    }
    else
    { 
        int32_t ****l_192[1];
        uint32_t l_200 = 4294967289UL;
        int64_t l_201 = 0L;
        int32_t l_219[4][1] = {{0x1CA476E1L},{1L},{0x1CA476E1L},{1L}};
        uint16_t l_263 = 65528UL;
        int i, j;
        for (i = 0; i < 1; i++)
            l_192[i] = &l_190[0][0];
        l_200 ^= (&g_46[0] == ((((g_106 = l_190[1][0]) != &g_47) ^ (~((((safe_add_func_int16_t_s_s((safe_add_func_uint8_t_u_u(g_88, ((*l_168) = ((safe_mul_func_uint16_t_u_u(g_13, g_88)) , g_74[0])))), 0xAA76L)) != g_74[1]) != g_7) ^ 0x95B201DBCDBA4BFDLL))) , &g_46[0]));
        if (g_21)
            goto lbl_203;
lbl_203:
        g_202 = l_201;
        for (g_21 = (-14); (g_21 < 17); g_21 = safe_add_func_uint64_t_u_u(g_21, 8))
        { 
            const int32_t *l_208[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
            uint8_t *l_215 = &g_21;
            int i;
            l_220 = (((g_218 = (safe_add_func_int8_t_s_s((((void*)0 == l_208[3]) != (safe_div_func_uint64_t_u_u(((((safe_add_func_int64_t_s_s((safe_sub_func_uint16_t_u_u(((g_13 , l_215) != l_216), 0x0286L)), g_202)) ^ g_13) > 0L) != g_21), 0x25FB00830B306029LL))), l_217))) == 0x1B5973A90B82205BLL) , l_219[1][0]);
        }
        for (g_88 = 0; (g_88 <= 0); g_88 += 1)
        { 
            int64_t l_225 = 1L;
            int32_t l_226 = 0L;
            int32_t l_227 = 5L;
            int32_t l_228 = 2L;
            uint16_t l_229 = 0x265FL;
            int32_t ****l_265 = &l_190[1][1];
            l_225 &= (safe_rshift_func_int8_t_s_u(((void*)0 != g_223[0]), 5));
            --l_229;
            for (g_188 = 0; (g_188 <= 2); g_188 += 1)
            { 
                const int32_t l_232 = 0xB3A3B66FL;
                int32_t l_233 = (-7L);
                int i;
                l_233 = l_232;
                return l_227;
            }
            for (g_218 = 0; (g_218 <= 1); g_218 += 1)
            { 
                int64_t *l_237 = (void*)0;
                int64_t *l_238 = &l_201;
                uint64_t *l_239 = &g_74[1];
                uint64_t *l_240 = &g_241[0];
                int32_t l_248 = 0x0F90F1C0L;
                int32_t l_253 = (-7L);
                int i;
                l_253 &= (safe_mod_func_int32_t_s_s((((*l_240) = ((*l_239) = (safe_unary_minus_func_int64_t_s(((*l_238) = (g_74[1] || g_13)))))) >= ((safe_div_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u(((safe_rshift_func_uint8_t_u_s(l_248, 2)) | l_249[1]), (((safe_add_func_uint32_t_u_u(((g_82[1][0] ^ 0x4F1A146EBE623767LL) == 18446744073709551615UL), l_252)) , g_82[2][2]) > 7UL))), g_88)) ^ 8UL)), g_218));
                (***g_224) = &l_226;
            }
            for (l_200 = 0; (l_200 <= 0); l_200 += 1)
            { 
                int16_t *l_255 = &g_88;
                int16_t **l_254 = &l_255;
                int32_t l_256 = (-1L);
                uint16_t *l_257 = &g_82[1][0];
                int32_t *l_258 = (void*)0;
                int32_t *****l_264[3][3] = {{&l_192[0],&g_224,&g_224},{&l_192[0],&g_224,&g_224},{&l_192[0],&g_224,&g_224}};
                int i, j;
                l_256 &= (((*l_254) = &g_88) != &l_220);
                l_226 = (((((*l_257) = (g_74[1] <= g_91)) && l_256) , &l_256) == (l_258 = (void*)0));
                l_227 = (g_202 > (safe_mod_func_int64_t_s_s((g_88 > g_241[0]), (safe_sub_func_uint32_t_u_u((l_263 , ((l_228 ^ 0x4227142950DD1DF3LL) < l_227)), g_82[0][1])))));
                if (g_88)
                    goto lbl_266;
                l_265 = l_192[0];
            }
        }
    }
    l_290 ^= (((safe_mul_func_int8_t_s_s(((~(0x2BL ^ g_91)) & g_241[0]), (safe_mod_func_uint32_t_u_u((!(safe_div_func_int16_t_s_s((safe_lshift_func_int16_t_s_u(((!(safe_lshift_func_int16_t_s_u((safe_sub_func_uint8_t_u_u((((**g_137) <= ((safe_add_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_s((+(g_74[0] , 0x219C8945BD8592EALL)), g_82[1][2])), g_88)) , 0x29L)) < g_91), l_287)), g_74[2]))) && g_82[1][0]), 1)), 0xE560L))), l_288)))) , g_241[3]) && l_289);
    for (g_21 = 0; (g_21 > 28); g_21++)
    { 
        int32_t *l_294[1][1];
        int32_t l_301 = 0xE5FB2DB2L;
        int32_t **l_311 = (void*)0;
        int32_t **l_312[2][1];
        int32_t **l_313 = &g_25;
        int32_t **l_314 = &l_294[0][0];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_294[i][j] = &l_8;
        }
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_312[i][j] = &l_294[0][0];
        }
        for (l_252 = 0; (l_252 <= 2); l_252 += 1)
        { 
            int16_t l_299[1];
            int32_t l_300 = 0xE73DDC58L;
            uint8_t *l_306 = &g_307;
            int i;
            for (i = 0; i < 1; i++)
                l_299[i] = 0L;
            for (g_218 = 3; (g_218 >= 0); g_218 -= 1)
            { 
                int32_t l_293 = 0xEED5DEBCL;
                int i, j;
                l_293 = 1L;
                l_294[0][0] = (void*)0;
                l_300 ^= ((safe_mod_func_uint64_t_u_u((safe_mod_func_int8_t_s_s(((-8L) | l_299[0]), l_299[0])), g_188)) != (g_202 < l_299[0]));
            }
            if ((l_301 , (safe_div_func_uint64_t_u_u((safe_rshift_func_int8_t_s_s((0xF013L && g_74[1]), 6)), ((((((*l_306)++) , &l_290) != (void*)0) , g_307) && g_82[0][2])))))
            { 
                if (l_252)
                    goto lbl_266;
            }
            else
            { 
                if (l_299[0])
                    break;
                return l_299[0];
            }
            return g_188;
        }
        (*l_313) = l_310;
        (*l_314) = (g_82[1][1] , (*g_47));
    }
    return g_74[1];
}
static uint32_t  func_3(uint8_t  p_4)
{ 
    uint8_t l_169 = 250UL;
    return l_169;
}
static uint16_t  func_9(int8_t * p_10)
{ 
    int32_t *l_12 = &g_13;
    int32_t *l_14 = &g_13;
    int32_t *l_15 = &g_13;
    int32_t l_16 = 0x9B389519L;
    int32_t l_17 = 1L;
    int32_t *l_18 = (void*)0;
    int32_t *l_19 = &g_13;
    int32_t *l_20[3];
    int32_t **l_45 = &l_14;
    int32_t ***l_44 = &l_45;
    int8_t *l_132 = &g_104;
    int8_t **l_131[4];
    int i;
    for (i = 0; i < 3; i++)
        l_20[i] = &l_17;
    for (i = 0; i < 4; i++)
        l_131[i] = &l_132;
lbl_30:
    g_21--;
    if ((((void*)0 != &g_13) != g_21))
    { 
        int64_t l_28 = 0x8A0193208AF066B7LL;
        uint16_t l_31 = 0xA3E8L;
        int32_t l_41 = 0L;
        int32_t * const ***l_48 = &g_46[0];
        int32_t * const **l_50 = &g_47;
        int32_t * const ***l_49[4][4] = {{(void*)0,&l_50,&l_50,(void*)0},{&l_50,(void*)0,&l_50,&l_50},{(void*)0,(void*)0,&l_50,(void*)0},{(void*)0,&l_50,&l_50,(void*)0}};
        int i, j;
        if (g_21)
        { 
            int32_t **l_24 = (void*)0;
            int32_t l_36 = 0x9BF0BB9AL;
            g_25 = &l_16;
            for (l_17 = 0; (l_17 > (-12)); l_17 = safe_sub_func_int64_t_s_s(l_17, 3))
            { 
                int32_t l_29[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_29[i] = 0x951BB35BL;
                l_29[0] |= l_28;
                if (l_28)
                    goto lbl_30;
                if (l_28)
                    continue;
                if (l_31)
                    continue;
            }
            for (l_16 = 0; (l_16 < (-19)); l_16 = safe_sub_func_uint32_t_u_u(l_16, 2))
            { 
                uint8_t *l_35 = &g_21;
                l_36 &= ((*l_15) = (safe_unary_minus_func_uint8_t_u(((*p_10) , ((*l_35) = 0x6CL)))));
                l_41 = ((safe_mul_func_int8_t_s_s(1L, (safe_sub_func_uint64_t_u_u(((((*l_14) = l_31) , (*g_25)) , (((0x1F283019L & ((*g_25) <= 0xD5181448L)) , &g_21) == (void*)0)), g_21)))) | 0x72L);
            }
        }
        else
        { 
            for (l_28 = (-5); (l_28 <= 25); l_28 = safe_add_func_int64_t_s_s(l_28, 7))
            { 
                l_44 = (void*)0;
                return (*l_14);
            }
        }
        g_51[0] = ((*l_48) = g_46[0]);
        for (l_41 = 0; l_41 < 4; l_41 += 1)
        {
            for (l_16 = 0; l_16 < 4; l_16 += 1)
            {
                l_49[l_41][l_16] = &g_46[0];
            }
        }
    }
    else
    { 
        uint32_t l_54[2];
        int i;
        for (i = 0; i < 2; i++)
            l_54[i] = 4294967294UL;
        (*l_19) = (((*l_44) = &g_25) == &l_20[1]);
        for (g_7 = 0; (g_7 > (-30)); g_7 = safe_sub_func_int16_t_s_s(g_7, 1))
        { 
            --l_54[0];
            for (g_21 = 19; (g_21 > 33); g_21 = safe_add_func_int16_t_s_s(g_21, 3))
            { 
                return g_21;
            }
            (*l_19) &= 1L;
        }
    }
    for (g_7 = 0; (g_7 >= 0); g_7 -= 1)
    { 
        uint64_t *l_72 = (void*)0;
        uint64_t *l_73 = &g_74[1];
        uint16_t *l_81 = &g_82[1][0];
        int16_t *l_87 = &g_88;
        int32_t l_89 = (-3L);
        uint16_t *l_90 = &g_91;
        int32_t l_105 = 7L;
        int32_t ***l_117 = &l_45;
        int8_t *l_135 = &g_7;
    }
    return g_74[0];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_13, "g_13", print_hash_value);
    transparent_crc(g_21, "g_21", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_74[i], "g_74[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_82[i][j], "g_82[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_88, "g_88", print_hash_value);
    transparent_crc(g_91, "g_91", print_hash_value);
    transparent_crc(g_104, "g_104", print_hash_value);
    transparent_crc(g_188, "g_188", print_hash_value);
    transparent_crc(g_202, "g_202", print_hash_value);
    transparent_crc(g_218, "g_218", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_241[i], "g_241[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_307, "g_307", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
