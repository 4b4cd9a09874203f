#include "csmith.h"
static long __undefined;
static uint64_t g_8 = 0UL;
static uint16_t g_26[3][3] = {{0xFD06L,0xFD06L,0xFD06L},{0x065CL,0x065CL,0x065CL},{0xFD06L,0xFD06L,0xFD06L}};
static int32_t g_29 = 0x20920A6FL;
static int32_t g_55 = 8L;
static int32_t *g_54 = &g_55;
static int32_t ***g_56 = (void*)0;
static int32_t g_62[3][2] = {{0x8344157FL,0x8344157FL},{0x8344157FL,0x8344157FL},{0x8344157FL,0x8344157FL}};
static uint32_t g_63 = 0x310E27A8L;
static uint64_t g_91 = 1UL;
static int64_t g_97 = 0x2A635BD15A5982EDLL;
static uint64_t g_102 = 18446744073709551609UL;
static const int32_t **g_105 = (void*)0;
static uint8_t g_111 = 0x35L;
static uint8_t g_121 = 0x07L;
static int8_t g_152 = 0L;
static uint32_t g_172 = 1UL;
static uint32_t g_179 = 1UL;
static int16_t g_199 = 0x5E96L;
static int8_t *g_218 = &g_152;
static uint32_t g_222 = 1UL;
static int32_t g_259 = 0xA9A00E7AL;
static int32_t * const *g_260 = (void*)0;
static int32_t g_263 = 0L;
static int32_t g_264 = (-1L);
static int32_t g_265 = 0xD0E52767L;
static int32_t g_266[3][3] = {{1L,1L,1L},{1L,1L,1L},{1L,1L,1L}};
static uint64_t  func_1(void);
static int8_t  func_5(int64_t  p_6, uint8_t  p_7);
static uint16_t  func_11(const uint8_t  p_12, int8_t  p_13, uint16_t  p_14);
static uint64_t  func_1(void)
{ 
    uint16_t l_2 = 0xEAA3L;
    int32_t l_45 = 0xDA1E1CF2L;
    int32_t *l_52 = &g_29;
    int32_t l_60 = 0xB8FC4012L;
    int32_t **l_75[1];
    int32_t ***l_74 = &l_75[0];
    uint16_t l_101 = 0x2368L;
    int32_t *l_116 = &g_55;
    uint64_t l_117[4] = {0xEA8E11CF2C337E63LL,0xEA8E11CF2C337E63LL,0xEA8E11CF2C337E63LL,0xEA8E11CF2C337E63LL};
    int32_t ****l_185 = &g_56;
    int32_t *****l_184 = &l_185;
    uint32_t l_186 = 8UL;
    uint8_t *l_191 = &g_121;
    int64_t *l_196 = &g_97;
    int16_t *l_197 = (void*)0;
    int16_t *l_198[2][1];
    uint32_t l_212 = 18446744073709551613UL;
    int32_t * const l_262[3][4] = {{(void*)0,&g_265,(void*)0,&g_263},{(void*)0,&g_263,&g_263,(void*)0},{&g_266[1][0],&g_263,&g_264,&g_263}};
    int32_t * const *l_261 = &l_262[1][3];
    int i, j;
    for (i = 0; i < 1; i++)
        l_75[i] = &g_54;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_198[i][j] = &g_199;
    }
    if ((l_2 > (safe_mod_func_int8_t_s_s(((func_5(g_8, g_8) > (safe_div_func_uint32_t_u_u(((0x283A38C8L != l_2) || l_45), 0xA2D3C5EBL))) < 6L), l_45))))
    { 
        int32_t **l_53[3][1];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_53[i][j] = &l_52;
        }
        (*l_52) = ((safe_rshift_func_uint8_t_u_s(g_29, 6)) & ((safe_lshift_func_int8_t_s_u(((safe_rshift_func_int16_t_s_s((((0xC71F8B108A6652F5LL == 0UL) , (void*)0) != (g_54 = l_52)), g_8)) == g_8), 6)) ^ g_29));
        g_54 = l_52;
    }
    else
    { 
        int32_t l_61[2][4] = {{0x3D547597L,0x3D547597L,0x3D547597L,0x3D547597L},{0x3D547597L,0x3D547597L,0x3D547597L,0x3D547597L}};
        int32_t *l_79 = &g_55;
        uint8_t *l_119 = &g_111;
        uint8_t *l_120 = &g_121;
        uint16_t *l_128 = &l_101;
        int16_t l_150 = 1L;
        int8_t *l_151 = &g_152;
        uint64_t *l_153[2][2] = {{&g_91,&g_91},{&g_91,&g_91}};
        uint32_t l_154 = 4294967291UL;
        const uint16_t l_157 = 1UL;
        int32_t l_178[2][3] = {{0xF73C81C1L,0xF73C81C1L,0xF73C81C1L},{0xBA57B682L,0xBA57B682L,0xBA57B682L}};
        int32_t ****l_183[3][4] = {{&g_56,&g_56,&l_74,&g_56},{&g_56,&g_56,&g_56,&g_56},{&g_56,&g_56,&g_56,&g_56}};
        int32_t *****l_182 = &l_183[2][0];
        int i, j;
        for (g_29 = 2; (g_29 >= 0); g_29 -= 1)
        { 
            int32_t ****l_57 = &g_56;
            int32_t *l_58 = &g_55;
            int32_t *l_59[1];
            int64_t l_110[2][2];
            int i, j;
            for (i = 0; i < 1; i++)
                l_59[i] = &g_55;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                    l_110[i][j] = 0xE547056167B9C734LL;
            }
            (*l_57) = g_56;
            --g_63;
        }
        if ((((((*l_119) = 0x40L) >= ((*l_120)--)) & (g_8 = (safe_div_func_int16_t_s_s((safe_sub_func_uint16_t_u_u(((*l_128)++), ((!((safe_lshift_func_uint8_t_u_s((*l_79), g_62[1][0])) , (g_91 &= (safe_rshift_func_int8_t_s_u(((*l_151) = (((safe_mul_func_int8_t_s_s((safe_lshift_func_uint16_t_u_s((safe_sub_func_uint16_t_u_u((safe_mod_func_int8_t_s_s(((~((*g_54) = ((~(safe_div_func_uint64_t_u_u((((*l_52) ^= (*g_54)) == ((safe_lshift_func_int8_t_s_s(((*l_74) == (*l_74)), g_8)) , l_150)), 0xEC589AC8C392C9DDLL))) , (*l_79)))) || 4294967295UL), g_62[0][0])), g_102)), 10)), g_26[0][2])) == g_97) != g_63)), l_150))))) <= 0x93970EBC1338C270LL))), g_102)))) <= l_154))
        { 
            uint32_t l_158 = 1UL;
            int32_t l_170 = 6L;
            l_158 = ((*l_79) , ((***l_74) < (l_157 <= g_55)));
            (*l_79) = ((4294967288UL != (safe_mod_func_uint32_t_u_u(((safe_rshift_func_int8_t_s_u(((*l_79) >= ((void*)0 == &g_56)), 7)) , g_62[2][0]), (-1L)))) > l_158);
            for (g_152 = 0; (g_152 >= 0); g_152 = safe_add_func_uint64_t_u_u(g_152, 7))
            { 
                int32_t l_167 = 0xD50FD98BL;
                int32_t l_168 = (-1L);
                int32_t l_169 = (-7L);
                int32_t l_171 = 0x12A49DC3L;
                --g_172;
            }
            for (g_121 = 0; (g_121 < 19); g_121 = safe_add_func_int64_t_s_s(g_121, 1))
            { 
                int32_t *l_177 = &g_29;
                l_177 = l_79;
            }
        }
        else
        { 
            g_179--;
        }
        l_184 = l_182;
    }
    l_186--;
    if (((((((safe_add_func_uint32_t_u_u(((++(*l_191)) != g_179), ((((g_199 = ((safe_sub_func_uint64_t_u_u((&g_152 != ((0x76L <= ((*l_52) >= ((*l_196) |= ((0x2FL != g_8) && g_55)))) , l_191)), 18446744073709551606UL)) | g_26[0][2])) & g_29) <= (*l_116)) , (***l_74)))) > g_91) & (*l_52)) <= 9L) != (*l_116)) , 0x89745CEDL))
    { 
        int16_t l_200 = 0L;
        (*g_54) = l_200;
    }
    else
    { 
        int16_t l_208 = 0xD47AL;
        uint16_t *l_209[1][3];
        int32_t l_210[4][2] = {{0x1BDC734EL,0x1BDC734EL},{0x1BDC734EL,0x1BDC734EL},{0x1BDC734EL,0x1BDC734EL},{0x1BDC734EL,0x1BDC734EL}};
        uint64_t *l_211 = &g_102;
        int32_t l_267 = 0x01380ACBL;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_209[i][j] = &l_101;
        }
        l_212 |= ((safe_mul_func_int16_t_s_s(5L, (safe_mul_func_uint8_t_u_u(0x08L, (((*l_196) = ((safe_lshift_func_int8_t_s_u(g_91, ((((((*l_211) = (+(l_210[3][0] = ((g_26[0][2] >= l_208) < (*g_54))))) | (*l_116)) & (*l_52)) , &g_105) == (*l_185)))) , l_210[3][0])) || 18446744073709551608UL))))) != 0xDC879A7A5F8AFCD1LL);
        for (l_45 = 4; (l_45 > 6); l_45 = safe_add_func_uint64_t_u_u(l_45, 5))
        { 
            int16_t l_221[1];
            int i;
            for (i = 0; i < 1; i++)
                l_221[i] = 0x1574L;
            (*l_116) &= (+(((((safe_add_func_uint32_t_u_u(((g_218 = l_191) != (void*)0), (0x2B3CBE0EAAB0956CLL != (safe_rshift_func_int16_t_s_u((-1L), 11))))) , 18446744073709551613UL) >= (-9L)) | l_208) || 3UL));
            --g_222;
        }
        for (g_8 = (-25); (g_8 > 10); g_8 = safe_add_func_int16_t_s_s(g_8, 7))
        { 
            int8_t l_245 = 1L;
            uint16_t *l_249 = &l_101;
            uint32_t *l_252 = &g_222;
            int32_t **l_255[3];
            int32_t * const l_258 = &g_259;
            int32_t * const *l_257 = &l_258;
            int32_t * const **l_256[3];
            int i;
            for (i = 0; i < 3; i++)
                l_255[i] = &l_52;
            for (i = 0; i < 3; i++)
                l_256[i] = &l_257;
            if ((safe_lshift_func_int16_t_s_u((safe_div_func_uint16_t_u_u(g_97, ((g_26[1][0] = (!(safe_add_func_int64_t_s_s((+((+((!(((l_210[2][0] , (safe_lshift_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u(((g_62[1][1] , (safe_div_func_int8_t_s_s((safe_sub_func_int16_t_s_s(g_62[0][0], (l_208 , g_121))), (*g_218)))) && g_8), l_245)), g_199))) , &g_152) != &g_152)) <= (***l_74))) , (*l_52))), 0xAA9526B4DC75B22ALL)))) || g_199))), l_245)))
            { 
                (**l_74) = &g_55;
            }
            else
            { 
                int32_t *l_246 = &l_210[3][0];
                (**l_74) = l_246;
            }
            l_267 &= ((safe_sub_func_int8_t_s_s(((l_249 == ((l_210[2][0] || (((((safe_div_func_int64_t_s_s((0x691BL < ((((--(*l_252)) , ((l_255[0] == (l_261 = (g_260 = (void*)0))) && g_62[2][0])) > 0x06B0L) , 0xB3E4L)), g_263)) > g_8) , &l_210[3][0]) != &l_210[1][1]) || 0UL)) , l_209[0][0])) > g_265), l_210[3][1])) && g_263);
            if (l_208)
                break;
            return (*l_258);
        }
    }
    return (*l_116);
}
static int8_t  func_5(int64_t  p_6, uint8_t  p_7)
{ 
    const uint8_t l_15 = 255UL;
    uint16_t *l_25 = &g_26[0][2];
    int64_t l_27 = 6L;
    int32_t *l_28 = &g_29;
    uint16_t l_40 = 65530UL;
    (*l_28) |= (safe_sub_func_uint16_t_u_u(func_11(l_15, ((safe_mod_func_uint16_t_u_u(((*l_25) = (safe_sub_func_int8_t_s_s((safe_mul_func_uint16_t_u_u(0xED06L, 0L)), (safe_add_func_int64_t_s_s(0xDAD5A519D81479B6LL, ((safe_unary_minus_func_uint8_t_u((p_6 , p_7))) & g_8)))))), 65530UL)) != g_8), p_6), l_27));
    (*l_28) = ((((safe_rshift_func_uint16_t_u_u(g_8, 2)) & (((((safe_mod_func_uint64_t_u_u(((safe_mod_func_uint8_t_u_u(((g_26[0][2] ^ p_7) <= (safe_rshift_func_uint16_t_u_u((g_8 == (safe_sub_func_uint8_t_u_u(((((void*)0 != &g_26[2][2]) > 0xABL) >= p_6), (*l_28)))), 11))), g_26[1][0])) , 0x8B4B72B416C28CBDLL), p_7)) == l_40) <= (-1L)) , &g_29) != (void*)0)) >= g_26[2][0]) < g_29);
    for (l_27 = 0; (l_27 < (-14)); --l_27)
    { 
        return g_26[2][0];
    }
    (*l_28) = g_26[0][2];
    return g_29;
}
static uint16_t  func_11(const uint8_t  p_12, int8_t  p_13, uint16_t  p_14)
{ 
    return g_26[0][0];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_8, "g_8", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_26[i][j], "g_26[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_29, "g_29", print_hash_value);
    transparent_crc(g_55, "g_55", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_62[i][j], "g_62[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_91, "g_91", print_hash_value);
    transparent_crc(g_97, "g_97", print_hash_value);
    transparent_crc(g_102, "g_102", print_hash_value);
    transparent_crc(g_111, "g_111", print_hash_value);
    transparent_crc(g_121, "g_121", print_hash_value);
    transparent_crc(g_152, "g_152", print_hash_value);
    transparent_crc(g_172, "g_172", print_hash_value);
    transparent_crc(g_179, "g_179", print_hash_value);
    transparent_crc(g_199, "g_199", print_hash_value);
    transparent_crc(g_222, "g_222", print_hash_value);
    transparent_crc(g_259, "g_259", print_hash_value);
    transparent_crc(g_263, "g_263", print_hash_value);
    transparent_crc(g_264, "g_264", print_hash_value);
    transparent_crc(g_265, "g_265", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_266[i][j], "g_266[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
