#include "csmith.h"
static long __undefined;
static int32_t g_13 = 0x3C4AB274L;
static int32_t *g_12[4][2] = {{&g_13,&g_13},{&g_13,&g_13},{&g_13,&g_13},{&g_13,&g_13}};
static int32_t g_41 = (-7L);
static uint16_t g_112 = 0xE184L;
static uint16_t *g_111 = &g_112;
static uint16_t **g_110[4][1] = {{&g_111},{&g_111},{&g_111},{&g_111}};
static uint16_t ** const *g_109 = &g_110[0][0];
static uint16_t ** const **g_108[4][1] = {{&g_109},{&g_109},{&g_109},{&g_109}};
static int32_t g_140 = 0x11996AC1L;
static uint32_t g_165 = 0x832723F9L;
static int8_t g_167 = (-8L);
static int32_t g_169[1][1] = {{0x4F0E318CL}};
static int32_t **g_209 = &g_12[1][0];
static uint64_t g_222 = 18446744073709551615UL;
static int64_t g_238[2][2] = {{1L,1L},{1L,1L}};
static int32_t ** const *g_249 = &g_209;
static int32_t ** const **g_248 = &g_249;
static uint8_t g_254 = 6UL;
static const int16_t g_262 = 0x5994L;
static int8_t g_281 = (-1L);
static const int32_t *g_284[3] = {&g_169[0][0],&g_169[0][0],&g_169[0][0]};
static uint32_t *g_289 = &g_165;
static uint32_t **g_288 = &g_289;
static uint8_t  func_1(void);
static int32_t * func_2(int16_t  p_3, int32_t * p_4, const int32_t * p_5, uint32_t  p_6);
static int16_t  func_7(int32_t * p_8, uint64_t  p_9, int32_t  p_10, int64_t  p_11);
static uint8_t  func_1(void)
{ 
    int64_t l_16 = (-1L);
    const int32_t *l_168 = &g_169[0][0];
    int32_t **l_294 = &g_12[2][1];
    (*l_294) = func_2(func_7(g_12[2][1], (safe_add_func_int32_t_s_s(l_16, 1UL)), g_13, ((safe_div_func_int8_t_s_s(g_13, 0x2DL)) > 0UL)), g_12[2][1], l_168, (*l_168));
    return g_167;
}
static int32_t * func_2(int16_t  p_3, int32_t * p_4, const int32_t * p_5, uint32_t  p_6)
{ 
    int16_t l_183[3][1];
    int16_t l_184 = 0x1701L;
    int32_t l_188 = (-8L);
    int32_t **l_198 = &g_12[3][1];
    int32_t **l_207 = &g_12[0][1];
    int32_t l_263[2];
    uint32_t *l_277 = &g_165;
    int32_t l_283[2][4] = {{0x0BA1AC6AL,0x0BA1AC6AL,0x0BA1AC6AL,0x0BA1AC6AL},{0x0BA1AC6AL,0x0BA1AC6AL,0x0BA1AC6AL,0x0BA1AC6AL}};
    uint8_t *l_290 = (void*)0;
    int32_t *l_293 = &l_188;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_183[i][j] = 0x1E47L;
    }
    for (i = 0; i < 2; i++)
        l_263[i] = 1L;
    for (g_167 = 0; (g_167 <= (-27)); g_167 = safe_sub_func_int16_t_s_s(g_167, 6))
    { 
        int32_t *l_180 = &g_13;
        int32_t **l_181 = (void*)0;
        int32_t **l_182 = &l_180;
        (*p_4) |= (safe_add_func_int16_t_s_s((safe_add_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_s(((safe_sub_func_uint64_t_u_u(((p_6 && (((((*l_182) = l_180) == (void*)0) <= (((p_4 == ((l_183[1][0] < l_183[1][0]) , (void*)0)) , l_183[1][0]) >= 9UL)) , g_41)) ^ p_6), 9UL)) || g_41), l_184)), g_140)), l_183[1][0]));
        for (p_6 = (-14); (p_6 == 46); ++p_6)
        { 
            int32_t *l_187 = &g_41;
            (*l_187) &= (*l_180);
        }
        l_188 ^= (**l_182);
    }
    for (g_112 = 0; (g_112 == 42); g_112++)
    { 
        int32_t *l_195 = &g_41;
        int32_t **l_197 = (void*)0;
        int32_t ***l_196[2][4];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 4; j++)
                l_196[i][j] = &l_197;
        }
        l_188 ^= ((safe_div_func_int16_t_s_s((safe_sub_func_uint8_t_u_u((((void*)0 == l_195) & 8L), (((l_198 = &p_4) == (((((p_5 != p_5) & 0xC681L) >= g_13) || 0xB182L) , (void*)0)) < 0x3DL))), g_13)) || g_41);
        if ((*p_4))
            continue;
    }
    for (p_6 = 17; (p_6 < 39); p_6 = safe_add_func_int8_t_s_s(p_6, 1))
    { 
        uint16_t **l_201 = &g_111;
        uint16_t ***l_202[3][2] = {{(void*)0,&g_110[2][0]},{(void*)0,(void*)0},{&g_110[2][0],(void*)0}};
        int32_t ***l_208[1][1];
        uint32_t *l_223 = (void*)0;
        int32_t l_234 = 0x09CE5FEAL;
        uint16_t ***l_247 = &l_201;
        uint32_t ***l_287 = (void*)0;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_208[i][j] = &l_207;
        }
        g_110[0][0] = l_201;
        if ((safe_add_func_uint8_t_u_u((safe_mod_func_int16_t_s_s(((((&p_4 != (g_209 = l_207)) != (safe_rshift_func_int16_t_s_s((safe_unary_minus_func_int64_t_s(((((g_140 , ((g_167 < (**l_207)) < (**l_198))) & p_3) , p_3) , 0xC10CCC691E9A43CCLL))), 0))) | g_167) || 0x9AL), 0x2025L)), p_6)))
        { 
            int8_t *l_217 = (void*)0;
            uint16_t **l_218 = &g_111;
            uint64_t *l_221 = &g_222;
            const int32_t l_224 = 1L;
            int32_t ** const *l_229 = (void*)0;
            int32_t l_239 = 7L;
            int32_t l_241 = (-1L);
            int32_t ** const ***l_250 = &g_248;
            uint8_t *l_253 = &g_254;
            int64_t *l_264 = &g_238[0][0];
            if (((safe_add_func_int32_t_s_s((*p_4), ((safe_lshift_func_int16_t_s_s(p_6, (((((**l_201) = (g_112 , 65529UL)) , ((l_217 = &g_167) == (void*)0)) , g_13) <= g_41))) >= g_140))) || g_112))
            { 
                if ((**l_207))
                    break;
                (*l_198) = p_4;
            }
            else
            { 
                (*l_198) = (*l_198);
            }
            if (((((((((void*)0 != l_218) == (safe_sub_func_uint64_t_u_u(((*l_221) = p_6), ((l_223 != p_5) > 6L)))) <= l_224) || g_41) || 0x35L) , l_224) > p_3))
            { 
                int32_t ****l_227 = (void*)0;
                int32_t ****l_228 = &l_208[0][0];
                int64_t *l_237 = &g_238[0][1];
                int32_t *l_240[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_240[i] = (void*)0;
                if ((**g_209))
                    break;
                l_188 |= (l_224 , (l_239 = (((**l_207) = (safe_div_func_uint8_t_u_u((((((*l_228) = l_208[0][0]) == l_229) | ((safe_mul_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s((l_234 && (((((((((((*l_237) = (safe_rshift_func_int16_t_s_s((**l_207), g_167))) , (**g_209)) && (*p_4)) > 0L) , 0x37CDL) == p_6) == l_234) , g_238[0][1]) , 0UL) & 0xE92DA2F8298D6B92LL)), 3)), l_234)) == g_167)) & g_169[0][0]), g_41))) || 2L)));
                return (*g_209);
            }
            else
            { 
                uint64_t l_242 = 0xE915D1E8AEA08091LL;
                l_242--;
                if ((*p_4))
                    continue;
            }
            (*p_4) = (safe_add_func_uint8_t_u_u((((*l_250) = ((l_247 == (void*)0) , g_248)) != (((p_3 & ((safe_lshift_func_int8_t_s_s((0x684484BAB3622FC6LL ^ g_238[0][1]), p_6)) , g_169[0][0])) == 0xBBD49E83L) , (void*)0)), p_6));
            l_188 ^= (((*l_264) = ((((((*l_253) = p_6) < (((((**g_209) , ((((+p_3) > (((((((((safe_div_func_uint64_t_u_u((safe_sub_func_int8_t_s_s(p_6, (safe_rshift_func_int8_t_s_s(g_169[0][0], g_262)))), p_3)) , (**l_207)) || p_6) < 0xE67ACDC2L) || (**l_207)) , p_6) != 0x2B4910B4DC2EF21BLL) != 0L) >= g_167)) < g_13) & (*g_111))) || 3UL) | 18446744073709551610UL) , 0x14L)) != g_169[0][0]) != l_263[1]) == g_140)) && (-5L));
        }
        else
        { 
            uint16_t l_276 = 65535UL;
            (***g_248) = p_4;
            if ((safe_sub_func_uint64_t_u_u(p_3, g_167)))
            { 
                uint8_t l_267 = 3UL;
                l_267--;
                (**g_209) = (*p_4);
                if ((**g_209))
                    break;
                p_5 = (void*)0;
            }
            else
            { 
                uint32_t **l_278 = &l_277;
                const int32_t l_279 = 1L;
                uint32_t *l_280 = &g_165;
                int32_t l_282[1][3];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_282[i][j] = 0x633E0AACL;
                }
                (***g_248) = (*l_207);
                l_263[1] ^= (safe_sub_func_uint64_t_u_u((safe_lshift_func_int8_t_s_s((p_6 == (safe_mul_func_int16_t_s_s(((l_276 >= ((l_282[0][2] = (g_169[0][0] ^ (((*l_280) = ((*p_4) >= (((((*l_278) = l_277) == (void*)0) <= p_6) , l_279))) > g_281))) | 0x64AD6A94L)) >= l_283[1][1]), p_6))), l_279)), p_6));
                g_284[1] = &l_279;
            }
        }
        (*p_4) = (((((g_222 & (((safe_div_func_uint32_t_u_u(((((g_288 = &l_277) == &g_289) > p_3) > ((*g_248) == &l_207)), (***g_249))) == 0xA5026327L) ^ (**l_207))) > g_165) , g_262) , l_290) == &g_254);
    }
    (*l_293) &= ((safe_sub_func_int16_t_s_s(g_254, g_169[0][0])) <= (((***g_248) == (*l_207)) != (**l_198)));
    return (**g_249);
}
static int16_t  func_7(int32_t * p_8, uint64_t  p_9, int32_t  p_10, int64_t  p_11)
{ 
    uint16_t l_19[4][1] = {{0UL},{0x6B3BL},{0UL},{0x6B3BL}};
    int32_t l_66[1];
    uint16_t ** const **l_113 = &g_109;
    int32_t l_136 = 1L;
    int i, j;
    for (i = 0; i < 1; i++)
        l_66[i] = 0x1843AD33L;
    for (p_10 = 1; (p_10 >= 0); p_10 -= 1)
    { 
        return p_9;
    }
    if (l_19[3][0])
    { 
        uint32_t l_39 = 0x938F738FL;
        int32_t l_42 = 0x8BEE6DABL;
        int32_t l_72 = 0x772679F1L;
        int32_t l_73 = 0x3D1DD14AL;
        int32_t l_74 = 3L;
        int32_t l_75 = 0x584F79AAL;
        int32_t l_76[1][2];
        int32_t *l_81 = &l_76[0][1];
        int32_t *l_82 = &g_13;
        int32_t *l_83 = (void*)0;
        int32_t *l_84 = &l_66[0];
        int32_t *l_85 = &l_75;
        int32_t *l_86 = &l_66[0];
        int32_t *l_87[3];
        uint32_t l_88 = 5UL;
        uint16_t *l_98 = &l_19[3][0];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_76[i][j] = 0x4763CD51L;
        }
        for (i = 0; i < 3; i++)
            l_87[i] = &l_75;
        if ((safe_unary_minus_func_int64_t_s(p_11)))
        { 
            int8_t l_38 = 0xA2L;
            int32_t *l_40[4] = {&g_41,&g_41,&g_41,&g_41};
            int i;
            l_42 &= (safe_div_func_uint16_t_u_u((safe_add_func_int8_t_s_s(((void*)0 == &g_13), 0xA4L)), (safe_lshift_func_int8_t_s_s(((safe_mod_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_u((safe_add_func_uint8_t_u_u(((safe_sub_func_uint8_t_u_u(g_13, (safe_sub_func_uint32_t_u_u((safe_unary_minus_func_uint64_t_u(((g_13 && l_38) , g_13))), (*p_8))))) ^ p_11), l_39)), l_38)), 0xE9L)) == l_39), l_38))));
            for (p_11 = (-24); (p_11 != 21); p_11++)
            { 
                if (l_39)
                    break;
                l_42 ^= (safe_mod_func_uint16_t_u_u((g_13 < ((l_40[0] != p_8) , l_19[3][0])), 0x1552L));
                if ((*p_8))
                    continue;
                if ((*p_8))
                    break;
            }
        }
        else
        { 
            int32_t *l_55 = &g_13;
            uint16_t *l_59 = &l_19[3][0];
            int32_t l_60 = 0xD5C0F4FDL;
            int32_t *l_61 = &g_41;
            int32_t *l_62 = &l_42;
            int32_t *l_63 = &l_42;
            int32_t *l_64 = (void*)0;
            int32_t *l_65 = &l_42;
            int32_t *l_67 = &l_66[0];
            int32_t *l_68 = &g_41;
            int32_t *l_69 = &g_41;
            int32_t *l_70 = (void*)0;
            int32_t *l_71[4] = {&l_60,&l_60,&l_60,&l_60};
            int64_t l_77 = (-6L);
            uint32_t l_78 = 4294967290UL;
            int i;
            (*l_61) &= (safe_mul_func_uint16_t_u_u(((*l_59) = ((safe_mod_func_uint32_t_u_u((((safe_div_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_u(0x31FCL, 3)) != ((l_55 = l_55) == (void*)0)), g_13)) | (safe_mod_func_int64_t_s_s((!(g_13 > 1UL)), 18446744073709551607UL))) , 0x7E906900L), 0xE4A839BBL)) >= p_11)), l_60));
            ++l_78;
        }
        l_88++;
        for (l_74 = 0; l_74 < 1; l_74 += 1)
        {
            l_66[l_74] = 0xA4A23C0FL;
        }
        for (p_9 = (-29); (p_9 <= 22); p_9 = safe_add_func_uint16_t_u_u(p_9, 9))
        { 
            int32_t l_99 = 0x205D52AEL;
        }
    }
    else
    { 
        uint8_t l_127 = 0xB6L;
        int32_t l_141 = 0L;
        int16_t l_145 = 0xDDA3L;
        uint32_t *l_163 = (void*)0;
        uint32_t *l_164 = &g_165;
        int8_t *l_166 = &g_167;
        for (g_41 = 0; (g_41 <= 0); g_41 += 1)
        { 
            int64_t l_114 = (-1L);
            int32_t l_143 = 0x4C41C8DEL;
            int32_t l_144[1][2];
            uint8_t l_146 = 1UL;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_144[i][j] = (-2L);
            }
            l_113 = g_108[1][0];
            for (p_9 = 0; (p_9 <= 0); p_9 += 1)
            { 
                int32_t l_137 = 0x54E5BA69L;
                int32_t *l_138 = (void*)0;
                int32_t *l_139 = &g_140;
                int32_t *l_142[2][4] = {{&l_66[0],&l_136,&l_136,&l_66[0]},{&l_136,&l_66[0],&l_136,&l_136}};
                int i, j;
                (*p_8) ^= (l_66[g_41] = ((**l_113) == (*g_109)));
                l_114 &= (*p_8);
                (*l_139) &= (safe_lshift_func_uint8_t_u_s(((l_137 |= (safe_mod_func_uint8_t_u_u((safe_div_func_int16_t_s_s(g_112, (l_66[g_41] = (safe_lshift_func_int8_t_s_u((safe_mod_func_uint16_t_u_u(((safe_rshift_func_int8_t_s_s(l_127, 2)) < ((safe_div_func_int8_t_s_s(((safe_add_func_uint8_t_u_u(l_19[3][0], ((l_127 != (safe_div_func_int64_t_s_s((l_136 ^= ((safe_mod_func_int64_t_s_s((l_66[0] <= g_41), g_41)) >= 0x9851B6DC083601C0LL)), p_9))) ^ p_9))) ^ 0L), 0x78L)) <= g_13)), p_9)), p_9))))), 0x39L))) > p_11), 5));
                --l_146;
            }
        }
        (*p_8) = (((*l_166) &= (safe_mod_func_int16_t_s_s(((safe_mod_func_uint64_t_u_u(p_10, (safe_mul_func_uint8_t_u_u(p_10, (!l_136))))) , (safe_div_func_int16_t_s_s((safe_add_func_uint64_t_u_u((safe_sub_func_uint16_t_u_u(((~((*l_164) = (0x78B811774B49123FLL | ((((*p_8) && 0x2ED989C8L) ^ (*p_8)) == 0x84A55BADF4511BC6LL)))) >= 0x86B99F0C8DDAE6ADLL), 0xD433L)), 0L)), l_141))), (***g_109)))) <= g_140);
    }
    return l_66[0];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_13, "g_13", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    transparent_crc(g_112, "g_112", print_hash_value);
    transparent_crc(g_140, "g_140", print_hash_value);
    transparent_crc(g_165, "g_165", print_hash_value);
    transparent_crc(g_167, "g_167", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_169[i][j], "g_169[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_222, "g_222", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_238[i][j], "g_238[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_254, "g_254", print_hash_value);
    transparent_crc(g_262, "g_262", print_hash_value);
    transparent_crc(g_281, "g_281", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
