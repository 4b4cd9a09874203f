#include "csmith.h"
static long __undefined;
static int32_t g_3 = (-1L);
static int32_t g_8 = (-7L);
static int32_t g_9 = (-1L);
static int32_t g_12 = 1L;
static int32_t g_15[1][2] = {{1L,1L}};
static int32_t g_19 = 1L;
static uint16_t g_20 = 0x78F4L;
static int16_t g_28 = (-1L);
static int32_t g_33 = (-1L);
static int32_t g_44 = 3L;
static uint32_t g_56 = 6UL;
static const int32_t *g_59[1][4] = {{&g_12,&g_12,&g_12,&g_12}};
static int16_t *g_84[3][3] = {{(void*)0,(void*)0,(void*)0},{&g_28,(void*)0,&g_28},{(void*)0,(void*)0,(void*)0}};
static int8_t g_97 = 0x43L;
static int8_t g_106 = 1L;
static uint64_t g_132 = 8UL;
static int32_t *g_140[1] = {&g_3};
static int32_t **g_139[3] = {&g_140[0],&g_140[0],&g_140[0]};
static int32_t * const *g_163 = &g_140[0];
static int32_t * const **g_162 = &g_163;
static int32_t * const ***g_161 = &g_162;
static uint64_t  func_1(void);
static const int32_t * func_10(const int16_t  p_11);
static int32_t  func_23(int32_t * p_24, int16_t  p_25);
static uint64_t  func_1(void)
{ 
    int32_t *l_2 = &g_3;
    int32_t **l_4 = &l_2;
    uint32_t l_61[2];
    uint32_t l_68 = 0x2CFC9AAEL;
    int32_t l_72 = 0x6FA9739AL;
    uint8_t l_75[4];
    int16_t *l_82 = &g_28;
    const int32_t *l_109 = &g_9;
    int32_t l_113 = 0L;
    int32_t l_114[3];
    int8_t l_118[3];
    int32_t l_120 = 0xB6BBBDF8L;
    uint8_t l_137 = 0UL;
    int32_t *l_152 = &l_114[0];
    uint32_t l_189 = 0xC29E382DL;
    int i;
    for (i = 0; i < 2; i++)
        l_61[i] = 4294967295UL;
    for (i = 0; i < 4; i++)
        l_75[i] = 0xBAL;
    for (i = 0; i < 3; i++)
        l_114[i] = 0xB94EFEA9L;
    for (i = 0; i < 3; i++)
        l_118[i] = 0L;
    (*l_4) = l_2;
    return g_3;
}
static const int32_t * func_10(const int16_t  p_11)
{ 
    int32_t *l_26 = &g_12;
    int32_t *l_31[3][4] = {{&g_8,&g_8,&g_8,&g_8},{&g_8,&g_8,&g_8,&g_8},{&g_8,&g_8,&g_8,&g_8}};
    int8_t l_32[2];
    int32_t l_34 = 0xD4D44114L;
    uint16_t l_35 = 0xF3A6L;
    int i, j;
    for (i = 0; i < 2; i++)
        l_32[i] = (-6L);
    for (g_12 = 0; (g_12 == (-30)); --g_12)
    { 
        int16_t *l_27 = &g_28;
        int32_t *l_30 = (void*)0;
        for (g_15[0][1] = 12; (g_15[0][1] <= (-21)); --g_15[0][1])
        { 
            int32_t *l_18 = &g_19;
            g_20++;
        }
        g_15[0][1] |= func_23(l_26, ((*l_27) = g_20));
    }
    l_35++;
    g_56 ^= (((safe_sub_func_uint64_t_u_u(((safe_rshift_func_int16_t_s_u(p_11, g_8)) <= (safe_unary_minus_func_uint16_t_u((((+(g_44 |= 0x4BE5697A12B2FE07LL)) > ((safe_rshift_func_int16_t_s_s(0x5AC3L, ((((safe_add_func_uint16_t_u_u((~(safe_mod_func_int8_t_s_s((safe_lshift_func_int8_t_s_u((safe_div_func_int32_t_s_s(0xBA4BDACAL, p_11)), p_11)), g_15[0][1]))), g_19)) && (*l_26)) & p_11) , (*l_26)))) & 0x8186F270ADFF402ELL)) > 1L)))), 0x5A291505FFFC42E2LL)) ^ (*l_26)) , g_3);
    return l_31[1][1];
}
static int32_t  func_23(int32_t * p_24, int16_t  p_25)
{ 
    int16_t l_29 = 0xC1DFL;
    g_19 ^= 0xFCDF11BBL;
    return l_29;
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
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_12, "g_12", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_15[i][j], "g_15[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_19, "g_19", print_hash_value);
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_28, "g_28", print_hash_value);
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc(g_44, "g_44", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_97, "g_97", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    transparent_crc(g_132, "g_132", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
