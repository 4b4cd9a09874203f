#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0x7DDC85F7L;
static int32_t g_15 = (-1L);
static uint16_t g_26[4] = {0x64EAL,0x64EAL,0x64EAL,0x64EAL};
static uint16_t g_32 = 0UL;
static int32_t g_36 = (-1L);
static int32_t g_40 = 0x197CBB40L;
static int64_t g_62[4] = {0xBB57CF3D0097E410LL,0xBB57CF3D0097E410LL,0xBB57CF3D0097E410LL,0xBB57CF3D0097E410LL};
static int8_t g_64[4][1] = {{(-8L)},{4L},{(-8L)},{4L}};
static uint64_t g_66 = 1UL;
static int32_t g_78 = (-6L);
static int32_t g_80 = 0x84DF831BL;
static int64_t g_81 = 9L;
static int32_t g_82 = 6L;
static int16_t g_85 = (-5L);
static uint16_t g_86 = 65527UL;
static int8_t g_93 = (-6L);
static uint16_t g_94[4] = {0x3D7CL,0x3D7CL,0x3D7CL,0x3D7CL};
static uint16_t *g_115 = &g_94[0];
static uint32_t g_121 = 0x97B2EA26L;
static int32_t *g_139 = &g_40;
static int32_t g_165[2] = {(-1L),(-1L)};
static int64_t *g_216 = &g_81;
static int64_t **g_215 = &g_216;
static const uint64_t g_233[4] = {0x4951A803AACA4989LL,0x4951A803AACA4989LL,0x4951A803AACA4989LL,0x4951A803AACA4989LL};
static uint32_t *g_301 = &g_121;
static uint32_t g_310 = 0UL;
static const int32_t  func_1(void);
static uint32_t  func_5(uint8_t  p_6, int32_t  p_7, uint16_t  p_8, uint64_t  p_9, uint16_t  p_10);
static uint16_t  func_20(int32_t  p_21);
static const int32_t  func_1(void)
{ 
    int32_t l_29 = (-2L);
    uint32_t l_180 = 1UL;
    int32_t l_192[2];
    const uint64_t *l_232[1];
    int32_t l_239 = 0xAD69DFC2L;
    uint16_t l_258 = 65532UL;
    uint64_t l_290[2];
    uint16_t l_314 = 1UL;
    int i;
    for (i = 0; i < 2; i++)
        l_192[i] = 0L;
    for (i = 0; i < 1; i++)
        l_232[i] = &g_233[2];
    for (i = 0; i < 2; i++)
        l_290[i] = 18446744073709551607UL;
lbl_214:
    for (g_2 = 0; (g_2 <= (-20)); g_2 = safe_sub_func_uint16_t_u_u(g_2, 3))
    { 
        uint64_t l_11[3][4];
        int32_t l_185 = (-1L);
        int32_t l_191 = 0x9481441DL;
        int32_t l_193 = 0L;
        int32_t l_194 = 0x8BE7EDE4L;
        int32_t l_195 = 0x823F5755L;
        int32_t l_196[1][4] = {{0x078A46E2L,0x078A46E2L,0x078A46E2L,0x078A46E2L}};
        int32_t l_197 = 1L;
        uint16_t l_199[3][2];
        uint32_t l_203 = 2UL;
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 4; j++)
                l_11[i][j] = 0UL;
        }
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 2; j++)
                l_199[i][j] = 6UL;
        }
    }
    for (g_86 = 15; (g_86 > 58); ++g_86)
    { 
        int32_t **l_213[3];
        int64_t ***l_217 = &g_215;
        int i;
        for (i = 0; i < 3; i++)
            l_213[i] = &g_139;
        g_139 = &g_2;
        if (g_2)
            goto lbl_214;
        (*l_217) = g_215;
        if ((*g_139))
            continue;
    }
    for (g_81 = 0; (g_81 <= 1); g_81 += 1)
    { 
        int32_t **l_218 = &g_139;
        uint64_t *l_236 = (void*)0;
        uint64_t *l_237[4][3] = {{(void*)0,&g_66,&g_66},{(void*)0,&g_66,&g_66},{(void*)0,&g_66,&g_66},{(void*)0,&g_66,&g_66}};
        int8_t *l_238[3][4] = {{&g_64[0][0],(void*)0,(void*)0,&g_64[0][0]},{(void*)0,&g_64[0][0],(void*)0,(void*)0},{(void*)0,(void*)0,&g_64[0][0],(void*)0}};
        int32_t l_273 = 0x180FC088L;
        int32_t l_274 = (-9L);
        int32_t l_277 = 0x8CE3E4D3L;
        int64_t l_281 = 0xE7574AEF7B459A28LL;
        uint16_t l_282 = 65535UL;
        int64_t *l_303 = (void*)0;
        int64_t *l_304 = &l_281;
        int16_t *l_309 = &g_85;
        const int8_t l_313 = 0x0BL;
        int32_t *l_315 = &g_165[0];
        int i, j;
        (*l_218) = &l_192[g_81];
        if (((safe_sub_func_uint8_t_u_u((((l_192[g_81] != ((6UL < (safe_rshift_func_int8_t_s_u((l_239 = (safe_rshift_func_int8_t_s_u((safe_mul_func_int16_t_s_s((~(safe_rshift_func_int16_t_s_s((l_192[1] || ((((((safe_mod_func_uint32_t_u_u(((l_232[0] = (void*)0) == ((((safe_div_func_uint64_t_u_u((l_29 = ((void*)0 != &g_233[2])), l_192[1])) != 0xF6L) & 0x760ADB3EL) , l_236)), (*g_139))) , g_165[1]) < 18446744073709551606UL) , (*g_139)) & l_192[1]) ^ g_121)), 10))), 1UL)), 7))), g_94[3]))) ^ (-2L))) < g_165[1]) <= 0x062C3B10L), 0xA9L)) || 0x0AL))
        { 
            int32_t *l_240 = &g_2;
            int32_t *l_241 = &g_15;
            int32_t *l_242 = &l_192[g_81];
            int32_t *l_243 = &l_192[1];
            int32_t *l_244 = &l_192[g_81];
            int32_t *l_245 = &l_29;
            int32_t *l_246 = &g_165[1];
            int32_t l_247 = 0L;
            int32_t *l_248 = &l_29;
            int32_t *l_249 = &l_192[1];
            int32_t *l_250 = &l_29;
            int32_t *l_251 = &g_165[1];
            int32_t *l_252 = &g_82;
            int32_t *l_253 = &g_2;
            int32_t *l_254 = &g_82;
            int32_t *l_255 = &l_192[1];
            int32_t *l_256 = &l_192[g_81];
            int32_t *l_257[4][3] = {{&g_2,&g_2,&g_2},{&l_192[g_81],&l_192[g_81],&l_192[g_81]},{&g_2,&g_2,&g_2},{&l_192[g_81],&l_192[g_81],&l_192[g_81]}};
            int32_t *l_263[4];
            int64_t l_279 = 0xF0BD8342909EFA91LL;
            int i, j;
            for (i = 0; i < 4; i++)
                l_263[i] = &g_78;
            --l_258;
            if ((0x9D72D5A0CA31FB82LL | (((g_78 = (safe_rshift_func_int8_t_s_u((*l_246), g_78))) , (void*)0) == (*g_215))))
            { 
                return g_233[1];
            }
            else
            { 
                int16_t *l_268 = (void*)0;
                int16_t *l_269 = &g_85;
                int32_t l_272 = 0x88510F08L;
                int32_t l_275 = 0x853F9EE8L;
                int32_t l_276 = 0x01A00784L;
                int32_t l_278 = 0L;
                int32_t l_280 = (-10L);
                (*l_251) |= (safe_rshift_func_int8_t_s_s(7L, (safe_mod_func_uint32_t_u_u((((*l_269) = 0xA151L) , (safe_sub_func_uint32_t_u_u(((g_81 , 18446744073709551609UL) | (g_15 <= 4UL)), l_192[1]))), 4294967293UL))));
                l_282--;
                return g_82;
            }
        }
        else
        { 
            int8_t l_285 = 8L;
            int32_t l_289 = 1L;
            for (l_273 = 0; (l_273 <= 0); l_273 += 1)
            { 
                int32_t *l_286 = &g_165[1];
                int32_t *l_287 = &g_80;
                int32_t *l_288[3];
                int16_t *l_302 = &g_85;
                int i, j;
                for (i = 0; i < 3; i++)
                    l_288[i] = &l_192[1];
                l_290[1]--;
                (*l_218) = &g_82;
                (*l_287) &= (safe_rshift_func_uint16_t_u_s((safe_div_func_int64_t_s_s(((0x7C5D5264L && g_64[g_81][l_273]) <= (g_93 = ((safe_div_func_int16_t_s_s((((*l_302) = (((g_94[2] < (g_66 = ((g_301 = &g_121) != ((((l_290[0] | g_82) , 0x97BF920FC7BBDCE9LL) , l_290[1]) , &g_121)))) | (*g_216)) | 0xBC4EL)) ^ l_285), (**l_218))) == 0UL))), g_165[1])), 8));
            }
        }
        (*l_315) &= (((((*l_304) = 0x05FD7C74CE602A5ELL) || ((safe_mul_func_int16_t_s_s(((*l_309) = 6L), g_310)) ^ ((((**l_218) == ((&l_290[1] != &g_233[2]) != g_81)) != 0L) == l_313))) , l_314) <= g_121);
    }
    return g_26[0];
}
static uint32_t  func_5(uint8_t  p_6, int32_t  p_7, uint16_t  p_8, uint64_t  p_9, uint16_t  p_10)
{ 
    int8_t l_14 = 1L;
    return l_14;
}
static uint16_t  func_20(int32_t  p_21)
{ 
    uint16_t l_34 = 65535UL;
    int32_t *l_35 = &g_36;
    uint8_t l_60 = 0xE6L;
    int32_t l_74 = 0x33AD2D1EL;
    int32_t l_75 = 0xB18A503EL;
    int32_t l_76 = 0x04519F07L;
    int32_t l_79 = 0xA276D00DL;
    int32_t l_83 = 0xBE4505C2L;
    int32_t l_84[1];
    uint8_t l_97[2][1];
    int64_t *l_135[1];
    int i, j;
    for (i = 0; i < 1; i++)
        l_84[i] = 0x3CF365AEL;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_97[i][j] = 0xF4L;
    }
    for (i = 0; i < 1; i++)
        l_135[i] = &g_81;
