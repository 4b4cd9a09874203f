#include "csmith.h"
static long __undefined;
static int8_t g_2 = (-1L);
static uint32_t g_4[3] = {3UL,3UL,3UL};
static uint32_t g_19[3] = {4294967293UL,4294967293UL,4294967293UL};
static uint32_t *g_18 = &g_19[0];
static uint8_t g_21 = 7UL;
static int32_t g_29 = 0L;
static uint8_t g_37 = 0x63L;
static uint32_t g_40 = 5UL;
static uint64_t g_51 = 18446744073709551609UL;
static int32_t *g_52 = &g_29;
static uint16_t g_65[4][1] = {{0UL},{0UL},{0UL},{0UL}};
static int16_t g_111 = 0xD4A0L;
static uint64_t g_149 = 1UL;
static uint64_t *g_148 = &g_149;
static uint16_t g_151 = 0x9CA4L;
static uint16_t g_158 = 65534UL;
static int64_t g_180[2] = {(-8L),(-8L)};
static int32_t g_193 = 2L;
static int32_t g_194 = 0x7A216F81L;
static int32_t g_195[3] = {1L,1L,1L};
static uint8_t g_196[1][1] = {{0x94L}};
static int16_t *g_204 = &g_111;
static int16_t **g_203 = &g_204;
static uint32_t g_207[2][4] = {{0xC1369D0CL,0xC1369D0CL,4294967287UL,0xC1369D0CL},{0xC1369D0CL,8UL,8UL,0xC1369D0CL}};
static uint32_t  func_1(void);
static int64_t  func_8(uint32_t * p_9, const uint16_t  p_10);
static uint32_t * func_11(int64_t  p_12, int8_t  p_13, uint32_t * p_14, uint32_t * p_15, uint32_t * p_16);
static uint32_t  func_1(void)
{ 
    uint32_t *l_3 = &g_4[2];
    int32_t l_17 = 0x6E54EE87L;
    const int64_t l_79 = 7L;
    int32_t *l_205 = (void*)0;
    int32_t *l_206 = (void*)0;
    g_207[1][1] = (g_193 = (((*l_3)--) ^ (((~func_8(func_11(l_17, g_2, g_18, &g_19[0], l_3), l_79)) == g_193) < g_194)));
    return g_2;
}
static int64_t  func_8(uint32_t * p_9, const uint16_t  p_10)
{ 
    uint64_t l_83 = 0x912672125370A27ELL;
    uint32_t l_125 = 18446744073709551615UL;
    int32_t l_171 = 0x9E6B8C76L;
    int32_t *l_188 = &g_29;
    int32_t *l_189 = &l_171;
    int32_t *l_190 = &g_29;
    int32_t *l_191 = &l_171;
    int32_t *l_192[1];
    int16_t *l_202 = &g_111;
    int16_t * const *l_201 = &l_202;
    int16_t * const **l_200[3][1];
    int i, j;
    for (i = 0; i < 1; i++)
        l_192[i] = &g_29;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_200[i][j] = &l_201;
    }
    for (g_51 = (-21); (g_51 != 24); g_51 = safe_add_func_int16_t_s_s(g_51, 3))
    { 
        int64_t l_82 = 1L;
        int32_t l_84 = 0x02FCEF8CL;
        uint8_t l_120[1];
        uint32_t *l_136[4];
        uint64_t *l_146[1][4];
        int64_t l_147[1][4] = {{0x57FB1E3A2289BD9ELL,0x57FB1E3A2289BD9ELL,0x57FB1E3A2289BD9ELL,0x57FB1E3A2289BD9ELL}};
        int32_t *l_150[2][1];
        int i, j;
        for (i = 0; i < 1; i++)
            l_120[i] = 0x63L;
        for (i = 0; i < 4; i++)
            l_136[i] = &g_40;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_146[i][j] = &l_83;
        }
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_150[i][j] = &l_84;
        }
        if ((g_2 || (((l_82 | (((l_83 , (*p_9)) && ((*p_9) = ((((0UL == l_84) == (*p_9)) == l_83) != l_82))) , 0x7B382E32L)) <= 0x63715E5E7DF30550LL) <= l_83)))
        { 
            uint32_t l_86 = 9UL;
            for (l_83 = 0; (l_83 <= 0); l_83 += 1)
            { 
                int32_t **l_85 = &g_52;
                (*l_85) = p_9;
            }
            ++l_86;
            if (p_10)
                break;
        }
        else
        { 
            int8_t l_91 = (-1L);
            const uint32_t *l_99 = &g_19[0];
            const uint32_t **l_98 = &l_99;
            for (g_40 = 0; (g_40 >= 32); g_40++)
            { 
                return l_91;
            }
            if ((((safe_rshift_func_int8_t_s_u((safe_add_func_uint16_t_u_u(l_83, ((((p_10 ^ (safe_mod_func_int8_t_s_s(((((l_98 != (void*)0) , (safe_mul_func_uint8_t_u_u(l_91, 0UL))) < g_19[1]) , 0x5CL), p_10))) , 0xEEL) >= g_29) == p_10))), 0)) || l_82) < p_10))
            { 
                (*g_52) = (*g_52);
                if (l_84)
                    break;
            }
            else
            { 
                const int32_t *l_103 = &l_84;
                const int32_t **l_102 = &l_103;
                int16_t *l_110 = &g_111;
                int32_t *l_121 = (void*)0;
                int32_t *l_122 = &g_29;
                (*l_102) = l_99;
                if ((*g_52))
                    continue;
                g_29 &= ((safe_sub_func_int8_t_s_s((safe_mod_func_uint8_t_u_u((safe_rshift_func_int16_t_s_u(((*l_103) , ((*l_110) = ((g_40 , p_10) , l_84))), (l_83 | p_10))), l_83)), p_10)) == 0x516B2CFE5A8EECE7LL);
                (*l_122) ^= (safe_rshift_func_uint8_t_u_s((((*p_9) < (*g_52)) <= (safe_div_func_uint16_t_u_u((safe_sub_func_uint64_t_u_u(0xFA89076915C511D4LL, (((safe_add_func_int8_t_s_s(l_120[0], ((*p_9) || l_83))) != g_19[1]) != 0xE097E4B8L))), l_91))), l_83));
            }
            if ((safe_rshift_func_int8_t_s_u(p_10, 0)))
            { 
                return l_125;
            }
            else
            { 
                int32_t *l_137 = &l_84;
                (*l_137) = (g_29 = ((safe_div_func_uint8_t_u_u((safe_add_func_uint32_t_u_u((0x573BD0DCC659033ELL & ((safe_mod_func_uint32_t_u_u((safe_mul_func_uint16_t_u_u(p_10, (safe_rshift_func_int16_t_s_u((((*p_9) = 4294967295UL) | (((&g_40 == l_136[3]) , 0x0BD5792DL) , 0x99D4396DL)), 15)))), p_10)) > 0L)), l_91)), l_82)) , 0L));
            }
            if ((*g_52))
                continue;
        }
        if (p_10)
            continue;
        g_151 = (g_29 |= ((g_148 = ((((safe_mul_func_int16_t_s_s(((safe_lshift_func_uint16_t_u_u((safe_div_func_int64_t_s_s((((((((safe_add_func_int64_t_s_s((((*g_52) = l_83) >= 0x7B4EEC52L), p_10)) , ((void*)0 != l_146[0][3])) , (-10L)) == 0x85L) , l_125) || (*g_52)) | p_10), l_147[0][2])), 1)) , g_2), 1L)) == p_10) != g_65[0][0]) , (void*)0)) != &g_51));
    }
    for (l_125 = (-25); (l_125 != 60); ++l_125)
    { 
        int8_t l_154 = 0xDFL;
        int32_t l_173 = 0x23E191EBL;
        l_154 &= ((*g_52) = 0x5A20DB3BL);
        for (g_149 = 0; (g_149 != 0); g_149 = safe_add_func_uint32_t_u_u(g_149, 7))
        { 
            uint8_t l_163 = 0x52L;
            int32_t l_174 = (-1L);
            if (((+(g_158 &= p_10)) >= (g_37 > (safe_mod_func_uint16_t_u_u(0UL, g_40)))))
            { 
                int32_t *l_161 = (void*)0;
                int32_t *l_162[2];
                uint8_t *l_168 = &g_37;
                int8_t l_172 = 9L;
                int i;
                for (i = 0; i < 2; i++)
                    l_162[i] = (void*)0;
                g_29 |= (*g_52);
                (*g_52) |= l_163;
                l_173 = ((((safe_div_func_int64_t_s_s((safe_rshift_func_int16_t_s_s(p_10, 11)), 0x84171F4BA9CC6504LL)) , (--(*l_168))) < ((l_171 = g_19[0]) >= ((l_172 , 0xEDC0L) >= (-1L)))) > g_158);
            }
            else
            { 
                l_174 |= (*g_52);
                if (g_37)
                    goto lbl_199;
            }
            for (g_111 = 0; (g_111 < (-7)); g_111 = safe_sub_func_uint16_t_u_u(g_111, 1))
            { 
                int64_t *l_179 = &g_180[0];
                (*g_52) |= (((-1L) < (p_10 , ((l_173 & (g_51 | ((*l_179) = ((void*)0 != &g_21)))) != (-9L)))) != g_151);
            }
            for (g_158 = 0; (g_158 <= 2); g_158 += 1)
            { 
                int32_t **l_181 = &g_52;
                int i;
                (*l_181) = &l_171;
                (*g_52) |= (safe_lshift_func_int16_t_s_u(g_19[g_158], (l_125 | (safe_mod_func_uint64_t_u_u((safe_div_func_uint64_t_u_u(0x6FF6ADF050D5A8CBLL, (5L || ((p_9 == p_9) && g_19[0])))), l_154)))));
            }
        }
    }
