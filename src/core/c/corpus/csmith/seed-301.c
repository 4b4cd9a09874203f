#include "csmith.h"
static long __undefined;
struct S0 {
   int64_t  f0;
   uint32_t  f1;
   int32_t  f2;
   uint64_t  f3;
   int32_t  f4;
   uint16_t  f5;
};
static struct S0 g_11 = {-1L,1UL,2L,0x96E6A3735B263D18LL,1L,65535UL};
static uint32_t g_12 = 0UL;
static struct S0 *g_46 = &g_11;
static struct S0 * const *g_45 = &g_46;
static int32_t g_48 = 0x815C87E1L;
static int8_t g_49 = 0xCFL;
static int64_t g_61 = (-7L);
static uint8_t g_64 = 1UL;
static int32_t *g_73 = &g_48;
static int32_t **g_72 = &g_73;
static int32_t ***g_71 = &g_72;
static uint16_t g_97 = 0x31FBL;
static struct S0 * const **g_110 = (void*)0;
static struct S0 * const ***g_109 = &g_110;
static uint32_t g_119 = 0x08FFC656L;
static int16_t g_122 = 1L;
static int32_t g_134 = (-1L);
static uint32_t g_152 = 0x67E67BAFL;
static int32_t g_179 = (-5L);
static uint16_t g_180 = 0x4BD1L;
static int32_t g_231[4][3] = {{0x3F9BEFCDL,0x3F9BEFCDL,0x3F9BEFCDL},{9L,9L,9L},{0x3F9BEFCDL,0x3F9BEFCDL,0x3F9BEFCDL},{9L,9L,9L}};
static uint8_t g_233 = 0xECL;
static uint64_t g_254 = 7UL;
static int8_t g_256 = (-2L);
static const int32_t *g_290 = &g_48;
static const int32_t **g_289[2] = {&g_290,&g_290};
static uint32_t g_310 = 9UL;
static const int32_t ***g_340[2][2] = {{&g_289[1],&g_289[1]},{&g_289[1],&g_289[1]}};
static const int32_t ****g_339[4][1] = {{&g_340[0][0]},{&g_340[0][1]},{&g_340[0][0]},{&g_340[0][1]}};
static const int32_t ***** const g_338 = &g_339[0][0];
static const struct S0 *g_364 = &g_11;
static const struct S0 **g_363 = &g_364;
static const struct S0 ***g_362 = &g_363;
static struct S0 **g_367 = &g_46;
static struct S0 ***g_366 = &g_367;
static const int64_t *g_405 = &g_11.f0;
static const int64_t **g_404 = &g_405;
static const int32_t g_417 = 1L;
static int8_t  func_1(void);
static int8_t  func_7(struct S0  p_8, uint64_t  p_9, uint64_t  p_10);
static int32_t  func_27(int8_t  p_28);
static int8_t  func_1(void)
{ 
    uint32_t l_4 = 0xE77DD688L;
    uint64_t l_250 = 0x8365F3817B0A8863LL;
    uint32_t l_263[4] = {0xE62006AEL,0xE62006AEL,0xE62006AEL,0xE62006AEL};
    struct S0 l_266[3][1] = {{{-5L,0xC72585D4L,0xCC3E1C25L,0UL,0x875A1236L,65535UL}},{{-5L,0xC72585D4L,0xCC3E1C25L,0UL,0x875A1236L,65535UL}},{{-5L,0xC72585D4L,0xCC3E1C25L,0UL,0x875A1236L,65535UL}}};
    int32_t l_269 = 0x03F822C6L;
    int32_t *l_273 = (void*)0;
    int8_t l_275 = 0x1CL;
    uint8_t l_295 = 9UL;
    uint8_t *l_302 = &g_64;
    int8_t l_305 = 0L;
    struct S0 l_322[3] = {{0x3A90A0045B9DD88FLL,0xEB5AFFE6L,0x85201E68L,0UL,0x50AAFC2DL,65530UL},{0x3A90A0045B9DD88FLL,0xEB5AFFE6L,0x85201E68L,0UL,0x50AAFC2DL,65530UL},{0x3A90A0045B9DD88FLL,0xEB5AFFE6L,0x85201E68L,0UL,0x50AAFC2DL,65530UL}};
    int32_t l_382 = (-7L);
    struct S0 l_423 = {1L,7UL,-1L,18446744073709551615UL,7L,0xDBCCL};
    uint8_t l_425 = 0xB8L;
    int i, j;
    return g_61;
}
static int8_t  func_7(struct S0  p_8, uint64_t  p_9, uint64_t  p_10)
{ 
    int64_t l_15[3];
    int32_t l_22 = 0xAF14186EL;
    uint32_t *l_194 = &g_12;
    int32_t l_232 = (-6L);
    int32_t *l_236 = &g_134;
    int32_t *l_237 = &g_48;
    int32_t *l_238 = (void*)0;
    int32_t *l_239 = &g_134;
    int32_t *l_240 = (void*)0;
    int32_t *l_241[1][4] = {{&l_22,&l_22,&l_22,&l_22}};
    uint64_t l_242 = 0xF5302D07CDA0B4F8LL;
    int64_t l_245 = 1L;
    int i, j;
    for (i = 0; i < 3; i++)
        l_15[i] = 0x6D0C11E043EEF7D2LL;
    l_22 = ((safe_mul_func_int16_t_s_s(g_11.f3, ((l_15[2] != ((!g_11.f1) , g_11.f0)) , (safe_mul_func_int16_t_s_s(((((!(safe_rshift_func_uint8_t_u_s(p_10, 0))) | p_9) ^ (-7L)) != 8UL), 1L))))) & g_11.f1);
    for (g_11.f0 = 0; (g_11.f0 <= (-17)); --g_11.f0)
    { 
        uint32_t l_39 = 0x3C94681CL;
        struct S0 *l_174 = &g_11;
        struct S0 **l_175 = &g_46;
        int32_t *l_176 = (void*)0;
        int32_t *l_177 = &g_48;
        int32_t *l_178[1];
        uint16_t *l_195[3];
        int i;
        for (i = 0; i < 1; i++)
            l_178[i] = &l_22;
        for (i = 0; i < 3; i++)
            l_195[i] = &g_180;
    }
    ++l_242;
    return l_245;
}
static int32_t  func_27(int8_t  p_28)
{ 
    uint32_t l_40[3][3] = {{3UL,3UL,3UL},{0x0B2D4AD4L,0x0B2D4AD4L,0x0B2D4AD4L},{3UL,3UL,3UL}};
    int32_t l_60[4][4] = {{(-8L),(-8L),3L,3L},{(-8L),(-8L),0L,(-8L)},{(-8L),3L,3L,(-8L)},{3L,(-8L),3L,3L}};
    int32_t ****l_81 = (void*)0;
    int32_t *****l_80[4][3] = {{&l_81,&l_81,&l_81},{&l_81,&l_81,&l_81},{&l_81,&l_81,&l_81},{&l_81,&l_81,&l_81}};
    struct S0 **l_113 = &g_46;
    struct S0 ***l_112 = &l_113;
    struct S0 ****l_111 = &l_112;
    uint16_t *l_116 = &g_11.f5;
    uint32_t *l_117 = (void*)0;
    uint32_t *l_118 = &g_11.f1;
    int32_t l_120 = (-8L);
    uint32_t l_172[2][2] = {{3UL,3UL},{3UL,3UL}};
    int i, j;
    for (g_11.f2 = 2; (g_11.f2 >= 0); g_11.f2 -= 1)
    { 
        uint16_t l_41[3];
        int32_t l_59 = (-1L);
        int32_t l_62 = 0xD45AA775L;
        int32_t l_63 = 0x8C3B083FL;
        int32_t * const l_75 = &l_60[1][3];
        int32_t **l_76 = &g_73;
        int i;
        for (i = 0; i < 3; i++)
            l_41[i] = 7UL;
        l_41[2] = (-10L);
        if (g_12)
        { 
            struct S0 **l_42 = (void*)0;
            struct S0 *l_44 = &g_11;
            struct S0 **l_43 = &l_44;
            int32_t *l_47 = &g_48;
            (*l_43) = &g_11;
            g_49 &= ((*l_47) &= ((void*)0 == g_45));
            for (g_11.f4 = 0; (g_11.f4 <= 2); g_11.f4 += 1)
            { 
                int32_t *l_50 = &g_48;
                int32_t *l_51 = (void*)0;
                int32_t l_52 = 4L;
                int32_t *l_53 = &g_48;
                int32_t *l_54 = &l_52;
                int32_t *l_55 = &g_48;
                int32_t *l_56 = &l_52;
                int32_t *l_57[2][4];
                int64_t l_58 = (-2L);
                int32_t **l_67 = &l_51;
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_57[i][j] = (void*)0;
                }
                ++g_64;
                (*l_67) = l_47;
            }
            for (p_28 = 0; (p_28 <= 2); p_28 += 1)
            { 
                int i, j;
                return l_40[p_28][p_28];
            }
        }
        else
        { 
            int32_t *l_70[1][1];
            int32_t **l_69 = &l_70[0][0];
            int32_t ***l_68 = &l_69;
            int32_t ****l_74 = &l_68;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_70[i][j] = &l_62;
            }
            (*l_74) = (g_71 = l_68);
        }
        (*l_76) = l_75;
        for (g_11.f4 = 0; (g_11.f4 <= 2); g_11.f4 += 1)
        { 
            int32_t ****l_79 = &g_71;
            int32_t *****l_78 = &l_79;
            int32_t l_96[2][2];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                    l_96[i][j] = 0x4EC293C9L;
            }
            if ((~l_40[g_11.f4][g_11.f2]))
            { 
                uint8_t l_82 = 0UL;
                int64_t *l_93[1];
                int i, j;
                for (i = 0; i < 1; i++)
                    l_93[i] = &g_61;
                l_80[0][1] = l_78;
                --l_82;
                g_48 &= ((*g_73) = 0x4FD8ED9CL);
                (*l_75) = ((((safe_lshift_func_uint16_t_u_s((l_40[g_11.f4][g_11.f2] <= (g_61 &= (safe_mul_func_uint16_t_u_u(l_40[g_11.f2][g_11.f2], (safe_mul_func_uint16_t_u_u(((((safe_add_func_int64_t_s_s(((**l_76) > ((l_82 , (void*)0) != &l_76)), g_11.f1)) == 0x2A6FL) ^ p_28) > p_28), g_11.f1)))))), (**l_76))) && p_28) != p_28) >= 0x047E6052A731AC79LL);
            }
            else
            { 
                if ((*g_73))
                    break;
                if (g_64)
                    goto lbl_121;
                if (p_28)
                    goto lbl_121;
            }
            (**l_76) = (*g_73);
            if ((0xB5L | g_11.f5))
            { 
                return p_28;
            }
            else
            { 
                struct S0 * const **l_95 = &g_45;
                struct S0 * const ***l_94 = &l_95;
                (*l_94) = &g_45;
            }
            g_97--;
        }
    }
