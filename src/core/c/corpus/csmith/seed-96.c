#include "csmith.h"
static long __undefined;
static uint8_t g_2 = 0xBCL;
static int32_t g_11 = 0x245C8100L;
static uint64_t g_14 = 9UL;
static uint32_t g_28 = 0xCBDB62B2L;
static uint32_t g_30 = 0x4D71B36CL;
static int32_t *g_32 = &g_11;
static int32_t **g_31 = &g_32;
static const int32_t *g_49[4] = {&g_11,&g_11,&g_11,&g_11};
static const int32_t ** const g_48 = &g_49[1];
static const int32_t ** const *g_47 = &g_48;
static const int32_t g_57 = 0x686A8E7EL;
static uint16_t g_61 = 6UL;
static int32_t g_63 = 0x0ED6CA13L;
static int8_t g_86 = 0xCFL;
static int32_t g_99 = 0x21C9A839L;
static int64_t g_102 = 1L;
static int64_t g_106 = 0xCE2C69141744B85CLL;
static int32_t g_107 = (-1L);
static int32_t g_109 = 0xCFEE841AL;
static uint16_t g_111 = 0xB4ECL;
static int16_t g_150 = (-2L);
static int16_t g_167 = 0x3462L;
static uint8_t g_168 = 5UL;
static int32_t  func_1(void);
static int32_t * func_3(uint16_t  p_4, uint8_t  p_5);
static int8_t  func_6(uint32_t  p_7);
static int32_t  func_1(void)
{ 
    uint16_t l_15[1][2];
    int32_t *l_161[1][2];
    int16_t l_165[3];
    int16_t l_181 = 0x461CL;
    uint32_t l_182 = 0x51AD0A0FL;
    uint32_t l_183[4] = {18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL};
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_15[i][j] = 0xD7AFL;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_161[i][j] = (void*)0;
    }
    for (i = 0; i < 3; i++)
        l_165[i] = 0xC65EL;
    if (g_2)
    { 
        int32_t *l_10 = &g_11;
        int32_t **l_12 = &l_10;
        uint64_t *l_13[3];
        uint8_t l_16 = 1UL;
        int32_t l_166 = 0xB5F6A149L;
        int i;
        for (i = 0; i < 3; i++)
            l_13[i] = &g_14;
        l_161[0][1] = func_3(((g_2 | func_6((0x3921DED680444555LL & (l_16 = (((((safe_add_func_uint64_t_u_u(((((((*l_12) = l_10) != &g_11) != (g_14 = 0x11BC383C67EE39F3LL)) || g_14) || g_11), l_15[0][1])) || 1L) , (**l_12)) , (**l_12)) , g_2))))) & 0xA048C840L), l_15[0][1]);
        g_107 = (safe_mul_func_int16_t_s_s((*l_10), (+((g_111 || g_150) , (((**l_12) > (g_102 >= 0L)) | 0x6FL)))));
        --g_168;
    }
    else
    { 
        uint8_t l_175 = 247UL;
lbl_176:
        (*g_48) = (*g_48);
        (*g_32) |= (((safe_rshift_func_int16_t_s_s(((((void*)0 == &g_47) < ((safe_add_func_uint8_t_u_u(l_175, g_106)) > 8L)) , l_175), g_14)) , l_175) < g_61);
        if (g_63)
            goto lbl_176;
    }
    g_63 = (safe_sub_func_int64_t_s_s(g_86, (safe_sub_func_int64_t_s_s((-1L), (0x7769F70AL == ((l_181 >= (&g_14 != &g_14)) , l_182))))));
    return l_183[2];
}
static int32_t * func_3(uint16_t  p_4, uint8_t  p_5)
{ 
    const uint32_t l_42 = 0xD0BB265DL;
    const int32_t *l_43 = (void*)0;
    int32_t *l_44 = &g_11;
    const int32_t *l_56 = &g_57;
    const int32_t ** const l_55[1] = {&l_56};
    const int32_t ** const *l_54 = &l_55[0];
    int32_t l_95 = (-9L);
    int32_t l_98 = 0x8108B99CL;
    const uint64_t *l_121 = (void*)0;
    int32_t *l_160 = &g_107;
    int i;
    if ((safe_lshift_func_int8_t_s_s(0x6BL, l_42)))
    { 
        int32_t **l_45 = &g_32;
        int32_t **l_46 = &l_44;
        const int32_t ** const **l_50 = (void*)0;
        const int32_t ** const **l_51 = (void*)0;
        const int32_t ** const *l_53 = &g_48;
        const int32_t ** const **l_52[2][1];
        int32_t ***l_59 = &l_46;
        int32_t ****l_58 = &l_59;
        uint16_t *l_60[4][1] = {{&g_61},{&g_61},{&g_61},{&g_61}};
        int32_t *l_62 = &g_63;
        int32_t l_93 = 0xB5F43E01L;
        int32_t l_97 = 1L;
        int32_t l_101 = (-9L);
        int32_t l_104 = (-3L);
        int32_t l_108 = (-1L);
        int32_t l_110[1];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_52[i][j] = &l_53;
        }
        for (i = 0; i < 1; i++)
            l_110[i] = (-5L);
        (*l_62) &= ((l_43 == ((*l_46) = l_44)) && (g_61 ^= (((l_54 = (g_47 = g_47)) != ((*l_58) = &l_45)) <= ((g_11 & g_2) || p_5))));
        for (p_5 = 0; (p_5 > 43); ++p_5)
        { 
            int32_t l_75 = 1L;
            int32_t * const l_84 = &g_63;
            int8_t *l_85 = &g_86;
            int32_t l_100 = (-8L);
            int32_t l_103 = 0x4802A3EDL;
            int32_t l_105[2];
            const int8_t l_122 = 0L;
            uint32_t *l_125 = &g_28;
            int i;
            for (i = 0; i < 2; i++)
                l_105[i] = 0L;
        }
        return &g_107;
    }
    else
    { 
        uint8_t l_138 = 0x3FL;
        int32_t l_148[4] = {9L,9L,9L,9L};
        int32_t *l_152 = &g_107;
        int i;
        (**l_54) = (g_111 , ((*g_31) = &l_95));
        for (g_14 = 0; (g_14 != 53); ++g_14)
        { 
            int32_t *l_137 = &g_63;
            int32_t *l_151 = (void*)0;
            if ((safe_add_func_uint64_t_u_u((((safe_lshift_func_int16_t_s_u(((((((((0xC331A2D7867E7C57LL > g_86) ^ (safe_sub_func_int32_t_s_s((p_4 , (((safe_div_func_uint16_t_u_u(((((((((((void*)0 == l_137) || l_138) , (*l_137)) || p_4) , 0UL) | 3L) != p_5) || l_138) & (***l_54)), (*l_137))) , 0L) ^ p_4)), p_5))) && (*l_137)) > 0x9AD6F16DL) , 0x352CA7B4L) < 0xCE2574B0L) | (-1L)) <= l_138), 10)) , (void*)0) != (void*)0), (*l_56))))
            { 
                if ((*g_32))
                    break;
            }
            else
            { 
                uint32_t *l_141 = &g_30;
                int16_t *l_149 = &g_150;
                l_152 = (((*l_149) ^= (((safe_div_func_uint32_t_u_u(((void*)0 != (*g_31)), (++(*l_141)))) >= g_102) || (safe_sub_func_uint8_t_u_u(g_86, (l_148[1] = ((safe_sub_func_uint64_t_u_u(((g_57 , &l_54) != (void*)0), (*l_137))) || 18446744073709551615UL)))))) , l_151);
            }
            (*g_32) = p_4;
            for (g_111 = 0; (g_111 > 7); g_111 = safe_add_func_uint16_t_u_u(g_111, 1))
            { 
                (*l_44) &= (*g_32);
            }
        }
    }
    for (g_2 = 0; (g_2 != 8); ++g_2)
    { 
        uint16_t l_157[3][2] = {{0xA43FL,0xA43FL},{0xA43FL,0xA43FL},{0xA43FL,0xA43FL}};
        int i, j;
        l_157[2][0]--;
    }
    return l_160;
}
static int8_t  func_6(uint32_t  p_7)
{ 
    uint32_t l_21 = 0x99649744L;
    int32_t l_38 = 0xD4C3F121L;
    for (g_11 = (-19); (g_11 != (-17)); g_11++)
    { 
        int32_t l_24 = 3L;
        uint32_t *l_27 = &g_28;
        uint32_t *l_29 = &g_30;
        if ((safe_rshift_func_uint16_t_u_u(l_21, ((((((l_21 , (l_24 = (safe_mod_func_int64_t_s_s(p_7, 1UL)))) & ((*l_29) = ((*l_27) = (safe_div_func_uint8_t_u_u(p_7, g_11))))) < 0x3BL) , l_24) >= p_7) && g_11))))
        { 
            int32_t ***l_33 = (void*)0;
            int32_t ***l_34 = (void*)0;
            int32_t ***l_35 = &g_31;
            int32_t **l_37 = &g_32;
            int32_t ***l_36 = &l_37;
            (*l_36) = ((*l_35) = g_31);
        }
        else
        { 
            l_38 = (-4L);
            if ((*g_32))
                break;
        }
        l_24 = (**g_31);
    }
    (*g_32) &= (&g_30 != &l_21);
    if (l_21)
        goto lbl_39;
lbl_39:
    (*g_31) = &l_38;
    (*g_31) = (*g_31);
    return p_7;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_14, "g_14", print_hash_value);
    transparent_crc(g_28, "g_28", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_57, "g_57", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_86, "g_86", print_hash_value);
    transparent_crc(g_99, "g_99", print_hash_value);
    transparent_crc(g_102, "g_102", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    transparent_crc(g_107, "g_107", print_hash_value);
    transparent_crc(g_109, "g_109", print_hash_value);
    transparent_crc(g_111, "g_111", print_hash_value);
    transparent_crc(g_150, "g_150", print_hash_value);
    transparent_crc(g_167, "g_167", print_hash_value);
    transparent_crc(g_168, "g_168", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
