#include "csmith.h"
static long __undefined;
static int16_t g_3 = 0x7909L;
static int32_t g_22 = 0x2E819D33L;
static int16_t g_27 = 0x0887L;
static uint16_t g_31 = 8UL;
static int32_t g_39 = 0x3205E60DL;
static int16_t g_40 = 1L;
static uint64_t g_43[2] = {0UL,0UL};
static int8_t g_51 = 0L;
static uint16_t g_53 = 0x5623L;
static int32_t g_69 = 0x5E9F1F6AL;
static int32_t g_93 = (-9L);
static uint32_t g_94 = 3UL;
static uint8_t g_133[4][2] = {{251UL,251UL},{251UL,251UL},{251UL,251UL},{251UL,251UL}};
static int32_t *g_155[4] = {&g_22,&g_22,&g_22,&g_22};
static int32_t **g_154 = &g_155[1];
static int8_t g_157[3] = {(-7L),(-7L),(-7L)};
static uint8_t *g_225 = &g_133[0][0];
static const int8_t g_231 = (-1L);
static const int8_t *g_230 = &g_231;
static int64_t g_278[3] = {9L,9L,9L};
static int32_t  func_1(void);
static int32_t * const  func_4(int64_t  p_5, int32_t  p_6);
static int8_t  func_11(int32_t * p_12, const int32_t * p_13);
static int32_t  func_1(void)
{ 
    uint32_t l_2[3][4] = {{0UL,0xECCCE1E2L,0xE3245F1DL,0xE3245F1DL},{18446744073709551615UL,18446744073709551615UL,0UL,0xE3245F1DL},{0UL,0xECCCE1E2L,0UL,0UL}};
    const int32_t *l_24 = (void*)0;
    int32_t l_70 = (-7L);
    int8_t *l_83 = (void*)0;
    int32_t l_89[3];
    uint16_t l_170 = 2UL;
    int32_t * const l_218[4] = {&g_93,&g_93,&g_93,&g_93};
    int i, j;
    for (i = 0; i < 3; i++)
        l_89[i] = 0xAB94E7F8L;
lbl_182:
    g_3 = (l_2[1][3] ^ 0x4351CDCB363F9E92LL);
    for (g_3 = 2; (g_3 >= 0); g_3 -= 1)
    { 
        uint16_t *l_16 = (void*)0;
        int32_t l_17 = 0x1BF07968L;
        uint64_t l_18[2][4] = {{0UL,1UL,0UL,0UL},{1UL,1UL,18446744073709551615UL,1UL}};
        int32_t *l_21 = &g_22;
        int32_t **l_23 = &l_21;
        int8_t *l_49 = (void*)0;
        int8_t *l_50[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
        uint16_t *l_52 = &g_53;
        int32_t **l_58 = &l_21;
        int32_t l_92 = (-9L);
        uint64_t l_180 = 18446744073709551615UL;
        int i, j;
        (*l_58) = func_4((g_3 , (((*l_52) &= ((safe_div_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s((g_51 = func_11(((safe_sub_func_uint16_t_u_u((l_17 = 0x31E4L), (l_18[1][2] > ((safe_mod_func_int8_t_s_s((((*l_23) = l_21) == (void*)0), l_2[1][2])) == (-1L))))) , &g_22), l_24)), g_3)), g_40)) , (*l_21))) & g_39)), g_40);
        for (g_40 = 3; (g_40 >= 0); g_40 -= 1)
        { 
            uint8_t l_65 = 0x2AL;
            int32_t l_68[1][1];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_68[i][j] = 0x62B25638L;
            }
            for (g_53 = 0; (g_53 <= 3); g_53 += 1)
            { 
                uint64_t *l_61 = (void*)0;
                uint64_t *l_62 = &g_43[0];
                int i, j;
                (*l_21) = l_2[g_3][g_40];
                if (g_39)
                    break;
                g_22 |= (((*l_62)--) <= ((*l_58) != (void*)0));
                return g_40;
            }
            (**l_23) = l_65;
            for (g_22 = 0; (g_22 <= 1); g_22 += 1)
            { 
                int i, j;
                g_69 = (l_68[0][0] ^= ((l_18[g_22][g_22] , (l_18[g_22][g_40] & (l_2[g_3][g_40] , ((safe_add_func_uint8_t_u_u((g_31 != 0UL), 0x0AL)) & (**l_23))))) , l_65));
            }
            if (l_70)
                continue;
        }
        for (l_70 = 2; (l_70 >= 0); l_70 -= 1)
        { 
            int16_t *l_82 = &g_27;
            int32_t *l_84 = &g_69;
            int i, j;
            (*l_84) ^= (safe_rshift_func_int8_t_s_u((((((safe_add_func_uint32_t_u_u(l_2[g_3][l_70], (safe_div_func_uint8_t_u_u((safe_sub_func_int64_t_s_s((+((g_31 , (((safe_rshift_func_int8_t_s_u(g_43[0], (0x3B0BL ^ ((*l_82) = (65534UL == 0x470FL))))) >= 0x11L) >= (**l_58))) ^ g_39)), (*l_21))), (*l_21))))) , (void*)0) != l_83) || 0xF693945F7E1E514DLL) > 255UL), 5));
            if ((**l_58))
            { 
                int32_t *l_85 = (void*)0;
                int32_t *l_86 = &g_22;
                int32_t l_87[1][4] = {{0x15B52D1AL,0x15B52D1AL,0x15B52D1AL,0x15B52D1AL}};
                int32_t *l_88 = &g_22;
                int32_t *l_90 = &g_69;
                int32_t *l_91[1];
                int i, j;
                for (i = 0; i < 1; i++)
                    l_91[i] = (void*)0;
                g_94--;
            }
            else
            { 
                int32_t *l_106[1][1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_106[i][j] = &l_17;
                }
                (*l_21) = ((~(g_69 &= (safe_mul_func_uint16_t_u_u((g_51 , (0x3864406DL & g_93)), ((l_89[2] |= ((*l_21) >= ((((safe_mul_func_uint16_t_u_u((safe_mul_func_int16_t_s_s((safe_lshift_func_int8_t_s_s(g_53, 1)), g_40)), 0x99FAL)) < g_27) >= (-10L)) > 252UL))) , 2L))))) || g_69);
            }
        }
        for (g_94 = 0; (g_94 <= 2); g_94 += 1)
        { 
            uint16_t l_129 = 0xC2BAL;
            int32_t *l_130 = &l_89[2];
            uint8_t *l_131 = (void*)0;
            uint8_t *l_132[4][2];
            int32_t l_158 = 0xD5DD7BA2L;
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 2; j++)
                    l_132[i][j] = &g_133[0][0];
            }
            if ((((g_39 <= (safe_rshift_func_uint16_t_u_u((safe_div_func_uint16_t_u_u(((safe_mul_func_uint16_t_u_u((safe_div_func_uint64_t_u_u(((safe_mod_func_uint16_t_u_u(g_40, (((safe_mul_func_uint8_t_u_u(g_22, (g_133[2][1] &= (safe_div_func_uint64_t_u_u(0xAC5EDFBC0B842617LL, (safe_rshift_func_uint8_t_u_s((safe_div_func_int8_t_s_s(((safe_mod_func_int8_t_s_s((safe_mod_func_int8_t_s_s((g_51 = (((*l_130) = (g_40 < l_129)) <= g_3)), (*l_21))), 0xAAL)) < (-7L)), 0x0AL)), g_40))))))) < 0L) & g_69))) , (*l_21)), g_94)), g_27)) > g_53), 1UL)), l_129))) == 0xD09CABD9L) < (**l_58)))
            { 
                int32_t l_153 = 1L;
                int32_t **l_156 = &g_155[1];
                int32_t *l_159 = &l_158;
                int32_t *l_160 = &l_153;
                int32_t *l_161 = &l_158;
                int32_t *l_162 = (void*)0;
                int32_t *l_163 = &l_92;
                int32_t *l_164 = &g_93;
                int32_t *l_165[1][3];
                int32_t l_166 = 0xEB397331L;
                uint16_t l_167 = 0UL;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_165[i][j] = &l_89[2];
                }
                l_158 &= ((*l_21) = ((safe_rshift_func_uint8_t_u_u((!g_31), (safe_mod_func_uint32_t_u_u((((g_157[1] &= ((((((safe_mod_func_uint8_t_u_u(((safe_sub_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_u(((g_40 && (((safe_lshift_func_uint16_t_u_u(((1L <= (((**l_23) , ((safe_rshift_func_int8_t_s_u((safe_add_func_int16_t_s_s((g_27 == (-1L)), g_27)), l_153)) || g_43[0])) | g_3)) || 255UL), l_153)) > 0UL) || 0x9ED1L)) > g_69), 14)), l_153)) | g_51), g_43[1])) , g_154) == l_156) , (-7L)) | (**l_58)) > 0x5FD5C3A27A7C490ELL)) >= (*l_130)) , (*l_130)), 0xF15C8862L)))) , (*l_130)));
                l_167++;
                if (l_170)
                    break;
                if ((**g_154))
                    continue;
            }
            else
            { 
                uint32_t l_177 = 0xAD65AA86L;
                (**l_58) = (safe_add_func_int8_t_s_s((*l_21), ((safe_lshift_func_int8_t_s_s((safe_div_func_uint32_t_u_u(l_177, l_177)), 0)) , ((safe_mul_func_int16_t_s_s(((*l_130) == l_180), 65535UL)) ^ (-1L)))));
                return l_177;
            }
            for (l_158 = 1; (l_158 >= 0); l_158 -= 1)
            { 
                int8_t *l_181 = &g_157[1];
                int i, j;
                (*l_21) = 0x11E098A5L;
                if (l_18[l_158][(g_94 + 1)])
                    continue;
                (*l_23) = ((*g_154) = (((((*l_52) ^= l_2[(l_158 + 1)][(g_3 + 1)]) , l_83) == l_181) , g_155[l_158]));
            }
            for (g_27 = 2; (g_27 >= 0); g_27 -= 1)
            { 
                if (l_180)
                    goto lbl_182;
            }
        }
    }
    for (l_70 = 0; (l_70 >= 24); ++l_70)
    { 
        int64_t l_213[2];
        const int32_t * const l_241 = &l_89[1];
        int32_t l_252 = 0xDF134357L;
        int i;
        for (i = 0; i < 2; i++)
            l_213[i] = 0L;
        (**g_154) ^= (safe_add_func_int64_t_s_s(g_133[0][0], g_3));
        for (l_170 = (-27); (l_170 < 42); l_170 = safe_add_func_uint8_t_u_u(l_170, 8))
        { 
            uint32_t l_189[4][4] = {{0x6948F91BL,0UL,0UL,0x6948F91BL},{0UL,0UL,0xD6093782L,0UL},{0UL,4294967295UL,0xD6093782L,0xD6093782L},{0UL,0UL,0UL,0xD6093782L}};
            int32_t *l_216 = (void*)0;
            int32_t *l_217 = &g_69;
            uint8_t *l_222 = &g_133[0][0];
            uint8_t **l_221 = &l_222;
            uint8_t *l_224[1];
            uint8_t **l_223[1][2];
            uint32_t l_226 = 4294967293UL;
            int i, j;
            for (i = 0; i < 1; i++)
                l_224[i] = &g_133[0][0];
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_223[i][j] = &l_224[0];
            }
            (**g_154) &= l_189[2][3];
            (*l_217) &= (g_93 ^ ((safe_rshift_func_int8_t_s_s((safe_mul_func_int8_t_s_s((safe_mod_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_u((safe_add_func_int16_t_s_s((safe_lshift_func_int16_t_s_s((safe_div_func_uint16_t_u_u((((safe_mul_func_uint8_t_u_u((safe_mod_func_int64_t_s_s((((g_40 || (g_157[0] <= (~(safe_mod_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s(((l_213[1] ^ (safe_lshift_func_int16_t_s_s(g_22, 12))) < g_94), g_53)), g_43[0]))))) >= l_213[1]) ^ (**g_154)), g_22)), g_3)) | g_39) < (-6L)), 0xB201L)), g_94)), g_43[1])), 3)), 1L)), l_189[2][3])), g_22)) >= 0xF313D322444A57EELL));
            if (((l_213[1] | (((((((((void*)0 != l_218[0]) > (safe_div_func_int8_t_s_s(((((*l_221) = &g_133[1][0]) != (g_225 = &g_133[0][0])) && (-10L)), g_39))) , 1L) && l_226) ^ 0UL) == 1L) < 1UL) & 6UL)) ^ g_51))
            { 
                const int8_t **l_227 = (void*)0;
                const int8_t *l_229[2][3];
                const int8_t **l_228[1][1];
                uint8_t l_238 = 0x5CL;
                uint16_t *l_239 = (void*)0;
                uint16_t *l_240 = &g_31;
                const int32_t **l_242 = &l_24;
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_229[i][j] = (void*)0;
                }
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_228[i][j] = &l_229[1][2];
                }
                (**g_154) ^= ((&g_157[1] == (g_230 = &g_51)) < (safe_mul_func_uint16_t_u_u(((*l_240) = ((safe_add_func_int32_t_s_s(0x45445FD2L, (safe_sub_func_int32_t_s_s(l_238, ((l_213[0] & l_238) , (*l_217)))))) , 1UL)), l_238)));
                (*l_242) = l_241;
            }
            else
            { 
                int16_t l_243 = (-1L);
                return l_243;
            }
            for (g_39 = (-18); (g_39 == (-11)); ++g_39)
            { 
                uint16_t *l_253 = &g_53;
                (*l_217) = (((*g_230) > (safe_div_func_int32_t_s_s((safe_add_func_int64_t_s_s(g_93, ((**g_154) >= (safe_rshift_func_uint16_t_u_s((g_31 = ((*l_253)++)), 14))))), (*l_217)))) , ((((safe_lshift_func_uint8_t_u_s(((void*)0 == &g_225), (*g_230))) , (*l_241)) <= (**g_154)) & (*l_24)));
            }
        }
        for (g_94 = 0; (g_94 != 20); g_94 = safe_add_func_int16_t_s_s(g_94, 5))
        { 
            int32_t l_260 = 7L;
            int32_t l_279 = 0xB0B8D696L;
            (**g_154) |= l_260;
            for (l_252 = (-16); (l_252 >= 18); l_252 = safe_add_func_uint16_t_u_u(l_252, 9))
            { 
                const int64_t l_267 = (-8L);
                uint8_t l_268 = 0x33L;
                int32_t l_269 = 0x480FA8BCL;
                l_269 |= (safe_add_func_uint64_t_u_u(18446744073709551612UL, (safe_mod_func_int8_t_s_s(((l_267 , 0xE2A5173AL) ^ ((**g_154) = (l_268 && g_39))), l_260))));
                return l_269;
            }
            (**g_154) = (l_279 = ((safe_mul_func_int16_t_s_s((safe_sub_func_int64_t_s_s((safe_lshift_func_int16_t_s_u((safe_sub_func_int8_t_s_s((g_51 = (*g_230)), (0x971DL > (-10L)))), 2)), g_278[1])), 65533UL)) | 0xB51E3D79L));
        }
    }
    return (**g_154);
}
static int32_t * const  func_4(int64_t  p_5, int32_t  p_6)
{ 
    int32_t *l_54 = &g_22;
    int32_t **l_55 = (void*)0;
    int32_t **l_56 = (void*)0;
    l_54 = l_54;
    for (g_51 = 0; g_51 < 2; g_51 += 1)
    {
        g_43[g_51] = 0UL;
    }
    for (g_31 = 0; (g_31 <= 1); g_31 += 1)
    { 
        int32_t * const l_57[1] = {&g_22};
        int i;
        return l_57[0];
    }
    return l_54;
}
static int8_t  func_11(int32_t * p_12, const int32_t * p_13)
{ 
    const int8_t l_28[2] = {0xB1L,0xB1L};
    int32_t l_38 = 0x7D4763C6L;
    int32_t l_41 = 1L;
    int32_t l_42 = 0x57638FF4L;
    int i;
    for (g_22 = (-11); (g_22 != (-19)); g_22--)
    { 
        g_27 = 0x7AF9CA3EL;
    }
    if ((l_28[0] > g_27))
    { 
        int32_t *l_33 = &g_22;
        int32_t *l_34 = &g_22;
        int32_t l_35[3];
        int32_t *l_36 = &g_22;
        int32_t *l_37[4];
        int32_t **l_46 = &l_37[0];
        int i;
        for (i = 0; i < 3; i++)
            l_35[i] = 0L;
        for (i = 0; i < 4; i++)
            l_37[i] = &g_22;
lbl_32:
        for (g_22 = (-15); (g_22 <= (-16)); g_22 = safe_sub_func_uint64_t_u_u(g_22, 2))
        { 
            g_31 = g_3;
            if (g_3)
                goto lbl_32;
        }
        ++g_43[0];
        (*l_46) = p_12;
        return l_42;
    }
    else
    { 
        for (l_42 = (-13); (l_42 != 20); l_42 = safe_add_func_int64_t_s_s(l_42, 3))
        { 
            (*p_12) &= 0x4EA65D33L;
        }
    }
    return l_41;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_22, "g_22", print_hash_value);
    transparent_crc(g_27, "g_27", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    transparent_crc(g_40, "g_40", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_43[i], "g_43[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_51, "g_51", print_hash_value);
    transparent_crc(g_53, "g_53", print_hash_value);
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_93, "g_93", print_hash_value);
    transparent_crc(g_94, "g_94", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_133[i][j], "g_133[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_157[i], "g_157[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_231, "g_231", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_278[i], "g_278[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
