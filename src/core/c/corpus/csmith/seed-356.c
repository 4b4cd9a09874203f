#include "csmith.h"
static long __undefined;
struct S0 {
   uint32_t  f0;
};
static uint16_t g_2[4][1] = {{0x27CBL},{65535UL},{0x27CBL},{65535UL}};
static struct S0 g_27[1] = {{0x821342F3L}};
static int64_t g_29 = 0xC1932E3CA3691F6FLL;
static uint64_t g_31 = 0xEE91B76E1EE67B38LL;
static uint32_t g_32 = 0x1940C9BAL;
static uint8_t g_38[2][1] = {{255UL},{255UL}};
static uint8_t g_41 = 247UL;
static uint8_t *g_40 = &g_41;
static uint64_t g_45[1][2] = {{18446744073709551615UL,18446744073709551615UL}};
static int32_t g_51[1] = {1L};
static int32_t g_65 = 0x217EDEBCL;
static int64_t *g_69 = &g_29;
static int64_t **g_68 = &g_69;
static int16_t g_75[3][3] = {{0L,0L,0xE85CL},{0L,0L,0xE85CL},{0L,0L,0xE85CL}};
static int8_t g_107 = 0x41L;
static int8_t g_110 = 0x1CL;
static const int32_t *g_112 = (void*)0;
static int32_t *g_167 = (void*)0;
static int32_t **g_166[1][3] = {{&g_167,&g_167,&g_167}};
static int32_t ***g_165 = &g_166[0][1];
static uint16_t  func_1(void);
static uint64_t  func_9(uint32_t  p_10, int8_t  p_11);
static const uint32_t  func_14(uint64_t  p_15, const uint32_t  p_16, int32_t  p_17);
static uint16_t  func_1(void)
{ 
    uint8_t l_5 = 250UL;
    uint32_t l_44[4];
    uint32_t l_88 = 0x30C50D1BL;
    uint64_t l_117 = 0xB80643A2F0F6D163LL;
    int32_t l_125 = 0L;
    int32_t l_126 = 0x5E08C8ABL;
    int32_t l_136 = 5L;
    int32_t l_137[4][1] = {{0x3DA17F8CL},{0L},{0x3DA17F8CL},{0L}};
    uint64_t l_138[3][3];
    uint16_t *l_192 = &g_2[3][0];
    uint32_t *l_197 = &g_27[0].f0;
    int32_t *l_198 = (void*)0;
    int32_t l_199 = 0xF7684E16L;
    int i, j;
    for (i = 0; i < 4; i++)
        l_44[i] = 0x438E2136L;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
            l_138[i][j] = 7UL;
    }
