#include "csmith.h"
static long __undefined;
static int8_t g_2[3] = {0x02L,0x02L,0x02L};
static uint32_t g_3 = 0xEC541651L;
static uint16_t g_4 = 65535UL;
static uint8_t g_5 = 0x30L;
static uint16_t g_9 = 65535UL;
static int32_t g_29 = 0xD050B7F4L;
static int32_t g_31 = 8L;
static int32_t g_57 = (-2L);
static const int32_t g_60 = 0xA8E8B88BL;
static int32_t g_83 = 0xD0DA963FL;
static int8_t g_84 = 0L;
static int32_t g_85 = (-1L);
static int32_t ***g_113 = (void*)0;
static const int32_t *g_115 = &g_60;
static const int32_t **g_114 = &g_115;
static uint8_t g_148 = 0x8BL;
static uint64_t g_163 = 0xC77BDD452DFFA464LL;
static uint32_t g_193 = 0x062B2DEDL;
static int32_t *g_208[1][4] = {{(void*)0,(void*)0,(void*)0,(void*)0}};
static int32_t **g_207 = &g_208[0][1];
static int32_t ***g_206 = &g_207;
static int32_t g_243 = 1L;
static int16_t g_245[3][2] = {{0x7904L,0x7904L},{0L,0x7904L},{0x7904L,0L}};
static int32_t ** const **g_261 = (void*)0;
static uint32_t g_287 = 1UL;
static int64_t *g_288[3] = {(void*)0,(void*)0,(void*)0};
static int32_t ****g_295 = &g_113;
static int32_t *****g_294 = &g_295;
static const int32_t  func_1(void);
static int16_t  func_17(uint32_t  p_18, uint64_t  p_19, uint64_t  p_20, int8_t  p_21, int16_t  p_22);
static const int32_t * func_34(const uint8_t  p_35);
static const int32_t  func_1(void)
{ 
    uint16_t l_23 = 0UL;
    int64_t l_26 = 0x887C5C6A81D68C2ALL;
    uint32_t l_46 = 0xD5FCA44BL;
    int32_t l_98 = 0x68C93045L;
    int32_t * const **l_112 = (void*)0;
    int64_t l_168[1][4] = {{1L,1L,1L,1L}};
    uint32_t l_177 = 0xD512875DL;
    int32_t *l_184 = &g_57;
    int32_t l_185[2];
    int32_t l_192 = 0xBA9ED696L;
    int32_t l_228 = 0xEC7FAF6FL;
    int32_t l_229 = (-1L);
    int32_t l_230 = (-1L);
    int32_t l_231[2];
    uint16_t l_232[3];
    uint8_t *l_235 = &g_148;
    uint16_t *l_254[1][3];
    int32_t ** const ***l_262 = &g_261;
    const int8_t *l_266 = (void*)0;
    const int8_t **l_265 = &l_266;
    int i, j;
    for (i = 0; i < 2; i++)
        l_185[i] = (-2L);
    for (i = 0; i < 2; i++)
        l_231[i] = 0xA373232EL;
    for (i = 0; i < 3; i++)
        l_232[i] = 0x6BADL;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_254[i][j] = &l_232[0];
    }
    if ((g_2[1] || (((g_2[0] , (g_4 = (g_2[1] && (g_3 , (((g_2[2] > g_3) == 0x3F5047C4D1454BCDLL) & g_2[1]))))) == g_5) , 0L)))
    { 
        int8_t l_8 = (-8L);
        int16_t l_38 = 0x46CBL;
        const int32_t *l_59 = &g_60;
        uint32_t l_70 = 0xD73CB4EAL;
        int32_t l_102 = 1L;
    }
    else
    { 
        uint64_t l_219 = 0x0814B8F762206156LL;
        int32_t *l_222 = &g_29;
        int32_t *l_223 = (void*)0;
        int32_t l_224 = 1L;
        int32_t *l_225 = &g_31;
        int32_t *l_226 = &g_57;
        int32_t *l_227[3][4] = {{(void*)0,&l_224,&l_224,(void*)0},{&l_224,(void*)0,&l_224,&l_224},{(void*)0,(void*)0,&g_29,(void*)0}};
        int64_t *l_236 = &l_168[0][3];
        int8_t *l_239 = &g_2[0];
        int8_t **l_240[3][3] = {{&l_239,&l_239,&l_239},{&l_239,&l_239,&l_239},{&l_239,&l_239,&l_239}};
        int8_t *l_241[3][3] = {{&g_84,(void*)0,&g_84},{(void*)0,(void*)0,(void*)0},{&g_84,(void*)0,&g_84}};
        int64_t *l_242 = &l_26;
        int16_t *l_244 = &g_245[2][0];
        int i, j;
        l_219++;
        l_232[2]++;
        (*l_225) = (((((*l_184) == ((*l_184) | (((*l_236) &= ((void*)0 == l_235)) || ((((*l_244) = ((safe_div_func_int64_t_s_s((g_243 ^= ((*l_242) = ((*l_236) = (((l_241[0][1] = l_239) == (void*)0) , 0x0EF8BEE2B7360856LL)))), g_148)) != g_9)) , 0x57C1CD0EL) & (*l_222))))) , g_29) > g_5) | 0xFEF8L);
    }
    if (((safe_add_func_uint64_t_u_u((*l_184), (safe_rshift_func_int8_t_s_s((*l_184), ((*l_184) ^ ((safe_sub_func_uint64_t_u_u(((safe_mul_func_uint16_t_u_u((g_4++), (safe_mod_func_uint64_t_u_u((safe_add_func_int8_t_s_s((((*l_262) = g_261) != (void*)0), 0x22L)), (*l_184))))) && 0x8E8BL), (-1L))) , g_245[2][0])))))) , 0xEC0A325BL))
    { 
        int8_t *l_263[4][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}};
        const int32_t l_264 = 2L;
        int i, j;
