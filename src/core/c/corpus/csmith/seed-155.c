#include "csmith.h"
static long __undefined;
static int32_t g_2 = 0L;
static uint8_t g_24[3][2] = {{4UL,4UL},{4UL,4UL},{4UL,4UL}};
static int32_t g_25 = 0x240CA700L;
static int32_t g_31[3][4] = {{1L,0x46CD5FECL,1L,1L},{0x46CD5FECL,0x46CD5FECL,0L,0x46CD5FECL},{0x46CD5FECL,1L,1L,0x46CD5FECL}};
static int32_t *g_49 = &g_31[1][0];
static int32_t **g_48 = &g_49;
static uint16_t g_50 = 0x7C41L;
static uint8_t *g_59 = &g_24[0][0];
static int64_t g_114 = 0L;
static int8_t g_126 = 0L;
static int8_t g_156 = 0x5CL;
static int8_t g_163 = (-3L);
static uint8_t g_178 = 247UL;
static uint32_t g_180[1][4] = {{1UL,1UL,1UL,1UL}};
static uint32_t g_213 = 18446744073709551615UL;
static uint64_t g_216[4][3] = {{0x2B7FBFA4616B117CLL,0x2B7FBFA4616B117CLL,0x2B7FBFA4616B117CLL},{0x2B7FBFA4616B117CLL,0x2B7FBFA4616B117CLL,0x2B7FBFA4616B117CLL},{0x2B7FBFA4616B117CLL,0x2B7FBFA4616B117CLL,0x2B7FBFA4616B117CLL},{0x2B7FBFA4616B117CLL,0x2B7FBFA4616B117CLL,0x2B7FBFA4616B117CLL}};
static int64_t g_218 = 4L;
static int32_t g_220[2] = {0x235BBF77L,0x235BBF77L};
static int64_t  func_1(void);
static int64_t  func_7(int16_t  p_8, int16_t  p_9, int64_t  p_10, uint16_t  p_11);
static int16_t  func_12(int8_t  p_13, uint64_t  p_14, uint32_t  p_15);
static int64_t  func_1(void)
{ 
    int8_t l_165 = 4L;
    int32_t * const l_226 = (void*)0;
    int32_t **l_227 = &g_49;
    for (g_2 = 13; (g_2 != 7); --g_2)
    { 
        int32_t l_20 = 0xACCB24CEL;
        uint8_t *l_23[4] = {&g_24[0][0],&g_24[0][0],&g_24[0][0],&g_24[0][0]};
        uint64_t l_183 = 0xF93510A1EBC7C749LL;
        int32_t *l_184 = &g_31[1][0];
        int16_t l_198 = 9L;
        int i;
        (*l_184) = (safe_mod_func_int64_t_s_s(func_7(func_12(g_2, (g_25 &= ((safe_add_func_uint64_t_u_u((g_2 == (safe_mul_func_uint16_t_u_u(l_20, (safe_div_func_uint32_t_u_u(((g_24[0][0] |= 2UL) || g_24[2][0]), g_2))))), 0x1C6076FDA0246C38LL)) , l_20)), l_20), l_20, g_2, l_165), l_183));
        (*g_49) = (0x60CFL & ((*l_184) <= ((&l_165 != &g_163) || (l_165 >= g_126))));
        for (l_20 = 0; (l_20 < (-17)); l_20--)
        { 
            int16_t l_190 = 5L;
            uint32_t l_196 = 0UL;
            uint32_t *l_212 = &g_213;
            int16_t l_214[1][1];
            uint32_t *l_215 = &l_196;
            int16_t *l_217[1];
            int32_t *l_219 = &g_220[0];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_214[i][j] = 0x9FE2L;
            }
            for (i = 0; i < 1; i++)
                l_217[i] = &l_214[0][0];
            if (l_165)
                break;
            for (g_156 = 3; (g_156 >= 0); g_156 -= 1)
            { 
                const int32_t l_193 = 0x7117C768L;
                int32_t l_197 = 0xE7FBE321L;
                int i;
            }
            if (l_198)
                continue;
            (*l_219) ^= ((*l_184) != ((~(((safe_mul_func_uint8_t_u_u((safe_div_func_int16_t_s_s((safe_rshift_func_int8_t_s_s(l_165, g_180[0][1])), ((g_218 = ((((g_216[1][2] = ((*l_215) = (safe_sub_func_uint64_t_u_u((safe_mod_func_int64_t_s_s((((*l_212) = ((safe_add_func_int64_t_s_s(g_178, ((*l_184) ^ (*g_59)))) != (*g_49))) , l_190), l_214[0][0])), (*l_184))))) < 0xD48CD837L) ^ (**g_48)) == 0xB42813DBL)) & l_214[0][0]))), g_114)) == (-3L)) , l_196)) >= l_165));
        }
    }
    if (((**g_48) = (safe_div_func_uint64_t_u_u((safe_lshift_func_int8_t_s_u((l_165 >= g_156), 3)), 0xDE6A0B4DBAC17790LL))))
    { 
        (*g_48) = (void*)0;
    }
    else
    { 
        uint16_t l_225 = 0xC932L;
        (*g_49) = l_225;
    }
    (*l_227) = l_226;
    return g_218;
}
static int64_t  func_7(int16_t  p_8, int16_t  p_9, int64_t  p_10, uint16_t  p_11)
{ 
    uint8_t *l_177[4][1];
    uint32_t *l_179 = &g_180[0][1];
    const int32_t l_181 = 5L;
    int32_t l_182 = 0xDE521B0DL;
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
            l_177[i][j] = &g_178;
    }
    l_182 ^= (safe_lshift_func_int8_t_s_s(((safe_mod_func_uint8_t_u_u(((((*l_179) = (((g_178 &= ((safe_div_func_int64_t_s_s((safe_div_func_int8_t_s_s(0L, (~(safe_lshift_func_uint8_t_u_s((p_11 == (g_24[1][1] > g_25)), (0L | (**g_48))))))), 0x406727EBDB3FF220LL)) <= 0x8DED41DAL)) > p_8) , g_114)) , &g_50) == &p_11), l_181)) <= 1L), p_9));
    return l_182;
}
static int16_t  func_12(int8_t  p_13, uint64_t  p_14, uint32_t  p_15)
{ 
    uint32_t l_39[1][1];
    uint8_t *l_57 = &g_24[0][0];
    int32_t l_61[3];
    int32_t l_80[2];
    uint64_t l_112[1];
    int32_t l_142 = 0x1A49182DL;
    uint16_t l_143 = 0x7BAAL;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_39[i][j] = 0UL;
    }
    for (i = 0; i < 3; i++)
        l_61[i] = 0x05B3EA3FL;
    for (i = 0; i < 2; i++)
        l_80[i] = 0L;
    for (i = 0; i < 1; i++)
        l_112[i] = 0UL;
    for (p_13 = 0; (p_13 != (-3)); --p_13)
    { 
        int32_t l_43 = 6L;
        for (g_25 = 0; (g_25 <= 1); g_25 += 1)
        { 
            int32_t *l_29 = &g_2;
            int32_t **l_28 = &l_29;
            int32_t *l_30 = &g_31[1][0];
            int32_t *l_32 = &g_31[1][0];
            int32_t *l_33 = &g_31[1][0];
            int32_t *l_34 = (void*)0;
            int32_t *l_35 = &g_31[0][1];
            int32_t *l_36 = (void*)0;
            int32_t *l_37 = &g_31[1][0];
            int32_t *l_38[3][2] = {{&g_31[1][0],&g_31[1][0]},{&g_31[1][0],&g_31[1][0]},{&g_31[1][0],&g_31[1][0]}};
            int32_t **l_42 = &l_38[2][1];
            int i, j;
            (*l_28) = &g_2;
            l_39[0][0]--;
            (*l_42) = ((*l_28) = (*l_28));
            if ((l_43 == g_25))
            { 
                if (p_14)
                    break;
            }
            else
            { 
                g_50 &= (safe_div_func_uint16_t_u_u((0xB911L >= (safe_mul_func_uint8_t_u_u(((void*)0 == g_48), (*l_37)))), ((p_13 & p_14) & l_39[0][0])));
            }
        }
        return l_43;
    }
    for (p_13 = 0; p_13 < 3; p_13 += 1)
    {
        for (p_14 = 0; p_14 < 2; p_14 += 1)
        {
            g_24[p_13][p_14] = 254UL;
        }
    }
    (*g_49) = (((safe_add_func_int64_t_s_s((safe_add_func_int64_t_s_s((((void*)0 == &g_49) != (((safe_sub_func_int32_t_s_s(0x81B1D0B8L, ((((((l_57 != l_57) , 4L) >= p_14) > p_14) == l_39[0][0]) < g_24[0][0]))) | 0L) == 0x4471F2AED5A0A0DELL)), 0xABA13E97A0EDE8B3LL)), g_24[0][0])) < g_2) >= l_39[0][0]);
    for (p_13 = 0; (p_13 <= 2); p_13 += 1)
    { 
        uint64_t l_68[4] = {0UL,0UL,0UL,0UL};
        int32_t l_78 = 0x37093F07L;
        int32_t l_79 = (-5L);
        int32_t l_81 = 0xCEE854D9L;
        int32_t l_82 = 0x38E283F9L;
        int32_t l_84 = 6L;
        uint32_t l_96 = 0x9413DEA6L;
        uint16_t *l_97 = &g_50;
        int64_t *l_134[2];
        int16_t l_148 = 1L;
        int i;
        for (i = 0; i < 2; i++)
            l_134[i] = (void*)0;
        if (l_39[0][0])
        { 
            uint8_t **l_58[3][1];
            const int32_t l_73[4][1] = {{0x7C767D99L},{0x7C767D99L},{0x7C767D99L},{0x7C767D99L}};
            int32_t l_75 = (-9L);
            int32_t l_76 = 0x8041AE35L;
            int32_t l_77 = 1L;
            int32_t l_83[3][2] = {{0x9B78C740L,0x9B78C740L},{0x9B78C740L,0x9B78C740L},{0x9B78C740L,0x9B78C740L}};
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_58[i][j] = &l_57;
            }
            if ((((((1UL & ((g_59 = &g_24[0][0]) != (void*)0)) > g_24[0][0]) || p_14) , (*g_48)) == (void*)0))
            { 
                uint8_t ***l_60 = &l_58[1][0];
                (*l_60) = &g_59;
                l_61[1] ^= (*g_49);
                (*g_49) = p_14;
            }
            else
            { 
                const uint32_t l_72 = 0UL;
                (**g_48) = (((safe_div_func_uint32_t_u_u(p_15, 7UL)) , (safe_mul_func_int16_t_s_s((safe_mod_func_int8_t_s_s((((l_68[3] = 0xC37F2E4E98E2CF01LL) ^ (((*g_59) = (safe_unary_minus_func_int64_t_s((safe_mul_func_int8_t_s_s((p_14 && l_72), 0x04L))))) , (-1L))) != p_13), l_73[1][0])), g_31[2][3]))) != g_50);
            }
            if ((0L < (l_73[1][0] , 0xD9654EA1L)))
            { 
                return g_31[1][0];
            }
            else
            { 
                int32_t *l_74[3];
                uint32_t l_85[2][3] = {{4294967292UL,4294967292UL,4294967292UL},{0xB73896F9L,0xB73896F9L,0xB73896F9L}};
                int i, j;
                for (i = 0; i < 3; i++)
                    l_74[i] = &l_61[0];
                ++l_85[0][0];
                (**g_48) = 0L;
                l_61[2] = (((safe_rshift_func_uint8_t_u_s(((safe_sub_func_int16_t_s_s((((p_13 <= ((p_14 & (&g_24[0][0] == l_57)) && (safe_rshift_func_int8_t_s_s(g_24[0][0], l_81)))) < p_14) < p_13), (-4L))) || 1L), l_61[1])) ^ 0xCBB49EDBL) > l_96);
                if (l_61[1])
                    break;
            }
        }
        else
        { 
            return p_13;
        }
        if ((((((*g_48) = (*g_48)) == &l_61[2]) & 5L) && (++(*l_97))))
        { 
            if ((**g_48))
                break;
        }
        else
        { 
            int64_t *l_113 = &g_114;
            int8_t *l_125 = &g_126;
            int32_t l_129[4] = {(-1L),(-1L),(-1L),(-1L)};
            int8_t l_135 = 2L;
            int32_t l_140 = 0x4EB0A272L;
            int64_t l_141 = 0L;
            int i;
            (**g_48) = ((((safe_sub_func_uint64_t_u_u(l_84, ((*l_113) = (((((safe_lshift_func_int16_t_s_s(0L, 14)) | p_13) == (safe_mod_func_int16_t_s_s(((safe_rshift_func_int8_t_s_s((((p_13 , (safe_sub_func_int32_t_s_s(((safe_div_func_uint8_t_u_u((*g_59), 2L)) && p_13), (-1L)))) == g_31[1][2]) || p_14), l_112[0])) || l_80[1]), g_25))) | g_2) ^ 0xFFL)))) > g_24[0][0]) != (-9L)) > p_14);
            if (((safe_div_func_int64_t_s_s((safe_sub_func_int16_t_s_s((((--(*g_59)) > ((safe_add_func_int8_t_s_s(((*l_125) ^= (safe_mul_func_int16_t_s_s(0L, 0xC672L))), ((((((l_79 || l_61[1]) > ((safe_lshift_func_uint16_t_u_s(((*l_97)++), 2)) , (safe_mul_func_int8_t_s_s((((l_134[1] == l_134[1]) == l_135) > 0xF8L), p_14)))) > p_15) != g_31[1][0]) < 5UL) >= l_80[1]))) , p_13)) , l_39[0][0]), l_129[2])), l_81)) , l_129[2]))
            { 
                int32_t *l_136 = &l_61[1];
                int32_t *l_137 = &l_79;
                int32_t *l_138 = &g_31[2][1];
                int32_t *l_139[1][2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_139[i][j] = (void*)0;
                }
                l_143--;
                return p_14;
            }
            else
            { 
                int32_t *l_146 = (void*)0;
                uint8_t *l_147 = &g_24[2][0];
                l_146 = &l_129[2];
                (**g_48) = ((void*)0 == l_147);
                if (l_148)
                    break;
                (*l_146) ^= (**g_48);
            }
        }
        for (g_114 = 2; (g_114 >= 0); g_114 -= 1)
        { 
            for (l_82 = 0; (l_82 <= 2); l_82 += 1)
            { 
                int8_t *l_155 = &g_156;
                int i, j;
                g_31[l_82][g_114] = (((safe_sub_func_uint32_t_u_u(((safe_add_func_uint16_t_u_u(g_31[l_82][g_114], (&g_59 == (((((g_126 = l_61[g_114]) <= ((safe_lshift_func_int8_t_s_u(l_61[g_114], 4)) & ((*l_155) = 0x62L))) || 1L) & 0x8BBF3184L) , (void*)0)))) & l_61[p_13]), l_61[g_114])) <= 6L) , l_61[g_114]);
            }
            for (l_142 = 2; (l_142 >= 0); l_142 -= 1)
            { 
                int32_t *l_164 = &l_61[1];
                int i, j;
                g_31[p_13][p_13] = g_31[g_114][(l_142 + 1)];
                (**g_48) = (g_31[0][2] > (safe_rshift_func_uint16_t_u_s((((*l_164) = (safe_mul_func_uint8_t_u_u((safe_sub_func_uint64_t_u_u((((*l_97) = l_68[1]) < l_80[1]), ((((((g_163 = p_13) || (0x67D7L & 0x65C7L)) & p_13) <= l_148) && g_25) < g_24[0][1]))), (*g_59)))) , 0UL), 10)));
            }
        }
    }
    return p_14;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_24[i][j], "g_24[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_25, "g_25", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_31[i][j], "g_31[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_50, "g_50", print_hash_value);
    transparent_crc(g_114, "g_114", print_hash_value);
    transparent_crc(g_126, "g_126", print_hash_value);
    transparent_crc(g_156, "g_156", print_hash_value);
    transparent_crc(g_163, "g_163", print_hash_value);
    transparent_crc(g_178, "g_178", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_180[i][j], "g_180[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_213, "g_213", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_216[i][j], "g_216[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_218, "g_218", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_220[i], "g_220[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
