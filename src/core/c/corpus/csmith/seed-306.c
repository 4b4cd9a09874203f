#include "csmith.h"
static long __undefined;
struct S0 {
   int32_t  f0;
   const int32_t  f1;
   int32_t  f2;
   uint32_t  f3;
   int32_t  f4;
   uint16_t  f5;
};
struct S1 {
   uint16_t  f0;
   const uint32_t  f1;
   struct S0  f2;
};
struct S2 {
   uint8_t  f0;
   uint64_t  f1;
   uint32_t  f2;
   uint32_t  f3;
};
struct S3 {
   struct S2  f0;
   uint16_t  f1;
   const int32_t  f2;
   int16_t  f3;
   int32_t  f4;
};
struct S4 {
   int8_t  f0;
   const uint32_t  f1;
   int64_t  f2;
};
static uint64_t g_8 = 0x7EA0D018D303F024LL;
static int32_t g_15 = (-4L);
static struct S1 g_25 = {65526UL,0UL,{0x254E7F13L,0xCF59F89FL,-6L,9UL,0L,7UL}};
static uint32_t g_34 = 0x4A13735CL;
static uint32_t g_79 = 4294967295UL;
static int32_t *g_83 = &g_25.f2.f0;
static int32_t **g_82 = &g_83;
static int32_t **g_85 = &g_83;
static struct S3 g_96 = {{0x7CL,0UL,0UL,0x429DD6F4L},0xCE8FL,0x7059363FL,-5L,0x7F862FE7L};
static uint64_t g_102 = 18446744073709551615UL;
static struct S3 g_119 = {{0xF6L,0xA9E613B00E0C1F7DLL,4294967295UL,4294967291UL},6UL,0xC5022BCEL,-4L,0xB7B902C6L};
static struct S3 *g_118 = &g_119;
static const int64_t *g_128 = (void*)0;
static int8_t g_139 = (-1L);
static int8_t *g_138 = &g_139;
static struct S2 *g_170 = &g_119.f0;
static int32_t g_262[3][1] = {{1L},{1L},{1L}};
static struct S1 *g_278 = (void*)0;
static struct S4 g_282 = {0x45L,0xB29B314FL,-1L};
static int16_t  func_1(void);
static uint8_t  func_2(uint32_t  p_3, int8_t  p_4, uint64_t  p_5, struct S3  p_6, uint8_t  p_7);
static int8_t  func_9(uint32_t  p_10);
static int16_t  func_1(void)
{ 
    int64_t l_11 = 0xD621EC2184E5A945LL;
    struct S3 l_26[2] = {{{0xE1L,18446744073709551615UL,0x3D58E56AL,0x6DAD8BE7L},0UL,0xF81A770AL,1L,0x02B5BDDDL},{{0xE1L,18446744073709551615UL,0x3D58E56AL,0x6DAD8BE7L},0UL,0xF81A770AL,1L,0x02B5BDDDL}};
    uint32_t l_196 = 4294967286UL;
    struct S0 l_223 = {-4L,0x262FA0CCL,1L,0UL,0x9B5DD464L,0xD908L};
    struct S2 *l_235 = &g_96.f0;
    uint32_t l_257[1];
    int32_t l_260 = 0x21FC0D30L;
    int32_t l_261 = 0x9F3D8131L;
    int32_t l_263 = 1L;
    int32_t l_264 = 0x4A671EDEL;
    int16_t l_270 = 0L;
    struct S4 *l_281 = &g_282;
    uint8_t l_335 = 4UL;
    int i;
    for (i = 0; i < 1; i++)
        l_257[i] = 0xC5321604L;
    if ((func_2(((g_8 ^ func_9(l_11)) || ((safe_add_func_int32_t_s_s(((((safe_rshift_func_uint8_t_u_s(((65535UL > (safe_mod_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u((g_25 , l_11), 5)), l_11))) ^ 0xE7L), g_25.f2.f0)) <= g_25.f2.f3) <= g_8) >= 0x5D3E8EA471603728LL), g_25.f2.f2)) & g_25.f2.f0)), g_25.f2.f1, g_25.f2.f1, l_26[0], g_25.f0) , l_26[0].f1))
    { 
        struct S2 **l_173 = (void*)0;
        struct S2 ***l_172 = &l_173;
        (*l_172) = &g_170;
    }
    else
    { 
        uint32_t l_174[4];
        int i;
        for (i = 0; i < 4; i++)
            l_174[i] = 0x6EB98435L;
        return l_174[1];
    }
    for (l_11 = 13; (l_11 >= (-6)); --l_11)
    { 
        int32_t *l_177[2][3];
        int16_t l_193 = 0xDF59L;
        int64_t ***l_209 = (void*)0;
        int32_t l_225[2][3];
        int8_t l_226[4];
        uint8_t *l_229 = &g_96.f0.f0;
        struct S1 *l_239 = &g_25;
        struct S1 **l_240 = &l_239;
        struct S2 **l_247 = (void*)0;
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 3; j++)
                l_177[i][j] = (void*)0;
        }
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 3; j++)
                l_225[i][j] = 0xF6FAD5A6L;
        }
        for (i = 0; i < 4; i++)
            l_226[i] = 0xD4L;
        if ((l_26[0].f0 , (l_177[0][0] != l_177[0][0])))
        { 
            int16_t l_180[3];
            int32_t l_181 = 0x75E5E2D9L;
            struct S2 l_185 = {0x7AL,0xD3C7F17199E99429LL,2UL,0xF261ECBFL};
            uint16_t *l_190[4][3] = {{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}};
            int i, j;
            for (i = 0; i < 3; i++)
                l_180[i] = 4L;
            for (g_8 = 0; (g_8 > 18); g_8++)
            { 
                uint8_t l_182 = 0x97L;
                l_182--;
            }
            (*g_170) = l_185;
            l_26[0].f4 ^= ((g_25.f0 = (l_26[0].f2 < (safe_div_func_int32_t_s_s((l_26[0].f1 ^ (safe_mul_func_int8_t_s_s(((*g_138) |= (((void*)0 != &g_128) || ((l_185 , 0UL) == g_119.f0.f1))), l_26[0].f0.f2))), g_25.f0)))) | l_181);
        }
        else
        { 
            const int64_t **l_192 = &g_128;
            const int64_t ***l_191 = &l_192;
            (*l_191) = &g_128;
            return g_96.f3;
        }
        if ((l_193 , (safe_div_func_int8_t_s_s((*g_138), 0x3FL))))
        { 
            uint8_t l_197 = 0x01L;
            g_25.f2.f4 |= l_196;
            ++l_197;
            for (g_15 = (-24); (g_15 < (-10)); g_15++)
            { 
                int64_t ****l_210 = &l_209;
                int64_t l_211 = (-8L);
                int32_t l_212 = (-10L);
                l_26[0].f4 ^= ((g_102 , ((((*g_138) & ((void*)0 == g_128)) <= (safe_sub_func_int8_t_s_s((safe_add_func_int32_t_s_s((safe_mul_func_uint16_t_u_u((!(((*l_210) = l_209) != (void*)0)), g_96.f1)), l_211)), (*g_138)))) || l_26[0].f2)) , l_197);
                l_212 |= (l_197 <= (l_26[0].f0.f2 > g_96.f0.f2));
            }
        }
        else
        { 
            for (g_119.f0.f3 = (-18); (g_119.f0.f3 < 37); ++g_119.f0.f3)
            { 
                struct S1 *l_215[2][3] = {{&g_25,&g_25,&g_25},{(void*)0,(void*)0,(void*)0}};
                int i, j;
                l_215[1][0] = &g_25;
                return g_139;
            }
        }
        for (g_102 = 0; (g_102 < 16); g_102 = safe_add_func_uint64_t_u_u(g_102, 1))
        { 
            uint8_t l_224 = 0x1BL;
            uint32_t *l_227 = &l_196;
            if (((g_96.f4 ^= (safe_mul_func_uint8_t_u_u(((safe_unary_minus_func_uint32_t_u(((((g_119.f0.f3 = ((*l_227) = ((g_119.f0.f2 , (safe_rshift_func_int16_t_s_s((l_223 , 0x2389L), ((((1UL >= (((l_224 | l_225[1][1]) & g_102) <= g_119.f1)) > l_226[3]) <= 0xB6L) || 0x85L)))) != g_102))) ^ g_25.f1) , l_223) , g_25.f2.f4))) || 0xF73A530DL), g_25.f2.f1))) & 0x0D202A2DL))
            { 
                uint16_t l_228[1][4] = {{0x8D7BL,0x8D7BL,0x8D7BL,0x8D7BL}};
                int i, j;
                return l_228[0][3];
            }
            else
            { 
                uint32_t l_234 = 0x0288A607L;
                struct S2 *l_236 = &l_26[0].f0;
                l_236 = ((((l_229 == (g_25 , (void*)0)) , (safe_mod_func_uint16_t_u_u((0x80L > (safe_mul_func_int8_t_s_s((&g_102 == (void*)0), (-7L)))), l_234))) && g_8) , l_235);
                l_223.f0 &= ((g_119.f0.f1 = (safe_lshift_func_int16_t_s_s(0xA488L, 15))) == l_26[0].f0.f1);
                (*l_235) = (*g_170);
                (*l_235) = (*g_170);
            }
        }
        if ((((*l_240) = l_239) == &g_25))
        { 
            int64_t *l_245[2][3];
            uint16_t l_246 = 65535UL;
            struct S2 ***l_248 = &l_247;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 3; j++)
                    l_245[i][j] = &l_11;
            }
            for (g_96.f3 = 1; (g_96.f3 >= 0); g_96.f3 -= 1)
            { 
                int i, j;
                if (l_225[g_96.f3][g_96.f3])
                    break;
                l_246 &= (safe_rshift_func_uint8_t_u_s((safe_lshift_func_int16_t_s_u((l_245[0][1] != (((void*)0 == (*l_240)) , g_128)), 15)), (((0x43CCBAE7F329C724LL || g_96.f0.f1) >= g_25.f2.f5) > 0xA9FF0F2CL)));
            }
            (*l_248) = l_247;
        }
        else
        { 
            return g_96.f0.f2;
        }
    }
    for (g_119.f1 = (-29); (g_119.f1 >= 57); g_119.f1 = safe_add_func_uint8_t_u_u(g_119.f1, 1))
    { 
        int32_t *l_251 = (void*)0;
        int32_t *l_252 = (void*)0;
        int32_t *l_253 = (void*)0;
        int32_t *l_254[3];
        int8_t **l_314 = &g_138;
        const int32_t *l_317 = &l_264;
        int i;
        for (i = 0; i < 3; i++)
            l_254[i] = &l_223.f4;
        if ((l_223.f4 = l_26[0].f2))
        { 
            uint8_t l_265[3];
            uint32_t l_271 = 1UL;
            int i;
            for (i = 0; i < 3; i++)
                l_265[i] = 1UL;
            for (l_223.f2 = (-1); (l_223.f2 != (-14)); l_223.f2--)
            { 
                ++l_257[0];
            }
            --l_265[0];
            l_271 ^= (safe_rshift_func_int16_t_s_u(l_270, 2));
        }
        else
        { 
            return g_96.f1;
        }
        for (l_223.f3 = 10; (l_223.f3 != 38); l_223.f3 = safe_add_func_int64_t_s_s(l_223.f3, 7))
        { 
            struct S1 *l_276[4];
            int32_t l_308 = 0L;
            uint16_t l_309 = 0x5A1CL;
            int i;
            for (i = 0; i < 4; i++)
                l_276[i] = &g_25;
            if (((0x7EL != ((*g_138) >= (safe_lshift_func_int8_t_s_s((*g_138), 0)))) == l_223.f1))
            { 
                struct S1 **l_277[3][3];
                struct S4 **l_283 = &l_281;
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_277[i][j] = &l_276[3];
                }
                l_264 = (((g_278 = l_276[1]) != &g_25) , ((-5L) | (g_96.f0.f2 <= 0xDB38L)));
                (*l_283) = l_281;
            }
            else
            { 
                int8_t **l_286 = &g_138;
                int32_t l_300 = 0x72AAF0F9L;
                uint16_t *l_301 = (void*)0;
                l_300 = (safe_sub_func_uint8_t_u_u((((*l_286) = &g_139) == (void*)0), (safe_unary_minus_func_uint64_t_u(((safe_rshift_func_int8_t_s_u((safe_add_func_uint64_t_u_u((safe_mul_func_int16_t_s_s((safe_mod_func_uint32_t_u_u((0xF4499494L <= 0xB94E045BL), (safe_rshift_func_int8_t_s_s((safe_mul_func_uint16_t_u_u(g_15, l_11)), 4)))), l_223.f0)), (-6L))), 6)) == 1UL)))));
                l_308 = (((((((g_96.f1++) < (&g_25 == &g_25)) || g_25.f2.f4) <= (safe_mod_func_int64_t_s_s((safe_rshift_func_int16_t_s_s((0x0E58L > l_308), g_282.f2)), l_223.f5))) && g_119.f3) ^ l_309) <= 0xD976BACEL);
            }
        }
        for (g_25.f2.f4 = 0; (g_25.f2.f4 >= (-11)); g_25.f2.f4--)
        { 
            int8_t **l_315 = &g_138;
            int32_t l_320[1];
            uint16_t l_321 = 9UL;
            int i;
            for (i = 0; i < 1; i++)
                l_320[i] = 2L;
            if ((l_223.f4 = (safe_mul_func_int16_t_s_s(0xD5ABL, (g_96.f0.f2 == ((g_25.f2 , l_314) != l_315))))))
            { 
                int32_t *l_316 = (void*)0;
                const int32_t **l_318 = (void*)0;
                const int32_t **l_319 = &l_317;
                (*g_82) = &l_263;
                l_316 = l_251;
                (*l_319) = l_317;
            }
            else
            { 
                ++l_321;
                return l_26[0].f0.f3;
            }
            (**g_82) ^= (l_320[0] |= (safe_lshift_func_int16_t_s_s(l_321, 15)));
            for (g_102 = 0; (g_102 > 26); ++g_102)
            { 
                struct S4 **l_328 = &l_281;
                struct S1 **l_329 = (void*)0;
                struct S1 **l_330 = &g_278;
                struct S2 **l_332 = &g_170;
                struct S2 ***l_331 = &l_332;
                int32_t l_333 = (-4L);
                (*l_328) = &g_282;
                (*l_330) = &g_25;
                l_333 = (1UL | (((*g_170) , ((*l_331) = &g_170)) != (g_282 , (void*)0)));
                (**g_82) = (l_320[0] > ((-1L) & (+0x611FL)));
            }
            l_317 = ((*g_82) = (*g_82));
        }
        g_15 ^= l_335;
    }
    return g_96.f1;
}
static uint8_t  func_2(uint32_t  p_3, int8_t  p_4, uint64_t  p_5, struct S3  p_6, uint8_t  p_7)
{ 
    int64_t l_27 = 0x4462D17F4926A672LL;
    uint16_t *l_30 = &g_25.f0;
    uint32_t *l_33[4][2];
    struct S2 l_35 = {6UL,0xCDE216D727936456LL,0UL,0x03153D57L};
    int32_t l_70[4][3] = {{9L,(-1L),(-1L)},{(-1L),0x64C767A1L,(-1L)},{9L,0x64C767A1L,9L},{0x7967B2D6L,(-1L),(-1L)}};
    int32_t l_91[4];
    uint16_t l_131 = 0x5557L;
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
            l_33[i][j] = &g_34;
    }
    for (i = 0; i < 4; i++)
        l_91[i] = 0x21085DA1L;
    if ((l_27 || (0xB5F732BCL > (g_34 &= (((safe_add_func_int32_t_s_s(g_8, (((*l_30) = l_27) | (safe_sub_func_uint8_t_u_u(3UL, l_27))))) == 18446744073709551615UL) && l_27)))))
    { 
        struct S4 l_36 = {0L,0UL,0x1E226996DCEBFDCALL};
        int32_t *l_37[4][3] = {{&g_25.f2.f0,&g_15,&g_25.f2.f0},{&g_25.f2.f0,&g_25.f2.f0,&g_25.f2.f0},{&g_25.f2.f0,&g_25.f2.f0,&g_15},{&g_15,&g_25.f2.f0,&g_15}};
        int i, j;
        l_35 = l_35;
        g_15 = (l_36 , l_35.f0);
    }
    else
    { 
        int32_t l_43 = 0x9178FB6CL;
        uint64_t l_61[2];
        int64_t * const l_90 = &l_27;
        int32_t l_98 = 0x2CAA49FFL;
        int32_t l_100 = (-2L);
        int64_t l_101[3][4] = {{(-1L),0L,(-1L),(-1L)},{0L,0L,0xFD0C6BF6C930389ELL,0L},{0L,(-1L),(-1L),0L}};
        const uint8_t l_130 = 0x29L;
        uint32_t l_150 = 9UL;
        int i, j;
        for (i = 0; i < 2; i++)
            l_61[i] = 1UL;
        if (l_35.f0)
        { 
            int64_t l_62 = 0xF179D16154EA94EDLL;
            int8_t l_64 = 1L;
            uint16_t *l_66 = &g_25.f2.f5;
            int32_t l_68 = 9L;
            int32_t l_99[4][2] = {{0L,0L},{0L,0L},{0L,0L},{0L,0L}};
            struct S3 *l_117 = &g_96;
            struct S3 **l_116[1];
            int i, j;
            for (i = 0; i < 1; i++)
                l_116[i] = &l_117;
            if ((((g_34 && 0UL) > ((&g_15 == (void*)0) | (!((((g_8 = ((((((safe_div_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s(1L, 1)), 0x8B64L)) & p_6.f0.f3) ^ 8UL) || p_6.f0.f2) == p_7) , 1UL)) , p_6.f0.f3) && l_43) <= p_4)))) , 1L))
            { 
                int16_t l_48 = 0L;
                int64_t *l_63 = &l_62;
                uint32_t l_65 = 1UL;
                int8_t *l_67 = &l_64;
                int32_t *l_69 = (void*)0;
                int32_t *l_71 = &l_70[3][0];
                int32_t *l_72 = &g_25.f2.f0;
                int32_t *l_73 = (void*)0;
                int32_t *l_74 = &g_25.f2.f0;
                int32_t *l_75 = &g_15;
                int32_t *l_76 = &g_25.f2.f0;
                int32_t *l_77 = &l_70[2][2];
                int32_t *l_78[1];
                int32_t ***l_84 = &g_82;
                int i;
                for (i = 0; i < 1; i++)
                    l_78[i] = &l_68;
                p_6.f4 = (l_70[3][1] = (safe_lshift_func_uint8_t_u_u((safe_div_func_int16_t_s_s((p_6 , (((*l_67) = (((((l_48 >= (l_48 <= (safe_mul_func_uint16_t_u_u(g_25.f2.f3, (safe_sub_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_u(((((*l_63) = (((safe_add_func_int64_t_s_s((safe_mul_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_u(g_25.f2.f0, l_61[0])), g_25.f2.f0)), l_62)) != 0xA25C9B65L) ^ 1UL)) || l_62) ^ l_64), p_3)), l_64)))))) , l_65) , l_66) == (void*)0) >= 0x944068BD6B81C74FLL)) != l_68)), l_43)), 7)));
                ++g_79;
                g_85 = ((*l_84) = g_82);
                (*l_71) &= ((**g_82) = ((safe_mul_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_s(((((void*)0 != l_90) , l_91[1]) & (safe_sub_func_int8_t_s_s((((*l_67) = (l_35.f3 , (2L | g_25.f2.f4))) < p_7), 247UL))), 6)), g_25.f2.f2)) > p_6.f0.f3));
            }
            else
            { 
                struct S3 *l_95 = &g_96;
                struct S3 **l_94 = &l_95;
                int32_t *l_97[1];
                int32_t ***l_106 = (void*)0;
                int32_t ***l_107[3][1];
                int i, j;
                for (i = 0; i < 1; i++)
                    l_97[i] = &l_43;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_107[i][j] = &g_85;
                }
