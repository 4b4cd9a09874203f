#include "csmith.h"
static long __undefined;
static int16_t g_8 = 0xD032L;
static int8_t g_14 = (-1L);
static int32_t *g_22 = (void*)0;
static int32_t g_24[2] = {0x27FA3DFAL,0x27FA3DFAL};
static int32_t *g_23 = &g_24[0];
static uint16_t g_45 = 0xDF6FL;
static int8_t *g_61 = (void*)0;
static int8_t **g_60 = &g_61;
static int64_t g_90[1] = {0x9D4055D0160B5C0ELL};
static uint64_t g_102 = 0xC470FE6C1E6BC952LL;
static const int64_t g_111 = 1L;
static uint8_t g_128 = 255UL;
static const int16_t ** const g_141 = (void*)0;
static int32_t * const **g_157 = (void*)0;
static int16_t  func_1(void);
static int32_t * func_2(uint8_t  p_3, int32_t  p_4, int32_t * p_5, int32_t * p_6, int32_t * p_7);
static uint8_t  func_11(int32_t  p_12);
static int16_t  func_1(void)
{ 
    int8_t *l_13[4][3] = {{&g_14,&g_14,&g_14},{&g_14,&g_14,&g_14},{&g_14,&g_14,&g_14},{&g_14,&g_14,&g_14}};
    uint32_t l_15 = 0xC1188E17L;
    int32_t *l_25 = &g_24[0];
    int32_t l_26[2];
    const uint16_t l_27 = 0x4667L;
    int64_t l_58 = 1L;
    int16_t * const l_123[1][1] = {{&g_8}};
    uint32_t l_133 = 4294967290UL;
    int32_t *l_146 = &l_26[0];
    const uint16_t *l_154 = &l_27;
    const uint16_t **l_153[3];
    const int32_t *l_160 = &l_26[1];
    const int32_t **l_159 = &l_160;
    const int32_t ***l_158 = &l_159;
    int i, j;
    for (i = 0; i < 2; i++)
        l_26[i] = 0x7E7C14ABL;
    for (i = 0; i < 3; i++)
        l_153[i] = &l_154;
    l_25 = func_2(g_8, ((safe_lshift_func_uint8_t_u_u(func_11(((l_15 &= 0x0AL) , (g_8 < (((safe_mod_func_int16_t_s_s(((((safe_mod_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s((g_22 == (g_23 = g_22)), 2)), l_15)) , (void*)0) == l_25) && 0xF1C946B43D2717F4LL), g_14)) != l_26[1]) < l_27)))), 0)) , (-6L)), &l_26[1], &g_24[0], &g_24[1]);
    if ((0x66C0953BL != g_14))
    { 
        const uint16_t l_57 = 65526UL;
        for (l_15 = (-23); (l_15 >= 41); l_15++)
        { 
            return g_24[0];
        }
        for (g_8 = 0; (g_8 <= 1); g_8 += 1)
        { 
            int8_t **l_59 = &l_13[0][0];
            uint32_t l_63 = 0UL;
            int i;
            (*l_25) = ((((safe_lshift_func_uint16_t_u_s((((safe_add_func_uint8_t_u_u(((safe_mul_func_uint16_t_u_u((((((+g_24[g_8]) | (safe_lshift_func_int8_t_s_s((g_24[0] && ((*l_25) != l_57)), 0))) == ((l_57 != l_58) >= (*l_25))) >= g_24[1]) & 0xB759L), g_8)) || g_24[1]), l_57)) > (*l_25)) || g_14), 0)) != (*l_25)) , l_59) == g_60);
            for (l_58 = 2; (l_58 >= 0); l_58 -= 1)
            { 
                int8_t l_62 = 0x34L;
                g_24[g_8] &= l_62;
                if (l_63)
                    break;
            }
        }
    }
    else
    { 
        int8_t l_64 = 0x19L;
        int16_t *l_68 = &g_8;
        int16_t **l_67 = &l_68;
        int32_t **l_101[4] = {&l_25,&l_25,&l_25,&l_25};
        int32_t ***l_100 = &l_101[2];
        uint32_t l_136 = 0xCC6E98D5L;
        uint8_t *l_137 = &g_128;
        int i;
lbl_103:
        l_64 = (*l_25);
lbl_156:
        if ((((((safe_add_func_uint16_t_u_u(((((*l_67) = &g_8) == &g_8) , (*l_25)), ((l_67 != (void*)0) > g_8))) == g_8) || (*l_25)) ^ g_8) < g_14))
        { 
            uint32_t l_73 = 9UL;
            int32_t l_74 = 0x5739219EL;
            int8_t **l_75 = &l_13[1][1];
            uint32_t l_96 = 8UL;
            int16_t *l_116 = &g_8;
            uint8_t *l_126 = (void*)0;
            uint8_t *l_127[4][2] = {{&g_128,&g_128},{&g_128,&g_128},{&g_128,&g_128},{&g_128,&g_128}};
            const uint8_t l_139 = 0x02L;
            int32_t l_151 = 0xBE663594L;
            int i, j;
            if ((((g_24[0] , ((safe_lshift_func_uint8_t_u_u(((safe_div_func_int32_t_s_s((l_74 = l_73), (((((void*)0 != l_75) ^ (&g_24[0] == (void*)0)) != l_73) , l_73))) == l_73), l_64)) || g_24[0])) > g_24[0]) || l_74))
            { 
                uint32_t l_88[1];
                int32_t l_89 = (-1L);
                int32_t *l_91 = &l_26[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_88[i] = 0x10E05D1EL;
                (*l_91) |= (+(((+8L) >= ((g_90[0] &= (l_89 = (safe_sub_func_uint64_t_u_u(((safe_mod_func_uint8_t_u_u(l_74, g_8)) & (safe_div_func_int64_t_s_s(g_24[0], ((safe_div_func_int32_t_s_s((safe_mod_func_int64_t_s_s(l_64, g_14)), g_45)) | l_88[0])))), g_24[0])))) , 0x67F9L)) , 0x71DF8105L));
                g_102 |= ((-10L) || ((g_24[0] , ((*l_25) = (l_64 >= ((safe_div_func_int16_t_s_s((safe_mul_func_uint16_t_u_u((l_96 == (!(safe_lshift_func_int8_t_s_s((l_100 != &l_101[2]), (*l_91))))), 0xE9D6L)), g_24[0])) , l_73)))) | g_90[0]));
                if (l_73)
                    goto lbl_103;
                return g_24[0];
            }
            else
            { 
                uint16_t l_104[3][1];
                uint16_t *l_107[4];
                const uint16_t l_110 = 0x6CA1L;
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_104[i][j] = 65528UL;
                }
                for (i = 0; i < 4; i++)
                    l_107[i] = &l_104[0][0];
                ++l_104[2][0];
                l_25 = func_2(((*g_60) != ((*l_75) = (*g_60))), ((((l_74 = (&g_8 == (void*)0)) | (g_45--)) >= (((void*)0 == (*g_60)) , l_110)) , 0L), &g_24[0], &g_24[0], &g_24[0]);
                (*l_25) &= g_111;
            }
            (**l_100) = func_2((safe_mod_func_int64_t_s_s((((safe_add_func_uint8_t_u_u(((((((65532UL && ((*l_68) = (((void*)0 != l_116) , (safe_mul_func_uint16_t_u_u((((safe_sub_func_uint8_t_u_u(0xC3L, (((((safe_rshift_func_int16_t_s_s(l_74, 5)) != g_8) | g_8) , l_123[0][0]) != &g_8))) != 65535UL) && 0xC7C066171E037CFBLL), 65535UL))))) | 0xC0205F72L) >= g_45) & 0x6209D16BL) , l_73) >= g_90[0]), (*l_25))) , g_14) && (*l_25)), (-5L))), g_111, &l_26[1], &g_24[0], &g_24[1]);
            if ((safe_sub_func_int64_t_s_s((((g_111 ^ ((l_74 = l_96) , (l_96 == g_45))) & 65535UL) || g_102), 9UL)))
            { 
                uint64_t l_138 = 0UL;
                int32_t l_140 = 0x78477E6EL;
                const int16_t ***l_142[4][3];
                const int16_t *l_145[2][4] = {{&g_8,&g_8,&g_8,&g_8},{&g_8,&g_8,&g_8,&g_8}};
                const int16_t **l_144 = &l_145[0][0];
                const int16_t ***l_143 = &l_144;
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_142[i][j] = (void*)0;
                }
                (*l_25) = (g_24[0] || 18446744073709551610UL);
                (*l_25) = 1L;
                l_140 ^= ((safe_add_func_int16_t_s_s((((((safe_mul_func_int16_t_s_s((l_74 = l_133), (safe_mul_func_int8_t_s_s(l_136, (&g_128 != l_137))))) != 0x8D9300DF10CB638BLL) , 1L) , l_138) & l_139), (*l_25))) != l_139);
                (*l_143) = ((g_141 == g_141) , g_141);
            }
            else
            { 
                uint32_t l_152 = 0x07D3DD64L;
                (**l_100) = l_146;
                (*l_146) = (safe_sub_func_uint8_t_u_u(g_90[0], ((safe_div_func_int64_t_s_s(l_74, (l_96 , l_151))) ^ g_90[0])));
                l_152 ^= (((*l_75) = (*g_60)) != &l_64);
                return g_14;
            }
            if (l_27)
                goto lbl_156;
        }
        else
        { 
            const uint16_t ***l_155 = &l_153[0];
            (*l_155) = l_153[1];
        }
        return (*l_25);
    }
    (*l_25) = (((((g_157 != l_158) == ((l_13[1][1] == l_13[1][1]) == g_90[0])) > (*l_146)) > (*l_146)) & 0x6528L);
    (*l_25) = (4UL > 0x4191L);
    return (*l_25);
}
static int32_t * func_2(uint8_t  p_3, int32_t  p_4, int32_t * p_5, int32_t * p_6, int32_t * p_7)
{ 
    int32_t **l_33[4];
    int32_t ***l_32 = &l_33[1];
    int8_t *l_37 = &g_14;
    int8_t **l_36 = &l_37;
    int64_t l_42[4];
    int16_t *l_43 = &g_8;
    int8_t *l_44[3][3] = {{(void*)0,&g_14,(void*)0},{(void*)0,&g_14,(void*)0},{(void*)0,&g_14,(void*)0}};
    int i, j;
    for (i = 0; i < 4; i++)
        l_33[i] = &g_23;
    for (i = 0; i < 4; i++)
        l_42[i] = 0x2BFEED1B4B1C2FBFLL;
    (*l_32) = &p_7;
    (*p_5) = ((p_3 , (safe_sub_func_uint16_t_u_u(((((*l_36) = &g_14) == ((g_14 = (0xBADCAB39L ^ ((((p_3 , (safe_sub_func_int16_t_s_s(((*l_43) = l_42[3]), g_24[0]))) , 0x9BEBB6F2BA10F40BLL) , &p_6) != &g_22))) , l_44[2][0])) & 65535UL), p_3))) , 0x01F903A7L);
    g_45 ^= (*p_7);
    return &g_24[0];
}
static uint8_t  func_11(int32_t  p_12)
{ 
    const int16_t l_28 = (-1L);
    int32_t l_29[3][4] = {{0x0639E6A4L,0x0639E6A4L,0x0639E6A4L,0x0639E6A4L},{0x0639E6A4L,0x0639E6A4L,0x0639E6A4L,0x0639E6A4L},{0x0639E6A4L,0x0639E6A4L,0x0639E6A4L,0x0639E6A4L}};
    int i, j;
    l_29[0][3] &= l_28;
    p_12 = (safe_lshift_func_int16_t_s_u(p_12, 4));
    return g_14;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_14, "g_14", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_24[i], "g_24[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_45, "g_45", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_90[i], "g_90[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_102, "g_102", print_hash_value);
    transparent_crc(g_111, "g_111", print_hash_value);
    transparent_crc(g_128, "g_128", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
