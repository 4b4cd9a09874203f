#include "csmith.h"
static long __undefined;
static int32_t g_2 = 1L;
static int32_t g_5 = 0x1F94964AL;
static int32_t g_8[1][1] = {{0x4822B165L}};
static int32_t g_24 = 0x3B0CF5AAL;
static uint8_t g_26 = 255UL;
static uint32_t g_34[4][3] = {{0xF30385D0L,0xF30385D0L,0xF30385D0L},{0xF30385D0L,0xF30385D0L,0xF30385D0L},{0xF30385D0L,0xF30385D0L,0xF30385D0L},{0xF30385D0L,0xF30385D0L,0xF30385D0L}};
static uint32_t g_38 = 0x9E3C8D3FL;
static uint32_t *g_37 = &g_38;
static int16_t g_42[1] = {(-10L)};
static uint64_t g_73 = 0xB5E4941AE2D2C906LL;
static uint32_t g_82 = 0xE0EEEF66L;
static int32_t *g_87 = &g_24;
static int8_t g_102 = 0x26L;
static uint16_t g_112 = 0x8DA2L;
static uint16_t g_116[1][3] = {{0UL,0UL,0UL}};
static int8_t g_123 = 0L;
static int8_t g_124[2] = {0x10L,0x10L};
static uint16_t g_125 = 65529UL;
static int32_t g_131 = 4L;
static uint16_t g_132 = 0UL;
static uint32_t g_150 = 0x85BE0904L;
static int32_t g_183 = 0x287346C3L;
static uint32_t  func_1(void);
static uint16_t  func_11(int64_t  p_12, const uint32_t  p_13, uint32_t  p_14, int32_t  p_15);
static int32_t * func_18(int32_t * p_19, int32_t * p_20);
static uint32_t  func_1(void)
{ 
    const int32_t l_16 = 0x10FECAFEL;
    int32_t *l_159 = (void*)0;
    const int64_t l_168 = 8L;
    int8_t l_171[2];
    int32_t l_182 = 0x883E6589L;
    int32_t l_185 = 0xF43482B3L;
    int32_t l_188 = 0x83C1FD70L;
    int32_t l_190 = 0xE0A6E62EL;
    int32_t l_193 = 0x276A10C0L;
    int16_t l_196 = 0x5D6FL;
    int32_t l_197 = (-8L);
    int32_t l_198 = 0x960850B4L;
    int32_t l_200[3][1];
    int8_t *l_216 = &l_171[1];
    int8_t *l_217 = &g_102;
    int32_t l_218 = 0x40C40D8DL;
    int32_t *l_219[2];
    int32_t *l_220 = &l_193;
    int32_t *l_221[4][4] = {{(void*)0,&g_24,(void*)0,&g_24},{(void*)0,&g_24,(void*)0,&g_24},{(void*)0,&g_24,(void*)0,&g_24},{(void*)0,&g_24,(void*)0,&g_24}};
    uint32_t l_222[3][4] = {{0xA795F43DL,18446744073709551611UL,0xA795F43DL,18446744073709551611UL},{0xA795F43DL,18446744073709551611UL,0xA795F43DL,18446744073709551611UL},{0xA795F43DL,18446744073709551611UL,0xA795F43DL,18446744073709551611UL}};
    int32_t l_225[1][1];
    int i, j;
    for (i = 0; i < 2; i++)
        l_171[i] = 0L;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_200[i][j] = 0xF4A9A9FAL;
    }
    for (i = 0; i < 2; i++)
        l_219[i] = &g_131;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_225[i][j] = (-1L);
    }
    for (g_2 = 15; (g_2 < 23); g_2++)
    { 
        int8_t l_178[1][4];
        int32_t *l_179[2];
        int8_t l_187 = 0x29L;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_178[i][j] = 0x0CL;
        }
        for (i = 0; i < 2; i++)
            l_179[i] = (void*)0;
        for (g_5 = (-3); (g_5 == 28); g_5 = safe_add_func_int16_t_s_s(g_5, 8))
        { 
            uint32_t l_156 = 0x2EC59D27L;
            int32_t l_157[3][1];
            uint32_t l_169[3][4];
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_157[i][j] = 0x286A6E12L;
            }
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 4; j++)
                    l_169[i][j] = 0xE8E123B5L;
            }
            for (g_8[0][0] = (-30); (g_8[0][0] <= 26); ++g_8[0][0])
            { 
                int32_t *l_155 = &g_24;
                int32_t **l_158 = (void*)0;
            }
            for (g_102 = 7; (g_102 > (-3)); g_102 = safe_sub_func_uint32_t_u_u(g_102, 3))
            { 
                uint16_t * const l_165 = &g_132;
                int16_t *l_172 = &g_42[0];
                uint64_t l_177 = 0x7730FBAA5094A51ALL;
                g_8[0][0] &= (l_169[0][2] = ((safe_rshift_func_int8_t_s_s((((~(l_157[2][0] = (*g_87))) , l_165) == &g_112), 6)) == (safe_rshift_func_uint16_t_u_s(((((void*)0 == &g_125) <= 0xA516L) < l_168), 5))));
                (*g_87) &= ((((((+((*l_172) |= (((2L > g_8[0][0]) , l_171[0]) != l_157[2][0]))) >= (safe_sub_func_int16_t_s_s((((*g_37) = ((safe_add_func_uint64_t_u_u((g_38 | g_26), g_124[1])) && l_177)) != l_169[0][2]), l_178[0][3]))) || 0x6B62L) & 0xD3F7E234L) == 0xA2A3A725CFA702CALL) <= g_73);
            }
        }
        g_8[0][0] &= (*g_87);
        for (g_5 = 0; (g_5 <= 0); g_5 += 1)
        { 
            int32_t **l_180 = &l_179[1];
            int32_t l_184 = 0x66E71845L;
            int32_t l_186 = 0xC171E5B3L;
            int32_t l_191 = 4L;
            int32_t l_194 = 1L;
            int32_t l_199 = 0xB7566744L;
            int32_t l_201 = 0x68D4868EL;
            uint32_t l_202 = 0UL;
        }
        if (l_193)
            break;
    }
    (*g_87) = (safe_lshift_func_int8_t_s_u((0xD8L ^ (safe_sub_func_uint32_t_u_u((((g_131 = ((((safe_mul_func_int32_t_s_s((*g_87), ((safe_mod_func_uint32_t_u_u((g_8[0][0] >= (((*l_217) = ((*l_216) &= (safe_unary_minus_func_uint64_t_u(((g_124[0] |= l_188) && ((*g_37) >= (*g_87))))))) && 0x29L)), 1L)) & l_218))) == g_116[0][2]) < g_24) & g_42[0])) , g_38) == g_116[0][1]), (*g_87)))), g_112));
    ++l_222[0][2];
    (*l_220) |= (*g_87);
    return l_225[0][0];
}
static uint16_t  func_11(int64_t  p_12, const uint32_t  p_13, uint32_t  p_14, int32_t  p_15)
{ 
    int64_t l_17[1][3];
    int32_t *l_21 = (void*)0;
    int32_t **l_138 = &g_87;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_17[i][j] = 0x27213EC752F67D50LL;
    }
    for (p_12 = 0; (p_12 >= 0); p_12 -= 1)
    { 
        int32_t *l_22[4][4] = {{(void*)0,&g_5,&g_5,(void*)0},{&g_5,(void*)0,&g_5,&g_5},{(void*)0,(void*)0,&g_2,(void*)0},{(void*)0,&g_5,&g_5,(void*)0}};
        int32_t **l_137 = &l_22[3][0];
        int i, j;
        for (p_14 = 0; (p_14 <= 0); p_14 += 1)
        { 
            int32_t *l_135 = (void*)0;
            int32_t **l_136 = &l_135;
        }
        (*l_137) = &g_5;
        if ((*g_87))
            continue;
        return p_12;
    }
    (*l_138) = &p_15;
    for (g_82 = 12; (g_82 >= 4); g_82 = safe_sub_func_int64_t_s_s(g_82, 2))
    { 
        int32_t *l_141 = &g_24;
        int32_t *l_142 = &g_24;
        int32_t *l_143 = (void*)0;
        int32_t *l_144 = &g_24;
        int32_t *l_145 = &g_24;
        int32_t *l_146 = &g_24;
        int32_t *l_147 = &g_24;
        int32_t *l_148 = &g_24;
        int32_t *l_149[4] = {&g_2,&g_2,&g_2,&g_2};
        int i;
        --g_150;
        (**l_138) = (safe_rshift_func_int8_t_s_s(p_13, (**l_138)));
        for (g_73 = 0; g_73 < 1; g_73 += 1)
        {
            for (g_123 = 0; g_123 < 3; g_123 += 1)
            {
                l_17[g_73][g_123] = 0L;
            }
        }
    }
    return g_73;
}
static int32_t * func_18(int32_t * p_19, int32_t * p_20)
{ 
    int32_t *l_23 = &g_24;
    int32_t *l_25[4][3] = {{&g_8[0][0],&g_8[0][0],&g_24},{&g_2,&g_2,&g_24},{&g_8[0][0],&g_8[0][0],&g_24},{&g_2,&g_2,&g_24}};
    int64_t l_31 = 0x0B63E91CB64B6930LL;
    uint32_t *l_32 = (void*)0;
    uint32_t *l_33[1];
    int64_t l_39 = 0x9B2235412097756ELL;
    int16_t *l_40 = (void*)0;
    int16_t *l_41 = &g_42[0];
    uint32_t l_103 = 4294967295UL;
    uint64_t *l_117 = &g_73;
    int i, j;
    for (i = 0; i < 1; i++)
        l_33[i] = &g_34[1][1];
    g_26++;
    if (((*l_23) = ((0xBA25L != (safe_sub_func_uint8_t_u_u(((((*l_41) &= ((*l_23) <= ((g_34[1][1] |= l_31) & ((safe_div_func_uint32_t_u_u((((void*)0 != g_37) & 0x538EL), l_39)) > (*l_23))))) && 0x708CL) <= (-1L)), (*l_23)))) >= (*l_23))))
    { 
        uint32_t *l_43 = &g_34[1][1];
        const int32_t l_54 = 5L;
        uint64_t *l_80 = &g_73;
        uint64_t **l_79[3];
        int i;
        for (i = 0; i < 3; i++)
            l_79[i] = &l_80;
        if (((g_5 != (l_25[1][0] == l_43)) , 0L))
        { 
            uint32_t l_55 = 0xED870B1CL;
            int32_t l_76 = (-7L);
            int32_t l_77 = 1L;
            uint8_t *l_100 = (void*)0;
            uint8_t *l_101[2];
            int i;
            for (i = 0; i < 2; i++)
                l_101[i] = (void*)0;
            for (l_31 = 0; (l_31 > (-27)); l_31 = safe_sub_func_int32_t_s_s(l_31, 8))
            { 
                (*l_23) = (g_34[0][0] & g_34[1][1]);
            }
            if ((+((safe_add_func_uint64_t_u_u((((((((((safe_mul_func_uint16_t_u_u((~(0xD09DL && (safe_sub_func_uint32_t_u_u((*g_37), 1L)))), g_34[1][2])) < ((void*)0 != p_19)) > 0xCA01DC0BF288841FLL) == 0x411BC31BL) < 0xD41D66485393F1BFLL) >= l_54) ^ l_54) ^ 7UL) > l_55), l_55)) , g_26)))
            { 
                uint8_t l_60 = 0x2FL;
                uint64_t *l_72 = &g_73;
                int32_t l_78 = 0x10F8796DL;
                g_24 &= g_34[0][1];
                l_78 |= ((((*l_41) ^= ((l_77 ^= (((safe_sub_func_uint32_t_u_u((safe_lshift_func_int16_t_s_u(l_60, 1)), (l_54 != (safe_sub_func_uint64_t_u_u((safe_rshift_func_uint8_t_u_s(l_60, 5)), (safe_lshift_func_int8_t_s_s(((safe_mod_func_int32_t_s_s((safe_lshift_func_int16_t_s_s((((~(((((0x031552AE0D08F1B1LL == ((*l_72)--)) && 0UL) , g_34[3][2]) < g_8[0][0]) >= g_8[0][0])) < (*l_23)) < g_2), g_2)), (*g_37))) && l_76), l_60))))))) < g_8[0][0]) , 0L)) != l_54)) && 65533UL) , 0L);
            }
            else
            { 
                uint64_t ***l_81 = &l_79[1];
                (*l_81) = l_79[2];
                ++g_82;
                return p_20;
            }
            for (g_38 = (-17); (g_38 != 4); g_38++)
            { 
                int32_t **l_88 = &l_23;
                (*l_88) = (g_87 = (void*)0);
                if (g_38)
                    continue;
            }
            l_103 &= (l_77 &= (((safe_sub_func_uint16_t_u_u(l_54, ((safe_rshift_func_uint8_t_u_u((g_8[0][0] , (g_102 = (safe_div_func_uint16_t_u_u((safe_add_func_int16_t_s_s((0x66L || ((~(((((safe_lshift_func_int16_t_s_s(l_54, 1)) & 0UL) , (-1L)) | l_55) > g_26)) || l_76)), g_8[0][0])), l_54)))), g_5)) >= 9UL))) & l_54) < g_2));
        }
        else
        { 
            return &g_8[0][0];
        }
    }
    else
    { 
        uint64_t *l_105 = &g_73;
        uint64_t **l_104 = &l_105;
        uint16_t *l_110 = (void*)0;
        uint16_t *l_111 = &g_112;
        uint16_t *l_115[3];
        int32_t l_118 = (-4L);
        int32_t l_130 = 0L;
        int i;
        for (i = 0; i < 3; i++)
            l_115[i] = &g_116[0][2];
        l_104 = (void*)0;
        (*l_23) = (*g_87);
        (*l_23) = (safe_div_func_int16_t_s_s((g_8[0][0] > (safe_lshift_func_int16_t_s_u(((g_116[0][2] = (++(*l_111))) != (((((void*)0 == l_117) | (*l_23)) < (g_102 != l_118)) < 0x35L)), l_118))), g_73));
        for (g_102 = 0; (g_102 >= 11); g_102 = safe_add_func_uint64_t_u_u(g_102, 8))
        { 
            int16_t **l_128 = &l_40;
            for (l_103 = 0; (l_103 != 51); l_103 = safe_add_func_int8_t_s_s(l_103, 3))
            { 
                int16_t ***l_129 = &l_128;
                g_125--;
                (*l_129) = l_128;
                g_132++;
            }
            (*l_23) = l_118;
        }
    }
    g_24 = 0x58B857EBL;
    return p_20;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_8[i][j], "g_8[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_24, "g_24", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_34[i][j], "g_34[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_38, "g_38", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_42[i], "g_42[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_73, "g_73", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_102, "g_102", print_hash_value);
    transparent_crc(g_112, "g_112", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_116[i][j], "g_116[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_123, "g_123", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_124[i], "g_124[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_125, "g_125", print_hash_value);
    transparent_crc(g_131, "g_131", print_hash_value);
    transparent_crc(g_132, "g_132", print_hash_value);
    transparent_crc(g_150, "g_150", print_hash_value);
    transparent_crc(g_183, "g_183", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
