#include "csmith.h"
static long __undefined;
static uint32_t g_2[3][1] = {{4294967295UL},{4294967295UL},{4294967295UL}};
static int32_t g_3 = 1L;
static int32_t g_4 = 0L;
static int32_t g_7 = 0xF07B4BC6L;
static int16_t g_23 = (-6L);
static uint64_t g_36 = 18446744073709551606UL;
static int8_t g_37[1][1] = {{3L}};
static int32_t g_50 = 0xB87C2657L;
static uint32_t g_52 = 0x46E972F3L;
static uint16_t g_84 = 65535UL;
static uint8_t g_85 = 1UL;
static int16_t g_95 = 4L;
static int32_t g_104 = 0x4E4AF0E7L;
static int64_t g_113 = 1L;
static int64_t g_137 = 0x9E31D749550B438ELL;
static int32_t ** const g_147 = (void*)0;
static uint64_t g_154 = 0x63B3E4958F93B69CLL;
static uint32_t **g_159 = (void*)0;
static uint16_t g_170 = 0x22EBL;
static int16_t *g_178 = &g_95;
static int16_t **g_177 = &g_178;
static int32_t g_200 = (-8L);
static int64_t g_201 = 2L;
static int8_t g_202 = (-1L);
static uint32_t g_203 = 0xAD2F1836L;
static int32_t *g_229 = &g_7;
static int32_t **g_228[3][1] = {{&g_229},{&g_229},{&g_229}};
static int32_t *** const g_227 = &g_228[2][0];
static int32_t *** const *g_226 = &g_227;
static int32_t  func_1(void);
static int32_t  func_10(int32_t  p_11, int32_t * p_12, const int32_t * p_13);
static int32_t  func_14(uint64_t  p_15, const int64_t  p_16, uint32_t  p_17, int32_t * p_18);
static int32_t  func_1(void)
{ 
    uint32_t l_34 = 0xD06721F7L;
    const int32_t *l_48 = &g_4;
    uint32_t ***l_244 = &g_159;
    int32_t l_253 = (-3L);
    int32_t *l_254 = &g_7;
    int32_t *l_255[3];
    int64_t l_256 = 0xB35087B765648319LL;
    uint16_t l_257 = 0x7F25L;
    int i;
    for (i = 0; i < 3; i++)
        l_255[i] = &g_200;
    for (g_3 = 0; (g_3 <= 0); g_3 += 1)
    { 
        int8_t l_209 = 0xA7L;
        for (g_4 = 0; (g_4 <= 0); g_4 += 1)
        { 
            int32_t *l_5 = (void*)0;
            int32_t *l_6 = &g_7;
            int16_t *l_22 = &g_23;
            uint64_t *l_35[3];
            uint16_t *l_208 = &g_170;
            int32_t ***l_231 = &g_228[1][0];
            int32_t ****l_230 = &l_231;
            int64_t *l_232 = (void*)0;
            int64_t *l_233 = &g_113;
            int16_t l_234 = 0L;
            int16_t l_235 = (-1L);
            int i, j;
            for (i = 0; i < 3; i++)
                l_35[i] = &g_36;
            (*l_6) = (-1L);
            g_7 = (safe_lshift_func_uint16_t_u_s(g_2[g_4][g_3], 12));
            (*l_6) = func_10(func_14((g_37[0][0] = ((~(safe_add_func_uint32_t_u_u((((*l_22) = ((void*)0 == &g_3)) != (safe_mod_func_int64_t_s_s((safe_mod_func_uint64_t_u_u((g_36 &= (safe_mul_func_uint16_t_u_u(g_2[g_4][g_4], (0x6578L == ((safe_mul_func_uint16_t_u_u((safe_div_func_int8_t_s_s(g_2[(g_4 + 1)][g_3], g_4)), l_34)) && g_7))))), (-9L))), 1UL))), g_4))) | 0UL)), (*l_6), g_4, &g_7), &g_4, l_48);
            (***g_227) = ((((3UL | (((((safe_mod_func_int8_t_s_s((((((*l_208) = g_7) ^ ((l_209 | (safe_mul_func_int16_t_s_s(((*g_178) = (safe_add_func_int32_t_s_s((safe_add_func_uint64_t_u_u((safe_mod_func_uint64_t_u_u((safe_mul_func_uint8_t_u_u(((safe_mod_func_uint16_t_u_u((((*l_233) = (safe_sub_func_int64_t_s_s((safe_sub_func_int8_t_s_s(((*l_6) < ((g_226 == l_230) | 0x55F120CF9BFE5C00LL)), (*l_48))), (*l_48)))) , l_209), l_234)) , (*l_48)), g_104)), g_3)), 4UL)), 0x11968FDBL))), (***l_231)))) || l_209)) ^ g_104) || g_104), l_235)) & g_203) >= (****g_226)) & g_52) ^ l_209)) ^ g_104) && g_170) != (*l_48));
        }
        for (g_52 = 0; (g_52 <= 0); g_52 += 1)
        { 
            return l_209;
        }
    }
    l_253 = ((safe_mul_func_uint8_t_u_u(((safe_mul_func_uint16_t_u_u((safe_sub_func_uint8_t_u_u((((safe_sub_func_uint32_t_u_u((((*l_48) , l_244) == l_244), ((****g_226) = (safe_mod_func_uint32_t_u_u((((*l_48) || (safe_sub_func_uint64_t_u_u((safe_mul_func_uint8_t_u_u((safe_mod_func_int16_t_s_s(1L, (*l_48))), g_3)), (-6L)))) > (*l_48)), g_84))))) < g_23) > 9UL), 1UL)), 0L)) < (*l_48)), g_137)) & 1UL);
    l_257++;
    (*l_254) &= (g_200 , (*l_48));
    return g_203;
}
static int32_t  func_10(int32_t  p_11, int32_t * p_12, const int32_t * p_13)
{ 
    int32_t l_51 = (-1L);
    int16_t *l_57 = (void*)0;
    int16_t *l_93 = &g_23;
    int16_t *l_94 = &g_95;
    uint32_t *l_96 = &g_52;
    int32_t *l_99 = (void*)0;
    int32_t *l_100 = &g_7;
    uint64_t *l_101 = &g_36;
    int8_t *l_102 = &g_37[0][0];
    int32_t *l_103 = &g_104;
    int32_t *l_107 = &l_51;
    int32_t **l_145 = &l_103;
    int32_t l_163 = 0x17E072EDL;
    int32_t l_164 = 0x7A2EF536L;
    int32_t l_165 = 2L;
    int32_t l_166 = 0x29A51642L;
    for (g_7 = 0; (g_7 <= 0); g_7 += 1)
    { 
        int32_t *l_49[4] = {&g_50,&g_50,&g_50,&g_50};
        int16_t **l_58 = &l_57;
        uint32_t *l_82 = &g_2[1][0];
        uint16_t *l_83 = &g_84;
        int i;
        --g_52;
        if (l_51)
            break;
        if (((safe_mod_func_uint64_t_u_u(((((((*l_58) = l_57) == ((safe_sub_func_int32_t_s_s(g_23, (+((safe_sub_func_int8_t_s_s((((safe_mul_func_uint8_t_u_u((g_3 >= (+(safe_mul_func_int16_t_s_s((safe_sub_func_uint8_t_u_u((safe_mul_func_int8_t_s_s((safe_mod_func_int16_t_s_s((0x4207L <= ((*l_83) &= ((safe_add_func_uint32_t_u_u(((*l_82) = ((!(safe_rshift_func_int8_t_s_u((((safe_div_func_int16_t_s_s(p_11, 0x4BCAL)) || g_4) ^ (*p_12)), l_51))) > 0xA2CAL)), l_51)) & p_11))), (-1L))), p_11)), l_51)), g_4)))), g_50)) > g_7) , p_11), p_11)) || l_51)))) , (void*)0)) , (void*)0) != (void*)0) || 3L), g_85)) && p_11))
        { 
            return g_84;
        }
        else
        { 
            for (g_23 = 0; (g_23 >= 0); g_23 -= 1)
            { 
                int i, j;
                return g_37[g_23][g_23];
            }
            for (g_50 = 0; (g_50 >= 0); g_50 -= 1)
            { 
                int32_t l_86 = 1L;
                int i, j;
                if (g_37[g_50][g_7])
                    break;
                l_86 ^= ((1L == p_11) , g_4);
                if ((*p_12))
                    break;
            }
        }
        return (*p_12);
    }
    (*l_103) ^= (safe_sub_func_int16_t_s_s(l_51, (safe_sub_func_uint32_t_u_u(((l_51 > ((*l_102) = ((((*l_101) = (((*l_96) = (safe_rshift_func_uint8_t_u_s((((*l_94) ^= ((*l_93) = g_50)) < p_11), 1))) > (((*l_100) |= (safe_mul_func_uint16_t_u_u((g_3 , l_51), (-6L)))) || g_50))) , p_11) == p_11))) == p_11), 4294967293UL))));
    (*l_107) ^= (g_95 , ((safe_sub_func_uint8_t_u_u((((((65531UL < g_95) > (-1L)) , (*l_103)) , g_95) > (*l_100)), p_11)) | g_4));
    for (l_51 = 0; (l_51 >= 0); l_51 -= 1)
    { 
        int32_t **l_108 = &l_100;
        int32_t l_109 = 0x5DF25B48L;
        int16_t *l_110 = &g_95;
        uint32_t **l_157 = &l_96;
        uint32_t ***l_158 = (void*)0;
        int32_t l_167 = 0x0D3EF503L;
        int32_t l_168 = 0x5FEB66E7L;
        int32_t l_169 = 1L;
        (*l_108) = (void*)0;
    }
    return (*l_103);
}
static int32_t  func_14(uint64_t  p_15, const int64_t  p_16, uint32_t  p_17, int32_t * p_18)
{ 
    uint32_t l_46 = 0x7C769867L;
    for (g_7 = 0; (g_7 <= 18); g_7++)
    { 
        uint16_t l_47 = 0xC7FDL;
        l_47 &= (safe_mul_func_uint8_t_u_u((safe_sub_func_uint8_t_u_u(((((void*)0 == &g_36) , 0x9CL) == ((safe_rshift_func_int16_t_s_u((p_18 != (p_17 , (void*)0)), 9)) , p_17)), p_16)), l_46));
        if (l_46)
            continue;
        return g_7;
    }
    return (*p_18);
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_2[i][j], "g_2[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_37[i][j], "g_37[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_50, "g_50", print_hash_value);
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_84, "g_84", print_hash_value);
    transparent_crc(g_85, "g_85", print_hash_value);
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_104, "g_104", print_hash_value);
    transparent_crc(g_113, "g_113", print_hash_value);
    transparent_crc(g_137, "g_137", print_hash_value);
    transparent_crc(g_154, "g_154", print_hash_value);
    transparent_crc(g_170, "g_170", print_hash_value);
    transparent_crc(g_200, "g_200", print_hash_value);
    transparent_crc(g_201, "g_201", print_hash_value);
    transparent_crc(g_202, "g_202", print_hash_value);
    transparent_crc(g_203, "g_203", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
