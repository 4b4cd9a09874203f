#include "csmith.h"
static long __undefined;
static uint32_t g_12[1][2] = {{18446744073709551615UL,18446744073709551615UL}};
static int8_t g_17 = 0x2FL;
static int64_t g_40 = 7L;
static int32_t g_48[3] = {0x2F23D37FL,0x2F23D37FL,0x2F23D37FL};
static int16_t g_56 = 0x0A04L;
static uint16_t g_73 = 5UL;
static uint16_t g_75 = 0x37EAL;
static int32_t g_79 = 0x5BDF5444L;
static int32_t *g_78 = &g_79;
static int8_t g_96 = (-1L);
static uint32_t g_132 = 18446744073709551608UL;
static int32_t *g_136 = &g_48[1];
static int32_t * const * const g_135 = &g_136;
static uint32_t g_143 = 0xEE841A11L;
static int16_t g_148 = 0xFDB0L;
static uint16_t *g_170 = &g_75;
static uint32_t g_208 = 0x775CB63EL;
static const int32_t g_211[3] = {(-7L),(-7L),(-7L)};
static int32_t g_220 = 0xE436573CL;
static uint32_t g_241 = 0UL;
static int16_t g_250 = 1L;
static int8_t g_251 = (-1L);
static int8_t g_253 = 0xEAL;
static uint32_t g_256 = 0x872CB338L;
static int32_t  func_1(void);
static int16_t  func_8(uint8_t  p_9, uint64_t  p_10, uint16_t  p_11);
static int8_t  func_24(uint16_t  p_25, int8_t * p_26, uint8_t  p_27, uint16_t  p_28);
static int32_t  func_1(void)
{ 
    int32_t l_13 = 0xFE4D9EDBL;
    int16_t *l_217 = &g_56;
    int32_t *l_218 = (void*)0;
    int32_t *l_219 = &g_220;
    int32_t l_248 = 9L;
    int32_t l_252 = 0x88A37CDCL;
    int32_t l_254 = (-4L);
    int32_t l_255[4][4];
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
            l_255[i][j] = 0L;
    }
    return (**g_135);
}
static int16_t  func_8(uint8_t  p_9, uint64_t  p_10, uint16_t  p_11)
{ 
    int8_t *l_16[1][1];
    int32_t l_18[3];
    int32_t l_29 = 0L;
    int32_t l_34 = (-3L);
    int64_t *l_39 = &g_40;
    int32_t *l_212 = &g_79;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_16[i][j] = &g_17;
    }
    for (i = 0; i < 3; i++)
        l_18[i] = (-3L);
    (*l_212) = ((safe_div_func_int8_t_s_s((l_18[1] = (-8L)), (safe_lshift_func_uint8_t_u_u((safe_mul_func_int16_t_s_s((safe_unary_minus_func_int8_t_s(func_24(l_29, &g_17, ((safe_mod_func_int64_t_s_s(((*l_39) = ((safe_div_func_uint8_t_u_u((l_34 ^= 0x7AL), (safe_lshift_func_int16_t_s_u((safe_mul_func_int16_t_s_s(p_11, g_12[0][1])), l_29)))) > g_17)), g_12[0][1])) >= l_29), g_17))), p_10)), g_211[0])))) , l_18[1]);
    return p_10;
}
static int8_t  func_24(uint16_t  p_25, int8_t * p_26, uint8_t  p_27, uint16_t  p_28)
{ 
    uint64_t l_50 = 0xAA9634D71B36C938LL;
    int32_t l_90 = 0x348FB8AAL;
    uint32_t *l_142 = &g_143;
    int16_t *l_144 = &g_56;
    int64_t l_145 = 4L;
    int16_t *l_146 = (void*)0;
    int16_t *l_147 = &g_148;
    int32_t **l_162 = (void*)0;
    int32_t *l_174[1][3];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_174[i][j] = &g_79;
    }
