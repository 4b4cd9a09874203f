#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0x76820624L;
static int32_t g_5 = 0xBC75286EL;
static int32_t g_33[3] = {(-2L),(-2L),(-2L)};
static int32_t *g_32[1][2] = {{&g_33[1],&g_33[1]}};
static int32_t **g_34 = &g_32[0][0];
static uint32_t g_47 = 1UL;
static uint64_t g_62 = 0x04B380B773B032F8LL;
static uint16_t g_65[2][4] = {{0x4487L,7UL,7UL,0x4487L},{7UL,0x4487L,7UL,7UL}};
static uint64_t g_69 = 0UL;
static uint32_t g_87 = 1UL;
static int16_t g_99 = 0x9E46L;
static int64_t g_107[3][1] = {{(-6L)},{(-6L)},{(-6L)}};
static int64_t g_109[1] = {(-8L)};
static uint16_t g_116 = 0x250FL;
static int16_t g_120 = 0L;
static uint8_t g_121 = 255UL;
static uint16_t g_171 = 65535UL;
static int64_t g_174 = 0L;
static uint32_t g_217[2] = {18446744073709551615UL,18446744073709551615UL};
static int32_t  func_1(void);
static uint8_t  func_9(uint64_t  p_10, int32_t  p_11, uint32_t  p_12, uint16_t  p_13, uint16_t  p_14);
static int32_t * func_20(int32_t  p_21, uint8_t  p_22, uint32_t  p_23, int32_t * p_24);
static int32_t  func_1(void)
{ 
    int32_t l_8 = 0x5CA9869EL;
    int32_t l_35 = (-2L);
    int32_t **l_38 = (void*)0;
    uint8_t l_48 = 0x92L;
    uint32_t l_49 = 5UL;
    const uint64_t *l_96 = (void*)0;
    int16_t *l_117 = (void*)0;
    int32_t l_138 = 4L;
    int32_t l_140 = (-1L);
    int32_t l_141 = 0x10EE195FL;
    int32_t l_143[4][2];
    uint32_t l_144 = 0UL;
    const int16_t l_153 = 0x7563L;
    uint64_t l_157 = 18446744073709551615UL;
    uint32_t l_166 = 0x9AD26FA3L;
    int16_t l_173 = 0x2BBDL;
    uint16_t l_185 = 0x18ABL;
    uint32_t l_216 = 0xEB5F4284L;
    int64_t l_224 = 0x8880B8EACD4FDB9BLL;
    uint8_t l_225[1][2];
    uint16_t l_229 = 0UL;
    int32_t *l_230 = (void*)0;
    int32_t *l_231 = &g_33[1];
    int32_t * const l_232 = &l_35;
    int32_t **l_233 = &g_32[0][1];
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
            l_143[i][j] = (-7L);
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_225[i][j] = 0xE8L;
    }
    for (g_2 = 29; (g_2 <= (-1)); g_2 = safe_sub_func_uint64_t_u_u(g_2, 4))
    { 
        uint16_t l_16 = 0xB060L;
        for (g_5 = 5; (g_5 != 5); g_5 = safe_add_func_uint8_t_u_u(g_5, 9))
        { 
            int32_t l_19 = 0xBD004DDEL;
            l_35 = (l_8 == ((func_9(g_2, (!(((l_16 == (((safe_div_func_uint64_t_u_u(l_16, 3L)) <= 4294967292UL) < 0x2B9193C1L)) ^ l_8) , l_19)), l_19, l_16, l_16) == (-5L)) > l_16));
        }
    }
    if ((safe_mul_func_uint8_t_u_u(((((l_38 != l_38) | ((safe_lshift_func_int8_t_s_s(((((safe_sub_func_int8_t_s_s(l_8, (safe_rshift_func_uint8_t_u_u((((-2L) || (safe_rshift_func_uint8_t_u_u((((l_48 ^= (g_47 = (((((l_8 && g_2) || g_33[1]) , g_2) , g_33[1]) ^ g_33[2]))) <= g_33[2]) & g_2), g_33[1]))) && g_33[1]), g_33[1])))) & g_2) , (void*)0) != (void*)0), g_2)) != g_2)) & l_8) != g_33[1]), g_5)))
    { 
        uint64_t l_50 = 18446744073709551606UL;
        uint8_t *l_55 = (void*)0;
        uint8_t *l_56 = &l_48;
        uint64_t *l_61 = &g_62;
        uint64_t *l_68[2];
        int32_t l_77 = 1L;
        int32_t l_100[2];
        int32_t * const l_113 = &g_5;
        int32_t l_142 = 1L;
        uint16_t *l_149 = &g_65[0][1];
        int64_t l_160 = 0xF643767A3BE24AF6LL;
        int8_t l_179 = (-5L);
        int32_t *l_191 = &l_35;
        int i;
        for (i = 0; i < 2; i++)
            l_68[i] = &g_69;
        for (i = 0; i < 2; i++)
            l_100[i] = (-9L);
        l_50 = l_49;
lbl_190:
        if (((safe_add_func_int16_t_s_s((safe_mod_func_uint8_t_u_u(((*l_56) = l_50), (safe_rshift_func_uint8_t_u_u(5UL, 3)))), (((g_69 = ((((*l_61) |= g_33[1]) > (((((l_50 > (safe_add_func_uint64_t_u_u((g_65[0][1]++), (g_2 & g_33[0])))) & g_2) , 0x0F60L) >= 2L) > g_5)) , g_5)) ^ l_50) >= 5L))) && 5L))
        { 
            int32_t l_74 = (-8L);
            int32_t l_75 = 0xBA0296C0L;
            int32_t *l_76[2];
            int32_t l_97 = 0x979D566FL;
            int16_t *l_98 = &g_99;
            int64_t *l_161 = &l_160;
            int64_t l_167 = 0x38FE63D49D56FFF8LL;
            uint8_t l_175 = 0x05L;
            int i;
            for (i = 0; i < 2; i++)
                l_76[i] = &g_2;
lbl_101:
            l_77 |= (((safe_add_func_uint16_t_u_u((0xD803L && 9L), 0x6272L)) , (safe_add_func_uint32_t_u_u(((l_74 ^ ((l_74 , l_75) , 0x0D9FD67D06F957EELL)) , 0UL), 1L))) || l_75);
            if ((safe_mod_func_int16_t_s_s((!(((*l_61) &= (safe_mod_func_uint16_t_u_u(l_50, g_33[1]))) | ((safe_lshift_func_int8_t_s_s(g_65[1][2], 0)) ^ (((safe_sub_func_int64_t_s_s(((g_87--) > (safe_rshift_func_int16_t_s_u((safe_div_func_int16_t_s_s(((*l_98) = (((0x24F1449E4C9CD7D8LL | (safe_mul_func_int16_t_s_s((l_96 == &g_69), g_33[1]))) & l_48) , l_97)), 0xBEC1L)), l_100[0]))), g_65[1][0])) <= l_77) < g_2)))), 1UL)))
            { 
                int64_t *l_106 = &g_107[0][0];
                int64_t *l_108 = &g_109[0];
                int32_t l_110 = (-3L);
                uint16_t *l_114 = &g_65[0][1];
                uint16_t *l_115 = &g_116;
                int32_t l_118 = (-1L);
                int32_t **l_119 = &l_76[1];
                if (g_87)
                    goto lbl_101;
                l_118 &= (g_33[1] ^= (safe_sub_func_int32_t_s_s((((safe_lshift_func_uint16_t_u_s(((((*l_108) = ((*l_106) = l_100[0])) && l_110) , ((*l_115) = ((*l_114) |= ((safe_rshift_func_uint8_t_u_u(((g_32[0][1] = &l_110) == l_113), (g_107[0][0] , g_62))) == (*l_113))))), g_69)) , l_117) == (void*)0), l_110)));
                (*l_119) = (void*)0;
                ++g_121;
            }
            else
            { 
                int32_t **l_135 = &g_32[0][0];
                int64_t *l_136 = &g_109[0];
                int32_t l_137 = 0xA3F67225L;
                int32_t l_139[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_139[i] = 0x814F6C7FL;
                l_77 &= (+(safe_add_func_uint32_t_u_u((safe_rshift_func_int8_t_s_s((safe_mod_func_uint16_t_u_u(g_2, (safe_rshift_func_uint8_t_u_s((safe_lshift_func_uint8_t_u_s((*l_113), 4)), (0x10L && (((((-1L) || ((*l_136) = ((((l_135 = l_135) != (void*)0) | 0xC2L) > 4294967293UL))) && g_116) > g_47) < g_116)))))), 2)), (*l_113))));
                l_144++;
                (*l_113) |= ((safe_rshift_func_int8_t_s_s(((void*)0 != l_149), (safe_rshift_func_int16_t_s_u((((*l_56) = g_33[1]) < (+(((&g_121 == &g_121) || g_65[0][1]) || g_33[1]))), l_153)))) > g_65[0][1]);
            }
            if ((((*l_161) = (safe_mul_func_int8_t_s_s((safe_unary_minus_func_uint8_t_u((((&g_99 != l_98) && (g_120 & (((l_157 , (safe_sub_func_uint32_t_u_u(0x345BFC95L, l_160))) >= g_87) , 1L))) & (*l_113)))), 0x8CL))) >= 8UL))
            { 
                uint16_t l_162 = 65529UL;
                uint32_t *l_165 = &l_49;
                uint32_t *l_170 = &g_87;
                int32_t l_172[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_172[i] = 0x55F879EAL;
                l_162++;
                g_171 ^= (((g_121 != (l_167 = (((*l_165) = 0x6104541DL) ^ l_166))) & 65535UL) < ((*l_170) = (safe_mul_func_uint16_t_u_u((l_162 && (*l_113)), 1UL))));
                l_175++;
            }
            else
            { 
                int32_t **l_178 = &g_32[0][1];
                (*l_178) = &l_75;
                (*l_113) = l_179;
                (*l_178) = &g_33[2];
            }
        }
        else
        { 
            const int32_t **l_180[1];
            int32_t *l_181 = &l_8;
            int32_t *l_182 = &l_100[0];
            int32_t *l_183 = (void*)0;
            int32_t *l_184 = (void*)0;
            int i;
            for (i = 0; i < 1; i++)
                l_180[i] = (void*)0;
            g_32[0][1] = (void*)0;
            l_185++;
        }
        for (g_99 = (-1); (g_99 > (-26)); g_99 = safe_sub_func_uint32_t_u_u(g_99, 1))
        { 
            if (l_77)
                goto lbl_190;
        }
        (*l_191) |= ((*l_113) || 0x58010A5CL);
    }
    else
    { 
        uint16_t *l_209 = &g_65[0][1];
        int32_t l_212 = 0x867E2202L;
        uint8_t *l_213[4] = {&l_48,&l_48,&l_48,&l_48};
        const uint64_t l_214[3] = {0xE1A2BD65C10CE045LL,0xE1A2BD65C10CE045LL,0xE1A2BD65C10CE045LL};
        int32_t l_215 = 0x64FAC58AL;
        int32_t *l_218 = &l_35;
        int16_t **l_221 = &l_117;
        int32_t *l_222 = &l_35;
        int32_t *l_223[2][3] = {{&g_2,&g_2,&g_2},{&l_143[0][0],&l_143[0][0],&l_143[0][0]}};
        int32_t **l_228 = &g_32[0][1];
        int i, j;
        l_218 = func_20((((g_217[1] = (safe_mod_func_int32_t_s_s(2L, ((safe_add_func_int8_t_s_s((safe_div_func_uint64_t_u_u((l_215 &= ((255UL > (safe_div_func_int32_t_s_s((safe_unary_minus_func_uint32_t_u((((g_121 ^= (safe_sub_func_uint8_t_u_u((safe_mul_func_int16_t_s_s((l_212 |= (safe_add_func_uint16_t_u_u(((((safe_lshift_func_uint16_t_u_u((--(*l_209)), (1UL != (((g_33[2] , l_96) != (void*)0) | 0xEB08BFD2D81461A9LL)))) && 0x033DE3EAF4D0123ALL) , g_107[0][0]) | 255UL), (-1L)))), g_5)), g_109[0]))) > l_214[1]) , l_212))), 0x8AAF875AL))) || l_214[1])), l_214[2])), g_174)) || l_216)))) && 0x4BL) <= g_5), l_214[0], g_116, &g_5);
        (*l_218) = (safe_sub_func_uint32_t_u_u((&g_109[0] != &g_107[2][0]), (((*l_221) = &l_173) == (void*)0)));
        ++l_225[0][0];
        (*l_228) = &l_143[0][0];
    }
    (*l_231) |= l_229;
    (*l_233) = l_232;
    return (*l_231);
}
static uint8_t  func_9(uint64_t  p_10, int32_t  p_11, uint32_t  p_12, uint16_t  p_13, uint16_t  p_14)
{ 
    uint64_t l_27 = 1UL;
    uint8_t l_29[2];
    int32_t *l_31 = &g_2;
    int32_t **l_30[4];
    int i;
    for (i = 0; i < 2; i++)
        l_29[i] = 0x00L;
    for (i = 0; i < 4; i++)
        l_30[i] = &l_31;
    g_32[0][1] = func_20(g_2, (((g_2 , (safe_rshift_func_uint8_t_u_u(((p_12 , l_27) | ((safe_unary_minus_func_int8_t_s((l_29[0] < p_11))) <= g_5)), 5))) | l_29[0]) , g_5), l_27, &g_2);
    g_34 = &l_31;
    return g_33[1];
}
static int32_t * func_20(int32_t  p_21, uint8_t  p_22, uint32_t  p_23, int32_t * p_24)
{ 
    return &g_2;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_33[i], "g_33[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_62, "g_62", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_65[i][j], "g_65[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_99, "g_99", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_107[i][j], "g_107[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_109[i], "g_109[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_116, "g_116", print_hash_value);
    transparent_crc(g_120, "g_120", print_hash_value);
    transparent_crc(g_121, "g_121", print_hash_value);
    transparent_crc(g_171, "g_171", print_hash_value);
    transparent_crc(g_174, "g_174", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_217[i], "g_217[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
