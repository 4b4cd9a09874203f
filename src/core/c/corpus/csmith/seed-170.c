#include "csmith.h"
static long __undefined;
static int32_t g_2[4] = {(-1L),(-1L),(-1L),(-1L)};
static int32_t g_6 = 0xF759609CL;
static int32_t g_8 = 0x51DA622AL;
static int64_t g_17 = 0x1509CF13E13A6C9CLL;
static int8_t g_18 = 1L;
static int32_t g_19 = (-1L);
static uint32_t g_20 = 0x4F6CBCB1L;
static int32_t *g_38 = &g_2[2];
static int32_t **g_37 = &g_38;
static uint8_t g_54 = 0x97L;
static int16_t g_64[4][2] = {{1L,1L},{1L,1L},{1L,1L},{1L,1L}};
static const int8_t g_65 = 0x77L;
static int32_t g_100[4] = {0x35B4089DL,0x35B4089DL,0x35B4089DL,0x35B4089DL};
static uint64_t g_116 = 0UL;
static uint32_t g_122 = 0xE73AF25CL;
static uint32_t g_162 = 1UL;
static uint16_t g_193 = 65535UL;
static int16_t **g_243[2][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0}};
static uint64_t  func_1(void);
static int32_t ** func_23(int16_t  p_24, int16_t  p_25, const int32_t  p_26, int32_t * p_27, uint8_t  p_28);
static const int16_t  func_31(int32_t ** p_32, uint32_t  p_33, int32_t ** const  p_34, int16_t  p_35, uint8_t  p_36);
static uint64_t  func_1(void)
{ 
    int32_t l_121[1];
    uint8_t l_133 = 2UL;
    int64_t *l_134 = &g_17;
    int32_t l_165 = 0x4B0C768CL;
    int32_t *l_169 = (void*)0;
    int32_t l_205 = 0x9A3159ADL;
    int32_t l_206 = 0x4154FC8DL;
    int32_t l_207 = 2L;
    uint64_t l_216[3][1];
    uint32_t l_228 = 4294967295UL;
    int16_t **l_242 = (void*)0;
    int i, j;
    for (i = 0; i < 1; i++)
        l_121[i] = 2L;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_216[i][j] = 0UL;
    }
