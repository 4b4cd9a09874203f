#include "csmith.h"
static long __undefined;
struct S0 {
   uint8_t  f0;
   uint32_t  f1;
   uint32_t  f2;
   const uint32_t  f3;
   const uint64_t  f4;
};
struct S1 {
   uint16_t  f0;
   uint16_t  f1;
   int32_t  f2;
   int32_t  f3;
   int8_t  f4;
};
struct S2 {
   int64_t  f0;
   int32_t  f1;
   uint32_t  f2;
};
struct S3 {
   uint64_t  f0;
   struct S1  f1;
};
static uint32_t g_12 = 0UL;
static struct S3 g_41 = {0x9E95372A7181CA8FLL,{65529UL,0x9643L,0xD12EA0FEL,0xE6B3E962L,0xA7L}};
static struct S3 *g_40 = &g_41;
static int16_t g_59[1][1] = {{0xB9A7L}};
static uint32_t g_81 = 0xC81C9D71L;
static uint8_t g_104 = 0xAFL;
static int16_t g_108 = 0L;
static int16_t g_109 = (-8L);
static int8_t g_110 = 0xEBL;
static int32_t g_111 = 0L;
static uint32_t g_112[2][3] = {{0UL,0UL,0UL},{6UL,6UL,6UL}};
static int32_t *g_118 = &g_41.f1.f3;
static int32_t **g_124[3][3] = {{(void*)0,(void*)0,(void*)0},{&g_118,&g_118,&g_118},{(void*)0,(void*)0,(void*)0}};
static int32_t *** const g_123[3] = {&g_124[1][2],&g_124[1][2],&g_124[1][2]};
static struct S2 g_142 = {-1L,0xEB3B6C1DL,0UL};
static struct S2 *g_141 = &g_142;
static struct S3 **g_149 = &g_40;
static uint32_t g_196 = 8UL;
static int64_t * const g_261 = &g_142.f0;
static struct S1 g_279 = {0x5B6FL,0xCE4CL,1L,0x8C0F79CBL,0x47L};
static int32_t g_301[1] = {(-9L)};
static uint32_t *g_364 = &g_81;
static const uint64_t  func_1(void);
static int32_t  func_2(int32_t  p_3, uint32_t  p_4, const int32_t  p_5, struct S1  p_6, int32_t  p_7);
static int8_t  func_16(struct S3  p_17, uint16_t  p_18, int32_t  p_19);
static const uint64_t  func_1(void)
{ 
    const int32_t l_15[2][1] = {{0x4C975158L},{0x4C975158L}};
    struct S3 l_20 = {0xF9953E80C6548AABLL,{65530UL,0x1D7FL,4L,-5L,-1L}};
    struct S3 *l_21 = &l_20;
    int8_t *l_278 = &l_20.f1.f4;
    int32_t *l_379 = &l_20.f1.f3;
    int64_t l_380[3][4] = {{3L,(-1L),(-1L),3L},{1L,(-1L),(-4L),(-1L)},{(-1L),0L,(-4L),(-4L)}};
    int32_t ***l_385 = &g_124[1][2];
    int i, j;
    (*l_379) = func_2((safe_mul_func_uint8_t_u_u(((safe_sub_func_int32_t_s_s((g_12 > ((safe_mod_func_uint8_t_u_u(l_15[1][0], ((*l_278) = func_16(((*l_21) = l_20), (safe_add_func_uint64_t_u_u((safe_lshift_func_int8_t_s_u(l_15[1][0], l_15[1][0])), g_12)), l_15[1][0])))) < 1UL)), 0x791142BFL)) >= 1UL), l_15[1][0])), g_59[0][0], l_15[1][0], g_279, l_15[1][0]);
    if (g_41.f1.f3)
        goto lbl_384;
lbl_384:
    (*g_118) = (l_380[1][0] != ((+0x44A373C5L) || (safe_mul_func_int16_t_s_s(9L, g_142.f0))));
    (*g_118) = (&g_124[1][2] == (((void*)0 != &g_59[0][0]) , l_385));
    return g_108;
}
static int32_t  func_2(int32_t  p_3, uint32_t  p_4, const int32_t  p_5, struct S1  p_6, int32_t  p_7)
{ 
    int16_t l_290 = 0L;
    uint8_t *l_299[3][3] = {{&g_104,&g_104,&g_104},{&g_104,&g_104,&g_104},{&g_104,&g_104,&g_104}};
    int32_t l_300 = 0xE15FCF3DL;
    int8_t l_302 = 0x3FL;
    int32_t l_307 = 0xD36BEF08L;
    int32_t l_308 = 0xAC1A1C62L;
    int32_t l_309 = 0xBDF1EA78L;
    int32_t l_310 = (-6L);
    int32_t l_311 = 1L;
    int32_t l_312 = (-3L);
    int32_t l_313[3][4] = {{1L,0x2331D1B6L,1L,0x2331D1B6L},{1L,0x2331D1B6L,1L,0x2331D1B6L},{1L,0x2331D1B6L,1L,0x2331D1B6L}};
    int32_t l_315 = (-1L);
    uint32_t l_316 = 9UL;
    int64_t l_319 = 0x4E4E6E4FB6FEA1CCLL;
    int16_t l_320 = 0x54D8L;
    struct S2 *l_332 = &g_142;
    uint8_t l_378 = 247UL;
    int i, j;
    if ((safe_sub_func_uint16_t_u_u(((safe_mul_func_int8_t_s_s((safe_mod_func_uint16_t_u_u((safe_mul_func_int8_t_s_s((safe_div_func_int8_t_s_s(l_290, p_6.f0)), (safe_sub_func_uint16_t_u_u(0UL, (((safe_add_func_uint8_t_u_u((l_300 = (safe_mod_func_uint8_t_u_u((((safe_div_func_int64_t_s_s((l_290 > (0x901617E3L >= p_4)), 18446744073709551615UL)) >= g_41.f1.f2) , p_3), g_279.f0))), 0x43L)) || g_301[0]) , p_6.f1))))), g_112[1][1])), g_301[0])) < g_104), l_290)))
    { 
        int32_t *l_303 = (void*)0;
        int32_t *l_304 = &g_41.f1.f3;
        int32_t *l_305 = &l_300;
        int32_t *l_306[3];
        int64_t l_314 = 1L;
        int64_t l_321 = 0L;
        uint64_t l_322 = 0xA1521E2DD48366C3LL;
        uint64_t l_329 = 18446744073709551610UL;
        struct S2 **l_333 = &g_141;
        int i;
        for (i = 0; i < 3; i++)
            l_306[i] = &l_300;
        --l_316;
        l_322++;
        for (g_196 = 0; (g_196 < 16); g_196 = safe_add_func_uint32_t_u_u(g_196, 8))
        { 
            int64_t l_327[2];
            int32_t l_328 = 0x5E6B33BDL;
            int i;
            for (i = 0; i < 2; i++)
                l_327[i] = (-3L);
            ++l_329;
            return p_6.f3;
        }
        (*l_305) &= (l_332 != ((*l_333) = &g_142));
    }
    else
    { 
        uint32_t l_334 = 4294967295UL;
        int8_t *l_351 = &l_302;
        struct S3 l_353 = {18446744073709551615UL,{0xF6E2L,0UL,0x4B995970L,0x4772450FL,0L}};
        struct S3 ****l_370[3][1];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_370[i][j] = (void*)0;
        }
        for (l_319 = 2; (l_319 >= 0); l_319 -= 1)
        { 
            int32_t l_352[3][1];
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_352[i][j] = (-8L);
            }
            l_334 = 1L;
            for (l_309 = 2; (l_309 >= 0); l_309 -= 1)
            { 
                int i, j;
                (*g_118) ^= (((safe_rshift_func_uint16_t_u_s((((l_313[l_309][l_319] <= p_6.f4) , (((safe_mod_func_int64_t_s_s((safe_mod_func_uint64_t_u_u(((safe_sub_func_uint16_t_u_u((((((((l_313[l_309][(l_319 + 1)] = ((((safe_div_func_int8_t_s_s((safe_sub_func_uint32_t_u_u(((safe_mod_func_uint32_t_u_u((g_41.f1.f2 > l_313[l_309][l_319]), ((safe_add_func_uint8_t_u_u(((&g_142 != &g_142) || 0x45ED04191B9CB308LL), l_334)) ^ g_41.f0))) || l_313[l_309][l_319]), 1L)), 255UL)) , l_351) != l_351) == 0x77E28792L)) || 0x52574A73L) >= p_3) == (-1L)) , p_5) >= 0xBE66A94C78A6BF29LL) | g_301[0]), p_6.f3)) , p_6.f2), l_352[1][0])), p_6.f1)) | p_6.f3) < (*g_261))) < g_196), g_81)) , l_313[l_309][(l_319 + 1)]) ^ p_6.f3);
            }
        }
        (*g_118) ^= (((l_353 , (safe_mod_func_int32_t_s_s(((p_5 , (l_353.f1.f2 ^ l_353.f1.f2)) , ((safe_sub_func_int64_t_s_s(((0x30L > g_196) < 0xE957BF9EL), p_6.f1)) , p_3)), g_109))) <= p_6.f1) | 5UL);
        for (g_41.f1.f3 = 0; (g_41.f1.f3 >= (-4)); --g_41.f1.f3)
        { 
            const int32_t *l_361 = &g_41.f1.f3;
            const int32_t **l_360 = &l_361;
            (*l_360) = &p_5;
            if ((*g_118))
                break;
            for (p_6.f2 = (-22); (p_6.f2 >= (-19)); p_6.f2 = safe_add_func_uint64_t_u_u(p_6.f2, 9))
            { 
                struct S3 l_369[4] = {{0x69372414C672D693LL,{65535UL,0UL,0xE016AE77L,-1L,-8L}},{0x69372414C672D693LL,{65535UL,0UL,0xE016AE77L,-1L,-8L}},{0x69372414C672D693LL,{65535UL,0UL,0xE016AE77L,-1L,-8L}},{0x69372414C672D693LL,{65535UL,0UL,0xE016AE77L,-1L,-8L}}};
                int8_t l_371 = 1L;
                int i;
                l_310 = ((((g_364 = (void*)0) == (void*)0) , (*g_141)) , ((safe_mul_func_int16_t_s_s((((safe_rshift_func_uint8_t_u_s(0xA5L, 4)) | (((l_369[1] , (void*)0) == l_370[2][0]) < g_41.f1.f4)) & l_371), l_369[1].f1.f4)) > 0xC176A152614948C1LL));
            }
            for (l_308 = 13; (l_308 == 16); ++l_308)
            { 
                int32_t *l_374 = &g_142.f1;
                uint32_t *l_375 = &g_196;
                (*l_374) |= 0x97B1F3AFL;
                if (l_300)
                    break;
                (*l_374) ^= (((*l_375)--) >= (*l_361));
            }
        }
    }
    return l_378;
}
static int8_t  func_16(struct S3  p_17, uint16_t  p_18, int32_t  p_19)
{ 
    int8_t l_28 = 0x99L;
    int32_t l_34[4][1] = {{(-4L)},{(-1L)},{(-4L)},{(-1L)}};
    struct S3 l_35 = {0x6FE54384F3AC16B4LL,{65529UL,0UL,0xDB06862EL,0xE2646899L,0xB2L}};
    struct S3 **l_116 = &g_40;
    struct S3 ***l_115 = &l_116;
    uint16_t l_132 = 0xD18CL;
    int32_t **l_135 = (void*)0;
    struct S1 l_137 = {0x9017L,0xC14CL,-6L,-1L,0x3BL};
    int32_t *l_147 = &l_34[3][0];
    const int32_t l_158 = 0xD3352EEFL;
    struct S2 l_160[1] = {{-1L,0x69AB3D76L,0xEE6F0E40L}};
    uint64_t l_181 = 1UL;
    int64_t l_198 = 6L;
    int32_t ****l_263 = (void*)0;
    uint8_t l_275[3][1];
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_275[i][j] = 0x45L;
    }
    if ((safe_rshift_func_uint16_t_u_s(l_28, 2)))
    { 
        int32_t l_31 = 0xE785C2F4L;
        struct S2 l_36 = {-1L,7L,5UL};
        const uint64_t l_37 = 0xA35E06C08385637ELL;
        int32_t *l_44 = (void*)0;
        struct S0 l_51 = {0x60L,0x06AF73E8L,0x32A224D5L,18446744073709551615UL,0x3ABED3A9A78915CELL};
        int32_t l_80 = (-1L);
        uint32_t l_101[4][2];
        int32_t ***l_126 = &g_124[1][2];
        int32_t ****l_125 = &l_126;
        int32_t *l_127 = &l_34[0][0];
        int32_t *l_128 = (void*)0;
        int32_t *l_129 = (void*)0;
        int32_t *l_130 = &l_35.f1.f3;
        int32_t *l_131 = &l_80;
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 2; j++)
                l_101[i][j] = 0x8704077EL;
        }
        for (p_17.f1.f2 = 0; (p_17.f1.f2 != (-14)); p_17.f1.f2 = safe_sub_func_int32_t_s_s(p_17.f1.f2, 1))
        { 
            int32_t l_60 = 0x58079396L;
            int32_t l_61[1][3];
            int32_t *l_79[2];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_61[i][j] = 0x97682755L;
            }
            for (i = 0; i < 2; i++)
                l_79[i] = &l_61[0][2];
            if ((((l_31 , (p_17.f1.f3 , ((safe_rshift_func_uint8_t_u_u(((l_31 > (p_17.f1.f4 ^ (l_34[3][0] , p_17.f1.f1))) && g_12), p_17.f1.f3)) , l_35))) , l_36) , l_37))
            { 
                struct S3 *l_39 = &l_35;
                struct S3 **l_38 = &l_39;
                int32_t *l_42 = (void*)0;
                int32_t *l_43[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_43[i] = &l_34[2][0];
                p_17.f1.f3 = (((*l_38) = (void*)0) == g_40);
                l_44 = l_43[0];
                if (g_12)
                    break;
            }
            else
            { 
                struct S3 **l_52 = &g_40;
                int32_t *l_53 = &l_36.f1;
                uint32_t *l_54 = &l_51.f1;
                int64_t *l_55 = (void*)0;
                int64_t *l_56 = &l_36.f0;
                int16_t *l_57 = (void*)0;
                int16_t *l_58[1][4] = {{&g_59[0][0],&g_59[0][0],&g_59[0][0],&g_59[0][0]}};
                uint8_t *l_66 = (void*)0;
                uint8_t *l_67 = &l_51.f0;
                int8_t *l_76 = &l_28;
                int8_t *l_77 = &g_41.f1.f4;
                int8_t *l_78 = &l_35.f1.f4;
                int i, j;
                l_61[0][2] = (p_17.f1.f3 = ((((safe_mod_func_int16_t_s_s((l_60 = (~((*l_56) &= (((*l_54) = (safe_rshift_func_int16_t_s_s((((safe_unary_minus_func_int16_t_s(g_41.f0)) | p_19) != ((*l_53) = ((l_51 , l_52) != (void*)0))), 5))) ^ p_17.f1.f4)))), g_41.f1.f4)) && p_17.f1.f2) , l_35.f0) || p_17.f0));
                (*l_53) ^= (p_19 < (safe_mul_func_int8_t_s_s(((*l_78) ^= ((-7L) ^ (((safe_lshift_func_uint8_t_u_s(((*l_67)--), 6)) & l_60) != (safe_add_func_int8_t_s_s(((*l_77) ^= ((*l_76) = (safe_lshift_func_uint16_t_u_u((safe_add_func_uint8_t_u_u(p_17.f1.f3, (l_58[0][3] == l_57))), 5)))), 1UL))))), 4UL)));
            }
            g_81++;
        }
        for (l_51.f0 = (-29); (l_51.f0 > 18); l_51.f0 = safe_add_func_int64_t_s_s(l_51.f0, 9))
        { 
            int64_t l_102 = 0x63B3A31468BD1E8ALL;
            uint8_t *l_103 = &g_104;
            if ((safe_lshift_func_uint8_t_u_u((safe_rshift_func_int16_t_s_u((-1L), 2)), ((*l_103) &= (safe_rshift_func_int8_t_s_s((safe_lshift_func_int8_t_s_u(((void*)0 == &l_28), 4)), (safe_div_func_uint64_t_u_u((~(safe_div_func_int64_t_s_s((p_17.f1.f4 <= (safe_mod_func_uint32_t_u_u((0x6BAB3D6DL < 0x549E5CE9L), l_101[1][1]))), l_102))), g_41.f1.f4))))))))
            { 
                int32_t *l_105 = &l_35.f1.f3;
                int32_t *l_106 = &l_34[0][0];
                int32_t *l_107[4][3] = {{&l_34[3][0],&g_41.f1.f3,&g_41.f1.f3},{&l_34[3][0],&g_41.f1.f3,&g_41.f1.f3},{&l_34[3][0],&g_41.f1.f3,&g_41.f1.f3},{&l_34[3][0],&g_41.f1.f3,&g_41.f1.f3}};
                int i, j;
                g_112[1][2]++;
            }
            else
            { 
                struct S3 ****l_117 = &l_115;
                int32_t **l_119 = (void*)0;
                int32_t **l_120[4][3];
                int16_t * const l_122 = (void*)0;
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_120[i][j] = (void*)0;
                }
                (*l_117) = l_115;
                g_118 = g_118;
                if (p_17.f1.f1)
                    break;
                p_17.f1.f3 = ((*g_118) |= (~((void*)0 == l_122)));
            }
            return p_17.f1.f1;
        }
        (*l_125) = g_123[2];
        l_132--;
    }
    else
    { 
        const int32_t **l_136 = (void*)0;
        struct S3 **l_148 = &g_40;
lbl_150:
        if (((g_41.f1 , ((0xD030DF63L <= (l_135 != l_136)) & (l_137 , g_59[0][0]))) ^ 0xDCAD63BEL))
        { 
            return g_59[0][0];
        }
        else
        { 
            uint8_t l_138 = 8UL;
            struct S2 **l_143 = &g_141;
            l_138--;
            (*l_143) = g_141;
            for (l_138 = 0; (l_138 > 19); l_138 = safe_add_func_uint16_t_u_u(l_138, 9))
            { 
                int32_t *l_146 = &g_41.f1.f3;
                l_147 = l_146;
                return p_17.f1.f2;
            }
        }
        g_149 = l_148;
        if (g_41.f1.f1)
            goto lbl_150;
    }
    for (g_111 = 0; (g_111 <= 2); g_111 += 1)
    { 
        for (p_17.f1.f1 = 0; (p_17.f1.f1 <= 1); p_17.f1.f1 += 1)
        { 
            int i, j;
            for (l_137.f0 = 0; (l_137.f0 <= 1); l_137.f0 += 1)
            { 
                int32_t *l_151 = &g_142.f1;
                int i, j;
                (*l_116) = &p_17;
                l_147 = l_151;
            }
            if (g_112[p_17.f1.f1][p_17.f1.f1])
                continue;
        }
        if (g_41.f1.f1)
            goto lbl_159;
    }
    if (((safe_mod_func_int64_t_s_s((-1L), ((*l_147) || ((*l_147) < (((**g_149) , ((safe_add_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u(0UL, l_158)), p_17.f1.f4)) <= 1UL)) > p_17.f1.f4))))) , p_17.f1.f4))
    { 
lbl_159:
        for (l_137.f1 = 0; l_137.f1 < 3; l_137.f1 += 1)
        {
            for (l_35.f1.f3 = 0; l_35.f1.f3 < 3; l_35.f1.f3 += 1)
            {
                g_124[l_137.f1][l_35.f1.f3] = &g_118;
            }
        }
        (*g_141) = l_160[0];
        for (p_17.f1.f1 = 0; (p_17.f1.f1 == 4); p_17.f1.f1 = safe_add_func_int64_t_s_s(p_17.f1.f1, 3))
        { 
            int64_t *l_167 = &g_142.f0;
            int64_t l_172 = 0xC7AA637DEE9CF0C6LL;
            (*g_118) = (safe_mul_func_int8_t_s_s(((((safe_sub_func_int64_t_s_s(((*l_167) = p_19), (safe_mul_func_int8_t_s_s((l_172 && (((((safe_div_func_uint16_t_u_u((((safe_sub_func_int64_t_s_s(p_17.f1.f3, (safe_div_func_int16_t_s_s((safe_lshift_func_uint16_t_u_s(0xF6ABL, 8)), 8L)))) && p_17.f1.f1) <= 0xD2546FF5L), 0x4805L)) ^ l_181) ^ 18446744073709551615UL) != (*l_147)) == g_110)), l_172)))) && p_18) > 0L) || 0xF0F138F814AE1D9CLL), p_19));
            if ((*l_147))
                break;
        }
        (*g_118) = (safe_mul_func_uint8_t_u_u(0xD1L, 0L));
    }
    else
    { 
        uint32_t *l_194 = &g_81;
        uint32_t *l_195 = &g_196;
        int32_t l_197 = 0xC7B67EACL;
        struct S2 l_222 = {0x26C017CA1D526E17LL,0L,1UL};
        int32_t l_255 = 8L;
        int32_t *l_272 = &l_222.f1;
        int32_t *l_273 = (void*)0;
        int32_t *l_274[1];
        int i;
        for (i = 0; i < 1; i++)
            l_274[i] = &l_160[0].f1;
        if ((0x149CL ^ (safe_lshift_func_uint8_t_u_s((safe_sub_func_int16_t_s_s((safe_lshift_func_uint16_t_u_u((safe_mul_func_int8_t_s_s((safe_div_func_uint32_t_u_u((l_147 != &g_81), (p_17.f1.f2 | ((*l_195) = ((*l_194) |= p_19))))), l_197)), 11)), p_17.f1.f2)), g_41.f1.f1))))
        { 
            uint32_t *l_199 = (void*)0;
            uint32_t *l_200 = &l_160[0].f2;
            if (((--(*l_200)) , p_17.f0))
            { 
                (*g_118) &= (-1L);
                return g_112[0][1];
            }
            else
            { 
                uint32_t l_203 = 0xCE94049FL;
                uint64_t *l_207 = &g_41.f0;
                p_17.f1.f3 &= l_203;
                p_17.f1.f3 |= (safe_add_func_uint64_t_u_u((safe_unary_minus_func_uint64_t_u(((*l_207)++))), (((*l_115) = &g_40) == (void*)0)));
                return l_197;
            }
        }
        else
        { 
            struct S2 l_221 = {0x9674B01682E6EA6DLL,0x21D6E29EL,0x1D3D7B66L};
            int32_t ***l_265 = (void*)0;
            int32_t ****l_264[1];
            int i;
            for (i = 0; i < 1; i++)
                l_264[i] = &l_265;
            for (l_137.f0 = 0; (l_137.f0 < 58); l_137.f0++)
            { 
                uint64_t *l_216 = &l_35.f0;
                struct S1 *l_219 = (void*)0;
                struct S1 *l_220 = &l_35.f1;
                (*l_147) ^= (safe_sub_func_int16_t_s_s(l_197, (p_17.f1 , (safe_sub_func_uint64_t_u_u(p_17.f1.f1, (--(*l_216)))))));
                (*l_220) = p_17.f1;
            }
            l_222 = l_221;
            if ((safe_mul_func_uint8_t_u_u(((safe_mod_func_uint64_t_u_u((safe_rshift_func_uint8_t_u_s(l_221.f2, 7)), (safe_add_func_uint64_t_u_u((safe_add_func_uint8_t_u_u((safe_sub_func_int16_t_s_s(0x523DL, (safe_lshift_func_int16_t_s_s((safe_sub_func_uint16_t_u_u(p_17.f1.f4, ((((safe_mod_func_int32_t_s_s((*l_147), (safe_lshift_func_int8_t_s_u((safe_add_func_uint8_t_u_u(((safe_sub_func_uint64_t_u_u((safe_add_func_int32_t_s_s(((-5L) & g_196), p_19)), g_41.f1.f3)) > 65535UL), 5UL)), 1)))) & 1UL) | p_17.f1.f1) == l_197))), 12)))), g_109)), 18446744073709551615UL)))) & 0UL), 255UL)))
            { 
                int64_t *l_260 = (void*)0;
                int32_t l_262[3][2];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_262[i][j] = (-1L);
                }
                (*l_147) = (safe_sub_func_int32_t_s_s(p_18, (((safe_div_func_uint8_t_u_u((safe_add_func_int16_t_s_s(((l_160[0] , l_255) | (((safe_sub_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_u((l_260 != g_261), 3)), g_111)) < l_262[2][0]) == p_17.f1.f4)), g_112[1][2])), 0xABL)) , l_263) != l_264[0])));
            }
            else
            { 
                int16_t l_266 = (-8L);
                int32_t l_267 = 2L;
                uint32_t l_268 = 4294967289UL;
                (*g_141) = (*g_141);
                ++l_268;
                p_17.f1.f3 = (safe_unary_minus_func_int8_t_s((((void*)0 == &l_197) , (g_41.f1.f4 = (p_17.f0 && l_197)))));
            }
            if (l_137.f3)
                goto lbl_159;
        }
        ++l_275[2][0];
    }
    return g_59[0][0];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_12, "g_12", print_hash_value);
    transparent_crc(g_41.f0, "g_41.f0", print_hash_value);
    transparent_crc(g_41.f1.f0, "g_41.f1.f0", print_hash_value);
    transparent_crc(g_41.f1.f1, "g_41.f1.f1", print_hash_value);
    transparent_crc(g_41.f1.f2, "g_41.f1.f2", print_hash_value);
    transparent_crc(g_41.f1.f3, "g_41.f1.f3", print_hash_value);
    transparent_crc(g_41.f1.f4, "g_41.f1.f4", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_59[i][j], "g_59[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_81, "g_81", print_hash_value);
    transparent_crc(g_104, "g_104", print_hash_value);
    transparent_crc(g_108, "g_108", print_hash_value);
    transparent_crc(g_109, "g_109", print_hash_value);
    transparent_crc(g_110, "g_110", print_hash_value);
    transparent_crc(g_111, "g_111", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_112[i][j], "g_112[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_142.f0, "g_142.f0", print_hash_value);
    transparent_crc(g_142.f1, "g_142.f1", print_hash_value);
    transparent_crc(g_142.f2, "g_142.f2", print_hash_value);
    transparent_crc(g_196, "g_196", print_hash_value);
    transparent_crc(g_279.f0, "g_279.f0", print_hash_value);
    transparent_crc(g_279.f1, "g_279.f1", print_hash_value);
    transparent_crc(g_279.f2, "g_279.f2", print_hash_value);
    transparent_crc(g_279.f3, "g_279.f3", print_hash_value);
    transparent_crc(g_279.f4, "g_279.f4", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_301[i], "g_301[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
