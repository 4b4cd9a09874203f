#include "csmith.h"
static long __undefined;
static int32_t g_2 = (-8L);
static uint8_t g_31 = 246UL;
static int32_t g_36[3][1] = {{1L},{1L},{1L}};
static int32_t g_56[2][2] = {{0x0698B42DL,0x0698B42DL},{0x0698B42DL,0x0698B42DL}};
static int32_t g_58 = (-1L);
static int32_t *g_67 = &g_2;
static int32_t **g_66 = &g_67;
static uint8_t  func_1(void);
static uint32_t  func_7(uint8_t  p_8, uint16_t  p_9, uint8_t  p_10, const int32_t  p_11, const uint32_t  p_12);
static uint32_t  func_16(int32_t  p_17, int64_t  p_18, int32_t  p_19, int8_t  p_20, int8_t  p_21);
static uint8_t  func_1(void)
{ 
    uint8_t l_13 = 1UL;
    int32_t l_73 = 5L;
    for (g_2 = 0; (g_2 != 24); g_2 = safe_add_func_int8_t_s_s(g_2, 4))
    { 
        uint8_t *l_30 = &g_31;
        int32_t l_34 = (-1L);
        int16_t l_60 = 0x1791L;
        int8_t *l_71 = (void*)0;
        int8_t *l_72 = (void*)0;
        l_73 |= ((((l_34 = ((safe_sub_func_int32_t_s_s((func_7(l_13, (((safe_lshift_func_int8_t_s_s((func_16((safe_lshift_func_uint8_t_u_s(((safe_mul_func_int8_t_s_s(0L, (((safe_sub_func_uint16_t_u_u(((safe_mul_func_uint8_t_u_u(((*l_30)++), l_13)) >= l_13), ((l_34 != l_13) <= 0x1023F126L))) && g_31) , g_31))) ^ g_2), 0)), l_13, g_2, g_2, l_34) , l_34), 0)) && g_2) , 0xDD18L), l_60, g_2, g_2) <= (-1L)), 4294967295UL)) == l_13)) || g_36[2][0]) , l_13) >= l_13);
        for (l_34 = 0; (l_34 > 12); l_34 = safe_add_func_int8_t_s_s(l_34, 9))
        { 
            return l_60;
        }
    }
    return g_36[1][0];
}
static uint32_t  func_7(uint8_t  p_8, uint16_t  p_9, uint8_t  p_10, const int32_t  p_11, const uint32_t  p_12)
{ 
    uint32_t l_61[4][4] = {{0x5A1B5826L,0x509EF6E8L,0x509EF6E8L,0x5A1B5826L},{4294967295UL,0x509EF6E8L,4294967292UL,0x509EF6E8L},{0x509EF6E8L,4294967295UL,4294967292UL,4294967292UL},{4294967295UL,4294967295UL,0x509EF6E8L,4294967292UL}};
    int32_t *l_62 = &g_36[0][0];
    const int32_t **l_63 = (void*)0;
    const int32_t *l_65 = &g_2;
    const int32_t **l_64 = &l_65;
    int32_t ***l_68 = &g_66;
    int32_t **l_70 = &g_67;
    int32_t ***l_69 = &l_70;
    int i, j;
    (*l_62) |= l_61[3][3];
    (*l_64) = &p_11;
    (*l_69) = ((*l_68) = g_66);
    return g_2;
}
static uint32_t  func_16(int32_t  p_17, int64_t  p_18, int32_t  p_19, int8_t  p_20, int8_t  p_21)
{ 
    int32_t *l_35 = &g_36[0][0];
    int32_t l_37 = (-1L);
    int32_t *l_38 = &g_36[2][0];
    int32_t l_39 = 0L;
    int32_t *l_40[2][3] = {{&l_39,&l_39,&l_39},{&l_39,&l_39,&l_39}};
    uint32_t l_41 = 0xB5B0D69BL;
    int i, j;
    l_41--;
    for (p_19 = (-25); (p_19 > 29); p_19 = safe_add_func_int8_t_s_s(p_19, 6))
    { 
        int32_t **l_46 = &l_40[0][0];
        int32_t *l_57 = &g_58;
        int32_t *l_59 = &l_37;
        (*l_59) ^= (((*l_57) = ((((*l_46) = &p_17) == (((safe_mul_func_uint8_t_u_u(((safe_mul_func_int8_t_s_s((safe_add_func_int16_t_s_s(((-5L) != (g_56[0][1] ^= ((!(safe_lshift_func_uint16_t_u_s(((g_2 , ((void*)0 != &p_17)) <= (*l_35)), 1))) , p_21))), g_31)), p_18)) || (-6L)), (-5L))) & p_20) , &p_17)) <= g_36[2][0])) , (-1L));
    }
    return p_20;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_36[i][j], "g_36[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_56[i][j], "g_56[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_58, "g_58", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
