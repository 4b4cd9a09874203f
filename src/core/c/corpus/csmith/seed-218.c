#include "csmith.h"
static long __undefined;
static int32_t g_3 = (-10L);
static int32_t g_4 = 0xF69F7FD1L;
static const int32_t g_23 = (-1L);
static int32_t *g_25 = &g_3;
static int32_t **g_24 = &g_25;
static uint32_t g_29 = 0xF9611CA4L;
static int32_t g_31 = 0x04D46446L;
static int64_t g_32[4] = {0x712BAD479EA4087BLL,0x712BAD479EA4087BLL,0x712BAD479EA4087BLL,0x712BAD479EA4087BLL};
static int16_t g_54 = (-5L);
static int32_t g_56 = 0x89989A98L;
static int16_t g_59 = (-1L);
static int8_t g_64 = 0L;
static uint32_t g_65[1] = {18446744073709551615UL};
static int32_t ***g_69[1] = {&g_24};
static int32_t ****g_68 = &g_69[0];
static int8_t g_117 = 0x93L;
static int8_t g_119 = (-1L);
static uint32_t g_141[4][1] = {{0x9B62C093L},{0x9B62C093L},{0x9B62C093L},{0x9B62C093L}};
static int8_t g_187 = 0xAFL;
static int32_t **g_192 = &g_25;
static uint8_t g_201 = 0xDEL;
static int8_t g_217 = 0x24L;
static uint16_t g_241 = 3UL;
static uint64_t g_254 = 0UL;
static int16_t g_258 = 0x752FL;
static uint8_t ** const g_272 = (void*)0;
static uint8_t  func_1(void);
static int32_t * func_7(int32_t * p_8, const uint8_t  p_9, int8_t  p_10, uint16_t  p_11, int16_t  p_12);
static int32_t * func_37(uint64_t  p_38, const uint8_t  p_39);
static uint8_t  func_1(void)
{ 
    int32_t l_2[4];
    uint32_t l_15 = 0x34C865B4L;
    int64_t l_268 = (-5L);
    int32_t ***** const l_284 = &g_68;
    int i;
    for (i = 0; i < 4; i++)
        l_2[i] = 0x841B3C69L;
lbl_295:
    for (g_3 = 0; (g_3 <= 3); g_3 += 1)
    { 
        int i;
        l_2[g_3] = l_2[g_3];
        for (g_4 = (-6); (g_4 > 7); g_4++)
        { 
            int32_t *l_13 = &l_2[2];
            const uint32_t l_14 = 18446744073709551612UL;
            (*g_192) = func_7(l_13, l_14, l_15, g_4, ((((((safe_mod_func_int8_t_s_s((safe_mod_func_int8_t_s_s((-6L), 2UL)), (-1L))) , (*l_13)) <= g_4) <= g_4) , &g_3) != (void*)0));
        }
    }
    if (l_15)
    { 
        int32_t *l_264 = &l_2[1];
        int32_t *l_265 = &g_4;
        int32_t *l_266 = &g_56;
        int32_t *l_267[1];
        uint8_t l_269 = 0x1AL;
        int i;
        for (i = 0; i < 1; i++)
            l_267[i] = (void*)0;
        l_269--;
        return l_268;
    }
    else
    { 
        uint8_t *l_275 = &g_201;
        uint8_t **l_274[1];
        uint8_t ***l_273[3];
        uint8_t ***l_276 = &l_274[0];
        int32_t l_285[4][3];
        uint32_t *l_294 = &g_29;
        int i, j;
        for (i = 0; i < 1; i++)
            l_274[i] = &l_275;
        for (i = 0; i < 3; i++)
            l_273[i] = &l_274[0];
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 3; j++)
                l_285[i][j] = 1L;
        }
        l_2[1] |= l_268;
        (*l_276) = g_272;
        for (g_117 = 0; (g_117 != 15); ++g_117)
        { 
            int32_t l_279 = 0xE61AF882L;
            uint16_t *l_280 = (void*)0;
            uint16_t *l_281 = (void*)0;
            uint16_t *l_282 = &g_241;
            uint8_t ****l_283 = (void*)0;
            int32_t *l_286 = (void*)0;
            int32_t *l_287 = &g_4;
            if (l_279)
                break;
            (*l_287) |= (((g_59 && (((*l_275) = ((&g_272 != (l_276 = (((*l_282) = 65529UL) , &l_274[0]))) , (&g_68 == l_284))) == 0L)) != l_285[3][2]) < (*g_25));
        }
        (**g_192) = (safe_add_func_uint32_t_u_u(g_64, ((*l_294) = (g_241 , ((safe_div_func_int32_t_s_s((**g_24), (*****l_284))) , (safe_mul_func_uint8_t_u_u((*****l_284), (*****l_284))))))));
    }
    if (l_15)
        goto lbl_295;
    return g_4;
}
static int32_t * func_7(int32_t * p_8, const uint8_t  p_9, int8_t  p_10, uint16_t  p_11, int16_t  p_12)
{ 
    uint32_t l_20[4] = {0x56EC7E43L,0x56EC7E43L,0x56EC7E43L,0x56EC7E43L};
    int32_t *l_26[4][1];
    int32_t **l_50 = (void*)0;
    int32_t l_51 = 5L;
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
            l_26[i][j] = &g_4;
    }
    for (p_12 = 0; (p_12 <= 3); p_12 += 1)
    { 
        int32_t **l_48 = &l_26[1][0];
        int8_t l_225 = 0L;
        int32_t l_226 = 1L;
        int32_t l_229 = 0L;
        int32_t l_230[2][3] = {{4L,4L,4L},{(-1L),(-1L),(-1L)}};
        int32_t l_231 = 6L;
        int32_t l_232 = 0xDEE1C282L;
        int32_t l_233 = (-10L);
        int32_t l_234 = 0x1D64CF66L;
        uint8_t l_235 = 0x2DL;
        int i, j;
        if (l_20[p_12])
            break;
    }
    (*p_8) = ((((g_187 > (safe_mul_func_int8_t_s_s(p_10, g_141[3][0]))) || ((g_258 | ((!(((safe_add_func_uint64_t_u_u((safe_mul_func_uint16_t_u_u(((g_32[2] , 0x0049L) ^ g_258), 0xC9CFL)), (-1L))) > g_201) || 0xDEL)) != p_10)) && 0UL)) != g_3) == g_3);
    return (*g_192);
}
static int32_t * func_37(uint64_t  p_38, const uint8_t  p_39)
{ 
    int32_t ***l_52 = &g_24;
    int32_t ****l_53 = &l_52;
    int32_t l_63 = 0x10E27A8DL;
    int32_t *l_73 = &l_63;
    int32_t *l_75 = &g_4;
    int32_t l_78 = 0x450752D6L;
    int32_t l_80 = 0x5E375EFDL;
    int32_t l_82[3][4] = {{4L,4L,4L,4L},{4L,4L,4L,4L},{4L,4L,4L,4L}};
    uint16_t l_90[2];
    int32_t **l_103 = &g_25;
    int8_t *l_144[3][3];
    int16_t l_174 = 0x4D86L;
    int64_t *l_175 = &g_32[2];
    int32_t *l_176 = (void*)0;
    int32_t *l_177 = (void*)0;
    int32_t *l_178 = &l_63;
    int i, j;
    for (i = 0; i < 2; i++)
        l_90[i] = 0xF392L;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
            l_144[i][j] = &g_117;
    }
