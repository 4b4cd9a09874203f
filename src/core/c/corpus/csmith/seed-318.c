#include "csmith.h"
static long __undefined;
struct S0 {
   uint16_t  f0;
   int8_t  f1;
   uint32_t  f2;
   int8_t  f3;
   int8_t  f4;
   uint8_t  f5;
   int16_t  f6;
   uint32_t  f7;
};
struct S1 {
   uint32_t  f0;
   uint32_t  f1;
   struct S0  f2;
   int32_t  f3;
};
struct S2 {
   const uint32_t  f0;
   const struct S1  f1;
   uint64_t  f2;
   struct S0  f3;
   int64_t  f4;
   int64_t  f5;
   struct S0  f6;
   const struct S0  f7;
};
static int32_t g_3 = 0xF7BF48C4L;
static uint16_t g_10 = 0xC17CL;
static int32_t g_28 = (-1L);
static int64_t g_29 = 0xE103CA543565E139LL;
static int8_t g_31 = 0xFFL;
static uint32_t g_36[3] = {0x2D9B6EF5L,0x2D9B6EF5L,0x2D9B6EF5L};
static int32_t **g_61 = (void*)0;
static int32_t ***g_60 = &g_61;
static uint64_t g_65[2][2] = {{18446744073709551610UL,18446744073709551610UL},{18446744073709551610UL,18446744073709551610UL}};
static struct S2 g_93 = {0x60892C68L,{4294967287UL,0x1760249FL,{0x1666L,0x84L,4294967289UL,0x48L,-1L,255UL,1L,0UL},0x33BFEBFBL},0xA806100E9BDCB58CLL,{0xABDBL,-2L,0x63D52EC9L,-1L,0x12L,0x9BL,-1L,0x1547C547L},0L,6L,{1UL,0x70L,4294967295UL,0xF7L,0L,1UL,-8L,18446744073709551607UL},{0xF56DL,0x8BL,0xC3B6F688L,-1L,0x32L,0UL,2L,0xB3FC87B3L}};
static struct S2 g_95[3][1] = {{{0x7EC679D4L,{4294967287UL,0x88185611L,{65526UL,9L,4294967295UL,-5L,0L,0x5FL,0x850EL,18446744073709551615UL},-1L},0xBA2A9BA58C66C539LL,{0x36F4L,0x42L,0UL,0x07L,0xF7L,254UL,0xAE0FL,0xF866D669L},0xD2E268365652690ALL,-5L,{0xE8C0L,7L,0x8E95C372L,0xEAL,0L,255UL,0x3508L,0x358AC2E3L},{0x4A9BL,0xA0L,3UL,-10L,2L,0xD7L,0x1EBCL,0x326246BDL}}},{{0x7EC679D4L,{4294967287UL,0x88185611L,{65526UL,9L,4294967295UL,-5L,0L,0x5FL,0x850EL,18446744073709551615UL},-1L},0xBA2A9BA58C66C539LL,{0x36F4L,0x42L,0UL,0x07L,0xF7L,254UL,0xAE0FL,0xF866D669L},0xD2E268365652690ALL,-5L,{0xE8C0L,7L,0x8E95C372L,0xEAL,0L,255UL,0x3508L,0x358AC2E3L},{0x4A9BL,0xA0L,3UL,-10L,2L,0xD7L,0x1EBCL,0x326246BDL}}},{{0x7EC679D4L,{4294967287UL,0x88185611L,{65526UL,9L,4294967295UL,-5L,0L,0x5FL,0x850EL,18446744073709551615UL},-1L},0xBA2A9BA58C66C539LL,{0x36F4L,0x42L,0UL,0x07L,0xF7L,254UL,0xAE0FL,0xF866D669L},0xD2E268365652690ALL,-5L,{0xE8C0L,7L,0x8E95C372L,0xEAL,0L,255UL,0x3508L,0x358AC2E3L},{0x4A9BL,0xA0L,3UL,-10L,2L,0xD7L,0x1EBCL,0x326246BDL}}}};
static const int32_t *g_118 = &g_3;
static uint64_t g_154 = 0x6E95484FCDBAE385LL;
static struct S2 g_159 = {0x24AC8738L,{4UL,0xD27AE381L,{65529UL,0x0AL,0x8DC74717L,-1L,0xB8L,0x0FL,0x82AAL,0x7DD77058L},0xA000A43AL},0x884B3820CEA30C06LL,{0xACBDL,0L,0UL,0xCDL,-6L,255UL,-10L,0UL},0xC4A506731C5A12A1LL,0L,{65535UL,0x25L,0x2D2ECE79L,-3L,0x1FL,1UL,0xEA91L,1UL},{0xE502L,1L,0xB9C29305L,0x7DL,0x1CL,0xE0L,0xEB92L,0xCF94D503L}};
static int32_t g_168 = 9L;
static int32_t g_169 = 0xDC64E720L;
static int8_t g_170 = 1L;
static struct S1 g_187 = {0x71F8C915L,4294967294UL,{0x23A3L,0xDCL,1UL,0x52L,0xD9L,0x14L,-1L,0xEE6FF539L},0x98514CCEL};
static int32_t g_205 = 0x42614264L;
static int16_t g_207 = (-4L);
static uint64_t g_209[1] = {0xD52797EF6E7BCA04LL};
static struct S2 *g_238[4][1] = {{&g_159},{&g_93},{&g_159},{&g_93}};
static struct S2 **g_237 = &g_238[0][0];
static struct S2 ***g_236 = &g_237;
static struct S1 *g_244 = &g_187;
static int8_t *g_274[1][2] = {{&g_93.f3.f4,&g_93.f3.f4}};
static int8_t **g_273 = &g_274[0][0];
static uint16_t  func_1(void);
static int16_t  func_13(int32_t * p_14, const int8_t  p_15);
static int32_t * func_16(uint32_t  p_17);
static uint16_t  func_1(void)
{ 
    int32_t *l_2 = &g_3;
    int32_t *l_4 = &g_3;
    int32_t l_5 = 0xCE456251L;
    int32_t *l_6 = &l_5;
    int32_t *l_7 = &l_5;
    int32_t *l_8 = &g_3;
    int32_t *l_9[4][4] = {{(void*)0,&g_3,&g_3,(void*)0},{&g_3,(void*)0,&g_3,&g_3},{(void*)0,(void*)0,&g_3,(void*)0},{(void*)0,&g_3,&g_3,(void*)0}};
    int64_t l_258 = 0x9C6FA9FFA29DB58FLL;
    int i, j;
lbl_259:
    g_10++;
    if (((&g_3 != &l_5) || (func_13(func_16(((safe_mod_func_uint64_t_u_u((((*l_2) ^= (safe_mod_func_int8_t_s_s((*l_6), 0x6DL))) != (safe_sub_func_int8_t_s_s(g_10, (*l_7)))), (*l_6))) , (*l_6))), g_95[2][0].f6.f3) || g_187.f2.f7)))
    { 
        struct S2 ****l_239 = &g_236;
        int32_t **l_241 = &l_9[2][2];
        int32_t l_257 = 0x740BBC78L;
        (*l_239) = g_236;
        if ((+(l_241 != (void*)0)))
        { 
            struct S1 *l_243 = &g_187;
            struct S1 **l_242[1];
            int32_t l_249 = (-3L);
            int8_t *l_251[3];
            int64_t *l_256[1][4] = {{&g_159.f5,&g_159.f5,&g_159.f5,&g_159.f5}};
            int i, j;
            for (i = 0; i < 1; i++)
                l_242[i] = &l_243;
            for (i = 0; i < 3; i++)
                l_251[i] = &g_159.f3.f1;
            g_244 = &g_187;
            for (g_93.f2 = 7; (g_93.f2 >= 57); ++g_93.f2)
            { 
                uint32_t l_250[4][3] = {{0xBD4E096BL,0xD6451CC2L,0xBD4E096BL},{0x42DC6AE7L,0x42DC6AE7L,0x42DC6AE7L},{0xBD4E096BL,0xD6451CC2L,0xBD4E096BL},{0x42DC6AE7L,0x42DC6AE7L,0x42DC6AE7L}};
                int i, j;
                (*l_241) = (void*)0;
                (*l_4) ^= (((0x0A6CL & ((safe_sub_func_int8_t_s_s(((g_93.f1.f2.f3 | ((((**g_237) , (*g_236)) == (*g_236)) && l_249)) & 0xEFL), l_250[2][2])) || g_95[2][0].f6.f4)) , &g_31) != l_251[2]);
            }
            l_258 |= ((&g_187 != &g_187) , ((safe_div_func_int8_t_s_s((0x0CF6C2580E91001CLL | (l_257 = (safe_lshift_func_int16_t_s_s(((*g_118) && 0x00A88328L), g_187.f2.f5)))), 0xD7L)) > l_249));
        }
        else
        { 
            return l_257;
        }
        if (g_93.f7.f5)
            goto lbl_259;
    }
    else
    { 
        int32_t *l_264 = &g_28;
        for (g_93.f6.f7 = (-19); (g_93.f6.f7 == 46); g_93.f6.f7 = safe_add_func_int8_t_s_s(g_93.f6.f7, 9))
        { 
            int32_t **l_265[1];
            int16_t *l_266 = &g_207;
            int i;
            for (i = 0; i < 1; i++)
                l_265[i] = &l_7;
            g_118 = (((((*l_264) = (safe_sub_func_uint64_t_u_u(((l_264 != (l_8 = (void*)0)) && ((*l_266) = (*l_6))), ((safe_lshift_func_uint16_t_u_s(g_159.f3.f5, 7)) == ((safe_add_func_uint16_t_u_u((g_159.f6.f3 ^ g_95[2][0].f6.f5), 3UL)) >= 0xAAL))))) < 0x03412AC1L) <= g_95[2][0].f7.f0) , &g_28);
            return (*l_4);
        }
        for (g_207 = 1; (g_207 == (-8)); g_207 = safe_sub_func_int16_t_s_s(g_207, 2))
        { 
            int64_t l_278 = 0x125EA743C6E1F9E3LL;
            for (g_93.f2 = 0; (g_93.f2 <= 1); g_93.f2 += 1)
            { 
                int8_t ***l_275 = &g_273;
                (*l_4) &= 0x34A3B4D3L;
                (*l_275) = g_273;
            }
            for (g_10 = 28; (g_10 == 50); g_10 = safe_add_func_uint8_t_u_u(g_10, 1))
            { 
                if ((*g_118))
                    break;
                return g_93.f6.f0;
            }
            if (l_278)
                continue;
        }
    }
    return g_93.f3.f0;
}
static int16_t  func_13(int32_t * p_14, const int8_t  p_15)
{ 
    int16_t l_165 = (-7L);
    int32_t *l_166 = &g_28;
    int32_t *l_167[1];
    uint8_t l_171 = 251UL;
    int32_t **l_174 = (void*)0;
    int32_t **l_175[1];
    uint32_t l_181 = 18446744073709551615UL;
    uint16_t *l_182 = &g_159.f3.f0;
    int8_t l_184 = (-8L);
    struct S0 l_227 = {0x6533L,1L,5UL,-1L,0x48L,0x68L,-6L,0x89572EBDL};
    int i;
    for (i = 0; i < 1; i++)
        l_167[i] = &g_3;
    for (i = 0; i < 1; i++)
        l_175[i] = &l_167[0];
    l_171--;
    if (l_171)
        goto lbl_232;
    p_14 = (void*)0;
lbl_232:
    for (g_159.f6.f3 = 0; (g_159.f6.f3 != 20); g_159.f6.f3++)
    { 
        uint16_t *l_183 = &g_95[2][0].f3.f0;
        int32_t l_185 = 1L;
        int32_t *l_198 = &l_185;
        int32_t l_204[1][1];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_204[i][j] = 0x87D9AF88L;
        }
        if (((((safe_lshift_func_uint8_t_u_u(((!l_181) <= (((l_182 == (void*)0) && (l_184 &= ((void*)0 == l_183))) > p_15)), 1)) , 0x85E5775FL) > l_185) != p_15))
        { 
            struct S1 *l_186 = &g_187;
            (*l_186) = g_93.f1;
        }
        else
        { 
            const uint32_t *l_197 = &g_159.f7.f2;
            const uint32_t **l_196 = &l_197;
            int32_t l_201 = 0x3C200E4AL;
            int32_t l_203 = (-1L);
            int32_t l_208 = 0x27330C4BL;
            if ((!((~((safe_div_func_uint32_t_u_u((safe_add_func_uint8_t_u_u(3UL, (((safe_lshift_func_uint8_t_u_s((&g_10 != (void*)0), 5)) <= ((((*l_196) = g_118) != (((l_198 = p_14) != (void*)0) , p_14)) && p_15)) || 0L))), g_93.f0)) == p_15)) || 0L)))
            { 
                int16_t l_199 = (-1L);
                int32_t l_200 = 1L;
                int32_t l_202 = 0x1187358BL;
                int32_t l_206[1];
                uint64_t *l_228 = &g_95[2][0].f2;
                int8_t *l_229 = &g_95[2][0].f3.f4;
                int8_t *l_230 = &g_93.f6.f4;
                struct S0 *l_231 = &g_159.f3;
                int i;
                for (i = 0; i < 1; i++)
                    l_206[i] = 0L;
                g_209[0]++;
                (*l_166) = (safe_add_func_uint32_t_u_u(g_93.f3.f5, 1L));
                (*l_166) = (((safe_div_func_int64_t_s_s((!5UL), (-4L))) >= ((safe_mul_func_uint16_t_u_u((((((safe_rshift_func_int16_t_s_u(((g_159.f7.f0 ^ ((*l_230) = ((*l_229) = (safe_add_func_uint64_t_u_u(((*l_228) |= (g_93.f1 , ((safe_mul_func_uint16_t_u_u(((((safe_mul_func_uint8_t_u_u((l_227 , 254UL), (-1L))) & g_187.f2.f5) , l_206[0]) < p_15), l_200)) | 0x3058L))), p_15))))) > (*g_118)), 3)) ^ (*g_118)) | g_95[2][0].f6.f0) , g_187.f2.f7) || p_15), 0x898DL)) | 4294967295UL)) < p_15);
                (*l_231) = g_95[2][0].f1.f2;
            }
            else
            { 
                (*l_166) ^= (((((&g_29 == (void*)0) , l_182) == (void*)0) , g_159.f6.f6) , 0x0025942EL);
                if ((*g_118))
                    continue;
            }
        }
    }
    for (g_159.f6.f6 = 0; (g_159.f6.f6 != 1); g_159.f6.f6++)
    { 
        int32_t *l_235 = &g_28;
        l_235 = (p_14 = (void*)0);
    }
    return g_159.f7.f3;
}
static int32_t * func_16(uint32_t  p_17)
{ 
    struct S1 l_24[4] = {{4294967295UL,4294967290UL,{0x2A30L,-1L,0UL,-1L,7L,0x30L,1L,18446744073709551615UL},9L},{4294967295UL,4294967290UL,{0x2A30L,-1L,0UL,-1L,7L,0x30L,1L,18446744073709551615UL},9L},{4294967295UL,4294967290UL,{0x2A30L,-1L,0UL,-1L,7L,0x30L,1L,18446744073709551615UL},9L},{4294967295UL,4294967290UL,{0x2A30L,-1L,0UL,-1L,7L,0x30L,1L,18446744073709551615UL},9L}};
    int32_t l_30 = 0L;
    int32_t *l_42 = &l_30;
    int32_t **l_41 = &l_42;
    int32_t **l_80[1][2];
    const int32_t *l_86 = &l_30;
    const int32_t **l_85 = &l_86;
    const int32_t ***l_84 = &l_85;
    const int64_t *l_90 = &g_29;
    uint16_t l_91 = 0x1E6CL;
    struct S2 * const l_92 = &g_93;
    const int32_t *l_96 = &g_3;
    int8_t l_104 = 1L;
    uint16_t l_120 = 0x1076L;
    int32_t *l_164 = &l_30;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_80[i][j] = &l_42;
    }
