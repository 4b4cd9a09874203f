#include "csmith.h"
static long __undefined;
static int32_t g_3 = 0L;
static int32_t g_4[3][1] = {{1L},{1L},{1L}};
static int32_t *g_16[1] = {&g_4[0][0]};
static int32_t **g_15 = &g_16[0];
static uint32_t g_27 = 0xF433C8A0L;
static uint16_t g_29 = 0xF57AL;
static int32_t g_52[2] = {(-1L),(-1L)};
static const int32_t *g_80 = &g_4[1][0];
static const int32_t **g_79 = &g_80;
static const int32_t ***g_78 = &g_79;
static int8_t g_110[2][2] = {{1L,1L},{1L,1L}};
static int8_t g_111 = 1L;
static int16_t g_113 = 0x7174L;
static uint32_t g_114 = 0x62FCB6F9L;
static int32_t g_131[2] = {1L,1L};
static int32_t g_144 = 1L;
static int64_t g_193 = 0x317EE62A828AA00DLL;
static int32_t g_195[2] = {1L,1L};
static uint8_t g_234 = 0UL;
static uint8_t *g_233 = &g_234;
static int32_t g_246[2][1] = {{0xFA8CA2ACL},{0xFA8CA2ACL}};
static int64_t g_333 = (-1L);
static int8_t g_336[4] = {0x5AL,0x5AL,0x5AL,0x5AL};
static int8_t g_409 = 0x19L;
static uint32_t g_412 = 0xB66098E4L;
static uint8_t g_450[2] = {255UL,255UL};
static uint8_t  func_1(void);
static int32_t * func_5(int8_t  p_6);
static const int32_t  func_7(uint8_t  p_8, const int64_t  p_9);
static uint8_t  func_1(void)
{ 
    uint16_t l_2[4][1];
    uint8_t *l_448 = (void*)0;
    uint8_t *l_449 = &g_450[0];
    int32_t l_451[1][4];
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
            l_2[i][j] = 0x540DL;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_451[i][j] = 0L;
    }
    for (g_3 = 0; g_3 < 4; g_3 += 1)
    {
        for (g_4[0][0] = 0; g_4[0][0] < 1; g_4[0][0] += 1)
        {
            l_2[g_3][g_4[0][0]] = 0xCE9DL;
        }
    }
    (*g_79) = (l_2[2][0] , func_5(l_2[0][0]));
    (**g_15) = (5L && ((safe_div_func_int32_t_s_s((l_451[0][1] = (safe_lshift_func_int8_t_s_u(g_246[1][0], ((*l_449) |= ((*g_233) |= ((((g_193 = ((safe_mul_func_int8_t_s_s(g_246[0][0], (((((void*)0 == &g_29) > l_2[0][0]) ^ l_2[2][0]) , 0UL))) && 0x89L)) ^ g_195[1]) , l_2[2][0]) < (-1L))))))), l_2[2][0])) >= l_2[3][0]));
    return l_2[0][0];
}
static int32_t * func_5(int8_t  p_6)
{ 
    int64_t l_10 = 0L;
    int32_t l_432 = (-4L);
    uint32_t l_438 = 0xB0AA2AA1L;
    if (func_7((l_10 , 246UL), g_4[1][0]))
    { 
        int32_t *l_433 = (void*)0;
        int32_t *l_434 = &g_4[1][0];
        int32_t *l_435 = (void*)0;
        int32_t *l_436 = &g_131[1];
        int32_t *l_437 = &g_195[1];
        l_438--;
        return (*g_15);
    }
    else
    { 
        int32_t *l_441 = &l_432;
        return (*g_15);
    }
}
static const int32_t  func_7(uint8_t  p_8, const int64_t  p_9)
{ 
    int32_t **l_13 = (void*)0;
    int32_t *l_19 = &g_3;
    int32_t l_44 = (-5L);
    int32_t l_48 = 0x3869515BL;
    int32_t l_51[2];
    int32_t l_133 = 1L;
    int16_t *l_138 = &g_113;
    uint8_t l_175 = 0UL;
    int16_t l_179 = 0x8FA3L;
    int32_t * const l_245 = &g_246[0][0];
    int32_t * const *l_244 = &l_245;
    uint16_t l_249 = 9UL;
    uint8_t l_383[3];
    int i;
    for (i = 0; i < 2; i++)
        l_51[i] = 0xBBE7F632L;
    for (i = 0; i < 3; i++)
        l_383[i] = 1UL;
    return (**l_244);
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_4[i][j], "g_4[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_27, "g_27", print_hash_value);
    transparent_crc(g_29, "g_29", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_52[i], "g_52[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_110[i][j], "g_110[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_111, "g_111", print_hash_value);
    transparent_crc(g_113, "g_113", print_hash_value);
    transparent_crc(g_114, "g_114", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_131[i], "g_131[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_144, "g_144", print_hash_value);
    transparent_crc(g_193, "g_193", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_195[i], "g_195[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_234, "g_234", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_246[i][j], "g_246[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_333, "g_333", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_336[i], "g_336[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_409, "g_409", print_hash_value);
    transparent_crc(g_412, "g_412", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_450[i], "g_450[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
