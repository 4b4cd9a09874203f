#include "csmith.h"
static long __undefined;
static int32_t g_3 = 3L;
static int64_t g_6 = 8L;
static int32_t g_29 = (-1L);
static int32_t g_32 = 0x66C4779DL;
static int8_t g_37[3] = {(-1L),(-1L),(-1L)};
static uint16_t g_38[1] = {65527UL};
static uint16_t g_41 = 65535UL;
static uint8_t g_69 = 0x91L;
static int16_t g_71 = 0x7097L;
static int64_t g_89 = (-1L);
static int8_t g_92 = (-1L);
static uint32_t g_93 = 0xAEB5978FL;
static uint64_t g_112 = 0x32E46A4E19C9FCC3LL;
static uint8_t g_115 = 0x6AL;
static uint64_t g_129[3][1] = {{0x52BC438EE533B9E2LL},{0x52BC438EE533B9E2LL},{0x52BC438EE533B9E2LL}};
static uint16_t g_215 = 65535UL;
static int32_t  func_1(void);
static int32_t  func_10(int64_t * p_11, int64_t * p_12, uint32_t  p_13, int64_t * p_14, int64_t * const  p_15);
static int64_t * func_16(int32_t  p_17, int64_t * p_18, int64_t * p_19, int32_t  p_20);
static int32_t  func_1(void)
{ 
    uint16_t l_2[2][1];
    int32_t l_7[1][1];
    int64_t * const l_135 = &g_6;
    int32_t l_203 = 0x65B96844L;
    int16_t *l_212 = (void*)0;
    int64_t l_236 = (-6L);
    int32_t *l_237 = &l_203;
    uint8_t *l_238 = &g_115;
    uint32_t *l_239[4] = {&g_93,&g_93,&g_93,&g_93};
    uint16_t l_240[3];
    int32_t *l_241 = &g_32;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_2[i][j] = 0x342EL;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_7[i][j] = (-10L);
    }
    for (i = 0; i < 3; i++)
        l_240[i] = 1UL;
    for (g_3 = 0; (g_3 >= 0); g_3 -= 1)
    { 
        uint32_t l_4 = 0x22263126L;
        int64_t *l_5 = &g_6;
        int32_t l_27[4][3];
        int32_t *l_28[3];
        int32_t *l_183 = &g_32;
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 3; j++)
                l_27[i][j] = 1L;
        }
        for (i = 0; i < 3; i++)
            l_28[i] = &g_29;
        (*l_183) = ((l_7[0][0] = ((*l_5) = l_4)) && ((safe_div_func_uint32_t_u_u((func_10(func_16(l_4, &g_6, &g_6, (g_29 &= ((safe_rshift_func_int16_t_s_u(((safe_mod_func_uint16_t_u_u((l_27[1][2] |= (0x331C587C7AB89BDDLL ^ g_3)), g_3)) & l_4), 1)) >= 0L))), &g_6, l_4, &g_6, l_135) >= l_2[1][0]), l_4)) , g_37[0]));
        (*l_183) = 0xEFFBD2F4L;
        for (g_6 = 0; (g_6 >= 0); g_6 -= 1)
        { 
            uint8_t *l_194 = &g_115;
            uint16_t **l_199 = (void*)0;
            uint16_t *l_201 = &g_41;
            uint16_t **l_200 = &l_201;
            uint16_t *l_202 = &g_41;
            uint64_t *l_204 = &g_112;
            int16_t *l_205 = &g_71;
            int32_t l_206 = 0x2F664288L;
            int32_t l_209 = 0x9429D60EL;
            int8_t *l_213 = (void*)0;
            int i, j;
            (*l_183) = ((safe_add_func_int32_t_s_s(((safe_mod_func_int8_t_s_s(((l_2[(g_6 + 1)][g_3] , (0x5B14A6E1L <= ((safe_lshift_func_uint8_t_u_u(((safe_mod_func_int16_t_s_s((safe_sub_func_uint16_t_u_u(((l_206 = ((*l_205) = (((*l_204) ^= (l_194 == ((safe_rshift_func_int16_t_s_u((safe_add_func_uint8_t_u_u(((((*l_200) = &g_38[0]) != (l_202 = &g_38[0])) || l_203), g_89)), l_2[(g_6 + 1)][g_3])) , &g_69))) | 4UL))) > (*l_183)), 0x640BL)), l_2[(g_6 + 1)][g_3])) > (-10L)), 1)) > (-1L)))) , l_2[(g_6 + 1)][g_3]), g_92)) || g_93), l_2[(g_6 + 1)][g_3])) && g_71);
            if (((safe_add_func_int64_t_s_s((-1L), l_209)) >= (l_203 ^ ((safe_rshift_func_int8_t_s_s((g_92 = ((l_212 != &g_71) && g_29)), 5)) & l_7[0][0]))))
            { 
                if ((*l_183))
                    break;
            }
            else
            { 
                int32_t *l_214[4][2];
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_214[i][j] = &g_32;
                }
                ++g_215;
                return g_129[1][0];
            }
            g_32 ^= g_29;
            if (g_92)
                break;
        }
    }
    (*l_241) = (safe_sub_func_uint64_t_u_u(((safe_add_func_uint32_t_u_u(0x639F120EL, (safe_rshift_func_uint8_t_u_u((safe_sub_func_int64_t_s_s(1L, (l_2[1][0] >= l_7[0][0]))), (safe_lshift_func_int16_t_s_s(((((l_240[1] &= (safe_rshift_func_uint8_t_u_u(((*l_238) ^= (((*l_237) = ((((safe_mul_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_u((safe_add_func_uint64_t_u_u(g_69, 0x60422813CE37CC86LL)), 3)), (-3L))) , 0x00L) , l_236) > l_7[0][0])) , g_38[0])), 1))) | 0x6F77F4DFL) , 0x37B090339252E7EALL) | g_215), g_6)))))) && g_37[0]), g_38[0]));
    return g_89;
}
static int32_t  func_10(int64_t * p_11, int64_t * p_12, uint32_t  p_13, int64_t * p_14, int64_t * const  p_15)
{ 
    int32_t *l_138 = &g_29;
    int32_t * const *l_137 = &l_138;
    int32_t * const **l_136 = &l_137;
    int32_t *l_145[2];
    const int32_t *l_173 = &g_29;
    int i;
    for (i = 0; i < 2; i++)
        l_145[i] = &g_32;
    (*l_136) = (void*)0;
    for (g_29 = (-25); (g_29 > (-6)); g_29 = safe_add_func_uint16_t_u_u(g_29, 4))
    { 
        int32_t **l_141 = (void*)0;
        int32_t **l_142 = (void*)0;
        int32_t *l_144 = (void*)0;
        int32_t **l_143[3][1];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_143[i][j] = &l_144;
        }
        g_32 &= 0x1CAA3E21L;
        l_145[0] = l_138;
        for (g_115 = (-6); (g_115 >= 23); g_115++)
        { 
            int64_t l_174 = 0x2750ABA65527752ALL;
            int16_t l_176 = 0x1578L;
            int32_t l_177 = 0x2422DCD2L;
            for (g_92 = (-15); (g_92 != 21); g_92 = safe_add_func_uint32_t_u_u(g_92, 6))
            { 
                int32_t l_166 = 0x42B0CC67L;
                int8_t *l_175 = &g_37[0];
                int32_t l_182 = 1L;
                l_145[1] = &g_3;
                l_177 &= (((safe_rshift_func_int8_t_s_u((safe_mod_func_int8_t_s_s(((safe_add_func_uint16_t_u_u((((safe_lshift_func_int8_t_s_u(((*l_175) = ((((safe_rshift_func_int16_t_s_u(((1UL & (safe_lshift_func_uint16_t_u_s((safe_add_func_uint32_t_u_u(0xB7AB548CL, ((safe_lshift_func_uint8_t_u_s(p_13, 0)) || l_166))), 12))) < ((safe_mod_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s((((safe_lshift_func_int8_t_s_u(((void*)0 == l_173), l_166)) && p_13) , 0x46L), l_174)), 0xA2A8L)) & 0L)), g_32)) && (*p_15)) , p_13) ^ 0x2BF17702L)), p_13)) | g_93) >= l_176), p_13)) && p_13), g_115)), 3)) && g_37[0]) , 0x7FCA4635L);
                l_182 &= ((((safe_div_func_int16_t_s_s((safe_add_func_uint8_t_u_u(l_166, (0x2148F47512D4483BLL != (((((7UL != (g_29 , 1UL)) && p_13) != p_13) && 0xE4L) && g_129[0][0])))), g_41)) , 0x09L) , g_93) | p_13);
            }
        }
    }
    return p_13;
}
static int64_t * func_16(int32_t  p_17, int64_t * p_18, int64_t * p_19, int32_t  p_20)
{ 
    uint32_t l_30[3];
    int32_t *l_31 = &g_32;
    int32_t *l_33 = &g_32;
    int32_t *l_34 = &g_32;
    int32_t l_35 = (-5L);
    int32_t *l_36[4];
    int64_t *l_134 = (void*)0;
    int i;
    for (i = 0; i < 3; i++)
        l_30[i] = 0x8F62C4DFL;
    for (i = 0; i < 4; i++)
        l_36[i] = &l_35;
    for (p_20 = 0; p_20 < 3; p_20 += 1)
    {
        l_30[p_20] = 2UL;
    }
    g_38[0]++;
    ++g_41;
    if ((safe_add_func_uint16_t_u_u((0x91L | 0L), (~0x5EBAE88BL))))
    { 
        return &g_6;
    }
    else
    { 
        int32_t *l_65 = (void*)0;
        int32_t l_67 = (-1L);
        int32_t l_91 = 0xDC482A8EL;
        for (l_35 = (-2); (l_35 < 16); ++l_35)
        { 
            int32_t **l_66 = &l_65;
            uint8_t *l_68 = &g_69;
            int16_t *l_70 = &g_71;
            int32_t l_72[4][1] = {{0L},{0x08375F08L},{0L},{0x08375F08L}};
            uint8_t l_109 = 253UL;
            int i, j;
            if (g_41)
                break;
            if ((safe_rshift_func_uint8_t_u_s((safe_mod_func_int16_t_s_s((((0x95DFL | (((safe_rshift_func_int16_t_s_s(((*l_70) &= (safe_div_func_int8_t_s_s((safe_mul_func_int16_t_s_s((safe_lshift_func_uint8_t_u_s(((*l_68) = (((((((g_32 >= (safe_lshift_func_uint8_t_u_u(g_29, 1))) == p_17) || (safe_lshift_func_int8_t_s_s((((((((*l_66) = l_65) != &p_20) && p_17) && 0UL) > 0x3AC46406CCCE42BFLL) || (*l_34)), 3))) , g_38[0]) & 18446744073709551607UL) , 0xDCCCL) , l_67)), 5)), 65535UL)), p_17))), 5)) > 1UL) != p_17)) & l_72[2][0]) && p_20), l_72[3][0])), p_17)))
            { 
                uint32_t l_82[1][4];
                uint16_t *l_87 = &g_41;
                int64_t *l_88 = &g_89;
                int32_t l_90 = 0x262A889EL;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_82[i][j] = 4294967295UL;
                }
                l_90 ^= (g_41 , (safe_mul_func_uint8_t_u_u((((*l_88) |= (safe_rshift_func_int16_t_s_s(((*l_70) &= ((safe_mod_func_int16_t_s_s((((*l_87) ^= (safe_unary_minus_func_uint16_t_u(((safe_rshift_func_uint8_t_u_s(l_82[0][3], 6)) ^ (safe_div_func_int64_t_s_s((safe_add_func_uint32_t_u_u((g_37[0] > l_72[0][0]), (g_29 == p_20))), g_6)))))) ^ (-1L)), l_72[2][0])) , g_69)), 12))) <= g_6), 1L)));
                g_93++;
                return p_18;
            }
            else
            { 
                (*l_33) = (p_20 | (safe_mod_func_int64_t_s_s((((*l_70) = ((((safe_div_func_uint32_t_u_u((safe_lshift_func_uint8_t_u_s((l_91 != (safe_add_func_uint16_t_u_u((*l_34), 0x0FE8L))), (!((safe_rshift_func_uint16_t_u_u((p_17 == g_71), 12)) | 0x4255L)))), p_20)) ^ (*p_19)) | l_67) & p_17)) ^ l_67), l_72[2][0])));
            }
            if (p_20)
            { 
                g_32 = (safe_lshift_func_int8_t_s_u(0x48L, 2));
                l_109++;
                --g_112;
                ++g_115;
            }
            else
            { 
                return &g_89;
            }
            for (g_41 = 0; (g_41 <= 0); g_41 += 1)
            { 
                return &g_89;
            }
        }
        if ((((safe_add_func_int16_t_s_s(l_67, ((g_3 | (*l_34)) == (safe_lshift_func_uint8_t_u_u((~(((safe_add_func_int8_t_s_s(((p_17 , (safe_mul_func_int16_t_s_s(((g_38[0] && (*p_18)) , g_41), 0L))) , l_91), p_20)) <= 0UL) != (-1L))), g_71))))) ^ 0x61D97AAA56D442F4LL) ^ 0xA3L))
        { 
            return p_18;
        }
        else
        { 
            int32_t *l_131 = &g_32;
            int32_t **l_132 = (void*)0;
            int32_t **l_133 = &l_36[0];
            for (g_32 = 0; (g_32 > (-21)); g_32 = safe_sub_func_uint64_t_u_u(g_32, 1))
            { 
                int32_t **l_130 = &l_31;
                g_129[0][0] = 0xE26BD804L;
                (*l_130) = &l_67;
                (*l_31) = 0L;
            }
            (*l_133) = l_131;
        }
    }
    return l_134;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_29, "g_29", print_hash_value);
    transparent_crc(g_32, "g_32", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_37[i], "g_37[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_38[i], "g_38[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_41, "g_41", print_hash_value);
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_71, "g_71", print_hash_value);
    transparent_crc(g_89, "g_89", print_hash_value);
    transparent_crc(g_92, "g_92", print_hash_value);
    transparent_crc(g_93, "g_93", print_hash_value);
    transparent_crc(g_112, "g_112", print_hash_value);
    transparent_crc(g_115, "g_115", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_129[i][j], "g_129[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_215, "g_215", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
