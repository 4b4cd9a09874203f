#include "csmith.h"
static long __undefined;
struct S0 {
   int8_t  f0;
   uint32_t  f1;
   uint32_t  f2;
   int8_t  f3;
   uint8_t  f4;
   uint32_t  f5;
   const uint32_t  f6;
   int8_t  f7;
   int32_t  f8;
};
struct S1 {
   uint32_t  f0;
   uint32_t  f1;
   int32_t  f2;
   uint16_t  f3;
   uint8_t  f4;
   uint8_t  f5;
   uint16_t  f6;
   uint32_t  f7;
};
struct S2 {
   uint8_t  f0;
   int32_t  f1;
   int16_t  f2;
   uint64_t  f3;
   int8_t  f4;
};
static int32_t g_3[4] = {1L,1L,1L,1L};
static int64_t g_16 = (-1L);
static int32_t g_18 = 0x298C245EL;
static int32_t *g_30 = &g_18;
static struct S1 g_38 = {3UL,4294967288UL,6L,1UL,0x10L,9UL,1UL,0xEFD9132EL};
static uint32_t g_92 = 4294967295UL;
static int32_t g_95 = 0x7979DB4EL;
static uint64_t g_96 = 0xBFDD649878E731B5LL;
static struct S1 g_106 = {1UL,7UL,0xE0D8C1B6L,0x6B54L,0x86L,0xBDL,0x3D76L,18446744073709551615UL};
static const struct S0 g_107 = {0x75L,5UL,0x2EB29FA7L,0x91L,0xB1L,2UL,0xA6A4DFBEL,6L,-9L};
static const int32_t *g_117[4] = {&g_107.f8,&g_107.f8,&g_107.f8,&g_107.f8};
static const int32_t **g_116 = &g_117[3];
static struct S2 g_126 = {247UL,8L,1L,1UL,0x40L};
static int8_t g_135[2] = {0L,0L};
static uint16_t g_136 = 65526UL;
static uint64_t g_140[3] = {0xBCA6F5D40A597C7DLL,0xBCA6F5D40A597C7DLL,0xBCA6F5D40A597C7DLL};
static uint32_t g_190[3][2] = {{1UL,1UL},{1UL,1UL},{1UL,1UL}};
static struct S0  func_1(void);
static int32_t  func_19(int32_t * p_20, int32_t * p_21, uint16_t  p_22, int32_t * p_23, const int32_t * p_24);
static int32_t * func_31(uint32_t  p_32);
static struct S0  func_1(void)
{ 
    struct S2 l_2[1][2] = {{{255UL,1L,-2L,0x8F0D0714AD38DC53LL,-1L},{255UL,1L,-2L,0x8F0D0714AD38DC53LL,-1L}}};
    const int32_t l_15 = 0x9EBEF9F3L;
    int32_t *l_78 = &g_38.f2;
    int32_t *l_81 = &g_3[2];
    uint32_t l_113 = 0x8F9AD1E1L;
    int32_t l_132 = (-1L);
    int32_t l_134 = (-1L);
    uint16_t l_154 = 65528UL;
    int32_t l_181 = 0x2D74585EL;
    int32_t l_182 = 0L;
    uint32_t l_183 = 1UL;
    int i, j;
    for (g_3[2] = 0; (g_3[2] <= 0); g_3[2] += 1)
    { 
        uint16_t l_8 = 1UL;
        int32_t *l_17 = &g_18;
        uint8_t l_33 = 253UL;
        struct S2 l_128 = {1UL,7L,0L,1UL,-10L};
        int32_t l_133 = 0L;
        int32_t *l_143 = &l_132;
        int32_t *l_144 = &l_133;
        int32_t *l_145 = &l_133;
        int32_t *l_146 = &g_18;
        int32_t *l_147 = (void*)0;
        int32_t *l_148 = (void*)0;
        int32_t *l_149 = (void*)0;
        int32_t l_150[3][1];
        int32_t *l_151 = &g_38.f2;
        int32_t *l_152 = &g_106.f2;
        int32_t *l_153[3];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_150[i][j] = 0x9FD6B0DCL;
        }
        for (i = 0; i < 3; i++)
            l_153[i] = &l_133;
    }
    for (g_106.f7 = 20; (g_106.f7 != 60); ++g_106.f7)
    { 
        int32_t l_159[1][2];
        int32_t l_179 = (-1L);
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_159[i][j] = 0x62AC07F3L;
        }
        for (g_126.f0 = 0; (g_126.f0 <= 2); g_126.f0 += 1)
        { 
            uint16_t l_160[1];
            uint8_t l_167 = 3UL;
            int32_t l_170 = 0x3243ED31L;
            int32_t *l_171 = &g_38.f2;
            int32_t *l_172 = &l_159[0][1];
            int32_t *l_173 = &g_106.f2;
            int32_t *l_174 = &l_134;
            int32_t *l_175 = &g_3[3];
            int32_t *l_176 = &g_18;
            int32_t *l_177 = &g_38.f2;
            int32_t *l_178[4];
            int8_t l_180 = (-1L);
            int i;
            for (i = 0; i < 1; i++)
                l_160[i] = 0UL;
            for (i = 0; i < 4; i++)
                l_178[i] = &g_3[2];
            --l_160[0];
            for (g_38.f6 = 0; (g_38.f6 <= 2); g_38.f6 += 1)
            { 
                int32_t *l_163 = &l_159[0][1];
                int32_t *l_164 = &g_3[2];
                int32_t *l_165 = (void*)0;
                int32_t *l_166[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
                int i;
                --l_167;
            }
            l_183--;
            for (g_16 = 2; (g_16 >= 0); g_16 -= 1)
            { 
                int i;
                (*l_172) = g_140[g_16];
                (*g_116) = (void*)0;
                (*l_175) = g_140[g_16];
            }
        }
        (*l_81) = (((safe_add_func_uint32_t_u_u(((*l_81) && (g_106.f4 < (safe_rshift_func_uint16_t_u_u(g_106.f3, 15)))), ((0xB7909106084136D5LL == ((g_106.f6 & g_190[1][0]) == g_106.f6)) ^ g_107.f5))) > g_38.f4) | l_159[0][1]);
    }
    return g_107;
}
static int32_t  func_19(int32_t * p_20, int32_t * p_21, uint16_t  p_22, int32_t * p_23, const int32_t * p_24)
{ 
    int8_t l_86 = 0L;
    struct S0 l_88[2] = {{-1L,0xEEF4A51DL,18446744073709551612UL,0x9AL,0x88L,0x3885E37CL,0UL,-1L,0x17685C13L},{-1L,0xEEF4A51DL,18446744073709551612UL,0x9AL,0x88L,0x3885E37CL,0UL,-1L,0x17685C13L}};
    uint32_t *l_89 = &l_88[0].f5;
    int32_t l_93 = 0x4217F867L;
    int32_t *l_94 = &g_18;
    int i;
    (*l_94) |= (safe_div_func_uint64_t_u_u(((safe_add_func_int8_t_s_s((-2L), (l_86 < (~(((*l_89) = (l_88[0] , g_38.f2)) < (safe_mul_func_int8_t_s_s((l_93 ^= (0xAAB3L || g_92)), p_22))))))) && g_38.f7), p_22));
    return (*g_30);
}
static int32_t * func_31(uint32_t  p_32)
{ 
    uint64_t l_44 = 0x581CA9286DF497A8LL;
    int32_t *l_50 = &g_18;
    int32_t ** const l_49 = &l_50;
    struct S2 l_51[4] = {{0x91L,0xCD8B12ACL,3L,0x9B4DB59FB14BE569LL,0L},{0x91L,0xCD8B12ACL,3L,0x9B4DB59FB14BE569LL,0L},{0x91L,0xCD8B12ACL,3L,0x9B4DB59FB14BE569LL,0L},{0x91L,0xCD8B12ACL,3L,0x9B4DB59FB14BE569LL,0L}};
    uint16_t l_52 = 3UL;
    int8_t *l_53[1][2];
    int32_t l_54[4][4] = {{0x70ADFF40L,0x70ADFF40L,(-1L),0x70ADFF40L},{0x70ADFF40L,(-8L),(-8L),0x70ADFF40L},{(-8L),0x70ADFF40L,(-8L),(-8L)},{0x70ADFF40L,0x70ADFF40L,(-1L),(-8L)}};
    uint64_t *l_55 = &l_51[0].f3;
    int32_t l_56 = 0x0BD24A17L;
    int64_t l_72 = 0xD9BB22B282FFB082LL;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_53[i][j] = &l_51[0].f4;
    }
    for (g_18 = 0; (g_18 <= 26); ++g_18)
    { 
        for (g_16 = 0; (g_16 >= 4); g_16 = safe_add_func_uint16_t_u_u(g_16, 9))
        { 
            struct S1 l_39 = {4294967288UL,0x696B4954L,0x24FF2426L,1UL,255UL,255UL,0x5F03L,18446744073709551610UL};
            struct S1 *l_40 = &l_39;
            (*l_40) = (g_38 , l_39);
        }
    }
    if (((((((*l_55) = ((safe_add_func_int64_t_s_s((safe_unary_minus_func_int16_t_s(l_44)), g_38.f2)) > (l_54[2][1] = (safe_mod_func_int32_t_s_s((safe_div_func_int16_t_s_s(((**l_49) = ((l_49 == (l_51[0] , &l_50)) >= l_52)), p_32)), 4294967291UL))))) , l_56) , 7UL) != 250UL) & g_38.f5))
    { 
        uint32_t l_57 = 0xBFA339BCL;
        l_57++;
        for (p_32 = (-11); (p_32 < 53); p_32++)
        { 
            int32_t *l_62 = (void*)0;
            (*l_49) = &g_18;
            for (g_38.f3 = 0; (g_38.f3 <= 0); g_38.f3 += 1)
            { 
                return l_62;
            }
        }
        return &g_18;
    }
    else
    { 
        uint16_t *l_69 = (void*)0;
        uint64_t *l_70 = &l_44;
        struct S1 l_71[2] = {{0xE3C92AC9L,4294967295UL,0x2CFC9AAEL,0x10F1L,0xDEL,6UL,1UL,18446744073709551613UL},{0xE3C92AC9L,4294967295UL,0x2CFC9AAEL,0x10F1L,0xDEL,6UL,1UL,18446744073709551613UL}};
        int i;
        for (g_38.f6 = 0; g_38.f6 < 4; g_38.f6 += 1)
        {
            struct S2 tmp = {0x9FL,0L,0x3218L,0x58EF108C6EC2A3D9LL,0xD6L};
            l_51[g_38.f6] = tmp;
        }
        (**l_49) = (safe_mod_func_int16_t_s_s(((safe_div_func_uint32_t_u_u((((((g_38.f3 |= p_32) | (l_70 != (void*)0)) || ((l_71[0] , l_70) == (void*)0)) < l_72) || g_3[0]), 5L)) , g_38.f3), g_3[1]));
    }
    for (l_72 = 0; (l_72 == (-20)); l_72--)
    { 
        int32_t *l_77 = &l_54[2][1];
        (**l_49) |= g_16;
        for (g_16 = 0; (g_16 < (-30)); g_16--)
        { 
            (*l_49) = l_77;
            (*l_50) &= g_38.f3;
        }
    }
    return &g_3[2];
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
        transparent_crc(g_3[i], "g_3[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_16, "g_16", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_38.f0, "g_38.f0", print_hash_value);
    transparent_crc(g_38.f1, "g_38.f1", print_hash_value);
    transparent_crc(g_38.f2, "g_38.f2", print_hash_value);
    transparent_crc(g_38.f3, "g_38.f3", print_hash_value);
    transparent_crc(g_38.f4, "g_38.f4", print_hash_value);
    transparent_crc(g_38.f5, "g_38.f5", print_hash_value);
    transparent_crc(g_38.f6, "g_38.f6", print_hash_value);
    transparent_crc(g_38.f7, "g_38.f7", print_hash_value);
    transparent_crc(g_92, "g_92", print_hash_value);
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_96, "g_96", print_hash_value);
    transparent_crc(g_106.f0, "g_106.f0", print_hash_value);
    transparent_crc(g_106.f1, "g_106.f1", print_hash_value);
    transparent_crc(g_106.f2, "g_106.f2", print_hash_value);
    transparent_crc(g_106.f3, "g_106.f3", print_hash_value);
    transparent_crc(g_106.f4, "g_106.f4", print_hash_value);
    transparent_crc(g_106.f5, "g_106.f5", print_hash_value);
    transparent_crc(g_106.f6, "g_106.f6", print_hash_value);
    transparent_crc(g_106.f7, "g_106.f7", print_hash_value);
    transparent_crc(g_107.f0, "g_107.f0", print_hash_value);
    transparent_crc(g_107.f1, "g_107.f1", print_hash_value);
    transparent_crc(g_107.f2, "g_107.f2", print_hash_value);
    transparent_crc(g_107.f3, "g_107.f3", print_hash_value);
    transparent_crc(g_107.f4, "g_107.f4", print_hash_value);
    transparent_crc(g_107.f5, "g_107.f5", print_hash_value);
    transparent_crc(g_107.f6, "g_107.f6", print_hash_value);
    transparent_crc(g_107.f7, "g_107.f7", print_hash_value);
    transparent_crc(g_107.f8, "g_107.f8", print_hash_value);
    transparent_crc(g_126.f0, "g_126.f0", print_hash_value);
    transparent_crc(g_126.f1, "g_126.f1", print_hash_value);
    transparent_crc(g_126.f2, "g_126.f2", print_hash_value);
    transparent_crc(g_126.f3, "g_126.f3", print_hash_value);
    transparent_crc(g_126.f4, "g_126.f4", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_135[i], "g_135[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_136, "g_136", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_140[i], "g_140[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_190[i][j], "g_190[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
