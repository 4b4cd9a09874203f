#include "csmith.h"
static long __undefined;
static int32_t g_4 = (-5L);
static uint32_t g_22 = 4294967295UL;
static uint32_t g_43 = 5UL;
static uint32_t *g_51 = (void*)0;
static int16_t g_53 = (-1L);
static uint16_t g_56 = 1UL;
static int32_t g_58[3][3] = {{0x37E10320L,0x37E10320L,0x37E10320L},{0x37E10320L,0x37E10320L,0x37E10320L},{0x37E10320L,0x37E10320L,0x37E10320L}};
static const int16_t g_135 = 0x2080L;
static uint64_t g_137[4] = {0UL,0UL,0UL,0UL};
static uint64_t g_140 = 1UL;
static uint32_t g_187 = 1UL;
static uint64_t g_190 = 18446744073709551608UL;
static int64_t g_202 = 1L;
static int32_t *g_208 = &g_58[0][2];
static uint8_t *g_229[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
static int8_t g_232 = 0x6AL;
static uint64_t g_258 = 18446744073709551615UL;
static int16_t *g_260 = &g_53;
static int16_t **g_259 = &g_260;
static int8_t g_270[3][1] = {{(-10L)},{(-10L)},{(-10L)}};
static int32_t g_272 = 0xD5520B45L;
static const uint64_t  func_1(void);
static const int64_t  func_5(int16_t  p_6, uint64_t  p_7);
static int16_t  func_8(uint16_t  p_9, uint64_t  p_10, int32_t  p_11, uint32_t  p_12);
static const uint64_t  func_1(void)
{ 
    uint8_t l_17 = 0x89L;
    uint32_t *l_21 = &g_22;
    int16_t *l_25 = (void*)0;
    int32_t l_26 = 0xFFF12F3CL;
    int32_t *l_271 = &g_272;
    (*l_271) |= ((safe_lshift_func_int8_t_s_u(((g_4 >= func_5(func_8((safe_rshift_func_int16_t_s_s((((g_4 || (((safe_mul_func_int8_t_s_s((l_17 , ((!g_4) ^ (l_26 ^= (safe_rshift_func_uint16_t_u_s(((++(*l_21)) , g_4), g_4))))), 0x00L)) < 0x62L) == g_4)) && g_22) && g_22), 10)), g_4, l_17, g_4), l_17)) ^ l_17), l_17)) <= l_17);
    for (g_232 = 0; (g_232 >= (-22)); --g_232)
    { 
        int32_t **l_275[3][1];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_275[i][j] = &l_271;
        }
        (*l_271) ^= 1L;
        g_208 = &l_26;
    }
    return g_22;
}
static const int64_t  func_5(int16_t  p_6, uint64_t  p_7)
{ 
    uint8_t l_30 = 9UL;
    uint32_t l_44 = 4294967293UL;
    int32_t l_54 = 0x01EF4FC6L;
    int16_t *l_76 = (void*)0;
    int32_t l_101[4];
    int32_t l_117[4];
    const int16_t *l_134[1];
    uint32_t **l_205 = &g_51;
    uint8_t *l_219 = &l_30;
    uint8_t l_249 = 6UL;
    uint32_t l_261 = 1UL;
    int32_t **l_267 = (void*)0;
    int32_t **l_269 = &g_208;
    int i;
    for (i = 0; i < 4; i++)
        l_101[i] = 0x4858521EL;
    for (i = 0; i < 4; i++)
        l_117[i] = 0xB5D76640L;
    for (i = 0; i < 1; i++)
        l_134[i] = &g_135;
    if ((safe_div_func_int64_t_s_s(l_30, (+(+(safe_sub_func_int32_t_s_s(((safe_mul_func_uint16_t_u_u((safe_div_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_s((((safe_sub_func_int32_t_s_s((g_43 > l_44), l_44)) ^ (0xD800L != p_6)) < g_43), 0)), p_6)), g_4)) | l_44), g_43)))))))
    { 
        uint32_t *l_49 = (void*)0;
        uint32_t **l_50[1];
        int16_t *l_52[4][2] = {{&g_53,&g_53},{&g_53,&g_53},{&g_53,&g_53},{&g_53,&g_53}};
        uint16_t *l_55 = &g_56;
        int32_t *l_57 = &g_58[0][1];
        int32_t l_112[1];
        int16_t l_120 = 2L;
        uint16_t l_121 = 65530UL;
        uint64_t l_148 = 0x3A889DD303C422D2LL;
        int32_t l_149 = 0x3B4F5F1FL;
        const int32_t l_150 = 0L;
        int i, j;
        for (i = 0; i < 1; i++)
            l_50[i] = (void*)0;
        for (i = 0; i < 1; i++)
            l_112[i] = 0xF7FA13A8L;
        (*l_57) = (p_7 ^ ((*l_55) = (safe_rshift_func_uint16_t_u_u(g_4, (((l_54 = (safe_add_func_uint16_t_u_u(((g_51 = l_49) != &l_44), (p_6 ^ 0x8E1CL)))) ^ 0x0BDEL) , p_7)))));
        for (p_6 = 0; (p_6 >= 8); p_6++)
        { 
            int8_t l_65 = 0xF6L;
            int64_t l_77 = 3L;
            uint32_t **l_78 = &g_51;
            int32_t l_79 = 0L;
            int32_t l_113 = (-6L);
            int32_t l_114 = 0xEA1A09BBL;
            int32_t l_115[4];
            int32_t l_116 = (-1L);
            int32_t l_118 = 1L;
            int32_t l_119 = (-1L);
            uint32_t **l_147 = &l_49;
            int i;
            for (i = 0; i < 4; i++)
                l_115[i] = 0x14D5734CL;
            for (g_43 = 0; (g_43 < 37); g_43 = safe_add_func_int16_t_s_s(g_43, 2))
            { 
                if (p_6)
                    break;
                (*l_57) &= (((safe_rshift_func_uint16_t_u_s(0x955EL, 1)) || ((((l_65 == 18446744073709551615UL) >= ((safe_add_func_uint32_t_u_u((safe_mul_func_uint8_t_u_u((safe_mod_func_uint8_t_u_u((safe_mod_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((l_76 != (void*)0), 0UL)), g_56)), l_77)), l_44)), 0x5DE30EA3L)) & 0UL)) , l_78) == (void*)0)) | p_7);
                l_79 &= p_6;
                (*l_57) = (safe_mod_func_uint32_t_u_u(4UL, (safe_lshift_func_int8_t_s_s(((*l_57) != ((safe_rshift_func_int8_t_s_s((safe_add_func_uint64_t_u_u(((((void*)0 != &g_56) , p_7) ^ 0xDA4FL), l_79)), g_56)) < p_6)), g_4))));
            }
            for (g_56 = (-21); (g_56 >= 29); g_56 = safe_add_func_int16_t_s_s(g_56, 7))
            { 
                const uint64_t l_90 = 0xD90DC6CE91E412D4LL;
                return l_90;
            }
            for (g_22 = 3; (g_22 < 15); ++g_22)
            { 
                uint64_t l_93 = 0UL;
                int32_t l_95[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_95[i] = 0xCDE22F50L;
                l_95[0] = ((g_43 = l_93) ^ (0x53L && (!(l_93 < 0xAA30D26BL))));
                (*l_57) = 1L;
            }
            for (g_56 = 0; (g_56 < 60); g_56 = safe_add_func_uint32_t_u_u(g_56, 1))
            { 
                int32_t *l_98 = (void*)0;
                int32_t *l_99 = &l_54;
                int32_t *l_100 = &g_58[0][1];
                int32_t *l_102 = &l_101[1];
                int32_t *l_103 = &l_54;
                int32_t *l_104 = &l_79;
                int32_t *l_105 = &l_54;
                int32_t l_106 = 0xC5B2E90EL;
                int32_t *l_107 = &l_54;
                int32_t *l_108 = &l_79;
                int32_t *l_109 = &g_58[0][0];
                int32_t *l_110 = &g_58[0][1];
                int32_t *l_111[2];
                const int16_t **l_133[3];
                uint64_t *l_136 = &g_137[2];
                uint64_t *l_138 = (void*)0;
                uint64_t *l_139[3][4];
                uint32_t **l_143 = (void*)0;
                uint32_t ***l_144 = &l_50[0];
                uint32_t ***l_145 = (void*)0;
                uint32_t ***l_146[1];
                int i, j;
                for (i = 0; i < 2; i++)
                    l_111[i] = &l_54;
                for (i = 0; i < 3; i++)
                    l_133[i] = (void*)0;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_139[i][j] = &g_140;
                }
                for (i = 0; i < 1; i++)
                    l_146[i] = &l_78;
                l_121--;
                (*l_107) = (!(safe_mul_func_uint8_t_u_u((((safe_mul_func_int16_t_s_s((safe_mod_func_uint64_t_u_u((g_140 = ((*l_136) = (safe_rshift_func_uint8_t_u_u(((l_134[0] = l_76) != (void*)0), 6)))), ((((g_135 , (safe_sub_func_int8_t_s_s((((((*l_144) = l_143) != (l_147 = &g_51)) , l_148) > 0x7B0FL), l_149))) < (*l_104)) > l_115[1]) , p_7))), l_116)) && p_6) , g_140), l_150)));
                if (l_115[1])
                    break;
            }
        }
    }
    else
    { 
        uint32_t **l_167 = (void*)0;
        uint32_t ***l_166 = &l_167;
        int32_t l_168 = (-6L);
        uint64_t *l_169 = &g_140;
        int32_t *l_172[2];
        uint16_t *l_253 = &g_56;
        int32_t ***l_268 = &l_267;
        int i;
        for (i = 0; i < 2; i++)
            l_172[i] = &l_54;
        l_101[0] = (safe_add_func_int32_t_s_s((+l_117[0]), (+(safe_mod_func_uint64_t_u_u(((safe_mod_func_int32_t_s_s((safe_mul_func_int16_t_s_s((((safe_rshift_func_int8_t_s_s(((!((safe_div_func_int64_t_s_s((((void*)0 == l_166) >= l_168), (--(*l_169)))) >= (-1L))) && 0x4A653397L), g_56)) > g_135) < g_137[2]), 6UL)), 0x98F6E795L)) || p_7), 18446744073709551613UL)))));
        for (l_44 = (-19); (l_44 <= 16); l_44 = safe_add_func_uint64_t_u_u(l_44, 9))
        { 
            int64_t l_188 = 0L;
            uint8_t *l_189 = (void*)0;
            int32_t l_191[2][2];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                    l_191[i][j] = 0xAD39F9CDL;
            }
            l_191[0][1] = (safe_mul_func_uint16_t_u_u((((((p_6 , (((p_6 <= ((safe_sub_func_uint8_t_u_u((g_190 = (safe_add_func_uint16_t_u_u(((safe_rshift_func_uint8_t_u_s(((p_6 < ((((safe_div_func_uint8_t_u_u(((safe_rshift_func_uint8_t_u_s(p_7, g_140)) && 0x5DA5L), 0x8BL)) < p_7) , 0x59L) , g_187)) < g_137[1]), g_135)) , 0xE0BEL), l_188))), p_7)) , p_7)) ^ p_6) | 0x349FBC6411B735E3LL)) > g_140) <= g_187) & 0x81A10D22L) > g_56), l_188));
        }
        for (g_187 = 28; (g_187 >= 49); ++g_187)
        { 
            uint8_t l_200[3];
            int64_t *l_201 = &g_202;
            int32_t l_212 = 0x7CC06EC8L;
            int32_t l_214[2];
            uint32_t l_215 = 0x78054361L;
            int8_t l_247 = 0x3EL;
            int8_t l_251 = (-1L);
            uint16_t **l_254 = &l_253;
            int32_t *l_257[1];
            int i;
            for (i = 0; i < 3; i++)
                l_200[i] = 3UL;
            for (i = 0; i < 2; i++)
                l_214[i] = (-2L);
            for (i = 0; i < 1; i++)
                l_257[i] = (void*)0;
            l_54 |= ((safe_mul_func_int8_t_s_s((((safe_div_func_uint8_t_u_u((!(g_43 , (g_4 <= ((0x67E56BB4594A1EE9LL > 0UL) != ((*l_201) = (((!p_6) == l_200[2]) , g_135)))))), l_101[0])) < 0x9E94L) && l_101[2]), (-1L))) , p_6);
            g_208 = (((((0UL | (l_101[1] = (safe_div_func_int16_t_s_s((((l_205 == ((((p_6 <= ((((*l_169) = p_6) | ((safe_sub_func_uint64_t_u_u(18446744073709551613UL, 0x8CAAABBA61EA9DAALL)) , (-1L))) || g_202)) >= p_6) > g_190) , &g_51)) , 1L) , (-3L)), l_200[0])))) != l_200[2]) < p_7) , 0x79814F5DL) , &l_168);
        }
        g_270[0][0] &= ((((*l_268) = l_267) != l_269) | (**l_269));
    }
    return g_202;
}
static int16_t  func_8(uint16_t  p_9, uint64_t  p_10, int32_t  p_11, uint32_t  p_12)
{ 
    uint32_t l_27 = 6UL;
    return l_27;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_22, "g_22", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_53, "g_53", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_58[i][j], "g_58[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_135, "g_135", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_137[i], "g_137[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_140, "g_140", print_hash_value);
    transparent_crc(g_187, "g_187", print_hash_value);
    transparent_crc(g_190, "g_190", print_hash_value);
    transparent_crc(g_202, "g_202", print_hash_value);
    transparent_crc(g_232, "g_232", print_hash_value);
    transparent_crc(g_258, "g_258", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_270[i][j], "g_270[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_272, "g_272", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
