#include "csmith.h"
static long __undefined;
static uint32_t g_13[3][4] = {{18446744073709551612UL,18446744073709551612UL,18446744073709551612UL,18446744073709551612UL},{18446744073709551612UL,18446744073709551612UL,18446744073709551612UL,18446744073709551612UL},{18446744073709551612UL,18446744073709551612UL,18446744073709551612UL,18446744073709551612UL}};
static int32_t g_15 = 0xD0714AD3L;
static uint16_t g_28[4] = {0xDE45L,0xDE45L,0xDE45L,0xDE45L};
static uint32_t g_35 = 0x748BBE26L;
static int8_t g_55 = 0xACL;
static uint8_t g_57 = 0x9BL;
static int32_t *g_59 = &g_15;
static int32_t ** const g_58 = &g_59;
static uint32_t g_106 = 0xEF273576L;
static int32_t g_121 = 0x0A8D4FF7L;
static int32_t **g_130[2] = {(void*)0,(void*)0};
static int32_t ***g_129 = &g_130[1];
static uint16_t g_134[3] = {0x2C3AL,0x2C3AL,0x2C3AL};
static const uint16_t *g_170 = (void*)0;
static const uint16_t **g_169 = &g_170;
static int64_t g_212 = 0xCA6FDA0F33844FDBLL;
static int64_t g_216[3] = {0xAB97BF4D477D6962LL,0xAB97BF4D477D6962LL,0xAB97BF4D477D6962LL};
static int32_t *g_218[3][2] = {{(void*)0,&g_15},{&g_15,(void*)0},{&g_15,&g_15}};
static uint16_t g_221[4][4] = {{0x43E8L,0x6D35L,0x4DA6L,0x4DA6L},{0x9E74L,0x9E74L,0x43E8L,0x4DA6L},{0xD39AL,0x6D35L,0xD39AL,0x43E8L},{0xD39AL,0x43E8L,0x43E8L,0xD39AL}};
static uint16_t g_231[4][4] = {{0x7AE3L,0x7AE3L,0x7AE3L,0x7AE3L},{0x7AE3L,0x7AE3L,0x7AE3L,0x7AE3L},{0x7AE3L,0x7AE3L,0x7AE3L,0x7AE3L},{0x7AE3L,0x7AE3L,0x7AE3L,0x7AE3L}};
static int32_t ****g_246 = &g_129;
static int32_t *****g_245 = &g_246;
static uint16_t *g_290 = &g_134[0];
static uint16_t **g_289[4][3] = {{&g_290,&g_290,&g_290},{&g_290,&g_290,&g_290},{&g_290,&g_290,&g_290},{&g_290,&g_290,&g_290}};
static int16_t g_303[2][1] = {{0x351DL},{0x351DL}};
static uint8_t g_331[3][4] = {{0xFDL,0xFDL,0x2CL,0xFDL},{0xFDL,0x07L,0x07L,0xFDL},{0x07L,0xFDL,0x07L,0x07L}};
static int16_t g_374 = 0x2CC8L;
static uint64_t g_377[1] = {1UL};
static uint32_t g_440 = 0x2B0423C1L;
static int16_t g_453 = 0xFA46L;
static int32_t *g_459 = &g_15;
static uint64_t g_549 = 0xA8D5A9A61464DA05LL;
static int32_t g_574 = 0xE7423A78L;
static uint32_t *g_607 = &g_13[2][2];
static uint32_t **g_606 = &g_607;
static uint32_t g_611 = 0xDDFBAEB1L;
static int16_t  func_1(void);
static int32_t * func_2(int32_t  p_3, uint32_t  p_4, uint32_t  p_5);
static int16_t  func_6(uint32_t  p_7);
static int16_t  func_1(void)
{ 
    int64_t l_10 = 7L;
    int32_t *l_14 = &g_15;
    int8_t l_107 = 0x37L;
    uint16_t l_329 = 0xC805L;
    uint8_t *l_330 = &g_331[0][2];
    uint32_t *l_334 = &g_35;
    int32_t * const *l_405 = &g_218[1][1];
    int32_t * const **l_404[4];
    int32_t * const ***l_403[2][3];
    int32_t * const ****l_402 = &l_403[0][0];
    int16_t l_471 = 1L;
    const int32_t l_472 = 0x90DA0429L;
    uint64_t *l_513 = &g_377[0];
    uint16_t l_522 = 0x2D75L;
    int8_t l_576 = (-4L);
    int32_t *l_598 = &g_574;
    int i, j;
    for (i = 0; i < 4; i++)
        l_404[i] = &l_405;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
            l_403[i][j] = &l_404[1];
    }
    (*g_58) = func_2((((-7L) <= 0xC62E0897L) || func_6((((*l_14) = (safe_mul_func_uint8_t_u_u(l_10, (l_10 && (safe_mul_func_int16_t_s_s(0xE649L, g_13[2][3])))))) | l_10))), g_106, l_107);
    if ((((*l_334) = ((((7L != ((*l_14) = ((*l_330) = (safe_lshift_func_uint8_t_u_s((g_57 = (65535UL && l_329)), g_35))))) || (safe_sub_func_uint8_t_u_u(((*l_330) = (0x5371L == 65535UL)), (*l_14)))) , g_216[2]) == g_212)) , 0x22DFDF00L))
    { 
        uint32_t l_340 = 0xB75E65BEL;
        int32_t l_378 = 1L;
        const uint8_t l_392 = 0UL;
        int32_t l_394 = 0L;
        int64_t *l_398 = (void*)0;
        uint16_t l_421 = 65532UL;
        const uint32_t *l_439[3];
        int16_t l_448[1];
        int32_t l_450 = 0x85DBC6FCL;
        int32_t l_451[1][3];
        int16_t l_452[1][1];
        const int32_t l_520 = 1L;
        int64_t l_525[3][1];
        uint16_t l_526 = 1UL;
        int i, j;
        for (i = 0; i < 3; i++)
            l_439[i] = &g_440;
        for (i = 0; i < 1; i++)
            l_448[i] = 0L;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_451[i][j] = 0x18536C76L;
        }
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_452[i][j] = 0xD3B9L;
        }
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_525[i][j] = 0x79325D41152DA7EALL;
        }
        for (g_15 = 0; (g_15 <= 2); g_15 = safe_add_func_uint64_t_u_u(g_15, 1))
        { 
            int8_t l_337 = (-1L);
            int32_t ****l_381 = &g_129;
            int32_t *****l_380 = &l_381;
            int64_t *l_411 = &g_216[0];
            int64_t *l_412 = (void*)0;
            int64_t *l_413[1];
            int32_t l_414[4] = {(-5L),(-5L),(-5L),(-5L)};
            int i;
            for (i = 0; i < 1; i++)
                l_413[i] = &l_10;
            if ((l_337 , (g_221[0][1] , (((g_212 || (safe_lshift_func_int16_t_s_u(((0xE618L ^ l_340) & 0x6AC9L), 4))) || 6UL) | 65530UL))))
            { 
                uint32_t l_341 = 0xCDE27D56L;
                l_341++;
            }
            else
            { 
                int16_t *l_372 = &g_303[1][0];
                int32_t l_373[2];
                int8_t *l_375 = &l_337;
                uint64_t *l_376 = &g_377[0];
                int32_t l_379 = 6L;
                int i;
                for (i = 0; i < 2; i++)
                    l_373[i] = (-9L);
                l_379 |= (((safe_lshift_func_uint16_t_u_u((((safe_mod_func_int8_t_s_s((g_55 = (!((*l_376) = (((*l_375) = (safe_mul_func_int8_t_s_s(g_216[0], (safe_sub_func_int64_t_s_s(((safe_mod_func_int32_t_s_s(l_340, (safe_mul_func_int8_t_s_s(((safe_lshift_func_int16_t_s_s((((((safe_add_func_uint64_t_u_u(0xEF1ACA37043CBF5ELL, (safe_lshift_func_uint16_t_u_s(((safe_rshift_func_uint16_t_u_s((safe_rshift_func_int16_t_s_u((((safe_mod_func_uint64_t_u_u((0xB920L < ((*l_372) = (+(safe_add_func_int64_t_s_s((-8L), g_57))))), l_373[1])) && g_374) && l_340), (*l_14))), g_28[2])) | 0xE59CL), 8)))) | g_121) > 0xBCE6L) | g_134[0]) , (*l_14)), 8)) < g_15), l_340)))) , g_134[0]), (*l_14)))))) | 0xBCL)))), l_378)) == 0L) , (*l_14)), 4)) , (-10L)) < (-1L));
                return l_340;
            }
            if (l_337)
                break;
            if (((*g_245) != ((*l_380) = (void*)0)))
            { 
                int16_t *l_391 = &g_303[1][0];
                int32_t l_393 = 0xF655A909L;
                uint32_t l_395 = 0x875FBCA4L;
                const int32_t ***l_401 = (void*)0;
                const int32_t ****l_400 = &l_401;
                const int32_t *****l_399 = &l_400;
                (*g_58) = &l_378;
                l_395 |= (((((l_394 |= (safe_unary_minus_func_int8_t_s((((--(*l_330)) == ((((safe_sub_func_int64_t_s_s(((safe_rshift_func_uint8_t_u_s(((((((*g_290) = (safe_lshift_func_uint8_t_u_u((((*l_391) = g_106) , (((*l_14) | 0xBA821798L) < 18446744073709551611UL)), ((l_392 ^ 1L) , l_393)))) < 65530UL) , g_231[3][3]) <= l_393) , g_231[3][0]), g_57)) < (*l_14)), g_221[0][1])) >= (**g_58)) || g_57) & (*l_14))) , 1L)))) , (-1L)) , 0x92737941L) , l_340) & g_57);
                (**g_58) = (((g_13[2][3] , (((((safe_mod_func_uint32_t_u_u((l_398 != (g_377[0] , &l_10)), (((*g_59) | g_134[0]) , l_337))) != l_340) || g_212) < 0L) != 0UL)) , l_399) != l_402);
                l_393 ^= (safe_lshift_func_uint16_t_u_u((++(*g_290)), 7));
            }
            else
            { 
                int32_t l_410 = (-1L);
                if (l_410)
                    break;
                return g_106;
            }
            if ((g_216[1] || ((l_414[2] = ((*l_411) = (g_28[0] ^ ((*l_330) = g_28[3])))) , (safe_mul_func_int8_t_s_s((safe_add_func_uint32_t_u_u((safe_mul_func_uint16_t_u_u(l_421, 5UL)), (**g_58))), g_134[0])))))
            { 
                int32_t l_441[1][1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_441[i][j] = 0x9158F80DL;
                }
                (**g_58) = (safe_mul_func_uint16_t_u_u((((0xBB308055L <= (((safe_div_func_int32_t_s_s((safe_mul_func_uint8_t_u_u(0x51L, (--(*l_330)))), (safe_add_func_uint32_t_u_u(1UL, ((*l_334)--))))) <= 0x61795A605346F7CALL) ^ (!((safe_lshift_func_uint16_t_u_u((safe_div_func_uint64_t_u_u((((g_377[0] ^ g_212) , g_59) != l_439[0]), 0x57EAD50939953229LL)), 11)) ^ l_441[0][0])))) >= g_377[0]) > l_394), 5L));
                (*g_58) = &l_441[0][0];
                if (l_392)
                    break;
                (**g_58) = l_441[0][0];
            }
            else
            { 
                uint64_t *l_445[2][1];
                int8_t *l_446 = (void*)0;
                int16_t *l_447[1];
                int32_t l_449[4][3] = {{1L,(-7L),1L},{1L,(-7L),1L},{1L,(-7L),1L},{1L,(-7L),1L}};
                uint8_t l_454 = 1UL;
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_445[i][j] = &g_377[0];
                }
                for (i = 0; i < 1; i++)
                    l_447[i] = &g_374;
                (*g_59) = 0x1DC31B4AL;
                if ((*g_59))
                    continue;
                l_449[2][1] = ((safe_div_func_int16_t_s_s((g_374 |= ((((!g_134[2]) <= (0xE32876BD8309ED0CLL <= (g_377[0] = g_303[1][0]))) >= (((void*)0 != l_446) & g_303[1][0])) == g_13[1][1])), g_331[1][3])) , l_448[0]);
                l_454++;
            }
        }
        (*g_58) = &l_451[0][1];
        for (l_394 = (-26); (l_394 <= 26); l_394 = safe_add_func_uint32_t_u_u(l_394, 2))
        { 
            (*g_58) = g_459;
        }
        for (l_450 = 15; (l_450 == 28); l_450++)
        { 
            uint16_t ***l_470 = &g_289[2][2];
            uint16_t **** const l_469 = &l_470;
            int32_t l_487 = (-7L);
            int32_t l_505[2];
            int32_t l_521 = 0xCCE724BCL;
            int i;
            for (i = 0; i < 2; i++)
                l_505[i] = (-3L);
        }
    }
    else
    { 
        uint8_t l_531 = 0x19L;
        int32_t **l_536 = &l_14;
        int32_t ***l_537 = &g_130[1];
        int32_t **l_539 = &g_218[1][1];
        int32_t ***l_538 = &l_539;
        uint8_t *l_546 = (void*)0;
        uint8_t *l_547[3];
        const int16_t l_548 = 7L;
        int32_t *l_578[1][4] = {{&g_15,&g_15,&g_15,&g_15}};
        int i, j;
        for (i = 0; i < 3; i++)
            l_547[i] = (void*)0;
        if ((safe_lshift_func_uint16_t_u_u((l_531 == ((g_549 &= ((safe_add_func_uint8_t_u_u((--(*l_330)), (((g_303[1][0] <= (((*g_459) |= (((*l_537) = l_536) == ((*l_538) = &l_14))) != (safe_lshift_func_int16_t_s_u((safe_lshift_func_uint8_t_u_s((g_57 = (safe_div_func_int32_t_s_s(0L, 0xC4FC3A3BL))), 4)), l_548)))) < (-1L)) && (***l_538)))) , (-5L))) ^ 1L)), (*g_290))))
        { 
            int32_t l_552 = 0x3A51829DL;
            const uint32_t l_563 = 0xCC41801EL;
            int32_t l_564 = 0xA8A1E042L;
            l_564 &= ((safe_mod_func_int32_t_s_s((g_216[2] == (l_552 && (((**l_539) , 0xF927329EC49B44A5LL) || (((*l_513) = (safe_sub_func_uint32_t_u_u((safe_mod_func_uint8_t_u_u((safe_sub_func_int64_t_s_s((safe_rshift_func_int16_t_s_u((safe_lshift_func_int8_t_s_u(l_552, 7)), 3)), 0xE91BC73AD0641108LL)), g_440)), l_563))) , g_303[0][0])))), 1L)) > (**l_539));
            (**l_536) |= (safe_mod_func_uint8_t_u_u(g_549, g_303[1][0]));
            for (g_55 = (-13); (g_55 >= 8); g_55 = safe_add_func_uint64_t_u_u(g_55, 3))
            { 
                int32_t l_569 = 1L;
                return l_569;
            }
        }
        else
        { 
            int32_t * const l_573 = &g_574;
            int32_t * const *l_572 = &l_573;
            int8_t *l_575 = &l_107;
            uint32_t *l_577 = &g_13[1][0];
            const uint32_t l_584 = 0x814A6B91L;
            int32_t l_593 = (-7L);
            int32_t *l_601 = &l_593;
            uint32_t l_605[1];
            int i;
            for (i = 0; i < 1; i++)
                l_605[i] = 0x357E33C8L;
            for (g_549 = 0; (g_549 != 34); ++g_549)
            { 
                return g_28[3];
            }
            (*l_536) = (*l_536);
            if ((*g_459))
            { 
                return g_212;
            }
            else
            { 
                int32_t *l_579[4] = {&g_574,&g_574,&g_574,&g_574};
                int i;
                l_579[2] = l_578[0][2];
                l_593 ^= (safe_mul_func_uint8_t_u_u(((safe_mul_func_uint16_t_u_u(l_584, (((safe_rshift_func_int8_t_s_u((safe_sub_func_uint32_t_u_u(((((**l_572) != (safe_add_func_int16_t_s_s((**l_572), (g_377[0] > (safe_lshift_func_uint8_t_u_u(((**l_572) >= (*l_14)), g_13[2][3])))))) >= g_134[0]) , g_303[0][0]), (*g_459))), 1)) , g_303[1][0]) || (**l_536)))) | (*g_459)), 0x4AL));
                (*l_598) = (((((((safe_mod_func_uint32_t_u_u((safe_lshift_func_int8_t_s_u((((*g_58) != l_598) > (safe_lshift_func_int8_t_s_u(((l_601 = (void*)0) != (*l_539)), 3))), 0)), (~((safe_mod_func_int32_t_s_s(((**l_572) , (**l_572)), (**l_572))) , (*l_573))))) <= 0x73L) , 0xE7BE7361L) ^ (*l_573)) && (*l_573)) > 0x6FL) | l_605[0]);
                g_606 = g_606;
            }
        }
        for (g_212 = 0; (g_212 > (-5)); g_212--)
        { 
            uint8_t l_610 = 3UL;
            for (l_576 = 0; (l_576 <= 1); l_576 += 1)
            { 
                int i, j;
                if (g_221[(l_576 + 1)][l_576])
                    break;
            }
            return l_610;
        }
        g_611++;
    }
    return g_57;
}
static int32_t * func_2(int32_t  p_3, uint32_t  p_4, uint32_t  p_5)
{ 
    int32_t *l_108 = &g_15;
    int32_t *l_109 = &g_15;
    int32_t *l_110 = (void*)0;
    int32_t *l_111 = &g_15;
    int32_t *l_112 = &g_15;
    int32_t *l_113 = (void*)0;
    int32_t *l_114 = &g_15;
    int32_t *l_115 = &g_15;
    int32_t *l_116 = &g_15;
    int32_t *l_117 = &g_15;
    int32_t *l_118 = &g_15;
    int32_t l_119 = 1L;
    int32_t *l_120[2][4] = {{&g_15,&g_15,&g_15,&g_15},{&g_15,&g_15,&g_15,&g_15}};
    uint64_t l_122 = 1UL;
    int32_t ****l_131 = &g_129;
    int32_t ***l_132 = &g_130[1];
    int8_t *l_133[3][2] = {{&g_55,&g_55},{&g_55,&g_55},{&g_55,&g_55}};
    uint16_t *l_155 = &g_134[2];
    uint16_t **l_154 = &l_155;
    uint16_t l_156 = 2UL;
    const uint16_t **l_171[2];
    int32_t *****l_247 = &l_131;
    uint8_t l_301 = 0xB6L;
    int32_t *l_326 = (void*)0;
    int i, j;
    for (i = 0; i < 2; i++)
        l_171[i] = &g_170;
    l_122++;
    if (((g_134[0] &= (g_55 |= (safe_lshift_func_uint8_t_u_s(((safe_rshift_func_int8_t_s_u(((*l_109) = ((((*l_131) = g_129) == l_132) & (9UL <= g_121))), (4UL < g_13[1][2]))) && g_121), 6)))) != p_4))
    { 
        int32_t **** const l_139 = &g_129;
        int32_t *l_142[3];
        int i;
        for (i = 0; i < 3; i++)
            l_142[i] = &g_15;
        (*g_58) = &p_3;
        (*l_116) &= (((safe_mul_func_int16_t_s_s((0UL || p_3), 0UL)) & g_121) <= ((g_134[0] = (((l_139 != (void*)0) ^ 4294967295UL) || 1L)) == p_5));
        if ((0x45FDL > g_106))
        { 
            int32_t *l_140 = &g_15;
            return l_140;
        }
        else
        { 
            int32_t *l_141[3][3] = {{&l_119,&l_119,&l_119},{&l_119,&l_119,&l_119},{&l_119,&l_119,&l_119}};
            int i, j;
            return l_142[2];
        }
    }
    else
    { 
        uint16_t *l_153 = &g_134[0];
        uint16_t ** const l_152 = &l_153;
        int32_t l_157 = 0L;
        int32_t l_158 = 0x8A7AFDC6L;
        int32_t ***l_203[2];
        int32_t ****l_210 = &g_129;
        int i;
        for (i = 0; i < 2; i++)
            l_203[i] = &g_130[1];
        if ((safe_div_func_uint8_t_u_u((safe_add_func_int64_t_s_s((safe_lshift_func_int16_t_s_s((safe_lshift_func_int8_t_s_s(((!((l_152 == (p_4 , l_154)) < (((g_55 = 0xE1L) && (l_157 = ((l_156 || 8L) > (*g_59)))) == 1UL))) < l_158), l_158)), 11)), p_4)), l_158)))
        { 
            uint16_t l_166 = 0xD579L;
            uint32_t *l_167 = &g_35;
            int8_t l_168 = (-3L);
            uint8_t *l_180 = &g_57;
            int32_t l_192 = 0x331872FAL;
            int32_t l_193 = 0xCC3E7F26L;
            const uint16_t l_208 = 0x3813L;
            (*l_108) = (((((((((~((safe_div_func_uint64_t_u_u(p_5, ((safe_sub_func_uint8_t_u_u(p_3, ((safe_mod_func_uint32_t_u_u(p_3, (l_166 , ((*l_167) = ((l_166 , l_166) && g_15))))) < g_15))) | p_3))) == 0x2E619775E7F41821LL)) | (-4L)) != 1L) < p_5) > 1UL) | l_168) , p_3) , g_169) != l_171[0]);
            if ((safe_rshift_func_uint8_t_u_s((safe_sub_func_int64_t_s_s((safe_div_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u(p_3, ((g_106 | ((*l_180) = p_4)) ^ (safe_div_func_uint32_t_u_u(l_158, (safe_mod_func_int16_t_s_s((l_168 ^ 0xDC2A9FDAC8820D8BLL), (-4L)))))))), 0x2AL)), g_13[2][3])), p_3)))
            { 
                int8_t l_187 = 0x67L;
                int64_t *l_211 = &g_212;
                int64_t *l_215 = &g_216[2];
                l_193 &= ((safe_div_func_int16_t_s_s(((l_187 ^= g_35) || (*l_108)), p_5)) <= (safe_rshift_func_int8_t_s_s((!(~(l_192 = (-1L)))), (l_158 | l_168))));
                p_3 = ((*l_114) &= (((((safe_mod_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((l_193 &= (((safe_add_func_int8_t_s_s((safe_unary_minus_func_int16_t_s((safe_mul_func_int8_t_s_s(((l_203[0] = l_203[0]) != (((l_158 , &p_3) != (void*)0) , (void*)0)), (-5L))))), l_157)) ^ 0x262FDF43L) | p_4)), g_134[0])), p_5)) , 0xBEL) == 0x3BL) , g_57) & l_168));
                (*l_112) = (((((((safe_div_func_uint16_t_u_u(g_28[1], (((*l_215) = (l_208 == ((((+((*l_211) = ((void*)0 == l_210))) <= (((safe_sub_func_uint32_t_u_u(l_192, (-5L))) | p_4) < g_28[2])) > l_187) > 0x485C87E2E2487D8ALL))) && p_4))) , g_216[1]) || g_106) , 0x7BBA012D08A2D788LL) >= 1UL) < p_4) , (-1L));
            }
            else
            { 
                int32_t *l_217 = (void*)0;
                return l_217;
            }
            return g_218[1][1];
        }
        else
        { 
            uint16_t l_222 = 0xC4D2L;
            for (p_5 = 0; (p_5 <= 17); ++p_5)
            { 
                if (p_5)
                    break;
                (*l_114) = p_5;
                if (g_221[0][1])
                    break;
                (*g_58) = (void*)0;
            }
            --l_222;
        }
    }
    for (p_4 = 0; (p_4 <= 1); p_4 += 1)
    { 
        uint32_t l_233 = 0x3137A95CL;
        int32_t l_240 = 0xAC364A4CL;
        (*l_116) = (safe_lshift_func_uint8_t_u_s(p_5, 4));
        g_231[2][1] ^= ((p_4 || (g_57 >= ((safe_div_func_int64_t_s_s(0x8B289E97AACED721LL, ((*l_116) , p_5))) < (*l_115)))) | g_216[2]);
        for (g_55 = 0; (g_55 <= 1); g_55 += 1)
        { 
            uint32_t l_239[2];
            int i;
            for (i = 0; i < 2; i++)
                l_239[i] = 0x7B25FE38L;
            for (p_3 = 0; (p_3 <= 1); p_3 += 1)
            { 
                int64_t * const l_232 = &g_216[2];
                (*l_115) = ((void*)0 != l_232);
            }
            for (p_5 = 0; (p_5 <= 1); p_5 += 1)
            { 
                int16_t l_241 = (-1L);
                int32_t l_242 = 0x61917E9CL;
                l_242 |= (l_241 &= (l_240 = (((((l_233 == (safe_sub_func_uint32_t_u_u(4294967286UL, (((*l_115) = p_5) && (~((((p_4 , (safe_lshift_func_uint8_t_u_u(255UL, g_134[0]))) & l_239[1]) < l_233) , g_231[2][1])))))) != l_233) >= p_5) && 0x7AL) != l_239[1])));
            }
            (*g_58) = &l_240;
        }
    }
    for (g_212 = 0; (g_212 != (-1)); g_212--)
    { 
        uint32_t l_263 = 0x4D15D3D0L;
        int32_t l_285 = (-10L);
        uint16_t **l_288 = (void*)0;
        uint16_t * const *l_315 = &g_290;
        uint16_t * const **l_314 = &l_315;
        l_247 = g_245;
        for (g_106 = 24; (g_106 != 45); g_106 = safe_add_func_int32_t_s_s(g_106, 3))
        { 
            uint16_t ** const l_252 = &l_155;
            int32_t l_287[4];
            int32_t *l_291 = &l_287[1];
            int16_t *l_302 = &g_303[1][0];
            int i;
            for (i = 0; i < 4; i++)
                l_287[i] = 0xC00EF308L;
            for (g_15 = 0; (g_15 > (-6)); g_15--)
            { 
                uint16_t ***l_253[1][4] = {{&l_154,&l_154,&l_154,&l_154}};
                uint16_t ***l_254 = &l_154;
                uint8_t *l_268 = &g_57;
                int32_t l_286 = 2L;
                int i, j;
                (*l_254) = l_252;
                if (p_3)
                    continue;
                p_3 = (((safe_rshift_func_uint16_t_u_s(3UL, 10)) , (safe_rshift_func_int8_t_s_s((safe_lshift_func_uint16_t_u_s(((**l_252)--), l_263)), 6))) >= ((((((safe_mul_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s((++(*l_268)), 5)), (g_231[2][3] = l_263))) != ((safe_sub_func_uint16_t_u_u((safe_add_func_uint16_t_u_u((safe_mod_func_int32_t_s_s(((safe_div_func_uint16_t_u_u(((safe_lshift_func_uint8_t_u_s((((g_13[2][3] >= ((l_285 ^= (g_28[3] = ((((safe_rshift_func_int16_t_s_s(((safe_mod_func_int8_t_s_s((g_55 |= g_216[2]), 255UL)) >= (-1L)), 0)) != g_221[0][1]) , p_5) ^ p_5))) & 65535UL)) == l_286) > l_263), 5)) | 4294967286UL), 0xE2DBL)) & l_287[2]), l_263)), l_287[2])), p_5)) ^ l_263)) , l_263) != (*l_114)) == 1UL) ^ 0xABL));
                g_289[2][2] = ((*l_254) = l_288);
            }
            if ((*l_112))
            { 
                (*l_111) ^= (-1L);
                if (p_3)
                    break;
                (*g_58) = l_291;
            }
            else
            { 
                (*l_108) |= p_5;
            }
            (*l_115) = ((p_5 | ((*l_302) = (0x40L & (((-1L) && (safe_sub_func_uint32_t_u_u((~(safe_rshift_func_uint16_t_u_s((0xCF4C4EFF3E88C3CELL >= (safe_lshift_func_uint16_t_u_s(((*g_290) = (((safe_rshift_func_int16_t_s_u(g_134[0], (*l_111))) > (*g_290)) >= p_4)), l_301))), g_212))), p_5))) < p_3)))) & g_216[2]);
        }
        for (g_121 = 3; (g_121 >= 0); g_121 -= 1)
        { 
            int8_t l_317 = 0x5DL;
            for (g_106 = 0; (g_106 <= 3); g_106 += 1)
            { 
                uint16_t * const ***l_316 = &l_314;
                int32_t *l_318 = (void*)0;
                int i, j;
                (*l_108) = ((((safe_add_func_int32_t_s_s(0xDB0E1881L, (safe_add_func_int64_t_s_s(g_231[g_106][g_106], (safe_div_func_uint64_t_u_u((safe_sub_func_uint16_t_u_u((safe_sub_func_uint8_t_u_u((((*l_316) = l_314) != &l_288), (g_231[g_121][g_106] ^ p_4))), 0x84FEL)), 0x36C6A78CF511DB53LL)))))) && l_317) , (void*)0) != l_155);
                (*g_58) = (((void*)0 == (*l_314)) , l_318);
                if (p_5)
                    break;
            }
            if (l_285)
            { 
                uint32_t *l_325 = &g_13[2][3];
                (*l_111) = ((safe_rshift_func_int16_t_s_u(((0x53FDL == (0x469CL > (safe_lshift_func_uint8_t_u_s(((void*)0 != &p_3), 4)))) <= g_231[2][1]), (*l_111))) , 1L);
                (*l_109) = (g_134[1] > ((void*)0 != l_325));
            }
            else
            { 
                (*l_112) &= p_5;
            }
            for (l_301 = 0; (l_301 <= 1); l_301 += 1)
            { 
                int i, j;
                (*g_246) = (void*)0;
                if (g_216[(l_301 + 1)])
                    continue;
                (*l_112) = (-4L);
            }
        }
        (*l_118) = p_3;
    }
    return l_326;
}
static int16_t  func_6(uint32_t  p_7)
{ 
    int32_t *l_17[1][3];
    int32_t **l_16 = &l_17[0][0];
    int32_t *l_19 = &g_15;
    int32_t **l_18 = &l_19;
    uint16_t *l_27 = &g_28[2];
    uint16_t *l_32 = &g_28[2];
    const uint16_t l_52 = 1UL;
    uint8_t l_66 = 0x62L;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_17[i][j] = &g_15;
    }
    (*l_18) = ((*l_16) = &g_15);
    if (((p_7 , 0xBFB2L) , (safe_mod_func_uint16_t_u_u(((*l_27) ^= (safe_sub_func_uint64_t_u_u((safe_rshift_func_uint8_t_u_s((((~g_13[2][3]) , ((*l_18) = &g_15)) != (*l_16)), 3)), g_13[0][2]))), (**l_16)))))
    { 
        uint16_t **l_31 = &l_27;
        uint32_t *l_33 = (void*)0;
        uint32_t *l_34 = &g_35;
        int32_t l_38 = 0xC2E3A4C6L;
        l_38 ^= (safe_sub_func_uint32_t_u_u(((g_28[0] || (((*l_31) = &g_28[2]) == l_32)) || g_15), ((*l_34)--)));
        for (g_15 = 0; (g_15 >= 27); g_15 = safe_add_func_uint16_t_u_u(g_15, 6))
        { 
            if (l_38)
                break;
        }
        return p_7;
    }
    else
    { 
        int32_t ***l_41 = &l_18;
        int8_t *l_53 = (void*)0;
        int8_t *l_54 = &g_55;
        uint8_t *l_56 = &g_57;
        int16_t l_83 = (-4L);
        if (((p_7 == (((((((*l_41) = &l_17[0][0]) != ((!((**l_16) = ((((*l_56) = (safe_mul_func_uint16_t_u_u((g_35 && (((*l_54) |= ((safe_unary_minus_func_int64_t_s(p_7)) < ((safe_div_func_uint16_t_u_u((((safe_rshift_func_int16_t_s_u(((safe_div_func_int16_t_s_s(5L, 65529UL)) || p_7), 15)) >= g_13[0][0]) && l_52), p_7)) > g_28[2]))) & p_7)), p_7))) != 0UL) != 1L))) , g_58)) ^ g_13[1][1]) ^ p_7) ^ p_7) > p_7)) | p_7))
        { 
            const int64_t l_75 = 7L;
            uint8_t *l_88 = (void*)0;
            if ((((safe_lshift_func_int16_t_s_u((safe_mul_func_uint16_t_u_u(0UL, (!((~((*l_56) = g_15)) ^ l_66)))), (safe_add_func_uint32_t_u_u(((safe_rshift_func_uint8_t_u_s(((safe_mod_func_int8_t_s_s(((255UL != ((void*)0 == &l_66)) >= 0x8FL), p_7)) == g_15), l_75)) <= (-1L)), p_7)))) < (**l_18)) , p_7))
            { 
                (**l_16) = 4L;
                return g_35;
            }
            else
            { 
                int32_t *l_76 = &g_15;
                uint32_t *l_89 = &g_13[2][3];
                int32_t l_90[4][3] = {{0xCFCBFA33L,0L,0L},{0xCFCBFA33L,0L,0L},{0xCFCBFA33L,0L,0L},{0xCFCBFA33L,0L,0L}};
                int i, j;
                l_90[1][0] ^= (l_76 != ((safe_sub_func_uint8_t_u_u(((safe_add_func_uint64_t_u_u(((safe_mul_func_uint16_t_u_u(l_83, p_7)) != (safe_add_func_uint64_t_u_u((((((*l_89) = (((((safe_div_func_uint32_t_u_u((g_57 <= ((*l_32) &= g_15)), p_7)) <= 254UL) ^ 5UL) , &g_57) != l_88)) , 0x61L) == g_57) , 0UL), g_55))), (***l_41))) , 0UL), 0x05L)) , (void*)0));
                (*l_76) = (**l_16);
                return g_55;
            }
        }
        else
        { 
            for (l_66 = (-3); (l_66 > 38); l_66 = safe_add_func_int64_t_s_s(l_66, 2))
            { 
                return p_7;
            }
        }
    }
    for (g_55 = 12; (g_55 <= (-7)); --g_55)
    { 
        int64_t l_97 = 0L;
        int32_t l_104 = 0x9BBDC218L;
        int32_t l_105 = (-1L);
        l_105 = (l_104 &= (((safe_rshift_func_uint8_t_u_u(251UL, 1)) | ((l_97 <= ((safe_rshift_func_uint8_t_u_s((((*l_19) = (safe_mul_func_uint8_t_u_u((safe_sub_func_int64_t_s_s(0xDE5F43C7198F9F05LL, g_57)), g_28[3]))) && 65529UL), 6)) , 0x92AC9E04L)) , p_7)) & 1UL));
    }
    return p_7;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_13[i][j], "g_13[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_15, "g_15", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_28[i], "g_28[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_55, "g_55", print_hash_value);
    transparent_crc(g_57, "g_57", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    transparent_crc(g_121, "g_121", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_134[i], "g_134[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_212, "g_212", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_216[i], "g_216[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_221[i][j], "g_221[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_231[i][j], "g_231[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_303[i][j], "g_303[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_331[i][j], "g_331[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_374, "g_374", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_377[i], "g_377[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_440, "g_440", print_hash_value);
    transparent_crc(g_453, "g_453", print_hash_value);
    transparent_crc(g_549, "g_549", print_hash_value);
    transparent_crc(g_574, "g_574", print_hash_value);
    transparent_crc(g_611, "g_611", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
