#include "csmith.h"
static long __undefined;
struct S0 {
   int64_t  f0;
   uint64_t  f1;
   int32_t  f2;
};
struct S1 {
   int32_t  f0;
   const uint16_t  f1;
};
static int32_t g_2[4] = {0xA2768935L,0xA2768935L,0xA2768935L,0xA2768935L};
static int8_t g_21[2][2] = {{0L,0L},{0L,0L}};
static int32_t g_25[4] = {0x4486CAE8L,0x4486CAE8L,0x4486CAE8L,0x4486CAE8L};
static int32_t *g_24 = &g_25[0];
static int32_t *g_33[3] = {&g_25[0],&g_25[0],&g_25[0]};
static int16_t g_49 = (-2L);
static uint16_t g_59[1] = {0xA102L};
static int32_t g_63 = 0x5015FDF9L;
static uint32_t g_84[2] = {0xB19D5435L,0xB19D5435L};
static uint32_t g_94 = 0xAE47ACEDL;
static struct S0 g_115[1] = {{0x05F38113FD3603FALL,0x232F7DB775658741LL,0xB0B43543L}};
static struct S0 *g_128 = &g_115[0];
static struct S0 **g_127[1][1] = {{&g_128}};
static uint8_t g_158 = 255UL;
static uint64_t **g_159 = (void*)0;
static uint32_t g_165[2] = {7UL,7UL};
static struct S1 g_167 = {0x3D43504BL,0x0949L};
static struct S1  func_1(void);
static int32_t * func_5(uint32_t  p_6, int32_t  p_7);
static int16_t  func_8(int32_t * const  p_9, int32_t * p_10, int32_t * p_11, uint16_t  p_12);
static struct S1  func_1(void)
{ 
    const uint8_t l_17[2] = {255UL,255UL};
    int32_t *l_23[2][1];
    uint32_t l_36 = 0x9A030833L;
    int8_t l_37 = 0xADL;
    int8_t *l_48[2];
    int32_t *l_62 = &g_63;
    struct S0 * const *l_140 = (void*)0;
    struct S0 * const **l_139 = &l_140;
    uint64_t *l_161 = &g_115[0].f1;
    uint64_t **l_160[1];
    uint64_t ***l_162 = &g_159;
    int16_t l_166 = 0xF3F3L;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_23[i][j] = &g_2[3];
    }
    for (i = 0; i < 2; i++)
        l_48[i] = &l_37;
    for (i = 0; i < 1; i++)
        l_160[i] = &l_161;
