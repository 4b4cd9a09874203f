#include "csmith.h"
static long __undefined;
static int32_t g_4 = 0L;
static uint64_t g_5[2][2] = {{0x4964A53AA9AC70C3LL,0x4964A53AA9AC70C3LL},{0x4964A53AA9AC70C3LL,0x4964A53AA9AC70C3LL}};
static uint16_t g_37 = 0xF303L;
static uint8_t g_39 = 0x31L;
static uint16_t g_41 = 1UL;
static int32_t g_52[4][4] = {{0xA2CA01DCL,0xA2CA01DCL,(-10L),0xA2CA01DCL},{0xA2CA01DCL,(-1L),(-1L),0xA2CA01DCL},{(-1L),0xA2CA01DCL,(-1L),(-1L)},{0xA2CA01DCL,0xA2CA01DCL,(-10L),0xA2CA01DCL}};
static int64_t g_88[2] = {0xA487C2631F5E1A50LL,0xA487C2631F5E1A50LL};
static int64_t *g_87 = &g_88[1];
static const int64_t g_109 = 1L;
static uint32_t g_177[1] = {0x20E8FBAAL};
static int8_t g_189 = (-1L);
static uint8_t g_240 = 0UL;
static uint8_t *g_239 = &g_240;
static int32_t g_242 = (-4L);
static int64_t g_281 = 0x96106FD94D4FCC94LL;
static int32_t g_283 = 0xEFADADFCL;
static int16_t g_304 = 0x561DL;
static uint32_t  func_1(void);
static int32_t  func_11(int32_t * p_12, int16_t  p_13, uint32_t  p_14, int64_t  p_15);
static int32_t  func_22(int32_t  p_23, uint16_t  p_24, const uint8_t  p_25);
static uint32_t  func_1(void)
{ 
    int32_t *l_3 = &g_4;
    int32_t **l_2 = &l_3;
    int32_t l_327 = 1L;
lbl_317:
    (*l_2) = (void*)0;
    for (g_4 = 1; (g_4 >= 0); g_4 -= 1)
    { 
        uint32_t l_8 = 0xDB5CABFCL;
        int32_t l_9 = 0xAFE8B0D1L;
        int8_t l_279 = 5L;
        int32_t l_302 = (-1L);
        l_9 ^= (safe_sub_func_uint16_t_u_u(l_8, (0x37L && g_4)));
        for (l_9 = 0; (l_9 <= 1); l_9 += 1)
        { 
            int32_t l_10 = 1L;
            uint16_t *l_36 = &g_37;
            uint8_t *l_38[3];
            uint16_t *l_40 = &g_41;
            int i, j;
            for (i = 0; i < 3; i++)
                l_38[i] = &g_39;
            l_10 = g_5[l_9][g_4];
            if (func_11(((safe_sub_func_int16_t_s_s((safe_div_func_int16_t_s_s((safe_add_func_uint64_t_u_u((func_22(((g_5[g_4][l_9] >= (safe_div_func_int64_t_s_s((0x05D7L <= ((*l_40) = (g_4 & (((safe_add_func_int32_t_s_s((((((l_10 = ((safe_rshift_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u((((*l_36) |= ((safe_div_func_int8_t_s_s(g_5[1][0], (g_5[0][0] & l_8))) , l_9)) == l_8), g_5[g_4][l_9])), g_4)) == 0xCAF1E2CD8491F199LL)) , 5L) <= 0x67F5L) ^ g_5[1][1]) & 0L), 0L)) || (-5L)) | g_5[0][1])))), g_5[0][1]))) != 0xF455DBFE6B87C265LL), g_39, l_8) , 9UL), 0x2F9BF1B5D2702151LL)), l_8)), g_88[1])) , &g_4), g_88[1], g_88[1], (*g_87)))
            { 
                int8_t l_267 = 2L;
                int32_t l_277 = 0xE7CF8B93L;
                int8_t *l_278 = &g_189;
                int64_t *l_280 = &g_281;
                int32_t *l_282[4][3] = {{&l_10,&l_9,&l_9},{&l_10,&g_52[1][3],&g_52[1][3]},{&l_10,&l_9,&l_9},{&l_10,&g_52[1][3],&g_52[1][3]}};
                uint64_t *l_301 = (void*)0;
                int16_t *l_303 = &g_304;
                int8_t *l_313 = &l_267;
                int i, j;
                g_283 |= (safe_add_func_int32_t_s_s((safe_lshift_func_int16_t_s_s((safe_div_func_int32_t_s_s(l_267, ((~(0x849BD4E487063272LL < (((+((safe_add_func_uint64_t_u_u(g_88[1], (~(~(((*l_280) = (((((((*l_278) ^= (safe_add_func_uint8_t_u_u((+((*l_36) &= ((l_3 == (void*)0) , l_277))), 0x7DL))) , (*g_87)) && (*g_87)) > l_279) , g_88[1]) <= 0x2CE8L)) >= l_9))))) , l_8)) == g_52[1][3]) <= l_9))) ^ 4294967288UL))), g_4)), 0xBF5C4355L));
                l_10 = ((safe_sub_func_uint8_t_u_u(((*g_239) = ((safe_add_func_uint16_t_u_u((((((safe_div_func_uint64_t_u_u((((*l_303) = ((safe_sub_func_uint16_t_u_u(((l_302 = (safe_mul_func_uint16_t_u_u(((g_52[3][0] |= ((-1L) == (safe_sub_func_uint16_t_u_u((~(((safe_div_func_uint64_t_u_u(l_279, 0x5AC9E4394CAB0024LL)) > 1L) <= (safe_rshift_func_int8_t_s_u(g_5[g_4][l_9], (*g_239))))), g_37)))) || 0x55FA33FCL), g_242))) == (*g_87)), g_5[l_9][g_4])) || g_109)) >= g_39), l_279)) == g_88[1]) != g_88[1]) , 0x7428BB21BDCFD5DALL) < g_109), 0x9B86L)) , 0x5BL)), (-2L))) >= l_8);
                if (g_41)
                    break;
                l_302 = (safe_mul_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u((((safe_div_func_uint32_t_u_u(((safe_sub_func_int8_t_s_s(((*l_278) = ((void*)0 != &l_267)), ((g_52[1][3] = ((void*)0 != &g_177[0])) , ((*l_313) = (0x39L < (*g_239)))))) >= g_281), g_5[g_4][l_9])) != l_10) | 0L), l_302)), (-6L)));
            }
            else
            { 
                int32_t *l_316[4];
                int8_t *l_324 = &l_279;
                int i;
                for (i = 0; i < 4; i++)
                    l_316[i] = &l_10;
                g_52[0][3] |= (g_41 || (safe_div_func_uint8_t_u_u((&g_304 == &g_304), l_8)));
                if (g_4)
                    goto lbl_317;
                l_302 |= (g_109 && ((l_10 , ((safe_mod_func_int8_t_s_s((safe_mul_func_int8_t_s_s(g_52[1][3], ((((safe_add_func_int8_t_s_s(((*l_324) = g_177[0]), l_9)) , &g_189) == (void*)0) == (*g_239)))), g_5[0][1])) || l_8)) , 1L));
            }
            for (g_240 = 0; (g_240 <= 3); g_240 += 1)
            { 
                uint16_t l_325 = 65534UL;
                int32_t *l_326 = &g_52[0][0];
                int i, j;
                g_52[(l_9 + 2)][g_240] &= l_325;
                if (g_177[0])
                    continue;
                if (l_10)
                    break;
                (*l_326) &= (-1L);
            }
        }
    }
    (*l_2) = (*l_2);
    return l_327;
}
static int32_t  func_11(int32_t * p_12, int16_t  p_13, uint32_t  p_14, int64_t  p_15)
{ 
    uint16_t *l_221 = &g_41;
    uint8_t *l_226 = &g_39;
    int32_t *l_241 = &g_242;
    const int32_t l_243 = 0L;
    int32_t l_244 = 0L;
    l_244 = (p_14 <= (safe_rshift_func_uint16_t_u_s((--(*l_221)), ((safe_mod_func_uint8_t_u_u((++(*l_226)), (safe_div_func_uint32_t_u_u(((safe_sub_func_int16_t_s_s((safe_add_func_uint64_t_u_u(2UL, (safe_rshift_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s(((((((*l_241) = ((l_226 == g_239) || 0x35313655L)) , l_243) | g_88[0]) , g_5[0][0]) <= 2UL), g_37)), l_243)))), p_14)) > p_15), 1UL)))) , l_243))));
    l_244 = (safe_mul_func_uint8_t_u_u((((*g_87) = (safe_mod_func_uint64_t_u_u((l_244 != p_15), l_243))) && (safe_div_func_uint64_t_u_u(0x915950CD63C0136FLL, (safe_sub_func_int64_t_s_s((safe_div_func_int16_t_s_s((safe_rshift_func_int8_t_s_s((((safe_lshift_func_uint16_t_u_s(((safe_mul_func_uint8_t_u_u(255UL, l_243)) || p_15), 7)) , l_243) <= (*g_87)), 5)), g_88[0])), (*g_87)))))), p_14));
    return g_37;
}
static int32_t  func_22(int32_t  p_23, uint16_t  p_24, const uint8_t  p_25)
{ 
    uint16_t l_42 = 0x626AL;
    int32_t l_43 = 1L;
    int32_t l_49 = 0L;
    int32_t l_50 = 0x194E4064L;
    int32_t l_51[2][3] = {{1L,(-5L),(-5L)},{1L,(-5L),(-5L)}};
    int32_t l_54 = (-1L);
    int32_t l_56 = 0xC1BE5445L;
    uint32_t l_58 = 0x7D6E8952L;
    int32_t *l_151 = (void*)0;
    int64_t **l_214 = (void*)0;
    int i, j;
    if ((l_42 = p_23))
    { 
        int32_t *l_44 = &l_43;
        int32_t l_45 = (-8L);
        int32_t *l_46 = (void*)0;
        int32_t *l_47 = &l_43;
        int32_t *l_48[3][2] = {{&l_43,&l_43},{&l_43,&l_43},{&l_43,&l_43}};
        int64_t l_53 = 0x53ED870B1CB45490LL;
        int16_t l_55 = 0xC48DL;
        int32_t l_57 = 0x7A575A08L;
        int32_t l_121 = (-7L);
        int64_t **l_186 = &g_87;
        int32_t **l_190[3][4] = {{&l_48[1][1],&l_44,&l_44,&l_48[1][1]},{&l_44,&l_48[1][1],&l_44,&l_44},{&l_48[1][1],&l_48[1][1],&l_48[1][0],&l_48[1][1]}};
        int i, j;
lbl_181:
        l_58--;
        if ((((&p_24 == &p_24) && 0xA349L) == 0L))
        { 
            const uint32_t l_66 = 0xBDA9155CL;
            uint8_t *l_75 = &g_39;
            int64_t *l_76 = &l_53;
            int32_t l_89[1];
            int32_t l_92[4];
            int i;
            for (i = 0; i < 1; i++)
                l_89[i] = 0x4B6C8C4DL;
            for (i = 0; i < 4; i++)
                l_92[i] = (-1L);
            l_43 = (p_25 & (((safe_sub_func_int8_t_s_s((((~(safe_add_func_uint64_t_u_u(l_66, ((((*l_76) = ((safe_sub_func_uint8_t_u_u(((safe_div_func_uint32_t_u_u((((safe_lshift_func_int8_t_s_u(0xF2L, 3)) ^ ((-1L) >= (safe_rshift_func_int8_t_s_s((&p_25 != l_75), 4)))) > p_24), 3L)) >= 0x9C38A45CL), p_24)) || p_24)) <= 8L) != 0xD27CE996L)))) && 0xDDL) <= g_52[2][2]), g_4)) >= p_24) >= 0x4834D8CA7F0EEFAALL));
            for (l_49 = 3; (l_49 >= 0); l_49 -= 1)
            { 
                int16_t l_86 = 0x3F1DL;
                (*l_44) |= (((*l_75) = (((((l_66 , ((((safe_rshift_func_int8_t_s_u((((((safe_div_func_uint64_t_u_u(4UL, (safe_div_func_int16_t_s_s(p_23, 0x41C9L)))) , (((((((safe_unary_minus_func_uint16_t_u(((safe_add_func_int64_t_s_s((-5L), l_86)) & 0xC1439D1BL))) , g_87) != l_76) <= 0x6C61679470CC6506LL) < 7L) | p_23) || 0x65L)) == g_39) , (-1L)) ^ p_23), g_41)) != 0xA108L) >= 0UL) || 0x8AL)) <= g_39) , p_23) , 4294967287UL) <= l_66)) | l_89[0]);
                (*l_47) = 0x7C214725L;
                l_92[0] &= (safe_mod_func_int8_t_s_s(((void*)0 == &g_39), (p_23 & p_25)));
            }
            l_92[0] &= (((void*)0 != &g_88[1]) , (&g_52[3][1] == &l_57));
            for (l_56 = (-7); (l_56 >= (-3)); l_56 = safe_add_func_uint16_t_u_u(l_56, 5))
            { 
                const int64_t *l_108[4];
                const int64_t **l_107 = &l_108[3];
                int32_t l_120 = 0x67A9038FL;
                int32_t l_122 = 0xCFEF64EFL;
                int32_t l_123 = 0x2B9BB11EL;
                uint16_t l_124 = 0x6207L;
                int i;
                for (i = 0; i < 4; i++)
                    l_108[i] = &g_109;
                (*l_47) = (((g_4 | ((((safe_rshift_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u((safe_add_func_int32_t_s_s((((((*g_87) || (safe_div_func_int64_t_s_s((((safe_lshift_func_int16_t_s_u((safe_div_func_int32_t_s_s((((((*l_107) = &l_53) == ((((safe_mul_func_uint16_t_u_u((safe_mod_func_uint16_t_u_u(p_24, (safe_div_func_int8_t_s_s(((((safe_div_func_uint64_t_u_u((safe_sub_func_int64_t_s_s(((1UL == 1L) != 0xCBACL), p_25)), g_37)) ^ g_52[1][3]) , 0xFD5CF70BL) , l_92[0]), l_120)))), l_120)) <= g_37) == (*g_87)) , &l_53)) < (-10L)) > l_50), l_121)), 3)) , 0x96928D4B40CF5E07LL) != p_25), p_23))) && 0x81D226D0L) | 0xF096L) , 0xE393522EL), 6UL)), l_50)), g_88[1])) < 0xB481L) < g_41) , (*g_87))) , p_25) < l_92[0]);
                l_124--;
            }
        }
        else
        { 
            int16_t *l_137 = &l_55;
            int64_t *l_138 = (void*)0;
            const int32_t l_146 = 0x09F5BEA1L;
            int32_t l_147 = 0L;
            uint8_t *l_172 = &g_39;
            uint8_t **l_171 = &l_172;
            uint32_t *l_173 = &l_58;
            uint32_t *l_176 = &g_177[0];
            if ((safe_add_func_int32_t_s_s((*l_44), (g_52[1][3] = (safe_rshift_func_uint16_t_u_u((safe_add_func_uint32_t_u_u(g_109, ((safe_sub_func_uint64_t_u_u(2UL, ((safe_rshift_func_int16_t_s_s(((*l_137) = g_5[1][1]), 1)) | ((p_23 , &l_53) != l_138)))) , g_5[1][1]))), l_50))))))
            { 
                uint32_t l_139 = 0x61E7CC75L;
                ++l_139;
                (*l_47) = ((((safe_add_func_uint16_t_u_u(0x8C94L, 0x8D3CL)) < l_49) , 1UL) != ((safe_mul_func_uint16_t_u_u(p_24, l_146)) >= g_5[1][1]));
                return p_24;
            }
            else
            { 
                uint16_t l_148 = 65528UL;
                int32_t **l_152 = &l_46;
                ++l_148;
                (*l_152) = l_151;
            }
            if ((safe_mod_func_int64_t_s_s((safe_mul_func_int8_t_s_s((((*l_176) = (~((g_52[1][3] = ((safe_mul_func_int16_t_s_s(((((safe_mul_func_int8_t_s_s((safe_mod_func_uint16_t_u_u((safe_mod_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(((+(safe_add_func_int16_t_s_s((&p_25 != ((*l_171) = &g_39)), (((*l_173) = g_52[1][3]) < (safe_mul_func_uint8_t_u_u(g_109, g_88[1])))))) > p_23), p_24)), 0x6F49L)), 0x1A88L)), 255UL)) != g_39) && 0x3B375900326E57CCLL) , p_24), (-1L))) == l_146)) | l_147))) > 4294967295UL), p_25)), g_37)))
            { 
                uint64_t *l_180 = &g_5[1][0];
                (*l_47) &= p_24;
                (*l_47) = (0xEDL | (safe_add_func_int64_t_s_s((*g_87), ((*l_180) ^= g_37))));
                if (l_50)
                    goto lbl_181;
            }
            else
            { 
                int64_t ***l_187 = &l_186;
                int8_t *l_188 = &g_189;
                (*l_44) = (((((safe_add_func_int32_t_s_s(((safe_sub_func_uint32_t_u_u(l_146, (l_147 || (((*l_188) &= (((*l_187) = l_186) == &g_87)) > 1UL)))) > p_25), p_23)) , g_189) | p_24) <= (-2L)) , 0x1C1144BBL);
            }
        }
        l_151 = &l_51[0][0];
    }
    else
    { 
        int64_t **l_201 = &g_87;
        int64_t ***l_202 = &l_201;
        int32_t l_212 = 4L;
        int32_t *l_213 = &g_52[2][0];
        uint8_t *l_215 = (void*)0;
        uint8_t *l_216[1];
        int i;
        for (i = 0; i < 1; i++)
            l_216[i] = &g_39;
        if ((safe_mul_func_uint16_t_u_u(((safe_mul_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((l_56 ^= (safe_sub_func_int32_t_s_s((safe_add_func_int64_t_s_s((((l_54 = g_52[1][3]) , (((*l_202) = l_201) != ((((((+(p_24 = p_25)) <= (safe_mul_func_uint16_t_u_u((safe_add_func_int32_t_s_s((0UL && ((*l_213) = (((safe_mul_func_uint8_t_u_u((((*g_87) == l_212) | g_52[1][3]), g_52[0][0])) != g_41) <= g_52[1][3]))), p_25)), 5UL))) ^ p_25) < 0x02883978L) && (*g_87)) , l_214))) || 0xA1L), g_37)), g_177[0]))), 0x21L)), 0xC65CL)) != g_189), 0xF631L)))
        { 
            int32_t **l_217 = &l_213;
            (*l_217) = (void*)0;
        }
        else
        { 
            int32_t l_218 = 4L;
            l_218 |= (*l_213);
        }
    }
    return p_23;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_5[i][j], "g_5[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_37, "g_37", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_52[i][j], "g_52[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_88[i], "g_88[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_109, "g_109", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_177[i], "g_177[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_189, "g_189", print_hash_value);
    transparent_crc(g_240, "g_240", print_hash_value);
    transparent_crc(g_242, "g_242", print_hash_value);
    transparent_crc(g_281, "g_281", print_hash_value);
    transparent_crc(g_283, "g_283", print_hash_value);
    transparent_crc(g_304, "g_304", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