lbl_267:
        (*l_184) = (((g_2[1] ^= (*l_184)) , l_264) < (((l_264 != (0UL > ((l_265 != &l_266) , g_29))) ^ g_31) < g_4));
        for (g_3 = 0; (g_3 <= 1); g_3 += 1)
        { 
            for (g_83 = 0; (g_83 <= 2); g_83 += 1)
            { 
                int i, j;
                if (g_57)
                    goto lbl_267;
                (**g_206) = (void*)0;
                if (g_245[g_83][g_3])
                    break;
            }
            for (g_83 = 1; (g_83 >= 0); g_83 -= 1)
            { 
                int i, j;
                return g_245[g_83][g_83];
            }
            for (l_26 = 1; (l_26 >= 0); l_26 -= 1)
            { 
                int i, j;
                (*g_114) = (*g_207);
                if (g_245[g_3][g_3])
                    continue;
            }
        }
    }
    else
    { 
        uint8_t l_270[4][3] = {{0xA7L,0x04L,0xA7L},{0x18L,0UL,0xFDL},{0x18L,0x18L,0UL},{0xA7L,0UL,0UL}};
        int32_t *l_273[3];
        const int8_t *l_296 = (void*)0;
        int i, j;
        for (i = 0; i < 3; i++)
            l_273[i] = &g_31;
        for (g_57 = 0; (g_57 != 0); g_57 = safe_add_func_uint64_t_u_u(g_57, 5))
        { 
            uint8_t l_271 = 1UL;
            int32_t l_277[2][3];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 3; j++)
                    l_277[i][j] = (-3L);
            }
            l_271 = l_270[3][0];
            if (l_271)
            { 
                int8_t l_272 = 1L;
                if (l_272)
                    break;
                if (l_271)
                    break;
                return l_272;
            }
            else
            { 
                (*g_114) = l_273[0];
            }
            for (g_9 = (-2); (g_9 != 47); ++g_9)
            { 
                int32_t *l_276 = &l_229;
                l_276 = l_276;
            }
            l_277[1][0] = (4294967287UL > 0xD5A0AE62L);
        }
        (*l_184) = ((0x0092667326E32850LL || (((safe_add_func_int64_t_s_s(0x84E1F444ABC4ACA0LL, (((18446744073709551611UL ^ (safe_div_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u((+((g_5 , (safe_div_func_uint32_t_u_u((((g_287 = ((g_245[1][1] = g_163) <= g_243)) , &l_168[0][3]) != g_288[1]), g_83))) || g_83)), (*l_184))), g_31))) , 0x5C2DL) < g_84))) < (**g_114)) <= 0x00B7L)) > g_3);
        for (l_228 = 0; (l_228 <= 2); l_228 += 1)
        { 
            int i;
            if ((*l_184))
                break;
        }
        l_230 |= ((((+((safe_mul_func_int16_t_s_s((*l_184), (((safe_rshift_func_uint16_t_u_s((0x0BB8BD90L && (&g_261 == (((((g_294 = g_294) == (void*)0) != 6UL) != 1UL) , (void*)0))), g_3)) < 0xBDF167376010C94ALL) == g_148))) < g_148)) , g_245[0][1]) , &g_2[2]) != l_296);
    }
    return g_3;
}
static int16_t  func_17(uint32_t  p_18, uint64_t  p_19, uint64_t  p_20, int8_t  p_21, int16_t  p_22)
{ 
    uint16_t l_27 = 1UL;
    return l_27;
}
static const int32_t * func_34(const uint8_t  p_35)
{ 
    int32_t *l_56[1];
    int i;
    for (i = 0; i < 1; i++)
        l_56[i] = &g_57;
    for (g_31 = 0; (g_31 == (-12)); g_31 = safe_sub_func_uint64_t_u_u(g_31, 5))
    { 
        int32_t l_58 = 0x40931BC1L;
        for (g_29 = (-26); (g_29 != 18); g_29 = safe_add_func_uint32_t_u_u(g_29, 4))
        { 
            for (g_4 = (-9); (g_4 == 48); ++g_4)
            { 
                int32_t *l_54 = &g_29;
                int32_t **l_53 = &l_54;
                int32_t ***l_55 = &l_53;
                (*l_55) = l_53;
                l_56[0] = (void*)0;
            }
            if (l_58)
                continue;
        }
    }
    g_57 = (g_29 | g_2[0]);
    return l_56[0];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_2[i], "g_2[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_29, "g_29", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_57, "g_57", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_83, "g_83", print_hash_value);
    transparent_crc(g_84, "g_84", print_hash_value);
    transparent_crc(g_85, "g_85", print_hash_value);
    transparent_crc(g_148, "g_148", print_hash_value);
    transparent_crc(g_163, "g_163", print_hash_value);
    transparent_crc(g_193, "g_193", print_hash_value);
    transparent_crc(g_243, "g_243", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_245[i][j], "g_245[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_287, "g_287", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
