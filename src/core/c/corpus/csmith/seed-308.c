#include "csmith.h"
static long __undefined;
struct S0 {
   uint64_t  f0;
   uint64_t  f1;
   const uint8_t  f2;
   uint16_t  f3;
   uint32_t  f4;
   int32_t  f5;
   uint32_t  f6;
   int32_t  f7;
   int32_t  f8;
};
struct S1 {
   int16_t  f0;
   const int32_t  f1;
   int32_t  f2;
   struct S0  f3;
};
struct S2 {
   uint8_t  f0;
   const struct S1  f1;
   struct S0  f2;
   struct S1  f3;
   int8_t  f4;
   uint16_t  f5;
   uint32_t  f6;
};
struct S3 {
   uint16_t  f0;
   const struct S1  f1;
   const uint64_t  f2;
   const int64_t  f3;
};
static struct S2 g_8 = {0UL,{0x2BA5L,9L,0x6F731361L,{0x5796D0A3AFD543CBLL,0xA12577EDFD6319DCLL,0x99L,65526UL,0UL,-6L,18446744073709551614UL,0x8DCCB677L,0x1BC9AF00L}},{18446744073709551615UL,18446744073709551611UL,0x2DL,2UL,4UL,0xE5F3B424L,0x223AA5B3L,0x5B6057BAL,6L},{-2L,1L,0x99195F91L,{0x207691369F8C36B4LL,0xDBCF703B84D8593DLL,0x67L,0x3159L,0xA5162C4FL,-1L,0xDFDCAF09L,6L,0xCB2EA737L}},-2L,0x10E0L,0xD1EE040EL};
static int32_t *g_15 = &g_8.f2.f7;
static uint8_t g_43 = 9UL;
static int64_t g_46 = 4L;
static int32_t g_60 = 0xB9D5BE66L;
static int64_t g_80 = 0x9F93722E02E4CAB5LL;
static int64_t g_81 = 0xB383223A29AB7E0CLL;
static uint16_t g_82 = 65528UL;
static struct S3 g_85 = {1UL,{0xEA83L,0L,0x5022FEA0L,{0x9085B8020A6BAE54LL,0x40A6DBE89911EF98LL,255UL,0UL,4294967287UL,0L,0x4898C356L,0xB4585397L,0L}},0xC865190E703EE88BLL,-1L};
static const int32_t g_87 = 0x7CE89026L;
static int32_t g_107 = (-1L);
static uint16_t g_109 = 0xB73EL;
static int8_t g_125 = 0x11L;
static uint8_t g_130[4][3] = {{0x3CL,0x3CL,0x3CL},{0x3CL,0x3CL,0x3CL},{0x3CL,0x3CL,0x3CL},{0x3CL,0x3CL,0x3CL}};
static const uint32_t g_137 = 0x60979C41L;
static int32_t  func_1(void);
static int32_t * func_2(struct S2  p_3, struct S2  p_4, struct S0  p_5, uint64_t  p_6, const int32_t  p_7);
static struct S3  func_9(int32_t * p_10, int32_t  p_11, int32_t * p_12, struct S0  p_13, int32_t * p_14);
static int32_t  func_1(void)
{ 
    uint32_t l_21[1];
    uint16_t l_22 = 65529UL;
    struct S0 l_23 = {0x4E4CF6FCF68907D7LL,0xF8B2FE2E92E3B7FELL,248UL,3UL,4294967288UL,0xD85B24B6L,18446744073709551608UL,1L,8L};
    int32_t *l_24 = &l_23.f7;
    struct S0 l_147[4] = {{1UL,0x470323A823F19AB1LL,0xEFL,65527UL,0x72C0E2F8L,-1L,18446744073709551609UL,0x7A5FBFFAL,0L},{1UL,0x470323A823F19AB1LL,0xEFL,65527UL,0x72C0E2F8L,-1L,18446744073709551609UL,0x7A5FBFFAL,0L},{1UL,0x470323A823F19AB1LL,0xEFL,65527UL,0x72C0E2F8L,-1L,18446744073709551609UL,0x7A5FBFFAL,0L},{1UL,0x470323A823F19AB1LL,0xEFL,65527UL,0x72C0E2F8L,-1L,18446744073709551609UL,0x7A5FBFFAL,0L}};
    int32_t **l_175 = &g_15;
    int i;
    for (i = 0; i < 1; i++)
        l_21[i] = 6UL;
    (*l_175) = func_2(g_8, ((((func_9(g_15, ((~(((((((((g_8.f3 , (safe_sub_func_uint8_t_u_u(g_8.f2.f8, ((safe_sub_func_uint64_t_u_u(l_21[0], g_8.f1.f3.f3)) || g_8.f3.f3.f8)))) <= 0xA4CCL) >= g_8.f3.f3.f5) & l_22) || 0x7F7094B066B76CAELL) ^ l_22) >= 0xCF354A03L) != l_21[0]) > (*g_15))) , l_21[0]), g_15, l_23, l_24) , (*l_24)) , (void*)0) != l_24) , g_8), l_147[3], g_8.f3.f3.f5, g_8.f2.f7);
    (*l_175) = (void*)0;
    (*l_24) ^= 0x9B00B315L;
    return g_125;
}
static int32_t * func_2(struct S2  p_3, struct S2  p_4, struct S0  p_5, uint64_t  p_6, const int32_t  p_7)
{ 
    int64_t l_153[4][3] = {{0x58F806DDD18BA939LL,0x58F806DDD18BA939LL,0x58F806DDD18BA939LL},{(-6L),(-6L),(-6L)},{0x58F806DDD18BA939LL,0x58F806DDD18BA939LL,0x58F806DDD18BA939LL},{(-6L),(-6L),(-6L)}};
    uint8_t *l_165 = &g_130[3][0];
    int32_t *l_174 = (void*)0;
    int i, j;
    for (g_8.f5 = 0; (g_8.f5 == 1); ++g_8.f5)
    { 
        for (p_3.f3.f3.f3 = 0; (p_3.f3.f3.f3 <= 2); p_3.f3.f3.f3 += 1)
        { 
            uint8_t l_154 = 252UL;
            for (p_5.f8 = 2; (p_5.f8 >= 0); p_5.f8 -= 1)
            { 
                int32_t *l_150 = &g_8.f2.f5;
                int32_t *l_151 = &g_8.f3.f2;
                int32_t *l_152[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_152[i] = &g_8.f3.f3.f5;
                --l_154;
                return &g_60;
            }
        }
    }
    g_8.f2.f7 = (safe_rshift_func_uint16_t_u_s((safe_mul_func_uint8_t_u_u((safe_div_func_int32_t_s_s(((((18446744073709551609UL > (safe_add_func_int16_t_s_s((g_87 >= ((l_153[1][0] ^ ((l_165 == (g_85.f1.f3 , (void*)0)) & g_85.f1.f3.f1)) , l_153[1][0])), 0x1791L))) | (-1L)) , 0xF7L) >= 0x38L), p_5.f1)), p_4.f3.f3.f5)), g_8.f1.f3.f3));
    p_4.f2.f5 &= ((((0L == (((safe_rshift_func_int8_t_s_s((safe_div_func_int64_t_s_s(((safe_rshift_func_int8_t_s_s(g_8.f2.f7, ((safe_lshift_func_uint8_t_u_u(0x9BL, 7)) ^ (((1UL == g_130[2][0]) , g_8.f2.f7) , l_153[1][0])))) < 0x56E5E30F08B5B5E6LL), g_85.f1.f3.f0)), l_153[1][0])) ^ p_4.f3.f3.f6) > p_6)) < 0x23F752003131EDF9LL) ^ l_153[1][0]) <= 9UL);
    return l_174;
}
static struct S3  func_9(int32_t * p_10, int32_t  p_11, int32_t * p_12, struct S0  p_13, int32_t * p_14)
{ 
    uint64_t l_35 = 18446744073709551615UL;
    int32_t *l_39 = &g_8.f3.f2;
    uint8_t *l_40 = (void*)0;
    uint8_t *l_41 = (void*)0;
    uint8_t *l_42[4][4] = {{&g_43,&g_43,&g_43,&g_43},{&g_43,&g_43,&g_43,&g_43},{&g_43,&g_43,&g_43,&g_43},{&g_43,&g_43,&g_43,&g_43}};
    int32_t l_44 = 0x88A45519L;
    int64_t *l_45 = &g_46;
    const int32_t *l_86 = &g_87;
    int i, j;
    if ((safe_mul_func_uint16_t_u_u(65535UL, ((g_8 , (((*l_45) = ((safe_add_func_int8_t_s_s(((safe_rshift_func_uint16_t_u_s(((safe_mul_func_int16_t_s_s(((g_43 = ((l_35 > ((safe_rshift_func_int8_t_s_s(((!((void*)0 == l_39)) , 0L), (*l_39))) <= g_8.f4)) , (*l_39))) < (*l_39)), p_11)) ^ l_44), 5)) != p_13.f3), 0x67L)) , 0xFA6F6173B2678477LL)) == g_8.f1.f1)) , g_8.f3.f3.f0))))
    { 
        uint32_t l_61 = 0x58918311L;
        int32_t l_62 = 0x3DCC72A9L;
        int32_t *l_63 = &l_44;
        int32_t *l_106 = (void*)0;
        int32_t *l_108 = &l_44;
        int64_t *l_126 = &g_46;
        uint64_t l_127[3][2] = {{0x818C2B6535DD0E7BLL,0x818C2B6535DD0E7BLL},{0x818C2B6535DD0E7BLL,0x818C2B6535DD0E7BLL},{0x818C2B6535DD0E7BLL,0x818C2B6535DD0E7BLL}};
        int i, j;
        if (((*l_63) = ((safe_sub_func_uint8_t_u_u((0x483A88FDL | ((*p_14) |= (safe_mul_func_uint16_t_u_u((safe_mod_func_int8_t_s_s((-7L), p_13.f2)), (safe_rshift_func_int16_t_s_s(((l_62 = ((safe_mod_func_uint16_t_u_u(g_8.f1.f3.f6, (safe_unary_minus_func_uint32_t_u(((safe_lshift_func_int16_t_s_s((g_60 = p_13.f3), p_13.f8)) | l_61))))) != p_13.f6)) || l_62), 13)))))), g_8.f3.f3.f8)) && g_8.f1.f3.f5)))
        { 
            int8_t l_72 = 9L;
            for (g_43 = 0; (g_43 <= 3); g_43 += 1)
            { 
                int32_t *l_73 = &g_60;
                int32_t *l_74 = &g_60;
                int32_t *l_75 = &l_62;
                int32_t *l_76 = &l_44;
                int32_t *l_77 = &l_62;
                int32_t *l_78 = &l_44;
                int32_t *l_79[3][4] = {{(void*)0,&g_8.f3.f3.f5,(void*)0,(void*)0},{&g_60,&g_60,(void*)0,(void*)0},{&g_8.f3.f2,&g_8.f3.f3.f5,&g_8.f3.f2,(void*)0}};
                int i, j;
                (*l_63) = ((safe_add_func_uint8_t_u_u((safe_lshift_func_int8_t_s_s((((safe_sub_func_uint32_t_u_u((safe_sub_func_int8_t_s_s((l_72 & ((void*)0 == &g_43)), g_8.f1.f3.f5)), (0UL <= g_8.f1.f3.f8))) || 3L) && g_8.f1.f3.f3), g_8.f3.f3.f4)), 0x68L)) ^ 4294967294UL);
                (*p_14) |= (*l_63);
                ++g_82;
                return g_85;
            }
            (*l_63) = (((p_13 , (g_85.f1.f1 | (((l_86 = &g_60) != (void*)0) ^ (+((-8L) || (*l_63)))))) || l_72) & 1L);
        }
        else
        { 
            uint32_t l_91 = 0x74E2FFC6L;
            const int32_t l_103 = 0x4BB8DE72L;
            int64_t *l_104 = (void*)0;
            int64_t *l_105 = &g_81;
            (*p_14) = ((l_91 |= p_13.f2) != ((safe_mul_func_uint8_t_u_u((safe_add_func_int16_t_s_s(g_46, (safe_div_func_int64_t_s_s((~g_8.f4), ((*l_105) = (safe_sub_func_uint8_t_u_u(((((safe_lshift_func_int16_t_s_s(((*l_63) &= ((*l_39) > 1UL)), p_13.f8)) , (*p_12)) & l_103) == 4294967295UL), l_103))))))), g_85.f1.f2)) > (-1L)));
        }
        g_109++;
        for (g_81 = (-12); (g_81 < 27); g_81 = safe_add_func_int64_t_s_s(g_81, 1))
        { 
            const uint32_t l_116 = 0x5E94D96BL;
            int8_t *l_124 = &g_125;
            int16_t l_128 = 2L;
            int32_t **l_134 = (void*)0;
            int32_t **l_135[4][3] = {{&g_15,&l_106,&l_106},{&l_39,&l_39,&l_39},{&g_15,&l_106,&l_106},{&l_39,&l_39,&l_39}};
            int i, j;
            if ((((((safe_rshift_func_uint8_t_u_u((l_116 <= g_8.f3.f3.f8), (((((safe_lshift_func_uint16_t_u_s((1UL >= ((((safe_add_func_uint64_t_u_u((((((((*l_124) = (safe_sub_func_uint16_t_u_u(p_13.f2, (safe_unary_minus_func_int64_t_s((l_116 & (*p_12))))))) > 0xF1L) , l_126) != (void*)0) & l_127[2][1]) | g_8.f3.f3.f5), 0x3EBD9387172B58A0LL)) == g_85.f1.f3.f2) && p_13.f0) , 0x3AL)), 14)) || g_85.f1.f3.f7) , g_85.f1.f3.f8) ^ l_128) > g_8.f1.f3.f7))) > 7L) != g_8.f1.f2) , 0x31D11E76L) < l_116))
            { 
                int32_t *l_129 = &l_62;
                g_130[2][0]--;
            }
            else
            { 
                int32_t **l_133 = &l_108;
                (*l_133) = &g_60;
            }
            g_15 = &l_62;
        }
        return g_85;
    }
    else
    { 
        struct S3 l_136 = {1UL,{0x3347L,9L,0x8F195019L,{18446744073709551615UL,0x206A697142AD1B8BLL,6UL,0x0F0FL,0x6B609877L,-1L,0x5BA57C2BL,0x77FB0FCDL,0x90051D55L}},0UL,0x979C1DC01494EE0FLL};
        const int16_t l_146 = (-1L);
        (*p_14) = ((((*p_10) <= ((l_136 , g_137) && 0x537BL)) ^ 0xE809L) >= (*l_39));
        (*p_14) = (!(((g_8.f6 >= ((((p_13.f7 & (0x1A6616ECL >= (((safe_sub_func_uint64_t_u_u(0x51F7D0607FCC5ADFLL, ((~((*l_45) &= (safe_lshift_func_uint8_t_u_s((p_13.f5 <= l_136.f1.f0), g_81)))) < p_13.f5))) , &g_15) != &p_14))) | 1L) == p_13.f7) < l_146)) ^ 0xBDL) ^ p_13.f1));
        return g_85;
    }
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_8.f0, "g_8.f0", print_hash_value);
    transparent_crc(g_8.f1.f0, "g_8.f1.f0", print_hash_value);
    transparent_crc(g_8.f1.f1, "g_8.f1.f1", print_hash_value);
    transparent_crc(g_8.f1.f2, "g_8.f1.f2", print_hash_value);
    transparent_crc(g_8.f1.f3.f0, "g_8.f1.f3.f0", print_hash_value);
    transparent_crc(g_8.f1.f3.f1, "g_8.f1.f3.f1", print_hash_value);
    transparent_crc(g_8.f1.f3.f2, "g_8.f1.f3.f2", print_hash_value);
    transparent_crc(g_8.f1.f3.f3, "g_8.f1.f3.f3", print_hash_value);
    transparent_crc(g_8.f1.f3.f4, "g_8.f1.f3.f4", print_hash_value);
    transparent_crc(g_8.f1.f3.f5, "g_8.f1.f3.f5", print_hash_value);
    transparent_crc(g_8.f1.f3.f6, "g_8.f1.f3.f6", print_hash_value);
    transparent_crc(g_8.f1.f3.f7, "g_8.f1.f3.f7", print_hash_value);
    transparent_crc(g_8.f1.f3.f8, "g_8.f1.f3.f8", print_hash_value);
    transparent_crc(g_8.f2.f0, "g_8.f2.f0", print_hash_value);
    transparent_crc(g_8.f2.f1, "g_8.f2.f1", print_hash_value);
    transparent_crc(g_8.f2.f2, "g_8.f2.f2", print_hash_value);
    transparent_crc(g_8.f2.f3, "g_8.f2.f3", print_hash_value);
    transparent_crc(g_8.f2.f4, "g_8.f2.f4", print_hash_value);
    transparent_crc(g_8.f2.f5, "g_8.f2.f5", print_hash_value);
    transparent_crc(g_8.f2.f6, "g_8.f2.f6", print_hash_value);
    transparent_crc(g_8.f2.f7, "g_8.f2.f7", print_hash_value);
    transparent_crc(g_8.f2.f8, "g_8.f2.f8", print_hash_value);
    transparent_crc(g_8.f3.f0, "g_8.f3.f0", print_hash_value);
    transparent_crc(g_8.f3.f1, "g_8.f3.f1", print_hash_value);
    transparent_crc(g_8.f3.f2, "g_8.f3.f2", print_hash_value);
    transparent_crc(g_8.f3.f3.f0, "g_8.f3.f3.f0", print_hash_value);
    transparent_crc(g_8.f3.f3.f1, "g_8.f3.f3.f1", print_hash_value);
    transparent_crc(g_8.f3.f3.f2, "g_8.f3.f3.f2", print_hash_value);
    transparent_crc(g_8.f3.f3.f3, "g_8.f3.f3.f3", print_hash_value);
    transparent_crc(g_8.f3.f3.f4, "g_8.f3.f3.f4", print_hash_value);
    transparent_crc(g_8.f3.f3.f5, "g_8.f3.f3.f5", print_hash_value);
    transparent_crc(g_8.f3.f3.f6, "g_8.f3.f3.f6", print_hash_value);
    transparent_crc(g_8.f3.f3.f7, "g_8.f3.f3.f7", print_hash_value);
    transparent_crc(g_8.f3.f3.f8, "g_8.f3.f3.f8", print_hash_value);
    transparent_crc(g_8.f4, "g_8.f4", print_hash_value);
    transparent_crc(g_8.f5, "g_8.f5", print_hash_value);
    transparent_crc(g_8.f6, "g_8.f6", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_80, "g_80", print_hash_value);
    transparent_crc(g_81, "g_81", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_85.f0, "g_85.f0", print_hash_value);
    transparent_crc(g_85.f1.f0, "g_85.f1.f0", print_hash_value);
    transparent_crc(g_85.f1.f1, "g_85.f1.f1", print_hash_value);
    transparent_crc(g_85.f1.f2, "g_85.f1.f2", print_hash_value);
    transparent_crc(g_85.f1.f3.f0, "g_85.f1.f3.f0", print_hash_value);
    transparent_crc(g_85.f1.f3.f1, "g_85.f1.f3.f1", print_hash_value);
    transparent_crc(g_85.f1.f3.f2, "g_85.f1.f3.f2", print_hash_value);
    transparent_crc(g_85.f1.f3.f3, "g_85.f1.f3.f3", print_hash_value);
    transparent_crc(g_85.f1.f3.f4, "g_85.f1.f3.f4", print_hash_value);
    transparent_crc(g_85.f1.f3.f5, "g_85.f1.f3.f5", print_hash_value);
    transparent_crc(g_85.f1.f3.f6, "g_85.f1.f3.f6", print_hash_value);
    transparent_crc(g_85.f1.f3.f7, "g_85.f1.f3.f7", print_hash_value);
    transparent_crc(g_85.f1.f3.f8, "g_85.f1.f3.f8", print_hash_value);
    transparent_crc(g_85.f2, "g_85.f2", print_hash_value);
    transparent_crc(g_85.f3, "g_85.f3", print_hash_value);
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_107, "g_107", print_hash_value);
    transparent_crc(g_109, "g_109", print_hash_value);
    transparent_crc(g_125, "g_125", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_130[i][j], "g_130[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_137, "g_137", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
