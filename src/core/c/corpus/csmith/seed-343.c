#include "csmith.h"
static long __undefined;
static uint32_t g_16 = 0x9323D1BCL;
static int32_t g_27[4] = {0xCA968364L,0xCA968364L,0xCA968364L,0xCA968364L};
static uint64_t g_29 = 0x70ED99EA7EB8E136LL;
static int16_t g_39 = 0xA198L;
static uint64_t g_45 = 0UL;
static uint16_t g_75 = 65535UL;
static uint16_t g_77 = 0x99D6L;
static const int8_t g_80 = 0x7AL;
static int16_t g_81 = 0xB477L;
static uint32_t  func_1(void);
static const int8_t  func_10(int32_t  p_11, int32_t  p_12, int16_t  p_13, uint32_t  p_14, uint32_t  p_15);
static uint8_t  func_20(int16_t  p_21, const int16_t  p_22, const int32_t  p_23, uint64_t  p_24, uint8_t  p_25);
static uint32_t  func_1(void)
{ 
    uint16_t l_17[3];
    uint8_t l_79 = 0x7DL;
    int32_t *l_83 = &g_27[3];
    int32_t **l_82 = &l_83;
    int i;
    for (i = 0; i < 3; i++)
        l_17[i] = 0x0A29L;
    g_81 ^= (((safe_sub_func_int8_t_s_s((safe_rshift_func_uint8_t_u_s((safe_div_func_int64_t_s_s((safe_mul_func_int8_t_s_s(func_10(g_16, ((g_16 <= l_17[1]) ^ (safe_lshift_func_uint8_t_u_s(func_20(l_17[1], g_16, g_16, g_16, g_16), g_27[3]))), g_29, g_27[1], g_16), l_79)), (-1L))), 5)), l_17[1])) > g_80) , 0xA6296EF6L);
    (*l_82) = &g_27[3];
    return g_75;
}
static const int8_t  func_10(int32_t  p_11, int32_t  p_12, int16_t  p_13, uint32_t  p_14, uint32_t  p_15)
{ 
    int32_t l_46 = (-2L);
    int32_t *l_60 = &g_27[3];
    int16_t l_78 = 0xC7FBL;
    for (g_16 = 11; (g_16 > 10); g_16--)
    { 
        uint32_t l_37 = 0x3E458C45L;
        int32_t l_48 = 0xAFB1CAD2L;
        uint32_t *l_65 = &l_37;
        uint16_t *l_74 = &g_75;
        uint16_t *l_76 = &g_77;
        for (p_11 = 0; (p_11 >= (-29)); p_11--)
        { 
            int16_t *l_38 = &g_39;
            int32_t l_43 = 0x2B8319B8L;
            uint64_t *l_44 = &g_45;
            int32_t *l_47[3];
            int16_t l_53[1];
            int i;
            for (i = 0; i < 3; i++)
                l_47[i] = &g_27[3];
            for (i = 0; i < 1; i++)
                l_53[i] = 0L;
            if (g_27[3])
                break;
            l_48 ^= (+(((safe_add_func_uint32_t_u_u((((*l_38) = l_37) , 4UL), ((~((safe_mod_func_uint64_t_u_u(((*l_44) |= ((((l_43 | g_29) & (-1L)) <= 255UL) && g_29)), 1UL)) <= p_12)) && l_43))) >= l_46) , 0x58F8L));
            for (g_45 = 0; (g_45 <= 2); g_45 += 1)
            { 
                uint64_t *l_56 = (void*)0;
                uint64_t *l_57[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_57[i] = &g_29;
                l_48 |= (!((((p_13 > (((~0xAC2457718DA91E53LL) || (((safe_add_func_int16_t_s_s(((*l_38) = p_15), ((0x57L < 0L) > p_11))) >= p_14) >= 0x6568L)) != g_27[3])) , 0xE1L) , l_53[0]) , g_39));
                g_27[2] = (((g_29 |= ((safe_lshift_func_int8_t_s_s(g_45, 1)) & g_27[g_45])) > (0L == (safe_mod_func_uint32_t_u_u((((void*)0 != &g_27[g_45]) && g_27[3]), g_27[g_45])))) >= (-1L));
                l_60 = (l_47[g_45] = &g_27[3]);
            }
        }
        (*l_60) = (-1L);
        (*l_60) = (safe_lshift_func_uint16_t_u_u((&l_48 == ((safe_sub_func_uint8_t_u_u((((*l_65) = g_45) , ((safe_rshift_func_uint16_t_u_s(((*l_76) = ((*l_74) = ((((((safe_add_func_int8_t_s_s((safe_mul_func_int16_t_s_s((-10L), ((safe_lshift_func_int8_t_s_s(p_12, (((-1L) >= 8UL) & 0xE92EL))) , g_27[3]))), g_29)) , 3L) ^ p_15) < l_37) && g_27[3]) , (*l_60)))), g_27[0])) & l_78)), p_12)) , &g_27[3])), 0));
    }
    return (*l_60);
}
static uint8_t  func_20(int16_t  p_21, const int16_t  p_22, const int32_t  p_23, uint64_t  p_24, uint8_t  p_25)
{ 
    int32_t *l_26 = &g_27[3];
    int32_t **l_28 = &l_26;
    (*l_28) = l_26;
    return (*l_26);
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_16, "g_16", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_27[i], "g_27[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_29, "g_29", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    transparent_crc(g_77, "g_77", print_hash_value);
    transparent_crc(g_80, "g_80", print_hash_value);
    transparent_crc(g_81, "g_81", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
