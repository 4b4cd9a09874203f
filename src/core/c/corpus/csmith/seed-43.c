#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0x25B9B55BL;
static int32_t g_5 = 0xA2768935L;
static int16_t g_16[4] = {6L,6L,6L,6L};
static uint16_t g_25 = 0x266DL;
static uint64_t g_41 = 0x0F95848308FAA83FLL;
static uint64_t g_54 = 0x032DC71837DEF5F9LL;
static uint64_t *g_53 = &g_54;
static int16_t g_56 = (-1L);
static int16_t *g_55 = &g_56;
static int32_t g_58 = (-1L);
static uint64_t **g_63 = &g_53;
static uint32_t g_80 = 4294967294UL;
static uint8_t g_82 = 246UL;
static uint32_t g_85 = 4294967295UL;
static uint32_t *g_84 = &g_85;
static int64_t g_93 = 1L;
static uint16_t g_101 = 0x4230L;
static int32_t g_106 = 1L;
static int64_t g_107 = 1L;
static int32_t g_108 = 0x152E9544L;
static int64_t g_110[4] = {0L,0L,0L,0L};
static int16_t g_111 = (-1L);
static uint32_t g_112[2] = {0xB06A0B71L,0xB06A0B71L};
static uint32_t g_116 = 18446744073709551607UL;
static int16_t g_135 = 0L;
static int32_t *g_169 = &g_2;
static int32_t **g_168 = &g_169;
static int8_t g_181 = 0x45L;
static uint16_t *g_192 = &g_101;
static int32_t g_237 = 0x44C74F74L;
static int8_t g_239 = 0x35L;
static uint8_t g_240 = 1UL;
static uint8_t g_277 = 255UL;
static uint64_t g_278[2] = {6UL,6UL};
static const uint64_t g_296 = 6UL;
static const uint64_t *g_295 = &g_296;
static const uint64_t **g_294 = &g_295;
static uint32_t  func_1(void);
static const int32_t  func_8(int64_t  p_9);
static uint32_t  func_17(uint16_t  p_18, uint32_t  p_19, int8_t  p_20);
static uint32_t  func_1(void)
{ 
    uint32_t l_251 = 0xFF5B38C9L;
    int32_t l_266[2][2] = {{0x6B931DBAL,0x6B931DBAL},{0x6B931DBAL,0x6B931DBAL}};
    uint32_t l_275[1];
    int32_t l_282 = 0xF1D13F60L;
    int32_t l_283 = (-1L);
    int32_t l_284 = 0xB2F87FCBL;
    uint8_t l_285 = 251UL;
    const uint64_t *l_291 = &g_278[0];
    const uint64_t **l_290 = &l_291;
    const uint64_t ***l_292 = (void*)0;
    const uint64_t ***l_293[1];
    int32_t *l_303 = &l_284;
    int i, j;
    for (i = 0; i < 1; i++)
        l_275[i] = 0xF92E4C42L;
    for (i = 0; i < 1; i++)
        l_293[i] = &l_290;
    for (g_2 = (-24); (g_2 == (-14)); g_2 = safe_add_func_int32_t_s_s(g_2, 7))
    { 
        uint8_t l_247[3];
        int32_t *l_248 = &g_58;
        int32_t *l_249 = &g_237;
        int32_t *l_250[1];
        int i;
        for (i = 0; i < 3; i++)
            l_247[i] = 0xF3L;
        for (i = 0; i < 1; i++)
            l_250[i] = &g_5;
        for (g_5 = 0; (g_5 > (-27)); g_5 = safe_sub_func_int8_t_s_s(g_5, 1))
        { 
            l_247[0] = func_8(g_5);
            for (g_80 = 0; (g_80 <= 3); g_80 += 1)
            { 
                int i;
                if (g_16[g_80])
                    break;
            }
        }
        l_251++;
        if ((safe_rshift_func_uint8_t_u_s(l_251, 3)))
        { 
            (*l_248) = (*l_248);
        }
        else
        { 
            const int32_t l_265 = (-1L);
            int32_t l_281 = 0x4317B74FL;
            (*l_248) = 0x6DBB8731L;
            if ((safe_mul_func_int16_t_s_s((safe_lshift_func_int16_t_s_u((safe_lshift_func_uint16_t_u_u((*g_192), (safe_add_func_uint64_t_u_u(((1UL < (0UL & ((*g_55) && (~l_265)))) | l_266[0][0]), 7UL)))), 8)), 0x2B01L)))
            { 
                int16_t l_276 = 0x9C39L;
                if (l_265)
                    break;
                (*l_249) &= (((safe_add_func_int32_t_s_s((safe_div_func_int32_t_s_s(((*l_248) = (((safe_mul_func_uint16_t_u_u(((safe_div_func_int8_t_s_s((g_135 ^ g_110[0]), ((l_275[0] || l_276) , g_277))) , 65535UL), l_265)) <= 0x3FEF99F4FE024A96LL) && l_265)), (*g_84))), g_278[0])) == l_265) == 1L);
                (*g_168) = (*g_168);
                return l_276;
            }
            else
            { 
                (*l_248) = l_265;
            }
            if (((void*)0 == (*g_168)))
            { 
                int32_t l_279 = (-3L);
                if ((**g_168))
                    break;
                (*l_248) ^= (*g_169);
                if (l_279)
                    break;
                if (l_251)
                    break;
            }
            else
            { 
                int16_t l_280[4][2] = {{0L,0L},{0L,0L},{0L,0L},{0L,0L}};
                int i, j;
                (*l_249) ^= l_280[1][1];
                if (l_265)
                    break;
            }
            ++l_285;
        }
        (*l_249) = ((*g_53) > l_251);
    }
    (*l_303) = (safe_div_func_uint8_t_u_u(((g_294 = l_290) == &g_295), (((safe_mod_func_int8_t_s_s(g_16[3], (safe_mod_func_uint32_t_u_u(l_275[0], ((*g_169) = ((++(*g_192)) ^ ((*g_55) = 0x9FF1L))))))) , 65535UL) | 65535UL)));
    return (*g_84);
}
static const int32_t  func_8(int64_t  p_9)
{ 
    uint64_t l_12 = 0x5E81A7ECC2443AC4LL;
    int16_t *l_15 = &g_16[1];
    int32_t l_21 = (-7L);
    uint16_t *l_24[4][4];
    int32_t l_26[2][1];
    uint32_t *l_79 = &g_80;
    uint8_t *l_81[2][1];
    int16_t *l_151 = &g_16[1];
    int32_t *l_167 = &l_26[1][0];
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
            l_24[i][j] = &g_25;
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_26[i][j] = 0x498B94BEL;
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_81[i][j] = &g_82;
    }
