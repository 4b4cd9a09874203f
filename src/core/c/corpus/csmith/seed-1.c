#include "csmith.h"
static long __undefined;
static int32_t g_6 = 0x9F4288A1L;
static int32_t *g_15 = &g_6;
static int32_t g_25 = 0x4981C586L;
static uint32_t g_41 = 0x069719EFL;
static int16_t g_55 = 0x20FAL;
static uint16_t g_62 = 8UL;
static int32_t *g_75 = &g_25;
static uint16_t *g_77 = &g_62;
static int64_t g_102 = (-1L);
static int8_t g_105 = 0x1CL;
static int32_t ***g_111 = (void*)0;
static int32_t ****g_110[1][4] = {{(void*)0,(void*)0,(void*)0,(void*)0}};
static int64_t g_129 = (-1L);
static uint8_t g_165 = 0UL;
static uint64_t g_187 = 18446744073709551608UL;
static int32_t g_223[2][3] = {{(-1L),(-1L),(-1L)},{0x7C3D4A47L,0x7C3D4A47L,0x7C3D4A47L}};
static uint32_t g_226 = 9UL;
static int32_t * const *g_286 = &g_75;
static int32_t * const **g_285[1] = {&g_286};
static uint32_t  func_1(void);
static int32_t * func_2(int32_t * p_3, const int32_t  p_4);
static uint32_t  func_7(int32_t  p_8, int32_t * const  p_9, int32_t  p_10, int32_t * p_11);
static uint32_t  func_1(void)
{ 
    int32_t *l_5 = &g_6;
    int32_t *l_13 = &g_6;
    int32_t **l_12 = &l_13;
    const int64_t l_172[2][1] = {{(-4L)},{(-4L)}};
    int32_t *l_309[4][3] = {{&g_223[1][1],(void*)0,&g_223[1][1]},{&g_223[0][1],&g_223[0][1],&g_223[0][1]},{&g_223[1][1],(void*)0,&g_223[1][1]},{&g_223[0][1],&g_223[0][1],&g_223[0][1]}};
    uint8_t l_310 = 0xB7L;
    int32_t l_313 = 0xAF4A3882L;
    int i, j;
    (*l_12) = func_2(l_5, ((func_7(g_6, l_5, (*l_5), ((*l_12) = l_5)) , g_25) < l_172[0][0]));
    --l_310;
    return l_313;
}
static int32_t * func_2(int32_t * p_3, const int32_t  p_4)
{ 
    uint16_t l_188 = 4UL;
    int8_t *l_199 = &g_105;
    const int8_t *l_201[4][3] = {{&g_105,&g_105,&g_105},{&g_105,&g_105,&g_105},{&g_105,&g_105,&g_105},{&g_105,&g_105,&g_105}};
    int32_t **l_204 = (void*)0;
    int32_t l_225[2];
    int32_t **l_228 = &g_75;
    int16_t l_308 = 0L;
    int i, j;
    for (i = 0; i < 2; i++)
        l_225[i] = 0x7BCEC8CFL;
    for (g_41 = 0; (g_41 <= 0); g_41 += 1)
    { 
        uint32_t l_196[3][3] = {{0xD39A98EAL,0xD8DBD10FL,0xD39A98EAL},{4294967295UL,4294967295UL,4294967295UL},{0xD39A98EAL,0xD8DBD10FL,0xD39A98EAL}};
        uint64_t l_206 = 18446744073709551613UL;
        const int32_t *l_207 = &g_6;
        int32_t l_260 = 0x9E6C6DA6L;
        int32_t l_263 = 0x38732B21L;
        int32_t l_266 = 0x50AA39C7L;
        int32_t l_267 = 0xBC4987A5L;
        int32_t l_268 = (-1L);
        int32_t l_269[1][4] = {{(-7L),(-7L),(-7L),(-7L)}};
        int i, j;
        for (g_105 = 0; (g_105 >= 0); g_105 -= 1)
        { 
            uint64_t *l_186[1];
            int32_t l_193 = 0x78075960L;
            uint8_t *l_194 = &g_165;
            int32_t l_195 = 0x7A061026L;
            int i;
            for (i = 0; i < 1; i++)
                l_186[i] = &g_187;
            l_195 &= ((*p_3) = (safe_div_func_uint64_t_u_u(((safe_rshift_func_uint8_t_u_u(((*l_194) |= ((((((safe_add_func_uint64_t_u_u((safe_mod_func_int64_t_s_s((+(safe_rshift_func_int8_t_s_u(((p_4 | g_41) && ((l_188--) != 0xE0BF437BD5445E50LL)), (safe_sub_func_int64_t_s_s((l_193 & g_105), g_41))))), (-5L))), g_55)) && 18446744073709551615UL) , l_194) != (void*)0) > 0xA4L) & p_4)), 6)) > g_187), g_25)));
        }
        for (g_165 = 0; (g_165 <= 0); g_165 += 1)
        { 
            int8_t **l_200 = &l_199;
            const int8_t **l_202[1];
            int32_t * const *l_203 = &g_15;
            uint16_t *l_205 = &g_62;
            uint64_t l_224 = 7UL;
            int16_t *l_248 = (void*)0;
            int16_t *l_249 = &g_55;
            uint32_t *l_250[1][1];
            int32_t l_251 = 1L;
            int32_t *l_252 = &l_225[1];
            int32_t l_264 = 0xC0A20D6EL;
            int32_t l_265 = 1L;
            int32_t l_270 = 1L;
            int32_t l_271 = 0x90968EFDL;
            uint32_t l_272 = 0x000E44F0L;
            int i, j;
            for (i = 0; i < 1; i++)
                l_202[i] = &l_201[1][0];
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_250[i][j] = &l_196[1][0];
            }
            if (((((l_196[0][1] ^ ((((*l_205) &= ((safe_lshift_func_uint8_t_u_s((((*l_200) = l_199) == (l_201[1][0] = l_201[1][0])), g_165)) & (l_203 != l_204))) & 0UL) && l_206)) , p_4) , g_6) , (*p_3)))
            { 
                const int32_t **l_208 = &l_207;
                int8_t **l_221 = &l_199;
                int32_t *l_222[1][4] = {{&g_223[0][1],&g_223[0][1],&g_223[0][1],&g_223[0][1]}};
                int i, j;
                (*l_208) = l_207;
                l_225[0] = (safe_add_func_int32_t_s_s((safe_div_func_int16_t_s_s((((safe_div_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_s(((*p_3) , (((*p_3) > (l_224 = (safe_mod_func_uint8_t_u_u(((((((safe_div_func_uint16_t_u_u(p_4, ((((void*)0 != l_221) < (**l_208)) | (-1L)))) , (*l_207)) == (**l_208)) | 1L) && g_6) != g_187), p_4)))) == 0x15D564F06660D7ADLL)), p_4)), g_25)) < g_187) < p_4), p_4)), 0x5479E039L));
            }
            else
            { 
                const int32_t **l_227 = &l_207;
                int32_t **l_229 = (void*)0;
                if (g_226)
                    break;
                (*l_227) = &p_4;
                l_229 = l_228;
            }
            (*l_252) ^= (((l_251 ^= (safe_lshift_func_int8_t_s_s((safe_mul_func_int8_t_s_s((((((!g_223[0][0]) != (p_4 ^ (((safe_mul_func_uint8_t_u_u(g_165, (((((*l_207) == ((safe_lshift_func_int16_t_s_s(((*l_249) = (!((*l_205) = (safe_mul_func_uint16_t_u_u((safe_div_func_int8_t_s_s((safe_rshift_func_int16_t_s_s((*l_207), 12)), g_226)), (*l_207)))))), g_223[0][2])) | p_4)) < g_102) | p_4) || g_129))) != g_25) > 252UL))) > p_4) == p_4) != p_4), 0x39L)), g_223[0][1]))) >= 0x7469F826L) == 0xB0L);
            for (g_187 = 0; (g_187 <= 0); g_187 += 1)
            { 
                int32_t l_253 = 2L;
                int32_t *l_254 = &g_223[0][1];
                int32_t *l_255 = &g_223[0][1];
                int32_t *l_256 = &l_253;
                int32_t *l_257 = &g_223[0][1];
                int32_t *l_258 = (void*)0;
                int32_t *l_259 = &l_253;
                int32_t *l_261 = &l_260;
                int32_t *l_262[4];
                uint16_t *l_283 = &l_188;
                int32_t **l_284 = &l_262[0];
                int i, j;
                for (i = 0; i < 4; i++)
                    l_262[i] = &l_260;
                l_272--;
                (*l_254) &= (p_4 & g_226);
                (*l_255) &= ((0x65L < (safe_lshift_func_int16_t_s_u((((safe_sub_func_uint16_t_u_u((0xD9L | (safe_mul_func_uint16_t_u_u(((*l_283) &= (p_4 , ((*l_205)--))), ((&p_4 == ((*l_284) = p_3)) <= g_6)))), p_4)) , 6L) == g_55), g_25))) >= 0xFC986ED9D855FFF4LL);
                g_285[0] = g_285[0];
            }
            for (l_272 = (-26); (l_272 > 48); ++l_272)
            { 
                int64_t l_289 = (-10L);
                int32_t ***l_300 = &l_204;
                (*p_3) = l_289;
                if ((*l_207))
                    break;
                (*p_3) = (((void*)0 == &g_111) & (safe_rshift_func_int8_t_s_s(0x9DL, ((((safe_lshift_func_int16_t_s_u((((**l_200) |= 0x4AL) , (safe_add_func_int64_t_s_s(((safe_lshift_func_int8_t_s_s((safe_lshift_func_int16_t_s_s((((*l_300) = (((l_289 <= p_4) || g_41) , (void*)0)) == (void*)0), 13)), l_225[0])) ^ l_188), p_4))), 13)) != l_289) == g_102) == (-9L)))));
            }
        }
        for (g_165 = 0; (g_165 <= 0); g_165 += 1)
        { 
            int i, j;
            if (l_269[g_165][(g_41 + 2)])
                break;
        }
        l_266 ^= ((*p_3) = ((((safe_rshift_func_int8_t_s_s((l_225[0] , (safe_rshift_func_uint8_t_u_u((safe_add_func_uint64_t_u_u(((+(&l_201[3][2] != &l_199)) | g_102), (-1L))), g_165))), g_129)) | 0x28L) == p_4) , (*l_207)));
        for (l_267 = 0; (l_267 >= 0); l_267 -= 1)
        { 
            int i, j;
            l_308 &= (*p_3);
        }
    }
    return p_3;
}
static uint32_t  func_7(int32_t  p_8, int32_t * const  p_9, int32_t  p_10, int32_t * p_11)
{ 
    int32_t *l_14 = (void*)0;
    int32_t l_21[3];
    uint32_t l_42 = 0x5481F04FL;
    uint32_t l_56 = 0xB64A4744L;
    int32_t **l_92 = &l_14;
    int32_t ***l_91 = &l_92;
    int16_t l_163 = 0x28C9L;
    int8_t l_171 = 0x4CL;
    int i;
    for (i = 0; i < 3; i++)
        l_21[i] = 0x3700168AL;
    g_15 = l_14;
    if ((safe_add_func_uint16_t_u_u((((((safe_sub_func_int32_t_s_s(0x1FC2DA8AL, ((((safe_unary_minus_func_uint8_t_u(p_10)) , ((g_6 , (0x110EL >= l_21[1])) , p_10)) && g_6) , p_10))) , g_6) < p_10) || 0x82E58099740826F3LL) && g_6), p_10)))
    { 
        for (p_8 = (-22); (p_8 < (-6)); p_8 = safe_add_func_uint16_t_u_u(p_8, 2))
        { 
            return g_6;
        }
        return p_8;
    }
    else
    { 
        int32_t *l_24[4];
        uint64_t l_26[2][4] = {{0xA00B6FB96F37D437LL,0xA00B6FB96F37D437LL,0xA00B6FB96F37D437LL,0xA00B6FB96F37D437LL},{0xA00B6FB96F37D437LL,0xA00B6FB96F37D437LL,0xA00B6FB96F37D437LL,0xA00B6FB96F37D437LL}};
        int32_t **l_29 = (void*)0;
        int32_t **l_30[3];
        int32_t **l_39 = &l_24[2];
        uint32_t *l_40[1][4];
        uint64_t l_52 = 0xB5841EC3D2506546LL;
        int16_t *l_53 = (void*)0;
        int16_t *l_54 = &g_55;
        uint16_t * const l_78[2] = {&g_62,&g_62};
        uint32_t l_141 = 0xE212FD21L;
        int8_t l_150 = 0xC5L;
        int i, j;
        for (i = 0; i < 4; i++)
            l_24[i] = &g_25;
        for (i = 0; i < 3; i++)
            l_30[i] = &g_15;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_40[i][j] = &g_41;
        }
        g_6 = (((l_26[0][2] = 0xB7BE2D3DL) , (((((safe_rshift_func_uint8_t_u_s(l_26[0][0], 6)) , (g_15 = l_24[1])) == p_9) , (safe_div_func_uint64_t_u_u(((p_10 > 0L) || g_6), p_10))) != p_8)) , (*g_15));
        l_21[1] = (*p_11);
        if ((((safe_add_func_uint64_t_u_u(g_6, ((safe_rshift_func_int8_t_s_s(((safe_sub_func_int64_t_s_s(((l_42 = (((*l_39) = l_14) == (void*)0)) < ((safe_lshift_func_int16_t_s_u(((*l_54) &= (safe_rshift_func_int8_t_s_s((+(safe_div_func_uint16_t_u_u(p_10, ((((l_52 = (safe_mul_func_int8_t_s_s(0xB7L, (-1L)))) != (*p_9)) <= 4294967291UL) | g_41)))), p_10))), 2)) >= 0x1AE7L)), l_56)) <= g_41), p_10)) > 1UL))) ^ 4294967295UL) >= 1L))
        { 
            uint16_t *l_61[4] = {&g_62,&g_62,&g_62,&g_62};
            int32_t l_71 = 4L;
            int8_t l_74 = 0xEDL;
            uint16_t **l_76[3];
            int i;
            for (i = 0; i < 3; i++)
                l_76[i] = &l_61[2];
            l_21[0] ^= ((safe_lshift_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_u((((*l_54) = p_8) , (g_62 ^= 65527UL)), (safe_div_func_uint16_t_u_u(((((*p_11) , (((((safe_mod_func_uint8_t_u_u(((safe_sub_func_uint32_t_u_u(p_10, (safe_mul_func_uint16_t_u_u(p_10, 0xCFC2L)))) , p_8), 0x43L)) || l_71) < p_8) && p_8) && l_42)) < (*p_9)) , l_71), p_8)))), g_25)) ^ (-6L));
            for (l_52 = 0; (l_52 <= 2); l_52 += 1)
            { 
                int i;
                g_15 = &l_21[l_52];
                return g_25;
            }
            (*g_15) &= (safe_div_func_int32_t_s_s(((*p_9) = ((g_55 = l_74) || (((g_75 = &g_25) == &g_25) , ((g_77 = (void*)0) != l_78[0])))), 2UL));
            for (g_6 = 2; (g_6 != (-2)); --g_6)
            { 
                uint32_t l_88 = 0x00D659E5L;
                g_15 = &g_6;
                g_15 = &l_71;
                g_15 = &g_6;
                l_71 = (p_8 , ((safe_div_func_uint32_t_u_u(((249UL == (~(((safe_div_func_uint64_t_u_u((safe_rshift_func_int8_t_s_s((p_10 ^ 0x0B97L), 7)), p_10)) <= g_6) ^ l_88))) <= l_88), g_25)) <= 0xE064L));
            }
        }
        else
        { 
            uint64_t l_95 = 0xAA844380E064424CLL;
            int32_t ** const *l_113 = (void*)0;
            int32_t ** const **l_112 = &l_113;
            int8_t *l_122 = (void*)0;
            int8_t *l_123[4][3] = {{&g_105,&g_105,&g_105},{&g_105,(void*)0,&g_105},{&g_105,&g_105,&g_105},{&g_105,(void*)0,&g_105}};
            int64_t *l_128 = &g_129;
            int32_t l_135 = 5L;
            int32_t l_136 = 0xE29BDB73L;
            int32_t l_138 = 0x14BEF022L;
            int32_t l_139 = 1L;
            int32_t l_140 = 0xCCF353F8L;
            int i, j;
            for (g_25 = (-26); (g_25 == (-7)); g_25 = safe_add_func_int16_t_s_s(g_25, 6))
            { 
                int32_t ****l_93 = (void*)0;
                int32_t ****l_94 = &l_91;
                (*l_94) = l_91;
                ++l_95;
                if ((*g_15))
                    break;
                (*p_9) &= 0xD61587F3L;
            }
            (*p_11) ^= ((-4L) || (safe_sub_func_int16_t_s_s((((void*)0 != &l_24[1]) >= (g_55 <= (safe_div_func_int32_t_s_s(((-1L) && g_102), g_41)))), (*g_77))));
            (*p_9) = ((*g_15) = (safe_add_func_int32_t_s_s(l_95, ((g_105 = 0UL) , (safe_div_func_uint32_t_u_u(4294967295UL, (safe_mul_func_uint8_t_u_u(((((g_41 , g_110[0][1]) == l_112) == g_62) | 0x19E070DDB654FA89LL), 1UL))))))));
            if ((safe_mul_func_uint8_t_u_u((safe_mul_func_int8_t_s_s((safe_add_func_uint32_t_u_u(g_102, (safe_rshift_func_int8_t_s_u((g_105 = p_8), (((((*l_128) = (safe_sub_func_int32_t_s_s((safe_mod_func_uint32_t_u_u(0x8A694094L, ((*g_15) = (g_25 & 0xFC4F5E6FL)))), 2UL))) , 0x1FL) && g_55) == 0x0A1317D21247B8CFLL))))), 0xFFL)), g_41)))
            { 
                int32_t l_134 = 0xAC582B1AL;
                int32_t l_137 = 0L;
                int32_t **l_146 = &l_24[0];
                int32_t **l_149 = (void*)0;
                (*g_15) &= (g_6 & (p_8 < ((safe_unary_minus_func_uint32_t_u((safe_sub_func_int64_t_s_s(((*l_128) = ((!g_102) || ((void*)0 == p_11))), 0x3B8C42DAAAAF263CLL)))) > 0x75L)));
                l_141++;
                (*l_92) = ((((safe_div_func_uint16_t_u_u((((l_146 == (void*)0) , (safe_sub_func_int16_t_s_s(((p_8 == (((p_10 , &p_9) == l_149) & 6L)) >= l_150), (*g_77)))) | g_105), 0xED4EL)) | 65534UL) , p_10) , p_11);
            }
            else
            { 
                int32_t **l_151 = &l_14;
                uint8_t *l_164[2][3] = {{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}};
                int32_t l_166 = (-10L);
                int i, j;
                (*l_151) = p_9;
                (*g_15) = ((safe_div_func_int32_t_s_s((((+1UL) , ((safe_div_func_uint8_t_u_u((((l_166 |= (g_165 = (safe_lshift_func_int8_t_s_s((g_25 || p_10), ((g_41 = ((safe_div_func_uint8_t_u_u((safe_add_func_uint32_t_u_u((((**l_151) |= p_8) , ((0x1039D6A3L != l_163) > (*g_15))), (*g_15))), g_105)) <= p_8)) , p_8))))) <= g_102) , 8UL), p_10)) == 0xED5CDA24L)) , (*g_15)), g_25)) || 0xF46972ACL);
                l_21[1] &= (l_136 = ((*g_15) &= ((*p_9) = (safe_div_func_uint64_t_u_u(0xC2D1DE3E92144345LL, (safe_mul_func_int16_t_s_s(((*l_54) = g_6), 65529UL)))))));
            }
        }
        l_171 &= 9L;
    }
    return g_6;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_25, "g_25", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    transparent_crc(g_55, "g_55", print_hash_value);
    transparent_crc(g_62, "g_62", print_hash_value);
    transparent_crc(g_102, "g_102", print_hash_value);
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_129, "g_129", print_hash_value);
    transparent_crc(g_165, "g_165", print_hash_value);
    transparent_crc(g_187, "g_187", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_223[i][j], "g_223[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_226, "g_226", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
