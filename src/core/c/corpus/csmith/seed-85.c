#include "csmith.h"
static long __undefined;
static int32_t g_2 = 2L;
static int32_t g_5 = 1L;
static int32_t g_8 = 0L;
static const int32_t g_26[2] = {0x0E75D5F8L,0x0E75D5F8L};
static const int32_t g_28 = 0x0F746E33L;
static int32_t *g_31 = (void*)0;
static int8_t g_35 = 0xD8L;
static int32_t g_36 = (-1L);
static uint64_t g_37 = 0UL;
static int64_t g_40 = 3L;
static uint8_t g_74 = 0x5AL;
static int32_t g_77 = 0x617F2E32L;
static uint8_t g_141 = 0x4AL;
static int32_t *g_160[3][3] = {{&g_8,&g_8,&g_8},{(void*)0,(void*)0,(void*)0},{&g_8,&g_8,&g_8}};
static uint64_t g_179 = 1UL;
static uint8_t g_222 = 254UL;
static uint8_t g_226 = 255UL;
static uint32_t g_231 = 0x2C18F7AEL;
static int16_t g_234 = (-9L);
static int16_t  func_1(void);
static uint16_t  func_16(int16_t  p_17, uint32_t  p_18);
static int16_t  func_19(int32_t * p_20, int64_t  p_21, uint16_t  p_22, int8_t  p_23);
static int16_t  func_1(void)
{ 
    int32_t *l_78 = &g_8;
    int32_t l_82 = 0xA7A40015L;
    int64_t l_89 = 5L;
    uint16_t l_90 = 65531UL;
    int16_t l_95 = 0x5F9EL;
    int8_t *l_102 = &g_35;
    uint64_t l_109 = 0xC4FCC00BB0491E1CLL;
    int32_t l_136 = 0x0BE236C4L;
    int32_t l_139 = (-8L);
    uint16_t l_187[2];
    int32_t *l_238 = (void*)0;
    int32_t *l_239[1];
    uint32_t l_240[1];
    int i;
    for (i = 0; i < 2; i++)
        l_187[i] = 0UL;
    for (i = 0; i < 1; i++)
        l_239[i] = (void*)0;
    for (i = 0; i < 1; i++)
        l_240[i] = 4294967291UL;
    for (g_2 = 0; (g_2 == (-18)); g_2--)
    { 
        uint16_t l_12 = 0x580DL;
        for (g_5 = 0; (g_5 < (-9)); g_5 = safe_sub_func_uint32_t_u_u(g_5, 3))
        { 
            uint32_t l_15[1];
            const int32_t *l_27 = &g_28;
            uint64_t l_79 = 0x76CE528CFE7A216DLL;
            int i;
            for (i = 0; i < 1; i++)
                l_15[i] = 0x74C7AF5AL;
            for (g_8 = 1; (g_8 != 1); g_8++)
            { 
                int32_t l_11 = 0x3AFC3718L;
                return l_11;
            }
            l_12--;
            for (l_12 = 0; (l_12 <= 0); l_12 += 1)
            { 
                const int32_t *l_25 = &g_26[0];
                const int32_t **l_24[1][3];
                int32_t *l_30 = &g_8;
                int32_t **l_29[4];
                int8_t *l_76 = (void*)0;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_24[i][j] = &l_25;
                }
                for (i = 0; i < 4; i++)
                    l_29[i] = &l_30;
                l_78 = ((g_77 &= (func_16((g_40 = func_19((((l_27 = &g_5) == (g_31 = (l_15[l_12] , &g_5))) , (g_31 = &g_5)), g_2, g_8, g_28)), g_26[1]) != g_35)) , (void*)0);
                --l_79;
                if ((*g_31))
                    break;
            }
        }
    }
    if (l_82)
    { 
        int32_t *l_83 = &g_77;
        int32_t *l_84 = &g_5;
        int32_t *l_85 = &g_36;
        int32_t *l_86 = &g_77;
        int32_t l_87 = 0x91658D46L;
        int32_t *l_88[4][2] = {{&g_2,&g_8},{&g_2,&g_8},{&g_2,&g_8},{&g_2,&g_8}};
        uint32_t l_97[3];
        int8_t *l_101 = &g_35;
        int i, j;
        for (i = 0; i < 3; i++)
            l_97[i] = 4294967295UL;
        ++l_90;
        if (g_8)
            goto lbl_96;
        if ((safe_lshift_func_int16_t_s_u(l_95, 2)))
        { 
lbl_96:
            g_31 = (void*)0;
            return l_97[2];
        }
        else
        { 
            int8_t * const l_103 = &g_35;
            int64_t *l_104 = (void*)0;
            int64_t *l_105 = &g_40;
            int32_t l_106 = (-4L);
            for (g_77 = (-5); (g_77 != 2); g_77 = safe_add_func_int16_t_s_s(g_77, 7))
            { 
                int32_t **l_100 = &l_78;
                (*l_100) = &g_77;
                (*l_84) |= 5L;
            }
            if ((((l_101 == l_102) , (0xF8L >= (((*l_105) = (l_103 == &g_35)) , l_106))) | g_35))
            { 
                int32_t l_107 = 0x2995F564L;
                return l_107;
            }
            else
            { 
                uint8_t l_108 = 0UL;
                int32_t **l_112 = &l_86;
                l_108 = g_77;
                l_109++;
                (*l_112) = (void*)0;
            }
        }
    }
    else
    { 
        uint32_t l_113 = 0UL;
        uint64_t l_114[3][3] = {{1UL,1UL,1UL},{1UL,1UL,1UL},{1UL,1UL,1UL}};
        int32_t l_140 = (-3L);
        uint64_t *l_145 = &l_109;
        uint64_t l_152[3][2] = {{0x4F97B649564AF7E4LL,0x4F97B649564AF7E4LL},{0x4F97B649564AF7E4LL,0x4F97B649564AF7E4LL},{0x4F97B649564AF7E4LL,0x4F97B649564AF7E4LL}};
        int i, j;
        l_113 ^= 0x9A1771DCL;
        for (g_74 = 0; (g_74 <= 2); g_74 += 1)
        { 
            int32_t l_121 = 0x037580B2L;
            int32_t **l_144[1][4] = {{&g_31,&g_31,&g_31,&g_31}};
            uint8_t l_157 = 255UL;
            int i, j;
            for (l_82 = 0; (l_82 <= 2); l_82 += 1)
            { 
                int32_t *l_115 = &g_2;
                int32_t *l_116 = &g_5;
                int32_t *l_117 = (void*)0;
                int32_t *l_118 = &g_36;
                int32_t *l_119 = &g_8;
                int32_t *l_120 = &g_36;
                int32_t *l_122 = &g_77;
                int32_t *l_123 = &g_8;
                int32_t *l_124 = &g_8;
                int32_t *l_125 = &g_77;
                int32_t *l_126 = &g_2;
                int32_t *l_127 = &g_2;
                int32_t *l_128 = &l_121;
                int32_t *l_129 = (void*)0;
                int32_t *l_130 = (void*)0;
                int32_t *l_131 = &g_77;
                int32_t *l_132 = &g_5;
                int32_t *l_133 = &g_77;
                int32_t *l_134 = &l_121;
                int32_t *l_135 = &g_8;
                int32_t *l_137 = &g_36;
                int32_t *l_138[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_138[i] = &g_5;
                g_141--;
            }
            g_31 = &g_36;
            for (g_35 = 2; (g_35 >= 0); g_35 -= 1)
            { 
                (*g_31) &= 0xFDE6EB9DL;
            }
            if (l_140)
                continue;
            if (l_95)
                goto lbl_237;
            for (l_82 = 2; (l_82 >= 0); l_82 -= 1)
            { 
                uint64_t **l_146 = &l_145;
                int16_t l_159 = 0xDC48L;
                int32_t l_161 = 0xB49FC300L;
                uint16_t *l_170 = &l_90;
                uint32_t l_171[4] = {5UL,5UL,5UL,5UL};
                int i, j;
                g_31 = ((((*l_146) = l_145) != &l_114[g_74][l_82]) , ((((safe_mod_func_uint32_t_u_u(((safe_div_func_uint32_t_u_u((safe_unary_minus_func_int64_t_s((l_152[2][1] , (safe_lshift_func_int8_t_s_u((safe_sub_func_int32_t_s_s(((l_157 > (safe_unary_minus_func_int32_t_s((((((0x79E7L && 0L) | l_89) > l_114[g_74][l_82]) | 65530UL) , (*g_31))))) == l_159), (*g_31))), 1))))), 0xE374D1AAL)) || g_2), (-5L))) && l_152[2][0]) , l_109) , (void*)0));
                g_160[2][0] = (g_31 = &g_8);
                if (l_161)
                    continue;
                l_140 = (((safe_lshift_func_int8_t_s_s(((*l_102) = l_140), 0)) , ((((*g_31) = ((safe_rshift_func_int8_t_s_s((safe_add_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u((((l_159 != 0xB7L) >= g_26[0]) , ((*l_170) ^= g_36)), g_35)), g_5)), 3)) ^ l_171[2])) ^ l_82) , g_28)) , (*g_31));
            }
        }
    }
