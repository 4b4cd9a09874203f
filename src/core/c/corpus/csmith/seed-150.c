#include "csmith.h"
static long __undefined;
static uint64_t g_9[4] = {0xD4E703026D8D3833LL,0xD4E703026D8D3833LL,0xD4E703026D8D3833LL,0xD4E703026D8D3833LL};
static const int16_t g_15 = 1L;
static int64_t g_28 = (-4L);
static uint32_t g_32 = 5UL;
static int32_t g_43 = 0L;
static int32_t g_44 = 5L;
static uint8_t g_61 = 9UL;
static const uint64_t g_67 = 0UL;
static int32_t g_73 = 1L;
static int32_t g_75 = 0x15FA727FL;
static int32_t g_88 = 0xF67A21E2L;
static const int32_t *g_109 = &g_43;
static const int32_t **g_108 = &g_109;
static const int32_t **g_111 = (void*)0;
static int32_t g_135 = 0xAE3155DBL;
static int32_t g_137[3] = {0L,0L,0L};
static int16_t g_141 = 0L;
static uint64_t g_143 = 4UL;
static int16_t g_180 = 0x3593L;
static uint32_t g_181 = 0x968936E2L;
static int16_t g_233 = 1L;
static uint16_t g_234 = 0x4B79L;
static uint64_t g_258[3] = {0x76F94ADAB2478DB6LL,0x76F94ADAB2478DB6LL,0x76F94ADAB2478DB6LL};
static uint64_t * const g_257[3] = {&g_258[0],&g_258[0],&g_258[0]};
static uint64_t * const *g_256 = &g_257[0];
static int16_t g_274 = (-1L);
static int32_t g_275 = 2L;
static uint16_t g_276 = 0x47EBL;
static const int32_t *g_279 = &g_88;
static int8_t g_289 = 0xAEL;
static uint32_t  func_1(void);
static int8_t  func_4(int8_t  p_5);
static int32_t  func_16(const uint64_t * p_17, uint16_t  p_18, uint64_t * p_19, uint32_t  p_20, uint64_t * p_21);
static uint32_t  func_1(void)
{ 
    uint16_t l_6[2][2] = {{0x82D8L,0x82D8L},{0x82D8L,0x82D8L}};
    int32_t l_7 = 0x312FBB6BL;
    uint64_t *l_8 = &g_9[3];
    uint8_t l_300 = 1UL;
    int i, j;
    if ((g_289 &= ((((safe_mod_func_uint64_t_u_u((0xC5L <= func_4((0x91E2L == (1L > (((l_6[1][1] && (((*l_8)++) , ((+(safe_sub_func_uint16_t_u_u(65535UL, g_9[3]))) , g_9[3]))) , 0xB6L) < g_15))))), l_6[0][0])) , g_67) <= g_275) > l_6[1][1])))
    { 
        (*g_108) = &l_7;
    }
    else
    { 
        int64_t l_290 = 0x98303D3086A746CBLL;
        uint32_t *l_291 = &g_32;
        int64_t *l_298[4][4] = {{&l_290,&l_290,&l_290,&l_290},{&l_290,&l_290,&l_290,&l_290},{&l_290,&l_290,&l_290,&l_290},{&l_290,&l_290,&l_290,&l_290}};
        int32_t *l_299 = &g_43;
        int i, j;
        g_275 = l_290;
        (*l_299) = (((((++(*l_291)) , ((0x931A31894FC259D0LL & ((safe_rshift_func_int8_t_s_s((((safe_lshift_func_int8_t_s_s(((g_28 = ((g_143 ^ l_6[1][1]) == l_6[1][1])) < 0x5E78B5091CF3017FLL), g_43)) ^ 0xE288L) == l_290), 2)) , g_32)) , l_299)) == (void*)0) | l_6[0][0]) , l_300);
        return g_274;
    }
    return g_61;
}
static int8_t  func_4(int8_t  p_5)
{ 
    const uint64_t *l_22 = &g_9[3];
    const uint64_t **l_23 = &l_22;
    int64_t *l_27 = &g_28;
    const int32_t l_29 = (-7L);
    uint32_t *l_30 = (void*)0;
    uint32_t *l_31[1];
    int32_t l_33 = 0x33920027L;
    int32_t l_178 = 0x91124A36L;
    int32_t l_179[4][2];
    uint16_t l_269 = 0x83BDL;
    int i, j;
    for (i = 0; i < 1; i++)
        l_31[i] = &g_32;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
            l_179[i][j] = 0x990560A0L;
    }
    if (func_16(((*l_23) = l_22), (safe_add_func_uint64_t_u_u(((~((((l_33 = (((*l_27) |= 0L) && l_29)) , 0L) > ((safe_add_func_int16_t_s_s(0x4F68L, p_5)) , l_29)) || 0xA9L)) >= g_15), p_5)), &g_9[3], p_5, l_27))
    { 
        int32_t * const l_159 = &g_75;
        int32_t l_162 = 0x5083F6D2L;
        for (g_32 = (-15); (g_32 < 28); ++g_32)
        { 
            uint8_t *l_160 = &g_61;
            uint64_t *l_161[1];
            int32_t l_163 = 0L;
            int32_t *l_164 = &l_33;
            int i;
            for (i = 0; i < 1; i++)
                l_161[i] = &g_9[3];
            if (((((((*l_159) = ((1UL != (safe_mul_func_int8_t_s_s((((1L | (((safe_sub_func_int32_t_s_s((l_33 || ((l_33 = (safe_lshift_func_int8_t_s_u((safe_lshift_func_uint8_t_u_s(((*l_160) = ((((void*)0 == l_159) | 0x4251L) , g_61)), l_29)), 2))) < 0x9A99D279C3978F7DLL)), p_5)) != g_15) ^ (-1L))) <= g_9[2]) != 0xE6L), p_5))) && g_137[0])) > l_162) | p_5) , 0x55E833F8FB61F0D9LL) , (**g_108)))
            { 
                (*l_159) ^= 0x38B24C03L;
            }
            else
            { 
                (*g_108) = (*g_108);
            }
            g_88 = (*g_109);
            (*l_164) |= ((*l_159) = l_163);
            return p_5;
        }
    }
    else
    { 
        uint32_t l_165[4];
        int32_t l_172 = 0xEAE24F21L;
        int32_t *l_174 = &l_172;
        int32_t *l_177[4][4] = {{&l_172,&l_172,&l_172,&l_172},{&l_172,&l_172,&l_172,&l_172},{&l_172,&l_172,&l_172,&l_172},{&l_172,&l_172,&l_172,&l_172}};
        int32_t **l_207 = (void*)0;
        int32_t **l_208 = &l_177[3][3];
        int i, j;
        for (i = 0; i < 4; i++)
            l_165[i] = 0x9C689FF3L;
        if (l_165[3])
        { 
            uint32_t l_169 = 0xEAC7FC37L;
            int32_t *l_173 = &g_75;
lbl_175:
            for (g_75 = 19; (g_75 > (-21)); g_75 = safe_sub_func_int16_t_s_s(g_75, 9))
            { 
                int32_t *l_168[4] = {&g_44,&g_44,&g_44,&g_44};
                int i;
                --l_169;
                l_172 |= l_169;
                l_174 = l_173;
            }
            (*l_174) = (p_5 | g_137[1]);
            for (l_33 = 0; (l_33 <= 2); l_33 += 1)
            { 
                if (g_88)
                    goto lbl_175;
            }
        }
        else
        { 
            int32_t *l_176 = &l_33;
            (*l_176) = ((*l_174) = p_5);
            (*l_176) = 0L;
            (*g_108) = (*g_108);
            return g_135;
        }
lbl_206:
        --g_181;
        for (g_141 = 0; (g_141 == 12); g_141++)
        { 
            int32_t l_205 = 0L;
            for (g_181 = 0; g_181 < 4; g_181 += 1)
            {
                g_9[g_181] = 0x88FDCBF5BA501070LL;
            }
            l_33 ^= (((((safe_mul_func_int16_t_s_s((+(((0x9E02A2B83AE85CDDLL || ((*l_27) = (safe_rshift_func_uint16_t_u_u(0x600CL, (((safe_mod_func_int8_t_s_s((safe_lshift_func_int16_t_s_s(((((((safe_add_func_int64_t_s_s((safe_add_func_int32_t_s_s((safe_sub_func_uint32_t_u_u((g_32++), (&g_67 != &g_143))), (safe_mod_func_uint64_t_u_u((0x4BC6L < 0L), 0xDE24A45322D53653LL)))), g_67)) < (-9L)) == 1L) || l_205) , p_5) , 0x8413L), l_29)), p_5)) && p_5) && p_5))))) == 1L) , g_43)), 0xA094L)) , &p_5) == (void*)0) != p_5) , 0x9073D22EL);
            if (l_205)
                goto lbl_206;
        }
        (*g_108) = ((*l_208) = &g_44);
    }
    if ((l_179[2][1] != (safe_add_func_int8_t_s_s(((void*)0 == &g_61), ((safe_div_func_int64_t_s_s((((safe_mul_func_int16_t_s_s(p_5, ((((-1L) <= 0x801BL) , g_15) , 65535UL))) != p_5) | p_5), (-10L))) ^ p_5)))))
    { 
        return l_179[1][0];
    }
    else
    { 
        int32_t l_230[3];
        int32_t l_271 = 0xBE0F0FC9L;
        int i;
        for (i = 0; i < 3; i++)
            l_230[i] = 0L;
        for (g_141 = 0; (g_141 < 21); g_141 = safe_add_func_uint32_t_u_u(g_141, 1))
        { 
            int32_t l_229 = 0x7E3DBFE5L;
            int32_t l_231 = 0x2719FA18L;
            int32_t l_232[2][1];
            int32_t *l_243 = (void*)0;
            int32_t *l_244 = &g_75;
            uint16_t *l_251 = (void*)0;
            uint64_t *l_255[2][4];
            uint64_t * const *l_254 = &l_255[0][0];
            uint8_t l_270 = 1UL;
            int64_t l_272 = 8L;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_232[i][j] = 0xFFB03A11L;
            }
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 4; j++)
                    l_255[i][j] = &g_9[0];
            }
        }
        return g_32;
    }
}
static int32_t  func_16(const uint64_t * p_17, uint16_t  p_18, uint64_t * p_19, uint32_t  p_20, uint64_t * p_21)
{ 
    int8_t l_86[3];
    uint32_t l_115[2][3] = {{0UL,18446744073709551615UL,18446744073709551615UL},{0UL,18446744073709551615UL,18446744073709551615UL}};
    int32_t *l_124 = &g_75;
    int32_t l_134[3][1];
    int16_t l_138[1];
    int i, j;
    for (i = 0; i < 3; i++)
        l_86[i] = 0L;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_134[i][j] = 0xBCB3CA98L;
    }
    for (i = 0; i < 1; i++)
        l_138[i] = (-1L);
    for (p_18 = (-3); (p_18 == 42); p_18 = safe_add_func_uint8_t_u_u(p_18, 5))
    { 
        int64_t l_40 = 0L;
        int32_t *l_41 = (void*)0;
        int32_t *l_42[4] = {&g_43,&g_43,&g_43,&g_43};
        uint32_t l_96 = 0x44FE3D07L;
        int32_t l_99 = 0xE8548DC0L;
        uint64_t *l_107 = &g_9[3];
        const int16_t l_129 = 7L;
        uint8_t l_130 = 246UL;
        int i;
        g_44 = (g_43 = ((safe_add_func_uint64_t_u_u(((*p_19) = (0xEABA4A2CL >= l_40)), 18446744073709551615UL)) < ((g_28 = (g_28 , p_18)) == 0x10B42B8FFD020461LL)));
        for (g_43 = (-15); (g_43 == (-10)); g_43 = safe_add_func_uint64_t_u_u(g_43, 2))
        { 
            uint64_t l_68 = 0x7ECB515FE49BA5CDLL;
            int32_t l_69 = 0x84B879C9L;
            int32_t **l_93[1];
            int i;
            for (i = 0; i < 1; i++)
                l_93[i] = &l_42[2];
            for (g_44 = 0; (g_44 == 12); ++g_44)
            { 
                uint16_t l_51 = 0xA8B0L;
                uint8_t *l_60 = &g_61;
                const uint64_t **l_64 = (void*)0;
                const uint64_t *l_66[3];
                const uint64_t **l_65 = &l_66[0];
                uint8_t *l_70 = (void*)0;
                int32_t l_71 = (-8L);
                int64_t *l_72[3][1];
                int32_t l_74[4] = {0x7E8591F2L,0x7E8591F2L,0x7E8591F2L,0x7E8591F2L};
                const uint32_t *l_87 = &g_32;
                int i, j;
                for (i = 0; i < 3; i++)
                    l_66[i] = &g_67;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_72[i][j] = &l_40;
                }
                l_74[0] &= ((g_32 , &g_44) != ((((safe_lshift_func_uint16_t_u_s((l_51 || (g_73 &= ((l_71 = (safe_div_func_int64_t_s_s((g_28 || (((((l_69 |= (safe_div_func_uint32_t_u_u(((safe_div_func_uint16_t_u_u((safe_add_func_uint8_t_u_u((--(*l_60)), (((*l_65) = &g_9[3]) == &g_9[3]))), l_68)) , 0x821D2A6AL), p_20))) | 1L) , 0xB7DFF937B1BDA2DDLL) != g_43) != 0xE8E0L)), 7UL))) == p_18))), 8)) , p_20) < 0UL) , &l_69));
                g_75 = g_32;
                g_88 &= (safe_sub_func_uint8_t_u_u((((safe_add_func_int8_t_s_s(((safe_rshift_func_int8_t_s_s(p_20, ((safe_lshift_func_uint8_t_u_s((safe_mul_func_int8_t_s_s(g_67, l_86[2])), 3)) != (p_20 , ((void*)0 != l_87))))) , g_67), p_20)) != p_20) & 7L), g_75));
                if (p_18)
                    continue;
            }
            if (p_20)
                continue;
            for (g_61 = 0; (g_61 != 55); g_61 = safe_add_func_uint32_t_u_u(g_61, 5))
            { 
                g_88 ^= ((safe_sub_func_uint8_t_u_u(((0xB093L | (p_18 || l_86[2])) >= ((0xF95200CC90FA27C8LL != l_68) , 0x7125L)), p_20)) != (*p_21));
            }
            l_42[2] = &l_69;
        }
        for (g_75 = 8; (g_75 >= 20); g_75 = safe_add_func_uint64_t_u_u(g_75, 2))
        { 
            l_96 ^= p_20;
        }
    }
    return (*l_124);
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_9[i], "g_9[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_15, "g_15", print_hash_value);
    transparent_crc(g_28, "g_28", print_hash_value);
    transparent_crc(g_32, "g_32", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_44, "g_44", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    transparent_crc(g_67, "g_67", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    transparent_crc(g_88, "g_88", print_hash_value);
    transparent_crc(g_135, "g_135", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_137[i], "g_137[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_141, "g_141", print_hash_value);
    transparent_crc(g_143, "g_143", print_hash_value);
    transparent_crc(g_180, "g_180", print_hash_value);
    transparent_crc(g_181, "g_181", print_hash_value);
    transparent_crc(g_233, "g_233", print_hash_value);
    transparent_crc(g_234, "g_234", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_258[i], "g_258[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_274, "g_274", print_hash_value);
    transparent_crc(g_275, "g_275", print_hash_value);
    transparent_crc(g_276, "g_276", print_hash_value);
    transparent_crc(g_289, "g_289", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
