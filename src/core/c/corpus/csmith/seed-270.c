#include "csmith.h"
static long __undefined;
static int32_t g_3 = 1L;
static uint64_t g_6[3][2] = {{0x46CDEAD9BACC5D9BLL,0x46CDEAD9BACC5D9BLL},{0x46CDEAD9BACC5D9BLL,0x46CDEAD9BACC5D9BLL},{0x46CDEAD9BACC5D9BLL,0x46CDEAD9BACC5D9BLL}};
static int32_t *g_20 = (void*)0;
static uint64_t g_25[4] = {1UL,1UL,1UL,1UL};
static const int32_t *g_26 = (void*)0;
static int16_t g_49 = 5L;
static int8_t g_54[1] = {0xA2L};
static int16_t *g_64 = &g_49;
static int16_t **g_63 = &g_64;
static uint8_t g_84 = 255UL;
static int16_t g_90 = 0x96D6L;
static uint8_t g_91 = 0x9CL;
static int32_t * const *g_108 = &g_20;
static int32_t * const **g_107[3][1] = {{&g_108},{&g_108},{&g_108}};
static uint16_t g_122 = 0x2C2DL;
static int16_t g_154 = 0xB291L;
static int64_t g_171[1][1] = {{(-1L)}};
static int32_t g_172[2][1] = {{0xA281D642L},{0xA281D642L}};
static uint32_t g_227 = 0UL;
static uint16_t g_268 = 0xFD41L;
static int8_t  func_1(void);
static int8_t  func_11(int32_t * p_12, int64_t  p_13, int8_t  p_14, const int32_t * p_15);
static int32_t * func_16(int32_t * p_17, uint64_t  p_18);
static int8_t  func_1(void)
{ 
    int32_t *l_2 = &g_3;
    int32_t *l_4[2];
    int32_t l_5 = 0L;
    int32_t **l_19[2][3] = {{&l_4[0],&l_4[0],&l_4[0]},{&l_4[0],&l_4[0],&l_4[0]}};
    int16_t l_22 = 8L;
    int32_t l_23 = 0x8EB5EA28L;
    uint64_t *l_24 = &g_25[0];
    int32_t **l_160 = &l_4[0];
    uint8_t l_182[2][3];
    int i, j;
    for (i = 0; i < 2; i++)
        l_4[i] = &g_3;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
            l_182[i][j] = 0x0EL;
    }
    (*l_2) = 0L;
    --g_6[0][1];
    if (((safe_div_func_int8_t_s_s(g_6[0][1], func_11(func_16(&g_3, ((*l_24) ^= ((&g_3 == (g_20 = &g_3)) && (((l_22 = ((safe_unary_minus_func_int8_t_s((-5L))) & g_3)) > 8L) <= l_23)))), g_6[0][1], g_6[0][1], g_26))) || g_6[2][1]))
    { 
        int32_t *l_141 = &g_3;
        int32_t l_146 = 1L;
        int32_t * const ***l_158[4][1];
        int32_t * const ****l_159 = &l_158[2][0];
        int32_t **l_161 = (void*)0;
        int64_t *l_170 = &g_171[0][0];
        int16_t *l_173 = &g_90;
        const int32_t l_199 = 0x55245F2AL;
        int32_t *l_235 = &g_172[1][0];
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
                l_158[i][j] = (void*)0;
        }
