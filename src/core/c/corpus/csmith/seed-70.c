#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0x7E2799ACL;
static int32_t g_13 = 0xFBEFA5F9L;
static int64_t g_17 = 0x6046E74A6E8F5917LL;
static int32_t g_18 = 4L;
static uint16_t g_19 = 0x467BL;
static uint64_t g_52 = 18446744073709551611UL;
static uint16_t g_63 = 0x7A07L;
static uint8_t g_71 = 248UL;
static uint8_t g_74[3][3] = {{1UL,1UL,1UL},{0xA5L,0xDDL,0xA5L},{1UL,1UL,1UL}};
static uint32_t g_102 = 6UL;
static const uint16_t * const *g_106[1] = {(void*)0};
static uint32_t g_112[4] = {1UL,1UL,1UL,1UL};
static int32_t *g_127 = &g_2;
static uint16_t * const g_140 = &g_63;
static uint16_t * const * const g_139[4][2] = {{&g_140,&g_140},{&g_140,&g_140},{&g_140,&g_140},{&g_140,&g_140}};
static uint16_t * const * const *g_138 = &g_139[2][0];
static uint16_t g_144[1] = {0x4041L};
static int16_t g_166 = 7L;
static uint32_t g_181 = 0x0DE40056L;
static uint16_t *g_199 = &g_144[0];
static uint16_t **g_198 = &g_199;
static uint32_t g_204 = 0x14B1F07FL;
static int8_t *g_280 = (void*)0;
static const uint16_t *g_291 = &g_144[0];
static const uint16_t **g_290 = &g_291;
static const uint16_t ***g_289[2] = {&g_290,&g_290};
static int16_t g_303 = 0x40CFL;
static uint32_t g_304 = 0x2E770EC7L;
static uint64_t  func_1(void);
static uint8_t  func_8(uint32_t  p_9);
static int32_t * func_22(uint16_t  p_23);
static uint64_t  func_1(void)
{ 
    const int8_t l_10 = 0xA6L;
    int32_t l_15[1];
    int8_t l_16 = 0L;
    uint16_t *l_26 = &g_19;
    int32_t **l_33 = (void*)0;
    int32_t *l_35 = (void*)0;
    int32_t **l_34 = &l_35;
    int64_t l_50 = (-1L);
    uint8_t *l_163 = &g_71;
    uint16_t l_165 = 0x8459L;
    int16_t l_174[1][4];
    uint8_t l_201 = 248UL;
    int i, j;
    for (i = 0; i < 1; i++)
        l_15[i] = 0x3F0D3ECFL;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_174[i][j] = (-10L);
    }
