#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0xC03342EBL;
static int32_t g_11 = 0x084BC9C3L;
static uint32_t g_19 = 0x168F928DL;
static uint64_t g_31 = 0x7B831966C4779D44LL;
static int8_t g_45 = (-3L);
static int8_t g_55 = 0xD5L;
static int32_t *g_70 = (void*)0;
static const int8_t g_74 = (-1L);
static const int8_t *g_73 = &g_74;
static int16_t g_75 = 0xA4EEL;
static uint16_t g_102 = 0xE3F1L;
static uint8_t g_128 = 0UL;
static int32_t g_135[4] = {0xBEE733D0L,0xBEE733D0L,0xBEE733D0L,0xBEE733D0L};
static int16_t g_156 = (-5L);
static uint8_t g_157[4] = {3UL,3UL,3UL,3UL};
static int32_t g_243 = 0L;
static uint64_t g_260 = 8UL;
static const uint32_t g_321[3][2] = {{0xD59CC582L,0xD59CC582L},{0xD59CC582L,0xD59CC582L},{0xD59CC582L,0xD59CC582L}};
static int16_t g_322 = 0xA1AEL;
static int8_t g_398 = 1L;
static uint32_t *g_435[3] = {(void*)0,(void*)0,(void*)0};
static uint32_t **g_434 = &g_435[0];
static uint32_t ***g_433 = &g_434;
static uint32_t ****g_432 = &g_433;
static uint8_t g_509 = 0xD5L;
static const int32_t  func_1(void);
static int8_t  func_5(int64_t  p_6, uint64_t  p_7);
static int32_t * func_15(uint32_t  p_16, int32_t * p_17, int64_t  p_18);
static const int32_t  func_1(void)
{ 
    uint32_t l_8 = 0xF23B1A95L;
    int32_t l_495[4][4] = {{(-8L),0x565244B3L,0x5FF378B4L,2L},{0L,0x565244B3L,0x565244B3L,0L},{0x565244B3L,0L,(-8L),7L},{0x565244B3L,(-8L),0x565244B3L,0x5FF378B4L}};
    int i, j;
    for (g_2 = (-10); (g_2 > 19); g_2++)
    { 
        uint8_t l_496 = 1UL;
        int32_t l_501 = 0xE2BC62B3L;
        int32_t l_502 = 0x3F55F13AL;
        int32_t l_503 = 0xBAE004E2L;
        int32_t l_505 = 0x5906845AL;
        int32_t l_506 = 0xDE999B76L;
        int32_t l_507[2];
        int i;
        for (i = 0; i < 2; i++)
            l_507[i] = (-9L);
        if ((0x69L == func_5((l_8 , g_2), g_2)))
        { 
            int32_t *l_12 = (void*)0;
            int32_t *l_13 = (void*)0;
            int32_t l_14[3][2] = {{0L,8L},{8L,0L},{8L,8L}};
            int32_t **l_493 = &g_70;
            const uint32_t l_499 = 0x741899E8L;
            int i, j;
            l_14[0][1] = g_11;
            if ((((*l_493) = func_15(l_8, &l_14[0][1], g_19)) != (g_102 , &g_11)))
            { 
                return (**l_493);
            }
            else
            { 
                int32_t *l_494[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_494[i] = &g_135[0];
                --l_496;
                if ((*g_70))
                    break;
            }
            return l_499;
        }
        else
        { 
            int32_t l_504[1][3];
            int32_t l_508 = 3L;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_504[i][j] = 4L;
            }
            if (((l_496 & (g_157[0] , 0xF0687225E02E9BFDLL)) ^ (3L < ((g_75 ^ 1UL) < l_496))))
            { 
                return g_19;
            }
            else
            { 
                int32_t *l_500[4] = {&g_11,&g_11,&g_11,&g_11};
                int i;
                g_509++;
            }
        }
        return g_260;
    }
    return l_8;
}
static int8_t  func_5(int64_t  p_6, uint64_t  p_7)
{ 
    int8_t l_9[3][3];
    int32_t *l_10 = &g_11;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
            l_9[i][j] = 9L;
    }
    (*l_10) = (l_9[1][1] || 0xA205B2906C902DAFLL);
    return p_6;
}
static int32_t * func_15(uint32_t  p_16, int32_t * p_17, int64_t  p_18)
{ 
    uint64_t *l_30[1];
    int32_t l_32 = 0x23637B30L;
    uint32_t l_43 = 1UL;
    int8_t *l_44 = &g_45;
    int32_t l_140 = 2L;
    uint16_t l_177 = 65527UL;
    uint8_t l_196 = 0x64L;
    uint16_t *l_214[1][1];
    int64_t l_215 = 0L;
    int32_t l_216 = 1L;
    int32_t l_217 = 0x67537B09L;
    int32_t l_218 = 0xF519B726L;
    int8_t l_223 = 0L;
    int64_t l_253 = 0x70625BB58BC3C5A2LL;
    int32_t l_255 = 0xC40DF291L;
    int32_t l_256 = 1L;
    int32_t l_257[3][1];
    int16_t l_258[4][1];
    int8_t l_259 = 0L;
    uint16_t l_306 = 65528UL;
    uint32_t ****l_437 = &g_433;
    uint8_t l_461 = 0UL;
    int i, j;
    for (i = 0; i < 1; i++)
        l_30[i] = &g_31;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_214[i][j] = (void*)0;
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_257[i][j] = 0L;
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
            l_258[i][j] = 0x637BL;
    }
    return &g_135[1];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_19, "g_19", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_55, "g_55", print_hash_value);
    transparent_crc(g_74, "g_74", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    transparent_crc(g_102, "g_102", print_hash_value);
    transparent_crc(g_128, "g_128", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_135[i], "g_135[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_156, "g_156", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_157[i], "g_157[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_243, "g_243", print_hash_value);
    transparent_crc(g_260, "g_260", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_321[i][j], "g_321[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_322, "g_322", print_hash_value);
    transparent_crc(g_398, "g_398", print_hash_value);
    transparent_crc(g_509, "g_509", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
