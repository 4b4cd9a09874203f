#include "csmith.h"
static long __undefined;
static int32_t g_5 = (-2L);
static uint8_t g_26 = 0x6FL;
static uint8_t g_28 = 1UL;
static int32_t *g_31 = &g_5;
static int32_t **g_30 = &g_31;
static uint16_t g_40 = 0xEEBCL;
static uint16_t g_42 = 65532UL;
static uint8_t g_52 = 9UL;
static uint32_t g_60 = 0UL;
static int32_t g_68 = 0xBDB26F1AL;
static int32_t g_71 = 0x3C403CB7L;
static int16_t g_73 = 0xA18FL;
static int8_t g_74 = 0x96L;
static uint64_t g_86 = 0x224176C37093F07CLL;
static uint64_t g_88[3] = {18446744073709551615UL,18446744073709551615UL,18446744073709551615UL};
static uint32_t g_174[2][3] = {{0xBD1554CCL,0xBD1554CCL,0xBD1554CCL},{0xDE09C777L,0xDE09C777L,0xDE09C777L}};
static int16_t g_215 = (-1L);
static int16_t g_216 = 0L;
static uint32_t g_220 = 7UL;
static int32_t g_224 = 1L;
static int64_t g_226 = 0x98DDEFA42DB36039LL;
static int64_t g_228[4][4] = {{(-1L),(-1L),(-1L),(-1L)},{(-9L),1L,(-9L),(-1L)},{(-9L),(-1L),(-1L),(-9L)},{(-1L),(-1L),(-1L),(-1L)}};
static uint16_t g_229 = 0UL;
static int32_t g_269 = 0x9429A37BL;
static int32_t g_270 = (-8L);
static uint32_t g_271 = 0x984EDDFCL;
static int8_t g_274 = 0x31L;
static int32_t g_275[2] = {0x7959B7E8L,0x7959B7E8L};
static uint16_t g_276 = 0UL;
static int32_t  func_1(void);
static int32_t * func_10(uint64_t  p_11, int32_t ** p_12);
static uint16_t  func_13(uint16_t  p_14, uint8_t  p_15, uint32_t  p_16, int32_t ** p_17);
static int32_t  func_1(void)
{ 
    int32_t *l_4 = &g_5;
    int32_t **l_8 = &l_4;
    int8_t l_9[2][3] = {{(-4L),(-4L),(-4L)},{3L,3L,3L}};
    int8_t l_29 = 0x41L;
    int64_t *l_350 = &g_228[3][1];
    int i, j;
    (*l_8) = (((safe_add_func_int32_t_s_s((((void*)0 == l_4) == (*l_4)), g_5)) >= ((((safe_div_func_uint8_t_u_u(g_5, 0xA9L)) && 0x2AB76D6092F644ACLL) && (*l_4)) , (-8L))) , &g_5);
    for (g_5 = 0; (g_5 <= 1); g_5 += 1)
    { 
        uint8_t *l_25 = &g_26;
        uint8_t *l_27 = &g_28;
        int32_t l_124[2][4] = {{(-7L),(-7L),(-7L),(-7L)},{(-7L),(-7L),(-7L),(-7L)}};
        int32_t **l_125 = &l_4;
        int16_t *l_298[1][1];
        int32_t *l_299 = &g_270;
        int64_t *l_312 = &g_226;
        const uint64_t *l_339 = &g_88[0];
        const uint64_t **l_338[3];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_298[i][j] = &g_215;
        }
        for (i = 0; i < 3; i++)
            l_338[i] = &l_339;
        (*g_30) = (g_5 , func_10(((func_13(g_5, (((1L ^ (!(safe_rshift_func_uint16_t_u_u(((safe_lshift_func_uint8_t_u_u((safe_div_func_uint32_t_u_u(5UL, ((((*l_27) = ((*l_25) |= (0xC2F1FCC1L | g_5))) & l_29) , 4294967293UL))), (**l_8))) , (**l_8)), 4)))) != 1UL) == g_5), (*l_4), g_30) == l_124[1][0]) != 0x28L), l_125));
        (*l_299) = ((-10L) && ((safe_lshift_func_int16_t_s_s((g_216 = (+((safe_mod_func_int8_t_s_s(((safe_div_func_uint32_t_u_u((safe_mod_func_uint32_t_u_u(((safe_sub_func_int8_t_s_s(0x9FL, ((safe_mul_func_int16_t_s_s((safe_lshift_func_int8_t_s_u((((((safe_lshift_func_int8_t_s_u((**l_8), (((((1UL & (safe_lshift_func_int8_t_s_s(g_40, g_40))) <= g_228[1][0]) & (**l_125)) & (*l_4)) != g_228[3][1]))) ^ 0x2310BAFB8AB7BDC0LL) <= g_73) , g_28) >= 0xA0B4DBACL), 7)), g_88[0])) != g_228[2][1]))) , g_274), g_275[1])), (**g_30))) < g_224), (**l_125))) || 18446744073709551606UL))), (**l_125))) | g_174[0][2]));
        (*g_30) = ((*l_125) = (*l_125));
        for (g_42 = 0; (g_42 <= 1); g_42 += 1)
        { 
            int32_t l_316 = 0xABB43ABCL;
            uint32_t l_341 = 0x7A7B21ABL;
            int i, j;
            (*l_299) = 8L;
            if ((safe_rshift_func_int16_t_s_u((l_299 == l_299), (safe_mul_func_uint16_t_u_u((safe_add_func_int64_t_s_s(((safe_lshift_func_int16_t_s_s((safe_lshift_func_int8_t_s_s((safe_sub_func_int16_t_s_s((((void*)0 == l_312) , ((((!((l_316 = (safe_mul_func_int8_t_s_s(((l_9[g_42][(g_42 + 1)] = l_9[g_42][(g_5 + 1)]) > g_275[0]), g_28))) , l_9[g_42][(g_5 + 1)])) >= 0x87L) == (**l_125)) <= g_86)), 0L)), g_174[0][1])), 7)) ^ g_52), (**l_125))), (**l_8))))))
            { 
                return (**g_30);
            }
            else
            { 
                uint8_t l_333 = 255UL;
                (*l_299) |= (g_86 == 1UL);
                (*l_299) |= (safe_div_func_uint64_t_u_u(((safe_mul_func_int8_t_s_s((0L == (safe_sub_func_uint16_t_u_u((g_26 ^ (((safe_sub_func_int64_t_s_s(((safe_sub_func_int32_t_s_s((safe_rshift_func_uint16_t_u_s(65535UL, 11)), (safe_lshift_func_uint8_t_u_s((g_52 &= g_229), (safe_rshift_func_int8_t_s_s((0x1E6766C9L < (**g_30)), l_333)))))) , 1L), (*l_4))) == 0L) , g_275[0])), 0x9805L))), 0x74L)) <= 0xB0CF147B23B8671DLL), g_28));
                g_270 = ((g_220 && (safe_add_func_int8_t_s_s(((0x7B6EL == g_216) ^ (*l_4)), (((safe_add_func_int64_t_s_s(0xED315BEF1D057D9BLL, g_275[0])) , 0x709750C5L) < (**g_30))))) , l_333);
            }
            for (g_68 = 1; (g_68 >= 0); g_68 -= 1)
            { 
                const uint64_t ***l_340 = &l_338[2];
                (*l_340) = l_338[2];
                (*l_299) ^= l_341;
            }
        }
    }
    (**l_8) = (~((((((~(g_216 ^ ((*l_4) < (((safe_add_func_int64_t_s_s(g_42, ((*l_350) = (*l_4)))) && ((void*)0 == &g_42)) < 0xEA14511DL)))) & (**g_30)) <= (**l_8)) , g_60) ^ g_226) , 0UL));
    return (*g_31);
}
static int32_t * func_10(uint64_t  p_11, int32_t ** p_12)
{ 
    int64_t l_126 = 0x7CC63A23B0424951LL;
    int32_t l_129 = 5L;
    int8_t *l_136 = &g_74;
    int8_t **l_135 = &l_136;
    const uint16_t *l_164 = &g_42;
    const uint32_t * const l_211 = &g_174[1][2];
    int32_t l_225 = (-7L);
    int32_t *l_262 = &l_225;
    int32_t *l_263 = &l_129;
    int32_t *l_264 = &l_129;
    int32_t *l_265 = &l_225;
    int32_t *l_266 = (void*)0;
    int32_t *l_267 = &g_68;
    int32_t *l_268[1][2];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_268[i][j] = &l_225;
    }
    if ((0x17L < l_126))
    { 
        int8_t **l_134 = (void*)0;
        int32_t l_140[4][4] = {{0x783734BBL,0xC4A096ABL,0x86CC2DAEL,0xC4A096ABL},{0xFCEF4919L,0x783734BBL,0x86CC2DAEL,0xFCEF4919L},{0L,0x783734BBL,0x783734BBL,0L},{0x783734BBL,0L,(-1L),8L}};
        int16_t l_155 = (-1L);
        const uint16_t *l_175 = &g_42;
        int8_t *l_176 = &g_74;
        uint16_t l_212 = 1UL;
        int i, j;
        for (g_73 = 17; (g_73 != (-23)); g_73 = safe_sub_func_int64_t_s_s(g_73, 4))
        { 
            uint64_t l_130 = 0xAF491B13FB221D91LL;
            int8_t *l_132 = (void*)0;
            int8_t **l_131 = &l_132;
            int8_t ***l_133 = &l_131;
            l_129 = ((void*)0 != &p_11);
            l_130 = (*g_31);
            (*l_133) = l_131;
            l_135 = l_134;
        }
lbl_157:
        for (p_11 = 8; (p_11 >= 2); --p_11)
        { 
            int64_t l_139 = (-3L);
            l_139 = l_129;
        }
        if ((g_26 ^ (g_5 <= (l_140[1][3] == (safe_div_func_int64_t_s_s(((safe_add_func_int16_t_s_s((((((~(safe_rshift_func_uint8_t_u_u((safe_add_func_uint32_t_u_u(((safe_mul_func_int16_t_s_s((safe_mod_func_uint32_t_u_u(g_42, (safe_unary_minus_func_int64_t_s(((0xF8L | 0xD7L) <= g_73))))), l_140[0][3])) , g_52), (-2L))), g_42))) & p_11) , l_155) ^ g_42) , 3L), 0L)) ^ p_11), 0x7237AF67482672F8LL))))))
        { 
            int32_t *l_156 = &l_140[1][3];
            (*g_30) = l_156;
        }
        else
        { 
            uint8_t *l_158 = (void*)0;
            uint8_t *l_159 = &g_26;
            uint32_t *l_173 = &g_174[1][2];
            int32_t *l_191 = &l_140[1][3];
            int32_t l_223 = (-6L);
            for (g_42 = 0; (g_42 <= 3); g_42 += 1)
            { 
                if (g_68)
                    goto lbl_157;
            }
        }
    }
    else
    { 
        uint64_t l_238 = 0UL;
        int32_t l_247 = 0xD0B477D3L;
        int32_t l_252[2];
        uint32_t l_259 = 0UL;
        int i;
        for (i = 0; i < 2; i++)
            l_252[i] = (-6L);
        for (g_74 = 0; (g_74 == 23); g_74 = safe_add_func_uint8_t_u_u(g_74, 2))
        { 
            uint64_t *l_244[3][1];
            uint64_t **l_243 = &l_244[0][0];
            int64_t *l_245 = (void*)0;
            int64_t *l_246[1][3];
            int32_t l_248 = (-4L);
            int32_t l_249[1][4] = {{(-1L),(-1L),(-1L),(-1L)}};
            uint16_t *l_250 = (void*)0;
            uint16_t *l_251[4] = {&g_229,&g_229,&g_229,&g_229};
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_244[i][j] = &l_238;
            }
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_246[i][j] = &g_228[3][1];
            }
            g_68 = (safe_lshift_func_uint16_t_u_s((l_252[1] |= ((((((l_238 || (((safe_div_func_uint16_t_u_u(65533UL, g_174[1][0])) & ((l_248 = ((l_247 &= (&p_11 != ((*l_243) = &p_11))) | 0x41FD75004CB6478ELL)) <= g_68)) , p_11)) >= 4UL) | l_249[0][2]) != p_11) , (void*)0) == &l_135)), 7));
            if (l_238)
            { 
                int32_t *l_253 = &l_252[1];
                int32_t *l_254 = &g_68;
                int32_t *l_255 = &l_129;
                int32_t *l_256 = &g_68;
                int32_t *l_257 = (void*)0;
                int32_t *l_258 = (void*)0;
                l_259++;
                (*l_255) = l_238;
            }
            else
            { 
                return (*g_30);
            }
            if (l_238)
                continue;
            if ((**g_30))
                break;
        }
    }
    --g_271;
    ++g_276;
    return (*p_12);
}
static uint16_t  func_13(uint16_t  p_14, uint8_t  p_15, uint32_t  p_16, int32_t ** p_17)
{ 
    int32_t **l_32 = (void*)0;
    uint16_t *l_39 = &g_40;
    uint16_t *l_41 = &g_42;
    uint64_t l_55[3][2] = {{18446744073709551615UL,8UL},{18446744073709551615UL,18446744073709551615UL},{8UL,18446744073709551615UL}};
    int32_t l_56[3][3] = {{0L,0L,0L},{0xD85846CFL,0xD85846CFL,0xD85846CFL},{0L,0L,0L}};
    int i, j;
    if ((((((l_32 == &g_31) ^ ((p_17 == (void*)0) == ((safe_lshift_func_uint16_t_u_s(((*l_41) = ((*l_39) = (safe_sub_func_uint8_t_u_u((safe_lshift_func_int16_t_s_s(((**p_17) == p_14), g_5)), g_26)))), 14)) , 0xE06DFE53505CE4ECLL))) , (-3L)) <= g_26) > p_16))
    { 
        const uint8_t *l_45 = (void*)0;
        int32_t l_47 = (-1L);
        int32_t l_49 = 0xF61160DDL;
        int32_t l_72 = 0xB25F501BL;
        uint32_t l_75 = 0xCDB5163BL;
        for (p_14 = (-15); (p_14 > 17); p_14 = safe_add_func_uint64_t_u_u(p_14, 1))
        { 
            const uint8_t **l_46 = &l_45;
            int32_t l_58[1];
            int i;
            for (i = 0; i < 1; i++)
                l_58[i] = 0L;
            if ((((*l_46) = l_45) == (void*)0))
            { 
                int32_t *l_48 = &l_47;
                int32_t l_50 = (-6L);
                int32_t *l_51[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_51[i] = &l_50;
                l_47 = (0x19FF40B3L & 0xE0855BBBL);
                l_50 |= (l_49 = ((*l_48) = 0L));
                g_52--;
                (*l_48) = l_55[2][0];
            }
            else
            { 
                return g_42;
            }
            if ((**g_30))
            { 
                int32_t *l_57 = &l_56[0][1];
                int32_t *l_59 = &l_56[0][2];
                int32_t *l_67 = (void*)0;
                int32_t *l_69 = &l_58[0];
                int32_t *l_70[3][1];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_70[i][j] = (void*)0;
                }
                (*g_30) = (*p_17);
                g_60--;
                (*l_57) = (safe_sub_func_uint16_t_u_u(0xFC01L, (l_58[0] > (((*l_39) = (((safe_add_func_uint8_t_u_u(p_14, g_28)) & 1L) , 0UL)) ^ g_26))));
                --l_75;
            }
            else
            { 
                uint64_t *l_81 = &l_55[0][0];
                uint64_t *l_84 = (void*)0;
                uint64_t *l_85 = &g_86;
                uint64_t *l_87 = &g_88[0];
                int32_t *l_89 = &l_49;
                int32_t *l_90 = &l_72;
                (*l_89) ^= (((!(safe_mod_func_int32_t_s_s((**g_30), (**p_17)))) | ((*l_87) |= ((*l_85) = (++(*l_81))))) , (0xDCL & (-10L)));
                (*l_90) &= ((*l_89) |= 0x42B182C9L);
            }
            if ((*g_31))
                continue;
        }
    }
    else
    { 
        int32_t * const l_91 = &g_68;
        uint64_t *l_110 = &g_88[1];
        (*p_17) = l_91;
        if (((safe_rshift_func_uint8_t_u_s(p_15, g_71)) > (**p_17)))
        { 
            int32_t **l_94 = (void*)0;
            int32_t **l_95[3][3];
            int32_t **l_96[4];
            int32_t **l_97 = &g_31;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 3; j++)
                    l_95[i][j] = &g_31;
            }
            for (i = 0; i < 4; i++)
                l_96[i] = &g_31;
            (*l_97) = l_91;
            (*g_30) = (*g_30);
        }
        else
        { 
            uint8_t *l_101 = &g_28;
            uint8_t **l_100 = &l_101;
            int32_t l_106 = 0x2F2E681AL;
            int8_t *l_107[1][1];
            int32_t l_108 = 0xD4C3CCEAL;
            int32_t l_109 = (-3L);
            uint64_t **l_111[3][2] = {{&l_110,&l_110},{&l_110,&l_110},{&l_110,&l_110}};
            uint64_t *l_112 = (void*)0;
            uint8_t l_121[3][3] = {{248UL,1UL,1UL},{248UL,1UL,1UL},{248UL,1UL,1UL}};
            int32_t *l_122 = &l_108;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_107[i][j] = (void*)0;
            }
            l_109 ^= (safe_lshift_func_uint16_t_u_u((l_100 == ((safe_rshift_func_int16_t_s_s((safe_mul_func_uint16_t_u_u((0x98L ^ ((l_106 = g_42) & ((l_108 |= (g_26 != p_16)) < 255UL))), p_14)), 15)) , &l_101)), g_88[2]));
            (*g_31) = ((l_112 = l_110) != &g_88[0]);
            (*l_122) &= (l_121[0][1] = ((((**l_100) &= ((((*l_91) , (*g_30)) == (*g_30)) , (safe_mod_func_uint64_t_u_u((safe_div_func_int32_t_s_s(((safe_mul_func_int8_t_s_s(((((safe_rshift_func_uint8_t_u_u(p_16, ((g_5 , (void*)0) == &g_40))) != p_14) , p_15) != (*l_91)), 0x68L)) && l_109), 0xC981C0E1L)), 6UL)))) >= 0x19L) | g_86));
        }
        (*p_17) = (*p_17);
    }
    for (g_68 = 1; (g_68 >= 0); g_68 -= 1)
    { 
        int16_t l_123 = 0xACEFL;
        return l_123;
    }
    (*g_30) = (*g_30);
    return g_28;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    transparent_crc(g_28, "g_28", print_hash_value);
    transparent_crc(g_40, "g_40", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_68, "g_68", print_hash_value);
    transparent_crc(g_71, "g_71", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    transparent_crc(g_74, "g_74", print_hash_value);
    transparent_crc(g_86, "g_86", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_88[i], "g_88[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_174[i][j], "g_174[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_215, "g_215", print_hash_value);
    transparent_crc(g_216, "g_216", print_hash_value);
    transparent_crc(g_220, "g_220", print_hash_value);
    transparent_crc(g_224, "g_224", print_hash_value);
    transparent_crc(g_226, "g_226", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_228[i][j], "g_228[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_229, "g_229", print_hash_value);
    transparent_crc(g_269, "g_269", print_hash_value);
    transparent_crc(g_270, "g_270", print_hash_value);
    transparent_crc(g_271, "g_271", print_hash_value);
    transparent_crc(g_274, "g_274", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_275[i], "g_275[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_276, "g_276", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
