#include "csmith.h"
static long __undefined;
static int32_t g_3 = 0x60B4FFB8L;
static int32_t g_4 = 0L;
static int32_t g_5 = (-1L);
static uint8_t g_8 = 0xC4L;
static int32_t g_11 = (-4L);
static int32_t g_13 = 0xAE4F9DBCL;
static int32_t *g_41 = (void*)0;
static int32_t * const *g_40 = &g_41;
static int32_t * const **g_39 = &g_40;
static int8_t g_43 = (-7L);
static const int32_t *g_46 = &g_3;
static const int32_t **g_45 = &g_46;
static int32_t g_63 = (-1L);
static uint32_t g_65[3][3] = {{0UL,0UL,0UL},{5UL,0x54C1C085L,5UL},{0UL,0UL,0UL}};
static int8_t *g_87 = &g_43;
static int8_t *g_92 = &g_43;
static uint8_t g_95 = 0xC6L;
static int8_t g_104 = 0x0FL;
static uint32_t g_129[2][2] = {{4294967290UL,4294967290UL},{4294967290UL,4294967290UL}};
static uint32_t g_135 = 0UL;
static uint64_t g_139 = 0x2D4CACFD22C8C089LL;
static uint64_t g_142 = 18446744073709551612UL;
static int16_t g_144 = 0x7C4CL;
static int64_t g_173 = 1L;
static const uint8_t *g_185 = &g_95;
static const uint8_t **g_184 = &g_185;
static int64_t g_212 = 0x729E55A8641CA8B2LL;
static int64_t g_215 = 0xADE801AB67E062F4LL;
static uint32_t g_216[3][2] = {{0xD7B2C775L,0xD7B2C775L},{0xD7B2C775L,0xD7B2C775L},{0xD7B2C775L,0xD7B2C775L}};
static uint64_t *g_223 = &g_139;
static int16_t g_239[1][3] = {{0x0398L,0x0398L,0x0398L}};
static uint8_t g_240 = 254UL;
static uint32_t g_265[1][2] = {{18446744073709551615UL,18446744073709551615UL}};
static uint8_t g_274 = 1UL;
static uint64_t g_307 = 0xD86D647E48A2C21ALL;
static int16_t g_314 = 0L;
static int32_t g_315[3][1] = {{(-1L)},{(-1L)},{(-1L)}};
static int32_t g_323[4][3] = {{0x918BFD08L,0x411622C3L,0x918BFD08L},{0x8210C9A8L,0x84BE0C72L,0x8210C9A8L},{0x918BFD08L,0x411622C3L,0x918BFD08L},{0x8210C9A8L,0x84BE0C72L,0x8210C9A8L}};
static const uint8_t ***g_352 = &g_184;
static const uint8_t ****g_351[4] = {&g_352,&g_352,&g_352,&g_352};
static uint64_t **g_357 = &g_223;
static int64_t g_364 = 1L;
static int8_t ** const g_410 = (void*)0;
static int8_t ** const *g_409[4][4] = {{(void*)0,(void*)0,&g_410,(void*)0},{(void*)0,&g_410,&g_410,(void*)0},{&g_410,(void*)0,&g_410,&g_410},{(void*)0,(void*)0,(void*)0,(void*)0}};
static int32_t g_460[3] = {0xE2327948L,0xE2327948L,0xE2327948L};
static uint16_t *g_468[1][1] = {{(void*)0}};
static uint16_t g_472 = 0x330DL;
static uint16_t *g_471 = &g_472;
static int32_t *g_498 = &g_4;
static int16_t *g_509 = &g_239[0][2];
static int8_t g_521[3][2] = {{0x47L,4L},{4L,0x47L},{4L,4L}};
static int8_t * const g_520 = &g_521[2][0];
static int8_t * const *g_519 = &g_520;
static int8_t * const **g_518 = &g_519;
static uint8_t *g_536[1] = {&g_240};
static uint8_t **g_535 = &g_536[0];
static uint8_t ***g_534 = &g_535;
static uint8_t ****g_533 = &g_534;
static uint64_t ***g_568 = &g_357;
static uint64_t ****g_567 = &g_568;
static const uint8_t g_571 = 0x8DL;
static int32_t ** const **g_604[3] = {(void*)0,(void*)0,(void*)0};
static int8_t  func_1(void);
static int32_t ** func_15(uint8_t * p_16, uint32_t  p_17, int32_t * p_18);
static uint8_t * func_19(uint8_t  p_20);
static int8_t  func_1(void)
{ 
    int8_t l_2[3][1];
    int32_t l_14 = 0xBD52A284L;
    int32_t *l_102 = &g_4;
    int32_t **l_188 = &g_41;
    int32_t l_203 = 0L;
    int32_t l_205 = 0x3B9E9AA0L;
    int32_t l_206 = 0xD96D95FFL;
    int32_t l_207 = (-1L);
    int32_t l_208 = 0L;
    int32_t l_209 = 0x84CA3280L;
    int32_t l_210 = 0xA7E2D6D2L;
    int32_t l_211 = 1L;
    int32_t l_214[4];
    uint32_t l_228[4][1] = {{0x5C56BA33L},{0x78E42A5BL},{0x5C56BA33L},{0x78E42A5BL}};
    uint16_t l_259 = 65535UL;
    int32_t l_293 = (-4L);
    uint64_t **l_299 = &g_223;
    uint32_t l_324 = 0UL;
    uint64_t * const *l_343[4][3] = {{(void*)0,(void*)0,(void*)0},{&g_223,&g_223,&g_223},{(void*)0,(void*)0,(void*)0},{&g_223,&g_223,&g_223}};
    uint16_t l_367 = 65535UL;
    uint64_t l_401 = 0x46BEBC71706491E0LL;
    int8_t *l_402 = &l_2[1][0];
    uint8_t *l_403 = (void*)0;
    uint8_t *l_404 = &g_274;
    uint32_t l_433 = 0xD3CE2FF0L;
    int32_t ***l_454[4][1];
    int32_t *** const *l_453 = &l_454[2][0];
    uint32_t l_455 = 0x0B155228L;
    int32_t l_456 = 9L;
    const int64_t * const l_494 = (void*)0;
    uint64_t l_507 = 2UL;
    uint8_t **l_515 = &l_403;
    uint8_t ***l_514 = &l_515;
    uint8_t ****l_513 = &l_514;
    uint64_t *l_612 = (void*)0;
    uint8_t l_629 = 0xBFL;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_2[i][j] = 0L;
    }
    for (i = 0; i < 4; i++)
        l_214[i] = 0xBC6574C9L;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
            l_454[i][j] = &l_188;
    }
    return (*g_520);
}
static int32_t ** func_15(uint8_t * p_16, uint32_t  p_17, int32_t * p_18)
{ 
    int32_t *l_103[1];
    uint16_t l_105 = 0xCC8AL;
    const uint64_t l_121 = 18446744073709551615UL;
    uint64_t *l_170 = &g_142;
    int i;
    for (i = 0; i < 1; i++)
        l_103[i] = &g_13;
    ++l_105;
    for (g_63 = 2; (g_63 >= 0); g_63 -= 1)
    { 
        uint32_t l_118 = 1UL;
        int32_t l_119[1][4];
        int32_t **l_120 = &l_103[0];
        int32_t ***l_137 = &l_120;
        int32_t ****l_136 = &l_137;
        uint32_t l_165 = 0x49123F8DL;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_119[i][j] = 0xC2BC1C08L;
        }
        if ((g_65[0][0] || (safe_mul_func_int16_t_s_s(1L, (safe_add_func_int16_t_s_s((-7L), (((safe_sub_func_uint32_t_u_u(g_43, (safe_div_func_int32_t_s_s((l_119[0][0] &= ((safe_add_func_uint64_t_u_u(((l_118 |= (-1L)) <= 0xAFL), g_11)) , (*p_18))), 1L)))) <= g_3) & 0x5AB6L)))))))
        { 
            return &g_41;
        }
        else
        { 
            uint32_t *l_128[1];
            uint16_t *l_134 = &l_105;
            uint64_t *l_138 = &g_139;
            uint64_t *l_140 = (void*)0;
            uint64_t *l_141 = &g_142;
            int16_t *l_143 = &g_144;
            int32_t l_145[4] = {0xC6AD0378L,0xC6AD0378L,0xC6AD0378L,0xC6AD0378L};
            int i;
            for (i = 0; i < 1; i++)
                l_128[i] = &g_129[0][0];
            (**l_120) = l_121;
            l_145[3] |= (((*g_87) = (safe_div_func_int64_t_s_s((safe_div_func_int16_t_s_s((((g_129[0][0] = (++p_17)) > (((*l_143) ^= (safe_add_func_uint32_t_u_u((g_95 ^ ((((*l_141) = ((*l_138) = (((g_135 = ((*l_134) = (((+(!0xAF6ACB5BL)) , (*p_18)) ^ (**l_120)))) < (((**l_120) , l_136) != &l_137)) , (****l_136)))) != (**l_120)) == (-1L))), (*g_46)))) , 0xC8DEFA47L)) , 3L), 1L)), 0x43CA2BCDE28A808BLL))) < (-10L));
        }
        for (g_43 = 0; (g_43 <= 2); g_43 += 1)
        { 
            uint8_t *l_150 = &g_95;
            uint8_t **l_149 = &l_150;
            int32_t l_163 = 0xDA3525E9L;
            int8_t *l_164 = &g_104;
        }
    }
    return &g_41;
}
static uint8_t * func_19(uint8_t  p_20)
{ 
    int32_t *l_24 = &g_3;
    int32_t **l_23 = &l_24;
    int32_t ***l_22 = &l_23;
    int32_t ****l_21 = &l_22;
    int64_t l_35 = 0x4F2CA12535B5B06ALL;
    const int32_t **l_49 = &g_46;
    int32_t l_60 = (-9L);
    int32_t l_61[1][1];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_61[i][j] = (-1L);
    }
    (*l_21) = (void*)0;
    (*l_23) = (*l_23);
    (*l_23) = (*l_23);
    if ((!(-6L)))
    { 
        const int32_t l_34[2] = {(-9L),(-9L)};
        int32_t *l_36 = &g_13;
        int32_t l_54 = 0x954A4377L;
        int32_t l_62 = 0L;
        int32_t l_64 = (-2L);
        int i;
        (*l_36) = ((safe_add_func_uint64_t_u_u(18446744073709551607UL, ((safe_sub_func_uint16_t_u_u(((((((safe_rshift_func_int16_t_s_u(g_11, (safe_mul_func_uint8_t_u_u(p_20, 255UL)))) >= g_5) , 0L) > l_34[0]) != p_20) == 7UL), 0L)) != p_20))) , l_35);
        if (p_20)
        { 
            int8_t *l_42 = &g_43;
            int32_t l_44 = 9L;
            if ((l_44 = (safe_sub_func_int8_t_s_s(((*l_42) = ((g_39 != (*l_21)) > (*l_36))), p_20))))
            { 
                const int32_t ***l_47 = (void*)0;
                const int32_t **l_48 = (void*)0;
                const int32_t ***l_50 = &l_49;
                (*l_36) ^= ((l_48 = g_45) == ((*l_50) = l_49));
            }
            else
            { 
                const int32_t *l_51 = &g_13;
                l_51 = (*l_49);
            }
            return l_42;
        }
        else
        { 
            int8_t l_52 = 0x06L;
            int32_t l_53 = 1L;
            int32_t *l_55 = &l_54;
            int32_t *l_56 = &l_53;
            int32_t *l_57 = &l_54;
            int32_t *l_58 = &l_54;
            int32_t *l_59[1][4] = {{&g_11,&g_11,&g_11,&g_11}};
            int i, j;
            --g_65[2][2];
            return &g_8;
        }
    }
    else
    { 
        int32_t **l_68 = (void*)0;
        int32_t **l_69 = &l_24;
        int8_t *l_88 = &g_43;
        uint8_t *l_98[4][2] = {{(void*)0,&g_8},{&g_8,(void*)0},{&g_8,&g_8},{(void*)0,&g_8}};
        int i, j;
        (*l_69) = (*g_40);
        for (g_8 = 0; (g_8 <= 0); g_8 += 1)
        { 
            int32_t *l_70 = &l_60;
            int8_t *l_85 = &g_43;
            (*l_70) |= 0x0C926164L;
            for (l_60 = 0; (l_60 >= 0); l_60 -= 1)
            { 
                int8_t **l_86 = (void*)0;
                int8_t **l_89 = &l_88;
                int8_t *l_91 = (void*)0;
                int8_t **l_90 = &l_91;
                uint8_t *l_93 = (void*)0;
                uint8_t *l_94 = &g_95;
                int i, j;
                l_61[g_8][l_60] = (safe_rshift_func_uint16_t_u_u((safe_add_func_int16_t_s_s((safe_add_func_int16_t_s_s(((((safe_sub_func_int32_t_s_s(((safe_mod_func_uint8_t_u_u(1UL, ((*l_94) = ((safe_mul_func_int8_t_s_s(((*l_85) = ((l_61[l_60][l_60] ^ (((((g_87 = l_85) == l_85) && ((g_92 = ((*l_90) = ((*l_89) = l_88))) == l_85)) , p_20) <= 1L)) || (*l_70))), 0xF5L)) | g_4)))) & l_61[l_60][l_60]), p_20)) == g_8) , 0xC1F9A20850DA4A23LL) > g_3), g_63)), l_61[l_60][l_60])), 0));
                l_61[l_60][l_60] |= (g_65[2][1] > (g_3 == (p_20 <= (g_43 && ((((*l_94) = (safe_div_func_uint32_t_u_u((((((&l_68 != &l_69) , p_20) , (**g_45)) , p_20) | p_20), (*l_70)))) > p_20) , 0xA62AF0730FA2875FLL)))));
                return l_98[0][0];
            }
        }
        for (l_35 = 0; (l_35 >= 9); ++l_35)
        { 
            int32_t *l_101[3];
            int i;
            for (i = 0; i < 3; i++)
                l_101[i] = (void*)0;
            l_61[0][0] ^= (*g_46);
            g_13 |= p_20;
        }
    }
    return &g_8;
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
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_13, "g_13", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_65[i][j], "g_65[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_104, "g_104", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_129[i][j], "g_129[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_135, "g_135", print_hash_value);
    transparent_crc(g_139, "g_139", print_hash_value);
    transparent_crc(g_142, "g_142", print_hash_value);
    transparent_crc(g_144, "g_144", print_hash_value);
    transparent_crc(g_173, "g_173", print_hash_value);
    transparent_crc(g_212, "g_212", print_hash_value);
    transparent_crc(g_215, "g_215", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_216[i][j], "g_216[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_239[i][j], "g_239[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_240, "g_240", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_265[i][j], "g_265[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_274, "g_274", print_hash_value);
    transparent_crc(g_307, "g_307", print_hash_value);
    transparent_crc(g_314, "g_314", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_315[i][j], "g_315[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_323[i][j], "g_323[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_364, "g_364", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_460[i], "g_460[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_472, "g_472", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_521[i][j], "g_521[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_571, "g_571", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
