#include "csmith.h"
static long __undefined;
static int32_t g_3 = (-6L);
static int32_t g_8 = 0x14768C0AL;
static int32_t g_11 = 9L;
static uint32_t g_12 = 0x55CC25BFL;
static uint32_t g_40 = 0x6B5B3847L;
static int8_t g_51[2][3] = {{1L,1L,1L},{1L,1L,1L}};
static uint16_t g_54 = 65535UL;
static uint8_t g_65[4] = {255UL,255UL,255UL,255UL};
static uint16_t *g_124 = &g_54;
static uint16_t **g_123 = &g_124;
static uint16_t g_127[3][3] = {{0x70B0L,0x70B0L,0x70B0L},{65534UL,65534UL,65534UL},{0x70B0L,0x70B0L,0x70B0L}};
static int32_t g_147 = 0x71509B2EL;
static uint32_t *g_151 = &g_40;
static uint64_t g_156 = 1UL;
static int16_t g_181[4] = {0L,0L,0L,0L};
static uint16_t g_183 = 0UL;
static int8_t g_188[3][2] = {{0L,0L},{0L,0L},{0L,0L}};
static int32_t g_190 = 0xCD5C7556L;
static uint32_t g_194 = 4294967292UL;
static int32_t g_202 = 0L;
static int32_t g_203[2] = {(-7L),(-7L)};
static uint16_t g_204 = 2UL;
static const int32_t *g_231 = &g_11;
static uint32_t g_243 = 4294967291UL;
static int64_t g_278 = 1L;
static uint64_t g_301 = 0xF5591ADE6E3D103FLL;
static uint64_t *g_300 = &g_301;
static int16_t **g_315 = (void*)0;
static int64_t g_352 = 0x9326F60E3B9EFC18LL;
static int32_t  func_1(void);
static int32_t * func_17(int32_t * p_18, uint16_t  p_19, uint32_t  p_20, const int32_t * p_21);
static uint16_t  func_23(int8_t  p_24, int16_t  p_25);
static int32_t  func_1(void)
{ 
    int32_t *l_2 = &g_3;
    int32_t *l_4 = &g_3;
    int32_t *l_5 = (void*)0;
    int32_t *l_6 = &g_3;
    int32_t *l_7 = &g_3;
    int32_t *l_9 = &g_3;
    int32_t *l_10[2][2];
    int16_t l_238 = (-3L);
    int32_t ***l_307 = (void*)0;
    uint16_t l_336[1];
    int32_t l_359 = 0x0FFDCB38L;
    int32_t l_360 = 0x792C0A51L;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_10[i][j] = &g_3;
    }
    for (i = 0; i < 1; i++)
        l_336[i] = 0xDE51L;
    ++g_12;
    for (g_11 = 11; (g_11 <= (-6)); g_11 = safe_sub_func_int16_t_s_s(g_11, 4))
    { 
        int32_t *l_22 = (void*)0;
        int32_t **l_236 = (void*)0;
        int32_t l_237 = 0xEC052434L;
        int32_t l_239 = 1L;
        int32_t l_240 = 0xC6CF8349L;
        int32_t l_241[2][1];
        int64_t l_242 = 1L;
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_241[i][j] = 0x73FCE317L;
        }
        g_231 = func_17(l_22, func_23((*l_7), g_8), (((g_11 < 0x35L) || (-10L)) , g_181[2]), g_231);
        g_243--;
    }
    for (g_54 = 8; (g_54 == 1); --g_54)
    { 
        int8_t l_252 = 0x45L;
        uint16_t **l_257 = &g_124;
        int32_t l_264[4];
        int64_t l_279 = (-1L);
        int32_t l_280[4][3] = {{0xF5F2331DL,0xF5F2331DL,(-1L)},{0xF5F2331DL,0xF5F2331DL,(-1L)},{0xF5F2331DL,0xF5F2331DL,(-1L)},{0xF5F2331DL,0xF5F2331DL,(-1L)}};
        int32_t l_342 = (-2L);
        int i, j;
        for (i = 0; i < 4; i++)
            l_264[i] = 1L;
    }
    return l_360;
}
static int32_t * func_17(int32_t * p_18, uint16_t  p_19, uint32_t  p_20, const int32_t * p_21)
{ 
    for (g_12 = 0; (g_12 == 38); g_12 = safe_add_func_uint16_t_u_u(g_12, 6))
    { 
        int32_t *l_235 = &g_202;
        int32_t **l_234 = &l_235;
        (*l_234) = p_18;
    }
    return p_18;
}
static uint16_t  func_23(int8_t  p_24, int16_t  p_25)
{ 
    uint64_t l_34 = 18446744073709551607UL;
    uint32_t *l_35 = (void*)0;
    uint32_t *l_36 = &g_12;
    uint32_t *l_39 = &g_40;
    int8_t *l_50 = &g_51[0][1];
    const uint32_t l_52 = 0x3E1B8D81L;
    uint16_t *l_53 = &g_54;
    int32_t l_68[3];
    int32_t *l_213 = (void*)0;
    int32_t **l_212 = &l_213;
    int32_t **l_216 = &l_213;
    uint64_t *l_228[4][1] = {{&g_156},{&g_156},{&g_156},{&g_156}};
    uint64_t **l_227 = &l_228[1][0];
    int8_t *l_229 = &g_188[2][1];
    int8_t l_230 = 0x7DL;
    int i, j;
    for (i = 0; i < 3; i++)
        l_68[i] = 0x3D47EBDCL;
    if ((safe_div_func_int8_t_s_s((safe_mod_func_int64_t_s_s((safe_rshift_func_int16_t_s_u((safe_sub_func_uint32_t_u_u(l_34, ((*l_39) = (++(*l_36))))), 2)), (safe_div_func_int32_t_s_s((!(safe_add_func_uint16_t_u_u(((((void*)0 != l_36) >= ((*l_53) = ((safe_sub_func_int64_t_s_s(((safe_rshift_func_uint8_t_u_u((((*l_50) ^= ((l_36 != l_36) && g_8)) <= l_52), 1)) < 0xA87BL), l_34)) ^ g_11))) <= l_52), l_52))), p_24)))), l_52)))
    { 
        uint16_t *l_59 = (void*)0;
        uint16_t **l_60 = &l_53;
        uint16_t **l_61 = (void*)0;
        uint16_t *l_63 = &g_54;
        uint16_t **l_62 = &l_63;
        uint8_t *l_64 = &g_65[2];
        int32_t l_66[3];
        int32_t *l_67[4][4] = {{&l_66[0],&l_66[2],&l_66[0],&l_66[2]},{&l_66[0],&l_66[2],&l_66[0],&l_66[2]},{&l_66[0],&l_66[2],&l_66[0],&l_66[2]},{&l_66[0],&l_66[2],&l_66[0],&l_66[2]}};
        int i, j;
        for (i = 0; i < 3; i++)
            l_66[i] = 0L;
        for (g_8 = 1; (g_8 >= 0); g_8 -= 1)
        { 
            return g_40;
        }
        l_68[2] &= (g_3 <= (((+((*l_64) ^= ((safe_rshift_func_uint16_t_u_u((!(g_40 ^ ((((*l_60) = l_59) == ((*l_62) = &g_54)) && 0xC16B405B7518DB06LL))), g_51[0][1])) , l_34))) , l_66[0]) , l_34));
    }
    else
    { 
        int16_t l_69 = 0x3E09L;
        int32_t *l_86 = &l_68[2];
        uint8_t *l_122[1][3];
        int32_t l_126 = (-1L);
        uint16_t **l_149 = &l_53;
        uint32_t **l_170 = &l_36;
        int32_t l_182[2];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_122[i][j] = &g_65[2];
        }
        for (i = 0; i < 2; i++)
            l_182[i] = 0xCCE8995DL;
        if ((l_69 >= (safe_mul_func_uint16_t_u_u(0xDB81L, (((safe_add_func_uint64_t_u_u((((g_40 > l_68[2]) | ((safe_sub_func_uint8_t_u_u(((((safe_rshift_func_uint8_t_u_s((p_25 < (-1L)), 5)) && 0x43L) , g_40) == g_51[0][1]), g_8)) >= 4294967287UL)) <= g_54), 0xD00955DF93C5815DLL)) <= l_69) , l_52)))))
        { 
            uint16_t l_84 = 0UL;
            int32_t l_101 = (-10L);
            int32_t *l_102[3];
            int i;
            for (i = 0; i < 3; i++)
                l_102[i] = (void*)0;
            if (((1L != (safe_mod_func_int16_t_s_s((((((g_12 | ((p_24 < 1UL) , ((((safe_rshift_func_uint16_t_u_s((safe_mul_func_int16_t_s_s(8L, l_84)), 6)) <= p_25) | g_3) , g_54))) >= g_40) | p_24) > 0x4D52A103ABED3A9ALL) , p_25), l_52))) < 6L))
            { 
                int32_t **l_85[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_85[i] = (void*)0;
                l_86 = &g_11;
                g_3 = g_65[3];
                g_3 = (safe_sub_func_int8_t_s_s(g_54, l_84));
                l_101 = (safe_mul_func_uint16_t_u_u(p_25, ((safe_rshift_func_uint8_t_u_s(p_24, ((safe_div_func_uint8_t_u_u((safe_sub_func_int64_t_s_s(((safe_div_func_int8_t_s_s((safe_mul_func_int8_t_s_s(((p_25 || 0xB5C327FA81B22E00LL) , (p_25 == 0xB7D65D205C6C2786LL)), p_25)), (*l_86))) , (*l_86)), (-1L))), 0xE5L)) & p_24))) & p_25)));
            }
            else
            { 
                uint32_t l_107 = 1UL;
                int32_t l_114 = 0L;
                int32_t l_115[1][3];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_115[i][j] = 0x49E5CE90L;
                }
                l_102[1] = (void*)0;
                if (g_54)
                    goto lbl_125;
                (*l_86) |= ((safe_add_func_uint32_t_u_u((((g_65[3] ^ ((l_115[0][0] = (l_114 |= ((((safe_rshift_func_int8_t_s_s((&p_24 == &g_51[0][1]), 1)) , (l_107 > (safe_add_func_int16_t_s_s((((safe_lshift_func_int16_t_s_s(((safe_mod_func_int8_t_s_s((65535UL != (-3L)), 1UL)) != 1L), 0)) , 0L) , g_54), 1L)))) <= 6UL) < p_25))) == g_51[0][0])) >= p_25) , 4294967293UL), 4294967294UL)) > g_3);
lbl_125:
                (*l_86) ^= ((safe_rshift_func_uint16_t_u_s(((safe_rshift_func_uint16_t_u_s(0UL, ((-10L) ^ ((safe_lshift_func_int16_t_s_u(((void*)0 == l_122[0][2]), 10)) , (((g_123 != (void*)0) , (**g_123)) < p_25))))) == l_114), 9)) , g_11);
                --g_127[0][2];
            }
        }
        else
        { 
            int64_t l_145 = 0x15AC177D18C20207LL;
            uint64_t *l_146[3][2];
            uint32_t *l_152 = &g_40;
            uint32_t **l_169[1][3];
            uint32_t ***l_168 = &l_169[0][2];
            int32_t l_186 = 0xFD280BCCL;
            int32_t l_187 = 0xA068DC4AL;
            int32_t l_189 = 0xEA00FD19L;
            int32_t l_191 = 0x9697EC7BL;
            int32_t l_192 = 0x90CD53C7L;
            int32_t l_193 = 0x046BDB76L;
            int32_t **l_214 = &l_86;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 2; j++)
                    l_146[i][j] = &l_34;
            }
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_169[i][j] = &l_35;
            }
            if ((((((*l_86) > ((g_147 &= (((safe_sub_func_uint16_t_u_u(((safe_mod_func_uint64_t_u_u((safe_add_func_uint8_t_u_u((((safe_unary_minus_func_uint64_t_u((((((safe_add_func_int64_t_s_s((safe_rshift_func_int8_t_s_u(g_11, 7)), ((((g_40 > (safe_add_func_int8_t_s_s((65535UL != (safe_sub_func_int16_t_s_s(g_12, (*g_124)))), g_127[0][2]))) > l_52) == 0x7D0D88A72D5F9F67LL) | 1UL))) , l_145) >= g_127[2][0]) , p_25) && 0x2EBD030DL))) & g_11) & l_52), 0x88L)), 0xFF73A4BFF4CCE49BLL)) ^ p_24), g_3)) == 0x98L) > 0xB274L)) , p_25)) < g_51[0][0]) | g_65[2]) < l_145))
            { 
                uint16_t ***l_148[1][1];
                uint32_t **l_150[3][1];
                int32_t l_153 = 0xBF64895FL;
                int32_t *l_154 = &g_3;
                int32_t *l_155[4][2] = {{&l_126,&l_68[1]},{&l_126,&l_68[1]},{&l_126,&l_68[1]},{&l_126,&l_68[1]}};
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_148[i][j] = &g_123;
                }
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_150[i][j] = &l_35;
                }
                l_153 |= ((&g_124 != (l_149 = (g_123 = &g_124))) || ((g_151 = l_39) == l_152));
                g_156--;
                (*l_154) = (safe_add_func_uint64_t_u_u(g_156, g_127[0][0]));
            }
            else
            { 
                int16_t *l_161 = &l_69;
                int32_t *l_164 = &g_3;
                int32_t **l_165 = &l_86;
                int32_t **l_166 = (void*)0;
                int32_t *l_167 = &l_68[2];
                (*l_86) = p_25;
                (*l_164) = ((((*l_161) = p_25) , ((g_65[3] != ((0x96L >= ((safe_rshift_func_int16_t_s_s(((*g_151) > ((*l_86) = g_51[1][0])), g_65[2])) <= 0x3FL)) != 0xB0F35947L)) < l_34)) >= 18446744073709551608UL);
                (*l_164) = 0xBA12D9ECL;
                l_167 = ((*l_165) = l_164);
            }
            l_170 = ((*l_168) = &g_151);
            for (l_69 = 0; (l_69 != (-8)); l_69 = safe_sub_func_uint64_t_u_u(l_69, 8))
            { 
                int32_t *l_173 = &l_68[2];
                int32_t *l_174 = &l_126;
                int32_t *l_175 = &l_68[1];
                int32_t *l_176 = (void*)0;
                int32_t *l_177 = &l_126;
                int32_t *l_178 = &l_126;
                int32_t *l_179 = &l_68[2];
                int32_t *l_180[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_180[i] = &g_3;
                --g_183;
                ++g_194;
                (*l_86) = ((safe_div_func_int64_t_s_s((+((l_191 ^= (*l_86)) <= (((&g_123 == ((p_25 == (safe_div_func_int8_t_s_s(((g_181[1] & 0xD1B2F9674B01682ELL) && (*g_151)), 0xD6L))) , &g_123)) | p_24) & g_12))), 0x66246280EF9A41DALL)) , g_188[0][1]);
                --g_204;
            }
            for (g_147 = 1; (g_147 >= 0); g_147 -= 1)
            { 
                int16_t l_209 = 1L;
                int32_t ***l_215[3][3] = {{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}};
                int64_t *l_219 = &l_145;
                int i, j;
                g_202 = p_24;
                (*l_86) = (safe_mul_func_uint16_t_u_u((l_209 != (254UL & (((((((((**g_123) = (((safe_sub_func_int8_t_s_s(p_25, (l_212 != (l_216 = l_214)))) & 0x0EE6L) , 65529UL)) > p_25) ^ g_188[1][0]) , g_190) | 0x2239E7E5C9114784LL) && 0x8069DB77638222FELL) || p_24) != 6UL))), p_25));
                g_202 ^= ((((*l_86) = (((*l_219) &= p_24) & (**l_214))) > ((safe_mul_func_int16_t_s_s(p_24, (-1L))) > (safe_lshift_func_uint8_t_u_s(g_65[2], p_25)))) || p_24);
                (*l_212) = &g_11;
            }
        }
    }
    l_230 |= ((safe_lshift_func_uint16_t_u_s((!((*l_229) = ((*l_50) &= ((0x1CF8L & 0xED8EL) ^ (g_188[2][1] | (&l_34 != ((*l_227) = &g_156))))))), p_24)) || g_203[1]);
    return p_25;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_12, "g_12", print_hash_value);
    transparent_crc(g_40, "g_40", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_51[i][j], "g_51[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_54, "g_54", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_65[i], "g_65[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_127[i][j], "g_127[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_147, "g_147", print_hash_value);
    transparent_crc(g_156, "g_156", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_181[i], "g_181[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_183, "g_183", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_188[i][j], "g_188[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_190, "g_190", print_hash_value);
    transparent_crc(g_194, "g_194", print_hash_value);
    transparent_crc(g_202, "g_202", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_203[i], "g_203[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_204, "g_204", print_hash_value);
    transparent_crc(g_243, "g_243", print_hash_value);
    transparent_crc(g_278, "g_278", print_hash_value);
    transparent_crc(g_301, "g_301", print_hash_value);
    transparent_crc(g_352, "g_352", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
