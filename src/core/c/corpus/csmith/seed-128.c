#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0xA48BBCA6L;
static uint8_t g_42 = 0xB1L;
static uint16_t g_60 = 0x1D2DL;
static uint16_t g_64 = 0xBDB6L;
static uint8_t *g_69 = (void*)0;
static int64_t g_74[1][2] = {{(-7L),(-7L)}};
static int64_t g_90[4] = {3L,3L,3L,3L};
static uint16_t g_91 = 0xA0BDL;
static int8_t g_100 = 0xF8L;
static int8_t g_103 = (-1L);
static uint32_t g_112 = 0x7EB5F43EL;
static uint32_t g_116 = 0x5621C9A8L;
static int32_t g_146 = 0x927B072BL;
static int32_t g_150 = 0xADA34CB0L;
static int16_t  func_1(void);
static int32_t  func_5(int64_t  p_6, uint64_t  p_7, uint32_t  p_8);
static const uint32_t  func_24(uint64_t  p_25, uint32_t  p_26);
static int16_t  func_1(void)
{ 
    int32_t l_27 = 0x1BC383C6L;
    const int32_t l_124 = 0xFF66F6C6L;
    uint8_t *l_125[2];
    int32_t l_126 = 0x55787DF3L;
    int64_t *l_127 = &g_74[0][1];
    int64_t *l_128 = &g_90[0];
    uint16_t *l_129[2];
    int32_t l_130 = 0L;
    int32_t *l_156 = (void*)0;
    int32_t *l_157 = &g_2;
    int i;
    for (i = 0; i < 2; i++)
        l_125[i] = &g_42;
    for (i = 0; i < 2; i++)
        l_129[i] = &g_64;
    for (g_2 = (-13); (g_2 <= (-26)); g_2 = safe_sub_func_int64_t_s_s(g_2, 7))
    { 
        return g_2;
    }
    (*l_157) = func_5((safe_lshift_func_uint16_t_u_s((safe_rshift_func_uint16_t_u_u((l_130 = (safe_rshift_func_uint8_t_u_s(((!(safe_div_func_int64_t_s_s(((*l_128) = ((*l_127) = ((safe_mod_func_int32_t_s_s(((l_126 = (safe_sub_func_uint16_t_u_u((func_24(l_27, g_2) && ((safe_sub_func_int64_t_s_s((safe_add_func_uint64_t_u_u(l_124, (l_27 < 0x3EDB7DE5L))), l_27)) & g_74[0][1])), g_90[0]))) || l_124), g_64)) < 0UL))), l_124))) | (-1L)), g_64))), 1)), l_124)), g_64, l_124);
    return (*l_157);
}
static int32_t  func_5(int64_t  p_6, uint64_t  p_7, uint32_t  p_8)
{ 
    uint8_t l_133 = 0x8FL;
    int32_t l_136[4] = {0x7B4EC183L,0x7B4EC183L,0x7B4EC183L,0x7B4EC183L};
    uint8_t **l_154[3][4] = {{&g_69,&g_69,&g_69,&g_69},{&g_69,&g_69,&g_69,&g_69},{&g_69,&g_69,&g_69,&g_69}};
    int32_t *l_155 = &g_150;
    int i, j;
    for (g_103 = 0; (g_103 < (-2)); --g_103)
    { 
        return l_133;
    }
    for (g_2 = 0; (g_2 == 16); g_2 = safe_add_func_uint64_t_u_u(g_2, 4))
    { 
        int32_t *l_137 = (void*)0;
        int32_t *l_138 = (void*)0;
        int32_t *l_139 = &l_136[3];
        int32_t *l_140 = (void*)0;
        int32_t *l_141 = (void*)0;
        int32_t *l_142 = &l_136[3];
        int32_t l_143 = 0xD4FE02E2L;
        int32_t *l_144 = &l_143;
        int32_t *l_145 = &l_143;
        int32_t *l_147 = (void*)0;
        int32_t *l_148 = &l_143;
        int32_t *l_149[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
        uint64_t l_151[3][3] = {{0x4A1005E543FC1E9FLL,0x4A1005E543FC1E9FLL,0x4A1005E543FC1E9FLL},{0UL,1UL,0UL},{0x4A1005E543FC1E9FLL,0x4A1005E543FC1E9FLL,0x4A1005E543FC1E9FLL}};
        int i, j;
        ++l_151[2][1];
    }
    (*l_155) = ((g_69 = &l_133) == (void*)0);
    return (*l_155);
}
static const uint32_t  func_24(uint64_t  p_25, uint32_t  p_26)
{ 
    int32_t *l_28 = &g_2;
    int32_t l_45 = (-5L);
    uint16_t *l_99 = (void*)0;
    int32_t l_104 = 0L;
    int32_t l_108 = 8L;
    int32_t l_110 = 8L;
    int32_t l_111[2][1];
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_111[i][j] = 0x5D312257L;
    }
lbl_79:
    (*l_28) ^= (-8L);
    for (g_2 = 0; (g_2 > 28); g_2 = safe_add_func_uint16_t_u_u(g_2, 3))
    { 
        uint16_t l_31 = 0xF230L;
        if (l_31)
            break;
    }
    for (p_25 = 0; (p_25 >= 34); ++p_25)
    { 
        uint32_t l_40 = 4294967292UL;
        int32_t l_109 = 0L;
        int32_t *l_115[2][1];
        int32_t **l_119 = &l_28;
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_115[i][j] = &l_110;
        }
        for (p_26 = (-27); (p_26 != 47); p_26 = safe_add_func_uint64_t_u_u(p_26, 2))
        { 
            uint8_t *l_41 = &g_42;
            uint16_t *l_59 = &g_60;
            uint16_t *l_63[4][3] = {{&g_64,&g_64,&g_64},{&g_64,&g_64,&g_64},{&g_64,&g_64,&g_64},{&g_64,&g_64,&g_64}};
            int32_t l_65[4] = {0L,0L,0L,0L};
            const int32_t l_70[4][2] = {{0x32F520A0L,0x32F520A0L},{0x32F520A0L,0x32F520A0L},{0x32F520A0L,0x32F520A0L},{0x32F520A0L,0x32F520A0L}};
            uint16_t l_101 = 0x8A35L;
            int i, j;
            if ((safe_mul_func_int8_t_s_s((safe_div_func_uint8_t_u_u(((*l_41) = l_40), (safe_mul_func_uint16_t_u_u(l_45, ((safe_rshift_func_int8_t_s_u(0L, ((((safe_rshift_func_uint16_t_u_s((safe_add_func_int64_t_s_s((g_2 == (((((safe_mul_func_int16_t_s_s((+(safe_mul_func_uint16_t_u_u((l_65[3] = ((*l_59)--)), (safe_unary_minus_func_int8_t_s((safe_mod_func_int16_t_s_s((g_69 != g_69), 0x99FFL))))))), p_26)) | p_26) , l_65[3]) < p_26) <= 0UL)), g_64)), 2)) && (*l_28)) , 0xF5L) ^ p_25))) | (-1L)))))), l_70[0][0])))
            { 
                int64_t *l_73 = &g_74[0][1];
                int32_t l_75[3][4] = {{1L,0L,0L,1L},{0L,1L,0L,0L},{1L,1L,0L,1L}};
                int i, j;
                (*l_28) = (safe_div_func_int64_t_s_s((((*l_73) = ((void*)0 == &g_64)) == (l_75[1][3] , (~p_25))), (safe_div_func_uint64_t_u_u(p_26, g_42))));
            }
            else
            { 
                uint32_t *l_89[3];
                uint16_t **l_98[3][3] = {{(void*)0,&l_59,&l_59},{(void*)0,&l_59,&l_59},{(void*)0,&l_59,&l_59}};
                int8_t *l_102 = &g_103;
                int32_t l_105 = 0xF16A1EA5L;
                int32_t l_106 = 0x7CFF1CC5L;
                int32_t *l_107[2];
                int i, j;
                for (i = 0; i < 3; i++)
                    l_89[i] = &l_40;
                for (i = 0; i < 2; i++)
                    l_107[i] = (void*)0;
                if (l_45)
                    goto lbl_79;
                g_2 = (safe_lshift_func_int8_t_s_s((((*l_59) = (((safe_mul_func_int8_t_s_s(((*l_102) = ((+(safe_lshift_func_int16_t_s_s(((5L <= ((safe_sub_func_uint32_t_u_u((g_91--), (safe_mul_func_uint16_t_u_u(((safe_mul_func_uint8_t_u_u(g_2, ((l_63[0][1] == (l_99 = (void*)0)) & (((g_100 = (p_26 | g_2)) , 0x9ADBE56FL) , 0xB7C80BFD7802F47DLL)))) >= p_25), p_25)))) ^ p_25)) <= p_26), l_101))) | 0xC4L)), p_26)) , (void*)0) != (void*)0)) && p_25), 6));
                ++g_112;
                if (p_26)
                    break;
            }
        }
        g_116++;
        (*l_119) = (g_100 , &g_2);
    }
    return g_90[0];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_64, "g_64", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_74[i][j], "g_74[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_90[i], "g_90[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_91, "g_91", print_hash_value);
    transparent_crc(g_100, "g_100", print_hash_value);
    transparent_crc(g_103, "g_103", print_hash_value);
    transparent_crc(g_112, "g_112", print_hash_value);
    transparent_crc(g_116, "g_116", print_hash_value);
    transparent_crc(g_146, "g_146", print_hash_value);
    transparent_crc(g_150, "g_150", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
