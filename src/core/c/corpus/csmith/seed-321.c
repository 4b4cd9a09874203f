#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0x4A8C6A53L;
static int32_t g_6 = 0x82A1836CL;
static const int32_t g_25 = (-10L);
static int32_t g_36 = 1L;
static int64_t g_41[3] = {0x2870B1B9B964069ALL,0x2870B1B9B964069ALL,0x2870B1B9B964069ALL};
static int8_t g_45 = 0L;
static int32_t *g_49 = (void*)0;
static int32_t **g_48 = &g_49;
static uint64_t g_57 = 0xD5285618A3212EC3LL;
static uint16_t g_74 = 0xDE17L;
static int32_t g_140 = 0x0A5B8026L;
static int64_t g_143 = 0x5B92F13429A001A3LL;
static uint32_t g_144 = 0xEC08A347L;
static uint64_t *g_161 = (void*)0;
static uint64_t **g_160 = &g_161;
static int8_t g_170 = 0x78L;
static uint16_t g_172 = 0UL;
static int16_t g_177 = 0x3C1AL;
static int32_t g_178 = 0L;
static uint32_t g_179 = 0xC2D19084L;
static uint16_t *g_196 = &g_74;
static uint16_t **g_195 = &g_196;
static int32_t g_206 = 0x2144345DL;
static uint8_t g_213[3] = {255UL,255UL,255UL};
static int64_t *g_216 = (void*)0;
static int64_t g_279 = 0x3916C6A2E21811C0LL;
static uint8_t g_280 = 0xE5L;
static int32_t g_303 = 0xA345722FL;
static int16_t g_304 = (-10L);
static uint64_t g_305 = 0xA12C240C774795C8LL;
static uint32_t  func_1(void);
static int32_t  func_7(uint32_t  p_8, uint32_t  p_9, int32_t  p_10, int32_t * p_11, uint8_t  p_12);
static uint8_t  func_13(int16_t  p_14, uint16_t  p_15, int32_t * p_16);
static uint32_t  func_1(void)
{ 
    int32_t *l_19 = &g_2;
    const uint32_t l_54 = 1UL;
    uint32_t l_67 = 0xB8BBD03CL;
    const uint16_t l_82 = 0x01F6L;
    const uint64_t *l_120 = &g_57;
    int32_t l_138 = 0L;
    int64_t l_217 = 0xEED502434DA7C746LL;
    int8_t *l_218 = &g_170;
    uint16_t l_224 = 65526UL;
    int8_t l_239 = 0x58L;
    int32_t l_245 = 0x435C01A5L;
    int32_t l_246 = (-1L);
    uint32_t l_248[4] = {4294967295UL,4294967295UL,4294967295UL,4294967295UL};
    int64_t l_319 = 2L;
    int i;
    for (g_2 = 0; (g_2 == 14); g_2 = safe_add_func_uint16_t_u_u(g_2, 6))
    { 
        int32_t *l_5 = &g_6;
        int32_t l_75 = (-8L);
        uint64_t *l_121 = &g_57;
        int32_t l_141 = 5L;
        int32_t l_142[4][2];
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 2; j++)
                l_142[i][j] = 0L;
        }
        (*l_5) = 0xF4288A13L;
        if (func_7(g_2, (*l_5), g_6, (func_13((safe_mul_func_int8_t_s_s(((void*)0 == l_19), 0x73L)), g_2, &g_6) , (void*)0), g_6))
        { 
            int32_t *l_39 = &g_2;
            int64_t *l_40 = &g_41[2];
            int8_t *l_44 = &g_45;
            int32_t *l_46 = (void*)0;
            int32_t *l_47 = &g_36;
            (*l_5) = 0xADF851F0L;
            (*l_5) = 0x3E5F8859L;
            (*l_47) ^= ((((*l_40) = (l_39 != &g_36)) & g_2) & (4L < ((((safe_mul_func_int8_t_s_s(((*l_44) ^= ((*l_19) || (*l_19))), (*l_5))) >= (*l_39)) && 4UL) , g_45)));
        }
        else
        { 
            int16_t l_50 = 0x0B91L;
            int32_t l_55 = 0x742E7FF2L;
            int32_t l_58 = 0L;
            g_48 = g_48;
            if (((2UL | (l_50 , ((+(*l_19)) != (*l_19)))) , (l_55 |= (((!(((+g_25) >= 0x5FD78DB5841EC3D2LL) <= g_6)) < 4294967294UL) > l_54))))
            { 
                uint64_t *l_56[1][4] = {{&g_57,&g_57,&g_57,&g_57}};
                int i, j;
                (*l_5) = 0x044B1310L;
                (*l_5) = l_55;
                l_58 ^= ((g_6 <= ((g_57 = (((((((((((-1L) == (&g_45 == (void*)0)) >= (*l_5)) , g_36) , 0xF8L) >= l_55) & 65532UL) , (void*)0) == &g_41[2]) > 0xFFL) < g_45)) > g_45)) && l_55);
                return g_36;
            }
            else
            { 
                return g_41[2];
            }
        }
    }
