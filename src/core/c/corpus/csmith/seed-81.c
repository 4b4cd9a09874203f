#include "csmith.h"
static long __undefined;
static int32_t g_2 = (-1L);
static int32_t g_25[4][1] = {{0x9105FA2EL},{5L},{0x9105FA2EL},{5L}};
static int16_t g_34 = 0x0C0FL;
static int64_t g_66[3][3] = {{(-1L),(-1L),6L},{(-1L),(-1L),6L},{(-1L),(-1L),6L}};
static uint16_t g_67 = 65535UL;
static int8_t g_70 = (-1L);
static uint8_t g_73 = 0xF7L;
static int8_t g_113 = 0x4BL;
static int32_t g_120 = 0x00B4203EL;
static int32_t *g_128 = &g_25[2][0];
static uint8_t g_132 = 7UL;
static uint16_t g_166 = 7UL;
static uint16_t  func_1(void);
static int8_t  func_5(uint8_t  p_6, uint64_t  p_7, uint8_t  p_8, uint16_t  p_9);
static int8_t  func_10(uint64_t  p_11, int32_t  p_12, uint8_t  p_13, uint16_t  p_14);
static uint16_t  func_1(void)
{ 
    int32_t l_19 = (-9L);
    uint32_t l_122 = 1UL;
    int16_t *l_133 = &g_34;
    int32_t l_150 = 7L;
    uint8_t l_167[3];
    int i;
    for (i = 0; i < 3; i++)
        l_167[i] = 1UL;
    for (g_2 = (-18); (g_2 < (-4)); g_2 = safe_add_func_uint8_t_u_u(g_2, 4))
    { 
        int32_t l_15 = 0xA028EA38L;
        int8_t *l_69 = &g_70;
        int32_t l_71[1][3];
        uint8_t *l_72 = &g_73;
        int32_t *l_119 = &g_120;
        int32_t *l_121 = &l_19;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_71[i][j] = 2L;
        }
        (*l_121) = ((*l_119) &= (0x0029BF390197F0A2LL == (func_5(((*l_72) = ((l_71[0][1] &= ((*l_69) = func_10((l_15 >= (+(safe_add_func_uint64_t_u_u(l_19, ((safe_add_func_uint16_t_u_u(l_15, l_15)) ^ 0L))))), g_2, g_2, g_2))) > 2L)), g_25[2][0], l_19, g_25[2][0]) < l_19)));
        if (l_122)
        { 
            uint16_t l_129[4] = {65535UL,65535UL,65535UL,65535UL};
            int16_t *l_134 = (void*)0;
            int32_t *l_137 = &l_71[0][2];
            int32_t **l_138 = &l_137;
            int i;
            for (g_34 = 28; (g_34 == (-18)); g_34 = safe_sub_func_int32_t_s_s(g_34, 1))
            { 
                int32_t **l_125 = (void*)0;
                int32_t **l_126 = &l_119;
                int32_t **l_127 = (void*)0;
                uint32_t l_135[2];
                int32_t *l_136 = &l_71[0][1];
                int i;
                for (i = 0; i < 2; i++)
                    l_135[i] = 1UL;
                g_128 = ((*l_126) = &l_19);
                l_129[3] &= (*g_128);
                (*l_136) |= (safe_lshift_func_uint8_t_u_u((l_19 && (((g_132 & g_25[2][0]) >= ((l_119 = ((((((l_133 == l_134) <= l_19) || (*g_128)) > g_120) & g_66[1][2]) , &g_2)) != &g_25[2][0])) & g_67)), l_135[1]));
                l_137 = &l_71[0][1];
            }
            (*l_138) = (void*)0;
        }
        else
        { 
            int32_t **l_139 = &l_119;
            (*l_139) = &g_25[0][0];
        }
        for (g_73 = 0; (g_73 <= 40); ++g_73)
        { 
            const int32_t l_144[1] = {0L};
            uint16_t l_147 = 0x1956L;
            int32_t *l_148 = (void*)0;
            int32_t *l_149 = (void*)0;
            uint8_t **l_163 = &l_72;
            int32_t **l_170[3][4] = {{&g_128,&g_128,&g_128,&g_128},{&g_128,&g_128,&g_128,&g_128},{&g_128,&g_128,&g_128,&g_128}};
            int i, j;
        }
    }
    for (g_132 = 0; (g_132 <= 2); g_132 += 1)
    { 
        for (g_166 = 0; (g_166 <= 0); g_166 += 1)
        { 
            int i, j;
            g_25[(g_166 + 2)][g_166] &= 0x069F5C42L;
            for (g_70 = 0; (g_70 <= 2); g_70 += 1)
            { 
                int i, j;
                if (g_66[g_132][g_70])
                    break;
                return g_25[g_132][g_166];
            }
        }
    }
    return l_122;
}
static int8_t  func_5(uint8_t  p_6, uint64_t  p_7, uint8_t  p_8, uint16_t  p_9)
{ 
    int32_t *l_74[4];
    int32_t **l_75 = (void*)0;
    int16_t *l_94 = &g_34;
    uint8_t *l_111[2];
    int i;
    for (i = 0; i < 4; i++)
        l_74[i] = (void*)0;
    for (i = 0; i < 2; i++)
        l_111[i] = &g_73;
    l_74[3] = l_74[3];
    for (g_70 = 0; (g_70 <= 3); g_70 += 1)
    { 
        uint32_t l_86 = 0UL;
        uint16_t l_87 = 0UL;
        int32_t l_105 = 0x57B232BFL;
        int i;
    }
    return p_9;
}
static int8_t  func_10(uint64_t  p_11, int32_t  p_12, uint8_t  p_13, uint16_t  p_14)
{ 
    int32_t *l_24[3][2];
    uint32_t l_26 = 0xFB389FA1L;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
            l_24[i][j] = &g_25[2][0];
    }
    p_12 = (0x22A5L && 0x4220L);
    --l_26;
    for (p_13 = 0; (p_13 <= 26); p_13++)
    { 
        int32_t l_54 = 0x9878FF5FL;
        for (l_26 = 0; (l_26 <= 42); l_26 = safe_add_func_uint8_t_u_u(l_26, 6))
        { 
            int16_t *l_33 = &g_34;
            int8_t l_35 = (-1L);
            l_35 ^= ((((void*)0 == &p_12) ^ ((*l_33) &= (p_11 | (((l_24[0][1] == &g_25[3][0]) >= 4L) <= p_11)))) <= g_2);
        }
        for (g_34 = 20; (g_34 < 8); g_34 = safe_sub_func_uint8_t_u_u(g_34, 4))
        { 
            int32_t * const l_55 = &g_25[2][0];
            int32_t **l_68 = &l_24[1][1];
            if ((safe_lshift_func_int8_t_s_s((safe_lshift_func_int16_t_s_s(((safe_add_func_uint8_t_u_u(((safe_mul_func_int16_t_s_s(((safe_rshift_func_int8_t_s_u(g_2, p_13)) == g_25[2][0]), ((((g_25[2][0] , ((((safe_sub_func_uint8_t_u_u(((safe_add_func_int32_t_s_s(((((safe_rshift_func_int16_t_s_u((18446744073709551613UL || l_54), g_25[2][0])) , &p_12) != l_55) , p_13), 0xFB6675F7L)) & g_25[2][0]), p_11)) <= p_14) && g_34) <= l_54)) == l_54) <= p_14) != g_25[1][0]))) < g_34), (*l_55))) | p_13), (*l_55))), g_25[1][0])))
            { 
                int16_t l_64 = 0L;
                int64_t *l_65 = &g_66[1][2];
                g_67 &= (((safe_div_func_int64_t_s_s((safe_lshift_func_int16_t_s_s(0xF595L, (safe_add_func_int16_t_s_s((safe_rshift_func_uint16_t_u_u(0x4B00L, ((255UL || ((((*l_65) |= (g_2 >= ((p_12 , l_64) || g_25[2][0]))) == 18446744073709551615UL) | g_25[0][0])) >= g_2))), 1L)))), (*l_55))) && g_2) && l_64);
                return g_2;
            }
            else
            { 
                if (g_67)
                    break;
            }
            (*l_68) = (g_25[3][0] , &p_12);
        }
        for (g_34 = 0; g_34 < 3; g_34 += 1)
        {
            for (l_26 = 0; l_26 < 2; l_26 += 1)
            {
                l_24[g_34][l_26] = &g_2;
            }
        }
    }
    return p_13;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_25[i][j], "g_25[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_34, "g_34", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_66[i][j], "g_66[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_67, "g_67", print_hash_value);
    transparent_crc(g_70, "g_70", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    transparent_crc(g_113, "g_113", print_hash_value);
    transparent_crc(g_120, "g_120", print_hash_value);
    transparent_crc(g_132, "g_132", print_hash_value);
    transparent_crc(g_166, "g_166", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
