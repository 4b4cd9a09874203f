#include "csmith.h"
static long __undefined;
static int32_t g_3 = 1L;
static int32_t *g_2[3] = {&g_3,&g_3,&g_3};
static uint32_t g_11 = 0x135E1F6FL;
static int32_t g_29 = (-1L);
static int32_t g_32 = 0xF57A5575L;
static uint32_t g_37 = 1UL;
static uint16_t g_52[3] = {0xF91AL,0xF91AL,0xF91AL};
static uint64_t g_107[4] = {0x4EFB57A5127A5081LL,0x4EFB57A5127A5081LL,0x4EFB57A5127A5081LL,0x4EFB57A5127A5081LL};
static int32_t g_120 = 0xBB040387L;
static int8_t g_133 = (-10L);
static uint64_t g_135 = 18446744073709551615UL;
static uint8_t g_167 = 0x68L;
static int64_t g_235 = 0x81ED6BCF50F0ED1FLL;
static int64_t *g_234[3] = {&g_235,&g_235,&g_235};
static int64_t **g_233 = &g_234[0];
static int16_t g_241[4] = {2L,2L,2L,2L};
static int32_t * const *g_296 = &g_2[0];
static int32_t * const **g_295 = &g_296;
static uint8_t g_377 = 0xB0L;
static uint16_t g_394[2] = {65534UL,65534UL};
static int64_t **g_426[3][2] = {{&g_234[0],&g_234[0]},{&g_234[1],&g_234[0]},{&g_234[0],&g_234[1]}};
static int32_t g_453 = 0L;
static uint32_t  func_1(void);
static int32_t ** func_14(int32_t  p_15);
static uint32_t  func_16(int32_t * p_17, uint32_t * p_18);
static uint32_t  func_1(void)
{ 
    int32_t **l_4 = &g_2[1];
    int32_t *l_5[3][2] = {{&g_3,&g_3},{&g_3,&g_3},{&g_3,&g_3}};
    uint32_t *l_10[4][2] = {{(void*)0,(void*)0},{&g_11,(void*)0},{(void*)0,&g_11},{(void*)0,(void*)0}};
    uint8_t l_23 = 255UL;
    int64_t l_24 = 0x85FCB4448110CBBBLL;
    uint64_t l_376[2];
    uint64_t *l_382[4];
    uint32_t l_383 = 0x217C967FL;
    uint8_t *l_384 = &l_23;
    uint16_t l_401 = 0UL;
    uint64_t l_404 = 0x0CD230E71CA81C34LL;
    uint64_t l_410 = 0x6785DF5E1DD00A61LL;
    int32_t l_433 = 0L;
    const int16_t * const l_452[4][3] = {{&g_241[2],&g_241[2],&g_241[2]},{&g_241[2],&g_241[2],&g_241[2]},{&g_241[2],&g_241[2],&g_241[2]},{&g_241[2],&g_241[2],&g_241[2]}};
    int32_t l_487 = 0L;
    uint16_t l_494 = 0UL;
    int i, j;
    for (i = 0; i < 2; i++)
        l_376[i] = 0x0C7C52FBDF935E8ALL;
    for (i = 0; i < 4; i++)
        l_382[i] = &g_107[0];
    l_5[1][1] = ((*l_4) = g_2[0]);
    return (**l_4);
}
static int32_t ** func_14(int32_t  p_15)
{ 
    int32_t l_343 = (-9L);
    int32_t *l_344 = &g_120;
    int32_t **l_353 = (void*)0;
    int32_t ***l_352 = &l_353;
    int32_t l_358 = 0x0537382CL;
    int32_t l_359 = (-8L);
    int32_t l_360 = 0xCA984F8AL;
    int32_t l_361 = 1L;
    int32_t l_362 = 0L;
    int32_t l_363 = 1L;
    int32_t l_364 = 0x9B4AD366L;
    int32_t l_365 = (-1L);
    int32_t l_367[3][4];
    int64_t l_368 = 0x2A4FBE48F8D6407ALL;
    int32_t l_371 = 1L;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
            l_367[i][j] = 0L;
    }
    for (g_235 = 0; (g_235 == 17); g_235 = safe_add_func_uint64_t_u_u(g_235, 8))
    { 
        uint16_t *l_340 = &g_52[1];
        uint64_t *l_345[3][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}};
        const int32_t l_354 = 0x85F373A9L;
        int32_t l_355 = 0x41B10988L;
        int32_t *l_356 = &l_355;
        int32_t *l_357[4][1];
        int16_t l_366 = (-1L);
        int8_t l_369 = 1L;
        int8_t l_370 = (-3L);
        int64_t l_372[3][3];
        uint8_t l_373 = 255UL;
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
                l_357[i][j] = &l_355;
        }
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 3; j++)
                l_372[i][j] = (-4L);
        }
        l_343 = (((*l_340)++) , ((g_241[0] < l_343) || (g_107[0] = (l_344 != (void*)0))));
        for (g_167 = (-3); (g_167 >= 5); g_167 = safe_add_func_int16_t_s_s(g_167, 2))
        { 
            uint32_t *l_348 = &g_11;
            int32_t **l_351 = &g_2[1];
            int32_t ***l_350 = &l_351;
            int32_t ****l_349[2][2];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                    l_349[i][j] = &l_350;
            }
            p_15 = (((g_167 >= ((((((*l_348) |= p_15) && p_15) , &g_296) == (l_352 = (void*)0)) && l_354)) != l_354) <= l_354);
        }
        for (g_11 = 0; (g_11 <= 3); g_11 += 1)
        { 
            for (g_29 = 3; (g_29 >= 0); g_29 -= 1)
            { 
                int i;
                if (g_241[g_29])
                    break;
                return &g_2[0];
            }
        }
        ++l_373;
    }
    return &g_2[2];
}
static uint32_t  func_16(int32_t * p_17, uint32_t * p_18)
{ 
    int64_t l_27 = (-7L);
    int32_t *l_28 = &g_29;
    int32_t **l_30 = &g_2[0];
    int32_t l_35 = 0xA0165D3EL;
    int32_t l_36 = 0x43DEE6EEL;
    const uint8_t l_121 = 6UL;
    uint64_t l_144 = 1UL;
    int8_t l_189 = 0x3EL;
    int64_t ** const l_232 = (void*)0;
    uint32_t l_256 = 4294967295UL;
    int64_t l_264 = 0xB0982D639CECDF4CLL;
    int32_t l_265[1];
    int i;
    for (i = 0; i < 1; i++)
        l_265[i] = 0x4513ECE4L;
    if ((&g_3 == (((*l_28) = ((g_11 , (safe_rshift_func_int8_t_s_s(l_27, 7))) || l_27)) , ((*l_30) = l_28))))
    { 
        int32_t *l_31 = &g_32;
        int32_t *l_33 = &g_32;
        int32_t *l_34[3][1];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_34[i][j] = &g_32;
        }
        g_37++;
    }
    else
    { 
        int32_t *l_40 = &g_32;
        int32_t *l_41[3][3];
        int32_t l_46 = 0x8B4FD089L;
        uint16_t *l_104[4];
        int8_t l_105 = 0L;
        uint8_t l_119[2];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 3; j++)
                l_41[i][j] = &l_35;
        }
        for (i = 0; i < 4; i++)
            l_104[i] = &g_52[1];
        for (i = 0; i < 2; i++)
            l_119[i] = 0xA5L;
        (*l_30) = p_17;
        l_35 ^= ((*l_40) ^= (**l_30));
        for (g_37 = 0; (g_37 <= 2); g_37 += 1)
        { 
            for (g_11 = 0; (g_11 <= 2); g_11 += 1)
            { 
                return g_32;
            }
            for (l_27 = 0; (l_27 <= 2); l_27 += 1)
            { 
                int i, j;
                l_41[g_37][l_27] = p_17;
            }
        }
        if ((0L == (((safe_sub_func_int8_t_s_s(0xA2L, ((((void*)0 == l_28) , (safe_rshift_func_int8_t_s_u((0xCAL > (**l_30)), 1))) && 0xAE3649E8L))) | (**l_30)) > l_46)))
        { 
            uint16_t *l_51 = &g_52[0];
            int32_t l_59 = 2L;
            if ((((*p_18) = ((safe_sub_func_int16_t_s_s(((safe_mul_func_uint16_t_u_u(((**l_30) , (++(*l_51))), (safe_sub_func_uint8_t_u_u(g_32, g_29)))) < (g_11 != (((safe_div_func_uint16_t_u_u((p_18 == (void*)0), g_32)) || l_59) && 18446744073709551615UL))), 0xE229L)) , g_29)) , l_59))
            { 
                int32_t *l_65 = &l_46;
                (*l_65) |= (safe_unary_minus_func_uint64_t_u(((l_59 && (((*l_40) = ((void*)0 != &g_29)) <= ((void*)0 == l_65))) && 250UL)));
                (*l_40) = ((9UL ^ g_37) != (safe_rshift_func_int8_t_s_s(((safe_mul_func_int16_t_s_s((safe_add_func_int8_t_s_s((4UL || (((safe_div_func_uint8_t_u_u(((((safe_rshift_func_uint16_t_u_s((*l_40), (safe_add_func_uint16_t_u_u((*l_65), g_37)))) , 7L) > (*l_65)) != 0x154EL), l_59)) & (**l_30)) & l_59)), g_52[0])), 3UL)) && (*l_65)), 6)));
            }
            else
            { 
                (*l_40) = 0xA944068BL;
            }
            for (g_11 = 0; (g_11 == 19); g_11 = safe_add_func_int64_t_s_s(g_11, 4))
            { 
                if ((*p_17))
                    break;
            }
        }
        else
        { 
            uint16_t l_82 = 4UL;
            uint64_t *l_106 = &g_107[0];
            int32_t l_122 = (-2L);
            uint32_t *l_123 = &g_37;
            int8_t *l_124 = &l_105;
            for (g_29 = 0; (g_29 <= 15); g_29++)
            { 
                int32_t l_98 = 0x0B1440D3L;
                int64_t *l_99 = &l_27;
                l_82--;
                (*l_40) = ((+(0x97L ^ (((*l_99) = (safe_rshift_func_uint8_t_u_s(((safe_add_func_int32_t_s_s(((safe_sub_func_int16_t_s_s((((safe_mod_func_uint32_t_u_u((p_18 != p_17), (*p_18))) ^ (safe_mod_func_int64_t_s_s((safe_mod_func_uint64_t_u_u(((void*)0 != &g_11), g_52[0])), 0xE7D4845EB5F4D78FLL))) != 3L), l_98)) == (*l_40)), l_82)) , l_98), (**l_30)))) >= g_11))) || (-1L));
                if (l_82)
                    break;
            }
            (*l_40) |= (safe_mul_func_int16_t_s_s(((((0x63695F895E34458FLL || ((*l_106) = (safe_mul_func_int16_t_s_s((**l_30), (((l_104[3] != ((0xE7C9D89BL | g_52[0]) , l_104[3])) & l_82) ^ l_105))))) > 1L) <= 3L) != (-1L)), g_11));
            (*l_40) = (safe_mul_func_int8_t_s_s(((*l_124) = (((((*l_123) = (safe_add_func_int8_t_s_s((((&g_3 != (void*)0) >= (l_122 |= ((((+(g_52[2] = g_29)) ^ (g_120 = ((safe_rshift_func_uint8_t_u_u(((((*l_106) = (safe_mul_func_int8_t_s_s((**l_30), (safe_sub_func_uint64_t_u_u((2UL ^ 0x89EC31A1L), l_119[0]))))) < g_37) == g_32), g_3)) == (**l_30)))) > 7L) ^ l_121))) | (*p_17)), 0x02L))) , g_107[1]) , g_32) && (**l_30))), 0xB7L));
            (*l_30) = &g_3;
        }
    }
    for (g_11 = 0; (g_11 != 35); g_11 = safe_add_func_uint8_t_u_u(g_11, 5))
    { 
        int8_t *l_132 = &g_133;
        uint64_t *l_134 = &g_135;
        int32_t l_146[2][3] = {{0L,0xA280F67DL,0L},{0L,0xA280F67DL,0L}};
        uint16_t *l_184[2];
        int i, j;
        for (i = 0; i < 2; i++)
            l_184[i] = &g_52[0];
        if ((safe_add_func_uint64_t_u_u((safe_unary_minus_func_int32_t_s((((*l_132) = ((safe_rshift_func_int8_t_s_u(g_107[0], 7)) > (g_11 == (**l_30)))) & (g_52[0] <= ((*l_134) ^= (g_107[0] , g_3)))))), g_3)))
        { 
            uint64_t l_142[2][4] = {{18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL},{18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL}};
            uint16_t *l_143 = (void*)0;
            int64_t *l_145 = &l_27;
            int8_t l_159 = 1L;
            int64_t *l_178 = &l_27;
            int32_t l_180 = (-3L);
            int i, j;
            if (((0xB7B902C6L != (safe_lshift_func_int8_t_s_u((((safe_mul_func_int16_t_s_s((p_18 != p_18), ((g_3 >= ((*l_145) ^= (safe_rshift_func_uint16_t_u_s((l_144 = ((0UL | g_52[0]) < l_142[0][3])), l_142[0][3])))) || (*p_17)))) && l_146[1][0]) , l_142[0][0]), l_142[1][3]))) <= l_142[0][3]))
            { 
                uint16_t l_160 = 0xDB34L;
                int32_t *l_161 = &l_36;
                (*l_161) ^= ((safe_sub_func_int16_t_s_s((((*l_145) = (safe_lshift_func_int8_t_s_u((((safe_add_func_uint8_t_u_u((**l_30), g_11)) || ((void*)0 == &g_29)) != ((safe_rshift_func_int16_t_s_u(((safe_add_func_int64_t_s_s(((safe_add_func_uint16_t_u_u((g_32 && (**l_30)), g_135)) , (**l_30)), 0xD6553E7E88078DF3LL)) != g_3), 8)) == l_159)), l_142[0][3]))) ^ l_146[1][0]), g_133)) , l_160);
            }
            else
            { 
                if ((*p_17))
                    break;
                (*l_30) = p_17;
                if ((*p_17))
                    continue;
            }
            if ((((g_135 , (**l_30)) && (((!(**l_30)) | 0xC77FL) || (g_107[3] , g_32))) < 0x3724E75DL))
            { 
                int8_t l_165 = 6L;
                uint8_t *l_166 = &g_167;
                int32_t *l_176[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_176[i] = &l_36;
                l_146[0][0] = (0x232703BF9ECD52D1LL <= ((safe_add_func_uint8_t_u_u(((*l_166) = l_165), ((safe_mod_func_uint8_t_u_u((safe_add_func_uint16_t_u_u((g_37 , (safe_sub_func_uint32_t_u_u((((**l_30) , (safe_lshift_func_uint8_t_u_u(254UL, l_165))) <= g_135), (*p_18)))), 0UL)), (**l_30))) == 65534UL))) & 0xAAF7L));
                return g_107[3];
            }
            else
            { 
                int64_t **l_177 = &l_145;
                int32_t *l_179[2][4] = {{&g_3,&l_146[1][0],&g_3,&l_146[1][0]},{&g_3,&l_146[1][0],&g_3,&l_146[1][0]}};
                int i, j;
                (*l_30) = &g_32;
                (*l_30) = &g_3;
                l_180 ^= (((*l_177) = &l_27) == l_178);
                return l_142[0][1];
            }
        }
        else
        { 
            int32_t *l_181[1][2];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_181[i][j] = &l_36;
            }
            l_146[1][0] = (*p_17);
        }
        if (l_146[0][2])
            continue;
        if ((l_146[1][0] ^ ((g_52[0] |= l_146[1][2]) < (safe_lshift_func_int16_t_s_u(((safe_mod_func_uint8_t_u_u(g_32, l_189)) <= (*p_18)), l_146[1][0])))))
        { 
            int32_t * const l_200 = (void*)0;
            int32_t l_205 = 3L;
            int32_t *l_206 = &l_35;
            (*l_206) |= (safe_mod_func_int16_t_s_s((((*l_132) = (g_120 , (safe_rshift_func_int8_t_s_u(((safe_mul_func_int16_t_s_s(((safe_rshift_func_int16_t_s_u(((safe_sub_func_uint16_t_u_u(0x1DB9L, (l_200 == &l_146[1][0]))) > (safe_mul_func_uint8_t_u_u((safe_sub_func_uint16_t_u_u((l_205 < g_3), (**l_30))), (**l_30)))), 6)) , g_120), 1UL)) | (**l_30)), l_146[1][0])))) < 0x89L), 0xFE60L));
            if ((*p_17))
            { 
                int64_t *l_217 = &l_27;
                int32_t l_218 = 0x659D9380L;
                (*l_206) = ((((*l_28) = (safe_rshift_func_int8_t_s_u(g_167, 6))) , (((safe_lshift_func_int16_t_s_s(7L, 2)) == (((safe_sub_func_uint8_t_u_u(0x48L, (0xE7F87ACA667C5128LL & (((((safe_mul_func_uint16_t_u_u((l_134 != l_217), g_133)) == g_11) & g_52[0]) == l_218) || l_146[0][2])))) && 0UL) , g_3)) , 0UL)) >= l_218);
            }
            else
            { 
                return (*p_18);
            }
        }
        else
        { 
            int32_t *l_222 = &l_35;
            for (l_189 = (-12); (l_189 >= 24); l_189 = safe_add_func_int16_t_s_s(l_189, 4))
            { 
                return l_146[1][0];
            }
            (*l_222) = ((+l_146[1][0]) , 0xD36A7B67L);
        }
    }
    for (l_36 = 7; (l_36 < (-12)); l_36 = safe_sub_func_int16_t_s_s(l_36, 1))
    { 
        int32_t l_227 = 0xCC985E15L;
        int32_t l_266 = 0xE8E32242L;
        int32_t l_267 = 1L;
        int32_t l_268 = (-1L);
        int32_t l_269 = 0xF36AAFCDL;
        int32_t l_270[3];
        uint32_t l_271 = 0xC8D2CA16L;
        uint32_t *l_292 = (void*)0;
        uint32_t *l_293 = &g_37;
        int32_t ***l_294 = &l_30;
        int32_t *l_299[1];
        int i;
        for (i = 0; i < 3; i++)
            l_270[i] = 0x84D04E99L;
        for (i = 0; i < 1; i++)
            l_299[i] = &l_35;
    }
    if (((0xFEL | (((safe_lshift_func_uint8_t_u_s(((((((void*)0 == &l_30) , &g_29) != (((**l_30) || 7L) , p_18)) <= (**l_30)) || (**l_30)), 7)) > 0x99EAL) != 5L)) & (**l_30)))
    { 
        int32_t **l_302[2][1];
        int32_t **l_303 = &g_2[1];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_302[i][j] = &g_2[0];
        }
        (*l_303) = (*g_296);
        return (**l_30);
    }
    else
    { 
        int32_t *l_315 = (void*)0;
        int32_t *l_316 = (void*)0;
        int32_t *l_317 = (void*)0;
        int32_t *l_318 = &l_265[0];
        int32_t *l_319 = &l_35;
        int32_t *l_320 = &l_265[0];
        int32_t *l_321 = &l_265[0];
        int32_t *l_322 = &l_36;
        int32_t *l_323 = &l_265[0];
        int32_t *l_324 = &l_35;
        int32_t *l_325 = &l_36;
        int32_t *l_326 = &l_265[0];
        int32_t *l_327 = &l_265[0];
        int32_t *l_328 = &l_36;
        int32_t *l_329 = &l_265[0];
        int32_t *l_330 = (void*)0;
        int32_t *l_331 = (void*)0;
        int32_t *l_332 = &l_265[0];
        int32_t *l_333[2][1];
        int8_t l_334 = 0L;
        uint32_t l_335 = 0UL;
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_333[i][j] = &l_36;
        }
        (*l_30) = (*l_30);
        if (((void*)0 == &g_241[0]))
        { 
            int32_t * const *l_310 = (void*)0;
            int32_t l_311 = 5L;
            l_311 &= (safe_mod_func_int32_t_s_s((g_52[0] && ((safe_rshift_func_int16_t_s_s(0x7481L, ((l_310 = l_310) == l_30))) >= 0xF86150DFL)), (*p_17)));
        }
        else
        { 
            (*l_30) = (void*)0;
            for (l_144 = 0; (l_144 == 28); l_144 = safe_add_func_int32_t_s_s(l_144, 7))
            { 
                int32_t l_314 = (-2L);
                if (l_314)
                    break;
            }
            g_2[0] = (*g_296);
        }
        l_335--;
        return g_107[0];
    }
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_29, "g_29", print_hash_value);
    transparent_crc(g_32, "g_32", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_52[i], "g_52[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_107[i], "g_107[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_120, "g_120", print_hash_value);
    transparent_crc(g_133, "g_133", print_hash_value);
    transparent_crc(g_135, "g_135", print_hash_value);
    transparent_crc(g_167, "g_167", print_hash_value);
    transparent_crc(g_235, "g_235", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_241[i], "g_241[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_377, "g_377", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_394[i], "g_394[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_453, "g_453", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
