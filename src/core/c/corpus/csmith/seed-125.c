#include "csmith.h"
static long __undefined;
static int32_t g_4 = 0x5286E871L;
static int32_t g_15 = 0x42B9193CL;
static int16_t g_22 = 0L;
static uint64_t g_27 = 0x644184EB300A9E1ALL;
static uint16_t g_30 = 1UL;
static int16_t g_34 = (-7L);
static int8_t g_35 = (-1L);
static int64_t g_45 = 0x111C1B015869B92BLL;
static int64_t g_47[3] = {0xDE151060F33E235BLL,0xDE151060F33E235BLL,0xDE151060F33E235BLL};
static uint32_t g_59[4] = {0x7E0E8BB0L,0x7E0E8BB0L,0x7E0E8BB0L,0x7E0E8BB0L};
static uint8_t g_63 = 0x03L;
static int32_t g_71 = 0xF6E8DA2FL;
static uint16_t g_72 = 65533UL;
static uint16_t g_75 = 65535UL;
static int8_t g_91 = 7L;
static int32_t *g_117 = &g_15;
static int32_t **g_116[1] = {&g_117};
static uint8_t g_193 = 246UL;
static int32_t g_194 = 0xC7098EABL;
static int64_t *g_207 = &g_47[0];
static int16_t g_253 = 0xCB08L;
static int16_t *g_258 = &g_34;
static uint32_t  func_1(void);
static int32_t  func_5(int32_t * p_6);
static int32_t * func_7(int32_t * p_8);
static uint32_t  func_1(void)
{ 
    int16_t l_2 = 4L;
    uint16_t l_153 = 65535UL;
    int32_t l_172 = 1L;
    int8_t l_174 = (-1L);
    int32_t l_175[3];
    uint64_t l_176 = 0xF4ECE1DE7CC35247LL;
    uint32_t l_244 = 0xC27BCC0BL;
    uint16_t *l_278 = &g_75;
    uint16_t l_285 = 0x9193L;
    int32_t l_296[1][3];
    uint8_t l_345 = 0x18L;
    int i, j;
    for (i = 0; i < 3; i++)
        l_175[i] = 0x943305E4L;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_296[i][j] = 0L;
    }
    return g_91;
}
static int32_t  func_5(int32_t * p_6)
{ 
    uint8_t l_109[1];
    int32_t *l_122 = &g_4;
    int32_t l_133 = 0L;
    int32_t l_134 = 6L;
    int32_t l_135 = 2L;
    int32_t l_136 = (-1L);
    int32_t l_137 = 0xD72E9D2DL;
    int32_t l_138 = 1L;
    int32_t l_139 = 0x2118C4A8L;
    int32_t l_140[2][1];
    int32_t l_142 = (-2L);
    int i, j;
    for (i = 0; i < 1; i++)
        l_109[i] = 0x9EL;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_140[i][j] = 0xBE11BCF4L;
    }
    for (g_75 = (-14); (g_75 == 48); g_75 = safe_add_func_int8_t_s_s(g_75, 5))
    { 
        uint64_t l_99[3][2] = {{0x1AEE78B5E36A62F8LL,0x1AEE78B5E36A62F8LL},{0x1AEE78B5E36A62F8LL,0x1AEE78B5E36A62F8LL},{0x1AEE78B5E36A62F8LL,0x1AEE78B5E36A62F8LL}};
        const uint32_t l_119 = 0xB28269CFL;
        int32_t *l_121[1][1];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_121[i][j] = &g_4;
        }
        for (g_91 = 3; (g_91 >= 0); g_91 -= 1)
        { 
            uint16_t l_118 = 5UL;
            for (g_71 = 3; (g_71 >= 0); g_71 -= 1)
            { 
                int32_t *l_98 = &g_4;
                int32_t **l_97 = &l_98;
                int16_t *l_108[1];
                uint8_t *l_120 = (void*)0;
                int i;
                for (i = 0; i < 1; i++)
                    l_108[i] = &g_22;
                (*l_97) = &g_4;
                (*g_117) |= ((l_99[0][1] ^ ((safe_lshift_func_int8_t_s_u((safe_sub_func_int64_t_s_s(((l_109[0] &= ((*l_98) &= (safe_rshift_func_uint8_t_u_s((safe_rshift_func_int16_t_s_u(g_71, 2)), 6)))) == ((safe_lshift_func_uint8_t_u_u((g_63 = ((safe_sub_func_int16_t_s_s((safe_add_func_uint8_t_u_u((((((g_91 | (g_116[0] != (void*)0)) | g_75) , 0x6DC2EE892D9D7C28LL) & l_118) , l_119), l_119)), l_118)) || l_118)), g_72)) , l_118)), 0x6F4719CE8E1B6261LL)), 3)) , 0x3012L)) ^ g_34);
            }
            (*g_117) = (*g_117);
        }
        l_122 = l_121[0][0];
    }
    for (g_71 = 0; (g_71 != 14); g_71 = safe_add_func_uint64_t_u_u(g_71, 7))
    { 
        int32_t *l_126 = &g_15;
        int32_t l_132[2][1];
        uint8_t l_143 = 255UL;
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_132[i][j] = 0x50BD7AEAL;
        }
        for (g_30 = 0; (g_30 <= 0); g_30 += 1)
        { 
            int32_t *l_125 = &g_15;
            for (g_63 = 0; (g_63 <= 3); g_63 += 1)
            { 
                int i;
                l_126 = (p_6 = l_125);
                if ((*p_6))
                    break;
            }
        }
        for (g_91 = (-2); (g_91 <= (-9)); g_91 = safe_sub_func_uint8_t_u_u(g_91, 6))
        { 
            int16_t *l_129 = &g_34;
            int32_t l_130 = 1L;
            int32_t *l_131[3][4] = {{&l_130,&l_130,&l_130,&l_130},{&l_130,&l_130,&l_130,&l_130},{&l_130,&l_130,&l_130,&l_130}};
            int32_t l_141 = 0xCECE18ABL;
            int i, j;
            if ((*p_6))
                break;
            (*g_117) = ((((*l_129) ^= g_72) < 65533UL) >= (*p_6));
            l_143++;
        }
        (*p_6) = (*g_117);
        for (l_134 = 25; (l_134 < (-15)); --l_134)
        { 
            return (*p_6);
        }
    }
    (*p_6) = 1L;
    return (*p_6);
}
static int32_t * func_7(int32_t * p_8)
{ 
    int32_t *l_11 = &g_4;
    int32_t *l_12 = &g_4;
    int32_t l_13[3];
    int32_t *l_14[4][2];
    uint8_t l_16 = 9UL;
    uint32_t l_25 = 5UL;
    uint64_t *l_26[3][2] = {{&g_27,&g_27},{&g_27,&g_27},{&g_27,&g_27}};
    uint16_t *l_28 = (void*)0;
    uint16_t *l_29 = &g_30;
    int16_t l_49 = 0xBF84L;
    uint8_t l_92 = 0xE1L;
    int i, j;
    for (i = 0; i < 3; i++)
        l_13[i] = 0x5751CFD1L;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
            l_14[i][j] = &l_13[0];
    }
    (*p_8) = (safe_rshift_func_uint8_t_u_u(0x79L, 4));
    --l_16;
    if (((!((g_22 = 7UL) < (((*l_29) = ((((*l_12) , (*l_11)) >= g_4) > (g_27 ^= (((safe_sub_func_int64_t_s_s((((0xB2F6L | (*l_12)) , l_25) | g_15), 0x17CD9532955F1BB1LL)) < g_15) & g_4)))) < g_4))) & g_15))
    { 
        int32_t l_33 = (-9L);
        int32_t l_37 = 0L;
        int32_t l_38[3][2];
        uint16_t l_39[1];
        int8_t l_60 = 0x53L;
        int8_t l_62 = (-1L);
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 2; j++)
                l_38[i][j] = 7L;
        }
        for (i = 0; i < 1; i++)
            l_39[i] = 65528UL;
        for (g_4 = (-2); (g_4 > 9); g_4 = safe_add_func_uint8_t_u_u(g_4, 1))
        { 
            int8_t l_36[3][3];
            uint32_t *l_58[1];
            int64_t *l_61 = &g_45;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 3; j++)
                    l_36[i][j] = (-3L);
            }
            for (i = 0; i < 1; i++)
                l_58[i] = &g_59[2];
            --l_39[0];
            for (g_15 = 0; (g_15 != 14); g_15 = safe_add_func_uint16_t_u_u(g_15, 7))
            { 
                int64_t *l_44 = &g_45;
                int64_t *l_46 = &g_47[0];
                int32_t l_48 = 0x2F548F9FL;
                l_48 &= (g_30 ^ (((0xB2EF5EAD4A2B52F1LL & ((*l_44) = ((-10L) < 9UL))) < ((*l_46) = 0x60D90C37C508211ALL)) <= 0L));
                if (g_34)
                    break;
                l_37 = ((-6L) | g_35);
            }
            if ((l_49 , (safe_sub_func_int8_t_s_s((safe_lshift_func_uint8_t_u_u(0xA5L, 2)), ((((safe_add_func_int64_t_s_s(((safe_div_func_int64_t_s_s(((*l_61) |= (((l_38[0][0] = (*p_8)) , (((g_34 ^ (l_60 &= g_47[0])) ^ 0x753CA6AFE108D8C4LL) > (*l_12))) == 1L)), g_15)) | l_62), (*l_12))) || 0xD206L) > (*p_8)) | l_36[2][0])))))
            { 
                p_8 = &g_4;
            }
            else
            { 
                return l_58[0];
            }
            ++g_63;
        }
        for (g_22 = (-13); (g_22 <= 7); g_22 = safe_add_func_uint16_t_u_u(g_22, 4))
        { 
            int32_t l_68 = 1L;
            int32_t l_69 = (-1L);
            int32_t l_70[4] = {0x7287D282L,0x7287D282L,0x7287D282L,0x7287D282L};
            int i;
            for (g_35 = 1; (g_35 >= 0); g_35 -= 1)
            { 
                int i;
                if (g_59[g_35])
                    break;
            }
            --g_72;
            return p_8;
        }
        g_75++;
        for (l_37 = 6; (l_37 < 22); l_37++)
        { 
            int32_t **l_80 = &l_14[2][0];
            (*l_80) = &g_15;
        }
    }
    else
    { 
        int8_t l_83 = 1L;
        int32_t l_84 = 0xE1C57157L;
        int32_t l_85 = 0x57241B9AL;
        int32_t **l_90 = &l_12;
        for (g_22 = 0; (g_22 < (-16)); g_22 = safe_sub_func_uint64_t_u_u(g_22, 8))
        { 
            int8_t l_86 = 0L;
            if (g_34)
            { 
                return p_8;
            }
            else
            { 
                uint8_t l_87 = 255UL;
                ++l_87;
            }
        }
        (*l_90) = &g_4;
    }
    --l_92;
    return p_8;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_15, "g_15", print_hash_value);
    transparent_crc(g_22, "g_22", print_hash_value);
    transparent_crc(g_27, "g_27", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_34, "g_34", print_hash_value);
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_47[i], "g_47[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_59[i], "g_59[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_71, "g_71", print_hash_value);
    transparent_crc(g_72, "g_72", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    transparent_crc(g_91, "g_91", print_hash_value);
    transparent_crc(g_193, "g_193", print_hash_value);
    transparent_crc(g_194, "g_194", print_hash_value);
    transparent_crc(g_253, "g_253", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
