#include "csmith.h"
static long __undefined;
struct S0 {
   uint8_t  f0;
   uint16_t  f1;
   uint16_t  f2;
   int8_t  f3;
   uint64_t  f4;
   int32_t  f5;
   uint32_t  f6;
   int8_t  f7;
   int64_t  f8;
};
static const int32_t g_14[4] = {(-7L),(-7L),(-7L),(-7L)};
static int16_t g_16 = 0x31E4L;
static int16_t g_18 = (-1L);
static int32_t g_25 = (-1L);
static int32_t g_26 = 1L;
static int32_t g_28[1] = {2L};
static uint32_t g_29[1] = {9UL};
static struct S0 *g_32[3] = {(void*)0,(void*)0,(void*)0};
static struct S0 g_40 = {0x20L,0xD7E6L,7UL,0xD6L,0xC043CA3807906852LL,7L,18446744073709551607UL,0x44L,4L};
static struct S0 *g_41 = &g_40;
static int32_t *g_63 = &g_40.f5;
static int32_t **g_62 = &g_63;
static int16_t **g_67 = (void*)0;
static int64_t *g_80 = (void*)0;
static uint16_t g_116[2] = {0xB988L,0xB988L};
static int64_t g_127 = (-9L);
static int32_t ****g_160 = (void*)0;
static uint8_t g_163 = 247UL;
static int8_t  func_1(void);
static int16_t  func_6(int64_t  p_7, uint8_t  p_8, uint32_t  p_9, int64_t  p_10, uint32_t  p_11);
static uint8_t  func_34(struct S0 ** p_35, int32_t  p_36, uint64_t  p_37);
static int8_t  func_1(void)
{ 
    int32_t l_12 = 0xA1A4D63AL;
    int16_t l_13 = 0x0299L;
    int16_t *l_15 = &g_16;
    int16_t *l_17 = &g_18;
    struct S0 **l_33 = &g_32[1];
    struct S0 *l_39 = &g_40;
    struct S0 **l_38[1];
    int8_t l_102 = 0xC5L;
    int32_t l_110[1];
    uint32_t l_128 = 0x51D59FB4L;
    int16_t * const *l_132 = &l_17;
    int16_t * const **l_131 = &l_132;
    int i;
    for (i = 0; i < 1; i++)
        l_38[i] = &l_39;
    for (i = 0; i < 1; i++)
        l_110[i] = 0x25FF9347L;
    (*l_33) = ((safe_rshift_func_uint8_t_u_s(9UL, (safe_sub_func_uint8_t_u_u((func_6(l_12, l_13, (((g_14[1] == (((*l_17) = ((*l_15) ^= 0x9695L)) , g_14[0])) >= 0x4952L) || g_14[1]), l_13, g_14[1]) == 65533UL), l_13)))) , g_32[2]);
    if ((func_34(&g_32[0], ((((g_32[2] != (g_41 = (*l_33))) || ((safe_sub_func_uint16_t_u_u(((void*)0 == (*l_33)), 0xA800L)) != l_13)) == 4294967289UL) && l_12), l_13) , 0xA66BE80DL))
    { 
        int64_t l_65 = 5L;
        for (g_16 = 0; (g_16 < (-26)); g_16 = safe_sub_func_int16_t_s_s(g_16, 8))
        { 
            int64_t *l_50 = &g_40.f8;
            int16_t **l_60 = &l_15;
            int32_t l_61 = (-1L);
            int32_t ***l_64 = (void*)0;
            uint16_t l_83[2][4];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 4; j++)
                    l_83[i][j] = 65535UL;
            }
            if ((safe_sub_func_int64_t_s_s(((*l_50) = (0UL || (((4294967295UL <= g_28[0]) , (void*)0) != &g_16))), 0xD01D8AAC4E246355LL)))
            { 
                int32_t *l_52 = (void*)0;
                int32_t **l_51 = &l_52;
                (*l_51) = &g_26;
                return g_40.f8;
            }
            else
            { 
                const int32_t **l_53 = (void*)0;
                const int32_t *l_55 = &g_40.f5;
                const int32_t **l_54 = &l_55;
                if (g_40.f3)
                    break;
                (*l_54) = &g_14[1];
            }
            if ((g_40.f8 || (((((g_62 = (((safe_mul_func_int8_t_s_s(((safe_mod_func_int16_t_s_s((&g_18 != ((*l_60) = &g_16)), l_61)) >= g_40.f6), g_14[1])) < l_61) , g_62)) == (void*)0) , g_29[0]) == l_65) , g_40.f3)))
            { 
                int16_t ***l_66[2];
                uint16_t *l_68 = &g_40.f2;
                int32_t l_71 = 0x3C7D9ACCL;
                int32_t *l_81[1][2];
                int i, j;
                for (i = 0; i < 2; i++)
                    l_66[i] = &l_60;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_81[i][j] = &g_26;
                }
                g_67 = l_60;
                g_26 = ((**g_62) = (((*l_68) = g_14[3]) , ((l_71 == 0xCBL) <= ((safe_div_func_int64_t_s_s(((((*l_50) = (((safe_mod_func_uint32_t_u_u(((safe_add_func_uint16_t_u_u((((safe_sub_func_uint8_t_u_u((g_80 != l_50), g_40.f0)) | 0x8E9EL) <= 0x6A3FL), 0L)) & 0xE0EFL), (**g_62))) && l_13) & 4294967295UL)) ^ l_61) < g_29[0]), g_40.f2)) >= (**g_62)))));
            }
            else
            { 
                int8_t l_82 = 0x84L;
                return l_82;
            }
            for (l_61 = 0; (l_61 <= 2); l_61 += 1)
            { 
                if (l_12)
                    break;
                if (l_83[0][2])
                    continue;
                if (l_13)
                    break;
            }
        }
        (*g_62) = &l_12;
        for (g_40.f7 = 2; (g_40.f7 >= 0); g_40.f7 -= 1)
        { 
            uint64_t l_84 = 1UL;
            return l_84;
        }
    }
    else
    { 
        uint64_t l_93 = 18446744073709551615UL;
        struct S0 l_100 = {0UL,0UL,0x103AL,1L,0x7D1C1305499C2BA9LL,-1L,18446744073709551615UL,0x37L,0xA3B40187A30E5935LL};
        int64_t *l_101 = &g_40.f8;
        int64_t *l_103 = (void*)0;
        int64_t *l_104 = &l_100.f8;
        int32_t l_105[1];
        int32_t l_155 = 1L;
        int32_t ***l_158[1][3];
        int32_t ****l_157 = &l_158[0][0];
        int i, j;
        for (i = 0; i < 1; i++)
            l_105[i] = 1L;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_158[i][j] = &g_62;
        }
        (**g_62) |= ((safe_add_func_int64_t_s_s((l_105[0] |= ((safe_rshift_func_uint8_t_u_s((safe_div_func_int64_t_s_s(g_26, ((*l_104) = (safe_sub_func_int16_t_s_s((g_28[0] < l_93), ((*l_17) = ((l_102 &= (safe_mod_func_int64_t_s_s((((safe_mod_func_uint8_t_u_u(((((*l_101) &= (safe_add_func_uint8_t_u_u((l_100 , ((l_12 , 0xF6L) && 0x4AL)), 1UL))) <= g_40.f1) == l_13), 9L)) != l_100.f7) , g_14[1]), l_12))) != g_28[0]))))))), g_40.f3)) , l_100.f7)), l_100.f5)) || g_26);
        for (l_100.f0 = 4; (l_100.f0 != 24); l_100.f0 = safe_add_func_int16_t_s_s(l_100.f0, 4))
        { 
            uint16_t l_124 = 0xA8AEL;
            int32_t *l_125 = &g_40.f5;
            int32_t *l_126[2][2];
            int16_t * const ***l_133 = &l_131;
            int16_t l_139 = 0L;
            struct S0 l_142 = {0x1FL,1UL,0x333BL,0xD5L,7UL,0x9AE18D8EL,0UL,-2L,0x2E9F28033D0BF8AELL};
            int32_t l_161 = 4L;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                    l_126[i][j] = &l_110[0];
            }
            for (l_12 = (-12); (l_12 == 12); ++l_12)
            { 
                int32_t *l_111 = &l_105[0];
                int32_t *l_112 = &l_100.f5;
                int32_t *l_113 = &l_100.f5;
                int32_t *l_114 = &g_26;
                int32_t *l_115[2][2];
                uint16_t *l_121 = &g_40.f2;
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_115[i][j] = &l_105[0];
                }
                g_116[0]--;
                (*l_114) ^= (~((+((*l_121)--)) >= l_124));
                (*l_113) &= (-3L);
            }
            l_128++;
            if ((((*l_133) = l_131) != &g_67))
            { 
                int8_t l_136[4];
                int32_t ***l_144 = &g_62;
                int32_t ****l_143 = &l_144;
                uint8_t *l_154 = &g_40.f0;
                uint8_t *l_156 = &l_142.f0;
                int i;
                for (i = 0; i < 4; i++)
                    l_136[i] = 0x27L;
                g_26 |= (safe_lshift_func_int16_t_s_s(l_136[0], ((((((safe_sub_func_int16_t_s_s(l_139, 0x655DL)) , (safe_sub_func_int64_t_s_s(((*l_101) = (*l_125)), l_136[3]))) != l_110[0]) , l_142) , 6L) <= l_136[0])));
                (*l_143) = &g_62;
                (*l_39) = l_142;
                l_110[0] &= ((****l_143) &= (safe_mod_func_uint32_t_u_u(g_40.f4, (safe_mod_func_int8_t_s_s((safe_mul_func_uint8_t_u_u((!(g_16 != (safe_lshift_func_uint8_t_u_s(((*l_154) = 0x47L), 4)))), l_155)), ((*l_156) = l_100.f5))))));
            }
            else
            { 
                int32_t *****l_159 = &l_157;
                int32_t l_162 = 0x9453CEA5L;
                (*g_63) |= (((*l_159) = l_157) == g_160);
                --g_163;
                l_162 &= ((*l_125) = 0x2F4E6B69L);
            }
        }
    }
    return g_40.f8;
}
static int16_t  func_6(int64_t  p_7, uint8_t  p_8, uint32_t  p_9, int64_t  p_10, uint32_t  p_11)
{ 
    int64_t l_23 = 0x9D3388A0193208AFLL;
    int32_t *l_24 = &g_25;
    int32_t *l_27[1][4];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_27[i][j] = &g_26;
    }
    g_26 |= ((*l_24) = (safe_mul_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u(g_18, 1L)), l_23)));
    (*l_24) &= g_18;
    g_29[0]++;
    return p_11;
}
static uint8_t  func_34(struct S0 ** p_35, int32_t  p_36, uint64_t  p_37)
{ 
    for (g_40.f3 = 0; (g_40.f3 >= 0); g_40.f3 -= 1)
    { 
        for (g_40.f8 = 0; (g_40.f8 >= 0); g_40.f8 -= 1)
        { 
            int32_t *l_44 = &g_40.f5;
            int32_t **l_45 = &l_44;
            (*l_45) = l_44;
        }
    }
    return p_36;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_14[i], "g_14[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_16, "g_16", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_25, "g_25", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_28[i], "g_28[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_29[i], "g_29[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_40.f0, "g_40.f0", print_hash_value);
    transparent_crc(g_40.f1, "g_40.f1", print_hash_value);
    transparent_crc(g_40.f2, "g_40.f2", print_hash_value);
    transparent_crc(g_40.f3, "g_40.f3", print_hash_value);
    transparent_crc(g_40.f4, "g_40.f4", print_hash_value);
    transparent_crc(g_40.f5, "g_40.f5", print_hash_value);
    transparent_crc(g_40.f6, "g_40.f6", print_hash_value);
    transparent_crc(g_40.f7, "g_40.f7", print_hash_value);
    transparent_crc(g_40.f8, "g_40.f8", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_116[i], "g_116[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_127, "g_127", print_hash_value);
    transparent_crc(g_163, "g_163", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
