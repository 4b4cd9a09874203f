#include "csmith.h"
static long __undefined;
static int32_t g_2 = 1L;
static int32_t g_5 = 1L;
static int32_t g_9 = 0x5E00FE1CL;
static int32_t g_19 = 1L;
static uint64_t g_65 = 0x9EDE151060F33E23LL;
static uint32_t g_70[3][1] = {{9UL},{9UL},{9UL}};
static int16_t g_72 = 0xD06DL;
static uint32_t g_75 = 1UL;
static int64_t g_88 = (-1L);
static uint16_t g_89[1] = {0x4C0FL};
static int32_t *g_93 = &g_9;
static int8_t g_121[2] = {(-1L),(-1L)};
static int64_t g_175 = 0x0D44C9C871B159BDLL;
static int32_t g_176 = 0L;
static int32_t *g_206 = &g_9;
static int32_t  func_1(void);
static int32_t * func_34(int32_t  p_35, uint32_t  p_36);
static int64_t  func_45(uint8_t  p_46, uint16_t  p_47, uint32_t  p_48, int32_t * p_49);
static int32_t  func_1(void)
{ 
    uint8_t l_13 = 0x42L;
    uint64_t l_25 = 0x1FDBD0176DF7E441LL;
    uint32_t l_73 = 18446744073709551615UL;
    int32_t l_98[3];
    uint64_t l_112 = 18446744073709551609UL;
    int32_t *l_149 = &g_9;
    const uint64_t l_165 = 18446744073709551615UL;
    int8_t l_216 = (-1L);
    uint32_t l_218 = 4294967294UL;
    int i;
    for (i = 0; i < 3; i++)
        l_98[i] = 1L;
    for (g_2 = 24; (g_2 > 2); g_2--)
    { 
        for (g_5 = 0; (g_5 == 19); g_5++)
        { 
            int32_t *l_8 = &g_9;
            int32_t *l_10 = &g_9;
            int32_t *l_11 = &g_9;
            int32_t *l_12 = &g_9;
            l_13++;
            for (g_9 = 0; (g_9 >= (-10)); g_9 = safe_sub_func_int8_t_s_s(g_9, 5))
            { 
                int32_t *l_18 = &g_19;
                int32_t *l_20 = &g_19;
                int32_t *l_21 = &g_19;
                int32_t *l_22 = &g_19;
                int32_t *l_23 = &g_19;
                int32_t *l_24[4][1];
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_24[i][j] = &g_19;
                }
                --l_25;
            }
            (*l_8) = (safe_add_func_uint8_t_u_u(((safe_mul_func_int16_t_s_s(l_25, 0x9AB5L)) != g_5), (g_5 | (-1L))));
        }
    }
    for (l_25 = (-8); (l_25 <= 32); l_25 = safe_add_func_uint64_t_u_u(l_25, 8))
    { 
        int32_t *l_50[1][4] = {{&g_9,&g_9,&g_9,&g_9}};
        int i, j;
        if (g_5)
        { 
            int32_t *l_37[4][4] = {{(void*)0,&g_5,&g_5,&g_5},{&g_2,&g_2,(void*)0,&g_5},{&g_5,&g_5,&g_5,(void*)0},{&g_5,(void*)0,(void*)0,&g_5}};
            uint32_t *l_69 = &g_70[0][0];
            int16_t *l_71 = &g_72;
            uint32_t *l_74 = &g_75;
            int32_t **l_92[1];
            const int32_t *l_97 = (void*)0;
            const int32_t **l_96 = &l_97;
            int i, j;
            for (i = 0; i < 1; i++)
                l_92[i] = (void*)0;
            g_93 = func_34((l_37[3][1] != (void*)0), ((*l_74) = ((l_13 & (safe_mul_func_int16_t_s_s(((*l_71) = (safe_sub_func_uint16_t_u_u((safe_unary_minus_func_int64_t_s((safe_mod_func_uint8_t_u_u((((0x84L & (((*l_69) = (((func_45(g_2, g_19, g_5, l_50[0][1]) && 0UL) , g_9) != l_13)) , 0xFFL)) != g_2) , 0UL), g_19)))), l_25))), l_73))) <= g_2)));
            l_98[0] |= (safe_lshift_func_int8_t_s_s((((((l_13 , ((*l_69) = g_88)) != (((*l_96) = (void*)0) != l_50[0][3])) == (*g_93)) && g_9) , l_73), 0));
        }
        else
        { 
            uint32_t l_101 = 0xEEBE8445L;
            uint64_t *l_102 = &g_65;
            if (((safe_add_func_uint64_t_u_u(((*l_102) = l_101), 0xADB2F3DD08C68BE1LL)) != g_70[0][0]))
            { 
                int16_t *l_118[4][2] = {{&g_72,&g_72},{&g_72,&g_72},{&g_72,&g_72},{&g_72,&g_72}};
                int32_t l_119 = 1L;
                int8_t *l_120 = &g_121[0];
                int i, j;
                if ((*g_93))
                    break;
                l_50[0][1] = (void*)0;
                (*g_93) = (safe_unary_minus_func_uint32_t_u((((*l_120) = (safe_sub_func_uint32_t_u_u((safe_mul_func_int16_t_s_s((safe_sub_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s(((l_101 == l_112) != ((safe_mul_func_int16_t_s_s((safe_add_func_int16_t_s_s((g_72 |= (safe_unary_minus_func_uint8_t_u(g_75))), (l_119 <= (g_75 > g_5)))), g_89[0])) && 0x924F1449L)), g_9)), 0x882CL)), l_119)), g_65))) ^ 0x63L)));
                if (l_98[0])
                    continue;
            }
            else
            { 
                return g_121[0];
            }
        }
        if (((void*)0 != l_50[0][1]))
        { 
            int32_t l_135 = (-4L);
            int16_t *l_147 = (void*)0;
            int32_t **l_148[3][1];
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_148[i][j] = &l_50[0][1];
            }
            for (g_5 = 0; (g_5 > (-16)); g_5 = safe_sub_func_int32_t_s_s(g_5, 9))
            { 
                uint32_t *l_136 = &g_75;
                int32_t l_137 = (-1L);
                int8_t *l_138 = (void*)0;
                int8_t *l_139[3][1];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_139[i][j] = &g_121[0];
                }
                g_2 &= (safe_mul_func_int8_t_s_s((l_137 = ((((((safe_div_func_int64_t_s_s(g_72, 0xEE0523CF742FF3E0LL)) & ((safe_unary_minus_func_int64_t_s(((safe_mod_func_uint32_t_u_u(((*l_136) = (safe_lshift_func_uint16_t_u_s((safe_add_func_int32_t_s_s((*g_93), (0x87503BCFB6DD939ALL < (l_135 & g_70[0][0])))), 3))), l_137)) , l_135))) & 5UL)) != 2L) == 1L) , 0x57241B9AD14953B5LL) && 7UL)), 0x40L));
            }
            l_50[0][1] = ((safe_add_func_uint64_t_u_u(((safe_mul_func_uint16_t_u_u((~0x901DL), ((&g_9 == (l_149 = (g_65 , func_34((((((safe_div_func_int32_t_s_s((&g_72 == l_147), l_135)) , (*g_93)) == l_135) , l_25) , g_88), g_19)))) & 0x258788910D5BE42ELL))) == (*g_93)), g_70[0][0])) , (void*)0);
        }
        else
        { 
            uint16_t l_152 = 0xC0CCL;
            if ((*g_93))
                break;
            for (g_5 = 0; (g_5 == (-29)); g_5 = safe_sub_func_int32_t_s_s(g_5, 2))
            { 
                --l_152;
                return l_152;
            }
        }
    }
    for (l_73 = 2; (l_73 > 57); l_73++)
    { 
        uint8_t l_200 = 0UL;
        uint32_t *l_201 = &g_75;
        int32_t **l_207 = &g_206;
        int32_t l_208[3];
        int32_t *l_209 = &g_5;
        int32_t *l_210 = (void*)0;
        int32_t *l_211 = &l_98[0];
        int32_t *l_212 = (void*)0;
        int32_t *l_213 = &g_5;
        int32_t *l_214 = &l_98[2];
        int32_t *l_215 = &g_176;
        int32_t *l_217[1][4];
        int i, j;
        for (i = 0; i < 3; i++)
            l_208[i] = 0xAA038293L;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_217[i][j] = &l_98[0];
        }
        for (g_9 = 22; (g_9 < 29); ++g_9)
        { 
            int32_t *l_164 = &l_98[0];
            int64_t *l_173 = &g_88;
            int64_t *l_174 = &g_175;
            uint32_t *l_177 = (void*)0;
            uint32_t *l_178[1][3];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_178[i][j] = (void*)0;
            }
            (*l_164) &= ((safe_add_func_int64_t_s_s((((g_65 != (!g_9)) , (void*)0) != &g_93), (*l_149))) , 0xF67225D3L);
            if (l_165)
                continue;
            g_176 = (+((*l_174) &= ((*l_173) = (((safe_unary_minus_func_int16_t_s(((*l_164) <= (((safe_add_func_uint64_t_u_u(g_89[0], (+((*l_164) , g_89[0])))) , (safe_sub_func_int16_t_s_s(((&g_9 == l_164) <= (*l_164)), 0x8E1BL))) && (*l_164))))) | g_2) , 0L))));
            g_5 ^= (((g_70[0][0] &= 4294967289UL) != ((*l_164) = ((safe_mul_func_int16_t_s_s((safe_add_func_uint32_t_u_u((safe_mul_func_int16_t_s_s(((safe_lshift_func_uint16_t_u_s((((*l_164) | (safe_sub_func_int64_t_s_s((safe_div_func_uint8_t_u_u(((safe_mul_func_uint16_t_u_u(0xB48AL, ((safe_add_func_uint8_t_u_u((!((safe_add_func_int8_t_s_s((4294967295UL <= (safe_rshift_func_int16_t_s_s(((((((((((1UL && (*l_164)) && 18446744073709551607UL) == g_19) & l_200) , l_201) == &g_75) ^ 1L) , (-9L)) && 0x90FF0A8A3E14BFD0LL) , g_2), 10))), g_121[0])) <= (*l_149))), g_88)) & 0x0BCAL))) <= g_89[0]), g_19)), g_88))) , l_200), 3)) , g_65), (*l_164))), (*l_164))), (*l_164))) && 6L))) , (*g_93));
        }
        (*g_93) = ((safe_add_func_int64_t_s_s(l_200, (safe_lshift_func_uint8_t_u_s(((g_206 != l_201) ^ (l_207 != &g_93)), 1)))) >= l_208[1]);
        ++l_218;
        (*l_207) = (void*)0;
    }
    return (*l_149);
}
static int32_t * func_34(int32_t  p_35, uint32_t  p_36)
{ 
    int32_t *l_76 = &g_19;
    int32_t *l_77 = (void*)0;
    int32_t *l_78 = &g_2;
    int32_t *l_79 = &g_2;
    int32_t *l_80 = &g_19;
    int32_t *l_81 = (void*)0;
    int32_t *l_82 = &g_5;
    int32_t *l_83 = &g_19;
    int32_t *l_84 = (void*)0;
    int32_t *l_85 = &g_9;
    int32_t *l_86 = &g_19;
    int32_t *l_87[1];
    int i;
    for (i = 0; i < 1; i++)
        l_87[i] = &g_9;
    ++g_89[0];
    return l_86;
}
static int64_t  func_45(uint8_t  p_46, uint16_t  p_47, uint32_t  p_48, int32_t * p_49)
{ 
    int32_t *l_51 = &g_2;
    int32_t *l_52 = &g_2;
    int32_t l_53 = (-1L);
    int32_t *l_54 = (void*)0;
    int32_t *l_55 = &g_9;
    int32_t *l_56 = &g_2;
    int32_t *l_57 = (void*)0;
    int32_t *l_58 = &g_2;
    uint8_t l_59 = 0UL;
    int32_t *l_62 = &l_53;
    int32_t l_63[2][3] = {{2L,2L,1L},{2L,2L,1L}};
    int32_t *l_64[3];
    int i, j;
    for (i = 0; i < 3; i++)
        l_64[i] = &l_63[1][2];
lbl_68:
    ++l_59;
    --g_65;
    if (g_65)
        goto lbl_68;
    return p_47;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_19, "g_19", print_hash_value);
    transparent_crc(g_65, "g_65", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_70[i][j], "g_70[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_72, "g_72", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    transparent_crc(g_88, "g_88", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_89[i], "g_89[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_121[i], "g_121[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_175, "g_175", print_hash_value);
    transparent_crc(g_176, "g_176", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
