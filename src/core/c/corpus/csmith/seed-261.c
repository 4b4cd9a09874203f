#include "csmith.h"
static long __undefined;
static int32_t g_4 = (-1L);
static int32_t g_7[3][3] = {{0x99244325L,0x99244325L,0x99244325L},{(-1L),(-1L),(-1L)},{0x99244325L,0x99244325L,0x99244325L}};
static int32_t g_10 = 0xBD085C9EL;
static int8_t g_36 = 0L;
static int32_t g_38 = 1L;
static int8_t g_41 = 3L;
static int64_t g_43 = 1L;
static uint8_t g_61 = 0xC7L;
static int8_t g_68 = 0x58L;
static uint64_t g_72[4] = {1UL,1UL,1UL,1UL};
static uint32_t g_94 = 0x1AB14A3DL;
static int16_t g_124 = 0x70F7L;
static uint32_t g_154 = 0x83601C06L;
static uint8_t *g_204[1] = {&g_61};
static uint64_t *g_216 = &g_72[1];
static int64_t  func_1(void);
static int32_t * func_11(int32_t * p_12);
static uint8_t  func_26(int32_t  p_27, int32_t  p_28, int32_t ** p_29);
static int64_t  func_1(void)
{ 
    int32_t *l_3[1][4] = {{&g_4,&g_4,&g_4,&g_4}};
    int32_t **l_2 = &l_3[0][3];
    uint64_t l_93 = 0xB6B07C152A3E9F7ALL;
    int8_t l_130 = 1L;
    int8_t l_164 = 0x56L;
    int16_t *l_184 = &g_124;
    int32_t *l_217 = &g_7[1][2];
    int i, j;
lbl_127:
    (*l_2) = (void*)0;
    for (g_4 = 0; (g_4 <= 22); g_4 = safe_add_func_int16_t_s_s(g_4, 8))
    { 
        int32_t **l_15 = &l_3[0][3];
        int32_t l_45 = 1L;
        int8_t l_67 = 1L;
        int32_t l_87 = (-6L);
        int64_t l_111 = 0x2A51D28A62AF0730LL;
        int64_t l_116 = 0x1F497392D2A8C76CLL;
        for (g_7[1][2] = 0; (g_7[1][2] < 10); g_7[1][2] = safe_add_func_int32_t_s_s(g_7[1][2], 4))
        { 
            int64_t l_39 = 0x8EF34EA885C82F74LL;
            int64_t *l_64 = &g_43;
            for (g_10 = 0; (g_10 >= 0); g_10 -= 1)
            { 
                int8_t *l_40 = &g_41;
                int8_t *l_42 = &g_36;
                int32_t l_44 = 0L;
                uint32_t l_46 = 4294967287UL;
                int i, j;
                (*l_2) = func_11(l_3[g_10][(g_10 + 3)]);
                l_44 = ((g_43 = ((safe_add_func_uint8_t_u_u((g_4 , g_10), (((void*)0 == l_15) , ((*l_42) = (safe_div_func_int8_t_s_s(((*l_40) ^= (safe_lshift_func_int16_t_s_u((((safe_rshift_func_uint16_t_u_u((safe_div_func_uint32_t_u_u((safe_lshift_func_uint8_t_u_u(func_26(g_7[0][0], g_4, &l_3[g_10][(g_10 + 3)]), l_39)), g_7[0][0])), 4)) & g_4) < g_4), g_4))), l_39)))))) == 7L)) , l_39);
                l_45 = (((l_45 != l_46) <= g_38) , g_43);
                l_45 = ((safe_rshift_func_uint16_t_u_s((0xC7L || (safe_mul_func_int16_t_s_s((0x069002FCE4A839BBLL && (((safe_add_func_int64_t_s_s((safe_add_func_uint8_t_u_u(0UL, (safe_mul_func_int16_t_s_s((safe_add_func_int16_t_s_s(g_4, (safe_rshift_func_int8_t_s_s(0x7FL, 7)))), 0x92E1L)))), 0xF96354D1843AD33DLL)) || 0xBFL) <= g_7[1][2])), 3UL))), g_41)) ^ 4294967286UL);
            }
            g_68 |= ((g_61 = l_39) && ((safe_div_func_int64_t_s_s(((*l_64) = g_4), (safe_div_func_int8_t_s_s(((0x5B292197L ^ g_7[2][2]) & (g_38 , l_39)), g_10)))) < l_67));
        }
        for (g_36 = 0; (g_36 < (-9)); --g_36)
        { 
            uint64_t *l_71 = &g_72[1];
            int32_t l_79 = 0x7F4763CDL;
            int32_t l_92 = (-1L);
            (*l_2) = func_11(func_11((*l_15)));
            if ((((*l_71)--) | (((g_94 = (safe_div_func_uint64_t_u_u((safe_sub_func_int32_t_s_s((g_7[1][2] = l_79), (safe_mod_func_uint16_t_u_u(((safe_mod_func_int8_t_s_s((safe_div_func_uint32_t_u_u(0xA9E7339AL, (+l_87))), ((safe_add_func_int64_t_s_s(0L, (safe_add_func_uint32_t_u_u((((1L < l_92) >= l_93) ^ 1L), 8L)))) | g_10))) , l_92), l_92)))), g_43))) ^ g_36) == l_92)))
            { 
                g_38 = (safe_mod_func_int64_t_s_s((((*l_71) = (safe_rshift_func_int16_t_s_u(((safe_mul_func_uint16_t_u_u((safe_sub_func_uint16_t_u_u(l_92, 7UL)), (0xAE17L & (((safe_sub_func_int16_t_s_s(0xFA44L, (((safe_mul_func_int8_t_s_s(g_7[1][2], (-4L))) , (-1L)) ^ 0x99L))) , g_61) , g_72[1])))) == g_43), g_41))) ^ 9UL), g_36));
                return g_41;
            }
            else
            { 
                int32_t l_121[3];
                int16_t *l_122 = (void*)0;
                int16_t *l_123 = &g_124;
                int8_t *l_125 = (void*)0;
                int8_t *l_126 = &g_41;
                int i;
                for (i = 0; i < 3; i++)
                    l_121[i] = 0L;
                g_7[1][2] = 0x3588D280L;
                (*l_15) = &g_4;
                (*l_15) = func_11((((((*l_126) = (safe_mul_func_int8_t_s_s((l_92 || (safe_div_func_int16_t_s_s(l_111, ((*l_123) &= (safe_sub_func_uint16_t_u_u((safe_mod_func_int64_t_s_s((((l_116 , ((*l_71) = g_36)) , (((safe_mul_func_int8_t_s_s((safe_add_func_uint32_t_u_u(l_121[0], l_79)), g_38)) | 7UL) ^ g_4)) , 0x3FA11D7DECAE08EBLL), l_79)), 65527UL)))))), 0xECL))) > g_38) ^ g_7[1][2]) , &g_4));
            }
            if (l_87)
                goto lbl_127;
        }
    }
    for (g_43 = (-17); (g_43 == 29); g_43 = safe_add_func_uint16_t_u_u(g_43, 7))
    { 
        uint64_t l_131 = 0xECA5129FF954D451LL;
        int32_t l_140 = 0L;
        int32_t l_155 = 0xBA6927BAL;
        int16_t l_165 = 4L;
        int8_t *l_173 = &g_41;
        int8_t l_176 = 0x49L;
        int64_t *l_214 = &g_43;
        l_131++;
        if (((safe_rshift_func_uint16_t_u_u(g_4, 4)) | l_131))
        { 
            int64_t l_151[1];
            uint64_t *l_152 = &l_93;
            uint32_t *l_153[1][1];
            int i, j;
            for (i = 0; i < 1; i++)
                l_151[i] = 0L;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_153[i][j] = &g_154;
            }
            (*l_2) = (*l_2);
            l_155 = (g_10 = (1UL < (((g_154 = (safe_div_func_int64_t_s_s((l_140 ^= g_41), (((*l_152) = (safe_rshift_func_int8_t_s_s(((g_72[0] , (safe_sub_func_int8_t_s_s((safe_div_func_uint64_t_u_u(g_36, (safe_rshift_func_uint8_t_u_s((safe_div_func_int32_t_s_s(g_7[0][1], l_151[0])), 7)))), g_41))) , g_4), l_131))) | l_151[0])))) & g_10) == g_124)));
        }
        else
        { 
            uint8_t *l_162 = &g_61;
            int8_t *l_163 = (void*)0;
            int32_t l_169 = (-1L);
            uint32_t *l_170 = &g_154;
            uint32_t l_174 = 18446744073709551615UL;
            int16_t l_215 = 0x079DL;
            l_165 &= (((safe_lshift_func_int16_t_s_s((((safe_rshift_func_int16_t_s_s((safe_mod_func_uint16_t_u_u(l_155, (g_43 | 1UL))), 15)) , ((*l_162) = 0xCAL)) || (l_164 = g_72[0])), 6)) , &g_41) != (void*)0);
            if ((safe_add_func_uint16_t_u_u((18446744073709551615UL < (+(0xDE28A808L == (((*l_170) = l_169) || ((safe_add_func_int16_t_s_s((((l_169 = (g_7[1][2] |= (g_4 |= ((0x03787015L > (l_173 != (void*)0)) , g_154)))) > l_140) != l_174), l_140)) , l_169))))), 65531UL)))
            { 
                int32_t l_175 = 0L;
                (*l_2) = &g_4;
                l_175 = (-6L);
                g_7[1][2] = g_124;
            }
            else
            { 
                if (l_176)
                    break;
            }
            if (g_38)
                break;
            for (g_41 = 0; (g_41 >= (-7)); --g_41)
            { 
                int16_t l_183 = 0x3FF9L;
                uint8_t **l_203 = &l_162;
                uint32_t * const l_211[1][3] = {{&g_154,&g_154,&g_154}};
                int i, j;
                g_7[1][2] = (safe_rshift_func_uint16_t_u_u(1UL, (((((0x4D47832723F93586LL || ((safe_mul_func_int16_t_s_s((((g_43 <= l_183) , &g_124) == l_184), l_165)) , g_10)) > 65528UL) != g_154) && g_41) | 253UL)));
                l_155 &= (safe_sub_func_uint32_t_u_u(((safe_rshift_func_uint16_t_u_u((((safe_rshift_func_uint16_t_u_s(g_94, 3)) || (0xFBDBECFBBAAEE789LL ^ ((safe_mul_func_uint16_t_u_u((safe_add_func_uint64_t_u_u((safe_sub_func_uint32_t_u_u((safe_mod_func_int64_t_s_s(0x466A0411C86B6318LL, ((safe_rshift_func_int16_t_s_u((((safe_mod_func_int64_t_s_s(((g_204[0] = ((*l_203) = &g_61)) == &g_61), (-1L))) | 9L) ^ 0L), g_72[1])) , 0x155932648B246ADELL))), l_174)), l_174)), 0x3CC6L)) && l_183))) < g_10), l_174)) || g_154), g_38));
                l_155 = ((((safe_mod_func_int16_t_s_s((((g_7[2][2] > (safe_unary_minus_func_int8_t_s((safe_unary_minus_func_int16_t_s(((*l_184) &= (safe_div_func_uint8_t_u_u((l_211[0][0] == &g_154), (safe_rshift_func_int8_t_s_u((((l_214 != (void*)0) | l_215) <= 0xE4L), 0)))))))))) < (-8L)) != l_155), g_38)) | 0x57ECFBF858BC3E6DLL) , &g_72[1]) != g_216);
            }
        }
    }
    l_217 = ((*l_2) = (*l_2));
    return g_41;
}
static int32_t * func_11(int32_t * p_12)
{ 
    return &g_7[1][2];
}
static uint8_t  func_26(int32_t  p_27, int32_t  p_28, int32_t ** p_29)
{ 
    uint32_t l_34 = 1UL;
    int8_t *l_35 = &g_36;
    int32_t *l_37 = &g_38;
    (*l_37) &= (safe_mod_func_int8_t_s_s(((*l_35) = (safe_sub_func_uint32_t_u_u((((((void*)0 == p_29) ^ l_34) & g_7[1][2]) & p_27), 0x91D0B6BDL))), 0x1DL));
    return (*l_37);
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_7[i][j], "g_7[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_10, "g_10", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    transparent_crc(g_68, "g_68", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_72[i], "g_72[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_94, "g_94", print_hash_value);
    transparent_crc(g_124, "g_124", print_hash_value);
    transparent_crc(g_154, "g_154", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
