#include "csmith.h"
static long __undefined;
static int32_t g_3 = 0x256915A1L;
static int32_t g_4[1] = {0x3BC6E5C7L};
static uint64_t g_32[4][2] = {{1UL,1UL},{1UL,1UL},{1UL,1UL},{1UL,1UL}};
static int64_t g_34 = 0L;
static int32_t g_36[3] = {1L,1L,1L};
static int32_t *g_72 = &g_36[1];
static int64_t g_92 = 8L;
static const int32_t g_100[3][1] = {{0x1CD0E785L},{0x1CD0E785L},{0x1CD0E785L}};
static uint32_t  func_1(void);
static int8_t  func_7(int32_t  p_8, int32_t  p_9, uint8_t  p_10);
static int32_t  func_11(int32_t  p_12, int32_t  p_13, const int32_t  p_14);
static uint32_t  func_1(void)
{ 
    uint32_t l_2[3];
    int32_t l_73 = 0x05A9798AL;
    int64_t l_101 = 0x6FEF85CD5396BCCBLL;
    int i;
    for (i = 0; i < 3; i++)
        l_2[i] = 4294967295UL;
    for (g_3 = 0; (g_3 <= 2); g_3 += 1)
    { 
        uint16_t l_56 = 0xA9EDL;
        int32_t l_71 = 0xD2C5A230L;
        for (g_4[0] = 2; (g_4[0] >= 0); g_4[0] -= 1)
        { 
            uint32_t l_16 = 18446744073709551615UL;
            int32_t *l_70[2][3] = {{&g_4[0],&g_4[0],&g_4[0]},{&g_36[2],&g_36[2],&g_36[2]}};
            int i, j;
            l_71 = (safe_lshift_func_uint8_t_u_s((func_7(func_11(l_2[g_4[0]], (safe_unary_minus_func_uint32_t_u(((g_4[0] == 0x98L) , ((l_2[1] || l_16) | 0UL)))), g_4[0]), l_2[0], l_56) == l_2[1]), 5));
            g_72 = l_70[1][2];
            for (l_56 = 0; (l_56 <= 1); l_56 += 1)
            { 
                int64_t *l_91 = &g_92;
                uint8_t l_93 = 0xE1L;
                int32_t l_94 = 0x9B2710EFL;
                const int32_t *l_99 = &g_100[2][0];
                const int32_t **l_98 = &l_99;
                int i, j;
                l_73 = (g_32[(g_4[0] + 1)][l_56] , g_32[g_4[0]][l_56]);
                l_94 = (((safe_lshift_func_int8_t_s_s((!(((g_32[g_4[0]][l_56] , (safe_lshift_func_uint16_t_u_s(((((safe_rshift_func_int8_t_s_u(((0UL > (safe_sub_func_int16_t_s_s((safe_rshift_func_uint8_t_u_u((((*l_91) &= (safe_mul_func_int8_t_s_s((((g_32[(l_56 + 1)][l_56] >= ((((safe_sub_func_int16_t_s_s((safe_mul_func_int8_t_s_s(((((g_4[0] , &g_32[1][1]) != &g_32[1][1]) , &l_71) != &g_36[0]), g_34)), g_4[0])) < 0x1C1F1543L) , g_4[0]) ^ g_4[0])) && g_36[0]) , g_3), 4UL))) >= 0x478FC7E913C9C0DALL), l_93)), g_4[0]))) , 0L), 1)) , g_32[g_4[0]][l_56]) , (*g_72)) < g_32[(g_4[0] + 1)][l_56]), 4))) , &g_32[1][1]) != &g_32[2][0])), g_32[1][1])) > l_71) || g_3);
                l_101 = (4294967294UL ^ (safe_rshift_func_uint16_t_u_u((!((g_32[g_4[0]][l_56] ^ (((*l_98) = &g_36[0]) != l_70[1][1])) != 0x8920L)), 4)));
            }
        }
    }
    (*g_72) = (safe_mod_func_int64_t_s_s(g_3, (safe_mul_func_uint16_t_u_u(0xC6D9L, (safe_rshift_func_uint8_t_u_s(((l_101 , (((l_2[2] ^ l_73) == (*g_72)) , (void*)0)) == &g_32[1][1]), 2))))));
    return g_32[0][0];
}
static int8_t  func_7(int32_t  p_8, int32_t  p_9, uint8_t  p_10)
{ 
    int32_t *l_57 = &g_36[0];
    int32_t *l_58 = &g_36[2];
    int32_t *l_59[4][2];
    uint64_t l_60[1];
    int32_t **l_63 = &l_59[0][1];
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
            l_59[i][j] = &g_36[2];
    }
    for (i = 0; i < 1; i++)
        l_60[i] = 0x29ED1989E602455DLL;
    l_60[0]++;
    (*l_63) = l_59[0][0];
    for (p_9 = 0; (p_9 == (-14)); --p_9)
    { 
        uint64_t *l_67 = &g_32[1][1];
        uint16_t l_68[4];
        int32_t *l_69 = &g_36[1];
        int i;
        for (i = 0; i < 4; i++)
            l_68[i] = 0xB0B8L;
        l_68[2] = (((p_8 < (((+(-1L)) , (((*l_67) = (g_32[3][0] == ((((void*)0 == &g_32[1][1]) ^ p_10) == g_36[0]))) , 18446744073709551615UL)) > g_34)) > p_8) || (**l_63));
        (*l_63) = l_69;
    }
    return g_36[0];
}
static int32_t  func_11(int32_t  p_12, int32_t  p_13, const int32_t  p_14)
{ 
    int16_t l_19[3];
    uint64_t *l_31 = &g_32[1][1];
    int32_t l_33 = 0x5534FD39L;
    int32_t *l_35 = &g_36[0];
    int32_t l_42 = 0x9FBC0AE2L;
    int32_t l_43[4] = {(-1L),(-1L),(-1L),(-1L)};
    uint16_t l_45 = 0xEC24L;
    int32_t *l_48 = (void*)0;
    int32_t *l_49[4];
    int64_t l_50 = 0L;
    int32_t l_51[2];
    int16_t l_52 = (-9L);
    uint64_t l_53 = 0xAFABCB02F554A1D4LL;
    int i;
    for (i = 0; i < 3; i++)
        l_19[i] = (-7L);
    for (i = 0; i < 4; i++)
        l_49[i] = &l_43[3];
    for (i = 0; i < 2; i++)
        l_51[i] = 0xA0804737L;
    g_34 ^= (safe_mul_func_int16_t_s_s(l_19[2], (((((((((((((*l_31) |= ((safe_sub_func_int64_t_s_s(((((l_19[2] == (safe_lshift_func_int16_t_s_u((p_12 > (1L & (safe_unary_minus_func_uint32_t_u((safe_mod_func_uint32_t_u_u((safe_sub_func_int16_t_s_s(((safe_add_func_uint64_t_u_u((g_4[0] && 7UL), l_19[2])) , p_13), g_4[0])), 4294967295UL)))))), 12))) && l_19[2]) != 0UL) , g_4[0]), l_19[2])) | 1UL)) > l_19[1]) | l_19[2]) & g_4[0]) == 0xB6D4F509L) > (-6L)) < p_14) != p_13) != l_19[1]) || p_12) , l_19[2]) & l_33)));
    (*l_35) ^= l_19[2];
    for (p_13 = 0; (p_13 == (-3)); p_13 = safe_sub_func_uint64_t_u_u(p_13, 2))
    { 
        int64_t l_39 = 1L;
        int32_t *l_40 = (void*)0;
        int32_t *l_41[3];
        int32_t l_44 = (-1L);
        int i;
        for (i = 0; i < 3; i++)
            l_41[i] = &g_36[1];
        --l_45;
    }
    l_53++;
    return p_13;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_4[i], "g_4[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_32[i][j], "g_32[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_34, "g_34", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_36[i], "g_36[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_92, "g_92", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_100[i][j], "g_100[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
