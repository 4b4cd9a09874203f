#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0x99841B3CL;
static int16_t g_26 = 0x0738L;
static uint32_t g_38[1][3] = {{0xADD5D088L,0xADD5D088L,0xADD5D088L}};
static int16_t *g_62 = (void*)0;
static int16_t * const *g_61 = &g_62;
static uint32_t g_67 = 0x53A0DCB3L;
static int32_t *g_69 = &g_2;
static int32_t ** const g_68 = &g_69;
static int32_t g_72[2] = {0x43D54759L,0x43D54759L};
static int16_t g_74 = 0xC0E3L;
static uint32_t g_89 = 0x679C0213L;
static int64_t  func_1(void);
static uint64_t  func_6(int16_t  p_7, const int16_t  p_8);
static uint8_t  func_14(const int16_t  p_15, uint8_t  p_16, uint32_t  p_17, uint16_t  p_18);
static int64_t  func_1(void)
{ 
    int32_t l_9 = 0x843046B6L;
    int16_t *l_25[1];
    int32_t l_27 = 0xD061A652L;
    const uint32_t l_34 = 1UL;
    uint32_t *l_35 = (void*)0;
    uint32_t *l_36 = (void*)0;
    uint32_t *l_37 = &g_38[0][2];
    int8_t l_39 = 0x3DL;
    int64_t l_42[4] = {0L,0L,0L,0L};
    int i;
    for (i = 0; i < 1; i++)
        l_25[i] = &g_26;
lbl_58:
    for (g_2 = 27; (g_2 <= (-28)); --g_2)
    { 
        uint32_t l_5 = 4294967291UL;
        return l_5;
    }
    if ((func_6(l_9, ((safe_sub_func_int32_t_s_s((((*l_37) = (safe_add_func_uint8_t_u_u(func_14((safe_mod_func_uint64_t_u_u((0x657689A5L == ((safe_mod_func_uint16_t_u_u(((safe_sub_func_int16_t_s_s(((l_27 = g_2) || g_26), (safe_lshift_func_int8_t_s_s(((((*l_37) ^= ((safe_mul_func_int8_t_s_s((((safe_div_func_int8_t_s_s(l_9, l_34)) & g_2) | l_9), 0x21L)) > g_26)) != 8UL) , l_39), l_34)))) , 0x0FFFL), g_2)) > l_9)), 8UL)), g_2, g_2, l_34), l_34))) & l_42[1]), 0x6BC712BAL)) , 0xEA40L)) == g_26))
    { 
        const int16_t l_51 = 0xC5EBL;
        int32_t l_88[1][1];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_88[i][j] = 0xDABF261BL;
        }
        if ((0x69D0L != (safe_rshift_func_uint16_t_u_u(0xA227L, ((safe_lshift_func_uint16_t_u_u(65531UL, (safe_lshift_func_int8_t_s_u(l_51, (((safe_lshift_func_int16_t_s_u((g_26 && 0x16L), 15)) == 0L) , l_51))))) == l_51)))))
        { 
            uint64_t l_59 = 0xBC71F8B108A6652FLL;
            int32_t *l_65[3];
            int32_t **l_64 = &l_65[0];
            uint32_t *l_66 = &g_67;
            uint16_t l_70 = 65535UL;
            int64_t *l_86 = &l_42[1];
            int i;
            for (i = 0; i < 3; i++)
                l_65[i] = &l_27;
            for (g_26 = 0; (g_26 != (-12)); g_26--)
            { 
                int32_t *l_60 = &l_27;
                int16_t * const **l_63 = &g_61;
                if (l_34)
                    goto lbl_58;
                (*l_60) = l_59;
                (*l_63) = g_61;
            }
            (*l_64) = &g_2;
            if ((0x76F0L != (((*l_66) ^= 0x0FD77138L) , ((void*)0 == g_68))))
            { 
                return l_70;
            }
            else
            { 
                uint16_t *l_71 = (void*)0;
                int32_t *l_73 = &l_27;
                int64_t *l_75 = &l_42[2];
                (*g_68) = (*g_68);
                (**g_68) = (g_26 == ((*l_75) = ((((g_72[1] = g_2) , l_73) == (void*)0) != (g_74 = 0x02L))));
            }
            (*g_69) = (safe_sub_func_uint32_t_u_u((safe_rshift_func_int8_t_s_u((safe_mod_func_uint16_t_u_u((safe_rshift_func_int16_t_s_s(((((l_27 = (safe_add_func_int64_t_s_s(g_67, ((*l_86) ^= 0xA0D1F898AFBB1CA9LL)))) , &g_38[0][1]) == (g_2 , &g_38[0][2])) > 65535UL), 14)), l_51)), 2)), (**g_68)));
        }
        else
        { 
            int32_t *l_87[1];
            int i;
            for (i = 0; i < 1; i++)
                l_87[i] = &l_9;
            l_27 = l_51;
            g_89--;
            for (l_39 = 0; (l_39 <= 0); l_39 += 1)
            { 
                int32_t * const l_92[4][1] = {{&g_2},{&g_2},{&g_2},{&g_2}};
                int32_t **l_93 = &l_87[0];
                int i, j;
                (*l_93) = l_92[1][0];
                (*g_68) = (*g_68);
            }
        }
        (*g_68) = &l_27;
    }
    else
    { 
        int32_t *l_94 = &l_27;
        l_94 = (l_27 , ((*g_68) = (*g_68)));
    }
    return g_2;
}
static uint64_t  func_6(int16_t  p_7, const int16_t  p_8)
{ 
    for (p_7 = 0; (p_7 > (-4)); p_7 = safe_sub_func_int32_t_s_s(p_7, 8))
    { 
        return p_8;
    }
    return g_26;
}
static uint8_t  func_14(const int16_t  p_15, uint8_t  p_16, uint32_t  p_17, uint16_t  p_18)
{ 
    int32_t *l_40 = (void*)0;
    int32_t *l_41 = &g_2;
    (*l_41) |= (&g_26 == (void*)0);
    return p_17;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_38[i][j], "g_38[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_67, "g_67", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_72[i], "g_72[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_74, "g_74", print_hash_value);
    transparent_crc(g_89, "g_89", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
