#include "csmith.h"
static long __undefined;
static int32_t g_5 = (-4L);
static int32_t g_16 = 0x26D8D383L;
static int32_t g_22[4][1] = {{0x467356A0L},{0x876A47CDL},{0x467356A0L},{0x876A47CDL}};
static uint32_t g_45 = 0x6A8663C1L;
static int16_t g_49 = 0x0E10L;
static uint8_t g_51 = 0xA5L;
static uint8_t g_53 = 0x12L;
static uint32_t g_82 = 0xA33FE686L;
static uint32_t g_89 = 4294967286UL;
static uint16_t g_94 = 5UL;
static int8_t g_97 = 0x31L;
static int64_t g_137 = (-1L);
static int32_t *g_146 = &g_22[1][0];
static int32_t **g_166[2][4] = {{&g_146,&g_146,&g_146,&g_146},{&g_146,&g_146,&g_146,&g_146}};
static int32_t ***g_165 = &g_166[1][1];
static uint32_t *g_195[2][4] = {{&g_45,&g_45,&g_45,&g_45},{&g_45,&g_45,&g_45,&g_45}};
static int16_t g_200[3][3] = {{(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L)}};
static int64_t g_231 = 0x7847B8FC4EB74D90LL;
static int32_t  func_1(void);
static int32_t * func_2(uint64_t  p_3, const uint32_t  p_4);
static uint16_t  func_8(int8_t  p_9, uint8_t  p_10, uint16_t  p_11);
static int32_t  func_1(void)
{ 
    int32_t **l_248 = &g_146;
    int32_t l_249 = 3L;
    (*l_248) = func_2(g_5, g_5);
    return l_249;
}
static int32_t * func_2(uint64_t  p_3, const uint32_t  p_4)
{ 
    int32_t *l_13 = (void*)0;
    uint8_t *l_57 = &g_51;
    uint8_t **l_56 = &l_57;
    int32_t l_71 = 0L;
    int32_t l_117 = 1L;
    int32_t l_118 = 7L;
    int32_t l_119[4];
    uint32_t l_211 = 4294967295UL;
    const uint32_t * const l_215 = &g_89;
    const uint32_t * const *l_214 = &l_215;
    const uint32_t * const **l_213 = &l_214;
    int32_t *l_219 = &g_22[2][0];
    uint32_t *l_220 = (void*)0;
    uint32_t *l_221 = &g_45;
    int8_t *l_227 = &g_97;
    uint32_t l_228[2];
    int64_t *l_229 = &g_137;
    int64_t *l_230[4][3] = {{&g_231,&g_231,&g_231},{&g_231,&g_231,&g_231},{&g_231,&g_231,&g_231},{&g_231,&g_231,&g_231}};
    uint32_t *l_232 = &l_228[0];
    int16_t *l_234 = &g_49;
    int32_t *l_245 = &g_22[0][0];
    int32_t *l_246[1][1];
    int32_t *l_247[3];
    int i, j;
    for (i = 0; i < 4; i++)
        l_119[i] = 8L;
    for (i = 0; i < 2; i++)
        l_228[i] = 4294967287UL;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_246[i][j] = &l_118;
    }
    for (i = 0; i < 3; i++)
        l_247[i] = (void*)0;
    if ((safe_div_func_uint16_t_u_u(func_8((safe_unary_minus_func_uint8_t_u(g_5)), p_4, ((&g_5 == l_13) && (g_5 | g_5))), g_22[2][0])))
    { 
        int32_t l_35[4];
        uint32_t *l_44 = &g_45;
        int16_t *l_46 = (void*)0;
        int16_t *l_47 = (void*)0;
        int16_t *l_48 = &g_49;
        uint8_t *l_50 = &g_51;
        uint8_t *l_52 = &g_53;
        int32_t *l_55 = &g_22[1][0];
        uint32_t l_92 = 4294967292UL;
        uint8_t l_120 = 247UL;
        const uint8_t * const *l_129 = (void*)0;
        const uint8_t * const **l_128 = &l_129;
        int64_t * const l_145 = &g_137;
        int32_t **l_167 = &l_13;
        int32_t **l_168 = (void*)0;
        int32_t **l_169[3];
        int32_t *l_170 = &g_22[2][0];
        int i;
        for (i = 0; i < 4; i++)
            l_35[i] = 0xA9C5A74DL;
        for (i = 0; i < 3; i++)
            l_169[i] = &l_55;
        if (((safe_mul_func_uint16_t_u_u(p_4, (((safe_rshift_func_uint8_t_u_s(((*l_52) = ((*l_50) = (safe_add_func_uint32_t_u_u((safe_mod_func_int16_t_s_s((((*l_48) = (safe_add_func_uint32_t_u_u((safe_lshift_func_int16_t_s_u(((l_35[3] > (safe_add_func_uint8_t_u_u((((*l_44) = (g_22[1][0] != (safe_add_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_s((safe_rshift_func_int16_t_s_u(((p_3 & (1UL | p_3)) > l_35[3]), 9)), 3)), g_16)))) ^ 1UL), p_3))) & p_4), p_3)), p_3))) ^ p_3), 0x81CDL)), g_5)))), 4)) || (-1L)) , 1L))) || l_35[3]))
        { 
            int32_t **l_54[3];
            uint8_t ***l_58 = &l_56;
            uint8_t **l_70 = &l_52;
            int i;
            for (i = 0; i < 3; i++)
                l_54[i] = (void*)0;
            l_55 = (void*)0;
            (*l_58) = l_56;
            g_22[2][0] &= (p_3 > (!(+((((~0x14L) , &g_53) == ((*l_70) = ((**l_58) = ((safe_mod_func_uint64_t_u_u((safe_lshift_func_int16_t_s_s(((safe_rshift_func_uint16_t_u_u((safe_mul_func_int16_t_s_s((p_4 | 0xA2L), 0x069EL)), 15)) , (-1L)), 2)), 0xF1C74F348F6F7E70LL)) , (*l_56))))) > l_71))));
        }
        else
        { 
            uint32_t *l_88[1][1];
            uint16_t *l_93 = &g_94;
            int8_t *l_95 = (void*)0;
            int8_t *l_96 = &g_97;
            int32_t *l_98 = &g_5;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_88[i][j] = &g_89;
            }
            (*l_98) = ((*l_55) = (safe_div_func_int16_t_s_s((p_4 > (safe_rshift_func_uint8_t_u_s(((*l_52) = (safe_add_func_int8_t_s_s(p_4, ((*l_96) = (safe_mul_func_uint16_t_u_u(((*l_93) = (g_45 <= (((((safe_mul_func_uint16_t_u_u((g_82 &= p_3), (((*l_50) ^= (((*l_48) ^= (l_92 = (safe_lshift_func_int16_t_s_u((((safe_rshift_func_int16_t_s_s((+((g_89++) ^ (p_4 & (*l_55)))), p_3)) != 1UL) > 0xD0L), 0)))) == g_53)) || 1L))) < 1L) < g_22[1][0]) && 0xF67AL) || g_82))), 0x67D6L)))))), 6))), 0x91C1L)));
        }
        if ((safe_lshift_func_uint8_t_u_s((safe_sub_func_uint32_t_u_u(((*l_44) = (safe_lshift_func_int16_t_s_s(l_71, (p_3 & (65534UL == ((safe_add_func_uint32_t_u_u(((g_45 , (safe_mul_func_int16_t_s_s(((safe_rshift_func_uint8_t_u_s((&g_97 == l_57), 7)) <= p_4), 0x3BE1L))) == g_45), 0x04931B73L)) ^ g_97)))))), g_53)), 0)))
        { 
            int32_t *l_111 = &l_35[2];
            int32_t *l_112 = &l_35[3];
            int32_t *l_113 = &l_35[3];
            int32_t l_114 = 0L;
            int32_t *l_115 = &l_35[2];
            int32_t *l_116[3][3] = {{&g_16,(void*)0,(void*)0},{&g_16,(void*)0,&l_71},{(void*)0,&l_71,&l_71}};
            int i, j;
            ++l_120;
            g_22[0][0] = g_22[2][0];
lbl_140:
            if (((p_3 <= 0L) <= (safe_lshift_func_uint16_t_u_s(0x8A15L, 8))))
            { 
                uint8_t ***l_127 = &l_56;
                int64_t *l_136[3][1];
                int32_t **l_138 = &l_116[2][0];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_136[i][j] = &g_137;
                }
                g_5 = (safe_rshift_func_int16_t_s_s((l_127 == l_128), (safe_sub_func_uint8_t_u_u((g_45 >= (0x5946A6819D97827ELL && (safe_rshift_func_int8_t_s_u((safe_rshift_func_int16_t_s_s(((((*l_111) ^= 1L) , l_46) != &g_94), 3)), p_3)))), g_45))));
                (*l_138) = &l_35[0];
            }
            else
            { 
                int32_t **l_139 = &l_55;
                (*l_139) = &g_22[2][0];
                if (p_3)
                    goto lbl_140;
                return &g_5;
            }
            g_16 = (safe_div_func_int32_t_s_s((*l_112), p_3));
        }
        else
        { 
            const int64_t l_153 = 0x478149C9769B2524LL;
            int32_t l_161[2][4];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 4; j++)
                    l_161[i][j] = (-8L);
            }
            for (l_118 = 0; (l_118 <= 0); l_118 += 1)
            { 
                int i;
                if (l_119[l_118])
                    break;
            }
            if ((safe_sub_func_int32_t_s_s(((void*)0 != l_145), p_3)))
            { 
                int32_t **l_147[2][2];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_147[i][j] = &l_55;
                }
                l_55 = (g_146 = &l_35[3]);
                (*g_146) = 0xCB3CA981L;
            }
            else
            { 
                int32_t **l_148 = (void*)0;
                l_13 = &l_119[1];
                l_161[0][3] ^= ((*l_13) ^= (safe_div_func_uint32_t_u_u((safe_div_func_uint16_t_u_u(l_153, ((!((l_153 && g_22[3][0]) && (safe_lshift_func_uint16_t_u_u((g_22[2][0] || (safe_mod_func_uint64_t_u_u((safe_mul_func_int16_t_s_s(((*l_48) = (g_97 & 0xF9L)), (-1L))), 0xA2B020459850BAFFLL))), 12)))) | 0x9A214A04L))), 0xD41E4D89L)));
                (*g_146) ^= (*l_13);
                (*g_146) = (*g_146);
            }
            for (g_137 = 1; (g_137 >= 0); g_137 -= 1)
            { 
                int32_t **l_162[3];
                int32_t ****l_163 = (void*)0;
                const int32_t ****l_164[2][3];
                int i, j;
                for (i = 0; i < 3; i++)
                    l_162[i] = &l_13;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_164[i][j] = (void*)0;
                }
                l_13 = &l_71;
                g_165 = (void*)0;
                if (p_3)
                    continue;
            }
        }
        l_170 = ((*l_167) = &l_117);
        for (l_71 = 0; (l_71 > (-2)); l_71 = safe_sub_func_int8_t_s_s(l_71, 3))
        { 
            int32_t *l_178[2][3];
            int32_t *l_179[2];
            uint16_t l_180[1][1];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 3; j++)
                    l_178[i][j] = &l_118;
            }
            for (i = 0; i < 2; i++)
                l_179[i] = &g_22[2][0];
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_180[i][j] = 65532UL;
            }
            (*l_167) = &l_119[2];
            for (g_16 = 0; (g_16 >= 15); g_16 = safe_add_func_int32_t_s_s(g_16, 7))
            { 
                uint32_t l_177[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_177[i] = 2UL;
                l_177[0] = (safe_lshift_func_uint8_t_u_s(0UL, (p_3 == (*g_146))));
                return l_179[0];
            }
            l_180[0][0]++;
        }
    }
    else
    { 
        int32_t l_201 = 0xC4115E00L;
        int32_t *l_205 = &g_5;
        const uint32_t * const **l_216 = &l_214;
        if ((+(***g_165)))
        { 
            int32_t *l_184 = &g_5;
            (**g_165) = l_184;
            for (g_137 = 0; (g_137 <= 3); g_137 += 1)
            { 
                uint32_t **l_194 = (void*)0;
                int16_t *l_198[3];
                int32_t l_199 = (-1L);
                int32_t *l_202 = &l_117;
                int i;
                for (i = 0; i < 3; i++)
                    l_198[i] = &g_49;
                (**g_165) = (**g_165);
                (*l_184) = (l_119[g_137] &= (safe_rshift_func_int8_t_s_s((((g_22[2][0] && (((safe_sub_func_uint8_t_u_u((((g_49 = (((+((safe_add_func_uint32_t_u_u((0xFC8F34B38B24C033LL <= (((safe_sub_func_int8_t_s_s((((((g_195[0][0] = &g_45) == (void*)0) & ((safe_lshift_func_int16_t_s_u((l_199 = ((g_53 != p_3) ^ g_97)), g_53)) != g_200[2][0])) & 0x29225C9EL) < p_3), p_4)) , 0x62L) , g_22[2][0])), (*g_146))) <= 0xDA6D573B10F1C41FLL)) > p_3) & l_201)) || 0x5FE2L) > 0UL), 0x60L)) ^ g_51) , g_53)) , g_89) >= 1UL), g_22[1][0])));
                (*l_202) &= (*g_146);
            }
        }
        else
        { 
            int32_t *l_203 = &l_119[2];
            int32_t **l_204 = &l_203;
            int32_t *l_206 = &g_5;
            (**g_165) = (void*)0;
            l_206 = (l_205 = ((*l_204) = ((**g_165) = l_203)));
lbl_212:
            (*l_205) = ((((g_200[2][2] & (p_4 < (safe_mod_func_int8_t_s_s((((*l_204) = &l_119[2]) == ((**g_165) = &l_119[2])), (((((safe_add_func_uint32_t_u_u(((*l_205) , l_211), p_4)) , p_3) & p_4) < 0UL) , (*l_205)))))) < 0xCF36308BL) > p_3) | p_3);
            for (g_5 = 1; (g_5 >= 0); g_5 -= 1)
            { 
                if (g_97)
                    goto lbl_212;
            }
        }
        l_216 = l_213;
    }
    l_71 |= (((*l_219) = l_118) | ((*l_232) = ((g_231 = ((((*l_221) = p_4) && (g_82 , (+((*l_229) = ((!(safe_mul_func_int8_t_s_s(((((((*l_227) = (safe_unary_minus_func_int16_t_s(((void*)0 == &l_119[2])))) & (-1L)) ^ p_4) || g_82) , g_5), g_53))) | l_228[0]))))) <= p_3)) <= p_4)));
    (*l_219) = (((+((*l_227) ^= (-1L))) || ((*l_234) = g_16)) == ((**l_56) = ((&g_195[1][3] != &g_195[0][0]) , (safe_lshift_func_uint8_t_u_s(((safe_rshift_func_int8_t_s_u(g_82, p_3)) <= p_3), g_51)))));
    for (g_45 = (-6); (g_45 <= 17); g_45++)
    { 
        int32_t *l_243 = (void*)0;
        int32_t **l_244[1];
        int i;
        for (i = 0; i < 1; i++)
            l_244[i] = &l_243;
        (*l_219) = (safe_sub_func_uint64_t_u_u(0x38BE1AEA985D862FLL, ((0x73F839FAA199BFBALL < (p_3 || p_4)) , p_3)));
        l_219 = l_243;
        return l_245;
    }
    return l_247[1];
}
static uint16_t  func_8(int8_t  p_9, uint8_t  p_10, uint16_t  p_11)
{ 
    int32_t *l_14 = &g_5;
    int32_t *l_15 = &g_16;
    (*l_15) = ((*l_14) = (0x6C31L >= 0xBB6BL));
    for (g_5 = (-19); (g_5 <= (-23)); --g_5)
    { 
        int8_t l_21 = (-6L);
        (*l_15) = (0L | (((safe_mul_func_int8_t_s_s(p_9, (p_9 , ((void*)0 == &g_5)))) >= l_21) <= p_10));
    }
    return g_16;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_16, "g_16", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_22[i][j], "g_22[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_51, "g_51", print_hash_value);
    transparent_crc(g_53, "g_53", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_89, "g_89", print_hash_value);
    transparent_crc(g_94, "g_94", print_hash_value);
    transparent_crc(g_97, "g_97", print_hash_value);
    transparent_crc(g_137, "g_137", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_200[i][j], "g_200[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_231, "g_231", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
