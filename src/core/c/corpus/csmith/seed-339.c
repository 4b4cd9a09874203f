#include "csmith.h"
static long __undefined;
struct S0 {
   int32_t  f0;
   int64_t  f1;
   uint32_t  f2;
   int32_t  f3;
   int32_t  f4;
   int8_t  f5;
   const uint16_t  f6;
   const int8_t  f7;
   int8_t  f8;
};
struct S1 {
   int32_t  f0;
   uint32_t  f1;
   int8_t  f2;
   uint8_t  f3;
   int16_t  f4;
   int64_t  f5;
   uint32_t  f6;
};
static int32_t g_8 = (-8L);
static uint64_t g_16 = 0x48DC164F943AF780LL;
static int16_t g_18 = 1L;
static int16_t g_27 = 1L;
static int16_t * const g_26 = &g_27;
static uint64_t g_34 = 18446744073709551615UL;
static int32_t g_48 = 0xA3D0676DL;
static uint8_t g_50 = 0x20L;
static struct S1 g_53 = {0xF46A2FF8L,4294967295UL,-7L,1UL,0x2071L,2L,4294967286UL};
static struct S0 g_57 = {0x5226059BL,0x80B7F2DBF905AFB0LL,0UL,0x419813DAL,9L,1L,0UL,2L,0x48L};
static int8_t g_69 = 1L;
static uint16_t g_79 = 0xB2D9L;
static int32_t g_97 = 0x1833FEF3L;
static int64_t g_98 = 0x7988D8264474F446LL;
static int8_t g_99 = 1L;
static int32_t g_101 = 1L;
static int8_t g_102 = 0xAFL;
static int32_t g_104 = 0x88F92831L;
static uint8_t g_105 = 0x1AL;
static int32_t *g_115 = &g_8;
static uint8_t g_123 = 0x92L;
static struct S1 g_137 = {0xBB9A9CB8L,1UL,0xF8L,0x98L,0L,1L,7UL};
static int32_t g_139 = 0xCB711399L;
static uint32_t g_145 = 0xB38B2FA4L;
static uint16_t **g_151 = (void*)0;
static uint64_t g_155 = 0x2E2F9D96817529D5LL;
static int16_t  func_1(void);
static struct S1  func_9(int8_t  p_10, uint8_t  p_11);
static uint16_t  func_20(uint32_t  p_21, int16_t * const  p_22, int16_t * p_23, struct S1  p_24, uint16_t  p_25);
static int16_t  func_1(void)
{ 
    uint32_t l_4 = 0x9CF1813FL;
    uint16_t *l_78 = &g_79;
    int64_t l_110 = 1L;
    int32_t l_117 = (-5L);
    int32_t l_121[4][2] = {{(-1L),(-1L)},{(-1L),(-1L)},{(-1L),(-1L)},{(-1L),(-1L)}};
    int8_t l_154[2][4] = {{0x51L,3L,3L,0x51L},{3L,0x51L,3L,3L}};
    int i, j;
    if ((safe_rshift_func_int16_t_s_u(l_4, 10)))
    { 
        const uint32_t l_15 = 0UL;
        int32_t l_75 = 0xC0D4F8A8L;
        for (l_4 = 0; (l_4 <= 49); l_4 = safe_add_func_uint32_t_u_u(l_4, 9))
        { 
            uint32_t l_7[1][3];
            const int32_t l_56 = 0x6DB25596L;
            uint16_t **l_80 = &l_78;
            struct S1 *l_82 = (void*)0;
            struct S1 *l_83 = &g_53;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_7[i][j] = 4294967292UL;
            }
            for (g_8 = 0; (g_8 >= 0); g_8 -= 1)
            { 
                int16_t *l_17 = &g_18;
                struct S1 l_28 = {7L,8UL,0x77L,0x6EL,0x1137L,0x3312EF314D41BD43LL,0x9C8C74C3L};
                struct S1 *l_73 = &l_28;
                int32_t *l_74[2][4] = {{&g_48,&g_48,&g_48,&g_48},{&g_48,&g_48,&g_48,&g_48}};
                int i, j;
                (*l_73) = func_9(l_7[g_8][(g_8 + 1)], (((((*l_17) = ((~(safe_sub_func_uint64_t_u_u(l_15, (g_16 = g_8)))) >= l_7[0][0])) | (!(((((func_20(g_8, g_26, &g_27, l_28, l_15) >= g_53.f6) & g_8) >= 0xD5E18B70F7348F3BLL) || l_56) > l_4))) , g_57) , l_4));
                l_75 = g_57.f2;
            }
            if (((safe_sub_func_int64_t_s_s(0L, 0xC0D6AF1061642E2BLL)) ^ (g_26 == ((*l_80) = l_78))))
            { 
                return (*g_26);
            }
            else
            { 
                int32_t *l_81[4][1];
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_81[i][j] = &g_57.f3;
                }
                g_48 = 0L;
                g_57.f3 = l_7[0][0];
            }
            if (g_53.f4)
                continue;
            (*l_83) = g_53;
        }
    }
    else
    { 
        int32_t *l_87 = &g_48;
        int64_t l_116[4][3];
        int32_t l_122[4][2] = {{0x1538544CL,0x1538544CL},{0x1538544CL,0x1538544CL},{0x1538544CL,0x1538544CL},{0x1538544CL,0x1538544CL}};
        const uint32_t *l_159[1];
        const uint32_t **l_158[3][2];
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 3; j++)
                l_116[i][j] = 0xBB47CE4AD8520267LL;
        }
        for (i = 0; i < 1; i++)
            l_159[i] = &l_4;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 2; j++)
                l_158[i][j] = &l_159[0];
        }
