#include "csmith.h"
static long __undefined;
static int8_t g_2 = 0L;
static const int32_t *g_13 = (void*)0;
static int16_t g_23 = 0x6872L;
static uint32_t g_24 = 4294967295UL;
static int32_t g_26[2][1] = {{0xB5A26CDEL},{0xB5A26CDEL}};
static int32_t *g_25 = &g_26[0][0];
static int16_t *g_41 = &g_23;
static uint8_t g_43 = 0x3FL;
static int32_t g_48 = (-1L);
static uint64_t g_85 = 18446744073709551613UL;
static uint16_t g_110 = 1UL;
static int16_t g_112 = 0L;
static int64_t g_127 = 0x1CAAAA389647ED55LL;
static uint8_t g_130 = 0UL;
static int64_t g_196 = 0xB4286F7500B1CAC3LL;
static uint64_t g_199 = 0xFA82FB5A38379FB3LL;
static uint64_t *g_198 = &g_199;
static uint64_t g_200[1][1] = {{0x894C8FF1DE66CF56LL}};
static uint16_t g_235[1] = {0x39B0L};
static uint8_t *g_267[1][3] = {{&g_130,&g_130,&g_130}};
static uint8_t **g_266 = &g_267[0][0];
static uint32_t  func_1(void);
static int32_t * func_3(int32_t * const  p_4, uint64_t  p_5, int32_t * const  p_6);
static int32_t * const  func_7(const int32_t * p_8, int32_t * p_9, int32_t * p_10, int32_t * p_11, int32_t * p_12);
static uint32_t  func_1(void)
{ 
    int32_t l_20 = 0x6B719D87L;
    uint16_t l_46 = 2UL;
    int32_t * const l_47 = &g_48;
    uint16_t *l_168 = (void*)0;
    int64_t l_189 = 0xC23372F705CCF7F1LL;
    int32_t l_202 = 0x110550B3L;
    int32_t l_204 = (-6L);
    uint16_t l_205 = 0xDF93L;
    int32_t * const l_256 = &g_26[0][0];
    int32_t l_260 = 1L;
    uint8_t l_268 = 0UL;
    if (((g_2 | g_2) <= 0L))
    { 
        int32_t l_17[4][2] = {{0x6E3E45BBL,0x6E3E45BBL},{0x6E3E45BBL,0x6E3E45BBL},{0x6E3E45BBL,0x6E3E45BBL},{0x6E3E45BBL,0x6E3E45BBL}};
        uint8_t l_21[3][4] = {{255UL,255UL,255UL,255UL},{255UL,255UL,255UL,255UL},{255UL,255UL,255UL,255UL}};
        int16_t *l_22[3];
        int32_t **l_45 = &g_25;
        int i, j;
        for (i = 0; i < 3; i++)
            l_22[i] = &g_23;
        (*l_45) = func_3(((*l_45) = func_7(g_13, (((0x15898F01BA028EA3LL == (((((safe_lshift_func_int16_t_s_s(((safe_unary_minus_func_uint8_t_u(l_17[3][1])) , (g_24 = (g_23 |= ((((safe_mul_func_int8_t_s_s(l_20, (0L | l_20))) <= 65529UL) != l_21[0][0]) & g_2)))), 0)) & 0xB4L) & (-1L)) <= 0L) < 0x83E7L)) ^ l_20) , g_25), &g_26[0][0], &g_26[0][0], &g_26[0][0])), l_46, l_47);
    }
    else
    { 
        uint8_t *l_171 = &g_130;
        int32_t l_182 = 0xCE155F76L;
        int32_t l_203 = (-4L);
        int16_t **l_231 = &g_41;
        uint16_t *l_232 = &l_205;
        int8_t l_233 = 0xE5L;
        int32_t **l_261 = (void*)0;
        int32_t **l_262[3][3] = {{&g_25,&g_25,&g_25},{&g_25,&g_25,&g_25},{&g_25,&g_25,&g_25}};
        int i, j;
lbl_156:
        (*l_47) = (*g_25);
        for (g_85 = 0; (g_85 <= 0); g_85 += 1)
        { 
            if (g_24)
                goto lbl_156;
            for (l_46 = 0; (l_46 <= 0); l_46 += 1)
            { 
                int16_t *l_157 = (void*)0;
                int i, j;
                if (g_24)
                    goto lbl_156;
                if (g_43)
                    goto lbl_156;
                g_26[(l_46 + 1)][g_85] |= (l_157 != &g_23);
                g_26[g_85][g_85] = (g_26[(l_46 + 1)][g_85] , 0x5E417620L);
            }
        }
        if ((safe_div_func_int16_t_s_s((safe_mod_func_uint64_t_u_u(((safe_sub_func_uint64_t_u_u((safe_mul_func_uint8_t_u_u(255UL, ((safe_sub_func_int8_t_s_s(((0UL & (&g_110 != l_168)) & (safe_add_func_int16_t_s_s(((++(*l_171)) >= (safe_mod_func_int64_t_s_s((safe_rshift_func_uint16_t_u_s((0xF0CFL < (*l_47)), 12)), (*l_47)))), (*g_41)))), (*l_47))) || g_26[1][0]))), g_26[0][0])) < g_24), g_127)), g_43)))
        { 
            uint8_t *l_183 = (void*)0;
            int32_t l_188[4] = {(-7L),(-7L),(-7L),(-7L)};
            int i;
            for (g_48 = 0; (g_48 <= 0); g_48 += 1)
            { 
                uint8_t **l_184 = &l_183;
                int32_t l_185 = 0x6E7687A6L;
                uint64_t *l_190 = &g_85;
                int64_t *l_191 = (void*)0;
                int64_t *l_192 = (void*)0;
                int64_t *l_193 = &g_127;
                int64_t *l_194 = (void*)0;
                int64_t *l_195[3];
                uint64_t l_197 = 0x4A5956B61A9CCBCDLL;
                int32_t *l_201[1][4] = {{(void*)0,(void*)0,(void*)0,(void*)0}};
                int i, j;
                for (i = 0; i < 3; i++)
                    l_195[i] = &g_196;
                g_200[0][0] = (((((l_197 ^= ((*l_193) = (((*l_190) = ((((*g_25) = ((safe_sub_func_uint64_t_u_u((((((safe_add_func_int16_t_s_s(((l_182 , (((*l_184) = l_183) == (void*)0)) == l_185), (safe_lshift_func_int16_t_s_s(0xB4F1L, l_188[1])))) && (*l_47)) || l_189) != g_110) && 0xAB05A586L), (*l_47))) > g_23)) < g_23) & g_23)) >= 0x3CE1FE0044E9B002LL))) > g_24) , (void*)0) != g_198) & 0xD215DCD2A4689912LL);
                --l_205;
            }
            for (l_204 = 10; (l_204 >= 15); ++l_204)
            { 
                int32_t l_224[1][3];
                int32_t *l_234 = &l_202;
                int32_t *l_236 = &l_203;
                int32_t *l_237 = &l_188[0];
                int32_t *l_238 = &g_26[0][0];
                int32_t *l_239 = &l_182;
                int32_t *l_240 = &l_224[0][1];
                int32_t *l_241 = (void*)0;
                int32_t *l_242 = (void*)0;
                int32_t *l_243[2][4];
                uint16_t l_244 = 65534UL;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_224[i][j] = 0L;
                }
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_243[i][j] = &l_182;
                }
                (*l_234) &= (safe_rshift_func_int16_t_s_u(((((*l_47) || ((safe_sub_func_uint8_t_u_u((safe_div_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_s(((safe_rshift_func_int16_t_s_s(((((((safe_sub_func_int64_t_s_s(g_200[0][0], ((safe_mod_func_int64_t_s_s((((l_224[0][0] | (((safe_mod_func_uint64_t_u_u(((safe_rshift_func_uint8_t_u_s((*l_47), (((((safe_lshift_func_int16_t_s_s((l_203 , l_182), 4)) || g_196) , (void*)0) != l_231) && 0L))) , (*g_198)), l_182)) && (-10L)) == 9UL)) || l_224[0][0]) == (*g_25)), 0xA0984C2C580385B4LL)) , 0xC66179C2D32F8C45LL))) , l_232) == (void*)0) <= 0x83L) , g_43) || l_188[3]), (*l_47))) <= 0xBEDFL), 11)), l_182)), l_233)) , (-1L))) >= (-1L)) == (*l_47)), (*l_47)));
                if (g_235[0])
                    continue;
                --l_244;
            }
            (*l_47) = ((safe_rshift_func_int16_t_s_u((-1L), 15)) <= ((**l_231) = ((void*)0 != &g_130)));
        }
        else
        { 
            int16_t ***l_253 = (void*)0;
            int16_t ***l_254 = &l_231;
            int32_t l_255 = 0x20846C0FL;
            (*g_25) &= l_233;
            (*l_47) &= (*g_25);
            l_182 = (safe_sub_func_int8_t_s_s(((l_203 , (*l_47)) , (safe_rshift_func_int8_t_s_u(((((*g_25) , ((*l_254) = &g_41)) == &g_41) ^ l_255), 4))), l_255));
        }
        g_25 = func_3(l_256, ((safe_mod_func_int64_t_s_s(g_199, ((*l_256) | ((g_196 & ((safe_unary_minus_func_uint32_t_u(g_26[0][0])) | g_2)) <= (*l_47))))) , l_260), &l_182);
    }
    (*l_47) = ((safe_mul_func_int16_t_s_s((((((*l_47) | (*l_256)) | 0xF202E733L) >= ((~(((void*)0 == g_266) > 0x3BC691B7L)) || g_199)) & 4UL), l_268)) != 0xA97DC5E8L);
    return g_26[0][0];
}
static int32_t * func_3(int32_t * const  p_4, uint64_t  p_5, int32_t * const  p_6)
{ 
    int32_t l_49 = (-1L);
    int32_t l_52 = 0x5F6F594AL;
    int32_t l_57[3];
    int32_t *l_88 = &g_26[0][0];
    int16_t *l_94 = &g_23;
    const uint32_t l_154 = 7UL;
    int i;
    for (i = 0; i < 3; i++)
        l_57[i] = (-2L);
    (*p_4) ^= l_49;
    (*g_25) = (((((l_49 <= (-7L)) ^ (g_26[0][0] | p_5)) >= (safe_add_func_uint64_t_u_u(g_26[0][0], 1UL))) | l_52) , 5L);
    for (l_52 = 12; (l_52 >= 0); --l_52)
    { 
        int32_t l_55 = (-9L);
        int32_t l_67[3];
        int32_t l_68 = 0xCFB7918AL;
        uint32_t l_69 = 18446744073709551608UL;
        uint8_t *l_129 = &g_130;
        const int32_t **l_155 = &g_13;
        int i;
        for (i = 0; i < 3; i++)
            l_67[i] = (-1L);
        if (l_55)
        { 
            int32_t *l_56 = &g_48;
            int32_t l_58 = 0x81DC493AL;
            int32_t *l_59 = &l_58;
            int32_t *l_60 = (void*)0;
            int32_t l_61 = 0x60BD9B76L;
            int32_t *l_62 = &l_55;
            int32_t *l_63 = &g_48;
            int32_t *l_64 = &g_26[0][0];
            int32_t *l_65 = &g_26[0][0];
            int32_t *l_66[4][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0},{&l_55,(void*)0},{(void*)0,&l_55}};
            int16_t **l_95 = &g_41;
            int i, j;
            --l_69;
            for (g_48 = 1; (g_48 >= 0); g_48 -= 1)
            { 
                int i, j;
                l_66[g_48][g_48] = (l_57[g_48] , l_66[g_48][g_48]);
            }
            for (g_48 = 0; (g_48 > (-13)); g_48 = safe_sub_func_int8_t_s_s(g_48, 9))
            { 
                int64_t l_82 = (-1L);
                uint64_t *l_83 = (void*)0;
                uint64_t *l_84[4][2];
                int32_t *l_86 = &l_67[2];
                int32_t **l_87 = &l_59;
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_84[i][j] = &g_85;
                }
                if ((*g_25))
                    break;
                (*l_87) = &l_57[2];
                return l_88;
            }
            (*l_62) ^= (safe_add_func_int8_t_s_s(((safe_mul_func_int8_t_s_s(p_5, (!p_5))) , ((-6L) || (p_5 <= (((*l_95) = l_94) == l_94)))), l_67[0]));
        }
        else
        { 
            uint32_t l_108 = 0x8BD095E9L;
            uint16_t *l_109 = &g_110;
            int16_t *l_111 = &g_112;
            int32_t l_113 = 0x85D5259FL;
            uint8_t *l_116 = &g_43;
            uint16_t *l_126 = (void*)0;
            int32_t **l_131 = &l_88;
            l_55 = (safe_mul_func_uint16_t_u_u((safe_rshift_func_int16_t_s_s(((safe_mul_func_int16_t_s_s((l_113 = ((*l_111) ^= ((*l_94) = (safe_add_func_uint16_t_u_u((((*p_4) |= (safe_mul_func_uint8_t_u_u(g_23, (-1L)))) >= (((*l_109) = (safe_add_func_int8_t_s_s((((0xF3BD0260C4036C84LL & l_108) <= ((void*)0 != &l_55)) && 0x9068L), g_85))) , 1L)), l_68))))), 0x9B81L)) && p_5), p_5)), p_5));
            (*l_131) = func_7((((((safe_lshift_func_int16_t_s_s((((((*l_116)++) | g_2) , (safe_sub_func_int16_t_s_s((+l_55), (safe_rshift_func_uint16_t_u_u((g_127 = ((*l_109)++)), 8))))) ^ (+g_112)), ((void*)0 != l_129))) != g_24) || 0x4F0D90DC829B9F5ALL) | 0xF3047BAFL) , (void*)0), &l_57[2], &l_113, &g_48, &g_26[0][0]);
        }
        (*p_6) &= ((safe_mod_func_uint32_t_u_u(((safe_add_func_int64_t_s_s(g_43, ((((((safe_mul_func_uint8_t_u_u(((safe_add_func_uint16_t_u_u((+l_68), (p_5 & (((safe_add_func_int8_t_s_s(((void*)0 != &g_85), 1UL)) != (*l_88)) < 0x23E10E113701F4E4LL)))) ^ p_5), (-1L))) , l_94) == &g_110) , (void*)0) == (void*)0) , p_5))) == (*l_88)), p_5)) >= 0xF118L);
        (*l_155) = (((*l_88) = ((safe_mul_func_uint16_t_u_u(p_5, (((((p_5 , (safe_rshift_func_int8_t_s_u((safe_mod_func_int8_t_s_s((((safe_lshift_func_int8_t_s_u(((safe_sub_func_int64_t_s_s(((+(g_26[0][0] <= (((((((*g_41) > ((((g_112 = p_5) <= 0x678AL) , &l_94) == &l_94)) >= 0xA8L) , (-2L)) , l_154) & p_5) , 0x76L))) | g_110), g_110)) | (*l_88)), 6)) >= (*g_25)) , g_2), 9UL)), 3))) >= g_85) || 1UL) & 1L) > 0x4BF2L))) || p_5)) , (void*)0);
    }
    return &g_26[1][0];
}
static int32_t * const  func_7(const int32_t * p_8, int32_t * p_9, int32_t * p_10, int32_t * p_11, int32_t * p_12)
{ 
    int16_t l_33 = 0x6B22L;
    int16_t *l_35 = &l_33;
    int16_t **l_34 = &l_35;
    int32_t l_38[2];
    uint8_t *l_42[1][3];
    int32_t l_44[2];
    int i, j;
    for (i = 0; i < 2; i++)
        l_38[i] = 0xBB218AD3L;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_42[i][j] = &g_43;
    }
    for (i = 0; i < 2; i++)
        l_44[i] = 0x11AFD208L;
    (*p_9) = (safe_mod_func_int32_t_s_s(((g_26[0][0] , (safe_rshift_func_uint16_t_u_u(((safe_sub_func_uint8_t_u_u(l_33, (((l_33 , (((*l_34) = &g_23) == (g_26[0][0] , &l_33))) , g_23) <= l_33))) , 9UL), g_23))) == l_33), (-1L)));
    (*p_9) = (((safe_rshift_func_uint8_t_u_u((l_38[1] = 0xBCL), ((safe_rshift_func_uint8_t_u_u((l_44[1] = ((g_41 = &g_23) == (*l_34))), (l_33 < l_33))) != 1UL))) , g_26[1][0]) && l_44[1]);
    return &g_26[1][0];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_24, "g_24", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_26[i][j], "g_26[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_85, "g_85", print_hash_value);
    transparent_crc(g_110, "g_110", print_hash_value);
    transparent_crc(g_112, "g_112", print_hash_value);
    transparent_crc(g_127, "g_127", print_hash_value);
    transparent_crc(g_130, "g_130", print_hash_value);
    transparent_crc(g_196, "g_196", print_hash_value);
    transparent_crc(g_199, "g_199", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_200[i][j], "g_200[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_235[i], "g_235[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
