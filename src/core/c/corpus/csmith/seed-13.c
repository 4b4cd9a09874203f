#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0xFE0A8EACL;
static int64_t g_14 = 0x947597A61EEFB6F6LL;
static uint16_t g_16 = 0xE864L;
static int16_t g_26 = 0x8451L;
static int32_t g_30 = 0x88D514FAL;
static const int32_t g_32 = 0L;
static uint16_t g_40 = 0UL;
static int32_t g_46[1] = {0x0CD1AD70L};
static uint64_t g_83 = 0UL;
static uint16_t *g_98 = &g_40;
static uint16_t * const *g_97 = &g_98;
static uint8_t g_122[2][3] = {{0x00L,0x00L,0x00L},{0xD7L,0xD7L,0xD7L}};
static uint8_t g_169 = 3UL;
static uint32_t g_175 = 0x4A2B7FD2L;
static uint64_t g_192 = 0UL;
static int16_t g_217 = 0x88EDL;
static uint32_t  func_1(void);
static const int32_t * func_5(uint32_t  p_6, const int32_t * p_7, int32_t * p_8, int32_t * p_9);
static int32_t * func_10(const int32_t * p_11);
static uint32_t  func_1(void)
{ 
    uint64_t l_182 = 0x2C4725C5B7124CF9LL;
    uint16_t *l_183[4];
    uint8_t *l_184 = &g_122[0][1];
    int8_t l_185[3];
    int32_t *l_186[2][3];
    uint16_t l_187 = 65530UL;
    uint16_t **l_189 = &l_183[0];
    uint16_t ***l_188 = &l_189;
    int64_t l_190 = (-8L);
    int32_t l_191 = (-1L);
    int i, j;
    for (i = 0; i < 4; i++)
        l_183[i] = &g_16;
    for (i = 0; i < 3; i++)
        l_185[i] = 0x93L;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
            l_186[i][j] = &g_46[0];
    }
    for (g_2 = 1; (g_2 != (-5)); g_2--)
    { 
        const int32_t *l_31 = &g_32;
        int32_t *l_33 = &g_2;
        const int32_t **l_176 = &l_31;
        (*l_176) = func_5(g_2, (l_31 = func_10(&g_2)), &g_2, l_33);
    }
    l_187 |= (safe_unary_minus_func_int32_t_s(((safe_sub_func_int8_t_s_s(((safe_mul_func_int8_t_s_s((((((((((l_182 && (*g_98)) | ((void*)0 != l_183[0])) <= 0UL) & (**g_97)) , (**g_97)) , 0xC7BAL) , l_184) != (void*)0) <= l_185[2]), g_175)) & l_185[2]), 0x8FL)) & 5UL)));
    l_191 ^= ((l_188 != &g_97) >= l_190);
    for (g_175 = 0; (g_175 <= 1); g_175 += 1)
    { 
        int16_t l_218 = 0xE0BAL;
        int32_t l_221 = 0L;
        if (g_40)
            break;
        for (g_16 = 0; (g_16 <= 1); g_16 += 1)
        { 
            int32_t *l_219 = &g_46[0];
            int i, j;
            if (g_122[g_16][(g_16 + 1)])
            { 
                uint64_t *l_201 = (void*)0;
                uint64_t *l_202 = &g_192;
                int i, j;
                ++g_192;
                g_30 = ((g_122[g_175][g_16] & g_46[0]) <= (0x0FD24D6FL >= ((((*l_202) = (safe_lshift_func_int8_t_s_s((safe_lshift_func_int8_t_s_u(g_122[1][1], ((safe_div_func_uint32_t_u_u(0x841971EBL, g_14)) & 0x7CA0C704A2BC286ELL))), g_169))) <= g_122[g_175][g_16]) , (-1L))));
            }
            else
            { 
                uint32_t l_205 = 0UL;
                int16_t *l_216 = &g_217;
                int32_t **l_220 = &l_186[0][1];
                (*l_220) = (((((safe_lshift_func_uint16_t_u_u(l_205, ((**g_97) = (safe_div_func_uint32_t_u_u((safe_lshift_func_int16_t_s_s((g_122[0][1] , ((*l_216) |= (safe_sub_func_int32_t_s_s((0xD6C7L & (safe_lshift_func_int16_t_s_s(g_122[g_16][(g_16 + 1)], 8))), (safe_lshift_func_uint8_t_u_s(((((g_83 , g_26) || 0x315EL) ^ 5L) > l_205), g_122[0][1])))))), 2)), l_218))))) <= (-10L)) < l_205) == g_122[0][2]) , l_219);
            }
            for (g_169 = 0; (g_169 <= 3); g_169 += 1)
            { 
                int i, j;
                if (g_122[g_16][g_175])
                    break;
                (*l_219) = g_83;
            }
            l_221 ^= ((*l_219) = (g_30 || 4L));
        }
    }
    return g_46[0];
}
static const int32_t * func_5(uint32_t  p_6, const int32_t * p_7, int32_t * p_8, int32_t * p_9)
{ 
    uint16_t *l_39[2][2];
    int32_t l_41 = 1L;
    int32_t l_44 = 0x0E56979FL;
    int32_t *l_45[1];
    const int64_t *l_49 = &g_14;
    int64_t *l_50 = &g_14;
    int64_t l_58[4][2] = {{0xA65D264A48C55279LL,0xA65D264A48C55279LL},{0xA65D264A48C55279LL,0xA65D264A48C55279LL},{0xA65D264A48C55279LL,0xA65D264A48C55279LL},{0xA65D264A48C55279LL,0xA65D264A48C55279LL}};
    uint16_t **l_100 = &l_39[1][1];
    uint16_t ***l_101 = &l_100;
    uint16_t ***l_103 = (void*)0;
    uint16_t ****l_102 = &l_103;
    const uint32_t l_148[4] = {1UL,1UL,1UL,1UL};
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_39[i][j] = &g_40;
    }
    for (i = 0; i < 1; i++)
        l_45[i] = &g_46[0];
    g_46[0] ^= ((p_6 && ((safe_mul_func_uint8_t_u_u(g_16, ((*p_8) && (g_30 = (safe_mul_func_int16_t_s_s((((((~(l_41 = p_6)) , (safe_rshift_func_int16_t_s_u(((((g_16 <= g_32) || g_16) & l_41) && g_14), g_40))) < g_14) < p_6) & p_6), l_44)))))) > g_32)) , g_16);
    if ((g_46[0] |= (safe_lshift_func_uint16_t_u_u((g_16 |= ((p_6 , p_6) | (l_49 != l_50))), (safe_mul_func_int16_t_s_s(((0x4AA3E851L ^ g_30) > 0xD80AL), g_40))))))
    { 
        uint64_t l_53[4];
        uint16_t *l_65 = &g_16;
        int32_t l_71 = (-1L);
        int32_t l_90 = 2L;
        int32_t l_91 = 0xF541361EL;
        int32_t l_92 = 1L;
        int32_t l_93 = 0xE0CC22E4L;
        uint16_t l_94 = 0xC639L;
        int i;
        for (i = 0; i < 4; i++)
            l_53[i] = 0xFFAD6770D28CDD50LL;
        l_53[2]--;
        for (l_41 = 0; (l_41 != 12); l_41++)
        { 
            l_58[0][0] ^= 0xA8971511L;
            if ((*p_9))
                continue;
        }
        for (l_41 = 0; (l_41 == 9); l_41 = safe_add_func_uint64_t_u_u(l_41, 5))
        { 
            int16_t l_68 = 0xED2BL;
            uint16_t l_69 = 0x487EL;
            int16_t *l_70 = &g_26;
            int32_t l_86 = 3L;
            int32_t l_87 = 0x3C9755A1L;
            int32_t l_88 = 0xB7D616ECL;
            int32_t l_89[2];
            uint16_t * const **l_99 = &g_97;
            int i;
            for (i = 0; i < 2; i++)
                l_89[i] = 0xCA77B681L;
            if ((l_71 = (safe_div_func_int16_t_s_s((p_6 , ((*l_70) = ((safe_sub_func_uint64_t_u_u(g_14, (((((l_65 != (void*)0) ^ ((((((((((*l_65)--) , p_6) <= 0x3603L) <= g_26) | l_68) , l_69) , g_30) & 0x34CDL) || p_6)) >= g_46[0]) == l_69) , l_53[0]))) || (*p_9)))), g_30))))
            { 
                if ((*p_7))
                    break;
                g_83 |= (((safe_add_func_int16_t_s_s((safe_sub_func_uint64_t_u_u((safe_sub_func_int32_t_s_s((g_40 == g_46[0]), (~(safe_mod_func_uint64_t_u_u((0x48BA36EDL | (safe_rshift_func_int16_t_s_u(g_14, 5))), (((l_65 != l_39[1][1]) < p_6) | g_30)))))), 0x24A3AAF95405D214LL)), 0x1A55L)) , p_6) || p_6);
            }
            else
            { 
                g_30 |= (g_46[0] = (safe_sub_func_int32_t_s_s((((*p_8) || (*p_9)) == g_40), ((-8L) > p_6))));
                l_71 = l_53[2];
                if (g_32)
                    break;
                if (g_46[0])
                    continue;
            }
            l_94--;
            (*l_99) = g_97;
            if (l_92)
                continue;
        }
    }
    else
    { 
        for (g_26 = 1; (g_26 >= 0); g_26 -= 1)
        { 
            return p_9;
        }
    }
    g_30 = (l_100 != (void*)0);
    if (((((l_101 = l_101) != ((*l_102) = (void*)0)) > g_32) > (safe_sub_func_uint32_t_u_u((&l_100 != &g_97), 0xBC39A618L))))
    { 
        uint64_t l_113 = 0xB6D64A7F71B9F05FLL;
        for (l_41 = (-5); (l_41 == (-20)); l_41 = safe_sub_func_uint8_t_u_u(l_41, 8))
        { 
            int32_t **l_108 = &l_45[0];
            uint8_t *l_121 = &g_122[0][1];
            const uint32_t l_128[1][4] = {{0x5A330EBAL,0x5A330EBAL,0x5A330EBAL,0x5A330EBAL}};
            int32_t l_131[3][1];
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_131[i][j] = 0xFC082C06L;
            }
            (*l_108) = &g_30;
            if ((*p_8))
                break;
            (**l_108) = ((safe_mul_func_uint16_t_u_u((safe_mod_func_int8_t_s_s((l_113 , (0x126CEC4CL > (safe_mul_func_uint8_t_u_u(((+((safe_sub_func_uint16_t_u_u(((void*)0 == &g_97), ((safe_rshift_func_uint8_t_u_u(((*l_121)--), ((((safe_div_func_int16_t_s_s((((*l_50) = (~(((void*)0 == &g_98) , 0x33BAL))) < (-1L)), l_128[0][0])) , (void*)0) == &l_41) , p_6))) != 0x2435984A90053317LL))) , 0x04166F29L)) <= 1UL), g_46[0])))), p_6)), 9L)) , (**l_108));
            for (g_26 = 26; (g_26 > 22); g_26 = safe_sub_func_int8_t_s_s(g_26, 3))
            { 
                uint32_t l_132 = 0x77F500FDL;
                int32_t *l_135[4][1] = {{&g_46[0]},{&l_44},{&g_46[0]},{&l_44}};
                uint16_t l_136[3];
                int i, j;
                for (i = 0; i < 3; i++)
                    l_136[i] = 0x705BL;
                l_132++;
                l_135[3][0] = &g_46[0];
                if ((*p_9))
                    continue;
                l_131[1][0] = ((**l_108) |= l_136[0]);
            }
        }
    }
    else
    { 
        int32_t l_139 = 0x2AE17087L;
        int64_t *l_143[4] = {&l_58[0][0],&l_58[0][0],&l_58[0][0],&l_58[0][0]};
        int16_t *l_149[2];
        int32_t l_162 = 4L;
        int32_t l_163 = 0xF445C6D8L;
        int32_t l_164 = 1L;
        int32_t l_165 = 1L;
        int32_t l_166 = 0x5C6EA247L;
        int32_t l_167 = 6L;
        int32_t l_168[2][2];
        uint32_t *l_174 = &g_175;
        int i, j;
        for (i = 0; i < 2; i++)
            l_149[i] = &g_26;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 2; j++)
                l_168[i][j] = (-7L);
        }
        if ((((safe_mul_func_int16_t_s_s((g_26 = (l_139 , (((((safe_add_func_int32_t_s_s((~((void*)0 == l_143[2])), (+((safe_lshift_func_uint8_t_u_s((!1UL), 0)) , (g_122[0][1] , 4294967288UL))))) > g_2) == p_6) <= p_6) >= l_148[2]))), p_6)) || 0xBFL) == g_32))
        { 
            for (g_14 = 0; (g_14 != 20); g_14 = safe_add_func_int8_t_s_s(g_14, 2))
            { 
                return p_9;
            }
            return &g_30;
        }
        else
        { 
            uint64_t l_154 = 18446744073709551611UL;
            int32_t **l_159 = &l_45[0];
            for (g_83 = 9; (g_83 > 17); g_83++)
            { 
                l_154++;
            }
            for (g_26 = 0; (g_26 < (-17)); g_26 = safe_sub_func_int16_t_s_s(g_26, 6))
            { 
                if ((*p_7))
                    break;
            }
            (*l_159) = func_10(p_8);
            for (g_16 = 0; (g_16 > 25); g_16 = safe_add_func_uint8_t_u_u(g_16, 6))
            { 
                if (g_122[0][1])
                    break;
                return p_7;
            }
        }
        ++g_169;
        g_30 |= 0x99347C11L;
        l_163 |= ((((0xC6L | (((*l_50) = p_6) && (((*l_174) = ((safe_rshift_func_int8_t_s_u((&g_46[0] == &g_46[0]), g_122[0][1])) , 0x6469023DL)) != g_32))) > l_168[0][0]) , &g_169) != (void*)0);
    }
    return &g_2;
}
static int32_t * func_10(const int32_t * p_11)
{ 
    uint16_t *l_15 = &g_16;
    int64_t *l_22[4][3] = {{&g_14,(void*)0,&g_14},{&g_14,&g_14,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&g_14}};
    uint64_t l_23 = 18446744073709551614UL;
    int16_t *l_24 = (void*)0;
    int16_t *l_25 = &g_26;
    int32_t l_27 = 6L;
    const int32_t l_28 = (-2L);
    int32_t *l_29 = &g_30;
    int i, j;
    (*l_29) |= (((safe_div_func_int64_t_s_s((l_27 = ((--(*l_15)) | ((((((!(safe_lshift_func_uint16_t_u_s(((l_23 = 7L) && (((*l_25) = ((*p_11) , (l_23 == 65526UL))) | 1UL)), l_27))) , l_24) == l_24) & g_14) < 0xD9A5L) < l_27))), l_28)) , g_16) , (*p_11));
    return &g_2;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_14, "g_14", print_hash_value);
    transparent_crc(g_16, "g_16", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_32, "g_32", print_hash_value);
    transparent_crc(g_40, "g_40", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_46[i], "g_46[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_83, "g_83", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_122[i][j], "g_122[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_169, "g_169", print_hash_value);
    transparent_crc(g_175, "g_175", print_hash_value);
    transparent_crc(g_192, "g_192", print_hash_value);
    transparent_crc(g_217, "g_217", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