lbl_237:
    for (g_141 = 0; (g_141 > 16); ++g_141)
    { 
        uint32_t l_176[3];
        uint64_t *l_201 = &g_179;
        int32_t l_204[3];
        uint8_t *l_212 = &g_74;
        int16_t *l_213 = &l_95;
        uint8_t *l_225 = &g_226;
        uint32_t *l_229 = (void*)0;
        uint32_t *l_230 = &g_231;
        int16_t *l_232 = (void*)0;
        int16_t *l_233[4];
        int32_t *l_235 = &g_5;
        int32_t **l_236[4][2] = {{&g_31,&g_31},{&g_31,&g_31},{&g_31,&g_31},{&g_31,&g_31}};
        int i, j;
        for (i = 0; i < 3; i++)
            l_176[i] = 9UL;
        for (i = 0; i < 3; i++)
            l_204[i] = 0xA6E5C471L;
        for (i = 0; i < 4; i++)
            l_233[i] = &g_234;
        if (l_95)
            break;
        if ((g_5 == (((safe_div_func_int64_t_s_s(0x06B29CEE28C9940ELL, l_176[1])) == ((((safe_add_func_int8_t_s_s((l_176[2] == g_74), 0UL)) == 0xD3A6F3299C26CA6BLL) & g_179) == g_35)) & g_28)))
        { 
            int32_t *l_180 = &g_5;
            int32_t *l_181 = &l_82;
            int32_t *l_182 = (void*)0;
            int32_t *l_183 = &l_136;
            int32_t *l_184 = &g_36;
            int32_t *l_185 = (void*)0;
            int32_t *l_186[2];
            int i;
            for (i = 0; i < 2; i++)
                l_186[i] = (void*)0;
            l_187[1]++;
            return l_176[1];
        }
        else
        { 
            uint32_t l_192[2][2];
            int8_t *l_200 = (void*)0;
            uint64_t **l_202 = &l_201;
            int16_t *l_203[4];
            int32_t l_205 = 0xFF6FCCE8L;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                    l_192[i][j] = 0x545FE63FL;
            }
            for (i = 0; i < 4; i++)
                l_203[i] = (void*)0;
            l_205 = ((((l_204[2] = ((safe_add_func_int8_t_s_s(l_192[0][1], (safe_add_func_int64_t_s_s((safe_mul_func_uint8_t_u_u((l_176[1] , (!(safe_rshift_func_int16_t_s_u((((l_200 != ((((*l_202) = l_201) != &g_37) , l_200)) != g_8) || g_74), 1)))), g_8)), g_40)))) ^ g_26[1])) ^ 0L) == g_28) & g_77);
        }
        (*l_235) = (safe_lshift_func_int16_t_s_s(((*l_213) = (safe_mod_func_int8_t_s_s(((safe_rshift_func_uint8_t_u_u(1UL, 2)) < 0xE92CL), ((*l_212) = g_74)))), (safe_rshift_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_u(g_5, ((l_136 = ((safe_div_func_uint32_t_u_u(((*l_230) &= (safe_sub_func_uint8_t_u_u(((*l_225) &= (--g_222)), ((safe_mod_func_int64_t_s_s(((void*)0 == l_212), g_5)) < l_204[0])))), 0xA2BD3B2FL)) || 0xDD78B055L)) , g_234))), l_176[2]))));
        l_78 = &g_77;
    }
    ++l_240[0];
    return g_37;
}
static uint16_t  func_16(int16_t  p_17, uint32_t  p_18)
{ 
    int8_t l_45[2][1];
    int32_t l_58 = (-7L);
    int32_t *l_65 = &g_36;
    uint64_t *l_72 = &g_37;
    uint8_t *l_73 = &g_74;
    uint32_t l_75[1][1];
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_45[i][j] = 0x60L;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_75[i][j] = 0x9CD49D54L;
    }
    for (g_8 = 0; (g_8 == (-24)); g_8--)
    { 
        int32_t *l_44 = &g_36;
        (*l_44) = (+(p_17 , 0L));
    }
    for (g_36 = 0; (g_36 >= 0); g_36 -= 1)
    { 
        uint64_t l_46 = 18446744073709551608UL;
        int32_t l_56[2][3];
        int32_t **l_57 = &g_31;
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 3; j++)
                l_56[i][j] = 0x8F381C4EL;
        }
        l_46 ^= (g_5 < (&g_31 != (void*)0));
        l_58 = ((safe_rshift_func_uint16_t_u_s(((g_28 & (safe_rshift_func_uint16_t_u_s((g_37 , ((((((safe_mul_func_int8_t_s_s((+l_46), (safe_rshift_func_uint16_t_u_u((g_26[0] ^ p_18), 7)))) , l_56[1][2]) , l_57) == l_57) , 0x57L) & g_37)), 5))) , g_26[0]), (**l_57))) & p_17);
        for (l_46 = 0; (l_46 <= 0); l_46 += 1)
        { 
            return p_17;
        }
    }
    (*l_65) = (l_45[1][0] != ((-5L) > (((safe_div_func_uint8_t_u_u(p_18, ((safe_mod_func_int16_t_s_s((safe_lshift_func_uint16_t_u_u(((g_37 == (g_36 != p_18)) < (*g_31)), 7)), 0xEEBDL)) , 5L))) ^ g_40) , (-1L))));
    (*l_65) = (safe_rshift_func_int16_t_s_s(((&l_58 == &g_26[1]) == (safe_lshift_func_uint16_t_u_s(((0x8BL <= (((*l_73) = (safe_lshift_func_uint16_t_u_s((((((*l_72) = (((((((void*)0 == &l_65) , (*g_31)) , 0UL) <= 18446744073709551615UL) > p_18) , (*l_65))) & p_17) == g_35) != p_17), 13))) & 0xEFL)) > g_26[1]), 11))), p_18));
    return l_75[0][0];
}
static int16_t  func_19(int32_t * p_20, int64_t  p_21, uint16_t  p_22, int8_t  p_23)
{ 
    int32_t *l_32 = (void*)0;
    int32_t *l_33 = &g_8;
    int32_t *l_34[2];
    int i;
    for (i = 0; i < 2; i++)
        l_34[i] = &g_8;
    ++g_37;
    return p_21;
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
    transparent_crc(g_8, "g_8", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_26[i], "g_26[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_28, "g_28", print_hash_value);
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    transparent_crc(g_40, "g_40", print_hash_value);
    transparent_crc(g_74, "g_74", print_hash_value);
    transparent_crc(g_77, "g_77", print_hash_value);
    transparent_crc(g_141, "g_141", print_hash_value);
    transparent_crc(g_179, "g_179", print_hash_value);
    transparent_crc(g_222, "g_222", print_hash_value);
    transparent_crc(g_226, "g_226", print_hash_value);
    transparent_crc(g_231, "g_231", print_hash_value);
    transparent_crc(g_234, "g_234", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
