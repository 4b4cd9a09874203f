#include "csmith.h"
static long __undefined;
static uint64_t g_17 = 0xD711E7BFF44CACFFLL;
static uint32_t g_21[2] = {4294967288UL,4294967288UL};
static uint32_t g_23 = 0x9A278C00L;
static uint32_t g_27 = 4294967295UL;
static int32_t g_32 = 0x39E63A5BL;
static int32_t *g_31[2][1] = {{&g_32},{&g_32}};
static int32_t *g_48 = (void*)0;
static int16_t g_92[3] = {0x02D1L,0x02D1L,0x02D1L};
static int32_t  func_1(void);
static int64_t  func_6(const int8_t  p_7, uint32_t  p_8);
static int8_t  func_11(const uint8_t  p_12, int64_t  p_13);
static int32_t  func_1(void)
{ 
    int32_t l_15[4][4];
    uint64_t *l_16 = &g_17;
    uint32_t *l_20 = &g_21[1];
    uint32_t *l_22 = &g_23;
    uint32_t *l_26 = &g_27;
    int32_t l_30 = (-5L);
    int32_t *l_93 = &l_30;
    int64_t l_94 = 0x0FF72A5219CEA36BLL;
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
            l_15[i][j] = (-1L);
    }
    (*l_93) = (0xEC3DL | (((safe_mul_func_uint8_t_u_u((safe_sub_func_int64_t_s_s(func_6(((safe_sub_func_int8_t_s_s(func_11((((*l_22) &= ((*l_20) ^= (safe_unary_minus_func_int8_t_s(((l_15[0][3] = 1UL) && (--(*l_16))))))) & (~((!(((l_26 == &g_27) & ((safe_mod_func_int64_t_s_s((g_27 > g_27), 0x12E7550730467731LL)) | g_27)) > g_27)) <= l_30))), g_27), l_30)) > 0x4F6B903CFCB8F1FELL), l_30), g_92[0])), 1L)) , l_15[0][3]) , g_92[0]));
    return l_94;
}
static int64_t  func_6(const int8_t  p_7, uint32_t  p_8)
{ 
    int64_t l_42 = (-1L);
    uint64_t *l_45 = (void*)0;
    int32_t l_46[1];
    uint32_t l_51[2];
    int32_t l_63[3];
    int16_t l_68[2][4] = {{(-1L),(-1L),0xE3E5L,(-1L)},{(-1L),(-1L),(-1L),(-1L)}};
    uint32_t l_69 = 0UL;
    int32_t *l_82 = (void*)0;
    int32_t *l_83 = &l_63[2];
    int32_t *l_84 = &l_63[0];
    int32_t *l_85 = (void*)0;
    int32_t *l_86 = &l_63[1];
    int32_t *l_87[4];
    int32_t l_88 = (-1L);
    uint8_t l_89 = 249UL;
    int i, j;
    for (i = 0; i < 1; i++)
        l_46[i] = 0x2CB818EBL;
    for (i = 0; i < 2; i++)
        l_51[i] = 0UL;
    for (i = 0; i < 3; i++)
        l_63[i] = 0x7405EF11L;
    for (i = 0; i < 4; i++)
        l_87[i] = &l_63[1];
    if (((g_21[1] > (safe_mod_func_uint64_t_u_u((safe_mul_func_int8_t_s_s((safe_lshift_func_uint8_t_u_u((safe_mul_func_int32_t_s_s(l_42, 0L)), ((safe_rshift_func_int16_t_s_u(0xAD15L, 2)) == ((void*)0 == l_45)))), l_46[0])), 0x50E16FFA942F34C9LL))) ^ l_42))
    { 
        int32_t **l_47 = &g_31[0][0];
        int32_t l_56 = 0xB8AF769BL;
        (*l_47) = (void*)0;
        for (g_17 = 0; (g_17 <= 0); g_17 += 1)
        { 
            int32_t *l_54 = &g_32;
            int32_t l_55 = (-10L);
            int i;
            l_55 = (((*l_47) != (g_48 = &g_32)) ^ (safe_div_func_int32_t_s_s(((*l_54) = ((((l_46[g_17] & l_51[0]) && (safe_lshift_func_uint8_t_u_s(p_7, 3))) , 0x4BL) || 4UL)), p_7)));
            return p_8;
        }
        l_56 ^= p_8;
    }
    else
    { 
        uint16_t l_59[4];
        int32_t l_62 = 1L;
        int32_t l_64 = 0L;
        int32_t l_66[3];
        uint32_t l_79 = 0x8C2BAF61L;
        int16_t l_81 = 0x6D77L;
        int i;
        for (i = 0; i < 4; i++)
            l_59[i] = 3UL;
        for (i = 0; i < 3; i++)
            l_66[i] = 0xFB88B70EL;
        for (g_27 = 0; (g_27 == 17); g_27 = safe_add_func_int8_t_s_s(g_27, 8))
        { 
            return l_51[0];
        }
        for (g_27 = 0; (g_27 <= 1); g_27 += 1)
        { 
            int i;
            return g_21[g_27];
        }
        l_59[2] &= p_7;
        if (p_8)
        { 
            int32_t l_67[1];
            int8_t l_75 = 0x82L;
            int32_t *l_78[1];
            int64_t *l_80 = &l_42;
            int i;
            for (i = 0; i < 1; i++)
                l_67[i] = 7L;
            for (i = 0; i < 1; i++)
                l_78[i] = &l_64;
            for (g_27 = 0; (g_27 != 3); g_27 = safe_add_func_uint32_t_u_u(g_27, 3))
            { 
                return l_51[0];
            }
            for (g_17 = 0; (g_17 <= 0); g_17 += 1)
            { 
                int32_t *l_65[1];
                uint16_t *l_72 = &l_59[3];
                int i;
                for (i = 0; i < 1; i++)
                    l_65[i] = &g_32;
                ++l_69;
                l_63[1] = (g_32 || ((*l_72)--));
                l_65[0] = (l_75 , &l_66[0]);
            }
            l_81 = (((0xB22BBA05350A1041LL && (g_21[1] , (((*l_80) = (safe_lshift_func_int8_t_s_u(((-4L) == (l_79 = (l_66[0] = l_75))), (l_63[1] && l_62)))) > 0x899AE76D89E43F1BLL))) , 0xD80879AB5F6EBE0CLL) == p_8);
        }
        else
        { 
            return g_21[0];
        }
    }
    l_89--;
    return p_7;
}
static int8_t  func_11(const uint8_t  p_12, int64_t  p_13)
{ 
    int32_t **l_33 = &g_31[1][0];
    (*l_33) = g_31[1][0];
    return p_13;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_17, "g_17", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_21[i], "g_21[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_27, "g_27", print_hash_value);
    transparent_crc(g_32, "g_32", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_92[i], "g_92[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
