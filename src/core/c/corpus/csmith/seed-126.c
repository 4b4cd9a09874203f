#include "csmith.h"
static long __undefined;
static uint32_t g_6 = 0x473EB905L;
static int32_t g_14 = 1L;
static uint16_t g_16 = 0x63FFL;
static int16_t g_22 = (-7L);
static int32_t g_45 = 0xCCC41425L;
static int16_t g_51 = 0x07B4L;
static uint64_t g_52 = 9UL;
static uint32_t g_63 = 0xCEC4EE8FL;
static int32_t *g_83 = (void*)0;
static int32_t * const *g_82 = &g_83;
static uint8_t g_88[3][1] = {{0x7EL},{0x7EL},{0x7EL}};
static uint64_t  func_1(void);
static uint32_t  func_2(uint16_t  p_3, uint32_t  p_4, uint8_t  p_5);
static int32_t * func_8(int32_t * p_9, int8_t  p_10, uint32_t  p_11, int16_t  p_12);
static uint64_t  func_1(void)
{ 
    int32_t l_7 = 0L;
    uint8_t *l_87[4];
    int i;
    for (i = 0; i < 4; i++)
        l_87[i] = &g_88[1][0];
    if ((func_2(g_6, l_7, g_6) == ((++g_88[2][0]) >= ((safe_sub_func_uint8_t_u_u(g_6, g_45)) == 0x8517L))))
    { 
        int32_t **l_93 = (void*)0;
        int32_t **l_94 = &g_83;
        (*l_94) = &l_7;
    }
    else
    { 
        (**g_82) = (safe_lshift_func_int8_t_s_s(g_52, g_52));
    }
    return g_51;
}
static uint32_t  func_2(uint16_t  p_3, uint32_t  p_4, uint8_t  p_5)
{ 
    int32_t *l_13[3];
    uint16_t *l_15 = &g_16;
    int16_t *l_21 = &g_22;
    int32_t **l_85[3];
    int32_t **l_86 = &l_13[1];
    int i;
    for (i = 0; i < 3; i++)
        l_13[i] = &g_14;
    for (i = 0; i < 3; i++)
        l_85[i] = (void*)0;
    g_83 = func_8(l_13[1], (1UL || (((*l_21) = (((*l_15)--) ^ (safe_mod_func_int8_t_s_s(p_5, g_6)))) != g_14)), g_14, p_5);
    (*l_86) = (*g_82);
    return g_45;
}
static int32_t * func_8(int32_t * p_9, int8_t  p_10, uint32_t  p_11, int16_t  p_12)
{ 
    int32_t l_33 = 0L;
    uint16_t *l_34 = (void*)0;
    uint16_t *l_35 = (void*)0;
    uint16_t *l_36 = &g_16;
    int32_t l_48 = 0xE8E103CAL;
    int32_t l_49 = 0L;
    if (((safe_div_func_int16_t_s_s((((safe_mul_func_uint16_t_u_u(p_12, (safe_mul_func_uint8_t_u_u((!65528UL), g_16)))) ^ g_14) && (safe_mod_func_uint8_t_u_u((+((*l_36) = l_33)), l_33))), g_14)) >= p_11))
    { 
        int8_t l_37[4][1];
        uint16_t *l_38 = (void*)0;
        int32_t l_46 = 0xB0BE945DL;
        int32_t l_47 = 9L;
        int32_t l_50 = 0L;
        int32_t *l_58 = &l_49;
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
                l_37[i][j] = 1L;
        }
        for (p_11 = 0; (p_11 <= 0); p_11 += 1)
        { 
            int64_t l_41 = (-8L);
            int32_t *l_44[3][3] = {{&l_33,&g_14,&l_33},{&l_33,&g_14,&l_33},{&l_33,&g_14,&l_33}};
            int i, j;
            if ((g_16 & (((l_38 == (void*)0) , (safe_add_func_uint16_t_u_u(((18446744073709551615UL > (l_38 != (void*)0)) ^ g_16), l_41))) > l_41)))
            { 
                int32_t *l_43[2];
                int32_t **l_42 = &l_43[1];
                int i;
                for (i = 0; i < 2; i++)
                    l_43[i] = &g_14;
                (*l_42) = &g_14;
                g_14 = 0x0ECA6D78L;
                if (g_16)
                    break;
            }
            else
            { 
                (*p_9) &= (0UL != 0xFC53D8B3L);
                if ((*p_9))
                    continue;
            }
            g_52--;
            (*p_9) = (*p_9);
            for (g_16 = 0; (g_16 <= 0); g_16 += 1)
            { 
                uint32_t l_55 = 18446744073709551615UL;
                l_55++;
                return p_9;
            }
        }
        return &g_45;
    }
    else
    { 
        uint32_t l_59 = 18446744073709551611UL;
        if (l_59)
        { 
            uint32_t *l_62[2][1];
            int32_t *l_70 = &l_33;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_62[i][j] = &g_63;
            }
            (*p_9) = ((p_11 | p_10) & (((safe_div_func_int32_t_s_s(g_6, (g_63++))) , (safe_lshift_func_uint8_t_u_s((((*l_36) = p_11) , (((safe_sub_func_int32_t_s_s((0xDFF04C396C7BFB9ELL | g_51), (-1L))) != 0xDBL) || g_51)), 5))) != g_45));
            (*l_70) |= ((*p_9) = g_51);
        }
        else
        { 
            uint32_t l_79 = 7UL;
            for (l_48 = 0; (l_48 != 18); l_48++)
            { 
                int32_t *l_74[3];
                int32_t **l_73 = &l_74[1];
                int32_t *l_76[1][4];
                int32_t **l_75 = &l_76[0][2];
                int i, j;
                for (i = 0; i < 3; i++)
                    l_74[i] = (void*)0;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_76[i][j] = &g_14;
                }
                (*l_75) = ((*l_73) = p_9);
            }
            if ((*p_9))
            { 
                return p_9;
            }
            else
            { 
                int32_t *l_77 = (void*)0;
                int32_t *l_78[4][2];
                uint64_t *l_84 = &g_52;
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_78[i][j] = &g_14;
                }
                ++l_79;
                (*p_9) = ((g_82 == (g_51 , &g_83)) <= ((*l_84) = l_49));
            }
        }
    }
    return &g_14;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_14, "g_14", print_hash_value);
    transparent_crc(g_16, "g_16", print_hash_value);
    transparent_crc(g_22, "g_22", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_51, "g_51", print_hash_value);
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_88[i][j], "g_88[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
