#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0x4A025691L;
static const int32_t *g_49 = &g_2;
static const int32_t **g_48[3] = {&g_49,&g_49,&g_49};
static int32_t **g_63 = (void*)0;
static int64_t g_65 = 0x40D4F6636227FA2ELL;
static int32_t g_67 = 0x71CE904CL;
static int32_t * const g_66 = &g_67;
static int32_t g_78 = 2L;
static uint16_t g_115 = 3UL;
static int32_t ***g_122 = (void*)0;
static uint8_t g_127 = 0UL;
static int32_t g_170 = 0x89FCF546L;
static int16_t g_171 = 0xE705L;
static uint32_t g_188 = 0x32FBB45DL;
static uint64_t g_202 = 0x9F37106151272D65LL;
static uint64_t *g_201 = &g_202;
static uint16_t g_272 = 65527UL;
static uint16_t g_289 = 1UL;
static uint16_t  func_1(void);
static uint8_t  func_4(uint8_t  p_5, uint16_t  p_6, int32_t * const  p_7, int64_t  p_8, const int32_t * p_9);
static uint8_t  func_10(uint64_t  p_11, int32_t * p_12);
static uint16_t  func_1(void)
{ 
    int32_t *l_3 = &g_2;
    int32_t l_21 = 0x6EAB3CF8L;
    int8_t l_22 = 0xE2L;
    int32_t *l_169 = &g_170;
    int64_t l_195 = 1L;
    int64_t *l_207 = &l_195;
    int64_t ** const l_206 = &l_207;
    const int32_t l_256 = 7L;
    (*l_3) = g_2;
    return g_171;
}
static uint8_t  func_4(uint8_t  p_5, uint16_t  p_6, int32_t * const  p_7, int64_t  p_8, const int32_t * p_9)
{ 
    uint32_t l_68 = 4294967295UL;
    int32_t *l_96 = (void*)0;
    int32_t **l_95 = &l_96;
    int64_t * const l_99 = &g_65;
    int32_t l_112 = 0L;
    int32_t l_113 = 0xCD636229L;
    if ((*g_66))
    { 
        (*g_66) |= ((l_68 | (safe_rshift_func_uint8_t_u_u(p_5, 0))) != (p_5 , l_68));
    }
    else
    { 
        uint64_t l_73 = 0x3E763FF6366113C5LL;
        uint64_t *l_87 = &l_73;
        const int64_t l_97 = 0xDA357BB50BB1179ELL;
        uint32_t *l_98 = &l_68;
        int32_t **l_108[2][1];
        int32_t l_111 = (-9L);
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_108[i][j] = (void*)0;
        }
        for (g_2 = 0; (g_2 == 24); g_2 = safe_add_func_uint16_t_u_u(g_2, 2))
        { 
            int32_t l_74 = 0xC884E0B5L;
            int64_t *l_75 = (void*)0;
            int32_t *l_77 = &g_78;
            l_73 |= l_68;
            l_74 ^= ((*p_7) = (*g_49));
            (*l_77) = (((p_8 = g_2) > (+(p_6 <= g_2))) , ((*g_66) &= ((&g_48[2] == (void*)0) > 0xD9B3L)));
        }
        if ((((safe_mul_func_uint8_t_u_u((3L >= ((safe_add_func_int64_t_s_s((l_73 , ((p_6 , (safe_div_func_uint32_t_u_u(((*l_98) = (safe_rshift_func_uint8_t_u_u(((--(*l_87)) , ((safe_add_func_int16_t_s_s((safe_div_func_uint64_t_u_u((p_6 >= (+(l_95 != &l_96))), l_97)), g_67)) | (-1L))), 7))), (*g_66)))) ^ p_8)), p_8)) > 0x31AFCD19E8F13034LL)), g_78)) , &l_97) != l_99))
        { 
            int64_t *l_103 = &g_65;
            int64_t **l_102 = &l_103;
            int32_t l_109 = 0xCB379706L;
            int16_t l_110[2][3] = {{0x23DFL,0xC65FL,0x23DFL},{0x23DFL,0xC65FL,0x23DFL}};
            int32_t l_114 = (-1L);
            const int32_t *l_125 = &g_2;
            int i, j;
            l_110[1][1] &= ((*g_66) = (p_6 > (((safe_mul_func_int8_t_s_s((((((*l_102) = &p_8) != &p_8) != (((safe_sub_func_uint32_t_u_u(((safe_sub_func_uint32_t_u_u(((void*)0 == l_108[1][0]), (*p_7))) , p_8), 4294967287UL)) >= g_2) >= 0xA886803F40BDE86DLL)) , l_109), 0x22L)) , l_109) < g_65)));
            g_115++;
            for (g_78 = (-10); (g_78 > (-11)); g_78--)
            { 
                int32_t ***l_121 = &l_95;
                int32_t ****l_120[1][4] = {{&l_121,&l_121,&l_121,&l_121}};
                const int32_t **l_123 = (void*)0;
                const int32_t **l_124[3];
                int i, j;
                for (i = 0; i < 3; i++)
                    l_124[i] = &g_49;
                g_122 = &l_95;
                l_125 = p_9;
            }
        }
        else
        { 
            int16_t l_126 = 2L;
            ++g_127;
            (*g_66) &= (-1L);
            return g_127;
        }
    }
    for (g_127 = 0; (g_127 <= 2); g_127 += 1)
    { 
        int32_t l_130 = (-1L);
        int i;
        if (l_130)
            break;
        if ((*p_7))
            continue;
        g_2 ^= (safe_lshift_func_uint16_t_u_u((safe_div_func_int8_t_s_s(0x0AL, (safe_lshift_func_int8_t_s_s((safe_add_func_uint16_t_u_u((safe_mod_func_int32_t_s_s(0L, (*p_9))), ((safe_mod_func_int32_t_s_s((safe_add_func_int32_t_s_s((((((safe_mod_func_uint8_t_u_u((safe_div_func_int64_t_s_s(p_8, (safe_lshift_func_int16_t_s_u((safe_div_func_int64_t_s_s(1L, 0x1FB71B8916C188A1LL)), 7)))), g_67)) , 0x9183L) & p_6) & g_78) | 0x29L), 0xA8FE6391L)), (*p_7))) , 0UL))), p_8)))), p_8));
        (*p_7) = (((((&l_130 != p_9) ^ (((safe_mod_func_uint32_t_u_u((safe_mul_func_int8_t_s_s(g_115, (safe_add_func_uint16_t_u_u(p_6, (safe_div_func_uint16_t_u_u(((safe_add_func_int32_t_s_s((((safe_div_func_int16_t_s_s((safe_rshift_func_int16_t_s_s(((safe_mod_func_uint32_t_u_u((((((g_67 , g_115) , (*p_9)) > (*p_9)) != p_8) <= g_65), 5UL)) ^ p_5), 1)), g_67)) , 18446744073709551607UL) , (*p_9)), l_130)) < 0xB493L), 65528UL)))))), 0x94635291L)) < (-1L)) & p_5)) , 0x0EL) != 0xD3L) | 4L);
    }
    return p_6;
}
static uint8_t  func_10(uint64_t  p_11, int32_t * p_12)
{ 
    int32_t l_23[2][3] = {{0x2628217CL,0x2628217CL,(-7L)},{0x2628217CL,0x2628217CL,(-7L)}};
    int32_t *l_55[1][1];
    int32_t ***l_64 = &g_63;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_55[i][j] = &g_2;
    }
    for (p_11 = 0; (p_11 <= 1); p_11 += 1)
    { 
        int16_t l_28 = 7L;
        int32_t *l_30[2];
        int32_t **l_29 = &l_30[1];
        int32_t *l_32 = &g_2;
        int32_t **l_31 = &l_32;
        int i;
        for (i = 0; i < 2; i++)
            l_30[i] = (void*)0;
        (*p_12) = ((((void*)0 == &g_2) > g_2) & (p_11 >= ((safe_div_func_int64_t_s_s((l_28 ^ p_11), 0x7C5C6A81D68C2AFELL)) != g_2)));
        (*l_31) = ((*l_29) = (void*)0);
        for (g_2 = 1; (g_2 >= 0); g_2 -= 1)
        { 
            uint32_t l_41 = 1UL;
            int32_t l_50 = 0x6FB6C717L;
            for (l_28 = 0; (l_28 <= 1); l_28 += 1)
            { 
                int32_t ***l_35 = (void*)0;
                int32_t ***l_36[2];
                int i, j;
                for (i = 0; i < 2; i++)
                    l_36[i] = &l_29;
                l_50 = (safe_mod_func_int64_t_s_s(((l_31 = &p_12) == (((safe_mod_func_int64_t_s_s((((!(((-1L) == (+(l_23[p_11][(p_11 + 1)] , l_41))) , (safe_mul_func_int8_t_s_s((safe_mod_func_int8_t_s_s((((safe_mul_func_uint16_t_u_u(p_11, p_11)) & g_2) > 0x5014L), g_2)), (-1L))))) <= p_11) != l_41), p_11)) & p_11) , g_48[2])), 5UL));
                if ((*p_12))
                    continue;
            }
        }
    }
    g_2 = (((safe_lshift_func_int16_t_s_u((safe_div_func_int8_t_s_s(((void*)0 != l_55[0][0]), (safe_mul_func_uint16_t_u_u((65531UL && (g_2 <= (!(((safe_rshift_func_int16_t_s_s((g_2 > 1UL), g_2)) && 4L) > 0xB5L)))), p_11)))), 2)) , p_12) != p_12);
    g_65 |= (safe_add_func_int16_t_s_s(g_2, (((((*l_64) = g_63) != &p_12) , (8UL >= 0x599618DEL)) , g_2)));
    return p_11;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_65, "g_65", print_hash_value);
    transparent_crc(g_67, "g_67", print_hash_value);
    transparent_crc(g_78, "g_78", print_hash_value);
    transparent_crc(g_115, "g_115", print_hash_value);
    transparent_crc(g_127, "g_127", print_hash_value);
    transparent_crc(g_170, "g_170", print_hash_value);
    transparent_crc(g_171, "g_171", print_hash_value);
    transparent_crc(g_188, "g_188", print_hash_value);
    transparent_crc(g_202, "g_202", print_hash_value);
    transparent_crc(g_272, "g_272", print_hash_value);
    transparent_crc(g_289, "g_289", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
