#include "csmith.h"
static long __undefined;
struct S0 {
   const int16_t  f0;
};
static int32_t g_2 = 0L;
static int32_t g_5 = 0x82BD7B1CL;
static int32_t g_11[3][3] = {{(-5L),(-5L),(-5L)},{(-5L),(-5L),(-5L)},{(-5L),(-5L),(-5L)}};
static int32_t *g_10 = &g_11[2][2];
static uint64_t g_19 = 0UL;
static uint32_t g_29 = 0xB9C6FEC1L;
static int32_t g_31 = 0xD54EC7E3L;
static int64_t g_34 = 0x8C51723279329BFALL;
static uint64_t *g_37 = &g_19;
static uint64_t *g_38 = &g_19;
static uint16_t g_43 = 0x3319L;
static uint32_t g_54 = 0x61394407L;
static int32_t g_103[3][2] = {{3L,3L},{3L,3L},{3L,3L}};
static uint8_t g_126 = 255UL;
static uint64_t g_130 = 0UL;
static uint64_t g_132 = 0x1838799992FC5205LL;
static uint64_t *** const g_135 = (void*)0;
static uint16_t g_136 = 0UL;
static uint16_t g_164 = 65535UL;
static int16_t g_193 = 0x8802L;
static int64_t g_207 = (-4L);
static int32_t g_227 = (-2L);
static int8_t g_228[3] = {7L,7L,7L};
static int64_t g_229[4] = {1L,1L,1L,1L};
static struct S0 g_244 = {-3L};
static struct S0  func_1(void);
static int32_t  func_12(int64_t  p_13, int16_t  p_14);
static int32_t  func_22(uint32_t  p_23, int32_t * p_24, uint64_t * p_25);
static struct S0  func_1(void)
{ 
    int32_t *l_9 = (void*)0;
    int32_t l_62 = 0x3B7C1F66L;
    int32_t l_65 = 3L;
    int32_t l_67 = 0x391DAA6EL;
    int32_t l_70 = 0xBE7A02F5L;
    int32_t l_72 = 0x7B55C792L;
    int32_t l_74 = (-1L);
    int32_t l_75[4];
    int32_t l_84 = 0xDD3D9F1BL;
    uint64_t *l_120 = &g_19;
    uint32_t l_133 = 0x7BF1BFE3L;
    uint32_t l_178 = 0x814597CFL;
    int64_t l_252 = 0x3F3C21442307B0FALL;
    uint32_t l_258 = 0x0D215954L;
    struct S0 l_262 = {0x2947L};
    int i;
    for (i = 0; i < 4; i++)
        l_75[i] = (-1L);
    for (g_2 = 5; (g_2 >= (-1)); g_2 = safe_sub_func_uint32_t_u_u(g_2, 6))
    { 
        uint32_t l_44 = 0x4CB070FCL;
        int32_t l_59 = 0x66EAA9BEL;
        int32_t l_63 = 1L;
        int32_t l_68[1][2];
        int8_t l_73 = 5L;
        int16_t l_88[3];
        uint64_t *l_121 = (void*)0;
        uint32_t l_137[3][3] = {{18446744073709551615UL,18446744073709551615UL,8UL},{18446744073709551615UL,18446744073709551615UL,8UL},{18446744073709551615UL,18446744073709551615UL,8UL}};
        uint8_t *l_150 = &g_126;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_68[i][j] = 1L;
        }
        for (i = 0; i < 3; i++)
            l_88[i] = 0xE07FL;
        for (g_5 = (-12); (g_5 < (-16)); g_5 = safe_sub_func_uint8_t_u_u(g_5, 6))
        { 
            uint32_t l_8[1][4];
            int32_t *l_46 = &g_11[2][2];
            int32_t l_64 = 0xAB26C3A7L;
            int32_t l_66 = 0x21EB82DDL;
            int32_t l_69 = (-9L);
            int32_t l_71 = 1L;
            int32_t l_76 = 6L;
            int32_t l_77 = (-5L);
            int32_t l_78 = 5L;
            int32_t l_79 = 0x81438DE0L;
            int32_t l_80 = 0x83D46320L;
            int32_t l_81 = 3L;
            int32_t l_82 = 0L;
            int32_t l_83 = (-1L);
            int32_t l_85 = (-9L);
            int32_t l_86 = 0xC4532398L;
            int32_t l_87 = 0xA7E591EEL;
            int32_t l_89 = 0x8019E2E3L;
            uint8_t *l_122 = (void*)0;
            uint8_t *l_123 = (void*)0;
            uint8_t *l_124 = (void*)0;
            uint8_t *l_125 = &g_126;
            int16_t *l_127 = (void*)0;
            int16_t *l_128 = &l_88[0];
            uint64_t *l_129 = &g_130;
            uint64_t *l_131 = &g_132;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 4; j++)
                    l_8[i][j] = 0UL;
            }
        }
        if (((((((((0x0FL <= (((void*)0 != &g_37) || (+4UL))) != ((((((void*)0 == &l_59) , g_135) != g_135) && g_2) || g_136)) , g_103[0][0]) , 0x0A0DL) , l_68[0][1]) || l_137[2][0]) > 18446744073709551615UL) , (-3L)))
        { 
            int32_t l_140 = 0L;
            int32_t l_142 = (-1L);
            int32_t l_143 = 0xE73C09CDL;
            int32_t l_144 = 0xA8AC7441L;
            int32_t l_145 = 0xCC693499L;
            uint32_t l_146 = 1UL;
            for (l_133 = 0; (l_133 <= 2); l_133 += 1)
            { 
                int32_t *l_141[1];
                int i, j;
                for (i = 0; i < 1; i++)
                    l_141[i] = (void*)0;
                g_11[l_133][l_133] = ((g_11[l_133][l_133] > (safe_mul_func_int8_t_s_s(g_11[l_133][l_133], l_140))) >= l_140);
                if (l_140)
                    continue;
                if ((*g_10))
                    continue;
                --l_146;
            }
        }
        else
        { 
            int32_t *l_165 = &l_62;
            int32_t *l_166 = &l_67;
            int32_t l_167 = 0x7D35495EL;
            int32_t *l_168 = (void*)0;
            int32_t *l_169 = (void*)0;
            int32_t *l_170 = &l_68[0][1];
            int32_t *l_171 = (void*)0;
            int32_t *l_172 = (void*)0;
            int32_t *l_173 = &l_74;
            int32_t *l_174 = &l_70;
            int32_t *l_175 = &l_62;
            int32_t *l_176 = &l_67;
            int32_t *l_177[1][2];
            uint64_t l_181 = 0x3791ECC3A4C5649DLL;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_177[i][j] = &l_75[0];
            }
            for (g_132 = 0; (g_132 <= 2); g_132 += 1)
            { 
                uint8_t **l_151 = &l_150;
                int8_t l_162 = (-1L);
                uint64_t l_163[2][3];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_163[i][j] = 0UL;
                }
                if (l_137[g_132][g_132])
                    break;
                g_11[g_132][g_132] ^= ((!((g_2 , ((((*l_151) = l_150) != &g_126) || ((((safe_mul_func_int16_t_s_s((safe_sub_func_int64_t_s_s((safe_lshift_func_int16_t_s_s((((*g_37) = ((safe_sub_func_uint32_t_u_u(l_137[g_132][g_132], ((((safe_lshift_func_uint8_t_u_s(g_2, 5)) & g_130) >= (*g_37)) & l_137[g_132][g_132]))) | l_137[g_132][g_132])) | l_137[2][0]), g_43)), g_54)), l_162)) | l_163[1][1]) , g_103[0][0]) | g_164))) <= g_29)) <= 2UL);
                if (l_163[1][0])
                    break;
                g_10 = &g_103[0][0];
            }
            l_178++;
            l_181--;
        }
    }
    for (g_126 = 29; (g_126 < 22); g_126--)
    { 
        int16_t *l_192 = &g_193;
        int32_t l_194 = (-1L);
        int32_t l_220 = 8L;
        int32_t l_221 = 0x78BC886CL;
        int32_t l_222 = (-2L);
        int32_t l_223 = 0x80C358FEL;
        int32_t l_224 = 0L;
        int8_t l_225 = 7L;
        int32_t l_226[4] = {(-7L),(-7L),(-7L),(-7L)};
        uint64_t l_231 = 18446744073709551615UL;
        int i;
        if ((l_194 = (safe_lshift_func_uint16_t_u_s(((((safe_div_func_uint64_t_u_u((((g_130 == 0L) < (((g_103[1][1] , 0xF7D0080CFF04916ELL) || (safe_add_func_int16_t_s_s(((*l_192) = (g_126 | 9L)), l_194))) <= l_194)) != 0x7E31L), 0xF88663B4D193DA2CLL)) >= g_29) >= 0x5532L) <= g_103[0][0]), 3))))
        { 
            int64_t *l_203 = (void*)0;
            int64_t **l_202 = &l_203;
            uint32_t *l_204 = &g_54;
            int64_t l_208 = 1L;
            uint16_t *l_209 = &g_43;
            l_75[3] &= ((9L < g_11[0][1]) < (((*l_209) &= (safe_mul_func_int16_t_s_s(((((safe_add_func_int16_t_s_s((0x63ADF2EE78612B10LL > ((((!(safe_lshift_func_uint8_t_u_u((((*l_202) = (void*)0) == ((g_207 ^= ((*l_204)--)) , l_120)), 2))) , 0x5376FB1DL) , 9UL) ^ g_193)), g_11[2][2])) || l_194) || l_74) > l_208), 0x4B29L))) >= g_103[0][0]));
        }
        else
        { 
            int32_t *l_210 = &l_70;
            int32_t *l_211 = &l_62;
            int32_t *l_212 = (void*)0;
            int32_t *l_213 = &l_74;
            int32_t *l_214 = (void*)0;
            int32_t *l_215 = &g_31;
            int32_t *l_216 = &l_67;
            int32_t *l_217 = &g_5;
            int32_t *l_218 = &g_103[0][0];
            int32_t *l_219[1];
            int32_t l_230 = 0x5A830893L;
            int i;
            for (i = 0; i < 1; i++)
                l_219[i] = &l_75[0];
            l_231--;
        }
        if (l_231)
            continue;
        for (l_223 = 0; (l_223 >= 7); ++l_223)
        { 
            uint8_t l_236 = 0x95L;
            uint16_t *l_239 = &g_136;
            int64_t *l_247 = &g_229[2];
            int32_t l_248 = 1L;
            uint64_t l_249 = 0xE0605E9866A7898FLL;
            int32_t l_250[2][3] = {{1L,1L,1L},{9L,9L,9L}};
            int i, j;
            (*g_10) |= l_236;
            if ((safe_rshift_func_int8_t_s_u((l_250[1][2] = (((*l_239) ^= 65527UL) > (safe_sub_func_uint16_t_u_u((((((((l_248 = ((*l_247) = ((safe_sub_func_uint16_t_u_u(((g_244 , g_135) == g_135), (((safe_mul_func_int16_t_s_s(((0x72CC66FCL != l_220) , g_54), g_103[0][1])) | g_207) <= l_224))) , l_236))) & l_249) , (void*)0) != &l_231) , 0x40B1L) <= g_103[1][0]) ^ g_29), 0xD571L)))), 2)))
            { 
                int32_t *l_251[1];
                uint64_t l_253 = 6UL;
                int i;
                for (i = 0; i < 1; i++)
                    l_251[i] = &l_84;
                l_253--;
                if (l_220)
                    continue;
            }
            else
            { 
                int32_t *l_256[3];
                int32_t l_257 = 0xDC6087E6L;
                int32_t **l_261 = &l_256[0];
                int i;
                for (i = 0; i < 3; i++)
                    l_256[i] = &g_227;
                l_258--;
                (*g_10) |= 0x02944E52L;
                (*l_261) = (l_224 , (g_19 , &g_2));
                (*l_261) = &g_5;
            }
        }
    }
    return l_262;
}
static int32_t  func_12(int64_t  p_13, int16_t  p_14)
{ 
    int8_t l_32 = 0xA9L;
    int64_t *l_33 = &g_34;
    uint64_t *l_36 = &g_19;
    uint64_t **l_35[3][2] = {{&l_36,&l_36},{&l_36,&l_36},{&l_36,&l_36}};
    int32_t **l_39 = &g_10;
    int32_t *l_41 = &g_2;
    int32_t **l_40 = &l_41;
    uint64_t ***l_42 = &l_35[2][0];
    int i, j;
    (*l_40) = (l_32 , ((*l_39) = (((((l_32 , (((*l_33) = l_32) ^ (((g_38 = (g_37 = l_33)) != (void*)0) != g_29))) | 0x231966BA05392614LL) || l_32) , g_11[2][2]) , (void*)0)));
    (*l_42) = &g_37;
    return p_13;
}
static int32_t  func_22(uint32_t  p_23, int32_t * p_24, uint64_t * p_25)
{ 
    int32_t *l_30 = &g_31;
    (*l_30) = (*g_10);
    return (*l_30);
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_11[i][j], "g_11[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_19, "g_19", print_hash_value);
    transparent_crc(g_29, "g_29", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_34, "g_34", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_54, "g_54", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_103[i][j], "g_103[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_126, "g_126", print_hash_value);
    transparent_crc(g_130, "g_130", print_hash_value);
    transparent_crc(g_132, "g_132", print_hash_value);
    transparent_crc(g_136, "g_136", print_hash_value);
    transparent_crc(g_164, "g_164", print_hash_value);
    transparent_crc(g_193, "g_193", print_hash_value);
    transparent_crc(g_207, "g_207", print_hash_value);
    transparent_crc(g_227, "g_227", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_228[i], "g_228[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_229[i], "g_229[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_244.f0, "g_244.f0", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
