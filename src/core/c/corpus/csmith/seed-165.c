#include "csmith.h"
static long __undefined;
static int32_t g_21 = (-1L);
static uint8_t g_27 = 255UL;
static uint8_t g_29 = 1UL;
static int8_t g_36 = (-3L);
static uint16_t g_37 = 65531UL;
static uint32_t g_57[3] = {0xA83CD0CDL,0xA83CD0CDL,0xA83CD0CDL};
static int16_t g_70 = 0x5EF1L;
static uint8_t g_81[1][1] = {{0x9AL}};
static uint64_t g_87 = 0x691D145C15DC1C47LL;
static int32_t g_101 = 0xD38C14FDL;
static int64_t g_102 = 0x3FD683588D280D01LL;
static int64_t g_124 = 1L;
static int32_t g_148 = 0L;
static int64_t g_149 = 9L;
static uint8_t g_150 = 255UL;
static uint16_t g_179[4] = {65535UL,65535UL,65535UL,65535UL};
static int32_t *g_194 = &g_148;
static int32_t **g_193 = &g_194;
static int8_t g_209 = 0xDEL;
static uint32_t g_272 = 2UL;
static int16_t g_275 = 0xA3FFL;
static int64_t g_287 = (-9L);
static int16_t g_288 = 2L;
static uint16_t g_289 = 65535UL;
static int32_t *g_337 = &g_148;
static int32_t  func_1(void);
static int16_t  func_5(uint32_t  p_6, uint8_t  p_7, const uint64_t  p_8, const int8_t  p_9, int16_t  p_10);
static uint32_t  func_11(int16_t  p_12, const int16_t  p_13, int8_t  p_14, uint16_t  p_15, uint32_t  p_16);
static int32_t  func_1(void)
{ 
    uint32_t l_19 = 6UL;
    int32_t *l_20 = &g_21;
    uint8_t *l_26 = &g_27;
    uint8_t *l_28 = &g_29;
    uint8_t l_34[2][3] = {{0x68L,1UL,1UL},{0x68L,1UL,1UL}};
    int8_t *l_35 = &g_36;
    int16_t *l_67 = (void*)0;
    int16_t *l_68 = (void*)0;
    int16_t *l_69 = &g_70;
    int32_t l_80 = 1L;
    const uint16_t l_120 = 65534UL;
    uint32_t l_126 = 1UL;
    uint32_t l_135 = 0UL;
    int32_t l_174 = 0x246A6802L;
    int32_t l_176 = (-3L);
    int16_t l_177 = (-1L);
    int32_t *l_197[4][3] = {{&l_174,&l_174,&l_174},{&g_148,&g_148,&g_148},{&l_174,&l_174,&l_174},{&g_148,&g_148,&g_148}};
    uint64_t l_198 = 18446744073709551610UL;
    int8_t *l_235 = &g_36;
    int16_t l_257 = 5L;
    int32_t l_318 = 0x86E1A8FBL;
    int64_t l_329 = 0xB5957E19047CAE5DLL;
    int i, j;
    if ((safe_mod_func_int8_t_s_s(((~(((((*l_69) |= func_5(func_11((safe_lshift_func_uint8_t_u_s(((((((*l_20) = l_19) || ((safe_div_func_int8_t_s_s((((*l_35) = (((g_21 , ((*l_20) & (((*l_28) |= (safe_lshift_func_uint8_t_u_s(((*l_26) = 255UL), 4))) > ((((safe_sub_func_int16_t_s_s((safe_lshift_func_uint8_t_u_s(g_21, g_21)), g_21)) != g_21) == l_34[0][0]) > (-10L))))) ^ (*l_20)) || g_27)) <= (-1L)), (*l_20))) && g_21)) > g_37) , 0xD0L) > g_37), 1)), g_37, g_37, g_37, l_19), l_19, g_37, l_19, g_37)) < g_37) ^ (-6L)) , (*l_20))) == g_37), l_34[0][0])))
    { 
        int32_t l_73 = 0xE2060481L;
        uint8_t *l_74 = (void*)0;
        int32_t l_88 = 3L;
        uint32_t *l_121 = &g_57[0];
        uint16_t *l_122 = &g_37;
        int64_t *l_123 = &g_124;
        int64_t *l_125 = &g_102;
        uint32_t *l_127 = &l_19;
        uint32_t *l_128 = &l_126;
        if ((g_57[0] & ((g_27 , &g_70) == ((*l_20) , l_69))))
        { 
            for (g_27 = 0; (g_27 <= 2); g_27 += 1)
            { 
                uint32_t l_75 = 0UL;
                int32_t **l_76[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_76[i] = (void*)0;
                l_75 = (g_37 & (((g_70 & l_73) > (((l_74 == ((*l_20) , l_74)) <= g_27) | 0x3317A7F359A1248FLL)) || (*l_20)));
                l_20 = &g_21;
            }
            return (*l_20);
        }
        else
        { 
            int32_t *l_77 = &g_21;
            int32_t *l_78 = &g_21;
            int32_t *l_79[2][2];
            uint64_t *l_86[2][3] = {{&g_87,&g_87,&g_87},{&g_87,&g_87,&g_87}};
            int32_t *l_100[3];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                    l_79[i][j] = &g_21;
            }
            for (i = 0; i < 3; i++)
                l_100[i] = &g_101;
            g_81[0][0]--;
            g_102 |= ((l_73 & ((((safe_add_func_uint32_t_u_u((((l_88 = g_81[0][0]) && (safe_add_func_int32_t_s_s(((safe_add_func_int64_t_s_s(((safe_lshift_func_uint16_t_u_s(((safe_lshift_func_uint16_t_u_s(g_81[0][0], 13)) != ((l_86[0][2] != ((l_88 = (((safe_sub_func_uint8_t_u_u((~(g_21 , (*l_20))), (*l_20))) && l_73) , g_37)) , &g_87)) && g_27)), g_87)) && (*l_78)), l_73)) <= 8UL), 0xCB16C627L))) <= 0x5EF5641E62B9925CLL), l_73)) , (*l_20)) | g_29) >= 0xD1L)) != g_57[0]);
            for (l_80 = 0; l_80 < 2; l_80 += 1)
            {
                for (g_102 = 0; g_102 < 2; g_102 += 1)
                {
                    l_79[l_80][g_102] = &g_21;
                }
            }
        }
        if ((((safe_sub_func_uint16_t_u_u(((safe_unary_minus_func_uint8_t_u(l_73)) >= ((*l_128) = ((*l_127) |= ((safe_lshift_func_uint16_t_u_s((((((*l_125) = ((*l_123) ^= ((l_88 <= 1L) < (safe_rshift_func_uint8_t_u_u(((safe_sub_func_uint16_t_u_u(((*l_122) &= ((((*l_121) |= (safe_sub_func_uint16_t_u_u(65535UL, (safe_lshift_func_int8_t_s_s(((safe_sub_func_uint16_t_u_u(((safe_mul_func_int16_t_s_s(0x2858L, l_120)) , 65528UL), g_102)) || 1L), 4))))) | g_27) , 0x7DECL)), g_29)) <= l_88), l_88))))) <= 0xC41181933AC353B0LL) , g_37) ^ l_88), l_126)) ^ 0x9B685FDEL)))), (*l_20))) > g_70) , g_57[0]))
        { 
            int32_t *l_140 = &l_88;
            int32_t l_147 = 0x927AEA63L;
            if (((-6L) <= (g_87 & ((safe_add_func_int32_t_s_s(((*l_20) = ((safe_div_func_int16_t_s_s((((((safe_rshift_func_uint16_t_u_s(g_29, ((*l_69) &= l_135))) >= ((((safe_div_func_int8_t_s_s(0L, (-5L))) , 1UL) > g_57[0]) <= 0L)) , 0x47AAL) == 0x4FB9L) , g_87), 0x88EEL)) >= 0x83AEL)), g_102)) || (*l_20)))))
            { 
                l_140 = &g_21;
            }
            else
            { 
                int32_t *l_141 = &l_88;
                int32_t *l_142 = (void*)0;
                int32_t *l_143 = &g_21;
                int32_t l_144[1][2];
                int32_t *l_145 = &l_88;
                int32_t *l_146[3][1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_144[i][j] = 0L;
                }
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_146[i][j] = &l_80;
                }
                --g_150;
                (*l_145) |= g_70;
            }
        }
        else
        { 
            const int32_t l_159 = (-10L);
            uint16_t *l_166 = &g_37;
            g_21 = (safe_mul_func_int16_t_s_s(g_37, (safe_rshift_func_int8_t_s_s((l_159 & ((safe_rshift_func_int8_t_s_s(g_124, 6)) != 65526UL)), ((g_148 | l_159) <= (-5L))))));
            if (g_21)
            { 
                uint16_t *l_167 = &g_37;
                int32_t *l_168[4] = {&l_80,&l_80,&l_80,&l_80};
                uint16_t l_169 = 2UL;
                int i;
                l_88 = ((-8L) & (l_159 , ((((l_80 = ((safe_mul_func_int8_t_s_s((((*l_127) = (((++(*l_26)) ^ (((*l_20) = (((g_81[0][0] , l_166) == l_167) | 1UL)) || 1UL)) , 1UL)) & g_149), 0xAEL)) < g_70)) | g_36) == l_169) > l_159)));
                return g_57[1];
            }
            else
            { 
                (*l_20) ^= g_70;
                (*l_20) = g_102;
            }
        }
    }
    else
    { 
        uint8_t l_171 = 9UL;
        int32_t l_175 = 0x23A2376BL;
        int32_t l_178 = 3L;
        int32_t **l_196 = &l_20;
        if (g_37)
        { 
            uint32_t l_184 = 0UL;
            if (g_87)
            { 
                int32_t *l_170[1][2];
                uint64_t *l_189 = &g_87;
                uint16_t *l_190 = &g_179[1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_170[i][j] = &g_21;
                }
                l_171--;
                g_179[1]++;
                (*l_20) = (safe_sub_func_uint8_t_u_u((g_29 &= l_184), (*l_20)));
                (*l_20) ^= ((&g_81[0][0] == (void*)0) | ((((-8L) & (safe_lshift_func_int16_t_s_s((((safe_rshift_func_int8_t_s_u((((*l_189) = g_149) && (((--(*l_190)) , g_36) >= l_184)), 5)) > l_184) , 0xB125L), 4))) == g_102) , 0xE789F30D9698A885LL));
            }
            else
            { 
                return (*l_20);
            }
            return g_70;
        }
        else
        { 
            int32_t ***l_195 = &g_193;
            l_196 = ((l_178 != 0x6123D7B41E479A4CLL) , ((*l_195) = g_193));
        }
    }
    --l_198;
    for (g_37 = 0; (g_37 <= 12); g_37 = safe_add_func_uint64_t_u_u(g_37, 2))
    { 
        uint16_t *l_205[3];
        int32_t l_208 = 1L;
        int8_t *l_238 = &g_36;
        uint64_t *l_261 = &g_87;
        int i;
        for (i = 0; i < 3; i++)
            l_205[i] = (void*)0;
    }
    if (((*g_194) ^= g_275))
    { 
        uint16_t l_283 = 0xD5A2L;
        int32_t *l_312 = (void*)0;
        for (l_176 = 2; (l_176 >= 0); l_176 -= 1)
        { 
            uint32_t *l_276 = &g_57[2];
            int8_t l_284 = 0x99L;
            (*l_20) = 1L;
            (**g_193) = 0xB4B4AAE8L;
            (**g_193) = (g_36 | (--(*l_276)));
            for (g_27 = 0; (g_27 <= 2); g_27 += 1)
            { 
                int32_t l_285 = (-1L);
                int32_t l_286 = 0L;
                int i, j;
            }
        }
        if ((*g_194))
        { 
            uint8_t **l_292 = (void*)0;
            uint8_t ***l_293[2][1];
            uint8_t **l_294[1];
            int32_t *l_295 = &l_80;
            int32_t **l_296 = &l_20;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_293[i][j] = (void*)0;
            }
            for (i = 0; i < 1; i++)
                l_294[i] = &l_26;
            l_294[0] = l_292;
            (*l_296) = ((*g_193) = l_295);
        }
        else
        { 
            const int16_t l_307[4][2] = {{1L,1L},{1L,1L},{1L,1L},{1L,1L}};
            int8_t l_313 = 0L;
            int i, j;
            if ((*l_20))
            { 
                int64_t l_305[4] = {1L,1L,1L,1L};
                uint64_t *l_306[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_306[i] = &l_198;
                (*g_194) ^= ((((safe_rshift_func_int8_t_s_s((safe_mul_func_int8_t_s_s(((((*l_28) &= ((g_87 = (safe_lshift_func_int8_t_s_u(0xA3L, l_305[3]))) > g_57[0])) != 0UL) == g_27), l_307[2][1])), g_27)) < (-1L)) >= g_21) || g_288);
                (*g_193) = ((safe_mul_func_int16_t_s_s(((((l_307[3][1] != (g_124 && g_101)) < ((safe_lshift_func_uint8_t_u_s(g_148, (0x31E086E9CFC8D8B8LL & (*l_20)))) | g_57[1])) >= l_305[3]) & l_305[3]), 0L)) , l_312);
            }
            else
            { 
                return (*g_194);
            }
            return l_313;
        }
        (*g_193) = l_312;
    }
    else
    { 
        int32_t l_319 = 0xCA1D2760L;
        int32_t l_320 = 1L;
        for (g_37 = (-4); (g_37 > 60); g_37 = safe_add_func_int16_t_s_s(g_37, 4))
        { 
            uint8_t l_322[4][4] = {{255UL,0UL,255UL,255UL},{0UL,0UL,0x4FL,0UL},{0UL,255UL,255UL,0UL},{255UL,0UL,255UL,255UL}};
            int32_t l_336 = 0x9678BC31L;
            int i, j;
            (*g_193) = (void*)0;
            for (g_150 = 0; g_150 < 2; g_150 += 1)
            {
                for (g_27 = 0; g_27 < 3; g_27 += 1)
                {
                    l_34[g_150][g_27] = 0xEFL;
                }
            }
            for (g_288 = 14; (g_288 != 14); g_288 = safe_add_func_int64_t_s_s(g_288, 9))
            { 
                int16_t l_321 = 0xD6DBL;
                const uint8_t l_330 = 9UL;
                --l_322[0][2];
                (*l_20) = (safe_mul_func_int8_t_s_s(g_102, (((safe_sub_func_uint8_t_u_u(((((0x115C216B368C89E3LL && (l_322[0][2] | (((((void*)0 != &g_193) || l_319) | g_70) ^ g_101))) > 0x5DL) ^ g_57[0]) , l_329), l_330)) >= l_322[3][2]) , 0x77L)));
            }
            for (l_177 = 0; (l_177 >= (-18)); --l_177)
            { 
                int32_t l_335[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_335[i] = 0xE5F4FC6CL;
                l_336 |= ((safe_add_func_int16_t_s_s((*l_20), (*l_20))) , ((*l_20) = l_335[0]));
                if (l_322[0][2])
                    break;
                (*g_193) = g_337;
            }
        }
    }
    return (*g_337);
}
static int16_t  func_5(uint32_t  p_6, uint8_t  p_7, const uint64_t  p_8, const int8_t  p_9, int16_t  p_10)
{ 
    int32_t *l_65 = (void*)0;
    int32_t **l_64[3][3] = {{&l_65,&l_65,&l_65},{&l_65,&l_65,&l_65},{&l_65,&l_65,&l_65}};
    int32_t *l_66 = &g_21;
    int i, j;
    l_66 = &g_21;
    return g_27;
}
static uint32_t  func_11(int16_t  p_12, const int16_t  p_13, int8_t  p_14, uint16_t  p_15, uint32_t  p_16)
{ 
    int32_t *l_63[2][4] = {{&g_21,&g_21,&g_21,&g_21},{&g_21,&g_21,&g_21,&g_21}};
    int i, j;
    for (p_12 = 0; (p_12 <= (-4)); p_12 = safe_sub_func_int8_t_s_s(p_12, 8))
    { 
        uint8_t *l_50 = &g_27;
        uint32_t *l_56 = &g_57[0];
        const int32_t l_62[1] = {0xDC32C752L};
        int i;
        if (g_29)
            break;
        for (p_14 = 0; (p_14 > 11); p_14 = safe_add_func_int8_t_s_s(p_14, 7))
        { 
            int32_t l_42[3];
            int i;
            for (i = 0; i < 3; i++)
                l_42[i] = 0x6FBC6A68L;
            return l_42[0];
        }
        g_21 = ((safe_rshift_func_int8_t_s_s((safe_div_func_int8_t_s_s(((~247UL) > (safe_rshift_func_uint8_t_u_u(((*l_50)++), p_15))), (safe_lshift_func_uint8_t_u_u((g_29 |= (((g_37 > (!(++(*l_56)))) && (safe_sub_func_uint32_t_u_u((l_62[0] , (&l_62[0] != l_63[0][1])), 0UL))) || 0xD5L)), p_15)))), g_36)) ^ g_37);
    }
    return g_37;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_21, "g_21", print_hash_value);
    transparent_crc(g_27, "g_27", print_hash_value);
    transparent_crc(g_29, "g_29", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_57[i], "g_57[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_70, "g_70", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_81[i][j], "g_81[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_101, "g_101", print_hash_value);
    transparent_crc(g_102, "g_102", print_hash_value);
    transparent_crc(g_124, "g_124", print_hash_value);
    transparent_crc(g_148, "g_148", print_hash_value);
    transparent_crc(g_149, "g_149", print_hash_value);
    transparent_crc(g_150, "g_150", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_179[i], "g_179[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_209, "g_209", print_hash_value);
    transparent_crc(g_272, "g_272", print_hash_value);
    transparent_crc(g_275, "g_275", print_hash_value);
    transparent_crc(g_287, "g_287", print_hash_value);
    transparent_crc(g_288, "g_288", print_hash_value);
    transparent_crc(g_289, "g_289", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
