#include "csmith.h"
static long __undefined;
static int32_t g_3 = 0L;
static int32_t g_5 = 0xBBEF7D65L;
static uint16_t g_15 = 1UL;
static int32_t *g_28 = &g_5;
static const int32_t *g_34 = &g_3;
static const int32_t **g_33 = &g_34;
static uint8_t g_89 = 250UL;
static int8_t g_95 = 0xDDL;
static int32_t g_118 = 4L;
static uint32_t g_122 = 0x8AB26F93L;
static int32_t **g_138 = &g_28;
static int32_t ***g_137 = &g_138;
static uint32_t g_154[3] = {0x4A045A3BL,0x4A045A3BL,0x4A045A3BL};
static const uint32_t g_168 = 0x4010864EL;
static int16_t g_174 = 0xD3B4L;
static uint32_t g_179 = 4294967295UL;
static uint32_t g_200 = 0xD573E28FL;
static int64_t g_210 = (-1L);
static const uint32_t  func_1(void);
static int64_t  func_10(int8_t  p_11, int32_t * p_12, uint32_t  p_13);
static uint32_t  func_20(int32_t * p_21, int64_t  p_22, int32_t  p_23, uint32_t  p_24, int32_t * const  p_25);
static const uint32_t  func_1(void)
{ 
    uint64_t l_2[4];
    int32_t *l_9 = &g_5;
    uint16_t l_55 = 0xD97CL;
    int32_t l_80 = (-7L);
    int8_t *l_109 = &g_95;
    uint16_t *l_110 = &g_15;
    int32_t l_113 = 0xE3E679C8L;
    int32_t **l_147[4];
    int32_t l_197 = (-4L);
    uint64_t *l_206 = &l_2[3];
    uint64_t * const *l_205 = &l_206;
    int i;
    for (i = 0; i < 4; i++)
        l_2[i] = 0x0EA75C96DD1E1E87LL;
    for (i = 0; i < 4; i++)
        l_147[i] = &l_9;
    for (g_3 = 0; (g_3 <= 3); g_3 += 1)
    { 
        int32_t *l_4 = &g_5;
        uint16_t *l_14 = &g_15;
        int32_t **l_47 = &g_28;
        uint64_t l_48 = 0x91A76A447D051992LL;
        int i;
        (*l_4) &= 0xA6801FC3L;
        (*l_9) = (safe_mod_func_int16_t_s_s((~(((l_2[g_3] , l_9) != &g_3) , func_10((((++(*l_14)) > (safe_add_func_uint64_t_u_u(g_3, (func_20(&g_5, g_5, g_3, (*l_4), l_9) >= g_5)))) , (*l_4)), l_9, g_3))), (*l_4)));
        (*l_47) = l_4;
        if ((((l_9 != (*l_47)) , (++l_48)) != ((((((((*l_9) > (((safe_lshift_func_int8_t_s_u((0x554C62B4L & ((safe_sub_func_int64_t_s_s((((*l_4) || (*l_9)) , (*l_9)), 0x40421A16747B1D00LL)) | l_55)), g_5)) | (*l_4)) && 0xCFL)) | (*l_9)) || g_15) , g_3) , g_15) >= (*g_28)) || g_5)))
        { 
            const uint32_t l_56 = 0x21A0E57CL;
            if ((l_56 , (safe_add_func_int32_t_s_s((safe_add_func_int8_t_s_s(g_15, ((safe_mul_func_uint16_t_u_u((safe_mul_func_int16_t_s_s(((safe_mul_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_u(0x45D1L, 0)) , (((safe_div_func_uint64_t_u_u((safe_sub_func_uint64_t_u_u(((((**l_47) , ((safe_mod_func_uint64_t_u_u((safe_lshift_func_int16_t_s_s(((((((safe_div_func_uint8_t_u_u((~(*l_9)), l_56)) || (*l_9)) ^ (-1L)) != g_15) , &g_34) != &l_9), (*l_4))), (-3L))) != g_5)) == (*l_9)) == 0xD8D7L), 0L)), g_15)) , l_9) != &g_3)), (*l_4))) , 0x80F5L), 7UL)), g_15)) | (-1L)))), l_80))))
            { 
                if ((*l_9))
                    break;
            }
            else
            { 
                int16_t l_84 = 0L;
                (**l_47) &= 0x89175669L;
                l_84 = (safe_sub_func_int8_t_s_s(g_5, (~g_5)));
            }
            (*l_47) = &g_5;
        }
        else
        { 
            const int32_t ** const l_87 = &g_34;
            uint8_t *l_88 = &g_89;
            int32_t l_93 = 0L;
            int8_t *l_94 = &g_95;
            if (((&l_80 == ((((((*l_88) = ((void*)0 != l_87)) <= (!((*l_94) = (safe_mul_func_int8_t_s_s(g_5, (l_93 = 0x87L)))))) || g_95) | g_15) , (*l_87))) | (**l_87)))
            { 
                uint32_t l_96 = 18446744073709551611UL;
                if (l_96)
                    break;
            }
            else
            { 
                const int8_t l_97 = 0x12L;
                return l_97;
            }
            for (l_48 = 0; (l_48 <= 3); l_48 += 1)
            { 
                (**l_47) = ((~0x69L) , (*g_34));
            }
        }
    }
    (*l_9) = (~((*l_110) = (((((*l_109) = (safe_lshift_func_int16_t_s_u(g_3, (safe_sub_func_int64_t_s_s(((*l_9) < (safe_mul_func_uint8_t_u_u(((~((*l_9) , (safe_add_func_int8_t_s_s((((*l_9) , &l_9) == (void*)0), (-1L))))) == (*l_9)), g_95))), g_95))))) != g_3) < g_15) ^ (*g_34))));
    if ((g_15 <= (safe_sub_func_int64_t_s_s((l_113 | (((safe_mod_func_int16_t_s_s((safe_sub_func_uint16_t_u_u((((&g_95 != (void*)0) || (g_118 = g_15)) || g_95), 7UL)), g_95)) > (*l_9)) && (*l_9))), g_89))))
    { 
        uint32_t *l_119 = (void*)0;
        uint32_t *l_120 = (void*)0;
        uint32_t *l_121 = (void*)0;
        int32_t l_131 = 0x0D59BB75L;
        int32_t l_149 = 0L;
        if (((g_122 ^= 0x00EB00D6L) > 4294967295UL))
        { 
            uint8_t l_127[4][1];
            int32_t ****l_139 = &g_137;
            int32_t *l_140 = &l_113;
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 1; j++)
                    l_127[i][j] = 247UL;
            }
            l_131 = (safe_div_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_u((l_127[3][0] , ((*l_9) >= (-3L))), ((((safe_add_func_uint64_t_u_u((247UL & (~(((void*)0 != &g_28) | 0x1ECA9F70EF1A5378LL))), l_131)) != g_122) , 1UL) | 0x487E53E2L))), g_122));
            (*l_140) ^= (safe_mod_func_uint16_t_u_u((((((l_131 < (safe_lshift_func_int8_t_s_s(g_89, 2))) != (~((((((*l_9) < (((*l_139) = g_137) != &g_33)) | l_131) || l_131) , g_5) >= 0xE3DC10E4350B5FE4LL))) , 1L) != (-1L)) && g_89), (*l_9)));
            for (g_122 = 0; g_122 < 4; g_122 += 1)
            {
                l_2[g_122] = 0UL;
            }
        }
        else
        { 
            (**g_138) = 0xD32FAA63L;
        }
        (*g_138) = &l_131;
        if (((**g_138) = (safe_lshift_func_int8_t_s_s((*l_9), ((*l_109) = (safe_sub_func_uint64_t_u_u((safe_lshift_func_int16_t_s_u((&g_15 != &g_15), 12)), ((249UL <= ((void*)0 == l_147[0])) | g_89))))))))
        { 
            uint16_t l_148[4] = {0UL,0UL,0UL,0UL};
            int i;
            for (g_15 = 0; (g_15 <= 3); g_15 += 1)
            { 
                return g_89;
            }
            (***g_137) = l_148[3];
            for (g_122 = 0; g_122 < 4; g_122 += 1)
            {
                l_2[g_122] = 0xE331E6C26E64EF7BLL;
            }
        }
        else
        { 
            uint32_t *l_150 = (void*)0;
            int32_t l_151 = (-1L);
            int32_t l_152 = 0L;
            uint32_t l_157 = 0x9891BAA6L;
            uint8_t l_160 = 1UL;
            uint8_t l_175 = 0xE1L;
            int16_t l_178 = 0xC82DL;
            if (((g_89 , ((((l_131 | (l_151 ^= (l_149 &= 0xCB1527D3L))) , (*g_137)) == (g_118 , (void*)0)) & (*l_9))) | l_152))
            { 
                g_34 = ((*g_138) = (**g_137));
            }
            else
            { 
                int8_t l_153[4] = {0x53L,0x53L,0x53L,0x53L};
                int i;
                g_154[1]++;
                (*l_9) = (*l_9);
                --l_157;
                (***g_137) = (((*l_110) = 65535UL) == 0xA414L);
            }
            (*g_28) = ((l_160 != (+0x6ACA7BD2AF93AE58LL)) >= (g_118 & (safe_div_func_uint16_t_u_u((l_131 < (((!l_149) & (-2L)) < g_154[1])), l_149))));
            if ((*l_9))
            { 
                uint32_t **l_165 = &l_150;
                const uint32_t *l_167[3];
                const uint32_t **l_166 = &l_167[2];
                int32_t l_172 = 0x3BBB90FAL;
                int16_t *l_173 = &g_174;
                int i;
                for (i = 0; i < 3; i++)
                    l_167[i] = &g_168;
                l_149 ^= ((((*l_165) = l_9) == (g_3 , ((*l_166) = ((l_151 = 0x503D30EEL) , l_120)))) ^ ((((*l_173) ^= ((safe_unary_minus_func_uint8_t_u(((safe_lshift_func_int16_t_s_u((-6L), g_118)) ^ 0x5008L))) == l_172)) , (void*)0) == (void*)0));
                (*g_138) = (void*)0;
            }
            else
            { 
                uint8_t *l_188 = &g_89;
                uint64_t *l_191 = &l_2[0];
                l_175++;
                l_178 |= (**g_138);
                g_179++;
                (**g_138) = (safe_add_func_uint32_t_u_u((safe_sub_func_int16_t_s_s(l_152, (safe_lshift_func_int8_t_s_u(5L, ((*l_188) &= g_15))))), (3UL ^ (((*l_191) = (safe_sub_func_int64_t_s_s(l_152, g_5))) || 0xEB09B283B4B798DFLL))));
            }
        }
    }
    else
    { 
        uint64_t * const *l_208 = &l_206;
        int32_t l_213 = 0x47CEE369L;
        for (g_3 = (-18); (g_3 <= (-11)); g_3 = safe_add_func_uint8_t_u_u(g_3, 3))
        { 
            int32_t l_198[4];
            int i;
            for (i = 0; i < 4; i++)
                l_198[i] = (-8L);
            for (g_89 = 11; (g_89 > 22); g_89 = safe_add_func_int16_t_s_s(g_89, 6))
            { 
                const int32_t *l_196 = (void*)0;
                int32_t l_199 = 0xFF5E1EA3L;
                l_196 = (void*)0;
                (*g_28) ^= (-4L);
                g_200--;
                (*g_138) = (*g_138);
            }
            for (l_113 = (-25); (l_113 > 3); ++l_113)
            { 
                uint64_t * const **l_207[2][4] = {{(void*)0,&l_205,(void*)0,&l_205},{(void*)0,&l_205,(void*)0,&l_205}};
                int64_t *l_209 = &g_210;
                int i, j;
                if (l_198[2])
                    break;
                l_208 = l_205;
                (*l_9) ^= ((((*l_209) = l_198[2]) > (1UL & (g_15 , (safe_rshift_func_uint8_t_u_u((g_3 ^ 0x5BL), 5))))) > l_213);
            }
            (***g_137) = (&g_174 != &g_174);
            if (l_198[2])
                break;
        }
        for (l_213 = (-10); (l_213 < (-13)); l_213 = safe_sub_func_uint64_t_u_u(l_213, 3))
        { 
            for (g_174 = 2; (g_174 >= 0); g_174 -= 1)
            { 
                int32_t *l_218 = &l_80;
                (*g_28) ^= (safe_add_func_int32_t_s_s(4L, 4294967295UL));
                (**g_138) |= 0x73475511L;
                g_34 = ((*g_138) = l_218);
            }
            return l_213;
        }
        g_3 &= ((***g_137) = (250UL <= g_210));
    }
    return g_174;
}
static int64_t  func_10(int8_t  p_11, int32_t * p_12, uint32_t  p_13)
{ 
    const int16_t l_26[1] = {0x63ECL};
    int32_t l_29 = (-6L);
    int32_t l_42 = 0xF0451807L;
    int i;
    if (l_26[0])
    { 
        int32_t *l_27 = &g_3;
        g_28 = l_27;
        return g_3;
    }
    else
    { 
        const int32_t *l_31 = &g_5;
        const int32_t **l_30[4][4] = {{(void*)0,&l_31,&l_31,&l_31},{(void*)0,(void*)0,(void*)0,&l_31},{&l_31,&l_31,&l_31,(void*)0},{&l_31,(void*)0,(void*)0,&l_31}};
        const int32_t ***l_32[3];
        int32_t l_35 = (-6L);
        int32_t l_36[2];
        int32_t *l_37 = &l_35;
        int32_t *l_38 = &l_29;
        int32_t *l_39 = &l_36[1];
        int32_t *l_40 = &l_29;
        int32_t *l_41 = &l_35;
        int32_t *l_43[2][2] = {{&l_29,&l_29},{&l_29,&l_29}};
        uint32_t l_44 = 1UL;
        int i, j;
        for (i = 0; i < 3; i++)
            l_32[i] = (void*)0;
        for (i = 0; i < 2; i++)
            l_36[i] = (-1L);
        g_33 = ((l_29 = (&g_28 != &g_28)) , l_30[1][0]);
        p_12 = p_12;
        l_44--;
        return p_13;
    }
}
static uint32_t  func_20(int32_t * p_21, int64_t  p_22, int32_t  p_23, uint32_t  p_24, int32_t * const  p_25)
{ 
    return g_5;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_15, "g_15", print_hash_value);
    transparent_crc(g_89, "g_89", print_hash_value);
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_118, "g_118", print_hash_value);
    transparent_crc(g_122, "g_122", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_154[i], "g_154[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_168, "g_168", print_hash_value);
    transparent_crc(g_174, "g_174", print_hash_value);
    transparent_crc(g_179, "g_179", print_hash_value);
    transparent_crc(g_200, "g_200", print_hash_value);
    transparent_crc(g_210, "g_210", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
