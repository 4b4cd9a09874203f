#include "csmith.h"
static long __undefined;
static int32_t g_6 = 6L;
static int16_t g_28 = (-1L);
static int32_t g_40 = (-1L);
static uint16_t g_42 = 0x36CEL;
static uint16_t g_46 = 65532UL;
static uint32_t g_48 = 4294967291UL;
static int32_t g_51 = 0x054F86FCL;
static int32_t g_52 = 0xA57461D0L;
static uint32_t g_58[2][1] = {{0xEBF8C326L},{0xEBF8C326L}};
static int32_t *g_76[1][4] = {{&g_51,&g_51,&g_51,&g_51}};
static int32_t **g_75 = &g_76[0][1];
static int8_t g_92 = 0xF2L;
static uint32_t g_95 = 0x51ED022CL;
static uint64_t g_97 = 0xC5103452746A0FEELL;
static int16_t *g_102 = &g_28;
static int16_t **g_101 = &g_102;
static uint8_t g_128 = 247UL;
static int8_t * const g_137 = &g_92;
static int8_t * const *g_136 = &g_137;
static int8_t **g_158 = (void*)0;
static int32_t g_165[3] = {0x58C66C53L,0x58C66C53L,0x58C66C53L};
static int8_t g_227 = 0x1BL;
static int32_t  func_1(void);
static int16_t  func_7(uint32_t  p_8, uint32_t  p_9);
static uint8_t  func_16(uint32_t  p_17, uint32_t  p_18, int8_t  p_19);
static int32_t  func_1(void)
{ 
    int32_t l_26 = 0xC9FA8BC0L;
    int16_t *l_27[4];
    int32_t l_29 = 0x006986D6L;
    uint64_t *l_96 = &g_97;
    int8_t *l_226 = &g_227;
    int32_t *l_228 = &g_40;
    int i;
    for (i = 0; i < 4; i++)
        l_27[i] = &g_28;
    (*l_228) = ((safe_div_func_int8_t_s_s(((*l_226) ^= (safe_sub_func_uint16_t_u_u(g_6, func_7((g_6 | (((safe_div_func_uint64_t_u_u(((*l_96) = (((g_95 = (safe_mod_func_uint16_t_u_u(((safe_sub_func_int8_t_s_s(g_6, func_16(((g_6 && (safe_lshift_func_uint16_t_u_u((safe_sub_func_uint8_t_u_u((safe_lshift_func_int16_t_s_s((l_26 = (l_26 != g_6)), l_29)), l_29)), 0))) != g_6), g_28, l_29))) ^ (-1L)), l_29))) , 0x94L) || 0x4DL)), l_29)) , 251UL) ^ g_6)), l_29)))), l_29)) != l_29);
    return (**g_75);
}
static int16_t  func_7(uint32_t  p_8, uint32_t  p_9)
{ 
    int16_t ** const l_100[2][3] = {{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}};
    int16_t **l_104 = &g_102;
    int32_t l_106 = 0x9DC1C7BDL;
    int32_t l_111 = 1L;
    int32_t l_112 = 0L;
    int32_t l_113 = 1L;
    int32_t l_114 = (-2L);
    uint64_t *l_118 = &g_97;
    int8_t *l_157 = &g_92;
    int8_t **l_156 = &l_157;
    int8_t l_187 = 0x7FL;
    int32_t l_188[1];
    uint32_t l_190 = 0x30EB271FL;
    int32_t *l_214 = &g_165[2];
    int64_t l_215 = (-1L);
    int32_t *l_216 = &g_40;
    int32_t *l_217 = &l_111;
    int32_t *l_218 = &l_114;
    int32_t *l_219 = &g_165[2];
    int32_t *l_220 = &g_52;
    int32_t *l_221 = &l_111;
    int32_t *l_222[2];
    uint16_t l_223 = 0x86A2L;
    int i, j;
    for (i = 0; i < 1; i++)
        l_188[i] = 0x0DACAF34L;
    for (i = 0; i < 2; i++)
        l_222[i] = &l_113;
    for (g_40 = 0; (g_40 == 27); ++g_40)
    { 
        int16_t ***l_103[2][2] = {{&g_101,&g_101},{&g_101,&g_101}};
        int8_t l_105 = (-8L);
        int32_t *l_108[3];
        uint64_t *l_119 = &g_97;
        int i, j;
        for (i = 0; i < 3; i++)
            l_108[i] = &g_52;
    }
    for (g_51 = 0; (g_51 != (-1)); --g_51)
    { 
        int32_t *l_175 = &l_111;
        int32_t *l_176 = &l_106;
        int32_t *l_177 = &l_111;
        int32_t *l_178 = &l_114;
        int32_t *l_179 = &l_106;
        int32_t *l_180 = &g_165[2];
        int32_t *l_181 = &g_165[2];
        int32_t *l_182 = &g_40;
        int32_t *l_183 = &l_112;
        int32_t *l_184 = &l_113;
        int32_t *l_185 = &l_112;
        int32_t *l_186[2];
        int16_t l_189 = (-1L);
        int i;
        for (i = 0; i < 2; i++)
            l_186[i] = (void*)0;
        (*l_175) = ((l_106 ^= (safe_add_func_int64_t_s_s(0x4AA7FB4E0D6F0381LL, (safe_unary_minus_func_uint16_t_u((p_8 , p_9)))))) ^ ((**g_101) = (((*g_75) = (*g_75)) == (void*)0)));
        ++l_190;
        (*l_178) = (p_8 == ((safe_div_func_uint64_t_u_u((safe_mod_func_int16_t_s_s((safe_mod_func_int64_t_s_s((!(safe_sub_func_uint64_t_u_u(g_28, p_8))), ((safe_sub_func_int8_t_s_s((+(&l_100[1][1] == ((safe_rshift_func_int8_t_s_u(((l_187 | (*l_175)) ^ 0L), 7)) , (void*)0))), p_8)) , p_9))), 0x98D5L)), g_165[2])) ^ 0x210429D8L));
        for (l_111 = 19; (l_111 == 7); l_111 = safe_sub_func_uint8_t_u_u(l_111, 8))
        { 
            uint32_t l_211 = 0xDD0E6EDDL;
            for (l_187 = (-29); (l_187 >= (-30)); l_187--)
            { 
                l_211++;
            }
            return l_190;
        }
    }
    --l_223;
    return (*g_102);
}
static uint8_t  func_16(uint32_t  p_17, uint32_t  p_18, int8_t  p_19)
{ 
    int16_t * const l_35 = &g_28;
    int32_t *l_55 = &g_52;
    int16_t *l_70 = &g_28;
    int32_t ***l_77 = &g_75;
    int8_t *l_90 = (void*)0;
    int8_t *l_91 = &g_92;
    int32_t *l_93[1];
    uint16_t l_94 = 0x6152L;
    int i;
    for (i = 0; i < 1; i++)
        l_93[i] = (void*)0;
    for (g_28 = 0; (g_28 >= 22); g_28 = safe_add_func_uint32_t_u_u(g_28, 1))
    { 
        int16_t l_34 = 0xC7BAL;
        int32_t *l_39 = &g_40;
        if (((*l_39) = (((((safe_rshift_func_int8_t_s_s(l_34, 7)) , l_35) != l_35) , (!0xA2A6L)) , (safe_mod_func_uint16_t_u_u(0UL, p_18)))))
        { 
            uint16_t *l_41 = &g_42;
            int16_t *l_45[3][2];
            uint32_t *l_47 = &g_48;
            int32_t *l_49 = (void*)0;
            int32_t *l_50 = &g_51;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 2; j++)
                    l_45[i][j] = &l_34;
            }
            g_52 = ((*l_50) = (p_17 | ((*l_47) = ((((++(*l_41)) | ((*l_39) = (g_46 = g_28))) , (*l_39)) && 0x3CD4FE93L))));
        }
        else
        { 
            uint16_t l_53 = 65535UL;
            uint32_t *l_54 = &g_48;
            int32_t **l_56 = (void*)0;
            int32_t **l_57[3][3] = {{&l_39,&l_39,&l_39},{&l_39,&l_39,&l_39},{&l_39,&l_39,&l_39}};
            int i, j;
            (*l_39) = (l_53 != ((*l_54) = g_46));
            l_39 = (g_6 , l_55);
            if (p_18)
                break;
        }
        for (g_40 = 0; (g_40 <= 0); g_40 += 1)
        { 
            int16_t *l_59 = &g_28;
            int16_t *l_61 = (void*)0;
            int16_t **l_60 = &l_61;
            g_52 |= (l_59 == ((*l_60) = (void*)0));
        }
        for (g_48 = 0; (g_48 != 43); g_48++)
        { 
            for (p_17 = 0; (p_17 <= 26); p_17++)
            { 
                int32_t *l_68 = &g_51;
                int16_t *l_69 = &g_28;
                int32_t *l_73 = (void*)0;
                int32_t **l_74 = &l_55;
                g_51 ^= (safe_sub_func_uint8_t_u_u((((l_68 = &g_51) != &g_40) ^ (l_69 != l_70)), ((safe_sub_func_uint32_t_u_u((*l_55), (*l_55))) > 4294967295UL)));
                (*l_74) = l_55;
                (*l_68) ^= 1L;
            }
        }
    }
    (*l_77) = g_75;
    l_94 |= ((((((safe_mod_func_uint16_t_u_u((safe_add_func_int64_t_s_s(((safe_div_func_int16_t_s_s((-10L), ((safe_sub_func_int8_t_s_s(((*l_91) &= (safe_mod_func_int64_t_s_s(p_19, ((l_35 != l_35) , ((safe_div_func_uint32_t_u_u(((p_17 ^ (***l_77)) && (***l_77)), (-1L))) | p_17))))), (***l_77))) , (*l_55)))) , 0x6CD35A08C8198303LL), p_18)), (***l_77))) != 0x63L) < p_19) == (***l_77)) >= (***l_77)) > 0L);
    return g_48;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_28, "g_28", print_hash_value);
    transparent_crc(g_40, "g_40", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_51, "g_51", print_hash_value);
    transparent_crc(g_52, "g_52", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_58[i][j], "g_58[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_92, "g_92", print_hash_value);
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_97, "g_97", print_hash_value);
    transparent_crc(g_128, "g_128", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_165[i], "g_165[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_227, "g_227", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
