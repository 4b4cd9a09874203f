#include "csmith.h"
static long __undefined;
static int32_t g_2[2][4] = {{0x571177E8L,0x571177E8L,0x571177E8L,0x571177E8L},{0x571177E8L,0x571177E8L,0x571177E8L,0x571177E8L}};
static int64_t g_6 = (-2L);
static uint16_t g_17[1] = {0x7968L};
static uint16_t g_19 = 65535UL;
static uint8_t g_41 = 0xC5L;
static uint64_t g_42 = 0x623A55A41183D964LL;
static uint16_t *g_49 = (void*)0;
static int32_t g_52 = 0L;
static int16_t g_59 = 0x77CEL;
static uint32_t g_96 = 0xAECCFC7CL;
static int32_t *g_119[4] = {&g_2[1][2],&g_2[1][2],&g_2[1][2],&g_2[1][2]};
static int8_t g_144 = 0L;
static int16_t *g_170 = (void*)0;
static int16_t **g_169 = &g_170;
static uint8_t g_200 = 0UL;
static int8_t *g_219 = &g_144;
static uint32_t  func_1(void);
static uint16_t * func_20(int16_t  p_21);
static int32_t * func_23(int8_t  p_24, int32_t * p_25, uint8_t  p_26, int32_t * const  p_27, int32_t * p_28);
static uint32_t  func_1(void)
{ 
    int32_t l_5 = (-1L);
    uint16_t *l_16 = &g_17[0];
    uint16_t *l_18 = &g_19;
    int32_t l_73[2];
    int16_t l_74[4][4] = {{3L,3L,0x9EC8L,3L},{3L,0L,0L,3L},{0L,3L,0L,0L},{3L,3L,0x9EC8L,3L}};
    uint32_t l_78[2];
    int64_t l_92 = (-1L);
    uint8_t **l_94 = (void*)0;
    int8_t *l_217 = &g_144;
    int32_t l_225[4] = {0L,0L,0L,0L};
    uint8_t l_258[1][2];
    int i, j;
    for (i = 0; i < 2; i++)
        l_73[i] = 1L;
    for (i = 0; i < 2; i++)
        l_78[i] = 4294967293UL;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_258[i][j] = 0xB9L;
    }
