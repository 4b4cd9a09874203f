#include "csmith.h"
static long __undefined;
static uint8_t g_21[4][3] = {{0xDAL,0UL,0x65L},{0xF1L,0UL,0xF1L},{0x6CL,0xDAL,0x65L},{0x6CL,0x6CL,0xDAL}};
static int32_t g_27[2] = {0xE85EC415L,0xE85EC415L};
static uint16_t g_43 = 65535UL;
static uint64_t g_44 = 0x60E0689BB5C1ED52LL;
static int32_t *g_48 = &g_27[0];
static uint32_t g_59 = 0xAE5249F3L;
static int64_t g_81 = 1L;
static uint32_t g_96 = 0x9C4D8F35L;
static uint64_t g_97[4][4] = {{1UL,1UL,1UL,1UL},{1UL,1UL,1UL,1UL},{1UL,1UL,1UL,1UL},{1UL,1UL,1UL,1UL}};
static int8_t g_102 = (-1L);
static uint16_t g_103 = 0xD811L;
static uint16_t *g_114 = (void*)0;
static uint16_t *g_115[1] = {&g_103};
static int16_t g_143[2] = {0xEBBDL,0xEBBDL};
static int8_t  func_1(void);
static int32_t  func_2(int8_t  p_3, const int64_t  p_4);
static int32_t  func_16(uint8_t  p_17, uint32_t  p_18, uint64_t  p_19, uint32_t  p_20);
static int8_t  func_1(void)
{ 
    uint32_t l_14 = 0x4CACFF8EL;
    int8_t *l_101 = &g_102;
    if (func_2(((g_103 = ((4294967293UL ^ ((safe_div_func_uint32_t_u_u(0xC1574781L, (safe_sub_func_uint64_t_u_u(((safe_div_func_int64_t_s_s((((((*l_101) = ((~l_14) <= ((~func_16(g_21[1][1], g_21[1][1], l_14, g_21[3][1])) | 0x6CEB5FFD13C1E39BLL))) <= l_14) == 0x5C284D44L) ^ l_14), l_14)) == g_21[3][2]), l_14)))) > l_14)) & l_14)) == 8L), g_21[0][0]))
    { 
        for (g_43 = 7; (g_43 > 8); g_43 = safe_add_func_uint16_t_u_u(g_43, 1))
        { 
            for (g_96 = 0; (g_96 <= 1); g_96 += 1)
            { 
                return g_103;
            }
            for (g_103 = 0; (g_103 >= 28); g_103 = safe_add_func_uint64_t_u_u(g_103, 1))
            { 
                if ((*g_48))
                    break;
            }
        }
        if (g_102)
            goto lbl_161;
    }
    else
    { 
lbl_161:
        for (g_81 = 0; (g_81 <= 1); g_81 += 1)
        { 
            int i;
            return g_27[g_81];
        }
        for (g_102 = 0; (g_102 <= 1); g_102 += 1)
        { 
            int8_t l_162 = 0L;
            for (g_59 = 0; (g_59 <= 1); g_59 += 1)
            { 
                return l_162;
            }
            return g_102;
        }
    }
    return g_81;
}
static int32_t  func_2(int8_t  p_3, const int64_t  p_4)
{ 
    uint16_t *l_111 = &g_103;
    uint16_t *l_116 = (void*)0;
    uint8_t l_131 = 0x34L;
    int32_t l_132 = (-4L);
    uint32_t *l_133 = (void*)0;
    uint32_t *l_134 = &g_59;
    int32_t l_135 = 0xC664DA59L;
    int16_t *l_142 = &g_143[1];
    uint32_t l_156 = 4294967288UL;
    for (g_43 = 0; (g_43 <= 3); g_43 += 1)
    { 
        uint16_t **l_112 = (void*)0;
        uint16_t **l_113[1];
        int32_t l_117 = 9L;
        int i;
        for (i = 0; i < 1; i++)
            l_113[i] = (void*)0;
        (*g_48) &= (safe_sub_func_uint64_t_u_u((safe_mul_func_uint8_t_u_u(((safe_rshift_func_int16_t_s_s((-1L), 8)) >= ((void*)0 != &g_96)), (+((l_111 = (g_115[0] = (g_114 = l_111))) == (l_116 = (void*)0))))), g_43));
        for (g_103 = 0; (g_103 <= 3); g_103 += 1)
        { 
            for (p_3 = 3; (p_3 >= 0); p_3 -= 1)
            { 
                int i, j;
                if (g_97[p_3][g_43])
                    break;
                if (g_97[g_103][p_3])
                    continue;
            }
        }
        for (g_102 = 0; (g_102 <= 3); g_102 += 1)
        { 
            (*g_48) ^= p_4;
            if (l_117)
                continue;
        }
    }
    for (g_81 = 0; (g_81 < (-16)); g_81 = safe_sub_func_uint64_t_u_u(g_81, 4))
    { 
        if (p_4)
            break;
    }
    l_135 ^= ((safe_mul_func_uint16_t_u_u(((safe_lshift_func_uint8_t_u_u(((~0UL) >= p_3), 6)) ^ (((((safe_mul_func_uint8_t_u_u((safe_mul_func_int8_t_s_s((safe_add_func_int64_t_s_s((((((l_131 >= l_131) > (((*l_134) &= (l_132 &= p_3)) , l_131)) && p_4) > p_4) , 1L), l_131)), 0UL)), g_27[0])) ^ p_3) & g_27[0]) < p_3) , l_132)), l_131)) || l_131);
    (*g_48) = ((safe_mod_func_int64_t_s_s((((+(safe_sub_func_int16_t_s_s((+g_96), ((*l_142) = g_102)))) , (safe_sub_func_uint64_t_u_u(((safe_sub_func_uint32_t_u_u(((safe_div_func_uint8_t_u_u(0x7CL, (--g_21[2][2]))) > ((((*l_111) = (safe_add_func_uint8_t_u_u(0xB3L, (safe_sub_func_uint16_t_u_u(((void*)0 != &g_59), 0x0106L))))) && 65528UL) | p_4)), l_131)) || g_43), g_97[0][1]))) , l_131), g_97[3][0])) ^ l_156);
    return (*g_48);
}
static int32_t  func_16(uint8_t  p_17, uint32_t  p_18, uint64_t  p_19, uint32_t  p_20)
{ 
    const uint32_t l_25 = 0x773196E8L;
    int32_t *l_30[2][3] = {{&g_27[0],&g_27[0],&g_27[0]},{&g_27[0],&g_27[0],&g_27[0]}};
    int32_t *l_32 = &g_27[0];
    int i, j;
    if (g_21[0][2])
    { 
        int32_t *l_26 = &g_27[0];
        for (p_20 = 12; (p_20 >= 58); p_20++)
        { 
            int8_t l_24 = 0L;
            return l_24;
        }
        (*l_26) &= (g_21[2][1] , l_25);
        if ((safe_div_func_uint16_t_u_u(65535UL, g_27[0])))
        { 
            for (p_20 = 0; (p_20 <= 2); p_20 += 1)
            { 
                (*l_26) = 0L;
            }
            return p_17;
        }
        else
        { 
            int32_t **l_31[4][4] = {{&l_26,&l_26,&l_26,&l_26},{&l_26,&l_26,&l_26,&l_26},{&l_26,&l_26,&l_26,&l_26},{&l_26,&l_26,&l_26,&l_26}};
            uint32_t l_41 = 0x6F4ED832L;
            uint16_t *l_42[2];
            int i, j;
            for (i = 0; i < 2; i++)
                l_42[i] = &g_43;
            l_32 = (l_30[0][1] = &g_27[0]);
            g_44 &= (safe_div_func_int16_t_s_s(((safe_div_func_int16_t_s_s(p_18, (g_43 = (safe_rshift_func_uint16_t_u_s((p_20 , p_19), ((l_41 ^= (safe_div_func_uint64_t_u_u(((void*)0 != l_26), (*l_26)))) < g_21[2][2])))))) , g_27[0]), g_21[2][2]));
            (*l_26) &= (-7L);
            for (l_41 = 24; (l_41 < 38); l_41 = safe_add_func_int8_t_s_s(l_41, 7))
            { 
                int32_t *l_47[1][2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_47[i][j] = &g_27[0];
                }
                if (p_20)
                    break;
                g_48 = l_47[0][1];
                (*l_32) = p_18;
            }
        }
        g_59 = ((*l_32) = (g_27[0] <= ((254UL != (safe_mod_func_int64_t_s_s(p_18, 0xB8AF769BF4A3CA5ALL))) & (((safe_mul_func_int8_t_s_s((safe_mul_func_uint8_t_u_u((safe_div_func_uint8_t_u_u(((safe_div_func_int64_t_s_s((0xD1L == 0xE5L), p_19)) , p_18), p_20)), p_20)), p_18)) , &l_26) != &g_48))));
    }
    else
    { 
        uint32_t l_64[4];
        uint16_t *l_65 = &g_43;
        int32_t l_67 = (-7L);
        int32_t l_68 = 0L;
        int32_t l_71 = 8L;
        int32_t l_72 = 1L;
        int32_t l_73 = 0x522E61FFL;
        int32_t l_74 = 0xF82AF629L;
        int32_t l_75 = (-1L);
        int32_t l_99 = 0x17482C4BL;
        int i;
        for (i = 0; i < 4; i++)
            l_64[i] = 0x34219042L;
lbl_66:
        for (g_44 = 0; (g_44 <= 1); g_44 += 1)
        { 
            int i;
            return g_27[g_44];
        }
        if ((g_21[1][1] , (safe_lshift_func_int16_t_s_u(((void*)0 != &g_48), ((*l_65) = ((((safe_add_func_int16_t_s_s(0L, l_64[0])) & 0x0E9AFB84L) , p_19) != 254UL))))))
        { 
            int8_t l_69 = (-1L);
            int32_t l_70 = 0xB10B3F49L;
            uint16_t l_76[2][4] = {{65528UL,0xAB38L,65528UL,0xAB38L},{65528UL,0xAB38L,65528UL,0xAB38L}};
            int64_t *l_79 = (void*)0;
            int64_t *l_80 = &g_81;
            int32_t **l_82 = (void*)0;
            int32_t **l_83 = &g_48;
            int i, j;
            if (p_17)
                goto lbl_66;
            --l_76[1][3];
            (*l_83) = (((*l_80) = p_20) , l_30[0][1]);
        }
        else
        { 
            int16_t l_94 = 0L;
            uint32_t *l_95 = &g_96;
            int64_t *l_98[3][4];
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 4; j++)
                    l_98[i][j] = &g_81;
            }
            if ((((0x51L < (((l_99 = ((-1L) | ((safe_div_func_uint32_t_u_u((safe_add_func_uint64_t_u_u(g_21[1][2], (safe_sub_func_uint32_t_u_u(((safe_div_func_uint32_t_u_u((g_97[0][1] = ((*l_95) = (safe_mul_func_int8_t_s_s(0xACL, (l_94 == p_18))))), l_94)) != g_59), 0xCB2CDE80L)))), 0xF3DD4F1AL)) , 0xAFA07406L))) != g_21[1][1]) < l_94)) , p_20) == (-1L)))
            { 
                return (*g_48);
            }
            else
            { 
                int32_t l_100 = (-1L);
                return l_100;
            }
        }
    }
    return p_18;
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
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_21[i][j], "g_21[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_27[i], "g_27[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_44, "g_44", print_hash_value);
    transparent_crc(g_59, "g_59", print_hash_value);
    transparent_crc(g_81, "g_81", print_hash_value);
    transparent_crc(g_96, "g_96", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_97[i][j], "g_97[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_102, "g_102", print_hash_value);
    transparent_crc(g_103, "g_103", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_143[i], "g_143[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
