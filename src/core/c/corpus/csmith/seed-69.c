#include "csmith.h"
static long __undefined;
static int32_t g_2 = (-1L);
static int32_t g_8 = 0x7D2703D9L;
static uint32_t g_10 = 1UL;
static uint32_t g_18 = 5UL;
static uint16_t g_37 = 1UL;
static int16_t g_52 = 0x7FCFL;
static int64_t g_54 = 1L;
static int64_t g_57 = 0x6FA41D407B094C65LL;
static uint32_t g_60 = 4294967295UL;
static uint64_t g_64 = 0x197989736453D1DDLL;
static int8_t g_72 = 0L;
static int32_t g_75[3] = {0x315BB970L,0x315BB970L,0x315BB970L};
static int64_t *g_116 = &g_57;
static int64_t **g_115 = &g_116;
static int8_t g_141[2][3] = {{0x88L,0xE1L,0x88L},{0x88L,0xE1L,0x88L}};
static uint16_t g_159 = 0UL;
static int8_t g_190 = (-6L);
static const uint16_t *g_206 = &g_37;
static const uint16_t ** const g_205 = &g_206;
static int32_t *g_209 = &g_75[2];
static int8_t *g_228[2][4] = {{&g_141[0][0],&g_141[0][0],&g_141[0][0],&g_141[0][0]},{&g_141[0][0],&g_141[0][0],(void*)0,&g_141[0][0]}};
static int8_t **g_227[1][4] = {{&g_228[0][3],&g_228[0][3],&g_228[0][3],&g_228[0][3]}};
static uint16_t *g_332 = &g_159;
static uint16_t **g_331 = &g_332;
static uint8_t g_356 = 1UL;
static int64_t g_377 = 0x00B155228BA679ABLL;
static uint32_t g_378 = 6UL;
static uint16_t ***g_404 = &g_331;
static uint16_t **** const g_403[1] = {&g_404};
static int32_t g_420 = (-1L);
static uint16_t  func_1(void);
static int32_t  func_24(int8_t  p_25, const uint16_t  p_26);
static int16_t  func_27(uint8_t  p_28);
static uint16_t  func_1(void)
{ 
    uint64_t l_5 = 0x96CA2CB51DBA3399LL;
    uint64_t l_6[1];
    uint16_t ***l_410 = &g_331;
    uint32_t *l_418[4][2] = {{&g_60,&g_60},{&g_18,&g_60},{&g_60,&g_18},{&g_60,&g_60}};
    uint32_t l_421 = 0UL;
    uint32_t l_422 = 0x2B55E2A2L;
    int i, j;
    for (i = 0; i < 1; i++)
        l_6[i] = 0x5043C4AB274BF90ELL;
lbl_21:
    for (g_2 = 0; (g_2 >= (-11)); g_2 = safe_sub_func_int64_t_s_s(g_2, 8))
    { 
        if (l_5)
            break;
        return l_5;
    }
    for (l_5 = 0; (l_5 <= 0); l_5 += 1)
    { 
        int32_t l_17 = 0x586FD5D7L;
        uint16_t ***l_408 = &g_331;
        int i;
        if (l_6[l_5])
        { 
            int32_t *l_7 = &g_8;
            int32_t *l_9[3][3] = {{&g_2,&g_2,&g_2},{&g_8,(void*)0,&g_8},{&g_2,&g_2,&g_2}};
            int i, j;
            (*l_7) &= g_2;
            g_10++;
        }
        else
        { 
            int32_t *l_13 = (void*)0;
            int32_t *l_14 = &g_8;
            int32_t *l_15 = &g_8;
            int32_t *l_16[4] = {&g_8,&g_8,&g_8,&g_8};
            int i;
            --g_18;
            if (g_2)
                break;
            for (l_17 = 0; (l_17 >= 0); l_17 -= 1)
            { 
                if (l_5)
                    goto lbl_21;
                if (g_18)
                    continue;
                if (g_2)
                    goto lbl_21;
            }
        }
        for (g_8 = 0; (g_8 >= 0); g_8 -= 1)
        { 
            uint64_t l_29 = 0UL;
            int32_t l_375 = 0x5E24AAE1L;
            for (g_10 = 0; (g_10 <= 0); g_10 += 1)
            { 
                int i;
                if (l_6[g_10])
                    break;
            }
            for (g_2 = 0; (g_2 >= 0); g_2 -= 1)
            { 
                int16_t *l_376 = &g_52;
                uint64_t l_383 = 0x6E25032CC20C231BLL;
                int i;
                (*g_209) = (safe_sub_func_int32_t_s_s(func_24((l_6[g_8] , ((g_378 = (g_377 ^= ((*l_376) ^= (l_375 = func_27(l_29))))) < ((safe_rshift_func_int8_t_s_u(((safe_mod_func_uint64_t_u_u(l_6[l_5], g_64)) < (-1L)), l_383)) && (*g_332)))), l_6[l_5]), (-8L)));
            }
        }
        for (g_378 = 0; (g_378 <= 0); g_378 += 1)
        { 
            uint64_t *l_402 = &g_64;
            uint8_t *l_405 = &g_356;
            int32_t *l_406 = (void*)0;
            int32_t *l_407[4] = {&g_75[2],&g_75[2],&g_75[2],&g_75[2]};
            uint16_t ****l_409 = &l_408;
            int32_t **l_411[2];
            int i;
            for (i = 0; i < 2; i++)
                l_411[i] = &l_407[3];
            l_17 ^= (g_75[2] < (((((g_75[1] , (*g_209)) , l_402) != (((*l_405) = (g_403[0] != &g_404)) , &l_6[l_5])) <= 1UL) , (*g_116)));
            (*g_209) = ((((((((*l_409) = l_408) != l_410) && g_190) > l_5) <= 0x11L) , (*g_331)) != (*g_331));
            g_209 = &g_75[2];
        }
    }
    for (g_378 = 20; (g_378 == 50); g_378 = safe_add_func_uint16_t_u_u(g_378, 4))
    { 
        return l_6[0];
    }
    (*g_209) = ((l_6[0] <= 0xE79EL) | (((g_420 = (safe_div_func_uint8_t_u_u((safe_sub_func_uint32_t_u_u(((void*)0 == l_418[0][0]), (+l_5))), 0xADL))) != l_6[0]) != l_421));
    return l_422;
}
static int32_t  func_24(int8_t  p_25, const uint16_t  p_26)
{ 
    int64_t l_386 = 0xA76E9477B62E1042LL;
    int16_t l_401 = (-1L);
    (*g_209) = (0x49L != (safe_sub_func_int16_t_s_s(l_386, (safe_lshift_func_uint16_t_u_u(0x1531L, 14)))));
    (*g_209) = (safe_rshift_func_uint16_t_u_s((safe_div_func_int16_t_s_s(g_37, ((safe_rshift_func_uint16_t_u_u(0xA059L, 14)) , (safe_mul_func_int16_t_s_s(((safe_add_func_int32_t_s_s((*g_209), 8L)) & (safe_mul_func_int16_t_s_s(l_401, (*g_332)))), (*g_332)))))), 2));
    return (*g_209);
}
static int16_t  func_27(uint8_t  p_28)
{ 
    const int8_t l_30[3] = {0x74L,0x74L,0x74L};
    int32_t *l_31 = &g_8;
    int32_t l_139 = 0L;
    int32_t l_146 = 0x014C235FL;
    int32_t l_149 = 8L;
    int32_t l_150 = (-1L);
    int32_t l_152[1][1];
    int16_t l_153 = (-1L);
    int32_t l_179 = 5L;
    uint16_t l_180 = 0xB189L;
    int16_t *l_189 = &g_52;
    uint64_t *l_191 = &g_64;
    uint64_t l_267 = 0x8F4F5EA74A31DE90LL;
    uint16_t **l_334 = &g_332;
    int8_t **l_362 = (void*)0;
    int8_t **l_363 = &g_228[0][3];
    uint16_t l_374[3][1];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_152[i][j] = (-1L);
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_374[i][j] = 9UL;
    }
    return l_374[2][0];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_10, "g_10", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_54, "g_54", print_hash_value);
    transparent_crc(g_57, "g_57", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_64, "g_64", print_hash_value);
    transparent_crc(g_72, "g_72", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_75[i], "g_75[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_141[i][j], "g_141[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_159, "g_159", print_hash_value);
    transparent_crc(g_190, "g_190", print_hash_value);
    transparent_crc(g_356, "g_356", print_hash_value);
    transparent_crc(g_377, "g_377", print_hash_value);
    transparent_crc(g_378, "g_378", print_hash_value);
    transparent_crc(g_420, "g_420", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
