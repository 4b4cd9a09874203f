#include "csmith.h"
static long __undefined;
static int64_t g_8[3][2] = {{(-1L),1L},{1L,(-1L)},{1L,1L}};
static int32_t g_11 = 0x1B583DC0L;
static int16_t g_25 = (-4L);
static int16_t *g_34 = (void*)0;
static int16_t **g_33 = &g_34;
static uint16_t g_86[3][1] = {{0x5F48L},{0x5F48L},{0x5F48L}};
static int32_t g_87 = (-2L);
static int64_t g_90[1] = {0xC1C42294EC24AAD4LL};
static uint16_t g_91 = 1UL;
static uint8_t g_116 = 0xDBL;
static int8_t g_122[2][4] = {{0L,0L,0L,0L},{0L,0L,0L,0L}};
static uint32_t g_125 = 1UL;
static int32_t g_133 = 0x1F53DE94L;
static uint16_t *g_159 = &g_86[1][0];
static uint16_t **g_158 = &g_159;
static uint16_t **g_161[4][1] = {{&g_159},{&g_159},{&g_159},{&g_159}};
static const uint16_t *g_215[1][2] = {{(void*)0,(void*)0}};
static const uint16_t **g_214 = &g_215[0][1];
static const uint16_t ***g_213[4][2] = {{&g_214,&g_214},{&g_214,&g_214},{&g_214,&g_214},{&g_214,&g_214}};
static uint64_t g_225 = 0xCDD416DD7041B74BLL;
static int32_t *g_230 = &g_87;
static int16_t g_238 = 0x1042L;
static uint16_t g_239[1] = {1UL};
static int64_t g_272[2][2] = {{0x39E3DCDE23EACF7FLL,0x39E3DCDE23EACF7FLL},{0x39E3DCDE23EACF7FLL,0x39E3DCDE23EACF7FLL}};
static uint32_t g_273 = 18446744073709551615UL;
static uint8_t g_295 = 0x57L;
static uint8_t g_297[4] = {0x28L,0x28L,0x28L,0x28L};
static int64_t g_308 = (-1L);
static uint64_t g_310 = 1UL;
static uint32_t g_318[2] = {1UL,1UL};
static int8_t **g_324 = (void*)0;
static int64_t g_335[4][2] = {{0xD9B1459DAEE6FF53LL,0xD9B1459DAEE6FF53LL},{0xD9B1459DAEE6FF53LL,0xD9B1459DAEE6FF53LL},{0xD9B1459DAEE6FF53LL,0xD9B1459DAEE6FF53LL},{0xD9B1459DAEE6FF53LL,0xD9B1459DAEE6FF53LL}};
static int32_t  func_1(void);
static int32_t  func_12(int32_t  p_13, int8_t  p_14, const uint16_t  p_15, int8_t  p_16);
static uint16_t  func_26(int16_t * p_27, int32_t * p_28, uint64_t  p_29, uint16_t  p_30);
static int32_t  func_1(void)
{ 
    int64_t l_9 = 1L;
    int32_t *l_10[4];
    int16_t *l_24 = &g_25;
    uint32_t l_96 = 0xF0D8C8EFL;
    uint32_t l_97 = 0x2E2BC135L;
    uint8_t l_301 = 0x9CL;
    int32_t l_364 = 0L;
    int i;
    for (i = 0; i < 4; i++)
        l_10[i] = &g_11;
    g_11 = ((safe_mod_func_uint16_t_u_u((safe_mod_func_uint32_t_u_u((0x05D09EA9L & (safe_mul_func_uint8_t_u_u(g_8[1][1], (0UL && (((65531UL < 0x1BC7L) >= l_9) | g_8[0][1]))))), g_8[1][1])), (-1L))) ^ l_9);
    if (func_12((safe_sub_func_int16_t_s_s((safe_unary_minus_func_uint8_t_u((0x1C23L <= ((safe_mul_func_uint8_t_u_u((safe_mul_func_int8_t_s_s((g_8[2][0] , (((*l_24) = g_11) || ((func_26(l_24, &g_11, g_25, g_8[1][1]) & l_96) == l_97))), g_8[2][1])), g_90[0])) > g_90[0])))), g_90[0])), g_90[0], g_90[0], g_90[0]))
    { 
        uint16_t l_277 = 65535UL;
        int32_t l_278 = 0xBEAF350AL;
        int32_t l_281 = (-1L);
        int32_t l_282 = 0x4D4BEADCL;
        int32_t l_283 = 0x7F8A6E95L;
        int32_t l_284[3][4] = {{0xC94271DEL,(-1L),0xC94271DEL,0xC94271DEL},{(-1L),(-1L),0x618028CFL,(-1L)},{(-1L),0xC94271DEL,0xC94271DEL,(-1L)}};
        uint32_t l_285 = 4294967290UL;
        int i, j;
        (*g_230) &= l_277;
        for (g_225 = 0; (g_225 <= 0); g_225 += 1)
        { 
            int16_t l_279 = 7L;
            int32_t l_280[4][4] = {{0x25FF4A1BL,9L,0x25FF4A1BL,9L},{0x25FF4A1BL,9L,0x25FF4A1BL,9L},{0x25FF4A1BL,9L,0x25FF4A1BL,9L},{0x25FF4A1BL,9L,0x25FF4A1BL,9L}};
            int32_t l_290 = 0xCE790BFCL;
            int8_t *l_292 = &g_122[1][1];
            uint32_t l_293 = 0x41929319L;
            uint32_t *l_294[1];
            uint8_t *l_296 = &g_116;
            int32_t **l_300[2];
            int i, j;
            for (i = 0; i < 1; i++)
                l_294[i] = &l_96;
            for (i = 0; i < 2; i++)
                l_300[i] = (void*)0;
            ++l_285;
        }
    }
    else
    { 
        int32_t **l_304 = &l_10[3];
        const int8_t *l_306 = &g_122[0][1];
        const int8_t **l_305 = &l_306;
        const int8_t ***l_307 = &l_305;
        int32_t l_309 = 0x8B043577L;
        int32_t l_325 = 0L;
        (*l_304) = &g_11;
        (*l_307) = l_305;
        --g_310;
        for (l_97 = (-29); (l_97 < 24); l_97 = safe_add_func_uint64_t_u_u(l_97, 8))
        { 
            int32_t l_321 = 0L;
            int32_t **l_326 = &g_230;
            uint64_t *l_328 = (void*)0;
            uint64_t *l_329 = &g_225;
            for (g_25 = 25; (g_25 != (-12)); --g_25)
            { 
                int32_t *l_317 = &l_309;
                g_230 = l_317;
                g_318[0]++;
                l_325 &= (g_297[3] , ((l_321 == ((g_297[0] , ((safe_sub_func_uint16_t_u_u(((((g_324 == g_324) >= (*g_230)) | (*g_230)) , 5UL), (**l_304))) && (*l_317))) >= (*g_230))) < g_318[0]));
            }
            (**l_304) &= ((void*)0 == l_326);
            g_335[1][1] &= ((l_10[2] != (((g_25 ^ ((((((+(g_25 == (&g_34 == (((++(*l_329)) & (!(((g_310 = (safe_lshift_func_int8_t_s_u(((**l_326) & (**l_326)), (**l_304)))) || g_273) & 0UL))) , (void*)0)))) != 0x22L) , 2L) < (*g_230)) , 1UL) ^ (**l_304))) , (**l_326)) , (*l_304))) ^ (*g_230));
            return (**l_304);
        }
    }
    for (g_25 = (-12); (g_25 > 26); g_25 = safe_add_func_uint8_t_u_u(g_25, 2))
    { 
        uint32_t l_338 = 0xB5429116L;
        const int8_t l_358 = 0xB5L;
        uint64_t *l_359 = &g_225;
        int64_t *l_360 = &l_9;
        l_338 &= (*g_230);
        (*g_230) = (safe_div_func_int64_t_s_s(g_335[1][1], ((*l_360) |= (safe_add_func_int64_t_s_s((safe_add_func_int16_t_s_s((-1L), (safe_div_func_int8_t_s_s((((g_91 , (safe_unary_minus_func_uint16_t_u((safe_add_func_uint64_t_u_u(((*l_359) = ((safe_mul_func_uint8_t_u_u((safe_add_func_uint8_t_u_u((safe_add_func_int8_t_s_s(l_338, ((safe_sub_func_int16_t_s_s(0L, l_358)) <= (*g_159)))), g_335[1][1])), 252UL)) >= l_358)), 18446744073709551615UL))))) , 0x76L) & g_25), 0x4FL)))), g_295)))));
    }
    for (l_96 = 0; (l_96 == 31); l_96 = safe_add_func_int8_t_s_s(l_96, 7))
    { 
        int16_t l_363 = 4L;
        int64_t *l_367 = &g_335[1][1];
        (*g_230) = l_363;
        l_364 ^= (*g_230);
        if (((*g_230) > (safe_div_func_int64_t_s_s(((*l_367) |= l_363), g_295))))
        { 
            uint64_t l_368 = 18446744073709551615UL;
            return l_368;
        }
        else
        { 
            return (*g_230);
        }
    }
    return (*g_230);
}
static int32_t  func_12(int32_t  p_13, int8_t  p_14, const uint16_t  p_15, int8_t  p_16)
{ 
    int16_t l_102 = 6L;
    const uint8_t *l_115 = &g_116;
    int32_t l_120 = 3L;
    int32_t l_121 = 0x0626F2ACL;
    int32_t l_123[2][1];
    int32_t *l_269 = &l_123[0][0];
    int32_t *l_270 = &g_87;
    int32_t *l_271[4];
    uint32_t l_276[2];
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_123[i][j] = 0x4A9F0F70L;
    }
    for (i = 0; i < 4; i++)
        l_271[i] = (void*)0;
    for (i = 0; i < 2; i++)
        l_276[i] = 1UL;
    if ((safe_sub_func_uint64_t_u_u((((safe_mul_func_uint16_t_u_u((l_102 & (safe_lshift_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_s(((((safe_add_func_uint16_t_u_u(p_14, (safe_mul_func_int8_t_s_s((safe_sub_func_int16_t_s_s(0x2D52L, (safe_sub_func_uint16_t_u_u(l_102, (&l_102 != &l_102))))), g_90[0])))) , p_16) , l_115) == l_115), l_102)), 2))), p_14)) , &l_102) == &l_102), 0L)))
    { 
        int32_t *l_117 = &g_11;
        int32_t l_118 = 0xEA79E410L;
        int32_t *l_119[1];
        int16_t l_124 = (-9L);
        int i;
        for (i = 0; i < 1; i++)
            l_119[i] = (void*)0;
        --g_125;
    }
    else
    { 
        uint32_t l_131 = 0UL;
        int32_t *l_132[2][4] = {{&g_133,&g_133,&g_133,&g_133},{&g_133,&g_133,&g_133,&g_133}};
        int32_t l_134 = 0x3C04BDE6L;
        int32_t *l_135 = &g_11;
        int16_t *l_142 = &g_25;
        int16_t *** const l_177 = &g_33;
        int32_t l_234 = (-10L);
        int32_t l_235 = 0x9FDC4488L;
        int32_t *l_266 = &l_123[0][0];
        int i, j;
        (*l_135) &= ((l_123[0][0] = (l_134 &= (safe_rshift_func_int16_t_s_s(((((g_122[0][1] , g_8[1][0]) , (+0x682DL)) == l_131) != l_120), 6)))) , g_86[2][0]);
        for (g_125 = 20; (g_125 >= 59); g_125 = safe_add_func_uint32_t_u_u(g_125, 6))
        { 
            const int16_t * const l_143 = &l_102;
            uint8_t *l_148 = &g_116;
            int32_t l_149 = 2L;
            uint16_t **l_162 = &g_159;
            const int8_t l_203[4][4] = {{(-1L),0xF2L,0xF2L,(-1L)},{0xDBL,0xF2L,0x3BL,0xF2L},{0xF2L,0x87L,0x3BL,0x3BL},{0xDBL,0xDBL,0xF2L,0x3BL}};
            const uint16_t ***l_216 = &g_214;
            int32_t l_236 = (-1L);
            int32_t l_237[1];
            int64_t l_264 = 1L;
            int16_t l_265[1][1];
            int i, j;
            for (i = 0; i < 1; i++)
                l_237[i] = 2L;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_265[i][j] = 1L;
            }
        }
    }
    (*g_230) = (0L < ((safe_add_func_int16_t_s_s(((*g_230) >= p_16), 2UL)) , (0x9FB94FD6L < g_122[0][1])));
    ++g_273;
    return l_276[1];
}
static uint16_t  func_26(int16_t * p_27, int32_t * p_28, uint64_t  p_29, uint16_t  p_30)
{ 
    int16_t *l_32 = &g_25;
    int16_t **l_31 = &l_32;
    int32_t l_48 = 2L;
    uint32_t l_80 = 3UL;
    int32_t l_89[2];
    int i;
    for (i = 0; i < 2; i++)
        l_89[i] = (-1L);
    g_33 = l_31;
    if ((((((0xCEDDA5659CDE30ECLL >= (((*p_27) & (safe_add_func_uint32_t_u_u(g_8[2][0], ((void*)0 == &g_34)))) , 0x385E13CD4FE93046LL)) < 0xECL) & g_8[2][0]) , p_30) == 8L))
    { 
        return g_8[1][1];
    }
    else
    { 
        const int32_t l_47 = 0xC1F4B9EFL;
        uint32_t l_60[2][2] = {{0x8DFE9016L,0x8DFE9016L},{0x8DFE9016L,0x8DFE9016L}};
        int32_t l_71 = (-5L);
        int16_t *l_72 = (void*)0;
        int32_t *l_88[4];
        uint16_t *l_95 = &g_91;
        uint16_t **l_94 = &l_95;
        int i, j;
        for (i = 0; i < 4; i++)
            l_88[i] = (void*)0;
        if ((safe_mul_func_int8_t_s_s(p_30, (((safe_mod_func_uint32_t_u_u((((void*)0 != &g_34) >= ((**g_33) = (((((safe_lshift_func_uint16_t_u_u((safe_mod_func_int64_t_s_s((safe_sub_func_int32_t_s_s(0xF9E84EBFL, g_25)), 18446744073709551615UL)), g_8[1][0])) != g_25) || g_8[1][1]) , g_8[1][1]) & p_30))), g_11)) || l_47) && l_48))))
        { 
            int32_t *l_51 = &l_48;
            int32_t *l_52 = (void*)0;
            int32_t *l_53 = (void*)0;
            int32_t *l_54 = &l_48;
            int32_t *l_55 = &g_11;
            int32_t *l_56 = &l_48;
            int32_t l_57[1];
            int32_t *l_58 = &g_11;
            int32_t *l_59 = (void*)0;
            int i;
            for (i = 0; i < 1; i++)
                l_57[i] = 0xD0AE446FL;
            for (p_29 = 0; (p_29 <= 1); p_29 += 1)
            { 
                int32_t l_49 = (-1L);
                int32_t *l_50 = &l_48;
                (*l_50) = ((*p_28) = l_49);
                if ((*p_28))
                    break;
            }
            l_60[1][0]++;
            (*l_56) ^= ((*l_58) |= l_60[1][0]);
        }
        else
        { 
            uint8_t l_69 = 0x1AL;
            int32_t *l_70[2][1];
            int16_t ***l_73 = &l_31;
            uint8_t *l_83 = &l_69;
            uint16_t *l_84 = (void*)0;
            uint16_t *l_85 = &g_86[2][0];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_70[i][j] = &l_48;
            }
            l_71 ^= (safe_sub_func_int32_t_s_s(((*p_28) = (5UL | (safe_div_func_int32_t_s_s(((safe_rshift_func_uint16_t_u_u(((void*)0 == (*g_33)), l_69)) & ((g_8[0][1] , (void*)0) == (void*)0)), l_69)))), 0xCEC4EE8FL));
            (*l_73) = ((p_27 == ((*l_31) = l_72)) , &p_27);
            l_80 = (safe_lshift_func_uint8_t_u_u((((((*p_28) = (*p_28)) < (safe_mul_func_int8_t_s_s((((safe_rshift_func_int8_t_s_s(p_29, 6)) , (void*)0) != p_28), (l_71 = (((((((p_30 , p_29) , l_47) >= g_8[2][0]) <= 0x28A3ABE652606BDELL) , (void*)0) != (void*)0) , 1UL))))) > 254UL) , p_29), g_8[0][0]));
            g_87 |= (((*l_85) = (p_30 = (safe_mod_func_int8_t_s_s(l_60[1][0], ((*l_83) ^= g_11))))) && ((*p_27) &= 0x7CF0L));
        }
        ++g_91;
        (*p_28) = (g_91 == (&l_48 != (void*)0));
        (*p_28) ^= (&g_91 != ((*l_94) = (void*)0));
    }
    return p_29;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_8[i][j], "g_8[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_25, "g_25", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_86[i][j], "g_86[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_87, "g_87", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_90[i], "g_90[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_91, "g_91", print_hash_value);
    transparent_crc(g_116, "g_116", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_122[i][j], "g_122[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_125, "g_125", print_hash_value);
    transparent_crc(g_133, "g_133", print_hash_value);
    transparent_crc(g_225, "g_225", print_hash_value);
    transparent_crc(g_238, "g_238", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_239[i], "g_239[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_272[i][j], "g_272[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_273, "g_273", print_hash_value);
    transparent_crc(g_295, "g_295", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_297[i], "g_297[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_308, "g_308", print_hash_value);
    transparent_crc(g_310, "g_310", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_318[i], "g_318[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_335[i][j], "g_335[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