lbl_88:
    (*l_53) = l_52;
    for (g_29 = 0; (g_29 <= 3); g_29 += 1)
    { 
        int32_t l_57 = 0xFCC0C20EL;
        int32_t l_58 = 0L;
        int32_t l_61 = 4L;
        int32_t l_81 = (-1L);
        int32_t l_83 = 0x5CAF2BF2L;
        int32_t l_84 = 0x7B9C7346L;
        int32_t l_142[2][2];
        const int8_t * const l_162[3] = {&g_119,&g_119,&g_119};
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 2; j++)
                l_142[i][j] = 0L;
        }
        for (p_38 = 0; (p_38 <= 3); p_38 += 1)
        { 
            int64_t l_60 = 0xF020A73BC0E3E0ECLL;
            int32_t l_62 = 0x85266ADDL;
            for (g_31 = 0; (g_31 <= 3); g_31 += 1)
            { 
                int32_t *l_55[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_55[i] = &g_56;
                ++g_65[0];
                l_61 |= (((((void*)0 != g_68) < g_32[g_29]) > ((safe_mod_func_int32_t_s_s((((+(((**l_52) == (void*)0) && g_32[2])) | 65528UL) , p_38), (**g_24))) ^ p_38)) & 0xE40C593BB3FD4231LL);
                if (p_38)
                    break;
                l_55[1] = (l_73 = (*g_24));
            }
            if (p_38)
                continue;
        }
        for (l_63 = 0; (l_63 <= 3); l_63 += 1)
        { 
            int32_t *l_74 = &g_3;
            int32_t l_79[3][1];
            uint32_t l_85 = 8UL;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_79[i][j] = 1L;
            }
            if (g_32[g_29])
            { 
                return l_74;
            }
            else
            { 
                int32_t *l_76 = &l_61;
                int32_t *l_77[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_77[i] = (void*)0;
                (*g_24) = l_75;
                if (p_39)
                    break;
                l_85++;
            }
            for (l_58 = 3; (l_58 >= 0); l_58 -= 1)
            { 
                int32_t *l_89[4] = {&g_56,&g_56,&g_56,&g_56};
                int i;
                if (g_3)
                    goto lbl_88;
                --l_90[0];
            }
        }
        if ((****l_53))
        { 
            const int16_t l_101 = 0x60EEL;
            for (g_54 = 0; (g_54 <= 3); g_54 += 1)
            { 
                int8_t *l_100 = &g_64;
                int32_t **l_102 = &l_73;
                int32_t l_104 = 0xA67006BDL;
                if (p_38)
                    break;
                l_104 ^= ((safe_sub_func_int8_t_s_s((safe_mul_func_int8_t_s_s((((((safe_lshift_func_int8_t_s_s(((*l_100) |= ((g_65[0] || (safe_unary_minus_func_int8_t_s(((void*)0 == (*g_68))))) & g_54)), 3)) != l_101) < 0xE78ED21FL) , l_102) == l_103), g_65[0])), (*l_75))) >= (**l_102));
            }
        }
        else
        { 
            const int64_t l_114 = 8L;
            int32_t *** const l_124 = &l_103;
            int8_t *l_143 = &g_119;
            uint16_t *l_152[4][4] = {{&l_90[0],&l_90[0],&l_90[0],&l_90[0]},{&l_90[0],&l_90[0],&l_90[0],&l_90[0]},{&l_90[0],&l_90[0],&l_90[0],&l_90[0]},{&l_90[0],&l_90[0],&l_90[0],&l_90[0]}};
            int i, j;
            for (l_63 = 0; (l_63 <= 3); l_63 += 1)
            { 
                uint64_t l_112 = 0x139C8B3FF4847CB2LL;
                int32_t ****l_113 = &g_69[0];
                int8_t *l_115 = (void*)0;
                int8_t *l_116 = &g_117;
                int8_t *l_118 = &g_119;
                int i;
                l_81 = ((safe_div_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(g_64, ((*l_118) = ((*l_116) = ((!g_23) >= ((safe_sub_func_int32_t_s_s(l_112, (l_113 != (((g_31 <= l_114) ^ p_38) , &l_52)))) != g_32[2])))))), (****l_113))) <= (****l_53));
                l_61 |= ((((safe_lshift_func_uint8_t_u_s((((safe_mul_func_uint8_t_u_u(255UL, (l_124 == (void*)0))) > ((g_32[g_29] = ((safe_mul_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_s((safe_sub_func_int8_t_s_s((safe_sub_func_uint16_t_u_u(p_38, (safe_sub_func_uint8_t_u_u((+(!(safe_div_func_uint8_t_u_u(((g_141[3][0] = ((safe_mul_func_int16_t_s_s(g_4, 0xD495L)) < (***l_124))) ^ (****l_113)), g_31)))), 9UL)))), (****l_113))), g_65[0])), 65535UL)) , (***l_124))) <= 1UL)) | 65535UL), l_142[0][0])) , l_143) == l_144[0][1]) != g_54);
            }
            if (p_38)
                continue;
            if (((!(l_81 = (0xD34ED2CB2754EA53LL >= (safe_mul_func_uint16_t_u_u(((****l_53) >= (((safe_mul_func_uint16_t_u_u(((safe_lshift_func_int8_t_s_u((0x6E86D866L ^ 0L), 7)) , (((l_144[2][0] == l_144[1][1]) || 0x6B4BL) != p_39)), 0xC4BCL)) , (-4L)) , (-1L))), 8UL))))) == (-1L)))
            { 
                return (*l_103);
            }
            else
            { 
                int32_t *l_159[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_159[i] = (void*)0;
                l_78 = (((((safe_sub_func_uint8_t_u_u(((***l_124) > (((*l_143) = (****l_53)) , ((safe_mul_func_int8_t_s_s(0x73L, l_83)) < 0x56C3BA57B682B91DLL))), p_38)) >= 0x7F3DL) ^ 0x19615F9FL) <= p_39) >= 6UL);
                l_84 ^= (0L < ((safe_lshift_func_uint8_t_u_s(g_4, (&g_64 == l_162[0]))) == 0x2AL));
            }
        }
        if (g_29)
            goto lbl_88;
    }
    (*l_178) |= (safe_mul_func_uint16_t_u_u(((***l_52) , (safe_lshift_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_u(p_38, 9)), 2))), (((*l_175) ^= (((safe_rshift_func_int16_t_s_s((safe_rshift_func_uint16_t_u_u((!(((*g_68) = (*g_68)) != (*l_53))), (g_56 , l_174))), g_64)) ^ 0UL) & p_38)) & 0x7DC8F0C86490B889LL)));
    return (***l_53);
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_29, "g_29", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_32[i], "g_32[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_54, "g_54", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_59, "g_59", print_hash_value);
    transparent_crc(g_64, "g_64", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_65[i], "g_65[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_117, "g_117", print_hash_value);
    transparent_crc(g_119, "g_119", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_141[i][j], "g_141[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_187, "g_187", print_hash_value);
    transparent_crc(g_201, "g_201", print_hash_value);
    transparent_crc(g_217, "g_217", print_hash_value);
    transparent_crc(g_241, "g_241", print_hash_value);
    transparent_crc(g_254, "g_254", print_hash_value);
    transparent_crc(g_258, "g_258", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
