#include "csmith.h"
static long __undefined;
static uint32_t g_3 = 4294967293UL;
static int64_t g_8 = 0xB11ACCBAD86E52D8LL;
static int32_t g_10 = (-3L);
static int32_t *g_15 = &g_10;
static int16_t g_51[1] = {0x4FDAL};
static int64_t g_56 = (-1L);
static int32_t g_57[3][1] = {{0x2B461593L},{0x2B461593L},{0x2B461593L}};
static int32_t g_58 = (-10L);
static int64_t g_60[1] = {0xC2B513AA7A400155LL};
static uint32_t g_61[2] = {0x99C48247L,0x99C48247L};
static int8_t  func_1(void);
static int32_t * func_16(int32_t ** p_17, uint8_t  p_18, int32_t ** p_19, uint8_t  p_20);
static int32_t ** func_21(uint8_t  p_22, uint32_t  p_23);
static int8_t  func_1(void)
{ 
    int32_t l_2 = (-2L);
    int32_t l_27 = 1L;
    int32_t **l_30 = &g_15;
    int32_t *l_67 = &g_10;
    int32_t **l_66 = &l_67;
    g_3++;
    for (l_2 = 0; (l_2 <= 25); l_2 = safe_add_func_int8_t_s_s(l_2, 7))
    { 
        int32_t *l_9[2];
        uint32_t l_11 = 4294967295UL;
        int32_t **l_14 = (void*)0;
        int i;
        for (i = 0; i < 2; i++)
            l_9[i] = &g_10;
        l_11--;
        g_15 = l_9[0];
        (*g_15) = (-10L);
    }
    (*l_66) = ((*l_30) = func_16(func_21(g_3, ((0UL > ((+(safe_mul_func_int8_t_s_s((((l_27 &= 0x526C7153L) > g_10) || (safe_rshift_func_uint8_t_u_s((l_30 == (void*)0), g_3))), g_8))) || g_8)) != 0xE8CC19583E3585CALL)), g_3, &g_15, g_3));
    return (**l_30);
}
static int32_t * func_16(int32_t ** p_17, uint8_t  p_18, int32_t ** p_19, uint8_t  p_20)
{ 
    uint8_t l_41[3];
    int16_t *l_50 = &g_51[0];
    int32_t ** const l_54 = &g_15;
    int32_t ** const *l_53[3][4] = {{&l_54,&l_54,&l_54,&l_54},{&l_54,&l_54,(void*)0,&l_54},{&l_54,&l_54,(void*)0,(void*)0}};
    int32_t ** const **l_52 = &l_53[1][3];
    int32_t ** const ***l_55 = &l_52;
    int32_t l_59[1][1];
    int i, j;
    for (i = 0; i < 3; i++)
        l_41[i] = 0UL;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_59[i][j] = 0x1AE9EC2BL;
    }
    (**p_17) = (safe_mul_func_uint16_t_u_u(((safe_mod_func_int64_t_s_s((l_41[0] &= g_8), (safe_div_func_int8_t_s_s(((p_18 | ((p_18 , ((((safe_rshift_func_uint8_t_u_u((safe_sub_func_int32_t_s_s(((safe_rshift_func_int16_t_s_u(((*l_50) ^= g_3), (p_20 & p_18))) != p_18), 0x6845D487L)), 7)) ^ 0UL) != p_20) > p_18)) , p_18)) > 0xA02AL), 0x9FL)))) < 4294967295UL), 0xAB1AL));
    (*l_55) = l_52;
    ++g_61[1];
    for (p_20 = 0; (p_20 != 24); p_20 = safe_add_func_int16_t_s_s(p_20, 4))
    { 
        (*p_19) = (*p_17);
        for (p_18 = 0; (p_18 <= 1); p_18 += 1)
        { 
            for (g_58 = 0; (g_58 <= 1); g_58 += 1)
            { 
                int i;
                (*g_15) ^= (-1L);
                if (g_61[g_58])
                    break;
            }
        }
    }
    return (*p_17);
}
static int32_t ** func_21(uint8_t  p_22, uint32_t  p_23)
{ 
    uint32_t l_31 = 0x7DFCC86FL;
    int32_t **l_32 = &g_15;
    int32_t ***l_33 = &l_32;
    const int32_t *l_35 = (void*)0;
    const int32_t **l_34 = &l_35;
    const int32_t ***l_36 = &l_34;
    (*g_15) = (l_31 , l_31);
    (*l_33) = l_32;
    (*g_15) = (((*l_36) = l_34) != (*l_33));
    return &g_15;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_10, "g_10", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_51[i], "g_51[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_56, "g_56", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_57[i][j], "g_57[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_58, "g_58", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_60[i], "g_60[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_61[i], "g_61[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
