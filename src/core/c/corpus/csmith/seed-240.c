#include "csmith.h"
static long __undefined;
static int32_t g_3 = 1L;
static int64_t g_6 = 0xCCCDDD1D8F8F576CLL;
static int32_t g_7 = (-3L);
static uint16_t g_8 = 5UL;
static const int32_t g_23 = (-1L);
static const int32_t *g_24 = (void*)0;
static uint64_t g_36 = 0x718B9628EAF6082FLL;
static int8_t g_53[2] = {4L,4L};
static uint32_t g_70 = 4294967295UL;
static int32_t *g_85 = &g_7;
static int32_t **g_84 = &g_85;
static int32_t ***g_83 = &g_84;
static uint8_t g_89 = 255UL;
static int32_t g_104[4][2] = {{(-5L),0xFE8B8566L},{(-5L),(-5L)},{0xFE8B8566L,(-5L)},{(-5L),0xFE8B8566L}};
static int8_t  func_1(void);
static int8_t  func_13(uint8_t  p_14, uint8_t  p_15);
static uint8_t  func_16(const int32_t * p_17, int32_t * p_18, uint32_t  p_19, int32_t * const  p_20);
static int8_t  func_1(void)
{ 
    uint32_t l_2 = 0x252CB136L;
    int32_t l_5 = 0L;
    int32_t l_128 = (-8L);
    int32_t l_129 = 3L;
    int32_t l_133 = (-7L);
    int32_t l_136 = 0x79C7D366L;
    int32_t l_137[4] = {(-8L),(-8L),(-8L),(-8L)};
    int32_t *l_164 = &l_136;
    int32_t *l_165[4][1] = {{(void*)0},{&g_7},{(void*)0},{&g_7}};
    int32_t l_166[3];
    uint32_t l_167 = 6UL;
    int i, j;
    for (i = 0; i < 3; i++)
        l_166[i] = 4L;
    if ((l_2 == l_2))
    { 
        int32_t *l_4[1][2];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_4[i][j] = &g_3;
        }
        g_8--;
    }
    else
    { 
        int32_t * const l_26 = (void*)0;
        int32_t l_118 = 1L;
        int32_t l_126 = 0xA6A910B1L;
        int32_t l_127 = 0x7607BBC6L;
        int32_t l_131[4][2] = {{0xC5AECEF6L,0L},{0L,0xC5AECEF6L},{0L,0L},{0xC5AECEF6L,0L}};
        uint32_t l_143 = 0x7C081944L;
        int i, j;
        for (g_7 = 0; (g_7 > 21); g_7 = safe_add_func_int8_t_s_s(g_7, 4))
        { 
            const int32_t *l_22[2];
            const int32_t **l_21[4];
            uint32_t *l_25 = &l_2;
            int32_t l_130 = 0xAAB061D9L;
            int32_t l_132 = 0x97BC7E19L;
            int32_t l_134 = 0x0C07BB3EL;
            int32_t l_135 = (-4L);
            int32_t l_139 = 0x7DB9AC06L;
            int32_t l_140 = (-1L);
            int32_t l_141 = 0xB4AE7F92L;
            int32_t l_142[2];
            int32_t l_157 = (-5L);
            int32_t l_158 = 0xCBFF400BL;
            int i;
            for (i = 0; i < 2; i++)
                l_22[i] = &g_23;
            for (i = 0; i < 4; i++)
                l_21[i] = &l_22[1];
            for (i = 0; i < 2; i++)
                l_142[i] = 8L;
        }
    }
    l_167--;
    return g_23;
}
static int8_t  func_13(uint8_t  p_14, uint8_t  p_15)
{ 
    const int32_t *l_77 = (void*)0;
    uint16_t *l_86 = &g_8;
    int64_t *l_87 = &g_6;
    uint8_t *l_88 = &g_89;
    int32_t l_90 = 0L;
    int32_t l_91 = (-1L);
    int32_t *l_92 = &l_91;
    (*l_92) = (((safe_sub_func_uint16_t_u_u((safe_div_func_int8_t_s_s(((l_90 = (((((void*)0 == l_77) | (0L > ((safe_mul_func_uint16_t_u_u((((*l_88) = ((((((*l_87) &= (safe_mul_func_int16_t_s_s((((*l_86) |= (safe_unary_minus_func_uint8_t_u((g_83 == (void*)0)))) >= 0xC69BL), g_7))) , 0xA9L) , p_14) , 0xEAL) ^ 1L)) > g_53[0]), (-1L))) == 1UL))) , g_3) <= 0x57L)) || 4UL), l_91)), 0x39C2L)) , (***g_83)) || l_90);
    return p_14;
}
static uint8_t  func_16(const int32_t * p_17, int32_t * p_18, uint32_t  p_19, int32_t * const  p_20)
{ 
    int32_t *l_27 = &g_3;
    int32_t l_52 = 7L;
    int32_t l_68 = 0xFF4914D8L;
    int32_t l_69 = 0xCCCE42BFL;
    (*l_27) = 0x5261FC42L;
    for (g_6 = 0; (g_6 > 9); ++g_6)
    { 
        int32_t *l_30 = (void*)0;
        int32_t **l_31 = &l_27;
        (*l_31) = l_30;
        for (g_8 = 0; (g_8 > 21); ++g_8)
        { 
            int32_t *l_34 = &g_3;
            int32_t *l_35[4];
            int32_t ***l_41 = &l_31;
            int i;
            for (i = 0; i < 4; i++)
                l_35[i] = &g_3;
            --g_36;
            g_53[0] = ((*l_34) = (((((safe_mul_func_int16_t_s_s((((((*l_41) = &p_18) == (void*)0) >= (65531UL == ((safe_lshift_func_uint16_t_u_s(((safe_div_func_int32_t_s_s(((safe_add_func_int16_t_s_s((((safe_mul_func_uint16_t_u_u(p_19, ((&p_18 != (void*)0) && p_19))) , p_19) != g_36), p_19)) >= g_6), (*g_24))) | (-8L)), 1)) >= (*g_24)))) || 9UL), g_6)) & l_52) , g_8) > g_36) >= g_6));
            if ((*l_34))
                break;
        }
    }
    if ((*g_24))
    { 
        int8_t l_56 = 0x76L;
        int32_t *l_63 = &g_3;
        l_52 = (safe_mul_func_int8_t_s_s(4L, (l_56 | ((safe_add_func_int8_t_s_s(p_19, (safe_lshift_func_int16_t_s_s(g_36, ((safe_div_func_int32_t_s_s(((((*l_63) = l_56) != (*g_24)) , 1L), 0x104E0BBEL)) , p_19))))) <= g_7))));
    }
    else
    { 
        int32_t *l_64 = &l_52;
        int32_t *l_65 = (void*)0;
        int32_t *l_66 = &l_52;
        int32_t *l_67[1][2];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_67[i][j] = &g_3;
        }
        ++g_70;
    }
    return p_19;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_53[i], "g_53[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_70, "g_70", print_hash_value);
    transparent_crc(g_89, "g_89", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_104[i][j], "g_104[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