lbl_172:
    for (g_2[2] = 0; (g_2[2] <= 24); g_2[2] = safe_add_func_uint32_t_u_u(g_2[2], 6))
    { 
        int32_t l_5[4][1];
        int32_t l_13 = 9L;
        int32_t *l_45[4];
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
                l_5[i][j] = 0x59C17633L;
        }
        for (i = 0; i < 4; i++)
            l_45[i] = &l_13;
        for (g_6 = 0; (g_6 >= 0); g_6 -= 1)
        { 
            int32_t *l_7 = &g_8;
            int32_t *l_9 = &g_8;
            int32_t *l_10 = (void*)0;
            int32_t *l_11 = &g_8;
            int32_t *l_12 = &g_8;
            int32_t *l_14 = &g_8;
            int32_t *l_15 = &l_13;
            int32_t *l_16[3];
            int i;
            for (i = 0; i < 3; i++)
                l_16[i] = (void*)0;
            g_20--;
            for (g_8 = 0; (g_8 >= 0); g_8 -= 1)
            { 
                int32_t ***l_120[1][4] = {{&g_37,&g_37,&g_37,&g_37}};
                int i, j;
                if (l_5[(g_6 + 1)][g_8])
                    break;
                if (g_2[0])
                    break;
            }
        }
    }
    if ((safe_div_func_int64_t_s_s((((*l_134) = (safe_mul_func_int8_t_s_s((l_121[0] , (safe_rshift_func_int8_t_s_s((g_64[1][1] < (((0xF3D3L < (&g_18 == ((((((((safe_mul_func_int16_t_s_s(l_121[0], l_121[0])) >= 0x20DBL) | g_65) , l_121[0]) , l_133) ^ l_121[0]) , l_121[0]) , (void*)0))) == g_64[3][1]) > (*g_38))), g_64[0][1]))), g_8))) <= 1L), g_64[1][0])))
    { 
        uint32_t l_147 = 18446744073709551608UL;
        int32_t **l_155 = (void*)0;
        (*g_38) = (safe_add_func_uint64_t_u_u(18446744073709551615UL, (safe_div_func_uint64_t_u_u((safe_lshift_func_uint16_t_u_u((0x18C22C6AL & (safe_sub_func_uint16_t_u_u(2UL, (((safe_div_func_uint16_t_u_u((((l_121[0] ^ ((safe_mod_func_int8_t_s_s(g_100[0], 0xC1L)) <= l_147)) , g_2[1]) != l_121[0]), g_20)) & 5L) != l_121[0])))), 14)), (-4L)))));
        for (g_116 = (-11); (g_116 > 29); ++g_116)
        { 
            int32_t *l_163[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
            int64_t l_164 = 0x0718B624CAB1FC94LL;
            int i;
            (*g_37) = (void*)0;
            l_164 = (safe_mod_func_int32_t_s_s((((*l_134) |= ((safe_unary_minus_func_uint32_t_u(((safe_mul_func_int8_t_s_s((((((-3L) && ((l_155 != (void*)0) , ((safe_sub_func_uint16_t_u_u((safe_sub_func_int32_t_s_s(0x12158B1AL, (safe_div_func_int8_t_s_s(((g_100[0] != 1UL) > g_100[0]), g_162)))), 65528UL)) & l_133))) > g_64[1][1]) & g_8) ^ 1L), 0x96L)) <= 18446744073709551615UL))) , g_54)) ^ l_121[0]), 0xEFE3CF7BL));
            l_165 ^= (g_6 = g_100[1]);
            for (g_54 = 0; (g_54 == 59); g_54++)
            { 
                if (l_165)
                    break;
                (*g_37) = (void*)0;
            }
        }
    }
    else
    { 
        int32_t *l_168 = &g_2[2];
        int8_t *l_201 = (void*)0;
        int32_t l_203 = (-1L);
        int32_t l_204[4] = {0xCB753E4BL,0xCB753E4BL,0xCB753E4BL,0xCB753E4BL};
        int i;
        l_169 = l_168;
        for (g_17 = 0; (g_17 <= (-3)); --g_17)
        { 
            if (l_165)
                goto lbl_172;
        }
        for (g_54 = 0; (g_54 <= 1); g_54 += 1)
        { 
            uint16_t *l_192 = &g_193;
            int32_t *l_194 = &l_165;
            uint32_t l_208 = 0x2D58216CL;
            if ((safe_mul_func_uint16_t_u_u(g_65, (safe_mod_func_uint8_t_u_u((((*l_168) != (safe_rshift_func_uint8_t_u_s((((safe_mul_func_uint8_t_u_u((((safe_add_func_uint8_t_u_u((safe_rshift_func_int8_t_s_s(0xB4L, 4)), (safe_mod_func_uint16_t_u_u((!(g_116 ^= ((safe_div_func_uint8_t_u_u((((((safe_lshift_func_int16_t_s_u(0x7840L, ((*l_192) |= 0x01FCL))) | g_2[2]) != (*l_168)) , l_194) == l_194), g_17)) <= (*l_168)))), g_64[1][1])))) & (*l_194)) , (*l_169)), g_6)) | 0x3B0A3500CD5182C6LL) > (-4L)), g_100[0]))) != g_64[3][0]), (*l_194))))))
            { 
                (*g_37) = ((safe_lshift_func_uint8_t_u_u(g_64[2][1], ((safe_div_func_uint32_t_u_u((safe_lshift_func_int16_t_s_u(((0x03L & g_6) , ((((((g_193 , l_201) == &g_18) != (*l_168)) , 1UL) && (*l_194)) || g_18)), 4)), 4294967295UL)) && g_6))) , (*g_37));
            }
            else
            { 
                (*g_37) = (*g_37);
            }
            if ((*l_168))
                break;
            for (g_6 = 1; (g_6 >= 0); g_6 -= 1)
            { 
                int32_t *l_202[4][2];
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_202[i][j] = (void*)0;
                }
                l_208--;
                return g_64[g_6][g_6];
            }
        }
        for (l_205 = 11; (l_205 != (-16)); --l_205)
        { 
            uint8_t l_223[2][3] = {{0UL,7UL,7UL},{0UL,7UL,7UL}};
            int32_t l_238[3];
            int64_t *l_240 = (void*)0;
            int i, j;
            for (i = 0; i < 3; i++)
                l_238[i] = 0xB9092B1AL;
            for (g_116 = 17; (g_116 == 38); g_116++)
            { 
                int32_t *l_215[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_215[i] = &l_204[1];
                l_216[0][0]++;
                if ((**g_37))
                    break;
                (*g_37) = (*g_37);
                g_6 &= (safe_mul_func_int8_t_s_s((safe_sub_func_int16_t_s_s(l_223[0][0], g_20)), (*l_169)));
            }
            for (g_19 = 0; (g_19 == 8); g_19++)
            { 
                int64_t **l_239[3][1];
                int32_t l_241 = (-8L);
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_239[i][j] = &l_134;
                }
                (*g_38) |= l_223[0][0];
                l_241 = (safe_mod_func_int8_t_s_s(((-1L) & ((l_134 = (l_240 = ((((l_228 | (+(((((g_20 = (safe_sub_func_int16_t_s_s((safe_unary_minus_func_uint8_t_u((l_238[1] = (((((*l_168) , ((*l_168) = (safe_sub_func_uint8_t_u_u((!(safe_rshift_func_uint16_t_u_u(((void*)0 == &g_38), g_19))), l_223[0][0])))) & g_100[0]) >= g_18) == g_100[0])))), 0xD7F7L))) >= 0L) , &l_165) == (*g_37)) && (-7L)))) || 4L) | g_17) , &g_17))) != &g_17)), g_8));
                g_243[0][0] = l_242;
            }
        }
    }
    return g_64[1][1];
}
static int32_t ** func_23(int16_t  p_24, int16_t  p_25, const int32_t  p_26, int32_t * p_27, uint8_t  p_28)
{ 
    uint32_t l_73[1][2];
    int64_t l_80 = 1L;
    int8_t *l_81[1];
    int32_t l_82[4][2] = {{4L,0x148A9B2AL},{4L,4L},{0x148A9B2AL,4L},{4L,0x148A9B2AL}};
    int32_t *l_83 = &g_19;
    int32_t l_97[1];
    int8_t l_98[1];
    int32_t *l_99 = &g_100[0];
    uint16_t l_101 = 0x7704L;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_73[i][j] = 0UL;
    }
    for (i = 0; i < 1; i++)
        l_81[i] = (void*)0;
    for (i = 0; i < 1; i++)
        l_97[i] = 0x0864F5ABL;
    for (i = 0; i < 1; i++)
        l_98[i] = 0x65L;
    (*l_83) &= (safe_rshift_func_int8_t_s_u((l_82[3][1] = (((safe_unary_minus_func_uint16_t_u(((safe_rshift_func_int16_t_s_u(g_64[0][0], 9)) & (p_28 || (safe_mul_func_int8_t_s_s((0x21F4L == (l_73[0][0] > (safe_sub_func_uint64_t_u_u(((safe_div_func_uint16_t_u_u((safe_div_func_uint32_t_u_u((((0xD7CBL <= l_73[0][0]) <= 1L) | g_6), l_73[0][0])), g_64[1][1])) < l_80), p_28)))), p_28)))))) > l_73[0][1]) == 0x6010944B0CEC93CBLL)), 3));
    if (g_19)
        goto lbl_102;