lbl_150:
    for (g_2 = 14; (g_2 > 19); g_2 = safe_add_func_uint32_t_u_u(g_2, 2))
    { 
        const int16_t l_11 = 0xAE4BL;
        int32_t *l_12 = &g_13;
        int32_t *l_14[4][2] = {{&g_13,&g_13},{&g_2,&g_13},{&g_13,&g_2},{&g_13,&g_13}};
        int i, j;
        (*l_12) = (((safe_sub_func_uint64_t_u_u((g_2 >= g_2), (safe_unary_minus_func_uint8_t_u(func_8((l_10 <= ((g_2 , g_2) || l_11))))))) < 2L) | l_11);
        g_19--;
    }
    if ((((*l_34) = func_22(((l_15[0] = ((void*)0 != &g_2)) == (safe_mul_func_uint16_t_u_u(((*l_26) = l_16), (safe_div_func_int16_t_s_s(((0L ^ g_17) , g_13), g_17))))))) != &g_13))
    { 
        uint8_t l_48 = 0x48L;
        uint16_t l_49 = 0xD232L;
        uint64_t *l_51[1];
        uint16_t * const l_143 = &g_144[0];
        uint16_t * const * const l_142 = &l_143;
        uint16_t * const * const *l_141 = &l_142;
        uint16_t ** const l_146 = &l_26;
        uint16_t ** const *l_145 = &l_146;
        int32_t l_167[3][2] = {{0x7B9E4BA4L,0xD78657CAL},{0xD78657CAL,0x7B9E4BA4L},{0xD78657CAL,0xD78657CAL}};
        int i, j;
        for (i = 0; i < 1; i++)
            l_51[i] = &g_52;
        if ((g_18 <= ((((safe_mul_func_uint8_t_u_u((((g_52 = ((safe_sub_func_uint32_t_u_u(0x9188B9ABL, g_2)) || (safe_add_func_int8_t_s_s((((safe_div_func_int8_t_s_s((safe_mod_func_uint64_t_u_u(g_18, ((safe_sub_func_int16_t_s_s(l_48, (**l_34))) | g_13))), l_49)) ^ l_50) >= 0UL), l_49)))) < g_13) || g_18), g_17)) <= g_19) == g_2) <= 0L)))
        { 
            int8_t l_53 = 0x7FL;
            int32_t *l_54 = &l_15[0];
            int32_t *l_55 = &g_13;
            int32_t *l_56 = (void*)0;
            int32_t *l_57 = &l_15[0];
            int32_t *l_58 = &l_15[0];
            int32_t *l_59 = &l_15[0];
            int32_t *l_60 = &g_13;
            int32_t l_61 = (-5L);
            int32_t *l_62[2][3] = {{&g_2,&g_13,&g_2},{&g_2,&g_13,&g_2}};
            int i, j;
            g_63++;
            return g_18;
        }
        else
        { 
            uint8_t *l_70 = &g_71;
            uint8_t *l_72 = (void*)0;
            uint8_t *l_73 = &g_74[2][2];
            int32_t l_83 = 0xF40AC15CL;
            int64_t *l_87 = (void*)0;
            int64_t *l_88 = &l_50;
            int32_t l_89 = 0x285EBC95L;
            uint64_t l_133 = 18446744073709551615UL;
            uint16_t *l_172 = &g_19;
            const uint32_t l_196[4] = {0x935D89A0L,0x935D89A0L,0x935D89A0L,0x935D89A0L};
            int i;
            (*l_35) = (safe_sub_func_uint64_t_u_u((safe_sub_func_int8_t_s_s(((g_52 = g_13) <= ((l_48 >= ((((*l_73) &= ((*l_70) ^= g_17)) || (safe_mul_func_int8_t_s_s((safe_lshift_func_int16_t_s_s((safe_div_func_uint16_t_u_u(((&g_13 == ((((safe_add_func_uint32_t_u_u(g_19, l_49)) , (void*)0) == (void*)0) , (void*)0)) , 9UL), 0xC5FAL)), 0)), g_13))) == (*l_35))) <= l_83)), l_48)), (**l_34)));
            if ((safe_mul_func_int8_t_s_s(g_52, ((0xF4F6E08938C4ECB2LL == ((void*)0 != &g_19)) != (((*l_88) ^= (~0xC6L)) > l_89)))))
            { 
                const uint16_t * const **l_107 = (void*)0;
                const uint16_t * const **l_108 = &g_106[0];
                uint32_t *l_111 = &g_112[1];
                (*l_35) = ((0xB9L >= (-2L)) <= (safe_rshift_func_uint8_t_u_u((safe_rshift_func_int16_t_s_u(0L, (safe_add_func_int32_t_s_s((safe_mul_func_int8_t_s_s((safe_mul_func_int8_t_s_s((g_102 ^= l_49), (safe_unary_minus_func_int16_t_s(((safe_mul_func_int16_t_s_s(g_63, 0xF0D2L)) != 0xE1L))))), g_71)), 0x21466050L)))), g_13)));
                (*l_108) = g_106[0];
                (**l_34) = (g_18 && ((safe_mod_func_int64_t_s_s(((++(*l_111)) , (safe_sub_func_int16_t_s_s((safe_mod_func_int16_t_s_s((safe_add_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((~(+l_48)), (safe_sub_func_int32_t_s_s((&g_52 != (void*)0), l_89)))), 0x8976L)), l_49)), (**l_34)))), 0xE2759977ACE7FEFALL)) , g_2));
                g_127 = l_111;
            }
            else
            { 
                int32_t *l_128 = &l_15[0];
                int32_t *l_129 = &g_13;
                int32_t *l_130 = (void*)0;
                int32_t l_131 = 1L;
                int32_t *l_132[2][2] = {{&l_131,&l_131},{&l_131,&l_131}};
                uint16_t ** const **l_147 = &l_145;
                uint8_t **l_164[1][3];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_164[i][j] = (void*)0;
                }
                l_133--;
                (*l_128) &= ((safe_div_func_uint16_t_u_u(l_48, ((((((l_141 = g_138) != ((*l_147) = l_145)) , (safe_mul_func_uint16_t_u_u(((***l_141) = (((*l_34) = (*l_34)) != &l_83)), g_144[0]))) , 0x3BC806AAL) , g_74[2][2]) , l_49))) , 7L);
                if (g_52)
                    goto lbl_150;
                (*l_34) = func_22((safe_mul_func_uint8_t_u_u((++(*l_73)), ((0UL < (safe_mul_func_int16_t_s_s(((safe_lshift_func_uint8_t_u_u((6L < (safe_sub_func_int16_t_s_s((((safe_mod_func_uint32_t_u_u(((l_72 = l_163) != l_163), (g_144[0] , 0x1BE4320EL))) , l_165) , g_166), 0x2DA1L))), 2)) != l_48), g_13))) == 0xDAC69A9DDE94EDE4LL))));
            }
            if (((l_167[1][1] = (1L && g_52)) && (((((*g_127) & (safe_lshift_func_int8_t_s_s((safe_rshift_func_int8_t_s_s(((void*)0 != l_172), (*l_35))), 3))) >= (*g_140)) | g_18) , 0x9E1148926895F91DLL)))
            { 
                int32_t *l_173 = &l_83;
                int32_t *l_175 = &l_167[1][1];
                int32_t *l_176 = &l_167[2][1];
                int32_t *l_177 = (void*)0;
                int32_t *l_178 = &l_15[0];
                int32_t *l_179 = &l_15[0];
                int32_t *l_180[1][1];
                int16_t *l_197 = &l_174[0][3];
                uint16_t ***l_200 = &g_198;
                int8_t *l_202 = &l_16;
                uint32_t *l_203 = &g_204;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_180[i][j] = &l_15[0];
                }
                g_181--;
                (*l_34) = (((((*l_203) ^= ((safe_sub_func_int64_t_s_s(l_167[1][1], g_17)) , (safe_mod_func_int8_t_s_s((l_133 , ((*l_202) = ((safe_mul_func_int8_t_s_s(g_17, (((*l_200) = ((safe_mul_func_uint8_t_u_u((safe_sub_func_int16_t_s_s(((*l_197) = (safe_add_func_int64_t_s_s((((0x02985B24L < l_196[3]) , g_144[0]) , 0L), (-6L)))), g_71)), g_71)) , g_198)) == (void*)0))) , l_201))), g_112[1])))) <= 0xA221A71DL) , l_133) , l_173);
            }
            else
            { 
                uint32_t l_205[3][1];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_205[i][j] = 1UL;
                }
                ++l_205[0][0];
            }
        }
    }
    else
    { 
        int64_t l_216 = (-1L);
        uint64_t l_255[3];
        int32_t *l_282 = &l_15[0];
        int32_t l_321[4] = {0xBDDD33CFL,0xBDDD33CFL,0xBDDD33CFL,0xBDDD33CFL};
        int i;
        for (i = 0; i < 3; i++)
            l_255[i] = 0x8EB1A2BFF11E01BELL;
        if (((safe_mul_func_int8_t_s_s((safe_mod_func_uint8_t_u_u((safe_lshift_func_int16_t_s_s((g_112[3] > ((safe_rshift_func_uint16_t_u_s((&l_26 == (*g_138)), (((**l_34) , (*l_35)) & l_216))) >= 0x91DECDD1L)), 6)), 255UL)), 0x51L)) == g_112[1]))
        { 
            int32_t l_228 = 0x96AD4EA7L;
            uint64_t *l_235 = &g_52;
            int32_t l_251 = (-1L);
            int32_t l_253 = 0L;
            (*g_127) = 0x8CC5C9A5L;
            (*g_127) |= ((~0x9420149EDFFE6EDFLL) > (safe_add_func_int8_t_s_s(g_74[2][2], (safe_div_func_int8_t_s_s((safe_sub_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_u((safe_mod_func_uint16_t_u_u((++(**g_198)), (safe_rshift_func_int8_t_s_u(g_74[2][2], 7)))), (g_74[2][2] <= (safe_mul_func_int16_t_s_s(((l_235 != &g_52) < (***g_138)), l_216))))), g_181)), g_204)))));
            (*g_127) = l_228;
            for (g_52 = 0; (g_52 == 42); ++g_52)
            { 
                int64_t *l_252 = (void*)0;
                int32_t l_254 = 0x706FC589L;
                int64_t *l_258 = &g_17;
                uint32_t *l_269 = &g_102;
                (**l_34) ^= (safe_lshift_func_uint16_t_u_u((safe_mod_func_int8_t_s_s((248UL > (~((3L & (safe_add_func_uint64_t_u_u(((safe_mul_func_uint16_t_u_u(l_228, l_228)) & (safe_rshift_func_uint8_t_u_u(((*l_163) = ((l_253 = (l_251 = (safe_mul_func_int16_t_s_s((l_216 != l_216), g_144[0])))) , l_216)), 4))), g_63))) ^ (*g_140)))), 251UL)), l_254));
                (*g_127) |= ((l_228 && (*l_35)) == l_255[0]);
                (*g_127) = ((safe_sub_func_int64_t_s_s(((((0x7F1B25924D1F9F78LL > ((*l_258) ^= l_255[0])) && ((safe_mul_func_int8_t_s_s((safe_mul_func_int16_t_s_s(((g_74[1][0] != (safe_mod_func_uint16_t_u_u(((safe_lshift_func_int8_t_s_s((((*l_269) &= ((safe_sub_func_uint64_t_u_u(g_181, l_216)) || 0x1E0E378A0C2E42F9LL)) , g_166), 0)) <= (**l_34)), (*g_199)))) >= g_144[0]), 1L)), 0xCDL)) ^ (*g_140))) | g_74[2][0]) , (-7L)), g_74[0][2])) != 0x6990L);
            }
        }
        else
        { 
            uint16_t l_281[1][4];
            int32_t *l_284[1][2];
            uint32_t l_286 = 1UL;
            int16_t *l_317[1][1];
            int16_t **l_316 = &l_317[0][0];
            const int16_t *l_319 = (void*)0;
            const int16_t **l_318 = &l_319;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 4; j++)
                    l_281[i][j] = 65535UL;
            }
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_284[i][j] = (void*)0;
            }
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_317[i][j] = &g_303;
            }
