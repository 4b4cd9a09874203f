#include "csmith.h"
static long __undefined;
static int32_t g_3 = 0L;
static uint32_t g_4 = 5UL;
static uint8_t g_22[3] = {0UL,0UL,0UL};
static int16_t g_31 = 0x360EL;
static int32_t g_38[2] = {0x40190438L,0x40190438L};
static int32_t g_40[3] = {0xEB303A67L,0xEB303A67L,0xEB303A67L};
static int8_t g_41 = 0x5CL;
static uint16_t g_63[2][1] = {{3UL},{3UL}};
static int64_t g_70[4] = {1L,1L,1L,1L};
static int32_t *g_91 = &g_3;
static int32_t **g_90 = &g_91;
static uint64_t g_102 = 9UL;
static int64_t *g_126[2] = {(void*)0,(void*)0};
static int64_t **g_125 = &g_126[1];
static int32_t *g_144 = (void*)0;
static const int32_t *g_149[3][2] = {{&g_38[0],&g_38[0]},{&g_38[0],&g_38[0]},{&g_38[0],&g_38[0]}};
static uint16_t g_167 = 65535UL;
static uint64_t g_206 = 18446744073709551615UL;
static int64_t g_245 = (-10L);
static int8_t g_266 = (-4L);
static uint8_t *g_360 = &g_22[2];
static uint8_t **g_359 = &g_360;
static uint8_t  func_1(void);
static int32_t * func_12(int32_t * p_13, int32_t * p_14);
static int32_t * func_15(uint64_t  p_16);
static uint8_t  func_1(void)
{ 
    int32_t *l_2[4][2] = {{&g_3,&g_3},{&g_3,&g_3},{&g_3,&g_3},{&g_3,&g_3}};
    int32_t *l_18 = &g_3;
    int32_t **l_17 = &l_18;
    int16_t l_161 = (-4L);
    const uint8_t l_164 = 2UL;
    int8_t l_211 = 0x2DL;
    uint8_t l_220[2];
    uint16_t l_221 = 0UL;
    uint32_t l_223[1];
    uint64_t *l_242 = (void*)0;
    int64_t *l_255 = &g_245;
    int64_t l_280 = 0xC46F985FA915E286LL;
    int32_t l_316 = 0x0D929700L;
    uint64_t l_331[4][3] = {{18446744073709551610UL,0xFBE2FB69D791E13BLL,0xC0644F6611DB17AALL},{0UL,0xFBE2FB69D791E13BLL,0UL},{0xE157B59AD6C75871LL,18446744073709551610UL,0xC0644F6611DB17AALL},{0xE157B59AD6C75871LL,0xE157B59AD6C75871LL,18446744073709551610UL}};
    int i, j;
    for (i = 0; i < 2; i++)
        l_220[i] = 0xDAL;
    for (i = 0; i < 1; i++)
        l_223[i] = 0UL;
    ++g_4;
    return (*g_360);
}
static int32_t * func_12(int32_t * p_13, int32_t * p_14)
{ 
    const int32_t *l_147 = &g_38[0];
    int32_t l_150[2];
    int i;
    for (i = 0; i < 2; i++)
        l_150[i] = 0xD4B36AF5L;
    for (g_31 = 0; (g_31 > 24); g_31 = safe_add_func_int16_t_s_s(g_31, 2))
    { 
        const int32_t **l_148[2];
        int32_t *l_151 = &g_40[0];
        int32_t *l_152 = &g_40[0];
        int32_t *l_153 = &g_40[0];
        int8_t l_154[1];
        int32_t *l_155 = &l_150[0];
        int32_t *l_156 = &g_40[2];
        int32_t *l_157[3][1];
        uint32_t l_158 = 0x0D6889F0L;
        int i, j;
        for (i = 0; i < 2; i++)
            l_148[i] = &l_147;
        for (i = 0; i < 1; i++)
            l_154[i] = 0L;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_157[i][j] = (void*)0;
        }
        g_149[0][0] = l_147;
        l_158++;
    }
    return p_13;
}
static int32_t * func_15(uint64_t  p_16)
{ 
    const int32_t **l_19 = (void*)0;
    int32_t *l_21 = &g_3;
    int32_t **l_20 = &l_21;
    int32_t l_33 = 0xB96BC97DL;
    int32_t l_76 = 0xDEF23EAFL;
    int32_t l_77 = 0L;
    int32_t l_78 = 0x14902A75L;
    int32_t l_80[3][3] = {{(-1L),(-1L),(-1L)},{0x45F50B00L,0x1AC79CC1L,0x45F50B00L},{(-1L),(-1L),(-1L)}};
    uint8_t l_83 = 0x00L;
    uint32_t l_87 = 6UL;
    int32_t *l_143 = &l_80[2][1];
    int i, j;
    if ((l_19 == (l_20 = l_20)))
    { 
        return &g_3;
    }
    else
    { 
        uint8_t l_32 = 0x09L;
        int32_t l_66 = (-3L);
        int32_t l_79 = 0x1B3380F2L;
        int32_t l_81[3][4] = {{0x9A49A9C0L,0L,0x9A49A9C0L,0L},{0x9A49A9C0L,0L,0x9A49A9C0L,0L},{0x9A49A9C0L,0L,0x9A49A9C0L,0L}};
        uint16_t l_119[2];
        int i, j;
        for (i = 0; i < 2; i++)
            l_119[i] = 65535UL;
        for (g_3 = 0; (g_3 <= 2); g_3 += 1)
        { 
            int16_t *l_30[2][4] = {{&g_31,&g_31,&g_31,&g_31},{&g_31,&g_31,&g_31,&g_31}};
            int32_t *l_36 = (void*)0;
            int32_t *l_37 = &g_38[0];
            int32_t *l_39 = &g_40[0];
            int i, j;
            g_41 &= ((*l_39) = (((safe_lshift_func_int16_t_s_s((l_33 &= (safe_rshift_func_int16_t_s_u((g_22[g_3] == (l_32 |= (safe_lshift_func_int16_t_s_s((+0xF5L), 1)))), 9))), (safe_add_func_int16_t_s_s(p_16, (((*l_37) = (*l_21)) || (5UL || (*l_37))))))) | p_16) >= g_4));
            (*l_37) = (p_16 <= (safe_mul_func_uint16_t_u_u(1UL, ((safe_lshift_func_uint8_t_u_s(p_16, 4)) > (safe_lshift_func_int16_t_s_s(p_16, 5))))));
        }
        if (g_3)
        { 
            int32_t *l_50[3][3];
            int32_t **l_51 = &l_50[2][0];
            int32_t *l_52 = &l_33;
            int16_t *l_55 = (void*)0;
            int16_t *l_56 = (void*)0;
            int16_t *l_57 = &g_31;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 3; j++)
                    l_50[i][j] = &g_38[1];
            }
            (*l_52) ^= (0x35EB13E2L >= ((safe_mul_func_uint16_t_u_u((((*l_20) = &g_3) == ((*l_51) = l_50[2][0])), p_16)) >= p_16));
            if ((safe_lshift_func_int16_t_s_u(l_32, ((((((void*)0 == &l_50[0][0]) , g_38[0]) , ((*l_57) &= ((*l_51) == (void*)0))) && p_16) || 255UL))))
            { 
                uint16_t *l_62 = &g_63[1][0];
                int64_t *l_69 = &g_70[2];
                int32_t ***l_75 = &l_51;
                int32_t l_82[2][3] = {{5L,5L,5L},{(-5L),(-5L),(-5L)}};
                int8_t *l_86[4][3] = {{&g_41,&g_41,&g_41},{&g_41,&g_41,&g_41},{&g_41,&g_41,&g_41},{&g_41,&g_41,&g_41}};
                int i, j;
                (**l_51) = p_16;
                (*l_52) ^= (safe_add_func_uint64_t_u_u(p_16, (safe_mul_func_uint16_t_u_u(((((l_66 ^= (--(*l_62))) , (safe_add_func_uint64_t_u_u(18446744073709551615UL, ((*l_69) = g_4)))) & (&l_21 != ((*l_75) = (((safe_mul_func_uint8_t_u_u(((safe_div_func_int64_t_s_s(g_3, p_16)) , p_16), p_16)) > p_16) , (void*)0)))) >= (-1L)), g_31))));
                ++l_83;
                l_66 |= (0x956958E3L <= ((l_87 |= g_63[1][0]) == (*l_52)));
            }
            else
            { 
                int32_t **l_96 = &l_21;
                uint64_t *l_101 = &g_102;
                l_80[2][2] ^= ((((safe_add_func_int32_t_s_s(g_70[2], ((*l_52) &= g_3))) , g_90) == (((safe_sub_func_uint64_t_u_u((l_32 >= (safe_mul_func_int8_t_s_s(p_16, g_38[0]))), g_70[2])) , p_16) , l_96)) , (*l_21));
                if (g_31)
                    goto lbl_106;
                if (g_31)
                    goto lbl_105;
lbl_105:
                (**l_51) &= (safe_sub_func_int32_t_s_s((&l_51 != &l_96), (((safe_div_func_int64_t_s_s(g_70[2], (++(*l_101)))) || l_79) , 7UL)));
lbl_106:
                (*g_91) ^= 0x6E6AAC49L;
                l_80[1][0] &= ((*g_91) |= p_16);
            }
        }
        else
        { 
            int32_t *l_117 = &g_38[0];
            int32_t *l_118[4] = {&l_77,&l_77,&l_77,&l_77};
            int i;
            for (g_41 = 0; (g_41 < (-9)); g_41 = safe_sub_func_uint16_t_u_u(g_41, 3))
            { 
                const int32_t *l_109 = (void*)0;
                const int32_t **l_110 = &l_109;
                (*l_110) = l_109;
                if (p_16)
                    break;
                l_76 |= ((((0x33BAL >= (safe_div_func_int8_t_s_s((&g_90 != (((+(+(safe_mod_func_int32_t_s_s((*g_91), (((0x84A90053317BB980LL == 0x66F2926A71AB2586LL) && 3L) , 0xF311E796L))))) & l_81[1][2]) , (void*)0)), g_40[1]))) < 0UL) ^ 2L) >= 0xC40A721CL);
                if (p_16)
                    continue;
            }
            l_117 = (*g_90);
            l_119[1]++;
        }
        for (l_33 = 0; (l_33 == (-29)); l_33--)
        { 
            int32_t *l_124 = &l_80[2][0];
            int64_t ***l_127 = &g_125;
            (*l_20) = l_124;
            (*l_127) = g_125;
            for (l_83 = 21; (l_83 >= 25); l_83 = safe_add_func_uint32_t_u_u(l_83, 8))
            { 
                (*l_21) = ((0xDD70F162L > (safe_add_func_int64_t_s_s((safe_add_func_uint32_t_u_u((((((*l_124) == ((p_16 || (safe_rshift_func_uint8_t_u_u((+1UL), ((safe_sub_func_uint16_t_u_u(((safe_mod_func_int64_t_s_s((safe_div_func_uint64_t_u_u((*l_21), g_70[0])), p_16)) != (**l_20)), p_16)) > l_81[1][2])))) <= p_16)) >= p_16) < 65528UL) <= 1L), p_16)), (**l_20)))) != g_63[0][0]);
                return (*g_90);
            }
        }
        (*g_90) = &l_79;
    }
    return &g_38[0];
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
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_22[i], "g_22[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_31, "g_31", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_38[i], "g_38[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_40[i], "g_40[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_41, "g_41", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_63[i][j], "g_63[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_70[i], "g_70[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_102, "g_102", print_hash_value);
    transparent_crc(g_167, "g_167", print_hash_value);
    transparent_crc(g_206, "g_206", print_hash_value);
    transparent_crc(g_245, "g_245", print_hash_value);
    transparent_crc(g_266, "g_266", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
