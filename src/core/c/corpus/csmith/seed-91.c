#include "csmith.h"
static long __undefined;
static int32_t g_3 = 0xDBA76AABL;
static int32_t *g_2 = &g_3;
static int8_t g_37[2] = {1L,1L};
static uint64_t g_51 = 0x6E743FD0416CBB4DLL;
static int16_t g_62[3][1] = {{0L},{0L},{0L}};
static uint32_t g_72 = 5UL;
static uint16_t g_76[4][2] = {{65535UL,65535UL},{65535UL,65535UL},{65535UL,65535UL},{65535UL,65535UL}};
static uint8_t g_78 = 255UL;
static int32_t g_81 = 0xF380447DL;
static uint16_t g_82 = 0UL;
static uint16_t g_86 = 0x290CL;
static int8_t g_100 = 0x98L;
static int16_t  func_1(void);
static int16_t  func_7(int8_t  p_8, int32_t ** p_9, uint16_t  p_10, uint16_t  p_11);
static int32_t ** func_14(int32_t * const  p_15, int64_t  p_16, const uint32_t  p_17, int64_t  p_18);
static int16_t  func_1(void)
{ 
    int32_t **l_4 = &g_2;
    int32_t l_83 = (-10L);
    (*l_4) = g_2;
    l_83 |= ((((func_7((safe_sub_func_uint8_t_u_u(0x4BL, 0xB7L)), func_14((*l_4), ((safe_div_func_int16_t_s_s((((g_3 , l_4) != l_4) & 0L), (-9L))) <= (**l_4)), (**l_4), (**l_4)), g_82, g_82) || 0UL) , (**l_4)) & 4294967292UL) == 0x609311A0996A0D2CLL);
    for (g_81 = (-18); (g_81 == (-8)); g_81 = safe_add_func_int64_t_s_s(g_81, 7))
    { 
        for (g_3 = 0; (g_3 >= 0); g_3 -= 1)
        { 
            int32_t l_95[1][1];
            uint16_t *l_96 = (void*)0;
            int32_t *l_99[2];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_95[i][j] = 0xD93686DFL;
            }
            for (i = 0; i < 2; i++)
                l_99[i] = &l_83;
            g_86 = g_62[(g_3 + 2)][g_3];
            g_100 ^= ((((safe_sub_func_uint32_t_u_u(0x76C37093L, (*g_2))) , (&g_78 == (void*)0)) , (((safe_rshift_func_uint8_t_u_u(((((((safe_mod_func_int8_t_s_s(((safe_div_func_uint16_t_u_u((g_76[0][0]++), g_62[2][0])) || g_72), 0x9BL)) || g_3) == 1L) ^ 2UL) , (**l_4)) ^ g_62[(g_3 + 2)][g_3]), g_3)) == g_86) >= 4294967295UL)) & g_78);
            if ((*g_2))
                continue;
        }
        return (**l_4);
    }
    return g_37[1];
}
static int16_t  func_7(int8_t  p_8, int32_t ** p_9, uint16_t  p_10, uint16_t  p_11)
{ 
    return p_8;
}
static int32_t ** func_14(int32_t * const  p_15, int64_t  p_16, const uint32_t  p_17, int64_t  p_18)
{ 
    int32_t l_21[2];
    uint32_t l_24 = 0x87E3BC4AL;
    int32_t *l_34 = &l_21[1];
    int32_t *l_35 = &l_21[1];
    const uint64_t l_56[2][2] = {{18446744073709551614UL,18446744073709551614UL},{18446744073709551614UL,18446744073709551614UL}};
    int16_t *l_61 = &g_62[2][0];
    uint32_t l_68 = 18446744073709551606UL;
    uint32_t *l_71[1][1];
    uint16_t *l_75 = &g_76[0][0];
    uint8_t *l_77 = &g_78;
    uint16_t l_79 = 0x7EA8L;
    int32_t *l_80[1][3];
    int i, j;
    for (i = 0; i < 2; i++)
        l_21[i] = (-8L);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_71[i][j] = &g_72;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_80[i][j] = &g_81;
    }
    if ((((l_21[1] <= l_21[1]) , 0xB5L) != ((safe_add_func_uint64_t_u_u(l_24, ((safe_sub_func_uint16_t_u_u(((l_21[1] , p_18) && g_3), 0x451DL)) <= 0x1FL))) == g_3)))
    { 
        int32_t **l_29[4];
        int i;
        for (i = 0; i < 4; i++)
            l_29[i] = &g_2;
        for (l_24 = (-30); (l_24 < 4); l_24 = safe_add_func_uint64_t_u_u(l_24, 3))
        { 
            return l_29[0];
        }
        for (p_16 = 11; (p_16 <= 4); p_16 = safe_sub_func_uint16_t_u_u(p_16, 9))
        { 
            int16_t l_36 = 0x1290L;
            (*g_2) = 0L;
            for (g_3 = (-17); (g_3 > (-25)); g_3 = safe_sub_func_int32_t_s_s(g_3, 2))
            { 
                l_35 = (l_34 = &g_3);
                g_37[0] = (l_36 <= 0xDAL);
            }
            for (l_36 = 0; (l_36 >= 27); l_36 = safe_add_func_int8_t_s_s(l_36, 2))
            { 
                (*p_15) = (+g_37[0]);
                if ((*p_15))
                    break;
            }
            (*g_2) = (*p_15);
        }
    }
    else
    { 
        int16_t l_47[4][1];
        uint64_t *l_50 = &g_51;
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
                l_47[i][j] = (-1L);
        }
        (*g_2) = (((safe_mod_func_uint64_t_u_u(((*l_50) = (safe_div_func_uint32_t_u_u(((safe_mul_func_uint16_t_u_u((((((0xC267L == l_47[3][0]) >= (safe_mod_func_uint16_t_u_u(p_16, ((g_3 > (((*l_34) = 0x7BE6L) != 0xF611L)) , (-4L))))) && l_47[1][0]) != 4294967290UL) ^ 0L), g_37[0])) <= g_37[0]), (*g_2)))), g_37[0])) & (-1L)) == 0UL);
    }
    (*l_34) = (65532UL >= ((*l_61) &= ((((safe_lshift_func_int16_t_s_s((safe_add_func_int16_t_s_s(l_56[0][1], (p_18 || (safe_rshift_func_int8_t_s_s((((safe_lshift_func_uint8_t_u_s(((*l_34) || 0x57L), (*l_34))) , (*l_35)) && (*l_35)), g_37[0]))))), 8)) , p_17) , (void*)0) != &g_3)));
    g_81 &= ((+(safe_sub_func_int32_t_s_s(((-10L) >= (((((safe_add_func_uint32_t_u_u((l_68 == ((safe_rshift_func_uint8_t_u_u(((*l_77) |= ((g_72 = 0x2CF014A1L) ^ ((safe_div_func_int16_t_s_s((((((*l_75) ^= p_18) ^ (*l_34)) < g_37[0]) , (*l_35)), g_51)) && p_16))), l_79)) <= (-1L))), (*l_35))) , p_17) , (*l_34)) || (*l_34)) <= (*g_2))), 0x03B25F50L))) || 0xC9L);
    return &g_2;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_37[i], "g_37[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_51, "g_51", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_62[i][j], "g_62[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_72, "g_72", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_76[i][j], "g_76[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_78, "g_78", print_hash_value);
    transparent_crc(g_81, "g_81", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_86, "g_86", print_hash_value);
    transparent_crc(g_100, "g_100", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