lbl_163:
    for (g_3 = 3; (g_3 >= 0); g_3 -= 1)
    { 
        uint8_t l_32 = 5UL;
        int32_t *l_43 = &g_28;
        const int32_t **l_54 = (void*)0;
        int8_t l_81 = 0x31L;
        struct S2 l_89 = {0x612420E0L,{3UL,0xF4752A80L,{0xA380L,-1L,0x9915A3DCL,0L,3L,1UL,0xBDE7L,0xC92A3EDAL},-1L},0x825BC70674D57D2DLL,{0x20E2L,-1L,4294967295UL,0L,0x52L,254UL,0L,0xEB7949DEL},0xB7DDE48D452736F9LL,0x8AEAC5D1DBC6B2EDLL,{2UL,0x0CL,0xF25865EEL,0x12L,-1L,5UL,0x0370L,0UL},{0xEF89L,0x20L,4294967288UL,-1L,0x2AL,0x9AL,0xE5C1L,18446744073709551609UL}};
        struct S2 *l_94 = &g_95[2][0];
        int i;
        if (g_3)
            break;
        if (g_10)
        { 
            int16_t l_35[4];
            int i;
            for (i = 0; i < 4; i++)
                l_35[i] = 0x5901L;
            for (g_10 = 0; (g_10 <= 3); g_10 += 1)
            { 
                int32_t *l_26 = &g_3;
                int32_t **l_25 = &l_26;
                int32_t *l_27[2][4] = {{&g_3,&g_3,&g_3,&g_3},{&g_3,&g_3,&g_3,&g_3}};
                int i, j;
                (*l_25) = (void*)0;
                --l_32;
                ++g_36[0];
            }
        }
        else
        { 
            int32_t **l_39 = (void*)0;
            int32_t ***l_40 = &l_39;
            uint32_t l_63 = 0x3D964400L;
            int64_t *l_83 = &g_29;
            if ((((*l_40) = l_39) != l_41))
            { 
                (*l_41) = l_43;
                return &g_3;
            }
            else
            { 
                uint8_t *l_51 = &l_32;
                const int32_t ***l_55 = &l_54;
                struct S0 l_62[3] = {{1UL,-1L,4UL,0x39L,0x76L,0x36L,-8L,0xD940870EL},{1UL,-1L,4UL,0x39L,0x76L,0x36L,-8L,0xD940870EL},{1UL,-1L,4UL,0x39L,0x76L,0x36L,-8L,0xD940870EL}};
                uint64_t *l_64[4][3] = {{&g_65[0][0],&g_65[0][0],&g_65[0][0]},{&g_65[0][0],&g_65[0][0],&g_65[0][0]},{&g_65[0][0],&g_65[1][1],&g_65[0][0]},{&g_65[0][0],&g_65[1][1],&g_65[0][0]}};
                int32_t l_66[3][4] = {{0x0AE94942L,0x4720AF82L,0L,0x4720AF82L},{0x4720AF82L,(-9L),0L,0L},{0x0AE94942L,0x0AE94942L,0x4720AF82L,0L}};
                int i, j;
                (*l_43) = (((0x3CE5L || (!((safe_div_func_int16_t_s_s(((*l_43) , (((safe_rshift_func_int16_t_s_u(((safe_mul_func_uint8_t_u_u((++(*l_51)), ((((*l_55) = l_54) != (*l_40)) && (safe_add_func_int64_t_s_s((safe_add_func_int16_t_s_s(0x2C9DL, p_17)), g_31))))) , (*l_42)), g_10)) & p_17) & 254UL)), g_36[0])) >= p_17))) | (-2L)) & g_10);
                (**l_41) = (((g_60 == (void*)0) ^ (l_62[2] , (((*l_43) = (5L < (l_66[0][3] = ((0xF4D7L >= g_28) ^ l_63)))) > g_10))) , p_17);
                if (g_65[0][0])
                    break;
            }
            for (l_30 = 0; (l_30 <= 2); l_30 += 1)
            { 
                int32_t l_82[1][2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_82[i][j] = 0x3643AD1FL;
                }
                l_82[0][0] = (~((((((safe_add_func_uint8_t_u_u(((safe_rshift_func_uint16_t_u_u((((safe_rshift_func_int8_t_s_u(g_36[l_30], 2)) | (g_36[l_30] != (g_36[l_30] ^ (safe_lshift_func_int16_t_s_s((safe_div_func_int16_t_s_s((((*l_40) = (void*)0) != l_80[0][0]), (-4L))), 1))))) , l_81), p_17)) == g_65[1][0]), (**l_41))) || (-1L)) ^ g_36[l_30]) == g_28) & g_3) <= 0UL));
                return l_43;
            }
            (*l_42) |= (g_65[0][0] >= ((*l_83) = g_65[0][0]));
            l_84 = &l_54;
        }
        l_91 &= (safe_add_func_uint8_t_u_u(((l_89 , (**l_41)) < ((l_90 = l_90) == (void*)0)), (l_24[g_3] , g_28)));
        l_94 = l_92;
    }
    (*l_85) = l_96;
    if ((safe_sub_func_uint16_t_u_u((((p_17 > (((((safe_sub_func_int8_t_s_s((l_24[1] , (safe_div_func_int32_t_s_s(((safe_unary_minus_func_uint64_t_u(0xC40B45B73C7D3EE5LL)) && ((p_17 , l_90) != (void*)0)), 0xF6BC7391L))), 0L)) && g_95[2][0].f7.f6) >= g_95[2][0].f7.f0) != (-5L)) , (*l_86))) == l_104) , p_17), g_93.f1.f2.f7)))
    { 
        const uint32_t l_113 = 0UL;
        const int32_t * const l_116[2] = {&g_3,&g_3};
        int32_t l_119 = 0x58F199D2L;
        int i;
        for (g_93.f6.f7 = 0; (g_93.f6.f7 <= 2); g_93.f6.f7 += 1)
        { 
            int32_t *l_123 = &g_28;
            for (g_93.f3.f7 = 0; (g_93.f3.f7 <= 2); g_93.f3.f7 += 1)
            { 
                int8_t *l_105 = &g_93.f6.f4;
                uint16_t *l_114 = &g_93.f3.f0;
                int64_t *l_115 = &g_29;
                const int32_t **l_117 = (void*)0;
                int i;
                (**l_41) &= g_36[g_93.f6.f7];
                g_118 = (g_93.f7 , ((((((*l_105) ^= 0xE8L) && g_93.f7.f7) != (+((*l_115) |= ((safe_rshift_func_uint16_t_u_s(((safe_rshift_func_uint16_t_u_s(((*l_114) &= (safe_sub_func_uint16_t_u_u((g_36[g_93.f6.f7] == (l_113 != p_17)), 65535UL))), g_93.f1.f3)) ^ g_95[2][0].f1.f2.f2), 7)) & p_17)))) | p_17) , l_116[1]));
                if (p_17)
                    break;
                l_120--;
            }
            if (p_17)
                break;
            if ((p_17 <= 0xAF2CDD3E714B42A0LL))
            { 
                return l_123;
            }
            else
            { 
                int32_t l_124 = 0x56FD85EEL;
                int32_t *l_125 = &l_124;
                if (l_124)
                    break;
                l_125 = &l_124;
            }
            for (g_93.f3.f5 = 0; (g_93.f3.f5 <= 2); g_93.f3.f5 += 1)
            { 
                const int32_t *l_126 = &g_28;
                g_118 = l_126;
            }
        }
    }
    else
    { 
        uint32_t l_127 = 0xC75D3234L;
        int32_t *l_130 = &l_30;
        int32_t l_148 = 0L;
        int32_t l_149 = 1L;
        struct S2 *l_158 = &g_159;
        --l_127;
lbl_160:
        (*l_85) = l_130;
        for (l_30 = (-24); (l_30 < 7); l_30 = safe_add_func_int16_t_s_s(l_30, 9))
        { 
            uint32_t *l_139[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
            int32_t l_144 = 6L;
            int8_t *l_145[1][2];
            const int32_t l_146[1][3] = {{0x68102F24L,0x68102F24L,0x68102F24L}};
            int32_t l_150 = (-9L);
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_145[i][j] = &g_93.f3.f4;
            }
            if ((((safe_mul_func_int16_t_s_s(g_95[2][0].f6.f7, (1UL || (safe_mod_func_uint32_t_u_u(((l_144 = (((--g_93.f6.f2) < (g_95[2][0].f7.f7 > (((safe_lshift_func_uint16_t_u_s(((&g_10 != (void*)0) || 0xB94FD68CEC908283LL), 7)) || 1UL) || l_144))) != g_95[2][0].f1.f1)) | l_146[0][1]), l_146[0][1]))))) != 2L) != p_17))
            { 
                int32_t *l_147 = &g_28;
                return l_147;
            }
            else
            { 
                int8_t l_151[1][3];
                int32_t l_152 = 0x56F79C2EL;
                int32_t l_153[1];
                struct S2 **l_157[2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_151[i][j] = 0xD2L;
                }
                for (i = 0; i < 1; i++)
                    l_153[i] = 0x2B98E86EL;
                for (i = 0; i < 2; i++)
                    l_157[i] = (void*)0;
                ++g_154;
                l_158 = (void*)0;
                if (g_10)
                    goto lbl_160;
            }
            for (g_93.f6.f5 = 0; (g_93.f6.f5 < 55); ++g_93.f6.f5)
            { 
                if (g_93.f7.f5)
                    goto lbl_163;
            }
            g_28 |= 0x30E419F3L;
        }
    }
    return &g_3;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_10, "g_10", print_hash_value);
    transparent_crc(g_28, "g_28", print_hash_value);
    transparent_crc(g_29, "g_29", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_36[i], "g_36[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_65[i][j], "g_65[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_93.f0, "g_93.f0", print_hash_value);
    transparent_crc(g_93.f1.f0, "g_93.f1.f0", print_hash_value);
    transparent_crc(g_93.f1.f1, "g_93.f1.f1", print_hash_value);
    transparent_crc(g_93.f1.f2.f0, "g_93.f1.f2.f0", print_hash_value);
    transparent_crc(g_93.f1.f2.f1, "g_93.f1.f2.f1", print_hash_value);
    transparent_crc(g_93.f1.f2.f2, "g_93.f1.f2.f2", print_hash_value);
    transparent_crc(g_93.f1.f2.f3, "g_93.f1.f2.f3", print_hash_value);
    transparent_crc(g_93.f1.f2.f4, "g_93.f1.f2.f4", print_hash_value);
    transparent_crc(g_93.f1.f2.f5, "g_93.f1.f2.f5", print_hash_value);
    transparent_crc(g_93.f1.f2.f6, "g_93.f1.f2.f6", print_hash_value);
    transparent_crc(g_93.f1.f2.f7, "g_93.f1.f2.f7", print_hash_value);
    transparent_crc(g_93.f1.f3, "g_93.f1.f3", print_hash_value);
    transparent_crc(g_93.f2, "g_93.f2", print_hash_value);
    transparent_crc(g_93.f3.f0, "g_93.f3.f0", print_hash_value);
    transparent_crc(g_93.f3.f1, "g_93.f3.f1", print_hash_value);
    transparent_crc(g_93.f3.f2, "g_93.f3.f2", print_hash_value);
    transparent_crc(g_93.f3.f3, "g_93.f3.f3", print_hash_value);
    transparent_crc(g_93.f3.f4, "g_93.f3.f4", print_hash_value);
    transparent_crc(g_93.f3.f5, "g_93.f3.f5", print_hash_value);
    transparent_crc(g_93.f3.f6, "g_93.f3.f6", print_hash_value);
    transparent_crc(g_93.f3.f7, "g_93.f3.f7", print_hash_value);
    transparent_crc(g_93.f4, "g_93.f4", print_hash_value);
    transparent_crc(g_93.f5, "g_93.f5", print_hash_value);
    transparent_crc(g_93.f6.f0, "g_93.f6.f0", print_hash_value);
    transparent_crc(g_93.f6.f1, "g_93.f6.f1", print_hash_value);
    transparent_crc(g_93.f6.f2, "g_93.f6.f2", print_hash_value);
    transparent_crc(g_93.f6.f3, "g_93.f6.f3", print_hash_value);
    transparent_crc(g_93.f6.f4, "g_93.f6.f4", print_hash_value);
    transparent_crc(g_93.f6.f5, "g_93.f6.f5", print_hash_value);
    transparent_crc(g_93.f6.f6, "g_93.f6.f6", print_hash_value);
    transparent_crc(g_93.f6.f7, "g_93.f6.f7", print_hash_value);
    transparent_crc(g_93.f7.f0, "g_93.f7.f0", print_hash_value);
    transparent_crc(g_93.f7.f1, "g_93.f7.f1", print_hash_value);
    transparent_crc(g_93.f7.f2, "g_93.f7.f2", print_hash_value);
    transparent_crc(g_93.f7.f3, "g_93.f7.f3", print_hash_value);
    transparent_crc(g_93.f7.f4, "g_93.f7.f4", print_hash_value);
    transparent_crc(g_93.f7.f5, "g_93.f7.f5", print_hash_value);
    transparent_crc(g_93.f7.f6, "g_93.f7.f6", print_hash_value);
    transparent_crc(g_93.f7.f7, "g_93.f7.f7", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_95[i][j].f0, "g_95[i][j].f0", print_hash_value);
            transparent_crc(g_95[i][j].f1.f0, "g_95[i][j].f1.f0", print_hash_value);
            transparent_crc(g_95[i][j].f1.f1, "g_95[i][j].f1.f1", print_hash_value);
            transparent_crc(g_95[i][j].f1.f2.f0, "g_95[i][j].f1.f2.f0", print_hash_value);
            transparent_crc(g_95[i][j].f1.f2.f1, "g_95[i][j].f1.f2.f1", print_hash_value);
            transparent_crc(g_95[i][j].f1.f2.f2, "g_95[i][j].f1.f2.f2", print_hash_value);
            transparent_crc(g_95[i][j].f1.f2.f3, "g_95[i][j].f1.f2.f3", print_hash_value);
            transparent_crc(g_95[i][j].f1.f2.f4, "g_95[i][j].f1.f2.f4", print_hash_value);
            transparent_crc(g_95[i][j].f1.f2.f5, "g_95[i][j].f1.f2.f5", print_hash_value);
            transparent_crc(g_95[i][j].f1.f2.f6, "g_95[i][j].f1.f2.f6", print_hash_value);
            transparent_crc(g_95[i][j].f1.f2.f7, "g_95[i][j].f1.f2.f7", print_hash_value);
            transparent_crc(g_95[i][j].f1.f3, "g_95[i][j].f1.f3", print_hash_value);
            transparent_crc(g_95[i][j].f2, "g_95[i][j].f2", print_hash_value);
            transparent_crc(g_95[i][j].f3.f0, "g_95[i][j].f3.f0", print_hash_value);
            transparent_crc(g_95[i][j].f3.f1, "g_95[i][j].f3.f1", print_hash_value);
            transparent_crc(g_95[i][j].f3.f2, "g_95[i][j].f3.f2", print_hash_value);
            transparent_crc(g_95[i][j].f3.f3, "g_95[i][j].f3.f3", print_hash_value);
            transparent_crc(g_95[i][j].f3.f4, "g_95[i][j].f3.f4", print_hash_value);
            transparent_crc(g_95[i][j].f3.f5, "g_95[i][j].f3.f5", print_hash_value);
            transparent_crc(g_95[i][j].f3.f6, "g_95[i][j].f3.f6", print_hash_value);
            transparent_crc(g_95[i][j].f3.f7, "g_95[i][j].f3.f7", print_hash_value);
            transparent_crc(g_95[i][j].f4, "g_95[i][j].f4", print_hash_value);
            transparent_crc(g_95[i][j].f5, "g_95[i][j].f5", print_hash_value);
            transparent_crc(g_95[i][j].f6.f0, "g_95[i][j].f6.f0", print_hash_value);
            transparent_crc(g_95[i][j].f6.f1, "g_95[i][j].f6.f1", print_hash_value);
            transparent_crc(g_95[i][j].f6.f2, "g_95[i][j].f6.f2", print_hash_value);
            transparent_crc(g_95[i][j].f6.f3, "g_95[i][j].f6.f3", print_hash_value);
            transparent_crc(g_95[i][j].f6.f4, "g_95[i][j].f6.f4", print_hash_value);
            transparent_crc(g_95[i][j].f6.f5, "g_95[i][j].f6.f5", print_hash_value);
            transparent_crc(g_95[i][j].f6.f6, "g_95[i][j].f6.f6", print_hash_value);
            transparent_crc(g_95[i][j].f6.f7, "g_95[i][j].f6.f7", print_hash_value);
            transparent_crc(g_95[i][j].f7.f0, "g_95[i][j].f7.f0", print_hash_value);
            transparent_crc(g_95[i][j].f7.f1, "g_95[i][j].f7.f1", print_hash_value);
            transparent_crc(g_95[i][j].f7.f2, "g_95[i][j].f7.f2", print_hash_value);
            transparent_crc(g_95[i][j].f7.f3, "g_95[i][j].f7.f3", print_hash_value);
            transparent_crc(g_95[i][j].f7.f4, "g_95[i][j].f7.f4", print_hash_value);
            transparent_crc(g_95[i][j].f7.f5, "g_95[i][j].f7.f5", print_hash_value);
            transparent_crc(g_95[i][j].f7.f6, "g_95[i][j].f7.f6", print_hash_value);
            transparent_crc(g_95[i][j].f7.f7, "g_95[i][j].f7.f7", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_154, "g_154", print_hash_value);
    transparent_crc(g_159.f0, "g_159.f0", print_hash_value);
    transparent_crc(g_159.f1.f0, "g_159.f1.f0", print_hash_value);
    transparent_crc(g_159.f1.f1, "g_159.f1.f1", print_hash_value);
    transparent_crc(g_159.f1.f2.f0, "g_159.f1.f2.f0", print_hash_value);
    transparent_crc(g_159.f1.f2.f1, "g_159.f1.f2.f1", print_hash_value);
    transparent_crc(g_159.f1.f2.f2, "g_159.f1.f2.f2", print_hash_value);
    transparent_crc(g_159.f1.f2.f3, "g_159.f1.f2.f3", print_hash_value);
    transparent_crc(g_159.f1.f2.f4, "g_159.f1.f2.f4", print_hash_value);
    transparent_crc(g_159.f1.f2.f5, "g_159.f1.f2.f5", print_hash_value);
    transparent_crc(g_159.f1.f2.f6, "g_159.f1.f2.f6", print_hash_value);
    transparent_crc(g_159.f1.f2.f7, "g_159.f1.f2.f7", print_hash_value);
    transparent_crc(g_159.f1.f3, "g_159.f1.f3", print_hash_value);
    transparent_crc(g_159.f2, "g_159.f2", print_hash_value);
    transparent_crc(g_159.f3.f0, "g_159.f3.f0", print_hash_value);
    transparent_crc(g_159.f3.f1, "g_159.f3.f1", print_hash_value);
    transparent_crc(g_159.f3.f2, "g_159.f3.f2", print_hash_value);
    transparent_crc(g_159.f3.f3, "g_159.f3.f3", print_hash_value);
    transparent_crc(g_159.f3.f4, "g_159.f3.f4", print_hash_value);
    transparent_crc(g_159.f3.f5, "g_159.f3.f5", print_hash_value);
    transparent_crc(g_159.f3.f6, "g_159.f3.f6", print_hash_value);
    transparent_crc(g_159.f3.f7, "g_159.f3.f7", print_hash_value);
    transparent_crc(g_159.f4, "g_159.f4", print_hash_value);
    transparent_crc(g_159.f5, "g_159.f5", print_hash_value);
    transparent_crc(g_159.f6.f0, "g_159.f6.f0", print_hash_value);
    transparent_crc(g_159.f6.f1, "g_159.f6.f1", print_hash_value);
    transparent_crc(g_159.f6.f2, "g_159.f6.f2", print_hash_value);
    transparent_crc(g_159.f6.f3, "g_159.f6.f3", print_hash_value);
    transparent_crc(g_159.f6.f4, "g_159.f6.f4", print_hash_value);
    transparent_crc(g_159.f6.f5, "g_159.f6.f5", print_hash_value);
    transparent_crc(g_159.f6.f6, "g_159.f6.f6", print_hash_value);
    transparent_crc(g_159.f6.f7, "g_159.f6.f7", print_hash_value);
    transparent_crc(g_159.f7.f0, "g_159.f7.f0", print_hash_value);
    transparent_crc(g_159.f7.f1, "g_159.f7.f1", print_hash_value);
    transparent_crc(g_159.f7.f2, "g_159.f7.f2", print_hash_value);
    transparent_crc(g_159.f7.f3, "g_159.f7.f3", print_hash_value);
    transparent_crc(g_159.f7.f4, "g_159.f7.f4", print_hash_value);
    transparent_crc(g_159.f7.f5, "g_159.f7.f5", print_hash_value);
    transparent_crc(g_159.f7.f6, "g_159.f7.f6", print_hash_value);
    transparent_crc(g_159.f7.f7, "g_159.f7.f7", print_hash_value);
    transparent_crc(g_168, "g_168", print_hash_value);
    transparent_crc(g_169, "g_169", print_hash_value);
    transparent_crc(g_170, "g_170", print_hash_value);
    transparent_crc(g_187.f0, "g_187.f0", print_hash_value);
    transparent_crc(g_187.f1, "g_187.f1", print_hash_value);
    transparent_crc(g_187.f2.f0, "g_187.f2.f0", print_hash_value);
    transparent_crc(g_187.f2.f1, "g_187.f2.f1", print_hash_value);
    transparent_crc(g_187.f2.f2, "g_187.f2.f2", print_hash_value);
    transparent_crc(g_187.f2.f3, "g_187.f2.f3", print_hash_value);
    transparent_crc(g_187.f2.f4, "g_187.f2.f4", print_hash_value);
    transparent_crc(g_187.f2.f5, "g_187.f2.f5", print_hash_value);
    transparent_crc(g_187.f2.f6, "g_187.f2.f6", print_hash_value);
    transparent_crc(g_187.f2.f7, "g_187.f2.f7", print_hash_value);
    transparent_crc(g_187.f3, "g_187.f3", print_hash_value);
    transparent_crc(g_205, "g_205", print_hash_value);
    transparent_crc(g_207, "g_207", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_209[i], "g_209[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
