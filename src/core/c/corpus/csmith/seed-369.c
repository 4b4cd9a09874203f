#include "csmith.h"
static long __undefined;
struct S0 {
   int32_t  f0;
   uint32_t  f1;
   uint32_t  f2;
   uint16_t  f3;
   int64_t  f4;
   uint32_t  f5;
};
struct S1 {
   int8_t  f0;
};
static int32_t g_3 = 0x390197F0L;
static struct S0 g_23 = {1L,0xBED99783L,0x7D239F94L,0xD8A0L,0x8393131EC8E12B6ALL,2UL};
static int32_t g_32 = 0x224B34D7L;
static int64_t g_71 = 0L;
static uint8_t g_74 = 0xBFL;
static int64_t *g_95 = &g_71;
static int64_t **g_94 = &g_95;
static uint64_t g_106 = 18446744073709551608UL;
static uint16_t *g_114 = &g_23.f3;
static struct S0 g_137 = {0xA128892BL,4UL,0xEEE9D000L,0UL,1L,0UL};
static int32_t g_148 = 2L;
static int64_t g_149 = (-1L);
static int32_t g_151 = 1L;
static uint16_t g_158[1][1] = {{3UL}};
static int16_t g_195 = (-9L);
static int32_t g_196 = (-7L);
static uint32_t g_199 = 0xE3AFA29FL;
static int8_t g_203 = (-8L);
static int8_t *g_202 = &g_203;
static int32_t g_250 = (-1L);
static uint8_t ** const *g_259 = (void*)0;
static uint8_t ** const **g_258 = &g_259;
static const uint8_t g_275[3][3] = {{0x77L,254UL,0x77L},{255UL,255UL,255UL},{0x77L,254UL,0x77L}};
static int16_t g_287[2] = {(-4L),(-4L)};
static const uint8_t *g_292 = &g_275[1][0];
static const uint8_t **g_291 = &g_292;
static struct S1 g_300 = {-1L};
static int32_t *g_302 = &g_196;
static uint32_t  func_1(void);
static uint64_t  func_7(uint32_t  p_8);
static uint16_t  func_12(uint8_t  p_13, uint32_t  p_14, struct S0  p_15, int16_t  p_16, struct S0  p_17);
static uint32_t  func_1(void)
{ 
    uint16_t l_2[3];
    int8_t l_288 = 0x80L;
    const uint8_t **l_294 = &g_292;
    int32_t l_299 = (-1L);
    struct S1 l_301 = {0L};
    int32_t l_307 = 0x886572D1L;
    uint8_t ** const ***l_309 = &g_258;
    int i;
    for (i = 0; i < 3; i++)
        l_2[i] = 65535UL;
lbl_266:
    for (g_3 = 2; (g_3 >= 0); g_3 -= 1)
    { 
        int i;
        return l_2[g_3];
    }
    for (g_3 = (-8); (g_3 <= 10); g_3 = safe_add_func_int64_t_s_s(g_3, 7))
    { 
        uint32_t l_9 = 1UL;
        int32_t *l_265[3][2];
        const int64_t *l_270 = &g_149;
        const int64_t **l_269 = &l_270;
        const int64_t *** const l_268 = &l_269;
        const int64_t *** const *l_267 = &l_268;
        uint8_t *l_296 = &g_74;
        uint8_t **l_295 = &l_296;
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 2; j++)
                l_265[i][j] = &g_196;
        }
        g_196 = ((+(func_7(l_9) == (l_9 | (~(l_9 || ((g_137.f0 = (safe_mod_func_uint64_t_u_u(g_23.f0, 0xF5F2D47BFB23A127LL))) , (*g_202))))))) != l_9);
        if (g_148)
            goto lbl_266;
        for (g_74 = 0; (g_74 <= 2); g_74 += 1)
        { 
            uint16_t l_271[4] = {0x4DCBL,0x4DCBL,0x4DCBL,0x4DCBL};
            uint8_t *l_272[1][2];
            const uint8_t *l_274 = &g_275[2][1];
            const uint8_t **l_273 = &l_274;
            uint32_t *l_276 = &g_23.f2;
            int32_t *l_280 = &g_151;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_272[i][j] = &g_74;
            }
            for (g_137.f1 = 0; (g_137.f1 <= 1); g_137.f1 += 1)
            { 
                int i, j;
                if (g_137.f5)
                    goto lbl_266;
                l_267 = (void*)0;
                g_151 = g_23.f0;
            }
            if (((((l_271[1] , l_272[0][1]) != ((*l_273) = (void*)0)) != ((*l_276)--)) , g_23.f1))
            { 
                int32_t **l_279 = (void*)0;
                const struct S0 *l_282 = &g_137;
                const uint8_t ***l_293[3];
                uint32_t *l_297[1];
                uint64_t *l_298[4] = {&g_106,&g_106,&g_106,&g_106};
                int i;
                for (i = 0; i < 3; i++)
                    l_293[i] = &l_273;
                for (i = 0; i < 1; i++)
                    l_297[i] = &g_23.f5;
                l_280 = l_276;
                l_301 = ((l_299 = (((+(l_282 != ((g_199 = (((*l_276) = (safe_sub_func_int64_t_s_s((safe_add_func_int8_t_s_s(0x6BL, g_287[1])), (l_288 = g_196)))) , (safe_add_func_int32_t_s_s(((l_294 = g_291) == l_295), 0x4FAFFE66L)))) , &g_23))) & (**g_94)) <= g_23.f5)) , g_300);
                if (l_288)
                    break;
                g_302 = &g_3;
            }
            else
            { 
                int32_t l_308 = 0xB16B7EB9L;
                int i;
                if ((*g_302))
                    break;
                (*l_280) &= (g_302 != g_302);
                l_308 &= (safe_lshift_func_uint16_t_u_u((l_2[g_74] = (((g_3 , (safe_mul_func_uint16_t_u_u((0x2497L > l_288), 0xF69AL))) ^ 1UL) || l_307)), 12));
            }
        }
    }
    l_309 = &g_258;
    return g_287[1];
}
static uint64_t  func_7(uint32_t  p_8)
{ 
    int8_t l_18 = 0xFCL;
    int16_t l_19 = (-1L);
    uint32_t l_20 = 0x094D0E83L;
    struct S0 l_21[3] = {{0xB69C93E3L,0x883E731EL,0xBF5CBF79L,0x5DB5L,0x26CDEE94CCB090AELL,0x51AC06E3L},{0xB69C93E3L,0x883E731EL,0xBF5CBF79L,0x5DB5L,0x26CDEE94CCB090AELL,0x51AC06E3L},{0xB69C93E3L,0x883E731EL,0xBF5CBF79L,0x5DB5L,0x26CDEE94CCB090AELL,0x51AC06E3L}};
    uint8_t l_22 = 253UL;
    int32_t l_260 = (-3L);
    int32_t *l_261 = &g_151;
    int i;
    (*l_261) = (((safe_rshift_func_uint16_t_u_u((l_260 &= func_12((l_18 & ((p_8 <= (0L <= l_18)) || (((l_19 & p_8) , g_3) , g_3))), l_20, l_21[2], l_22, g_23)), p_8)) < 65534UL) || p_8);
    return p_8;
}
static uint16_t  func_12(uint8_t  p_13, uint32_t  p_14, struct S0  p_15, int16_t  p_16, struct S0  p_17)
{ 
    uint32_t l_30 = 18446744073709551606UL;
    int32_t *l_31 = &g_32;
    int64_t **l_103 = &g_95;
    uint64_t *l_104 = (void*)0;
    uint64_t *l_105[2];
    int32_t l_107[1];
    uint16_t *l_112 = &g_23.f3;
    uint16_t **l_113 = &l_112;
    int16_t l_130 = 0xA761L;
    int64_t *l_131[3][4] = {{&g_23.f4,&g_23.f4,&g_23.f4,&g_23.f4},{&g_23.f4,&g_23.f4,&g_23.f4,&g_23.f4},{&g_23.f4,&g_23.f4,&g_23.f4,&g_23.f4}};
    int8_t l_132 = 1L;
    uint16_t l_143[2];
    int8_t *l_171 = &l_132;
    uint8_t ** const **l_255[3][1];
    int i, j;
    for (i = 0; i < 2; i++)
        l_105[i] = &g_106;
    for (i = 0; i < 1; i++)
        l_107[i] = 1L;
    for (i = 0; i < 2; i++)
        l_143[i] = 0xDBD7L;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_255[i][j] = (void*)0;
    }
