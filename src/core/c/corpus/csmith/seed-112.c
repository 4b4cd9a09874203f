#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0x2C03342EL;
static int32_t g_5 = (-1L);
static int32_t g_8 = 0L;
static int32_t g_29 = 0L;
static uint32_t g_35 = 18446744073709551608UL;
static uint8_t g_37[1][4] = {{0x1EL,0x1EL,0x1EL,0x1EL}};
static uint16_t g_43[4][2] = {{2UL,2UL},{2UL,2UL},{2UL,2UL},{2UL,2UL}};
static int8_t g_50[1] = {0L};
static int64_t g_66 = 0xAB8BF51449BABE4ALL;
static int32_t g_72 = 1L;
static uint64_t g_90 = 0xDDECA68EB2A14D58LL;
static int32_t g_91 = 0xBD99A0A0L;
static uint8_t *g_105[4][1] = {{&g_37[0][1]},{&g_37[0][1]},{&g_37[0][1]},{&g_37[0][1]}};
static int32_t *g_118[1][2] = {{&g_29,&g_29}};
static uint8_t * const *g_150[2] = {(void*)0,(void*)0};
static uint32_t g_175 = 4294967295UL;
static int32_t **g_207[1][3] = {{&g_118[0][1],&g_118[0][1],&g_118[0][1]}};
static uint16_t g_228 = 65527UL;
static uint32_t g_243[3] = {18446744073709551614UL,18446744073709551614UL,18446744073709551614UL};
static uint16_t  func_1(void);
static int32_t * func_13(uint16_t  p_14, int8_t  p_15, int32_t * const  p_16, int32_t  p_17);
static uint8_t  func_20(const int64_t  p_21, int32_t * p_22);
static uint16_t  func_1(void)
{ 
    uint64_t l_12 = 0x5165352F76EC7516LL;
    int32_t l_26 = (-1L);
    int32_t **l_249 = &g_118[0][1];
    for (g_2 = (-29); (g_2 <= 14); g_2 = safe_add_func_uint64_t_u_u(g_2, 1))
    { 
        int8_t l_31 = 0L;
        uint8_t l_219 = 0xC9L;
        int32_t * const l_247 = &g_72;
        for (g_5 = 11; (g_5 < 2); --g_5)
        { 
            int32_t *l_28 = &g_29;
            int32_t *l_30 = &g_2;
            int64_t l_33 = 0x35A7AB5BF7C295A5LL;
            int32_t *l_220 = &g_29;
            uint64_t *l_225 = &l_12;
            for (g_8 = 0; (g_8 == 13); g_8 = safe_add_func_uint32_t_u_u(g_8, 8))
            { 
                uint32_t l_11[2];
                uint32_t *l_25[1];
                int32_t **l_27 = (void*)0;
                int32_t **l_218 = &l_28;
                int i;
                for (i = 0; i < 2; i++)
                    l_11[i] = 0x65E08CCCL;
                for (i = 0; i < 1; i++)
                    l_25[i] = (void*)0;
                if (l_11[1])
                    break;
                if (l_12)
                    continue;
                (*l_218) = func_13((0UL && (&g_8 != (void*)0)), (safe_sub_func_uint8_t_u_u(func_20((((safe_add_func_uint16_t_u_u(((1UL < ((l_28 = ((l_26 &= g_8) , (void*)0)) == l_30)) | l_31), l_31)) != l_12) , 0x953423637B30477ALL), &g_8), l_33)), &g_29, g_5);
                if (l_219)
                    continue;
            }
            (*l_220) &= 0L;
            l_26 |= ((safe_div_func_int32_t_s_s(((((safe_mod_func_uint64_t_u_u(((*l_225)--), (*l_220))) <= (-1L)) != g_228) ^ ((safe_mul_func_int16_t_s_s((((safe_mod_func_int8_t_s_s((g_90 || (safe_add_func_uint64_t_u_u((g_91 , (*l_220)), g_8))), l_31)) , 0x82L) && 0x63L), 0x68CCL)) && 1UL)), l_219)) ^ 0x926F431218535F4CLL);
            for (l_219 = 0; (l_219 <= 0); l_219 += 1)
            { 
                int8_t *l_242[3];
                uint16_t *l_244 = &g_43[3][0];
                uint8_t *l_245 = &g_37[0][1];
                uint8_t l_246[2];
                int32_t **l_248 = &g_118[0][0];
                int i;
                for (i = 0; i < 3; i++)
                    l_242[i] = &l_31;
                for (i = 0; i < 2; i++)
                    l_246[i] = 0xF9L;
                (*l_248) = l_28;
                (*l_220) = (*l_220);
            }
        }
        for (g_29 = 0; (g_29 >= 0); g_29 -= 1)
        { 
            return g_243[0];
        }
    }
    (*l_249) = &l_26;
    return g_72;
}
static int32_t * func_13(uint16_t  p_14, int8_t  p_15, int32_t * const  p_16, int32_t  p_17)
{ 
    uint32_t *l_34[3];
    uint8_t *l_36 = &g_37[0][1];
    int16_t l_46 = 0x7E3CL;
    int32_t l_67[2][4] = {{0x71356723L,0x64F69674L,0x71356723L,0x71356723L},{0x64F69674L,0x64F69674L,9L,0x64F69674L}};
    int32_t *l_93 = &g_29;
    int32_t *l_94 = &g_72;
    int32_t *l_95 = &l_67[1][3];
    int32_t *l_96 = &g_29;
    int32_t *l_97 = (void*)0;
    int32_t *l_98 = (void*)0;
    int32_t *l_99 = &g_72;
    int32_t *l_100 = &g_72;
    int32_t *l_101[4][4] = {{&l_67[0][2],&g_72,&g_72,&g_72},{(void*)0,(void*)0,&l_67[0][2],&g_72},{(void*)0,&g_72,(void*)0,(void*)0},{&g_72,(void*)0,(void*)0,&g_72}};
    uint16_t l_102 = 0xDA29L;
    const uint64_t l_117 = 18446744073709551611UL;
    uint32_t l_146[4][3] = {{1UL,8UL,1UL},{0x60BA8BA3L,0x60BA8BA3L,0x60BA8BA3L},{1UL,8UL,1UL},{0x60BA8BA3L,0x60BA8BA3L,0x60BA8BA3L}};
    int64_t l_176 = 0x2B377A342696941DLL;
    int32_t *l_217 = (void*)0;
    int i, j;
    for (i = 0; i < 3; i++)
        l_34[i] = &g_35;
    (*p_16) |= ((void*)0 == l_34[0]);
    if (((((((*l_36) = 0xE0L) , (safe_div_func_int32_t_s_s(g_2, 0x1B705618L))) , ((void*)0 == &g_35)) > 7L) , g_8))
    { 
        int32_t *l_40 = (void*)0;
        int32_t *l_41 = (void*)0;
        int32_t *l_42 = &g_29;
        --g_43[1][1];
    }
    else
    { 
        int32_t l_76 = (-1L);
        int16_t l_83[3];
        int i;
        for (i = 0; i < 3; i++)
            l_83[i] = (-1L);
        for (g_29 = 1; (g_29 >= 0); g_29 -= 1)
        { 
            int8_t *l_49 = &g_50[0];
            uint16_t *l_57 = (void*)0;
            uint16_t *l_58 = &g_43[3][1];
            int32_t l_63 = 0x45F0A862L;
            uint16_t l_64 = 65534UL;
            int32_t *l_65[3];
            int i;
            for (i = 0; i < 3; i++)
                l_65[i] = &l_63;
            l_67[1][3] = (g_66 = (l_46 < (((*l_36) = (safe_mul_func_int8_t_s_s(((*l_49) = g_8), (safe_rshift_func_uint16_t_u_s((safe_unary_minus_func_int16_t_s(l_46)), 10))))) == (!(safe_lshift_func_uint16_t_u_u(((*l_58) &= 1UL), ((safe_div_func_uint32_t_u_u((safe_rshift_func_int8_t_s_u((g_35 && 0x5DL), l_63)), l_64)) , p_15)))))));
            if (((safe_lshift_func_uint16_t_u_s((0x40L != ((0xAEL || 255UL) & ((*p_16) > (g_72 = (safe_div_func_uint64_t_u_u(p_15, g_37[0][3])))))), g_43[1][1])) | p_15))
            { 
                int32_t **l_73 = &l_65[1];
                int32_t *l_75 = &g_29;
                int32_t **l_74 = &l_75;
                (*l_73) = &p_17;
                (*l_74) = ((*l_73) = (*l_73));
            }
            else
            { 
                l_76 ^= (p_14 , (*p_16));
                p_17 = ((g_50[0] || (safe_lshift_func_uint16_t_u_u((((safe_div_func_uint64_t_u_u(((p_14 <= 18446744073709551615UL) > (safe_sub_func_int32_t_s_s(g_29, g_5))), g_72)) , g_43[2][0]) < p_15), g_66))) ^ g_43[0][0]);
            }
            g_72 &= (l_83[1] == (safe_add_func_int64_t_s_s(g_37[0][1], g_2)));
            g_91 ^= ((0x89E4E2CDL & (safe_mod_func_uint64_t_u_u(((safe_mul_func_int8_t_s_s(g_72, l_83[1])) > (g_90 = ((((l_49 != (void*)0) , g_66) <= p_15) | p_14))), (-3L)))) <= g_37[0][1]);
            for (g_35 = 0; (g_35 <= 1); g_35 += 1)
            { 
                int32_t l_92 = 1L;
                int i, j;
                l_92 = g_43[(g_35 + 1)][g_29];
            }
        }
    }
lbl_127:
    l_102++;
    if (((g_105[0][0] != ((safe_mul_func_uint16_t_u_u(0UL, (safe_rshift_func_uint8_t_u_s(((*l_36) = 249UL), (0xD0CEA35DL != ((((g_118[0][1] = ((safe_mul_func_int8_t_s_s(((safe_lshift_func_int16_t_s_s(((safe_unary_minus_func_int64_t_s(((safe_mul_func_int16_t_s_s(l_117, g_5)) == g_66))) > 0xB015C768A6AAB061LL), p_15)) , 0L), (*l_94))) , &l_67[1][3])) != &p_17) == (*l_96)) , 0xE26BD804L)))))) , l_36)) > g_66))
    { 
        int32_t **l_119 = &l_101[3][1];
lbl_126:
        (*l_119) = &l_67[1][3];
        (*l_95) &= (safe_rshift_func_int16_t_s_u(0x2A41L, (safe_add_func_uint16_t_u_u(((safe_lshift_func_int16_t_s_u(g_43[2][1], (*l_94))) ^ 0UL), ((*p_16) >= (*p_16))))));
        if (l_102)
            goto lbl_126;
    }
    else
    { 
        int32_t **l_128 = (void*)0;
        int32_t **l_129 = &l_101[2][2];
        uint16_t *l_138[2][2];
        uint64_t *l_141 = &g_90;
        uint64_t *l_144[1];
        int32_t l_145 = 0x51966E86L;
        int16_t *l_147 = &l_46;
        uint8_t l_167 = 249UL;
        uint32_t *l_174 = &g_175;
        int32_t l_212 = 0x4D9625EFL;
        int32_t l_213[1];
        uint32_t l_214[2][4] = {{6UL,4294967295UL,6UL,6UL},{4294967295UL,4294967295UL,9UL,4294967295UL}};
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 2; j++)
                l_138[i][j] = &g_43[1][1];
        }
        for (i = 0; i < 1; i++)
            l_144[i] = (void*)0;
        for (i = 0; i < 1; i++)
            l_213[i] = 6L;
        if (p_14)
            goto lbl_127;
        (*l_129) = &p_17;
        if ((safe_add_func_int16_t_s_s(((*l_147) = ((safe_sub_func_int16_t_s_s((g_8 || (safe_mod_func_uint32_t_u_u(((((*l_141) = (safe_rshift_func_uint16_t_u_u((g_43[1][1]--), 15))) > 0x9CFF131093E8F6EELL) <= g_37[0][3]), (safe_add_func_uint64_t_u_u(((*l_100) = g_29), (l_145 = g_29)))))), 0xBB2BL)) == l_146[3][1])), p_14)))
        { 
            uint8_t * const *l_148[4] = {&l_36,&l_36,&l_36,&l_36};
            uint8_t * const **l_149[3];
            int i;
            for (i = 0; i < 3; i++)
                l_149[i] = &l_148[1];
            g_150[1] = l_148[0];
        }
        else
        { 
            uint32_t l_166 = 0x47B8E489L;
            for (l_145 = 0; (l_145 < (-13)); --l_145)
            { 
                int64_t l_159[3];
                int32_t l_164[2];
                uint64_t *l_165[3][2] = {{&g_90,&g_90},{&g_90,&g_90},{&g_90,&g_90}};
                int i, j;
                for (i = 0; i < 3; i++)
                    l_159[i] = 0x8413730F596B175DLL;
                for (i = 0; i < 2; i++)
                    l_164[i] = (-9L);
                (*l_94) = ((*l_96) = ((safe_div_func_uint16_t_u_u(0x2F3CL, (safe_rshift_func_int8_t_s_s(((void*)0 == &l_101[0][2]), 5)))) , ((((*p_16) <= ((safe_lshift_func_uint16_t_u_s(((g_90 = ((l_159[2] |= 0x2BF1L) & p_15)) & p_15), p_14)) && 0xC00B44CAL)) , 1L) & (*l_93))));
                (*p_16) = (((((safe_sub_func_int32_t_s_s((safe_sub_func_uint64_t_u_u(p_14, (l_164[0] ^= (p_17 < (*l_95))))), (((void*)0 != l_165[0][1]) && 0x726BL))) <= l_166) | p_14) , p_15) && g_90);
                if (l_167)
                    continue;
                if ((*p_16))
                    break;
            }
        }
        if (((*l_95) &= (((&l_167 == &l_167) & (safe_mod_func_uint64_t_u_u(((p_15 , 0UL) == (((*l_174) &= (safe_div_func_uint16_t_u_u((--p_14), 0x3C2AL))) || (*p_16))), 0x08B61AE0EBF16E3DLL))) < p_15)))
        { 
            uint32_t l_177 = 4294967295UL;
            (*l_95) ^= 0x9D29D4CFL;
            --l_177;
        }
        else
        { 
            int16_t l_196 = (-1L);
            int32_t ***l_206[1];
            int i;
            for (i = 0; i < 1; i++)
                l_206[i] = &l_129;
            l_196 = ((safe_div_func_uint32_t_u_u((safe_add_func_int16_t_s_s((safe_add_func_uint16_t_u_u((((*l_100) = (((safe_rshift_func_int8_t_s_u(4L, 2)) != (((((safe_rshift_func_uint8_t_u_s((g_5 , ((*l_36)++)), 1)) | (p_14 = ((((safe_lshift_func_uint16_t_u_u(p_17, p_17)) , g_175) , 0xFA3BE208L) <= 0x9B34ADFAL))) != 0x287A3C92833B9786LL) | g_50[0]) , p_15)) >= 0x8E1D098CL)) | p_17), 0xDE83L)), p_15)), (*p_16))) >= g_29);
            (*l_129) = ((((((((safe_sub_func_int64_t_s_s((0UL | ((safe_div_func_int16_t_s_s(((*l_147) ^= p_14), ((safe_lshift_func_uint16_t_u_u((((safe_mul_func_uint8_t_u_u((!((0x32E68C3BL > (((((g_207[0][2] = l_129) != &g_118[0][1]) & g_66) || p_15) , g_35)) ^ l_167)), (-6L))) > p_15) != 8UL), p_14)) , g_35))) != p_14)), 1UL)) >= p_15) | p_17) <= p_14) > p_15) , g_37[0][1]) > 1UL) , &p_17);
            for (l_167 = 0; (l_167 <= 1); l_167 += 1)
            { 
                uint32_t l_208 = 0xAD5EC58BL;
                int32_t l_211[1][1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_211[i][j] = 0xDA9EB16AL;
                }
                ++l_208;
                if ((*p_16))
                    continue;
                l_214[0][1]--;
            }
        }
    }
    return l_217;
}
static uint8_t  func_20(const int64_t  p_21, int32_t * p_22)
{ 
    int32_t l_32 = (-1L);
    return l_32;
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
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_29, "g_29", print_hash_value);
    transparent_crc(g_35, "g_35", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_37[i][j], "g_37[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_43[i][j], "g_43[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_50[i], "g_50[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_72, "g_72", print_hash_value);
    transparent_crc(g_90, "g_90", print_hash_value);
    transparent_crc(g_91, "g_91", print_hash_value);
    transparent_crc(g_175, "g_175", print_hash_value);
    transparent_crc(g_228, "g_228", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_243[i], "g_243[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
