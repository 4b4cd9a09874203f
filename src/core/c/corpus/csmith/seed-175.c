#include "csmith.h"
static long __undefined;
static uint64_t g_9 = 3UL;
static uint16_t g_21 = 0x8F4FL;
static int32_t g_23 = 0x4795ED7CL;
static uint32_t g_26 = 1UL;
static uint16_t g_29[3] = {0x74ADL,0x74ADL,0x74ADL};
static uint32_t g_48 = 0xB947E29AL;
static int16_t g_80 = 0x9B11L;
static int32_t g_117 = 3L;
static uint8_t g_118[3] = {0x60L,0x60L,0x60L};
static int32_t *g_122 = &g_23;
static uint16_t *g_131 = (void*)0;
static uint16_t **g_130 = &g_131;
static uint16_t ***g_129 = &g_130;
static uint32_t g_142 = 0xABEA0BD5L;
static int32_t g_154 = 9L;
static int8_t g_164 = 0x7DL;
static int32_t g_167 = 0xD8DAA76CL;
static int32_t g_169 = (-1L);
static uint32_t g_171 = 0UL;
static int32_t g_184 = 8L;
static int64_t g_187 = 0x71F4BA9CC6504EB4LL;
static uint8_t g_213[4] = {0x81L,0x81L,0x81L,0x81L};
static uint32_t g_238 = 0x1D56B477L;
static const int32_t *g_259 = &g_167;
static int64_t *g_276 = &g_187;
static int64_t **g_275 = &g_276;
static int64_t ***g_274 = &g_275;
static const uint16_t  func_1(void);
static const int32_t  func_2(int64_t  p_3, int32_t  p_4, int8_t  p_5, const int32_t  p_6, int32_t  p_7);
static uint32_t  func_16(uint32_t  p_17);
static const uint16_t  func_1(void)
{ 
    int32_t l_8 = 0x7B1C2A2CL;
    uint16_t *l_20 = &g_21;
    int32_t *l_288[1];
    const uint8_t l_289 = 0x70L;
    int i;
    for (i = 0; i < 1; i++)
        l_288[i] = &g_23;
    g_169 = func_2(l_8, (g_9 , (safe_rshift_func_int8_t_s_u(l_8, ((safe_add_func_int32_t_s_s((safe_add_func_int16_t_s_s((g_9 != func_16((((*l_20) = (safe_mod_func_int8_t_s_s((((g_9 , 0x0669L) | l_8) == l_8), 0x12L))) <= 0x017CL))), l_8)), 3L)) , l_8)))), g_80, l_8, g_23);
    return l_289;
}
static const int32_t  func_2(int64_t  p_3, int32_t  p_4, int8_t  p_5, const int32_t  p_6, int32_t  p_7)
{ 
    const uint16_t l_216 = 5UL;
    int32_t **l_217 = &g_122;
    uint16_t *l_218[3][3];
    uint8_t *l_219[3];
    uint32_t *l_225 = (void*)0;
    uint16_t l_261 = 0xF210L;
    int32_t l_268 = 0x9CDA35C1L;
    int32_t l_269 = (-1L);
    int32_t l_270 = 1L;
    const int16_t l_287 = 0x3408L;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
            l_218[i][j] = &g_29[0];
    }
    for (i = 0; i < 3; i++)
        l_219[i] = &g_213[2];
    (*g_122) ^= (safe_lshift_func_uint16_t_u_u((((l_216 , l_216) >= l_216) , p_4), 10));
    (*l_217) = (void*)0;
    if ((((9L && ((((((((**g_129) = l_218[1][1]) != &l_216) != p_5) != ((((void*)0 != l_219[1]) , g_118[1]) || 0x74L)) , g_213[3]) || 0xAD981907L) && p_4)) | p_3) | 1UL))
    { 
        uint32_t l_229 = 18446744073709551615UL;
        int64_t l_237[3];
        uint32_t l_271 = 0xEC380C8DL;
        int i;
        for (i = 0; i < 3; i++)
            l_237[i] = 0L;
        for (g_23 = 2; (g_23 >= 29); g_23 = safe_add_func_int16_t_s_s(g_23, 7))
        { 
            uint16_t l_222 = 1UL;
            int32_t *l_226 = &g_184;
            int8_t l_231 = (-8L);
            uint32_t **l_236 = &l_225;
            uint32_t ***l_235 = &l_236;
            uint32_t ****l_234 = &l_235;
            for (g_26 = 0; g_26 < 3; g_26 += 1)
            {
                l_219[g_26] = &g_118[1];
            }
            if (l_222)
                break;
            if ((safe_add_func_int16_t_s_s(g_9, (((((*l_226) = ((l_225 != &g_171) , p_6)) && p_5) | g_187) , p_5))))
            { 
                return (*l_226);
            }
            else
            { 
                int8_t l_230 = 0x3AL;
                p_4 ^= ((((safe_div_func_int8_t_s_s(((l_229 | (++g_21)) > ((((*l_226) <= g_29[0]) != 0xE7L) > ((void*)0 != l_234))), g_184)) || l_237[2]) , p_3) != g_238);
                (*l_226) &= p_5;
                (*l_226) ^= g_213[3];
            }
        }
        g_122 = (void*)0;
        for (g_80 = 0; (g_80 == (-26)); g_80--)
        { 
            uint64_t l_256 = 18446744073709551615UL;
            int32_t *l_265 = &g_184;
            int32_t *l_266 = &g_23;
            int32_t *l_267[1][2];
            int64_t ****l_277 = (void*)0;
            int64_t ****l_278 = &g_274;
            int64_t ***l_280 = &g_275;
            int64_t ****l_279 = &l_280;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_267[i][j] = (void*)0;
            }
            for (g_154 = 4; (g_154 <= (-27)); g_154 = safe_sub_func_int16_t_s_s(g_154, 5))
            { 
                uint16_t l_251[2][2];
                int64_t *l_252[3][1];
                int64_t **l_253 = &l_252[0][0];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_251[i][j] = 0UL;
                }
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_252[i][j] = &l_237[0];
                }
                g_122 = (*l_217);
                g_259 = (((safe_rshift_func_uint8_t_u_s((((((safe_add_func_uint32_t_u_u(((safe_sub_func_int32_t_s_s((safe_lshift_func_int16_t_s_u(l_251[0][0], 2)), ((((*l_253) = l_252[0][0]) == &p_3) ^ p_3))) || (l_256 = (g_29[2]--))), (safe_rshift_func_int16_t_s_s((&p_4 != &p_4), 8)))) != l_237[1]) , 0x3050764EL) | g_169) , p_4), 5)) < g_48) , &p_6);
            }
            if (p_6)
            { 
                int32_t *l_260[2][4] = {{&g_167,&g_167,&g_167,&g_167},{&g_167,&g_167,&g_167,&g_167}};
                int i, j;
                ++l_261;
            }
            else
            { 
                const uint32_t l_264 = 0UL;
                return l_264;
            }
            --l_271;
            (*l_279) = ((*l_278) = g_274);
        }
    }
    else
    { 
        int32_t *l_281 = (void*)0;
        int32_t *l_282 = &g_154;
        int64_t ***l_284 = &g_275;
        (*l_282) |= 0x9F6058DFL;
        if (p_7)
        { 
            const int64_t l_283 = (-8L);
            return l_283;
        }
        else
        { 
            const int32_t *l_285[4];
            const int32_t **l_286 = &l_285[1];
            int i;
            for (i = 0; i < 4; i++)
                l_285[i] = &g_167;
            (*l_286) = (((((((((**g_275) = p_5) < ((l_284 == (void*)0) && 0x7C50L)) , l_216) > 0x95L) && (-1L)) | g_167) != g_238) , l_285[3]);
            return p_5;
        }
    }
    return l_287;
}
static uint32_t  func_16(uint32_t  p_17)
{ 
    int32_t *l_22 = &g_23;
    int32_t l_24 = 0x3817D1DCL;
    int32_t *l_25 = &l_24;
    uint64_t l_64 = 0xC842353725AC9500LL;
    int32_t l_94 = 0L;
    int32_t l_165 = (-1L);
    int32_t l_166 = 0xA71348BDL;
    int32_t * const l_183[4] = {&g_184,&g_184,&g_184,&g_184};
    int32_t * const *l_182[1][2];
    int32_t l_200 = 0x47182C73L;
    uint32_t *****l_207 = (void*)0;
    const uint32_t *l_212 = &g_142;
    const uint32_t **l_211 = &l_212;
    const uint32_t ***l_210 = &l_211;
    const uint32_t ****l_209 = &l_210;
    const uint32_t *****l_208 = &l_209;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_182[i][j] = &l_183[2];
    }
    g_26--;
    for (g_21 = 0; (g_21 <= 2); g_21 += 1)
    { 
        uint16_t l_30 = 0xCEFFL;
        uint16_t *l_61 = &g_29[0];
        int32_t l_62 = 0L;
        l_30--;
        for (g_26 = 0; (g_26 <= 2); g_26 += 1)
        { 
            uint16_t *l_34 = &g_21;
            uint16_t * const *l_33 = &l_34;
            uint16_t * const **l_35 = &l_33;
            int8_t l_63[2];
            int i;
            for (i = 0; i < 2; i++)
                l_63[i] = 0x6FL;
            (*l_35) = l_33;
            for (l_30 = 0; (l_30 <= 2); l_30 += 1)
            { 
                int8_t l_41 = 0x17L;
                int i;
                (*l_25) = (l_64 = ((((*l_61) = ((g_29[g_21] , g_29[g_21]) | (((safe_lshift_func_uint16_t_u_s((safe_lshift_func_uint8_t_u_u((!(((l_41 < (safe_add_func_int64_t_s_s(((((safe_mod_func_int8_t_s_s((safe_lshift_func_uint16_t_u_s((g_48++), (safe_div_func_uint32_t_u_u((((safe_mod_func_uint64_t_u_u((l_62 |= (safe_sub_func_uint8_t_u_u(0xBCL, (safe_sub_func_uint64_t_u_u((safe_mul_func_uint16_t_u_u(((void*)0 != l_61), 3UL)), g_9))))), p_17)) == g_29[0]) || 7UL), p_17)))), 1L)) == g_23) , g_29[2]) >= l_63[0]), p_17))) , p_17) & l_41)), g_21)), l_63[0])) ^ 252UL) > 65535UL))) & 65535UL) || 6L));
                if (l_62)
                    continue;
            }
            for (l_64 = 0; l_64 < 3; l_64 += 1)
            {
                g_29[l_64] = 0x3027L;
            }
        }
    }
    for (g_48 = 0; (g_48 <= 2); g_48 += 1)
    { 
        uint32_t l_67[2];
        int32_t l_95 = 9L;
        uint16_t *l_128 = &g_21;
        uint16_t **l_127 = &l_128;
        uint16_t ***l_126 = &l_127;
        uint64_t *l_132 = &l_64;
        int32_t l_168[1];
        int32_t * const *l_181 = &g_122;
        uint32_t *l_191 = (void*)0;
        uint32_t **l_190 = &l_191;
        uint32_t ***l_189 = &l_190;
        uint32_t ****l_188[2];
        int i;
        for (i = 0; i < 2; i++)
            l_67[i] = 0x672FEE61L;
        for (i = 0; i < 1; i++)
            l_168[i] = (-8L);
        for (i = 0; i < 2; i++)
            l_188[i] = &l_189;
    }
    return p_17;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_21, "g_21", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_29[i], "g_29[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_80, "g_80", print_hash_value);
    transparent_crc(g_117, "g_117", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_118[i], "g_118[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_142, "g_142", print_hash_value);
    transparent_crc(g_154, "g_154", print_hash_value);
    transparent_crc(g_164, "g_164", print_hash_value);
    transparent_crc(g_167, "g_167", print_hash_value);
    transparent_crc(g_169, "g_169", print_hash_value);
    transparent_crc(g_171, "g_171", print_hash_value);
    transparent_crc(g_184, "g_184", print_hash_value);
    transparent_crc(g_187, "g_187", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_213[i], "g_213[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_238, "g_238", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
