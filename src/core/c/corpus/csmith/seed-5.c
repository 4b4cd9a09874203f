#include "csmith.h"
static long __undefined;
static int32_t g_4[1] = {1L};
static uint32_t g_15 = 0UL;
static uint16_t g_44 = 6UL;
static uint8_t g_50 = 0x9AL;
static int8_t g_54 = 0x8CL;
static int32_t g_56 = (-6L);
static uint8_t *g_58 = &g_50;
static uint8_t **g_57 = &g_58;
static uint64_t g_78 = 0x5F5605658C465D2ELL;
static int32_t * const **g_92 = (void*)0;
static int64_t g_104[1] = {0xB10DF2DAC479B9B3LL};
static int32_t *g_112[1] = {&g_4[0]};
static uint32_t g_126 = 0UL;
static uint64_t g_168 = 18446744073709551611UL;
static uint64_t *g_167 = &g_168;
static uint8_t  func_1(void);
static int32_t * func_22(int8_t  p_23, int8_t  p_24, uint16_t  p_25, int32_t * p_26, uint32_t  p_27);
static uint32_t  func_36(const int32_t * p_37);
static uint8_t  func_1(void)
{ 
    int32_t l_2 = (-7L);
    int32_t *l_3 = &g_4[0];
    int32_t *l_5 = &g_4[0];
    int32_t *l_6 = &g_4[0];
    int32_t *l_7 = (void*)0;
    int32_t *l_8 = &g_4[0];
    int32_t l_9 = 0L;
    int32_t *l_10 = &l_9;
    int32_t *l_11 = &g_4[0];
    int32_t *l_12[2];
    int8_t l_13[3];
    int32_t l_14 = 0x87FCE6BBL;
    int32_t l_113[1][3];
    uint16_t l_121 = 0UL;
    uint8_t l_138 = 255UL;
    uint64_t *l_170 = &g_168;
    int8_t l_171 = 0xBEL;
    int i, j;
    for (i = 0; i < 2; i++)
        l_12[i] = (void*)0;
    for (i = 0; i < 3; i++)
        l_13[i] = 0xCAL;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_113[i][j] = 8L;
    }
    g_15++;
    for (g_15 = 0; (g_15 == 10); g_15 = safe_add_func_int8_t_s_s(g_15, 1))
    { 
        int32_t l_115 = (-1L);
        int32_t l_116 = 0x96BFC592L;
        int32_t l_117 = 1L;
        int32_t l_118 = 0x94C2ECEAL;
        int32_t l_119 = 0L;
        int32_t l_120 = 0L;
        int32_t l_129[1];
        int16_t l_130 = (-4L);
        int i;
        for (i = 0; i < 1; i++)
            l_129[i] = 6L;
        for (l_9 = 0; (l_9 != 4); l_9 = safe_add_func_int64_t_s_s(l_9, 1))
        { 
            const int32_t l_60 = 1L;
            int32_t l_114[2][1];
            uint32_t l_131[4][1] = {{0x567EDCCDL},{0x54771272L},{0x567EDCCDL},{0x54771272L}};
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_114[i][j] = 0L;
            }
            for (l_2 = 2; (l_2 >= 0); l_2 -= 1)
            { 
                const int32_t *l_38 = &g_4[0];
                int32_t **l_111[4][4] = {{&l_6,&l_6,(void*)0,&l_6},{&l_6,(void*)0,(void*)0,&l_6},{(void*)0,&l_6,(void*)0,(void*)0},{&l_6,&l_6,(void*)0,&l_6}};
                uint32_t *l_124 = (void*)0;
                uint32_t *l_125 = &g_126;
                int i, j;
                l_113[0][1] = (((g_112[0] = func_22(l_13[l_2], (safe_rshift_func_uint16_t_u_u(((safe_div_func_uint8_t_u_u((0x37L | l_13[l_2]), (g_4[0] | (func_36(l_38) & 0L)))) & l_60), 9)), g_4[0], &g_4[0], (*l_38))) == &l_60) | l_60);
                --l_121;
                l_114[1][0] ^= ((--(*l_125)) , (&g_126 != (void*)0));
                --l_131[3][0];
            }
            for (l_116 = 0; (l_116 >= (-7)); l_116--)
            { 
                int32_t * const l_136 = &g_56;
                int32_t **l_137 = &l_8;
                (*l_137) = l_136;
            }
            ++l_138;
            for (g_54 = 0; (g_54 <= (-7)); g_54 = safe_sub_func_int64_t_s_s(g_54, 5))
            { 
                uint64_t *l_145[1];
                int32_t l_146 = 1L;
                int32_t **l_147 = &g_112[0];
                int64_t l_156 = (-1L);
                int i;
                for (i = 0; i < 1; i++)
                    l_145[i] = (void*)0;
                (*l_147) = func_22(((safe_mul_func_int8_t_s_s((((&g_78 == l_145[0]) , &g_104[0]) == (void*)0), 0x43L)) || 0xD8053AF338B5EEB1LL), g_15, l_146, &l_146, g_4[0]);
                (*l_147) = (void*)0;
                l_156 |= (safe_sub_func_int16_t_s_s(((safe_lshift_func_int16_t_s_s(g_50, (safe_rshift_func_uint8_t_u_s((*g_58), (safe_rshift_func_uint8_t_u_u(((((((g_4[0] , &g_78) == &g_78) & (*l_6)) , (*l_6)) ^ g_78) && 253UL), (*l_6))))))) , l_146), g_50));
                (*l_147) = &l_117;
            }
        }
    }
