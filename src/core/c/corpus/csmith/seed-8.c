#include "csmith.h"
static long __undefined;
static int32_t g_3 = (-1L);
static int64_t g_6 = 8L;
static uint32_t g_7[2] = {0x60DE5741L,0x60DE5741L};
static int32_t g_23 = 0x0EF2F37FL;
static uint8_t g_33 = 0x77L;
static int16_t g_46 = 0L;
static uint8_t g_47 = 0xACL;
static uint16_t g_63 = 0UL;
static int32_t **g_70 = (void*)0;
static int32_t ***g_69 = &g_70;
static int64_t g_92 = 0x4DBBD83FE2F772B8LL;
static int8_t g_142 = 0x76L;
static int8_t *g_141 = &g_142;
static uint32_t g_145 = 9UL;
static uint32_t g_146 = 0xC2E7BD33L;
static int64_t g_182 = (-10L);
static uint32_t g_183 = 4294967293UL;
static uint64_t g_198[4] = {0xA5802A5F00511DE0LL,0xA5802A5F00511DE0LL,0xA5802A5F00511DE0LL,0xA5802A5F00511DE0LL};
static int32_t g_217 = 2L;
static int32_t g_235 = 1L;
static uint16_t **g_266 = (void*)0;
static uint64_t *g_269 = &g_198[0];
static uint64_t  func_1(void);
static uint8_t  func_12(const int32_t * p_13, int8_t  p_14, int32_t  p_15, int32_t * p_16, int32_t * p_17);
static int32_t * func_18(int32_t * p_19);
static uint64_t  func_1(void)
{ 
    int32_t *l_2 = &g_3;
    int32_t *l_4 = &g_3;
    int32_t *l_5[2][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
    int8_t l_42 = (-9L);
    uint8_t l_66 = 0x68L;
    uint32_t l_164 = 0UL;
    uint16_t *l_196 = &g_63;
    uint32_t *l_233 = &g_183;
    uint8_t l_254 = 3UL;
    int i, j;
    g_7[0]--;
    for (g_3 = 0; (g_3 <= 0); g_3 = safe_add_func_uint8_t_u_u(g_3, 1))
    { 
        int32_t *l_20 = &g_3;
        int32_t l_43[2][1];
        int32_t **l_126 = &l_4;
        uint32_t *l_143 = (void*)0;
        uint32_t *l_144 = &g_145;
        int64_t l_158 = 0xB1C9D1C1E51B7A5ALL;
        int32_t l_195 = 2L;
        uint16_t *l_219 = &g_63;
        int8_t l_230 = 0x87L;
        int64_t l_252[4][3];
        int8_t l_257 = 6L;
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_43[i][j] = (-1L);
        }
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 3; j++)
                l_252[i][j] = 0x5CF9645D199DA16FLL;
        }
    }
    return (*l_2);
}
static uint8_t  func_12(const int32_t * p_13, int8_t  p_14, int32_t  p_15, int32_t * p_16, int32_t * p_17)
{ 
    int32_t *l_44 = &g_23;
    int32_t **l_45 = &l_44;
    l_44 = l_44;
    (*l_45) = &g_3;
    (*p_16) = ((void*)0 == (*l_45));
    return (*l_44);
}
static int32_t * func_18(int32_t * p_19)
{ 
    int32_t *l_22 = &g_3;
    int32_t **l_21 = &l_22;
    int32_t *l_26 = &g_23;
    int32_t *l_27 = &g_23;
    int32_t *l_28 = (void*)0;
    int32_t *l_29 = &g_23;
    int32_t l_30[3];
    int32_t *l_31 = &l_30[0];
    int32_t *l_32[4];
    int i;
    for (i = 0; i < 3; i++)
        l_30[i] = (-5L);
    for (i = 0; i < 4; i++)
        l_32[i] = (void*)0;
    (*l_21) = &g_3;
    for (g_23 = 10; (g_23 != (-19)); --g_23)
    { 
        return &g_3;
    }
    (*l_26) |= (*l_22);
    ++g_33;
    return p_19;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_6, "g_6", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_7[i], "g_7[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_92, "g_92", print_hash_value);
    transparent_crc(g_142, "g_142", print_hash_value);
    transparent_crc(g_145, "g_145", print_hash_value);
    transparent_crc(g_146, "g_146", print_hash_value);
    transparent_crc(g_182, "g_182", print_hash_value);
    transparent_crc(g_183, "g_183", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_198[i], "g_198[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_217, "g_217", print_hash_value);
    transparent_crc(g_235, "g_235", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
