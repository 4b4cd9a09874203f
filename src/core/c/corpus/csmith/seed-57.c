#include "csmith.h"
static long __undefined;
static uint64_t g_7 = 0x5664DC9ED9BA07E4LL;
static int32_t g_16 = 1L;
static int64_t g_26[3][4] = {{1L,0x41DBC46D767C8FA1LL,0x83F7CD3E5C7D8169LL,0x83F7CD3E5C7D8169LL},{6L,6L,1L,0x83F7CD3E5C7D8169LL},{0L,0x41DBC46D767C8FA1LL,0L,1L}};
static int32_t *g_52 = (void*)0;
static int32_t g_61 = 0xBA308D5BL;
static int8_t g_75 = (-3L);
static int8_t *g_83[1][3] = {{(void*)0,(void*)0,(void*)0}};
static int8_t **g_82 = &g_83[0][1];
static int8_t **g_86 = &g_83[0][1];
static int8_t ***g_89 = &g_86;
static int64_t g_105 = 0xD4AC9C96BA6EED5ALL;
static uint64_t g_113 = 0UL;
static int16_t g_127 = 8L;
static int64_t g_139 = 0x5BA9D02FAEDEB9EDLL;
static int32_t g_140 = 0x4F96F3BDL;
static uint8_t g_141 = 0x4DL;
static uint32_t g_156 = 0x5B8FE26FL;
static int64_t g_158 = 1L;
static uint32_t  func_1(void);
static uint64_t  func_33(uint64_t  p_34, uint8_t  p_35);
static uint16_t  func_39(uint64_t  p_40, int32_t  p_41, int32_t * const  p_42, uint32_t  p_43, int32_t  p_44);
static uint32_t  func_1(void)
{ 
    int8_t l_4 = (-1L);
    int32_t *l_15 = &g_16;
    int32_t *l_17 = &g_16;
    int32_t *l_18 = &g_16;
    int32_t *l_19 = &g_16;
    int32_t l_20 = 0x23B4709BL;
    int32_t *l_21 = &g_16;
    int32_t *l_22 = &g_16;
    int32_t *l_23 = &g_16;
    int32_t l_24[4] = {(-1L),(-1L),(-1L),(-1L)};
    int32_t *l_25[3][3] = {{(void*)0,(void*)0,(void*)0},{&l_20,&l_20,&l_20},{(void*)0,(void*)0,(void*)0}};
    int8_t l_27 = (-1L);
    uint32_t l_28[2];
    int32_t l_161 = 0xF446B025L;
    int i, j;
    for (i = 0; i < 2; i++)
        l_28[i] = 0xE7A4860CL;
    (*l_15) = ((safe_mod_func_int16_t_s_s(((l_4 | (safe_add_func_int8_t_s_s(g_7, (safe_rshift_func_uint8_t_u_u(((safe_sub_func_uint32_t_u_u(0x3D37A5B7L, ((~(safe_rshift_func_int8_t_s_u(g_7, 1))) & (g_7 | 0x9646B8D9L)))) <= 4294967295UL), l_4))))) & g_7), l_4)) & g_7);
    (*l_15) |= g_7;
    --l_28[1];
    (*l_23) = (safe_mul_func_int16_t_s_s((func_33((*l_15), (*l_17)) <= (((safe_rshift_func_int8_t_s_u(l_161, ((safe_add_func_uint32_t_u_u(((g_139 , g_26[2][1]) ^ g_139), 0xBF98E9D9L)) < g_26[0][1]))) ^ g_26[2][0]) && g_140)), 7UL));
    return (*l_17);
}
static uint64_t  func_33(uint64_t  p_34, uint8_t  p_35)
{ 
    uint16_t l_38[4] = {0xEA1EL,0xEA1EL,0xEA1EL,0xEA1EL};
    int32_t * const l_49[3][4] = {{&g_16,&g_16,&g_16,&g_16},{&g_16,&g_16,&g_16,&g_16},{&g_16,&g_16,&g_16,&g_16}};
    uint32_t *l_155 = &g_156;
    uint8_t *l_157 = &g_141;
    int i, j;
    if ((safe_mul_func_int16_t_s_s(l_38[2], func_39(p_34, ((safe_lshift_func_int16_t_s_u(((safe_mul_func_int8_t_s_s(((l_49[0][3] == (void*)0) != (p_34 == g_26[2][1])), p_34)) , (-1L)), 8)) , 0x3497140DL), l_49[0][3], p_34, g_7))))
    { 
        int32_t **l_135 = &g_52;
        int32_t l_136 = 0x2076EB19L;
        int32_t l_137 = 0x0F0C8DF0L;
        int32_t l_138[3][2];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 2; j++)
                l_138[i][j] = 0x42A304AAL;
        }
        (*l_135) = l_49[0][3];
        (*g_52) |= ((void*)0 != &g_127);
        ++g_141;
    }
    else
    { 
        uint32_t l_150 = 1UL;
        for (g_113 = (-7); (g_113 == 10); g_113 = safe_add_func_uint64_t_u_u(g_113, 6))
        { 
            int32_t **l_147 = &g_52;
            int32_t ***l_146[3][2];
            int32_t ****l_148 = &l_146[2][0];
            int32_t **l_149 = &g_52;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 2; j++)
                    l_146[i][j] = &l_147;
            }
            (*l_148) = l_146[2][0];
            (*l_149) = l_49[0][3];
        }
        return l_150;
    }
    g_61 |= ((safe_add_func_int32_t_s_s(p_34, (*g_52))) > (safe_div_func_uint32_t_u_u(((*l_155) = (l_49[0][3] != (void*)0)), ((g_158 = ((*l_157) = 254UL)) & 0x8EL))));
    (*g_52) ^= (&l_49[0][3] == &g_52);
    return g_127;
}
static uint16_t  func_39(uint64_t  p_40, int32_t  p_41, int32_t * const  p_42, uint32_t  p_43, int32_t  p_44)
{ 
    uint32_t l_55 = 5UL;
    int32_t *l_60 = &g_61;
    int8_t *l_74 = &g_75;
    uint32_t l_121 = 0x8D18EFE3L;
lbl_112:
    for (g_16 = 2; (g_16 >= 0); g_16 -= 1)
    { 
        int32_t *l_51 = &g_16;
        int32_t **l_50[2];
        uint64_t *l_62 = &g_7;
        int i;
        for (i = 0; i < 2; i++)
            l_50[i] = &l_51;
        g_52 = &p_41;
        g_61 ^= (((((safe_div_func_uint32_t_u_u(l_55, (safe_mul_func_int8_t_s_s(((safe_sub_func_int64_t_s_s(p_40, ((g_52 = (l_60 = &p_41)) != (void*)0))) > ((*l_62) ^= 0UL)), g_16)))) && 0x6FEDEA8FL) ^ 0x5B128C85C7EEBEAALL) != p_43) , (*l_60));
        (*l_60) = ((((p_44 , ((void*)0 != &g_52)) , &g_16) != &g_16) & p_41);
        for (p_44 = 2; (p_44 >= 0); p_44 -= 1)
        { 
            uint8_t l_63 = 0UL;
            int i, j;
            for (p_41 = 1; (p_41 >= 0); p_41 -= 1)
            { 
                int i, j;
                l_63 = g_26[g_16][p_44];
            }
            return g_26[g_16][p_44];
        }
    }
    if ((safe_lshift_func_int8_t_s_s(((safe_mod_func_uint32_t_u_u(g_26[2][1], 1UL)) | ((*l_74) &= (safe_mod_func_int32_t_s_s((((safe_add_func_int8_t_s_s((g_61 != (safe_div_func_int64_t_s_s(p_44, ((((&l_60 != (void*)0) <= g_26[2][1]) == (-1L)) , 0x857B2633072FE88DLL)))), g_26[2][1])) , (*l_60)) & g_26[2][1]), (-6L))))), p_44)))
    { 
        int32_t *l_80 = &g_61;
        int32_t l_81 = 4L;
        int8_t ***l_84 = (void*)0;
        int8_t ***l_85[2][4] = {{&g_82,&g_82,&g_82,&g_82},{&g_82,&g_82,&g_82,&g_82}};
        int i, j;
        g_86 = (g_82 = (g_61 , ((p_44 , (safe_rshift_func_int8_t_s_u(((safe_lshift_func_uint16_t_u_s(((((void*)0 != &g_52) , ((l_80 = &g_16) != (void*)0)) , g_7), 5)) ^ 3UL), l_81))) , g_82)));
        for (g_75 = 0; (g_75 == 29); g_75++)
        { 
            uint32_t l_92 = 4294967288UL;
            if ((g_26[0][1] , ((l_84 = l_84) == (g_89 = (((1UL && (((*p_42) & ((g_61 > 2L) | 0x78F14D5734C63812LL)) && 3UL)) && g_61) , (void*)0)))))
            { 
                return p_40;
            }
            else
            { 
                int32_t **l_90 = &l_80;
                int32_t **l_91 = &l_60;
                (*l_91) = ((*l_90) = l_60);
            }
            l_92--;
            (*l_80) = (*l_80);
        }
        for (p_41 = (-24); (p_41 >= 20); p_41 = safe_add_func_uint16_t_u_u(p_41, 4))
        { 
            g_105 ^= ((safe_unary_minus_func_int32_t_s(((p_41 , 0xED7DDA2347DC7AB5LL) , ((((!(((*p_42) = (safe_lshift_func_uint8_t_u_u((((safe_mul_func_uint8_t_u_u(((safe_add_func_uint32_t_u_u(p_43, 0x25DA6338L)) ^ (&g_61 == &p_44)), (*l_80))) , p_44) , p_43), p_40))) , 0x7A0CL)) ^ p_40) , p_43) > g_26[2][1])))) & p_44);
            (*p_42) |= ((*l_60) | (0xCFEEL <= (&g_61 == (void*)0)));
            for (p_43 = 0; (p_43 < 59); p_43++)
            { 
                return p_44;
            }
            for (g_7 = 0; (g_7 >= 45); g_7++)
            { 
                if (l_55)
                    goto lbl_112;
                (*p_42) = (p_43 >= (g_113 = 0xE5B1L));
            }
        }
    }
    else
    { 
        const int16_t l_124 = 0xBA52L;
        uint32_t l_125[1];
        int16_t *l_126 = &g_127;
        uint32_t *l_133 = &l_125[0];
        int32_t l_134 = 0x2CEC79C0L;
        int i;
        for (i = 0; i < 1; i++)
            l_125[i] = 0xB716F66FL;
        (*p_42) &= (((*l_126) = (safe_sub_func_uint8_t_u_u(((((safe_sub_func_uint64_t_u_u((l_60 == (void*)0), ((+(safe_sub_func_int8_t_s_s((l_121 && (*l_60)), (safe_lshift_func_uint8_t_u_s((((((*l_60) == l_124) < g_75) , (*l_60)) != 0x6A7EL), 5))))) >= l_124))) , l_124) <= 65531UL) , p_43), l_125[0]))) < g_7);
        (*l_60) = (safe_unary_minus_func_int8_t_s((l_134 = ((safe_div_func_int16_t_s_s(((*l_126) = ((((p_40 || (safe_add_func_int64_t_s_s(0x73520E672542557BLL, (3UL || ((*l_133) = g_127))))) , 0xC72D929AL) != p_41) != 0x44E6814E7D6D0C92LL)), (*l_60))) || g_16))));
    }
    return g_105;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_16, "g_16", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_26[i][j], "g_26[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_61, "g_61", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_113, "g_113", print_hash_value);
    transparent_crc(g_127, "g_127", print_hash_value);
    transparent_crc(g_139, "g_139", print_hash_value);
    transparent_crc(g_140, "g_140", print_hash_value);
    transparent_crc(g_141, "g_141", print_hash_value);
    transparent_crc(g_156, "g_156", print_hash_value);
    transparent_crc(g_158, "g_158", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
