#include "csmith.h"
static long __undefined;
static uint64_t g_5[1] = {0x20FE6E3245F1DBECLL};
static int8_t g_14[2][2] = {{0xE4L,0xE4L},{0xE4L,0xE4L}};
static uint8_t g_17 = 0UL;
static int64_t g_18 = (-1L);
static uint32_t g_19 = 8UL;
static int8_t *g_28 = &g_14[0][1];
static uint16_t g_31 = 0x7507L;
static const int8_t g_43 = 0x07L;
static uint64_t g_61 = 1UL;
static int32_t g_77[2] = {0xA2D128B4L,0xA2D128B4L};
static int32_t *g_76 = &g_77[0];
static int32_t **g_75[3][4] = {{&g_76,&g_76,&g_76,&g_76},{&g_76,&g_76,&g_76,&g_76},{&g_76,&g_76,&g_76,&g_76}};
static int16_t g_98 = 0xD318L;
static int16_t *g_97 = &g_98;
static uint8_t g_112 = 253UL;
static int32_t *g_149 = (void*)0;
static uint32_t g_184 = 4294967294UL;
static int32_t  func_1(void);
static const int32_t  func_22(int64_t  p_23, uint16_t  p_24, uint16_t  p_25, uint64_t * p_26, int8_t * p_27);
static int8_t * func_38(int8_t * p_39);
static int32_t  func_1(void)
{ 
    uint64_t *l_4[3];
    int32_t l_8[1][4] = {{0x9B7928FBL,0x9B7928FBL,0x9B7928FBL,0x9B7928FBL}};
    int8_t *l_13 = &g_14[0][0];
    int16_t l_32[1][1];
    int i, j;
    for (i = 0; i < 3; i++)
        l_4[i] = &g_5[0];
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_32[i][j] = 6L;
    }
    g_18 &= ((safe_add_func_uint64_t_u_u((++g_5[0]), l_8[0][3])) >= ((-4L) > ((0x98L ^ ((*l_13) = (safe_lshift_func_uint16_t_u_u(65535UL, 9)))) <= (safe_mul_func_int16_t_s_s((g_17 != 1UL), 0x68A0L)))));
    ++g_19;
    l_8[0][3] = func_22((&g_14[0][0] == (g_28 = l_13)), ((l_8[0][3] != (safe_add_func_uint16_t_u_u(l_8[0][3], (g_31 = l_8[0][3])))) < l_32[0][0]), g_14[0][0], &g_5[0], l_13);
    return g_77[0];
}
static const int32_t  func_22(int64_t  p_23, uint16_t  p_24, uint16_t  p_25, uint64_t * p_26, int8_t * p_27)
{ 
    int16_t l_37 = 0L;
    int8_t ** const **l_145[3][2];
    int32_t *l_148[2];
    uint16_t l_152 = 9UL;
    int8_t *****l_190 = (void*)0;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
            l_145[i][j] = (void*)0;
    }
    for (i = 0; i < 2; i++)
        l_148[i] = (void*)0;
    for (p_23 = 0; (p_23 <= 0); p_23 += 1)
    { 
        int8_t **l_144[4];
        int8_t ** const ***l_146 = (void*)0;
        int8_t ** const ***l_147 = &l_145[2][0];
        int32_t *l_150 = (void*)0;
        int32_t l_153 = 0xA8E68CDAL;
        int32_t l_154 = 0x121430DBL;
        int32_t l_155[2];
        uint32_t l_187[2][1];
        int8_t ***l_193 = &l_144[1];
        int8_t ****l_192 = &l_193;
        int8_t *****l_191 = &l_192;
        int i, j;
        for (i = 0; i < 4; i++)
            l_144[i] = (void*)0;
        for (i = 0; i < 2; i++)
            l_155[i] = 1L;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_187[i][j] = 0x8F806F38L;
        }
    }
    for (g_112 = 0; (g_112 >= 39); g_112++)
    { 
        int32_t l_214 = (-1L);
        (*g_76) ^= l_214;
    }
    return (*g_76);
}
static int8_t * func_38(int8_t * p_39)
{ 
    const int8_t *l_42 = &g_43;
    int32_t l_44 = 1L;
    int32_t l_46 = 1L;
    int8_t *l_68 = (void*)0;
    int32_t l_142[4][4] = {{0xF8D21F61L,0L,0xF8D21F61L,0L},{0xF8D21F61L,0L,0xF8D21F61L,0L},{0xF8D21F61L,0L,0xF8D21F61L,0L},{0xF8D21F61L,0L,0xF8D21F61L,0L}};
    int i, j;
    if ((safe_rshift_func_uint16_t_u_s((65531UL > (((l_42 = (void*)0) != (void*)0) , 0UL)), (l_44 & l_44))))
    { 
        return &g_14[0][0];
    }
    else
    { 
        uint32_t *l_45 = (void*)0;
        int32_t l_49 = 3L;
        int32_t l_90[1];
        int32_t *l_119 = &l_90[0];
        int i;
        for (i = 0; i < 1; i++)
            l_90[i] = 1L;
        if (((*g_28) , ((l_46 |= l_44) != ((((safe_mul_func_uint16_t_u_u(l_49, (0xC5BB085CA7DBC8B6LL ^ (safe_mul_func_int8_t_s_s(((*p_39) = (*g_28)), l_49))))) < g_5[0]) != g_17) <= l_44))))
        { 
            int16_t l_52 = 8L;
            int8_t **l_89 = &l_68;
            int8_t ***l_88 = &l_89;
            const int32_t *l_91 = &l_49;
            const int32_t **l_92 = &l_91;
            if (l_52)
            { 
                int32_t l_55 = 1L;
                uint64_t *l_60[4];
                int64_t *l_64 = &g_18;
                int16_t *l_65 = &l_52;
                int8_t **l_67 = &g_28;
                int8_t ***l_66 = &l_67;
                int i;
                for (i = 0; i < 4; i++)
                    l_60[i] = &g_61;
                (*l_66) = (((*l_65) = ((safe_rshift_func_uint16_t_u_s(l_55, 6)) >= (safe_rshift_func_uint16_t_u_s(((((*g_28) , g_43) , (++g_61)) & ((((((*l_64) = g_5[0]) == (((6UL > l_49) || 0x21L) ^ l_52)) < 0L) , l_60[2]) != (void*)0)), 5)))) , (void*)0);
                return l_68;
            }
            else
            { 
                int32_t *l_70 = &l_49;
                int32_t **l_69 = &l_70;
                int32_t ***l_78 = &l_69;
                int32_t ***l_79 = (void*)0;
                int32_t ***l_80 = &g_75[1][0];
                int8_t **l_87 = (void*)0;
                int8_t ***l_86 = &l_87;
                int8_t ****l_85[4][3] = {{&l_86,&l_86,&l_86},{&l_86,&l_86,&l_86},{&l_86,&l_86,&l_86},{&l_86,&l_86,&l_86}};
                int i, j;
                (*l_69) = (void*)0;
                l_44 &= l_46;
                l_90[0] ^= ((g_5[0] != (((l_46 = (safe_rshift_func_uint8_t_u_u((((*l_80) = ((*l_78) = g_75[0][0])) == (void*)0), 0))) , (safe_add_func_uint32_t_u_u(0UL, ((l_88 = ((safe_div_func_int64_t_s_s(((&g_75[0][0] == &g_75[1][0]) , g_17), g_31)) , (void*)0)) == &l_89)))) != l_44)) , l_49);
            }
            (*l_92) = l_91;
            return &g_14[1][0];
        }
        else
        { 
            int16_t l_101 = (-1L);
            int32_t *l_118 = &l_44;
            int32_t *l_120[2];
            int i;
            for (i = 0; i < 2; i++)
                l_120[i] = &g_77[1];
            if (((*g_76) = (safe_sub_func_int8_t_s_s((((safe_sub_func_int16_t_s_s(g_19, (g_97 != (void*)0))) == (safe_mul_func_int8_t_s_s((l_101 >= ((((((void*)0 == &g_98) <= l_49) ^ 0x8FL) < (*g_28)) && l_44)), l_46))) <= l_46), (*g_28)))))
            { 
                uint8_t *l_113 = &g_17;
                int32_t l_114[4][1];
                int32_t ****l_115[1][1];
                int32_t *****l_116 = (void*)0;
                int32_t *****l_117 = &l_115[0][0];
                uint16_t *l_128 = &g_31;
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_114[i][j] = 1L;
                }
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_115[i][j] = (void*)0;
                }
                (*g_76) = ((((safe_add_func_uint8_t_u_u((safe_lshift_func_int8_t_s_s(0L, 4)), ((((*l_113) = (safe_sub_func_int16_t_s_s(((g_112 = (l_101 && (l_90[0] &= ((*g_97) < (((safe_div_func_int64_t_s_s(g_19, (((safe_lshift_func_int16_t_s_u(((l_49 != g_31) , 0x2E0EL), 12)) & 0x1FL) , 18446744073709551609UL))) , (*g_28)) | (*g_28)))))) < l_101), 1L))) > g_61) || 0x4099L))) <= l_114[2][0]) , g_31) ^ g_19);
                (*l_117) = l_115[0][0];
                l_120[1] = (l_119 = (l_118 = &l_90[0]));
                (*l_119) = (((~4294967287UL) <= (((*l_119) == ((*l_128) = (((((((*g_97) = (*g_97)) & (((safe_sub_func_uint8_t_u_u(l_46, (((safe_sub_func_int32_t_s_s((safe_mod_func_uint8_t_u_u(l_46, (*p_39))), (*g_76))) >= (*l_119)) , 0x90L))) ^ l_46) == (*l_119))) | 0xAA1B4DF10050AECCLL) ^ g_18) && g_19) & 0UL))) , g_5[0])) | (*l_118));
            }
            else
            { 
                int32_t l_141 = 0xB5A0E2D0L;
                l_142[2][2] ^= (((*p_39) = ((*l_119) &= (safe_sub_func_int32_t_s_s(((*p_39) >= ((~(-1L)) > ((safe_rshift_func_int8_t_s_u((((*g_97) >= (safe_rshift_func_uint8_t_u_s((((~(((safe_sub_func_int8_t_s_s((((safe_mul_func_uint16_t_u_u((l_141 , g_77[0]), 0xFF93L)) < l_44) < l_141), l_46)) | (*l_118)) < g_112)) , 0x7CDA3DCFAEA6509DLL) == 0L), (*g_28)))) <= 1L), 5)) || l_141))), (*g_76))))) , 0x019F83A3L);
            }
            (*g_76) &= (+(*g_97));
            return p_39;
        }
    }
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
        transparent_crc(g_5[i], "g_5[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_14[i][j], "g_14[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_17, "g_17", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_19, "g_19", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_77[i], "g_77[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_98, "g_98", print_hash_value);
    transparent_crc(g_112, "g_112", print_hash_value);
    transparent_crc(g_184, "g_184", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
