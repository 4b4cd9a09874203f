#include "csmith.h"
static long __undefined;
static int32_t g_3 = 5L;
static uint16_t g_4 = 0x7AD4L;
static uint64_t g_20[4] = {3UL,3UL,3UL,3UL};
static int16_t g_24 = 0L;
static uint64_t g_28 = 0x5950169FF9E6B99BLL;
static uint32_t g_30 = 0x1404FC4BL;
static uint32_t *g_29[3][1] = {{&g_30},{&g_30},{&g_30}};
static uint32_t g_42 = 1UL;
static int32_t g_45 = (-9L);
static int8_t g_59 = (-1L);
static uint32_t g_80[3][2] = {{0UL,0UL},{0xB409C3C7L,0UL},{0UL,0xB409C3C7L}};
static int64_t g_85[1][4] = {{0L,0L,0L,0L}};
static uint8_t g_94 = 3UL;
static int64_t * const *g_118[1] = {(void*)0};
static uint32_t g_124 = 0x736FA54FL;
static int32_t *g_130 = &g_45;
static int32_t **g_129 = &g_130;
static int64_t g_152 = (-5L);
static uint64_t g_156 = 18446744073709551615UL;
static uint8_t *g_183[4] = {&g_94,&g_94,&g_94,&g_94};
static uint8_t **g_182 = &g_183[3];
static int32_t g_186 = 0x3B2D3918L;
static uint32_t g_268 = 0x5297743FL;
static uint8_t *g_290 = &g_94;
static uint8_t ** const g_289 = &g_290;
static uint8_t ** const *g_288[4][1] = {{&g_289},{&g_289},{&g_289},{&g_289}};
static uint8_t ** const **g_287 = &g_288[2][0];
static int32_t g_317 = 0x7D4496F3L;
static uint16_t  func_1(void);
static uint8_t  func_11(int32_t * p_12, uint8_t  p_13, int64_t  p_14);
static int64_t * const * func_32(uint32_t * p_33, const int64_t  p_34);
static uint16_t  func_1(void)
{ 
    int32_t *l_2[3][1];
    int32_t *l_15[3][1];
    int64_t *l_19[1];
    int16_t *l_23 = &g_24;
    uint32_t *l_27[4];
    int32_t l_31 = 4L;
    int8_t l_314 = 0xF1L;
    int8_t *l_315 = (void*)0;
    int8_t *l_316[4];
    int64_t l_318 = 9L;
    int64_t l_321[3];
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_2[i][j] = &g_3;
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_15[i][j] = &g_3;
    }
    for (i = 0; i < 1; i++)
        l_19[i] = (void*)0;
    for (i = 0; i < 4; i++)
        l_27[i] = (void*)0;
    for (i = 0; i < 4; i++)
        l_316[i] = (void*)0;
    for (i = 0; i < 3; i++)
        l_321[i] = 0xE6B9312C6D952F84LL;
    g_4++;
    l_318 = ((safe_rshift_func_int8_t_s_s((g_317 = (safe_div_func_uint8_t_u_u(func_11(l_15[1][0], (((g_20[1] = (safe_unary_minus_func_int32_t_s(0x4E912083L))) > ((safe_rshift_func_int16_t_s_u(((*l_23) = g_3), 7)) >= (safe_rshift_func_int16_t_s_u(((g_28 = g_3) >= ((void*)0 != g_29[1][0])), g_3)))) || l_31), g_30), l_314))), g_85[0][3])) , (-1L));
    g_3 = ((**g_129) = (safe_add_func_int64_t_s_s((-1L), l_321[2])));
    return g_20[1];
}
static uint8_t  func_11(int32_t * p_12, uint8_t  p_13, int64_t  p_14)
{ 
    uint32_t *l_35 = &g_30;
    int64_t * const **l_119[1];
    int32_t l_122[4][1] = {{0x8EADFD65L},{0xFB6AB9C1L},{0x8EADFD65L},{0xFB6AB9C1L}};
    int32_t l_132 = 0xBC2C7D6AL;
    uint64_t *l_146[2];
    uint8_t *l_164[3];
    uint8_t **l_163 = &l_164[0];
    uint64_t **l_243 = &l_146[1];
    uint64_t ***l_242 = &l_243;
    uint8_t ***l_270 = &l_163;
    uint8_t ****l_269 = &l_270;
    uint32_t l_292 = 18446744073709551609UL;
    const int32_t *l_313[2];
    int i, j;
    for (i = 0; i < 1; i++)
        l_119[i] = &g_118[0];
    for (i = 0; i < 2; i++)
        l_146[i] = &g_20[1];
    for (i = 0; i < 3; i++)
        l_164[i] = (void*)0;
    for (i = 0; i < 2; i++)
        l_313[i] = &g_45;
    (*p_12) = g_3;
    g_118[0] = func_32(l_35, p_13);
    for (p_13 = 15; (p_13 >= 12); p_13--)
    { 
        int16_t *l_123 = (void*)0;
        uint64_t *l_127 = (void*)0;
        uint64_t *l_128 = &g_20[1];
        int32_t l_131 = (-1L);
        const int32_t l_137[2] = {(-2L),(-2L)};
        int32_t l_154 = (-4L);
        uint8_t *l_161 = &g_94;
        uint8_t **l_160[2];
        uint32_t l_211 = 0xF869BC43L;
        int i;
        for (i = 0; i < 2; i++)
            l_160[i] = &l_161;
        (*p_12) = (0xF603L > (g_124 = (g_24 &= l_122[2][0])));
    }
    return (**g_182);
}
static int64_t * const * func_32(uint32_t * p_33, const int64_t  p_34)
{ 
    uint64_t *l_38 = &g_20[1];
    int16_t *l_41 = &g_24;
    const int32_t l_43 = 0x5D3384F7L;
    int32_t *l_44 = &g_45;
    int64_t *l_84 = &g_85[0][3];
    int64_t * const *l_83 = &l_84;
    uint64_t **l_99 = &l_38;
    int32_t *l_116 = &g_3;
    int64_t * const *l_117 = &l_84;
    (*l_44) &= ((safe_sub_func_uint64_t_u_u(((*l_38) |= (p_33 != &g_30)), (g_3 || (((((safe_add_func_int64_t_s_s((g_42 &= ((void*)0 != l_41)), 1UL)) , g_42) >= l_43) | 0x99FFL) != 252UL)))) , l_43);
    if ((((~(&g_45 != (((!(((safe_rshift_func_int8_t_s_u(((*l_44) || (0x4FFAL && ((*l_44) , (&p_34 != &p_34)))), 0)) , (-8L)) || (*l_44))) || p_34) , &l_43))) <= g_20[3]) , (*l_44)))
    { 
        int8_t *l_58 = &g_59;
        int32_t l_67[1][4] = {{0x903F87FBL,0x903F87FBL,0x903F87FBL,0x903F87FBL}};
        const uint64_t *l_72[2];
        int64_t * const *l_86 = (void*)0;
        int32_t *l_112[3];
        int i, j;
        for (i = 0; i < 2; i++)
            l_72[i] = &g_28;
        for (i = 0; i < 3; i++)
            l_112[i] = &l_67[0][0];
        if ((safe_add_func_int64_t_s_s(((safe_rshift_func_int8_t_s_u(((*l_58) = ((safe_mod_func_uint32_t_u_u((safe_add_func_uint8_t_u_u(g_3, ((*l_44) <= p_34))), g_4)) >= ((((*l_44) ^ (*p_33)) ^ g_42) != g_30))), (*l_44))) || (*l_44)), g_45)))
        { 
            int32_t **l_60 = &l_44;
            int32_t *l_61 = &g_45;
            const uint64_t *l_64 = (void*)0;
            for (g_42 = 0; g_42 < 4; g_42 += 1)
            {
                g_20[g_42] = 18446744073709551610UL;
            }
            (*l_60) = (void*)0;
            (*l_61) ^= 0x949F72E7L;
            l_67[0][2] = (safe_div_func_int8_t_s_s((((void*)0 == l_64) <= (safe_div_func_uint32_t_u_u(l_67[0][2], (((l_38 = &g_20[2]) == &g_20[2]) & p_34)))), (-1L)));
        }
        else
        { 
            uint64_t *l_73 = &g_28;
            int32_t *l_111 = &g_45;
            if ((safe_add_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_u((((g_42 , l_72[0]) == l_73) ^ g_24), ((safe_mod_func_int16_t_s_s((!p_34), (-2L))) , 0x55L))), l_67[0][2])))
            { 
                int32_t **l_77 = &l_44;
                int32_t *l_78 = &g_45;
                int32_t *l_79[4][1];
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_79[i][j] = &l_67[0][3];
                }
                (*l_44) = g_20[1];
                (*l_77) = p_33;
                --g_80[2][1];
            }
            else
            { 
                return l_86;
            }
            for (g_24 = 3; (g_24 == (-4)); g_24 = safe_sub_func_int64_t_s_s(g_24, 1))
            { 
                uint8_t *l_93 = &g_94;
                uint16_t *l_95 = &g_4;
                int32_t *l_96 = &g_3;
                uint64_t **l_98 = &l_73;
                uint64_t ***l_97[1][3];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_97[i][j] = &l_98;
                }
                (*l_96) = ((g_20[1] | ((*l_95) = (safe_add_func_uint32_t_u_u((l_67[0][1] , ((*p_33) = (g_42 , (safe_lshift_func_uint8_t_u_u(255UL, ((*l_93) = p_34)))))), p_34)))) , g_80[2][1]);
                l_99 = (void*)0;
            }
            (*l_111) &= (safe_lshift_func_uint8_t_u_u(((((!((safe_mul_func_int8_t_s_s(((g_80[2][1] && (safe_lshift_func_int8_t_s_u((1UL > ((((((g_94++) != g_4) != (((safe_mod_func_uint16_t_u_u(((&l_72[0] != &l_38) , g_20[2]), p_34)) < 0x7399958BL) == (*l_44))) == 0x51CDL) <= (-1L)) | g_85[0][1])), 4))) , p_34), 0x43L)) , p_34)) , (-10L)) | g_3) <= 0UL), 4));
        }
        g_3 &= g_24;
    }
    else
    { 
        const int32_t *l_114[1];
        const int32_t **l_113[3][4] = {{&l_114[0],&l_114[0],&l_114[0],&l_114[0]},{&l_114[0],&l_114[0],&l_114[0],&l_114[0]},{&l_114[0],&l_114[0],&l_114[0],&l_114[0]}};
        const int32_t *l_115 = &g_45;
        int i, j;
        for (i = 0; i < 1; i++)
            l_114[i] = &g_3;
        l_115 = &l_43;
    }
    (*l_116) |= g_4;
    return g_118[0];
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_4, "g_4", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_20[i], "g_20[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_24, "g_24", print_hash_value);
    transparent_crc(g_28, "g_28", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_59, "g_59", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_80[i][j], "g_80[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_85[i][j], "g_85[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_94, "g_94", print_hash_value);
    transparent_crc(g_124, "g_124", print_hash_value);
    transparent_crc(g_152, "g_152", print_hash_value);
    transparent_crc(g_156, "g_156", print_hash_value);
    transparent_crc(g_186, "g_186", print_hash_value);
    transparent_crc(g_268, "g_268", print_hash_value);
    transparent_crc(g_317, "g_317", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
