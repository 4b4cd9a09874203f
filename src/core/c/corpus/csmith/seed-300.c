#include "csmith.h"
static long __undefined;
struct S0 {
   int8_t  f0;
   uint32_t  f1;
   const int16_t  f2;
   uint32_t  f3;
   int64_t  f4;
};
struct S1 {
   int64_t  f0;
   struct S0  f1;
   uint32_t  f2;
   struct S0  f3;
   const uint32_t  f4;
   int32_t  f5;
};
static uint64_t g_20 = 0xDF11CAF1E2CD8491LL;
static int16_t g_32 = 0x9D70L;
static int64_t g_34 = (-3L);
static int32_t g_42 = 1L;
static int32_t g_44 = (-1L);
static uint8_t g_54 = 4UL;
static int8_t g_56 = 0L;
static int32_t g_59 = 0xABE4BCA0L;
static int32_t g_64 = 0x4023A1BFL;
static int8_t g_67[1] = {0x69L};
static int8_t g_71 = (-5L);
static int32_t g_72 = (-3L);
static uint32_t g_74 = 0xFFEB3B2BL;
static uint32_t *g_92 = &g_74;
static int8_t  func_1(void);
static int32_t  func_3(const int32_t  p_4, struct S1  p_5, int32_t  p_6);
static struct S1  func_8(uint16_t  p_9, uint32_t  p_10, uint32_t  p_11);
static int8_t  func_1(void)
{ 
    uint32_t l_2 = 0x4822B165L;
    int64_t *l_81 = &g_34;
    int32_t *l_86 = &g_44;
    int32_t l_89 = 1L;
    uint64_t l_99 = 0x6189FD49C48DCB9CLL;
    int16_t *l_102 = &g_32;
    if (l_2)
    { 
        const uint16_t l_7 = 0x718BL;
        int16_t *l_31 = &g_32;
        int64_t *l_33 = &g_34;
        int32_t *l_63[2];
        int i;
        for (i = 0; i < 2; i++)
            l_63[i] = &g_44;
        g_64 = func_3(l_7, func_8(((safe_mod_func_uint16_t_u_u(((safe_sub_func_uint64_t_u_u(((safe_lshift_func_uint16_t_u_s((safe_rshift_func_uint16_t_u_s(g_20, ((safe_sub_func_uint16_t_u_u((g_20 , (safe_add_func_int32_t_s_s(((safe_div_func_uint32_t_u_u((safe_div_func_uint16_t_u_u((((g_20 >= ((*l_33) = (safe_mul_func_int16_t_s_s(((*l_31) = l_2), g_20)))) > g_20) != l_7), 1L)), l_7)) , l_7), l_2))), l_2)) , 0x6AECL))), 0)) < 9UL), 18446744073709551612UL)) < g_20), l_2)) | l_2), l_2, g_20), l_7);
    }
    else
    { 
        int32_t l_69[4];
        int32_t l_70 = 0x0CAA6600L;
        int32_t l_73 = 1L;
        int32_t l_88 = 0xD7F83892L;
        int32_t *l_90[1][2];
        struct S0 l_104 = {0x89L,4294967292UL,0xD725L,0x1C418A46L,-2L};
        int i, j;
        for (i = 0; i < 4; i++)
            l_69[i] = 2L;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_90[i][j] = (void*)0;
        }
        for (g_64 = 0; (g_64 == 20); g_64 = safe_add_func_uint16_t_u_u(g_64, 5))
        { 
            int64_t *l_83 = &g_34;
            int32_t *l_84 = (void*)0;
            uint32_t **l_91[2][4];
            int32_t **l_97 = &l_90[0][0];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 4; j++)
                    l_91[i][j] = (void*)0;
            }
            for (g_42 = 0; g_42 < 1; g_42 += 1)
            {
                g_67[g_42] = 1L;
            }
            for (g_56 = 0; (g_56 <= 0); g_56 += 1)
            { 
                int32_t *l_68[2][4];
                int64_t **l_82 = &l_81;
                int32_t **l_85[4] = {&l_84,&l_84,&l_84,&l_84};
                uint32_t *l_87[4] = {&g_74,&g_74,&g_74,&g_74};
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_68[i][j] = &g_42;
                }
                g_74--;
                l_89 ^= ((g_74 = (((((safe_sub_func_int8_t_s_s((g_67[g_56] = (((safe_div_func_uint32_t_u_u(((((*l_82) = l_81) != l_83) < ((l_86 = l_84) != &g_42)), g_67[g_56])) >= l_69[0]) && 1L)), g_59)) ^ 0x01B0L) == 0x8276L) >= g_44) , 0x135D840CL)) || l_88);
                l_90[0][0] = &g_44;
            }
            g_42 = (((g_92 = l_84) == (void*)0) || (((safe_add_func_uint64_t_u_u(((((safe_mul_func_uint16_t_u_u(g_74, g_42)) < 1L) > g_54) , 0UL), g_67[0])) , l_83) != &g_34));
            (*l_97) = l_84;
        }
        if (g_59)
            goto lbl_98;