lbl_202:
        for (g_90 = 1; (g_90 >= 0); g_90 -= 1)
        { 
            int32_t l_138 = 0xD647035FL;
            int i;
            l_138 ^= (*g_20);
            if ((safe_rshift_func_int16_t_s_s((*g_64), (*g_64))))
            { 
                l_141 = (*g_108);
            }
            else
            { 
                int32_t **l_142 = &l_2;
                if ((*g_20))
                    break;
                g_20 = l_141;
                (*l_142) = (*g_108);
            }
        }
        for (g_122 = (-22); (g_122 < 7); g_122 = safe_add_func_int64_t_s_s(g_122, 2))
        { 
            int8_t l_145[1][3];
            uint16_t l_147 = 9UL;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_145[i][j] = 0xB0L;
            }
            (*l_2) = l_145[0][1];
            --l_147;
        }
        (*l_2) ^= (safe_mul_func_uint16_t_u_u((((((*g_64) && (g_84 , (safe_rshift_func_int8_t_s_u(g_154, 5)))) == (((safe_mul_func_uint8_t_u_u(((+(-2L)) != (((*l_159) = l_158[2][0]) == (void*)0)), 0xF6L)) > g_54[0]) , 1L)) , l_160) == l_161), g_49));
        if ((((safe_div_func_int8_t_s_s(g_6[0][1], (safe_mod_func_uint32_t_u_u(4294967295UL, (*g_20))))) >= (safe_add_func_int16_t_s_s(((*l_173) ^= ((*g_64) = ((safe_mod_func_int64_t_s_s(((*l_170) = (-1L)), g_172[0][0])) == g_54[0]))), 1L))) && (*g_20)))
        { 
            uint32_t l_194 = 0xD3C908D2L;
            uint8_t l_197 = 1UL;
            int32_t *l_203 = &l_146;
            if ((0xBC953962AE527918LL > (((((+((g_3 , (((*l_24) = (((0xBEB0L < (((safe_div_func_uint64_t_u_u((+0xF15C959CL), (safe_mod_func_uint16_t_u_u(g_172[0][0], (**g_63))))) , (-9L)) ^ 18446744073709551607UL)) || 0L) , 4UL)) | 0L)) , 0xDB16BE7C8CA683B8LL)) > l_182[1][2]) | 0x6AE0BEDEL) && g_54[0]) , g_122)))
            { 
                uint64_t **l_184 = &l_24;
                uint64_t ***l_183 = &l_184;
                int32_t l_191 = 0L;
                int8_t *l_196[3][4] = {{&g_54[0],&g_54[0],&g_54[0],&g_54[0]},{&g_54[0],&g_54[0],&g_54[0],&g_54[0]},{&g_54[0],&g_54[0],&g_54[0],&g_54[0]}};
                int32_t *l_198 = &g_172[0][0];
                int32_t ***l_200 = &l_161;
                int32_t l_201 = 0x46D17D0EL;
                int i, j;
                (*l_183) = &l_24;
                l_201 |= ((((safe_add_func_uint16_t_u_u(g_84, (((((*l_198) = (safe_rshift_func_uint16_t_u_u(((safe_add_func_uint16_t_u_u(((((((l_191 ^ (((safe_rshift_func_uint16_t_u_u(l_194, 0)) , (g_54[0] = ((!(((-7L) > (l_191 && (**g_108))) & l_191)) >= (-1L)))) && 0x99L)) <= (**g_63)) != l_194) == l_197) & l_194) == 0xA309L), 0L)) ^ l_194), l_191))) , 0x073B97F1L) == l_199) | l_197))) , l_200) != (void*)0) && g_6[0][1]);
            }
            else
            { 
                if (g_3)
                    goto lbl_202;
                return g_154;
            }
            (*l_160) = func_16(func_16(((*l_160) = l_203), ((*l_24) = (safe_rshift_func_int16_t_s_s(((safe_rshift_func_uint16_t_u_s((!((safe_mod_func_uint16_t_u_u(1UL, 0x3C81L)) < (~0xC9L))), (safe_rshift_func_int8_t_s_u(((safe_mul_func_int8_t_s_s(((safe_mul_func_int8_t_s_s((&g_107[0][0] != &g_107[0][0]), g_154)) != 0x77L), g_6[0][0])) != 0xFB19B034DBD4EC95LL), 2)))) < (*l_203)), 4)))), g_54[0]);
        }
        else
        { 
            uint32_t l_221 = 0UL;
            int32_t l_225 = 0x0C610735L;
            int32_t l_266[2][4] = {{3L,3L,3L,3L},{3L,3L,3L,3L}};
            uint16_t l_270 = 1UL;
            int i, j;
            if ((((~(safe_rshift_func_uint8_t_u_u(((-1L) > (g_6[1][0] | g_172[0][0])), ((0x929AL & 0x1AA2L) && g_3)))) < (*l_141)) , l_221))
            { 
                uint16_t l_222 = 65535UL;
                int32_t l_230[2][3];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_230[i][j] = (-1L);
                }
                l_222--;
                l_225 |= (**l_160);
                l_230[0][2] = (l_225 &= (+(((((**l_160) <= g_227) , (((l_221 | ((g_3 || ((((((safe_mod_func_uint32_t_u_u(0xA455B6F9L, g_154)) <= 7UL) , (**g_108)) ^ 0xC162CA8FL) | g_49) != (*l_2))) >= (*g_64))) != (*l_141)) | g_122)) < (*g_20)) , g_122)));
            }
            else
            { 
                int16_t l_231[1][2];
                int32_t *l_234 = &l_23;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_231[i][j] = (-1L);
                }
                g_20 = (void*)0;
                l_234 = &l_225;
                (*l_2) = ((l_235 != &g_172[1][0]) , (((safe_rshift_func_uint16_t_u_s(((*l_2) >= (((safe_mod_func_uint8_t_u_u(((safe_add_func_int32_t_s_s((g_54[0] <= ((*l_234) < 7L)), g_49)) , l_225), l_225)) >= 0x4085A30DL) < g_90)), 3)) >= 0xCA3F7445598B16B5LL) | g_25[3]));
                return g_227;
            }
            for (l_225 = (-26); (l_225 < 23); l_225++)
            { 
                int16_t ** const l_248[4][4] = {{&g_64,&g_64,&g_64,&g_64},{&g_64,&g_64,&g_64,&g_64},{&g_64,&g_64,&g_64,&g_64},{&g_64,&g_64,&g_64,&g_64}};
                uint16_t *l_265[1][4];
                int32_t *l_267[1][3];
                int32_t l_269 = 2L;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_265[i][j] = &g_122;
                }
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_267[i][j] = &l_5;
                }
                (*g_20) = ((g_91 | ((safe_div_func_int16_t_s_s((((safe_div_func_int8_t_s_s(((g_268 = ((*l_235) = (l_248[2][0] != ((((safe_mul_func_uint16_t_u_u((l_266[0][1] = (safe_add_func_uint8_t_u_u((~((safe_div_func_int64_t_s_s((((safe_mod_func_uint64_t_u_u((((!(safe_rshift_func_uint16_t_u_u((0UL >= (safe_add_func_int64_t_s_s(g_91, ((safe_sub_func_int32_t_s_s((-1L), (**l_160))) >= 2UL)))), 9))) <= l_221) ^ l_225), 0x41CAF95644861314LL)) >= (*l_2)) ^ g_90), 0x99175821054FCF9FLL)) && 0x3028740A228F55FFLL)), g_171[0][0]))), l_225)) != g_154) ^ l_225) , &g_64)))) , 0x63L), g_227)) ^ l_269) , l_270), (**g_63))) != g_171[0][0])) >= g_6[0][0]);
            }
        }
    }
    else
    { 
        uint16_t l_275[4][4];
        int64_t *l_276 = &g_171[0][0];
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 4; j++)
                l_275[i][j] = 65535UL;
        }
        (*l_160) = func_16(func_16(&g_3, l_275[2][2]), g_84);
    }
    (**g_108) = (**g_108);
    return g_172[0][0];
}
static int8_t  func_11(int32_t * p_12, int64_t  p_13, int8_t  p_14, const int32_t * p_15)
{ 
    int32_t *l_34 = &g_3;
    int32_t **l_37 = &l_34;
    int32_t ***l_36 = &l_37;
    int8_t *l_53 = &g_54[0];
    int32_t l_71 = 4L;
    uint64_t *l_94 = &g_25[1];
    int32_t l_97 = 0xEA4B5445L;
    for (p_14 = 0; (p_14 < (-20)); p_14--)
    { 
        int32_t **l_30 = &g_20;
        int32_t ***l_29 = &l_30;
        int8_t l_31 = 0xE4L;
        int8_t *l_42 = &l_31;
        int16_t *l_48 = &g_49;
        if ((((*l_29) = &g_20) != &g_26))
        { 
            return l_31;
        }
        else
        { 
            (**l_30) = (*p_12);
            for (l_31 = (-28); (l_31 >= (-28)); l_31 = safe_add_func_uint16_t_u_u(l_31, 6))
            { 
                int32_t ****l_35[4][1] = {{&l_29},{&l_29},{&l_29},{&l_29}};
                int i, j;
                p_15 = l_34;
                l_36 = (void*)0;
                (*l_34) = (-1L);
            }
        }
        g_20 = (*l_37);
        (*p_12) = (safe_rshift_func_uint8_t_u_u((safe_mod_func_int16_t_s_s(g_6[0][0], p_13)), 0));
        (*l_37) = ((((*l_42) = g_25[0]) && (safe_mul_func_int16_t_s_s((safe_unary_minus_func_int16_t_s(0x3BBBL)), ((*l_48) = (safe_mul_func_int8_t_s_s(g_3, 0xA7L)))))) , func_16(func_16(p_12, p_14), g_49));
    }
    if ((((+g_6[0][1]) ^ (((void*)0 == &g_49) , ((*l_53) = (safe_lshift_func_uint8_t_u_s((&g_6[0][1] != (void*)0), 1))))) <= 9UL))
    { 
        int8_t *l_62 = &g_54[0];
        int32_t l_89[4] = {0xB4D62422L,0xB4D62422L,0xB4D62422L,0xB4D62422L};
        int i;
        if ((safe_mod_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u(0xD189L, p_13)), g_25[1])))
        { 
            if ((~(safe_sub_func_int32_t_s_s(0xDCAF6DDFL, (&p_14 == l_62)))))
            { 
                return g_3;
            }
            else
            { 
                int16_t ***l_65 = &g_63;
                (*l_65) = g_63;
                (*p_12) |= (safe_mod_func_int16_t_s_s((-8L), (0xA4EDL & (-1L))));
                return g_49;
            }
        }
        else
        { 
            int32_t *l_68 = &g_3;
            int32_t *l_69 = &g_3;
            int32_t *l_70 = (void*)0;
            int32_t *l_72 = &l_71;
            int32_t *l_73 = &l_71;
            int32_t *l_74 = &g_3;
            int32_t *l_75 = &l_71;
            int32_t *l_76 = &l_71;
            int32_t *l_77 = &g_3;
            int32_t *l_78 = &l_71;
            int32_t *l_79 = &l_71;
            int32_t *l_80 = &g_3;
            int32_t l_81 = (-10L);
            int32_t *l_82 = &g_3;
            int32_t *l_83[3];
            uint64_t *l_96 = (void*)0;
            uint64_t **l_95 = &l_96;
            int i;
            for (i = 0; i < 3; i++)
                l_83[i] = &l_81;
            ++g_84;
            for (l_71 = 0; (l_71 >= (-13)); l_71--)
            { 
                g_91--;
            }
            (*p_12) = ((((void*)0 == &l_89[0]) || (*l_82)) , ((l_94 != ((*l_95) = &g_6[0][1])) >= 0x579B7B7AL));
        }
    }
    else
    { 
        return l_97;
    }
    for (g_90 = 0; (g_90 <= 3); g_90 += 1)
    { 
        int16_t ***l_102 = &g_63;
        int32_t l_123 = 9L;
        uint8_t *l_136 = (void*)0;
        int i;
        if (g_25[g_90])
        { 
            int16_t * const *l_104 = (void*)0;
            int16_t * const **l_103[2];
            uint8_t l_105[2][4];
            uint8_t *l_106[3];
            int32_t * const ***l_109 = &g_107[0][0];
            int32_t *l_110 = &l_71;
            uint16_t *l_121[1][4];
            int i, j;
            for (i = 0; i < 2; i++)
                l_103[i] = &l_104;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 4; j++)
                    l_105[i][j] = 0x49L;
            }
            for (i = 0; i < 3; i++)
                l_106[i] = &g_91;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 4; j++)
                    l_121[i][j] = &g_122;
            }
            (*l_110) = (((*l_109) = (((*l_34) ^= (safe_mod_func_uint8_t_u_u((((0L | (g_25[1] , p_14)) , (safe_rshift_func_int8_t_s_s(((*l_53) = ((l_102 == l_103[1]) <= g_25[g_90])), p_13))) , l_105[1][2]), 0xFCL))) , g_107[0][0])) == &g_108);
            l_123 &= (safe_mul_func_uint8_t_u_u((!(**g_108)), (safe_sub_func_uint32_t_u_u(p_14, (safe_mul_func_uint16_t_u_u(((((g_25[g_90] = (((*l_110) = ((safe_rshift_func_uint16_t_u_u((((!((*l_53) ^= (((g_3 , &g_25[1]) == &g_25[g_90]) && p_13))) , g_25[g_90]) < (****l_109)), p_14)) , 0xD949L)) , 0x9DDBBE02B323EC08LL)) <= p_14) & (****l_109)) > g_122), 0xE338L))))));
        }
        else
        { 
            for (g_49 = 0; (g_49 <= 8); g_49 = safe_add_func_int8_t_s_s(g_49, 6))
            { 
                uint32_t l_132 = 0UL;
                int32_t *l_137 = &l_123;
                (**l_37) = ((safe_lshift_func_uint8_t_u_u((safe_lshift_func_int16_t_s_s((g_3 ^ ((1UL == (safe_rshift_func_int8_t_s_s((1UL >= (((*g_64) < (p_13 & l_123)) >= p_14)), p_14))) == l_132)), p_14)), g_25[0])) , (*p_12));
                (*l_137) ^= (safe_add_func_int32_t_s_s((*p_12), (((safe_unary_minus_func_uint16_t_u(((0x6184417FL <= (p_13 <= p_13)) | 9UL))) , (void*)0) != l_136)));
                if ((*l_137))
                    break;
            }
        }
    }
    return g_3;
}
static int32_t * func_16(int32_t * p_17, uint64_t  p_18)
{ 
    (*g_20) = (*p_17);
    return &g_3;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_6[i][j], "g_6[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_25[i], "g_25[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_49, "g_49", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_54[i], "g_54[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_84, "g_84", print_hash_value);
    transparent_crc(g_90, "g_90", print_hash_value);
    transparent_crc(g_91, "g_91", print_hash_value);
    transparent_crc(g_122, "g_122", print_hash_value);
    transparent_crc(g_154, "g_154", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_171[i][j], "g_171[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_172[i][j], "g_172[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_227, "g_227", print_hash_value);
    transparent_crc(g_268, "g_268", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
