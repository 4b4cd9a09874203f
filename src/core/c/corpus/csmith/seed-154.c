#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0L;
static int32_t g_33 = 0xCADD6352L;
static uint16_t g_41 = 65530UL;
static int32_t *g_56[3] = {&g_33,&g_33,&g_33};
static int32_t **g_55 = &g_56[2];
static int32_t ***g_54 = &g_55;
static uint32_t g_60 = 0xE3C77D98L;
static int32_t g_62 = 6L;
static int32_t g_67 = 1L;
static int32_t *g_90 = &g_2;
static uint32_t g_100[3] = {0x927889C3L,0x927889C3L,0x927889C3L};
static const int16_t *g_101 = (void*)0;
static int32_t  func_1(void);
static const int16_t  func_12(uint64_t  p_13, int8_t  p_14, uint16_t  p_15, uint16_t  p_16);
static int16_t  func_21(uint32_t  p_22, uint8_t  p_23, uint32_t  p_24, int8_t  p_25);
static int32_t  func_1(void)
{ 
    uint16_t l_26 = 1UL;
    int32_t l_71 = 0xF2FE87A7L;
    int32_t l_72[1][3];
    uint32_t l_79 = 0xEC7D2368L;
    const uint32_t l_87[3] = {0xBDBB176AL,0xBDBB176AL,0xBDBB176AL};
    int32_t ****l_114 = &g_54;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_72[i][j] = 0x9E9DA123L;
    }
    for (g_2 = 14; (g_2 >= (-25)); g_2--)
    { 
        uint16_t l_5 = 0xC633L;
        uint16_t *l_59 = &g_41;
        int32_t *l_61 = &g_62;
        int16_t *l_66[2];
        int32_t l_75[1][1];
        uint8_t l_76[4];
        int i, j;
        for (i = 0; i < 2; i++)
            l_66[i] = (void*)0;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_75[i][j] = 0x213A2BBEL;
        }
        for (i = 0; i < 4; i++)
            l_76[i] = 0x90L;
        (*l_61) &= ((g_2 >= (l_5 >= 1L)) > (safe_rshift_func_uint16_t_u_s((safe_mul_func_uint16_t_u_u((safe_rshift_func_int8_t_s_u((func_12(((safe_sub_func_uint16_t_u_u((safe_lshift_func_int16_t_s_u(0x89A5L, ((*l_59) = ((func_21(l_26, g_2, g_2, l_26) && (-1L)) | g_2)))), l_26)) , g_60), l_26, l_5, g_2) , g_41), 7)), 65526UL)), l_5)));
        (**g_55) = ((safe_add_func_uint64_t_u_u(1UL, (((l_26 != 4L) && g_2) >= (((g_67 |= (~(g_41 ^ g_41))) && l_26) > l_26)))) || g_2);
        for (g_62 = 0; (g_62 != 22); ++g_62)
        { 
            int32_t *l_70[1];
            int8_t l_73 = (-2L);
            int16_t l_74 = 0x4231L;
            int i;
            for (i = 0; i < 1; i++)
                l_70[i] = &g_33;
            l_76[2]--;
        }
        return l_79;
    }
    (**g_55) = l_26;
    for (g_41 = 0; (g_41 <= 2); g_41 += 1)
    { 
        uint8_t l_84 = 0xACL;
        uint16_t l_99 = 65535UL;
        int32_t l_111[1];
        int i;
        for (i = 0; i < 1; i++)
            l_111[i] = 9L;
    }
    return g_67;
}
static const int16_t  func_12(uint64_t  p_13, int8_t  p_14, uint16_t  p_15, uint16_t  p_16)
{ 
    return g_60;
}
static int16_t  func_21(uint32_t  p_22, uint8_t  p_23, uint32_t  p_24, int8_t  p_25)
{ 
    int16_t l_31 = 0x20A6L;
    int32_t *l_49 = &g_33;
    int32_t ***l_58 = (void*)0;
    for (p_22 = 7; (p_22 <= 31); p_22 = safe_add_func_uint32_t_u_u(p_22, 5))
    { 
        int32_t *l_48 = &g_2;
        int32_t **l_50 = &l_49;
        int32_t *l_53 = &g_33;
        int32_t ****l_57[4];
        int i;
        for (i = 0; i < 4; i++)
            l_57[i] = &g_54;
        for (p_23 = 0; (p_23 >= 43); p_23 = safe_add_func_int64_t_s_s(p_23, 6))
        { 
            int32_t *l_32 = &g_33;
            int32_t *l_34 = &g_33;
            int32_t *l_35 = &g_33;
            int32_t *l_36 = &g_33;
            int32_t *l_37 = &g_33;
            int32_t *l_38 = &g_33;
            int32_t *l_39 = (void*)0;
            int32_t *l_40[1][1];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_40[i][j] = (void*)0;
            }
            g_41--;
            if (l_31)
                break;
            for (p_25 = 0; p_25 < 1; p_25 += 1)
            {
                for (g_41 = 0; g_41 < 1; g_41 += 1)
                {
                    l_40[p_25][g_41] = &g_2;
                }
            }
        }
        (*l_53) = (((safe_rshift_func_int16_t_s_u((g_2 ^ p_22), (((((safe_rshift_func_uint8_t_u_u(((((l_48 == ((*l_50) = l_49)) && (safe_sub_func_uint8_t_u_u((g_33 | 0x08L), g_2))) > l_31) & 0x05L), 3)) != g_41) | (*l_48)) ^ 1UL) , g_33))) && (*l_48)) <= 65530UL);
        l_58 = g_54;
    }
    return p_25;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_62, "g_62", print_hash_value);
    transparent_crc(g_67, "g_67", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_100[i], "g_100[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
