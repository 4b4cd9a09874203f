#include "csmith.h"
static long __undefined;
static int32_t g_3 = 0x37D45DB3L;
static int32_t g_7 = 0xBA07E4FCL;
static int16_t g_23 = 0xA12AL;
static int32_t g_25 = (-1L);
static uint32_t g_26 = 0x0A103363L;
static uint64_t g_50 = 18446744073709551609UL;
static int32_t *g_70 = &g_7;
static int32_t **g_69 = &g_70;
static int32_t * const *g_75[1] = {(void*)0};
static const int32_t *g_103[4] = {&g_3,&g_3,&g_3,&g_3};
static uint16_t g_149 = 0x0409L;
static const int64_t g_155 = 0x03C57956B0E93CEELL;
static const int64_t *g_154 = &g_155;
static int32_t g_192 = 2L;
static uint32_t g_196 = 0x2CA8022DL;
static int8_t g_203 = (-1L);
static int8_t g_221[1] = {0x1AL};
static uint32_t  func_1(void);
static int8_t  func_31(const int32_t  p_32, uint32_t  p_33, uint8_t  p_34, int32_t  p_35, int32_t * p_36);
static int32_t * func_39(const uint32_t  p_40, int64_t  p_41, int32_t * p_42, int32_t * p_43, uint32_t  p_44);
static uint32_t  func_1(void)
{ 
    int64_t l_2[3][2] = {{0xADE19D29BE1D925BLL,0L},{0L,0xADE19D29BE1D925BLL},{0L,0L}};
    int32_t l_60 = 0x308D5B94L;
    uint64_t l_80 = 9UL;
    int32_t l_118 = 0x47A0C8E2L;
    int8_t l_120 = 0x10L;
    int32_t l_122 = 1L;
    int32_t l_125 = 0x16F66F74L;
    int16_t l_148 = 8L;
    int32_t **l_183[1];
    uint64_t *l_193 = &g_50;
    int32_t l_194[4];
    uint32_t *l_195 = &g_196;
    int8_t l_201 = 0x54L;
    int8_t l_202[1][4];
    int64_t l_227 = 0L;
    uint32_t l_228 = 18446744073709551606UL;
    int i, j;
    for (i = 0; i < 1; i++)
        l_183[i] = &g_70;
    for (i = 0; i < 4; i++)
        l_194[i] = 0x234C3152L;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_202[i][j] = 5L;
    }
