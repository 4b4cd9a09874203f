#include "csmith.h"
static long __undefined;
static int32_t g_11 = 2L;
static int8_t g_31 = 0L;
static uint8_t g_34[3] = {0x07L,0x07L,0x07L};
static uint32_t g_43 = 0x61175C87L;
static uint64_t g_48 = 0x3D476FC58AC37448LL;
static uint8_t g_84 = 5UL;
static uint16_t g_92 = 2UL;
static int32_t g_93[4] = {0xB9BD427AL,0xB9BD427AL,0xB9BD427AL,0xB9BD427AL};
static int32_t *g_213[1][2] = {{&g_93[3],&g_93[3]}};
static int32_t g_250[2][2] = {{0xD0909EEDL,0xD0909EEDL},{0xD0909EEDL,0xD0909EEDL}};
static int32_t **g_301[2] = {&g_213[0][1],&g_213[0][1]};
static int32_t ***g_300 = &g_301[1];
static uint8_t *g_317 = &g_34[1];
static uint8_t **g_316 = &g_317;
static uint8_t ***g_315 = &g_316;
static int32_t ****g_323 = &g_300;
static int32_t *****g_322[2] = {&g_323,&g_323};
static uint32_t  func_1(void);
static int16_t  func_4(uint32_t  p_5);
static uint8_t  func_9(int32_t  p_10);
static uint32_t  func_1(void)
{ 
    uint32_t l_17 = 18446744073709551612UL;
    int8_t *l_30 = &g_31;
    uint8_t *l_32 = (void*)0;
    uint8_t *l_33 = &g_34[2];
    uint8_t *l_123 = &g_84;
    uint32_t l_249[1];
    int32_t *l_251 = &g_11;
    int8_t **l_252 = &l_30;
    int32_t l_275[2][3];
    int64_t l_280[1];
    int64_t l_303 = (-1L);
    int32_t ****l_321 = &g_300;
    int32_t *****l_320 = &l_321;
    int16_t l_327 = 0x7A72L;
    int i, j;
    for (i = 0; i < 1; i++)
        l_249[i] = 18446744073709551615UL;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
            l_275[i][j] = 0x118BEC9CL;
    }
    for (i = 0; i < 1; i++)
        l_280[i] = 8L;
    (*l_251) = (safe_add_func_uint64_t_u_u((((func_4((~(safe_lshift_func_uint8_t_u_u(((*l_123) ^= func_9((g_11 == (~(safe_add_func_uint8_t_u_u((safe_lshift_func_int16_t_s_u(l_17, (safe_mul_func_int8_t_s_s(((safe_lshift_func_int16_t_s_s((g_11 < g_11), 13)) < ((safe_lshift_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_s(((safe_mul_func_int16_t_s_s(((((*l_33) = (((*l_30) = (((l_17 , g_11) , g_11) != 4L)) == g_11)) || l_17) < 0x33147F59L), l_17)) , g_11), 0)), l_17)), 6)) != g_11)), l_17)))), g_11)))))), g_93[3])))) <= l_17) <= l_249[0]) == l_17), g_250[0][0]));
    if (((g_34[1] , g_34[2]) , (&g_31 != ((*l_252) = l_30))))
    { 
        uint16_t l_259 = 65535UL;
        int32_t l_266 = (-1L);
        if ((*l_251))
        { 
            int32_t *l_253 = (void*)0;
            int32_t *l_254 = &g_93[2];
            int32_t *l_255 = (void*)0;
            int32_t *l_256 = (void*)0;
            int32_t *l_257 = &g_93[0];
            int32_t *l_258[2][1];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_258[i][j] = &g_93[3];
            }
            ++l_259;
        }
        else
        { 
            int32_t **l_265 = &l_251;
            if ((safe_lshift_func_uint16_t_u_u((*l_251), 15)))
            { 
                int32_t **l_264 = &g_213[0][1];
                (*l_264) = &g_11;
            }
            else
            { 
                return g_93[3];
            }
            (*l_265) = &g_93[1];
            l_266 |= ((*l_251) = 1L);
        }
    }
    else
    { 
        int16_t l_269 = 0L;
        uint8_t **l_270 = &l_32;
        int32_t l_273 = 0xD0C4DEAEL;
        int32_t l_276 = 0L;
        int32_t l_277 = 1L;
        int32_t l_278 = 0L;
        int32_t l_279[1][3];
        int32_t l_305[2][1];
        uint8_t l_314 = 7UL;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_279[i][j] = 0x2820C1F3L;
        }
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_305[i][j] = 0x366842C0L;
        }
        if (((g_250[0][0] , (g_34[1] > g_48)) & (safe_div_func_uint32_t_u_u((*l_251), (l_269 , 1L)))))
        { 
            uint8_t ***l_271 = &l_270;
            int32_t *l_272[4][2] = {{&g_93[1],&g_93[0]},{&g_93[1],&g_93[0]},{&g_93[1],&g_93[0]},{&g_93[1],&g_93[0]}};
            int i, j;
            (*l_271) = l_270;
            l_273 ^= ((*l_251) = l_269);
        }
        else
        { 
            int32_t *l_274[1];
            uint8_t l_281 = 9UL;
            uint8_t ** const l_287 = &l_33;
            int i;
            for (i = 0; i < 1; i++)
                l_274[i] = (void*)0;
            for (g_48 = 0; (g_48 <= 1); g_48 += 1)
            { 
                (*l_251) ^= 0x5FA5ECB4L;
            }
            l_281--;
            (*l_251) ^= ((void*)0 != (*l_270));
            for (l_269 = 0; (l_269 >= 0); l_269 -= 1)
            { 
                uint32_t l_284 = 1UL;
                uint64_t *l_289 = &g_48;
                int32_t * const *l_299 = &g_213[0][1];
                int32_t * const **l_298 = &l_299;
                int32_t ****l_302 = &g_300;
                --l_284;
                (*l_251) |= ((l_287 == (((l_278 | (+((*l_289)++))) & (safe_add_func_int8_t_s_s(g_250[1][0], 1L))) , (void*)0)) ^ l_276);
                (**l_299) = ((safe_div_func_int8_t_s_s(((safe_mul_func_int16_t_s_s(g_43, ((g_11 && (g_34[1] & (l_298 == ((*l_302) = g_300)))) ^ (*l_251)))) ^ 0UL), g_31)) , (**l_299));
            }
        }
        if (l_303)
        { 
            for (g_48 = 0; (g_48 <= 0); g_48 += 1)
            { 
                int32_t l_304 = 0L;
                (*l_251) = 0L;
                return l_304;
            }
            (*l_251) = l_305[1][0];
        }
        else
        { 
            int32_t l_308 = 0x557E2185L;
            int64_t *l_318 = &l_303;
            int32_t l_319 = 0xAEE28D21L;
            (**g_300) = (((*l_318) &= (safe_mod_func_int8_t_s_s(((l_308 < ((**l_252) = (safe_add_func_uint16_t_u_u((!g_92), (safe_mul_func_uint16_t_u_u(l_314, ((void*)0 != g_315))))))) & 0xD0L), l_308))) , &l_305[0][0]);
            l_319 &= (-1L);
            g_322[1] = l_320;
            (****l_321) = 0xB955BD64L;
        }
    }
    for (l_17 = (-25); (l_17 < 49); l_17 = safe_add_func_uint16_t_u_u(l_17, 1))
    { 
        int32_t *l_326 = &l_275[1][0];
        (****l_320) = l_326;
    }
    return l_327;
}
static int16_t  func_4(uint32_t  p_5)
{ 
    uint8_t *l_136 = &g_84;
    uint8_t **l_135 = &l_136;
    int32_t l_143 = (-10L);
    int32_t *l_187 = &g_93[3];
    int32_t **l_186 = &l_187;
    int32_t l_195 = 1L;
    int32_t l_199 = 0L;
    int32_t l_201 = 0x13B6CCC3L;
    int32_t l_202 = 0xA03A189BL;
    int32_t l_203 = 0x92CA0155L;
    int32_t l_204[4] = {0x8CB9ACBEL,0x8CB9ACBEL,0x8CB9ACBEL,0x8CB9ACBEL};
    int i;
    for (g_84 = 2; (g_84 > 46); ++g_84)
    { 
        const int8_t l_134 = (-8L);
        const int16_t l_137[3] = {(-7L),(-7L),(-7L)};
        int32_t *l_138 = (void*)0;
        int32_t *l_139[4] = {&g_11,&g_11,&g_11,&g_11};
        int32_t **l_141 = &l_139[0];
        int32_t ***l_140 = &l_141;
        int8_t *l_146 = &g_31;
        int i;
        g_93[3] |= (safe_mod_func_uint32_t_u_u(((((safe_div_func_int8_t_s_s((p_5 < (safe_mul_func_uint8_t_u_u((safe_sub_func_uint64_t_u_u((l_134 , p_5), p_5)), ((l_135 == &l_136) , g_34[2])))), l_137[1])) , p_5) < (-5L)) <= p_5), g_43));
        g_93[3] &= ((((*l_140) = &l_139[2]) == (void*)0) | ((~((((*l_146) = (l_143 <= ((safe_lshift_func_uint8_t_u_s(p_5, (((*l_135) == (*l_135)) < 8L))) <= p_5))) , g_11) != g_34[2])) < g_92));
    }
    for (g_11 = 0; (g_11 >= (-13)); g_11 = safe_sub_func_uint32_t_u_u(g_11, 5))
    { 
        uint16_t *l_159 = &g_92;
        int8_t *l_164 = &g_31;
        const int32_t l_165 = (-3L);
        int32_t *l_166 = &l_143;
        int32_t l_179 = 0L;
        uint8_t **l_189 = &l_136;
        int64_t l_190[1];
        int32_t l_198 = 0x3BB65FF7L;
        int32_t l_200[4];
        uint16_t l_242 = 0x85D1L;
        int i;
        for (i = 0; i < 1; i++)
            l_190[i] = 0x24154FC8DD5CAA87LL;
        for (i = 0; i < 4; i++)
            l_200[i] = 0xE2E7F7A6L;
        (*l_166) ^= (~(safe_sub_func_uint16_t_u_u((safe_sub_func_int64_t_s_s((0xC662L < (safe_lshift_func_uint16_t_u_s(((*l_159) |= (p_5 <= (4294967295UL == (+g_11)))), (safe_lshift_func_int16_t_s_u((safe_mod_func_int64_t_s_s((l_164 != (void*)0), l_165)), 4))))), g_93[1])), 0UL)));
    }
    return g_84;
}
static uint8_t  func_9(int32_t  p_10)
{ 
    uint8_t *l_39 = &g_34[0];
    int32_t *l_40 = &g_11;
    int32_t l_42[4][3] = {{1L,0x60F9AA2AL,0L},{1L,1L,0x60F9AA2AL},{0x2B0402ADL,0x60F9AA2AL,0x60F9AA2AL},{0x60F9AA2AL,1L,(-1L)}};
    int32_t l_72 = (-9L);
    uint8_t l_108[4][3] = {{251UL,251UL,251UL},{0xD9L,0xD9L,0xD9L},{251UL,251UL,251UL},{0xD9L,0xD9L,0xD9L}};
    int i, j;
    if ((safe_rshift_func_int8_t_s_u((safe_mod_func_uint16_t_u_u(((void*)0 == &g_31), ((((void*)0 == l_39) > ((*l_40) = ((void*)0 != &g_31))) , 65530UL))), 6)))
    { 
        int32_t *l_41[1][4] = {{(void*)0,(void*)0,(void*)0,(void*)0}};
        int i, j;
        g_43++;
    }
    else
    { 
        int32_t *l_46[4][2];
        int32_t **l_47 = &l_40;
        int8_t *l_68 = &g_31;
        uint8_t *l_70 = &g_34[0];
        uint64_t l_73 = 5UL;
        int8_t l_97[1][1];
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 2; j++)
                l_46[i][j] = &l_42[1][2];
        }
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_97[i][j] = 8L;
        }
        (*l_47) = l_46[1][1];
        --g_48;
        for (g_11 = 0; (g_11 != (-22)); g_11--)
        { 
            int8_t **l_65 = (void*)0;
            int8_t *l_67[1][4] = {{(void*)0,(void*)0,(void*)0,(void*)0}};
            int8_t **l_66 = &l_67[0][1];
            uint8_t **l_69[1];
            int32_t l_71 = 0x31B86626L;
            int32_t l_95 = 0x8A2850EDL;
            int32_t l_100 = 1L;
            int32_t l_101 = 0xE49CAF05L;
            int32_t l_102 = 0xF4BB62B1L;
            int32_t l_103 = 1L;
            int32_t l_104 = 0xBBF3D304L;
            int32_t l_105 = 0xC6A97375L;
            int32_t l_106 = 0L;
            int32_t l_107 = 0x3AFDC62DL;
            int i, j;
            for (i = 0; i < 1; i++)
                l_69[i] = &l_39;
        }
        for (g_43 = (-19); (g_43 < 16); g_43 = safe_add_func_int16_t_s_s(g_43, 1))
        { 
            (*l_40) ^= g_93[2];
            for (l_72 = 1; (l_72 > (-12)); --l_72)
            { 
                return g_93[3];
            }
        }
    }
    return g_34[2];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_34[i], "g_34[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_84, "g_84", print_hash_value);
    transparent_crc(g_92, "g_92", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_93[i], "g_93[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_250[i][j], "g_250[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
