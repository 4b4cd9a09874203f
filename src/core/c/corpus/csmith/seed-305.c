#include "csmith.h"
static long __undefined;
struct S0 {
   int32_t  f0;
   int64_t  f1;
   uint8_t  f2;
   int8_t  f3;
};
static uint32_t g_6 = 9UL;
static uint32_t g_16 = 0UL;
static int32_t g_20 = 0xF6872920L;
static const struct S0 g_25 = {0x51AC06E3L,6L,0xD2L,5L};
static struct S0 g_27 = {0x1AC8C6DCL,0xF2FD6B221494FB38LL,0UL,9L};
static uint8_t g_63 = 1UL;
static int16_t g_70 = 0L;
static uint16_t g_80[3][4] = {{0x8EADL,0x8EADL,0x8EADL,0x8EADL},{0x8EADL,0x8EADL,0x8EADL,0x8EADL},{0x8EADL,0x8EADL,0x8EADL,0x8EADL}};
static int32_t *g_81 = &g_27.f0;
static uint16_t g_94 = 0x0D76L;
static int32_t g_99[2] = {5L,5L};
static int8_t g_100 = 0x5AL;
static int64_t g_101 = 1L;
static uint32_t g_102[2] = {0x4D02DCD1L,0x4D02DCD1L};
static uint64_t g_127 = 0x54FA017C95AB7803LL;
static int32_t g_128 = 0x47192FD7L;
static int32_t g_132[3] = {0x75A9E6D6L,0x75A9E6D6L,0x75A9E6D6L};
static int32_t g_171[3][1] = {{0x1FA24A68L},{0x1FA24A68L},{0x1FA24A68L}};
static int32_t *g_192[1][1] = {{&g_171[2][0]}};
static uint32_t g_203 = 0x28886CC7L;
static int16_t *g_238 = (void*)0;
static struct S0 g_258 = {0xA1814A40L,0x3CC7F6654D6EF908LL,0xD2L,0x8DL};
static uint32_t *g_356[3] = {&g_203,&g_203,&g_203};
static uint32_t **g_355 = &g_356[0];
static uint32_t g_370 = 0x0E2D91A2L;
static uint32_t  func_1(void);
static int64_t  func_2(const uint16_t  p_3, uint8_t  p_4);
static struct S0  func_21(const struct S0  p_22, int32_t * p_23, int8_t  p_24);
static uint32_t  func_1(void)
{ 
    const uint32_t l_5[3][3] = {{0xE4438BEAL,0xE4438BEAL,0xE4438BEAL},{0xE4438BEAL,0xE4438BEAL,0xE4438BEAL},{0xE4438BEAL,0xE4438BEAL,0xE4438BEAL}};
    int32_t l_292 = 0xFDAAB49CL;
    int32_t l_294 = 1L;
    int32_t l_295 = 0x5EBEA80BL;
    int32_t l_296 = 0xA1B566AAL;
    int32_t l_297 = (-1L);
    int32_t l_298 = (-8L);
    int32_t l_299[4];
    int32_t l_300 = 4L;
    uint32_t l_301 = 4UL;
    int32_t l_350[2];
    uint8_t l_351[1][3];
    uint32_t l_360 = 8UL;
    struct S0 l_363 = {0xBF1F3988L,1L,0x6DL,4L};
    uint32_t ***l_388 = &g_355;
    int i, j;
    for (i = 0; i < 4; i++)
        l_299[i] = 1L;
    for (i = 0; i < 2; i++)
        l_350[i] = 0x2DFB3A13L;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_351[i][j] = 0UL;
    }
    if ((((func_2(l_5[0][2], g_6) ^ (((void*)0 == g_238) ^ 65529UL)) >= 0x833DL) , (*g_81)))
    { 
        int32_t *l_287 = (void*)0;
        int32_t *l_288 = &g_171[0][0];
        int32_t *l_289 = &g_20;
        int32_t *l_290 = (void*)0;
        int32_t *l_291[1][1];
        int8_t l_293 = 0L;
        uint32_t *l_319 = (void*)0;
        uint32_t **l_318 = &l_319;
        int64_t *l_320 = (void*)0;
        uint8_t *l_321[3];
        uint32_t l_340 = 0UL;
        int32_t l_348 = 0xA6B14939L;
        int16_t l_359[2][2] = {{0xD946L,0xD946L},{0xD946L,0xD946L}};
        uint16_t l_381[1][4] = {{0x2F8EL,0x2F8EL,0x2F8EL,0x2F8EL}};
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_291[i][j] = &g_20;
        }
        for (i = 0; i < 3; i++)
            l_321[i] = &g_63;
        l_301--;
        if ((+(((safe_div_func_uint8_t_u_u((--g_258.f2), (g_63 &= ((((safe_add_func_int32_t_s_s((g_27.f2 | l_300), ((safe_unary_minus_func_int64_t_s((safe_mod_func_int64_t_s_s((l_296 = (safe_lshift_func_int16_t_s_s((safe_div_func_uint32_t_u_u((((((*l_318) = &g_6) != (void*)0) >= l_298) , 0x58D190FCL), g_16)), g_171[0][0]))), 0x6AA94C0A7CF92B8ALL)))) == 0x9D84CD1077F89516LL))) , 0UL) && g_132[2]) || g_80[2][0])))) >= (*l_289)) , l_301)))
        { 
            int16_t *l_326 = (void*)0;
            int32_t l_329 = 0x38E1ECC7L;
            int32_t l_334[2];
            int32_t l_335 = 0x0E184D98L;
            uint16_t *l_341 = &g_80[0][1];
            int32_t **l_342 = &g_192[0][0];
            int32_t **l_343 = &l_287;
            int i;
            for (i = 0; i < 2; i++)
                l_334[i] = 0xA706C5D2L;
            (*g_81) = (safe_add_func_int16_t_s_s((safe_lshift_func_uint8_t_u_u(((g_70 = (-1L)) || ((*l_341) &= ((safe_rshift_func_uint16_t_u_u((((g_258.f0 != (l_329 > (safe_mul_func_int8_t_s_s((safe_mod_func_int64_t_s_s((l_335 ^= (l_334[0] = g_128)), (((safe_sub_func_uint8_t_u_u((safe_lshift_func_int16_t_s_u((&l_292 != &l_329), 5)), g_25.f2)) , l_340) , g_63))), l_301)))) && g_70) , 0xE4F2L), g_258.f3)) && g_128))), 0)), 4UL));
            g_81 = ((*l_343) = ((*l_342) = l_288));
        }
        else
        { 
            int32_t l_346[4] = {0x924F3BA3L,0x924F3BA3L,0x924F3BA3L,0x924F3BA3L};
            int64_t l_358 = 1L;
            struct S0 l_364 = {0x69E78C4CL,0x02AD9D1AF450D317LL,0x25L,0x5AL};
            int i;
            for (g_70 = (-12); (g_70 <= 4); g_70 = safe_add_func_uint16_t_u_u(g_70, 6))
            { 
                int32_t l_347 = (-5L);
                int32_t l_349[4][4] = {{(-9L),1L,(-9L),1L},{(-9L),1L,(-9L),1L},{(-9L),1L,(-9L),1L},{(-9L),1L,(-9L),1L}};
                struct S0 *l_354 = &g_27;
                uint32_t ***l_357 = &g_355;
                int i, j;
                g_81 = l_288;
                l_351[0][2]++;
                (*l_354) = g_27;
                (*l_357) = g_355;
            }
            for (g_127 = 0; g_127 < 2; g_127 += 1)
            {
                l_350[g_127] = (-2L);
            }
            ++l_360;
            l_364 = l_363;
        }
        for (l_360 = (-26); (l_360 > 5); l_360++)
        { 
            int32_t l_374 = 0x2F67C041L;
            int32_t l_378 = 0xF3337E64L;
            int32_t l_379 = (-2L);
            for (g_100 = 0; (g_100 != 6); g_100 = safe_add_func_int64_t_s_s(g_100, 3))
            { 
                int16_t l_369 = 0xB340L;
                struct S0 *l_373 = (void*)0;
                int32_t l_375 = 0x7E8FBAC8L;
                int32_t l_376 = 0xBBFA3756L;
                int32_t l_377 = 0xD3B8DD7BL;
                int32_t l_380 = (-1L);
                g_370--;
                g_258 = l_363;
                ++l_381[0][1];
            }
            if (l_374)
                continue;
            (*g_81) = (safe_unary_minus_func_uint32_t_u((0xB5L < (safe_add_func_int32_t_s_s((~((l_351[0][1] , &g_355) == (l_388 = (void*)0))), (safe_sub_func_int64_t_s_s(g_132[2], l_292)))))));
        }
        l_297 = ((*g_81) = (safe_mod_func_int16_t_s_s(((safe_div_func_int8_t_s_s((((safe_div_func_uint8_t_u_u(0x70L, (safe_div_func_uint32_t_u_u(g_258.f2, (safe_add_func_int64_t_s_s((0x97L == 0x88L), (safe_mod_func_uint16_t_u_u(((((((+(1UL >= g_258.f3)) > l_300) != l_351[0][0]) | g_27.f0) != 1L) == l_351[0][1]), l_363.f2)))))))) , g_25.f0) == g_25.f2), l_292)) & l_350[0]), g_94)));
    }
    else
    { 
        (*g_81) = 0x537BFE66L;
        for (g_100 = 12; (g_100 <= 26); ++g_100)
        { 
            uint64_t l_406 = 1UL;
            --l_406;
            for (l_406 = 0; (l_406 <= 0); l_406 += 1)
            { 
                int8_t *l_423[4][1] = {{(void*)0},{&g_258.f3},{(void*)0},{&g_258.f3}};
                struct S0 *l_424 = &g_27;
                int i, j;
                (*l_424) = ((safe_rshift_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_u((((safe_lshift_func_int16_t_s_s((g_132[(l_406 + 2)] != (safe_add_func_uint8_t_u_u((0x6B699F29085800BBLL < (((l_297 != ((safe_add_func_int8_t_s_s(g_63, (l_292 |= (safe_mul_func_uint16_t_u_u(((safe_add_func_uint8_t_u_u((l_350[1] = 0x98L), (-1L))) , g_99[0]), g_27.f3))))) == l_406)) && 0x6AE8D616L) ^ 0x5CL)), (-1L)))), l_406)) , (void*)0) == &g_70), g_132[1])), g_128)) , g_25);
                g_192[l_406][l_406] = g_356[l_406];
            }
        }
    }
    for (g_258.f1 = 0; (g_258.f1 <= 2); g_258.f1 += 1)
    { 
        int i;
        return g_132[g_258.f1];
    }
    return l_351[0][2];
}
static int64_t  func_2(const uint16_t  p_3, uint8_t  p_4)
{ 
    int8_t l_14[4][4];
    uint32_t *l_15[1];
    int32_t l_17[4][3] = {{0x6B719D87L,0x6B719D87L,0xA2EF703CL},{0x6B719D87L,0x6B719D87L,0xA2EF703CL},{0x6B719D87L,0x6B719D87L,0xA2EF703CL},{0x6B719D87L,0x6B719D87L,0xA2EF703CL}};
    uint8_t l_18 = 255UL;
    int32_t *l_19 = &g_20;
    int16_t l_98 = 1L;
    int32_t l_130 = (-1L);
    uint32_t l_173[1][1];
    int64_t l_176 = 1L;
    struct S0 l_267 = {3L,8L,0x08L,0x47L};
    struct S0 *l_286 = &l_267;
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
            l_14[i][j] = 3L;
    }
    for (i = 0; i < 1; i++)
        l_15[i] = &g_16;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_173[i][j] = 0x2EA5237FL;
    }
    if ((safe_unary_minus_func_uint32_t_u(((g_6 && ((g_6 > (safe_lshift_func_int8_t_s_s((safe_mod_func_uint32_t_u_u(4294967294UL, ((*l_19) &= ((((((((l_17[2][1] = (g_6 , l_14[0][1])) > l_14[0][1]) && 0UL) , l_17[3][0]) && 4UL) ^ g_16) == l_18) != 18446744073709551612UL)))), 1))) == 0L)) != p_4))))
    { 
        struct S0 *l_26 = &g_27;
        const uint64_t l_66 = 1UL;
        int32_t l_77 = 0x5ED16D00L;
        int32_t **l_78 = &l_19;
        int32_t l_92 = 0L;
        int32_t l_93[3][3] = {{0x85D5259FL,0x85D5259FL,0x85D5259FL},{0L,0L,0L},{0x85D5259FL,0x85D5259FL,0x85D5259FL}};
        int32_t *l_97[1][2];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_97[i][j] = &l_17[2][1];
        }
        (*l_26) = func_21(((*l_26) = g_25), &l_17[2][1], (*l_19));
        if (l_66)
        { 
            int16_t *l_69 = &g_70;
            int32_t l_71 = 0xEAA4BB8CL;
            uint8_t *l_72 = (void*)0;
            uint8_t *l_73 = &l_18;
            uint8_t *l_74 = (void*)0;
            uint8_t *l_75 = (void*)0;
            uint8_t *l_76 = &g_27.f2;
            uint16_t *l_79 = &g_80[0][1];
            (*l_78) = (g_81 = ((*l_19) , ((safe_lshift_func_uint16_t_u_u(((*l_79) = (((((*l_69) = 0xA246L) , ((((*l_19) = (((*l_76) = ((*l_73) = l_71)) | (l_77 = g_70))) , l_77) , l_78)) == (void*)0) > g_25.f2)), 9)) , &g_20)));
            return p_4;
        }
        else
        { 
            uint64_t l_84 = 0x20CCB0868ECCAC47LL;
            struct S0 *l_85 = &g_27;
            int8_t *l_86 = &l_14[0][1];
            int8_t *l_87 = (void*)0;
            int8_t *l_88[4][4] = {{&g_27.f3,&g_27.f3,&g_27.f3,&g_27.f3},{&g_27.f3,&g_27.f3,&g_27.f3,&g_27.f3},{&g_27.f3,&g_27.f3,&g_27.f3,&g_27.f3},{&g_27.f3,&g_27.f3,&g_27.f3,&g_27.f3}};
            int32_t *l_89 = &l_77;
            int32_t *l_90 = (void*)0;
            int32_t *l_91[4];
            int i, j;
            for (i = 0; i < 4; i++)
                l_91[i] = (void*)0;
            (*l_19) = (((safe_rshift_func_uint8_t_u_s(l_84, 0)) > (g_27.f3 = ((*l_86) ^= (((l_85 == &g_25) >= (&l_17[1][2] == (*l_78))) == g_80[2][3])))) >= 0x76AAD2A6L);
            g_94++;
        }
        --g_102[0];
        (*l_78) = (*l_78);
    }
    else
    { 
        int64_t l_115 = 0x80BBF11896133E8ALL;
        uint64_t *l_125 = (void*)0;
        uint64_t *l_126 = &g_127;
        uint16_t *l_129 = &g_80[0][1];
        const int16_t l_131 = 0x81D4L;
        uint8_t l_140 = 1UL;
        g_132[2] = (safe_div_func_uint8_t_u_u((((safe_add_func_int16_t_s_s(((l_130 &= (safe_add_func_int32_t_s_s((-1L), (p_3 | ((*l_19) = ((*l_129) ^= (((*g_81) = (((safe_div_func_int16_t_s_s(((safe_add_func_int32_t_s_s(l_115, (safe_mul_func_int16_t_s_s((safe_add_func_uint8_t_u_u((safe_add_func_int64_t_s_s(g_16, ((*l_126) = (+(((safe_lshift_func_uint8_t_u_s(((*l_19) || 1UL), l_115)) | 0xEC32A7D5B95D3AA6LL) || (*g_81)))))), (-1L))), g_128)))) || 6L), (*l_19))) , (*l_19)) != 0x2CEEL)) | g_27.f3))))))) & 1L), l_115)) == l_131) <= g_63), l_115));
        for (g_16 = (-21); (g_16 != 23); g_16++)
        { 
            int16_t *l_141 = &l_98;
            int16_t **l_142 = &l_141;
            (*g_81) &= ((l_126 != (void*)0) | ((safe_mod_func_uint32_t_u_u((safe_div_func_uint64_t_u_u(0xBF7924299DA232D6LL, ((!0x5E26L) || (-1L)))), p_4)) || (*l_19)));
            if (l_140)
                continue;
            (*l_19) = ((((((*l_142) = l_141) == ((g_127 && 0xE417L) , &g_70)) , ((g_70 || (*l_19)) ^ 0x39L)) , g_99[0]) , l_140);
            if ((*g_81))
                break;
        }
    }
    for (g_27.f0 = 0; (g_27.f0 > 6); g_27.f0 = safe_add_func_int8_t_s_s(g_27.f0, 6))
    { 
        int32_t l_168 = 6L;
        int32_t l_169 = 0xAB4F1E68L;
        int32_t l_170 = 0x05A58676L;
        int32_t l_172[2];
        int32_t l_193 = 0x4D0B19FEL;
        uint16_t l_194 = 4UL;
        int8_t l_207[3];
        int32_t l_223 = 3L;
        int16_t *l_237 = &g_70;
        uint16_t l_281[4][1] = {{65535UL},{0xDEE8L},{65535UL},{0xDEE8L}};
        int i, j;
        for (i = 0; i < 2; i++)
            l_172[i] = 0L;
        for (i = 0; i < 3; i++)
            l_207[i] = 5L;
        for (l_18 = (-16); (l_18 != 7); l_18++)
        { 
            int32_t *l_147 = (void*)0;
            int32_t *l_148 = &l_130;
            int32_t *l_149 = &l_130;
            int32_t *l_150 = &g_20;
            int32_t *l_151 = &g_132[2];
            int32_t *l_152 = &g_20;
            int32_t *l_153 = &l_17[2][1];
            int32_t *l_154 = &l_17[2][0];
            int32_t *l_155 = &l_17[2][1];
            int32_t *l_156 = (void*)0;
            int32_t *l_157 = &l_17[1][0];
            uint8_t l_158 = 0x21L;
            ++l_158;
        }
        for (g_6 = 8; (g_6 > 32); ++g_6)
        { 
            int32_t *l_163 = &g_132[2];
            int32_t *l_164 = &g_132[2];
            int32_t *l_165 = &g_132[2];
            int32_t *l_166 = &g_132[2];
            int32_t *l_167[4];
            uint32_t l_204 = 4294967289UL;
            int8_t l_235 = 1L;
            struct S0 *l_257 = &g_258;
            int i;
            for (i = 0; i < 4; i++)
                l_167[i] = (void*)0;
            l_173[0][0]++;
            if (l_176)
            { 
                int8_t l_190 = 0xB7L;
                int32_t **l_191[1][2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_191[i][j] = &l_163;
                }
                (*l_19) = (safe_rshift_func_uint8_t_u_s((safe_add_func_int64_t_s_s((~(safe_rshift_func_int16_t_s_s(((safe_mul_func_uint16_t_u_u((*l_19), ((safe_lshift_func_int16_t_s_u((((*l_19) & (p_3 <= ((safe_mod_func_uint64_t_u_u((g_101 , (0xEDL == g_132[2])), g_16)) < 0L))) || 0x7F16L), l_190)) != g_80[2][2]))) | g_16), 13))), g_25.f3)), g_27.f1));
                g_192[0][0] = &g_171[2][0];
                --l_194;
            }
            else
            { 
                uint32_t *l_202[3][2] = {{&g_203,&g_203},{&g_203,&g_203},{&g_203,&g_203}};
                int8_t *l_205[3][2] = {{&g_27.f3,(void*)0},{(void*)0,&g_27.f3},{(void*)0,(void*)0}};
                uint16_t *l_206[1];
                int32_t l_208 = 0xD65A8F09L;
                uint16_t l_234 = 0UL;
                int16_t *l_236[3];
                int i, j;
                for (i = 0; i < 1; i++)
                    l_206[i] = (void*)0;
                for (i = 0; i < 3; i++)
                    l_236[i] = &l_98;
                l_208 ^= (((*l_163) = (+((g_25.f1 != g_20) & (g_100 = (0xCD862EAF816F9A34LL < (safe_sub_func_int8_t_s_s(0xDCL, (safe_add_func_uint32_t_u_u(((l_170 = g_102[0]) , l_204), 0UL))))))))) && l_207[1]);
                (*l_19) = (l_223 |= (((((safe_rshift_func_uint8_t_u_u(((((((*l_165) = ((safe_lshift_func_uint8_t_u_s((*l_19), (safe_mod_func_uint16_t_u_u((p_3 == (g_102[0] = (safe_lshift_func_uint8_t_u_u((safe_add_func_uint64_t_u_u((safe_div_func_int16_t_s_s(g_25.f1, (safe_mod_func_uint64_t_u_u(18446744073709551611UL, (g_102[0] || (-1L)))))), 0x82039155DF5FA92DLL)), 7)))), p_3)))) & g_25.f0)) <= g_80[0][1]) >= 9UL) ^ p_4) & 0xC3A6L), g_70)) , p_4) && l_208) , p_4) || g_25.f2));
                l_130 |= (p_4 < (+((safe_mul_func_int8_t_s_s((~((safe_rshift_func_int8_t_s_u((safe_mul_func_int16_t_s_s(p_3, (safe_unary_minus_func_uint16_t_u(1UL)))), 4)) >= (((~((*l_19) = (g_70 = (((*l_166) = (g_100 &= l_234)) & ((*l_19) >= l_235))))) , l_237) == g_238))), p_3)) , (-4L))));
            }
            if ((*l_163))
            { 
                int32_t **l_239 = &l_167[0];
                int8_t *l_244 = &l_207[1];
                int8_t *l_254[4][3];
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_254[i][j] = (void*)0;
                }
                (*l_239) = &l_17[2][1];
                (*l_166) ^= (1L || p_3);
                l_169 &= (safe_div_func_int16_t_s_s((((((((*l_244) &= (l_172[1] | (safe_lshift_func_uint8_t_u_u((g_99[0] < ((*l_165) &= p_4)), 6)))) == ((safe_sub_func_int16_t_s_s(g_102[0], ((((~(safe_div_func_int8_t_s_s((g_27.f3 ^= ((safe_add_func_uint16_t_u_u((safe_mod_func_uint8_t_u_u((&g_102[0] != (void*)0), g_25.f0)), 0xD37AL)) <= 0x0B6DL)), (*l_19)))) & 65526UL) > g_102[1]) >= g_80[1][1]))) != 0x4A2D653FL)) || p_3) ^ g_171[1][0]) < p_4) ^ p_4), g_16));
            }
            else
            { 
                int32_t *l_255 = &l_130;
                int32_t **l_256 = &l_255;
                (*l_256) = l_255;
                (*l_256) = &l_130;
                (*l_256) = &g_171[0][0];
            }
            (*l_257) = g_25;
        }
        for (l_168 = 0; (l_168 > 26); ++l_168)
        { 
            uint16_t l_262 = 0x6B32L;
            int32_t l_277 = 0L;
            int32_t l_278 = (-5L);
            int32_t l_279 = 0x16A0E592L;
            int32_t l_280 = 0x875A6592L;
            for (g_258.f1 = 0; (g_258.f1 <= 0); g_258.f1 += 1)
            { 
                int32_t **l_261[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_261[i] = &g_192[0][0];
                g_81 = &g_132[(g_258.f1 + 2)];
                l_262++;
            }
            for (g_6 = 23; (g_6 >= 1); g_6--)
            { 
                struct S0 *l_268 = &g_258;
                int32_t l_269 = 0xF3B0B3F4L;
                int32_t *l_270 = &l_172[0];
                int32_t *l_271 = &l_170;
                int32_t *l_272 = &g_20;
                int32_t *l_273 = &l_172[0];
                int32_t *l_274 = &g_258.f0;
                int32_t *l_275 = &l_17[2][1];
                int32_t *l_276[4][3] = {{&l_193,&l_172[1],&l_193},{&l_193,&l_17[2][2],&l_193},{&l_193,&l_172[1],&l_193},{&l_193,&l_17[2][2],&l_193}};
                int i, j;
                (*l_268) = l_267;
                l_281[1][0]--;
                if ((*g_81))
                    continue;
            }
            for (g_63 = 0; g_63 < 2; g_63 += 1)
            {
                g_102[g_63] = 1UL;
            }
            for (g_6 = 0; (g_6 >= 22); g_6 = safe_add_func_int8_t_s_s(g_6, 1))
            { 
                if (p_4)
                    break;
                if (p_4)
                    continue;
                if (p_3)
                    continue;
            }
        }
    }
    (*l_286) = func_21(l_267, &g_132[0], (*l_19));
    return g_70;
}
static struct S0  func_21(const struct S0  p_22, int32_t * p_23, int8_t  p_24)
{ 
    int16_t l_31[1];
    struct S0 l_32 = {0x8FEFD6E5L,0x1AFD208DD2DC0978LL,0UL,-5L};
    int32_t *l_57 = &g_20;
    int32_t l_61[2][4] = {{0xF3F00C75L,0L,0xF3F00C75L,0xF3F00C75L},{0L,0L,5L,0L}};
    int i, j;
    for (i = 0; i < 1; i++)
        l_31[i] = 0x7555L;
    if (((0xEDL <= (-10L)) == (((0x93131EC8E12B6A36LL || 0x2C8CDAB0B826FBC7LL) , ((!((safe_div_func_uint8_t_u_u((4UL && l_31[0]), l_31[0])) > 0x04L)) & 1UL)) | 0UL)))
    { 
        return l_32;
    }
    else
    { 
        uint32_t l_33 = 1UL;
        uint8_t l_59 = 0x20L;
        if (l_33)
        { 
            g_27.f0 |= (*p_23);
            for (g_20 = 0; (g_20 < (-27)); g_20 = safe_sub_func_uint64_t_u_u(g_20, 1))
            { 
                int32_t *l_37 = &g_20;
                int32_t **l_36 = &l_37;
                l_32.f0 &= g_27.f1;
                (*l_36) = p_23;
                g_27.f0 |= l_31[0];
                (*l_36) = &g_20;
            }
        }
        else
        { 
            struct S0 *l_38[2][1];
            const int32_t *l_39[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
            int32_t l_60 = 0xF347F2DBL;
            int32_t l_62 = (-6L);
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_38[i][j] = (void*)0;
            }
            g_27 = g_27;
            l_39[3] = l_39[3];
            for (l_32.f0 = 0; (l_32.f0 <= 0); l_32.f0 += 1)
            { 
                int32_t *l_42 = &l_32.f0;
                int i;
                (*p_23) = l_31[l_32.f0];
                (*p_23) = ((4294967295UL != (g_16 &= p_22.f0)) & ((safe_add_func_int16_t_s_s((l_42 == l_42), ((p_23 != &g_20) , g_20))) != 1UL));
            }
            if ((safe_div_func_int64_t_s_s((((l_38[1][0] != (void*)0) < (g_27.f1 , (safe_sub_func_int8_t_s_s(((safe_mod_func_uint32_t_u_u(1UL, p_24)) , l_32.f0), 255UL)))) && l_33), p_24)))
            { 
                int32_t *l_50[2][2] = {{&l_32.f0,&l_32.f0},{&l_32.f0,&l_32.f0}};
                int32_t **l_49 = &l_50[0][0];
                int i, j;
                (*l_49) = p_23;
            }
            else
            { 
                int32_t *l_52 = (void*)0;
                int32_t **l_51[4][1] = {{&l_52},{&l_52},{&l_52},{&l_52}};
                uint8_t *l_58 = &g_27.f2;
                int i, j;
                p_23 = &g_20;
                (*p_23) = (l_59 ^= ((safe_lshift_func_int16_t_s_s(((-1L) >= (safe_mul_func_int8_t_s_s(((p_24 = 1L) <= ((*l_58) = (&g_20 != (l_57 = &g_20)))), p_22.f0))), p_22.f1)) & g_20));
                ++g_63;
            }
        }
    }
    return l_32;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_16, "g_16", print_hash_value);
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_25.f0, "g_25.f0", print_hash_value);
    transparent_crc(g_25.f1, "g_25.f1", print_hash_value);
    transparent_crc(g_25.f2, "g_25.f2", print_hash_value);
    transparent_crc(g_25.f3, "g_25.f3", print_hash_value);
    transparent_crc(g_27.f0, "g_27.f0", print_hash_value);
    transparent_crc(g_27.f1, "g_27.f1", print_hash_value);
    transparent_crc(g_27.f2, "g_27.f2", print_hash_value);
    transparent_crc(g_27.f3, "g_27.f3", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_70, "g_70", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_80[i][j], "g_80[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_94, "g_94", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_99[i], "g_99[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_100, "g_100", print_hash_value);
    transparent_crc(g_101, "g_101", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_102[i], "g_102[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_127, "g_127", print_hash_value);
    transparent_crc(g_128, "g_128", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_132[i], "g_132[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_171[i][j], "g_171[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_203, "g_203", print_hash_value);
    transparent_crc(g_258.f0, "g_258.f0", print_hash_value);
    transparent_crc(g_258.f1, "g_258.f1", print_hash_value);
    transparent_crc(g_258.f2, "g_258.f2", print_hash_value);
    transparent_crc(g_258.f3, "g_258.f3", print_hash_value);
    transparent_crc(g_370, "g_370", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
