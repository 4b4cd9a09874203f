#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0x1F7E2799L;
static uint16_t g_36 = 65529UL;
static uint16_t g_38 = 0x280BL;
static uint64_t g_39 = 1UL;
static int32_t *g_58 = &g_2;
static int32_t **g_57 = &g_58;
static uint32_t g_64[4][2] = {{0xF4FCF427L,0xF4FCF427L},{0xF4FCF427L,0xF4FCF427L},{0xF4FCF427L,0xF4FCF427L},{0xF4FCF427L,0xF4FCF427L}};
static uint32_t g_66 = 6UL;
static int64_t g_90 = (-2L);
static int8_t g_93[2][2] = {{0x3DL,0x3DL},{0x3DL,0x3DL}};
static uint16_t g_95 = 0xB81CL;
static int8_t g_98 = 0L;
static int8_t g_105 = 7L;
static uint64_t g_106 = 0xE2E09151F0AF6214LL;
static uint8_t g_109 = 1UL;
static const uint16_t g_136 = 65531UL;
static const uint16_t *g_135 = &g_136;
static uint32_t g_163 = 0x9DDBCA4CL;
static uint32_t g_184 = 6UL;
static int64_t g_189 = 0xD39CA9CDB1E1FFC8LL;
static uint16_t g_217 = 0x72FCL;
static uint32_t g_219 = 0UL;
static uint8_t g_220 = 0x06L;
static uint64_t g_229 = 0x7A122F168FF3D68DLL;
static int16_t g_234 = (-1L);
static uint8_t g_237 = 8UL;
static int64_t g_257 = 0L;
static uint64_t g_258 = 18446744073709551608UL;
static uint64_t g_261 = 0UL;
static int16_t g_281 = 0x4E9AL;
static uint64_t g_290[4] = {0xDF91F35198EBF401LL,0xDF91F35198EBF401LL,0xDF91F35198EBF401LL,0xDF91F35198EBF401LL};
static uint64_t g_306 = 0x522978E774DD7B4ELL;
static uint8_t g_338[1][1] = {{0xCBL}};
static const int32_t *g_370 = (void*)0;
static int32_t g_377 = 2L;
static int32_t g_379[1][4] = {{0xAF18A5ABL,0xAF18A5ABL,0xAF18A5ABL,0xAF18A5ABL}};
static const int32_t  func_1(void);
static int64_t  func_14(int32_t  p_15, const int32_t  p_16, int32_t  p_17, uint32_t  p_18, int64_t  p_19);
static uint32_t  func_26(uint8_t  p_27, int64_t  p_28, uint8_t  p_29, uint32_t  p_30);
static const int32_t  func_1(void)
{ 
    int64_t l_9 = 0x5B7CEFA9D19AC196LL;
    int8_t l_22 = 0L;
    int32_t l_385[4][2];
    int8_t l_389 = (-9L);
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
            l_385[i][j] = 0x946D1B89L;
    }
    for (g_2 = 0; (g_2 <= (-22)); --g_2)
    { 
        int16_t l_31 = 0xADCAL;
        int32_t *l_378 = &g_379[0][2];
        int32_t l_383 = (-8L);
        int32_t l_386 = 0x3397EC06L;
        int32_t l_387 = (-6L);
        int32_t l_388[3][3] = {{(-1L),0x444ABEB6L,(-1L)},{(-1L),0x444ABEB6L,(-1L)},{(-1L),0x444ABEB6L,(-1L)}};
        uint64_t l_393 = 1UL;
        int i, j;
    }
    return g_220;
}
static int64_t  func_14(int32_t  p_15, const int32_t  p_16, int32_t  p_17, uint32_t  p_18, int64_t  p_19)
{ 
    int32_t *l_103 = (void*)0;
    int32_t *l_104[2][3] = {{(void*)0,(void*)0,(void*)0},{&g_2,&g_2,&g_2}};
    int8_t *l_114 = &g_105;
    uint16_t *l_154[3][2];
    int32_t ***l_175 = (void*)0;
    int8_t l_198 = (-1L);
    uint8_t l_215 = 247UL;
    uint8_t l_254 = 8UL;
    const int16_t l_278 = 8L;
    uint32_t *l_287[3];
    uint64_t l_303 = 5UL;
    int64_t l_323 = 0x94C367E7310122C9LL;
    int32_t l_354 = 0x267EAC62L;
    uint8_t l_363 = 255UL;
    int64_t *l_371 = &g_90;
    int8_t l_372 = 0x94L;
    uint16_t l_375 = 3UL;
    uint8_t l_376 = 0xF1L;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
            l_154[i][j] = &g_38;
    }
    for (i = 0; i < 3; i++)
        l_287[i] = (void*)0;
    --g_106;
    g_109 = (*g_58);
    if ((safe_rshift_func_int16_t_s_s(g_90, (&g_90 == ((safe_div_func_int16_t_s_s(((g_36 == (0x46L || ((*l_114) = (-2L)))) | p_19), p_17)) , (void*)0)))))
    { 
        int64_t *l_127[4];
        int32_t l_130[4];
        int32_t l_131 = 0x2D87D777L;
        int16_t l_148 = 0x44E6L;
        int32_t *l_156 = (void*)0;
        uint8_t *l_166[3];
        uint16_t l_188 = 0x29F0L;
        int32_t l_213 = 0x1CEEE477L;
        int8_t l_218 = 8L;
        int64_t l_223 = 0x045550421CDDCF2BLL;
        int16_t l_277[3];
        uint16_t l_282 = 0xAAB8L;
        int i;
        for (i = 0; i < 4; i++)
            l_127[i] = &g_90;
        for (i = 0; i < 4; i++)
            l_130[i] = 0L;
        for (i = 0; i < 3; i++)
            l_166[i] = &g_109;
        for (i = 0; i < 3; i++)
            l_277[i] = (-10L);
    }
    else
    { 
        for (g_109 = 0; (g_109 <= 1); g_109 += 1)
        { 
            int32_t l_360 = 0xDC3E8900L;
            int32_t l_361 = 0L;
            for (l_303 = 0; (l_303 <= 2); l_303 += 1)
            { 
                uint64_t l_340 = 0x027362A58C583052LL;
                int32_t **l_343 = &l_104[0][0];
                int i;
                --l_340;
                (*l_343) = l_287[g_109];
                if (g_290[l_303])
                    continue;
            }
            for (g_106 = 0; (g_106 <= 1); g_106 += 1)
            { 
                uint32_t l_359 = 4294967295UL;
                uint8_t *l_364 = &g_220;
                int32_t l_367 = 0x250EA4E9L;
                int i;
                l_361 |= (safe_add_func_uint8_t_u_u(0x9CL, ((safe_mul_func_uint16_t_u_u((((((g_163 ^= (safe_add_func_uint8_t_u_u(((safe_add_func_uint8_t_u_u(g_290[g_106], (safe_div_func_int8_t_s_s((p_18 < l_354), (safe_div_func_int16_t_s_s((safe_sub_func_uint32_t_u_u(l_359, 5UL)), l_360)))))) , p_19), p_15))) != l_360) & l_360) | g_109) > g_38), (-5L))) <= 0xBCFAL)));
                if ((*g_58))
                    continue;
                p_15 ^= ((((g_290[(g_106 + 1)] = ((-1L) <= (!((*l_364) = l_363)))) ^ (0xCBAEEE6DL & (safe_mod_func_int32_t_s_s((p_19 ^ p_17), p_17)))) <= 1UL) != l_367);
            }
        }
        for (g_38 = (-14); (g_38 >= 28); g_38 = safe_add_func_int8_t_s_s(g_38, 1))
        { 
            if ((0x641B9402L > (-9L)))
            { 
                g_370 = &p_16;
                return g_281;
            }
            else
            { 
                return g_38;
            }
        }
    }
    g_377 &= ((((*l_371) = (g_257 = 0x977B04AA7114D8C9LL)) > (((p_18 = (((l_372 , &g_58) != ((safe_sub_func_int8_t_s_s(((*l_114) = (((&g_95 == (g_135 = l_154[0][1])) | l_375) > g_229)), g_229)) , (void*)0)) , 0x25F35571L)) <= p_15) != p_15)) & l_376);
    return p_19;
}
static uint32_t  func_26(uint8_t  p_27, int64_t  p_28, uint8_t  p_29, uint32_t  p_30)
{ 
    int32_t *l_32[4][4] = {{&g_2,(void*)0,&g_2,&g_2},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,&g_2,(void*)0,&g_2},{(void*)0,&g_2,(void*)0,(void*)0}};
    int32_t ** const *l_100[1][1];
    int32_t l_102 = 0L;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_100[i][j] = &g_57;
    }
    l_32[2][0] = l_32[0][1];
    for (p_28 = (-30); (p_28 < (-23)); p_28 = safe_add_func_int32_t_s_s(p_28, 4))
    { 
        uint16_t *l_35 = &g_36;
        uint16_t *l_37 = &g_38;
        int32_t l_54 = 0x80008586L;
        int32_t **l_63[4];
        int8_t l_94 = 0x36L;
        int i;
        for (i = 0; i < 4; i++)
            l_63[i] = &g_58;
        if ((((*l_37) = ((*l_35) = g_2)) == (((((g_39 |= 0xD5EC7E01L) & (safe_mul_func_int8_t_s_s((g_2 <= (safe_add_func_int32_t_s_s(((safe_sub_func_int8_t_s_s((safe_div_func_uint32_t_u_u(0xE630971CL, (safe_lshift_func_int16_t_s_u((safe_mod_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_s((0xEB4983CAL != g_2), 7)), g_2)), l_54)))), 0x96L)) < 0x57720F84B0F4F2D8LL), 0x88B9ABC1L))), p_27))) < 0UL) & p_30) > 0UL)))
        { 
            uint16_t *l_71 = &g_36;
            const int32_t l_72 = 0xC6B0C40BL;
            int8_t l_75 = (-6L);
            int32_t *** const l_79[1] = {&l_63[0]};
            int32_t l_82 = 0xFACFA70DL;
            int i;
            for (g_36 = 0; (g_36 < 55); g_36 = safe_add_func_uint16_t_u_u(g_36, 5))
            { 
                int32_t **l_60[2][4] = {{&g_58,&l_32[0][1],&l_32[0][1],&g_58},{&l_32[0][1],&g_58,&l_32[0][1],&l_32[0][1]}};
                int32_t ***l_59 = &l_60[0][1];
                int32_t **l_62 = (void*)0;
                int32_t ***l_61[1];
                int i, j;
                for (i = 0; i < 1; i++)
                    l_61[i] = &l_62;
                l_63[3] = ((*l_59) = (g_57 = &l_32[1][2]));
                return p_27;
            }
            g_64[1][1] = (**g_57);
            for (g_39 = 0; (g_39 <= 3); g_39 += 1)
            { 
                int32_t l_65 = 0x43D9D76CL;
                int i;
                --g_66;
                l_65 = (((safe_div_func_int8_t_s_s((((void*)0 == l_71) , (p_28 && l_72)), (safe_rshift_func_int16_t_s_s(g_64[1][1], g_38)))) ^ l_75) >= p_29);
            }
            if ((safe_div_func_uint8_t_u_u((+(&g_57 == l_79[0])), (safe_lshift_func_int16_t_s_u(l_82, 14)))))
            { 
                uint16_t *l_87[4] = {&g_38,&g_38,&g_38,&g_38};
                int32_t l_88[3];
                int64_t *l_89 = &g_90;
                int32_t l_91 = 0L;
                int32_t ***l_92 = &g_57;
                int i;
                for (i = 0; i < 3; i++)
                    l_88[i] = 2L;
                l_91 |= (safe_sub_func_uint8_t_u_u((((*l_89) = (safe_lshift_func_int8_t_s_s(((g_36 || (((0xAE77DDBA47A58E81LL != (l_63[3] == (void*)0)) != ((l_87[1] == l_71) >= 0x2A96A4AF1292777ELL)) < l_88[0])) , g_36), 3))) , g_36), (-1L)));
                l_92 = &l_63[1];
                g_93[1][0] &= 0x08938C4EL;
            }
            else
            { 
                g_95 = l_94;
            }
        }
        else
        { 
            uint64_t l_101[4];
            int i;
            for (i = 0; i < 4; i++)
                l_101[i] = 1UL;
            l_101[1] ^= (safe_mod_func_uint16_t_u_u((0x5F0D2369L && (g_98 = (**g_57))), (+(l_100[0][0] == (void*)0))));
            l_102 = p_27;
            (*g_57) = (*g_57);
        }
    }
    return p_30;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_64[i][j], "g_64[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_90, "g_90", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_93[i][j], "g_93[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_98, "g_98", print_hash_value);
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    transparent_crc(g_109, "g_109", print_hash_value);
    transparent_crc(g_136, "g_136", print_hash_value);
    transparent_crc(g_163, "g_163", print_hash_value);
    transparent_crc(g_184, "g_184", print_hash_value);
    transparent_crc(g_189, "g_189", print_hash_value);
    transparent_crc(g_217, "g_217", print_hash_value);
    transparent_crc(g_219, "g_219", print_hash_value);
    transparent_crc(g_220, "g_220", print_hash_value);
    transparent_crc(g_229, "g_229", print_hash_value);
    transparent_crc(g_234, "g_234", print_hash_value);
    transparent_crc(g_237, "g_237", print_hash_value);
    transparent_crc(g_257, "g_257", print_hash_value);
    transparent_crc(g_258, "g_258", print_hash_value);
    transparent_crc(g_261, "g_261", print_hash_value);
    transparent_crc(g_281, "g_281", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_290[i], "g_290[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_306, "g_306", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_338[i][j], "g_338[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_377, "g_377", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_379[i][j], "g_379[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
