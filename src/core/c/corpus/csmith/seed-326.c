#include "csmith.h"
static long __undefined;
struct S0 {
   uint32_t  f0;
   const int32_t  f1;
   int8_t  f2;
   uint16_t  f3;
};
static int32_t g_2 = 0x1897A4A1L;
static int16_t g_6[2] = {0xD19AL,0xD19AL};
static int32_t g_7[1] = {0x14173BF3L};
static uint8_t g_8 = 3UL;
static int64_t g_23 = 0x0678E045DCEFBDE2LL;
static int64_t g_25 = 0x0FE2CF456574B604LL;
static uint64_t g_35[1][2] = {{18446744073709551615UL,18446744073709551615UL}};
static uint64_t g_37 = 1UL;
static uint32_t g_40[2] = {1UL,1UL};
static int32_t g_44 = 6L;
static int64_t *g_61 = &g_25;
static int64_t *g_62[2] = {(void*)0,(void*)0};
static int16_t g_64 = (-1L);
static uint16_t g_82 = 65535UL;
static uint16_t g_133 = 0UL;
static int32_t *g_151 = &g_44;
static uint8_t g_157 = 247UL;
static int32_t g_188 = (-1L);
static uint16_t g_203[4] = {0xB860L,0xB860L,0xB860L,0xB860L};
static int32_t g_211 = 1L;
static uint16_t g_212 = 65535UL;
static int16_t g_242[2] = {0xBA64L,0xBA64L};
static int32_t g_243 = 0x068F4A97L;
static uint32_t g_244[4][1] = {{0x9A31C922L},{0x421CDDCFL},{0x9A31C922L},{0x421CDDCFL}};
static struct S0 g_259 = {1UL,1L,4L,65532UL};
static int8_t *g_261 = (void*)0;
static uint32_t g_283 = 0xB901C74AL;
static uint32_t g_293[4] = {0xA9B02A3CL,0xA9B02A3CL,0xA9B02A3CL,0xA9B02A3CL};
static int32_t g_312 = 0L;
static uint64_t g_313 = 0x6C45CCEBF2781C9DLL;
static uint64_t  func_1(void);
static uint32_t  func_11(int32_t * p_12, uint32_t  p_13, struct S0  p_14, int32_t * p_15, int32_t * p_16);
static int32_t * func_18(int64_t  p_19, uint16_t  p_20, uint16_t  p_21);
static uint64_t  func_1(void)
{ 
    struct S0 l_17 = {3UL,0x592C6EEDL,-1L,0UL};
    int64_t l_300[3][4] = {{0x27412EEC10E8410FLL,0x6C8AD918AC7DD005LL,0x6C8AD918AC7DD005LL,0x27412EEC10E8410FLL},{0x6C8AD918AC7DD005LL,0x27412EEC10E8410FLL,0x6C8AD918AC7DD005LL,0x6C8AD918AC7DD005LL},{0x27412EEC10E8410FLL,0x27412EEC10E8410FLL,0x45808006A75E764ALL,0x27412EEC10E8410FLL}};
    int32_t l_310 = 0x3EC36759L;
    int32_t l_311 = 0x15F2520DL;
    int i, j;
    for (g_2 = 9; (g_2 <= (-9)); --g_2)
    { 
        int32_t *l_5 = (void*)0;
        int32_t l_278 = (-1L);
        g_6[0] = g_2;
        for (g_7[0] = 0; (g_7[0] <= 1); g_7[0] += 1)
        { 
            int64_t *l_22 = &g_23;
            int64_t *l_24 = &g_25;
            int32_t l_279 = 0x6C0336B4L;
            int16_t l_280[1];
            int32_t l_281 = 0xE87E4CC8L;
            int32_t l_282 = 0xE7404A6EL;
            uint16_t *l_305 = &g_133;
            uint16_t *l_306 = &g_133;
            int i;
            for (i = 0; i < 1; i++)
                l_280[i] = 5L;
            g_8--;
            if ((func_11(&g_7[0], g_6[g_7[0]], l_17, func_18(((*l_24) |= ((*l_22) = l_17.f1)), g_6[0], g_8), &g_2) >= 0x94A6EC78L))
            { 
                int32_t *l_277[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_277[i] = &g_243;
                ++g_283;
                g_188 = l_280[0];
            }
            else
            { 
                uint16_t *l_289 = &g_212;
                uint16_t **l_288 = &l_289;
                int32_t *l_290 = &g_243;
                int32_t *l_291 = (void*)0;
                int32_t *l_292[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_292[i] = &g_243;
                (*l_290) = ((0x3053L < (safe_div_func_int16_t_s_s((g_6[g_7[0]] |= g_44), g_203[0]))) , ((((*l_288) = &g_212) == &g_133) | g_6[g_7[0]]));
                g_293[0]++;
            }
            if ((*g_151))
            { 
                int8_t **l_302 = &g_261;
                int8_t ***l_301 = &l_302;
                l_300[1][1] ^= (((l_278 != ((safe_add_func_int64_t_s_s((l_17.f0 || l_17.f3), 1UL)) , (((safe_add_func_int16_t_s_s(((&g_8 == (void*)0) < 0x4B8AL), 0x4C6CL)) > 4294967294UL) , 0xA3B20B72L))) && 1UL) >= 0xBA98011CAAB8DD6DLL);
                (*l_301) = &g_261;
            }
            else
            { 
                int8_t **l_304 = &g_261;
                int8_t ***l_303 = &l_304;
                uint16_t **l_307 = &l_306;
                int32_t l_308 = 0x01FB3B3DL;
                (*l_303) = (void*)0;
                g_243 &= (l_305 != ((*l_307) = l_306));
                return l_308;
            }
            for (g_44 = 0; (g_44 <= 1); g_44 += 1)
            { 
                int32_t *l_309[4] = {&l_282,&l_282,&l_282,&l_282};
                int i;
                ++g_313;
            }
        }
    }
    return l_17.f3;
}
static uint32_t  func_11(int32_t * p_12, uint32_t  p_13, struct S0  p_14, int32_t * p_15, int32_t * p_16)
{ 
    uint64_t *l_55 = &g_35[0][0];
    int32_t l_80 = 9L;
    uint16_t *l_111 = &g_82;
    const uint8_t *l_123 = &g_8;
    int32_t l_155 = 9L;
    int8_t l_194 = 0x51L;
    int16_t l_202 = 0x1E0EL;
    int32_t l_210 = 0L;
    const int64_t *l_240 = &g_25;
    const int64_t **l_239 = &l_240;
    const int32_t *l_247 = &g_44;
    int32_t **l_275 = (void*)0;
    int32_t **l_276[2][4] = {{&g_151,(void*)0,&g_151,(void*)0},{&g_151,(void*)0,&g_151,(void*)0}};
    int i, j;
    for (p_14.f0 = 0; (p_14.f0 < 57); p_14.f0 = safe_add_func_int16_t_s_s(p_14.f0, 5))
    { 
        int32_t *l_54 = &g_44;
        uint64_t **l_56 = &l_55;
        int64_t *l_59 = &g_25;
        int64_t **l_60[1][2];
        int16_t *l_63 = &g_64;
        int16_t *l_65 = (void*)0;
        int16_t *l_66 = &g_6[0];
        int64_t *l_89 = (void*)0;
        int32_t l_104 = (-1L);
        int32_t l_118 = 0L;
        int32_t **l_150[4][1] = {{&l_54},{&l_54},{&l_54},{&l_54}};
        int32_t *l_162 = (void*)0;
        int8_t l_165[2][4];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_60[i][j] = (void*)0;
        }
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 4; j++)
                l_165[i][j] = 0x23L;
        }
        if ((((((*l_66) = ((*l_63) &= (((safe_sub_func_int32_t_s_s(((*l_54) = g_23), (&g_35[0][0] != ((*l_56) = l_55)))) & ((safe_add_func_int64_t_s_s(((((g_61 = l_59) == (g_62[0] = &g_25)) | p_13) | g_35[0][1]), p_14.f1)) < 0x1A6C9C6C2CF37692LL)) & g_6[1]))) | (-1L)) , g_44) != p_14.f3))
        { 
            if (g_6[0])
                break;
        }
        else
        { 
            if (g_7[0])
                break;
            g_44 = g_6[0];
        }
        if ((*l_54))
        { 
            int8_t l_103 = 9L;
            const int32_t *l_125 = (void*)0;
            if (((0x0A4EDB9D72FAF722LL & (p_12 != (void*)0)) >= p_13))
            { 
                uint64_t l_70 = 4UL;
                uint32_t *l_79[1][2];
                uint16_t *l_81 = &g_82;
                int32_t **l_83 = &l_54;
                int64_t *l_92[2][2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_79[i][j] = &g_40[0];
                }
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_92[i][j] = &g_25;
                }
                (*l_83) = func_18(p_14.f3, ((*l_81) = ((safe_rshift_func_int8_t_s_u(((((+(l_70 != (((((((safe_lshift_func_uint8_t_u_u((safe_mul_func_int8_t_s_s((safe_div_func_int16_t_s_s(((l_80 |= (((((*l_66) = ((safe_div_func_uint64_t_u_u(p_14.f0, ((*g_61) &= (0L < (*l_54))))) , g_7[0])) <= p_14.f1) != 0x91F40AC1L) ^ 0xE473B957L)) ^ 5UL), g_23)), 0xDEL)), 2)) , g_25) , 4L) , &g_8) != &g_8) <= p_14.f3) & 0xA6935E7B049BDD3DLL))) < p_14.f2) != (*p_15)) || (-8L)), 0)) , p_14.f2)), p_14.f2);
                l_80 = (safe_lshift_func_uint16_t_u_s((((((*l_55) = l_80) && ((((((safe_mod_func_int16_t_s_s((+((void*)0 != l_89)), ((*l_81)++))) , p_14.f1) , (void*)0) != l_92[1][0]) >= g_37) >= g_8)) || 3UL) , 0UL), 2));
                if ((*l_54))
                    continue;
                (*l_83) = func_18((((((&g_40[1] == ((safe_unary_minus_func_uint8_t_u((!(g_37 = ((**l_56) = ((safe_div_func_uint32_t_u_u((((((((safe_mod_func_int32_t_s_s((*p_16), 6L)) <= ((safe_div_func_int64_t_s_s((safe_rshift_func_int8_t_s_s(((((void*)0 == (*l_83)) >= 0UL) ^ (-7L)), g_7[0])), 18446744073709551612UL)) & 0xB96EC4AEL)) , g_25) ^ l_80) != l_103) >= (**l_83)) | (-9L)), 0xD5E43F78L)) < 255UL)))))) , l_54)) && p_14.f3) ^ g_44) <= p_13) && p_14.f1), p_14.f2, g_2);
            }
            else
            { 
                uint16_t *l_112 = &g_82;
                (*l_54) = ((l_104 &= l_80) < (g_7[0] , (l_80 != (safe_add_func_uint16_t_u_u(((!((safe_unary_minus_func_int64_t_s(((safe_add_func_int64_t_s_s((((&g_62[0] != ((l_111 != l_112) , &g_62[0])) & 0L) , p_13), p_14.f0)) || l_103))) && p_14.f3)) > (*p_16)), p_14.f2)))));
            }
            for (p_14.f2 = 0; (p_14.f2 != 24); ++p_14.f2)
            { 
                int32_t *l_117[3][3];
                const uint8_t **l_124 = &l_123;
                const int32_t **l_126 = &l_125;
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_117[i][j] = &l_80;
                }
                l_118 |= (safe_lshift_func_uint8_t_u_s((p_14.f2 != (-1L)), 2));
                if (g_82)
                    continue;
                (*l_126) = (((((safe_sub_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s(g_6[0], g_37)), g_37)) , ((*l_124) = l_123)) != &g_8) , g_35[0][0]) , l_125);
            }
        }
        else
        { 
            int64_t l_127[3][1];
            int32_t l_128 = (-10L);
            uint32_t l_149[4] = {0UL,0UL,0UL,0UL};
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_127[i][j] = 0x6D203B38435EB154LL;
            }
            if (l_127[2][0])
            { 
                int32_t *l_129 = &g_44;
                int32_t *l_130 = &l_118;
                int32_t *l_131 = &l_128;
                int32_t *l_132[4][3];
                int32_t **l_136 = (void*)0;
                int32_t **l_137 = &l_132[2][2];
                uint32_t *l_144 = &g_40[1];
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_132[i][j] = (void*)0;
                }
                --g_133;
                (*l_137) = &l_80;
                if (g_64)
                    break;
                (*l_131) |= (((&g_62[0] != ((safe_rshift_func_int8_t_s_u((-1L), (safe_sub_func_uint16_t_u_u(l_80, (safe_div_func_int32_t_s_s(0xAEB11F9AL, ((++(*l_144)) && (((((safe_rshift_func_int8_t_s_u((*l_54), g_133)) > g_6[0]) == p_14.f2) && 0x10F9C02EL) , g_35[0][0])))))))) , &l_59)) & l_80) & g_64);
            }
            else
            { 
                (*l_54) = 0xFF7E3BC0L;
                l_149[0] |= g_40[0];
                return p_14.f1;
            }
        }
        g_151 = (p_15 = &g_2);
        for (l_80 = 27; (l_80 <= (-16)); l_80 = safe_sub_func_int32_t_s_s(l_80, 3))
        { 
            int16_t l_154 = (-1L);
            int32_t l_156 = 0x66C56F7FL;
            if ((*p_15))
                break;
            g_157--;
            l_165[0][2] ^= ((safe_sub_func_int32_t_s_s(((l_162 = &g_2) != (void*)0), l_156)) && (safe_div_func_uint32_t_u_u((0x73E97851F52E6A1ELL != (((void*)0 == p_15) & 0xC48BB85DC8BF38B4LL)), 6UL)));
        }
    }
    for (g_64 = 27; (g_64 == (-29)); g_64 = safe_sub_func_uint64_t_u_u(g_64, 1))
    { 
        int8_t l_186 = 3L;
        int32_t l_201 = 1L;
        for (g_44 = 0; (g_44 != 3); ++g_44)
        { 
            int32_t *l_178 = &l_155;
            int32_t *l_187 = &g_188;
            int32_t *l_195 = (void*)0;
            int32_t *l_196 = &g_188;
            int32_t *l_197 = &l_80;
            int32_t *l_198 = &g_188;
            int32_t l_199 = 0x8F860EB3L;
            int32_t *l_200[2][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
            int i, j;
            (*l_187) ^= (safe_rshift_func_int16_t_s_u((safe_lshift_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_u(((safe_lshift_func_uint16_t_u_u(((((((((*l_178) = (-6L)) , (!((safe_mul_func_uint16_t_u_u((0x9AL < (safe_sub_func_uint32_t_u_u(0UL, (p_13 || ((((safe_rshift_func_int16_t_s_u(g_40[1], l_186)) || 0xBE52F0D76A68AF11LL) >= (-10L)) >= (*p_16)))))), p_14.f0)) , 0x691E2C18L))) != p_14.f1) , l_186) || 0x2C0AL) ^ l_80) && g_2), 4)) || (*l_178)), 14)), 0)), 14));
            if (l_155)
                break;
            for (g_8 = 5; (g_8 != 45); g_8 = safe_add_func_uint64_t_u_u(g_8, 8))
            { 
                int64_t **l_193 = &g_62[0];
                if ((*p_16))
                    break;
                (*l_187) &= (((((safe_div_func_uint16_t_u_u(((l_186 > (l_55 == ((*l_193) = &g_23))) , 0x4F55L), ((*g_151) & l_194))) > 0x6D9A3061BA63EE47LL) , 0x675B37B3BEAB6E37LL) , 0xB6E06CC3L) & 0L);
                if ((*g_151))
                    continue;
            }
            g_203[0]++;
        }
    }
    for (g_133 = 25; (g_133 >= 16); --g_133)
    { 
        int32_t *l_208 = &g_188;
        int32_t *l_209[4][2];
        uint64_t l_263 = 3UL;
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 2; j++)
                l_209[i][j] = &l_80;
        }
        ++g_212;
        for (g_211 = 0; (g_211 < 11); g_211 = safe_add_func_int8_t_s_s(g_211, 3))
        { 
            int32_t l_224 = 9L;
            int32_t l_241 = 0L;
            const int32_t *l_248[2][1];
            int8_t *l_258 = &l_194;
            int32_t l_262 = 0x7415AF54L;
            int32_t l_265 = 0xF0286FB3L;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_248[i][j] = (void*)0;
            }
            l_80 = l_202;
        }
        if ((*g_151))
            break;
    }
    g_151 = p_12;
    return g_188;
}
static int32_t * func_18(int64_t  p_19, uint16_t  p_20, uint16_t  p_21)
{ 
    uint32_t l_28 = 4294967294UL;
    int64_t *l_31 = (void*)0;
    int64_t *l_32 = (void*)0;
    int64_t *l_33 = &g_23;
    uint64_t *l_34 = &g_35[0][0];
    uint64_t *l_36 = &g_37;
    int32_t l_38[1];
    uint32_t *l_39[3];
    int32_t l_41 = 0xD56A4262L;
    int32_t *l_42 = (void*)0;
    int32_t *l_43 = &g_44;
    uint8_t *l_47[1][3];
    struct S0 l_48 = {0xF84B0F4FL,0xD89188B9L,2L,0x9AC4L};
    int32_t *l_49 = &l_38[0];
    int i, j;
    for (i = 0; i < 1; i++)
        l_38[i] = 1L;
    for (i = 0; i < 3; i++)
        l_39[i] = &g_40[1];
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_47[i][j] = &g_8;
    }
    (*l_43) = ((safe_mul_func_int8_t_s_s((l_28 >= (l_41 = (l_38[0] = ((safe_add_func_int64_t_s_s(((*l_33) = (g_7[0] , 0x5D5EC7E011B55E97LL)), ((*l_36) = ((*l_34) = p_19)))) , g_25)))), 0x2AL)) && p_20);
    (*l_49) |= (((g_8 = (safe_div_func_int8_t_s_s(p_21, g_6[1]))) >= 0xFBL) | (g_25 >= (((l_48 , p_21) || (*l_43)) > 0x63D2L)));
    return &g_2;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_6[i], "g_6[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_7[i], "g_7[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_25, "g_25", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_35[i][j], "g_35[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_37, "g_37", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_40[i], "g_40[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_44, "g_44", print_hash_value);
    transparent_crc(g_64, "g_64", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_133, "g_133", print_hash_value);
    transparent_crc(g_157, "g_157", print_hash_value);
    transparent_crc(g_188, "g_188", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_203[i], "g_203[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_211, "g_211", print_hash_value);
    transparent_crc(g_212, "g_212", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_242[i], "g_242[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_243, "g_243", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_244[i][j], "g_244[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_259.f0, "g_259.f0", print_hash_value);
    transparent_crc(g_259.f1, "g_259.f1", print_hash_value);
    transparent_crc(g_259.f2, "g_259.f2", print_hash_value);
    transparent_crc(g_259.f3, "g_259.f3", print_hash_value);
    transparent_crc(g_283, "g_283", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_293[i], "g_293[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_312, "g_312", print_hash_value);
    transparent_crc(g_313, "g_313", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
