#include "csmith.h"
static long __undefined;
static int32_t g_14 = 0x0BD035C5L;
static int32_t *g_13 = &g_14;
static int32_t g_22 = 0x4F3F7E81L;
static uint16_t g_31 = 0UL;
static int64_t g_43 = (-4L);
static int32_t *g_46[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
static int8_t g_61[3] = {(-1L),(-1L),(-1L)};
static const int64_t g_66 = 0L;
static const int64_t g_68 = 0x46227A4C96F5CA20LL;
static const int64_t *g_67 = &g_68;
static const int64_t g_70 = 0x5B3EA3FEE22E7E12LL;
static uint64_t g_103 = 0xBBD1554CC1AE132CLL;
static uint32_t g_130 = 4294967289UL;
static uint16_t *g_138[3][2] = {{&g_31,&g_31},{&g_31,&g_31},{&g_31,&g_31}};
static uint16_t **g_137 = &g_138[1][1];
static uint16_t ***g_136 = &g_137;
static uint64_t g_176[2][3] = {{18446744073709551615UL,18446744073709551615UL,18446744073709551615UL},{1UL,1UL,1UL}};
static uint16_t ****g_189 = &g_136;
static int32_t g_237[1] = {0x9C716773L};
static int16_t g_271 = (-10L);
static uint8_t g_283 = 0xD4L;
static uint8_t g_287 = 0xB3L;
static const int32_t *g_309 = &g_22;
static int32_t ***g_320 = (void*)0;
static const int32_t  func_1(void);
static int32_t * func_2(int32_t * p_3, uint64_t  p_4, int32_t * p_5, int16_t  p_6, int32_t * p_7);
static int32_t * func_8(int32_t * p_9, int32_t * const  p_10, int32_t * p_11, int32_t * p_12);
static const int32_t  func_1(void)
{ 
    int32_t *l_16[2][1];
    int32_t **l_15 = &l_16[1][0];
    int32_t *l_17 = (void*)0;
    uint64_t *l_102 = &g_103;
    uint16_t ***l_139 = (void*)0;
    int8_t l_140 = 0x6EL;
    uint64_t l_147 = 0xE29750D2B45C538BLL;
    uint64_t l_170 = 0xE846025C1FB0D216LL;
    uint32_t l_193 = 0x6A3191A9L;
    uint32_t l_196 = 1UL;
    uint32_t *l_207 = &g_130;
    int8_t l_208 = (-7L);
    uint32_t l_215 = 18446744073709551613UL;
    uint64_t l_221 = 0x88184EF315A7A7B2LL;
    uint64_t l_234 = 0x836CF51DF5792ACDLL;
    int8_t l_235 = 0xB1L;
    int16_t *l_242[3][3];
    int32_t *l_269 = &g_22;
    uint16_t l_322 = 1UL;
    int64_t l_323 = (-6L);
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_16[i][j] = &g_14;
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
            l_242[i][j] = (void*)0;
    }
    (*l_15) = func_2(func_8(g_13, ((*l_15) = &g_14), &g_14, l_17), g_43, g_46[1], g_43, g_46[1]);
    if (((--(*l_102)) , (**l_15)))
    { 
        int8_t l_111 = 1L;
        uint16_t l_126 = 0x25DFL;
        int64_t *l_127 = &g_43;
        int16_t l_128 = 0x7F62L;
        uint32_t *l_129 = &g_130;
        uint16_t l_131 = 6UL;
        if (((safe_mul_func_int8_t_s_s(((+((safe_add_func_int32_t_s_s((l_111 ^ ((((l_111 > (((*l_129) = (safe_mul_func_uint16_t_u_u((safe_sub_func_uint64_t_u_u((safe_add_func_int8_t_s_s(((safe_mul_func_int8_t_s_s((**l_15), ((safe_add_func_int64_t_s_s(((*l_127) = (((safe_mul_func_uint16_t_u_u(g_68, ((safe_lshift_func_uint8_t_u_u(0x52L, l_126)) | (*g_13)))) & l_111) > (*g_13))), (**l_15))) | l_111))) >= l_126), l_111)), l_128)), g_31))) | g_31)) > l_128) || g_61[1]) != (*g_13))), l_126)) < g_66)) > 0x74FDE4B572696F31LL), l_131)) & g_61[2]))
        { 
            const int32_t l_132 = (-1L);
            return l_132;
        }
        else
        { 
            uint16_t **l_135 = (void*)0;
            uint16_t ***l_134 = &l_135;
            uint16_t ****l_133[3][4] = {{&l_134,&l_134,&l_134,&l_134},{&l_134,&l_134,&l_134,&l_134},{&l_134,&l_134,&l_134,&l_134}};
            int i, j;
            g_136 = (void*)0;
            l_139 = &g_137;
        }
        (**l_15) = l_111;
        if ((((**l_15) != (l_140 >= l_126)) > (*g_13)))
        { 
            (**l_15) ^= (safe_div_func_uint8_t_u_u(g_103, 1L));
        }
        else
        { 
            return (**l_15);
        }
    }
    else
    { 
        uint32_t l_146 = 6UL;
        int32_t l_148 = 0L;
        uint32_t l_160[3][4] = {{18446744073709551611UL,3UL,3UL,18446744073709551611UL},{3UL,18446744073709551611UL,3UL,3UL},{18446744073709551611UL,18446744073709551611UL,0UL,18446744073709551611UL}};
        int32_t *l_171 = &g_14;
        int32_t l_177 = 0x9175DF6FL;
        uint64_t l_178 = 1UL;
        int i, j;
        if ((0UL & ((l_148 = ((((+1UL) , g_61[2]) == (safe_rshift_func_uint16_t_u_s(1UL, 11))) > (((l_146 , l_147) == g_68) && g_22))) , g_43)))
        { 
            int32_t * const l_159[4][2] = {{&g_14,&g_14},{&g_14,&g_14},{&g_14,&g_14},{&g_14,&g_14}};
            uint16_t l_175 = 0x1DA0L;
            int i, j;
            (*g_13) = (g_61[0] && ((safe_lshift_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s((((safe_add_func_int64_t_s_s(((safe_sub_func_int64_t_s_s((safe_mod_func_uint8_t_u_u(g_61[2], ((&g_14 != l_159[2][0]) , 255UL))), 0L)) == g_130), l_160[0][2])) | g_68) != (*g_67)), 3)), 8)) == 0x74L));
            if (g_103)
                goto lbl_172;
lbl_172:
            for (l_140 = 18; (l_140 < (-24)); l_140 = safe_sub_func_int8_t_s_s(l_140, 3))
            { 
                l_171 = func_2((*l_15), g_61[2], &g_22, ((&g_13 != ((((safe_sub_func_uint8_t_u_u((+((safe_mul_func_uint8_t_u_u((safe_div_func_uint64_t_u_u((((((g_66 != (-1L)) & 1UL) , (**l_15)) , (void*)0) != (void*)0), l_170)), g_130)) > g_14)), g_14)) > 65535UL) <= g_68) , &g_46[0])) , (**l_15)), &g_14);
            }
            g_176[0][1] ^= (g_14 ^ ((g_43 = (*g_67)) , (safe_add_func_uint64_t_u_u((4L || 0x7EBDL), (l_175 | (*l_171))))));
            --l_178;
        }
        else
        { 
            uint16_t ****l_190 = (void*)0;
            int32_t l_194 = 0xE9A62ABBL;
            int32_t l_195 = 0x275FDE82L;
            l_195 ^= (g_176[0][2] , (safe_div_func_uint8_t_u_u((safe_sub_func_int8_t_s_s((((**l_15) != (((safe_sub_func_int64_t_s_s(((g_189 = &l_139) == l_190), ((safe_lshift_func_uint8_t_u_s(((0x9F2B396CL < (*g_13)) ^ 4294967294UL), l_193)) < 4UL))) | (*g_67)) >= g_103)) && 0L), (*l_171))), l_194)));
        }
    }
    if (((((((l_196 > (g_176[0][1] <= (((((safe_mod_func_int8_t_s_s((safe_rshift_func_int16_t_s_s((safe_mod_func_uint32_t_u_u(((*l_207) = ((*g_67) || ((safe_lshift_func_int16_t_s_s((safe_lshift_func_uint16_t_u_s(((*g_67) && (0xB43ABC618C9A2879LL ^ (*g_67))), 1)), 10)) , 0x92A9C3C7EA47AE80LL))), (**l_15))), (**l_15))), g_43)) == l_208) , 0x3855L) <= (**l_15)) > 4UL))) , g_176[0][1]) | g_14) | (**l_15)) == (**l_15)) == (*g_67)))
    { 
        int64_t l_211[4][3] = {{0x007F4A1F30EE3D0ELL,0x007F4A1F30EE3D0ELL,0x572F24EC86742A66LL},{0x5CCB1FC8BD98051CLL,0x5CCB1FC8BD98051CLL,0L},{0x007F4A1F30EE3D0ELL,0x007F4A1F30EE3D0ELL,0x572F24EC86742A66LL},{0x5CCB1FC8BD98051CLL,0x5CCB1FC8BD98051CLL,0L}};
        int32_t l_220 = 0x1F5B546AL;
        int32_t l_236 = (-1L);
        int32_t l_238 = 0x6AD2A6B6L;
        const uint32_t *l_245 = &g_130;
        uint64_t l_260 = 18446744073709551615UL;
        int64_t *l_304 = (void*)0;
        uint8_t l_310 = 0xD6L;
        int i, j;
        for (g_22 = 14; (g_22 > (-5)); g_22 = safe_sub_func_uint8_t_u_u(g_22, 9))
        { 
            return g_103;
        }
        (**l_15) &= (l_211[2][2] , (!((safe_mod_func_uint16_t_u_u((l_215 , ((((safe_sub_func_int8_t_s_s(((((((safe_rshift_func_int16_t_s_u(((l_220 = (((**g_137) , g_22) & (((void*)0 != &g_13) | 0x5CL))) >= l_221), l_211[2][2])) <= (*g_67)) & 0x5958B3C0L) != (-7L)) != g_22) ^ 0UL), 1UL)) >= l_211[0][1]) == l_211[2][2]) | l_211[0][1])), g_68)) != 0x50179415L)));
        if ((*g_13))
        { 
            int32_t *l_224[4][1] = {{&g_14},{&g_14},{&g_14},{&g_14}};
            int i, j;
            if ((g_176[1][2] , (safe_lshift_func_uint16_t_u_u(0UL, l_211[2][2]))))
            { 
                (*l_15) = (g_14 , l_224[0][0]);
            }
            else
            { 
                uint16_t l_239 = 65527UL;
                (**l_15) = (safe_mod_func_int64_t_s_s((l_220 && (safe_mul_func_int8_t_s_s(((safe_lshift_func_uint16_t_u_u((safe_sub_func_uint32_t_u_u(4294967288UL, (!(**g_137)))), 4)) , (l_234 & (((**g_137) < 0xF905L) >= l_235))), 0L))), 2L));
                l_239++;
            }
        }
        else
        { 
            int32_t l_246 = 0xF9981402L;
            int8_t l_247 = 0xACL;
            uint32_t l_259 = 0x69E6D314L;
            const uint16_t *l_306 = &g_31;
            const uint16_t **l_305 = &l_306;
            if (((((g_138[0][0] == l_242[1][0]) , ((safe_lshift_func_int16_t_s_u((l_245 == (void*)0), l_246)) > l_246)) < 4UL) , l_247))
            { 
                l_238 = (l_211[2][2] != (safe_lshift_func_uint16_t_u_s((~1L), 13)));
            }
            else
            { 
                uint32_t l_253 = 0x7EFBDE79L;
                int32_t *l_258 = (void*)0;
                (*l_15) = (void*)0;
                l_236 = ((safe_mod_func_uint32_t_u_u(l_253, ((safe_sub_func_int16_t_s_s((+g_31), 65529UL)) , (+(4UL || ((*g_13) = ((*g_67) == g_22))))))) | 247UL);
                (*l_15) = func_2(func_8(((*l_15) = func_2(&g_22, g_43, l_258, g_237[0], func_2(&l_246, g_237[0], &g_22, l_259, &g_22))), g_13, g_46[1], g_46[0]), l_260, g_46[1], g_43, &l_238);
                (*g_13) = (*g_13);
            }
            if ((*g_13))
            { 
                int16_t *l_270[4][3] = {{&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271}};
                int32_t l_272 = 0x60286035L;
                int32_t *l_273 = &l_236;
                uint8_t *l_282 = &g_283;
                uint8_t *l_286[2][1];
                int64_t *l_303 = &g_43;
                int64_t **l_302[2];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_286[i][j] = &g_287;
                }
                for (i = 0; i < 2; i++)
                    l_302[i] = &l_303;
                (*l_273) ^= ((*l_269) ^= ((safe_rshift_func_int16_t_s_s((l_272 ^= ((!g_103) > (safe_sub_func_int32_t_s_s((!((safe_sub_func_uint8_t_u_u(g_237[0], (l_269 != ((*l_15) = ((l_270[2][0] == (void*)0) , &g_14))))) , g_176[1][0])), g_237[0])))), g_176[0][1])) , l_247));
                (*l_269) = (safe_mod_func_uint8_t_u_u((safe_div_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_s((safe_lshift_func_int16_t_s_u(((g_287 = (1UL >= (g_70 <= ((*l_282)++)))) < (*l_273)), ((0xC5077A6613C4E380LL <= ((safe_div_func_uint16_t_u_u((safe_sub_func_int8_t_s_s((((safe_add_func_int8_t_s_s((safe_mod_func_int32_t_s_s((((*l_102) = (safe_rshift_func_uint16_t_u_u(0UL, (*l_269)))) != (*g_67)), g_237[0])), g_14)) >= 0UL) >= l_247), l_246)), g_61[2])) && 6UL)) ^ l_246))), g_271)), l_211[2][2])), 0x87L));
                (*l_269) = (((0xB9391C33B4EE3447LL || (safe_sub_func_int64_t_s_s(((*l_303) |= ((safe_add_func_uint32_t_u_u((((l_304 = (void*)0) == (void*)0) > ((void*)0 != l_305)), g_283)) & g_283)), g_68))) && g_176[0][1]) , 0xF3CB01CDL);
            }
            else
            { 
                const int32_t *l_307 = &l_236;
                const int32_t **l_308[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_308[i] = &l_307;
                g_309 = l_307;
                (*l_269) = (*g_13);
                ++l_310;
                (*g_13) ^= (g_61[2] < g_176[0][1]);
            }
            (*g_13) = l_236;
            for (l_236 = 0; l_236 < 2; l_236 += 1)
            {
                for (l_193 = 0; l_193 < 1; l_193 += 1)
                {
                    l_16[l_236][l_193] = &g_14;
                }
            }
        }
    }
    else
    { 
        uint8_t *l_315 = &g_283;
        int32_t ***l_318 = &l_15;
        (**l_15) = (safe_rshift_func_uint8_t_u_u(((*l_315) = 0xEDL), 5));
        if ((g_22 || 1L))
        { 
            int32_t ****l_319 = &l_318;
            l_323 &= (g_176[1][1] , (safe_sub_func_uint16_t_u_u((((*l_319) = l_318) == g_320), ((!0UL) | l_322))));
        }
        else
        { 
            int32_t *l_328 = &g_22;
            for (l_170 = 0; (l_170 <= 3); l_170 += 1)
            { 
                uint16_t l_326 = 0x8FD7L;
                (*g_13) ^= (safe_lshift_func_uint8_t_u_s(g_66, 0));
                (**l_15) ^= l_326;
                return g_287;
            }
            (*l_269) &= (+(**l_15));
            (*l_15) = l_328;
        }
        (***l_318) &= (l_315 != l_315);
    }
    return g_61[0];
}
static int32_t * func_2(int32_t * p_3, uint64_t  p_4, int32_t * p_5, int16_t  p_6, int32_t * p_7)
{ 
    const uint32_t l_56[4] = {0UL,0UL,0UL,0UL};
    const int64_t *l_69 = &g_70;
    int32_t l_83 = 0x750A3B4BL;
    int32_t l_84 = 0x0388C07AL;
    int32_t l_85 = 3L;
    int32_t l_86 = 0x49DA61DCL;
    int32_t l_87 = 0xBED93686L;
    int32_t l_88[4] = {9L,9L,9L,9L};
    int i;
    for (p_4 = (-24); (p_4 <= 3); p_4 = safe_add_func_uint64_t_u_u(p_4, 9))
    { 
        uint16_t l_59 = 0x714AL;
        int8_t *l_60 = &g_61[2];
        const int64_t *l_62 = &g_43;
        const int64_t **l_63 = &l_62;
        const int64_t *l_65 = &g_66;
        const int64_t **l_64[1][1];
        uint16_t *l_72 = &l_59;
        uint16_t **l_71 = &l_72;
        int32_t l_80 = 0x982AEBACL;
        int32_t l_81[4][2] = {{0xA1FF3804L,0xA1FF3804L},{0xA1FF3804L,0xA1FF3804L},{0xA1FF3804L,0xA1FF3804L},{0xA1FF3804L,0xA1FF3804L}};
        int32_t l_82 = 0x1A0D171EL;
        int16_t l_91[4] = {(-10L),(-10L),(-10L),(-10L)};
        uint32_t l_92[4];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_64[i][j] = &l_65;
        }
        for (i = 0; i < 4; i++)
            l_92[i] = 4294967288UL;
        (*g_13) = (((((safe_add_func_int32_t_s_s((p_4 , ((l_69 = (g_67 = ((*l_63) = (((safe_lshift_func_int16_t_s_s(((((*l_60) = (+(safe_lshift_func_int16_t_s_u(((l_56[3] , (safe_div_func_uint8_t_u_u(l_59, (g_31 | ((g_31 >= l_59) | 255UL))))) | g_43), 1)))) && p_4) , 0xF464L), 12)) | p_6) , l_62)))) == &g_43)), 0L)) == 4L) & 18446744073709551607UL) && 0xB26F1A7EL) && l_59);
        if ((((((*g_13) &= (((((l_59 || l_56[2]) , &l_59) != &g_31) , (void*)0) != l_71)) ^ p_6) || 0x7785DC57L) , 0L))
        { 
            int32_t *l_73 = &g_14;
            int32_t *l_74 = (void*)0;
            int32_t *l_75 = &g_14;
            int32_t *l_76 = &g_14;
            int32_t *l_77 = &g_22;
            int32_t *l_78 = &g_14;
            int32_t *l_79[3];
            int64_t l_89 = (-5L);
            int8_t l_90 = (-3L);
            int i;
            for (i = 0; i < 3; i++)
                l_79[i] = (void*)0;
            l_92[3]--;
            return &g_14;
        }
        else
        { 
            int32_t **l_96 = &g_46[1];
            int32_t ***l_95 = &l_96;
            (*l_95) = &g_46[0];
            for (l_85 = 4; (l_85 <= 13); l_85 = safe_add_func_uint64_t_u_u(l_85, 1))
            { 
                (*g_13) = 0xAC36249AL;
                (*g_13) = (-6L);
            }
        }
        l_81[1][1] = (~(safe_sub_func_uint64_t_u_u(p_6, g_66)));
    }
    return &g_14;
}
static int32_t * func_8(int32_t * p_9, int32_t * const  p_10, int32_t * p_11, int32_t * p_12)
{ 
    int32_t **l_18 = &g_13;
    int16_t l_21[3];
    uint16_t * const l_33[1] = {&g_31};
    uint16_t l_45 = 0UL;
    int i;
    for (i = 0; i < 3; i++)
        l_21[i] = 7L;
    (*l_18) = &g_14;
    for (g_14 = (-29); (g_14 > (-9)); g_14 = safe_add_func_int64_t_s_s(g_14, 5))
    { 
        const int32_t *l_23[2];
        int32_t *l_25 = &g_22;
        int i;
        for (i = 0; i < 2; i++)
            l_23[i] = &g_14;
        for (g_22 = 0; (g_22 <= 2); g_22 += 1)
        { 
            const int32_t **l_24 = &l_23[0];
            (*l_24) = l_23[0];
        }
        (*l_25) &= (*g_13);
    }
    for (g_22 = 17; (g_22 <= 15); g_22 = safe_sub_func_int16_t_s_s(g_22, 7))
    { 
        uint16_t *l_30 = &g_31;
        int8_t l_32[4];
        uint16_t **l_34 = &l_30;
        int32_t * const l_35 = &g_22;
        int32_t **l_36 = &g_13;
        int16_t *l_39 = &l_21[1];
        int i;
        for (i = 0; i < 4; i++)
            l_32[i] = 0x7FL;
        for (g_14 = 0; g_14 < 3; g_14 += 1)
        {
            l_21[g_14] = 0x9261L;
        }
        l_32[0] ^= (safe_lshift_func_int8_t_s_u((&g_14 == ((*l_18) = p_9)), (l_21[2] <= ((*l_30) = g_14))));
        (*l_36) = ((l_33[0] == ((*l_34) = &g_31)) , l_35);
        if (((254UL & (((((safe_sub_func_int16_t_s_s(((*l_39) = (**l_36)), (((**l_18) , (*l_36)) != &g_22))) && 65526UL) || (*g_13)) , 4L) & (**l_36))) >= (*l_35)))
        { 
            int64_t *l_42[2];
            int32_t l_44 = 5L;
            int i;
            for (i = 0; i < 2; i++)
                l_42[i] = &g_43;
            (*l_18) = (((**l_36) , ((l_44 |= ((safe_sub_func_int8_t_s_s((**l_18), g_14)) || 1UL)) , ((*l_39) &= (((l_45 | g_31) || (**l_18)) || l_44)))) , &g_22);
            if ((*p_9))
                break;
        }
        else
        { 
            (*p_9) = ((void*)0 != &g_31);
        }
    }
    return p_12;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_14, "g_14", print_hash_value);
    transparent_crc(g_22, "g_22", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_61[i], "g_61[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_68, "g_68", print_hash_value);
    transparent_crc(g_70, "g_70", print_hash_value);
    transparent_crc(g_103, "g_103", print_hash_value);
    transparent_crc(g_130, "g_130", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_176[i][j], "g_176[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_237[i], "g_237[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_271, "g_271", print_hash_value);
    transparent_crc(g_283, "g_283", print_hash_value);
    transparent_crc(g_287, "g_287", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
