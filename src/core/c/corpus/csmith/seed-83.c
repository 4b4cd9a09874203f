#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0x69FDF99FL;
static int32_t g_6 = 0L;
static int32_t g_9 = 0x3F1A0734L;
static uint32_t g_21 = 0UL;
static uint32_t g_38[4] = {4294967294UL,4294967294UL,4294967294UL,4294967294UL};
static uint8_t g_45 = 1UL;
static uint8_t g_48 = 0x5CL;
static int32_t g_53 = 0xCD4D3380L;
static int32_t *g_52 = &g_53;
static int64_t g_80 = 0x98086ADB69C52260LL;
static int32_t **g_86 = &g_52;
static int64_t g_94 = (-1L);
static int64_t g_98 = 2L;
static uint64_t g_99 = 0x28AD0AF0966AB142LL;
static uint16_t g_102[2] = {65526UL,65526UL};
static uint64_t  func_1(void);
static uint32_t  func_12(uint16_t  p_13, int32_t  p_14);
static int32_t * func_15(uint16_t  p_16);
static uint64_t  func_1(void)
{ 
    uint16_t l_5[4][2] = {{65534UL,65534UL},{65534UL,65534UL},{65534UL,65534UL},{65534UL,65534UL}};
    int32_t l_92 = 0x76835008L;
    int32_t l_93 = 0xCF448C36L;
    int32_t l_95 = 3L;
    int32_t l_96 = 0x2B7A12B0L;
    int32_t l_97 = (-6L);
    int32_t *l_105 = (void*)0;
    int32_t *l_106 = &g_53;
    int32_t *l_107[3][1];
    uint16_t l_108[2];
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_107[i][j] = (void*)0;
    }
    for (i = 0; i < 2; i++)
        l_108[i] = 1UL;
    for (g_2 = 16; (g_2 > 14); g_2 = safe_sub_func_int32_t_s_s(g_2, 5))
    { 
        uint32_t l_81 = 0xAFB09233L;
        int32_t *l_87 = (void*)0;
        int32_t *l_88 = (void*)0;
        int32_t *l_89 = &g_53;
        int32_t *l_90 = &g_9;
        int32_t *l_91[3];
        int i;
        for (i = 0; i < 3; i++)
            l_91[i] = &g_9;
        for (g_6 = 0; (g_6 <= 1); g_6 += 1)
        { 
            int32_t *l_8[1][2];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_8[i][j] = &g_9;
            }
            g_9 = (!l_5[(g_6 + 2)][g_6]);
            if (((((1L & (safe_div_func_uint32_t_u_u(func_12((l_5[g_6][g_6] = 65535UL), g_2), 0x148CB42BL))) || g_38[1]) == 0UL) , (-9L)))
            { 
                int32_t l_82[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_82[i] = 0x631C0487L;
                g_52 = (g_21 , ((safe_mod_func_uint16_t_u_u(((safe_add_func_int8_t_s_s((safe_div_func_int16_t_s_s(((safe_mul_func_uint16_t_u_u(((safe_lshift_func_uint8_t_u_u((safe_add_func_uint16_t_u_u((247UL >= (((safe_mul_func_uint8_t_u_u(g_48, 0L)) , ((safe_lshift_func_uint8_t_u_s(((((safe_rshift_func_int16_t_s_s((((((((+(!(0UL == l_5[1][0]))) != 0x6FBAAEEA3ADEB0CCLL) , 9UL) && 0xB0L) || g_6) <= g_45) && g_9), 15)) > l_5[3][1]) <= l_5[2][1]) & g_80), 1)) , l_81)) || 18446744073709551615UL)), l_82[0])), g_38[1])) && g_2), l_82[0])) || l_5[1][1]), g_2)), l_82[0])) & 0xA3L), 0x8952L)) , (void*)0));
            }
            else
            { 
                int64_t l_83 = 4L;
                int32_t l_84 = 0x1B1CD7F6L;
                int32_t ***l_85[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_85[i] = (void*)0;
                l_84 = l_83;
                g_86 = &l_8[0][1];
            }
            return g_6;
        }
        ++g_99;
        if ((*l_89))
            break;
        g_102[1]--;
    }
    ++l_108[0];
    (*g_86) = (*g_86);
    return (*l_106);
}
static uint32_t  func_12(uint16_t  p_13, int32_t  p_14)
{ 
    int32_t *l_17 = &g_6;
    int32_t **l_18 = (void*)0;
    int32_t **l_19 = &l_17;
    uint32_t *l_20[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
    int i;
    (*l_19) = func_15(((g_21 = ((((g_2 , &g_6) == ((*l_19) = l_17)) , g_2) | p_14)) , 4UL));
    return g_38[1];
}
static int32_t * func_15(uint16_t  p_16)
{ 
    int32_t *l_22 = &g_9;
    int32_t *l_23 = &g_9;
    int32_t l_24 = 0xB88DCFD8L;
    int32_t *l_25 = &l_24;
    int32_t *l_26 = &l_24;
    int32_t *l_27 = (void*)0;
    int32_t *l_28 = &l_24;
    int32_t *l_29 = &l_24;
    int32_t l_30 = (-7L);
    int32_t *l_31 = &l_30;
    int32_t l_32 = 0L;
    int32_t l_33 = 0x88AD88CAL;
    int32_t *l_34 = &l_32;
    int32_t *l_35 = (void*)0;
    int32_t *l_36 = (void*)0;
    int32_t *l_37[4];
    int32_t *l_57[4][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}};
    int32_t **l_58 = &l_26;
    int32_t *l_59 = &l_24;
    int i, j;
    for (i = 0; i < 4; i++)
        l_37[i] = &l_33;
    --g_38[1];
    for (g_9 = 0; (g_9 >= (-26)); g_9 = safe_sub_func_int64_t_s_s(g_9, 6))
    { 
        int32_t l_44[2][1];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_44[i][j] = 0x8597A0B8L;
        }
        for (p_16 = 0; (p_16 <= 3); p_16 += 1)
        { 
            int32_t l_43 = 1L;
            int32_t **l_51[1][3];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_51[i][j] = &l_25;
            }
            g_45--;
            g_48--;
            g_52 = (void*)0;
        }
        (*l_25) = (&g_2 == (void*)0);
        (*l_29) ^= l_44[0][0];
    }
    for (l_32 = 8; (l_32 == (-27)); --l_32)
    { 
        int32_t **l_56[1];
        int i;
        for (i = 0; i < 1; i++)
            l_56[i] = &l_34;
        l_36 = &l_24;
        l_57[3][0] = &g_2;
    }
    (*l_58) = &l_30;
    return &g_53;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_21, "g_21", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_38[i], "g_38[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_53, "g_53", print_hash_value);
    transparent_crc(g_80, "g_80", print_hash_value);
    transparent_crc(g_94, "g_94", print_hash_value);
    transparent_crc(g_98, "g_98", print_hash_value);
    transparent_crc(g_99, "g_99", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_102[i], "g_102[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