lbl_115:
    l_26[1][0] = (safe_mod_func_uint8_t_u_u((g_82 = ((l_12 |= p_9) >= (6UL && ((*l_79) = (((*l_15) = g_2) != ((func_17((l_21 , (l_21 = ((0xC9D73DF2EF51AE9ALL || 0UL) & p_9))), p_9, l_26[1][0]) | g_5) == p_9)))))), 1L));
    for (g_58 = 0; (g_58 <= 0); g_58 += 1)
    { 
        uint32_t l_83 = 18446744073709551606UL;
        uint32_t l_91 = 5UL;
        int32_t l_94 = 0x0F60EFD8L;
        int32_t l_134 = (-6L);
        int32_t *l_136[4][3] = {{&g_2,&g_108,&g_2},{(void*)0,&l_94,(void*)0},{&g_2,&g_108,&g_2},{(void*)0,&l_94,(void*)0}};
        int i, j;
        for (g_80 = 0; (g_80 <= 0); g_80 += 1)
        { 
            uint64_t * const l_86 = &g_54;
            int64_t *l_92 = &g_93;
            int32_t l_95 = (-4L);
            int32_t l_105 = 1L;
            int32_t l_109[4] = {0xB4660DC5L,0xB4660DC5L,0xB4660DC5L,0xB4660DC5L};
            int i, j;
            if (((l_83 < ((&g_80 != (g_84 = &g_80)) <= ((l_86 == ((l_94 ^= ((((*l_92) = (safe_rshift_func_int8_t_s_u((((safe_div_func_uint8_t_u_u(((g_54 || p_9) < l_91), l_26[1][0])) , l_91) & (*g_55)), 5))) , g_2) ^ p_9)) , l_92)) <= l_95))) , p_9))
            { 
                int32_t **l_96 = (void*)0;
                int32_t *l_98 = &l_26[0][0];
                int32_t **l_97 = &l_98;
                int32_t *l_99 = &l_21;
                int32_t *l_100[1][4];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_100[i][j] = &l_21;
                }
                (*l_97) = &g_58;
                g_101++;
            }
            else
            { 
                int32_t *l_104[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_104[i] = &l_26[0][0];
                g_112[1]--;
                if (g_80)
                    goto lbl_115;
                if (g_16[3])
                    continue;
                l_105 &= (g_116 ^ ((safe_unary_minus_func_int16_t_s(((safe_rshift_func_uint16_t_u_s(1UL, 2)) , (p_9 > (((g_85 = (((g_5 && 0xD3L) , g_85) , p_9)) , &g_85) == &g_80))))) >= l_21));
            }
        }
        l_26[1][0] = (safe_sub_func_int32_t_s_s((safe_add_func_uint64_t_u_u(((safe_rshift_func_int16_t_s_u(((safe_add_func_int8_t_s_s(((safe_lshift_func_uint8_t_u_u(((safe_rshift_func_int16_t_s_s((safe_rshift_func_uint16_t_u_s(l_134, p_9)), ((g_16[1] ^ p_9) == g_135))) , 0x5EL), l_26[1][0])) <= 0x7A3E983FE56077E5LL), g_85)) , p_9), 13)) != p_9), 18446744073709551615UL)), 0xFE914D0EL));
    }
    for (g_116 = (-9); (g_116 == 23); g_116++)
    { 
        int16_t *l_152 = &g_56;
        int32_t l_153 = 0x7038A069L;
        const int8_t l_154 = 0xB0L;
        int32_t l_166[1][3];
        int16_t l_182 = 0x52E5L;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_166[i][j] = 0L;
        }
        if (g_82)
            break;
    }
    return (**g_168);
}
static uint32_t  func_17(uint16_t  p_18, uint32_t  p_19, int8_t  p_20)
{ 
    int16_t l_38 = (-1L);
    uint64_t *l_40[2];
    int32_t l_42[1];
    uint64_t **l_52 = &l_40[1];
    int32_t *l_57 = &g_58;
    int16_t l_69 = 0x7CECL;
    int32_t *l_70 = &l_42[0];
    int i;
    for (i = 0; i < 2; i++)
        l_40[i] = &g_41;
    for (i = 0; i < 1; i++)
        l_42[i] = 0L;
    (*l_57) ^= (safe_mul_func_uint8_t_u_u(((((safe_rshift_func_int16_t_s_s(((safe_rshift_func_int8_t_s_u((!((safe_lshift_func_int16_t_s_u((safe_sub_func_int64_t_s_s(l_38, (!(g_41++)))), 12)) != (((~(((safe_lshift_func_int8_t_s_u(0xFCL, 6)) < (safe_sub_func_int8_t_s_s(l_42[0], ((safe_lshift_func_uint16_t_u_s((p_19 <= (((((*l_52) = l_40[0]) == g_53) , g_55) != &l_38)), p_20)) , g_2)))) || 0x65L)) || l_42[0]) , p_20))), 5)) & l_42[0]), l_38)) && p_18) | l_42[0]) | 0UL), 0x08L));
    if (g_58)
        goto lbl_71;
lbl_71:
    (*l_70) ^= (safe_div_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u(g_25, ((((g_63 = &l_40[1]) != (void*)0) && (0L >= (safe_sub_func_int32_t_s_s((((safe_mul_func_int16_t_s_s(((((safe_unary_minus_func_uint32_t_u(g_5)) | (*l_57)) , (*l_57)) , (*g_55)), (*l_57))) , p_18) , l_69), g_2)))) != p_19))), p_20));
    (*l_70) |= (g_58 = ((9L || (((*g_55) | (safe_rshift_func_int16_t_s_s((&p_18 == &g_25), 12))) || ((~((safe_mod_func_int32_t_s_s((safe_mul_func_int16_t_s_s((8L <= p_19), (*l_57))), (-8L))) != 65528UL)) | g_5))) > (*l_57)));
    return (*l_57);
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_16[i], "g_16[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_25, "g_25", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    transparent_crc(g_54, "g_54", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_80, "g_80", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_85, "g_85", print_hash_value);
    transparent_crc(g_93, "g_93", print_hash_value);
    transparent_crc(g_101, "g_101", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    transparent_crc(g_107, "g_107", print_hash_value);
    transparent_crc(g_108, "g_108", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_110[i], "g_110[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_111, "g_111", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_112[i], "g_112[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_116, "g_116", print_hash_value);
    transparent_crc(g_135, "g_135", print_hash_value);
    transparent_crc(g_181, "g_181", print_hash_value);
    transparent_crc(g_237, "g_237", print_hash_value);
    transparent_crc(g_239, "g_239", print_hash_value);
    transparent_crc(g_240, "g_240", print_hash_value);
    transparent_crc(g_277, "g_277", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_278[i], "g_278[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_296, "g_296", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
