#include "csmith.h"
static long __undefined;
struct S0 {
   int16_t  f0;
   const uint32_t  f1;
   uint8_t  f2;
   uint32_t  f3;
};
static int8_t g_14 = 0x81L;
static uint32_t g_23 = 0xE0FC36FEL;
static uint32_t g_25 = 1UL;
static int32_t g_30 = (-3L);
static uint64_t g_37 = 3UL;
static int32_t g_43 = (-1L);
static struct S0 g_48[2] = {{0x82F3L,0x076A5D0CL,0xADL,0x37E8F884L},{0x82F3L,0x076A5D0CL,0xADL,0x37E8F884L}};
static uint16_t g_77 = 65535UL;
static uint32_t g_89[3] = {8UL,8UL,8UL};
static uint16_t * const *g_102 = (void*)0;
static uint16_t g_105 = 0xABFAL;
static uint32_t **g_114 = (void*)0;
static int32_t *g_149 = &g_30;
static uint64_t g_159 = 18446744073709551615UL;
static int16_t *g_174[1] = {(void*)0};
static uint32_t g_176[1] = {0x38425995L};
static uint64_t  func_1(void);
static int32_t  func_2(uint32_t  p_3);
static uint16_t  func_7(uint8_t  p_8, const uint64_t  p_9);
static uint64_t  func_1(void)
{ 
    uint32_t l_6 = 8UL;
    uint32_t *l_22[3];
    int32_t l_24 = 0x1A1F0506L;
    int i;
    for (i = 0; i < 3; i++)
        l_22[i] = &g_23;
    (*g_149) = func_2(((safe_div_func_uint16_t_u_u(l_6, func_7((((safe_rshift_func_int8_t_s_u((safe_rshift_func_int8_t_s_u(g_14, (g_25 = (((l_24 = ((safe_sub_func_int32_t_s_s((~((~g_14) >= g_14)), (safe_div_func_uint8_t_u_u(((!(g_14 < l_6)) , g_14), 0xECL)))) ^ 0x4BL)) >= 2UL) > 8UL)))), g_14)) && 0x2DL) | g_14), l_6))) ^ 0UL));
    return g_77;
}
static int32_t  func_2(uint32_t  p_3)
{ 
    int32_t *l_44 = &g_30;
    int32_t **l_45 = &l_44;
    uint32_t l_46[1][2];
    int32_t l_57 = 8L;
    uint8_t l_60 = 1UL;
    int32_t l_88 = 0x54819E5EL;
    uint16_t *l_94 = (void*)0;
    uint16_t *l_95 = &g_77;
    uint32_t *l_98 = &g_25;
    uint16_t * const l_104 = &g_105;
    uint16_t * const *l_103 = &l_104;
    uint32_t **l_113 = &l_98;
    uint32_t ***l_112[1][4];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_46[i][j] = 18446744073709551615UL;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_112[i][j] = &l_113;
    }
lbl_79:
    (*l_45) = l_44;
lbl_121:
    for (g_23 = 0; (g_23 <= 0); g_23 += 1)
    { 
        struct S0 *l_47 = &g_48[1];
        struct S0 **l_49 = &l_47;
        int32_t *l_50 = (void*)0;
        uint16_t *l_81 = &g_77;
        uint16_t **l_80 = &l_81;
        (*l_49) = l_47;
        g_30 ^= p_3;
        if (p_3)
        { 
            int64_t l_58 = (-1L);
            int32_t l_59[2][4] = {{6L,(-7L),6L,(-7L)},{6L,(-7L),6L,(-7L)}};
            int32_t *l_78[2];
            int i, j;
            for (i = 0; i < 2; i++)
                l_78[i] = &l_59[1][0];
            (*l_45) = l_50;
            if (p_3)
                continue;
            for (g_37 = 0; (g_37 <= 0); g_37 += 1)
            { 
                int32_t *l_51 = (void*)0;
                int32_t *l_52 = &g_43;
                int32_t *l_53 = &g_43;
                int32_t *l_54 = &g_43;
                int32_t *l_55 = &g_43;
                int32_t *l_56[3];
                uint16_t *l_76 = &g_77;
                int i, j;
                for (i = 0; i < 3; i++)
                    l_56[i] = (void*)0;
                if (l_46[g_37][(g_37 + 1)])
                    break;
                --l_60;
                if (g_48[1].f1)
                    continue;
                (*l_55) |= (!(((safe_add_func_uint64_t_u_u(((((~g_30) >= p_3) && (safe_mod_func_int8_t_s_s(((safe_rshift_func_uint16_t_u_s(p_3, (+((((*l_76) &= (safe_add_func_uint8_t_u_u((0xE7E287B835292FD4LL | (safe_lshift_func_uint8_t_u_s(g_25, 5))), p_3))) , 0x9F94EB44D5381D84LL) ^ l_58)))) , 0xB9L), (-1L)))) , p_3), p_3)) < p_3) , (-6L)));
            }
            g_30 = (g_43 = 0xD623911DL);
        }
        else
        { 
            if (p_3)
                goto lbl_79;
        }
        for (g_25 = 0; (g_25 <= 0); g_25 += 1)
        { 
            uint16_t ***l_82 = &l_80;
            int32_t l_87 = 0xC26CF9C7L;
            (*l_82) = l_80;
            for (g_30 = 0; (g_30 <= 0); g_30 += 1)
            { 
                int32_t *l_83 = &g_43;
                (*l_83) = 1L;
            }
            if ((g_48[1] , (g_43 = (-1L))))
            { 
                int32_t *l_84 = &g_43;
                int32_t *l_85 = &g_43;
                int32_t *l_86[4][2] = {{&g_30,&l_57},{&l_57,&g_30},{&l_57,&l_57},{&g_30,&l_57}};
                int i, j;
                (*l_84) = l_46[g_25][g_23];
                g_89[2]--;
                return p_3;
            }
            else
            { 
                return p_3;
            }
        }
    }
