#include "csmith.h"
static long __undefined;
static int32_t g_2[1] = {(-3L)};
static int32_t g_3[1] = {0x0DA11525L};
static int64_t g_24 = 0x8F6C218E9934B0B4LL;
static uint64_t g_28 = 0x9BA5F27A4129B857LL;
static uint8_t g_31 = 0xC7L;
static uint32_t g_32[4] = {18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL};
static uint32_t g_38 = 4294967295UL;
static int64_t *g_54[2] = {&g_24,&g_24};
static int64_t **g_53[3] = {&g_54[1],&g_54[1],&g_54[1]};
static int8_t g_90 = (-1L);
static int16_t g_123 = 0x1B7AL;
static int32_t *g_149 = &g_2[0];
static int32_t ** const g_148 = &g_149;
static int32_t g_237 = (-4L);
static int64_t *g_328 = &g_24;
static uint32_t *g_339 = (void*)0;
static uint32_t **g_338 = &g_339;
static uint8_t *g_362 = &g_31;
static uint8_t **g_361 = &g_362;
static uint8_t ***g_360 = &g_361;
static uint8_t ****g_359 = &g_360;
static uint16_t g_365 = 0xFFBAL;
static uint16_t g_408 = 0xBF68L;
static int16_t g_450[1] = {(-1L)};
static uint16_t g_455 = 0xC47DL;
static int32_t * const *g_460[2][4] = {{&g_149,&g_149,&g_149,&g_149},{&g_149,&g_149,&g_149,&g_149}};
static int16_t g_464[3][2] = {{(-2L),(-2L)},{(-2L),(-2L)},{(-2L),(-2L)}};
static uint32_t g_475 = 18446744073709551607UL;
static int16_t g_490 = (-1L);
static int32_t g_514 = 1L;
static int16_t g_535 = 1L;
static int8_t g_549 = (-6L);
static uint8_t  func_1(void);
static int32_t  func_4(const uint64_t  p_5, int32_t  p_6, int64_t  p_7, uint64_t  p_8, const uint64_t  p_9);
static uint16_t  func_14(uint64_t  p_15, int64_t  p_16, uint64_t  p_17, int8_t  p_18, uint64_t  p_19);
static uint8_t  func_1(void)
{ 
    int64_t *l_23[4];
    int32_t l_25 = 9L;
    int64_t **l_26 = &l_23[2];
    uint64_t *l_27 = &g_28;
    uint8_t *l_29 = (void*)0;
    uint8_t *l_30 = &g_31;
    int32_t l_506[2][4] = {{0xE87A76F8L,0x1556446CL,0x1556446CL,0xE87A76F8L},{0x1556446CL,0xE87A76F8L,0x1556446CL,0x1556446CL}};
    int8_t l_509 = (-1L);
    uint32_t l_532 = 4UL;
    int i, j;
    for (i = 0; i < 4; i++)
        l_23[i] = &g_24;
    for (g_3[0] = 0; (g_3[0] <= 0); g_3[0] += 1)
    { 
        int i;
        return g_2[g_3[0]];
    }
    if (func_4((safe_sub_func_int32_t_s_s(0L, (safe_mod_func_uint16_t_u_u(func_14((((*l_30) |= (safe_mod_func_uint64_t_u_u(((*l_27) = (((g_24 = (~0xD409L)) <= l_25) != (((((*l_26) = (void*)0) != (void*)0) || g_3[0]) , 2UL))), g_3[0]))) ^ 0xDAL), g_32[1], l_25, l_25, l_25), g_32[1])))), g_2[0], l_25, g_2[0], g_3[0]))
    { 
        int32_t l_502 = 0x54BF2DDCL;
        int32_t l_503 = 0xF4814A27L;
        int32_t l_504 = 0xDA83E8E1L;
        int32_t l_505 = 0xCA38B07EL;
        int32_t l_508 = 0L;
        int32_t l_510[4][2] = {{0x214B4AD4L,0x214B4AD4L},{0x214B4AD4L,0x214B4AD4L},{0x214B4AD4L,0x214B4AD4L},{0x214B4AD4L,0x214B4AD4L}};
        uint64_t l_515 = 18446744073709551610UL;
        int i, j;
        (*g_148) = (*g_148);
        for (g_24 = 0; (g_24 <= 1); g_24 += 1)
        { 
            int32_t *l_496 = &g_3[0];
            int32_t *l_497 = &g_3[0];
            int32_t *l_498 = &g_2[0];
            int32_t *l_499 = &g_3[0];
            int32_t *l_500 = (void*)0;
            int32_t *l_501[4];
            int8_t l_507 = 0xFFL;
            uint32_t l_511[4][2] = {{0x3F00CB7DL,0UL},{0UL,0x3F00CB7DL},{0x3F00CB7DL,0x3F00CB7DL},{3UL,0x3F00CB7DL}};
            int i, j;
            for (i = 0; i < 4; i++)
                l_501[i] = &g_3[0];
            --l_511[0][1];
            --l_515;
            l_504 &= (*l_497);
            for (g_38 = 0; (g_38 <= 1); g_38 += 1)
            { 
                int32_t l_518[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_518[i] = 0x0B058504L;
                l_518[1] = 0xE3A9792BL;
            }
        }
        return (**g_361);
    }
    else
    { 
        const uint16_t l_521 = 0x0011L;
        uint8_t l_536[3];
        int8_t l_541 = 7L;
        int i;
        for (i = 0; i < 3; i++)
            l_536[i] = 1UL;
        if ((l_506[1][0] = ((*g_149) = (safe_lshift_func_uint8_t_u_u(l_521, (((~(l_25 , (((*g_328) = (safe_sub_func_int32_t_s_s((-5L), (safe_add_func_int64_t_s_s((!(&g_450[0] == &g_450[0])), g_408))))) <= 0L))) >= l_521) , l_25))))))
        { 
            uint8_t l_534 = 0x68L;
            for (g_455 = 0; (g_455 != 2); ++g_455)
            { 
                int16_t *l_533 = &g_490;
                int32_t l_542 = (-1L);
                (**g_148) = ((((8L >= ((((safe_div_func_uint16_t_u_u((l_532 , g_3[0]), ((*l_533) = g_3[0]))) , l_521) , l_534) && (*g_362))) | g_535) , l_536[2]) > g_31);
                (*g_149) |= (l_506[0][1] , ((0x4B6C8AE2L >= (safe_mul_func_int16_t_s_s((safe_mul_func_int16_t_s_s((l_534 == l_541), g_514)), 65535UL))) , l_542));
            }
            (*g_148) = &l_25;
        }
        else
        { 
            int64_t *l_543[4][4] = {{&g_24,&g_24,&g_24,&g_24},{&g_24,&g_24,&g_24,&g_24},{&g_24,&g_24,&g_24,&g_24},{&g_24,&g_24,&g_24,&g_24}};
            int32_t l_548 = 0L;
            uint32_t ***l_552 = &g_338;
            int i, j;
            g_549 = (0x8AL == (((((((void*)0 == l_543[0][3]) , (safe_mul_func_uint8_t_u_u((+((l_506[0][1] = (((!l_548) ^ g_31) ^ l_506[0][3])) | l_521)), 0x74L))) , l_548) ^ 1L) , g_28) , (*g_362)));
            for (g_237 = 0; (g_237 >= (-10)); --g_237)
            { 
                (*g_149) = 0x88472955L;
            }
            (*l_552) = (void*)0;
        }
    }
    return (***g_360);
}
static int32_t  func_4(const uint64_t  p_5, int32_t  p_6, int64_t  p_7, uint64_t  p_8, const uint64_t  p_9)
{ 
    int32_t l_76 = 0x5E570971L;
    const uint64_t *l_127 = &g_28;
    int64_t l_129 = 4L;
    int32_t **l_150 = &g_149;
    uint8_t l_155[4][4] = {{255UL,0xCDL,255UL,255UL},{0xCDL,0xCDL,250UL,0xCDL},{0xCDL,255UL,255UL,0xCDL},{255UL,0xCDL,255UL,255UL}};
    int32_t l_158[3];
    int64_t l_159 = 1L;
    int64_t **l_170 = (void*)0;
    uint32_t *l_221 = &g_38;
    uint32_t *l_225 = &g_38;
    int32_t *l_273 = &g_3[0];
    int64_t l_325 = (-1L);
    uint8_t **l_343 = (void*)0;
    uint8_t ***l_342 = &l_343;
    uint8_t l_431[1];
    uint64_t *l_447 = &g_28;
    int64_t *l_451 = &l_159;
    int8_t *l_452 = &g_90;
    int32_t l_453[4][2];
    uint16_t *l_454 = &g_408;
    int32_t * const *l_458 = (void*)0;
    uint32_t l_472 = 0x77CB0488L;
    uint32_t l_493 = 0UL;
    int i, j;
    for (i = 0; i < 3; i++)
        l_158[i] = 0xA46063A1L;
    for (i = 0; i < 1; i++)
        l_431[i] = 255UL;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
            l_453[i][j] = 0xF12191CCL;
    }
    if ((p_6 = (0UL >= (safe_add_func_int16_t_s_s(0x0A6FL, p_7)))))
    { 
        int32_t *l_74 = (void*)0;
        int32_t *l_75[2][1];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_75[i][j] = &g_2[0];
        }
        for (p_7 = 0; (p_7 > 23); p_7 = safe_add_func_int32_t_s_s(p_7, 4))
        { 
            int32_t *l_68 = (void*)0;
            int32_t *l_69 = &g_3[0];
            for (g_31 = 14; (g_31 >= 14); g_31 = safe_add_func_int32_t_s_s(g_31, 4))
            { 
                int32_t *l_64 = &g_3[0];
                g_2[0] &= (65535UL && g_3[0]);
                (*l_64) &= 0L;
                return g_3[0];
            }
            for (p_6 = (-13); (p_6 <= (-15)); p_6 = safe_sub_func_uint64_t_u_u(p_6, 5))
            { 
                int32_t *l_67[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_67[i] = &g_2[0];
                g_3[0] = p_6;
            }
            (*l_69) = p_6;
        }
        for (g_24 = (-26); (g_24 >= 24); g_24 = safe_add_func_int32_t_s_s(g_24, 2))
        { 
            int32_t **l_72 = (void*)0;
            int32_t *l_73 = &g_2[0];
            l_73 = &g_2[0];
        }
        l_76 = p_5;
    }
    else
    { 
        int8_t *l_89 = &g_90;
        uint8_t *l_91 = &g_31;
        int32_t *l_94[4];
        int64_t l_139[3];
        uint8_t l_140 = 0UL;
        int i;
        for (i = 0; i < 4; i++)
            l_94[i] = (void*)0;
        for (i = 0; i < 3; i++)
            l_139[i] = (-1L);
        p_6 = (safe_mod_func_int32_t_s_s((g_2[0] = (safe_mod_func_uint8_t_u_u((safe_sub_func_int8_t_s_s((safe_rshift_func_int8_t_s_s((((((safe_rshift_func_int8_t_s_u(((*l_89) ^= (0x67L ^ l_76)), (++(*l_91)))) != ((void*)0 != l_89)) , (&g_28 == (void*)0)) >= 0x944D42BEL) | p_5), 5)), 5UL)), p_7))), g_24));
        for (p_8 = 8; (p_8 <= 31); p_8++)
        { 
            int8_t l_108 = 0x0FL;
            int32_t l_130 = 5L;
            int16_t l_131 = (-8L);
            uint64_t *l_134 = &g_28;
            const int32_t l_141 = 1L;
            for (p_6 = (-6); (p_6 <= (-28)); p_6--)
            { 
                uint64_t l_107 = 0UL;
                int32_t l_120 = 0xEAE4C08AL;
                int16_t *l_121 = (void*)0;
                int16_t *l_122 = &g_123;
                int64_t *l_124 = &g_24;
                uint64_t *l_128 = &l_107;
                l_108 &= (safe_add_func_int8_t_s_s((safe_sub_func_int32_t_s_s((((0x889E4E2CL && ((((safe_rshift_func_uint16_t_u_s(0x2507L, 12)) < g_2[0]) & ((safe_mod_func_uint8_t_u_u(p_7, l_107)) == p_9)) ^ l_76)) ^ p_7) | 0x73A6L), 0x427CCDDEL)), g_3[0]));
                g_3[0] = ((safe_mul_func_uint8_t_u_u((((p_7 | (((*l_124) = (safe_rshift_func_int16_t_s_s(((safe_add_func_int8_t_s_s(((safe_mul_func_int16_t_s_s(((*l_122) = ((safe_rshift_func_int16_t_s_u((~l_108), 13)) | (l_120 = ((p_6 , g_32[3]) != l_108)))), p_5)) , l_120), 0UL)) , l_76), 2))) | p_9)) > g_28) & 1UL), 1UL)) || l_76);
                l_130 = (safe_rshift_func_int16_t_s_u((((&p_8 == l_127) <= ((((*l_128) = p_9) ^ p_6) && l_129)) <= p_5), l_120));
            }
            p_6 = ((l_131 , g_3[0]) && (safe_mul_func_uint16_t_u_u((((((((((((*l_134)++) > 2L) == p_8) >= 0UL) || 1UL) | p_5) ^ l_108) , (-1L)) ^ 3UL) < g_2[0]), g_3[0])));
            l_140 ^= ((safe_div_func_int16_t_s_s(l_139[2], g_31)) , ((void*)0 != &g_31));
            if (l_141)
                break;
        }
    }
    return (**l_150);
}
static uint16_t  func_14(uint64_t  p_15, int64_t  p_16, uint64_t  p_17, int8_t  p_18, uint64_t  p_19)
{ 
    uint8_t *l_33 = &g_31;
    int32_t l_34 = (-6L);
    uint32_t *l_37[2][1];
    uint32_t l_39 = 0xC295A527L;
    int32_t l_40 = (-1L);
    const int64_t *l_48 = &g_24;
    const int64_t **l_47 = &l_48;
    int64_t *l_50 = &g_24;
    int64_t **l_49 = &l_50;
    int8_t l_55 = 1L;
    uint32_t l_56 = 0x88B1495DL;
    int32_t *l_57 = &l_40;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_37[i][j] = &g_38;
    }
    l_40 &= ((l_33 != ((l_34 != p_16) , l_33)) ^ ((l_39 ^= (safe_mul_func_int8_t_s_s(1L, l_34))) > l_34));
    (*l_57) &= ((((5UL == ((safe_add_func_uint8_t_u_u((l_34 = 0x1EL), ((safe_lshift_func_uint16_t_u_s((safe_lshift_func_int8_t_s_u((l_47 != l_49), 1)), 6)) >= (((safe_add_func_uint8_t_u_u((g_53[1] != &g_54[0]), p_19)) < l_55) && l_39)))) && l_56)) < g_3[0]) == (-1L)) | 251UL);
    return p_19;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_2[i], "g_2[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_3[i], "g_3[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_24, "g_24", print_hash_value);
    transparent_crc(g_28, "g_28", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_32[i], "g_32[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_90, "g_90", print_hash_value);
    transparent_crc(g_123, "g_123", print_hash_value);
    transparent_crc(g_237, "g_237", print_hash_value);
    transparent_crc(g_365, "g_365", print_hash_value);
    transparent_crc(g_408, "g_408", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_450[i], "g_450[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_455, "g_455", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_464[i][j], "g_464[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_475, "g_475", print_hash_value);
    transparent_crc(g_490, "g_490", print_hash_value);
    transparent_crc(g_514, "g_514", print_hash_value);
    transparent_crc(g_535, "g_535", print_hash_value);
    transparent_crc(g_549, "g_549", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