lbl_202:
    (*l_19) = (*l_19);
    for (g_140 = (-8); (g_140 <= (-18)); g_140--)
    { 
        int32_t *l_165[3];
        uint16_t **l_198 = &g_196;
        int i;
        for (i = 0; i < 3; i++)
            l_165[i] = &g_6;
        g_6 &= ((*l_19) |= 0xB01B0BCFL);
        if ((*l_19))
        { 
            int32_t l_171[2];
            int i;
            for (i = 0; i < 2; i++)
                l_171[i] = (-2L);
            for (g_143 = 0; (g_143 >= 20); g_143 = safe_add_func_int32_t_s_s(g_143, 3))
            { 
                (*g_48) = (*g_48);
                return g_74;
            }
            for (g_45 = 0; (g_45 != 18); g_45 = safe_add_func_int16_t_s_s(g_45, 9))
            { 
                --g_172;
                (*l_19) = l_171[1];
            }
            for (g_170 = 0; (g_170 > 14); ++g_170)
            { 
                g_179++;
                (*g_48) = (*g_48);
            }
            l_171[1] &= (safe_lshift_func_uint8_t_u_u(g_177, 0));
        }
        else
        { 
            const uint32_t l_190 = 0x79A3CF2EL;
            for (l_138 = 0; (l_138 > (-24)); l_138 = safe_sub_func_int64_t_s_s(l_138, 9))
            { 
                uint32_t l_193 = 0x5E23DD8FL;
                int8_t *l_194 = &g_45;
                uint16_t ***l_197[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_197[i] = &g_195;
                l_198 = ((((g_172 = (safe_mul_func_int8_t_s_s(((*l_194) = ((safe_mod_func_int16_t_s_s(1L, l_190)) ^ (safe_div_func_int64_t_s_s((((l_190 & g_36) || g_178) & 4L), l_193)))), (*l_19)))) , 1UL) , g_57) , g_195);
                (*l_19) ^= (-1L);
                (*l_19) |= l_193;
            }
        }
        for (g_57 = 0; (g_57 > 18); g_57 = safe_add_func_uint16_t_u_u(g_57, 7))
        { 
            uint16_t l_201[4];
            int i;
            for (i = 0; i < 4; i++)
                l_201[i] = 4UL;
            l_201[0] ^= ((*l_19) != (*l_19));
        }
        if (g_25)
            goto lbl_202;
    }
    if ((*l_19))
    { 
        uint64_t l_207 = 2UL;
        uint8_t *l_212 = &g_213[0];
        int8_t *l_215 = &g_170;
        uint64_t *l_225[1];
        int64_t *l_226 = (void*)0;
        int64_t *l_227[1];
        int32_t l_228 = 0x75960B8AL;
        int32_t l_237 = 0xC3D22769L;
        int32_t l_240 = 0x5BD78437L;
        int32_t l_241 = (-1L);
        int32_t l_242 = (-4L);
        int32_t l_243 = (-1L);
        int32_t l_244 = 5L;
        int32_t l_247 = 1L;
        int64_t l_266 = 0L;
        int i;
        for (i = 0; i < 1; i++)
            l_225[i] = (void*)0;
        for (i = 0; i < 1; i++)
            l_227[i] = (void*)0;
        for (g_144 = 0; (g_144 <= 2); g_144 += 1)
        { 
            int32_t *l_203 = &g_2;
            int32_t *l_204 = &l_138;
            int32_t *l_205[2][4] = {{&g_2,&g_2,&g_2,&g_2},{&g_2,&g_2,&g_2,&g_2}};
            int i, j;
            (*l_19) = (-3L);
            --l_207;
        }
lbl_274:
        (*l_19) = (safe_mul_func_uint16_t_u_u(((((((*l_19) , ((*l_212) = l_207)) | (3L > (((((((*l_19) >= (!((*l_215) |= 1L))) & 0xDFB097C1L) , &g_41[2]) == g_216) , g_41[2]) == l_207))) & 0x8C801306L) ^ l_217) , (*l_19)), 0x7655L));
        if (((((l_228 ^= (((void*)0 != l_218) ^ ((g_57 = ((safe_lshift_func_int8_t_s_s(((*l_19) && (safe_rshift_func_int16_t_s_s(((~0x29L) && 0UL), l_224))), l_207)) , (*l_19))) && g_41[1]))) , 0xD6AA0186L) > l_207) , 0x94E2B856L))
        { 
            int32_t *l_229 = &g_2;
            int32_t *l_230 = &l_228;
            int32_t *l_231 = &g_2;
            int32_t *l_232 = &l_228;
            int32_t *l_233 = &g_6;
            int32_t *l_234 = &l_228;
            int32_t *l_235 = (void*)0;
            int32_t l_236[3][3] = {{0L,0L,0L},{0xB0F1F695L,(-7L),0xB0F1F695L},{0L,0L,0L}};
            int32_t *l_238[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
            uint32_t *l_262 = &g_144;
            uint16_t **l_265 = (void*)0;
            uint8_t l_270 = 0x06L;
            int i, j;
            l_248[1]++;
            for (g_140 = 0; (g_140 > (-24)); g_140--)
            { 
                uint64_t ***l_253 = &g_160;
                int32_t l_254 = 0x9A2F9D2BL;
                int32_t l_255[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_255[i] = 0x005687EBL;
                (*l_253) = &l_225[0];
                l_255[0] ^= l_254;
                (*l_231) &= l_254;
            }
            if (((safe_mod_func_int16_t_s_s(g_213[0], (++(**g_195)))) <= (safe_sub_func_int64_t_s_s(((((1UL | ((l_244 < ((*l_262)--)) && l_207)) , ((l_265 != l_265) <= 0xB5L)) | l_266) , 0x9A80CE487BCEC8CFLL), l_243))))
            { 
                uint64_t l_267 = 0UL;
                (*l_231) = (l_267 , (safe_lshift_func_uint16_t_u_u(l_241, 6)));
            }
            else
            { 
                l_270++;
            }
        }
        else
        { 
            int64_t l_273 = 1L;
            int32_t l_276 = (-3L);
            int32_t l_277 = 0x54D604E7L;
            int32_t l_278 = 0x3F55769EL;
            uint16_t *l_316 = &g_172;
            (*l_19) |= 0xEC288066L;
            if (l_273)
            { 
                if (l_228)
                    goto lbl_274;
            }
            else
            { 
                int32_t *l_275[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_275[i] = (void*)0;
                (*g_48) = (*g_48);
                g_280++;
                return g_74;
            }
            if (g_213[0])
            { 
                const int16_t l_293 = (-2L);
                l_243 &= (safe_div_func_int32_t_s_s((((g_179 , ((((safe_rshift_func_int16_t_s_s(l_273, ((l_276 == (-1L)) && (safe_rshift_func_uint8_t_u_s(((safe_div_func_uint8_t_u_u(((safe_sub_func_int16_t_s_s(((-10L) ^ (-1L)), l_277)) || (*l_19)), 0x5DL)) | 0x84141685L), g_179))))) , 0x4A16L) && (**g_195)) <= 0xF2E98DDDL)) , l_293) >= l_293), l_293));
                return (*l_19);
            }
            else
            { 
                int32_t *l_294 = &l_241;
                int32_t *l_295 = &l_276;
                int32_t *l_296 = &l_243;
                int32_t *l_297 = &l_278;
                int32_t *l_298 = &g_6;
                int32_t *l_299 = &g_6;
                int32_t *l_300 = (void*)0;
                int32_t *l_301 = &l_277;
                int32_t *l_302[3][3] = {{&g_206,&l_246,&g_206},{&l_246,&l_246,&l_246},{&g_206,&l_246,&g_206}};
                int16_t *l_317 = &g_304;
                int16_t *l_318[4][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}};
                int i, j;
                g_305--;
                (*l_297) = (l_277 | (safe_rshift_func_uint8_t_u_s(((safe_mul_func_int16_t_s_s((+0x90968EFDL), (l_319 = ((*l_317) = (((*g_196) > (~(*l_299))) != (safe_rshift_func_uint8_t_u_u((((void*)0 == l_316) , 255UL), g_143))))))) ^ g_2), g_36)));
                (*l_19) = l_277;
            }
        }
    }
    else
    { 
        return g_41[2];
    }
    return g_206;
}
static int32_t  func_7(uint32_t  p_8, uint32_t  p_9, int32_t  p_10, int32_t * p_11, uint8_t  p_12)
{ 
    int32_t **l_37[3];
    int32_t *l_38 = (void*)0;
    int i;
    for (i = 0; i < 3; i++)
        l_37[i] = (void*)0;
    l_38 = &g_36;
    return g_36;
}
static uint8_t  func_13(int16_t  p_14, uint16_t  p_15, int32_t * p_16)
{ 
    const int32_t **l_23 = (void*)0;
    const int32_t *l_24[1][2];
    const int32_t *l_27 = (void*)0;
    const int32_t **l_26 = &l_27;
    int32_t *l_29 = &g_6;
    int32_t **l_28 = &l_29;
    int32_t *l_35 = &g_36;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_24[i][j] = &g_25;
    }
    (*l_35) = (safe_sub_func_int16_t_s_s(g_6, ((((+(((((*l_26) = (l_24[0][0] = &g_2)) != ((*l_28) = (void*)0)) , (((safe_sub_func_uint32_t_u_u(g_6, (safe_mul_func_uint16_t_u_u((+(g_6 , 0x3DL)), p_14)))) , &g_2) == (*l_26))) || g_2)) , (*l_27)) , (*l_28)) != (void*)0)));
    (*l_35) = ((*l_26) != (void*)0);
    (*l_28) = (*l_28);
    return g_2;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_25, "g_25", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_41[i], "g_41[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_57, "g_57", print_hash_value);
    transparent_crc(g_74, "g_74", print_hash_value);
    transparent_crc(g_140, "g_140", print_hash_value);
    transparent_crc(g_143, "g_143", print_hash_value);
    transparent_crc(g_144, "g_144", print_hash_value);
    transparent_crc(g_170, "g_170", print_hash_value);
    transparent_crc(g_172, "g_172", print_hash_value);
    transparent_crc(g_177, "g_177", print_hash_value);
    transparent_crc(g_178, "g_178", print_hash_value);
    transparent_crc(g_179, "g_179", print_hash_value);
    transparent_crc(g_206, "g_206", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_213[i], "g_213[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_279, "g_279", print_hash_value);
    transparent_crc(g_280, "g_280", print_hash_value);
    transparent_crc(g_303, "g_303", print_hash_value);
    transparent_crc(g_304, "g_304", print_hash_value);
    transparent_crc(g_305, "g_305", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
