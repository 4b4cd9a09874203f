#include "csmith.h"
static long __undefined;
static int32_t g_3 = (-1L);
static int32_t g_7 = 0xD035C573L;
static int8_t g_19 = 1L;
static int8_t g_38[1][4] = {{0xF8L,0xF8L,0xF8L,0xF8L}};
static int8_t *g_56 = &g_38[0][2];
static int16_t g_59 = (-1L);
static int16_t g_61 = 0xF00BL;
static int32_t *g_72[2][3] = {{&g_3,&g_3,&g_3},{&g_3,&g_3,&g_3}};
static int32_t **g_71 = &g_72[0][1];
static uint32_t g_74 = 0x8156AC6DL;
static uint32_t g_107 = 4294967290UL;
static int64_t g_109 = 0x563F42B182C9CB7CLL;
static int64_t *g_108 = &g_109;
static uint8_t  func_1(void);
static const int32_t  func_8(int32_t ** p_9, int32_t  p_10, uint32_t  p_11);
static int32_t ** func_12(int32_t ** p_13);
static uint8_t  func_1(void)
{ 
    uint32_t l_2[2];
    int32_t l_85 = 1L;
    uint32_t *l_106 = &g_107;
    int32_t *l_110 = (void*)0;
    int32_t *l_111 = &l_85;
    int i;
    for (i = 0; i < 2; i++)
        l_2[i] = 0x13DD33A4L;
    for (g_3 = 0; (g_3 <= 1); g_3 += 1)
    { 
        int32_t *l_6 = &g_7;
        int32_t *l_86 = &g_7;
        int i;
        if (l_2[g_3])
        { 
            int32_t *l_4 = &g_3;
            int32_t **l_5[2];
            int i;
            for (i = 0; i < 2; i++)
                l_5[i] = &l_4;
            if (l_2[g_3])
                break;
            l_6 = l_4;
        }
        else
        { 
            int32_t **l_14 = &l_6;
            uint32_t *l_73 = &g_74;
            uint16_t l_81 = 5UL;
            int32_t *l_82 = &g_7;
            (*l_82) = (((((g_3 | ((func_8(func_12(l_14), ((l_2[0] <= ((*l_73)--)) , (safe_sub_func_uint64_t_u_u(((((safe_mod_func_int8_t_s_s(l_2[g_3], l_2[g_3])) != g_74) >= 0xCD946680L) && l_81), l_2[1]))), l_2[1]) , 0x6A49DF3C4FB361F3LL) ^ l_2[1])) != 0x785DC571EBB70294LL) != 0x5048CB00L) , l_2[0]) <= 255UL);
            (*l_82) = (~(l_2[1] && l_2[0]));
        }
        l_85 = (safe_unary_minus_func_int32_t_s(0x1AD519FDL));
        (*l_86) = 0x49E03B25L;
    }
    for (g_7 = 0; (g_7 == (-14)); --g_7)
    { 
        int32_t l_91[3];
        int i;
        for (i = 0; i < 3; i++)
            l_91[i] = 0x631A0D17L;
        for (g_19 = 0; (g_19 <= 15); g_19++)
        { 
            l_91[2] ^= 0x04B7FD3AL;
        }
        l_85 = 0xC58F8395L;
        for (g_3 = 0; (g_3 == 25); g_3 = safe_add_func_int8_t_s_s(g_3, 4))
        { 
            return l_91[2];
        }
    }
    (*l_111) = (safe_mod_func_int32_t_s_s(((((((**g_71) = (safe_unary_minus_func_int32_t_s((safe_add_func_int16_t_s_s((safe_sub_func_uint32_t_u_u(((safe_unary_minus_func_int8_t_s((safe_sub_func_uint8_t_u_u(g_74, (((*l_106) = (safe_add_func_int32_t_s_s((g_7 <= l_85), ((g_3 < ((g_74 | g_38[0][1]) > (**g_71))) < (-9L))))) , 0xDBL))))) || (*g_56)), l_85)), l_85))))) , g_108) != (void*)0) == (*g_108)) || l_85), 0xC5F5551AL));
    return g_107;
}
static const int32_t  func_8(int32_t ** p_9, int32_t  p_10, uint32_t  p_11)
{ 
    return g_38[0][2];
}
static int32_t ** func_12(int32_t ** p_13)
{ 
    uint32_t l_17 = 5UL;
    int8_t *l_18 = &g_19;
    int64_t *l_39 = (void*)0;
    int32_t l_40 = (-1L);
    int8_t l_68 = 0xD5L;
    int32_t *l_70 = &g_7;
    int32_t **l_69 = &l_70;
    if ((safe_add_func_int64_t_s_s((((*l_18) ^= l_17) != (safe_sub_func_int16_t_s_s((safe_add_func_int16_t_s_s((l_17 >= l_17), g_7)), ((safe_add_func_uint64_t_u_u((safe_add_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u((safe_mod_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u(((l_40 |= (safe_lshift_func_int8_t_s_u((g_38[0][2] = (safe_sub_func_int32_t_s_s((0x1031C36B586FA66FLL < l_17), 0x29ED7D41L))), 7))) || l_17), g_3)), 65529UL)), l_17)), 65535UL)), l_17)) >= g_3)))), g_3)))
    { 
        int32_t *l_50 = (void*)0;
        int32_t l_62[3];
        int i;
        for (i = 0; i < 3; i++)
            l_62[i] = 0L;
        for (l_40 = (-23); (l_40 == 27); l_40 = safe_add_func_int64_t_s_s(l_40, 4))
        { 
            int32_t l_48 = (-1L);
            for (g_19 = (-1); (g_19 < 26); g_19 = safe_add_func_int16_t_s_s(g_19, 2))
            { 
                int32_t l_47 = 4L;
                int32_t *l_49 = &g_7;
                int16_t *l_57 = (void*)0;
                int16_t *l_58 = &g_59;
                int16_t *l_60 = &g_61;
                l_62[2] ^= ((((((*l_60) = (((*l_58) |= ((safe_lshift_func_int16_t_s_s((l_47 & ((l_48 , (((l_49 = (*p_13)) != l_50) != (((safe_add_func_uint32_t_u_u((safe_sub_func_uint8_t_u_u((((**p_13) = (~(g_56 != l_18))) || 0x1EDE5A1AL), (-1L))), 0xB827BE62L)) <= l_47) && l_47))) < g_19)), g_19)) || (*l_49))) , l_17)) , g_7) & l_17) , l_40) != l_40);
                (*l_49) = g_61;
                return p_13;
            }
            (**p_13) = (-6L);
        }
        (*p_13) = &g_7;
        (**p_13) = ((*g_56) && (*g_56));
    }
    else
    { 
        (*p_13) = &l_40;
        for (l_17 = 0; (l_17 == 1); ++l_17)
        { 
            int32_t *l_65[4][1] = {{(void*)0},{&g_3},{(void*)0},{&g_3}};
            int i, j;
            (*p_13) = l_65[0][0];
        }
    }
    l_68 = (safe_lshift_func_int8_t_s_u(l_17, 4));
    (*p_13) = (*p_13);
    return g_71;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_19, "g_19", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_38[i][j], "g_38[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_59, "g_59", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    transparent_crc(g_74, "g_74", print_hash_value);
    transparent_crc(g_107, "g_107", print_hash_value);
    transparent_crc(g_109, "g_109", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
