#include "csmith.h"
static long __undefined;
static int32_t g_3 = (-1L);
static int32_t g_16 = 0x53061ECEL;
static uint32_t g_17 = 0xAB3CF813L;
static int64_t g_37 = (-8L);
static uint64_t g_43 = 0xE267A5E2B1956A74LL;
static int16_t g_59 = 0x933BL;
static int32_t g_60 = 0x85AE3403L;
static int8_t g_74[1] = {1L};
static int8_t g_76 = 0x04L;
static const int32_t g_79 = 0xC8DDEC24L;
static int32_t g_81[4][2] = {{0x4744A690L,0x4744A690L},{0x4744A690L,0x4744A690L},{0x4744A690L,0x4744A690L},{0x4744A690L,0x4744A690L}};
static uint64_t g_96 = 0xE4E2A80421A51722LL;
static uint32_t g_99 = 0x875C0BC9L;
static uint16_t g_106 = 0xFEE4L;
static int32_t **g_126 = (void*)0;
static int32_t ***g_125 = &g_126;
static int16_t g_147 = 1L;
static uint16_t g_152[3][1] = {{65535UL},{65535UL},{65535UL}};
static uint8_t g_186 = 0xB5L;
static int32_t *g_217[1] = {(void*)0};
static int32_t **g_216[1] = {&g_217[0]};
static int8_t *g_232 = &g_74[0];
static int8_t **g_231 = &g_232;
static uint32_t g_238[3][3] = {{0x3B0FE699L,0x3B0FE699L,0x3B0FE699L},{0x3B0FE699L,0x3B0FE699L,0x3B0FE699L},{0x3B0FE699L,0x3B0FE699L,0x3B0FE699L}};
static int64_t g_310 = 0x4AB8E737CADD65BELL;
static uint32_t g_399 = 18446744073709551614UL;
static int32_t *g_402 = &g_81[2][1];
static int32_t *g_404 = (void*)0;
static int32_t *g_406[2] = {&g_60,&g_60};
static uint32_t g_413 = 0x6FDA9DA4L;
static int32_t g_443 = (-5L);
static int16_t *g_488[2] = {&g_147,&g_147};
static const uint16_t *g_525 = &g_106;
static const uint16_t **g_524[4] = {&g_525,&g_525,&g_525,&g_525};
static int8_t ****g_531[2][1] = {{(void*)0},{(void*)0}};
static int8_t * const *g_535 = &g_232;
static int8_t * const **g_534 = &g_535;
static int8_t * const ***g_533 = &g_534;
static int16_t g_561 = (-4L);
static int8_t  func_1(void);
static uint8_t  func_7(int16_t  p_8, uint32_t  p_9, uint8_t  p_10);
static int64_t  func_11(int8_t  p_12, int8_t  p_13, int32_t  p_14);
static int8_t  func_1(void)
{ 
    uint16_t l_2[3];
    int32_t l_187[3];
    uint8_t *l_214 = &g_186;
    int32_t *l_268 = &l_187[2];
    int8_t l_307[3][1];
    int32_t l_308 = 1L;
    int16_t l_366 = 6L;
    int64_t l_383 = 0x9C7BE1F424D20985LL;
    int32_t **l_403 = (void*)0;
    int32_t *l_407 = &g_3;
    int32_t l_426 = 0x135CE45CL;
    uint64_t l_428 = 0x2B00364C4400A923LL;
    int8_t ***l_437 = &g_231;
    uint8_t l_444 = 254UL;
    int32_t l_455[2];
    uint16_t l_458[4][3] = {{5UL,0x9BD6L,5UL},{0x20D7L,0xA685L,0x20D7L},{5UL,0x9BD6L,5UL},{0x20D7L,0xA685L,0x20D7L}};
    const uint8_t l_481 = 0x23L;
    int32_t l_545 = 6L;
    int32_t *l_568 = &l_426;
    int8_t **** const *l_572 = &g_531[1][0];
    int32_t **l_574 = &g_406[0];
    int i, j;
    for (i = 0; i < 3; i++)
        l_2[i] = 65534UL;
    for (i = 0; i < 3; i++)
        l_187[i] = 1L;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_307[i][j] = 0x23L;
    }
    for (i = 0; i < 2; i++)
        l_455[i] = 1L;
    for (g_3 = 0; (g_3 <= 2); g_3 += 1)
    { 
        int i;
        return l_2[g_3];
    }
    for (g_3 = (-28); (g_3 > 6); ++g_3)
    { 
        int32_t l_6 = 4L;
        int32_t l_227 = 0L;
        int32_t **l_234 = &g_217[0];
        uint32_t l_277 = 0x53A19731L;
        uint32_t l_285 = 0x1CCBC088L;
        int32_t *l_288 = &l_227;
        int32_t *l_311 = &g_16;
        int32_t l_320[3][3] = {{0x085A8B14L,0x085A8B14L,(-1L)},{(-1L),0x085A8B14L,(-1L)},{(-1L),0x085A8B14L,(-1L)}};
        int32_t l_321 = 0x532B37C9L;
        int32_t **l_364 = (void*)0;
        uint32_t l_365[3][3] = {{7UL,7UL,7UL},{0x68407B66L,0x68407B66L,0x68407B66L},{7UL,7UL,7UL}};
        uint32_t l_384 = 0xD0B7EF76L;
        int i, j;
        if ((((g_3 , l_6) , (g_3 , func_7(((func_11(l_2[2], l_6, g_3) == g_3) & g_3), l_2[0], g_3))) || 0xE8L))
        { 
            uint32_t l_183 = 0xA230DB6FL;
            int8_t *l_184 = &g_74[0];
            uint8_t *l_185 = &g_186;
            int32_t *l_189 = &g_60;
            int32_t **l_188 = &l_189;
            int32_t l_225 = (-1L);
            int32_t l_226 = (-5L);
            uint8_t l_228[1];
            int i;
            for (i = 0; i < 1; i++)
                l_228[i] = 0xCCL;
            if (l_2[0])
                break;
            if ((((safe_lshift_func_uint16_t_u_u(((safe_mod_func_int32_t_s_s((l_187[2] = (safe_lshift_func_int16_t_s_s(l_2[0], (safe_add_func_uint8_t_u_u(((*l_185) = ((safe_div_func_int64_t_s_s(((safe_mul_func_uint8_t_u_u((((((*l_184) = (((l_2[1] && l_6) >= l_183) == ((l_183 , l_2[0]) | g_74[0]))) >= l_183) , g_152[1][0]) || 1L), (-9L))) | g_81[2][1]), l_2[0])) && l_6)), g_152[1][0]))))), l_183)) < l_6), 7)) < 0UL) , 1L))
            { 
                int16_t l_190 = 0xA420L;
                uint16_t *l_193 = &g_152[0][0];
                int16_t *l_213[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_213[i] = &g_147;
                (*l_189) = ((g_59 && (((*g_125) = (*g_125)) != l_188)) || (l_190 < l_190));
                (*l_189) ^= ((((l_6 >= (safe_lshift_func_uint16_t_u_s((l_190 , ((*l_193)--)), 10))) < ((((g_186 , &g_74[0]) != &g_74[0]) == l_190) , 1UL)) && g_99) < 0x5B8BEFA478FC7E91LL);
                (*l_189) = ((safe_sub_func_int16_t_s_s(((((safe_rshift_func_uint8_t_u_s(((safe_mod_func_uint64_t_u_u((+(safe_div_func_uint32_t_u_u((safe_mul_func_int16_t_s_s(((l_187[2] , (+(!((l_190 && ((g_74[0] , &l_6) == ((safe_mod_func_uint64_t_u_u((((l_187[2] &= (((((safe_rshift_func_uint16_t_u_u(1UL, 0)) , g_152[0][0]) && 255UL) == l_190) , (**l_188))) , g_152[0][0]) > 0xE1L), g_79)) , &g_81[2][1]))) < g_74[0])))) < 0x9200749428BCF449LL), g_99)), (**l_188)))), (-1L))) != g_37), (*l_189))) & g_152[1][0]) , l_214) != (void*)0), 0L)) != g_152[1][0]);
            }
            else
            { 
                uint32_t l_215 = 1UL;
                int32_t ***l_218 = &l_188;
                int32_t ***l_219 = (void*)0;
                int32_t **l_221 = &l_189;
                int32_t ***l_220 = &l_221;
                int32_t l_222 = (-2L);
                int32_t *l_223 = &l_187[2];
                int32_t *l_224[4] = {&l_187[0],&l_187[0],&l_187[0],&l_187[0]};
                int8_t ***l_233 = &g_231;
                int i;
                l_222 = ((l_215 , ((*g_125) = g_216[0])) != ((*l_220) = ((*l_218) = &g_217[0])));
                l_228[0]--;
                (*l_233) = g_231;
                if (l_187[1])
                    break;
            }
            (*l_188) = (*l_188);
        }
        else
        { 
            uint32_t *l_237 = &g_238[2][2];
            int32_t l_251 = 1L;
            uint8_t l_252 = 246UL;
            int32_t l_266 = 1L;
            uint32_t l_274 = 0xFDC7F051L;
            uint32_t l_289 = 0x233B764BL;
            int32_t *l_290 = &g_16;
            if (((l_234 == (void*)0) | (((safe_mod_func_uint32_t_u_u((++(*l_237)), (safe_lshift_func_int8_t_s_s(((((safe_rshift_func_int16_t_s_s((+(safe_mul_func_int8_t_s_s((safe_unary_minus_func_uint64_t_u(l_187[0])), (((safe_div_func_int8_t_s_s((((*l_214) = ((((g_152[1][0] , l_251) | g_59) && 1L) < g_81[1][0])) <= g_3), l_187[2])) < 0x0B6BBA22L) , 0L)))), g_99)) , 0x5BL) >= (*g_232)) | g_3), 5)))) , l_252) <= l_187[2])))
            { 
                int16_t *l_265[4][4] = {{&g_59,&g_59,&g_59,&g_59},{&g_59,&g_59,&g_59,&g_59},{&g_59,&g_59,&g_59,&g_59},{&g_59,&g_59,&g_59,&g_59}};
                int32_t *l_267 = &l_227;
                int32_t *l_269 = &g_60;
                int32_t *l_270 = &l_187[2];
                int32_t l_271 = 0x42BF08DCL;
                int32_t *l_272 = (void*)0;
                int32_t *l_273 = &g_16;
                int i, j;
                l_266 ^= ((safe_sub_func_uint32_t_u_u((safe_mod_func_uint16_t_u_u((((*l_237) = (safe_rshift_func_int8_t_s_s(((safe_sub_func_int8_t_s_s(0x58L, ((g_81[3][1] , (safe_mul_func_uint8_t_u_u(l_251, (*g_232)))) ^ (((safe_rshift_func_int16_t_s_u((l_227 &= g_59), 11)) < g_37) && l_251)))) , (*g_232)), 5))) >= g_74[0]), 0x4213L)), g_60)) & l_2[0]);
                l_268 = l_267;
                l_274++;
                (*l_267) = l_277;
            }
            else
            { 
                int32_t *l_278 = &l_187[1];
                int32_t *l_279 = &l_187[0];
                int32_t *l_280 = &g_16;
                int32_t *l_281 = (void*)0;
                int32_t *l_282 = (void*)0;
                int32_t *l_283 = &g_60;
                int32_t *l_284[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_284[i] = (void*)0;
                --l_285;
                if (l_251)
                    break;
                l_288 = ((*l_234) = l_281);
            }
            (*l_234) = (void*)0;
            if (l_289)
                continue;
            (*l_234) = l_290;
        }
    }
    return (**g_231);
}
static uint8_t  func_7(int16_t  p_8, uint32_t  p_9, uint8_t  p_10)
{ 
    int32_t *l_70[2][1];
    int32_t **l_69 = &l_70[1][0];
    int32_t ***l_71 = (void*)0;
    int32_t ***l_72 = &l_69;
    int8_t *l_73 = &g_74[0];
    int8_t *l_75 = &g_76;
    const int32_t *l_78 = &g_79;
    const int32_t **l_77 = &l_78;
    int32_t *l_80 = &g_81[2][1];
    int32_t * const l_102 = &g_60;
    uint64_t *l_133 = (void*)0;
    uint64_t *l_134 = (void*)0;
    uint64_t *l_135 = &g_43;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_70[i][j] = &g_3;
    }
    (*l_69) = &g_16;
    (*l_72) = &l_70[1][0];
    if ((((*l_80) = ((((*l_75) |= ((*l_73) &= 1L)) , ((*l_77) = &g_3)) == (**l_72))) , (g_60 = g_74[0])))
    { 
        uint32_t l_82[4][3];
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 3; j++)
                l_82[i][j] = 0UL;
        }
        l_82[2][0]--;
        (*l_69) = (*l_69);
    }
    else
    { 
        uint32_t l_89 = 0UL;
        int32_t *l_92 = &g_60;
        int8_t l_93[2][4];
        int32_t l_94[1];
        int32_t **l_103 = (void*)0;
        int32_t **l_104 = &l_70[1][0];
        uint16_t *l_105 = &g_106;
        uint64_t *l_111 = (void*)0;
        uint64_t *l_112 = &g_43;
        int16_t *l_121 = (void*)0;
        int16_t *l_122 = &g_59;
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 4; j++)
                l_93[i][j] = 0xDFL;
        }
        for (i = 0; i < 1; i++)
            l_94[i] = 0x4CB4AB47L;
        if (((p_9 ^ (safe_mul_func_int8_t_s_s((safe_add_func_int16_t_s_s((l_89 ^ (0x31L && (p_8 , (safe_add_func_uint64_t_u_u((((*l_69) = l_92) != (void*)0), g_59))))), l_93[0][1])), g_81[3][1]))) == (*l_92)))
        { 
            int64_t l_95[3];
            int i;
            for (i = 0; i < 3; i++)
                l_95[i] = 0x411FA983ECD63622LL;
            --g_96;
            (*l_92) = (g_60 || 0L);
        }
        else
        { 
            ++g_99;
        }
        (*l_104) = l_102;
        (*l_102) = (((((--(*l_105)) <= ((*l_122) &= ((safe_sub_func_uint64_t_u_u(((*l_112) = p_9), (safe_mod_func_uint16_t_u_u((safe_rshift_func_int8_t_s_u((p_8 > (((safe_lshift_func_int8_t_s_s(((*l_73) |= (*l_92)), 2)) ^ ((((***l_72) < ((**l_77) < 1UL)) != p_9) != g_81[3][1])) >= g_96)), 1)), p_8)))) <= p_9))) <= 0xD97937101990186BLL) != 0x2726DF1FL) && (*l_92));
        for (p_8 = 0; (p_8 < (-1)); p_8 = safe_sub_func_int8_t_s_s(p_8, 4))
        { 
            int32_t * const **l_127 = (void*)0;
            (*l_92) = (g_79 == ((((0x6627L == 0xD878L) != 0x57810B6CL) , ((g_125 != l_127) > (**l_77))) | p_9));
            (*l_92) = (&g_3 != (*l_77));
            if (p_9)
                continue;
        }
    }
    if ((safe_lshift_func_int16_t_s_u((safe_add_func_uint32_t_u_u((g_59 || ((safe_unary_minus_func_uint64_t_u((((g_3 > (((*l_135) = 0x3A3E21F7CBC24AECLL) == (((((-10L) && ((((*l_78) < (***l_72)) < p_10) > 8L)) > (**l_69)) || 65535UL) >= (*l_78)))) , 0x0EL) ^ g_79))) , (-1L))), (**l_77))), (*l_102))))
    { 
        int32_t ***l_138[4] = {&g_126,&g_126,&g_126,&g_126};
        int8_t *l_139 = &g_74[0];
        int8_t **l_140 = &l_139;
        int32_t **l_146 = &l_80;
        int i;
        g_147 |= (l_138[1] == (((((*l_135) |= ((((*l_140) = l_139) == l_73) != 0xB36A0D05BA9ED696LL)) == (safe_rshift_func_uint16_t_u_s(((safe_rshift_func_int16_t_s_s((+(((((*l_146) = &g_81[2][1]) != &g_81[2][1]) != g_76) | (***l_72))), (**l_77))) != 0L), p_9))) , (***l_72)) , (void*)0));
    }
    else
    { 
        uint32_t l_148 = 0xC0835277L;
        int32_t l_163[2];
        int i;
        for (i = 0; i < 2; i++)
            l_163[i] = (-1L);
        for (g_96 = 0; (g_96 <= 0); g_96 += 1)
        { 
            return l_148;
        }
        if ((1L & l_148))
        { 
            int16_t l_151 = (-6L);
            int32_t *l_155 = &g_3;
            for (g_59 = 0; (g_59 < 6); ++g_59)
            { 
                ++g_152[1][0];
            }
            (**l_72) = l_155;
        }
        else
        { 
            for (g_43 = 0; (g_43 >= 35); ++g_43)
            { 
                int32_t ** const l_162 = &l_70[1][0];
                int16_t *l_167 = &g_147;
                uint32_t l_170 = 0x730346E1L;
                l_170 = ((safe_div_func_int32_t_s_s((safe_rshift_func_uint16_t_u_s(g_106, (l_163[1] = ((void*)0 != l_162)))), (safe_lshift_func_int16_t_s_s(((*l_167) = (+0xEB716F4F35B7F529LL)), ((safe_rshift_func_int8_t_s_u(g_81[0][0], 3)) < 0x9A22L))))) , p_9);
            }
        }
        (**l_72) = (**l_72);
    }
    return (*l_78);
}
static int64_t  func_11(int8_t  p_12, int8_t  p_13, int32_t  p_14)
{ 
    int32_t *l_15[1][2];
    int8_t l_64 = (-1L);
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_15[i][j] = &g_16;
    }
    ++g_17;
    g_16 = 0x3D5943E2L;
    if (p_13)
    { 
        uint64_t l_20 = 0x7B35F19716E289AALL;
        l_20 = 0x43E5EC35L;
    }
    else
    { 
        int32_t l_21 = 0xFE2499E6L;
        if (g_16)
        { 
            return p_12;
        }
        else
        { 
            return l_21;
        }
    }
    for (g_16 = 0; (g_16 < (-11)); --g_16)
    { 
        int32_t l_31 = 0xFDFDA84AL;
        int32_t l_32 = 0x53483200L;
        int32_t l_39 = 1L;
        int32_t *l_68 = &l_39;
        for (p_14 = 0; (p_14 >= 0); p_14 -= 1)
        { 
            int32_t l_24 = 0xE5FEF407L;
            int i, j;
            l_24 &= 0L;
            for (p_12 = 0; (p_12 == (-30)); --p_12)
            { 
                return p_13;
            }
        }
        l_32 |= (((safe_mod_func_int32_t_s_s(g_17, 1UL)) , (safe_div_func_int16_t_s_s(l_31, p_13))) ^ l_31);
        for (l_32 = 0; (l_32 <= 27); ++l_32)
        { 
            int16_t l_61[4] = {(-1L),(-1L),(-1L),(-1L)};
            int64_t l_65 = 0xD780A8980DF3AEBBLL;
            int i;
            for (p_14 = 23; (p_14 != 22); p_14--)
            { 
                int32_t l_38 = 0xA74B4FBFL;
                int32_t l_40 = 7L;
                int32_t l_41 = 0xFDE00274L;
                int32_t l_42 = (-3L);
                int16_t *l_58[3][4] = {{&g_59,&g_59,&g_59,&g_59},{&g_59,&g_59,&g_59,&g_59},{&g_59,&g_59,&g_59,&g_59}};
                int i, j;
                g_43--;
                g_60 ^= (safe_sub_func_uint32_t_u_u(((((safe_add_func_uint8_t_u_u(g_37, (safe_lshift_func_int16_t_s_s(p_12, (g_59 ^= ((l_38 >= g_3) > (safe_div_func_uint64_t_u_u(((safe_sub_func_uint64_t_u_u(g_43, 7UL)) ^ 0UL), p_12)))))))) == 0x04CDE8B7L) && l_38) | g_37), 0x322E546EL));
                l_61[3] &= 0x6AA7D872L;
                g_60 |= (g_17 , (2L & (((safe_div_func_int16_t_s_s((l_65 = (l_64 = 0x9045L)), (((safe_rshift_func_uint16_t_u_s((1L || 5L), 7)) <= 4294967295UL) | g_3))) >= l_32) == l_39)));
            }
            l_68 = l_15[0][1];
        }
    }
    return p_14;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_16, "g_16", print_hash_value);
    transparent_crc(g_17, "g_17", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_59, "g_59", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_74[i], "g_74[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_76, "g_76", print_hash_value);
    transparent_crc(g_79, "g_79", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_81[i][j], "g_81[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_96, "g_96", print_hash_value);
    transparent_crc(g_99, "g_99", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    transparent_crc(g_147, "g_147", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_152[i][j], "g_152[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_186, "g_186", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_238[i][j], "g_238[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_310, "g_310", print_hash_value);
    transparent_crc(g_399, "g_399", print_hash_value);
    transparent_crc(g_413, "g_413", print_hash_value);
    transparent_crc(g_443, "g_443", print_hash_value);
    transparent_crc(g_561, "g_561", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
