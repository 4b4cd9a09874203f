#include "csmith.h"
static long __undefined;
static uint16_t g_6[2][1] = {{0xF4A8L},{0xF4A8L}};
static int32_t g_14 = 0x831D26ECL;
static uint8_t g_42[3][4] = {{0x16L,0x16L,0x16L,0x16L},{0x16L,0x16L,0x16L,0x16L},{0x16L,0x16L,0x16L,0x16L}};
static uint8_t *g_41 = &g_42[1][3];
static uint8_t **g_40 = &g_41;
static uint16_t g_53 = 0x9592L;
static int16_t g_57 = 0L;
static int8_t g_65 = 0x92L;
static uint32_t g_67 = 0xD09421A0L;
static uint8_t g_86 = 1UL;
static const uint8_t g_100 = 0xE4L;
static int32_t *g_112 = &g_14;
static int32_t **g_111 = &g_112;
static uint32_t g_125 = 9UL;
static uint16_t  func_1(void);
static int32_t * func_11(int32_t * p_12);
static int32_t * func_15(uint16_t  p_16, const int32_t  p_17, const int32_t * const  p_18);
static uint16_t  func_1(void)
{ 
    int32_t l_9 = 0x3EEE2FDEL;
    uint8_t l_10 = 1UL;
    int32_t *l_13 = &g_14;
    l_10 = (safe_mod_func_int64_t_s_s((safe_sub_func_int32_t_s_s(g_6[1][0], (safe_lshift_func_int16_t_s_s(l_9, 11)))), 5UL));
    (*g_111) = func_11(l_13);
    return g_100;
}
static int32_t * func_11(int32_t * p_12)
{ 
    int8_t l_31 = 2L;
    int32_t l_34 = (-6L);
    int32_t l_66 = 1L;
    int32_t l_84[1][4] = {{0x33887E98L,0x33887E98L,0x33887E98L,0x33887E98L}};
    int16_t l_122 = (-1L);
    int32_t *l_124[3][1];
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_124[i][j] = &l_84[0][2];
    }
    for (g_14 = 0; (g_14 >= 0); g_14 -= 1)
    { 
        int64_t l_29 = 0L;
        uint8_t *l_30 = (void*)0;
        const int32_t * const l_35 = (void*)0;
        int32_t *l_37 = &g_14;
        int32_t **l_36 = &l_37;
        uint64_t l_58 = 0UL;
        int32_t l_59 = (-1L);
        int32_t l_63 = 1L;
        int32_t l_85 = 1L;
        const uint8_t *l_96 = &g_86;
        const uint8_t * const *l_95 = &l_96;
        (*l_36) = func_15(g_6[0][0], ((safe_sub_func_int8_t_s_s((g_14 , (~(safe_add_func_uint64_t_u_u((safe_rshift_func_int8_t_s_s((safe_lshift_func_int16_t_s_u((((l_31 &= ((~0x3C7DL) , l_29)) | ((safe_add_func_int16_t_s_s(((l_29 & l_29) || l_34), 0x24B2L)) | g_6[1][0])) , l_29), 5)), 2)), l_29)))), g_14)) ^ 0x81DDA8DBL), l_35);
        for (l_31 = 0; (l_31 <= 0); l_31 += 1)
        { 
            uint8_t **l_39 = &l_30;
            uint8_t ***l_38[4][3] = {{&l_39,&l_39,&l_39},{&l_39,&l_39,&l_39},{&l_39,&l_39,&l_39},{&l_39,&l_39,&l_39}};
            int64_t *l_52[1];
            int16_t *l_56[4] = {&g_57,&g_57,&g_57,&g_57};
            int32_t l_64[3];
            const uint8_t * const l_99 = &g_100;
            const uint8_t * const *l_98 = &l_99;
            int i, j;
            for (i = 0; i < 1; i++)
                l_52[i] = &l_29;
            for (i = 0; i < 3; i++)
                l_64[i] = 0x47B1D005L;
            (*l_36) = p_12;
            g_40 = &l_30;
            if ((safe_div_func_int8_t_s_s(l_34, (((((safe_mul_func_uint8_t_u_u((((safe_div_func_int32_t_s_s((safe_div_func_int32_t_s_s((((safe_unary_minus_func_int16_t_s((g_57 = (((g_53 = g_6[1][0]) <= (0L | 0xE520C3D8D58945CBLL)) != ((safe_sub_func_uint64_t_u_u(18446744073709551615UL, l_31)) <= g_6[1][0]))))) , l_34) ^ g_42[1][2]), l_34)), l_58)) , g_42[1][3]) , 255UL), l_31)) == 8L) & (-5L)) & (*l_37)) && (-1L)))))
            { 
                int32_t *l_60 = &l_59;
                int32_t *l_61 = &l_34;
                int32_t *l_62[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_62[i] = &l_59;
                g_67++;
            }
            else
            { 
                int32_t *l_70 = &l_59;
                int32_t *l_71 = &l_64[0];
                int32_t *l_72 = (void*)0;
                int32_t *l_73 = &l_63;
                int32_t *l_74 = &l_66;
                int32_t *l_75 = &l_66;
                int32_t *l_76 = &l_66;
                int32_t *l_77 = (void*)0;
                int32_t *l_78 = &l_59;
                int32_t *l_79 = &l_59;
                int32_t *l_80 = &l_34;
                int32_t *l_81 = &l_64[0];
                int32_t *l_82 = (void*)0;
                int32_t *l_83[4];
                uint8_t * const *l_94 = (void*)0;
                uint8_t * const **l_93 = &l_94;
                const uint8_t * const **l_97[2];
                int32_t ***l_103 = &l_36;
                int i;
                for (i = 0; i < 4; i++)
                    l_83[i] = &l_64[2];
                for (i = 0; i < 2; i++)
                    l_97[i] = &l_95;
                --g_86;
                if (g_65)
                    break;
                (*l_73) = ((l_64[0] && ((safe_div_func_uint64_t_u_u((((((*g_41)--) & ((((*l_93) = &l_30) == (l_98 = l_95)) , (safe_lshift_func_uint8_t_u_s(((*l_78) = (((*l_103) = &p_12) == &p_12)), 3)))) && g_65) || l_64[1]), g_57)) && (*g_41))) & l_64[0]);
                return &g_14;
            }
            for (g_65 = 0; (g_65 >= 0); g_65 -= 1)
            { 
                int32_t l_121[4][3];
                uint32_t l_123 = 4294967287UL;
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_121[i][j] = 0xC5D49998L;
                }
                l_123 &= ((safe_mod_func_int16_t_s_s((~l_84[0][2]), (l_122 = ((((safe_rshift_func_int8_t_s_u(((safe_div_func_uint64_t_u_u(((void*)0 == g_111), (safe_add_func_uint64_t_u_u((((((safe_lshift_func_uint8_t_u_u((((((safe_lshift_func_uint16_t_u_s(g_42[1][3], 2)) && (safe_rshift_func_int16_t_s_u((p_12 != p_12), l_34))) ^ (*l_37)) & g_57) | l_64[0]), 7)) != g_6[1][0]) <= 0x9296E562L) ^ l_121[2][2]) , l_34), g_6[1][0])))) < 0x85E55DFCL), 6)) , 9UL) && g_53) , g_53)))) != g_65);
            }
        }
    }
    g_125++;
    return p_12;
}
static int32_t * func_15(uint16_t  p_16, const int32_t  p_17, const int32_t * const  p_18)
{ 
    return &g_14;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_6[i][j], "g_6[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_14, "g_14", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_42[i][j], "g_42[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_53, "g_53", print_hash_value);
    transparent_crc(g_57, "g_57", print_hash_value);
    transparent_crc(g_65, "g_65", print_hash_value);
    transparent_crc(g_67, "g_67", print_hash_value);
    transparent_crc(g_86, "g_86", print_hash_value);
    transparent_crc(g_100, "g_100", print_hash_value);
    transparent_crc(g_125, "g_125", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