lbl_177:
    --g_2[3][0];
    if (l_5)
    { 
        uint16_t l_6 = 0UL;
        int64_t l_49 = 5L;
        struct S0 *l_73 = &g_27[0];
        int32_t ** const *l_77 = (void*)0;
        uint32_t *l_118 = &g_27[0].f0;
        int32_t l_128 = 0x093E1FD8L;
        int32_t l_129 = 0x8930F4DFL;
        int32_t l_130[3];
        int32_t l_135 = 0xF09919FEL;
        const uint64_t l_158[4] = {18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL};
        int i;
        for (i = 0; i < 3; i++)
            l_130[i] = (-6L);
        if (l_6)
        { 
            const uint8_t l_26 = 0UL;
            int64_t *l_28 = &g_29;
            uint64_t *l_30[2];
            int32_t *l_50 = &g_51[0];
            uint32_t *l_62 = (void*)0;
            uint32_t *l_63 = &g_27[0].f0;
            int32_t *l_64 = &g_65;
            int i;
            for (i = 0; i < 2; i++)
                l_30[i] = (void*)0;
            (*l_50) &= (safe_mod_func_int64_t_s_s((((func_9(((((*g_40) = (safe_mul_func_uint8_t_u_u((func_14((g_31 = ((safe_div_func_int8_t_s_s((safe_rshift_func_int16_t_s_u((((safe_div_func_int16_t_s_s((safe_lshift_func_uint16_t_u_u(l_26, l_6)), (1L | ((*l_28) = (g_27[0] , g_2[3][0]))))) ^ 0xC23EDB39L) & 0x3DD972C4L), g_2[3][0])), 7UL)) , l_6)), g_2[2][0], g_27[0].f0) , l_44[3]), g_45[0][0]))) == 0UL) > 0xDD1FL), g_2[3][0]) , 0x18B2F103L) | l_44[3]) != l_49), 0x9046E0AEE481DB3ALL));
            (*l_64) &= (((safe_lshift_func_uint8_t_u_u((&g_27[0] == (void*)0), (*g_40))) , ((((*l_63) &= (safe_add_func_uint64_t_u_u(((*l_50) >= ((safe_lshift_func_uint8_t_u_s(((((*l_28) = (safe_rshift_func_uint8_t_u_u((((((safe_add_func_uint32_t_u_u(1UL, 0x6A54EE8EL)) ^ (*l_50)) >= l_44[3]) != l_44[3]) == l_49), (*g_40)))) & g_2[3][0]) <= 0x62BE9700A5FF0F9ALL), g_2[1][0])) ^ 0xA4L)), 0xF0846D72D30A9375LL))) , 0xD6215A4C4AE3B72CLL) , g_32)) & l_5);
            if ((!(-1L)))
            { 
                int32_t **l_67 = &l_50;
                int16_t *l_74 = &g_75[2][2];
                int32_t *l_76[3];
                int32_t ** const **l_78 = &l_77;
                int i;
                for (i = 0; i < 3; i++)
                    l_76[i] = &g_51[0];
                (*l_67) = &g_65;
                if (g_65)
                    goto lbl_70;
lbl_70:
                g_68 = g_68;
                g_51[0] = ((((*g_40) = 0xFFL) >= ((**l_67) = (safe_mod_func_int8_t_s_s((((((*l_74) &= ((void*)0 != l_73)) , l_30[1]) == ((6UL != 0x2B86846FFD3C4F90LL) , (*g_68))) >= (**l_67)), 1UL)))) > 0xA9L);
                (*l_78) = l_77;
            }
            else
            { 
                int32_t *l_79 = &g_51[0];
                int32_t *l_80 = &g_65;
                int32_t *l_81 = &g_51[0];
                int32_t *l_82 = &g_65;
                int32_t *l_83 = &g_65;
                int32_t *l_84 = &g_51[0];
                int32_t *l_85 = (void*)0;
                int32_t *l_86 = (void*)0;
                int32_t *l_87[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_87[i] = (void*)0;
                ++l_88;
            }
        }
        else
        { 
            uint64_t l_97 = 0x0CE0BB6B9E65AFEFLL;
            int8_t *l_106 = &g_107;
            int8_t l_108[2][2] = {{0x18L,0x18L},{0x18L,0x18L}};
            int8_t *l_109 = &g_110;
            const int32_t *l_111[3];
            int32_t l_121 = (-1L);
            int32_t l_122 = (-2L);
            int32_t l_123 = (-1L);
            int16_t l_124[4][3] = {{0x1474L,0x1474L,0xCF7FL},{(-1L),(-1L),(-1L)},{0x1474L,0x1474L,0xCF7FL},{(-1L),(-1L),(-1L)}};
            int32_t l_127 = 0L;
            int32_t l_131 = 0x2ADE66CDL;
            int16_t l_132 = 0x1A6BL;
            int32_t l_133 = (-1L);
            int32_t l_134[2];
            uint8_t *l_150[1][2];
            uint16_t *l_155 = &g_2[3][0];
            int32_t *l_159 = &l_129;
            int i, j;
            for (i = 0; i < 3; i++)
                l_111[i] = &g_65;
            for (i = 0; i < 2; i++)
                l_134[i] = 1L;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_150[i][j] = &g_38[0][0];
            }
            if ((((l_44[2] | ((((*g_40) , ((*l_109) ^= ((g_41 && (((safe_lshift_func_int8_t_s_u(((safe_lshift_func_uint16_t_u_s((safe_lshift_func_int8_t_s_u(l_97, 1)), (((((safe_lshift_func_uint8_t_u_u((safe_div_func_uint32_t_u_u((safe_mul_func_uint16_t_u_u((safe_lshift_func_int8_t_s_s(((*l_106) = (0x3BB5AF47L <= 0xF46991E3L)), 4)), l_108[0][0])), 0x7DA69EDFL)), 3)) == (*g_40)) & g_51[0]) > 0xB615L) >= g_45[0][0]))) <= l_108[0][0]), (*g_40))) >= l_108[0][0]) , 6L)) , 0x4CL))) > g_41) & g_38[0][0])) || 0xCD7CB0FD4E32F9EFLL) >= g_45[0][0]))
            { 
                g_112 = l_111[2];
            }
            else
            { 
                int32_t *l_113 = &g_51[0];
                int32_t **l_114 = &l_113;
                (*l_114) = l_113;
            }
            if ((((safe_div_func_int8_t_s_s((l_117 & 0x9B80995AFD930511LL), l_88)) != g_2[3][0]) , (l_118 != l_111[1])))
            { 
                uint32_t l_119 = 4294967294UL;
                int32_t *l_120[1][4];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_120[i][j] = &g_65;
                }
                g_65 = (g_51[0] ^= (l_119 && l_119));
                ++l_138[0][1];
            }
            else
            { 
                int32_t *l_141[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_141[i] = &l_137[1][0];
                g_51[0] &= g_27[0].f0;
                return g_51[0];
            }
            (*l_159) = (((safe_add_func_uint64_t_u_u(((safe_mul_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u((*g_40), (safe_add_func_int32_t_s_s(0x19967109L, g_45[0][0])))), (g_38[0][0]++))) < ((*g_69) = (((safe_rshift_func_uint16_t_u_u(((*l_155) &= g_41), (safe_add_func_int16_t_s_s(l_158[1], g_29)))) , &l_127) == &g_65))), g_31)) , 0L) , 0x4649171FL);
        }
    }
    else
    { 
        uint64_t *l_164 = &l_117;
        int32_t ***l_169[3][1];
        int32_t ****l_168 = &l_169[2][0];
        int32_t *l_170 = &l_137[3][0];
        uint32_t l_171 = 0x8F3208BFL;
        uint16_t * const l_174 = &g_2[1][0];
        struct S0 l_190 = {0x996A79BAL};
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_169[i][j] = &g_166[0][1];
        }
        (*l_170) &= (g_51[0] ^ (safe_sub_func_int32_t_s_s(g_45[0][0], (safe_rshift_func_uint8_t_u_u(((l_164 != ((g_165 != ((*l_168) = &g_166[0][1])) , &g_45[0][0])) ^ 0xEEL), (*g_40))))));
        --l_171;
        if ((l_174 == (void*)0))
        { 
            uint64_t l_181 = 0x8C64F5160438E2FDLL;
            for (g_29 = 0; (g_29 == 16); g_29++)
            { 
                if (g_110)
                    goto lbl_177;
                (**g_165) = (***l_168);
                (**g_165) = (**g_165);
                l_181 |= (g_45[0][1] && (safe_sub_func_uint16_t_u_u(((*l_174) = (+1UL)), g_29)));
            }
            return g_65;
        }
        else
        { 
            struct S0 *l_191 = &g_27[0];
            for (l_136 = 7; (l_136 < (-25)); l_136--)
            { 
                int8_t l_184 = 0x82L;
                int32_t *l_185 = &l_125;
                int8_t *l_188 = &g_107;
                int32_t l_189 = 0L;
                if (l_184)
                    break;
                (***l_168) = l_185;
                l_189 = (!((*l_185) = (!((*l_188) = (&g_166[0][0] != (void*)0)))));
                if ((*g_167))
                    break;
            }
            (*l_191) = l_190;
        }
    }
    l_136 |= (g_51[0] , (((++(*l_192)) || (l_138[1][2] > g_38[0][0])) != ((safe_lshift_func_int8_t_s_s(((((l_197 == ((l_192 != l_192) , g_112)) , g_29) , l_138[0][1]) , l_125), l_5)) <= 0L)));
    return l_199;
}
static uint64_t  func_9(uint32_t  p_10, int8_t  p_11)
{ 
    struct S0 l_46 = {0x78D402A5L};
    struct S0 *l_47 = (void*)0;
    struct S0 *l_48 = &g_27[0];
    (*l_48) = l_46;
    return p_10;
}
static const uint32_t  func_14(uint64_t  p_15, const uint32_t  p_16, int32_t  p_17)
{ 
    uint64_t *l_36 = (void*)0;
    uint8_t *l_37 = &g_38[0][0];
    int32_t l_39 = (-2L);
    int32_t *l_42 = &l_39;
    int32_t l_43 = 9L;
    g_32++;
    l_43 |= (((*l_42) = (((*l_37) ^= (p_15 >= (!((void*)0 == l_36)))) == (g_32 < ((((l_39 , g_40) == l_37) | l_39) <= 0xDC23L)))) > 0x766593C3L);
    return p_16;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_2[i][j], "g_2[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_27[i].f0, "g_27[i].f0", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_29, "g_29", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_32, "g_32", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_38[i][j], "g_38[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_41, "g_41", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_45[i][j], "g_45[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_51[i], "g_51[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_65, "g_65", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_75[i][j], "g_75[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_107, "g_107", print_hash_value);
    transparent_crc(g_110, "g_110", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
