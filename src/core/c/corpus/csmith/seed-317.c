#include "csmith.h"
static long __undefined;
struct S0 {
   int16_t  f0;
   int32_t  f1;
   int16_t  f2;
   const int8_t  f3;
   uint16_t  f4;
   uint32_t  f5;
   const int64_t  f6;
   const uint32_t  f7;
};
struct S1 {
   const struct S0  f0;
   int32_t  f1;
   struct S0  f2;
   uint16_t  f3;
   uint32_t  f4;
   int8_t  f5;
   uint8_t  f6;
   uint16_t  f7;
   uint8_t  f8;
   const int8_t  f9;
};
static int32_t g_16 = 0x1717C264L;
static int64_t g_18[2][3] = {{(-5L),0x94628AEA381E1684LL,(-5L)},{(-5L),0x94628AEA381E1684LL,(-5L)}};
static int64_t g_20 = 1L;
static int64_t g_23 = 0x18CB0B9D6240C41ALL;
static int64_t *g_22 = &g_23;
static struct S1 g_28[1][1] = {{{{1L,0xAC7725EFL,0x85A0L,-5L,0x89F8L,0xA4162A97L,-8L,1UL},0x35453F20L,{0xF9D9L,-10L,0L,-5L,65526UL,0xDBBF849EL,0x59C4D355714A8A5ALL,18446744073709551607UL},65535UL,0UL,0xEDL,0UL,0UL,1UL,0xAFL}}};
static uint16_t g_73[4][2] = {{0UL,0UL},{0UL,0UL},{0UL,0UL},{0UL,0UL}};
static struct S1 g_75 = {{-8L,4L,0xF672L,-5L,0xE5ECL,0xF7F93178L,0x71A0F86E789AE464LL,1UL},0xE6E224C1L,{-5L,0x2EE892D9L,0x7C28L,0x14L,0x6C7FL,0UL,0x524283DBFA8D9A8ELL,0xB28269CFL},0x43CDL,7UL,-9L,0xE6L,0x823EL,0x1FL,-1L};
static uint32_t g_93 = 1UL;
static int32_t *g_108[4][2] = {{(void*)0,&g_75.f1},{&g_75.f1,(void*)0},{&g_75.f1,&g_75.f1},{(void*)0,&g_75.f1}};
static int32_t **g_107[4][4] = {{&g_108[3][0],&g_108[3][0],&g_108[3][0],&g_108[3][0]},{&g_108[3][0],&g_108[3][0],&g_108[3][0],&g_108[3][0]},{&g_108[3][0],&g_108[3][0],&g_108[3][0],&g_108[3][0]},{&g_108[3][0],&g_108[3][0],&g_108[3][0],&g_108[3][0]}};
static uint64_t g_139 = 0UL;
static uint8_t *g_147 = &g_28[0][0].f6;
static uint8_t  func_1(void);
static uint32_t  func_3(int32_t  p_4, struct S1  p_5, uint32_t  p_6, struct S0  p_7, uint8_t  p_8);
static uint64_t  func_9(uint64_t  p_10, struct S1  p_11, uint64_t  p_12, int64_t  p_13);
static uint8_t  func_1(void)
{ 
    int64_t *l_17 = &g_18[0][0];
    int64_t *l_19 = &g_20;
    int32_t l_24 = (-9L);
    struct S0 l_27 = {1L,0xB2EF5EADL,0L,-1L,0x109DL,4294967293UL,-7L,18446744073709551606UL};
    int32_t *l_74 = &l_27.f1;
    struct S0 l_76 = {-1L,0x0A48E4E0L,0x624CL,0xE3L,0x2D93L,1UL,-1L,8UL};
    uint8_t *l_132[2][2];
    int32_t l_134 = 5L;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_132[i][j] = &g_28[0][0].f8;
    }
    g_93 &= (+func_3((((*l_74) = (((((func_9(((safe_div_func_int64_t_s_s(((*l_19) |= ((*l_17) = g_16)), (((+((g_22 != (void*)0) == l_24)) == (safe_rshift_func_int16_t_s_u((l_27 , g_16), l_27.f1))) , l_27.f2))) , 0xAF4A9B8364B2CBD7LL), g_28[0][0], l_27.f5, (*g_22)) != 0x7596E128E9C84989LL) , g_20) , (-8L)) && l_27.f2) <= g_73[0][0])) , (*l_74)), g_75, g_28[0][0].f0.f2, l_76, g_75.f2.f1));
    for (g_75.f5 = 8; (g_75.f5 > (-24)); g_75.f5 = safe_sub_func_uint16_t_u_u(g_75.f5, 5))
    { 
        int64_t * const l_109 = &g_20;
        uint16_t *l_117 = (void*)0;
        int32_t l_118[3];
        const int32_t l_129 = 0x4A8B706DL;
        int i;
        for (i = 0; i < 3; i++)
            l_118[i] = 0x091D0556L;
        for (l_24 = 0; l_24 < 2; l_24 += 1)
        {
            for (l_76.f4 = 0; l_76.f4 < 3; l_76.f4 += 1)
            {
                g_18[l_24][l_76.f4] = 0L;
            }
        }
        for (l_27.f4 = 15; (l_27.f4 <= 4); --l_27.f4)
        { 
            int16_t l_103[1][3];
            int32_t *l_121 = (void*)0;
            struct S1 *l_149[2];
            struct S1 **l_150 = &l_149[0];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_103[i][j] = 0xBAA0L;
            }
            for (i = 0; i < 2; i++)
                l_149[i] = &g_28[0][0];
            (*l_74) = (safe_mul_func_uint8_t_u_u(((safe_unary_minus_func_int64_t_s(((*l_109) |= (g_75.f5 || (safe_mul_func_uint16_t_u_u(l_103[0][2], ((+((safe_mul_func_int8_t_s_s((g_107[3][2] == (void*)0), (l_109 == &g_23))) ^ g_75.f7)) , g_75.f2.f5))))))) & 0x15FE2047E0269AD2LL), g_28[0][0].f0.f3));
            if ((0x49D56FFFL | ((g_28[0][0].f0 , ((+(*l_74)) , (safe_div_func_uint64_t_u_u(((safe_mod_func_int64_t_s_s((&g_73[0][0] == l_117), (*g_22))) || g_28[0][0].f2.f7), (*g_22))))) < l_118[1])))
            { 
                int32_t **l_119 = &g_108[1][0];
                (*l_119) = &l_118[2];
                (*l_119) = &l_24;
            }
            else
            { 
                int8_t l_120 = (-1L);
                int32_t *l_122 = &g_75.f1;
                uint32_t *l_130 = (void*)0;
                uint32_t *l_131 = &g_93;
                int32_t *l_133[3][1];
                uint32_t l_148 = 0x1BD6A1D8L;
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_133[i][j] = (void*)0;
                }
                (*l_122) &= ((&l_24 != (((0x0A95L > ((l_120 > g_20) || (-4L))) ^ (*l_74)) , l_121)) & l_118[1]);
                l_134 &= (safe_rshift_func_int16_t_s_s((safe_div_func_int32_t_s_s((((((l_118[1] | 0x8875484EL) , (safe_mul_func_uint8_t_u_u((((((((((((4294967294UL != l_129) == (((*l_131) = 0x25A454C0L) >= 0xDD12019AL)) || (*l_122)) , (void*)0) != l_132[1][0]) > g_28[0][0].f0.f6) | g_75.f7) >= l_118[2]) , g_75.f0) , l_118[1]) , g_16), (*l_74)))) | (*l_74)) <= 0x01E95282L) ^ 0UL), (*l_74))), l_118[0]));
                (*l_74) = ((((g_28[0][0].f2.f7 , ((safe_rshift_func_uint16_t_u_u(((safe_add_func_uint64_t_u_u(18446744073709551615UL, (++g_139))) , (!(safe_lshift_func_uint8_t_u_u((9UL < ((((*g_22) = ((safe_mod_func_uint8_t_u_u(((void*)0 != g_147), 248UL)) <= 0x85C7L)) & g_28[0][0].f9) == (*g_147))), (*g_147))))), g_18[1][0])) ^ (*l_74))) == 0x2EB0L) < l_148) ^ (-2L));
            }
            (*l_150) = l_149[0];
        }
        (*l_74) = (*l_74);
    }
    return (*g_147);
}
static uint32_t  func_3(int32_t  p_4, struct S1  p_5, uint32_t  p_6, struct S0  p_7, uint8_t  p_8)
{ 
    uint64_t l_82 = 18446744073709551615UL;
    uint8_t l_90 = 0xAFL;
    for (p_5.f6 = 0; (p_5.f6 <= 21); ++p_5.f6)
    { 
        int32_t *l_79 = &g_28[0][0].f1;
        int32_t *l_80 = &g_16;
        int32_t *l_81 = &g_75.f1;
        int32_t l_89[2];
        int i;
        for (i = 0; i < 2; i++)
            l_89[i] = 0xA6E075EAL;
        l_82--;
        for (p_7.f0 = 0; (p_7.f0 > 9); p_7.f0++)
        { 
            int32_t **l_87[4] = {&l_81,&l_81,&l_81,&l_81};
            int32_t *l_88 = &g_28[0][0].f2.f1;
            int i;
            l_88 = &p_4;
            l_90++;
        }
        return (*l_81);
    }
    return p_5.f0.f2;
}
static uint64_t  func_9(uint64_t  p_10, struct S1  p_11, uint64_t  p_12, int64_t  p_13)
{ 
    uint16_t *l_31 = &g_28[0][0].f2.f4;
    int32_t l_34 = 0x11143DC2L;
    int32_t l_67 = 1L;
    if (((0x1DC8D5A9L != ((safe_div_func_uint16_t_u_u(((*l_31) = p_11.f5), p_11.f2.f3)) < (safe_mul_func_int16_t_s_s(l_34, (safe_mul_func_int16_t_s_s(0L, g_28[0][0].f2.f2)))))) == 1L))
    { 
        int32_t *l_37 = &l_34;
        l_37 = &g_16;
    }
    else
    { 
        int32_t l_55 = 1L;
        int32_t *l_56 = &l_34;
        uint8_t *l_57 = (void*)0;
        uint8_t *l_58 = &g_28[0][0].f6;
lbl_72:
        for (p_11.f2.f5 = 28; (p_11.f2.f5 <= 55); p_11.f2.f5++)
        { 
            int8_t l_53 = 0x77L;
            int32_t *l_54[1];
            int i;
            for (i = 0; i < 1; i++)
                l_54[i] = &g_28[0][0].f2.f1;
            if (p_11.f0.f6)
                break;
            for (p_13 = 0; (p_13 == (-26)); p_13 = safe_sub_func_int16_t_s_s(p_13, 1))
            { 
                return g_28[0][0].f2.f3;
            }
            l_55 |= (safe_mul_func_uint16_t_u_u(((((((safe_add_func_int64_t_s_s((+((*l_31) ^= (g_28[0][0].f4 , 0UL))), (p_11.f0.f5 == 0x6FBB8A93D2D6DA1BLL))) != ((safe_rshift_func_int16_t_s_s((safe_add_func_uint32_t_u_u(((safe_div_func_uint16_t_u_u((((65528UL & 0xC3FCL) ^ g_28[0][0].f3) && g_28[0][0].f0.f6), g_28[0][0].f2.f7)) , p_11.f3), l_53)), l_34)) , 1UL)) == p_11.f0.f4) , (void*)0) == &g_16) < 0xEA6EDC45L), g_28[0][0].f2.f3));
        }
        (*l_56) = 1L;
        if ((((*g_22) ^= ((((*l_58)++) || ((g_28[0][0] , (safe_rshift_func_int8_t_s_u(((((safe_mul_func_int8_t_s_s(l_34, (safe_mul_func_uint8_t_u_u((*l_56), l_67)))) > 0x25878891L) , 0xE2B1DE1D06BD4EB1LL) | 1UL), p_11.f2.f4))) <= 0x207BL)) | l_67)) != l_67))
        { 
            int32_t *l_70[4][1];
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 1; j++)
                    l_70[i][j] = &g_28[0][0].f1;
            }
            for (p_10 = 0; (p_10 <= 1); p_10 += 1)
            { 
                if (g_28[0][0].f0.f7)
                    break;
                if (g_18[0][1])
                    continue;
            }
            for (l_34 = (-22); (l_34 == 24); l_34++)
            { 
                l_70[1][0] = &g_16;
            }
        }
        else
        { 
            int64_t l_71 = 8L;
            for (p_11.f5 = 1; (p_11.f5 >= 0); p_11.f5 -= 1)
            { 
                (*l_56) = ((void*)0 == l_56);
                if (l_71)
                    continue;
            }
            for (l_67 = 0; (l_67 <= 1); l_67 += 1)
            { 
                if (l_34)
                    goto lbl_72;
            }
        }
    }
    return p_11.f2.f5;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_16, "g_16", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_18[i][j], "g_18[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_28[i][j].f0.f0, "g_28[i][j].f0.f0", print_hash_value);
            transparent_crc(g_28[i][j].f0.f1, "g_28[i][j].f0.f1", print_hash_value);
            transparent_crc(g_28[i][j].f0.f2, "g_28[i][j].f0.f2", print_hash_value);
            transparent_crc(g_28[i][j].f0.f3, "g_28[i][j].f0.f3", print_hash_value);
            transparent_crc(g_28[i][j].f0.f4, "g_28[i][j].f0.f4", print_hash_value);
            transparent_crc(g_28[i][j].f0.f5, "g_28[i][j].f0.f5", print_hash_value);
            transparent_crc(g_28[i][j].f0.f6, "g_28[i][j].f0.f6", print_hash_value);
            transparent_crc(g_28[i][j].f0.f7, "g_28[i][j].f0.f7", print_hash_value);
            transparent_crc(g_28[i][j].f1, "g_28[i][j].f1", print_hash_value);
            transparent_crc(g_28[i][j].f2.f0, "g_28[i][j].f2.f0", print_hash_value);
            transparent_crc(g_28[i][j].f2.f1, "g_28[i][j].f2.f1", print_hash_value);
            transparent_crc(g_28[i][j].f2.f2, "g_28[i][j].f2.f2", print_hash_value);
            transparent_crc(g_28[i][j].f2.f3, "g_28[i][j].f2.f3", print_hash_value);
            transparent_crc(g_28[i][j].f2.f4, "g_28[i][j].f2.f4", print_hash_value);
            transparent_crc(g_28[i][j].f2.f5, "g_28[i][j].f2.f5", print_hash_value);
            transparent_crc(g_28[i][j].f2.f6, "g_28[i][j].f2.f6", print_hash_value);
            transparent_crc(g_28[i][j].f2.f7, "g_28[i][j].f2.f7", print_hash_value);
            transparent_crc(g_28[i][j].f3, "g_28[i][j].f3", print_hash_value);
            transparent_crc(g_28[i][j].f4, "g_28[i][j].f4", print_hash_value);
            transparent_crc(g_28[i][j].f5, "g_28[i][j].f5", print_hash_value);
            transparent_crc(g_28[i][j].f6, "g_28[i][j].f6", print_hash_value);
            transparent_crc(g_28[i][j].f7, "g_28[i][j].f7", print_hash_value);
            transparent_crc(g_28[i][j].f8, "g_28[i][j].f8", print_hash_value);
            transparent_crc(g_28[i][j].f9, "g_28[i][j].f9", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_73[i][j], "g_73[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_75.f0.f0, "g_75.f0.f0", print_hash_value);
    transparent_crc(g_75.f0.f1, "g_75.f0.f1", print_hash_value);
    transparent_crc(g_75.f0.f2, "g_75.f0.f2", print_hash_value);
    transparent_crc(g_75.f0.f3, "g_75.f0.f3", print_hash_value);
    transparent_crc(g_75.f0.f4, "g_75.f0.f4", print_hash_value);
    transparent_crc(g_75.f0.f5, "g_75.f0.f5", print_hash_value);
    transparent_crc(g_75.f0.f6, "g_75.f0.f6", print_hash_value);
    transparent_crc(g_75.f0.f7, "g_75.f0.f7", print_hash_value);
    transparent_crc(g_75.f1, "g_75.f1", print_hash_value);
    transparent_crc(g_75.f2.f0, "g_75.f2.f0", print_hash_value);
    transparent_crc(g_75.f2.f1, "g_75.f2.f1", print_hash_value);
    transparent_crc(g_75.f2.f2, "g_75.f2.f2", print_hash_value);
    transparent_crc(g_75.f2.f3, "g_75.f2.f3", print_hash_value);
    transparent_crc(g_75.f2.f4, "g_75.f2.f4", print_hash_value);
    transparent_crc(g_75.f2.f5, "g_75.f2.f5", print_hash_value);
    transparent_crc(g_75.f2.f6, "g_75.f2.f6", print_hash_value);
    transparent_crc(g_75.f2.f7, "g_75.f2.f7", print_hash_value);
    transparent_crc(g_75.f3, "g_75.f3", print_hash_value);
    transparent_crc(g_75.f4, "g_75.f4", print_hash_value);
    transparent_crc(g_75.f5, "g_75.f5", print_hash_value);
    transparent_crc(g_75.f6, "g_75.f6", print_hash_value);
    transparent_crc(g_75.f7, "g_75.f7", print_hash_value);
    transparent_crc(g_75.f8, "g_75.f8", print_hash_value);
    transparent_crc(g_75.f9, "g_75.f9", print_hash_value);
    transparent_crc(g_93, "g_93", print_hash_value);
    transparent_crc(g_139, "g_139", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
