#include "csmith.h"
static long __undefined;
static int32_t g_6 = 0L;
static int8_t g_26 = 0x7FL;
static uint32_t g_39 = 0UL;
static int64_t g_40[1] = {0x66B3883FAA058A13LL};
static int64_t g_52[3][1] = {{1L},{1L},{1L}};
static uint32_t g_67 = 0x3F992CE4L;
static int16_t g_71 = (-1L);
static uint32_t g_77 = 7UL;
static uint8_t g_86[3] = {247UL,247UL,247UL};
static int32_t *g_91 = (void*)0;
static int32_t ** const g_90 = &g_91;
static uint32_t g_93 = 8UL;
static int32_t g_113 = 0x6C33996CL;
static uint8_t g_131 = 2UL;
static int64_t *g_133 = &g_40[0];
static int64_t **g_132 = &g_133;
static int64_t g_135 = (-1L);
static uint16_t g_138[1] = {0x5104L};
static int32_t g_163 = 0x3735208EL;
static int16_t *g_166[4][4] = {{&g_71,&g_71,&g_71,&g_71},{&g_71,&g_71,&g_71,&g_71},{&g_71,&g_71,&g_71,&g_71},{&g_71,&g_71,&g_71,&g_71}};
static int8_t g_183 = 0xBEL;
static uint64_t g_190 = 1UL;
static int32_t g_196 = 0x3311D11FL;
static int8_t  func_1(void);
static int16_t  func_2(int64_t  p_3, int32_t  p_4, int16_t  p_5);
static int16_t  func_7(uint16_t  p_8, uint32_t  p_9, uint8_t  p_10, const int32_t  p_11, int32_t  p_12);
static int8_t  func_1(void)
{ 
    const uint64_t l_15 = 0xF934F545EE28FDEBLL;
    int64_t l_20 = 0xFFCF33F23E93D0B5LL;
    int8_t *l_25 = &g_26;
    int64_t l_170 = (-1L);
    int32_t *l_194 = (void*)0;
    int32_t *l_195 = &g_196;
    (*l_195) &= (func_2(g_6, (((func_7((((safe_mul_func_int8_t_s_s(((l_15 && (safe_sub_func_uint32_t_u_u((safe_rshift_func_int8_t_s_s(l_20, g_6)), ((safe_mul_func_int16_t_s_s((((((*l_25) |= (((safe_lshift_func_int16_t_s_u(l_20, g_6)) <= g_6) && l_20)) > g_6) && (-5L)) != 0xFA48L), 0xB8EAL)) <= 0x39D5B611L)))) < g_6), 0L)) <= 9UL) ^ (-3L)), l_15, g_6, l_15, l_20) , l_170) > g_135) , g_6), l_170) <= l_15);
    return g_52[2][0];
}
static int16_t  func_2(int64_t  p_3, int32_t  p_4, int16_t  p_5)
{ 
    int32_t *l_171 = (void*)0;
    int32_t *l_172[1];
    int32_t l_173[1][1];
    uint16_t l_174[3];
    int8_t *l_184 = &g_26;
    uint64_t *l_189 = &g_190;
    uint32_t *l_191 = (void*)0;
    uint32_t *l_192 = &g_93;
    uint16_t l_193 = 4UL;
    int i, j;
    for (i = 0; i < 1; i++)
        l_172[i] = &g_163;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_173[i][j] = 1L;
    }
    for (i = 0; i < 3; i++)
        l_174[i] = 0x29E5L;
    ++l_174[0];
    l_193 &= (((*l_192) = (p_4 ^ (safe_rshift_func_int8_t_s_u((safe_add_func_int8_t_s_s((&g_91 == &l_172[0]), ((((*l_189) = (((*l_184) = g_183) > (((safe_lshift_func_int16_t_s_s(((safe_div_func_int16_t_s_s((((65527UL > p_4) > p_4) & g_138[0]), p_4)) > 5UL), 0)) > 0x0BEDEDAE182EB926LL) != g_113))) > p_4) <= p_4))), p_4)))) || 0xC9075F29L);
    return p_5;
}
static int16_t  func_7(uint16_t  p_8, uint32_t  p_9, uint8_t  p_10, const int32_t  p_11, int32_t  p_12)
{ 
    int32_t *l_28[2];
    int32_t **l_27 = &l_28[1];
    int8_t *l_35 = &g_26;
    const int8_t *l_37 = (void*)0;
    const int8_t **l_36 = &l_37;
    uint32_t *l_38[2][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0}};
    uint16_t l_68 = 0x7CB2L;
    int64_t l_82 = (-1L);
    uint8_t *l_123 = &g_86[1];
    uint8_t *l_130 = &g_131;
    int32_t *l_152 = &g_6;
    int16_t *l_164 = &g_71;
    int16_t *l_167 = &g_71;
    int i, j;
    for (i = 0; i < 2; i++)
        l_28[i] = &g_6;
    (*l_27) = &g_6;
    if ((g_40[0] = (safe_sub_func_uint32_t_u_u((g_39 &= (safe_div_func_int32_t_s_s((safe_mod_func_uint16_t_u_u((((l_35 != l_35) & ((((**l_27) , &g_26) != ((*l_36) = &g_26)) != p_12)) == 9L), 0xC761L)), g_6))), (-10L)))))
    { 
        int32_t l_50 = (-10L);
        int32_t l_64 = 4L;
        for (p_12 = (-12); (p_12 > 3); p_12++)
        { 
            int64_t *l_51[2];
            uint64_t l_53 = 18446744073709551615UL;
            uint8_t l_74[2];
            int i;
            for (i = 0; i < 2; i++)
                l_51[i] = &g_52[2][0];
            for (i = 0; i < 2; i++)
                l_74[i] = 1UL;
            if (((safe_lshift_func_uint16_t_u_u((safe_add_func_int16_t_s_s(g_40[0], (g_40[0] || ((safe_rshift_func_int8_t_s_u(((*l_35) = ((!0x70L) , l_50)), 1)) && (g_52[0][0] = g_6))))), l_53)) != l_50))
            { 
                l_68 |= (g_67 ^= ((safe_rshift_func_int16_t_s_u(p_9, 4)) | (safe_mod_func_uint8_t_u_u((l_50 = p_9), ((((safe_mul_func_int16_t_s_s((safe_add_func_uint64_t_u_u(((((safe_add_func_int32_t_s_s(l_64, (1UL >= (safe_lshift_func_uint8_t_u_u((g_52[2][0] && g_6), 6))))) , 0xEE2B4074L) && p_12) >= 0xFF61L), 0x9BB5F37D796E9900LL)), 65530UL)) | p_10) >= g_40[0]) && 5L)))));
            }
            else
            { 
                int32_t l_69 = 0x60729490L;
                int16_t *l_70 = &g_71;
                l_74[1] = (l_69 , (((((*l_35) = ((((*l_70) = p_9) >= (l_64 , (((((-5L) <= (p_12 == p_12)) | g_6) >= 0xB7CB4D6242281945LL) != 0x90EB022BL))) , p_8)) , l_53) , &l_64) != (void*)0));
            }
            for (g_39 = 0; (g_39 >= 2); g_39++)
            { 
                g_77++;
            }
        }
        if (p_9)
            goto lbl_155;
    }
    else
    { 
        uint32_t l_87 = 0x261C1CA3L;
        int64_t *l_110 = (void*)0;
        int64_t **l_109 = &l_110;
        uint32_t *l_114 = &g_77;
        for (g_39 = (-7); (g_39 == 11); ++g_39)
        { 
            uint8_t *l_85[1][2];
            int32_t l_115 = 0xE9A70309L;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_85[i][j] = &g_86[1];
            }
            l_82 = (0L >= g_6);
            if (((((g_86[1] = (&g_71 == &g_71)) <= (((l_87 != p_11) , (safe_mod_func_int64_t_s_s((g_90 == &g_91), p_10))) <= g_40[0])) ^ g_52[0][0]) >= (**l_27)))
            { 
                uint8_t l_92[3][4] = {{0x00L,0x00L,255UL,0x00L},{0x00L,0x0EL,0x0EL,0x00L},{0x0EL,0x00L,0x0EL,0x0EL}};
                int i, j;
                if (l_92[2][3])
                    break;
            }
            else
            { 
                int64_t *l_105 = &g_52[2][0];
                int64_t **l_104 = &l_105;
                int64_t *l_106 = &g_40[0];
                int32_t l_111 = 1L;
                int32_t *l_112 = &g_113;
                uint64_t l_116 = 8UL;
                --g_93;
                l_116 = (safe_mul_func_int8_t_s_s((safe_mul_func_uint16_t_u_u(((safe_mod_func_int32_t_s_s((((((((((*l_112) |= (safe_rshift_func_int8_t_s_u(((((*l_104) = (void*)0) != l_106) ^ (((g_71 || (safe_lshift_func_uint8_t_u_s(4UL, 6))) , ((((void*)0 == l_109) , l_111) <= p_12)) || 5L)), 2))) , l_114) == &g_77) || l_111) == 65535UL) ^ l_115) , g_86[1]) , l_115), g_6)) >= l_115), l_115)), g_93));
                if (g_39)
                    goto lbl_155;
            }
            for (g_93 = 0; g_93 < 2; g_93 += 1)
            {
                for (p_12 = 0; p_12 < 2; p_12 += 1)
                {
                    l_38[g_93][p_12] = &g_39;
                }
            }
        }
    }
    if ((safe_mul_func_int8_t_s_s(0xF5L, (((safe_div_func_int32_t_s_s((0xC15673F556C05CDALL | (safe_lshift_func_uint8_t_u_u(((*l_130) = (((*l_123) = g_93) && (safe_sub_func_uint16_t_u_u((safe_lshift_func_int8_t_s_u((g_40[0] & ((4294967292UL > 0x2A6D4945L) == g_52[1][0])), p_10)), 0xF0C4L)))), 2))), g_40[0])) >= (-2L)) & 0x0130CBD1L))))
    { 
        uint8_t l_134[3];
        int32_t l_136 = (-6L);
        int16_t *l_142 = &g_71;
        int16_t **l_141 = &l_142;
        uint32_t **l_151 = &l_38[1][0];
        int i;
        for (i = 0; i < 3; i++)
            l_134[i] = 1UL;
        l_134[2] = (g_132 == (void*)0);
        for (g_67 = 0; (g_67 <= 0); g_67 += 1)
        { 
            int16_t l_137 = 1L;
            int16_t ***l_143 = &l_141;
            int32_t l_144[2];
            uint64_t l_145 = 0x2E8761BCA9B0E0A5LL;
            int i;
            for (i = 0; i < 2; i++)
                l_144[i] = (-1L);
            g_138[0]++;
            (*l_143) = l_141;
            for (g_39 = 0; (g_39 <= 0); g_39 += 1)
            { 
                int i;
                l_144[0] ^= g_40[g_39];
                --l_145;
            }
        }
        (*g_90) = ((((*l_151) = ((safe_lshift_func_int16_t_s_s((!0xC01541C76BB48C35LL), 14)) , (void*)0)) == &g_39) , l_152);
    }
    else
    { 
lbl_155:
        for (p_12 = 0; (p_12 < 17); p_12++)
        { 
            if (p_11)
                break;
        }
        for (g_93 = (-28); (g_93 > 47); ++g_93)
        { 
            int32_t *l_158[1][2];
            int16_t **l_160 = (void*)0;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_158[i][j] = &g_6;
            }
            if ((**l_27))
            { 
                uint32_t l_159 = 18446744073709551612UL;
                int16_t ***l_161[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_161[i] = &l_160;
                (*l_27) = ((*g_90) = l_158[0][0]);
                l_159 |= p_8;
                l_160 = l_160;
                if ((**g_90))
                    continue;
            }
            else
            { 
                int32_t *l_162[1][1];
                int16_t **l_165[1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_162[i][j] = &g_163;
                }
                for (i = 0; i < 1; i++)
                    l_165[i] = &l_164;
                (*g_90) = (l_162[0][0] = (*l_27));
                g_163 = ((((g_166[0][0] = l_164) != l_167) < g_138[0]) > ((0xE0CA3B74L && (safe_lshift_func_int8_t_s_u(((*l_35) = p_12), p_9))) && g_138[0]));
            }
            if (p_8)
                continue;
            return (*l_152);
        }
    }
    return (**l_27);
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_40[i], "g_40[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_52[i][j], "g_52[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_67, "g_67", print_hash_value);
    transparent_crc(g_71, "g_71", print_hash_value);
    transparent_crc(g_77, "g_77", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_86[i], "g_86[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_93, "g_93", print_hash_value);
    transparent_crc(g_113, "g_113", print_hash_value);
    transparent_crc(g_131, "g_131", print_hash_value);
    transparent_crc(g_135, "g_135", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_138[i], "g_138[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_163, "g_163", print_hash_value);
    transparent_crc(g_183, "g_183", print_hash_value);
    transparent_crc(g_190, "g_190", print_hash_value);
    transparent_crc(g_196, "g_196", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