lbl_172:
    for (l_121 = 12; (l_121 <= 26); l_121++)
    { 
        uint64_t l_165 = 0x6442FD4E0F7F480FLL;
        uint64_t *l_166 = &g_78;
        uint64_t **l_169 = &g_167;
        (*l_3) = (((safe_div_func_uint8_t_u_u((safe_sub_func_int8_t_s_s(((safe_add_func_uint64_t_u_u(((*l_166) = l_165), (((((*l_6) , ((*l_169) = g_167)) == l_170) < l_171) < g_15))) ^ (*l_11)), l_165)), 0x60L)) , (*l_8)) , l_165);
    }
    for (g_50 = 0; (g_50 <= 2); g_50 += 1)
    { 
        uint32_t l_173 = 0xDD683359L;
        if (g_15)
            goto lbl_172;
        if (l_173)
            continue;
        for (l_173 = 0; (l_173 <= 0); l_173 += 1)
        { 
            int i;
            if (l_173)
                break;
        }
    }
    return (*l_3);
}
static int32_t * func_22(int8_t  p_23, int8_t  p_24, uint16_t  p_25, int32_t * p_26, uint32_t  p_27)
{ 
    int32_t *l_66 = (void*)0;
    int32_t **l_108 = &l_66;
    int32_t ***l_107 = &l_108;
    for (p_25 = 0; (p_25 <= 0); p_25 += 1)
    { 
        uint8_t l_62 = 5UL;
        int32_t **l_67 = &l_66;
        int32_t * const l_68[4] = {&g_4[0],&g_4[0],&g_4[0],&g_4[0]};
        int i;
        for (g_50 = 0; (g_50 <= 0); g_50 += 1)
        { 
            int32_t *l_61[4][1] = {{&g_4[0]},{&g_4[p_25]},{&g_4[0]},{&g_4[p_25]}};
            int32_t **l_65 = &l_61[2][0];
            int i, j;
            l_62++;
            (*l_65) = &g_4[g_50];
            for (p_27 = 0; (p_27 <= 0); p_27 += 1)
            { 
                int i, j;
                if (g_4[p_25])
                    break;
            }
        }
        (*p_26) ^= (g_56 > (((*l_67) = l_66) == l_68[1]));
        if ((!((g_56 = (!(safe_mul_func_int8_t_s_s((~(p_25 && 65535UL)), 255UL)))) & 0xC0F0EF91L)))
        { 
            int64_t l_76[4];
            uint64_t *l_77[4] = {&g_78,&g_78,&g_78,&g_78};
            int32_t ***l_81 = &l_67;
            int i;
            for (i = 0; i < 4; i++)
                l_76[i] = 0xD683588D280D01B1LL;
            p_26 = (((safe_add_func_uint16_t_u_u(((p_27 <= (l_76[0] & (-1L))) , (g_44 &= ((g_78 = p_24) > (((safe_div_func_uint64_t_u_u(((((*l_81) = l_67) != (void*)0) , p_27), p_23)) & 0x5F85L) != 18446744073709551608UL)))), 3L)) > g_56) , p_26);
            (*l_67) = (*l_67);
        }
        else
        { 
            int32_t l_91 = (-1L);
            int64_t l_93 = 0x9B1E0FC07259F99BLL;
            for (g_44 = 0; (g_44 > 16); g_44 = safe_add_func_uint64_t_u_u(g_44, 5))
            { 
                uint32_t l_98 = 0xCA5129FFL;
                int64_t *l_103 = &g_104[0];
                (*l_67) = &g_4[0];
                (*l_66) = (safe_unary_minus_func_uint8_t_u(((((safe_mod_func_uint16_t_u_u((safe_mul_func_int16_t_s_s((safe_lshift_func_uint8_t_u_u((g_78 <= l_91), 0)), ((void*)0 == g_92))), (0x3BL ^ l_93))) && (-1L)) , g_78) == 0xCCL)));
                (*l_66) = ((((-1L) != (safe_sub_func_uint64_t_u_u((safe_mod_func_uint16_t_u_u(l_98, (*l_66))), ((*l_103) |= (safe_mul_func_uint16_t_u_u(((**l_67) , (safe_mul_func_int16_t_s_s(g_15, 1UL))), l_93)))))) > g_78) , (*p_26));
                if ((*p_26))
                    break;
            }
        }
    }
    (*p_26) = ((((safe_lshift_func_int8_t_s_s(((l_107 == (void*)0) >= p_23), p_24)) && (safe_rshift_func_int16_t_s_s((&g_44 != (void*)0), 3))) <= 0x43L) <= g_4[0]);
    return p_26;
}
static uint32_t  func_36(const int32_t * p_37)
{ 
    int8_t l_42[4][4] = {{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)}};
    uint16_t *l_43[2][3] = {{&g_44,&g_44,&g_44},{&g_44,&g_44,&g_44}};
    uint8_t *l_49 = &g_50;
    int8_t *l_53 = &g_54;
    int32_t *l_55 = &g_56;
    int32_t **l_59 = &l_55;
    int i, j;
    (*l_55) = ((((((safe_unary_minus_func_int64_t_s((safe_sub_func_uint8_t_u_u(((g_44 = l_42[1][3]) > (safe_add_func_uint64_t_u_u(18446744073709551615UL, (1L > (safe_lshift_func_int8_t_s_s(((*l_53) = ((((*l_49) = l_42[1][3]) ^ (((safe_rshift_func_int16_t_s_u((1L == l_42[3][0]), l_42[1][2])) ^ 0x5BL) <= 0x25L)) , 0x1CL)), 3)))))), l_42[1][3])))) >= l_42[1][2]) < 0x2CFEAA3CL) , 18446744073709551615UL) , 0L) != l_42[3][2]);
    g_56 ^= (*p_37);
    g_57 = (void*)0;
    (*l_59) = l_55;
    return g_54;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_4[i], "g_4[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_15, "g_15", print_hash_value);
    transparent_crc(g_44, "g_44", print_hash_value);
    transparent_crc(g_50, "g_50", print_hash_value);
    transparent_crc(g_54, "g_54", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_78, "g_78", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_104[i], "g_104[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_126, "g_126", print_hash_value);
    transparent_crc(g_168, "g_168", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
