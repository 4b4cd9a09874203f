#include "csmith.h"
static long __undefined;
static uint32_t g_8 = 1UL;
static int16_t g_26 = 1L;
static int8_t g_29 = 0x0CL;
static int32_t g_32[3] = {(-6L),(-6L),(-6L)};
static int16_t g_70 = 0xB762L;
static uint8_t g_79 = 9UL;
static int32_t g_120[1] = {(-5L)};
static int32_t  func_1(void);
static int8_t  func_2(uint16_t  p_3, uint32_t  p_4, int16_t  p_5);
static uint16_t  func_11(int32_t  p_12, int32_t  p_13, uint32_t  p_14);
static int32_t  func_1(void)
{ 
    uint8_t l_6 = 0xDBL;
    uint32_t l_7 = 0x43250E6DL;
    int32_t l_15 = 0x17E2F9D4L;
    int32_t *l_131 = &l_15;
    int32_t **l_132 = &l_131;
    int32_t l_133[3];
    int i;
    for (i = 0; i < 3; i++)
        l_133[i] = 0L;
    (*l_131) = (func_2((l_6 , l_7), g_8, ((safe_rshift_func_uint16_t_u_u(func_11((((g_8 < l_6) == l_15) , l_15), g_8, l_15), 14)) | 0x947F03FAL)) != g_8);
    (*l_132) = &l_15;
    return l_133[1];
}
static int8_t  func_2(uint16_t  p_3, uint32_t  p_4, int16_t  p_5)
{ 
    int32_t l_98 = 0x98A99528L;
    uint16_t l_108 = 0UL;
    int32_t l_119[2];
    int32_t l_123[3];
    uint64_t l_124 = 0x878B811774B49123LL;
    int32_t *l_129 = &l_119[1];
    int32_t *l_130 = &l_123[2];
    int i;
    for (i = 0; i < 2; i++)
        l_119[i] = (-4L);
    for (i = 0; i < 3; i++)
        l_123[i] = 0x6A680227L;
    for (p_3 = (-9); (p_3 > 47); p_3++)
    { 
        int64_t l_102 = 1L;
        int32_t l_114 = 0x72378B10L;
        int32_t l_118[2];
        int32_t l_121[2];
        int i;
        for (i = 0; i < 2; i++)
            l_118[i] = 1L;
        for (i = 0; i < 2; i++)
            l_121[i] = 0xB0400E0BL;
        if (l_98)
        { 
            int32_t *l_99 = &g_32[1];
            (*l_99) &= 9L;
        }
        else
        { 
            int16_t *l_103 = &g_70;
            int32_t *l_109 = &g_32[2];
            int32_t *l_110 = (void*)0;
            int32_t *l_111 = &g_32[0];
            int32_t *l_112 = (void*)0;
            int32_t *l_113 = (void*)0;
            int32_t *l_115 = &g_32[0];
            int32_t *l_116 = &g_32[2];
            int32_t *l_117[1];
            int8_t l_122 = 0x7FL;
            int i;
            for (i = 0; i < 1; i++)
                l_117[i] = (void*)0;
            (*l_109) ^= ((safe_sub_func_uint8_t_u_u((((*l_103) |= l_102) , (p_4 || (65531UL > (safe_add_func_int16_t_s_s(0x94CCL, ((safe_rshift_func_int8_t_s_s(0x18L, l_98)) | 0x38C1L)))))), 0x38L)) | l_108);
            ++l_124;
            for (p_4 = 0; (p_4 != 0); p_4 = safe_add_func_int64_t_s_s(p_4, 3))
            { 
                l_114 = p_5;
            }
        }
    }
    (*l_130) &= ((*l_129) &= g_120[0]);
    return p_5;
}
static uint16_t  func_11(int32_t  p_12, int32_t  p_13, uint32_t  p_14)
{ 
    int16_t *l_25 = &g_26;
    int32_t l_27 = (-4L);
    int8_t *l_28 = &g_29;
    int32_t l_30 = 8L;
    int32_t *l_31 = &g_32[2];
    uint64_t l_64 = 0xCD51DC99B0BF1997LL;
    int32_t l_65 = 0x0B4E5555L;
    int16_t l_68 = 0xA3E9L;
    (*l_31) |= (((((safe_mod_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_s((safe_div_func_uint16_t_u_u((+(((g_8 & ((((safe_mul_func_int16_t_s_s(((*l_25) ^= g_8), (l_27 &= 0x8486L))) , p_14) < ((*l_28) = (p_13 >= g_8))) | 0L)) & (-1L)) | g_8)), g_8)), g_8)), l_30)) ^ l_30) > 0x5744L) | p_13) == l_30);
    for (g_26 = 18; (g_26 >= (-14)); --g_26)
    { 
        uint16_t l_44 = 1UL;
        int32_t l_75 = (-4L);
        const uint32_t l_90 = 0UL;
        if (((*l_31) = (0x3F90L >= ((*l_31) >= (safe_add_func_int8_t_s_s((p_12 ^ ((((g_32[2] || ((*l_31) < 65535UL)) , l_28) == &g_29) , p_12)), 0xD7L))))))
        { 
            int8_t *l_45[3];
            int32_t l_53 = 8L;
            int16_t *l_69[1][3];
            uint16_t l_80[4][1];
            int i, j;
            for (i = 0; i < 3; i++)
                l_45[i] = &g_29;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_69[i][j] = &g_70;
            }
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 1; j++)
                    l_80[i][j] = 0xDA4AL;
            }
            for (p_12 = 23; (p_12 < (-14)); p_12 = safe_sub_func_uint16_t_u_u(p_12, 5))
            { 
                int32_t **l_41 = &l_31;
                int32_t *l_52[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_52[i] = &l_30;
                (*l_31) ^= p_13;
                (*l_41) = (void*)0;
                l_30 ^= (l_53 &= (safe_add_func_uint32_t_u_u((l_44 <= (((void*)0 == l_45[1]) && p_14)), ((safe_mul_func_int16_t_s_s((((safe_mod_func_uint16_t_u_u((((safe_mul_func_uint16_t_u_u(0xA218L, g_32[1])) , 5UL) || 0xCF62L), 0x8E6FL)) , 2UL) & g_26), g_32[2])) > p_14))));
                (*l_41) = &l_27;
            }
            g_32[2] = (g_32[2] & (safe_lshift_func_int16_t_s_s(((p_14 , (((((*l_28) = (((((((safe_div_func_uint8_t_u_u(((((-1L) <= 0x9D081799B58ECE9ELL) != (safe_lshift_func_int16_t_s_s((safe_add_func_uint32_t_u_u((safe_add_func_uint16_t_u_u(((l_53 <= 4294967295UL) == 0x553B787D1A38AD7BLL), l_44)), p_12)), g_32[2]))) > p_12), l_64)) || 1L) != p_12) , g_32[2]) | g_32[1]) || 0xEDL) == 0x15BBL)) >= p_12) >= 1L) , 0L)) > p_12), 14)));
            (*l_31) = (((((((g_8 < l_65) , (safe_rshift_func_int16_t_s_s((p_13 < ((((g_70 &= (g_32[2] && (l_68 && l_53))) <= l_44) , (*l_31)) && g_32[2])), 1))) != (-10L)) , l_53) | l_53) | l_44) || l_53);
            for (l_68 = 0; (l_68 == (-9)); l_68 = safe_sub_func_int64_t_s_s(l_68, 6))
            { 
                uint8_t *l_78 = &g_79;
                int32_t l_81[4] = {0xB519BE19L,0xB519BE19L,0xB519BE19L,0xB519BE19L};
                int i;
                l_81[2] = ((((l_80[3][0] = (safe_rshift_func_uint8_t_u_u(((0L & ((*l_78) = (l_75 || (safe_mul_func_uint16_t_u_u(g_32[0], l_53))))) < (0x9EA335EFL && g_26)), p_12))) != 7L) ^ g_32[2]) & 0x23D7FF4CL);
                return l_44;
            }
        }
        else
        { 
            (*l_31) = (((safe_mod_func_uint64_t_u_u(0UL, p_13)) | l_75) ^ ((((p_12 & ((safe_mod_func_uint8_t_u_u(((safe_mod_func_uint16_t_u_u(g_32[2], g_32[2])) > (-9L)), p_12)) > 1L)) | p_12) && g_70) && 0UL));
            if (l_90)
                continue;
            if (g_32[2])
                break;
        }
        return l_90;
    }
    for (p_13 = 0; (p_13 > 11); p_13 = safe_add_func_int32_t_s_s(p_13, 8))
    { 
        int32_t *l_93 = &g_32[0];
        int32_t **l_94 = &l_93;
        int32_t **l_95 = &l_31;
        (*l_95) = ((*l_94) = l_93);
    }
    return g_8;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    transparent_crc(g_29, "g_29", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_32[i], "g_32[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_70, "g_70", print_hash_value);
    transparent_crc(g_79, "g_79", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_120[i], "g_120[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
