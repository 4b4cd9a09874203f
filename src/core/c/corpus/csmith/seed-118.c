#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0xF6AF1124L;
static int32_t g_6 = 0xD3F46721L;
static int32_t g_8 = 1L;
static const int32_t g_32 = 0xC0A9C5A7L;
static uint32_t g_55[4][1] = {{4294967295UL},{4294967295UL},{4294967295UL},{4294967295UL}};
static uint32_t g_58 = 0xBA8B036CL;
static uint16_t g_75 = 7UL;
static uint16_t g_77[3][1] = {{0xA33FL},{0xA33FL},{0xA33FL}};
static int8_t g_79 = 0x9BL;
static int32_t ***g_95 = (void*)0;
static const int8_t g_105 = (-8L);
static uint64_t g_110 = 1UL;
static uint32_t g_116 = 0x98D8379AL;
static int16_t *g_119 = (void*)0;
static uint8_t g_133 = 1UL;
static int64_t g_136 = (-9L);
static int16_t g_180 = 0x1C66L;
static int32_t g_181[1] = {4L};
static int8_t g_183[4] = {(-1L),(-1L),(-1L),(-1L)};
static int16_t g_184 = 1L;
static uint32_t g_211 = 18446744073709551607UL;
static int32_t g_231 = 0xC21F15DCL;
static int64_t g_232[1][4] = {{0x6D48F99CA2A9956ALL,0x6D48F99CA2A9956ALL,0x6D48F99CA2A9956ALL,0x6D48F99CA2A9956ALL}};
static uint64_t g_234 = 0xA79E077B5E051AC8LL;
static int8_t * const g_265 = &g_79;
static int8_t * const *g_264 = &g_265;
static int8_t * const **g_263 = &g_264;
static int8_t * const ***g_262 = &g_263;
static int16_t g_272 = (-1L);
static const uint8_t g_281[4][3] = {{0x3FL,0x3FL,0UL},{0x3FL,0x3FL,0UL},{0x3FL,0x3FL,0UL},{0x3FL,0x3FL,0UL}};
static uint8_t ****g_282 = (void*)0;
static uint8_t g_313 = 0xD6L;
static const int32_t *g_320 = &g_6;
static const int32_t **g_319 = &g_320;
static uint16_t  func_1(void);
static int32_t  func_12(uint32_t  p_13, int32_t * p_14, int32_t * p_15, const int32_t * p_16);
static const int32_t * func_33(int16_t  p_34, int32_t ** const  p_35, const int32_t ** p_36, uint32_t  p_37, int32_t ** p_38);
static uint16_t  func_1(void)
{ 
    const int32_t *l_24 = &g_2;
    const int32_t *l_31 = &g_32;
    int32_t *l_60 = &g_2;
    int32_t ** const l_59[2] = {&l_60,&l_60};
    int8_t ** const l_290 = (void*)0;
    int8_t ** const *l_289 = &l_290;
    int8_t ** const **l_288 = &l_289;
    int8_t ** const ***l_287 = &l_288;
    const int32_t l_308 = 0L;
    int i;
    for (g_2 = 22; (g_2 == 3); g_2 = safe_sub_func_uint32_t_u_u(g_2, 1))
    { 
        uint16_t l_5[1][2];
        uint64_t l_53 = 0UL;
        int32_t l_56[3][1];
        const int32_t **l_61 = &l_24;
        int32_t **l_62 = (void*)0;
        const uint32_t l_239 = 0UL;
        int16_t *l_246 = &g_184;
        int8_t *l_269 = &g_183[2];
        int8_t **l_268 = &l_269;
        int8_t ***l_267 = &l_268;
        int8_t ****l_266 = &l_267;
        int32_t l_310 = 0xBBCE2EB2L;
        int32_t l_314[3][3] = {{0xB3AE4025L,0xCE0F7AFCL,0xB3AE4025L},{0xB3AE4025L,0xCE0F7AFCL,0xB3AE4025L},{0xB3AE4025L,0xCE0F7AFCL,0xB3AE4025L}};
        int64_t l_333 = 0x68A6B7EA1FA74C0ALL;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_5[i][j] = 1UL;
        }
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_56[i][j] = 0x700C0D35L;
        }
    }
    return g_6;
}
static int32_t  func_12(uint32_t  p_13, int32_t * p_14, int32_t * p_15, const int32_t * p_16)
{ 
    uint8_t l_25[4][1] = {{0xA4L},{0x34L},{0xA4L},{0x34L}};
    int i, j;
    return l_25[3][0];
}
static const int32_t * func_33(int16_t  p_34, int32_t ** const  p_35, const int32_t ** p_36, uint32_t  p_37, int32_t ** p_38)
{ 
    uint8_t *l_71 = (void*)0;
    int32_t l_72 = 0x4351D5E8L;
    int32_t l_73 = 0xC83B0F60L;
    uint16_t *l_74 = &g_75;
    uint16_t *l_76[3][4] = {{&g_77[1][0],&g_77[1][0],&g_77[1][0],&g_77[1][0]},{&g_77[1][0],&g_77[1][0],&g_77[1][0],&g_77[1][0]},{&g_77[1][0],&g_77[1][0],&g_77[1][0],&g_77[1][0]}};
    int8_t *l_78 = &g_79;
    int32_t *l_85 = &g_8;
    int32_t **l_84 = &l_85;
    int32_t ***l_96 = &l_84;
    int32_t l_177 = 1L;
    int i, j;
    if ((((*l_78) = ((safe_add_func_uint64_t_u_u(g_55[1][0], (safe_mul_func_uint16_t_u_u((l_73 = ((*l_74) = (((safe_mod_func_uint32_t_u_u(((l_72 = (safe_sub_func_int32_t_s_s(g_2, 0xB7DFF937L))) & g_32), ((((void*)0 != p_38) != l_73) || l_73))) > g_2) != p_37))), g_8)))) >= 255UL)) || (-7L)))
    { 
        int32_t **l_83 = (void*)0;
        int32_t ***l_82 = &l_83;
        int32_t *l_88 = &g_6;
        int32_t *l_94 = &g_6;
        (*l_88) ^= (safe_lshift_func_int16_t_s_s((((((*l_82) = p_38) != l_84) | (((p_34 < 0x2D060950C43CAE23LL) >= (safe_div_func_uint64_t_u_u(((((*p_35) != (void*)0) , (**l_84)) >= p_34), p_34))) && g_55[1][0])) | 0L), 7));
        (*l_88) ^= ((g_58 , (+(safe_mul_func_uint16_t_u_u(65535UL, (safe_sub_func_uint64_t_u_u(((l_94 != (*p_35)) , ((l_96 = g_95) != &p_38)), (**l_84))))))) , 0xA5642BEDL);
    }
    else
    { 
        const int8_t *l_102 = (void*)0;
        const int8_t **l_101 = &l_102;
        const int8_t *l_104 = &g_105;
        const int8_t **l_103 = &l_104;
        uint32_t *l_108 = &g_55[2][0];
        uint64_t *l_109 = &g_110;
        int32_t l_111 = 0xFB991B7FL;
        uint8_t *l_131 = (void*)0;
        uint8_t *l_132[3];
        uint8_t **l_134 = &l_132[1];
        int64_t *l_135[1];
        uint32_t l_137 = 0x115DA6A5L;
        uint8_t l_165 = 250UL;
        int32_t l_179 = 0x281F5AF2L;
        int32_t l_182 = 0xEAF90657L;
        int32_t l_185 = 0L;
        uint16_t l_186 = 65528UL;
        uint8_t *l_208[2][2] = {{&l_165,&l_165},{&l_165,&l_165}};
        int32_t l_209 = 0x2D536536L;
        const int32_t *l_226[1][2];
        int i, j;
        for (i = 0; i < 3; i++)
            l_132[i] = &g_133;
        for (i = 0; i < 1; i++)
            l_135[i] = &g_136;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_226[i][j] = (void*)0;
        }
        if (((safe_rshift_func_uint16_t_u_s(((**l_84) = (safe_mod_func_uint8_t_u_u(((((*l_78) |= ((((*l_101) = (void*)0) != ((*l_103) = l_78)) & 0xFE3D07904212E26ELL)) & (((*l_109) = (((*l_108) = (safe_div_func_uint8_t_u_u(((g_95 != g_95) | (-1L)), g_105))) || 0x785ABE16L)) , 0xD1L)) && l_111), (***l_96)))), p_34)) , (-10L)))
        { 
            const int32_t *l_112 = &l_111;
            return (*p_36);
        }
        else
        { 
            int32_t l_122[4] = {0L,0L,0L,0L};
            int32_t l_123 = 0x19D97827L;
            int32_t *l_124[2];
            int i;
            for (i = 0; i < 2; i++)
                l_124[i] = &l_111;
            for (g_58 = 0; (g_58 <= 2); g_58 += 1)
            { 
                int8_t l_113 = 0x1AL;
                uint64_t *l_114 = &g_110;
                uint32_t *l_115 = &g_116;
                (*l_85) &= (((((255UL ^ ((((((l_111 & (((l_113 <= 4294967295UL) != g_77[1][0]) , (-1L))) , (void*)0) != l_114) < 249UL) || 0UL) != l_111)) < p_34) ^ 0x6BE4L) , (-10L)) || l_111);
                (*l_85) &= ((0x31E64C26L <= (((++(*l_115)) , g_119) == g_119)) ^ (p_37 , (safe_mul_func_int16_t_s_s((l_109 != &g_110), p_34))));
                (***l_96) ^= (l_123 = l_122[1]);
                (*p_36) = (*l_84);
            }
            l_72 = ((**l_84) = l_122[1]);
        }
        if ((0xD8A91DCC145740F1LL != (l_137 = ((safe_mul_func_int16_t_s_s((((l_109 != (void*)0) | ((*l_74) = (safe_add_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(((*l_85) = p_37), (((*l_134) = l_71) != (void*)0))), l_111)))) != p_37), 1UL)) == 1UL))))
        { 
            const int32_t *l_138 = &g_6;
            (*p_36) = (*p_36);
            return l_138;
        }
        else
        { 
            int64_t l_152 = 0x5573AC2B988980C3LL;
            int32_t *l_158 = &l_72;
            int32_t l_178[3];
            int8_t **l_190 = &l_78;
            int8_t ***l_189 = &l_190;
            int i;
            for (i = 0; i < 3; i++)
                l_178[i] = (-1L);
            if ((l_111 |= (safe_add_func_int32_t_s_s((safe_add_func_uint32_t_u_u(l_137, ((((safe_sub_func_uint8_t_u_u((((safe_mul_func_int8_t_s_s(1L, p_37)) >= (-6L)) | (((*l_108) ^= ((safe_lshift_func_uint8_t_u_s(((safe_lshift_func_uint8_t_u_u((safe_unary_minus_func_uint32_t_u(0xA04BA90EL)), g_110)) >= p_34), 3)) ^ p_34)) < (**l_84))), 0x16L)) >= 1UL) , l_152) == (**p_36)))), 0L))))
            { 
                const uint8_t *l_157 = &g_133;
                int32_t l_164 = (-7L);
                int32_t *l_175 = &l_73;
                int32_t *l_176[2][3] = {{&g_6,&g_2,&g_6},{&g_6,&g_2,&g_6}};
                int8_t ****l_191[2];
                int i, j;
                for (i = 0; i < 2; i++)
                    l_191[i] = &l_189;
                (*l_85) = ((safe_mod_func_uint8_t_u_u((((safe_sub_func_int8_t_s_s((l_157 == (void*)0), ((l_158 == (void*)0) , (safe_mul_func_int16_t_s_s(((((+(((safe_lshift_func_uint16_t_u_u(p_37, 8)) >= p_34) > (*l_158))) < g_133) , 0UL) < 0L), l_164))))) < l_165) , l_164), g_77[1][0])) || p_34);
                l_177 &= ((*l_175) |= ((*l_158) ^= (+(safe_div_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((0x36D37E95L > (((safe_div_func_int8_t_s_s(((*l_78) ^= p_37), (***l_96))) , ((**l_84) = (safe_rshift_func_uint16_t_u_u(((*l_74) = 1UL), 1)))) , 0x0DA6F0B9L)), g_136)), 0x9C39L)))));
                --l_186;
                l_189 = l_189;
            }
            else
            { 
                const int32_t *l_192 = &l_178[1];
                return (*p_35);
            }
            (*p_36) = ((*l_84) = (((safe_mod_func_uint8_t_u_u((safe_add_func_uint32_t_u_u(((0x0E512B8EL | 0L) & ((((safe_rshift_func_uint8_t_u_u((((***l_96) && (((safe_div_func_uint32_t_u_u(4294967291UL, (safe_mul_func_int8_t_s_s(0x91L, 1UL)))) | g_55[1][0]) , l_182)) && (-10L)), (**l_84))) && 0x1AC59717F0BBE911LL) <= 1UL) || (**p_35))), (*l_158))), 0xE8L)) , l_111) , (*p_35)));
            (*l_158) = (safe_div_func_int16_t_s_s(g_183[0], (**l_84)));
        }
        (*l_84) = &l_111;
        if (((~g_180) && ((void*)0 == l_208[1][0])))
        { 
            int32_t *l_210[4][4] = {{(void*)0,(void*)0,&l_209,&l_185},{(void*)0,&l_179,(void*)0,&l_209},{(void*)0,&l_209,&l_209,(void*)0},{(void*)0,&l_209,&l_185,&l_209}};
            int i, j;
            for (g_116 = 0; (g_116 <= 0); g_116 += 1)
            { 
                (***l_96) = 7L;
                if ((**l_84))
                    continue;
                if (l_209)
                    break;
            }
            g_211--;
            (*l_85) = l_182;
        }
        else
        { 
            int32_t l_224 = 0x03A11718L;
            (***l_96) = (safe_add_func_uint32_t_u_u(g_79, 0xFE5E5E13L));
            for (g_184 = 0; (g_184 <= 17); g_184 = safe_add_func_int16_t_s_s(g_184, 6))
            { 
                int32_t *l_225 = &l_73;
                g_8 &= ((safe_sub_func_int32_t_s_s(l_186, l_111)) != ((((*l_225) = (safe_mul_func_int8_t_s_s(0L, (l_209 ^= (l_165 == l_224))))) & (**p_36)) == 0UL));
                return l_226[0][1];
            }
        }
    }
    return (*p_36);
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
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_32, "g_32", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_55[i][j], "g_55[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_77[i][j], "g_77[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_79, "g_79", print_hash_value);
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_110, "g_110", print_hash_value);
    transparent_crc(g_116, "g_116", print_hash_value);
    transparent_crc(g_133, "g_133", print_hash_value);
    transparent_crc(g_136, "g_136", print_hash_value);
    transparent_crc(g_180, "g_180", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_181[i], "g_181[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_183[i], "g_183[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_184, "g_184", print_hash_value);
    transparent_crc(g_211, "g_211", print_hash_value);
    transparent_crc(g_231, "g_231", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_232[i][j], "g_232[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_234, "g_234", print_hash_value);
    transparent_crc(g_272, "g_272", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_281[i][j], "g_281[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_313, "g_313", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
