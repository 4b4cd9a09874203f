#include "csmith.h"
static long __undefined;
static int32_t g_2[4] = {(-1L),(-1L),(-1L),(-1L)};
static int32_t g_5[1][1] = {{(-7L)}};
static int32_t g_11 = 0x34F09465L;
static int16_t g_12 = 2L;
static uint16_t g_21 = 0x4E1CL;
static int32_t *g_42 = &g_11;
static int8_t g_51 = (-1L);
static uint8_t g_53 = 4UL;
static uint8_t g_62 = 0x3DL;
static uint32_t g_103 = 0UL;
static uint16_t g_116 = 0x1D6BL;
static uint32_t g_122 = 0xE4FB5D94L;
static uint32_t *g_127 = &g_122;
static uint32_t ** const g_126 = &g_127;
static int32_t g_153 = (-9L);
static uint16_t g_162 = 65526UL;
static int8_t *g_164 = &g_51;
static int8_t **g_163[1][1] = {{&g_164}};
static const int32_t g_167 = 4L;
static uint64_t  func_1(void);
static uint32_t  func_8(uint64_t  p_9);
static int8_t  func_28(int32_t * p_29, uint32_t  p_30, int32_t * p_31, const uint32_t  p_32);
static uint64_t  func_1(void)
{ 
    const uint32_t l_35 = 0xF27142B6L;
    int32_t * const l_170 = &g_5[0][0];
    for (g_2[2] = 28; (g_2[2] <= 11); --g_2[2])
    { 
        uint16_t l_154 = 1UL;
        int32_t l_185 = 0x5C63F286L;
        if (g_2[3])
        { 
            uint64_t l_34 = 0xF2F34E401D933BD3LL;
            int32_t l_183[3][2];
            uint32_t l_184 = 0UL;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 2; j++)
                    l_183[i][j] = 0L;
            }
            for (g_5[0][0] = 4; (g_5[0][0] > (-24)); g_5[0][0]--)
            { 
                int32_t *l_33 = &g_5[0][0];
                int32_t *l_152 = &g_153;
                (*l_152) &= (func_8(g_2[2]) , (((((safe_sub_func_uint8_t_u_u((safe_mul_func_int8_t_s_s(func_28(l_33, (l_34 , g_2[2]), &g_5[0][0], l_35), g_122)), g_2[2])) | (**g_126)) | (-5L)) && g_2[2]) <= 0xC6L));
                if ((*g_42))
                    continue;
            }
            if ((*g_42))
            { 
                l_154 = 0xB3379FE0L;
            }
            else
            { 
                int32_t *l_155 = &g_5[0][0];
                const int32_t *l_166 = &g_167;
                const int32_t **l_165 = &l_166;
                const int32_t *l_169 = &g_5[0][0];
                const int32_t **l_168 = &l_169;
                (*l_155) ^= (*g_42);
                (*g_42) &= ((((safe_rshift_func_int8_t_s_u(((safe_sub_func_uint64_t_u_u(g_2[2], ((((0xF9A6L <= (g_2[2] < (*l_155))) ^ (safe_div_func_uint16_t_u_u((((**g_126) = ((void*)0 == &g_42)) | g_162), 1UL))) ^ l_35) < g_62))) == 4294967295UL), g_2[2])) == 0x517B9ED38AF21927LL) , (void*)0) == g_163[0][0]);
                (*l_168) = ((*l_165) = (void*)0);
                (*l_165) = l_170;
            }
            for (g_116 = (-19); (g_116 != (-1)); g_116 = safe_add_func_uint16_t_u_u(g_116, 9))
            { 
                uint32_t l_179[3];
                uint32_t *l_181 = &l_179[1];
                uint32_t **l_180 = &l_181;
                uint64_t *l_182[4][1];
                int8_t ***l_187 = (void*)0;
                int8_t ****l_186 = &l_187;
                int i, j;
                for (i = 0; i < 3; i++)
                    l_179[i] = 0x57317A47L;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_182[i][j] = &l_34;
                }
                l_185 |= (((safe_rshift_func_int16_t_s_s((safe_rshift_func_int8_t_s_u(((g_5[0][0] != (((safe_add_func_uint32_t_u_u((**g_126), (((*g_42) = l_179[1]) || (((((*l_180) = (*g_126)) == ((((l_183[2][0] ^= ((g_162 > l_179[1]) & l_179[2])) ^ l_154) , g_53) , &l_35)) >= 0x450DL) , (**g_126))))) | l_184) ^ l_179[2])) < g_51), 2)), 14)) < l_34) != (*l_170));
                (*l_186) = &g_163[0][0];
                return l_154;
            }
        }
        else
        { 
            int32_t *l_189 = &g_11;
            (*l_189) &= ((((!(-9L)) & g_2[2]) , ((&g_5[0][0] != l_189) , ((*l_170) ^ 1UL))) == g_103);
        }
    }
    return (*l_170);
}
static uint32_t  func_8(uint64_t  p_9)
{ 
    int32_t *l_10 = &g_11;
    int32_t *l_13 = (void*)0;
    int32_t *l_14 = (void*)0;
    int32_t *l_15 = &g_11;
    int32_t *l_16 = &g_11;
    int32_t *l_17 = (void*)0;
    int32_t *l_18 = &g_11;
    int32_t l_19 = 8L;
    int32_t *l_20[1];
    int i;
    for (i = 0; i < 1; i++)
        l_20[i] = (void*)0;
    g_21++;
    return p_9;
}
static int8_t  func_28(int32_t * p_29, uint32_t  p_30, int32_t * p_31, const uint32_t  p_32)
{ 
    int32_t l_39[3];
    int8_t *l_79 = &g_51;
    uint64_t l_104 = 0x642E2B7A12B0ECC8LL;
    int32_t *l_144 = &g_2[2];
    int i;
    for (i = 0; i < 3; i++)
        l_39[i] = 0L;
    for (g_21 = 0; (g_21 < 28); g_21 = safe_add_func_int8_t_s_s(g_21, 4))
    { 
        int64_t l_38[2];
        const uint32_t l_41[2] = {0UL,0UL};
        int32_t *l_52 = &g_5[0][0];
        int16_t l_68 = 4L;
        int32_t l_69 = (-1L);
        const int8_t l_76 = (-1L);
        int16_t l_78 = 0x0A54L;
        int i;
        for (i = 0; i < 2; i++)
            l_38[i] = 0xA9390DFC1F7B4007LL;
        for (p_30 = 0; (p_30 <= 1); p_30 += 1)
        { 
            int8_t *l_50 = &g_51;
            int32_t *l_54 = &g_11;
            int32_t l_55 = 9L;
            if ((p_30 < l_39[2]))
            { 
                int32_t *l_40 = &g_11;
                (*l_40) ^= (*p_31);
                if (l_41[1])
                    break;
            }
            else
            { 
                int64_t l_43 = (-4L);
                g_42 = &g_5[0][0];
                l_43 &= (*g_42);
            }
            (*l_54) = (safe_add_func_uint32_t_u_u((safe_add_func_uint16_t_u_u(g_5[0][0], ((((((g_42 = ((l_39[0] <= ((*p_29) ^ (safe_mul_func_int8_t_s_s(((*l_50) = ((&g_5[0][0] == &g_11) && g_21)), p_32)))) , &g_11)) != l_52) && g_11) >= g_53) , (*l_52)) || (-1L)))), 1UL));
            for (g_11 = 1; (g_11 >= 0); g_11 -= 1)
            { 
                int32_t *l_56 = &l_55;
                int32_t *l_57 = &l_39[1];
                int32_t *l_58 = &l_39[1];
                int32_t *l_59 = &l_39[2];
                int32_t *l_60 = &l_39[2];
                int32_t *l_61[1][4];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_61[i][j] = &l_39[1];
                }
                --g_62;
                p_31 = &l_39[2];
                l_69 ^= ((*l_59) = (g_5[0][0] , (((~((safe_mul_func_int8_t_s_s(((p_31 == p_31) || (0x81308FB8L <= (*g_42))), 0L)) > 0xC8A068CFL)) < l_68) , (*p_31))));
            }
        }
        l_69 = (safe_rshift_func_int8_t_s_u((((*g_42) = (safe_add_func_uint32_t_u_u((safe_rshift_func_int8_t_s_s((((l_76 && (safe_unary_minus_func_int8_t_s(p_30))) <= (((l_78 = 1UL) , &l_76) == ((*l_52) , l_79))) != 0x226059BFL), g_62)), 5UL))) && p_32), l_39[2]));
    }
    for (g_53 = 8; (g_53 > 50); ++g_53)
    { 
        uint32_t l_99 = 1UL;
        int16_t *l_100[4];
        int32_t l_101 = (-9L);
        uint32_t *l_102 = &g_103;
        uint32_t *l_125 = &g_103;
        int i;
        for (i = 0; i < 4; i++)
            l_100[i] = &g_12;
    }
    for (l_104 = 0; (l_104 >= 3); ++l_104)
    { 
        int8_t *l_149[1][3];
        int32_t l_150 = (-7L);
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_149[i][j] = &g_51;
        }
        for (g_103 = 14; (g_103 > 8); g_103 = safe_sub_func_uint64_t_u_u(g_103, 4))
        { 
            int32_t **l_145 = &g_42;
            int8_t **l_148 = &l_79;
            int32_t l_151 = 1L;
        }
    }
    return p_30;
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
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_5[i][j], "g_5[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_12, "g_12", print_hash_value);
    transparent_crc(g_21, "g_21", print_hash_value);
    transparent_crc(g_51, "g_51", print_hash_value);
    transparent_crc(g_53, "g_53", print_hash_value);
    transparent_crc(g_62, "g_62", print_hash_value);
    transparent_crc(g_103, "g_103", print_hash_value);
    transparent_crc(g_116, "g_116", print_hash_value);
    transparent_crc(g_122, "g_122", print_hash_value);
    transparent_crc(g_153, "g_153", print_hash_value);
    transparent_crc(g_162, "g_162", print_hash_value);
    transparent_crc(g_167, "g_167", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
