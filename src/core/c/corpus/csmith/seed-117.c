#include "csmith.h"
static long __undefined;
static uint16_t g_12 = 0x3580L;
static uint32_t g_37 = 0UL;
static int32_t g_59 = 0x906E71EBL;
static int8_t g_79[1][2] = {{0x8BL,0x8BL}};
static int32_t *g_81 = &g_59;
static int32_t **g_80 = &g_81;
static uint32_t g_83 = 4294967286UL;
static int32_t g_85[3] = {0x895A5D72L,0x895A5D72L,0x895A5D72L};
static int16_t g_101 = (-9L);
static uint16_t g_105 = 5UL;
static int16_t g_106 = 0x5599L;
static int8_t g_112 = 0L;
static int64_t g_187[1] = {(-6L)};
static int64_t g_188 = 0x390A2E68B52A41E8LL;
static int64_t g_195 = 0x251B9DDB0FC3FF6FLL;
static int64_t *g_194 = &g_195;
static uint8_t g_246 = 1UL;
static uint16_t g_291[4] = {0xFCDEL,0xFCDEL,0xFCDEL,0xFCDEL};
static int32_t  func_1(void);
static int8_t  func_8(int8_t  p_9, int32_t  p_10, int32_t  p_11);
static uint8_t  func_17(uint8_t  p_18, uint16_t  p_19, int8_t  p_20, uint64_t  p_21);
static int32_t  func_1(void)
{ 
    uint8_t l_107 = 1UL;
    int32_t **l_114 = (void*)0;
    int32_t l_142[2][4] = {{0xC8E115B8L,0xC8E115B8L,0L,0xC8E115B8L},{0xC8E115B8L,(-1L),(-1L),0xC8E115B8L}};
    int64_t l_162 = 1L;
    int8_t l_172 = 0L;
    uint16_t l_173 = 0x95C7L;
    uint16_t l_197 = 65535UL;
    int32_t l_203 = (-1L);
    int64_t l_208[2];
    int16_t l_212 = (-1L);
    const int8_t l_235 = (-9L);
    int32_t l_255 = (-1L);
    int32_t *l_271 = &l_142[0][0];
    int32_t *l_272 = &g_59;
    int32_t *l_273 = &l_142[1][1];
    int32_t *l_274 = &g_85[1];
    int32_t *l_275 = (void*)0;
    int32_t *l_276 = (void*)0;
    int32_t *l_277 = &g_85[1];
    int32_t *l_278 = &g_85[1];
    int32_t *l_279 = &g_85[1];
    int32_t *l_280 = &g_85[1];
    int32_t *l_281 = (void*)0;
    int32_t *l_282 = &l_255;
    int32_t *l_283 = &g_85[1];
    int32_t *l_284 = &g_85[1];
    int32_t *l_285 = &g_85[0];
    int32_t *l_286 = &l_142[1][3];
    int32_t *l_287 = &g_59;
    int32_t *l_288 = (void*)0;
    int32_t *l_289 = (void*)0;
    int32_t *l_290[2];
    int i, j;
    for (i = 0; i < 2; i++)
        l_208[i] = 0x762BCF6677606E3CLL;
    for (i = 0; i < 2; i++)
        l_290[i] = &l_142[1][2];
    if (((safe_mod_func_uint8_t_u_u((safe_div_func_uint64_t_u_u(((safe_lshift_func_int16_t_s_u((0x52L ^ func_8(g_12, g_12, g_12)), 8)) ^ l_107), l_107)), 9UL)) , 0xC544848BL))
    { 
        int8_t *l_111[3][1];
        int32_t **l_113 = &g_81;
        uint32_t *l_127 = (void*)0;
        int32_t l_151 = 2L;
        int32_t l_152 = 1L;
        int32_t l_154[2][2];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_111[i][j] = &g_112;
        }
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 2; j++)
                l_154[i][j] = 0x44D0B283L;
        }
        (**g_80) = ((safe_mod_func_uint8_t_u_u(246UL, ((+(g_112 |= (g_85[2] || g_79[0][0]))) ^ l_107))) , ((l_114 = l_113) == &g_81));
        for (g_37 = 18; (g_37 != 18); g_37 = safe_add_func_int32_t_s_s(g_37, 7))
        { 
            int32_t l_128 = (-1L);
            int32_t *l_129 = &l_128;
            (*l_129) = (safe_div_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_s((safe_add_func_int32_t_s_s(((safe_lshift_func_int16_t_s_s(((((safe_sub_func_uint8_t_u_u(0x0EL, (**l_114))) && (((**l_114) = (((void*)0 == l_127) < l_128)) > g_83)) ^ g_101) || (-1L)), 8)) , (**g_80)), 1UL)), g_79[0][0])), g_106));
        }
        for (l_107 = 0; (l_107 <= 15); l_107 = safe_add_func_uint64_t_u_u(l_107, 4))
        { 
            int8_t l_149[1];
            int32_t l_150[4][3] = {{(-2L),1L,(-2L)},{(-2L),1L,(-2L)},{(-2L),1L,(-2L)},{(-2L),1L,(-2L)}};
            int16_t l_155 = 1L;
            uint32_t l_157 = 0x73536473L;
            int i, j;
            for (i = 0; i < 1; i++)
                l_149[i] = 3L;
            (*g_80) = (*g_80);
            for (g_105 = 0; (g_105 <= 0); g_105 += 1)
            { 
                int32_t *l_132 = &g_85[1];
                int32_t *l_133 = &g_85[2];
                int32_t *l_134 = &g_59;
                int32_t *l_135 = &g_85[0];
                int32_t *l_136 = &g_85[1];
                int32_t *l_137 = &g_85[1];
                int32_t *l_138 = &g_85[1];
                int32_t *l_139 = &g_59;
                int32_t *l_140 = (void*)0;
                int32_t *l_141 = &g_85[1];
                int32_t *l_143 = &g_85[2];
                int32_t *l_144 = &l_142[1][3];
                int32_t *l_145 = &l_142[0][3];
                int32_t *l_146 = &g_85[1];
                int32_t *l_147 = (void*)0;
                int32_t *l_148[3];
                int32_t l_153 = 0x020803FAL;
                int32_t l_156 = (-3L);
                int i, j;
                for (i = 0; i < 3; i++)
                    l_148[i] = &g_85[1];
                (**l_113) = g_79[g_105][g_105];
                l_157++;
            }
        }
    }
    else
    { 
        int32_t *l_163 = &g_85[1];
        int8_t l_164 = 0xF3L;
        int32_t *l_165 = &l_142[0][0];
        int32_t *l_166 = &l_142[1][3];
        int32_t *l_167 = &l_142[1][3];
        int32_t *l_168 = &l_142[0][1];
        int32_t *l_169 = &g_85[1];
        int32_t l_170 = 0xD3A6F329L;
        int32_t *l_171[1][2];
        int16_t l_223 = 5L;
        uint16_t l_224 = 65531UL;
        uint8_t l_259 = 3UL;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_171[i][j] = &l_142[1][3];
        }
        for (g_37 = 0; (g_37 >= 38); ++g_37)
        { 
            (**g_80) = 0x053B20F3L;
        }
        l_173--;
        for (l_162 = 0; (l_162 <= 0); l_162 += 1)
        { 
            int32_t l_177 = 1L;
            int64_t *l_186 = &g_187[0];
            int8_t *l_193 = &l_164;
            int16_t *l_196 = &g_101;
            int32_t l_207[1][2];
            int64_t l_213 = 0xD6297384D55E0BBDLL;
            int16_t l_215 = 9L;
            int64_t l_216 = (-9L);
            uint16_t l_254[1];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_207[i][j] = 0x91F53256L;
            }
            for (i = 0; i < 1; i++)
                l_254[i] = 65535UL;
            if ((~(l_177 < (safe_sub_func_uint64_t_u_u((safe_lshift_func_uint16_t_u_u((safe_rshift_func_int16_t_s_u(((*l_196) ^= ((safe_div_func_uint32_t_u_u((((*l_186) = 0x9C52FCFA090A79C2LL) | (g_188 ^= g_105)), ((((l_177 <= ((safe_div_func_int8_t_s_s(((*l_193) = (safe_sub_func_uint64_t_u_u(g_112, g_106))), g_106)) || g_106)) , g_194) != &g_195) & 0x22L))) , l_142[1][3])), g_85[1])), l_177)), (*l_165))))))
            { 
                --l_197;
                (*g_80) = &l_170;
            }
            else
            { 
                uint32_t *l_202[2][4];
                int32_t l_204 = (-7L);
                int32_t l_205[1];
                int32_t l_206 = 0L;
                int32_t l_209 = 4L;
                int64_t l_210 = (-1L);
                int32_t l_211 = 9L;
                int32_t l_214 = 0x48AE52A0L;
                uint32_t l_217[1][3];
                uint8_t l_220 = 0UL;
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_202[i][j] = &g_37;
                }
                for (i = 0; i < 1; i++)
                    l_205[i] = 0xDD20EC94L;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_217[i][j] = 0xA6CD7ECCL;
                }
                (**g_80) ^= (l_168 != (((safe_lshift_func_int16_t_s_s((g_12 | ((*l_166) , l_177)), 3)) == 0xDECDL) , l_202[1][0]));
                l_217[0][0]--;
                l_220--;
            }
            ++l_224;
            if ((safe_rshift_func_int16_t_s_u((safe_lshift_func_uint8_t_u_s((safe_div_func_int16_t_s_s((l_165 == (void*)0), ((*l_196) = (0x21EBL && ((g_79[0][0] , ((g_187[0] >= g_85[0]) > l_235)) <= 248UL))))), g_59)), g_85[1])))
            { 
                uint8_t *l_244 = &l_107;
                uint8_t *l_245 = &g_246;
                int32_t *l_253[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_253[i] = &l_177;
                g_85[1] |= (safe_sub_func_uint8_t_u_u((safe_sub_func_uint16_t_u_u((((g_59 , ((safe_rshift_func_int16_t_s_u((((safe_lshift_func_int16_t_s_s(((((((*l_245) = ((*l_244) |= 1UL)) , (safe_mod_func_int16_t_s_s((g_83 , (((((safe_mod_func_uint16_t_u_u(0x72FEL, (safe_rshift_func_uint16_t_u_u((((l_253[1] == (*g_80)) , l_254[0]) , g_195), 14)))) , 0xAAL) >= l_255) != g_187[0]) | 8L)), 0xCE26L))) , 0xE1108F67L) , &g_106) == &g_101), g_106)) && 0xACL) & g_187[0]), (*l_168))) <= (*l_166))) < 1UL) & g_79[0][0]), l_235)), g_37));
                (*l_165) |= (**g_80);
            }
            else
            { 
                return g_37;
            }
            for (l_216 = 0; (l_216 >= 0); l_216 -= 1)
            { 
                uint16_t l_256 = 5UL;
                uint16_t *l_264 = &g_12;
                const int32_t ***l_270 = (void*)0;
                int i, j;
                --l_256;
                ++l_259;
                (*l_166) = (safe_mul_func_uint16_t_u_u((((l_171[l_216][l_162] != (void*)0) && g_79[l_216][(l_162 + 1)]) ^ ((*l_264) = g_79[l_162][l_216])), (((((*g_194) = ((*l_169) , (*g_194))) || (*l_165)) , g_101) & g_187[0])));
                (*g_81) = (!(g_105 |= (safe_mod_func_int8_t_s_s((((*g_194) = (*g_194)) , (safe_lshift_func_int16_t_s_s(g_79[0][0], (((l_207[0][1] >= (*g_194)) , ((*l_193) = ((void*)0 != l_270))) != (*l_165))))), (*l_166)))));
            }
        }
    }
    ++g_291[2];
    (*l_280) ^= g_37;
    for (g_105 = 0; (g_105 < 28); g_105 = safe_add_func_int64_t_s_s(g_105, 2))
    { 
        int64_t **l_297 = &g_194;
        int64_t ***l_296 = &l_297;
        (*l_296) = &g_194;
    }
    return g_291[2];
}
static int8_t  func_8(int8_t  p_9, int32_t  p_10, int32_t  p_11)
{ 
    int32_t l_28 = 0xE33A79CCL;
    const uint32_t l_69 = 0x3EB104B5L;
    int32_t *l_75 = (void*)0;
    int8_t *l_78 = &g_79[0][0];
    uint32_t *l_82 = (void*)0;
    int32_t *l_84[3];
    int32_t ***l_90 = (void*)0;
    int32_t ****l_91 = &l_90;
    const int32_t * const l_94 = &g_59;
    const int32_t * const *l_93 = &l_94;
    const int32_t * const **l_92 = &l_93;
    int8_t l_99[1];
    int16_t *l_100 = &g_101;
    int16_t *l_102 = (void*)0;
    int16_t *l_103 = (void*)0;
    int16_t *l_104[1][3];
    int i, j;
    for (i = 0; i < 3; i++)
        l_84[i] = &g_85[1];
    for (i = 0; i < 1; i++)
        l_99[i] = 0L;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_104[i][j] = (void*)0;
    }
    for (g_12 = 17; (g_12 > 29); g_12 = safe_add_func_uint16_t_u_u(g_12, 2))
    { 
        const int32_t l_35 = 0xDA2A0C0EL;
        uint32_t *l_36 = &g_37;
        int32_t *l_57 = (void*)0;
        int32_t *l_58[1][2];
        int64_t l_74 = 0x7F12237EEBDC1AABLL;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_58[i][j] = &g_59;
        }
        g_59 = (((safe_rshift_func_int8_t_s_s(((((g_12 > func_17((safe_sub_func_int16_t_s_s((safe_div_func_uint16_t_u_u((((safe_add_func_int32_t_s_s((l_28 >= ((*l_36) = (safe_lshift_func_uint16_t_u_s((safe_rshift_func_uint16_t_u_s(g_12, 5)), (((safe_mod_func_int64_t_s_s((l_35 <= l_35), 0x1DE9829CBC21B07FLL)) <= 3UL) < l_35))))), g_12)) > g_12) < g_12), 0xC195L)), 0UL)), p_11, p_11, p_11)) , 0x7592E0C8L) && p_9) < 0xA7ABE333L), l_28)) != g_12) , (-1L));
        l_74 = (safe_add_func_int16_t_s_s(g_12, (g_59 && ((safe_lshift_func_int8_t_s_s((safe_mul_func_int16_t_s_s(((65535UL & (safe_add_func_int64_t_s_s(((!l_69) && (safe_rshift_func_int16_t_s_s((safe_rshift_func_int8_t_s_u((((1L > 0x9559L) || g_37) ^ p_9), p_10)), g_12))), g_37))) , 0xE91FL), 2L)), p_10)) <= g_59))));
    }
    l_75 = l_75;
    g_85[0] ^= (g_59 , ((4294967295UL > (((g_83 ^= ((safe_mod_func_int16_t_s_s(((p_9 &= ((*l_78) = p_11)) , (g_80 != (((void*)0 != &p_9) , (void*)0))), p_10)) == 0x2CL)) , p_9) || l_69)) == 6L));
    g_106 &= ((safe_mod_func_uint32_t_u_u((safe_add_func_int32_t_s_s(((**g_80) = (((*l_91) = l_90) != (g_79[0][0] , l_92))), p_9)), (safe_add_func_uint32_t_u_u(((safe_lshift_func_int16_t_s_u((g_105 = ((*l_100) = (((l_99[0] <= p_10) && p_9) , p_11))), 10)) , g_37), p_10)))) <= g_85[1]);
    return g_105;
}
static uint8_t  func_17(uint8_t  p_18, uint16_t  p_19, int8_t  p_20, uint64_t  p_21)
{ 
    uint32_t *l_40 = &g_37;
    int32_t l_51 = (-4L);
    int32_t *l_54[2][3] = {{&l_51,&l_51,&l_51},{&l_51,&l_51,&l_51}};
    int32_t **l_53 = &l_54[0][0];
    int32_t ***l_55 = (void*)0;
    int32_t ***l_56 = &l_53;
    int i, j;
    for (p_19 = (-17); (p_19 <= 48); p_19++)
    { 
        int32_t *l_52 = &l_51;
        (*l_52) = ((l_40 == &g_37) , ((safe_mul_func_int8_t_s_s((safe_sub_func_int16_t_s_s(((safe_mul_func_int16_t_s_s(((safe_add_func_uint8_t_u_u(p_18, ((0x53L <= ((((safe_lshift_func_int16_t_s_u((g_37 && p_21), 7)) <= 9UL) < 0xB974L) == g_12)) >= 0UL))) ^ l_51), l_51)) > 0x4DL), 0x4015L)), p_21)) , p_20));
    }
    (*l_56) = l_53;
    return g_12;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_12, "g_12", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    transparent_crc(g_59, "g_59", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_79[i][j], "g_79[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_83, "g_83", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_85[i], "g_85[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_101, "g_101", print_hash_value);
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    transparent_crc(g_112, "g_112", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_187[i], "g_187[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_188, "g_188", print_hash_value);
    transparent_crc(g_195, "g_195", print_hash_value);
    transparent_crc(g_246, "g_246", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_291[i], "g_291[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
