#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0L;
static int32_t g_5 = 0L;
static int32_t g_9 = 1L;
static int32_t g_26 = 1L;
static int8_t g_34 = 0x85L;
static uint32_t g_39 = 4294967294UL;
static int64_t g_50[1][3] = {{(-5L),(-5L),(-5L)}};
static uint8_t g_58[4] = {9UL,9UL,9UL,9UL};
static int32_t g_60 = 0x1EBDC590L;
static int64_t g_82[3] = {(-5L),(-5L),(-5L)};
static uint64_t g_85 = 0x122005908CB2CC25LL;
static uint64_t g_93[3][2] = {{18446744073709551615UL,18446744073709551615UL},{18446744073709551615UL,18446744073709551615UL},{18446744073709551615UL,18446744073709551615UL}};
static const int16_t g_99 = (-9L);
static const int16_t *g_98[1][1] = {{&g_99}};
static int16_t g_103[4] = {0x9947L,0x9947L,0x9947L,0x9947L};
static int64_t g_105 = (-1L);
static uint16_t g_112 = 65533UL;
static uint16_t g_149 = 1UL;
static uint32_t g_152 = 0xCF30455FL;
static int32_t *g_157 = &g_2;
static uint32_t  func_1(void);
static uint16_t  func_11(int32_t  p_12, uint16_t  p_13, int16_t  p_14, uint32_t  p_15, const uint32_t  p_16);
static uint16_t  func_17(int32_t  p_18, int32_t  p_19, int16_t  p_20);
static uint32_t  func_1(void)
{ 
    uint16_t l_8[2][2];
    int32_t *l_74[4] = {&g_26,&g_26,&g_26,&g_26};
    int32_t l_83 = 0x59332C32L;
    int8_t l_88 = 0xC2L;
    uint64_t l_127 = 18446744073709551615UL;
    int32_t l_165 = 0x3D7D1579L;
    uint16_t l_169 = 65529UL;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_8[i][j] = 1UL;
    }