lbl_97:
    (*l_31) = ((-1L) & (g_23.f3 = ((safe_unary_minus_func_int16_t_s((safe_mul_func_int16_t_s_s(((!p_15.f2) >= (0x30E8L != (p_15.f3 , ((safe_add_func_uint32_t_u_u(l_30, 0xB23FE298L)) | 0x505C00D4B3BEBDA3LL)))), l_30)))) | l_30)));
lbl_115:
    for (p_16 = 0; (p_16 <= 14); p_16 = safe_add_func_uint16_t_u_u(p_16, 5))
    { 
        uint32_t l_56 = 0x7081DC49L;
        int32_t l_57[2][3];
        uint16_t *l_60[2][4] = {{&g_23.f3,&g_23.f3,&g_23.f3,&g_23.f3},{&g_23.f3,&g_23.f3,&g_23.f3,&g_23.f3}};
        uint32_t l_69 = 2UL;
        int32_t **l_85[1];
        struct S0 l_100 = {1L,18446744073709551607UL,0x4A0C6649L,0x3464L,0x56850E27E8F7B0EALL,0xF19E1DE5L};
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 3; j++)
                l_57[i][j] = (-5L);
        }
        for (i = 0; i < 1; i++)
            l_85[i] = &l_31;
        if ((safe_div_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((safe_sub_func_uint16_t_u_u((safe_div_func_int16_t_s_s((((safe_lshift_func_uint16_t_u_u(((safe_rshift_func_int16_t_s_s((safe_lshift_func_int16_t_s_s((safe_sub_func_uint32_t_u_u((~((((safe_mul_func_uint16_t_u_u(((l_57[1][1] = ((safe_mod_func_int8_t_s_s(0xCEL, g_23.f5)) && l_56)) ^ (safe_rshift_func_int8_t_s_s(1L, 1))), (g_23.f3--))) <= (((0L < g_23.f2) > g_23.f2) , 0x8AL)) ^ l_56) || (*l_31))), g_23.f5)), 11)), g_23.f2)) , 65533UL), p_17.f1)) ^ 0L) && g_32), 7UL)), p_16)), g_23.f5)), 65533UL)))
        { 
            uint32_t *l_65 = &l_56;
            int32_t l_66[1];
            int64_t *l_70 = &g_71;
            const uint32_t l_72 = 5UL;
            uint8_t *l_73[1][1];
            int i, j;
            for (i = 0; i < 1; i++)
                l_66[i] = (-1L);
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_73[i][j] = &g_74;
            }
            (*l_31) = (safe_sub_func_uint32_t_u_u(((*l_65) = 4294967295UL), ((p_13 = ((((l_66[0] < (safe_lshift_func_uint16_t_u_u((((((*l_70) &= (g_23.f4 = (l_66[0] , l_69))) == g_32) , l_66[0]) | (*l_31)), g_32))) > 1L) >= l_72) <= 6L)) == g_23.f5)));
        }
        else
        { 
            int16_t l_86 = 0x009AL;
            for (p_15.f3 = 21; (p_15.f3 >= 39); p_15.f3++)
            { 
                int32_t **l_77 = &l_31;
                (*l_77) = &g_3;
                g_32 = (safe_lshift_func_uint16_t_u_u((((+(safe_add_func_int8_t_s_s(p_15.f2, (l_85[0] == (void*)0)))) != (l_86 > (p_13 & g_23.f5))) && p_15.f3), p_17.f5));
                return p_17.f0;
            }
            if (((safe_sub_func_int16_t_s_s(0xC693L, ((((safe_mod_func_int16_t_s_s((safe_lshift_func_uint8_t_u_u((safe_unary_minus_func_uint8_t_u(((*l_31) & (*l_31)))), ((1L & (p_17.f4 & 1UL)) || l_86))), 0x85EDL)) , p_17.f1) , 0x8EBBB00C112068ECLL) != 0x39F7431CF52F5978LL))) != g_23.f2))
            { 
                int64_t ***l_96 = &g_94;
                (*l_31) |= 0xBA34BD09L;
                (*l_96) = g_94;
            }
            else
            { 
                if (g_23.f5)
                    goto lbl_97;
                if (g_23.f0)
                    break;
            }
            for (p_15.f2 = 9; (p_15.f2 > 55); p_15.f2 = safe_add_func_int32_t_s_s(p_15.f2, 1))
            { 
                return g_23.f4;
            }
        }
        p_17 = l_100;
    }
    if ((safe_div_func_int64_t_s_s(((l_107[0] ^= (l_103 != &g_95)) == (safe_unary_minus_func_int32_t_s((safe_unary_minus_func_int32_t_s(p_15.f1))))), (safe_add_func_int16_t_s_s(((((*l_113) = l_112) == g_114) , g_23.f3), 65532UL)))))
    { 
        int32_t l_123 = 0L;
        if (p_17.f5)
            goto lbl_115;
        for (p_15.f4 = 1; (p_15.f4 >= 0); p_15.f4 -= 1)
        { 
            int32_t **l_122 = &l_31;
            (*l_31) ^= (g_23 , (safe_div_func_int16_t_s_s(g_23.f4, (safe_mod_func_uint16_t_u_u((((0UL || g_23.f4) ^ (safe_lshift_func_uint16_t_u_u((((void*)0 != l_122) < (-5L)), p_17.f3))) == l_123), l_123)))));
        }
    }
    else
    { 
        return p_17.f3;
    }
    if ((l_132 &= (((*l_31) = (-2L)) == ((g_23.f4 = (p_17.f4 = (safe_rshift_func_uint8_t_u_s((((g_106 = p_17.f5) >= ((*g_95) = ((void*)0 != &l_112))) && (safe_sub_func_uint64_t_u_u((l_130 = g_71), p_17.f1))), 6)))) >= p_15.f3))))
    { 
lbl_238:
        (*l_31) = p_16;
        return p_15.f5;
    }
    else
    { 
        int32_t *l_133 = &l_107[0];
        struct S0 *l_136 = &g_137;
        int32_t l_145 = (-7L);
        int32_t l_146 = 0xCCE5AB66L;
        int32_t l_156[4];
        uint8_t **l_189 = (void*)0;
        struct S0 *l_216 = &g_137;
        uint8_t ** const **l_257 = (void*)0;
        uint8_t ** const ***l_256[2];
        int i;
        for (i = 0; i < 4; i++)
            l_156[i] = 0x6FC06682L;
        for (i = 0; i < 2; i++)
            l_256[i] = &l_257;
        if (((*l_133) |= (*l_31)))
        { 
            const uint16_t *l_140 = &g_23.f3;
            uint8_t *l_142 = &g_74;
            uint8_t **l_141 = &l_142;
            int8_t *l_144 = &l_132;
            int32_t l_147 = (-6L);
            int32_t l_157 = 2L;
            for (g_23.f3 = 28; (g_23.f3 == 2); g_23.f3 = safe_sub_func_uint16_t_u_u(g_23.f3, 3))
            { 
                l_136 = (void*)0;
            }
            if (((*l_133) ^= (safe_div_func_int8_t_s_s(g_23.f3, ((*l_144) = ((g_114 != l_140) , ((((*l_141) = &p_13) != (void*)0) && l_143[1])))))))
            { 
                int32_t *l_150 = &l_107[0];
                int32_t *l_152 = &l_146;
                int32_t *l_153 = &g_32;
                int32_t *l_154 = &l_145;
                int32_t *l_155[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_155[i] = &l_145;
                g_158[0][0]++;
                return p_14;
            }
            else
            { 
                int8_t l_174 = 0x5EL;
                uint64_t **l_175[4] = {&l_105[0],&l_105[0],&l_105[0],&l_105[0]};
                int i;
                l_175[0] = (((**g_94) = (0UL & ((safe_add_func_uint16_t_u_u(((((safe_div_func_int16_t_s_s((((safe_add_func_uint32_t_u_u(((safe_add_func_uint16_t_u_u(65529UL, 0xA4BFL)) & (((safe_div_func_uint8_t_u_u(((((((l_171 = l_144) == (((safe_add_func_int8_t_s_s((p_15.f3 <= 18446744073709551607UL), 1UL)) == (*l_31)) , (void*)0)) >= 3UL) | (*l_31)) | l_174) | 0L), g_106)) | 65531UL) && 1L)), (*l_133))) && p_16) || (*g_114)), (*g_114))) , l_174) ^ p_17.f5) == (-1L)), p_17.f0)) , l_147))) , &l_105[0]);
                (*l_31) = 0L;
                return (*g_114);
            }
        }
        else
        { 
            struct S1 l_178[4][2] = {{{-1L},{-1L}},{{-1L},{-1L}},{{-1L},{-1L}},{{-1L},{-1L}}};
            int32_t l_197 = 5L;
            int32_t l_198[2][3] = {{(-1L),(-1L),(-1L)},{(-5L),(-5L),(-5L)}};
            uint8_t ** const *l_232[3][4] = {{&l_189,&l_189,&l_189,&l_189},{&l_189,&l_189,&l_189,&l_189},{&l_189,&l_189,&l_189,&l_189}};
            int i, j;
            if (((((*l_31) > 0xD2L) <= g_137.f1) <= (p_17.f4 & (p_15.f3 <= 0x069F5C42DACBD30BLL))))
            { 
                int32_t **l_176 = (void*)0;
                int32_t **l_177 = &l_133;
                struct S1 *l_179 = &l_178[1][1];
                uint8_t ***l_190 = &l_189;
                (*l_177) = (void*)0;
                (*l_179) = l_178[1][1];
                l_145 &= (~(safe_add_func_int64_t_s_s((*g_95), ((((*l_112) = (p_17.f3 ^ (!(safe_sub_func_uint8_t_u_u((+(safe_sub_func_uint8_t_u_u(((((*l_190) = l_189) == (void*)0) ^ p_17.f5), 0x8FL))), l_178[1][1].f0))))) < 0xC796L) == 0x96E7687AL))));
            }
            else
            { 
                int32_t *l_191 = &g_151;
                int32_t *l_192 = &l_156[1];
                int32_t *l_193 = &l_107[0];
                int32_t *l_194[1][3];
                int8_t **l_204 = &l_171;
                uint32_t *l_217 = &g_23.f2;
                uint64_t *l_218[1][3];
                uint32_t l_220[2][2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_194[i][j] = &l_107[0];
                }
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_218[i][j] = &g_106;
                }
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_220[i][j] = 0x86F9EF08L;
                }
                g_199--;
                (*l_193) = ((g_202 == ((*l_204) = &l_132)) , (safe_sub_func_uint32_t_u_u((g_137.f2 = (p_15.f2 |= (safe_add_func_uint8_t_u_u(((p_17.f0 != ((safe_add_func_int64_t_s_s(((safe_mul_func_uint16_t_u_u(((((!p_17.f2) , (((*l_217) |= (((void*)0 != l_216) | l_178[1][1].f0)) , (void*)0)) == l_218[0][0]) & p_17.f3), (*g_114))) <= l_198[1][0]), p_13)) <= (*g_202))) , g_137.f3), p_16)))), g_195)));
                g_151 ^= (1L == (6UL <= ((*l_31) == ((~l_220[0][1]) || ((safe_unary_minus_func_int32_t_s((0xEEL || g_137.f5))) || g_148)))));
            }
            for (g_151 = (-30); (g_151 > 27); g_151++)
            { 
                uint32_t l_235 = 0x6F09C54EL;
                int32_t *l_236 = &l_107[0];
                int32_t **l_237 = &l_236;
                (*l_236) ^= ((*g_94) != ((safe_mod_func_int16_t_s_s((safe_add_func_int8_t_s_s((safe_lshift_func_int16_t_s_u((safe_mod_func_int8_t_s_s((((void*)0 == l_232[0][3]) , (((0L == (safe_sub_func_uint64_t_u_u(((((*g_114) = (l_235 < l_198[1][1])) > 5UL) | 0xB2L), (*l_31)))) == p_17.f4) | p_15.f3)), g_137.f4)), l_235)), (*l_31))), 1L)) , (void*)0));
                (*l_237) = &g_3;
                if (p_15.f3)
                    goto lbl_238;
            }
        }
        for (p_17.f0 = 0; (p_17.f0 == 11); p_17.f0++)
        { 
            struct S0 l_246 = {0x892DC4D5L,0xECC9AE33L,0xB050142BL,0x99A0L,-1L,0xCAE12ECCL};
            const uint8_t ***l_247 = (void*)0;
            const uint8_t ****l_248 = &l_247;
            int32_t *l_251 = &g_151;
            g_151 ^= (*l_31);
            for (g_23.f2 = 0; (g_23.f2 < 56); ++g_23.f2)
            { 
                int32_t * const l_243 = &g_3;
                int32_t **l_244 = (void*)0;
                int32_t **l_245 = &l_133;
                if (p_15.f4)
                    break;
                (*l_245) = l_243;
                (*l_245) = &g_3;
                p_15 = l_246;
            }
            if (((*l_251) = (((*l_31) = (((((*l_248) = l_247) != &l_189) ^ (0xFBAC7AF0L || 0L)) < (~(-5L)))) < g_250)))
            { 
                int32_t **l_252 = (void*)0;
                int32_t *l_253 = (void*)0;
                l_253 = &l_107[0];
                return p_15.f3;
            }
            else
            { 
                int32_t l_254 = 0xA4D6DC9EL;
                return l_254;
            }
        }
        g_258 = (l_255[0][0] = (void*)0);
    }
    return (*l_31);
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_23.f0, "g_23.f0", print_hash_value);
    transparent_crc(g_23.f1, "g_23.f1", print_hash_value);
    transparent_crc(g_23.f2, "g_23.f2", print_hash_value);
    transparent_crc(g_23.f3, "g_23.f3", print_hash_value);
    transparent_crc(g_23.f4, "g_23.f4", print_hash_value);
    transparent_crc(g_23.f5, "g_23.f5", print_hash_value);
    transparent_crc(g_32, "g_32", print_hash_value);
    transparent_crc(g_71, "g_71", print_hash_value);
    transparent_crc(g_74, "g_74", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    transparent_crc(g_137.f0, "g_137.f0", print_hash_value);
    transparent_crc(g_137.f1, "g_137.f1", print_hash_value);
    transparent_crc(g_137.f2, "g_137.f2", print_hash_value);
    transparent_crc(g_137.f3, "g_137.f3", print_hash_value);
    transparent_crc(g_137.f4, "g_137.f4", print_hash_value);
    transparent_crc(g_137.f5, "g_137.f5", print_hash_value);
    transparent_crc(g_148, "g_148", print_hash_value);
    transparent_crc(g_149, "g_149", print_hash_value);
    transparent_crc(g_151, "g_151", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_158[i][j], "g_158[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_195, "g_195", print_hash_value);
    transparent_crc(g_196, "g_196", print_hash_value);
    transparent_crc(g_199, "g_199", print_hash_value);
    transparent_crc(g_203, "g_203", print_hash_value);
    transparent_crc(g_250, "g_250", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_275[i][j], "g_275[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_287[i], "g_287[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_300.f0, "g_300.f0", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
