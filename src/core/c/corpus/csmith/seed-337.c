#include "csmith.h"
static long __undefined;
static int64_t g_5 = 0x7AD95E17CA0029BFLL;
static int32_t g_23 = 0L;
static uint64_t g_26[4][1] = {{4UL},{4UL},{4UL},{4UL}};
static uint64_t g_46 = 18446744073709551614UL;
static int32_t *g_49[3] = {&g_23,&g_23,&g_23};
static int32_t **g_48 = &g_49[1];
static int8_t g_56 = 1L;
static uint64_t *g_63 = &g_46;
static uint64_t **g_62 = &g_63;
static uint64_t g_79 = 0xC9828A5DA0DE902BLL;
static uint8_t g_95 = 1UL;
static int16_t g_106 = 0xC0D7L;
static uint32_t g_117 = 0x7CBDB463L;
static uint32_t g_119[2] = {0x65540566L,0x65540566L};
static uint32_t * const g_131 = (void*)0;
static int8_t *g_140 = &g_56;
static int8_t **g_139[4][3] = {{&g_140,&g_140,&g_140},{&g_140,&g_140,&g_140},{&g_140,&g_140,&g_140},{&g_140,&g_140,&g_140}};
static uint32_t g_206 = 0xFED554AEL;
static uint32_t *g_221 = &g_117;
static uint8_t *g_271 = &g_95;
static uint64_t **g_282 = (void*)0;
static int32_t g_302 = (-1L);
static int16_t g_333 = 0xD5A0L;
static uint32_t g_348 = 5UL;
static int8_t g_350 = 6L;
static int32_t * const g_380[4] = {&g_23,&g_23,&g_23,&g_23};
static int32_t * const g_387 = &g_23;
static int32_t g_390 = (-4L);
static uint16_t  func_1(void);
static int32_t * const  func_2(int32_t  p_3, int32_t  p_4);
static int64_t  func_6(int32_t * p_7, uint64_t  p_8, uint8_t  p_9, uint32_t  p_10, int32_t * p_11);
static uint16_t  func_1(void)
{ 
    int32_t *l_388 = &g_23;
    int32_t *l_389 = &g_390;
    uint64_t ***l_391 = &g_282;
    int16_t l_393 = 5L;
    int64_t l_394[3][4] = {{0xF531C439D849D0B7LL,0x826D02A296EA8E69LL,0xF531C439D849D0B7LL,0x826D02A296EA8E69LL},{0xF531C439D849D0B7LL,0x826D02A296EA8E69LL,0xF531C439D849D0B7LL,0x826D02A296EA8E69LL},{0xF531C439D849D0B7LL,0x826D02A296EA8E69LL,0xF531C439D849D0B7LL,0x826D02A296EA8E69LL}};
    int32_t *l_395[2];
    int32_t l_396 = (-1L);
    int64_t l_397 = 0xAADBBC287C230230LL;
    int16_t l_398 = 0L;
    int32_t l_399[4] = {0x893B69A0L,0x893B69A0L,0x893B69A0L,0x893B69A0L};
    int32_t l_400 = (-8L);
    uint32_t l_401 = 6UL;
    int32_t l_428 = 0L;
    int i, j;
    for (i = 0; i < 2; i++)
        l_395[i] = (void*)0;
    l_388 = func_2(g_5, g_5);
    (*l_389) |= (*l_388);
    (*l_391) = &g_63;
    if (g_23)
        goto lbl_392;
    if ((**g_48))
    { 
lbl_392:
        (*g_48) = (void*)0;
        (*l_389) &= (*l_388);
        --l_401;
    }
    else
    { 
        uint32_t l_408 = 0xA71E108FL;
        uint64_t l_427[3];
        int i;
        for (i = 0; i < 3; i++)
            l_427[i] = 18446744073709551615UL;
        l_428 ^= ((*l_388) = (((*g_271)++) == (safe_add_func_int16_t_s_s(l_408, ((safe_add_func_int16_t_s_s((safe_rshift_func_uint8_t_u_u((safe_add_func_uint8_t_u_u((((safe_div_func_int64_t_s_s((safe_lshift_func_int16_t_s_s(((safe_mod_func_uint16_t_u_u((safe_mod_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_u((((safe_div_func_int8_t_s_s(((*g_140) != (l_408 == (g_23 ^ (*l_389)))), l_408)) < 0x8AL) || l_408), g_302)), g_5)), (*l_388))) <= 0x9BL), 5)), (**g_282))) ^ l_427[0]) | g_79), l_408)), g_390)), g_119[0])) , g_26[2][0])))));
        (*g_48) = (*g_48);
    }
    return (*l_388);
}
static int32_t * const  func_2(int32_t  p_3, int32_t  p_4)
{ 
    uint32_t l_18 = 1UL;
    int32_t *l_22 = &g_23;
    int32_t **l_24 = &l_22;
    uint64_t *l_25 = &g_26[2][0];
    int32_t l_27 = 1L;
    int32_t *l_28 = &g_23;
    uint32_t *l_222 = &l_18;
    int8_t *l_237 = &g_56;
    uint8_t *l_268 = &g_95;
    uint64_t *** const l_274 = &g_62;
    int32_t l_294 = (-6L);
    int32_t l_296 = 2L;
    int32_t l_303 = (-4L);
    int32_t l_304[2];
    uint16_t l_317[2][1];
    int8_t ***l_346 = &g_139[2][0];
    uint32_t *l_347 = &g_348;
    int8_t *l_349 = &g_350;
    uint8_t l_358 = 246UL;
    uint32_t l_361 = 4UL;
    int i, j;
    for (i = 0; i < 2; i++)
        l_304[i] = 0x38E8AD97L;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_317[i][j] = 0xBBD3L;
    }
    return (*g_48);
}
static int64_t  func_6(int32_t * p_7, uint64_t  p_8, uint8_t  p_9, uint32_t  p_10, int32_t * p_11)
{ 
    uint64_t **l_64[3][1];
    int32_t *l_73 = &g_23;
    int32_t ***l_132[3][3] = {{&g_48,(void*)0,(void*)0},{&g_48,(void*)0,&g_48},{(void*)0,&g_48,&g_48}};
    uint8_t l_194[2][3] = {{1UL,5UL,5UL},{1UL,5UL,5UL}};
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_64[i][j] = &g_63;
    }
    if (((*p_7) = ((void*)0 != p_11)))
    { 
lbl_143:
        (*p_7) ^= ((safe_lshift_func_uint16_t_u_s(0x6DE6L, ((void*)0 == &g_26[1][0]))) | g_23);
    }
    else
    { 
        uint64_t *l_35 = &g_26[0][0];
        uint64_t *l_38 = (void*)0;
        uint64_t *l_39 = (void*)0;
        int32_t l_40[3][3];
        uint64_t *l_45[2];
        int32_t l_47 = (-1L);
        uint64_t **l_61 = &l_39;
        int32_t l_96 = 1L;
        int32_t *l_146 = (void*)0;
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 3; j++)
                l_40[i][j] = 0L;
        }
        for (i = 0; i < 2; i++)
            l_45[i] = &g_46;
        if ((safe_mul_func_int16_t_s_s((safe_sub_func_uint16_t_u_u(((((((p_8 = (--(*l_35))) < (p_10 , (l_40[2][0] & ((*p_11) || ((l_47 ^= (safe_mul_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(l_40[0][0], 0x8C6DL)), 0xD6B2L))) & p_10))))) <= p_10) ^ 0L) , g_48) == &g_49[1]), p_9)), 3UL)))
        { 
            uint64_t **l_50 = &l_35;
            int8_t *l_55 = &g_56;
            uint64_t **l_60[4][1];
            uint64_t ***l_59[3];
            int32_t l_65 = 0x3BEBDA3FL;
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 1; j++)
                    l_60[i][j] = &l_39;
            }
            for (i = 0; i < 3; i++)
                l_59[i] = &l_60[0][0];
            if ((((*l_50) = &g_26[3][0]) != (((safe_mod_func_int8_t_s_s((safe_lshift_func_int8_t_s_s(((*l_55) &= (-9L)), ((((safe_mul_func_int8_t_s_s(((p_9 != ((l_61 = &l_38) == (l_64[2][0] = g_62))) && l_65), 0x5BL)) & l_65) & 4L) ^ p_8))), l_47)) || g_5) , (*g_62))))
            { 
                (*p_7) = (safe_sub_func_int8_t_s_s(0x64L, g_26[1][0]));
                (*p_11) ^= 9L;
            }
            else
            { 
                (**g_48) &= (*p_7);
                (*g_48) = &l_65;
                (*g_48) = (*g_48);
            }
            for (g_46 = 0; (g_46 != 20); ++g_46)
            { 
                uint32_t l_70 = 0x6ABE926FL;
                if (l_70)
                    break;
                if ((*p_7))
                    break;
            }
        }
        else
        { 
            uint64_t *** const l_71 = (void*)0;
            uint64_t ***l_72 = &l_64[2][0];
            int32_t l_90 = (-1L);
            l_72 = l_71;
            for (g_5 = 1; (g_5 >= 0); g_5 -= 1)
            { 
                uint64_t * const l_78[2] = {&g_79,&g_79};
                uint64_t * const *l_77 = &l_78[0];
                uint64_t * const **l_76 = &l_77;
                uint64_t ***l_80 = (void*)0;
                uint64_t ***l_81 = &l_61;
                uint8_t *l_94 = &g_95;
                int32_t *l_97 = &l_40[2][0];
                int i;
                (*g_48) = l_73;
                (*l_97) = ((*p_7) = ((safe_lshift_func_int8_t_s_s(((((((*l_76) = &g_63) != ((*l_81) = &l_45[1])) > (safe_lshift_func_uint8_t_u_s((safe_mod_func_int8_t_s_s((safe_add_func_uint64_t_u_u((safe_mul_func_uint8_t_u_u(((*l_94) = (g_26[1][0] <= (((**g_48) = l_90) == ((!(safe_lshift_func_int8_t_s_u(g_79, p_8))) || 65532UL)))), p_10)), 5UL)), 0x7AL)), 5))) && l_96) == 6L), 1)) , (*p_11)));
                return p_10;
            }
            (*l_73) &= l_96;
        }
        for (p_8 = 0; (p_8 <= 0); p_8 += 1)
        { 
            uint64_t ** const *l_105 = (void*)0;
            int32_t l_109 = 0x4FF55BD2L;
            uint32_t *l_116 = &g_117;
            uint32_t *l_118 = &g_119[0];
            int32_t **l_122 = &l_73;
            if ((*p_11))
                break;
            for (g_46 = 0; (g_46 <= 0); g_46 += 1)
            { 
                int i, j;
                g_106 = (0x722EL && ((0x4ECDL == ((+(safe_rshift_func_int8_t_s_u(g_26[(p_8 + 2)][p_8], 2))) | (safe_mul_func_uint16_t_u_u((safe_sub_func_uint8_t_u_u(p_9, ((void*)0 != l_105))), p_10)))) || l_40[2][0]));
                if (l_96)
                    break;
                (*g_48) = p_7;
            }
            (*p_7) = (((((*l_118) &= (((*l_116) = ((safe_rshift_func_int16_t_s_s((l_109 < (safe_add_func_uint16_t_u_u((l_47 ^ l_109), (safe_mul_func_int16_t_s_s(g_5, (safe_rshift_func_int16_t_s_u((-4L), 0))))))), 5)) <= 9UL)) , 1UL)) || g_106) || g_26[2][0]) , (*p_7));
            if ((safe_mul_func_int16_t_s_s(((-5L) < 0x068ECBDE39F7431CLL), (((*l_122) = &g_23) != (void*)0))))
            { 
                uint64_t l_127 = 0x4DD39D0E3EE8C007LL;
                int32_t ***l_128 = &l_122;
                (*p_7) &= ((safe_lshift_func_uint16_t_u_u((l_127 , (&g_49[1] != ((*l_128) = &g_49[1]))), 9)) == ((safe_mod_func_int8_t_s_s(((((&g_117 != (g_5 , g_131)) != l_109) , &g_117) != p_11), p_9)) == p_8));
                (*l_122) = ((((l_132[1][2] != l_132[1][2]) , &g_117) != (void*)0) , p_7);
            }
            else
            { 
                int32_t l_133 = 5L;
                (**l_122) ^= l_133;
                return p_8;
            }
            for (g_117 = 0; (g_117 <= 0); g_117 += 1)
            { 
                uint32_t l_134 = 0x42826EC4L;
                ++l_134;
                return l_96;
            }
        }
        if ((*l_73))
        { 
            int8_t **l_142 = &g_140;
            int16_t *l_159 = &g_106;
            uint64_t ***l_160 = &l_64[0][0];
            int32_t *l_162 = (void*)0;
            for (p_8 = 0; (p_8 > 55); p_8++)
            { 
                int8_t ***l_141 = (void*)0;
                l_142 = g_139[1][1];
                if (g_56)
                    goto lbl_143;
                if (g_79)
                    goto lbl_143;
                if ((*p_11))
                    break;
            }
            for (p_8 = 0; (p_8 > 18); p_8++)
            { 
                p_7 = l_146;
            }
            if (p_9)
                goto lbl_161;
lbl_161:
            (*p_11) = (safe_mul_func_uint8_t_u_u((safe_add_func_int64_t_s_s(p_9, (safe_sub_func_uint8_t_u_u((safe_lshift_func_int8_t_s_s((safe_lshift_func_int16_t_s_u(((*l_159) = (safe_div_func_int64_t_s_s(0x4F0D90DC829B9F5ALL, p_10))), 7)), (0x61L ^ (((((l_160 == (void*)0) | (*l_73)) & p_10) != p_9) < 65535UL)))), 0x22L)))), (*g_140)));
            (*g_48) = l_162;
        }
        else
        { 
            uint64_t l_171 = 18446744073709551613UL;
            uint8_t *l_172 = &g_95;
            uint16_t l_182 = 65528UL;
            int32_t l_184 = 0x53B0F068L;
            int32_t l_185[1][2];
            uint32_t l_199 = 9UL;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_185[i][j] = 0xD7488217L;
            }
            if ((safe_add_func_uint32_t_u_u(g_46, ((((safe_lshift_func_int8_t_s_u(0x25L, ((*l_172) &= (safe_add_func_int16_t_s_s((g_46 , ((0x1CBC00A24D0A3929LL ^ (safe_add_func_uint8_t_u_u(g_5, l_171))) , p_8)), p_8))))) || (*p_11)) | g_119[0]) <= 0x353FB5FCD5A05CCELL))))
            { 
                int16_t *l_181 = &g_106;
                int16_t l_183[2];
                int32_t l_186 = 0xAE4C48B7L;
                int32_t l_187 = 1L;
                int32_t l_188 = 0xB3F184A6L;
                int32_t l_189 = 5L;
                int32_t l_190 = (-1L);
                int32_t l_191 = 0L;
                int32_t l_192[4] = {0x72F705CCL,0x72F705CCL,0x72F705CCL,0x72F705CCL};
                int32_t l_193 = (-7L);
                int i;
                for (i = 0; i < 2; i++)
                    l_183[i] = 0x1D41L;
                (*p_7) |= (safe_mul_func_uint8_t_u_u((((safe_add_func_uint16_t_u_u((safe_add_func_uint16_t_u_u(((p_9 < ((void*)0 == l_64[0][0])) | (((safe_unary_minus_func_int8_t_s((((~0x8938L) < ((((((*l_181) = l_171) == g_5) || l_182) < 254UL) ^ l_171)) , 0L))) , l_183[0]) , p_9)), 0x7659L)), 8UL)) , (*p_11)) , g_5), 0xEBL));
                l_194[1][2]--;
            }
            else
            { 
                (*g_48) = &g_23;
            }
            if ((((safe_mul_func_uint16_t_u_u((l_199 , (safe_div_func_int8_t_s_s(p_9, (0xC8C7L & ((((**g_62) >= (((safe_rshift_func_int8_t_s_s(l_171, 6)) , p_8) > 1L)) , g_26[2][0]) ^ 1UL))))), g_206)) && p_10) ^ l_185[0][0]))
            { 
                int8_t l_207 = 0x50L;
                uint32_t l_208 = 0xF9EF08FDL;
                l_208++;
                return p_9;
            }
            else
            { 
                (*l_73) ^= (*p_7);
                (*p_11) &= 0x7623DB1CL;
                p_11 = &g_23;
            }
        }
    }
    return p_8;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_26[i][j], "g_26[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_79, "g_79", print_hash_value);
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    transparent_crc(g_117, "g_117", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_119[i], "g_119[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_206, "g_206", print_hash_value);
    transparent_crc(g_302, "g_302", print_hash_value);
    transparent_crc(g_333, "g_333", print_hash_value);
    transparent_crc(g_348, "g_348", print_hash_value);
    transparent_crc(g_350, "g_350", print_hash_value);
    transparent_crc(g_390, "g_390", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