lbl_120:
    for (g_2[0] = 0; (g_2[0] < 22); g_2[0] = safe_add_func_uint32_t_u_u(g_2[0], 8))
    { 
        int32_t * const l_13 = (void*)0;
        int32_t l_18 = 3L;
        int8_t *l_19 = (void*)0;
        int8_t *l_20 = &g_21[0][1];
        struct S0 l_22 = {0L,0x974498B94BE3D0E7LL,0xEE72C34CL};
        int32_t **l_32[2][2];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 2; j++)
                l_32[i][j] = &l_23[0][0];
        }
        g_33[2] = func_5((func_8(l_13, (g_24 = ((1UL && (g_2[0] == (((((((*l_20) = (safe_div_func_int32_t_s_s((((safe_unary_minus_func_uint8_t_u(((l_17[1] < 0xC9D73DF2EF51AE9ALL) < l_18))) , l_17[0]) && l_17[1]), g_2[0]))) == g_2[0]) , l_22) , g_2[0]) || l_22.f2) < 0x0CL))) , l_23[0][0])), l_23[1][0], l_18) >= 0x77C8L), l_22.f1);
        if ((l_36 > (l_37 != ((((void*)0 == &g_21[0][1]) ^ g_21[0][1]) == 0L))))
        { 
            uint32_t l_41 = 0xEF511E78L;
            for (l_18 = (-21); (l_18 > (-27)); --l_18)
            { 
                uint32_t l_40[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_40[i] = 0xE3176A90L;
                g_33[0] = (l_23[0][0] = func_5(l_40[1], l_40[2]));
                if (l_40[1])
                    continue;
                l_41 ^= 0xEBB4DFC4L;
            }
        }
        else
        { 
            l_23[1][0] = &g_25[0];
        }
    }
    if (((safe_sub_func_uint32_t_u_u(0x25D9175CL, (g_25[0] >= (safe_div_func_uint64_t_u_u((g_49 |= (9L < (((((safe_rshift_func_int8_t_s_s(g_2[0], (g_21[0][1] |= 1L))) && 6UL) < 0L) == 4294967292UL) && 1L))), g_25[0]))))) , (*g_24)))
    { 
        uint8_t l_60[1][2];
        uint8_t l_82 = 254UL;
        int32_t l_96[1][3];
        int32_t l_107[1][2];
        struct S0 *l_116 = &g_115[0];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_60[i][j] = 254UL;
        }
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_96[i][j] = (-1L);
        }
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_107[i][j] = (-1L);
        }
        for (l_36 = (-13); (l_36 < 46); l_36 = safe_add_func_int8_t_s_s(l_36, 6))
        { 
            uint64_t l_58 = 1UL;
            int32_t **l_61 = &l_23[0][0];
            struct S1 l_64 = {0xE5FF039CL,65535UL};
            int8_t l_95 = (-1L);
            uint32_t *l_106[2][1];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_106[i][j] = &g_84[0];
            }
            if ((((0L != 0xEC54L) | ((safe_mod_func_uint64_t_u_u((((*l_61) = func_5(((((void*)0 != &g_21[1][1]) & (safe_sub_func_int32_t_s_s(((*g_24) &= (safe_mod_func_uint16_t_u_u((g_59[0] |= l_58), l_60[0][1]))), 0x748C7375L))) <= g_49), g_21[0][1])) == l_62), l_60[0][1])) != 0L)) & (*l_62)))
            { 
                return l_64;
            }
            else
            { 
                uint32_t *l_83 = &g_84[1];
                int32_t l_93 = (-1L);
                uint64_t *l_97 = &l_58;
                uint32_t l_98 = 0x7038A069L;
                (*l_62) |= ((((((*l_97) &= (safe_div_func_int16_t_s_s((l_96[0][0] ^= (safe_mod_func_uint64_t_u_u((safe_mod_func_uint8_t_u_u((safe_mul_func_int8_t_s_s((((safe_add_func_int64_t_s_s((safe_mul_func_int8_t_s_s(g_59[0], (safe_mul_func_uint8_t_u_u(((safe_div_func_uint32_t_u_u(((*l_83) &= (safe_unary_minus_func_int8_t_s((l_82 |= 0x94L)))), (safe_rshift_func_uint16_t_u_s(g_59[0], 3)))) | (safe_add_func_int8_t_s_s((g_94 |= (safe_mul_func_int16_t_s_s((l_93 >= ((((**l_61) = ((((**l_61) < (**l_61)) ^ 1L) , 0UL)) != g_59[0]) < 0x8293L)), g_21[0][0]))), l_95))), g_21[0][1])))), g_59[0])) <= g_21[0][1]) < l_60[0][1]), l_93)), g_59[0])), 0xD73FB01E7103E2EALL))), 0x7EC9L))) , l_93) & g_59[0]) , l_93) > l_64.f1);
                l_98--;
                (*g_24) |= 0x272C110BL;
            }
            (*g_24) = (+(safe_mul_func_uint8_t_u_u((l_96[0][0] < (safe_add_func_uint32_t_u_u((--g_84[0]), ((g_2[3] <= (((*l_61) = func_5(((0x26L <= (!g_21[1][1])) == (safe_add_func_uint32_t_u_u((g_94 = (safe_mul_func_int8_t_s_s((l_107[0][0] > 0xC1C2L), (**l_61)))), (*l_62)))), g_49)) == &l_96[0][0])) >= l_107[0][1])))), g_25[2])));
        }
        (*l_116) = g_115[0];
    }
    else
    { 
        uint32_t *l_119 = (void*)0;
        int32_t l_144 = 1L;
        int32_t l_145 = 1L;
        for (g_63 = 3; (g_63 >= 0); g_63 -= 1)
        { 
            int8_t l_121 = (-1L);
            int32_t l_122[2][4] = {{4L,4L,4L,4L},{4L,4L,4L,4L}};
            uint64_t l_124 = 0xFAD2001831556D0BLL;
            const uint32_t *l_132 = &l_36;
            int i, j;
            if ((safe_lshift_func_int8_t_s_s(g_49, ((0x43286D5588B0772CLL != (0x4825C2B004275F2ELL == g_84[1])) ^ (&g_84[1] == l_119)))))
            { 
                if (l_36)
                    goto lbl_120;
            }
            else
            { 
                int32_t l_123 = 1L;
                struct S0 ***l_129 = &g_127[0][0];
                int i;
                if ((*g_24))
                    break;
                --l_124;
                if (l_124)
                    break;
                (*l_129) = g_127[0][0];
            }
            for (g_49 = 0; (g_49 <= 1); g_49 += 1)
            { 
                const uint32_t **l_133 = &l_132;
                uint32_t **l_134 = &l_119;
                uint32_t *l_136 = &g_84[1];
                uint32_t **l_135 = &l_136;
                int64_t *l_141 = &g_115[0].f0;
                int32_t l_142 = 1L;
                int32_t l_143[1][2];
                uint16_t l_146 = 1UL;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_143[i][j] = 0x5C3D3C4AL;
                }
                (*g_24) = (safe_sub_func_uint32_t_u_u((((*l_133) = l_132) != ((*l_135) = ((*l_134) = &g_94))), (g_21[g_49][g_49] == (safe_sub_func_uint32_t_u_u(((((*l_141) = ((g_21[g_49][g_49] | ((void*)0 != l_139)) > g_21[g_49][g_49])) , l_122[1][0]) || g_49), (-10L))))));
                --l_146;
            }
        }
    }
    (*l_162) = (l_160[0] = ((safe_sub_func_uint16_t_u_u((g_49 | (safe_add_func_int64_t_s_s(((safe_mul_func_int8_t_s_s(g_115[0].f0, (g_84[1] & (safe_sub_func_uint8_t_u_u(0x44L, ((!(*l_62)) >= (*g_24))))))) | 0x79L), 1UL))), g_158)) , g_159));
    l_166 &= (((((safe_div_func_uint8_t_u_u((2UL == g_2[0]), g_158)) || ((((*l_162) = (*l_162)) == (void*)0) < (*l_62))) == 0x329A422D8A0161A0LL) || 4294967295UL) , g_165[0]);
    return g_167;
}
static int32_t * func_5(uint32_t  p_6, int32_t  p_7)
{ 
    return &g_25[1];
}
static int16_t  func_8(int32_t * const  p_9, int32_t * p_10, int32_t * p_11, uint16_t  p_12)
{ 
    int8_t l_26 = 0x30L;
    int32_t l_27 = 7L;
    int32_t *l_28[1];
    uint64_t l_29 = 18446744073709551611UL;
    int i;
    for (i = 0; i < 1; i++)
        l_28[i] = &g_25[2];
    --l_29;
    l_28[0] = &l_27;
    return p_12;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_2[i], "g_2[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_21[i][j], "g_21[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_25[i], "g_25[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_49, "g_49", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_59[i], "g_59[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_63, "g_63", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_84[i], "g_84[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_94, "g_94", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_115[i].f0, "g_115[i].f0", print_hash_value);
        transparent_crc(g_115[i].f1, "g_115[i].f1", print_hash_value);
        transparent_crc(g_115[i].f2, "g_115[i].f2", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_158, "g_158", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_165[i], "g_165[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_167.f0, "g_167.f0", print_hash_value);
    transparent_crc(g_167.f1, "g_167.f1", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