lbl_307:
            if ((safe_sub_func_uint8_t_u_u(0xD3L, (safe_add_func_int64_t_s_s(((safe_lshift_func_uint8_t_u_u((safe_add_func_int16_t_s_s(g_17, (&g_102 == (((safe_add_func_int8_t_s_s((((void*)0 != g_280) | g_63), (*l_35))) ^ l_281[0][3]) , (void*)0)))), l_216)) <= l_255[2]), 0xDE11B9BB303BE433LL)))))
            { 
                int32_t *l_283 = (void*)0;
                int32_t l_285 = 0x26210D50L;
                l_283 = l_282;
                l_284[0][1] = func_22((*l_282));
                ++l_286;
            }
            else
            { 
                const uint16_t ****l_292 = &g_289[1];
                uint16_t ***l_294 = (void*)0;
                uint16_t ****l_293 = &l_294;
                const int32_t l_302 = 0xE90E1A3BL;
                (**l_34) = (((((*l_292) = g_289[0]) != ((*l_293) = (void*)0)) <= (safe_sub_func_uint64_t_u_u(((((safe_lshift_func_int16_t_s_s((((safe_sub_func_int8_t_s_s((safe_unary_minus_func_uint16_t_u(l_302)), (l_302 , (0x088CL || (*g_291))))) > 0x9172L) & g_204), 14)) ^ l_302) , (*g_127)) <= (*l_35)), (-3L)))) ^ 0L);
                g_304--;
                if (l_216)
                    goto lbl_307;
            }
            l_321[3] ^= (((*l_163) = (safe_div_func_uint32_t_u_u(((safe_mod_func_uint64_t_u_u((safe_mod_func_uint8_t_u_u(((safe_rshift_func_int8_t_s_s((((*l_316) = &g_303) == ((*l_318) = &l_174[0][0])), (*l_282))) <= ((~(***g_138)) < (254UL <= (*l_282)))), g_52)), (*l_282))) || g_52), (**l_34)))) , 0x11DE2C0BL);
        }
        for (g_304 = 0; g_304 < 4; g_304 += 1)
        {
            g_112[g_304] = 4UL;
        }
    }
    return g_74[2][2];
}
static uint8_t  func_8(uint32_t  p_9)
{ 
    return g_2;
}
static int32_t * func_22(uint16_t  p_23)
{ 
    int32_t *l_29[3][4];
    int32_t **l_30 = (void*)0;
    int32_t **l_31 = (void*)0;
    int32_t **l_32 = &l_29[0][2];
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
            l_29[i][j] = &g_2;
    }
    (*l_32) = l_29[2][2];
    return &g_13;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_13, "g_13", print_hash_value);
    transparent_crc(g_17, "g_17", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_19, "g_19", print_hash_value);
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_71, "g_71", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_74[i][j], "g_74[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_102, "g_102", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_112[i], "g_112[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_144[i], "g_144[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_166, "g_166", print_hash_value);
    transparent_crc(g_181, "g_181", print_hash_value);
    transparent_crc(g_204, "g_204", print_hash_value);
    transparent_crc(g_303, "g_303", print_hash_value);
    transparent_crc(g_304, "g_304", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
