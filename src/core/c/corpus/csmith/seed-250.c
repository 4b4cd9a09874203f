#include "csmith.h"
static long __undefined;
static uint16_t g_8 = 0UL;
static int32_t g_11 = 0x5ED06576L;
static int32_t *g_10 = &g_11;
static int8_t g_32 = (-10L);
static int8_t *g_31 = &g_32;
static uint8_t g_53 = 255UL;
static int64_t g_61[3][4] = {{0x89A98E57B790EB5CLL,0x89A98E57B790EB5CLL,0x89A98E57B790EB5CLL,0x89A98E57B790EB5CLL},{0x89A98E57B790EB5CLL,0x89A98E57B790EB5CLL,0x89A98E57B790EB5CLL,0x89A98E57B790EB5CLL},{0x89A98E57B790EB5CLL,0x89A98E57B790EB5CLL,0x89A98E57B790EB5CLL,0x89A98E57B790EB5CLL}};
static uint16_t g_66[4] = {0xE07DL,0xE07DL,0xE07DL,0xE07DL};
static int64_t g_71 = 1L;
static uint16_t g_72 = 65529UL;
static uint8_t g_88 = 0xBDL;
static uint32_t  func_1(void);
static int32_t  func_2(uint64_t  p_3);
static int64_t  func_5(int8_t  p_6, int64_t  p_7);
static uint32_t  func_1(void)
{ 
    int8_t l_4 = 4L;
    int8_t *l_9 = &l_4;
    int32_t l_19 = 0x1FBB9CF7L;
    int32_t l_47 = 0x5F98A97DL;
    int32_t l_52[3];
    int i;
    for (i = 0; i < 3; i++)
        l_52[i] = 1L;
    if (((0x692BEAA32B1CECB4LL <= 0x102D149FEBB6748FLL) , func_2(((l_4 || 0UL) && func_5(((*l_9) = g_8), g_8)))))
    { 
        int32_t **l_34 = (void*)0;
        uint64_t l_36 = 0x3A38C8A251ABE719LL;
        for (g_11 = 0; (g_11 < (-17)); g_11 = safe_sub_func_uint8_t_u_u(g_11, 6))
        { 
            uint32_t l_26 = 0x5540FFF0L;
            int8_t l_33[4][4] = {{0L,0L,2L,0L},{0L,0L,0L,0L},{0L,0L,0L,0L},{0L,0L,2L,0L}};
            int32_t *l_35[2][1];
            int32_t ***l_37 = &l_34;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_35[i][j] = &l_19;
            }
            for (g_8 = (-2); (g_8 == 34); g_8++)
            { 
                int32_t **l_18 = &g_10;
                (*l_18) = &g_11;
            }
            l_36 = (&g_10 == ((l_19 == (safe_add_func_int8_t_s_s((((safe_sub_func_uint8_t_u_u((((safe_div_func_int32_t_s_s((*g_10), l_26)) & (((safe_sub_func_int16_t_s_s((safe_add_func_uint64_t_u_u((g_31 != &g_32), g_32)), 0xC8F9L)) && 0x1CA4B38B4B72B416LL) , l_19)) ^ g_32), 9UL)) != l_26) <= l_33[1][2]), g_32))) , l_34));
            (*l_37) = l_34;
        }
    }
    else
    { 
        int32_t *l_38 = &g_11;
        int32_t *l_39 = &l_19;
        int32_t *l_40 = &l_19;
        int32_t *l_41 = &g_11;
        int32_t l_42 = (-1L);
        int32_t *l_43 = (void*)0;
        int32_t *l_44 = &g_11;
        int32_t *l_45 = &g_11;
        int32_t *l_46 = &l_19;
        int32_t *l_48 = &g_11;
        int32_t *l_49 = (void*)0;
        int32_t *l_50 = &l_42;
        int32_t *l_51[3][2];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 2; j++)
                l_51[i][j] = &l_19;
        }
