#include "csmith.h"
static long __undefined;
static uint16_t g_3 = 0x90C4L;
static uint16_t g_25[1] = {0x5051L};
static int32_t g_28 = 0x2F55126EL;
static int32_t g_33 = 1L;
static uint32_t g_71[4] = {7UL,7UL,7UL,7UL};
static int32_t *g_77 = &g_33;
static uint64_t g_101[4] = {8UL,8UL,8UL,8UL};
static int32_t * const **g_103 = (void*)0;
static int32_t **g_118[1] = {&g_77};
static int32_t ***g_117 = &g_118[0];
static uint16_t *g_145 = (void*)0;
static uint64_t *g_152 = (void*)0;
static uint64_t **g_151 = &g_152;
static uint16_t **g_159 = &g_145;
static uint16_t ***g_158 = &g_159;
static int32_t g_164 = 0x61E06730L;
static const int64_t  func_1(void);
static uint16_t  func_6(uint32_t  p_7, uint16_t * p_8, int32_t  p_9, uint16_t  p_10, int8_t  p_11);
static uint16_t * func_12(int32_t  p_13, uint8_t  p_14);
static const int64_t  func_1(void)
{ 
    uint16_t *l_2 = &g_3;
    int32_t l_17 = 0xFF8EE1D1L;
    int32_t l_18 = 3L;
    int64_t l_162 = 0xDE09C51C98162409LL;
    int32_t *l_163[1];
    int64_t l_165 = 0xA6FF33249D86C325LL;
    int i;
    for (i = 0; i < 1; i++)
        l_163[i] = &g_164;
    l_165 ^= ((((*l_2)--) && func_6(g_3, func_12(g_3, ((((0x7A4BEDCCL & (safe_lshift_func_uint8_t_u_u(g_3, (l_17 = (0x308F4727CAD7D711LL || l_17))))) , l_17) , g_3) >= l_18)), l_18, l_18, g_3)) , l_162);
    return g_33;
}
static uint16_t  func_6(uint32_t  p_7, uint16_t * p_8, int32_t  p_9, uint16_t  p_10, int8_t  p_11)
{ 
    int32_t l_102 = (-1L);
    int32_t l_106 = 3L;
    uint16_t *l_112[4] = {&g_3,&g_3,&g_3,&g_3};
    uint16_t **l_111 = &l_112[3];
    uint16_t ***l_110[4][4] = {{&l_111,(void*)0,(void*)0,&l_111},{(void*)0,&l_111,(void*)0,(void*)0},{&l_111,&l_111,&l_111,&l_111},{&l_111,(void*)0,(void*)0,&l_111}};
    int32_t ***l_120 = &g_118[0];
    int32_t l_123 = (-9L);
    int32_t l_125 = (-10L);
    int32_t l_126[1];
    int i, j;
    for (i = 0; i < 1; i++)
        l_126[i] = (-1L);
lbl_156:
    for (g_28 = (-20); (g_28 <= 18); g_28 = safe_add_func_uint8_t_u_u(g_28, 1))
    { 
        int32_t *l_76[4];
        int32_t **l_75[1][1];
        int i, j;
        for (i = 0; i < 4; i++)
            l_76[i] = &g_33;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_75[i][j] = &l_76[3];
        }
        g_77 = &p_9;
        if ((safe_unary_minus_func_uint32_t_u((0x12L | (safe_sub_func_int64_t_s_s(4L, ((safe_mod_func_uint32_t_u_u((safe_lshift_func_int8_t_s_s(g_33, 0)), (safe_div_func_uint32_t_u_u(((((0xCBL >= (safe_mod_func_uint16_t_u_u((safe_mul_func_int8_t_s_s((+g_3), 255UL)), g_28))) , g_25[0]) & 65535UL) , g_3), g_25[0])))) , 0UL)))))))
        { 
            int16_t l_94 = 0x38B7L;
            int32_t *l_95 = (void*)0;
            for (p_10 = 0; (p_10 == 53); p_10 = safe_add_func_int8_t_s_s(p_10, 1))
            { 
                (*g_77) = (p_7 ^ 4294967295UL);
                return l_94;
            }
            if ((&g_33 == (l_94 , (l_95 = &g_28))))
            { 
                uint64_t *l_100 = &g_101[1];
                int32_t * const *l_105 = &l_76[3];
                int32_t * const **l_104 = &l_105;
                l_102 = ((safe_mul_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_u((((*g_77) = ((0UL < ((g_28 <= ((*l_100) &= p_7)) , ((*l_95) > p_10))) | (-6L))) != 0x2AECBAE8L), (*l_95))), (-10L))) , p_7);
                l_104 = g_103;
                return (*p_8);
            }
            else
            { 
                return g_28;
            }
        }
        else
        { 
            uint8_t l_109 = 255UL;
            uint16_t ****l_113 = (void*)0;
            uint16_t ****l_114 = &l_110[3][2];
            if (l_106)
                break;
            for (p_7 = 16; (p_7 < 39); p_7 = safe_add_func_int32_t_s_s(p_7, 3))
            { 
                (*g_77) = l_109;
                if ((*g_77))
                    break;
                (*g_77) = p_10;
                (*g_77) ^= 0L;
            }
            (*l_114) = (l_109 , l_110[3][2]);
            return (*p_8);
        }
    }
    for (p_11 = 26; (p_11 >= (-12)); p_11--)
    { 
        int32_t ****l_119 = &g_117;
        int32_t l_127 = (-3L);
        int32_t l_128 = 0xCBD7FBB0L;
        int32_t l_129 = (-7L);
        int32_t l_130 = 0x15CB1E55L;
        int32_t l_131 = 0x8DCC552EL;
        uint32_t l_132 = 0xC4BF33FDL;
        uint16_t *l_144 = &g_25[0];
        uint16_t ***l_157 = (void*)0;
        uint16_t ****l_160 = (void*)0;
        uint16_t ****l_161 = &g_158;
        (***l_120) = (((*l_119) = g_117) == l_120);
        for (l_102 = 0; (l_102 > 16); l_102 = safe_add_func_uint16_t_u_u(l_102, 8))
        { 
            int32_t *l_124[2][3] = {{&l_106,(void*)0,&l_106},{&l_106,(void*)0,&l_106}};
            int i, j;
            l_132++;
        }
        for (l_125 = 0; (l_125 >= 15); l_125++)
        { 
            uint16_t *l_143 = (void*)0;
            uint64_t *l_146 = &g_101[1];
            int32_t l_147 = 0x00593628L;
            int32_t *l_148 = &l_129;
            (*l_148) ^= ((safe_lshift_func_int8_t_s_s((&g_3 == ((*l_111) = (void*)0)), 0)) , (l_126[0] ^= ((((*l_146) = (safe_mul_func_int8_t_s_s((****l_119), ((g_145 = (l_144 = ((*l_111) = l_143))) == (void*)0)))) && 0L) ^ l_147)));
            for (l_127 = 21; (l_127 >= (-15)); --l_127)
            { 
                uint64_t ***l_153 = &g_151;
                uint64_t **l_155 = (void*)0;
                uint64_t ***l_154 = &l_155;
                (*l_154) = ((*l_153) = g_151);
                if (p_9)
                    break;
                if (p_7)
                    goto lbl_156;
            }
        }
        (*g_77) = ((g_3 , l_157) != ((*l_161) = g_158));
    }
    return g_25[0];
}
static uint16_t * func_12(int32_t  p_13, uint8_t  p_14)
{ 
    uint16_t *l_23 = &g_3;
    const int32_t l_38 = 0L;
    int32_t l_54 = 1L;
    int32_t *l_63 = (void*)0;
    int32_t **l_62[1][1];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_62[i][j] = &l_63;
    }
    for (p_14 = (-28); (p_14 == 5); ++p_14)
    { 
        uint16_t *l_24 = &g_25[0];
        int32_t *l_26 = (void*)0;
        int32_t *l_27 = &g_28;
        int8_t l_34 = 0xD4L;
        int32_t l_52 = (-1L);
        int32_t ***l_64 = &l_62[0][0];
        uint16_t * const *l_72 = (void*)0;
        (*l_27) &= (safe_rshift_func_uint8_t_u_s(((((((65532UL || p_13) , (((((*l_24) = ((void*)0 == l_23)) , &g_3) != &g_3) > g_3)) , p_13) == p_13) && p_13) ^ (-1L)), 3));
        for (g_28 = 22; (g_28 != 20); g_28 = safe_sub_func_int8_t_s_s(g_28, 1))
        { 
            int32_t *l_31 = (void*)0;
            int32_t *l_32 = &g_33;
            int8_t l_53 = 0x76L;
            if ((((*l_32) = (g_28 && 0xC75DFCC9F71D6917LL)) > (l_34 , 0xCB085BB3L)))
            { 
                (*l_32) = ((-1L) != (!l_38));
                (*l_32) = (*l_32);
            }
            else
            { 
                uint8_t l_48 = 0x97L;
                int32_t **l_51 = &l_32;
                (*l_32) &= (safe_mul_func_uint16_t_u_u((!(safe_mod_func_uint16_t_u_u(((((safe_rshift_func_uint8_t_u_s((0x1ED5297F1FF7CD2BLL <= (safe_lshift_func_uint8_t_u_s((((l_48 > (p_13 ^ ((safe_lshift_func_uint16_t_u_u((((void*)0 == &g_33) , l_48), g_3)) | 6L))) < p_14) <= (*l_27)), 0))), 1)) != p_13) || l_48) == 0x69L), (-4L)))), p_13));
                (*l_51) = &g_28;
                l_52 = (*l_32);
                l_54 = l_53;
            }
            return l_23;
        }
        (*l_27) |= ((8UL || 252UL) > (+((safe_sub_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s((safe_div_func_int64_t_s_s((g_33 != (((*l_64) = l_62[0][0]) != &l_63)), g_3)), g_25[0])), 1UL)) & p_14)));
        for (l_34 = 0; (l_34 != 5); ++l_34)
        { 
            uint16_t **l_69 = &l_24;
            uint32_t *l_70 = &g_71[3];
            g_28 |= ((g_33 != ((*l_70) = (safe_rshift_func_uint16_t_u_u((((*l_69) = l_23) != &g_25[0]), 10)))) ^ (l_72 == (void*)0));
        }
    }
    return &g_25[0];
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_25[i], "g_25[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_28, "g_28", print_hash_value);
    transparent_crc(g_33, "g_33", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_71[i], "g_71[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_101[i], "g_101[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_164, "g_164", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