lbl_215:
    if (l_2[0][0])
    { 
        int32_t l_21 = 0xA11600D5L;
        int32_t l_22 = 0xB4709BA8L;
        int32_t l_24 = 1L;
        for (g_3 = 24; (g_3 >= 24); --g_3)
        { 
            int32_t *l_6 = &g_7;
            int32_t *l_8 = &g_7;
            int32_t *l_9 = &g_7;
            int32_t *l_10 = &g_7;
            int32_t *l_11 = (void*)0;
            int32_t *l_12 = &g_7;
            int32_t *l_13 = &g_7;
            int32_t *l_14 = (void*)0;
            int32_t *l_15 = &g_7;
            int32_t *l_16 = &g_7;
            int32_t *l_17 = &g_7;
            int32_t l_18 = 0x13FE662DL;
            int32_t *l_19 = &g_7;
            int32_t *l_20[1][2];
            int64_t *l_59 = &l_2[1][1];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_20[i][j] = (void*)0;
            }
            ++g_26;
            if (g_26)
                continue;
            l_60 &= (((*l_59) ^= (safe_add_func_int8_t_s_s(func_31(g_26, g_25, g_3, (((g_7 ^ (l_24 |= (((*l_15) ^ g_26) || 0x86L))) && g_7) , g_23), &g_3), g_3))) ^ 18446744073709551612UL);
        }
    }
    else
    { 
        uint32_t l_65 = 0x251BB39DL;
        int32_t *l_68 = &g_3;
        int32_t **l_71 = &l_68;
        int32_t * const l_74[2] = {(void*)0,(void*)0};
        int32_t * const *l_73 = &l_74[1];
        int32_t * const **l_72 = &l_73;
        const uint32_t l_90[1] = {0x69FE4373L};
        uint8_t l_132 = 0x42L;
        const uint32_t l_147 = 0UL;
        int i;
lbl_119:
        (*l_68) |= (safe_add_func_uint16_t_u_u(l_2[1][1], (safe_div_func_int32_t_s_s(l_65, (((l_2[0][0] & (safe_sub_func_int64_t_s_s(0x8C85C7EEBEAAF72ALL, g_50))) <= 0x197EL) || g_23)))));
        if ((((((l_71 = (g_3 , g_69)) == (g_75[0] = ((*l_72) = &l_68))) , (((safe_lshift_func_int8_t_s_s((4UL == ((((safe_mul_func_uint8_t_u_u(0x1CL, 0x0CL)) , (void*)0) != (void*)0) ^ 254UL)), 6)) , l_2[0][0]) && l_80)) ^ 0xDC4946A2L) , (*g_70)))
        { 
            int8_t l_93 = 0xEBL;
            int32_t l_99 = (-1L);
            int32_t *l_100 = &g_7;
            int32_t l_106 = 0x0F4CAC20L;
            int32_t l_124 = (-10L);
            int32_t l_126 = 0L;
            int32_t l_127 = 0xD0637064L;
            int32_t l_130 = 5L;
            if (((!(safe_sub_func_int16_t_s_s(9L, ((safe_add_func_uint64_t_u_u((safe_sub_func_int8_t_s_s((safe_rshift_func_uint16_t_u_s(l_90[0], (safe_sub_func_int64_t_s_s(g_26, l_93)))), g_50)), 0L)) < g_3)))) >= 0xD0E530E0L))
            { 
                int32_t l_98 = 6L;
                (*l_71) = func_39(g_50, (safe_mul_func_uint16_t_u_u(0x4FEBL, (l_93 , ((safe_mul_func_int8_t_s_s(((((l_99 = ((l_98 == ((*g_69) == &l_98)) >= 1UL)) == 0x4B927459L) || l_80) && 9UL), g_25)) && 0UL)))), l_100, (*g_69), (*l_100));
            }
            else
            { 
                int16_t l_101 = 0x8CC9L;
                const int32_t *l_102[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_102[i] = &g_7;
                g_103[3] = (l_101 , l_102[2]);
                return g_7;
            }
            for (g_7 = 0; (g_7 >= (-1)); g_7 = safe_sub_func_uint32_t_u_u(g_7, 9))
            { 
                uint32_t l_107 = 18446744073709551615UL;
                const int32_t **l_113 = &g_103[3];
                const int32_t ***l_112 = &l_113;
                int32_t l_121 = 0x1BAC1F96L;
                int32_t l_123 = 6L;
                int32_t l_128 = (-1L);
                int32_t l_129 = 0x0F044E68L;
                int32_t l_131 = 0xE490029EL;
                ++l_107;
                (**l_73) = (safe_lshift_func_int16_t_s_s(((void*)0 != l_112), ((safe_mul_func_uint8_t_u_u((((*g_70) , (safe_sub_func_int64_t_s_s((8UL < g_3), g_50))) > l_2[0][0]), l_118)) , g_3)));
                if (g_3)
                    goto lbl_119;
                --l_132;
            }
            (*l_68) &= 0xC6DB221BL;
            for (l_124 = 0; (l_124 <= 3); l_124 += 1)
            { 
                const uint16_t l_150 = 1UL;
                int8_t *l_151 = &l_93;
                int i;
                (*g_70) = (((((~l_118) <= ((*l_151) = ((safe_mul_func_int16_t_s_s((!(((0xBB4D12FDL ^ (safe_lshift_func_uint8_t_u_u(((safe_rshift_func_int16_t_s_u((safe_add_func_uint64_t_u_u(((g_149 = (7UL || (l_147 > ((0UL ^ l_148) >= 0xDD3C1BD1L)))) <= g_23), g_3)), l_150)) <= 4UL), l_150))) , (void*)0) != (void*)0)), 0x68CBL)) < (-10L)))) < l_150) & g_7) & (-6L));
                if (l_150)
                    break;
                if ((**l_71))
                    break;
                g_103[l_124] = ((g_26 ^ ((safe_mul_func_uint16_t_u_u((g_23 >= g_26), ((void*)0 == g_154))) < (*g_70))) , &l_126);
            }
        }
        else
        { 
            int32_t l_156[4][3] = {{0L,0L,0L},{0xB0BAC48DL,0xB0BAC48DL,0xB0BAC48DL},{0L,0L,0L},{0xB0BAC48DL,0xB0BAC48DL,0xB0BAC48DL}};
            uint64_t *l_169[1];
            uint8_t *l_182 = &l_132;
            int32_t l_184[3][2] = {{0xDD564CCDL,0x7C7BD3F7L},{0x7C7BD3F7L,0xDD564CCDL},{0x7C7BD3F7L,0x7C7BD3F7L}};
            uint16_t l_185[3];
            int32_t l_186 = 0L;
            int32_t l_187[4] = {0xDA7FE7BAL,0xDA7FE7BAL,0xDA7FE7BAL,0xDA7FE7BAL};
            int i, j;
            for (i = 0; i < 1; i++)
                l_169[i] = &g_50;
            for (i = 0; i < 3; i++)
                l_185[i] = 0UL;
            (***l_72) = (*g_70);
            l_187[3] |= ((*l_68) = ((l_156[3][0] != 0xA1AEL) , (safe_mod_func_int32_t_s_s((l_186 |= (safe_sub_func_int64_t_s_s((((safe_lshift_func_int8_t_s_u(((safe_add_func_uint16_t_u_u((safe_sub_func_uint16_t_u_u(((-1L) <= (safe_mul_func_uint8_t_u_u(((((l_156[3][0] = l_120) & (!((safe_rshift_func_uint8_t_u_s(((safe_mod_func_int32_t_s_s(((((((~(safe_lshift_func_uint8_t_u_s((((safe_rshift_func_uint8_t_u_u(((*l_182) = ((safe_sub_func_uint8_t_u_u(((((**l_73) <= l_2[1][0]) ^ g_23) < (**g_69)), 0x99L)) , 5UL)), l_125)) , g_3) | g_23), 1))) , g_7) & 0L) , (void*)0) == l_183[0]) | l_184[0][0]), (**l_71))) , g_149), 3)) <= l_185[2]))) | g_23) , 1UL), 0x30L))), l_185[2])), 0L)) >= g_149), g_3)) == 0x34L) || 0x998E2424L), 0xC22F18E3F2653F48LL))), (*g_70)))));
            for (l_60 = (-6); (l_60 > 21); l_60 = safe_add_func_uint64_t_u_u(l_60, 5))
            { 
                l_194[2] = ((safe_sub_func_int8_t_s_s((((g_192 <= 0x98B48D21F102E53ALL) || 0L) && (((void*)0 == l_193) && g_7)), (**l_73))) == l_156[3][0]);
            }
        }
    }
    if (((((*g_154) , ((((((*l_195) ^= (&l_2[0][0] == &g_155)) , (safe_sub_func_uint64_t_u_u((((safe_lshift_func_int8_t_s_u(((&l_80 != (void*)0) & 0x25L), g_155)) > l_201) > g_7), (*g_154)))) || l_202[0][0]) >= g_26) >= 3UL)) > g_203) <= g_203))
    { 
        uint16_t l_209 = 0x0F18L;
        for (l_60 = 0; (l_60 >= (-1)); l_60--)
        { 
            int8_t l_208 = 0x4DL;
            int32_t l_212 = 0x62001A86L;
            for (g_203 = 6; (g_203 >= 15); g_203 = safe_add_func_int16_t_s_s(g_203, 5))
            { 
                ++l_209;
                l_212 |= ((*g_70) = 0x00DE277DL);
                if (l_212)
                    continue;
                return g_192;
            }
            (*g_70) = l_209;
        }
        (**g_69) = l_209;
        for (l_120 = 0; (l_120 <= 1); l_120 += 1)
        { 
            int i;
            l_194[l_120] |= (safe_sub_func_uint16_t_u_u(0xE8B6L, 0L));
            for (g_26 = 0; (g_26 <= 1); g_26 += 1)
            { 
                int i, j;
                if (l_148)
                    goto lbl_215;
                if (l_2[(g_26 + 1)][g_26])
                    continue;
                if (l_209)
                    break;
            }
        }
    }
    else
    { 
        int64_t l_216 = 0x69514C4754AE1B38LL;
        int32_t l_217 = 8L;
        int32_t l_218 = 1L;
        int32_t l_219 = (-1L);
        int32_t l_220 = 0x06E49FE0L;
        int32_t l_222 = 0xA8AAC975L;
        int32_t l_223 = 0xF39675CEL;
        int32_t l_224 = 0x37EE4914L;
        int32_t l_225 = 6L;
        int32_t l_226[3];
        int i;
        for (i = 0; i < 3; i++)
            l_226[i] = 0L;
        l_228--;
    }
    return g_26;
}
static int8_t  func_31(const int32_t  p_32, uint32_t  p_33, uint8_t  p_34, int32_t  p_35, int32_t * p_36)
{ 
    uint32_t l_45 = 4294967295UL;
    int32_t *l_54 = &g_25;
    int32_t **l_53 = &l_54;
    int32_t *l_56[3];
    int32_t **l_55 = &l_56[0];
    int32_t *l_57 = &g_7;
    int32_t **l_58 = &l_57;
    int i;
    for (i = 0; i < 3; i++)
        l_56[i] = &g_25;
    (*l_58) = ((safe_mod_func_uint32_t_u_u((((p_36 = ((*l_55) = ((*l_53) = func_39((((void*)0 == &g_25) != ((g_26 >= (((void*)0 != &g_25) , 1L)) >= g_23)), l_45, p_36, p_36, g_7)))) == l_57) >= p_34), g_7)) , p_36);
    return p_33;
}
static int32_t * func_39(const uint32_t  p_40, int64_t  p_41, int32_t * p_42, int32_t * p_43, uint32_t  p_44)
{ 
    int32_t *l_46 = &g_25;
    int32_t **l_47 = (void*)0;
    int32_t **l_48 = &l_46;
    int32_t *l_49[4] = {&g_3,&g_3,&g_3,&g_3};
    int i;
    (*l_48) = l_46;
    --g_50;
    (*l_48) = p_42;
    return p_43;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_25, "g_25", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    transparent_crc(g_50, "g_50", print_hash_value);
    transparent_crc(g_149, "g_149", print_hash_value);
    transparent_crc(g_155, "g_155", print_hash_value);
    transparent_crc(g_192, "g_192", print_hash_value);
    transparent_crc(g_196, "g_196", print_hash_value);
    transparent_crc(g_203, "g_203", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_221[i], "g_221[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
