#include "csmith.h"
static long __undefined;
static uint64_t g_7 = 0x1FE77DD68876942ALL;
static uint32_t g_9 = 4294967295UL;
static uint8_t g_32 = 0x7CL;
static int32_t g_34 = (-1L);
static uint16_t g_53[2] = {0xB96BL,0xB96BL};
static uint16_t g_66 = 8UL;
static uint32_t g_73 = 0xF3AA798DL;
static int32_t g_87[1][3] = {{0x6193E9ABL,0x6193E9ABL,0x6193E9ABL}};
static const uint8_t *g_90[1][3] = {{&g_32,&g_32,&g_32}};
static const uint8_t **g_89 = &g_90[0][0];
static uint32_t g_103 = 0x5E3342DFL;
static int8_t g_109[1][2] = {{(-1L),(-1L)}};
static uint8_t g_111 = 0x62L;
static uint64_t g_113[1] = {0x68111800AB31FB6CLL};
static int32_t *g_115 = &g_87[0][2];
static int32_t g_118 = 1L;
static int32_t g_143 = 7L;
static int64_t  func_1(void);
static uint32_t  func_2(int32_t  p_3, uint32_t  p_4, int32_t  p_5);
static uint32_t * func_10(int32_t  p_11, const int8_t  p_12, int16_t  p_13, int8_t  p_14);
static int64_t  func_1(void)
{ 
    int16_t l_6 = (-1L);
    uint32_t *l_8 = &g_9;
    uint32_t *l_75 = &g_73;
    uint32_t **l_74 = &l_75;
    int32_t *l_116 = (void*)0;
    int32_t *l_117 = &g_118;
    int16_t *l_123 = &l_6;
    int32_t **l_135 = &g_115;
    int32_t *l_136[2];
    int32_t l_137 = (-3L);
    int16_t l_138 = (-5L);
    int16_t l_139 = 7L;
    int32_t l_140 = 6L;
    int64_t l_141 = 0xFA4D0A6DBD2E68FDLL;
    int64_t l_142[3][2];
    int16_t l_144[3][4] = {{0x7D28L,(-6L),(-6L),0x7D28L},{(-6L),0x7D28L,(-6L),(-6L)},{0x7D28L,0x7D28L,0x558EL,0x7D28L}};
    uint32_t l_145 = 0UL;
    int i, j;
    for (i = 0; i < 2; i++)
        l_136[i] = &g_87[0][2];
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
            l_142[i][j] = 0x2FD2184012F00CAALL;
    }
    (*l_117) |= (func_2(l_6, ((*l_8) &= g_7), (((*l_74) = func_10(l_6, g_7, (((l_6 > 0x90E864896E6A3735LL) != g_7) < l_6), g_7)) != l_8)) || l_6);
    (*l_117) = (safe_add_func_int16_t_s_s(((*l_123) = (safe_lshift_func_uint8_t_u_u(0x0EL, 5))), (((safe_sub_func_uint64_t_u_u(((((*g_89) == (*g_89)) & (((~(((safe_mod_func_uint32_t_u_u(g_87[0][0], (safe_rshift_func_int8_t_s_s((safe_add_func_uint32_t_u_u(((((safe_div_func_int32_t_s_s((((**g_89) < (**g_89)) , 0x2CAD0F00L), g_113[0])) ^ 0x6CA6L) , 0x956958E3L) & 0x7A779875L), 0x527E36A8L)), 3)))) == (*l_117)) != g_73)) && 3UL) , g_87[0][2])) ^ g_87[0][2]), 2L)) , 0UL) <= 0x1E7CL)));
    (*l_135) = &g_118;
    ++l_145;
    return g_34;
}
static uint32_t  func_2(int32_t  p_3, uint32_t  p_4, int32_t  p_5)
{ 
    uint32_t l_77 = 0UL;
    uint8_t *l_82 = &g_32;
    int32_t *l_83 = (void*)0;
    int32_t l_84 = 0x6A5A8E70L;
    int32_t *l_85 = &g_34;
    int32_t *l_86 = &g_87[0][2];
    int8_t *l_108[2][3];
    uint8_t *l_110 = &g_111;
    int32_t *l_112 = &l_84;
    int32_t **l_114[2][3] = {{&l_86,(void*)0,(void*)0},{&l_86,(void*)0,(void*)0}};
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
            l_108[i][j] = &g_109[0][1];
    }
    (*l_86) = ((*l_85) = (l_84 = ((safe_unary_minus_func_int32_t_s((l_77 , 0xBA701951L))) > ((((safe_mul_func_int8_t_s_s((safe_lshift_func_int8_t_s_u((g_9 & (p_5 == (l_82 == l_82))), g_66)), g_53[1])) && 0xECC15C48L) , &p_4) != (void*)0))));
    (*l_86) = ((*l_85) = (p_5 | (g_53[1] != (((((*l_85) < (((*l_86) < ((~g_87[0][2]) , p_5)) && 0x28A1E48BA36ED293LL)) , 0x66360CCDL) , g_7) == p_5))));
    g_113[0] = ((*l_112) &= ((g_89 == &l_82) != (((*l_85) = (safe_div_func_uint16_t_u_u(((safe_mod_func_uint8_t_u_u(((safe_add_func_uint32_t_u_u((*l_85), ((safe_rshift_func_uint16_t_u_u(((safe_lshift_func_uint16_t_u_u((safe_sub_func_uint8_t_u_u(((*l_110) = ((*l_82) = (g_103 | (safe_div_func_int8_t_s_s(((*l_86) |= (safe_lshift_func_int16_t_s_s(g_53[1], g_103))), 0x9AL))))), 0xEBL)), 12)) < 0xCE17D650L), g_109[0][1])) | 0x4B743E6CL))) == g_34), p_3)) & p_5), 1UL))) == p_3)));
    g_115 = (void*)0;
    return p_3;
}
static uint32_t * func_10(int32_t  p_11, const int8_t  p_12, int16_t  p_13, int8_t  p_14)
{ 
    uint32_t l_35 = 18446744073709551615UL;
    uint8_t *l_39 = &g_32;
    uint8_t **l_38 = &l_39;
    uint32_t *l_55 = (void*)0;
    uint32_t **l_54 = &l_55;
    for (p_11 = 20; (p_11 != (-23)); p_11--)
    { 
        uint8_t *l_31 = &g_32;
        int32_t *l_33[1][4];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_33[i][j] = &g_34;
        }
        g_34 = (safe_mod_func_int16_t_s_s((safe_div_func_int64_t_s_s(g_7, (safe_add_func_uint8_t_u_u(((*l_31) = ((safe_div_func_uint64_t_u_u(((+(safe_mod_func_uint64_t_u_u((g_7 >= ((safe_mul_func_int16_t_s_s(0L, (+p_11))) >= (p_11 && 0x83D1F0DFL))), p_11))) || g_7), g_7)) , 0xE5L)), 0x7CL)))), 1L));
        if (l_35)
            break;
        for (g_32 = 0; (g_32 <= 43); g_32++)
        { 
            uint8_t ***l_40 = &l_38;
            (*l_40) = l_38;
            g_34 |= (-1L);
        }
        for (p_13 = 0; (p_13 <= 0); p_13 += 1)
        { 
            int32_t l_51[1][1];
            uint16_t *l_52 = &g_53[1];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_51[i][j] = (-1L);
            }
            for (l_35 = 0; l_35 < 1; l_35 += 1)
            {
                for (g_32 = 0; g_32 < 4; g_32 += 1)
                {
                    l_33[l_35][g_32] = &g_34;
                }
            }
            if (((3L | (safe_div_func_int64_t_s_s((((safe_rshift_func_uint16_t_u_u(p_12, (safe_rshift_func_uint16_t_u_s(((*l_52) = ((g_32 <= (safe_add_func_int64_t_s_s(0x175309757A8360E5LL, (safe_div_func_int64_t_s_s((g_7 , l_51[0][0]), 2UL))))) > p_12)), 2)))) == p_12) , g_53[0]), (-1L)))) < p_11))
            { 
                uint32_t l_58[3][4] = {{0x79815C87L,0x79815C87L,0x79815C87L,0x79815C87L},{0x79815C87L,0x79815C87L,0x79815C87L,0x79815C87L},{0x79815C87L,0x79815C87L,0x79815C87L,0x79815C87L}};
                int i, j;
                l_54 = (void*)0;
                l_51[0][0] &= (safe_rshift_func_uint16_t_u_u((g_53[1] != (l_58[1][1] = l_35)), 7));
            }
            else
            { 
                uint16_t *l_65 = &g_66;
                uint32_t *l_72 = &g_73;
                g_34 = (p_13 > (safe_add_func_uint8_t_u_u((safe_mod_func_uint16_t_u_u(((g_53[1] ^ ((*l_65) ^= (safe_mod_func_int64_t_s_s(0x6ABD35EB13E27C21LL, 18446744073709551612UL)))) | (safe_add_func_int64_t_s_s((+(safe_sub_func_int16_t_s_s((g_32 , g_7), (-4L)))), g_53[1]))), 65527UL)), p_11)));
                g_34 = g_66;
                return l_72;
            }
        }
    }
    return &g_73;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_32, "g_32", print_hash_value);
    transparent_crc(g_34, "g_34", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_53[i], "g_53[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_87[i][j], "g_87[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_103, "g_103", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_109[i][j], "g_109[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_111, "g_111", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_113[i], "g_113[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_118, "g_118", print_hash_value);
    transparent_crc(g_143, "g_143", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