lbl_75:
        g_53--;
        for (l_19 = 0; (l_19 > 29); l_19 = safe_add_func_uint16_t_u_u(l_19, 9))
        { 
            int32_t l_63 = 0x6BD7A89AL;
            int32_t **l_65 = &l_51[2][1];
            int8_t l_69 = 0xFCL;
            int32_t l_86 = 0x1C18E2D0L;
            for (g_8 = 0; (g_8 <= 2); g_8 += 1)
            { 
                int64_t *l_60 = &g_61[1][0];
                uint8_t *l_62 = &g_53;
                int32_t l_70 = 8L;
                int i;
                l_47 |= ((((((safe_mul_func_uint8_t_u_u((((((*l_60) ^= l_52[g_8]) | (((*l_62) = g_8) ^ l_63)) < ((*l_50) = ((safe_unary_minus_func_int16_t_s(g_8)) | l_52[g_8]))) > 0L), (*g_31))) , l_65) == (void*)0) , &g_11) != l_39) > (*l_38));
                g_66[1]--;
                g_72--;
                if (g_72)
                    goto lbl_75;
            }
            for (g_71 = (-17); (g_71 == (-14)); g_71 = safe_add_func_uint64_t_u_u(g_71, 1))
            { 
                uint16_t *l_85 = &g_72;
                int32_t l_87 = 0x5F01DA63L;
                uint16_t l_95 = 1UL;
                uint8_t *l_96 = (void*)0;
                uint8_t *l_97 = &g_53;
                (*l_50) ^= (((safe_rshift_func_int8_t_s_s(((*g_31) = (*g_31)), 4)) ^ (g_71 | (~(((*l_85) |= (safe_mul_func_int16_t_s_s(((0L | g_71) ^ (safe_div_func_uint32_t_u_u((**l_65), (*l_40)))), (*l_39)))) <= g_53)))) & (*l_44));
                g_88++;
                (*l_41) ^= (l_4 , (safe_add_func_uint8_t_u_u(((*l_97) = (((**l_65) && ((((safe_rshift_func_int8_t_s_s((((g_32 == g_88) , ((*l_39) < g_66[1])) <= g_72), l_95)) < g_32) > 0x4B608A7AA087AC20LL) == 3L)) , g_66[1])), 0x0EL)));
                if (l_52[0])
                    break;
            }
            (*l_48) ^= ((((((safe_mul_func_uint16_t_u_u(0xF2BFL, l_4)) <= (safe_add_func_uint64_t_u_u(0x140BD20A5AE12EA5LL, g_66[3]))) && ((safe_div_func_int32_t_s_s((~0x3626L), 1L)) , (*g_31))) < g_53) <= (**l_65)) ^ g_8);
            if ((**l_65))
                break;
        }
        for (g_53 = 0; (g_53 <= 3); g_53 += 1)
        { 
            int i;
            if (g_66[g_53])
                break;
        }
    }
    for (g_11 = (-25); (g_11 == (-1)); g_11 = safe_add_func_int32_t_s_s(g_11, 4))
    { 
        int64_t l_107 = 0L;
        return l_107;
    }
    return g_61[2][0];
}
static int32_t  func_2(uint64_t  p_3)
{ 
    int8_t l_13 = (-8L);
    (*g_10) = (*g_10);
    return l_13;
}
static int64_t  func_5(int8_t  p_6, int64_t  p_7)
{ 
    int32_t *l_12[1][4];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_12[i][j] = &g_11;
    }
    l_12[0][1] = g_10;
    (*g_10) |= (((g_8 , &g_11) == &g_11) > g_8);
    return g_11;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_32, "g_32", print_hash_value);
    transparent_crc(g_53, "g_53", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_61[i][j], "g_61[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_66[i], "g_66[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_71, "g_71", print_hash_value);
    transparent_crc(g_72, "g_72", print_hash_value);
    transparent_crc(g_88, "g_88", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
