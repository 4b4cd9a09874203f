#include "csmith.h"
static long __undefined;
static int32_t g_11[4][2] = {{0xF0946507L,0L},{0L,0xF0946507L},{0L,0L},{0xF0946507L,0L}};
static int32_t *g_10[4] = {&g_11[2][0],&g_11[2][0],&g_11[2][0],&g_11[2][0]};
static int32_t g_13[2][3] = {{2L,0xA3CC92EAL,2L},{2L,0xA3CC92EAL,2L}};
static uint64_t g_27 = 0UL;
static int16_t g_29 = 0xFCD4L;
static int32_t g_93[1][2] = {{0xED4AB7E1L,0xED4AB7E1L}};
static uint64_t g_117 = 0UL;
static int16_t *g_137 = &g_29;
static int16_t **g_136 = &g_137;
static int32_t g_150 = 1L;
static int32_t *g_149 = &g_150;
static int64_t g_164 = 0x4E961A171FB92C6DLL;
static uint32_t g_195 = 18446744073709551615UL;
static int32_t g_209 = (-1L);
static uint8_t g_240 = 1UL;
static uint8_t * const g_239 = &g_240;
static uint32_t  func_1(void);
static int32_t * func_2(uint64_t  p_3, int32_t * p_4, uint8_t  p_5);
static int32_t * func_8(int32_t * p_9);
static uint32_t  func_1(void)
{ 
    int32_t **l_148 = &g_10[1];
    int32_t **l_151 = &g_149;
    int16_t **l_153 = &g_137;
    int16_t ***l_152 = &l_153;
    uint64_t *l_244 = &g_117;
    g_10[1] = func_2((safe_add_func_uint8_t_u_u((((((*l_148) = func_8(g_10[1])) != ((*l_151) = g_149)) < (((*l_152) = &g_137) != (void*)0)) > 2L), g_93[0][1])), &g_150, g_150);
    for (g_117 = (-17); (g_117 >= 45); ++g_117)
    { 
        int32_t ***l_230 = &l_151;
        uint64_t *l_241 = (void*)0;
        uint64_t *l_242 = &g_27;
        uint64_t **l_243 = &l_241;
        (**l_148) = (((*l_243) = ((((**g_136) && (((*l_230) = l_151) != ((safe_lshift_func_int16_t_s_s((**g_136), 13)) , &g_10[1]))) & (safe_div_func_int16_t_s_s((((*l_242) = (safe_mod_func_int64_t_s_s((((void*)0 != g_239) || 0L), g_11[0][0]))) & 0UL), g_11[2][0]))) , &g_117)) != l_244);
    }
    (*l_148) = (*l_148);
    return g_195;
}
static int32_t * func_2(uint64_t  p_3, int32_t * p_4, uint8_t  p_5)
{ 
    uint8_t l_156 = 0xFCL;
    int64_t *l_163 = &g_164;
    uint64_t l_167 = 0xDC904894F32EFBFDLL;
    int32_t l_168 = 0xC5C37A72L;
    int32_t l_184 = 0xD601C4F4L;
    int32_t l_185 = 1L;
    int32_t l_186 = 3L;
    int32_t l_187 = 1L;
    int32_t l_188[2][3] = {{0xE435CB93L,0L,0L},{0xE435CB93L,0L,0L}};
    const int16_t **l_200 = (void*)0;
    const int16_t ***l_199 = &l_200;
    int i, j;
    (*p_4) ^= (&g_136 == (((safe_mod_func_int16_t_s_s(l_156, (~0xE0B9F2EA3B7AFEDBLL))) , ((l_156 > ((((((safe_sub_func_int64_t_s_s((+((*l_163) ^= l_156)), l_156)) , 0xA56F4A34D9B1F63CLL) < l_156) , 0x1D454ED2D85002B8LL) > 0L) ^ l_156)) == 246UL)) , &g_136));
    l_168 &= (65534UL & ((*g_137) = (18446744073709551615UL & (safe_mod_func_uint32_t_u_u((((l_167 > g_29) , 0xA70E4DF972C4620BLL) <= 0xE7EEA750E9ED46ACLL), (*p_4))))));
    if ((~1UL))
    { 
        int32_t *l_170 = &g_13[0][0];
        int32_t *l_171 = &g_13[0][2];
        int32_t *l_172 = &l_168;
        int32_t *l_173 = &g_13[0][0];
        int32_t *l_174 = (void*)0;
        int32_t *l_175 = &g_13[1][2];
        int32_t *l_176 = (void*)0;
        int32_t *l_177 = &g_13[0][0];
        int32_t l_178 = 0x87948F24L;
        int32_t *l_179 = &g_150;
        int32_t *l_180 = &g_11[0][0];
        int32_t *l_181 = &l_168;
        int32_t *l_182 = (void*)0;
        int32_t *l_183[3];
        uint8_t l_189 = 255UL;
        uint32_t *l_194[4];
        uint64_t *l_196[4][4];
        const int16_t ****l_201 = &l_199;
        uint8_t l_202 = 1UL;
        int i, j;
        for (i = 0; i < 3; i++)
            l_183[i] = (void*)0;
        for (i = 0; i < 4; i++)
            l_194[i] = &g_195;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 4; j++)
                l_196[i][j] = &l_167;
        }
        g_10[1] = l_170;
        --l_189;
        l_202 = (safe_lshift_func_uint16_t_u_s((((g_195 = ((*l_179) &= p_3)) , (((p_3 < (l_187 = 0xD4DA23228502CDADLL)) , (((safe_add_func_int32_t_s_s(((((*l_201) = l_199) != &g_136) , (*l_181)), (*l_172))) , (void*)0) == &g_195)) == g_11[3][1])) >= l_168), 15));
    }
    else
    { 
        uint64_t l_212[3][4] = {{0x147F8CD85230C50ELL,0x147F8CD85230C50ELL,0x147F8CD85230C50ELL,0x147F8CD85230C50ELL},{0x147F8CD85230C50ELL,0x147F8CD85230C50ELL,0x147F8CD85230C50ELL,0x147F8CD85230C50ELL},{0x147F8CD85230C50ELL,0x147F8CD85230C50ELL,0x147F8CD85230C50ELL,0x147F8CD85230C50ELL}};
        int32_t *l_225 = &g_209;
        int32_t *l_226[3][4] = {{&g_13[0][0],&g_11[3][1],&g_11[3][1],&g_13[0][0]},{&g_11[3][1],&g_13[0][0],&g_11[3][1],&g_11[3][1]},{&g_11[3][1],&g_11[3][1],&g_13[0][0],&g_11[3][1]}};
        int32_t **l_227 = &g_10[2];
        int i, j;
        for (g_195 = 0; (g_195 == 53); g_195++)
        { 
            int32_t *l_205 = &l_185;
            int32_t *l_206 = (void*)0;
            int32_t *l_207 = &l_187;
            int32_t *l_208 = &g_150;
            int32_t *l_210 = &g_11[2][0];
            int32_t *l_211[3][4] = {{&g_13[1][2],&g_11[2][1],&g_11[2][1],&g_13[1][2]},{&g_11[2][1],&g_13[1][2],&g_11[2][1],&g_11[2][1]},{&g_13[1][2],&g_13[1][2],&l_184,&g_13[1][2]}};
            int i, j;
            l_212[2][3]++;
            if ((*g_149))
                break;
        }
        for (g_117 = 0; (g_117 <= 0); g_117 += 1)
        { 
            int i;
            if ((*p_4))
                break;
            (*g_149) ^= 0x2914CA68L;
            for (g_164 = 0; (g_164 >= 0); g_164 -= 1)
            { 
                int32_t *l_215 = &l_187;
                (*l_215) ^= (*p_4);
                (*g_149) |= (safe_lshift_func_int16_t_s_u((p_4 == p_4), 13));
            }
            for (l_186 = 0; (l_186 <= 2); l_186 += 1)
            { 
                int32_t l_224 = 0x1D9B135EL;
                (*g_149) = ((p_3 ^ 8UL) < ((safe_rshift_func_int16_t_s_u((-7L), 2)) , (safe_mod_func_uint32_t_u_u(g_27, (safe_sub_func_int32_t_s_s((-10L), (*p_4)))))));
                if (l_224)
                    break;
                return l_225;
            }
            for (l_185 = 0; (l_185 <= 2); l_185 += 1)
            { 
                return &g_150;
            }
        }
        (*l_227) = (g_149 = &g_209);
    }
    return p_4;
}
static int32_t * func_8(int32_t * p_9)
{ 
    int32_t **l_12[2][2];
    int64_t l_18 = 0xF27142B622B60780LL;
    uint8_t l_34 = 1UL;
    int16_t *l_69[1];
    int16_t **l_68 = &l_69[0];
    int16_t ***l_67 = &l_68;
    int64_t l_94[2][1];
    uint16_t l_95 = 65528UL;
    int8_t l_115 = 0L;
    int32_t **l_132 = &g_10[1];
    const int16_t *l_135[3];
    const int16_t **l_134 = &l_135[2];
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_12[i][j] = &g_10[0];
    }
    for (i = 0; i < 1; i++)
        l_69[i] = &g_29;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_94[i][j] = (-5L);
    }
    for (i = 0; i < 3; i++)
        l_135[i] = &g_29;
    g_10[1] = p_9;
    for (g_13[0][0] = 0; (g_13[0][0] > 6); g_13[0][0] = safe_add_func_uint64_t_u_u(g_13[0][0], 4))
    { 
        uint16_t l_16 = 0xB973L;
        int16_t *l_32 = &g_29;
        int16_t **l_31 = &l_32;
        const int32_t l_61 = 1L;
        int32_t l_62 = 0x7CC540EDL;
        int16_t ***l_66 = &l_31;
        uint8_t l_70 = 0x8CL;
        int32_t l_77 = 0x172E912FL;
        int32_t l_78 = 0x6B667A95L;
        int32_t l_79 = 0x40CD912EL;
        int8_t l_81 = (-1L);
        int32_t l_82[4] = {(-10L),(-10L),(-10L),(-10L)};
        int64_t l_84 = (-1L);
        uint64_t *l_116 = &g_117;
        int32_t l_118 = 0xD1FB2183L;
        int32_t *l_119[2];
        int64_t l_138[1];
        int64_t l_139 = (-1L);
        int i;
        for (i = 0; i < 2; i++)
            l_119[i] = &g_11[2][0];
        for (i = 0; i < 1; i++)
            l_138[i] = (-1L);
        if (l_16)
        { 
            int32_t **l_17 = &g_10[1];
            int32_t l_30[2];
            uint16_t *l_52 = &l_16;
            int i;
            for (i = 0; i < 2; i++)
                l_30[i] = 0L;
            if (((&p_9 == l_17) > 0x6AA1C33C017F215ALL))
            { 
                uint32_t l_19 = 4294967290UL;
                uint64_t *l_26 = &g_27;
                int16_t *l_28[4][4];
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_28[i][j] = &g_29;
                }
                (*l_17) = &g_11[2][0];
                l_19 &= (((**l_17) && l_18) ^ 8L);
                l_30[0] ^= ((g_29 &= (((0x7963F6D1L < (0UL <= (((*l_26) ^= (safe_mul_func_uint16_t_u_u(((((safe_mod_func_uint64_t_u_u(((l_19 , (safe_lshift_func_int8_t_s_u(g_11[2][1], (g_13[1][2] , g_13[0][2])))) && g_13[0][0]), g_13[1][1])) < 0xCCL) , (**l_17)) , 65534UL), 65529UL))) == g_11[2][1]))) <= g_13[1][1]) , l_16)) < (**l_17));
            }
            else
            { 
                int16_t ***l_33 = &l_31;
                if ((**l_17))
                    break;
                if ((*p_9))
                    continue;
                (*l_33) = l_31;
                --l_34;
            }
            for (l_16 = 14; (l_16 <= 41); l_16++)
            { 
                (**l_17) = (*p_9);
            }
            l_62 ^= ((!(((0x7FA8L < (8L | (safe_div_func_int8_t_s_s(((0x9414028BL && (safe_lshift_func_uint8_t_u_s((((safe_mod_func_uint32_t_u_u((0x82L | (((safe_rshift_func_uint16_t_u_s(((*l_52)++), 8)) || ((safe_div_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_s(((safe_add_func_int32_t_s_s((*p_9), 1L)) , l_61), 12)), 4L)) <= (**l_17))) ^ 0L)), 0x0CCCF04AL)) , (void*)0) == (void*)0), g_13[0][0]))) < g_13[0][0]), 0xB6L)))) == (**l_17)) ^ g_11[2][0])) <= 5UL);
            return &g_13[0][0];
        }
        else
        { 
            uint8_t *l_71[1];
            int32_t l_72 = 0x12ED6996L;
            int32_t l_73 = (-7L);
            int i;
            for (i = 0; i < 1; i++)
                l_71[i] = &l_34;
            for (l_34 = 0; (l_34 <= 1); l_34 += 1)
            { 
                uint32_t l_63 = 0x05ACF7E1L;
                int i, j;
                l_63++;
            }
            l_73 = ((5L <= (l_72 &= (((((l_66 != l_67) >= 0xC6F7076835008519LL) <= l_70) & 0UL) | l_70))) ^ g_27);
        }
        for (g_29 = (-29); (g_29 != (-5)); ++g_29)
        { 
            int32_t l_76 = 0xB97028ADL;
            int32_t l_80 = 0xF4AE4FB5L;
            int64_t l_83 = 0xAF87FBE72DC7329ALL;
            int32_t l_85 = 5L;
            int32_t l_86 = 0x79FE0895L;
            int32_t l_87 = 0xCA947115L;
            int32_t l_88 = 0xE89F1BA8L;
            int32_t l_89 = 0x90EDD544L;
            int32_t l_90 = 0x3F077A86L;
            int32_t l_91[3];
            int8_t l_92[1];
            uint16_t *l_102 = (void*)0;
            uint64_t *l_103 = (void*)0;
            uint64_t *l_104 = (void*)0;
            uint64_t *l_105 = &g_27;
            int8_t *l_111 = &l_81;
            int8_t *l_112 = (void*)0;
            int8_t *l_113 = (void*)0;
            int8_t *l_114 = &l_92[0];
            int i;
            for (i = 0; i < 3; i++)
                l_91[i] = 0x317A473EL;
            for (i = 0; i < 1; i++)
                l_92[i] = 0L;
            l_95++;
            l_77 = (((((((safe_div_func_uint8_t_u_u((safe_add_func_uint64_t_u_u(((((g_29 >= ((*l_114) = (((l_78 = 5UL) != (9L ^ (((*p_9) = ((++(*l_105)) , l_90)) & (safe_mul_func_int8_t_s_s(((*l_111) = (((((+((g_29 , g_29) <= (-10L))) < l_85) & l_84) ^ l_16) < g_93[0][1])), l_82[3]))))) || g_29))) , l_77) , g_11[2][0]) ^ g_13[0][0]), l_90)), l_115)) < 255UL) , l_81) , &g_27) == l_116) ^ l_118) >= 0L);
            l_119[1] = &l_82[3];
            for (l_83 = 0; (l_83 > 28); l_83 = safe_add_func_int32_t_s_s(l_83, 9))
            { 
                int32_t ***l_131 = (void*)0;
                int32_t ***l_133 = &l_132;
                (*p_9) = ((safe_add_func_uint8_t_u_u((((safe_unary_minus_func_uint64_t_u((safe_div_func_uint8_t_u_u(((safe_add_func_int16_t_s_s(((safe_mod_func_uint32_t_u_u((((((((l_88 | (((l_12[1][0] = l_12[1][1]) != ((*l_133) = l_132)) , 3UL)) , l_134) == g_136) ^ 18446744073709551611UL) && 0xE1F95EBBL) < (*p_9)) ^ g_93[0][1]), l_138[0])) || l_92[0]), 65534UL)) <= l_139), g_93[0][1])))) , g_27) & l_115), l_80)) ^ g_117);
                (***l_133) = (g_13[1][1] == (safe_lshift_func_uint16_t_u_u(((l_76 == (safe_sub_func_uint64_t_u_u(((((safe_mul_func_int16_t_s_s((l_76 , (***l_133)), (safe_add_func_uint64_t_u_u(g_27, g_11[2][1])))) < 1UL) , 1UL) > l_92[0]), l_91[0]))) < l_89), g_93[0][0])));
            }
        }
    }
    (*p_9) = (-8L);
    return p_9;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_11[i][j], "g_11[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_13[i][j], "g_13[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_27, "g_27", print_hash_value);
    transparent_crc(g_29, "g_29", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_93[i][j], "g_93[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_117, "g_117", print_hash_value);
    transparent_crc(g_150, "g_150", print_hash_value);
    transparent_crc(g_164, "g_164", print_hash_value);
    transparent_crc(g_195, "g_195", print_hash_value);
    transparent_crc(g_209, "g_209", print_hash_value);
    transparent_crc(g_240, "g_240", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