lbl_62:
    for (g_2[1][2] = 0; (g_2[1][2] >= (-4)); g_2[1][2] = safe_sub_func_int8_t_s_s(g_2[1][2], 6))
    { 
        g_6 &= l_5;
    }
    if ((safe_unary_minus_func_uint16_t_u(((((safe_rshift_func_int16_t_s_u(g_2[1][2], ((*l_18) = ((safe_add_func_uint16_t_u_u(((*l_16) = (((safe_rshift_func_int8_t_s_u(0L, 0)) ^ 1UL) | ((l_5 | (l_5 != 0UL)) || l_5))), g_6)) , 1UL)))) >= 0xABL) ^ 0xC37FC054L) || g_19))))
    { 
        int32_t l_53 = (-5L);
        uint8_t *l_63 = &g_41;
        uint8_t **l_64 = (void*)0;
        uint8_t *l_65 = &g_41;
        int32_t *l_66 = &l_53;
        for (g_6 = 0; (g_6 >= 0); g_6 -= 1)
        { 
            uint16_t **l_47 = (void*)0;
            uint16_t **l_48 = (void*)0;
            int32_t *l_50 = &g_2[1][2];
            int32_t *l_51[2][1];
            uint16_t l_54 = 1UL;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_51[i][j] = &g_52;
            }
            l_53 ^= ((*l_50) = (g_17[g_6] >= ((g_49 = func_20(g_17[0])) == &g_17[0])));
            for (g_42 = 0; (g_42 <= 1); g_42 += 1)
            { 
                int i, j;
                g_2[g_42][(g_42 + 1)] = 0x4212CF72L;
                return g_2[g_42][g_42];
            }
            if (l_54)
                continue;
            for (g_41 = 0; (g_41 <= 1); g_41 += 1)
            { 
                int16_t *l_57 = (void*)0;
                int16_t *l_58 = &g_59;
                int i, j;
                g_52 |= ((safe_rshift_func_int16_t_s_u(((*l_58) = g_2[g_41][g_41]), 10)) <= (((((((l_53 , g_19) | (safe_sub_func_uint32_t_u_u(((*l_50) <= g_19), 0x0E64C7C5L))) ^ 0UL) < l_53) > 0x3226L) <= g_17[0]) > (-1L)));
                if (g_52)
                    goto lbl_62;
            }
        }
        (*l_66) |= ((g_17[0] , l_63) == (l_65 = l_63));
    }
    else
    { 
        int32_t *l_67[3][4];
        int64_t *l_68 = &g_6;
        uint64_t *l_136[1][2];
        int16_t ** const *l_173 = &g_169;
        uint32_t l_174 = 8UL;
        uint8_t l_197 = 0xF8L;
        const uint32_t l_207 = 0xB23AD1BBL;
        const int8_t *l_215 = &g_144;
        int8_t *l_216 = &g_144;
        int8_t **l_218[3];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 4; j++)
                l_67[i][j] = &g_2[1][2];
        }
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_136[i][j] = (void*)0;
        }
        for (i = 0; i < 3; i++)
            l_218[i] = (void*)0;
        if (((g_2[1][2] > ((&g_52 == l_67[0][1]) <= ((*l_68) = g_42))) >= 1L))
        { 
            int8_t l_69 = 0x95L;
            int32_t l_75 = 5L;
            int32_t l_76 = 0x8A025827L;
            int32_t l_77 = 1L;
            int32_t **l_82 = &l_67[0][1];
            for (g_41 = 0; (g_41 <= 0); g_41 += 1)
            { 
                uint16_t l_70 = 65531UL;
                l_70++;
                if (g_52)
                    goto lbl_81;
            }
lbl_81:
            --l_78[0];
            (*l_82) = &g_52;
            return l_74[0][1];
        }
        else
        { 
            uint8_t *l_91 = &g_41;
            uint32_t *l_95 = &g_96;
            int32_t l_97[1][4] = {{9L,9L,9L,9L}};
            int32_t l_103 = 0xBC2C7D6AL;
            int i, j;
            if (((safe_add_func_int8_t_s_s((safe_sub_func_uint8_t_u_u(((l_78[0] < (((*l_95) = (((((safe_mul_func_uint8_t_u_u(((*l_91) ^= g_2[1][0]), l_92)) , (-1L)) , (+(((void*)0 == l_94) >= g_17[0]))) < g_52) || 5UL)) > l_97[0][1])) <= 0UL), l_78[0])), 0x01L)) < g_17[0]))
            { 
                int32_t **l_98 = &l_67[1][2];
                int32_t l_99 = 1L;
                int64_t l_100[3];
                int32_t l_101 = 0x0F7197FEL;
                int32_t l_102[3][4] = {{0xA85D1E3AL,0xA85D1E3AL,0xA85D1E3AL,0xA85D1E3AL},{0xA85D1E3AL,0xA85D1E3AL,0xA85D1E3AL,0xA85D1E3AL},{0xA85D1E3AL,0xA85D1E3AL,0xA85D1E3AL,0xA85D1E3AL}};
                uint8_t l_104 = 0xF1L;
                uint64_t *l_108 = (void*)0;
                uint64_t *l_109[4][4] = {{&g_42,&g_42,&g_42,&g_42},{&g_42,&g_42,&g_42,&g_42},{&g_42,&g_42,&g_42,&g_42},{&g_42,&g_42,&g_42,&g_42}};
                int i, j;
                for (i = 0; i < 3; i++)
                    l_100[i] = 8L;
                (*l_98) = &l_97[0][1];
                if (g_41)
                    goto lbl_107;
lbl_107:
                l_104--;
                (**l_98) |= ((l_73[1] = 0x0DA8AEFE3E8DDC73LL) && (-1L));
            }
            else
            { 
                int8_t l_110 = 0x8DL;
                uint32_t l_111[2][3] = {{0x35042E9FL,0xE18D8E2AL,0xE18D8E2AL},{0x35042E9FL,0xE18D8E2AL,0xE18D8E2AL}};
                int32_t **l_114 = &l_67[1][1];
                int32_t l_115 = 0xCC27DDD5L;
                uint16_t l_116 = 0x0018L;
                int i, j;
                l_111[0][1]++;
                (*l_114) = &g_2[0][2];
                l_116--;
                g_119[3] = ((*l_114) = (g_96 , &l_97[0][1]));
            }
        }
        if ((((safe_mod_func_int32_t_s_s((safe_lshift_func_uint16_t_u_u(((((safe_add_func_uint64_t_u_u((g_41 <= g_17[0]), (((safe_lshift_func_int16_t_s_s((l_92 > ((safe_mod_func_int16_t_s_s((((safe_mod_func_uint16_t_u_u(0UL, ((g_42 = (safe_sub_func_int64_t_s_s((safe_mul_func_uint8_t_u_u(g_6, g_2[1][2])), l_73[1]))) , 0xE2F3L))) , 0UL) == g_59), g_41)) , l_73[1])), l_73[1])) < g_19) < 0x9DL))) & g_2[0][1]) > l_74[0][1]) , g_17[0]), 4)), (-1L))) && g_2[1][2]) <= 0x9B6ADA375B8AA76CLL))
        { 
            int32_t *l_137[1][2];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_137[i][j] = (void*)0;
            }
            g_119[0] = l_137[0][0];
        }
        else
        { 
            int32_t l_138 = (-2L);
            int32_t l_139 = 0x67CD4424L;
            int16_t *l_140 = &g_59;
            int8_t *l_143 = &g_144;
            uint32_t *l_156 = &l_78[0];
            uint8_t l_198 = 0xE9L;
            l_139 = (l_138 = (-1L));
            l_73[1] &= (g_41 <= ((*l_140) = (-5L)));
            if ((l_73[1] ^= (g_41 && ((safe_mod_func_int8_t_s_s(((*l_143) ^= (&g_52 != &g_2[0][3])), (safe_lshift_func_uint16_t_u_u(0x78C7L, (((+(safe_div_func_int32_t_s_s((safe_div_func_int64_t_s_s(((safe_rshift_func_uint8_t_u_u(((safe_sub_func_uint16_t_u_u(((*l_16) = (((*l_156)--) >= (((safe_mul_func_int8_t_s_s(((safe_mul_func_uint8_t_u_u(0xC8L, g_41)) , g_59), 0x2BL)) == l_138) && g_2[1][2]))), 0x96D1L)) && g_6), l_138)) > 0xCFL), g_42)), l_92))) <= g_6) < 1L))))) <= g_2[1][1]))))
            { 
                int16_t **l_164 = &l_140;
                int16_t ***l_163 = &l_164;
                (*l_163) = (void*)0;
            }
            else
            { 
                uint32_t l_175 = 0UL;
                int32_t **l_176[4] = {&l_67[0][1],&l_67[0][1],&l_67[0][1],&l_67[0][1]};
                int i;
                l_139 = (safe_mod_func_uint32_t_u_u((((((*l_68) = (safe_div_func_uint32_t_u_u((g_144 | (((g_169 == (((*l_156) ^= ((((((safe_sub_func_int16_t_s_s(l_138, ((((void*)0 != l_173) <= 2UL) && l_174))) < l_138) != g_17[0]) <= l_175) | l_175) >= l_175)) , &g_170)) <= l_73[0]) , 4L)), g_17[0]))) || 18446744073709551615UL) , g_42) | g_41), (-8L)));
                g_119[2] = &g_2[1][2];
            }
            for (g_42 = 0; (g_42 != 25); g_42 = safe_add_func_uint8_t_u_u(g_42, 5))
            { 
                int32_t **l_179[3];
                int16_t l_199[3][1];
                int i, j;
                for (i = 0; i < 3; i++)
                    l_179[i] = &l_67[0][1];
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_199[i][j] = (-2L);
                }
                g_119[3] = (g_144 , &g_52);
                if (l_73[1])
                    break;
                g_200 = (((safe_mul_func_int8_t_s_s(((*l_143) |= (safe_mul_func_uint8_t_u_u(l_139, ((safe_div_func_int32_t_s_s((safe_div_func_int32_t_s_s(((g_19 >= (!(((safe_sub_func_int32_t_s_s((-1L), ((safe_rshift_func_int8_t_s_u((safe_mul_func_int16_t_s_s((g_41 >= l_73[1]), 0xE3D9L)), l_197)) <= l_92))) != 0x37C6B6CEL) >= l_198))) < 6L), 0x914B757BL)), 4294967289UL)) <= l_5)))), l_198)) | l_78[0]) & l_199[0][0]);
                return l_73[1];
            }
        }
        for (l_174 = 22; (l_174 >= 43); l_174 = safe_add_func_int64_t_s_s(l_174, 2))
        { 
            int32_t *l_203 = &g_2[1][3];
            int32_t **l_204 = &l_67[0][0];
            (*l_204) = l_203;
            for (g_6 = (-20); (g_6 > (-13)); g_6 = safe_add_func_int8_t_s_s(g_6, 4))
            { 
                if (l_207)
                    break;
            }
        }
        l_225[3] &= (((safe_lshift_func_int16_t_s_u((safe_sub_func_uint16_t_u_u(g_17[0], ((++(*l_18)) , (((((safe_unary_minus_func_uint16_t_u((l_215 == (g_219 = (l_217 = l_216))))) == (safe_sub_func_uint8_t_u_u((((safe_sub_func_uint32_t_u_u(((+0xC0EFL) , (g_2[1][2] | 0x82L)), g_200)) , 0xA3L) && 0xD3L), 0x10L))) > 1UL) <= g_200) ^ 0x5418C01CL)))), l_92)) > l_74[2][3]) != l_73[0]);
    }
    for (l_5 = 0; (l_5 >= 0); l_5 -= 1)
    { 
        uint64_t l_228 = 0UL;
        uint64_t *l_231 = &g_42;
        int32_t l_232 = (-3L);
        uint32_t *l_255 = (void*)0;
        uint32_t *l_256 = &l_78[1];
        int32_t *l_257 = &l_225[3];
        l_232 &= ((*g_219) , (((*l_231) = ((safe_mod_func_uint32_t_u_u((l_228 >= ((((safe_lshift_func_uint8_t_u_s(((l_228 == (l_228 <= (4294967289UL >= 0x03DD29CAL))) >= 4294967295UL), (*g_219))) != g_144) != 0x1450234CL) >= l_5)), 0xC22DAAB4L)) && l_74[0][1])) <= 0x70DCDAA2D29FB021LL));
        (*l_257) = ((safe_mul_func_uint8_t_u_u((+(g_6 & l_232)), (((*l_256) = (((((l_5 || ((safe_mod_func_int64_t_s_s((safe_add_func_uint64_t_u_u(g_19, ((+(safe_add_func_uint8_t_u_u(((((safe_sub_func_uint64_t_u_u(((safe_lshift_func_int16_t_s_u((safe_lshift_func_uint8_t_u_s((((((safe_add_func_int16_t_s_s((!(safe_sub_func_uint32_t_u_u((~(0x1857L && l_228)), g_19))), 6UL)) , (*g_219)) & 255UL) , (*g_219)) & 1UL), l_228)), 2)) , g_2[1][2]), g_200)) || l_225[3]) >= 0x2900L) > 0UL), 255UL))) | l_228))), 0x40358BF67FCAB513LL)) < 0x85L)) , 0x3C45L) >= (-6L)) > 6UL) > (*g_219))) > l_232))) > l_232);
        if (l_258[0][0])
            continue;
        (*l_257) = 6L;
        for (l_232 = 0; (l_232 <= 0); l_232 += 1)
        { 
            int32_t l_261 = 0xE9ED231CL;
            int i, j;
            if (l_74[(l_5 + 2)][(l_5 + 1)])
            { 
                uint16_t **l_259[2][1];
                int16_t *l_260 = &l_74[3][1];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_259[i][j] = &l_16;
                }
                l_225[3] = (4L < ((*l_260) = ((g_49 = func_20(((0x24350DF6L | l_74[(l_5 + 3)][(l_5 + 1)]) == g_6))) == &g_19)));
                if ((*l_257))
                    continue;
            }
            else
            { 
                l_261 ^= (*l_257);
                if ((*l_257))
                    continue;
                return g_59;
            }
        }
    }
    return g_17[0];
}
static uint16_t * func_20(int16_t  p_21)
{ 
    uint32_t l_22 = 0xEAA3E8F0L;
    int32_t *l_29 = &g_2[1][2];
    int32_t * const l_32 = (void*)0;
    int32_t **l_45 = (void*)0;
    int32_t **l_46 = &l_29;
    l_22 = 0x30054750L;
    (*l_46) = func_23(g_2[1][2], l_29, (safe_add_func_uint8_t_u_u((&g_2[1][2] == ((((((p_21 ^ (((g_17[0] | g_19) , g_17[0]) >= p_21)) || g_2[1][2]) != p_21) , p_21) > 0x07ADL) , (void*)0)), 0x23L)), l_32, &g_2[1][2]);
    return &g_17[0];
}
static int32_t * func_23(int8_t  p_24, int32_t * p_25, uint8_t  p_26, int32_t * const  p_27, int32_t * p_28)
{ 
    uint32_t l_35 = 0x4902820AL;
    int32_t *l_36 = &g_2[0][3];
    uint16_t *l_39 = &g_17[0];
    uint8_t *l_40 = &g_41;
    int32_t **l_43 = (void*)0;
    int32_t **l_44 = &l_36;
    (*p_25) = (*p_25);
    g_42 |= (((*l_40) |= (g_2[1][2] <= (safe_mul_func_uint16_t_u_u((l_35 < ((((l_36 != (void*)0) , (((safe_rshift_func_uint16_t_u_u((l_39 == (void*)0), 4)) != 0xA65DL) == (*l_36))) && g_2[1][1]) , (*l_36))), 0x2129L)))) == 0L);
    (*l_44) = l_36;
    return p_28;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_2[i][j], "g_2[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_6, "g_6", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_17[i], "g_17[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_19, "g_19", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_59, "g_59", print_hash_value);
    transparent_crc(g_96, "g_96", print_hash_value);
    transparent_crc(g_144, "g_144", print_hash_value);
    transparent_crc(g_200, "g_200", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
