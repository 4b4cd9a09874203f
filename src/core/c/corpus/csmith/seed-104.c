#include "csmith.h"
static long __undefined;
static int32_t g_4 = 0xD1E1E87DL;
static uint64_t g_9 = 0x280335900B0881DDLL;
static uint64_t g_24 = 18446744073709551610UL;
static uint16_t g_30[3] = {65535UL,65535UL,65535UL};
static int32_t g_31 = 0x93F04518L;
static int32_t g_37[4][3] = {{0xC1B2D863L,0xC1B2D863L,0xC1B2D863L},{0xC1B2D863L,0xC1B2D863L,0xC1B2D863L},{0xC1B2D863L,0xC1B2D863L,0xC1B2D863L},{0xC1B2D863L,0xC1B2D863L,0xC1B2D863L}};
static int32_t g_52 = 0L;
static int8_t g_62 = 1L;
static int8_t *g_81 = (void*)0;
static uint64_t *g_115[3] = {&g_24,&g_24,&g_24};
static uint64_t **g_114 = &g_115[2];
static int64_t g_137[1][1] = {{0x89E982BA979D12DCLL}};
static int64_t g_139 = 0x938C4D5004DB1C9DLL;
static int8_t g_163 = 0x90L;
static uint8_t g_176[1][1] = {{0xA4L}};
static uint64_t g_182 = 0x6FCC1B0773BA691ALL;
static int64_t  func_1(void);
static uint8_t  func_5(uint16_t  p_6);
static int32_t * func_18(int32_t  p_19, uint64_t  p_20, int32_t  p_21, int16_t  p_22);
static int64_t  func_1(void)
{ 
    int32_t *l_3 = &g_4;
    int32_t **l_2 = &l_3;
    int16_t l_7 = 4L;
    uint32_t l_174 = 0x8D7D704AL;
    uint8_t *l_175 = &g_176[0][0];
    int32_t l_181 = 0x7C65B12CL;
    (*l_2) = (void*)0;
    if ((func_5(l_7) <= (g_163 < (~(g_163 >= ((*l_175) = ((l_174 <= g_163) && g_163)))))))
    { 
        for (g_52 = 0; (g_52 > 4); ++g_52)
        { 
            g_37[2][1] |= (-3L);
        }
    }
    else
    { 
        int32_t *l_179[4] = {&g_52,&g_52,&g_52,&g_52};
        int32_t l_180[2];
        int16_t *l_186 = &l_7;
        int i;
        for (i = 0; i < 2; i++)
            l_180[i] = (-1L);
        --g_182;
        g_52 = ((**g_114) > (~((l_186 == (void*)0) != g_182)));
        l_181 = g_137[0][0];
        for (l_181 = (-25); (l_181 > 4); l_181++)
        { 
            if (g_37[2][1])
                break;
        }
    }
    return g_4;
}
static uint8_t  func_5(uint16_t  p_6)
{ 
    int32_t *l_8[4][2] = {{&g_4,(void*)0},{(void*)0,&g_4},{(void*)0,(void*)0},{&g_4,(void*)0}};
    int32_t **l_12 = (void*)0;
    int32_t **l_13 = &l_8[0][1];
    uint16_t * const l_161 = (void*)0;
    int i, j;
    ++g_9;
    (*l_13) = l_8[2][1];
    for (g_4 = (-24); (g_4 <= 5); g_4 = safe_add_func_int64_t_s_s(g_4, 7))
    { 
        uint32_t l_143 = 8UL;
        int32_t l_164 = 0x20C7BFA8L;
        uint64_t l_169 = 1UL;
        int8_t l_172 = 1L;
        if (p_6)
            break;
        for (g_9 = 0; (g_9 <= 50); ++g_9)
        { 
            uint64_t *l_23 = &g_24;
            int32_t l_162 = 4L;
            (*l_13) = func_18(g_4, ((*l_23) = p_6), p_6, g_9);
            for (g_24 = 1; (g_24 == 32); g_24++)
            { 
                int16_t l_142 = 0x9C53L;
                int32_t l_165 = 0x9B646BD1L;
                int32_t l_166 = 0x704C175EL;
                int32_t l_167 = (-6L);
                int32_t l_168 = 0L;
                l_143--;
                l_164 = ((+((+(((safe_sub_func_uint32_t_u_u((((+0L) , (safe_div_func_uint32_t_u_u((safe_sub_func_int64_t_s_s(((0xA667L ^ ((p_6 , (safe_lshift_func_int8_t_s_s(p_6, (safe_div_func_uint64_t_u_u((safe_mod_func_uint8_t_u_u(((&g_30[0] != l_161) == g_9), l_162)), p_6))))) < g_139)) , g_52), g_163)), g_37[1][2]))) > g_30[0]), g_163)) , p_6) == 0x5832L)) & 0x530BL)) & (**g_114));
                l_165 = (g_37[0][0] = (-6L));
                ++l_169;
            }
        }
        l_172 = ((-6L) | g_9);
    }
    return g_24;
}
static int32_t * func_18(int32_t  p_19, uint64_t  p_20, int32_t  p_21, int16_t  p_22)
{ 
    uint16_t *l_29 = &g_30[0];
    int8_t l_34 = 0L;
    uint64_t *l_35 = &g_24;
    int32_t l_97 = 0L;
    int32_t l_99 = 0x7F51BCBDL;
    int32_t l_100[2];
    uint16_t l_103 = 0xDDE1L;
    uint32_t l_108 = 0x8FF6226FL;
    int8_t l_120[4];
    int32_t *l_121 = &g_52;
    int64_t *l_136 = &g_137[0][0];
    int8_t *l_138[4];
    int i;
    for (i = 0; i < 2; i++)
        l_100[i] = 5L;
    for (i = 0; i < 4; i++)
        l_120[i] = 0x9FL;
    for (i = 0; i < 4; i++)
        l_138[i] = &g_62;
    if ((safe_mod_func_int64_t_s_s(((safe_add_func_uint16_t_u_u(((*l_29) = p_19), (((g_31 = ((-10L) <= (g_31 != ((((safe_mod_func_int64_t_s_s((65534UL | 0xD8D5L), l_34)) , p_20) , (void*)0) != l_35)))) , l_29) == l_29))) && l_34), 0x1A76A447D0519924LL)))
    { 
        int32_t *l_36[1];
        int i;
        for (i = 0; i < 1; i++)
            l_36[i] = &g_37[2][1];
        l_36[0] = &g_4;
        for (l_34 = (-9); (l_34 <= 2); l_34++)
        { 
            for (p_22 = 0; (p_22 <= 0); p_22 += 1)
            { 
                int32_t *l_41 = &g_4;
                int32_t **l_40 = &l_41;
                int i;
                (*l_40) = (l_36[p_22] = l_36[p_22]);
            }
        }
        for (p_20 = 0; (p_20 <= 58); ++p_20)
        { 
            int16_t l_44[3];
            int i;
            for (i = 0; i < 3; i++)
                l_44[i] = 9L;
            l_44[1] = (-7L);
        }
    }
    else
    { 
        int16_t l_57[2];
        int32_t l_72 = (-6L);
        uint16_t **l_73 = &l_29;
        int8_t *l_80[3];
        int32_t l_94 = 0xE2F772B8L;
        int32_t l_106 = (-1L);
        int32_t l_107 = 0x3E9E3DC1L;
        int i;
        for (i = 0; i < 2; i++)
            l_57[i] = (-7L);
        for (i = 0; i < 3; i++)
            l_80[i] = &g_62;
        for (p_19 = (-6); (p_19 > (-28)); p_19 = safe_sub_func_uint32_t_u_u(p_19, 6))
        { 
            const uint64_t l_71 = 1UL;
            uint64_t **l_84 = (void*)0;
            int32_t l_98 = 0x1F483071L;
            int32_t l_101 = (-4L);
            int32_t l_102 = 0x36AE2794L;
            int32_t *l_111 = (void*)0;
            for (l_34 = 0; (l_34 == 7); l_34++)
            { 
                int32_t *l_50 = (void*)0;
                int32_t **l_49 = &l_50;
                int32_t *l_51 = &g_52;
                int8_t *l_60 = (void*)0;
                int8_t *l_61 = &g_62;
                (*l_49) = (void*)0;
                (*l_51) = (g_37[2][1] = g_4);
                (*l_49) = &p_19;
                g_37[2][1] = (safe_div_func_int8_t_s_s((((p_19 <= (((g_37[2][2] && ((safe_div_func_int32_t_s_s(l_57[1], ((-1L) ^ ((safe_lshift_func_int8_t_s_s(((*l_61) &= 0L), 7)) ^ p_19)))) ^ l_34)) <= g_30[0]) == 0xCFD24BD9L)) < g_30[2]) != (*l_50)), 1UL));
            }
            l_72 = (l_57[1] && ((((p_21 & (safe_div_func_int16_t_s_s((0xAE52E9AD701FB033LL ^ ((*l_35) = g_4)), (safe_mul_func_int8_t_s_s((((safe_mod_func_int64_t_s_s((safe_add_func_int32_t_s_s(1L, 0xD9E2CD2AL)), l_71)) == 0xF1F47437L) || (-7L)), g_31))))) | 0xC685B35A07F58E95LL) <= 1L) || g_62));
            if (p_19)
            { 
                uint16_t ***l_74 = &l_73;
                int8_t *l_79[1][2];
                int16_t *l_82 = &l_57[0];
                int32_t *l_83 = &g_52;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_79[i][j] = &l_34;
                }
                (*l_74) = l_73;
                if (p_21)
                    continue;
                (*l_83) ^= (((*l_82) = ((l_72 = ((safe_add_func_int8_t_s_s((safe_div_func_int64_t_s_s(g_37[0][2], (p_22 && l_71))), (l_79[0][1] != (g_81 = l_80[1])))) > p_21)) , 8L)) && 0L);
            }
            else
            { 
                uint64_t ***l_85 = &l_84;
                uint64_t **l_87[1];
                uint64_t ***l_86 = &l_87[0];
                int32_t *l_89 = &g_37[0][2];
                int32_t **l_88 = &l_89;
                int32_t *l_95 = &g_37[2][1];
                int i;
                for (i = 0; i < 1; i++)
                    l_87[i] = &l_35;
                (*l_86) = ((*l_85) = l_84);
                (*l_88) = &p_19;
                (*l_95) &= (0xBDFE816D3FBECF30LL > (safe_lshift_func_uint16_t_u_u(((p_22 < (l_94 = (((g_9 < (safe_div_func_uint16_t_u_u(0xFDFBL, 0x2945L))) || 8L) || l_34))) ^ g_4), 0)));
                (*l_95) = g_37[1][0];
            }
            for (g_24 = 0; (g_24 <= 1); g_24 += 1)
            { 
                int32_t *l_96[3][2] = {{&g_52,&g_52},{&g_52,&g_52},{&g_52,&g_52}};
                int i, j;
                l_103++;
                ++l_108;
                l_111 = &p_19;
            }
        }
    }
    (*l_121) = (((((p_22 <= (l_97 >= ((g_114 == (((safe_mul_func_uint8_t_u_u(((((safe_sub_func_uint32_t_u_u(l_100[1], g_30[1])) & 9UL) && l_100[1]) > l_120[0]), 0L)) & p_21) , (void*)0)) < g_30[0]))) != g_4) | g_31) <= g_4) , l_34);
    g_139 &= (safe_mul_func_uint16_t_u_u((safe_lshift_func_int16_t_s_s(0xCEA4L, (safe_rshift_func_int16_t_s_u((safe_add_func_int16_t_s_s(((safe_rshift_func_uint16_t_u_u(((**g_114) != (safe_add_func_uint16_t_u_u(g_30[2], ((*l_121) || (g_62 = (safe_sub_func_int64_t_s_s(((*l_136) = ((8UL && g_30[0]) < 4294967295UL)), (*l_121)))))))), 2)) | g_37[0][1]), g_37[2][1])), g_4)))), (*l_121)));
    return &g_37[1][2];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_24, "g_24", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_30[i], "g_30[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_31, "g_31", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_37[i][j], "g_37[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_62, "g_62", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_137[i][j], "g_137[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_139, "g_139", print_hash_value);
    transparent_crc(g_163, "g_163", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_176[i][j], "g_176[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_182, "g_182", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