lbl_199:
    --g_196[0][0];
    g_203 = (void*)0;
    return p_10;
}
static uint32_t * func_11(int64_t  p_12, int8_t  p_13, uint32_t * p_14, uint32_t * p_15, uint32_t * p_16)
{ 
    uint8_t *l_20 = &g_21;
    uint32_t **l_24[1];
    const int32_t l_27[3][2] = {{(-1L),(-1L)},{(-1L),(-1L)},{(-1L),(-1L)}};
    int32_t *l_28 = &g_29;
    int32_t l_39[1];
    uint8_t **l_57 = &l_20;
    int i, j;
    for (i = 0; i < 1; i++)
        l_24[i] = &g_18;
    for (i = 0; i < 1; i++)
        l_39[i] = 0x05E5316DL;
    (*l_28) = ((g_19[1] == g_2) == (((*l_20) = p_13) || (safe_add_func_int32_t_s_s((((p_15 = p_15) == ((safe_sub_func_int16_t_s_s(p_12, l_27[1][0])) , (void*)0)) > 4UL), l_27[0][0]))));
    if (((*p_14) == ((!0UL) || 0x0BE6L)))
    { 
        int32_t *l_31 = &g_29;
        int32_t **l_32 = (void*)0;
        int32_t **l_33 = &l_31;
        uint8_t *l_36 = &g_37;
        (*l_33) = l_31;
        (*l_33) = &g_29;
        (**l_33) = (0UL <= (((void*)0 == p_15) == ((**l_33) > (safe_lshift_func_uint8_t_u_u(((*l_36) = ((*l_20) ^= 0x50L)), p_13)))));
    }
    else
    { 
        int32_t *l_38[4] = {&g_29,&g_29,&g_29,&g_29};
        uint8_t *l_43 = &g_21;
        uint64_t *l_48 = (void*)0;
        uint64_t *l_49 = (void*)0;
        uint64_t *l_50 = &g_51;
        int i;
        ++g_40;
        g_52 = ((((&g_37 == l_43) , (safe_div_func_uint64_t_u_u((safe_add_func_int64_t_s_s((*l_28), ((*l_50) = (p_13 , ((*l_28) == g_19[2]))))), 0x4CB070FCBC842353LL))) || p_13) , l_38[3]);
    }
    g_52 = p_15;
    for (g_29 = 0; (g_29 > (-15)); g_29 = safe_sub_func_int16_t_s_s(g_29, 1))
    { 
        uint8_t **l_56 = &l_20;
        uint8_t ***l_55[1][4] = {{&l_56,&l_56,&l_56,&l_56}};
        int32_t l_62 = (-1L);
        uint16_t *l_63 = (void*)0;
        uint16_t *l_64 = &g_65[0][0];
        int32_t l_78[4] = {0xE043BC77L,0xE043BC77L,0xE043BC77L,0xE043BC77L};
        int i, j;
        l_57 = &l_20;
        (*g_52) = (p_12 == (p_12 <= ((*l_64) = ((((safe_mod_func_uint64_t_u_u((((+((p_13 , p_15) != (g_18 = ((safe_unary_minus_func_uint8_t_u(p_13)) , (void*)0)))) != 0xDEF9EED1L) , p_13), 1UL)) > 1L) , 1L) <= l_62))));
        (*g_52) = ((l_78[2] &= (((safe_mul_func_int16_t_s_s(7L, ((safe_lshift_func_uint16_t_u_s((p_12 , (((safe_mul_func_int16_t_s_s(((safe_sub_func_uint64_t_u_u((0UL != ((safe_sub_func_int16_t_s_s((0xCE92B643983B7C1FLL || (safe_add_func_int16_t_s_s(((void*)0 != &l_62), g_37))), l_62)) == p_13)), g_37)) , (-1L)), g_19[0])) > 0UL) <= g_37)), g_65[0][0])) & g_37))) & 1L) < 0x04A74307F0789CDELL)) < g_29);
    }
    return &g_19[2];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_4[i], "g_4[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_19[i], "g_19[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_21, "g_21", print_hash_value);
    transparent_crc(g_29, "g_29", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    transparent_crc(g_40, "g_40", print_hash_value);
    transparent_crc(g_51, "g_51", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_65[i][j], "g_65[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_111, "g_111", print_hash_value);
    transparent_crc(g_149, "g_149", print_hash_value);
    transparent_crc(g_151, "g_151", print_hash_value);
    transparent_crc(g_158, "g_158", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_180[i], "g_180[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_193, "g_193", print_hash_value);
    transparent_crc(g_194, "g_194", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_195[i], "g_195[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_196[i][j], "g_196[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_207[i][j], "g_207[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
