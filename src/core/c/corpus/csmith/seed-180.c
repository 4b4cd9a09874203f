#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0xD6C05BAFL;
static int32_t g_13 = (-5L);
static int16_t g_14 = 0x3DFAL;
static int32_t *g_33 = &g_13;
static uint16_t g_37 = 0x2FBFL;
static int8_t g_39[2] = {0x03L,0x03L};
static uint32_t g_57 = 4294967287UL;
static int32_t * const * const g_67 = (void*)0;
static int32_t * const * const *g_66 = &g_67;
static uint8_t g_90 = 0x2DL;
static uint32_t g_113 = 6UL;
static int32_t g_118 = 3L;
static int8_t g_121 = (-7L);
static int8_t g_122 = 0x33L;
static int32_t g_126 = 0xECED5480L;
static int64_t g_127[3] = {4L,4L,4L};
static uint64_t g_128 = 0xADCAF14A35B98692LL;
static uint16_t *g_155 = &g_37;
static uint16_t **g_154[3][2] = {{&g_155,&g_155},{&g_155,&g_155},{&g_155,&g_155}};
static uint16_t g_176 = 0UL;
static int32_t g_196 = 0x4585397BL;
static uint32_t *g_207 = (void*)0;
static uint32_t **g_206 = &g_207;
static int16_t g_212 = 0L;
static int8_t g_256 = (-1L);
static int32_t g_257 = 0x979C1DC0L;
static uint32_t g_258[2] = {0x2FE9E5AFL,0x2FE9E5AFL};
static uint32_t  func_1(void);
static int32_t  func_3(int8_t  p_4, int32_t  p_5, uint32_t  p_6, uint8_t  p_7);
static uint8_t  func_8(uint8_t  p_9, uint32_t  p_10);
static uint32_t  func_1(void)
{ 
    int32_t l_158 = 0L;
    if (g_2)
    { 
        return g_2;
    }
    else
    { 
        int32_t l_159 = 0L;
        int32_t *l_278 = &g_257;
        (*l_278) |= (func_3(g_2, (((func_8(g_2, g_2) >= l_158) == l_158) != g_122), l_159, l_158) && (*g_33));
        return g_13;
    }
}
static int32_t  func_3(int8_t  p_4, int32_t  p_5, uint32_t  p_6, uint8_t  p_7)
{ 
    uint16_t **l_161[4][3] = {{(void*)0,(void*)0,&g_155},{(void*)0,(void*)0,&g_155},{(void*)0,(void*)0,&g_155},{(void*)0,(void*)0,&g_155}};
    int32_t l_162[3];
    int32_t **l_185 = &g_33;
    const uint32_t *l_234 = &g_57;
    const uint32_t **l_233 = &l_234;
    const uint32_t *** const l_232 = &l_233;
    int16_t l_238[3][1];
    uint16_t l_261 = 8UL;
    uint64_t *l_274[4];
    uint64_t **l_273 = &l_274[0];
    uint64_t ***l_275 = &l_273;
    uint64_t **l_276[2][4] = {{&l_274[0],&l_274[0],&l_274[0],&l_274[0]},{&l_274[0],&l_274[0],&l_274[0],&l_274[0]}};
    int i, j;
    for (i = 0; i < 3; i++)
        l_162[i] = 0x56F2F148L;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_238[i][j] = 0xD767L;
    }
    for (i = 0; i < 4; i++)
        l_274[i] = &g_128;
    return p_6;
}
static uint8_t  func_8(uint8_t  p_9, uint32_t  p_10)
{ 
    int32_t *l_11 = (void*)0;
    int32_t *l_12[4];
    int16_t l_60[4];
    int8_t *l_136 = &g_122;
    uint16_t *l_146 = &g_37;
    uint16_t **l_145 = &l_146;
    uint16_t ***l_147 = (void*)0;
    uint16_t ***l_148 = &l_145;
    uint16_t ***l_153[2];
    int i;
    for (i = 0; i < 4; i++)
        l_12[i] = &g_13;
    for (i = 0; i < 4; i++)
        l_60[i] = 0xDEA6L;
    for (i = 0; i < 2; i++)
        l_153[i] = (void*)0;
    if ((g_14 = (g_13 = g_2)))
    { 
        int64_t l_19 = 4L;
        int64_t l_35 = 0L;
        uint16_t *l_49 = (void*)0;
        for (p_10 = 0; (p_10 > 12); p_10 = safe_add_func_uint64_t_u_u(p_10, 2))
        { 
            int32_t *l_34 = &g_13;
            const int32_t *l_41 = &g_13;
            const int32_t **l_40 = &l_41;
            for (p_9 = 0; (p_9 >= 43); p_9++)
            { 
                l_19 &= (0L > g_14);
                if (g_14)
                    break;
            }
            for (g_14 = 0; (g_14 >= (-29)); g_14 = safe_sub_func_int64_t_s_s(g_14, 8))
            { 
                uint64_t l_22 = 0xE6A4137D6C5051DDLL;
                int32_t **l_24 = &l_12[2];
                int32_t ***l_23 = &l_24;
                uint16_t *l_36 = &g_37;
                int8_t *l_38 = &g_39[1];
                g_13 = l_22;
                (*l_23) = &l_12[0];
                (***l_23) ^= (((*l_38) &= (safe_unary_minus_func_int64_t_s((~((safe_lshift_func_uint16_t_u_u(65533UL, 7)) , ((*l_36) &= (safe_add_func_int64_t_s_s(((l_12[0] != (l_34 = (g_33 = &g_13))) > ((((l_35 , &g_13) != (*l_24)) , p_10) != 0x9D62L)), 3L)))))))) && g_2);
            }
            (*l_40) = (void*)0;
            return g_2;
        }
        for (g_14 = 0; (g_14 <= (-14)); g_14 = safe_sub_func_int32_t_s_s(g_14, 2))
        { 
            uint32_t l_46 = 0xB9A2F725L;
            g_57 = ((*g_33) = (safe_sub_func_int32_t_s_s(l_46, ((safe_mod_func_int32_t_s_s((l_49 != &g_37), (~((safe_rshift_func_int16_t_s_u((((safe_add_func_uint64_t_u_u((safe_div_func_uint64_t_u_u(l_19, g_2)), p_10)) <= 0x89AFL) >= p_10), l_35)) & g_39[0])))) > 65535UL))));
            for (l_35 = (-16); (l_35 != (-16)); l_35 = safe_add_func_int16_t_s_s(l_35, 6))
            { 
                return l_60[3];
            }
            for (g_57 = 0; (g_57 < 20); g_57 = safe_add_func_uint64_t_u_u(g_57, 4))
            { 
                return g_2;
            }
        }
    }
    else
    { 
        uint64_t l_65 = 0xE43DA7D8E2DC6606LL;
        int32_t l_83[1];
        uint64_t l_84 = 0xC7A95E7740573921LL;
        uint32_t * const l_89[2] = {&g_57,&g_57};
        int i;
        for (i = 0; i < 1; i++)
            l_83[i] = 0xD40DD2C8L;
        if (((safe_div_func_uint16_t_u_u(((l_65 || (0x104F36CCL < (g_66 != ((((g_14 >= 0xF882D77871239B75LL) > 0L) , 0x50F898D4L) , &g_67)))) , g_37), g_2)) > 1UL))
        { 
            int32_t l_70 = 0L;
            int32_t **l_71 = &l_11;
            uint32_t l_78[2];
            int i;
            for (i = 0; i < 2; i++)
                l_78[i] = 0x61936EFEL;
            (*l_71) = (l_70 , &l_70);
            l_78[1] ^= ((*g_33) ^= ((**l_71) = (safe_mod_func_uint64_t_u_u((safe_mul_func_uint8_t_u_u(g_39[0], (safe_rshift_func_uint16_t_u_s(g_2, 12)))), g_57))));
        }
        else
        { 
            int8_t *l_79 = &g_39[0];
            uint32_t *l_80 = &g_57;
            int32_t **l_87 = &l_12[0];
            uint32_t **l_88 = &l_80;
            l_83[0] = ((((*l_79) = 0x35L) == (0x875637402B8877E4LL != (((*l_80) &= ((-10L) > g_13)) && (safe_mod_func_uint16_t_u_u(g_37, g_13))))) || 0x24E311B86553ECF3LL);
            l_84--;
            g_90 ^= ((*g_33) = (((void*)0 != l_87) == (((*l_88) = l_80) == l_89[0])));
        }
    }
    for (p_10 = 0; (p_10 != 19); ++p_10)
    { 
        int32_t l_95 = (-1L);
        int32_t l_106 = 0xD77E0902L;
        int32_t l_116 = 0xA185305FL;
        int32_t l_119 = 0xE5D8015DL;
        int32_t l_120 = (-7L);
        int32_t l_124[1];
        int8_t *l_135 = &g_39[1];
        uint16_t *l_139 = &g_37;
        int i;
        for (i = 0; i < 1; i++)
            l_124[i] = 0xF9C6BEA7L;
        for (p_9 = 0; (p_9 != 35); p_9 = safe_add_func_uint64_t_u_u(p_9, 1))
        { 
            int32_t *l_105 = &l_95;
            int32_t l_112 = 0x1F1F5868L;
            int32_t l_117 = 0x0C3B02FFL;
            int32_t l_123 = 0x015C65D3L;
            (*g_33) = (l_95 , (l_106 ^= (((((safe_div_func_uint16_t_u_u((0xA516L <= 0x4F72L), ((((safe_lshift_func_int16_t_s_s(((safe_unary_minus_func_uint32_t_u(p_9)) && ((((((*l_105) = ((safe_rshift_func_int8_t_s_u((safe_sub_func_int32_t_s_s(9L, p_10)), g_13)) | g_90)) , p_10) , 0x8105A18A5C6425F0LL) & 0x0C33ADB549FED5CALL) , l_95)), g_57)) , 0x46A1L) & p_10) ^ 0xCB33D27CL))) != p_9) <= g_39[0]) >= p_9) , p_10)));
            for (g_90 = 0; (g_90 <= 3); g_90 += 1)
            { 
                int32_t l_111 = 0L;
                int32_t l_125 = 0x3F607BB0L;
                int i;
                l_112 ^= (safe_mul_func_uint16_t_u_u((l_12[g_90] != &g_57), ((g_39[1] == ((safe_sub_func_int16_t_s_s((((l_12[0] == &g_2) && p_10) , 0x2145L), l_111)) <= 1UL)) ^ 0x791CL)));
                --g_113;
                g_128--;
            }
            l_119 = (l_112 >= ((l_123 , ((~0xBAL) , &l_123)) == ((((((~(0x0C71652FD558AF5ELL > p_9)) , l_123) , l_135) == l_136) < g_90) , &l_123)));
            for (l_116 = 0; (l_116 <= 11); ++l_116)
            { 
                uint16_t **l_140 = &l_139;
                l_124[0] = (((*l_140) = l_139) != (void*)0);
                if (p_10)
                    break;
                if (p_9)
                    continue;
            }
        }
        (*g_33) = l_124[0];
        return g_57;
    }
    g_126 &= ((safe_mod_func_uint32_t_u_u((((g_37 ^ 3L) , (safe_sub_func_uint32_t_u_u((((*l_148) = l_145) != (g_154[2][1] = (((safe_add_func_int32_t_s_s(((*g_33) = p_10), (safe_mod_func_uint32_t_u_u(g_37, 0xAFB7A7CBL)))) > 0x375140D4900E7B76LL) , (void*)0))), 0x2BFFA37DL))) && 0x1BL), 0x819D7496L)) | p_9);
    g_126 &= ((*g_33) ^= (safe_add_func_uint64_t_u_u(1UL, p_10)));
    return p_10;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_13, "g_13", print_hash_value);
    transparent_crc(g_14, "g_14", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_39[i], "g_39[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_57, "g_57", print_hash_value);
    transparent_crc(g_90, "g_90", print_hash_value);
    transparent_crc(g_113, "g_113", print_hash_value);
    transparent_crc(g_118, "g_118", print_hash_value);
    transparent_crc(g_121, "g_121", print_hash_value);
    transparent_crc(g_122, "g_122", print_hash_value);
    transparent_crc(g_126, "g_126", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_127[i], "g_127[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_128, "g_128", print_hash_value);
    transparent_crc(g_176, "g_176", print_hash_value);
    transparent_crc(g_196, "g_196", print_hash_value);
    transparent_crc(g_212, "g_212", print_hash_value);
    transparent_crc(g_256, "g_256", print_hash_value);
    transparent_crc(g_257, "g_257", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_258[i], "g_258[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