lbl_98:
        g_59 = g_72;
        g_44 = g_54;
        g_64 = (g_44 , ((((l_99 >= ((safe_mul_func_int8_t_s_s((l_102 == ((~((l_104 , ((func_8((safe_lshift_func_uint16_t_u_s((!g_59), g_54)), g_34, l_2) , 1UL) ^ 0UL)) , 0xDCL)) , (void*)0)), g_74)) >= 0x2D3DACF38B77237ELL)) != g_34) >= 0x16L) == g_67[0]));
    }
    return g_74;
}
static int32_t  func_3(const int32_t  p_4, struct S1  p_5, int32_t  p_6)
{ 
    const int32_t *l_62[2][4] = {{&g_42,&g_42,&g_42,&g_42},{&g_42,&g_42,&g_42,&g_42}};
    const int32_t **l_61 = &l_62[0][2];
    int i, j;
    (*l_61) = (void*)0;
    return g_56;
}
static struct S1  func_8(uint16_t  p_9, uint32_t  p_10, uint32_t  p_11)
{ 
    uint8_t l_39 = 0xF7L;
    int32_t *l_40 = (void*)0;
    int32_t *l_41 = &g_42;
    int32_t *l_43 = &g_44;
    uint8_t *l_47 = &l_39;
    uint8_t *l_53 = &g_54;
    int8_t *l_55 = &g_56;
    int32_t *l_57 = (void*)0;
    int32_t *l_58[2][3] = {{&g_59,&g_59,&g_59},{&g_59,&g_59,&g_59}};
    struct S1 l_60[1][3] = {{{0L,{9L,5UL,0xBBA6L,0x2DB44E93L,1L},0xEF573153L,{0xD8L,0x0B1CB454L,0x0A9DL,0xEE1D35EEL,1L},0x34C8A1B6L,0x74ED7B97L},{0L,{9L,5UL,0xBBA6L,0x2DB44E93L,1L},0xEF573153L,{0xD8L,0x0B1CB454L,0x0A9DL,0xEE1D35EEL,1L},0x34C8A1B6L,0x74ED7B97L},{0L,{9L,5UL,0xBBA6L,0x2DB44E93L,1L},0xEF573153L,{0xD8L,0x0B1CB454L,0x0A9DL,0xEE1D35EEL,1L},0x34C8A1B6L,0x74ED7B97L}}};
    int i, j;
    g_59 ^= (safe_sub_func_uint8_t_u_u((((*l_43) &= ((safe_rshift_func_int8_t_s_u((p_10 <= 65535UL), 3)) & ((*l_41) = (l_39 <= 1L)))) , (safe_add_func_int32_t_s_s(((((*l_47)--) != ((*l_55) ^= (!(safe_sub_func_uint8_t_u_u(((*l_53) &= ((*l_41) & g_32)), p_9))))) ^ 0xA880E1B4L), g_42))), p_11));
    return l_60[0][1];
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_32, "g_32", print_hash_value);
    transparent_crc(g_34, "g_34", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_44, "g_44", print_hash_value);
    transparent_crc(g_54, "g_54", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_59, "g_59", print_hash_value);
    transparent_crc(g_64, "g_64", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_67[i], "g_67[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_71, "g_71", print_hash_value);
    transparent_crc(g_72, "g_72", print_hash_value);
    transparent_crc(g_74, "g_74", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
