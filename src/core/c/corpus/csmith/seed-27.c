#include "csmith.h"
static long __undefined;
static int32_t g_2[2] = {1L,1L};
static int32_t g_6 = 0x01BD97A8L;
static int32_t g_21 = 0xC4F3F7E8L;
static int32_t g_44 = 0xB5A27557L;
static int32_t *g_43 = &g_44;
static int16_t g_45 = 0x20B7L;
static int32_t g_47 = (-1L);
static int8_t g_68 = 0x5EL;
static int8_t g_70 = 0x13L;
static int32_t g_73 = 0x1F7FC01AL;
static int32_t g_76[2] = {0xE40466E1L,0xE40466E1L};
static int32_t g_83 = 1L;
static int64_t g_84 = 1L;
static int64_t g_85 = 7L;
static uint16_t g_87 = 1UL;
static uint32_t g_92 = 0x65AEC415L;
static uint16_t g_175 = 0x4C16L;
static uint64_t g_208[3] = {18446744073709551611UL,18446744073709551611UL,18446744073709551611UL};
static int8_t  func_1(void);
static uint16_t  func_15(uint64_t  p_16, int64_t  p_17);
static int32_t * func_28(uint16_t  p_29, int32_t * const  p_30);
static int8_t  func_1(void)
{ 
    int8_t l_201 = 0x91L;
    uint64_t *l_207 = &g_208[2];
    int64_t l_209[2];
    int i;
    for (i = 0; i < 2; i++)
        l_209[i] = 0xED74FDE4B572696FLL;
    for (g_2[1] = 29; (g_2[1] == (-23)); --g_2[1])
    { 
        int32_t *l_5 = &g_6;
        int32_t *l_7 = &g_6;
        int32_t l_8 = (-1L);
        int32_t *l_9[4] = {&g_6,&g_6,&g_6,&g_6};
        uint32_t l_10 = 0UL;
        int32_t *l_20 = &g_21;
        int8_t *l_190 = &g_70;
        uint32_t l_196[3];
        int i;
        for (i = 0; i < 3; i++)
            l_196[i] = 1UL;
        l_10--;
        (*l_5) = (safe_sub_func_uint16_t_u_u(g_6, func_15((safe_mod_func_uint16_t_u_u((((*l_20) = (g_2[1] , (&g_2[1] != &g_6))) , (safe_lshift_func_uint16_t_u_u(g_21, 0))), g_6)), (*l_7))));
        if (((void*)0 == l_190))
        { 
            int8_t l_195[3];
            int i;
            for (i = 0; i < 3; i++)
                l_195[i] = 0x7CL;
            (*l_7) |= ((((safe_unary_minus_func_uint32_t_u(((1UL > 0x335EL) , ((void*)0 == &g_43)))) , (safe_unary_minus_func_uint8_t_u((safe_mul_func_int8_t_s_s(g_68, g_76[1]))))) <= l_195[1]) ^ 0xDCL);
        }
        else
        { 
            ++l_196[2];
        }
    }
    l_209[0] = ((g_85 ^ (0x93A30395L > (safe_mod_func_int8_t_s_s(((l_201 > ((((safe_mod_func_int32_t_s_s((*g_43), (~(((((*l_207) = (safe_mul_func_int16_t_s_s((4L & g_45), 0x218EL))) , l_201) | 65528UL) <= 0xCCL)))) | l_201) >= l_201) ^ (-1L))) > g_92), l_201)))) > l_201);
    return l_209[0];
}
static uint16_t  func_15(uint64_t  p_16, int64_t  p_17)
{ 
    int32_t *l_26 = &g_21;
    int8_t *l_110 = &g_70;
    int64_t l_111 = 4L;
    uint32_t l_158 = 4294967292UL;
    for (p_17 = (-19); (p_17 == 26); ++p_17)
    { 
        uint8_t l_27[1][1];
        uint64_t l_31 = 0x59EA4D59FF446CD5LL;
        int32_t *l_95 = &g_47;
        uint32_t *l_98 = &g_92;
        uint8_t l_105 = 0xFCL;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_27[i][j] = 0xF3L;
        }
        (*l_95) = (l_26 == (l_27[0][0] , func_28(l_31, &g_2[1])));
    }
    return l_158;
}
static int32_t * func_28(uint16_t  p_29, int32_t * const  p_30)
{ 
    uint32_t l_48 = 4294967295UL;
    int32_t l_49 = (-3L);
    int32_t *l_50 = &g_47;
    int32_t l_51 = 0xE53505CEL;
    int32_t *l_52 = (void*)0;
    int32_t *l_53 = (void*)0;
    int32_t *l_54 = &g_47;
    int32_t *l_55[1][1];
    uint64_t l_56 = 18446744073709551612UL;
    int8_t *l_67 = &g_68;
    int8_t *l_69 = &g_70;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_55[i][j] = &l_51;
    }
lbl_90:
    for (g_21 = 0; (g_21 != 16); ++g_21)
    { 
        int32_t *l_42 = &g_2[1];
        int32_t *l_46[3][4] = {{&g_47,&g_47,&g_6,&g_47},{&g_47,&g_2[1],&g_6,&g_6},{&g_47,&g_47,&g_47,&g_6}};
        int i, j;
        g_47 |= (0xFCC1031CL <= (g_44 = (safe_mod_func_uint64_t_u_u(((safe_add_func_int16_t_s_s(((((safe_rshift_func_int16_t_s_s((safe_mod_func_int16_t_s_s((-1L), g_2[0])), 14)) && ((g_43 = l_42) == (void*)0)) != 1L) , g_45), (*l_42))) != 0x82966B9117A540F8LL), g_2[1]))));
        if (l_48)
            continue;
    }
    ++l_56;
    if (((((safe_mod_func_uint16_t_u_u((safe_rshift_func_int8_t_s_u((safe_div_func_uint64_t_u_u(((((safe_mod_func_int8_t_s_s(((*l_69) = ((*l_67) = (((((((p_29 ^ p_29) , 2L) == 0xD0L) , l_55[0][0]) != &g_21) , (-1L)) > (*p_30)))), 4L)) , p_29) && p_29) , p_29), p_29)), 5)), g_47)) , g_2[1]) <= g_45) && g_45))
    { 
        int32_t l_74 = 0xAAEF4046L;
        int32_t l_75 = 0xAC6DEA28L;
        int32_t l_77 = 0xA7F9CD94L;
        int32_t l_79 = 0x966A49DFL;
        int32_t l_80 = 0x9E3F4D67L;
        int32_t l_81 = 7L;
        int32_t l_82 = 0xD29EDD65L;
        int32_t l_86[4] = {1L,1L,1L,1L};
        int i;
        for (g_44 = 0; (g_44 > (-2)); g_44--)
        { 
            int32_t l_78[2];
            int32_t **l_91 = &l_52;
            int i;
            for (i = 0; i < 2; i++)
                l_78[i] = 0x014A1F69L;
            g_87--;
            if (p_29)
                goto lbl_90;
            (*l_91) = p_30;
            g_92++;
        }
    }
    else
    { 
        return l_53;
    }
    return l_50;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_2[i], "g_2[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_21, "g_21", print_hash_value);
    transparent_crc(g_44, "g_44", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_68, "g_68", print_hash_value);
    transparent_crc(g_70, "g_70", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_76[i], "g_76[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_83, "g_83", print_hash_value);
    transparent_crc(g_84, "g_84", print_hash_value);
    transparent_crc(g_85, "g_85", print_hash_value);
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_92, "g_92", print_hash_value);
    transparent_crc(g_175, "g_175", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_208[i], "g_208[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
