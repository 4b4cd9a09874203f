#include "csmith.h"
static long __undefined;
static int8_t g_7[1][2] = {{0L,0L}};
static uint32_t g_11 = 4294967286UL;
static uint32_t g_32 = 0UL;
static uint32_t *g_31 = &g_32;
static int32_t g_47 = (-1L);
static uint32_t g_51 = 18446744073709551606UL;
static int32_t g_53[1][1] = {{0x8CE22955L}};
static int32_t *g_56 = (void*)0;
static uint64_t g_58 = 6UL;
static int16_t g_82 = (-1L);
static uint32_t *g_95 = &g_51;
static uint32_t **g_94[2] = {&g_95,&g_95};
static int32_t **g_116 = &g_56;
static int32_t ***g_115[2] = {&g_116,&g_116};
static uint32_t **g_117 = &g_31;
static int32_t g_147 = 0x113F68E7L;
static uint32_t  func_1(void);
static int32_t  func_2(const uint64_t  p_3, uint64_t  p_4, uint64_t  p_5);
static int64_t  func_25(uint32_t * p_26, uint32_t * p_27, uint32_t  p_28, uint32_t * p_29, uint32_t * p_30);
static uint32_t  func_1(void)
{ 
    uint32_t l_6 = 0x2CFB6318L;
    int32_t l_149 = (-7L);
    l_149 = func_2((l_6 , 0x816210B999FB023ELL), l_6, g_7[0][1]);
    return (*g_31);
}
static int32_t  func_2(const uint64_t  p_3, uint64_t  p_4, uint64_t  p_5)
{ 
    uint32_t *l_10 = &g_11;
    int32_t l_14 = 0L;
    int32_t *l_146[1];
    uint8_t l_148 = 0xC4L;
    int i;
    for (i = 0; i < 1; i++)
        l_146[i] = &g_147;
    g_147 |= ((safe_mod_func_int16_t_s_s(0x8146L, ((--(*l_10)) | l_14))) <= ((safe_rshift_func_uint8_t_u_u(((safe_div_func_uint64_t_u_u((safe_lshift_func_int16_t_s_s((safe_add_func_uint32_t_u_u(3UL, (safe_rshift_func_int16_t_s_u((func_25(g_31, l_10, l_14, &g_32, l_10) || p_3), 14)))), 15)), p_3)) || 0L), p_5)) > 9L));
    return l_148;
}
static int64_t  func_25(uint32_t * p_26, uint32_t * p_27, uint32_t  p_28, uint32_t * p_29, uint32_t * p_30)
{ 
    uint32_t *l_45 = &g_32;
    uint64_t *l_70 = (void*)0;
    int32_t l_71 = (-5L);
    int32_t l_84 = (-2L);
    int32_t l_86[1];
    uint32_t l_89 = 4294967295UL;
    uint64_t l_111 = 0xCFB248F24B1200BALL;
    int32_t **l_113 = &g_56;
    int32_t ***l_112 = &l_113;
    int32_t *l_141[1][3];
    int16_t l_142 = 0xC356L;
    uint8_t l_143 = 0x12L;
    int i, j;
    for (i = 0; i < 1; i++)
        l_86[i] = (-7L);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_141[i][j] = &l_71;
    }
    for (p_28 = (-12); (p_28 >= 57); ++p_28)
    { 
        int8_t l_50 = 9L;
        int32_t *l_72 = &l_71;
        int32_t *l_73 = &g_53[0][0];
        int32_t l_80 = 5L;
        int32_t l_81 = (-1L);
        int32_t l_85 = 0L;
        uint64_t *l_134 = &l_111;
        for (g_32 = 24; (g_32 >= 50); g_32 = safe_add_func_uint8_t_u_u(g_32, 5))
        { 
            int32_t *l_46 = &g_47;
            int8_t l_52 = 0L;
            uint64_t *l_57 = &g_58;
            uint32_t *l_69 = &g_51;
            g_53[0][0] = ((safe_lshift_func_int8_t_s_u((safe_lshift_func_int8_t_s_s(((p_28 || (g_51 = (safe_rshift_func_uint8_t_u_s((safe_sub_func_uint8_t_u_u(((((*l_46) = (1UL || (&g_32 == l_45))) && (safe_mod_func_uint32_t_u_u((l_50 , l_50), p_28))) | (-5L)), p_28)), p_28)))) , 0x6EL), l_52)), 6)) == g_7[0][1]);
            (*l_46) = (g_32 || ((*l_57) = (g_56 == (void*)0)));
            l_71 = (safe_rshift_func_uint8_t_u_u(((*l_46) , ((safe_add_func_int16_t_s_s((safe_lshift_func_uint8_t_u_s((safe_mul_func_uint16_t_u_u(g_7[0][1], (p_28 > (safe_rshift_func_int8_t_s_s(((((*l_69) = 2UL) , &g_58) == l_70), 3))))), 4)), p_28)) & (-1L))), 0));
        }
        (*l_73) = ((*l_72) = 8L);
        for (g_58 = 0; (g_58 != 55); ++g_58)
        { 
            int32_t l_83 = 0x7BAD6E3FL;
            int32_t l_87 = (-1L);
            int32_t l_88[4][2];
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 2; j++)
                    l_88[i][j] = 0xCBFC796DL;
            }
            for (g_47 = 22; (g_47 == (-10)); g_47 = safe_sub_func_uint16_t_u_u(g_47, 1))
            { 
                int32_t **l_78 = (void*)0;
                int32_t **l_79[3][4] = {{&l_73,&l_73,&l_73,&l_73},{&l_73,&g_56,&g_56,&l_73},{&g_56,&l_73,&g_56,&g_56}};
                int i, j;
                l_73 = &g_47;
                ++l_89;
            }
        }
        for (l_50 = (-9); (l_50 == 5); l_50 = safe_add_func_int8_t_s_s(l_50, 5))
        { 
            uint32_t ***l_96 = &g_94[0];
            int64_t l_97 = 0xB7A4FD34EA093EA4LL;
            uint64_t *l_104 = &g_58;
            (*l_96) = g_94[0];
            if (((l_97 <= ((safe_lshift_func_uint16_t_u_u((safe_sub_func_uint16_t_u_u(((*l_72) && ((safe_mod_func_int32_t_s_s((((p_28 >= g_53[0][0]) , ((--(*l_104)) ^ ((((safe_div_func_uint32_t_u_u(((safe_add_func_uint8_t_u_u(((p_28 != p_28) , 0x8DL), 0x71L)) <= (*g_31)), 0xC92F0D9FL)) < 0x2349D530L) , l_111) || 0xC0EDEAE2L))) ^ g_32), g_7[0][1])) , (*p_26))), g_32)), p_28)) <= 1UL)) < g_47))
            { 
                int32_t ****l_114[2][3] = {{&l_112,&l_112,&l_112},{&l_112,&l_112,&l_112}};
                int32_t *l_133 = &g_47;
                int i, j;
                g_115[0] = l_112;
                g_117 = &p_27;
                (*l_113) = (((*g_31) | ((((safe_add_func_uint16_t_u_u((((safe_mul_func_uint8_t_u_u(((void*)0 != l_96), 0UL)) || (~(safe_rshift_func_int8_t_s_u((safe_mul_func_uint8_t_u_u((safe_rshift_func_int16_t_s_s((safe_mod_func_uint8_t_u_u((safe_mul_func_int16_t_s_s(1L, p_28)), g_53[0][0])), l_97)), 1L)), 5)))) , (*l_73)), l_97)) || g_32) , p_28) , 4294967295UL)) , l_133);
                (*g_56) = (**g_116);
            }
            else
            { 
                uint8_t l_140 = 0x85L;
                (**l_112) = p_26;
                (*g_116) = (*l_113);
                (*g_116) = p_29;
                (*l_73) = (((void*)0 == l_134) , ((*l_72) = (!((safe_rshift_func_int8_t_s_s(((((65529UL != g_53[0][0]) | ((safe_lshift_func_uint8_t_u_s(g_7[0][1], (*l_73))) , g_53[0][0])) < l_140) >= l_140), 5)) == (*l_72)))));
            }
        }
    }
    l_143--;
    (*g_116) = (*g_116);
    return p_28;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_7[i][j], "g_7[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_32, "g_32", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_51, "g_51", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_53[i][j], "g_53[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_147, "g_147", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
