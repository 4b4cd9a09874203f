#include "csmith.h"
static long __undefined;
static int32_t g_5 = 0x85A9576CL;
static int32_t *g_4 = &g_5;
static int8_t g_15 = 1L;
static int32_t g_16 = 1L;
static int64_t g_17 = 0xE32883E731E7BF5CLL;
static uint64_t g_18 = 0x6CDEE94CCB090AECLL;
static uint64_t g_57 = 0UL;
static int32_t g_60[4] = {0xFB7918A9L,0xFB7918A9L,0xFB7918A9L,0xFB7918A9L};
static int16_t g_63 = 7L;
static int64_t g_75 = 0xF817EA5CA43862D4LL;
static int8_t g_91 = 0L;
static uint64_t  func_1(void);
static uint64_t  func_25(int16_t  p_26, uint32_t  p_27);
static int16_t  func_28(uint32_t  p_29);
static uint64_t  func_1(void)
{ 
    int32_t *l_2[2][1];
    int32_t **l_3[2][4] = {{&l_2[0][0],&l_2[0][0],(void*)0,&l_2[0][0]},{&l_2[0][0],&l_2[0][0],&l_2[0][0],&l_2[0][0]}};
    int8_t l_147 = 0xFEL;
    uint8_t l_155 = 1UL;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_2[i][j] = (void*)0;
    }
    g_4 = l_2[0][0];
    for (g_5 = 18; (g_5 > (-23)); --g_5)
    { 
        uint32_t l_8[1];
        int32_t l_13 = (-2L);
        int8_t *l_14 = &g_15;
        int16_t *l_62 = &g_63;
        int8_t *l_133 = &g_91;
        int32_t l_134 = 0x9B9F5A9AL;
        int64_t l_135 = 0x64999BD31A79BCA1LL;
        int32_t l_136 = 0x6B801CBCL;
        int32_t l_137 = 0x6D6167FDL;
        int32_t l_138 = 1L;
        int8_t l_139 = 0xC4L;
        int32_t l_140 = 0x7620F8F3L;
        int32_t l_141 = 7L;
        int16_t l_142 = 0x0DB4L;
        int32_t l_143 = 5L;
        int32_t l_144 = 0xA68E686CL;
        int32_t l_145 = 0xCBCD5FB0L;
        int32_t l_146 = (-1L);
        int32_t l_148 = 0L;
        int32_t l_149 = 0x7F1609E6L;
        int32_t l_150 = (-2L);
        int32_t l_151 = 0xA30DE6A7L;
        uint16_t l_152 = 65530UL;
        int i;
        for (i = 0; i < 1; i++)
            l_8[i] = 7UL;
        g_16 |= (((l_8[0] | (safe_mul_func_int8_t_s_s(((*l_14) = (l_8[0] & (l_13 = (safe_mul_func_int16_t_s_s(0xA520L, g_5))))), ((g_5 > 5UL) != 9L)))) , g_5) , 0x5BC42206L);
        --g_18;
        l_13 |= (l_134 |= ((safe_rshift_func_int8_t_s_u(((g_15 <= (safe_lshift_func_int8_t_s_u(((*l_133) = (func_25(((*l_62) = (func_28((g_5 , g_5)) >= (-1L))), l_8[0]) == 0x7A6402E1C81CAAAALL)), 7))) || g_57), g_18)) && g_15));
        l_152++;
    }
    return l_155;
}
static uint64_t  func_25(int16_t  p_26, uint32_t  p_27)
{ 
    int8_t l_73 = 0L;
    int32_t l_100 = 0xA4BB8C65L;
    int32_t l_102[1];
    uint8_t l_105 = 0xC4L;
    int32_t *l_121 = (void*)0;
    int i;
    for (i = 0; i < 1; i++)
        l_102[i] = 0x037B8604L;
lbl_132:
    for (g_57 = (-26); (g_57 == 47); ++g_57)
    { 
        int16_t l_66 = 1L;
        if (l_66)
            break;
        return l_66;
    }
    for (g_17 = 0; (g_17 < 19); g_17 = safe_add_func_uint64_t_u_u(g_17, 1))
    { 
        uint32_t l_69 = 4294967295UL;
        uint64_t *l_76[3][4] = {{&g_18,&g_18,&g_18,&g_18},{&g_18,&g_18,&g_18,&g_18},{&g_18,&g_18,&g_18,&g_18}};
        int32_t l_103 = (-1L);
        int32_t l_104 = 0x1D0AB3BAL;
        int32_t **l_114 = &g_4;
        int i, j;
        if (l_69)
        { 
            int64_t *l_74 = &g_75;
            int32_t l_98 = 0xE630EE3EL;
            int32_t **l_116[4];
            int i;
            for (i = 0; i < 4; i++)
                l_116[i] = &g_4;
            if (((safe_sub_func_int16_t_s_s(p_26, (((+(p_26 || ((*l_74) |= l_73))) || ((l_76[0][1] == (void*)0) | p_27)) == p_27))) ^ l_73))
            { 
                int32_t **l_83 = &g_4;
                int8_t *l_90 = &g_91;
                int32_t *l_99 = &g_16;
                int32_t *l_101[1][4] = {{&g_60[1],&g_60[1],&g_60[1],&g_60[1]}};
                int i, j;
                (*l_99) = (safe_rshift_func_int8_t_s_u((safe_rshift_func_int16_t_s_u((safe_lshift_func_int16_t_s_s((&g_16 != ((*l_83) = &g_60[1])), 7)), 3)), (safe_add_func_int8_t_s_s((safe_mul_func_int8_t_s_s(((*l_90) ^= (safe_lshift_func_uint16_t_u_s(l_73, p_26))), ((l_98 = ((safe_add_func_int64_t_s_s((safe_add_func_uint64_t_u_u(((safe_rshift_func_int8_t_s_u((g_15 ^ 0UL), 1)) , g_17), p_27)), g_57)) & 0x23A2E2E988A7CC15LL)) | g_57))), g_17))));
                l_105--;
                if (p_27)
                    break;
            }
            else
            { 
                return p_26;
            }
            for (l_98 = 3; (l_98 >= 0); l_98 -= 1)
            { 
                int32_t ***l_117 = &l_116[3];
                int i;
                if (g_60[l_98])
                    break;
                g_60[l_98] = (safe_sub_func_uint32_t_u_u(p_26, (safe_mod_func_uint16_t_u_u(g_57, (safe_mod_func_int16_t_s_s(((void*)0 != l_114), ((((+(-5L)) , (void*)0) == (void*)0) && (**l_114))))))));
                (*l_117) = l_116[0];
            }
            for (p_26 = 0; (p_26 <= 3); p_26 += 1)
            { 
                int8_t *l_120 = &g_91;
                int8_t **l_119 = &l_120;
                int8_t ***l_118 = &l_119;
                (*l_118) = (void*)0;
                (*l_114) = l_121;
                return g_18;
            }
            (*g_4) = ((safe_rshift_func_uint16_t_u_s(p_27, 0)) , (p_27 == (~(safe_sub_func_uint32_t_u_u((g_60[1] < (p_26 | p_27)), 0xDA98BAADL)))));
        }
        else
        { 
            int32_t *l_127 = &l_102[0];
            int16_t *l_130 = &g_63;
            (*l_114) = l_127;
            for (g_57 = 19; (g_57 >= 59); g_57 = safe_add_func_uint8_t_u_u(g_57, 1))
            { 
                int32_t l_131[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_131[i] = 0xC21D3621L;
                (**l_114) = (l_130 != (void*)0);
                (*l_127) = (-1L);
                (*g_4) = l_131[0];
                return g_75;
            }
        }
        if ((**l_114))
            continue;
        if (g_17)
            goto lbl_132;
    }
    return g_5;
}
static int16_t  func_28(uint32_t  p_29)
{ 
    uint32_t l_30[2];
    int32_t *l_31 = &g_16;
    uint32_t l_58[3][2] = {{4294967288UL,4294967288UL},{4294967288UL,4294967288UL},{4294967288UL,4294967288UL}};
    int i, j;
    for (i = 0; i < 2; i++)
        l_30[i] = 1UL;
lbl_61:
    (*l_31) &= l_30[1];
    for (g_17 = 0; (g_17 <= 1); g_17 += 1)
    { 
        int32_t *l_32 = (void*)0;
        uint64_t *l_56[4] = {&g_57,&g_57,&g_57,&g_57};
        int32_t *l_59 = &g_60[1];
        int i;
        l_32 = l_31;
        (*l_32) = ((safe_mod_func_uint8_t_u_u(255UL, (safe_add_func_uint64_t_u_u((0x218AD385L | ((safe_div_func_uint32_t_u_u((!(((safe_sub_func_uint8_t_u_u((l_30[g_17] , ((safe_add_func_int32_t_s_s(0L, ((safe_sub_func_uint16_t_u_u((*l_31), 0L)) , 4294967295UL))) | 0x8DD2DC0978C76445LL)), (*l_31))) <= 0L) != 65526UL)), p_29)) > (-1L))), g_5)))) ^ (*l_31));
        (*l_59) &= (l_31 != ((p_29 & (p_29 , (((safe_add_func_uint64_t_u_u((safe_lshift_func_uint16_t_u_s((((g_57 &= (safe_mul_func_int8_t_s_s((((safe_mul_func_int16_t_s_s(((0xB3FAL != ((*l_31) = (safe_mul_func_int16_t_s_s(((g_18 , p_29) != g_16), 0x5F9FL)))) , p_29), g_5)) , 0xA67F41B6ADD7081DLL) & g_15), g_15))) ^ l_30[g_17]) || 0xF595L), 9)), 1L)) | l_30[g_17]) | l_58[1][1]))) , l_32));
        if (g_15)
            goto lbl_61;
    }
    return g_60[1];
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_15, "g_15", print_hash_value);
    transparent_crc(g_16, "g_16", print_hash_value);
    transparent_crc(g_17, "g_17", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_57, "g_57", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_60[i], "g_60[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    transparent_crc(g_91, "g_91", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
