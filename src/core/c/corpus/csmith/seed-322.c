#include "csmith.h"
static long __undefined;
struct S0 {
   int32_t  f0;
   uint16_t  f1;
   const int16_t  f2;
   uint32_t  f3;
   uint16_t  f4;
   int32_t  f5;
};
static int16_t g_9 = 9L;
static uint8_t g_11 = 0x2FL;
static uint8_t g_20 = 255UL;
static uint8_t *g_19 = &g_20;
static int32_t g_28[3] = {0x843334ADL,0x843334ADL,0x843334ADL};
static struct S0 g_35 = {7L,65526UL,0L,9UL,0x2406L,0x49A7E128L};
static struct S0 *g_34 = &g_35;
static uint64_t g_45[4][2] = {{1UL,1UL},{1UL,1UL},{1UL,1UL},{1UL,1UL}};
static int8_t g_70 = (-1L);
static int8_t g_72 = (-10L);
static uint32_t g_79[1][1] = {{1UL}};
static const uint64_t **g_84[2][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0}};
static int32_t *g_109 = &g_35.f0;
static uint32_t  func_1(void);
static int32_t  func_2(int8_t  p_3, int64_t  p_4, int32_t  p_5, uint32_t  p_6);
static uint8_t * func_14(struct S0  p_15, uint8_t * p_16, uint64_t  p_17);
static uint32_t  func_1(void)
{ 
    uint8_t *l_10 = &g_11;
    struct S0 l_18[1] = {{0xE843631EL,65532UL,7L,0xC58BDFADL,0x6285L,0x905B8B78L}};
    uint8_t **l_21[2];
    uint8_t *l_31 = &g_20;
    int32_t *l_107[4];
    int32_t **l_108[4];
    int i;
    for (i = 0; i < 2; i++)
        l_21[i] = &g_19;
    for (i = 0; i < 4; i++)
        l_107[i] = (void*)0;
    for (i = 0; i < 4; i++)
        l_108[i] = &l_107[2];
    g_28[2] = func_2((safe_lshift_func_uint8_t_u_u(g_9, (++(*l_10)))), ((l_31 = func_14(l_18[0], (g_19 = g_19), (safe_mod_func_uint32_t_u_u((((safe_rshift_func_int16_t_s_u((g_20 & (1L | 247UL)), g_9)) != 4294967295UL) ^ g_20), l_18[0].f1)))) != (void*)0), l_18[0].f2, l_18[0].f2);
    g_109 = l_107[2];
    g_109 = &g_28[2];
    for (g_11 = 0; (g_11 != 18); g_11 = safe_add_func_uint32_t_u_u(g_11, 9))
    { 
        uint8_t *l_133[2][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0}};
        int32_t *l_134 = &g_35.f0;
        int i, j;
    }
    return g_20;
}
static int32_t  func_2(int8_t  p_3, int64_t  p_4, int32_t  p_5, uint32_t  p_6)
{ 
    int32_t l_32 = 0x8ACC167DL;
    struct S0 *l_33 = (void*)0;
    uint64_t *l_43 = (void*)0;
    uint64_t *l_44 = &g_45[2][1];
    int32_t l_71 = 0xA7320B69L;
    g_34 = (l_32 , l_33);
    if ((safe_sub_func_int32_t_s_s((p_5 >= p_3), ((safe_mod_func_uint64_t_u_u(0x06DE21E525036FFELL, g_35.f4)) != (((safe_rshift_func_uint16_t_u_s((((*l_44) = (!(g_35.f5 == 0xE0512ED4033E270BLL))) ^ 0x3B020B2DE47E5F8FLL), l_32)) , 0x4CEAA963L) == g_9)))))
    { 
        g_28[2] ^= (safe_lshift_func_uint8_t_u_u((1UL || g_35.f4), ((safe_rshift_func_uint16_t_u_s((safe_sub_func_int16_t_s_s(((safe_mod_func_uint64_t_u_u(((safe_lshift_func_uint8_t_u_u((*g_19), 6)) == ((p_6 == (((safe_mul_func_uint8_t_u_u(l_32, (-5L))) > (-1L)) <= 0xBFBDL)) == g_35.f2)), 0x2FC308456A9E5FAFLL)) > 18446744073709551614UL), l_32)), 9)) || (-7L))));
    }
    else
    { 
        uint64_t **l_62 = &l_43;
        int32_t *l_66 = &g_28[1];
        int64_t l_67 = 0xA503ECEF36AA1284LL;
        int32_t *l_68 = &g_35.f0;
        int8_t *l_69[2][1];
        uint32_t *l_80 = (void*)0;
        uint32_t *l_81 = &g_79[0][0];
        const uint64_t *l_88 = &g_45[2][1];
        const uint64_t **l_87 = &l_88;
        int32_t l_92 = 1L;
        int32_t l_93 = 0xB1927A6AL;
        int32_t l_94 = (-1L);
        uint64_t l_95 = 18446744073709551613UL;
        int64_t *l_104 = &l_67;
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_69[i][j] = &g_70;
        }
        g_72 = (safe_mod_func_int32_t_s_s((safe_mul_func_uint8_t_u_u((((*l_62) = &g_45[0][0]) == &g_45[2][0]), (((!(safe_mul_func_int8_t_s_s(((((l_71 &= (((g_28[1] , ((((((1L ^ (((*l_68) = (((((*l_66) ^= (g_35 , 0x540E5169L)) >= l_67) >= g_35.f0) != l_32)) , (*l_66))) == g_35.f2) == l_32) >= g_9) >= p_4) & l_32)) & 255UL) & p_5)) == p_5) == 0L) & p_6), g_70))) < g_9) && l_71))), (-1L)));
        (*l_66) = ((g_45[2][0] <= (safe_lshift_func_int16_t_s_s(0xC261L, (*l_66)))) < (((safe_div_func_uint64_t_u_u((safe_mod_func_uint32_t_u_u(((*l_81) = (0UL <= (((g_11 <= 0x9DC621C6L) , l_32) & g_79[0][0]))), 0x6D63D46BL)), 0xCBC420B167AC4CB5LL)) != g_35.f4) > 0x21L));
        for (p_4 = 25; (p_4 == 11); p_4 = safe_sub_func_uint16_t_u_u(p_4, 4))
        { 
            const uint64_t ***l_85 = (void*)0;
            const uint64_t ***l_86[1];
            int32_t l_89 = 0xBAED681DL;
            int32_t *l_90 = &g_35.f0;
            int32_t *l_91[1];
            int i;
            for (i = 0; i < 1; i++)
                l_86[i] = &g_84[0][1];
            for (i = 0; i < 1; i++)
                l_91[i] = &g_35.f0;
            l_87 = (p_6 , g_84[0][1]);
            --l_95;
        }
        (*l_68) = ((p_4 >= (safe_mul_func_int16_t_s_s((safe_add_func_uint16_t_u_u((((*g_19) = ((*l_68) , (safe_sub_func_int32_t_s_s((((*l_104) = ((void*)0 != &g_79[0][0])) > ((safe_sub_func_uint64_t_u_u(0xCDF6E60FB7EBE1D7LL, 18446744073709551615UL)) <= p_3)), g_45[2][1])))) , 4UL), g_35.f0)), p_5))) < (*l_66));
    }
    return g_79[0][0];
}
static uint8_t * func_14(struct S0  p_15, uint8_t * p_16, uint64_t  p_17)
{ 
    uint8_t l_26 = 249UL;
    int32_t *l_27 = &g_28[2];
    (*l_27) = l_26;
    for (p_15.f0 = 10; (p_15.f0 <= (-19)); p_15.f0 = safe_sub_func_uint64_t_u_u(p_15.f0, 1))
    { 
        (*l_27) = 0x210CBEDFL;
        return &g_20;
    }
    return p_16;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_20, "g_20", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_28[i], "g_28[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_35.f0, "g_35.f0", print_hash_value);
    transparent_crc(g_35.f1, "g_35.f1", print_hash_value);
    transparent_crc(g_35.f2, "g_35.f2", print_hash_value);
    transparent_crc(g_35.f3, "g_35.f3", print_hash_value);
    transparent_crc(g_35.f4, "g_35.f4", print_hash_value);
    transparent_crc(g_35.f5, "g_35.f5", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_45[i][j], "g_45[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_70, "g_70", print_hash_value);
    transparent_crc(g_72, "g_72", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_79[i][j], "g_79[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