lbl_90:
    (*l_35) = (safe_unary_minus_func_int16_t_s(l_34));
    for (p_21 = 0; (p_21 <= 3); p_21 += 1)
    { 
        int32_t l_72 = (-6L);
        int32_t l_73 = 0x019D44E4L;
        int32_t l_77[2][4];
        const uint32_t *l_126 = &g_121;
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 4; j++)
                l_77[i][j] = (-1L);
        }
        (*l_35) = (safe_mod_func_int64_t_s_s(g_26[p_21], 1L));
        for (g_32 = 0; (g_32 <= 3); g_32 += 1)
        { 
            int64_t *l_61 = &g_62[1];
            int8_t *l_63 = &g_64[0][0];
            uint64_t *l_65 = &g_66;
            int32_t *l_67 = &g_40;
            int32_t *l_68 = &g_40;
            int32_t *l_69 = &g_40;
            int32_t *l_70 = &g_40;
            int32_t *l_71[3][3];
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 3; j++)
                    l_71[i][j] = &g_36;
            }
            for (g_36 = 3; (g_36 >= 0); g_36 -= 1)
            { 
                int32_t *l_39 = &g_40;
                (*l_39) = ((void*)0 != l_35);
                if (g_2)
                    continue;
            }
            (*l_67) ^= ((((p_21 | ((*l_65) = ((safe_lshift_func_int8_t_s_u((safe_add_func_uint64_t_u_u(((safe_mul_func_uint8_t_u_u((((*l_63) = (1UL && ((((*l_61) = (safe_rshift_func_uint16_t_u_u((((((safe_div_func_int64_t_s_s(((((safe_sub_func_int8_t_s_s((safe_div_func_uint16_t_u_u(((safe_sub_func_uint32_t_u_u(6UL, 0UL)) == (safe_div_func_uint32_t_u_u((!(-9L)), p_21))), p_21)), g_26[p_21])) > 0x5B81L) , l_60) < 0L), g_26[1])) , 4L) ^ p_21) < 0x3D7FL) , p_21), 3))) >= g_26[3]) ^ (-1L)))) ^ g_26[p_21]), g_36)) , (*l_35)), 0x8F30040642FC3084LL)), p_21)) , (*l_35)))) , (*l_35)) | p_21) != g_26[2]);
            g_86--;
        }
        if (p_21)
        { 
            int32_t l_89 = 0x2AD413EDL;
            int32_t l_92[4][3] = {{(-10L),1L,1L},{1L,(-1L),(-7L)},{(-10L),(-1L),(-10L)},{0xCBC420B1L,1L,(-7L)}};
            uint32_t *l_120 = &g_121;
            int16_t *l_125 = &g_85;
            int i, j;
            if (l_89)
            { 
                int32_t *l_91[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_91[i] = &l_73;
                if (g_36)
                    goto lbl_90;
                g_94[3]++;
                l_97[1][0]--;
                g_40 = ((safe_mul_func_int32_t_s_s((safe_add_func_int8_t_s_s(g_82, (safe_mod_func_uint16_t_u_u(l_77[0][3], (g_26[p_21] = g_80))))), ((safe_mul_func_int8_t_s_s(p_21, (18446744073709551611UL || p_21))) >= g_62[2]))) > l_73);
            }
            else
            { 
                uint16_t l_108 = 1UL;
                int8_t *l_116 = &g_64[0][0];
                int16_t *l_117 = &g_85;
                (*l_35) ^= (l_108 != ((safe_sub_func_uint8_t_u_u((safe_add_func_int32_t_s_s(0xA422C177L, (((*l_117) = (((safe_rshift_func_int8_t_s_s(g_15, ((*l_116) = (((g_115 = &g_94[3]) != (void*)0) && 0x3FL)))) , l_77[0][0]) && g_15)) || p_21))), 250UL)) , g_66));
            }
            if (((safe_lshift_func_int8_t_s_s((((*l_120) = p_21) || g_36), 6)) != p_21))
            { 
                (*l_35) |= (+(0xC8B0F682D672FAF5LL || ((&g_85 != l_125) != (((void*)0 == l_126) , 4294967295UL))));
                (*l_35) = p_21;
                if (g_36)
                    goto lbl_90;
                return (*l_35);
            }
            else
            { 
                int64_t *l_131 = (void*)0;
                int64_t *l_132 = (void*)0;
                int64_t *l_133 = &g_62[1];
                int64_t *l_134 = &g_81;
                (*l_35) = (((safe_unary_minus_func_int16_t_s(((*l_125) |= (safe_mod_func_int8_t_s_s(p_21, ((g_64[0][0] = (((*l_134) = (l_89 , (p_21 == (p_21 != (!((*l_133) = 0xDE0C07D60D117829LL)))))) ^ 5UL)) | 0x6EL)))))) , 0x9B38L) | g_66);
                (*l_35) &= 0xA9D5ECC4L;
                if (p_21)
                    continue;
            }
        }
        else
        { 
            int32_t **l_138[3];
            int i;
            for (i = 0; i < 3; i++)
                l_138[i] = (void*)0;
            if (g_82)
                break;
            for (g_82 = 3; (g_82 >= 0); g_82 -= 1)
            { 
                int64_t *l_137 = &g_62[1];
                int64_t **l_136 = &l_137;
                (*l_35) = ((-2L) || (l_135[0] != ((*l_136) = &g_81)));
                return (*g_115);
            }
            g_139 = &g_40;
        }
        if (g_66)
            goto lbl_90;
    }
    for (l_76 = 0; (l_76 <= 3); l_76 += 1)
    { 
        int32_t * const l_140 = (void*)0;
        int32_t **l_141[4];
        int32_t **l_142 = &g_139;
        int i;
        for (i = 0; i < 4; i++)
            l_141[i] = &g_139;
        (*l_142) = l_140;
        for (l_79 = 3; (l_79 >= 0); l_79 -= 1)
        { 
            uint8_t *l_159 = &l_60;
            int32_t *l_162 = &g_2;
            int i;
            (*l_142) = &l_84[0];
            (**l_142) = ((((safe_mul_func_uint8_t_u_u((((((safe_lshift_func_uint8_t_u_s(((-1L) ^ (safe_rshift_func_int16_t_s_u((safe_div_func_uint8_t_u_u(g_26[l_79], (safe_mul_func_int8_t_s_s((safe_lshift_func_uint8_t_u_u(((*l_159) ^= ((**l_142) , ((safe_rshift_func_int16_t_s_u(0x9547L, (safe_mul_func_uint16_t_u_u((p_21 <= (*g_115)), (-7L))))) && g_26[0]))), 3)), (-1L))))), 2))), p_21)) != p_21) & g_26[l_79]) == p_21) > g_66), g_26[l_79])) , g_2) , l_140) == &g_121);
            for (g_80 = 4; (g_80 != (-5)); --g_80)
            { 
                (*l_142) = l_162;
                if (p_21)
                    break;
            }
            (*l_35) = (!((*l_35) , (*l_162)));
        }
    }
    return p_21;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_15, "g_15", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_26[i], "g_26[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_32, "g_32", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_40, "g_40", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_62[i], "g_62[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_64[i][j], "g_64[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_78, "g_78", print_hash_value);
    transparent_crc(g_80, "g_80", print_hash_value);
    transparent_crc(g_81, "g_81", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_85, "g_85", print_hash_value);
    transparent_crc(g_86, "g_86", print_hash_value);
    transparent_crc(g_93, "g_93", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_94[i], "g_94[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_121, "g_121", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_165[i], "g_165[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_233[i], "g_233[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_310, "g_310", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