lbl_121:
    l_120 |= ((safe_div_func_uint32_t_u_u((safe_unary_minus_func_uint32_t_u(((*l_118) = (safe_add_func_int16_t_s_s((g_64 , ((((1L || (safe_mul_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_u(((g_109 != l_111) >= (((*l_116) = ((safe_lshift_func_int8_t_s_u(g_11.f4, g_11.f3)) ^ (**g_72))) ^ p_28)), p_28)) == g_64), g_12))) & g_11.f2) != g_97) > (-1L))), 65535UL))))), (-1L))) || g_119);
    for (p_28 = 0; (p_28 <= 2); p_28 += 1)
    { 
        int32_t *** const l_123 = &g_72;
        int32_t *****l_142[3][4] = {{&l_81,&l_81,&l_81,&l_81},{&l_81,&l_81,&l_81,&l_81},{&l_81,&l_81,(void*)0,&l_81}};
        int64_t * const l_167 = &g_61;
        int i, j;
    }
    return p_28;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_11.f0, "g_11.f0", print_hash_value);
    transparent_crc(g_11.f1, "g_11.f1", print_hash_value);
    transparent_crc(g_11.f2, "g_11.f2", print_hash_value);
    transparent_crc(g_11.f3, "g_11.f3", print_hash_value);
    transparent_crc(g_11.f4, "g_11.f4", print_hash_value);
    transparent_crc(g_11.f5, "g_11.f5", print_hash_value);
    transparent_crc(g_12, "g_12", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    transparent_crc(g_64, "g_64", print_hash_value);
    transparent_crc(g_97, "g_97", print_hash_value);
    transparent_crc(g_119, "g_119", print_hash_value);
    transparent_crc(g_122, "g_122", print_hash_value);
    transparent_crc(g_134, "g_134", print_hash_value);
    transparent_crc(g_152, "g_152", print_hash_value);
    transparent_crc(g_179, "g_179", print_hash_value);
    transparent_crc(g_180, "g_180", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_231[i][j], "g_231[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_233, "g_233", print_hash_value);
    transparent_crc(g_254, "g_254", print_hash_value);
    transparent_crc(g_256, "g_256", print_hash_value);
    transparent_crc(g_310, "g_310", print_hash_value);
    transparent_crc(g_417, "g_417", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
