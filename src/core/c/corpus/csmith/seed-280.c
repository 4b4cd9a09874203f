#include "csmith.h"
static long __undefined;
static uint8_t g_3 = 255UL;
static uint32_t g_11[2] = {0x1C3C39BAL,0x1C3C39BAL};
static uint32_t g_13 = 0x4C8F0D07L;
static uint32_t *g_12 = &g_13;
static int8_t g_43 = 0x20L;
static uint16_t g_46[3][2] = {{65534UL,65534UL},{65534UL,65534UL},{65534UL,65534UL}};
static const uint16_t g_51 = 65529UL;
static uint64_t g_56[1][1] = {{0x98071081B27067D5LL}};
static int32_t g_58 = 3L;
static int32_t g_59 = 0x7E8B7DD1L;
static int32_t g_63 = 2L;
static uint32_t g_107 = 0xE5B73647L;
static int32_t g_126[3][4] = {{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)}};
static uint64_t g_127[2][2] = {{0x4590BACEAEEF4A51LL,0x4590BACEAEEF4A51LL},{0x4590BACEAEEF4A51LL,0x4590BACEAEEF4A51LL}};
static uint16_t *g_132 = &g_46[2][1];
static uint16_t **g_131[3] = {&g_132,&g_132,&g_132};
static uint16_t ***g_130 = &g_131[0];
static uint16_t ***g_137 = (void*)0;
static uint32_t g_139 = 0x21954321L;
static uint32_t *g_138 = &g_139;
static uint8_t g_178[1][1] = {{250UL}};
static uint64_t *g_182 = &g_127[1][1];
static uint64_t **g_181 = &g_182;
static uint64_t ***g_180 = &g_181;
static uint32_t g_187[2][2] = {{0x5490C034L,0x5490C034L},{0x5490C034L,0x5490C034L}};
static int16_t g_204 = 1L;
static int32_t g_251[4] = {0x36953446L,0x36953446L,0x36953446L,0x36953446L};
static const uint32_t  func_1(void);
static uint32_t * func_14(int8_t  p_15, uint32_t * p_16, uint32_t  p_17, uint32_t * p_18, const uint32_t  p_19);
static uint8_t  func_31(uint32_t * p_32, uint32_t  p_33, int8_t  p_34);
static const uint32_t  func_1(void)
{ 
    int32_t l_2 = (-4L);
    uint32_t *l_20 = &g_13;
    int32_t l_160 = 8L;
    uint64_t *l_164 = &g_127[1][1];
    uint64_t **l_163[2];
    int16_t *l_248 = &g_204;
    int32_t *l_258 = &g_59;
    int i;
    for (i = 0; i < 2; i++)
        l_163[i] = &l_164;
    if (l_2)
    { 
        int16_t l_140[3][2] = {{0x6DCCL,0x6DCCL},{(-1L),0x6DCCL},{0x6DCCL,(-1L)}};
        int32_t l_153[4][3];
        uint64_t *l_162[3];
        uint64_t **l_161 = &l_162[1];
        int32_t l_188 = 1L;
        int32_t *l_190 = &l_153[3][1];
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 3; j++)
                l_153[i][j] = (-6L);
        }
        for (i = 0; i < 3; i++)
            l_162[i] = (void*)0;
        if (g_3)
        { 
            return g_3;
        }
        else
        { 
            uint32_t *l_10 = &g_11[0];
            int32_t *l_141 = &l_2;
            uint64_t *l_152 = (void*)0;
            uint64_t *l_154 = &g_56[0][0];
            int16_t *l_159 = (void*)0;
            int32_t *l_165 = &g_59;
            (*l_141) = (safe_rshift_func_int16_t_s_u((safe_div_func_uint16_t_u_u((safe_add_func_int64_t_s_s(((-1L) & (((*l_10) = g_3) <= (((l_10 != g_12) , func_14((0xAF5BFB66L < (*g_12)), &g_13, (*g_12), l_20, l_2)) == g_138))), l_140[0][1])), g_126[2][1])), 15));
lbl_189:
            (*l_165) &= ((safe_div_func_uint8_t_u_u((((safe_lshift_func_int16_t_s_s(((0L < (safe_div_func_uint32_t_u_u(((*l_141) ^ (l_160 = (safe_mul_func_uint16_t_u_u((safe_sub_func_uint8_t_u_u(g_51, ((((*l_154)++) < (safe_div_func_uint32_t_u_u((*l_141), l_2))) > 0x3EL))), 2L)))), 0x99EBF928L))) != g_11[0]), 13)) , l_161) != l_163[0]), (*l_141))) >= 0L);
            for (g_58 = 0; (g_58 > (-20)); g_58 = safe_sub_func_int32_t_s_s(g_58, 1))
            { 
                uint32_t *l_174 = &g_13;
                uint8_t *l_177 = &g_178[0][0];
                int32_t l_179 = 0x99C725F5L;
                uint32_t *l_185 = (void*)0;
                uint32_t *l_186[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_186[i] = &g_187[0][1];
                g_59 = ((safe_sub_func_uint64_t_u_u(((*l_164) = (safe_mul_func_int16_t_s_s(l_140[0][1], (((safe_mod_func_uint16_t_u_u(((*g_138) >= (l_174 != &g_11[0])), ((safe_mod_func_int32_t_s_s((((*l_177) = (g_3 = g_126[1][3])) < l_179), 0xD29671F1L)) | l_179))) != g_46[1][0]) == g_13)))), (*l_165))) ^ 0UL);
                l_188 &= (((void*)0 == &g_130) | ((&g_139 != (((g_180 != (((*l_165) ^= (((safe_mul_func_uint8_t_u_u((((*l_177) = g_58) < 4UL), l_153[3][0])) >= l_179) && 0xC6434686L)) , &g_181)) != 0x8B956188L) , &g_139)) > 255UL));
                if (l_2)
                    break;
            }
            if (g_3)
                goto lbl_189;
        }
        (*l_190) ^= (-1L);
        for (l_188 = 0; (l_188 < 16); ++l_188)
        { 
            const int16_t l_205 = 0x02E3L;
            int32_t *l_214 = &l_153[3][1];
            for (g_13 = 0; (g_13 <= 49); g_13++)
            { 
                uint64_t l_199 = 0x41821A72EEF0ED02LL;
                int16_t *l_202 = &l_140[1][1];
                int16_t *l_203 = &g_204;
                int32_t *l_206 = &l_160;
                uint64_t l_222 = 0xCA6F5D40A597C7DCLL;
                int32_t *l_223 = (void*)0;
                int32_t *l_224 = &l_2;
                (*l_206) |= (0x52L & ((((g_126[1][3] || (safe_mod_func_int16_t_s_s(((*l_203) = ((*l_202) &= (((safe_div_func_uint32_t_u_u(((*g_138) = (*g_138)), (l_199 | ((*l_190) = (safe_rshift_func_uint8_t_u_s((g_178[0][0] ^= l_199), 2)))))) > g_51) , g_58))), 0x2D8DL))) & g_56[0][0]) , l_205) , g_178[0][0]));
                l_190 = ((safe_div_func_uint16_t_u_u(((***g_130) | (((safe_unary_minus_func_int8_t_s((safe_lshift_func_uint8_t_u_u((g_178[0][0] |= l_205), 3)))) >= l_160) >= (*l_206))), (((safe_mod_func_int16_t_s_s(g_56[0][0], (-4L))) , l_205) & (***g_137)))) , l_214);
                if ((*l_214))
                    continue;
                g_58 = ((*l_224) &= (safe_rshift_func_int16_t_s_u((((safe_unary_minus_func_int16_t_s(((g_3 = ((g_126[1][3] > (((*l_206) |= ((*l_214) = ((safe_mul_func_uint16_t_u_u(((safe_lshift_func_uint8_t_u_s((*l_214), (*l_190))) | 8L), 9L)) & g_178[0][0]))) && g_126[1][3])) , l_222)) || g_178[0][0]))) < 3UL) , g_56[0][0]), 5)));
            }
        }
    }
    else
    { 
        uint32_t l_232 = 0x8D462313L;
        int32_t l_243 = 0xF33844FDL;
lbl_255:
        for (g_13 = (-28); (g_13 != 21); g_13++)
        { 
            int32_t *l_227 = &g_58;
            int32_t *l_228 = &l_2;
            int32_t *l_229 = &l_160;
            int32_t *l_230 = &l_2;
            int32_t *l_231[4][1] = {{&l_160},{(void*)0},{&l_160},{(void*)0}};
            int i, j;
            l_232--;
            for (g_43 = 0; g_43 < 3; g_43 += 1)
            {
                g_131[g_43] = &g_132;
            }
            for (g_204 = 12; (g_204 == (-27)); g_204--)
            { 
                int8_t *l_249 = &g_43;
                int32_t l_250 = 0x0B56FAF5L;
                (*l_229) ^= (g_178[0][0] | ((*l_164) = (safe_lshift_func_uint8_t_u_u((safe_rshift_func_int8_t_s_s(((((safe_add_func_uint64_t_u_u((l_243 &= 18446744073709551610UL), (safe_lshift_func_uint8_t_u_s(((safe_mul_func_uint8_t_u_u(0x95L, ((*l_249) = (((&g_204 == l_248) == (**g_181)) || 0x2E24L)))) , 1UL), (*l_230))))) != g_46[1][0]) || l_250) && g_178[0][0]), 2)), 0))));
                (*l_230) |= g_251[1];
                if (g_204)
                    break;
            }
        }
        for (g_107 = 29; (g_107 != 6); g_107--)
        { 
            int32_t *l_254[2];
            int i;
            for (i = 0; i < 2; i++)
                l_254[i] = &g_251[1];
            g_251[1] |= ((void*)0 == (*g_180));
            for (g_204 = 0; (g_204 <= 1); g_204 += 1)
            { 
                int32_t **l_256 = (void*)0;
                int32_t **l_257 = &l_254[g_204];
                int i;
                if (g_3)
                    goto lbl_255;
                if (g_46[0][0])
                    break;
                l_243 |= g_187[0][1];
                (*l_257) = &g_251[1];
            }
        }
        return l_160;
    }
    (*l_258) ^= l_2;
    return (*l_258);
}
static uint32_t * func_14(int8_t  p_15, uint32_t * p_16, uint32_t  p_17, uint32_t * p_18, const uint32_t  p_19)
{ 
    uint32_t l_23 = 1UL;
    int32_t l_61 = (-1L);
    int32_t l_66[3];
    uint32_t **l_99[2];
    int32_t *l_116 = &l_66[0];
    int32_t *l_117 = &g_59;
    int32_t *l_118 = &g_58;
    int32_t *l_119 = &g_58;
    int32_t *l_120 = &g_59;
    int32_t *l_121 = &g_59;
    int32_t *l_122 = &l_66[1];
    int32_t *l_123 = &g_59;
    int32_t *l_124 = &l_66[0];
    int32_t *l_125[1][4] = {{&g_58,&g_58,&g_58,&g_58}};
    uint16_t ****l_133 = (void*)0;
    uint16_t ****l_134 = &g_130;
    uint16_t ***l_136[3];
    uint16_t ****l_135[1][1];
    int i, j;
    for (i = 0; i < 3; i++)
        l_66[i] = 0xCF39588DL;
    for (i = 0; i < 2; i++)
        l_99[i] = &g_12;
    for (i = 0; i < 3; i++)
        l_136[i] = (void*)0;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_135[i][j] = &l_136[0];
    }
    for (p_15 = 0; (p_15 >= 22); p_15++)
    { 
        uint32_t l_35 = 1UL;
        uint8_t l_38 = 1UL;
        const int16_t l_60 = 0xEFD9L;
        int16_t l_98 = (-4L);
        int32_t l_105 = 0x810F1DDEL;
        int32_t l_106 = 1L;
        if (l_23)
            break;
        if (l_23)
        { 
            int32_t *l_62 = &g_63;
            uint8_t l_64[4];
            int32_t *l_65 = (void*)0;
            uint32_t **l_67 = &g_12;
            uint32_t l_97 = 4294967289UL;
            int i;
            for (i = 0; i < 4; i++)
                l_64[i] = 0x20L;
            l_66[0] ^= ((safe_mod_func_uint8_t_u_u(((safe_mul_func_uint16_t_u_u(0x4DF7L, (((*l_62) |= (safe_add_func_int16_t_s_s(((+(func_31(&g_13, l_35, (safe_sub_func_uint64_t_u_u(((l_38 , (safe_lshift_func_uint16_t_u_s(((l_38 == p_19) , 0xF9F3L), g_13))) < 0x2EL), 0x6652F093D7F285F4LL))) >= l_60)) | l_61), p_17))) , 0x96B4L))) ^ l_64[2]), g_51)) , p_15);
            if ((((&g_13 != ((*l_67) = &g_13)) > (safe_add_func_uint32_t_u_u(((*p_16) = (safe_mod_func_int64_t_s_s(l_66[0], (g_46[1][1] ^ (safe_unary_minus_func_uint16_t_u(g_46[2][0])))))), 0x7E08A84AL))) , 0x6F3A6950L))
            { 
                uint64_t *l_80 = (void*)0;
                uint64_t *l_81 = &g_56[0][0];
                int32_t *l_86 = &g_58;
                uint8_t l_96 = 0x7CL;
                int32_t **l_100 = (void*)0;
                int32_t **l_101 = &l_65;
                (*l_86) = (safe_unary_minus_func_int32_t_s((safe_sub_func_int64_t_s_s((safe_add_func_int64_t_s_s(0x34C2E3979D795BCDLL, ((*l_81) = (safe_add_func_int32_t_s_s(0xF1929B4DL, g_13))))), ((safe_mul_func_int16_t_s_s(((((*l_62) ^= ((*g_12) , (safe_lshift_func_uint16_t_u_u(0x8228L, p_17)))) , (-1L)) != p_15), 0xF188L)) && g_46[1][0])))));
                l_99[1] = (((((((p_19 , ((((safe_mul_func_uint8_t_u_u((safe_div_func_int32_t_s_s(0x3987EDF5L, ((*l_86) && ((safe_mul_func_int16_t_s_s((safe_unary_minus_func_int32_t_s((safe_rshift_func_int16_t_s_u((l_96 == (l_97 >= 0UL)), p_17)))), p_19)) <= (*p_16))))), (-1L))) <= l_98) , 0x58EFL) < g_56[0][0])) ^ p_15) | 0x91L) ^ 0xF019L) , (-7L)) == p_19) , (void*)0);
                (*l_101) = l_62;
            }
            else
            { 
                int32_t *l_102 = &l_66[0];
                int32_t *l_103 = &l_66[2];
                int32_t *l_104[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_104[i] = &l_66[0];
                ++g_107;
            }
        }
        else
        { 
            int32_t *l_110 = &g_58;
            (*l_110) = g_46[1][1];
        }
        for (l_23 = 0; (l_23 <= 1); l_23 += 1)
        { 
            int32_t *l_112 = &l_66[0];
            int32_t **l_111 = &l_112;
            uint64_t *l_114 = &g_56[0][0];
            uint64_t * const *l_113 = &l_114;
            uint64_t * const **l_115 = &l_113;
            int i;
            if (l_66[(l_23 + 1)])
                break;
            (*l_111) = p_16;
            (*l_115) = l_113;
        }
    }
    g_127[1][1]--;
    (*l_118) = (*l_122);
    g_137 = ((*l_134) = g_130);
    return &g_13;
}
static uint8_t  func_31(uint32_t * p_32, uint32_t  p_33, int8_t  p_34)
{ 
    int32_t l_44 = 0xBB5FB49AL;
    uint16_t *l_45[4][3] = {{&g_46[1][0],(void*)0,(void*)0},{&g_46[1][0],&g_46[1][0],(void*)0},{&g_46[1][0],(void*)0,(void*)0},{(void*)0,&g_46[1][0],(void*)0}};
    uint16_t **l_47 = &l_45[1][2];
    const uint16_t *l_48 = &g_46[1][1];
    const uint16_t *l_50 = &g_51;
    const uint16_t **l_49 = &l_50;
    const uint16_t **l_52 = (void*)0;
    const uint16_t *l_54[1][1];
    const uint16_t **l_53 = &l_54[0][0];
    uint64_t *l_55 = &g_56[0][0];
    int32_t *l_57[3];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_54[i][j] = &g_51;
    }
    for (i = 0; i < 3; i++)
        l_57[i] = (void*)0;
    g_59 &= (g_58 = ((safe_sub_func_int8_t_s_s((g_43 = (-2L)), p_34)) == ((*l_55) = ((l_44 = l_44) , (((*l_47) = l_45[1][1]) != ((*l_53) = ((*l_49) = (l_48 = l_48))))))));
    return p_33;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_11[i], "g_11[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_13, "g_13", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_46[i][j], "g_46[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_51, "g_51", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_56[i][j], "g_56[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_59, "g_59", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_107, "g_107", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_126[i][j], "g_126[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_127[i][j], "g_127[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_139, "g_139", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_178[i][j], "g_178[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_187[i][j], "g_187[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_204, "g_204", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_251[i], "g_251[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