lbl_120:
    g_114 = (((safe_lshift_func_uint16_t_u_s(((*l_95)--), 13)) != (((*l_98)++) != (+((l_103 = g_102) == ((g_14 || (g_14 != (((safe_rshift_func_int8_t_s_u((0x84F8C038L >= (safe_lshift_func_uint16_t_u_u(((((4294967295UL < p_3) <= 0xF5528475L) != 0x59L) & 0x7ACEL), 15))), 7)) >= p_3) , (-1L)))) , g_102))))) , &l_98);
    for (g_43 = 0; (g_43 <= 0); g_43 += 1)
    { 
        uint64_t *l_119 = &g_37;
        int32_t l_136 = 0x42109203L;
        int32_t *l_137 = &l_136;
        uint64_t l_160 = 18446744073709551613UL;
        int16_t *l_175 = (void*)0;
        for (g_30 = 0; (g_30 >= 0); g_30 -= 1)
        { 
            int16_t *l_115 = &g_48[1].f0;
            int32_t *l_116 = &l_88;
            uint32_t ***l_125 = &g_114;
            int i, j;
            (*l_116) = (l_46[g_30][(g_43 + 1)] > ((*l_115) = l_46[g_30][g_30]));
            if ((((*l_115) &= (((safe_div_func_uint32_t_u_u(((void*)0 != l_119), ((-10L) && (((((void*)0 != &g_37) || 0xD2L) >= g_89[g_43]) == g_77)))) , (-1L)) == g_37)) != 1L))
            { 
                if (g_43)
                    goto lbl_79;
                if (g_14)
                    goto lbl_120;
                if (p_3)
                    goto lbl_121;
            }
            else
            { 
                uint64_t l_122 = 0UL;
                uint32_t ****l_126 = (void*)0;
                uint32_t ****l_127 = (void*)0;
                uint32_t ****l_128 = &l_125;
                --l_122;
                (*l_128) = l_125;
            }
        }
        (*l_137) = ((safe_div_func_uint16_t_u_u(p_3, (safe_unary_minus_func_uint32_t_u((safe_rshift_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(((*l_95) = g_48[1].f3), l_136)), 15)))))) != 0xE4320E1B1DC04404LL);
        for (l_57 = 0; (l_57 >= 0); l_57 -= 1)
        { 
            int32_t *l_143 = &g_30;
            for (g_30 = 0; (g_30 <= 0); g_30 += 1)
            { 
                int i, j;
                (*l_137) |= (safe_mul_func_int16_t_s_s(((+0x26B9L) | (safe_sub_func_int32_t_s_s(0L, (&g_114 == (void*)0)))), (((l_46[l_57][g_30] > l_46[g_43][(g_43 + 1)]) != p_3) , 7UL)));
                (*l_45) = l_143;
            }
        }
    }
    return (*g_149);
}
static uint16_t  func_7(uint8_t  p_8, const uint64_t  p_9)
{ 
    int64_t l_35 = 0L;
    uint64_t *l_36 = &g_37;
    int32_t l_40 = 0x232C2A4EL;
    uint32_t * const l_41[3][2] = {{&g_25,&g_25},{&g_25,&g_25},{&g_25,&g_25}};
    int32_t *l_42 = &g_43;
    int i, j;
    (*l_42) = ((((safe_mod_func_int64_t_s_s((safe_sub_func_int32_t_s_s((g_30 = g_14), (((((safe_div_func_int8_t_s_s((safe_add_func_uint32_t_u_u((l_35 == p_8), ((++(*l_36)) < (l_40 ^= (g_23 < p_9))))), g_25)) , (void*)0) == l_41[2][0]) >= l_35) ^ 0xCAL))), p_9)) > l_35) , (void*)0) != l_41[2][0]);
    return g_23;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_14, "g_14", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_25, "g_25", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_48[i].f0, "g_48[i].f0", print_hash_value);
        transparent_crc(g_48[i].f1, "g_48[i].f1", print_hash_value);
        transparent_crc(g_48[i].f2, "g_48[i].f2", print_hash_value);
        transparent_crc(g_48[i].f3, "g_48[i].f3", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_77, "g_77", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_89[i], "g_89[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_159, "g_159", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_176[i], "g_176[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