lbl_105:
                (*l_94) = &p_6;
                g_102--;
                if (p_6.f0.f2)
                    goto lbl_105;
                if (g_8)
                    goto lbl_120;
                (*g_83) = (((g_82 = &g_83) != &g_83) >= (safe_div_func_int16_t_s_s(((void*)0 != &g_85), (((safe_lshift_func_uint16_t_u_u(((safe_rshift_func_int16_t_s_s(((((safe_lshift_func_uint16_t_u_s(g_96.f1, g_25.f1)) > 1UL) , l_62) , 0xFC2CL), g_96.f0.f0)) || p_6.f0.f2), g_25.f2.f1)) < (**g_85)) | 0x599F0A17L))));
            }
lbl_120:
            g_118 = &g_96;
            (**g_85) &= p_6.f0.f0;
            (*g_82) = &l_100;
        }
        else
        { 
            (*g_85) = (*g_85);
        }
        for (g_96.f1 = 0; (g_96.f1 <= 3); g_96.f1 += 1)
        { 
            int32_t l_148 = 9L;
            int64_t * const *l_154 = &l_90;
            uint8_t * const l_158 = &g_96.f0.f0;
            int i;
        }
    }
    return l_35.f3;
}
static int8_t  func_9(uint32_t  p_10)
{ 
    int8_t l_16[4];
    int i;
    for (i = 0; i < 4; i++)
        l_16[i] = 0xA5L;
    for (p_10 = 0; (p_10 == 46); p_10 = safe_add_func_uint32_t_u_u(p_10, 6))
    { 
        int16_t l_14[1];
        int i;
        for (i = 0; i < 1; i++)
            l_14[i] = 1L;
        for (g_15 = 0; (g_15 >= 0); g_15 -= 1)
        { 
            int i;
            return l_14[g_15];
        }
        return g_15;
    }
    return l_16[3];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_15, "g_15", print_hash_value);
    transparent_crc(g_25.f0, "g_25.f0", print_hash_value);
    transparent_crc(g_25.f1, "g_25.f1", print_hash_value);
    transparent_crc(g_25.f2.f0, "g_25.f2.f0", print_hash_value);
    transparent_crc(g_25.f2.f1, "g_25.f2.f1", print_hash_value);
    transparent_crc(g_25.f2.f2, "g_25.f2.f2", print_hash_value);
    transparent_crc(g_25.f2.f3, "g_25.f2.f3", print_hash_value);
    transparent_crc(g_25.f2.f4, "g_25.f2.f4", print_hash_value);
    transparent_crc(g_25.f2.f5, "g_25.f2.f5", print_hash_value);
    transparent_crc(g_34, "g_34", print_hash_value);
    transparent_crc(g_79, "g_79", print_hash_value);
    transparent_crc(g_96.f0.f0, "g_96.f0.f0", print_hash_value);
    transparent_crc(g_96.f0.f1, "g_96.f0.f1", print_hash_value);
    transparent_crc(g_96.f0.f2, "g_96.f0.f2", print_hash_value);
    transparent_crc(g_96.f0.f3, "g_96.f0.f3", print_hash_value);
    transparent_crc(g_96.f1, "g_96.f1", print_hash_value);
    transparent_crc(g_96.f2, "g_96.f2", print_hash_value);
    transparent_crc(g_96.f3, "g_96.f3", print_hash_value);
    transparent_crc(g_96.f4, "g_96.f4", print_hash_value);
    transparent_crc(g_102, "g_102", print_hash_value);
    transparent_crc(g_119.f0.f0, "g_119.f0.f0", print_hash_value);
    transparent_crc(g_119.f0.f1, "g_119.f0.f1", print_hash_value);
    transparent_crc(g_119.f0.f2, "g_119.f0.f2", print_hash_value);
    transparent_crc(g_119.f0.f3, "g_119.f0.f3", print_hash_value);
    transparent_crc(g_119.f1, "g_119.f1", print_hash_value);
    transparent_crc(g_119.f2, "g_119.f2", print_hash_value);
    transparent_crc(g_119.f3, "g_119.f3", print_hash_value);
    transparent_crc(g_119.f4, "g_119.f4", print_hash_value);
    transparent_crc(g_139, "g_139", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_262[i][j], "g_262[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_282.f0, "g_282.f0", print_hash_value);
    transparent_crc(g_282.f1, "g_282.f1", print_hash_value);
    transparent_crc(g_282.f2, "g_282.f2", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