lbl_149:
    for (g_17 = 0; (g_17 != (-23)); g_17--)
    { 
        int64_t *l_49 = (void*)0;
        int32_t l_53 = 0x0C653DDBL;
        uint32_t l_57 = 1UL;
        if ((0xCC7C44D996497440LL & 0UL))
        { 
            int32_t *l_47 = &g_48[0];
            int32_t l_60 = (-1L);
            int32_t **l_80 = (void*)0;
            int32_t **l_81 = &g_78;
            int8_t *l_95 = &g_96;
            if ((safe_div_func_uint64_t_u_u((safe_lshift_func_uint16_t_u_u(((((l_50 = ((((*l_47) = p_25) , (void*)0) != l_49)) < (0x3B839BF5BF81606DLL <= (safe_add_func_int64_t_s_s((g_12[0][1] & p_27), 0UL)))) != g_40) , l_53), g_17)), l_53)))
            { 
                int32_t *l_58 = &l_53;
                (*l_58) = (((((safe_mul_func_uint8_t_u_u(g_48[2], (((g_56 = l_53) <= g_17) == 0UL))) & (((l_57 && l_53) <= 1UL) == g_17)) >= 0xFE98D7E942FAFECELL) ^ p_27) != 0xA458230BL);
            }
            else
            { 
                int32_t *l_59 = &l_53;
                uint32_t *l_69 = (void*)0;
                uint32_t *l_70 = &l_57;
                uint16_t *l_72 = &g_73;
                int32_t *l_74[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_74[i] = (void*)0;
                (*l_59) = p_27;
                if (l_60)
                    continue;
                (*l_59) = (safe_lshift_func_uint16_t_u_s(((*l_72) = (safe_rshift_func_int16_t_s_u(((safe_sub_func_uint32_t_u_u(g_56, (safe_mod_func_int8_t_s_s(g_48[0], (((((*l_70) |= (l_47 != l_59)) ^ (+(*p_26))) || p_27) , l_50))))) && (*p_26)), (*l_59)))), g_12[0][1]));
                ++g_75;
            }
            (*l_81) = g_78;
            (*g_78) &= (safe_lshift_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_s((g_78 == (void*)0), l_57)), ((safe_div_func_uint32_t_u_u((safe_lshift_func_uint8_t_u_u((0UL | g_17), p_28)), l_90)) ^ p_28)));
            (*g_78) = (((*l_95) = (safe_sub_func_int8_t_s_s(g_40, (safe_rshift_func_int8_t_s_u((*p_26), 5))))) ^ (safe_div_func_int64_t_s_s(((l_90 = (safe_mul_func_uint8_t_u_u(((p_27 > p_28) < (((0UL == 0x4F16L) < g_40) , g_79)), (**l_81)))) ^ 0x2722L), g_12[0][1])));
        }
        else
        { 
            uint8_t l_124 = 0xBBL;
            int32_t l_125 = 0L;
            for (g_96 = 4; (g_96 < 17); g_96 = safe_add_func_uint32_t_u_u(g_96, 4))
            { 
                return (*p_26);
            }
            for (g_73 = 22; (g_73 == 43); ++g_73)
            { 
                (*g_78) = (safe_mul_func_uint8_t_u_u(p_27, l_90));
            }
            for (p_27 = 0; (p_27 >= 5); p_27 = safe_add_func_uint16_t_u_u(p_27, 5))
            { 
                int32_t l_117 = 0x870B5DC3L;
                l_125 = ((safe_lshift_func_int16_t_s_u((((((safe_div_func_int8_t_s_s((safe_lshift_func_uint16_t_u_s((safe_mod_func_uint8_t_u_u(l_117, (safe_sub_func_uint64_t_u_u(0xF76CAF4455642E06LL, (safe_sub_func_uint16_t_u_u((safe_mul_func_int16_t_s_s(((p_28 | 0x35112828L) == p_28), g_12[0][1])), p_28)))))), l_117)), 0xFFL)) > l_90) != p_28) > 0x2DDE99E236B79BA4LL) | p_28), p_25)) != l_124);
            }
            for (l_125 = 2; (l_125 >= 0); l_125 -= 1)
            { 
                int32_t *l_126 = (void*)0;
                int32_t *l_127 = &l_90;
                int32_t *l_128 = &g_79;
                int32_t *l_129 = &l_90;
                int32_t *l_130 = &g_79;
                int32_t *l_131 = &g_79;
                int32_t * const *l_138 = &g_136;
                int32_t * const **l_137 = &l_138;
                int32_t **l_139 = &g_78;
                g_132++;
                (*l_137) = g_135;
                (*l_139) = &g_79;
            }
        }
    }
    if ((((*l_147) = (((((safe_sub_func_uint16_t_u_u(((void*)0 == l_142), ((*l_144) = 0xD78AL))) , (*g_78)) & 0xC9A86FCAL) != l_90) , l_145)) | p_28))
    { 
        if (g_79)
            goto lbl_149;
    }
    else
    { 
        int8_t l_158[3][4] = {{4L,0x10L,0x10L,4L},{0x10L,4L,0x10L,0x10L},{4L,4L,0x43L,4L}};
        int i, j;
        if (((((safe_add_func_int64_t_s_s(((((safe_lshift_func_uint8_t_u_s(((safe_lshift_func_int8_t_s_u(g_75, (safe_sub_func_uint64_t_u_u(0x2DE5CCA7CC927B07LL, ((void*)0 == &g_75))))) > ((g_143 = (g_132 , 0x6AE3508CL)) <= 0x3E4EB4CAL)), 2)) , p_25) & 18446744073709551613UL) , l_158[0][1]), g_48[0])) , 1UL) >= 8L) ^ p_25))
        { 
            int32_t *l_164[4];
            int i;
            for (i = 0; i < 4; i++)
                l_164[i] = &g_79;
            for (l_50 = 0; (l_50 <= 0); l_50 += 1)
            { 
                int32_t **l_161 = &g_78;
                int32_t *l_163 = &l_90;
                int32_t ***l_165 = &l_161;
                (*l_163) = ((**l_161) |= ((p_28 | (((*l_147) = (safe_add_func_int32_t_s_s(((p_28 < ((l_162 = l_161) != (void*)0)) == g_48[0]), l_158[0][0]))) ^ p_27)) | 1L));
                (**l_162) = 0xDD2F3D6CL;
                (*l_162) = l_164[0];
                (*l_165) = &l_164[0];
            }
            return g_75;
        }
        else
        { 
            int32_t l_166 = 0xF1C71BA0L;
            int32_t l_167[1][2];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_167[i][j] = 1L;
            }
            if (((*g_78) = l_166))
            { 
                int32_t *l_171 = &l_90;
                if (l_50)
                    goto lbl_149;
                (*l_171) |= ((*g_78) = ((l_167[0][0] = g_40) <= (p_25 | (safe_rshift_func_uint16_t_u_s(((g_170 = (void*)0) != l_146), 13)))));
            }
            else
            { 
                int32_t *l_172 = &g_79;
                int32_t **l_173[3][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
                int i, j;
                l_174[0][2] = l_172;
            }
            (*g_78) = (*g_78);
        }
        return g_73;
    }
    for (g_17 = 0; (g_17 >= 0); g_17 -= 1)
    { 
        uint64_t l_175 = 0x8534C0AFD8232EDDLL;
        int32_t **l_178 = &g_78;
        int32_t l_207 = 0xE9C12CE4L;
        l_175--;
        (*l_178) = &g_79;
        for (l_50 = 0; (l_50 <= 2); l_50 += 1)
        { 
            const uint16_t l_187[4][2] = {{0x3C26L,0UL},{0x3C26L,0x3C26L},{0UL,0x3C26L},{0x3C26L,0UL}};
            uint64_t *l_204 = (void*)0;
            uint64_t *l_205 = (void*)0;
            uint64_t *l_206 = &l_175;
            int i, j;
            for (g_56 = 0; (g_56 >= 0); g_56 -= 1)
            { 
                int i, j;
                (**l_178) ^= ((safe_mod_func_uint16_t_u_u(((safe_div_func_uint64_t_u_u((0L ^ (safe_mul_func_int8_t_s_s(0xDFL, (0x964C9D42L && (safe_add_func_uint8_t_u_u(g_48[(g_17 + 1)], (g_12[g_17][g_56] >= g_48[0]))))))), l_187[0][0])) & g_75), (*g_170))) , g_12[g_17][g_56]);
                return (*p_26);
            }
            l_207 = ((**l_178) = ((((!(**l_178)) >= (safe_mul_func_uint16_t_u_u((((*l_206) = ((safe_rshift_func_uint8_t_u_u((((safe_sub_func_uint64_t_u_u((18446744073709551615UL <= ((((safe_mul_func_uint8_t_u_u(g_48[0], (~((((((!(safe_rshift_func_int8_t_s_u((~(safe_add_func_int64_t_s_s(0x6A01D5895350F159LL, (p_27 <= 0xC58545D7662A5DBBLL)))), 2))) >= (**l_178)) >= l_187[0][0]) <= 0x3421460D04652DBFLL) , (**l_178)) > 1UL)))) , l_187[0][0]) , p_25) <= 0x51F803E9L)), g_75)) != (*g_170)) , p_25), 6)) , g_148)) & (**l_178)), l_187[0][1]))) , (**l_178)) , l_187[0][0]));
        }
    }
    ++g_208;
    return (*p_26);
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_12[i][j], "g_12[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_17, "g_17", print_hash_value);
    transparent_crc(g_40, "g_40", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_48[i], "g_48[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    transparent_crc(g_79, "g_79", print_hash_value);
    transparent_crc(g_96, "g_96", print_hash_value);
    transparent_crc(g_132, "g_132", print_hash_value);
    transparent_crc(g_143, "g_143", print_hash_value);
    transparent_crc(g_148, "g_148", print_hash_value);
    transparent_crc(g_208, "g_208", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_211[i], "g_211[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_220, "g_220", print_hash_value);
    transparent_crc(g_241, "g_241", print_hash_value);
    transparent_crc(g_250, "g_250", print_hash_value);
    transparent_crc(g_251, "g_251", print_hash_value);
    transparent_crc(g_253, "g_253", print_hash_value);
    transparent_crc(g_256, "g_256", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
