#include "csmith.h"
static long __undefined;
static uint8_t g_4 = 5UL;
static int32_t g_16 = 0xB79F6A71L;
static int32_t *g_15 = &g_16;
static uint64_t g_36 = 0xC0E0752570E81DE9LL;
static int64_t g_50 = 4L;
static int16_t g_52 = 0xC7A4L;
static uint16_t g_57 = 1UL;
static uint32_t g_58 = 18446744073709551611UL;
static uint32_t g_84 = 0UL;
static const uint64_t g_98[1] = {1UL};
static int32_t g_115 = 0x52693CE4L;
static uint64_t g_116 = 4UL;
static int8_t g_133 = 1L;
static int16_t g_154[2] = {0x6C4CL,0x6C4CL};
static uint32_t g_156 = 0UL;
static uint64_t *g_172[1][2] = {{&g_116,&g_116}};
static uint64_t **g_171[4] = {&g_172[0][0],&g_172[0][0],&g_172[0][0],&g_172[0][0]};
static int32_t **** const g_178 = (void*)0;
static int32_t **g_181 = &g_15;
static int32_t ***g_180[4] = {&g_181,&g_181,&g_181,&g_181};
static int32_t ****g_179 = &g_180[3];
static uint32_t g_191 = 18446744073709551615UL;
static int64_t ** const *g_226 = (void*)0;
static uint32_t g_284[4][3] = {{0x5AF88492L,0x2CEF03F5L,0x5AF88492L},{3UL,18446744073709551613UL,0x6A5E5AD2L},{3UL,3UL,18446744073709551613UL},{0x5AF88492L,18446744073709551613UL,18446744073709551613UL}};
static uint32_t g_333 = 0x1C03A7F7L;
static int64_t g_360[3][3] = {{0L,0L,0x7DC168F052B4024ELL},{0L,0L,0x7DC168F052B4024ELL},{0L,0L,0x7DC168F052B4024ELL}};
static uint16_t g_392 = 0x3BD2L;
static uint64_t g_394 = 0x425F754BE041EA4DLL;
static int64_t *g_398 = &g_50;
static int64_t **g_397 = &g_398;
static int64_t ***g_396 = &g_397;
static uint16_t  func_1(void);
static int32_t  func_2(uint32_t  p_3);
static int8_t  func_11(int16_t  p_12);
static uint16_t  func_1(void)
{ 
    int32_t l_96 = 0xD49712A8L;
    uint64_t *l_97 = &g_36;
    int32_t *l_150 = &l_96;
    uint16_t l_151 = 0x93E5L;
    uint32_t l_202 = 0UL;
    int32_t ***l_223 = &g_181;
    int16_t *l_247 = (void*)0;
    const uint8_t l_249 = 255UL;
    uint16_t l_266[2][2] = {{1UL,1UL},{1UL,1UL}};
    int32_t l_291[4];
    uint64_t l_292 = 0xA2C76AACBF4508DBLL;
    int64_t l_301[2];
    int32_t l_302 = 0x2146787EL;
    uint8_t l_313 = 0x67L;
    int64_t l_319[1][4] = {{(-1L),(-1L),(-1L),(-1L)}};
    uint8_t l_332 = 0xB8L;
    int32_t l_356 = 0xD60C8A92L;
    int32_t *l_395 = (void*)0;
    int64_t ****l_399 = &g_396;
    int64_t ***l_401 = &g_397;
    int64_t ****l_400 = &l_401;
    int i, j;
    for (i = 0; i < 4; i++)
        l_291[i] = 0xF06CA2D3L;
    for (i = 0; i < 2; i++)
        l_301[i] = 0L;
    return (***l_223);
}
static int32_t  func_2(uint32_t  p_3)
{ 
    uint64_t *l_108 = &g_36;
    int32_t l_113 = 0x53FA0D08L;
    int32_t *l_114[1];
    int i;
    for (i = 0; i < 1; i++)
        l_114[i] = &l_113;
    for (g_57 = 29; (g_57 >= 42); g_57 = safe_add_func_uint64_t_u_u(g_57, 3))
    { 
        int32_t l_107 = (-1L);
        uint64_t **l_109 = &l_108;
        uint8_t *l_110[2][2] = {{&g_4,&g_4},{&g_4,&g_4}};
        int32_t l_111[4][1] = {{0xDB99E5BEL},{(-1L)},{0xDB99E5BEL},{(-1L)}};
        int32_t **l_112 = &g_15;
        int i, j;
        (*l_112) = ((safe_div_func_uint64_t_u_u((safe_add_func_int8_t_s_s((safe_mod_func_int8_t_s_s((l_107 , (((*l_109) = l_108) == (g_36 , &g_98[0]))), ((l_111[2][0] ^= ((((g_98[0] , (void*)0) != &g_16) ^ (*g_15)) , p_3)) , 249UL))), 0xD4L)), g_84)) , &g_16);
    }
    l_113 = (*g_15);
    g_116++;
    return p_3;
}
static int8_t  func_11(int16_t  p_12)
{ 
    int32_t l_28 = (-1L);
    int32_t l_37[4] = {0x07D0D1D8L,0x07D0D1D8L,0x07D0D1D8L,0x07D0D1D8L};
    uint64_t *l_45 = &g_36;
    int32_t *l_79 = &l_37[1];
    int16_t *l_93 = (void*)0;
    int64_t l_94 = 0x99C48247AD075F43LL;
    int32_t l_95 = 0x162BBD67L;
    int i;
    for (g_4 = 19; (g_4 >= 30); g_4 = safe_add_func_uint64_t_u_u(g_4, 4))
    { 
        int32_t **l_17 = &g_15;
        (*l_17) = g_15;
        return g_16;
    }
    for (p_12 = 18; (p_12 < (-28)); p_12--)
    { 
        uint32_t l_27 = 0UL;
        uint8_t l_38 = 0xE8L;
        int32_t *l_55 = (void*)0;
        int32_t l_69 = 0x53D3A1A9L;
        uint32_t l_70[2];
        uint64_t ** const l_78 = &l_45;
        int i;
        for (i = 0; i < 2; i++)
            l_70[i] = 0x9C84D8BCL;
        if ((~(safe_rshift_func_int16_t_s_u((safe_lshift_func_int16_t_s_u((safe_mul_func_uint8_t_u_u(l_27, l_28)), 2)), 15))))
        { 
            const uint64_t l_31 = 0x0552487223B16AACLL;
            uint64_t *l_34 = (void*)0;
            uint64_t *l_35[3];
            uint64_t **l_46 = &l_35[0];
            uint64_t **l_47 = &l_34;
            int64_t *l_48 = (void*)0;
            int64_t *l_49 = &g_50;
            int16_t *l_51 = &g_52;
            int32_t *l_80 = &g_16;
            int32_t *l_81 = &l_37[3];
            int32_t *l_82 = &l_37[3];
            int32_t *l_83[1];
            int i;
            for (i = 0; i < 3; i++)
                l_35[i] = &g_36;
            for (i = 0; i < 1; i++)
                l_83[i] = (void*)0;
            (*g_15) = (((safe_add_func_uint8_t_u_u(l_31, (g_16 , (safe_sub_func_uint64_t_u_u((l_38 = (l_37[3] = g_4)), (safe_sub_func_uint64_t_u_u((((safe_add_func_int64_t_s_s(l_28, (((0x52324067L <= 0xD40A7FCCL) > p_12) && p_12))) , g_36) , 18446744073709551607UL), p_12))))))) && g_36) == p_12);
            if ((((((safe_sub_func_uint64_t_u_u((p_12 >= ((*l_49) = (((*l_47) = ((*l_46) = l_45)) == &g_36))), (((*l_51) = g_16) > (safe_div_func_int64_t_s_s(((l_55 == &l_37[3]) || p_12), 1L))))) , 1UL) > l_31) >= 1L) != g_16))
            { 
                int32_t *l_56[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_56[i] = &l_37[1];
                if (p_12)
                    break;
                g_57 |= (*g_15);
                g_58--;
            }
            else
            { 
                (*g_15) = (-1L);
                (*g_15) = p_12;
            }
            for (g_50 = 14; (g_50 != 26); g_50 = safe_add_func_uint8_t_u_u(g_50, 2))
            { 
                int32_t *l_63 = (void*)0;
                int32_t *l_64 = &l_37[3];
                int32_t *l_65 = (void*)0;
                int32_t *l_66 = (void*)0;
                int32_t *l_67[3];
                int32_t l_68[4][2] = {{0x8793EB10L,0x8793EB10L},{0x8793EB10L,0x8793EB10L},{0x8793EB10L,0x8793EB10L},{0x8793EB10L,0x8793EB10L}};
                uint64_t ***l_77 = &l_46;
                int i, j;
                for (i = 0; i < 3; i++)
                    l_67[i] = (void*)0;
                l_70[1]++;
            }
            --g_84;
        }
        else
        { 
            return g_36;
        }
        (*g_15) &= ((*l_79) = (((safe_mod_func_int8_t_s_s(((safe_mul_func_uint16_t_u_u(((((((safe_mul_func_int16_t_s_s(0xEA38L, g_50)) , (g_4 == ((((void*)0 != l_93) , 0x9C2B513AA7A40015LL) >= l_94))) != p_12) && 0UL) > g_4) != 0xE994L), g_52)) & g_36), g_4)) , 0x64L) != 0xA5L));
        return l_95;
    }
    return g_58;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_16, "g_16", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_50, "g_50", print_hash_value);
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_57, "g_57", print_hash_value);
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_84, "g_84", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_98[i], "g_98[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_115, "g_115", print_hash_value);
    transparent_crc(g_116, "g_116", print_hash_value);
    transparent_crc(g_133, "g_133", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_154[i], "g_154[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_156, "g_156", print_hash_value);
    transparent_crc(g_191, "g_191", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_284[i][j], "g_284[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_333, "g_333", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_360[i][j], "g_360[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_392, "g_392", print_hash_value);
    transparent_crc(g_394, "g_394", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
