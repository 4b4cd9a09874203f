#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0x90AC204EL;
static int32_t g_6 = 0x90197F0AL;
static uint8_t g_12[4] = {0xAFL,0xAFL,0xAFL,0xAFL};
static int16_t g_19 = 0xE01BL;
static uint8_t g_32 = 248UL;
static uint8_t *g_31 = &g_32;
static int16_t g_34 = 0xB0B5L;
static uint16_t g_39[4] = {65535UL,65535UL,65535UL,65535UL};
static uint8_t **g_53 = &g_31;
static uint16_t g_83 = 0xEC2CL;
static int8_t g_89 = 0xB1L;
static int32_t g_91[1][1] = {{0x9E88CDAFL}};
static int16_t g_93 = 0xA557L;
static uint8_t *g_96[1][1] = {{&g_12[1]}};
static uint8_t **g_95[1][4] = {{(void*)0,(void*)0,(void*)0,(void*)0}};
static int32_t g_122 = 0x0110037BL;
static int32_t *g_126 = &g_122;
static int32_t **g_125 = &g_126;
static int8_t *g_161[3][3] = {{&g_89,&g_89,&g_89},{(void*)0,&g_89,(void*)0},{&g_89,&g_89,&g_89}};
static int8_t **g_160 = &g_161[0][2];
static int8_t g_192 = 0xC8L;
static uint32_t  func_1(void);
static uint8_t * func_20(uint8_t * p_21, int16_t * p_22, uint8_t ** p_23, uint8_t ** p_24);
static uint8_t * func_25(int8_t  p_26, int16_t * p_27, int16_t * p_28, int32_t  p_29);
static uint32_t  func_1(void)
{ 
    int64_t l_17 = (-2L);
    int32_t l_164 = 1L;
    int32_t l_167 = 0xE72653B0L;
    int32_t **l_187 = (void*)0;
    int32_t l_191[2][1];
    uint8_t **l_204[3][3];
    int32_t *l_205[1][2];
    int32_t l_206 = (-8L);
    int16_t l_207 = 0x8302L;
    int64_t l_208 = (-6L);
    int8_t l_209 = 0L;
    int16_t l_210[2];
    int64_t l_211[2][4] = {{0x823D9D43D6F2FD1BLL,(-3L),0x823D9D43D6F2FD1BLL,(-3L)},{0x823D9D43D6F2FD1BLL,(-3L),0x823D9D43D6F2FD1BLL,(-3L)}};
    uint16_t l_212 = 0x2BE0L;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_191[i][j] = 0L;
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
            l_204[i][j] = (void*)0;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_205[i][j] = &g_122;
    }
    for (i = 0; i < 2; i++)
        l_210[i] = 0xE1CFL;
    for (g_2 = (-1); (g_2 <= 13); g_2 = safe_add_func_uint16_t_u_u(g_2, 6))
    { 
        const int64_t l_5[1] = {1L};
        uint8_t *l_30 = &g_12[1];
        int16_t *l_33 = &g_34;
        int16_t *l_92[2];
        int32_t **l_127[4];
        const int32_t **l_143 = (void*)0;
        uint32_t l_158 = 0xB904F0D9L;
        uint8_t l_168 = 0x9DL;
        int i;
        for (i = 0; i < 2; i++)
            l_92[i] = &g_93;
        for (i = 0; i < 4; i++)
            l_127[i] = &g_126;
        if (l_5[0])
            break;
        for (g_6 = 0; (g_6 == (-17)); g_6--)
        { 
            uint8_t *l_11 = (void*)0;
            int32_t l_15[2][4] = {{(-7L),(-7L),(-7L),(-7L)},{(-7L),(-7L),(-7L),(-7L)}};
            uint8_t **l_16 = &l_11;
            int16_t *l_18 = &g_19;
            uint8_t **l_94 = &l_30;
            int32_t *l_121 = &g_122;
            int i, j;
            l_15[0][1] = (safe_div_func_uint8_t_u_u((g_12[1]++), g_2));
            (*l_121) &= (((*l_16) = l_11) != ((((((*l_18) = l_17) , g_12[1]) , (void*)0) != ((*l_94) = func_20(func_25(((((g_31 = l_30) != (void*)0) , g_32) & l_15[0][1]), l_33, l_18, l_15[1][1]), l_92[1], l_94, g_95[0][3]))) , (void*)0));
        }
        for (g_122 = 0; (g_122 > (-6)); g_122 = safe_sub_func_uint8_t_u_u(g_122, 5))
        { 
            uint8_t l_140[4] = {0x73L,0x73L,0x73L,0x73L};
            uint64_t l_141 = 9UL;
            uint16_t *l_142 = (void*)0;
            int32_t *l_144 = &g_6;
            int32_t l_165 = 3L;
            int32_t l_166 = 0x447BDB70L;
            int i;
            (*l_144) ^= ((l_127[3] = g_125) != ((safe_mod_func_uint16_t_u_u((g_39[2] = ((safe_mul_func_int8_t_s_s((safe_div_func_int16_t_s_s(((l_5[0] <= (safe_add_func_int64_t_s_s((((((l_5[0] > ((safe_rshift_func_uint8_t_u_s(((((l_17 > (safe_rshift_func_uint16_t_u_s(((0x677910A9L ^ 0x96EF0398L) ^ l_5[0]), 12))) , 0xD0L) , l_140[0]) , 0xDFL), l_17)) >= g_34)) != 9UL) , l_140[2]) & l_141) > 0x2BF5C28DL), g_39[0]))) || g_91[0][0]), 0x9E8BL)), 0x97L)) > 0x8B0AL)), 0x8F85L)) , l_143));
            if (((((safe_unary_minus_func_int32_t_s((*l_144))) , (safe_mod_func_uint32_t_u_u(g_39[0], ((-1L) | ((*g_31) ^= (0x80L == 5L)))))) | 251UL) ^ (*l_144)))
            { 
                int8_t *l_151 = (void*)0;
                int8_t **l_150 = &l_151;
                int32_t l_159[4] = {0x61EAE6C6L,0x61EAE6C6L,0x61EAE6C6L,0x61EAE6C6L};
                int8_t ***l_162 = (void*)0;
                int8_t ***l_163 = &l_150;
                int32_t **l_185 = &g_126;
                int32_t ***l_186[2];
                uint16_t l_190 = 65532UL;
                int i;
                for (i = 0; i < 2; i++)
                    l_186[i] = &g_125;
                (*l_163) = ((((safe_mul_func_int8_t_s_s(l_17, (((*l_150) = &g_89) == &g_89))) , l_17) <= ((safe_mod_func_int16_t_s_s((safe_mod_func_uint16_t_u_u((((safe_div_func_int16_t_s_s(((4294967295UL && l_158) != (**g_125)), g_2)) && (*g_31)) || l_159[2]), 0x3D43L)), g_39[3])) & (*l_144))) , g_160);
                --l_168;
                g_192 |= ((g_122 > (((g_91[0][0] || (safe_lshift_func_int16_t_s_s(l_167, ((safe_mod_func_uint32_t_u_u((safe_lshift_func_int8_t_s_u((safe_add_func_uint32_t_u_u((safe_rshift_func_int8_t_s_s(((*l_151) = (safe_div_func_uint16_t_u_u((safe_mul_func_int16_t_s_s(((l_187 = l_185) != ((((safe_div_func_int16_t_s_s(((*l_33) &= ((void*)0 != &g_125)), g_19)) && l_190) <= l_191[1][0]) , (void*)0)), g_6)), g_91[0][0]))), l_191[1][0])), (*g_126))), 7)), g_91[0][0])) , (*l_144))))) < 1UL) , 0xBBA856D6AB550786LL)) , (*g_126));
                (*l_144) = (*g_126);
            }
            else
            { 
                uint16_t l_201 = 0x0044L;
                if ((*l_144))
                    break;
                l_164 = (((safe_mul_func_uint8_t_u_u((safe_add_func_uint16_t_u_u(g_6, (*l_144))), ((0x0B98L != (safe_lshift_func_int8_t_s_u(((g_83 ^= (safe_div_func_int64_t_s_s((g_39[2] && g_32), g_32))) == g_6), l_201))) <= 0x7CE1FA24L))) > (*l_144)) > g_91[0][0]);
                return g_122;
            }
            for (g_93 = 0; (g_93 != 0); g_93 = safe_add_func_int32_t_s_s(g_93, 7))
            { 
                (*l_144) &= ((void*)0 == l_204[2][2]);
                return (*l_144);
            }
        }
    }
    l_212--;
    return g_122;
}
static uint8_t * func_20(uint8_t * p_21, int16_t * p_22, uint8_t ** p_23, uint8_t ** p_24)
{ 
    int32_t l_104 = (-1L);
    uint8_t *l_120 = &g_12[1];
    for (g_93 = 0; (g_93 > (-17)); g_93 = safe_sub_func_uint32_t_u_u(g_93, 9))
    { 
        for (g_89 = 0; (g_89 > (-7)); g_89--)
        { 
            return (*p_23);
        }
    }
    for (g_89 = 0; (g_89 >= 13); g_89 = safe_add_func_uint64_t_u_u(g_89, 1))
    { 
        int32_t *l_103[4][4] = {{&g_91[0][0],&g_91[0][0],&g_91[0][0],&g_91[0][0]},{&g_91[0][0],&g_91[0][0],&g_91[0][0],&g_91[0][0]},{&g_91[0][0],&g_91[0][0],&g_91[0][0],&g_91[0][0]},{&g_91[0][0],&g_91[0][0],&g_91[0][0],&g_91[0][0]}};
        int32_t l_105 = 1L;
        uint64_t l_106 = 0xDF6458A24A778B6DLL;
        int i, j;
        l_106++;
        for (g_93 = 0; (g_93 >= (-21)); g_93 = safe_sub_func_uint64_t_u_u(g_93, 9))
        { 
            uint16_t l_111 = 65531UL;
            if (l_111)
                break;
        }
        if ((safe_rshift_func_int8_t_s_u((safe_sub_func_int8_t_s_s((g_6 < 1L), (safe_sub_func_int64_t_s_s(7L, ((&g_89 == &g_89) == l_104))))), 0)))
        { 
            return (*p_23);
        }
        else
        { 
            int32_t **l_118[3][2] = {{&l_103[3][1],&l_103[3][1]},{&l_103[3][1],&l_103[3][1]},{&l_103[3][1],&l_103[3][1]}};
            int32_t *l_119 = &l_104;
            int i, j;
            l_119 = &g_91[0][0];
        }
    }
    return l_120;
}
static uint8_t * func_25(int8_t  p_26, int16_t * p_27, int16_t * p_28, int32_t  p_29)
{ 
    int16_t l_37 = (-8L);
    int32_t l_43 = 1L;
    uint16_t *l_57 = (void*)0;
    uint16_t *l_58 = &g_39[0];
    int32_t *l_80 = &g_6;
    int32_t **l_79 = &l_80;
    uint16_t *l_81 = (void*)0;
    uint16_t *l_82 = &g_83;
    int64_t l_84 = (-1L);
    int16_t l_85 = 0L;
    int32_t l_86 = (-7L);
    const int32_t l_87 = 1L;
    int8_t *l_88 = &g_89;
    int32_t *l_90 = &g_91[0][0];
    for (g_34 = 0; (g_34 <= (-4)); --g_34)
    { 
        uint16_t *l_38 = &g_39[3];
        uint16_t l_45 = 1UL;
        uint32_t l_50 = 0xAD8A0F83L;
        if ((l_37 & ((*l_38) = 0x9C93L)))
        { 
            uint32_t l_40 = 0xB5A26CDEL;
            if (l_40)
                break;
            for (g_32 = 0; (g_32 < 32); g_32++)
            { 
                int32_t *l_44[3][1];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_44[i][j] = &l_43;
                }
                l_45--;
            }
        }
        else
        { 
            int32_t *l_48 = &l_43;
            int32_t *l_49[4];
            int i;
            for (i = 0; i < 4; i++)
                l_49[i] = &l_43;
            --l_50;
        }
    }
    g_53 = &g_31;
    (*l_90) &= ((((4294967287UL != (safe_unary_minus_func_int8_t_s((((*l_88) = (safe_mod_func_uint8_t_u_u(((++(*l_58)) ^ (safe_add_func_int16_t_s_s((safe_mod_func_int32_t_s_s(((((safe_add_func_uint64_t_u_u((((l_86 ^= (((p_29 != (safe_rshift_func_int8_t_s_s((((safe_lshift_func_int8_t_s_u((safe_mod_func_uint8_t_u_u((safe_mod_func_int16_t_s_s((((safe_sub_func_uint8_t_u_u(((((((safe_div_func_int16_t_s_s((((*l_82) = (((((**g_53) || (((*l_79) = &l_43) == (void*)0)) , (**l_79)) , (void*)0) != &g_31)) & g_6), g_34)) != l_43) >= l_43) >= p_29) , 1UL) && g_83), p_29)) & l_84) <= l_37), l_85)), p_29)), 1)) == 0xDA0DE902BA9A64B0LL) < g_34), 1))) > g_12[0]) & 0x3AA7A66BL)) <= l_87) ^ l_37), g_6)) , 0L) > (-8L)) | g_12[1]), 1L)), (*p_27)))), (*g_31)))) > g_12[3])))) >= p_29) == g_34) < g_34);
    return l_88;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_6, "g_6", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_12[i], "g_12[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_19, "g_19", print_hash_value);
    transparent_crc(g_32, "g_32", print_hash_value);
    transparent_crc(g_34, "g_34", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_39[i], "g_39[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_83, "g_83", print_hash_value);
    transparent_crc(g_89, "g_89", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_91[i][j], "g_91[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_93, "g_93", print_hash_value);
    transparent_crc(g_122, "g_122", print_hash_value);
    transparent_crc(g_192, "g_192", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
