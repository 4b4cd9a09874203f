#include "csmith.h"
static long __undefined;
static uint16_t g_2 = 1UL;
static int32_t g_16 = 1L;
static uint32_t g_24 = 0x2A907865L;
static int32_t *g_31 = &g_16;
static int64_t g_37 = 0x8390A341A4633BE6LL;
static uint32_t g_48 = 0UL;
static int8_t g_52[1][2] = {{0x40L,0x40L}};
static int16_t g_63 = 0xAAE9L;
static int16_t g_66 = 0xB67AL;
static uint64_t g_71 = 0UL;
static uint64_t g_75 = 1UL;
static const int32_t *g_79 = &g_16;
static uint16_t g_83[4] = {65535UL,65535UL,65535UL,65535UL};
static uint64_t g_89 = 1UL;
static uint32_t g_104 = 0xB9CA4895L;
static int8_t g_106[4] = {0x35L,0x35L,0x35L,0x35L};
static uint8_t g_107 = 1UL;
static int64_t g_116 = 1L;
static uint32_t g_225 = 0xF90F6DC4L;
static uint16_t g_245[2] = {1UL,1UL};
static uint64_t g_248[1][2] = {{0xE73D2FB577810F05LL,0xE73D2FB577810F05LL}};
static uint64_t g_249 = 18446744073709551615UL;
static uint32_t  func_1(void);
static int64_t  func_8(int16_t  p_9, int32_t  p_10);
static int32_t * const  func_11(int32_t * p_12, uint32_t  p_13, uint32_t  p_14);
static uint32_t  func_1(void)
{ 
    int32_t l_7 = 0x23607A98L;
    int16_t l_250 = 0x24F5L;
    int32_t *l_251 = &l_7;
    (*l_251) = ((g_2 | (((((((safe_lshift_func_uint16_t_u_s(l_7, ((g_249 |= ((l_7 && (func_8(g_2, l_7) >= l_7)) > 0x12655160L)) <= 0x75L))) , g_106[3]) > 0xBCE0FD3D768784C1LL) | l_7) > 0x10L) || l_7) & 0L)) > l_250);
    return g_106[3];
}
static int64_t  func_8(int16_t  p_9, int32_t  p_10)
{ 
    int32_t *l_15[2];
    uint32_t *l_23[2];
    int32_t **l_231 = &l_15[0];
    uint32_t l_246 = 0x83641E56L;
    uint32_t l_247[4][4] = {{0UL,0x4F6E6616L,0x4F6E6616L,0UL},{0x4F6E6616L,0UL,0x4F6E6616L,0x4F6E6616L},{0UL,0UL,0xCD10DC54L,0UL},{0UL,0x4F6E6616L,0x4F6E6616L,0UL}};
    int i, j;
    for (i = 0; i < 2; i++)
        l_15[i] = &g_16;
    for (i = 0; i < 2; i++)
        l_23[i] = (void*)0;
    (*l_231) = func_11(l_15[0], (safe_rshift_func_int16_t_s_u(((((safe_div_func_uint8_t_u_u(g_16, (safe_sub_func_uint16_t_u_u(p_9, ((p_9 != (g_24 |= (((((g_16 || p_10) , (void*)0) != l_15[0]) != p_10) & g_16))) >= g_2))))) ^ 0xDA2A4F2AL) & 0xC5L) & 0x38D10FBFL), 11)), g_2);
    for (g_75 = 0; (g_75 <= 0); g_75 += 1)
    { 
        int16_t *l_238[2][4];
        uint16_t *l_243 = &g_83[0];
        uint16_t *l_244 = &g_245[1];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 4; j++)
                l_238[i][j] = &g_63;
        }
        g_248[0][1] ^= ((safe_add_func_uint16_t_u_u(((safe_mod_func_int8_t_s_s((safe_div_func_int8_t_s_s((((((**l_231) , 0L) , (g_24 , (g_63 &= 8L))) < ((*l_244) = ((*l_243) &= ((safe_mul_func_int16_t_s_s((safe_rshift_func_int16_t_s_u(p_9, g_106[3])), g_225)) , 0x0C13L)))) , l_246), g_16)), p_10)) > l_247[0][1]), (-1L))) && (-4L));
        return p_10;
    }
    return g_71;
}
static int32_t * const  func_11(int32_t * p_12, uint32_t  p_13, uint32_t  p_14)
{ 
    int32_t *l_30 = &g_16;
    int32_t **l_29[3][4] = {{&l_30,&l_30,&l_30,&l_30},{&l_30,&l_30,(void*)0,&l_30},{&l_30,&l_30,&l_30,&l_30}};
    int64_t *l_36 = &g_37;
    int16_t * const l_69 = &g_66;
    int16_t l_82 = 0L;
    uint8_t *l_112 = &g_107;
    int32_t * const l_229[1] = {&g_16};
    int i, j;
    if ((p_13 == (safe_sub_func_uint8_t_u_u((safe_sub_func_uint16_t_u_u(((g_31 = p_12) != p_12), ((safe_rshift_func_int8_t_s_u((((*l_36) = ((0x1CC49297L | (safe_add_func_int32_t_s_s((((*l_30) >= 1UL) != g_2), g_16))) , g_24)) && 0L), p_13)) >= g_2))), p_14))))
    { 
        uint8_t l_38 = 0x0AL;
        int32_t l_45[4] = {(-9L),(-9L),(-9L),(-9L)};
        uint64_t *l_70 = &g_71;
        uint64_t *l_74[1];
        uint8_t *l_80 = &l_38;
        int16_t * const l_81 = &g_66;
        int i;
        for (i = 0; i < 1; i++)
            l_74[i] = &g_75;
        for (p_14 = 0; (p_14 <= 2); p_14 += 1)
        { 
            uint64_t l_53 = 0x88EE1EFB40ACB488LL;
            int32_t *l_54 = &l_45[3];
            p_12 = p_12;
            if ((*p_12))
                continue;
            for (g_37 = 0; (g_37 <= 2); g_37 += 1)
            { 
                uint8_t *l_46 = (void*)0;
                uint8_t *l_47[3];
                int8_t *l_51 = &g_52[0][0];
                int i;
                for (i = 0; i < 3; i++)
                    l_47[i] = (void*)0;
                (*p_12) = ((g_24 | (l_38 , p_14)) | (((safe_lshift_func_int16_t_s_u((safe_div_func_uint16_t_u_u((((safe_mul_func_uint8_t_u_u((g_48--), l_45[0])) ^ ((*l_51) = (p_14 , g_2))) <= l_53), g_37)), 3)) >= p_13) , l_53));
                l_45[0] = (l_30 == &p_14);
            }
            (*p_12) = (-6L);
            for (p_13 = 0; (p_13 <= 2); p_13 += 1)
            { 
                int16_t *l_62 = &g_63;
                int16_t *l_65 = &g_66;
                int i, j;
                (*p_12) = ((l_54 == &g_16) , (((*l_30) | (safe_rshift_func_int16_t_s_s(((safe_lshift_func_int8_t_s_s((safe_mul_func_int16_t_s_s((~(((((*l_65) |= (((*l_62) = (*l_54)) > ((((!0xB2487F0BBFFD3208LL) , p_14) >= 0x490A13E652FC6110LL) & g_52[0][0]))) == 0xE0AFL) & g_24) || (*l_54))), (*l_54))), 3)) || p_14), g_2))) , 2L));
                if ((*g_31))
                    break;
            }
        }
        (*p_12) = (*p_12);
        g_83[0] ^= ((*p_12) ^= ((((safe_rshift_func_uint8_t_u_u((l_69 != (((g_75 |= (255UL < ((++(*l_70)) == g_52[0][1]))) == (((*l_80) = (+(((p_14 , p_12) != g_79) , 0xF15EDA02L))) ^ 0UL)) , l_81)), l_45[3])) | g_48) || 0xC15289768AFA1526LL) & l_82));
    }
    else
    { 
        uint64_t l_102 = 18446744073709551615UL;
        int32_t l_114 = 0x0180ABA0L;
        const int32_t l_129 = 0x5B2AB3A2L;
        int32_t l_174 = (-3L);
        uint32_t l_189 = 0xC490EA19L;
        uint16_t l_191[1];
        int32_t l_216 = 0xDBDFB154L;
        uint32_t l_228 = 0UL;
        int i;
        for (i = 0; i < 1; i++)
            l_191[i] = 65535UL;
        for (l_82 = 0; (l_82 > 8); l_82 = safe_add_func_uint8_t_u_u(l_82, 6))
        { 
            const uint64_t **l_98 = (void*)0;
            const uint64_t **l_99 = (void*)0;
            const uint64_t *l_101 = (void*)0;
            const uint64_t **l_100 = &l_101;
            uint32_t *l_103 = &g_104;
            int32_t l_105[4];
            int8_t *l_113[2];
            int64_t *l_115[2];
            uint64_t l_117 = 0xA941DAE9268793B7LL;
            uint64_t l_128 = 0x70597A7083D25ECELL;
            int64_t l_130 = 0xEFB1999DA2498811LL;
            int i;
            for (i = 0; i < 4; i++)
                l_105[i] = (-9L);
            for (i = 0; i < 2; i++)
                l_113[i] = &g_52[0][0];
            for (i = 0; i < 2; i++)
                l_115[i] = &g_116;
            if ((*g_31))
                break;
            l_105[3] &= (safe_mod_func_int8_t_s_s(((safe_unary_minus_func_uint8_t_u((--g_89))) == (safe_mul_func_int8_t_s_s((((safe_sub_func_uint64_t_u_u(((((safe_sub_func_int16_t_s_s(g_83[0], (((*l_100) = &g_75) != (void*)0))) || ((*l_103) = (g_52[0][1] ^ l_102))) >= g_16) , g_16), p_13)) | l_102) | g_16), g_75))), 0x63L));
            g_107--;
            (*p_12) = (((((((l_117 = (l_112 != (((l_114 = g_2) , ((*l_36) ^= 0L)) , (void*)0))) >= (!(safe_unary_minus_func_int8_t_s((((l_105[1] = (g_106[3] |= (safe_mod_func_int16_t_s_s(((safe_div_func_uint32_t_u_u(((safe_div_func_uint64_t_u_u((safe_mod_func_int64_t_s_s((g_116 &= (-8L)), 0x96F457E9C8C07AB7LL)), g_107)) & l_128), (*l_30))) == g_75), l_129)))) != l_130) != p_13))))) , 0x5459D1A19A74B103LL) , p_12) != (void*)0) > l_102) < 0UL);
        }
        for (p_13 = 0; (p_13 >= 20); p_13++)
        { 
            int32_t l_134 = 5L;
            int32_t l_146 = (-1L);
            uint8_t *l_171 = &g_107;
            uint32_t *l_198 = &l_189;
            int8_t *l_199 = &g_52[0][0];
            int64_t *l_205 = (void*)0;
            int64_t *l_206 = &g_116;
            int32_t *l_223 = &l_146;
            for (g_63 = 3; (g_63 >= 0); g_63 -= 1)
            { 
                int32_t **l_133 = (void*)0;
                int32_t l_139 = 0xD7C6F009L;
                int32_t *l_140[1][3];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_140[i][j] = &l_139;
                }
                p_12 = &l_114;
                l_140[0][2] = ((((((l_133 != (((g_83[g_63] || l_134) || ((l_129 <= ((safe_mul_func_uint8_t_u_u((((safe_mul_func_int16_t_s_s(g_37, p_13)) , g_116) <= p_13), g_107)) , g_107)) || (-5L))) , &g_79)) & l_139) , p_13) || g_52[0][0]) != l_134) , p_12);
                p_12 = p_12;
            }
        }
        return l_229[0];
    }
    for (g_48 = 0; (g_48 <= 0); g_48 += 1)
    { 
        int32_t *l_230 = &g_16;
        p_12 = l_230;
        p_12 = p_12;
        return p_12;
    }
    return p_12;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_16, "g_16", print_hash_value);
    transparent_crc(g_24, "g_24", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_52[i][j], "g_52[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_71, "g_71", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_83[i], "g_83[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_89, "g_89", print_hash_value);
    transparent_crc(g_104, "g_104", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_106[i], "g_106[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_107, "g_107", print_hash_value);
    transparent_crc(g_116, "g_116", print_hash_value);
    transparent_crc(g_225, "g_225", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_245[i], "g_245[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_248[i][j], "g_248[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_249, "g_249", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
