#include "csmith.h"
static long __undefined;
static uint8_t g_4[1][4] = {{0xCCL,0xCCL,0xCCL,0xCCL}};
static uint8_t g_33[1] = {0UL};
static int32_t g_35 = 0L;
static int16_t g_46 = 0x5156L;
static uint8_t g_47 = 8UL;
static const int32_t g_60 = 0xCD027BAEL;
static uint32_t g_63 = 0xC2B13F3BL;
static uint32_t *g_62 = &g_63;
static int64_t g_66 = 1L;
static const int32_t *g_71[2] = {&g_35,&g_35};
static uint32_t g_73 = 0xEC3887D1L;
static int64_t g_84 = (-2L);
static int8_t g_85[1] = {0x17L};
static uint32_t g_86[4][1] = {{0UL},{0UL},{0UL},{0UL}};
static uint32_t g_90 = 1UL;
static uint8_t *g_94 = &g_33[0];
static uint16_t g_101 = 9UL;
static int8_t g_107[3][4] = {{0x9CL,0x9CL,0x9CL,0x9CL},{0x9CL,0x9CL,0x9CL,0x9CL},{0x9CL,0x9CL,0x9CL,0x9CL}};
static int16_t g_110 = 0x8AE8L;
static uint32_t g_121 = 0UL;
static uint64_t g_132 = 0xBCDF5D25EDB48BAALL;
static uint32_t g_134 = 3UL;
static int32_t g_170 = 0L;
static int64_t g_171 = 0x6C4C03F3C918E1F8LL;
static int16_t g_173 = 0xE8E6L;
static uint16_t g_174 = 0xBD9AL;
static uint32_t g_202[2] = {0xE9214434L,0xE9214434L};
static uint64_t g_210 = 18446744073709551608UL;
static uint8_t  func_1(void);
static int16_t  func_5(uint16_t  p_6, int32_t  p_7, uint8_t  p_8);
static uint32_t  func_9(uint64_t  p_10);
static uint8_t  func_1(void)
{ 
    int8_t l_11 = 0x1CL;
    int32_t *l_209 = &g_35;
    int32_t **l_227[2][3] = {{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}};
    int64_t l_228 = 0L;
    uint64_t *l_229[1][4];
    const uint64_t l_230 = 0xBD5445E50017F839LL;
    int32_t l_231 = 0xAB5394E2L;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_229[i][j] = (void*)0;
    }
    g_210 &= ((*l_209) = (0L && ((((g_4[0][1] < (func_5(((func_9(l_11) , 1UL) != l_11), g_107[1][1], g_107[1][1]) || g_171)) || g_84) && l_11) != g_107[1][1])));
    l_231 ^= (g_73 , (((safe_mul_func_int8_t_s_s((safe_div_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_s((safe_lshift_func_int8_t_s_u((((safe_mod_func_uint64_t_u_u((safe_sub_func_int32_t_s_s((g_4[0][0] != ((g_132 = ((safe_mod_func_int16_t_s_s(((((-1L) && (((l_227[1][0] = (void*)0) == &g_71[1]) | g_110)) , (*l_209)) | (*l_209)), 0xE2A2L)) & l_228)) != (*l_209))), 6UL)), l_230)) ^ (*g_94)) > 1L), 2)), g_4[0][1])), g_4[0][1])), g_84)) != 1L) & 1UL));
    return (*l_209);
}
static int16_t  func_5(uint16_t  p_6, int32_t  p_7, uint8_t  p_8)
{ 
    int32_t *l_196 = &g_35;
    int32_t *l_197 = &g_35;
    int32_t *l_198 = &g_35;
    int32_t *l_199 = &g_35;
    int32_t *l_200 = &g_35;
    int32_t *l_201 = &g_35;
    const int32_t **l_208 = &g_71[1];
    --g_202[1];
    for (g_90 = 20; (g_90 <= 38); ++g_90)
    { 
        int32_t *l_207 = &g_35;
        l_207 = (void*)0;
    }
    (*l_208) = &g_60;
    return g_84;
}
static uint32_t  func_9(uint64_t  p_10)
{ 
    uint32_t l_30 = 4UL;
    int32_t l_44 = 0x5ADF851FL;
    int32_t l_45 = 1L;
    const int32_t *l_59 = &g_60;
    int64_t *l_106 = (void*)0;
    int32_t *l_136 = &l_44;
    int32_t **l_135 = &l_136;
    int16_t *l_190 = &g_46;
    for (p_10 = 10; (p_10 >= 38); p_10 = safe_add_func_int8_t_s_s(p_10, 7))
    { 
        int16_t l_24 = 1L;
        int8_t l_29 = (-1L);
        uint32_t *l_31 = &l_30;
        uint8_t *l_32 = &g_33[0];
        int32_t *l_34 = &g_35;
        int32_t l_42 = 0x4592404EL;
        int32_t l_109 = 0x2FC28BF8L;
        int32_t l_153 = 0xB23571D3L;
        int16_t l_172 = 0x2D19L;
        const int32_t *l_180 = &l_153;
        (*l_34) = (((safe_div_func_int16_t_s_s((safe_lshift_func_int16_t_s_u(((safe_mul_func_int16_t_s_s(0x9689L, (safe_div_func_uint64_t_u_u(p_10, (safe_rshift_func_uint8_t_u_u(l_24, 6)))))) <= (safe_mul_func_uint8_t_u_u(((*l_32) = ((((*l_31) = ((((((safe_mul_func_uint16_t_u_u(0x4257L, l_29)) > 0x000EL) <= l_29) && p_10) & l_30) , p_10)) && 0x2D3D4782L) > l_24)), g_4[0][1]))), 3)), l_29)) > p_10) | g_4[0][3]);
        for (l_29 = 7; (l_29 > (-8)); l_29--)
        { 
            int16_t l_50 = 0xFDDDL;
            int32_t l_61[4][4] = {{(-7L),(-7L),(-7L),(-7L)},{(-7L),(-7L),(-7L),(-7L)},{(-7L),(-7L),(-7L),(-7L)},{(-7L),(-7L),(-7L),(-7L)}};
            const int32_t **l_67 = (void*)0;
            const int32_t **l_68 = &l_59;
            const int32_t **l_69 = (void*)0;
            const int32_t **l_70[4];
            int32_t *l_72[2];
            int i, j;
            for (i = 0; i < 4; i++)
                l_70[i] = (void*)0;
            for (i = 0; i < 2; i++)
                l_72[i] = &l_42;
            for (l_24 = 0; (l_24 < (-8)); --l_24)
            { 
                int32_t l_40 = 0x644BB323L;
                int32_t *l_41 = &g_35;
                int32_t *l_43[4];
                int64_t *l_64 = (void*)0;
                int64_t *l_65[4] = {&g_66,&g_66,&g_66,&g_66};
                int i;
                for (i = 0; i < 4; i++)
                    l_43[i] = &l_42;
                g_47--;
                l_45 |= g_4[0][0];
                (*l_41) = (l_45 &= (65533UL >= ((((l_50 & (g_66 ^= ((((((safe_sub_func_uint16_t_u_u(p_10, (safe_mul_func_int16_t_s_s((((safe_mod_func_uint8_t_u_u(((safe_mul_func_uint32_t_u_u((*l_34), (l_61[1][0] = ((l_59 = &g_35) != &g_35)))) && g_46), g_35)) ^ l_50) , 1L), 1L)))) != 0L) < g_4[0][0]) , g_62) != (void*)0) || g_46))) || p_10) , g_35) ^ 0x0646L)));
            }
            g_71[1] = ((*l_68) = &l_61[1][1]);
            g_73++;
        }
        if ((*l_34))
        { 
            uint64_t l_79 = 0xEE7416AF0CFC2012LL;
            int32_t l_89[1];
            uint8_t *l_93 = &g_4[0][0];
            uint32_t l_111 = 0x52103225L;
            int i;
            for (i = 0; i < 1; i++)
                l_89[i] = 0x54957FAAL;
            for (l_42 = 0; (l_42 > (-5)); l_42 = safe_sub_func_uint64_t_u_u(l_42, 6))
            { 
                const int32_t **l_78 = &g_71[1];
                (*l_78) = &g_60;
                (*l_34) &= l_30;
                (*l_34) = (l_79 |= p_10);
            }
            for (l_79 = (-14); (l_79 < 36); ++l_79)
            { 
                int32_t *l_82 = &g_35;
                int32_t *l_83[4][4] = {{&l_45,&l_45,&l_45,&l_45},{&l_45,&l_44,&l_44,&l_45},{&l_44,&l_45,&l_44,&l_44},{&l_45,&l_45,&l_45,&l_45}};
                int i, j;
                (*l_34) |= 0x3C5CEC10L;
                g_86[2][0]++;
                g_90++;
                if ((*l_34))
                    break;
            }
            if ((l_93 == (g_94 = l_93)))
            { 
                return p_10;
            }
            else
            { 
                uint64_t l_99[3][4] = {{0x4E1B6EB866B6F1F2LL,6UL,0x4E1B6EB866B6F1F2LL,18446744073709551615UL},{0x4E1B6EB866B6F1F2LL,18446744073709551615UL,18446744073709551615UL,0x4E1B6EB866B6F1F2LL},{0xC77DD35AB2A6A610LL,18446744073709551615UL,0x2ACEB1B18FD6B89DLL,18446744073709551615UL}};
                uint16_t *l_100[4];
                int32_t *l_108[3][4] = {{&l_42,&l_45,(void*)0,(void*)0},{(void*)0,(void*)0,&l_42,(void*)0},{(void*)0,&l_45,(void*)0,&l_42}};
                int i, j;
                for (i = 0; i < 4; i++)
                    l_100[i] = &g_101;
                l_89[0] &= ((4294967289UL | (((safe_div_func_int64_t_s_s((((safe_lshift_func_uint16_t_u_u(((*l_34) &= l_99[2][1]), 12)) , g_86[2][0]) != (9L ^ ((safe_mul_func_uint8_t_u_u(((((safe_mul_func_int8_t_s_s(((((l_99[0][2] < g_66) , 0xBC35819BL) , (void*)0) == l_106), g_101)) & g_73) > p_10) || l_99[1][3]), 1UL)) ^ p_10))), g_4[0][1])) , 0x429F2DD6L) || (-1L))) , l_99[1][0]);
                l_111--;
            }
        }
        else
        { 
            int32_t **l_114[2];
            int64_t l_191 = 8L;
            int i;
            for (i = 0; i < 2; i++)
                l_114[i] = (void*)0;
            g_71[1] = &l_42;
            for (g_84 = 0; (g_84 <= 1); g_84 += 1)
            { 
                int16_t *l_119 = (void*)0;
                int16_t *l_120 = &g_46;
                uint64_t *l_131 = &g_132;
                uint32_t *l_133 = &g_134;
                int8_t *l_137[2];
                uint8_t l_140 = 0xD0L;
                int i;
                for (i = 0; i < 2; i++)
                    l_137[i] = &g_85[0];
                g_71[1] = &g_35;
                (*l_136) = (((safe_add_func_uint8_t_u_u(((g_85[0] = ((safe_mul_func_uint8_t_u_u((*g_94), ((g_121 ^= (g_110 &= ((*l_120) = g_66))) <= (((*g_94) , ((safe_add_func_int16_t_s_s((~(&g_71[1] == (((*l_133) = (safe_sub_func_int64_t_s_s((safe_mod_func_uint64_t_u_u(((*l_131) &= (safe_mul_func_int8_t_s_s(p_10, 0UL))), 0xB80262EE7B9A5162LL)), 0x49FB5A3AA3B8C42DLL))) , l_135))), 65533UL)) , 0x13429A00L)) <= 0x86066615L)))) != (*g_62))) >= p_10), p_10)) >= 1UL) < p_10);
                (**l_135) = ((safe_lshift_func_uint8_t_u_u((*g_94), 6)) , p_10);
                if (l_140)
                    break;
            }
            if (((safe_rshift_func_int16_t_s_s((safe_div_func_int8_t_s_s((safe_add_func_int32_t_s_s((safe_add_func_int32_t_s_s((safe_lshift_func_uint16_t_u_s(p_10, p_10)), ((7L < ((*l_32) = (*g_94))) > (safe_mul_func_uint16_t_u_u((((0x30894340L | (*g_62)) || (-1L)) && l_153), p_10))))), p_10)), (**l_135))), 14)) == g_101))
            { 
                uint64_t *l_165 = (void*)0;
                uint64_t *l_166 = &g_132;
                int32_t l_167 = 0L;
                int32_t *l_168 = (void*)0;
                int32_t *l_169 = &g_170;
                g_35 = (g_173 |= ((g_171 |= ((*l_169) = (((safe_add_func_uint8_t_u_u((((((*l_166) = ((g_85[0] |= ((safe_unary_minus_func_uint32_t_u(((((safe_mod_func_uint32_t_u_u((*g_62), ((p_10 , 0x6313A31308165012LL) , (safe_mul_func_int8_t_s_s(((((safe_add_func_int32_t_s_s((safe_div_func_uint64_t_u_u(g_33[0], p_10)), p_10)) , l_34) != (void*)0) == p_10), (*g_94)))))) || p_10) <= g_84) > 0x11705F15L))) , (**l_135))) , p_10)) == (**l_135)) != p_10) , (*l_34)), 8L)) > l_167) ^ 9L))) , l_172));
                if (p_10)
                    continue;
                (**l_135) = (-1L);
                ++g_174;
            }
            else
            { 
                if ((*l_136))
                    break;
                return p_10;
            }
            if (p_10)
            { 
                const int32_t *l_177 = &l_45;
                const int32_t **l_178 = (void*)0;
                const int32_t **l_179[3][3] = {{&l_177,&l_177,&l_177},{&l_177,&g_71[1],&l_177},{&l_177,&l_177,&l_177}};
                int i, j;
                l_180 = l_177;
                (*l_34) |= ((g_132 ^= (((((*g_62) <= (8UL || (((safe_div_func_int64_t_s_s(p_10, (safe_mul_func_int8_t_s_s(((*l_136) == (safe_mod_func_int64_t_s_s((safe_unary_minus_func_int16_t_s((((safe_mul_func_uint16_t_u_u(((void*)0 != l_190), p_10)) > p_10) == l_191))), 4L))), g_73)))) >= (*l_177)) & 0x0D4CL))) <= 1UL) && 2UL) ^ (*g_62))) || p_10);
                return (*g_62);
            }
            else
            { 
                (*l_136) = (safe_mod_func_uint16_t_u_u((safe_rshift_func_int16_t_s_s(p_10, 7)), 0x662BL));
            }
        }
    }
    return (*g_62);
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
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_4[i][j], "g_4[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_33[i], "g_33[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    transparent_crc(g_84, "g_84", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_85[i], "g_85[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_86[i][j], "g_86[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_90, "g_90", print_hash_value);
    transparent_crc(g_101, "g_101", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_107[i][j], "g_107[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_110, "g_110", print_hash_value);
    transparent_crc(g_121, "g_121", print_hash_value);
    transparent_crc(g_132, "g_132", print_hash_value);
    transparent_crc(g_134, "g_134", print_hash_value);
    transparent_crc(g_170, "g_170", print_hash_value);
    transparent_crc(g_171, "g_171", print_hash_value);
    transparent_crc(g_173, "g_173", print_hash_value);
    transparent_crc(g_174, "g_174", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_202[i], "g_202[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_210, "g_210", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
