#include "csmith.h"
static long __undefined;
static int32_t g_4 = 0xE1E87DF2L;
static int32_t g_30 = (-7L);
static int32_t *g_29 = &g_30;
static int32_t g_39 = 0x4DB2A93FL;
static uint32_t g_60 = 4294967290UL;
static int16_t g_72 = 0x1A0EL;
static int32_t g_73[4] = {(-2L),(-2L),(-2L),(-2L)};
static uint64_t g_77[4][2] = {{0x9888327BC4A6B1F1LL,0x9888327BC4A6B1F1LL},{0x9888327BC4A6B1F1LL,0x9888327BC4A6B1F1LL},{0x9888327BC4A6B1F1LL,0x9888327BC4A6B1F1LL},{0x9888327BC4A6B1F1LL,0x9888327BC4A6B1F1LL}};
static uint16_t g_78 = 65534UL;
static uint8_t g_81 = 0UL;
static uint16_t g_87 = 1UL;
static uint16_t g_91 = 0x650DL;
static int32_t g_93 = 6L;
static uint8_t g_95 = 0xA6L;
static uint16_t g_101 = 0x0DECL;
static int32_t g_124[3] = {1L,1L,1L};
static uint16_t g_126 = 65532UL;
static const uint16_t **g_183 = (void*)0;
static int16_t **g_193 = (void*)0;
static int16_t g_195 = 0xBBB1L;
static const uint32_t  func_1(void);
static uint16_t  func_12(int32_t * p_13, int32_t * p_14, uint16_t  p_15, int32_t * p_16);
static int8_t  func_23(uint8_t  p_24, const uint32_t  p_25, int64_t  p_26, const int32_t * p_27);
static const uint32_t  func_1(void)
{ 
    uint32_t l_2 = 4294967291UL;
    int32_t *l_3 = &g_4;
    uint16_t *l_86 = &g_87;
    uint16_t *l_88 = (void*)0;
    uint16_t *l_89 = (void*)0;
    uint16_t *l_90[1];
    uint8_t *l_92 = &g_81;
    uint8_t *l_94 = &g_95;
    int32_t l_135 = 0xE9E3DC10L;
    int32_t l_136 = (-8L);
    int32_t l_139 = 0x1C676211L;
    int32_t l_141 = 0xE9D581DCL;
    int32_t l_142 = 0xB5EBD512L;
    int32_t l_144 = 1L;
    int32_t l_151 = (-2L);
    int32_t l_152 = 0x333570BAL;
    int32_t l_153 = 0x769405CEL;
    int8_t l_154 = 0x1FL;
    int32_t l_155 = 0x1DBCCE7BL;
    int32_t l_156 = 1L;
    int32_t l_157 = 0x7F0B09D0L;
    int32_t l_158[2];
    int16_t *l_192 = &g_72;
    int16_t **l_191 = &l_192;
    const uint32_t l_196 = 18446744073709551611UL;
    int i;
    for (i = 0; i < 1; i++)
        l_90[i] = &g_91;
    for (i = 0; i < 2; i++)
        l_158[i] = 0x4EC8C548L;
    (*l_3) = l_2;
    if ((safe_unary_minus_func_uint8_t_u(((*l_94) &= (g_93 = ((*l_92) = ((*l_3) , ((*l_3) || ((safe_sub_func_int64_t_s_s((g_4 , (((*l_3) <= (g_91 ^= ((safe_lshift_func_uint8_t_u_u((safe_mod_func_uint16_t_u_u(((*l_86) |= func_12(&g_4, &g_4, g_4, l_3)), 65535UL)), (*l_3))) || 0xB63BBBF1L))) , g_39)), (*l_3))) , g_81)))))))))
    { 
        int16_t l_98[1][2];
        int32_t l_99 = (-4L);
        int8_t l_100 = (-3L);
        int32_t l_137 = 1L;
        int32_t l_140 = (-1L);
        int32_t l_145[3][4];
        int16_t l_146 = 0x0A92L;
        uint64_t l_165 = 0x58891A747682D1DDLL;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_98[i][j] = 0xFDC5L;
        }
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 4; j++)
                l_145[i][j] = 1L;
        }
        if ((*l_3))
        { 
            int32_t **l_96 = &l_3;
            int32_t *l_97[2];
            uint16_t **l_108 = &l_90[0];
            int16_t l_109 = 1L;
            int i;
            for (i = 0; i < 2; i++)
                l_97[i] = &g_39;
            (*l_96) = &g_93;
            g_101--;
            if (((safe_lshift_func_int8_t_s_u((l_98[0][1] < (safe_lshift_func_uint16_t_u_u((*l_3), 0))), 3)) != ((((*l_108) = (void*)0) != &g_78) , (l_109 > 0x7CD1832462667C2DLL))))
            { 
                int32_t l_116[3];
                uint64_t *l_117 = &g_77[3][0];
                int i;
                for (i = 0; i < 3; i++)
                    l_116[i] = 0xA1FF75AEL;
                g_39 ^= ((g_101 >= g_73[0]) , (((*l_117) = (safe_mod_func_int32_t_s_s((*g_29), (safe_add_func_int32_t_s_s(((1L || (g_95 != g_93)) <= l_116[0]), g_81))))) | l_116[0]));
                return (*l_3);
            }
            else
            { 
                return l_99;
            }
        }
        else
        { 
            uint64_t l_119 = 0xA1ECA9F70EF1A537LL;
            int32_t l_121 = 0x64327D2FL;
            int32_t l_143 = 0xBA979D12L;
            int32_t l_147 = 0x8A961F3FL;
            int32_t l_148 = 0x4953C472L;
            int32_t l_149[4];
            int16_t **l_166 = (void*)0;
            int16_t *l_168 = &l_146;
            int16_t **l_167 = &l_168;
            int i;
            for (i = 0; i < 4; i++)
                l_149[i] = 1L;
            if ((+l_119))
            { 
                int32_t *l_120 = &g_93;
                int32_t *l_122 = &g_93;
                int32_t *l_123 = &g_39;
                int32_t *l_125 = &g_39;
                ++g_126;
            }
            else
            { 
                int32_t **l_129 = &g_29;
                int32_t *l_130 = (void*)0;
                int32_t *l_131 = &g_124[0];
                int32_t *l_132 = &g_30;
                int32_t *l_133 = &l_121;
                int32_t *l_134[1];
                int8_t l_138 = (-10L);
                int64_t l_150 = (-1L);
                uint8_t l_159 = 0x50L;
                int i;
                for (i = 0; i < 1; i++)
                    l_134[i] = &l_99;
                (*l_129) = &g_124[2];
                l_159--;
                (*l_132) = (*g_29);
            }
            (*g_29) ^= (g_77[2][0] == ((!l_165) , (l_90[0] != ((*l_167) = &l_98[0][0]))));
            g_29 = &l_121;
        }
        for (g_101 = 0; (g_101 > 40); g_101 = safe_add_func_uint16_t_u_u(g_101, 8))
        { 
            return g_81;
        }
        (*l_3) ^= (safe_sub_func_uint32_t_u_u((g_60 = (safe_mul_func_int8_t_s_s(g_87, l_165))), ((((7UL && (safe_add_func_uint8_t_u_u(((safe_sub_func_uint64_t_u_u((l_140 , (safe_lshift_func_int16_t_s_u((safe_div_func_uint8_t_u_u(((void*)0 == g_183), 0x3DL)), l_165))), 1UL)) > 0x262232ECL), 0xFAL))) <= 0xDA8FA583L) | 0x9AL) > 0xEC935B34L)));
    }
    else
    { 
        int32_t l_186[4][2] = {{0x59D5B589L,(-1L)},{0x59D5B589L,(-1L)},{0x59D5B589L,(-1L)},{0x59D5B589L,(-1L)}};
        int16_t *l_194 = &g_195;
        int i, j;
        l_158[0] |= ((safe_sub_func_uint8_t_u_u((((((l_186[2][1] , ((((void*)0 != &g_81) || ((*l_194) = ((**l_191) |= (!(safe_add_func_uint8_t_u_u((((!((l_191 != (((5L && 0x81L) , 0xD838L) , g_193)) != l_186[3][0])) | l_186[2][1]) != l_186[2][0]), g_126)))))) == (*l_3))) , g_91) , l_196) <= g_93) || (*l_3)), (*l_3))) == l_186[2][1]);
        return l_186[2][1];
    }
    return (*l_3);
}
static uint16_t  func_12(int32_t * p_13, int32_t * p_14, uint16_t  p_15, int32_t * p_16)
{ 
    int32_t *l_28 = &g_4;
    int32_t l_43 = 0L;
    uint32_t l_45 = 6UL;
    int32_t l_83 = 0x7E56D7CBL;
    uint16_t l_84 = 0UL;
    for (p_15 = 0; (p_15 == 8); ++p_15)
    { 
        const uint32_t l_40 = 3UL;
        int32_t **l_41 = (void*)0;
        int32_t **l_42 = &l_28;
        int32_t *l_44[1];
        uint32_t *l_59 = &g_60;
        int16_t *l_71 = &g_72;
        uint64_t *l_76[4];
        uint16_t l_79 = 65535UL;
        uint8_t *l_80[1];
        int32_t **l_85 = &l_44[0];
        int i;
        for (i = 0; i < 1; i++)
            l_44[i] = &g_30;
        for (i = 0; i < 4; i++)
            l_76[i] = &g_77[1][0];
        for (i = 0; i < 1; i++)
            l_80[i] = &g_81;
        (*l_42) = ((&g_4 != ((((((safe_lshift_func_int16_t_s_u((safe_lshift_func_uint8_t_u_s(g_4, (g_4 , func_23(((l_28 != (g_29 = p_13)) <= g_4), g_30, p_15, p_13)))), l_40)) && g_4) || g_39) > g_4) > g_4) , &g_4)) , (void*)0);
        l_45 = (l_43 = (-1L));
        if ((safe_mul_func_uint8_t_u_u((g_81 ^= (safe_sub_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((~((((safe_mul_func_uint8_t_u_u((safe_sub_func_uint16_t_u_u((safe_lshift_func_int8_t_s_s(((((*l_59) = 0xAEC2B2A8L) == ((((safe_div_func_int32_t_s_s((((safe_sub_func_uint8_t_u_u(((safe_sub_func_uint64_t_u_u((safe_lshift_func_int8_t_s_s((safe_mod_func_int16_t_s_s((g_73[0] ^= ((*l_71) = (1UL >= g_4))), (safe_add_func_int8_t_s_s(((((g_77[1][0] = g_4) & g_30) , (*p_13)) || 2UL), g_78)))), p_15)), g_4)) & g_4), g_30)) , l_79) == p_15), (*g_29))) > 0L) || 0xC54CL) < p_15)) != g_78), 2)), 0xAD70L)), g_4)) & 4UL) <= g_4) && g_78)), 0x9DL)), 0L))), 0L)))
        { 
            int32_t *l_82 = &g_39;
            if ((*g_29))
            { 
                (*l_42) = p_16;
                (*l_42) = l_82;
                if ((*l_82))
                    break;
            }
            else
            { 
                return p_15;
            }
        }
        else
        { 
            for (g_30 = 0; (g_30 <= 3); g_30 += 1)
            { 
                int i;
                l_84 &= (l_83 = (g_73[g_30] <= g_73[g_30]));
            }
            if ((*g_29))
                continue;
        }
        (*l_85) = ((*l_42) = &g_39);
    }
    return l_45;
}
static int8_t  func_23(uint8_t  p_24, const uint32_t  p_25, int64_t  p_26, const int32_t * p_27)
{ 
    int8_t l_33 = 0x67L;
    int32_t *l_34[4] = {&g_30,&g_30,&g_30,&g_30};
    int32_t **l_35 = &l_34[3];
    int32_t *l_36 = &g_30;
    int32_t *l_38 = &g_39;
    int i;
    (*l_38) = ((*l_36) = (p_27 != ((((safe_mul_func_uint8_t_u_u((l_33 , (((*l_35) = l_34[3]) != l_36)), (~(((&p_27 != (void*)0) >= p_24) != p_24)))) != g_4) == 0xC1L) , (*l_35))));
    return (*l_38);
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_72, "g_72", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_73[i], "g_73[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_77[i][j], "g_77[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_78, "g_78", print_hash_value);
    transparent_crc(g_81, "g_81", print_hash_value);
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_91, "g_91", print_hash_value);
    transparent_crc(g_93, "g_93", print_hash_value);
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_101, "g_101", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_124[i], "g_124[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_126, "g_126", print_hash_value);
    transparent_crc(g_195, "g_195", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