lbl_102:
    (*l_83) = (((((safe_add_func_uint64_t_u_u(((((safe_sub_func_int32_t_s_s((safe_div_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_s((safe_sub_func_int8_t_s_s((g_18 ^= p_25), (g_64[1][1] & (((*l_99) = ((((void*)0 == l_81[0]) <= (((((safe_sub_func_int16_t_s_s((((safe_unary_minus_func_uint32_t_u(0UL)) && p_28) || (*l_83)), 65532UL)) > (*l_83)) , l_97[0]) ^ l_98[0]) > 0xBE99L)) >= 0xA2L)) , 8L)))), (*l_83))), 1L)), p_28)) > l_101) < p_28) , 0UL), g_8)) && 18446744073709551612UL) && (*l_83)) || 0xB9BD427AL) | g_6);
    for (l_101 = 0; (l_101 <= 1); l_101 += 1)
    { 
        int32_t l_114 = 0x0338E40FL;
        if ((safe_lshift_func_int8_t_s_u(p_28, 1)))
        { 
            for (g_19 = 1; (g_19 >= 0); g_19 -= 1)
            { 
                int i, j;
                if (l_82[(g_19 + 2)][l_101])
                    break;
                return &g_38;
            }
        }
        else
        { 
            uint8_t *l_113 = &g_54;
            (*l_83) = (((((p_24 | (safe_lshift_func_uint8_t_u_s((!(safe_rshift_func_int16_t_s_s(((0x6DL != ((*l_113) |= (p_28 = (~((safe_rshift_func_int8_t_s_u(0L, 5)) || (*l_83)))))) & (((p_25 == 0xA43FB2F251B451AFLL) , 0x4B0E7A36L) , l_114)), 15))), 0))) ^ 0x992BL) | 1UL) > (-3L)) , 1L);
        }
        for (g_19 = 1; (g_19 >= 0); g_19 -= 1)
        { 
            int32_t *l_115[4];
            uint32_t *l_119 = &g_20;
            int i, j;
            for (i = 0; i < 4; i++)
                l_115[i] = &l_82[3][1];
            --g_116;
            l_82[3][1] = (((l_82[(g_19 + 2)][l_101] , (-1L)) && ((*l_119) = l_114)) > 0L);
        }
        (*l_83) = l_114;
    }
    return &g_38;
}
static const int16_t  func_31(int32_t ** p_32, uint32_t  p_33, int32_t ** const  p_34, int16_t  p_35, uint8_t  p_36)
{ 
    int32_t *l_48 = &g_2[2];
    int32_t l_49 = 0x21847726L;
    uint8_t *l_52 = (void*)0;
    uint8_t *l_53 = &g_54;
    int16_t *l_63[4];
    int i;
    for (i = 0; i < 4; i++)
        l_63[i] = &g_64[1][1];
    l_49 = (safe_mul_func_int16_t_s_s(g_6, ((((*p_34) = (*g_37)) != l_48) ^ ((-1L) == 0x9EL))));
    l_49 = (((safe_lshift_func_uint8_t_u_s(((*l_53) = g_6), (((safe_add_func_uint16_t_u_u(0x28ABL, p_35)) | (((*l_48) > (safe_add_func_uint64_t_u_u((safe_mod_func_int32_t_s_s((((safe_lshift_func_int16_t_s_s((g_64[1][1] = (5UL == g_18)), 11)) > 0L) && g_17), (**p_32))), 0x106DF3F1863D476FLL))) , p_35)) & 0x3074C89AL))) ^ p_35) & (**g_37));
    (*p_34) = &l_49;
    return g_65;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_2[i], "g_2[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_17, "g_17", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_19, "g_19", print_hash_value);
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_54, "g_54", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_64[i][j], "g_64[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_65, "g_65", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_100[i], "g_100[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_116, "g_116", print_hash_value);
    transparent_crc(g_122, "g_122", print_hash_value);
    transparent_crc(g_162, "g_162", print_hash_value);
    transparent_crc(g_193, "g_193", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
