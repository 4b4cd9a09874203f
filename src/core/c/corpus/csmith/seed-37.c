#include "csmith.h"
static long __undefined;
static uint64_t g_4 = 0x96CA2CB51DBA3399LL;
static int32_t g_19 = 0x1F145BA1L;
static uint8_t g_23 = 0xD4L;
static uint64_t g_37 = 0x1AA435C5265879A2LL;
static int32_t *g_44 = &g_19;
static int32_t **g_43[3][4] = {{&g_44,(void*)0,&g_44,&g_44},{(void*)0,(void*)0,&g_44,(void*)0},{(void*)0,&g_44,&g_44,(void*)0}};
static int32_t g_67[1][4] = {{(-5L),(-5L),(-5L),(-5L)}};
static int8_t g_73 = 0x5CL;
static uint8_t g_74[3][1] = {{0x50L},{0x50L},{0x50L}};
static uint32_t g_113[3] = {0xA24B92E7L,0xA24B92E7L,0xA24B92E7L};
static uint64_t *g_116 = &g_4;
static uint64_t **g_115 = &g_116;
static int32_t g_120 = 0L;
static const int32_t *g_119 = &g_120;
static uint32_t  func_1(void);
static int8_t  func_8(uint32_t  p_9, int64_t  p_10);
static int32_t  func_11(int64_t  p_12, int8_t  p_13, int16_t  p_14, int32_t  p_15, const uint32_t  p_16);
static uint32_t  func_1(void)
{ 
    int16_t l_7[1][3];
    uint32_t l_17 = 18446744073709551609UL;
    int32_t l_71 = (-1L);
    int8_t *l_72 = &g_73;
    const int32_t *l_84 = &l_71;
    const int32_t **l_83 = &l_84;
    int32_t l_91[3][1];
    int32_t l_114[1][3];
    int32_t *l_124 = &l_91[2][0];
    int32_t *l_125 = &l_91[2][0];
    int32_t *l_126[1][4] = {{&l_91[2][0],&l_91[2][0],&l_91[2][0],&l_91[2][0]}};
    uint64_t l_127 = 0UL;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_7[i][j] = 0xF90EL;
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_91[i][j] = 9L;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_114[i][j] = 0L;
    }
    (*g_44) = (safe_mul_func_int8_t_s_s((g_74[1][0] ^= ((*l_72) = ((g_4 , g_4) <= (l_71 ^= (safe_div_func_int8_t_s_s((l_7[0][0] , func_8(((func_11(g_4, g_4, g_4, l_17, g_4) || l_17) , g_4), l_7[0][0])), l_17)))))), g_67[0][2]));
    for (g_19 = 1; (g_19 > (-27)); g_19--)
    { 
        int8_t l_86[2][4] = {{0x76L,0x76L,0x76L,0x76L},{0x76L,0x76L,0x76L,0x76L}};
        int32_t l_94[3][1];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_94[i][j] = 1L;
        }
        for (g_23 = 0; (g_23 > 32); ++g_23)
        { 
            uint64_t l_85 = 0xA8E5F853116D361FLL;
            int32_t l_90 = 0x181933ACL;
            int8_t l_92 = 7L;
            int32_t l_93[1][1];
            int32_t **l_103 = &g_44;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_93[i][j] = 0L;
            }
            if ((((safe_sub_func_int8_t_s_s((g_67[0][2] & (g_37 || ((((safe_mul_func_int16_t_s_s(g_74[0][0], (((l_83 == &g_44) <= g_67[0][2]) != g_19))) , g_74[2][0]) == g_67[0][0]) < l_85))), l_86[1][1])) & g_67[0][2]) == 0x63L))
            { 
                int32_t *l_87 = &l_71;
                int32_t *l_88 = &l_71;
                int32_t *l_89[1];
                uint32_t l_95 = 0xD22BE5E2L;
                uint64_t *l_100 = &g_37;
                int8_t *l_108 = (void*)0;
                int8_t *l_109 = &l_92;
                int16_t *l_112[1][1];
                uint64_t **l_117 = &g_116;
                int i, j;
                for (i = 0; i < 1; i++)
                    l_89[i] = &l_71;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_112[i][j] = &l_7[0][0];
                }
                l_95++;
                l_91[2][0] |= (safe_div_func_uint64_t_u_u(((*l_100) = ((((**l_83) , (*l_83)) == (*l_83)) <= 0x74F8L)), (safe_mod_func_int16_t_s_s((((l_103 == l_103) ^ g_67[0][0]) >= g_4), (-2L)))));
                l_114[0][0] ^= (safe_div_func_uint32_t_u_u((safe_lshift_func_uint16_t_u_s(((0xF4L >= ((((l_91[2][0] = g_73) >= ((*l_109) &= (l_71 = g_37))) && (g_113[0] = (safe_rshift_func_int8_t_s_u((g_74[1][0] ^ (*g_44)), (*l_87))))) | (*g_44))) , 0UL), g_4)), l_94[1][0]));
                l_117 = g_115;
            }
            else
            { 
                int32_t *l_118[2][1];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_118[i][j] = &l_94[2][0];
                }
                if ((**l_103))
                    break;
                l_118[0][0] = l_118[1][0];
                l_93[0][0] = 0x114AE42EL;
                l_94[2][0] = ((*g_115) == (*g_115));
            }
            g_119 = (*l_83);
            for (l_90 = 11; (l_90 == 25); l_90++)
            { 
                int32_t *l_123 = &l_71;
                (*l_123) = l_94[2][0];
            }
            if ((**l_83))
                break;
        }
    }
    --l_127;
    return g_74[1][0];
}
static int8_t  func_8(uint32_t  p_9, int64_t  p_10)
{ 
    int32_t *l_18 = &g_19;
    int32_t *l_20 = (void*)0;
    int32_t *l_21[2][2];
    int8_t l_22 = (-1L);
    uint32_t l_68[2][3];
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_21[i][j] = (void*)0;
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
            l_68[i][j] = 0x72762B6CL;
    }
    g_23++;
    for (l_22 = 3; (l_22 > 5); l_22 = safe_add_func_uint64_t_u_u(l_22, 1))
    { 
        uint8_t l_39 = 5UL;
        int32_t *l_42[2][1];
        int32_t **l_46 = &l_42[1][0];
        int16_t *l_66[3];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_42[i][j] = &g_19;
        }
        for (i = 0; i < 3; i++)
            l_66[i] = (void*)0;
    }
    l_68[0][1]++;
    return g_4;
}
static int32_t  func_11(int64_t  p_12, int8_t  p_13, int16_t  p_14, int32_t  p_15, const uint32_t  p_16)
{ 
    return g_4;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_19, "g_19", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_67[i][j], "g_67[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_73, "g_73", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_74[i][j], "g_74[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_113[i], "g_113[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_120, "g_120", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