lbl_155:
    for (g_2 = 0; (g_2 < (-16)); g_2 = safe_sub_func_int8_t_s_s(g_2, 6))
    { 
        uint32_t l_24 = 1UL;
        int32_t *l_77 = &g_9;
        int32_t l_95 = (-1L);
        for (g_5 = 0; (g_5 >= 5); g_5 = safe_add_func_int8_t_s_s(g_5, 1))
        { 
            uint8_t l_62 = 255UL;
            int32_t *l_65 = &g_9;
            int8_t *l_66 = &g_34;
            int32_t *l_67 = &g_60;
            for (g_9 = 1; (g_9 >= 0); g_9 -= 1)
            { 
                int32_t *l_25 = &g_26;
                int32_t *l_61 = &g_60;
                int i, j;
                (*l_61) = (+func_11(l_8[g_9][g_9], func_17(l_8[g_9][g_9], ((*l_25) = (((safe_sub_func_int32_t_s_s((0x64L < ((g_9 , (~l_24)) != 0x979CD329B3A00D0ELL)), 3UL)) || g_9) || l_8[0][0])), g_9), g_2, g_2, g_9));
                if (l_8[1][1])
                    break;
                return l_62;
            }
            for (l_62 = 0; (l_62 <= 0); l_62 += 1)
            { 
                return g_5;
            }
            (*l_67) = (((*l_65) = (safe_mul_func_uint16_t_u_u(g_50[0][2], l_8[1][1]))) , ((l_66 == (void*)0) < (&g_50[0][2] != &g_50[0][2])));
        }
        (*l_77) &= (0x60D2E653D3A1A91FLL ^ (safe_div_func_uint8_t_u_u(0UL, (safe_rshift_func_uint8_t_u_u((((safe_add_func_int8_t_s_s(((void*)0 == l_74[1]), (safe_add_func_uint32_t_u_u((0xBD0CL < 1L), l_8[1][1])))) & g_60) , l_24), 5)))));
        for (g_26 = 0; (g_26 < 5); g_26 = safe_add_func_uint32_t_u_u(g_26, 1))
        { 
            uint32_t l_91[2];
            int16_t *l_102 = &g_103[2];
            int i;
            for (i = 0; i < 2; i++)
                l_91[i] = 0UL;
            if (g_26)
            { 
                uint64_t *l_84 = &g_85;
                int16_t *l_89 = (void*)0;
                int16_t *l_90 = (void*)0;
                uint64_t *l_92 = &g_93[0][0];
                int32_t *l_94[4][1] = {{&g_5},{(void*)0},{&g_5},{(void*)0}};
                uint16_t *l_104[4][2];
                uint32_t *l_106 = &l_24;
                uint16_t l_107 = 0x3893L;
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_104[i][j] = &l_8[0][1];
                }
                l_95 |= (((((*l_77) >= (18446744073709551615UL | ((*l_92) = ((safe_rshift_func_int16_t_s_u((l_91[1] = (4L == (((--(*l_84)) != g_58[3]) && l_88))), g_9)) && 1UL)))) | (*l_77)) == l_8[1][1]) || g_50[0][2]);
                g_60 = (((*l_106) = ((safe_rshift_func_uint16_t_u_u((g_105 = ((l_83 , g_98[0][0]) != ((safe_mod_func_int32_t_s_s(g_58[3], 0xE7EE3D98L)) , (l_102 = (void*)0)))), g_9)) > 0xFEA3L)) && g_105);
                l_107--;
                return g_58[3];
            }
            else
            { 
                return g_93[1][1];
            }
        }
    }
    for (g_9 = 1; (g_9 >= 0); g_9 -= 1)
    { 
        int32_t *l_110 = &g_5;
        int32_t *l_111[3][2] = {{&g_60,&g_60},{&g_60,&g_60},{&g_60,&g_60}};
        int i, j;
        ++g_112;
        for (g_112 = 0; (g_112 <= 1); g_112 += 1)
        { 
            uint16_t *l_126 = (void*)0;
            int32_t l_128 = 0xAD813D13L;
            int32_t l_129[1][4];
            uint64_t *l_134 = &g_93[(g_112 + 1)][g_112];
            int16_t *l_135 = &g_103[0];
            int32_t **l_156[2][2] = {{&l_111[0][0],&l_111[0][0]},{&l_111[0][0],&l_111[0][0]}};
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 4; j++)
                    l_129[i][j] = (-1L);
            }
            (*l_110) = (safe_sub_func_uint16_t_u_u((((g_93[(g_112 + 1)][g_112] == (safe_sub_func_uint32_t_u_u((g_93[(g_9 + 1)][g_9] ^ g_93[0][0]), ((((l_8[g_112][g_112] = (safe_mul_func_uint16_t_u_u(((safe_rshift_func_uint16_t_u_u((~((safe_sub_func_int32_t_s_s((l_126 != &g_112), 0L)) >= l_127)), l_128)) , 65535UL), 5L))) , l_74[g_9]) != (void*)0) && g_50[0][0])))) , g_93[(g_9 + 1)][g_9]) || l_129[0][0]), g_26));
            g_60 = ((g_58[0] == 18446744073709551612UL) && (((*l_135) = ((l_83 = ((*l_134) = ((safe_mul_func_uint16_t_u_u(l_128, g_93[0][0])) , (((safe_lshift_func_uint8_t_u_u(0x31L, 3)) != 0x27L) < g_93[1][1])))) < g_99)) | l_8[g_112][g_112]));
            for (g_39 = 16; (g_39 == 55); ++g_39)
            { 
                uint16_t *l_142[2];
                int32_t l_150 = (-1L);
                uint32_t *l_151 = &g_152;
                int32_t l_153 = 0xFCDC455AL;
                const uint32_t l_154 = 18446744073709551615UL;
                int i;
                for (i = 0; i < 2; i++)
                    l_142[i] = &g_112;
                (*l_110) = (safe_add_func_int8_t_s_s(((safe_add_func_uint32_t_u_u((l_83 = (l_153 |= ((*l_151) = (l_142[1] != (((+(~(safe_mul_func_uint16_t_u_u((safe_mod_func_uint8_t_u_u(((g_149 = 0x8948L) ^ (((0x6AA3L >= (((&g_112 == l_142[1]) != l_150) <= l_83)) == l_128) , l_83)), g_82[0])), 65534UL)))) ^ 0x75L) , &l_8[0][0]))))), 0x2CF6FB23L)) && l_150), l_154));
                if (g_103[2])
                    break;
                if (g_9)
                    goto lbl_155;
            }
            g_157 = l_111[0][0];
        }
    }
    for (l_127 = 0; (l_127 > 52); l_127 = safe_add_func_int32_t_s_s(l_127, 9))
    { 
        int32_t *l_160 = &g_5;
        int32_t *l_161 = &g_2;
        int32_t *l_162 = (void*)0;
        int32_t *l_163 = &g_2;
        int32_t *l_164[3];
        uint8_t l_166 = 0xC5L;
        int i;
        for (i = 0; i < 3; i++)
            l_164[i] = &g_5;
        --l_166;
    }
    l_169++;
    return l_169;
}
static uint16_t  func_11(int32_t  p_12, uint16_t  p_13, int16_t  p_14, uint32_t  p_15, const uint32_t  p_16)
{ 
    uint32_t *l_38 = &g_39;
    int64_t *l_49[2];
    int32_t l_51 = 0xDBD3D38EL;
    int32_t l_56 = 6L;
    uint8_t *l_57 = &g_58[3];
    int32_t l_59 = 0x00F3BC9FL;
    int i;
    for (i = 0; i < 2; i++)
        l_49[i] = &g_50[0][2];
    g_60 = ((safe_mul_func_uint8_t_u_u(g_34, (((--(*l_38)) | (p_16 , (safe_div_func_int8_t_s_s((l_59 = (((*l_57) |= ((safe_div_func_uint64_t_u_u(((safe_div_func_int64_t_s_s((l_56 ^= ((((l_51 &= (g_50[0][2] = (!(-1L)))) , (safe_rshift_func_uint8_t_u_u((l_51 || (safe_add_func_int16_t_s_s(0L, 0x54BAL))), g_50[0][2]))) > 0x26L) , 9L)), 1UL)) | g_34), 0x7F726845D487C759LL)) || g_34)) , 0x02L)), g_34)))) & g_26))) , l_59);
    return g_39;
}
static uint16_t  func_17(int32_t  p_18, int32_t  p_19, int16_t  p_20)
{ 
    int32_t l_27[4] = {0x14055248L,0x14055248L,0x14055248L,0x14055248L};
    const int32_t *l_28 = &g_26;
    int32_t *l_30 = &g_26;
    int32_t **l_29 = &l_30;
    int8_t *l_33 = &g_34;
    int32_t *l_35 = &l_27[0];
    int i;
    for (p_19 = 3; (p_19 >= 0); p_19 -= 1)
    { 
        int i;
        return l_27[p_19];
    }
    (*l_35) = (((l_28 != ((*l_29) = &g_26)) || l_27[3]) >= ((*l_33) = (0UL | (safe_add_func_uint64_t_u_u(l_27[0], 1L)))));
    return p_19;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    transparent_crc(g_34, "g_34", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_50[i][j], "g_50[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_58[i], "g_58[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_60, "g_60", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_82[i], "g_82[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_85, "g_85", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_93[i][j], "g_93[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_99, "g_99", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_103[i], "g_103[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_112, "g_112", print_hash_value);
    transparent_crc(g_149, "g_149", print_hash_value);
    transparent_crc(g_152, "g_152", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
