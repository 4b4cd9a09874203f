#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0x25B9B55BL;
static int32_t g_42 = 0L;
static int8_t g_52 = (-3L);
static int8_t g_54 = 0x7DL;
static int16_t g_58[4] = {7L,7L,7L,7L};
static uint16_t g_69 = 0x471BL;
static int16_t *g_101 = &g_58[1];
static int16_t **g_100 = &g_101;
static int16_t ***g_99 = &g_100;
static int32_t g_107 = 0x4C8B43F6L;
static int32_t g_116 = 0xCC41D5C6L;
static uint32_t g_117 = 0x81B99281L;
static uint8_t g_137[3][3] = {{251UL,251UL,251UL},{246UL,246UL,246UL},{251UL,251UL,251UL}};
static uint16_t g_172 = 0UL;
static int64_t g_215 = 0x672963C60D9B1443LL;
static int64_t g_229 = 0L;
static int64_t *g_230 = (void*)0;
static int32_t *g_257 = &g_42;
static uint64_t g_261[4] = {18446744073709551609UL,18446744073709551609UL,18446744073709551609UL,18446744073709551609UL};
static uint32_t g_280 = 0UL;
static int32_t g_286 = 0xB51A7784L;
static int32_t g_288 = (-1L);
static uint32_t g_296 = 4294967295UL;
static uint64_t g_330 = 18446744073709551615UL;
static int32_t g_344 = 0x981E7944L;
static int32_t g_413 = 0x4CFCD98DL;
static int8_t g_415 = 0L;
static uint8_t g_416[4] = {0x1BL,0x1BL,0x1BL,0x1BL};
static int32_t *g_425 = (void*)0;
static int32_t **g_444 = &g_425;
static int32_t ***g_443 = &g_444;
static uint16_t *g_455 = (void*)0;
static int64_t  func_1(void);
static int16_t  func_5(uint16_t  p_6, uint16_t  p_7, int8_t  p_8, int32_t  p_9);
static int32_t  func_10(int16_t  p_11, int16_t  p_12, uint8_t  p_13, const uint32_t  p_14, uint32_t  p_15);
static int64_t  func_1(void)
{ 
    uint16_t l_23 = 65535UL;
    uint32_t *l_347 = (void*)0;
    uint64_t l_356 = 0UL;
    int8_t l_357 = 0x9BL;
    int32_t l_372 = 0xBC1E316DL;
    int32_t *l_383 = &g_107;
    uint8_t *l_386 = &g_137[1][0];
    int32_t l_410[3][3] = {{0xF93C5F4EL,(-5L),0xF93C5F4EL},{(-10L),(-10L),(-10L)},{0xF93C5F4EL,(-5L),0xF93C5F4EL}};
    uint16_t *l_452 = &g_172;
    uint32_t *l_461[4] = {&g_280,&g_280,&g_280,&g_280};
    int i, j;
    for (g_2 = 0; (g_2 == (-4)); g_2--)
    { 
        int8_t l_18 = 0x22L;
        uint16_t *l_273 = &l_23;
        int32_t *l_343 = &g_344;
        uint64_t l_358 = 1UL;
    }
    for (g_2 = 27; (g_2 < (-7)); g_2 = safe_sub_func_uint32_t_u_u(g_2, 9))
    { 
        int32_t *l_401 = &g_286;
        int32_t l_408 = 0L;
        int32_t l_411 = 0x7E6F2683L;
        int32_t l_412 = 0x9F5BDD39L;
        uint64_t l_419 = 0UL;
        (*g_257) &= ((void*)0 == l_386);
        for (l_357 = 0; (l_357 <= 21); ++l_357)
        { 
            uint32_t l_395 = 0x7627243CL;
            int32_t *l_398[1];
            int32_t **l_399 = (void*)0;
            int32_t **l_400[3][3] = {{&l_383,&l_383,&l_383},{&l_398[0],(void*)0,&l_398[0]},{&l_383,&l_383,&l_383}};
            int32_t **l_406 = &l_398[0];
            int32_t l_409[4][4] = {{0x5561ADE3L,0xF92C7C00L,0x5561ADE3L,0xF92C7C00L},{0x5561ADE3L,0xF92C7C00L,0x5561ADE3L,0xF92C7C00L},{0x5561ADE3L,0xF92C7C00L,0x5561ADE3L,0xF92C7C00L},{0x5561ADE3L,0xF92C7C00L,0x5561ADE3L,0xF92C7C00L}};
            int i, j;
            for (i = 0; i < 1; i++)
                l_398[i] = &l_372;
            if (((((((((((((*g_99) != (*g_99)) != (safe_sub_func_int32_t_s_s((safe_sub_func_int16_t_s_s((safe_rshift_func_int16_t_s_u(l_395, 6)), (safe_sub_func_uint64_t_u_u((g_296 , ((l_401 = l_398[0]) == &l_372)), 0x85C6CC39C3005221LL)))), g_261[0]))) , 0xFCL) && 0xE2L) == g_54) && 5UL) , (-1L)) | g_69) != (*l_383)) < 0xFFBC450BL) && 0x7E25A2E3E00FD490LL))
            { 
                int32_t ***l_407 = &l_400[0][1];
                (*l_383) = (safe_add_func_int64_t_s_s(0x22F0480493E7D09DLL, (&g_52 != (void*)0)));
                (*g_257) = (safe_rshift_func_uint8_t_u_s(g_107, 4));
                (*l_383) ^= 0L;
                (*l_407) = l_406;
            }
            else
            { 
                int8_t l_414 = (-10L);
                g_416[3]++;
            }
            if ((*l_383))
                break;
        }
        if (l_419)
            continue;
        for (g_413 = 20; (g_413 <= 16); g_413--)
        { 
            int16_t l_440 = 0x8FF2L;
            for (l_408 = 0; (l_408 > (-19)); l_408 = safe_sub_func_int64_t_s_s(l_408, 3))
            { 
                int32_t **l_424[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_424[i] = &g_257;
                g_425 = (g_257 = &l_410[0][2]);
                if ((*g_257))
                    continue;
            }
            for (l_411 = 11; (l_411 == 17); l_411 = safe_add_func_uint8_t_u_u(l_411, 9))
            { 
                int32_t l_428 = 0x37EAD436L;
                uint16_t *l_441 = &l_23;
                uint16_t *l_442 = &g_69;
                int32_t ****l_445 = &g_443;
                (*g_257) &= (-2L);
                (*l_383) = (l_428 & ((((*l_383) && (safe_div_func_uint64_t_u_u(g_172, (safe_rshift_func_int16_t_s_s(((safe_div_func_int64_t_s_s((safe_lshift_func_int8_t_s_s(((safe_lshift_func_int16_t_s_u((((*l_442) = ((~l_440) || ((*l_441) = 4UL))) ^ g_107), 1)) != (*l_401)), l_428)), (*l_401))) , l_440), l_428))))) | 0x8350E1AF0F92E545LL) , g_229));
                (*l_445) = g_443;
                if (l_428)
                    break;
            }
            for (l_357 = 24; (l_357 >= (-1)); l_357 = safe_sub_func_int8_t_s_s(l_357, 6))
            { 
                uint16_t *l_454[4];
                uint16_t **l_453[2];
                int32_t l_456 = 0x986918B7L;
                int i;
                for (i = 0; i < 4; i++)
                    l_454[i] = (void*)0;
                for (i = 0; i < 2; i++)
                    l_453[i] = &l_454[0];
                (*g_257) |= (safe_mul_func_uint8_t_u_u(((safe_add_func_uint32_t_u_u(4294967295UL, (g_261[0] ^ ((l_452 = &g_69) != (g_455 = &g_69))))) & l_456), 0L));
            }
        }
    }
    (*g_257) = (((*l_386) = g_137[1][0]) || (safe_rshift_func_int16_t_s_s((((*l_383) , ((+((***g_99) == 0xF4C6L)) > (((!(((*l_383) = ((*l_383) < (*l_383))) , (*l_383))) , 1L) <= 0UL))) != l_410[1][1]), (***g_99))));
    return (*l_383);
}
static int16_t  func_5(uint16_t  p_6, uint16_t  p_7, int8_t  p_8, int32_t  p_9)
{ 
    uint64_t l_294 = 0x17B0AFA02BDA32A2LL;
    int32_t l_313 = 0x6A93C2C6L;
    int32_t l_314 = (-4L);
    int32_t l_315 = (-1L);
    int32_t l_316 = 0x450BFEABL;
    uint8_t l_335 = 0UL;
    for (g_107 = 0; (g_107 >= (-14)); g_107 = safe_sub_func_uint16_t_u_u(g_107, 1))
    { 
        uint32_t l_278[2][2];
        uint32_t l_283 = 0xC96DBB87L;
        uint32_t *l_284 = &l_283;
        int32_t *l_285 = &g_286;
        int32_t *l_287[3];
        int64_t l_325 = (-1L);
        int32_t *l_340 = &g_116;
        int64_t *l_341 = &g_215;
        uint16_t *l_342 = &g_69;
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 2; j++)
                l_278[i][j] = 0x35A5D139L;
        }
        for (i = 0; i < 3; i++)
            l_287[i] = &g_288;
        if (((safe_rshift_func_uint8_t_u_u((l_278[1][0] >= (!((-1L) | (g_280 = g_42)))), ((g_288 = ((*l_285) = ((((0UL != ((*l_284) = (safe_sub_func_uint8_t_u_u(l_283, p_7)))) > 0xA616365C24DFED30LL) ^ p_6) >= p_9))) != 6UL))) , p_7))
        { 
            return (*l_285);
        }
        else
        { 
            const uint8_t l_293[1][2] = {{0x85L,0x85L}};
            int64_t l_301 = (-1L);
            int32_t l_308 = (-1L);
            int i, j;
            if ((p_6 & ((((void*)0 != &p_6) ^ ((*l_285) = (safe_sub_func_uint32_t_u_u((((((safe_mul_func_uint16_t_u_u(((l_293[0][1] , l_294) < g_215), p_8)) || p_9) <= (*g_101)) , p_9) == l_293[0][1]), 0UL)))) && g_2)))
            { 
                return p_9;
            }
            else
            { 
                int32_t l_295[2];
                int32_t **l_300 = &l_287[2];
                int32_t ***l_299 = &l_300;
                int i;
                for (i = 0; i < 2; i++)
                    l_295[i] = 0x24A966AEL;
                g_296++;
                (*l_299) = &l_285;
                (*l_285) = l_301;
                (**l_300) = (0xC655L == g_172);
            }
            if (l_293[0][1])
                break;
            for (g_288 = 7; (g_288 == 2); g_288 = safe_sub_func_uint8_t_u_u(g_288, 4))
            { 
                uint64_t l_304[4];
                int32_t l_307 = 0x1D13F60DL;
                int i;
                for (i = 0; i < 4; i++)
                    l_304[i] = 0x0C39BD89DFC15719LL;
                l_304[1]++;
                l_308 &= ((*l_285) = (l_307 &= (&g_54 == &g_54)));
            }
        }
        for (g_229 = 0; (g_229 <= (-12)); g_229 = safe_sub_func_int8_t_s_s(g_229, 1))
        { 
            uint32_t l_317 = 0x7FFAD2E5L;
            int32_t **l_322 = (void*)0;
            int32_t l_329 = 0x7560A1D9L;
            for (p_8 = 15; (p_8 >= 29); p_8++)
            { 
                l_317++;
                (*l_285) = (p_8 , (p_6 == ((l_314 = (l_317 < g_280)) && (safe_div_func_int32_t_s_s(p_8, (*g_257))))));
            }
            g_257 = l_287[1];
            (*g_257) = (*g_257);
            for (g_286 = 25; (g_286 > 8); --g_286)
            { 
                uint32_t l_326 = 18446744073709551615UL;
                (*g_257) &= 9L;
                --l_326;
                ++g_330;
            }
        }
        l_314 = ((((p_7 = ((*l_342) ^= (safe_rshift_func_int8_t_s_u((l_335 || (((safe_mod_func_int8_t_s_s((((g_117 , (g_58[1] < ((*l_341) = ((((*l_340) = (safe_sub_func_int32_t_s_s(((*l_285) = 0x45B7954BL), 0xE90412A0L))) , g_137[1][2]) , 0x4B4F62CF26082DB2LL)))) && (*g_257)) , g_172), p_8)) & p_8) && (-9L))), 4)))) != (*g_101)) != (*g_101)) && 0L);
    }
    return l_316;
}
static int32_t  func_10(int16_t  p_11, int16_t  p_12, uint8_t  p_13, const uint32_t  p_14, uint32_t  p_15)
{ 
    uint32_t l_36 = 4294967295UL;
    int32_t *l_41 = &g_42;
    int8_t *l_72 = &g_54;
    uint16_t *l_109 = &g_69;
    const int32_t l_163 = (-3L);
    int64_t *l_228 = &g_229;
    int8_t l_251 = 0xDFL;
    int32_t l_252 = 0x5D1EC571L;
    if (((*l_41) = ((safe_div_func_int64_t_s_s((-4L), ((safe_div_func_uint64_t_u_u((safe_mod_func_uint8_t_u_u(((safe_sub_func_uint32_t_u_u((((safe_rshift_func_int8_t_s_s(((safe_rshift_func_uint16_t_u_u(l_36, (safe_add_func_int8_t_s_s((safe_sub_func_uint64_t_u_u(((p_15 , 9UL) , (((p_15 != l_36) , p_12) != g_2)), 18446744073709551614UL)), 6L)))) > g_2), l_36)) || p_12) != p_11), 0x8308FAA8L)) != 0xB18BA70A1EE3199FLL), 0xC8L)), (-3L))) && 0xA1L))) & p_12)))
    { 
        uint32_t l_55 = 9UL;
        uint16_t *l_67 = (void*)0;
        uint16_t *l_68 = &g_69;
        int32_t *l_78 = &g_42;
        uint32_t *l_145 = &l_55;
        for (g_42 = 3; (g_42 == 20); g_42++)
        { 
            const int32_t *l_50 = &g_2;
            int8_t *l_51 = &g_52;
            int8_t *l_53[4][2] = {{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54}};
            int16_t *l_56 = (void*)0;
            int16_t *l_57 = &g_58[1];
            int32_t l_59 = (-1L);
            int32_t *l_60 = (void*)0;
            int32_t l_61[4] = {8L,8L,8L,8L};
            int32_t *l_62 = &l_59;
            int i, j;
            l_61[0] &= (safe_lshift_func_uint16_t_u_s((safe_unary_minus_func_int8_t_s((l_55 = ((*l_51) = (((safe_lshift_func_int8_t_s_s((*l_41), 4)) , &g_2) == (g_2 , l_50)))))), (l_59 = ((*l_57) = 6L))));
            for (p_13 = 0; (p_13 <= 3); p_13 += 1)
            { 
                int i;
                if (l_61[p_13])
                    break;
                l_62 = l_41;
            }
        }
        if (((safe_mul_func_int16_t_s_s((safe_div_func_uint16_t_u_u((--(*l_68)), ((((l_72 != (void*)0) , l_41) != ((safe_div_func_uint8_t_u_u(g_58[1], (((!((((safe_div_func_int32_t_s_s(g_58[1], 4294967294UL)) , (*l_41)) > 0xFDL) < p_14)) , g_58[3]) ^ 0UL))) , l_78)) ^ 0x48ECL))), p_14)) > g_2))
        { 
            uint32_t l_93[4][2];
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 2; j++)
                    l_93[i][j] = 0x2F697C72L;
            }
            if ((g_2 >= (~(safe_mod_func_int32_t_s_s((0xCF85L | (safe_add_func_uint8_t_u_u((safe_rshift_func_int8_t_s_s((safe_div_func_uint32_t_u_u((+(safe_mul_func_uint16_t_u_u(g_54, g_58[0]))), (safe_rshift_func_int16_t_s_s(g_2, p_12)))), 4)), (*l_41)))), l_93[1][1])))))
            { 
                int16_t *l_95 = &g_58[0];
                int16_t **l_94 = &l_95;
                int16_t ***l_96 = &l_94;
                int16_t **l_98 = (void*)0;
                int16_t ***l_97 = &l_98;
                (*l_97) = ((*l_96) = l_94);
            }
            else
            { 
                int16_t ***l_102 = &g_100;
                (*l_41) = (g_99 != ((*l_41) , l_102));
                return g_69;
            }
        }
        else
        { 
            uint64_t l_103[2];
            int i;
            for (i = 0; i < 2; i++)
                l_103[i] = 6UL;
            if (l_103[1])
            { 
                int32_t *l_106 = &g_107;
                (*l_78) |= (safe_lshift_func_uint16_t_u_u(g_69, 3));
                (*l_78) = ((*l_106) |= g_42);
                (*l_78) = (p_11 , (*l_78));
            }
            else
            { 
                int32_t *l_111 = &g_107;
                uint64_t *l_114 = (void*)0;
                uint64_t *l_115 = (void*)0;
                uint16_t **l_135 = &l_109;
                uint8_t *l_136 = &g_137[1][0];
                g_117 = (((!g_58[3]) >= (((*l_41) &= p_13) , ((l_109 != (((g_116 = (((*l_111) ^= ((*l_78) ^= (!1L))) , (safe_lshift_func_int16_t_s_s(0x9615L, (*l_41))))) == g_2) , l_109)) | p_11))) && (*l_78));
                (*l_41) = (((+((safe_lshift_func_uint8_t_u_u((safe_sub_func_uint64_t_u_u((safe_mod_func_int8_t_s_s((safe_lshift_func_uint16_t_u_u(p_12, 0)), (safe_div_func_uint16_t_u_u((safe_add_func_uint8_t_u_u(g_116, (((void*)0 != &g_2) || ((*l_136) = (safe_rshift_func_uint8_t_u_s(((safe_mod_func_uint32_t_u_u((((*l_135) = &g_69) == l_67), p_11)) & 0xEA5DEB7CA390A414LL), 7)))))), (*g_101))))), g_42)), 2)) , 3UL)) == (*l_41)) , g_116);
            }
        }
        g_107 &= (safe_sub_func_uint64_t_u_u((((safe_mod_func_uint8_t_u_u(0x3BL, (safe_mod_func_int8_t_s_s((safe_unary_minus_func_int32_t_s((((*l_145) = 0xCD2F6235L) , (*l_41)))), ((safe_sub_func_int64_t_s_s((0x6A0B7195015FDF95LL >= (safe_rshift_func_uint16_t_u_s((~p_14), (**g_100)))), 0xA7C9710A75E5FF03LL)) ^ g_58[0]))))) & (-1L)) >= g_58[3]), g_69));
    }
    else
    { 
        int16_t * const *l_157 = &g_101;
        uint8_t *l_158 = (void*)0;
        uint8_t *l_159 = &g_137[1][1];
        int32_t l_166 = 0L;
        uint32_t *l_167 = &l_36;
        uint16_t *l_170 = (void*)0;
        uint16_t *l_171 = &g_172;
        int32_t l_199 = (-8L);
        uint32_t l_232 = 5UL;
        int32_t *l_256 = &l_199;
lbl_272:
        (*l_41) = ((safe_add_func_uint64_t_u_u((safe_mul_func_int8_t_s_s((safe_div_func_int8_t_s_s((((*g_99) = (void*)0) == l_157), ((*l_159) = 0x4FL))), 1UL)), ((safe_mod_func_int64_t_s_s(((+(0x02L & l_163)) && 0x5435L), (*l_41))) >= 0x5421L))) > 0x78L);
        if (((safe_sub_func_uint32_t_u_u(l_166, ((((*l_41) != (((((p_15 == l_166) || ((--(*l_167)) == (((*l_171) = ((*l_109) |= g_54)) < 0L))) , g_58[3]) , g_42) != g_52)) , (void*)0) != l_41))) > p_11))
        { 
            int32_t l_188 = 0x79F68153L;
            for (g_117 = 19; (g_117 != 46); g_117 = safe_add_func_uint8_t_u_u(g_117, 9))
            { 
                uint16_t l_177 = 0xAE64L;
                int32_t *l_202 = &l_166;
                l_166 ^= ((((((0xC91527EC9291112FLL & (safe_div_func_int16_t_s_s(l_177, (*g_101)))) & (safe_rshift_func_int16_t_s_s((safe_sub_func_uint32_t_u_u(((*l_167) = (safe_add_func_uint16_t_u_u(((*l_171)--), (safe_add_func_int64_t_s_s(l_177, 0xAC4518D710777038LL))))), 1UL)), 12))) == l_188) , 6L) , p_13) > p_13);
                (*l_41) = (safe_sub_func_int16_t_s_s(0L, (((safe_add_func_uint8_t_u_u((safe_mod_func_uint16_t_u_u(((4294967292UL >= (l_166 <= (safe_mod_func_int16_t_s_s(l_166, (l_199 = 1L))))) , 65533UL), p_14)), l_166)) ^ 0x7646L) ^ p_12)));
                if (p_13)
                    continue;
                (*l_202) ^= ((((p_12 == 0xD5E3L) , (p_15 , ((safe_mod_func_uint64_t_u_u(((p_13 > (((g_69 , 4L) , 0x5F0BL) < (-1L))) , p_15), g_42)) <= (*l_41)))) | 0xFD19L) != 0L);
            }
            for (p_11 = 0; (p_11 >= 16); ++p_11)
            { 
                int32_t l_205[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_205[i] = 0xE50D5DECL;
                (*l_41) |= l_188;
                return l_205[0];
            }
        }
        else
        { 
            uint16_t **l_227 = &l_109;
            int64_t *l_231 = (void*)0;
            int32_t l_238 = (-7L);
            int32_t **l_255[4];
            uint64_t *l_260[3][4] = {{&g_261[2],&g_261[1],&g_261[2],&g_261[2]},{&g_261[2],&g_261[2],&g_261[2],&g_261[2]},{&g_261[2],&g_261[2],&g_261[0],&g_261[2]}};
            int32_t ***l_265 = &l_255[1];
            int i, j;
            for (i = 0; i < 4; i++)
                l_255[i] = &l_41;
            for (g_52 = (-12); (g_52 > 17); ++g_52)
            { 
                return g_54;
            }
            for (g_116 = 0; (g_116 <= 3); g_116 += 1)
            { 
                int32_t l_213 = (-3L);
                int64_t *l_214[1];
                int32_t **l_233 = &l_41;
                int i;
                for (i = 0; i < 1; i++)
                    l_214[i] = &g_215;
                (*l_233) = ((((((((((safe_unary_minus_func_int16_t_s((g_58[g_116] = (safe_sub_func_int16_t_s_s(((safe_mul_func_uint16_t_u_u(((l_213 != (g_215 = 0x0AEFA70C1663C647LL)) <= (safe_div_func_int32_t_s_s(((*l_41) = (((safe_mul_func_uint8_t_u_u((!l_213), ((g_54 == (safe_sub_func_uint32_t_u_u((safe_mod_func_uint64_t_u_u((((g_230 = ((((safe_lshift_func_int16_t_s_u((0x9F9E04B2EDB8FDD8LL | 18446744073709551606UL), 9)) , l_227) == (void*)0) , l_228)) != l_231) >= g_116), g_116)), 0xF57BC30DL))) && l_232))) , g_172) , l_199)), 0xE6345F6CL))), 0xA576L)) != 0L), (*g_101)))))) >= 65535UL) < 0xA546L) != 247UL) , p_15) , (-6L)) && 4L) , 0xD2001831556D0B45LL) <= g_117) , &g_107);
                l_252 |= ((((safe_mul_func_uint16_t_u_u((safe_add_func_int16_t_s_s((((l_238 , (((((((safe_mul_func_uint8_t_u_u((((*l_109)++) <= ((((safe_div_func_int16_t_s_s((((*g_230) = (0x12L || (safe_mul_func_uint8_t_u_u((p_14 >= (l_238 = ((((((safe_sub_func_int64_t_s_s(((g_58[g_116] &= p_12) || (((safe_rshift_func_int16_t_s_s(((l_233 != (void*)0) || p_13), 9)) && g_229) , p_13)), p_13)) , l_166) && (-2L)) , 0xB6L) >= p_12) <= g_107))), 0xB3L)))) < 18446744073709551614UL), g_117)) && g_42) , l_238) , 0x31E5L)), l_199)) <= 0L) != p_12) , (**l_233)) , 0x541F3222L) < 0xC37ACF77L) == p_12)) > g_116) , (-1L)), (-10L))), g_215)) , (*g_99)) == (void*)0) <= l_251);
            }
            (*l_41) |= (safe_mod_func_uint64_t_u_u((g_261[0] = (((g_257 = (l_256 = &g_2)) != &g_2) , (safe_mul_func_uint8_t_u_u((p_15 ^ (*l_256)), g_137[2][0])))), 0x64A0B003D96624DCLL));
            (*l_41) = (+(((safe_add_func_uint8_t_u_u(p_12, ((*l_41) || ((((*l_265) = l_255[1]) == (void*)0) & (safe_mod_func_uint16_t_u_u((safe_sub_func_uint64_t_u_u(0x12D541C5C58DB16BLL, p_13)), 0x5F9DL)))))) && (*g_257)) , p_11));
        }
        if ((*g_257))
        { 
            int32_t *l_270 = &l_166;
            int32_t **l_271 = (void*)0;
            l_270 = (l_41 = l_270);
            return (*g_257);
        }
        else
        { 
            for (p_11 = 0; p_11 < 4; p_11 += 1)
            {
                g_261[p_11] = 0xAF868C450E8BA25ELL;
            }
            for (l_252 = 0; (l_252 <= 2); l_252 += 1)
            { 
                int i;
                return g_261[l_252];
            }
            for (l_232 = 0; l_232 < 4; l_232 += 1)
            {
                g_261[l_232] = 0UL;
            }
        }
        if (g_116)
            goto lbl_272;
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
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_54, "g_54", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_58[i], "g_58[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_107, "g_107", print_hash_value);
    transparent_crc(g_116, "g_116", print_hash_value);
    transparent_crc(g_117, "g_117", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_137[i][j], "g_137[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_172, "g_172", print_hash_value);
    transparent_crc(g_215, "g_215", print_hash_value);
    transparent_crc(g_229, "g_229", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_261[i], "g_261[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_280, "g_280", print_hash_value);
    transparent_crc(g_286, "g_286", print_hash_value);
    transparent_crc(g_288, "g_288", print_hash_value);
    transparent_crc(g_296, "g_296", print_hash_value);
    transparent_crc(g_330, "g_330", print_hash_value);
    transparent_crc(g_344, "g_344", print_hash_value);
    transparent_crc(g_413, "g_413", print_hash_value);
    transparent_crc(g_415, "g_415", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_416[i], "g_416[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
