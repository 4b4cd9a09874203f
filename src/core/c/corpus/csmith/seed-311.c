#include "csmith.h"
static long __undefined;
struct S0 {
   int32_t  f0;
   uint32_t  f1;
   uint32_t  f2;
   int16_t  f3;
   int32_t  f4;
};
static uint64_t g_2 = 7UL;
static uint32_t g_13 = 0UL;
static uint8_t g_16[3][1] = {{0x99L},{0x99L},{0x99L}};
static int8_t g_17 = 5L;
static uint32_t g_18 = 18446744073709551615UL;
static int32_t g_20 = 6L;
static int64_t *g_24 = (void*)0;
static uint8_t *g_32[2] = {(void*)0,(void*)0};
static struct S0 g_36 = {0x7662B0A9L,18446744073709551615UL,0x74D4A788L,0xFB1CL,8L};
static int64_t g_46 = 0x6953C535718A84D2LL;
static uint16_t g_97 = 0UL;
static int8_t g_123 = 9L;
static uint64_t g_124 = 0xC2202B94DD07668ELL;
static int32_t *g_156[2][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
static int16_t *g_163 = &g_36.f3;
static int32_t g_180 = (-3L);
static int8_t  func_1(void);
static struct S0 * func_21(int64_t * p_22, int32_t  p_23);
static int8_t  func_27(uint16_t  p_28, uint16_t  p_29);
static int8_t  func_1(void)
{ 
    uint64_t l_11[1][2];
    int64_t *l_12 = (void*)0;
    uint8_t *l_14 = (void*)0;
    uint8_t *l_15 = &g_16[1][0];
    int32_t *l_19 = &g_20;
    int8_t *l_34 = &g_17;
    int64_t l_68 = 0xB74473CA56B74084LL;
    struct S0 *l_86 = &g_36;
    struct S0 **l_85 = &l_86;
    uint16_t *l_146[4][4] = {{&g_97,&g_97,&g_97,&g_97},{&g_97,&g_97,&g_97,&g_97},{&g_97,&g_97,&g_97,&g_97},{&g_97,&g_97,&g_97,&g_97}};
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_11[i][j] = 0xAAD9DDCEF989B1ABLL;
    }
lbl_148:
    g_18 &= ((g_17 &= ((*l_15) = (g_2 > ((safe_mod_func_uint64_t_u_u((g_2 ^ (4UL != ((safe_div_func_uint8_t_u_u((g_2 != (safe_div_func_uint64_t_u_u((((g_13 = l_11[0][1]) <= 0xB0E82CA9683648BDLL) || g_2), g_2))), g_2)) & l_11[0][1]))), 0xBD13D8C5378470EDLL)) | g_2)))) <= 5L);
    (*l_19) = 3L;
    (*l_85) = func_21(g_24, ((safe_mod_func_uint8_t_u_u((func_27(g_20, ((safe_div_func_int8_t_s_s((l_14 == (g_32[0] = l_14)), ((*l_34) |= (+((*l_19) != (*l_19)))))) | 0x6DF3L)) & l_68), g_36.f2)) , 0L));
    for (g_36.f0 = 0; (g_36.f0 != (-28)); --g_36.f0)
    { 
        uint32_t l_95 = 0x3324EF46L;
        uint16_t *l_96 = &g_97;
        int32_t l_101[2][2];
        int64_t *l_171[3];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 2; j++)
                l_101[i][j] = 1L;
        }
        for (i = 0; i < 3; i++)
            l_171[i] = &l_68;
        if ((safe_mod_func_uint16_t_u_u(((*l_96) |= (safe_rshift_func_uint8_t_u_u(((*l_15) |= (safe_div_func_uint16_t_u_u(l_95, 0x62EDL))), 7))), (-1L))))
        { 
            int32_t l_98 = 1L;
            uint16_t l_147 = 1UL;
            struct S0 **l_149 = &l_86;
            if (l_98)
                break;
            for (g_18 = 0; (g_18 != 16); g_18 = safe_add_func_int8_t_s_s(g_18, 8))
            { 
                uint32_t **l_115 = (void*)0;
                uint32_t *l_117 = &g_13;
                uint32_t **l_116 = &l_117;
                int16_t *l_118 = &g_36.f3;
                const int32_t l_119 = 2L;
                int32_t l_120 = 1L;
                int32_t *l_121 = &l_101[1][1];
                int32_t *l_122[3][3] = {{(void*)0,&l_101[1][1],(void*)0},{&l_120,&l_120,&l_120},{(void*)0,&l_101[1][1],(void*)0}};
                int i, j;
                (*l_121) = ((*l_19) = (l_101[1][1] | (safe_mul_func_uint8_t_u_u(((+(((((255UL <= (((l_120 ^= (safe_div_func_int16_t_s_s(((*l_118) = (safe_rshift_func_int8_t_s_s((safe_div_func_int32_t_s_s((((safe_add_func_int64_t_s_s(((*l_19) , (l_98 <= (safe_mod_func_int32_t_s_s((((((*l_116) = &l_95) == &l_95) | g_2) , l_98), g_20)))), g_36.f0)) < (*l_19)) != 0x68L), (-8L))), 6))), l_119))) , g_17) > g_36.f4)) , 0L) & g_36.f0) != (*l_19)) <= 0L)) <= l_119), l_101[1][0]))));
                g_36.f4 &= g_13;
                ++g_124;
            }
            for (g_36.f2 = (-18); (g_36.f2 <= 55); g_36.f2++)
            { 
                uint64_t l_134 = 1UL;
                uint16_t *l_145 = &g_97;
                (*l_19) = (safe_div_func_int32_t_s_s((((l_101[1][0] = (safe_unary_minus_func_uint8_t_u(((safe_lshift_func_int8_t_s_s(l_134, 4)) , (++(*l_15)))))) || (((((g_36.f1 < (safe_mul_func_uint8_t_u_u(((safe_add_func_uint64_t_u_u(18446744073709551611UL, (((safe_mod_func_int8_t_s_s((safe_lshift_func_int16_t_s_s((l_145 != (l_134 , l_146[0][1])), 11)), (*l_19))) > 0x77CE632AL) && l_134))) | 6L), l_101[1][1]))) ^ 0L) == l_147) != 0x1A28F2DD187DA113LL) && l_101[0][1])) > 0xC07AB760D964AFFBLL), g_36.f4));
                if ((*l_19))
                    continue;
                if (g_124)
                    goto lbl_148;
            }
            for (g_97 = 0; (g_97 <= 1); g_97 += 1)
            { 
                int i, j;
                (*l_19) |= ((l_149 == &l_86) ^ (safe_sub_func_int16_t_s_s(l_101[g_97][g_97], l_101[g_97][g_97])));
                (*l_19) |= (safe_div_func_uint8_t_u_u(l_101[1][0], (-1L)));
                (*l_19) = (l_101[1][1] , 0x98811EA0L);
                (*l_19) &= 7L;
            }
        }
        else
        { 
            int32_t *l_157 = &l_101[1][1];
            for (g_2 = 21; (g_2 >= 12); g_2 = safe_sub_func_uint32_t_u_u(g_2, 9))
            { 
                struct S0 l_158 = {-1L,0x7BFFB9DEL,4294967295UL,0xB3F5L,0x7E66CDF1L};
                struct S0 *l_159 = &l_158;
                const int8_t *l_162 = (void*)0;
                const int8_t **l_161 = &l_162;
                const int8_t ***l_160 = &l_161;
                int16_t **l_164 = &g_163;
                g_156[0][0] = (l_157 = g_156[0][0]);
                (*l_159) = l_158;
                (*l_160) = (void*)0;
                (*l_19) &= (((*l_164) = g_163) == (void*)0);
            }
            (*l_19) = ((safe_lshift_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(255UL, (((g_36.f0 < (safe_lshift_func_int16_t_s_s(((*g_163) = (((((*l_15) = 0xE4L) == (*l_19)) , (((((*l_19) , (*l_19)) < g_17) && 18446744073709551609UL) || g_2)) > (*l_19))), l_95))) | g_13) ^ (-1L)))), (*l_19))) , (*l_19));
        }
        if ((((((((4294967295UL ^ ((g_156[0][0] = l_19) == (void*)0)) , g_36.f1) , l_171[1]) != l_171[1]) != 0x8A6F2717L) && g_36.f0) != g_124))
        { 
            const int8_t l_174[4] = {(-1L),(-1L),(-1L),(-1L)};
            uint32_t *l_181 = (void*)0;
            uint32_t *l_182[1];
            int32_t *l_183 = &g_36.f4;
            int i;
            for (i = 0; i < 1; i++)
                l_182[i] = (void*)0;
            (*l_183) |= ((safe_mod_func_int64_t_s_s((-10L), ((l_174[0] , ((g_36.f1 = (l_101[1][1] != (safe_sub_func_int32_t_s_s(((l_95 , ((safe_lshift_func_uint8_t_u_s(((safe_unary_minus_func_int32_t_s((*l_19))) , (*l_19)), 6)) ^ g_180)) , l_101[1][1]), l_101[1][1])))) , l_95)) , 0xC733F41E0092A32DLL))) || 1UL);
        }
        else
        { 
            uint32_t l_184 = 0x1BC3C69CL;
            (*l_19) = (g_36.f4 , l_184);
        }
    }
    return (*l_19);
}
static struct S0 * func_21(int64_t * p_22, int32_t  p_23)
{ 
    uint64_t l_71 = 0x489D4C80454F8DAELL;
    struct S0 l_74 = {0x8DC7DAD0L,1UL,0UL,0L,-2L};
    int32_t *l_81 = &g_20;
    uint64_t *l_84 = &g_2;
    (*l_81) ^= (safe_mod_func_int8_t_s_s(l_71, (safe_add_func_int16_t_s_s(((l_74 , ((safe_lshift_func_int16_t_s_u(((safe_rshift_func_uint8_t_u_u((safe_sub_func_int32_t_s_s(p_23, l_74.f4)), (p_23 && l_71))) <= 18446744073709551615UL), 10)) > 0x6EF6A07EB839B477LL)) <= 0xADL), g_36.f3))));
    for (l_74.f4 = 0; (l_74.f4 < (-29)); l_74.f4--)
    { 
        return &g_36;
    }
    g_36.f4 = (((*l_84) = ((((((*l_81) = p_23) >= p_23) <= (p_23 & (g_16[1][0] && p_23))) <= p_23) , 6UL)) != g_13);
    return &g_36;
}
static int8_t  func_27(uint16_t  p_28, uint16_t  p_29)
{ 
    struct S0 *l_35 = &g_36;
    struct S0 *l_38 = &g_36;
    struct S0 **l_37 = &l_38;
    int64_t *l_45 = &g_46;
    const int32_t l_47 = 1L;
    int32_t *l_48 = &g_36.f0;
    int8_t *l_59 = &g_17;
    uint32_t *l_66 = &g_13;
    int32_t *l_67 = &g_20;
    (*l_48) = ((((l_35 != ((*l_37) = l_35)) || (safe_lshift_func_int8_t_s_s(((((((safe_rshift_func_uint16_t_u_u((safe_add_func_int64_t_s_s(p_28, ((void*)0 == l_45))), p_29)) | g_20) ^ 0UL) | p_29) , &l_38) != (void*)0), p_28))) , p_29) < l_47);
    (*l_67) = (safe_add_func_int16_t_s_s((safe_rshift_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_s(0xA9L, 2)), 2)), (safe_sub_func_int8_t_s_s((((*l_59) = (((*l_48) = (&l_35 == &l_35)) <= (safe_lshift_func_int8_t_s_s(0x71L, 7)))) || (safe_rshift_func_uint16_t_u_s((safe_mul_func_uint8_t_u_u((safe_sub_func_int32_t_s_s((((((*l_66) = 4294967294UL) == (*l_48)) > (-4L)) <= (*l_48)), p_28)), 6L)), 6))), g_18))));
    return p_29;
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
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_16[i][j], "g_16[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_17, "g_17", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_36.f0, "g_36.f0", print_hash_value);
    transparent_crc(g_36.f1, "g_36.f1", print_hash_value);
    transparent_crc(g_36.f2, "g_36.f2", print_hash_value);
    transparent_crc(g_36.f3, "g_36.f3", print_hash_value);
    transparent_crc(g_36.f4, "g_36.f4", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_97, "g_97", print_hash_value);
    transparent_crc(g_123, "g_123", print_hash_value);
    transparent_crc(g_124, "g_124", print_hash_value);
    transparent_crc(g_180, "g_180", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
