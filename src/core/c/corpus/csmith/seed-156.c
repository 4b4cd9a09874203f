#include "csmith.h"
static long __undefined;
static int32_t g_3 = 0x2971C1ECL;
static uint32_t g_5 = 0x25BFC88EL;
static uint32_t g_20 = 3UL;
static uint64_t g_44 = 0UL;
static int32_t g_61 = 0x1FD00955L;
static uint8_t g_64 = 1UL;
static int8_t g_66 = 0x3CL;
static int32_t g_69 = 0x9DB650F8L;
static int32_t g_71 = 0x9A78915CL;
static int16_t g_81 = 1L;
static int8_t g_85[4] = {0x10L,0x10L,0x10L,0x10L};
static uint16_t g_86 = 65532UL;
static uint64_t g_106 = 0x2F47574C5516B95FLL;
static uint32_t g_126 = 0xC14C0543L;
static int64_t g_172 = 0xCE1473C7CBC0A3B5LL;
static int32_t *g_206 = &g_71;
static int32_t *g_207 = &g_71;
static uint64_t g_240 = 0x7D8B5B9D1BABB202LL;
static uint32_t  func_1(void);
static int32_t * func_6(uint8_t  p_7, uint32_t * p_8, const int32_t * p_9);
static int32_t * func_10(int32_t  p_11, int32_t * p_12);
static uint32_t  func_1(void)
{ 
    int32_t l_2[1];
    uint64_t l_234 = 0x20B1D2C0F4AEB97DLL;
    uint32_t *l_235 = &g_5;
    int32_t **l_238 = &g_207;
    int32_t *l_239[4];
    int i;
    for (i = 0; i < 1; i++)
        l_2[i] = 0x91A049FEL;
    for (i = 0; i < 4; i++)
        l_239[i] = &g_69;
    for (g_3 = 0; (g_3 <= 0); g_3 += 1)
    { 
        uint32_t *l_4 = &g_5;
        int32_t *l_13 = &g_3;
        int8_t l_18[1][1];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_18[i][j] = 0L;
        }
        if (((((((l_2[g_3] >= g_3) & ((*l_4) ^= g_3)) | l_2[g_3]) | g_3) > l_2[0]) != (-5L)))
        { 
            return g_5;
        }
        else
        { 
            int64_t *l_229 = &g_172;
            int8_t *l_230 = &g_85[0];
            const int32_t l_231 = 0xFC12B63EL;
            uint16_t *l_232 = &g_86;
            int32_t l_233 = 6L;
            int32_t **l_236 = &l_13;
            int32_t **l_237 = (void*)0;
            for (g_5 = 0; (g_5 <= 0); g_5 += 1)
            { 
                int32_t l_19[2][3] = {{0L,0L,0L},{0L,0L,0L}};
                int32_t **l_203 = &l_13;
                int32_t *l_205 = &l_19[1][1];
                int32_t **l_204[3];
                int i, j;
                for (i = 0; i < 3; i++)
                    l_204[i] = &l_205;
                g_207 = (g_206 = ((*l_203) = func_6(l_2[g_3], &g_5, func_10((g_20 = (l_13 != (((safe_add_func_int8_t_s_s(0xF9L, ((((safe_mul_func_uint8_t_u_u((2L >= l_18[0][0]), 0xB5L)) , &g_3) != (void*)0) != l_19[1][1]))) > g_3) , l_13))), &g_3))));
            }
            for (g_106 = 0; (g_106 > 4); g_106++)
            { 
                int8_t l_210 = 0x9DL;
                return l_210;
            }
            g_206 = ((*l_236) = func_6((((g_64 & (safe_add_func_int32_t_s_s(((((safe_div_func_uint8_t_u_u((safe_mod_func_int64_t_s_s((l_233 &= (safe_sub_func_uint64_t_u_u(((void*)0 == l_4), (0xFAAAL ^ (safe_lshift_func_uint16_t_u_u(((*l_232) = ((safe_mod_func_int64_t_s_s(((((safe_div_func_int8_t_s_s((((safe_lshift_func_uint16_t_u_u((((safe_rshift_func_int8_t_s_u(((*l_230) = ((((((((*l_229) = ((-2L) <= (*g_207))) , g_20) | 0x9E7E5C9114784355LL) , 0x22L) != l_2[0]) || l_2[0]) , g_66)), g_86)) & 6L) ^ g_106), (*l_13))) & g_5) >= g_81), l_231)) <= 65529UL) || g_44) <= g_126), l_231)) && 0x7A130ACF16FAF0DCLL)), 7)))))), (*l_13))), g_20)) == 255UL) | g_69) , 0x95EC821CL), g_66))) | l_234) , 248UL), l_235, &g_69));
        }
    }
    (*l_238) = l_235;
    (*l_238) = &g_69;
    g_240--;
    return g_66;
}
static int32_t * func_6(uint8_t  p_7, uint32_t * p_8, const int32_t * p_9)
{ 
    uint32_t l_62 = 0x1EB1C261L;
    int32_t l_82 = 7L;
    int32_t l_83 = 0xC100FABBL;
    int32_t l_84[3][2] = {{0x729FA49BL,0x729FA49BL},{0x729FA49BL,0x729FA49BL},{0x729FA49BL,0x729FA49BL}};
    int32_t *l_131 = &g_71;
    int16_t *l_201[2];
    int i, j;
    for (i = 0; i < 2; i++)
        l_201[i] = &g_81;
lbl_94:
    for (g_20 = 0; (g_20 > 19); g_20 = safe_add_func_int16_t_s_s(g_20, 4))
    { 
        uint64_t *l_43 = &g_44;
        int32_t l_47[1];
        int32_t *l_60 = &g_61;
        uint8_t *l_63 = &g_64;
        int8_t *l_65 = &g_66;
        int32_t *l_67 = (void*)0;
        int32_t *l_68 = &g_69;
        int32_t *l_70 = &g_71;
        int8_t l_80 = 1L;
        int i;
        for (i = 0; i < 1; i++)
            l_47[i] = 0xDB817BB5L;
        (*l_70) &= ((safe_mul_func_int16_t_s_s((safe_div_func_uint16_t_u_u(((safe_sub_func_uint64_t_u_u(((*l_43) = 0x4A53E8AF80453D47LL), ((safe_lshift_func_uint8_t_u_s((l_47[0] <= (safe_rshift_func_int8_t_s_s(p_7, 7))), (safe_sub_func_int64_t_s_s(((((((*l_68) = (((*l_65) = ((safe_mul_func_uint8_t_u_u(((*l_63) = (safe_div_func_int64_t_s_s(((safe_sub_func_int8_t_s_s((l_47[0] , (((safe_add_func_int32_t_s_s((((*l_60) = (p_7 < g_3)) , 0x5815DA77L), l_62)) , g_20) , g_5)), 0x37L)) , 0xC971708C9934B93DLL), g_20))), 0x75L)) == g_3)) != g_3)) <= g_20) || l_62) == g_3) == 0x052DBC40293E9FC6LL), (-1L))))) & 8L))) && 0x92L), p_7)), g_3)) && l_62);
        for (g_71 = (-26); (g_71 < 4); g_71 = safe_add_func_uint32_t_u_u(g_71, 1))
        { 
            uint16_t l_74 = 5UL;
            int32_t **l_75 = (void*)0;
            int32_t *l_76 = &l_47[0];
            int32_t *l_77 = &l_47[0];
            int32_t *l_78 = &l_47[0];
            int32_t *l_79[1];
            int i;
            for (i = 0; i < 1; i++)
                l_79[i] = (void*)0;
            if (l_74)
                break;
            p_9 = &g_69;
            g_86++;
            for (l_82 = 0; (l_82 >= (-3)); --l_82)
            { 
                const int32_t *l_92 = &g_69;
                const int32_t **l_91 = &l_92;
                (*l_91) = p_9;
                (*l_91) = &l_47[0];
            }
        }
    }
    for (g_64 = 0; (g_64 <= 1); g_64 += 1)
    { 
        int32_t *l_93 = &g_71;
        uint32_t *l_98 = (void*)0;
        int32_t l_104 = 0xF70B01AAL;
        int32_t l_105 = 0x6114BB34L;
        int8_t *l_124 = &g_85[1];
        l_93 = func_10(g_3, l_93);
        for (l_83 = 0; (l_83 <= 1); l_83 += 1)
        { 
            int32_t *l_100 = &l_82;
            int32_t *l_101 = &l_84[l_83][g_64];
            int32_t *l_102 = (void*)0;
            int32_t *l_103[3];
            int i, j;
            for (i = 0; i < 3; i++)
                l_103[i] = &g_69;
            l_93 = &l_84[0][1];
            for (l_62 = 0; (l_62 <= 1); l_62 += 1)
            { 
                uint32_t *l_97 = &g_5;
                uint32_t **l_96 = &l_97;
                int8_t *l_99 = &g_85[1];
                int i, j;
                if (g_3)
                    goto lbl_94;
                if (l_84[(l_83 + 1)][l_83])
                    break;
                l_84[(g_64 + 1)][l_83] = ((~(((((((*l_96) = &g_5) == (l_98 = &g_5)) <= p_7) , ((((*l_99) = 0x7BL) >= (g_5 , p_7)) , p_7)) & l_84[(l_83 + 1)][l_83]) || 0UL)) < (*p_9));
            }
            g_106--;
        }
        for (g_20 = (-11); (g_20 >= 25); ++g_20)
        { 
            int8_t l_111 = 0L;
            if ((*l_93))
            { 
                return &g_71;
            }
            else
            { 
                int16_t *l_122 = &g_81;
                const int32_t l_123 = 0x2EBD030DL;
                int8_t *l_125 = &g_85[1];
                int32_t *l_127[1][2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_127[i][j] = &l_83;
                }
                l_104 |= ((p_7 != l_111) >= (((g_126 &= (~(((safe_rshift_func_int8_t_s_s((safe_div_func_int32_t_s_s((((0xC45913EFL == (g_69 = (((safe_sub_func_int8_t_s_s(((!((safe_lshift_func_uint8_t_u_s((((*l_122) = 1L) && 0UL), 0)) <= l_123)) & g_44), (*l_93))) || p_7) ^ 1L))) == l_123) < p_7), (*l_93))), 0)) , l_124) == l_125))) != l_123) || 1L));
                g_71 = (l_84[2][0] = (!((safe_lshift_func_int8_t_s_s((&g_69 == &l_84[0][1]), 4)) > (((*p_8) ^ (l_111 != (((*p_9) == (*p_9)) >= p_7))) , 0xBAL))));
                return &g_3;
            }
        }
    }
    (*l_131) ^= g_86;
    for (g_106 = 0; (g_106 <= 1); g_106 += 1)
    { 
        uint64_t l_145 = 0xB1BE5FB79008C5D1LL;
        int32_t *l_152 = (void*)0;
        int8_t *l_164 = &g_66;
        uint16_t *l_189[1];
        int i;
        for (i = 0; i < 1; i++)
            l_189[i] = &g_86;
        for (g_126 = 0; (g_126 <= 1); g_126 += 1)
        { 
            uint8_t *l_132 = &g_64;
            uint16_t *l_139[3];
            int i, j;
            for (i = 0; i < 3; i++)
                l_139[i] = &g_86;
            l_84[g_126][g_126] = (-1L);
            l_84[(g_106 + 1)][g_106] = ((*l_131) = (((++(*l_132)) > (((safe_sub_func_uint32_t_u_u((safe_mul_func_uint16_t_u_u((g_86 = (0x8E47A8F7DD28A493LL ^ (l_84[(g_106 + 1)][g_126] != l_84[(g_106 + 1)][g_106]))), ((0L & l_84[(g_106 + 1)][g_106]) , 0xFA65L))), g_85[2])) > p_7) , l_84[(g_106 + 1)][g_106])) , 0L));
        }
        if ((safe_lshift_func_int8_t_s_s(0x68L, 1)))
        { 
            int32_t l_153 = 1L;
            (*l_131) ^= ((&g_71 != (void*)0) > (((!(safe_rshift_func_int16_t_s_u((((g_3 <= (p_7 < g_61)) , l_145) , p_7), 6))) , 18446744073709551606UL) | 1UL));
            (*l_131) = (safe_lshift_func_uint8_t_u_s(g_85[0], (5L || (8L ^ ((safe_mul_func_int16_t_s_s((((*l_131) != (safe_sub_func_uint64_t_u_u((l_152 == (void*)0), p_7))) , l_153), l_153)) ^ 0xBB6EL)))));
        }
        else
        { 
            int8_t * const l_160 = &g_66;
            int32_t l_163 = 0xB374F054L;
            (*l_131) = (safe_mul_func_uint8_t_u_u((safe_add_func_uint64_t_u_u((safe_mul_func_uint32_t_u_u((*l_131), ((void*)0 == l_160))), (*l_131))), (safe_sub_func_int16_t_s_s((-1L), (-1L)))));
            l_163 = g_3;
            if ((*p_9))
                continue;
        }
        if (g_5)
            break;
        for (g_81 = 1; (g_81 >= 0); g_81 -= 1)
        { 
            uint32_t *l_165 = &l_62;
            int32_t *l_166 = &l_82;
            int i, j;
            (*l_166) ^= (4294967289UL >= ((*l_131) = ((*l_165) &= (l_84[(g_81 + 1)][g_81] | ((l_164 = l_164) == &g_85[(g_81 + 1)])))));
        }
        for (p_7 = 0; (p_7 <= 1); p_7 += 1)
        { 
            uint64_t l_170 = 0xC4BFEEEDEE6F90CDLL;
            uint64_t *l_191[1][4];
            int8_t *l_202 = &g_66;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 4; j++)
                    l_191[i][j] = &g_44;
            }
            for (g_81 = 1; (g_81 >= 0); g_81 -= 1)
            { 
                int64_t *l_171 = &g_172;
                uint32_t *l_181 = &l_62;
                uint64_t *l_182 = &l_170;
                int32_t **l_190 = &l_131;
                int i, j;
                if (l_84[g_106][p_7])
                    break;
            }
            (*l_131) = ((g_44--) <= (((safe_add_func_uint8_t_u_u((((+l_170) < (safe_unary_minus_func_uint16_t_u((1L & g_81)))) < (safe_mul_func_int8_t_s_s(((((safe_unary_minus_func_int8_t_s((((l_201[0] = (p_7 , l_201[1])) == (void*)0) == 0x5BL))) ^ p_7) , &g_85[0]) != l_202), (*l_131)))), l_170)) >= (*p_8)) , p_7));
        }
    }
    return &g_71;
}
static int32_t * func_10(int32_t  p_11, int32_t * p_12)
{ 
    int32_t l_21[1];
    int32_t *l_22 = &g_3;
    int32_t l_34 = 0xAC16B405L;
    int i;
    for (i = 0; i < 1; i++)
        l_21[i] = 4L;
    for (g_20 = 0; (g_20 <= 0); g_20 += 1)
    { 
        int32_t *l_23[1];
        int32_t **l_24[4][2];
        int i, j;
        for (i = 0; i < 1; i++)
            l_23[i] = &g_3;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 2; j++)
                l_24[i][j] = &l_23[0];
        }
        p_12 = l_22;
        p_12 = l_23[0];
        p_12 = p_12;
        l_34 |= ((l_21[g_20] && 1L) , (safe_mul_func_uint8_t_u_u(p_11, (safe_div_func_int16_t_s_s((safe_add_func_uint64_t_u_u(((safe_div_func_uint64_t_u_u(9UL, (~((void*)0 != &g_5)))) | 0xF5063F3734BD47CDLL), p_11)), (*l_22))))));
    }
    return &g_3;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_44, "g_44", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    transparent_crc(g_64, "g_64", print_hash_value);
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_71, "g_71", print_hash_value);
    transparent_crc(g_81, "g_81", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_85[i], "g_85[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_86, "g_86", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    transparent_crc(g_126, "g_126", print_hash_value);
    transparent_crc(g_172, "g_172", print_hash_value);
    transparent_crc(g_240, "g_240", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
