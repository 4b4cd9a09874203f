#include "csmith.h"
static long __undefined;
static int32_t g_5 = 1L;
static uint8_t g_13 = 0x0DL;
static int32_t g_17[1] = {0x5EA6EDADL};
static int8_t g_64 = 4L;
static uint8_t g_66 = 0x2AL;
static int16_t g_70 = 4L;
static uint16_t g_83 = 65535UL;
static int8_t g_106[1] = {0x9AL};
static int32_t g_107 = 0xDEB7CA39L;
static int32_t *g_120 = &g_107;
static int8_t *g_131 = &g_64;
static int8_t **g_130 = &g_131;
static uint64_t g_135 = 0xE42614109486933DLL;
static int32_t **g_187 = &g_120;
static int16_t ***g_199 = (void*)0;
static int64_t g_220 = 4L;
static int16_t *g_269 = &g_70;
static int16_t ** const g_268 = &g_269;
static int16_t ** const *g_267 = &g_268;
static uint64_t  func_1(void);
static int32_t ** func_21(const int32_t ** p_22, int32_t  p_23, uint16_t  p_24, int32_t * p_25);
static const int32_t ** func_26(int32_t * p_27, uint8_t  p_28, int32_t * p_29, uint16_t  p_30);
static uint64_t  func_1(void)
{ 
    int16_t l_2 = 0xC213L;
    int32_t l_3[4];
    int32_t *l_4 = &g_5;
    int16_t l_16 = 0x609BL;
    uint32_t l_18[3][3] = {{0x50F6B34CL,0x50F6B34CL,0x50F6B34CL},{1UL,1UL,1UL},{0x50F6B34CL,0x50F6B34CL,0x50F6B34CL}};
    uint16_t l_190 = 0x099DL;
    int16_t ** const l_265 = (void*)0;
    int16_t ** const *l_264 = &l_265;
    uint32_t l_275 = 0x084D9010L;
    int32_t **l_326 = (void*)0;
    int32_t **l_327 = &l_4;
    uint32_t l_328 = 18446744073709551612UL;
    int i, j;
    for (i = 0; i < 4; i++)
        l_3[i] = 0L;
    if (((*l_4) = (l_3[2] = l_2)))
    { 
        int32_t l_8 = 0x2A8358BDL;
        uint32_t l_48 = 18446744073709551615UL;
        int32_t l_188 = 0x82547F47L;
        int32_t l_189 = (-1L);
        uint16_t l_196 = 0x6F8CL;
        if ((+g_5))
        { 
            int32_t *l_31[4];
            uint8_t l_49 = 0x59L;
            int16_t l_53[2];
            int32_t **l_186 = &l_31[2];
            int i;
            for (i = 0; i < 4; i++)
                l_31[i] = &g_5;
            for (i = 0; i < 2; i++)
                l_53[i] = 0xBD4AL;
            if (g_5)
            { 
                int32_t *l_7 = &l_3[2];
                int32_t l_9 = 0xC3F0BC50L;
                int32_t *l_10 = (void*)0;
                int32_t *l_11 = &g_5;
                int32_t *l_12[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_12[i] = &l_8;
                g_13--;
                --l_18[0][2];
            }
            else
            { 
                int32_t **l_42 = (void*)0;
                int32_t ***l_185[4];
                int64_t l_195 = 0L;
                int i;
                for (i = 0; i < 4; i++)
                    l_185[i] = &l_42;
                g_187 = (l_186 = func_21(func_26(l_31[0], (safe_add_func_uint16_t_u_u((((*l_4) > (safe_sub_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u((safe_add_func_int8_t_s_s((safe_mul_func_int16_t_s_s(((((((void*)0 == l_42) == (~(safe_lshift_func_int8_t_s_s(((safe_mul_func_int16_t_s_s(((((((((g_13 , &l_3[2]) == &g_17[0]) > (-2L)) >= 18446744073709551615UL) , g_17[0]) , g_17[0]) ^ 9L) > l_8), g_17[0])) < 0xF4C90EB1F0CFADBALL), g_17[0])))) , 5UL) , &g_5) == l_31[3]), (*l_4))), g_17[0])), g_17[0])), l_48))) < 0x5830L), l_49)), &g_17[0], l_48), l_48, l_53[1], &g_17[0]));
                l_190--;
                (**g_187) &= (safe_lshift_func_int16_t_s_s(g_17[0], (g_5 && g_17[0])));
                l_196--;
            }
        }
        else
        { 
            int16_t *l_202 = (void*)0;
            int16_t *l_203 = &l_16;
            uint16_t l_216 = 65528UL;
            const uint64_t l_217 = 18446744073709551614UL;
            int64_t *l_218 = (void*)0;
            int64_t *l_219 = &g_220;
            (*g_120) = (((((*l_4) = ((void*)0 == g_199)) || (((*l_219) = (safe_mul_func_int16_t_s_s(((*l_203) = (-6L)), (((safe_add_func_uint8_t_u_u(((safe_lshift_func_int16_t_s_s((((safe_mul_func_uint16_t_u_u((((safe_rshift_func_int8_t_s_s((safe_lshift_func_uint16_t_u_s(g_135, 11)), ((((safe_div_func_uint8_t_u_u((g_5 , 0UL), g_70)) , l_216) , (void*)0) == (void*)0))) , 3UL) <= (**g_130)), l_8)) && 6UL) != 7L), 8)) > 1L), l_217)) >= l_217) ^ (*g_120))))) == (*l_4))) , (void*)0) != (void*)0);
        }
        for (l_16 = 12; (l_16 > (-22)); l_16 = safe_sub_func_int32_t_s_s(l_16, 9))
        { 
            (*l_4) |= 4L;
        }
    }
    else
    { 
        int8_t l_229 = 0x03L;
        uint64_t l_235 = 0xDAE8A341D8F6A000LL;
        const int16_t **l_271 = (void*)0;
        const int16_t ***l_270 = &l_271;
        int32_t l_274 = 0x52D6D3DBL;
        int32_t l_278 = 0xF47FE894L;
        uint16_t l_300 = 0x5F9DL;
        int32_t l_301 = 0x297F8498L;
        int32_t l_304 = (-3L);
        int32_t l_306 = 0x969E6188L;
        if ((safe_rshift_func_int16_t_s_u((safe_sub_func_int32_t_s_s((safe_div_func_uint32_t_u_u((l_229 <= (((((safe_mul_func_int16_t_s_s((((0x95B7E0EDL != ((-1L) == l_229)) > (g_220 > 0UL)) != g_106[0]), (-1L))) != (*l_4)) == g_5) | (*g_120)) ^ g_5)), 0x6DBB8731L)), 0x987EEEA6L)), 6)))
        { 
            int32_t *l_234[2][3] = {{&g_17[0],&g_17[0],&g_17[0]},{&l_3[2],&l_3[2],&l_3[2]}};
            uint64_t *l_250 = &g_135;
            int8_t l_259 = 1L;
            int16_t ** const **l_266[4];
            uint8_t l_282 = 0x36L;
            const int32_t l_299 = 0x5B7954B2L;
            int i, j;
            for (i = 0; i < 4; i++)
                l_266[i] = (void*)0;
            ++l_235;
            (*g_120) = (safe_sub_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u(((safe_rshift_func_int8_t_s_s((safe_rshift_func_int16_t_s_s((safe_lshift_func_uint8_t_u_u(g_5, (safe_div_func_uint64_t_u_u((--(*l_250)), (safe_lshift_func_uint16_t_u_u((safe_add_func_int8_t_s_s(((safe_sub_func_uint32_t_u_u(0xA32A2159L, ((l_259 , (((safe_lshift_func_int8_t_s_s((safe_lshift_func_uint8_t_u_s((((((g_267 = l_264) != l_270) ^ (**g_130)) >= 0x22506B0F8228610ELL) , g_83), (**g_130))), (*g_131))) , 0xD438A0F698880303LL) , (*l_4))) ^ 4L))) == g_17[0]), (*g_131))), 8)))))), 10)), l_229)) , l_229), (**g_130))), 65534UL));
            for (l_235 = 15; (l_235 >= 38); l_235 = safe_add_func_uint32_t_u_u(l_235, 9))
            { 
                int32_t l_279 = (-10L);
                int32_t l_280 = 9L;
                int32_t l_281 = 0xBA451DFCL;
                ++l_275;
                --l_282;
            }
            g_17[0] ^= ((safe_mul_func_uint16_t_u_u((g_70 >= l_235), (!(safe_div_func_int16_t_s_s((safe_rshift_func_uint16_t_u_u(g_135, (safe_div_func_uint16_t_u_u(((safe_div_func_int32_t_s_s((g_83 | ((safe_mod_func_uint64_t_u_u((+(((*l_4) , (*g_120)) <= 0x1B24695CL)), (*l_4))) == g_64)), (*g_120))) != (**g_187)), l_235)))), l_299))))) & l_300);
        }
        else
        { 
            int32_t *l_302 = &l_274;
            int32_t l_303[1][3];
            int32_t *l_305[2];
            uint32_t l_307 = 0UL;
            uint16_t *l_312 = (void*)0;
            uint16_t *l_313 = (void*)0;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_303[i][j] = 0x238EB0DDL;
            }
            for (i = 0; i < 2; i++)
                l_305[i] = (void*)0;
            ++l_307;
            (*g_120) = (safe_mod_func_int8_t_s_s((((l_274 = 65528UL) && (safe_mul_func_uint16_t_u_u((g_83 = (safe_unary_minus_func_int32_t_s((g_106[0] , 0x419CB782L)))), ((safe_mul_func_uint16_t_u_u((255UL >= (safe_mul_func_uint8_t_u_u((l_304 != (***g_267)), 252UL))), g_220)) == g_70)))) == 0x2028FAF6L), (-2L)));
        }
        for (g_135 = 0; (g_135 <= 0); g_135 += 1)
        { 
            int32_t **l_321 = &l_4;
            (*l_321) = ((*g_187) = (void*)0);
        }
    }
    for (g_64 = 27; (g_64 == 7); --g_64)
    { 
        uint8_t l_324 = 0UL;
        int32_t *l_325 = &l_3[2];
        (*l_325) |= (g_17[0] &= (3UL >= l_324));
    }
    (*l_327) = ((*g_187) = (*g_187));
    return l_328;
}
static int32_t ** func_21(const int32_t ** p_22, int32_t  p_23, uint16_t  p_24, int32_t * p_25)
{ 
    int8_t *l_63 = &g_64;
    uint8_t *l_65[1][4];
    int32_t l_67 = 0x9A7C888BL;
    int32_t l_68 = 0xF71451CEL;
    int16_t *l_69[1][3];
    uint32_t l_71 = 0x2C157B4CL;
    int8_t ** const l_108 = (void*)0;
    int16_t **l_171 = &l_69[0][2];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_65[i][j] = &g_66;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_69[i][j] = &g_70;
    }
    (*p_25) = (safe_div_func_int64_t_s_s((0x58D4CCF97A265D28LL >= g_13), (safe_div_func_int64_t_s_s((((+0x3B64L) >= (g_70 &= ((((((safe_rshift_func_int8_t_s_u((((((l_67 = ((0xEBL || ((safe_mod_func_int8_t_s_s(((*l_63) = ((g_13 != 0x97F7L) ^ 0x928FFEA0L)), g_13)) >= g_5)) , 250UL)) , l_67) , 2L) == 0xE6L) , 0x3AL), 7)) != l_68) | g_17[0]) || g_5) , p_25) == (void*)0))) , l_71), p_24))));
    for (p_23 = 2; (p_23 < 19); ++p_23)
    { 
        int16_t *l_80 = &g_70;
        int16_t *l_81[1];
        int32_t l_84 = 5L;
        int32_t l_85 = 0xF75B2907L;
        int32_t l_133 = 8L;
        int16_t l_151[2][3] = {{0x1653L,(-10L),(-10L)},{0x1653L,(-10L),(-10L)}};
        uint8_t l_166 = 0xB8L;
        int i, j;
        for (i = 0; i < 1; i++)
            l_81[i] = &g_70;
        for (l_68 = (-22); (l_68 == 29); l_68++)
        { 
            int16_t *l_78 = &g_70;
            int16_t **l_79[2][3] = {{&l_69[0][1],&l_69[0][1],&l_69[0][1]},{&l_78,&l_78,&l_78}};
            uint16_t *l_82[4][2];
            int32_t l_105 = (-8L);
            int32_t l_127 = (-5L);
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 2; j++)
                    l_82[i][j] = &g_83;
            }
            if ((safe_rshift_func_int16_t_s_s(((((l_80 = l_78) == l_81[0]) || ((--g_83) , (safe_lshift_func_uint16_t_u_s((++p_24), (g_107 = (safe_rshift_func_int16_t_s_s(((*l_80) = (((((*p_25) = 0xC681E8B0L) , (~((p_23 | (safe_rshift_func_uint16_t_u_s((g_83 = ((safe_lshift_func_uint8_t_u_s((safe_sub_func_uint16_t_u_u((safe_rshift_func_int8_t_s_u((safe_mul_func_int8_t_s_s((&g_17[0] != (void*)0), g_17[0])), l_105)), 0x884AL)), g_64)) == g_106[0])), 9))) == 0x67D0L))) | p_23) | p_23)), 5))))))) ^ 0x143F40280C152E95LL), 4)))
            { 
                (*p_25) = (p_23 <= g_5);
            }
            else
            { 
                if (g_66)
                    break;
            }
        }
    }
    return &g_120;
}
static const int32_t ** func_26(int32_t * p_27, uint8_t  p_28, int32_t * p_29, uint16_t  p_30)
{ 
    int32_t *l_50 = &g_17[0];
    int32_t **l_51 = &l_50;
    const int32_t **l_52 = (void*)0;
    (*l_51) = l_50;
    return l_52;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_13, "g_13", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_17[i], "g_17[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_64, "g_64", print_hash_value);
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_70, "g_70", print_hash_value);
    transparent_crc(g_83, "g_83", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_106[i], "g_106[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_107, "g_107", print_hash_value);
    transparent_crc(g_135, "g_135", print_hash_value);
    transparent_crc(g_220, "g_220", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