lbl_114:
        (*l_87) &= (+(safe_lshift_func_int16_t_s_s(l_4, 7)));
        for (g_48 = 12; (g_48 > (-23)); g_48--)
        { 
            uint32_t l_90 = 0UL;
            int32_t l_100[4] = {0x5D198791L,0x5D198791L,0x5D198791L,0x5D198791L};
            uint32_t l_109 = 9UL;
            int32_t *l_111 = &g_8;
            int i;
            if ((l_4 , ((-9L) <= (((g_57 , l_90) , (safe_div_func_uint64_t_u_u((((((safe_rshift_func_uint16_t_u_u((+g_34), 9)) && g_53.f4) >= 65535UL) < l_4) ^ 0x293347D0445F7642LL), l_90))) < g_27))))
            { 
                int32_t *l_96[3][4] = {{&g_8,&g_8,&g_8,&g_8},{&g_8,&g_8,&g_8,&g_8},{&g_8,&g_8,&g_8,&g_8}};
                int8_t l_103 = 0L;
                int i, j;
                --g_105;
            }
            else
            { 
                uint8_t l_108 = 0UL;
                if (g_53.f2)
                    break;
                if (l_108)
                    continue;
            }
            g_57.f3 = ((-1L) && ((*l_111) ^= (g_27 != (l_109 , l_110))));
            for (g_53.f6 = 0; (g_53.f6 < 14); ++g_53.f6)
            { 
                if (l_4)
                    goto lbl_114;
                (*l_111) = ((g_115 = &l_100[2]) == (g_53.f3 , &g_8));
                if (l_4)
                    goto lbl_114;
            }
        }
        for (g_53.f3 = 0; (g_53.f3 <= 2); g_53.f3 += 1)
        { 
            int32_t *l_118 = (void*)0;
            int32_t *l_119 = &g_48;
            int32_t *l_120[3];
            uint16_t **l_127 = &l_78;
            uint16_t ***l_126 = &l_127;
            int32_t l_129 = 0xD8CA617AL;
            struct S1 *l_136 = &g_137;
            uint32_t l_148 = 4294967292UL;
            int i;
            for (i = 0; i < 3; i++)
                l_120[i] = &g_8;
            ++g_123;
            (*l_126) = &l_78;
            for (g_50 = 0; (g_50 <= 2); g_50 += 1)
            { 
                int32_t **l_128 = &l_120[0];
                uint32_t *l_130 = (void*)0;
                int16_t *l_135 = &g_18;
                int32_t l_138 = 0xC6906F44L;
                int32_t l_140 = 0xE2F300D2L;
                int64_t l_141[1][4] = {{0xB573FAD3D248F621LL,0xB573FAD3D248F621LL,0xB573FAD3D248F621LL,0xB573FAD3D248F621LL}};
                int32_t l_142 = 8L;
                int32_t l_143 = 0L;
                int32_t l_144 = (-2L);
                int i, j;
                (*l_128) = (void*)0;
                (*l_87) = ((l_4 <= ((g_57.f4 & ((g_53.f6++) > 0x82AE03F7L)) < (((((safe_mul_func_int8_t_s_s((((*l_135) &= (*g_26)) <= ((void*)0 == l_136)), 0x70L)) || g_69) || g_137.f3) < 0x23EBL) < (*g_26)))) & g_99);
                g_145--;
            }
            (*l_87) = (((g_16 < l_148) & (((*g_26) = ((safe_rshift_func_int8_t_s_s((*l_119), (0xC698B38BL == (g_57.f3 = ((void*)0 == g_151))))) ^ (*l_119))) != l_110)) & l_117);
            for (g_8 = 2; (g_8 >= 0); g_8 -= 1)
            { 
                const uint32_t ***l_160 = &l_158[1][0];
                (*l_136) = (((((l_4 ^ (safe_div_func_int32_t_s_s(9L, ((*l_136) , l_154[1][2])))) != 0UL) != 0UL) > g_27) , g_137);
                g_155++;
                (*l_160) = l_158[1][0];
            }
        }
    }
    return l_110;
}
static struct S1  func_9(int8_t  p_10, uint8_t  p_11)
{ 
    const int8_t l_60 = 0xD5L;
    const int32_t *l_61 = &g_57.f3;
    const int32_t **l_62 = &l_61;
    int32_t *l_70 = (void*)0;
    int32_t *l_71 = (void*)0;
    int32_t *l_72 = &g_57.f3;
    (*l_72) = (g_48 &= (safe_rshift_func_uint16_t_u_u(l_60, (((((g_53 , ((*l_62) = l_61)) == ((((safe_mod_func_uint8_t_u_u(((safe_div_func_uint8_t_u_u((safe_sub_func_int32_t_s_s(g_53.f3, 0L)), g_57.f5)) , g_69), g_27)) == (*g_26)) <= p_10) , (void*)0)) < l_60) , g_8) != 0x0085190AL))));
    return g_53;
}
static uint16_t  func_20(uint32_t  p_21, int16_t * const  p_22, int16_t * p_23, struct S1  p_24, uint16_t  p_25)
{ 
    uint8_t l_35 = 1UL;
    int32_t *l_49[1][4] = {{&g_48,&g_48,&g_48,&g_48}};
    int16_t *l_54 = (void*)0;
    uint64_t l_55 = 1UL;
    int i, j;
    if (g_27)
    { 
        return g_27;
    }
    else
    { 
        int8_t l_40 = 1L;
        for (p_25 = 0; (p_25 == 2); p_25++)
        { 
            uint16_t l_33 = 0xC29BL;
            int32_t l_46[2];
            int i;
            for (i = 0; i < 2; i++)
                l_46[i] = 0x9C0D2877L;
            for (p_24.f6 = 0; (p_24.f6 < 22); ++p_24.f6)
            { 
                uint16_t *l_45 = &l_33;
                int32_t *l_47 = &g_48;
                g_34 = l_33;
                if (l_35)
                    break;
                (*l_47) ^= ((((((*l_45) = (safe_add_func_uint16_t_u_u(l_35, (((l_40 | ((((safe_mod_func_uint16_t_u_u(((safe_rshift_func_int16_t_s_u(0x74E3L, 10)) , ((void*)0 != &g_27)), 1L)) | g_34) < 0xB5F6L) >= l_33)) && g_27) | 3UL)))) != l_46[1]) == p_24.f0) && l_40) | (*g_26));
            }
        }
    }
    g_50++;
    l_55 |= (g_53 , ((g_50 || (g_48 = g_53.f3)) < (((1L > (-8L)) , l_54) != &g_27)));
    return g_27;
}
int main (void)
{
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_16, "g_16", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_27, "g_27", print_hash_value);
    transparent_crc(g_34, "g_34", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_50, "g_50", print_hash_value);
    transparent_crc(g_53.f0, "g_53.f0", print_hash_value);
    transparent_crc(g_53.f1, "g_53.f1", print_hash_value);
    transparent_crc(g_53.f2, "g_53.f2", print_hash_value);
    transparent_crc(g_53.f3, "g_53.f3", print_hash_value);
    transparent_crc(g_53.f4, "g_53.f4", print_hash_value);
    transparent_crc(g_53.f5, "g_53.f5", print_hash_value);
    transparent_crc(g_53.f6, "g_53.f6", print_hash_value);
    transparent_crc(g_57.f0, "g_57.f0", print_hash_value);
    transparent_crc(g_57.f1, "g_57.f1", print_hash_value);
    transparent_crc(g_57.f2, "g_57.f2", print_hash_value);
    transparent_crc(g_57.f3, "g_57.f3", print_hash_value);
    transparent_crc(g_57.f4, "g_57.f4", print_hash_value);
    transparent_crc(g_57.f5, "g_57.f5", print_hash_value);
    transparent_crc(g_57.f6, "g_57.f6", print_hash_value);
    transparent_crc(g_57.f7, "g_57.f7", print_hash_value);
    transparent_crc(g_57.f8, "g_57.f8", print_hash_value);
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_79, "g_79", print_hash_value);
    transparent_crc(g_97, "g_97", print_hash_value);
    transparent_crc(g_98, "g_98", print_hash_value);
    transparent_crc(g_99, "g_99", print_hash_value);
    transparent_crc(g_101, "g_101", print_hash_value);
    transparent_crc(g_102, "g_102", print_hash_value);
    transparent_crc(g_104, "g_104", print_hash_value);
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_123, "g_123", print_hash_value);
    transparent_crc(g_137.f0, "g_137.f0", print_hash_value);
    transparent_crc(g_137.f1, "g_137.f1", print_hash_value);
    transparent_crc(g_137.f2, "g_137.f2", print_hash_value);
    transparent_crc(g_137.f3, "g_137.f3", print_hash_value);
    transparent_crc(g_137.f4, "g_137.f4", print_hash_value);
    transparent_crc(g_137.f5, "g_137.f5", print_hash_value);
    transparent_crc(g_137.f6, "g_137.f6", print_hash_value);
    transparent_crc(g_139, "g_139", print_hash_value);
    transparent_crc(g_145, "g_145", print_hash_value);
    transparent_crc(g_155, "g_155", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
