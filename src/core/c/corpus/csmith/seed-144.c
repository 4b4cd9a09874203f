#include "csmith.h"
static long __undefined;
static uint32_t g_6 = 4294967289UL;
static int32_t g_30 = 1L;
static int32_t *g_29 = &g_30;
static uint32_t g_37[1] = {5UL};
static uint16_t g_44 = 1UL;
static uint16_t g_47 = 3UL;
static const uint16_t g_62 = 0xB06DL;
static int64_t g_64[3][1] = {{0x00DD038CF49CF94ALL},{0x00DD038CF49CF94ALL},{0x00DD038CF49CF94ALL}};
static int32_t g_67 = 9L;
static int32_t g_81 = 1L;
static int64_t g_84 = (-5L);
static int32_t g_85[4][2] = {{(-1L),(-1L)},{(-1L),(-1L)},{(-1L),(-1L)},{(-1L),(-1L)}};
static uint8_t g_91[3] = {255UL,255UL,255UL};
static int32_t g_98 = (-1L);
static uint32_t  func_1(void);
static int32_t  func_2(int16_t  p_3, uint64_t  p_4);
static int32_t * func_8(uint32_t  p_9, int16_t  p_10);
static uint32_t  func_1(void)
{ 
    uint32_t l_5 = 0x2CB13638L;
    int32_t *l_97[3];
    int64_t *l_103 = &g_84;
    uint8_t l_112 = 255UL;
    uint32_t l_113 = 0xFF1C7326L;
    int i;
    for (i = 0; i < 3; i++)
        l_97[i] = &g_98;
    g_98 |= func_2(l_5, g_6);
    g_98 ^= (safe_rshift_func_uint16_t_u_u((safe_div_func_uint64_t_u_u(g_64[1][0], ((*l_103) = 0xA14D58F1AF85E685LL))), (safe_mod_func_uint32_t_u_u((((g_44 , ((safe_mul_func_int16_t_s_s((safe_sub_func_int64_t_s_s((safe_div_func_uint32_t_u_u((g_6 , (l_112 > g_64[1][0])), (*g_29))), g_64[1][0])), (-6L))) < 0xC08AL)) || 0x53L) & 0x6D1BL), l_113))));
    return g_62;
}
static int32_t  func_2(int16_t  p_3, uint64_t  p_4)
{ 
    int64_t l_7[4] = {0x6FF23B1A9565E08CLL,0x6FF23B1A9565E08CLL,0x6FF23B1A9565E08CLL,0x6FF23B1A9565E08CLL};
    int i;
    for (p_4 = 0; (p_4 <= 3); p_4 += 1)
    { 
        int32_t **l_96 = &g_29;
        int i;
        (*l_96) = func_8((safe_mod_func_uint32_t_u_u((safe_add_func_uint64_t_u_u(2UL, ((l_7[p_4] && ((safe_unary_minus_func_int8_t_s((l_7[2] & (g_6 | 0L)))) | p_3)) || l_7[p_4]))), g_6)), g_6);
        if ((**l_96))
            continue;
    }
    return p_4;
}
static int32_t * func_8(uint32_t  p_9, int16_t  p_10)
{ 
    int32_t *l_35 = (void*)0;
    uint16_t l_68[1];
    int32_t l_80 = 0x5F08A7CFL;
    int32_t l_83 = 0L;
    int32_t l_90[3];
    int32_t *l_94 = &l_83;
    int32_t *l_95 = &g_81;
    int i;
    for (i = 0; i < 1; i++)
        l_68[i] = 65530UL;
    for (i = 0; i < 3; i++)
        l_90[i] = (-1L);
    for (g_6 = (-9); (g_6 <= 1); g_6++)
    { 
        int32_t l_28 = 1L;
        int32_t **l_31 = (void*)0;
        int32_t **l_32 = &g_29;
        int32_t *l_34 = &g_30;
        int32_t **l_33 = &l_34;
        uint32_t *l_36 = &g_37[0];
        int32_t l_75 = 0L;
        int32_t l_82 = 0xBD444C67L;
        if ((safe_mod_func_uint32_t_u_u(((*l_36) ^= (safe_sub_func_int16_t_s_s(((1UL ^ ((safe_rshift_func_uint16_t_u_s((((safe_div_func_int32_t_s_s(0L, 0xC4DF8E3BL)) && l_28) < (((*l_33) = ((*l_32) = g_29)) == l_35)), 15)) == g_30)) & p_10), g_6))), p_10)))
        { 
            uint32_t l_45 = 0xA81F6ED7L;
            (**l_32) &= (safe_rshift_func_uint16_t_u_u((safe_lshift_func_int16_t_s_u((safe_sub_func_uint64_t_u_u(g_6, 0x0CE7AEBB1BB30B13LL)), g_6)), g_44));
            (*l_33) = l_35;
            l_45 ^= (-1L);
        }
        else
        { 
            int32_t l_46 = 0x7D900D29L;
            int32_t l_86 = 0x0CEA4F54L;
            int32_t l_87 = 2L;
            int32_t l_88 = (-10L);
            int32_t l_89 = 2L;
            (**l_33) = ((p_10 , p_10) ^ l_46);
            (*g_29) ^= (p_10 ^ g_37[0]);
            if (((*l_34) = p_10))
            { 
                return &g_30;
            }
            else
            { 
                uint16_t *l_50[4];
                int32_t *l_53 = &l_46;
                uint32_t **l_54 = &l_36;
                uint32_t ***l_55 = &l_54;
                uint32_t **l_57 = &l_36;
                uint32_t ***l_56 = &l_57;
                int i;
                for (i = 0; i < 4; i++)
                    l_50[i] = &g_44;
                (**l_33) |= ((g_47 , (safe_mul_func_uint16_t_u_u((g_47++), (l_50[0] == (void*)0)))) || ((void*)0 == l_53));
                if ((*g_29))
                    continue;
                (*l_56) = ((*l_55) = l_54);
            }
            for (l_28 = (-18); (l_28 == 19); l_28 = safe_add_func_int32_t_s_s(l_28, 1))
            { 
                const uint16_t *l_61 = &g_62;
                const uint16_t **l_60 = &l_61;
                int64_t *l_63 = &g_64[1][0];
                int32_t *l_71 = &l_46;
                int32_t *l_72 = &g_30;
                int32_t *l_73 = &l_46;
                int32_t *l_74 = &g_30;
                int32_t *l_76 = &g_30;
                int32_t *l_77 = &g_30;
                int32_t *l_78 = &g_67;
                int32_t *l_79[3][4];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_79[i][j] = &l_46;
                }
                g_67 |= (((p_9 <= ((*l_63) = (g_37[0] < (((*l_60) = &g_44) == (void*)0)))) < (safe_div_func_int8_t_s_s(0L, p_9))) | (*g_29));
                --l_68[0];
                ++g_91[2];
            }
        }
        (*l_33) = &l_80;
    }
    (*g_29) = (-1L);
    return l_95;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_37[i], "g_37[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_44, "g_44", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_62, "g_62", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_64[i][j], "g_64[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_67, "g_67", print_hash_value);
    transparent_crc(g_81, "g_81", print_hash_value);
    transparent_crc(g_84, "g_84", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_85[i][j], "g_85[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_91[i], "g_91[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_98, "g_98", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
