#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0L;
static int32_t g_8[1] = {(-1L)};
static int32_t *g_10 = (void*)0;
static int32_t **g_9 = &g_10;
static int32_t g_13 = 4L;
static int32_t g_14 = 0xB1C03809L;
static const int32_t g_52[1][3] = {{0xB9F5AB17L,0xB9F5AB17L,0xB9F5AB17L}};
static const int32_t *g_51[4][1] = {{&g_52[0][0]},{&g_52[0][0]},{&g_52[0][0]},{&g_52[0][0]}};
static const int32_t **g_50 = &g_51[1][0];
static const int32_t *** const g_49 = &g_50;
static const int32_t *** const *g_48 = &g_49;
static int64_t g_60 = 8L;
static uint8_t g_73 = 1UL;
static uint16_t g_81[3][4] = {{1UL,1UL,1UL,1UL},{1UL,1UL,1UL,1UL},{1UL,1UL,1UL,1UL}};
static const uint16_t g_87 = 2UL;
static const uint16_t *g_86[3] = {&g_87,&g_87,&g_87};
static uint16_t g_92 = 0x943EL;
static uint16_t *g_93[4][4] = {{&g_92,&g_92,&g_92,&g_92},{&g_92,&g_92,&g_92,&g_92},{&g_92,&g_92,&g_92,&g_92},{&g_92,&g_92,&g_92,&g_92}};
static uint32_t g_95[2][3] = {{0xE1600452L,0xE1600452L,0xE1600452L},{1UL,1UL,1UL}};
static int32_t g_98 = 0L;
static int16_t g_100 = 0xB95DL;
static int32_t g_116 = 1L;
static int16_t g_135 = 0L;
static uint32_t g_137 = 0UL;
static int16_t  func_1(void);
static int32_t * func_15(uint16_t  p_16, int32_t ** const * p_17, const uint8_t  p_18, int32_t  p_19, const int32_t  p_20);
static int32_t ** func_25(const int32_t ** p_26, int32_t * p_27, int32_t ** p_28);
static int16_t  func_1(void)
{ 
    int32_t ***l_31 = &g_9;
    const int16_t l_115[3][1] = {{(-8L)},{(-8L)},{(-8L)}};
    const uint8_t **l_121 = (void*)0;
    uint64_t l_129 = 5UL;
    uint64_t *l_130 = &l_129;
    uint32_t *l_131 = &g_95[1][2];
    int16_t *l_132 = &g_100;
    int16_t *l_133 = (void*)0;
    int16_t *l_134 = &g_135;
    uint32_t *l_136 = &g_137;
    int32_t *l_138 = &g_8[0];
    int i, j;
    for (g_2 = (-30); (g_2 > (-16)); g_2++)
    { 
        int32_t ***l_112 = &g_9;
        if ((safe_rshift_func_uint16_t_u_s(0x69F4L, 8)))
        { 
            int32_t *l_7 = &g_8[0];
            (*l_7) = (-1L);
        }
        else
        { 
            int32_t ***l_11 = (void*)0;
            int32_t **l_12 = &g_10;
            l_12 = g_9;
        }
        for (g_13 = 0; (g_13 >= 0); g_13 -= 1)
        { 
            const int32_t *l_30 = &g_13;
            const int32_t **l_29 = &l_30;
            int32_t * const *l_109 = &g_10;
            int32_t * const **l_108 = &l_109;
            int32_t * const ***l_110 = &l_108;
            int16_t *l_111 = &g_100;
            int32_t *l_117 = &g_14;
            int i;
            for (g_14 = 0; (g_14 <= 0); g_14 += 1)
            { 
                int32_t *l_24 = &g_13;
                int32_t ** const l_23 = &l_24;
                int32_t ** const *l_22 = &l_23;
                int32_t ** const **l_21 = &l_22;
                int32_t **l_71 = (void*)0;
                int32_t ***l_70 = &l_71;
                uint8_t *l_72 = &g_73;
                int i;
                (*g_50) = func_15(g_8[g_14], ((*l_21) = &g_9), ((*l_72) = (((*l_70) = ((*l_31) = func_25(l_29, (((&l_29 != l_31) & g_8[g_14]) , (void*)0), &l_24))) == &l_30)), g_8[g_14], g_8[g_13]);
            }
            for (g_14 = 0; (g_14 >= 0); g_14 -= 1)
            { 
                int i;
                return g_8[g_14];
            }
            (*l_117) |= ((((safe_sub_func_uint16_t_u_u(((((*l_110) = l_108) != (((*l_111) = g_95[1][2]) , l_112)) <= (g_8[g_13] ^= (safe_mod_func_int64_t_s_s(0xEDDC8DEE7960B978LL, g_73)))), (*l_30))) , l_115[2][0]) ^ 18446744073709551607UL) > g_116);
        }
        for (g_100 = 0; (g_100 < 7); g_100++)
        { 
            int32_t l_120 = (-3L);
            const uint8_t ***l_122 = &l_121;
            (**l_31) = (*g_9);
            if (l_120)
                break;
            (*l_122) = l_121;
        }
    }
    (*l_138) |= ((((((*l_136) = ((((*l_134) ^= (g_73 <= (safe_sub_func_int16_t_s_s(l_115[2][0], ((*l_132) = ((((*l_131) = (safe_rshift_func_int16_t_s_s(0L, (((((((*l_130) = (g_13 < ((((safe_mod_func_uint8_t_u_u((g_73 <= g_95[0][0]), g_81[0][2])) <= l_129) , (void*)0) != (void*)0))) ^ g_14) != 0x40C264F7L) , g_95[1][2]) == 0x581DL) , g_2)))) >= 0xE0D0DAFEL) == 1UL)))))) , l_129) & 2UL)) & l_115[2][0]) & g_87) == 0L) , (-1L));
    return g_116;
}
static int32_t * func_15(uint16_t  p_16, int32_t ** const * p_17, const uint8_t  p_18, int32_t  p_19, const int32_t  p_20)
{ 
    int8_t l_102 = 0x6AL;
    for (p_19 = 0; (p_19 < (-24)); p_19 = safe_sub_func_uint32_t_u_u(p_19, 5))
    { 
        uint16_t *l_91 = &g_92;
        int32_t l_96 = (-1L);
        int32_t l_105 = (-7L);
        for (p_16 = 27; (p_16 <= 36); p_16++)
        { 
            uint16_t l_101[1][1];
            int16_t *l_103[4][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
            int16_t *l_104 = &g_100;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_101[i][j] = 65534UL;
            }
            for (g_60 = 0; (g_60 != 8); ++g_60)
            { 
                uint16_t *l_80[4][2];
                const uint16_t **l_88 = (void*)0;
                const uint16_t **l_89 = (void*)0;
                const uint16_t **l_90 = &g_86[0];
                uint32_t *l_94[1][4] = {{&g_95[1][2],&g_95[1][2],&g_95[1][2],&g_95[1][2]}};
                int32_t l_97 = 0x75504184L;
                int16_t *l_99 = &g_100;
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_80[i][j] = &g_81[1][1];
                }
                l_102 |= ((((g_81[1][1] = p_16) | ((safe_div_func_uint16_t_u_u((+(((((((~((*l_99) = (g_98 &= ((l_96 = (0x98B5L < (65526UL >= (((*l_90) = g_86[1]) != (g_93[0][3] = l_91))))) || l_97)))) | g_14) != (-1L)) && l_101[0][0]) & 1L) == p_20) | g_92)), g_92)) || l_97)) , (void*)0) != &g_49);
            }
            if (l_101[0][0])
                continue;
            l_105 |= (((p_16 , l_103[2][0]) == l_104) ^ (((l_101[0][0] != p_16) || 5L) > p_20));
        }
    }
    return (*g_9);
}
static int32_t ** func_25(const int32_t ** p_26, int32_t * p_27, int32_t ** p_28)
{ 
    int64_t l_34 = 0x8254981C5860BC23LL;
    int32_t l_68 = 1L;
    int32_t **l_69 = &g_10;
    if ((safe_sub_func_int64_t_s_s(0xFA1A8F1EDD1EDB6BLL, l_34)))
    { 
        int32_t ***l_58 = &g_9;
        int32_t ****l_57 = &l_58;
        for (l_34 = 16; (l_34 != 17); l_34++)
        { 
            int32_t ***l_40 = (void*)0;
            int32_t ****l_39 = &l_40;
            const int32_t *l_47[2];
            const int32_t **l_46 = &l_47[1];
            const int32_t *** const l_45 = &l_46;
            const int32_t *** const *l_44[1][3];
            const int32_t *** const **l_43[1][1];
            int64_t *l_59 = &g_60;
            int i, j;
            for (i = 0; i < 2; i++)
                l_47[i] = (void*)0;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_44[i][j] = &l_45;
            }
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_43[i][j] = &l_44[0][2];
            }
            if (((((*l_59) = ((safe_div_func_uint8_t_u_u((((((*l_39) = &g_9) == &p_28) != l_34) , ((safe_div_func_uint16_t_u_u((((g_48 = (void*)0) == ((safe_mod_func_uint8_t_u_u((safe_mod_func_uint32_t_u_u(l_34, 1L)), l_34)) , l_57)) < 0xDD0CL), 65535UL)) || 0xC6AEE34D1CD05094LL)), (-1L))) || g_52[0][0])) <= l_34) > l_34))
            { 
                int32_t *****l_61[1][3];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_61[i][j] = &l_57;
                }
                l_61[0][2] = &l_39;
            }
            else
            { 
                (**l_45) = ((**l_40) = (*p_28));
                (**g_49) = (*p_26);
            }
        }
    }
    else
    { 
        for (l_34 = 0; (l_34 > (-6)); --l_34)
        { 
            int32_t l_66 = 0xC6914F09L;
            for (g_60 = (-13); (g_60 < 26); g_60 = safe_add_func_uint32_t_u_u(g_60, 8))
            { 
                uint32_t l_67 = 4294967290UL;
                if (l_66)
                    break;
                l_68 |= l_67;
            }
        }
    }
    return l_69;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_8[i], "g_8[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_13, "g_13", print_hash_value);
    transparent_crc(g_14, "g_14", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_52[i][j], "g_52[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_81[i][j], "g_81[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_92, "g_92", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_95[i][j], "g_95[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_98, "g_98", print_hash_value);
    transparent_crc(g_100, "g_100", print_hash_value);
    transparent_crc(g_116, "g_116", print_hash_value);
    transparent_crc(g_135, "g_135", print_hash_value);
    transparent_crc(g_137, "g_137", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
