#include "csmith.h"
static long __undefined;
static uint16_t g_2 = 65532UL;
static int32_t g_7 = 0xB01D91E6L;
static int16_t g_43 = 0xAC41L;
static int32_t g_45 = 0x2C990B51L;
static int64_t g_48[1][4] = {{0x08F18E0DA53D1EDBLL,0x08F18E0DA53D1EDBLL,0x08F18E0DA53D1EDBLL,0x08F18E0DA53D1EDBLL}};
static int8_t g_57 = (-3L);
static uint32_t g_62[1][3] = {{0x9D266AB0L,0x9D266AB0L,0x9D266AB0L}};
static int8_t g_78[2] = {(-1L),(-1L)};
static uint16_t g_82 = 65531UL;
static int16_t *g_92[1] = {(void*)0};
static uint64_t g_116 = 0x20D596B20D6D5556LL;
static int64_t g_118[4] = {0xE1185E692D5BEC68LL,0xE1185E692D5BEC68LL,0xE1185E692D5BEC68LL,0xE1185E692D5BEC68LL};
static int64_t g_120[2] = {0x89170B2B3379FE08LL,0x89170B2B3379FE08LL};
static int32_t g_128 = 0L;
static const int8_t *g_144 = &g_78[1];
static const int8_t * const *g_143[1][3] = {{&g_144,&g_144,&g_144}};
static uint8_t g_152[3][1] = {{0xDBL},{0xDBL},{0xDBL}};
static int32_t g_163 = 0xB6FD115CL;
static int32_t g_164[3] = {0x3B2ED4ABL,0x3B2ED4ABL,0x3B2ED4ABL};
static uint32_t g_165[1] = {18446744073709551609UL};
static uint32_t g_203 = 1UL;
static int16_t * const **g_234 = (void*)0;
static int16_t **g_237[4][1] = {{&g_92[0]},{(void*)0},{&g_92[0]},{(void*)0}};
static int16_t ***g_236 = &g_237[1][0];
static uint64_t g_247 = 1UL;
static uint64_t g_251 = 0UL;
static uint64_t * const g_250 = &g_251;
static uint64_t *g_276[1][3] = {{&g_247,&g_247,&g_247}};
static uint64_t **g_275 = &g_276[0][1];
static uint32_t g_290[1] = {18446744073709551615UL};
static int8_t g_293 = 0x80L;
static uint16_t  func_1(void);
static uint8_t  func_12(int32_t  p_13);
static uint32_t  func_24(int32_t * p_25, int64_t  p_26, int32_t * p_27, uint32_t  p_28, int64_t  p_29);
static uint16_t  func_1(void)
{ 
    uint32_t l_3 = 18446744073709551615UL;
    int8_t *l_4 = (void*)0;
    int32_t l_5 = (-2L);
    int32_t *l_6[1];
    const int64_t l_20 = 0x002891BA80278EE3LL;
    int32_t l_21 = 1L;
    int i;
    for (i = 0; i < 1; i++)
        l_6[i] = &g_7;
    g_7 = (0L >= ((g_2 > (l_3 && (l_5 = ((((l_3 != 6L) < g_2) , g_2) , l_3)))) < 0xAA96141EL));
    g_293 ^= (safe_div_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u(func_12((safe_rshift_func_int8_t_s_u((safe_div_func_uint64_t_u_u(((((safe_mul_func_uint8_t_u_u(g_7, (l_20 & (g_2 , (1UL | g_2))))) && 0L) | g_2) && g_7), g_2)), l_21))), 0x3CL)), 1L));
    return g_152[1][0];
}
static uint8_t  func_12(int32_t  p_13)
{ 
    int32_t l_41[4] = {0xB5C7B123L,0xB5C7B123L,0xB5C7B123L,0xB5C7B123L};
    int32_t l_121[2];
    const int8_t * const *l_146 = &g_144;
    int32_t **l_157 = (void*)0;
    int16_t **l_180 = &g_92[0];
    uint16_t l_220 = 0x42CFL;
    int32_t *l_221 = &g_163;
    int64_t l_253 = 1L;
    uint8_t l_264 = 253UL;
    uint16_t l_281[1];
    int32_t *l_282 = (void*)0;
    int32_t *l_283 = &g_45;
    int32_t *l_284 = (void*)0;
    int32_t *l_285 = &g_128;
    int32_t *l_286 = &l_121[0];
    int32_t *l_287 = &g_163;
    int32_t *l_288 = &g_128;
    int32_t *l_289[3][4];
    int i, j;
    for (i = 0; i < 2; i++)
        l_121[i] = (-5L);
    for (i = 0; i < 1; i++)
        l_281[i] = 65532UL;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
            l_289[i][j] = &g_128;
    }
    for (g_7 = 0; (g_7 == 18); g_7 = safe_add_func_int16_t_s_s(g_7, 4))
    { 
        int8_t l_34 = 0x09L;
        int16_t *l_42 = &g_43;
        int32_t *l_44 = &g_45;
        int64_t *l_46 = (void*)0;
        int64_t *l_47 = &g_48[0][3];
        int32_t l_126 = 0L;
        int32_t l_129 = (-2L);
        if ((((func_24(&g_7, ((*l_47) |= (safe_lshift_func_uint16_t_u_s((((((*l_44) = (safe_mod_func_uint32_t_u_u(g_7, ((l_34 & ((((((*l_42) = ((safe_lshift_func_uint16_t_u_u(p_13, 10)) < (((safe_div_func_uint64_t_u_u((safe_div_func_uint8_t_u_u(8UL, 1L)), g_2)) && l_41[0]) && 0x62ED5BB0L))) < 65535UL) != l_41[0]) != 0x6AE4D7D9L) | p_13)) || 0xF9DEL)))) != 4294967295UL) >= p_13) != g_7), 5))), &g_7, g_7, p_13) ^ g_2) & g_2) > g_7))
        { 
            uint16_t *l_105 = &g_2;
            int32_t l_106 = 0xE062575EL;
            (*l_44) ^= (safe_sub_func_int8_t_s_s((g_43 , g_43), g_43));
            for (g_82 = 0; g_82 < 1; g_82 += 1)
            {
                for (g_43 = 0; g_43 < 3; g_43 += 1)
                {
                    g_62[g_82][g_43] = 6UL;
                }
            }
            (*l_44) = (~((safe_sub_func_uint16_t_u_u(((0UL & (((+0xB2L) || (((*l_105) ^= ((safe_add_func_uint64_t_u_u((0xC890F2B8L > (((void*)0 == &g_57) , 4294967290UL)), p_13)) | g_7)) > g_62[0][0])) ^ 7L)) <= p_13), 0x9865L)) , l_106));
        }
        else
        { 
            int8_t l_115 = 0x1BL;
            int32_t l_125 = 0xD4B2AF2FL;
            int32_t l_127 = 0x79D400EAL;
            int32_t **l_155 = &l_44;
            for (g_82 = 0; (g_82 <= 1); g_82 += 1)
            { 
                int32_t **l_107 = (void*)0;
                int32_t **l_108 = (void*)0;
                int32_t **l_109 = &l_44;
                int64_t *l_117 = &g_118[3];
                int64_t *l_119[2][1];
                int32_t *l_122 = &g_45;
                int32_t *l_123 = &g_45;
                int32_t *l_124[3][3] = {{&l_121[1],&l_121[1],&l_121[1]},{&g_45,&g_45,&g_45},{&l_121[1],&l_121[1],&l_121[1]}};
                uint16_t l_130 = 65535UL;
                const int16_t ***l_134 = (void*)0;
                const int16_t ****l_133 = &l_134;
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_119[i][j] = &g_120[1];
                }
                (*l_109) = &p_13;
                (**l_109) = ((g_78[g_82] ^ ((((((p_13 & g_48[0][1]) == (safe_sub_func_int32_t_s_s((~((g_45 = (safe_lshift_func_uint8_t_u_u(((l_121[0] ^= ((*l_117) = (((g_116 = ((((l_115 = (*l_44)) , &g_48[0][2]) != &g_48[0][1]) , g_7)) , 251UL) == g_62[0][0]))) ^ p_13), 6))) , 0L)), 0xE08EF473L))) > g_7) , (**l_109)) | p_13) <= g_57)) | g_120[0]);
                l_130++;
                (*l_133) = (void*)0;
            }
            if ((~p_13))
            { 
                int32_t **l_136[4] = {&l_44,&l_44,&l_44,&l_44};
                int i;
                l_44 = &p_13;
            }
            else
            { 
                const int8_t * const **l_145[3][2];
                uint8_t *l_151 = &g_152[1][0];
                int32_t l_154 = (-1L);
                int32_t ***l_156 = &l_155;
                uint64_t *l_158 = &g_116;
                int32_t *l_159 = (void*)0;
                int32_t *l_160 = &l_126;
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_145[i][j] = &g_143[0][2];
                }
                l_146 = ((safe_lshift_func_int16_t_s_u((l_121[0] ^ ((p_13 , (safe_rshift_func_uint8_t_u_u((((safe_mod_func_int16_t_s_s(3L, 8UL)) < (((void*)0 != &g_2) ^ 0x0DL)) && g_62[0][0]), l_121[0]))) && p_13)), 2)) , g_143[0][2]);
                (*l_44) = 1L;
                (*l_160) = (((safe_add_func_int8_t_s_s((safe_lshift_func_uint8_t_u_u((((*l_44) = ((((*l_151) &= g_48[0][1]) && (+l_154)) || ((*l_158) = (((*l_156) = l_155) != (g_116 , l_157))))) ^ (-9L)), g_57)), l_34)) | (-5L)) == g_62[0][0]);
                (*l_160) |= 0x6FD86818L;
            }
            for (g_45 = 0; (g_45 >= 0); g_45 -= 1)
            { 
                int32_t *l_161 = (void*)0;
                int32_t *l_162[3][3] = {{&g_7,&g_128,&g_7},{&l_129,&l_129,&l_129},{&g_7,&g_128,&g_7}};
                int16_t **l_179 = &g_92[0];
                int16_t ***l_178[1];
                int8_t l_200 = 0L;
                uint32_t *l_201 = (void*)0;
                uint32_t *l_202 = &g_203;
                int8_t *l_204 = (void*)0;
                int8_t *l_205 = &g_78[1];
                int8_t *l_206 = &l_115;
                uint8_t *l_213[4];
                int i, j;
                for (i = 0; i < 1; i++)
                    l_178[i] = &l_179;
                for (i = 0; i < 4; i++)
                    l_213[i] = &g_152[1][0];
                g_165[0]++;
                g_128 = (safe_div_func_int8_t_s_s(((*l_206) ^= ((*l_205) = (safe_add_func_uint32_t_u_u((safe_sub_func_int16_t_s_s(((safe_add_func_uint64_t_u_u((safe_sub_func_int8_t_s_s(((((l_180 = (void*)0) == &g_92[0]) && (+(safe_div_func_uint32_t_u_u(((*l_202) ^= (safe_mul_func_uint8_t_u_u((safe_mod_func_int8_t_s_s((safe_add_func_uint16_t_u_u(((safe_div_func_int8_t_s_s(((safe_mul_func_uint8_t_u_u(l_41[(g_45 + 2)], ((((safe_rshift_func_uint16_t_u_s(((safe_lshift_func_int8_t_s_s((safe_add_func_int16_t_s_s((((l_200 = (((**l_155) , (*l_44)) <= p_13)) > p_13) , 1L), 7UL)), 0)) && g_118[3]), 14)) & 1UL) , g_62[0][2]) & g_82))) <= 1UL), p_13)) && p_13), 65533UL)), p_13)), 0xA1L))), 0xA0A612E5L)))) >= p_13), p_13)), 0x8FC0EF5ABFC5E8F4LL)) > g_78[0]), p_13)), 0xE1E59718L)))), (*l_44)));
                g_128 &= (safe_add_func_int16_t_s_s((-10L), (safe_sub_func_int32_t_s_s((safe_div_func_int16_t_s_s(((((g_152[1][0] |= (9L | g_62[0][1])) != 0xE8L) >= (((safe_lshift_func_int16_t_s_u((safe_div_func_int64_t_s_s(((l_220 = (((safe_div_func_uint32_t_u_u((65530UL | p_13), (-3L))) , (**l_155)) | 65535UL)) != g_164[2]), g_45)), p_13)) , 0L) && g_62[0][0])) & p_13), (-1L))), p_13))));
                l_221 = &p_13;
            }
        }
    }
    (*l_283) = ((*l_221) = ((((((((p_13 != (safe_lshift_func_int8_t_s_s((*l_221), 1))) ^ (p_13 , p_13)) >= (safe_mod_func_uint64_t_u_u((**g_275), p_13))) >= (*g_144)) || g_7) && l_281[0]) <= 0xD321L) , 1L));
    g_290[0]--;
    return g_78[0];
}
static uint32_t  func_24(int32_t * p_25, int64_t  p_26, int32_t * p_27, uint32_t  p_28, int64_t  p_29)
{ 
    int8_t *l_56 = &g_57;
    int32_t l_58 = 0xFB828C20L;
    int32_t l_76 = 0x25596398L;
    int32_t l_77 = 0x13DA773CL;
    int32_t l_79 = 7L;
    int32_t l_80 = 0x56DBBF4CL;
    int32_t l_81 = (-1L);
    int32_t *l_85[3];
    uint32_t l_86[3][1];
    int16_t *l_89 = &g_43;
    int16_t *l_91 = &g_43;
    int16_t **l_90[1][3];
    int i, j;
    for (i = 0; i < 3; i++)
        l_85[i] = (void*)0;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_86[i][j] = 18446744073709551614UL;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_90[i][j] = &l_91;
    }
    for (g_45 = 0; (g_45 <= 0); g_45 += 1)
    { 
        uint32_t *l_59 = (void*)0;
        uint32_t *l_60 = (void*)0;
        uint32_t *l_61 = &g_62[0][0];
        int32_t *l_63 = &l_58;
        int32_t *l_64 = &l_58;
        int32_t *l_65 = &l_58;
        int32_t *l_66 = &l_58;
        int32_t *l_67 = &l_58;
        int32_t *l_68 = &l_58;
        int32_t *l_69 = &l_58;
        int32_t *l_70 = &l_58;
        int32_t l_71 = 0xD63ADB0BL;
        int32_t *l_72 = &l_58;
        int32_t *l_73 = &l_71;
        int32_t l_74[4][4];
        int32_t *l_75[1][3];
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 4; j++)
                l_74[i][j] = (-9L);
        }
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_75[i][j] = &l_74[3][3];
        }
        (*l_63) = ((!((safe_div_func_int32_t_s_s(g_48[0][3], ((*l_61) = (((safe_div_func_int16_t_s_s((safe_mul_func_int16_t_s_s(((void*)0 != l_56), (l_58 < 4294967295UL))), l_58)) , 254UL) | p_28)))) , g_43)) >= p_26);
        g_82--;
        for (p_29 = 0; (p_29 <= 0); p_29 += 1)
        { 
            (*l_72) = 0xEDBFDF84L;
        }
    }
    l_86[0][0] = g_57;
    g_45 = (safe_add_func_int32_t_s_s((p_29 | g_57), (((l_89 != (g_92[0] = l_89)) <= (((((safe_add_func_uint16_t_u_u(0xAB14L, g_48[0][0])) >= p_28) , (-1L)) >= p_29) ^ g_7)) , g_78[0])));
    return g_78[1];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_48[i][j], "g_48[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_57, "g_57", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_62[i][j], "g_62[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_78[i], "g_78[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_116, "g_116", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_118[i], "g_118[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_120[i], "g_120[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_128, "g_128", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_152[i][j], "g_152[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_163, "g_163", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_164[i], "g_164[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_165[i], "g_165[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_203, "g_203", print_hash_value);
    transparent_crc(g_247, "g_247", print_hash_value);
    transparent_crc(g_251, "g_251", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_290[i], "g_290[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_293, "g_293", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
