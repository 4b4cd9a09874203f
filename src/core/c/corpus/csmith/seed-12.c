#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0x8A61928CL;
static uint64_t g_12 = 0xF82BAEF6E229EDCALL;
static int32_t g_19 = 0x7D96711DL;
static uint64_t *g_28 = &g_12;
static uint64_t **g_27[2] = {&g_28,&g_28};
static int32_t g_56[1] = {(-8L)};
static int64_t g_66 = 0x33783651A330C13FLL;
static uint64_t g_68 = 8UL;
static uint64_t g_70 = 0UL;
static int32_t *g_74[1] = {(void*)0};
static uint32_t g_77 = 2UL;
static uint16_t g_117[2] = {0xB58EL,0xB58EL};
static int32_t g_119 = 0x4F43482BL;
static uint32_t g_120 = 6UL;
static uint64_t ***g_130 = &g_27[1];
static int8_t g_132 = 0L;
static int8_t g_136[1] = {0xABL};
static uint16_t  func_1(void);
static uint64_t ** func_24(uint64_t ** p_25, uint32_t  p_26);
static int32_t * func_33(uint64_t * p_34, uint32_t  p_35, uint64_t * p_36, const uint16_t  p_37, int16_t  p_38);
static uint16_t  func_1(void)
{ 
    uint32_t l_17 = 7UL;
    int32_t *l_32 = &g_19;
    int32_t l_137 = (-1L);
    int32_t *l_153 = &g_56[0];
    int32_t *l_154 = &g_56[0];
    int32_t *l_155 = (void*)0;
    int32_t *l_156 = &g_56[0];
    int32_t *l_157 = &g_119;
    int32_t *l_158[3];
    int64_t l_159 = 0x312D827AFF6EFAB7LL;
    int8_t l_160 = 0L;
    uint64_t l_161 = 0UL;
    int64_t l_164 = 0x53BAC825AF46B97FLL;
    uint64_t *l_165 = &g_68;
    int64_t l_166 = (-1L);
    int32_t **l_167 = &g_74[0];
    int i;
    for (i = 0; i < 3; i++)
        l_158[i] = &g_119;
    for (g_2 = (-27); (g_2 != (-4)); g_2++)
    { 
        int64_t l_9 = 0L;
        uint64_t *l_10 = (void*)0;
        uint64_t *l_11 = &g_12;
        int32_t *l_18 = &g_19;
        uint64_t *l_39 = (void*)0;
        uint64_t *l_105 = &g_68;
        uint64_t ** const l_104[3] = {&l_105,&l_105,&l_105};
        uint64_t ** const *l_103[4][3] = {{&l_104[0],&l_104[0],&l_104[0]},{&l_104[1],&l_104[1],&l_104[0]},{&l_104[0],&l_104[0],&l_104[0]},{&l_104[1],&l_104[1],&l_104[0]}};
        const int32_t l_110 = 6L;
        uint64_t **l_111 = &l_10;
        uint32_t *l_125 = (void*)0;
        uint64_t ***l_127 = (void*)0;
        uint64_t ****l_126 = &l_127;
        uint64_t ***l_129 = &l_111;
        uint64_t ****l_128[3][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}};
        int8_t *l_131 = &g_132;
        int8_t *l_133 = (void*)0;
        int8_t *l_134 = (void*)0;
        int8_t *l_135 = &g_136[0];
        int i, j;
        (*l_18) = ((((0x8084L < (((-1L) >= (((g_2 == (safe_mul_func_uint8_t_u_u((safe_sub_func_int32_t_s_s((l_9 & ((++(*l_11)) , (((safe_div_func_int16_t_s_s(l_9, 0x466BL)) , g_12) == g_12))), g_2)), 1UL))) , g_12) | l_9)) > l_17)) >= 0x3B0CF5AA05D76270LL) , 0UL) <= g_2);
        for (l_9 = 0; (l_9 > 22); l_9++)
        { 
            uint64_t *l_40 = &g_12;
            const int32_t l_41[1][3] = {{8L,8L,8L}};
            uint64_t **l_99 = &l_11;
            uint64_t *l_106[1][3];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_106[i][j] = (void*)0;
            }
            for (g_12 = 0; (g_12 >= 24); ++g_12)
            { 
                int32_t **l_72 = (void*)0;
                int32_t **l_73 = &l_18;
                uint32_t *l_75 = (void*)0;
                uint32_t *l_76 = &g_77;
                uint64_t ***l_98[2][2];
                uint32_t l_100 = 0x1642E745L;
                uint32_t l_107 = 0x2B2D3F7EL;
                uint32_t *l_108 = &l_17;
                uint64_t *l_109 = &g_70;
                uint16_t *l_116 = &g_117[1];
                int32_t *l_118 = &g_119;
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_98[i][j] = &g_27[1];
                }
                l_99 = func_24(g_27[1], ((*l_76) &= (((safe_add_func_uint8_t_u_u(((((safe_unary_minus_func_int16_t_s((l_32 != (g_74[0] = ((*l_73) = func_33(l_39, (*l_32), l_40, l_41[0][2], (*l_32))))))) && 0xEF6617FA172C1376LL) && 0xBD05L) && (*l_18)), (-1L))) != g_12) || (*l_18))));
                (*l_32) = (l_100 | (safe_lshift_func_int16_t_s_u(((l_41[0][2] > (l_41[0][1] , ((l_103[3][2] = (void*)0) == (void*)0))) <= 0xA8D45AB6B2BBD4C0LL), 3)));
                (**l_73) &= ((l_111 = (g_27[1] = &g_28)) != &g_28);
                (*l_118) |= (safe_mul_func_uint8_t_u_u((((*l_18) | (((((safe_lshift_func_uint16_t_u_s((((g_19 || (*l_18)) , ((*l_116) = (((g_56[0] , l_32) == (void*)0) < l_41[0][2]))) <= (*l_18)), 15)) ^ (*l_18)) ^ 0x776AL) & 7UL) || 0x4F3EL)) & 2UL), g_56[0]));
            }
        }
        if (g_120)
            continue;
        if (((safe_div_func_int32_t_s_s((((*l_135) = ((safe_add_func_uint8_t_u_u(g_56[0], ((*l_131) &= (l_125 != ((&g_27[1] != (g_130 = ((*l_126) = &l_111))) , l_125))))) && (*l_32))) & 7L), (*l_18))) == l_137))
        { 
            int32_t l_140 = (-5L);
            uint32_t *l_145 = (void*)0;
            uint32_t *l_146 = &g_77;
            int32_t *l_147 = &l_137;
            (*l_147) |= (safe_add_func_int16_t_s_s((*l_32), ((l_140 , (safe_add_func_uint64_t_u_u(((*l_105) ^= ((safe_sub_func_int32_t_s_s(((((*l_146) |= g_56[0]) < g_56[0]) , (g_56[0] ^ (*l_32))), (*l_18))) <= (*l_32))), 0x6A10C0C6297A455DLL))) , g_66)));
            if ((*l_32))
                continue;
        }
        else
        { 
            const int32_t l_150 = 3L;
            int32_t *l_152 = &g_56[0];
            for (g_68 = 8; (g_68 <= 34); g_68++)
            { 
                int32_t **l_151[1][3];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_151[i][j] = (void*)0;
                }
                (*l_32) = ((((*l_32) ^ 0L) | (((void*)0 == &g_77) > (l_150 == 0xCFL))) , 0x5C00C78AL);
                l_152 = (void*)0;
            }
        }
    }
    l_161--;
    (*l_167) = func_33(&l_161, g_2, (((&g_77 != l_155) == l_164) , l_165), g_70, l_166);
    (*l_32) = ((((safe_sub_func_uint64_t_u_u((*l_32), (g_2 , (((((*l_32) , (*l_154)) ^ ((*g_28) && (*l_156))) , 0x272C5433B60F1761LL) && (*l_32))))) , (*l_157)) != (*l_32)) == 0xAC9F7DF0B75FEBA5LL);
    return g_119;
}
static uint64_t ** func_24(uint64_t ** p_25, uint32_t  p_26)
{ 
    int32_t *l_82 = &g_19;
    int32_t l_83 = 0x42B88B27L;
    int32_t l_84[3][1];
    int32_t *l_85 = (void*)0;
    int32_t *l_86 = &g_56[0];
    int32_t *l_87 = &l_84[1][0];
    int32_t *l_88 = (void*)0;
    int32_t *l_89 = &g_56[0];
    int32_t *l_90 = &l_84[1][0];
    int32_t *l_91 = &g_56[0];
    int32_t *l_92[2][1];
    int32_t l_93[3][4] = {{0L,0x5926F2DCL,0x6105BDF1L,0x5926F2DCL},{0x5926F2DCL,(-1L),0x6105BDF1L,0x6105BDF1L},{0L,0L,0x5926F2DCL,0x6105BDF1L}};
    uint64_t l_94 = 1UL;
    uint64_t **l_97 = &g_28;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_84[i][j] = 0x590C119CL;
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_92[i][j] = &g_56[0];
    }
    for (g_66 = 8; (g_66 <= 15); g_66++)
    { 
        int32_t *l_80 = &g_2;
        int32_t **l_81[1][3];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_81[i][j] = &g_74[0];
        }
        if (p_26)
            break;
        l_82 = l_80;
    }
    ++l_94;
    g_74[0] = &l_93[1][3];
    return l_97;
}
static int32_t * func_33(uint64_t * p_34, uint32_t  p_35, uint64_t * p_36, const uint16_t  p_37, int16_t  p_38)
{ 
    int8_t l_47 = 6L;
    int32_t *l_52 = &g_19;
    int32_t l_53 = (-1L);
    int32_t *l_54 = (void*)0;
    int32_t *l_55[2];
    int i;
    for (i = 0; i < 2; i++)
        l_55[i] = &g_56[0];
    if (((!(safe_mul_func_uint16_t_u_u(0x1067L, (safe_sub_func_int32_t_s_s((l_47 , (g_56[0] &= ((((safe_mul_func_uint8_t_u_u(l_47, ((((l_53 = ((p_34 != ((safe_div_func_int32_t_s_s(((*l_52) = 0x41209775L), g_2)) , (void*)0)) >= g_12)) , p_35) < (-1L)) == l_47))) , (*l_52)) || p_35) , g_12))), p_35))))) >= 0x2FA57A880E1B4ADCLL))
    { 
        int32_t l_57[2];
        uint8_t l_58 = 0x2FL;
        int32_t *l_61[1][2];
        int64_t *l_65 = &g_66;
        uint64_t *l_67 = &g_68;
        uint64_t *l_69 = &g_70;
        int i, j;
        for (i = 0; i < 2; i++)
            l_57[i] = (-5L);
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_61[i][j] = &g_19;
        }
        --l_58;
lbl_62:
        l_61[0][1] = &g_2;
        for (p_38 = 0; (p_38 >= 0); p_38 -= 1)
        { 
            g_56[0] = p_37;
            if (g_56[0])
                break;
            for (l_47 = 0; (l_47 <= 0); l_47 += 1)
            { 
                int i, j;
                if (p_37)
                    goto lbl_62;
                if (p_35)
                    break;
            }
        }
        (*l_52) = ((safe_add_func_int64_t_s_s(((*l_65) ^= (&l_57[0] == (void*)0)), ((*l_69) ^= ((*l_67) ^= (p_36 == (p_34 = p_36)))))) != (p_38 , (-1L)));
    }
    else
    { 
        int32_t *l_71[4][1];
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
                l_71[i][j] = &g_19;
        }
        return l_71[2][0];
    }
    return &g_56[0];
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_12, "g_12", print_hash_value);
    transparent_crc(g_19, "g_19", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_56[i], "g_56[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_68, "g_68", print_hash_value);
    transparent_crc(g_70, "g_70", print_hash_value);
    transparent_crc(g_77, "g_77", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_117[i], "g_117[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_119, "g_119", print_hash_value);
    transparent_crc(g_120, "g_120", print_hash_value);
    transparent_crc(g_132, "g_132", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_136[i], "g_136[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
