#include "csmith.h"
static long __undefined;
struct S0 {
   int64_t  f0;
   uint8_t  f1;
};
static uint32_t g_4[4][2] = {{0x386CCE57L,0x386CCE57L},{0x386CCE57L,0x386CCE57L},{0x386CCE57L,0x386CCE57L},{0x386CCE57L,0x386CCE57L}};
static uint8_t g_8 = 0x94L;
static uint16_t g_27 = 0UL;
static int32_t g_29[1] = {0xC698DC50L};
static struct S0 g_30 = {6L,1UL};
static int32_t *g_62 = (void*)0;
static int32_t *g_63 = (void*)0;
static uint16_t *g_67 = &g_27;
static uint16_t **g_66 = &g_67;
static int32_t **g_77 = &g_63;
static const int32_t g_99 = 0xF9ED6128L;
static const int32_t *g_100[1][1] = {{(void*)0}};
static const int32_t g_102 = (-10L);
static const int32_t g_104 = (-8L);
static int32_t ***g_179[3] = {&g_77,&g_77,&g_77};
static int32_t ****g_178 = &g_179[1];
static uint64_t g_181[2][2] = {{0x9E22738764672D5CLL,0x9E22738764672D5CLL},{0x9E22738764672D5CLL,0x9E22738764672D5CLL}};
static int8_t  func_1(void);
static int32_t  func_10(int32_t * p_11, struct S0  p_12, uint16_t  p_13, int32_t * p_14, uint64_t  p_15);
static int32_t * func_16(uint8_t  p_17, const int8_t  p_18);
static int8_t  func_1(void)
{ 
    uint8_t l_2 = 7UL;
    int32_t *l_3 = (void*)0;
    int32_t l_9 = 0x76EEA530L;
    uint32_t l_149[2][4] = {{5UL,5UL,5UL,5UL},{5UL,5UL,5UL,5UL}};
    int64_t l_153 = 0x0663F4A469532523LL;
    int32_t l_155 = 0L;
    int32_t l_156 = (-6L);
    int32_t l_157 = (-2L);
    int32_t l_158 = 7L;
    int32_t l_160 = 1L;
    int32_t l_161 = (-1L);
    int32_t l_189 = 3L;
    struct S0 l_192 = {0L,0xCEL};
    struct S0 *l_193[4][2];
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
            l_193[i][j] = &l_192;
    }
    g_4[1][1] = l_2;
    for (l_2 = 0; (l_2 == 25); l_2 = safe_add_func_uint8_t_u_u(l_2, 1))
    { 
        uint8_t *l_7[4][1] = {{(void*)0},{&g_8},{(void*)0},{&g_8}};
        int32_t l_19 = 1L;
        uint16_t *l_26 = &g_27;
        int32_t *l_31 = &g_29[0];
        int8_t l_152 = 0x1CL;
        int32_t l_154 = 0x50A6A30DL;
        int32_t l_159[4][3];
        uint32_t *l_174 = &l_149[1][2];
        uint64_t *l_180 = &g_181[1][1];
        int64_t *l_190 = &g_30.f0;
        const int64_t l_191 = 0L;
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 3; j++)
                l_159[i][j] = 7L;
        }
        (*l_31) = ((l_9 = (g_4[1][1] < g_4[1][1])) >= ((func_10(func_16(l_19, ((safe_mul_func_uint16_t_u_u(((*l_26) &= ((g_4[2][1] > (safe_sub_func_uint32_t_u_u((safe_mul_func_uint16_t_u_u((l_19 | 8UL), 0UL)), g_4[0][0]))) < g_8)), g_4[1][1])) , g_27)), g_30, l_2, l_31, g_30.f1) != g_4[1][1]) , g_29[0]));
        for (g_30.f0 = 11; (g_30.f0 != 10); g_30.f0--)
        { 
            int32_t *l_138 = &l_19;
            int32_t *l_139 = &g_29[0];
            int32_t *l_140 = &g_29[0];
            int32_t *l_141 = &l_19;
            int32_t *l_142 = (void*)0;
            int32_t *l_143 = &g_29[0];
            int32_t *l_144 = &l_19;
            int32_t *l_145 = &g_29[0];
            int32_t *l_146 = (void*)0;
            int32_t *l_147 = &l_19;
            int32_t *l_148[2];
            uint32_t l_162 = 1UL;
            int i;
            for (i = 0; i < 2; i++)
                l_148[i] = &l_9;
            l_149[1][2]--;
            (*l_141) ^= (*l_31);
            for (g_30.f1 = 0; (g_30.f1 <= 0); g_30.f1 += 1)
            { 
                (*g_77) = (void*)0;
            }
            l_162--;
        }
        l_159[0][2] ^= (safe_div_func_int8_t_s_s(((safe_lshift_func_uint16_t_u_u(((+((safe_sub_func_uint8_t_u_u((0UL > (((safe_lshift_func_int8_t_s_s((((*l_174)++) || g_29[0]), (!(((((*l_180) = (g_178 == (void*)0)) && ((((*l_190) = (((((!(((((safe_rshift_func_uint8_t_u_u((safe_mod_func_uint8_t_u_u(((safe_mul_func_uint16_t_u_u(((-1L) > g_4[3][1]), 1UL)) <= 0x587DBDDAL), 248UL)), 6)) > 0xB36EDBC130D5CC4ELL) && g_102) != 0xA49BL) < g_27)) > l_2) & g_29[0]) >= 0xF883B221092AB5C4LL) & l_189)) <= 0xF36B146F0B4F4BDDLL) ^ (-1L))) != g_30.f1) != g_30.f1)))) , &g_67) == (void*)0)), g_102)) & 0xBADBB8D56C0C754DLL)) | l_191), 13)) <= 0x9FEDBC89140009A9LL), g_102));
        if (l_155)
            continue;
    }
    g_30 = l_192;
    return g_30.f0;
}
static int32_t  func_10(int32_t * p_11, struct S0  p_12, uint16_t  p_13, int32_t * p_14, uint64_t  p_15)
{ 
    int8_t l_43[3];
    int32_t l_48 = (-1L);
    int32_t l_50 = 1L;
    int32_t l_52 = 0x6FDE0027L;
    int32_t l_53 = 1L;
    int32_t l_55[3];
    uint16_t **l_64 = (void*)0;
    const int32_t *l_105 = &l_52;
    struct S0 * const l_132 = &g_30;
    struct S0 l_135 = {0xBC4ACA091E0C8585LL,0xC9L};
    int i;
    for (i = 0; i < 3; i++)
        l_43[i] = 0xA8L;
    for (i = 0; i < 3; i++)
        l_55[i] = 3L;
    for (p_15 = 0; (p_15 >= 36); p_15 = safe_add_func_uint32_t_u_u(p_15, 3))
    { 
        struct S0 l_36 = {0xD050B7F45B6D4F50LL,0xE1L};
        int32_t l_49 = 0xD6B9EC49L;
        int32_t l_51 = 7L;
        int32_t l_54[4] = {9L,9L,9L,9L};
        int32_t l_57 = (-5L);
        uint8_t l_58 = 0x33L;
        uint16_t ***l_65 = (void*)0;
        uint16_t ***l_68 = &l_64;
        int32_t **l_76 = &g_62;
        int32_t ***l_75[4][2] = {{&l_76,(void*)0},{(void*)0,&l_76},{(void*)0,(void*)0},{&l_76,(void*)0}};
        uint64_t l_91[3];
        int32_t **l_96 = &g_63;
        const int32_t *l_103 = &g_104;
        uint32_t l_124 = 1UL;
        int i, j;
        for (i = 0; i < 3; i++)
            l_91[i] = 0x478FC7E913C9C0DALL;
    }
    l_48 = (((**g_66) || (safe_mod_func_int64_t_s_s(((*l_105) , (safe_mod_func_int32_t_s_s(((**g_66) || 9L), (((((((void*)0 == l_132) ^ g_30.f1) >= 0xB8E5B17DL) & (*l_105)) ^ 0x52A9382D2773B058LL) , (*l_105))))), p_12.f0))) ^ g_29[0]);
    for (l_50 = 0; (l_50 >= 4); l_50 = safe_add_func_uint32_t_u_u(l_50, 7))
    { 
        return (*p_11);
    }
    (*l_132) = l_135;
    return (*p_14);
}
static int32_t * func_16(uint8_t  p_17, const int8_t  p_18)
{ 
    int32_t *l_28 = &g_29[0];
    return l_28;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_4[i][j], "g_4[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_27, "g_27", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_29[i], "g_29[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_30.f0, "g_30.f0", print_hash_value);
    transparent_crc(g_30.f1, "g_30.f1", print_hash_value);
    transparent_crc(g_99, "g_99", print_hash_value);
    transparent_crc(g_102, "g_102", print_hash_value);
    transparent_crc(g_104, "g_104", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_181[i][j], "g_181[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
