#include "csmith.h"
static long __undefined;
static int16_t g_10 = 0xD4EAL;
static uint8_t g_35 = 0x3CL;
static int32_t g_38[1] = {(-5L)};
static uint16_t g_49 = 7UL;
static int64_t g_74 = 0x03350090E7AF8257LL;
static uint64_t g_76 = 2UL;
static uint64_t *g_75[1][4] = {{&g_76,&g_76,&g_76,&g_76}};
static int8_t g_103[4][4] = {{0x15L,5L,5L,0x15L},{5L,0x15L,5L,5L},{0x15L,0x15L,1L,0x15L},{0x15L,5L,5L,0x15L}};
static uint64_t g_104 = 0xFFE4DFDC5D499989LL;
static uint32_t g_106[2] = {0UL,0UL};
static int16_t g_108 = 8L;
static int32_t *g_145[2] = {&g_38[0],&g_38[0]};
static int32_t **g_144 = &g_145[0];
static uint8_t g_171[4] = {0x70L,0x70L,0x70L,0x70L};
static const int32_t ****g_194 = (void*)0;
static uint8_t g_210 = 0UL;
static int32_t *****g_236 = (void*)0;
static uint64_t g_237 = 0xDCB01C2EB0A1AFBELL;
static uint8_t g_269[2][1] = {{0xBCL},{0xBCL}};
static uint8_t *g_277 = &g_35;
static uint8_t **g_276 = &g_277;
static uint8_t *** const g_275[1] = {&g_276};
static uint8_t ***g_282 = &g_276;
static uint16_t *g_353 = &g_49;
static uint32_t g_378 = 0xFBF1C9E3L;
static uint32_t g_475 = 0x57BB5EA8L;
static int32_t g_545 = 0x2E319DABL;
static uint16_t g_556 = 0x20F9L;
static int32_t *g_612 = &g_38[0];
static int8_t  func_1(void);
static int8_t  func_8(int16_t  p_9);
static uint8_t  func_43(int32_t  p_44, uint64_t * p_45);
static int8_t  func_1(void)
{ 
    int32_t ***l_538 = &g_144;
    int32_t l_546 = 6L;
    int32_t l_560 = 0xAF5BB8A0L;
    int32_t l_563 = 0x57432EABL;
    int32_t l_564[2];
    int16_t l_597[3][2] = {{0xE1C2L,0xE1C2L},{0xE1C2L,0xE1C2L},{0xE1C2L,0xE1C2L}};
    int32_t *****l_608 = (void*)0;
    const uint8_t l_609 = 0x0DL;
    int i, j;
    for (i = 0; i < 2; i++)
        l_564[i] = 0x6C41D836L;
    if ((safe_rshift_func_int8_t_s_u((safe_mul_func_uint16_t_u_u((safe_add_func_uint16_t_u_u((func_8(g_10) , (*g_353)), 0x1C2FL)), g_171[1])), 6)))
    { 
        int16_t *l_539 = &g_10;
        int32_t l_542 = 0x48732156L;
        int16_t l_543[1];
        int32_t *l_544[3];
        uint16_t *l_555 = &g_556;
        uint32_t l_557[2];
        int32_t *l_559 = &g_545;
        int32_t l_568 = 0xEB1299A8L;
        int32_t ***l_579 = &g_144;
        int64_t l_591 = 0x36EA9411AFE144DALL;
        int i;
        for (i = 0; i < 1; i++)
            l_543[i] = 0x46E8L;
        for (i = 0; i < 3; i++)
            l_544[i] = &g_545;
        for (i = 0; i < 2; i++)
            l_557[i] = 0x470E1591L;
        l_546 &= (((safe_sub_func_uint8_t_u_u((safe_lshift_func_int16_t_s_s(((l_538 != (void*)0) , ((*l_539) = 2L)), ((l_542 = ((safe_add_func_uint64_t_u_u(l_542, g_49)) <= (***l_538))) == g_210))), l_543[0])) <= g_103[3][0]) == (***l_538));
        if (((safe_div_func_uint16_t_u_u((safe_add_func_uint64_t_u_u((((safe_add_func_int32_t_s_s(((((((void*)0 == g_194) & (((safe_add_func_int16_t_s_s(((((*g_353) >= ((*l_555) = ((((((*g_277) == (*g_277)) > 0L) , g_475) >= 0xFA35A01C0CB8219ALL) , 0xB0A5L))) , (***l_538)) , g_103[1][3]), 0x354DL)) , l_557[0]) & g_38[0])) , (void*)0) != (void*)0) ^ 0x1C28L), 4294967295UL)) ^ (**g_144)) == g_103[3][3]), (-1L))), 0x630DL)) & 0x0839L))
        { 
            int32_t l_558 = 0xA57B90DAL;
            int32_t l_561 = (-10L);
            int32_t l_562 = 0xA425A751L;
            int32_t l_565 = 0xC4E3D850L;
            int32_t l_567 = (-1L);
            int32_t l_569 = 0x77407307L;
            int32_t l_570 = (-5L);
            int32_t l_571 = 1L;
            int32_t ***l_578 = &g_144;
            uint8_t ****l_596[3][1];
            uint8_t *****l_595 = &l_596[1][0];
            uint16_t l_598 = 0UL;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_596[i][j] = &g_282;
            }
            if ((**g_144))
            { 
                (***l_538) ^= l_558;
                (**l_538) = &l_558;
                (***l_538) = (-1L);
                l_559 = (l_544[2] = (*g_144));
            }
            else
            { 
                int16_t l_566 = (-5L);
                int32_t l_572 = 0L;
                int32_t l_573 = 0L;
                int32_t l_574 = 0x91386733L;
                uint64_t l_575[1][3];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_575[i][j] = 0UL;
                }
                l_575[0][1]--;
                l_579 = l_578;
                (*g_144) = (void*)0;
            }
            l_563 &= (((l_597[0][0] |= (((((safe_sub_func_int32_t_s_s((safe_mod_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_s((safe_unary_minus_func_uint16_t_u(((***g_282) | (safe_lshift_func_uint16_t_u_s((safe_rshift_func_int16_t_s_u(l_591, (g_10 , ((safe_unary_minus_func_int32_t_s((safe_lshift_func_int8_t_s_u((((*l_595) = &g_282) == (void*)0), (***g_282))))) , (*g_353))))), 7))))), g_38[0])), l_560)), g_556)) || 1UL) > (*l_559)) , 0L) > (*l_559))) >= g_76) | 0x13L);
            (**l_538) = (**l_579);
            --l_598;
        }
        else
        { 
            int32_t *l_601 = (void*)0;
            int32_t **l_602 = &l_601;
            int32_t **l_603 = &l_544[2];
lbl_610:
            (*l_603) = ((*l_602) = ((**l_579) = l_601));
            if ((safe_mod_func_uint32_t_u_u((4L <= (((void*)0 != (*g_282)) && (safe_sub_func_uint16_t_u_u((l_608 != (g_236 = l_608)), g_38[0])))), l_609)))
            { 
                if (g_545)
                    goto lbl_610;
                return g_210;
            }
            else
            { 
                int32_t *l_611 = &g_38[0];
                g_612 = ((**l_538) = ((*l_602) = l_611));
                (*g_144) = (*g_144);
            }
        }
        return g_378;
    }
    else
    { 
        return g_76;
    }
}
static int8_t  func_8(int16_t  p_9)
{ 
    uint32_t l_18 = 0x45799333L;
    int8_t l_65[1];
    int32_t *l_71 = &g_38[0];
    const uint8_t l_72 = 0x7EL;
    int32_t l_172 = (-8L);
    uint64_t *l_175[2][2];
    uint32_t l_219 = 4294967291UL;
    int32_t l_224 = 7L;
    int32_t l_225 = 0x0A178032L;
    int32_t l_227[3][4];
    uint32_t l_228 = 18446744073709551609UL;
    int8_t *l_234 = &g_103[3][3];
    int32_t ***l_250 = (void*)0;
    int32_t ****l_249[3];
    uint8_t **l_299 = &g_277;
    uint16_t l_337[2];
    int32_t l_379 = 0x3F0E6EE9L;
    int64_t l_380 = 0x6D78697EFC4D0B0BLL;
    uint16_t l_397 = 0x6F0BL;
    uint32_t l_398 = 1UL;
    const int64_t l_425 = 0L;
    int16_t l_473[3][1];
    int64_t l_474 = 0xCDC5172E1B9E65F1LL;
    int64_t l_533 = 0x3D86DDF92009A47BLL;
    int i, j;
    for (i = 0; i < 1; i++)
        l_65[i] = 0x6EL;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_175[i][j] = &g_76;
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
            l_227[i][j] = 1L;
    }
    for (i = 0; i < 3; i++)
        l_249[i] = &l_250;
    for (i = 0; i < 2; i++)
        l_337[i] = 0x74D1L;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_473[i][j] = 0x78ADL;
    }
    return l_533;
}
static uint8_t  func_43(int32_t  p_44, uint64_t * p_45)
{ 
    int32_t *l_82 = (void*)0;
    int32_t l_105 = 0x85E55DFCL;
    int32_t l_107 = 0L;
    uint8_t l_143 = 0xCAL;
    int32_t **l_147 = &g_145[0];
    int32_t ***l_146 = &l_147;
    int32_t *l_148 = (void*)0;
    int32_t *l_149 = &l_105;
    for (g_35 = 0; (g_35 <= 0); g_35 += 1)
    { 
        int32_t **l_83 = &l_82;
        int32_t **l_84 = (void*)0;
        int32_t *l_86[4][3] = {{&g_38[0],&g_38[0],&g_38[0]},{(void*)0,&g_38[0],(void*)0},{&g_38[0],&g_38[0],&g_38[0]},{(void*)0,&g_38[0],(void*)0}};
        int32_t **l_85 = &l_86[3][2];
        int8_t *l_102 = &g_103[3][3];
        uint8_t l_131 = 0x77L;
        int i, j;
        g_108 = (safe_add_func_int32_t_s_s((((safe_rshift_func_int16_t_s_s(((l_107 |= (+((((((*l_83) = l_82) == ((*l_85) = (void*)0)) , (safe_sub_func_uint16_t_u_u(((p_44 | (safe_rshift_func_int16_t_s_s(((safe_unary_minus_func_uint32_t_u(((+(g_106[0] = (!((g_104 |= (g_38[g_35] = (safe_lshift_func_uint8_t_u_s((safe_add_func_int16_t_s_s(((((*p_45) = (g_49 || (safe_add_func_uint8_t_u_u((((((*l_102) = (((void*)0 == &l_86[3][2]) > 0L)) == g_74) | 0x8C46E721FB129D73LL) > g_74), 0x45L)))) != 9UL) <= p_44), g_35)), p_44)))) && l_105)))) , g_106[0]))) & 0x7F51BCBDL), g_10))) , p_44), g_49))) & p_44) > 0L))) <= (-1L)), p_44)) , g_38[0]) && p_44), g_49));
        for (l_107 = 0; (l_107 != (-7)); l_107--)
        { 
            const uint32_t l_112[4][2] = {{18446744073709551615UL,18446744073709551615UL},{18446744073709551615UL,18446744073709551615UL},{18446744073709551615UL,18446744073709551615UL},{18446744073709551615UL,18446744073709551615UL}};
            int64_t *l_117 = (void*)0;
            int64_t *l_118 = &g_74;
            uint16_t *l_119 = &g_49;
            int64_t l_132 = (-1L);
            int32_t l_133 = 3L;
            int32_t l_134 = 2L;
            int i, j;
            g_38[0] = (!(l_112[2][1] >= (g_38[0] , ((l_112[2][1] > (((safe_lshift_func_int16_t_s_u((((void*)0 == &g_35) & 0x22L), 11)) >= 0xA7B369A1ECA9F70ELL) == g_104)) == p_44))));
            l_134 = ((safe_sub_func_uint32_t_u_u((p_45 == &g_74), (l_133 = (g_38[0] = ((((*l_118) ^= 8L) , ((*l_119)--)) && (((safe_lshift_func_int8_t_s_s((safe_unary_minus_func_int32_t_s(((g_106[0] && (safe_sub_func_int16_t_s_s(((safe_sub_func_uint64_t_u_u((safe_add_func_uint64_t_u_u((p_44 == l_131), l_132)), l_112[3][1])) <= g_106[0]), g_35))) | p_44))), 5)) , l_112[3][1]) ^ g_103[1][3])))))) || p_44);
        }
    }
    (*l_149) &= (((((safe_mod_func_uint64_t_u_u(((0x1EL > (g_106[0] & (((*l_146) = (g_144 = ((safe_mod_func_uint64_t_u_u((safe_mul_func_uint8_t_u_u((p_44 | (l_107 = ((p_44 > (safe_mul_func_int8_t_s_s(g_74, l_143))) ^ p_44))), 0x5EL)), 0x512F4ECBCE0EE989LL)) , (void*)0))) != &l_82))) ^ 4294967294UL), (*p_45))) & 18446744073709551614UL) , p_44) > p_44) & p_44);
    return p_44;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_10, "g_10", print_hash_value);
    transparent_crc(g_35, "g_35", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_38[i], "g_38[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_74, "g_74", print_hash_value);
    transparent_crc(g_76, "g_76", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_103[i][j], "g_103[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_104, "g_104", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_106[i], "g_106[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_108, "g_108", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_171[i], "g_171[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_210, "g_210", print_hash_value);
    transparent_crc(g_237, "g_237", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_269[i][j], "g_269[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_378, "g_378", print_hash_value);
    transparent_crc(g_475, "g_475", print_hash_value);
    transparent_crc(g_545, "g_545", print_hash_value);
    transparent_crc(g_556, "g_556", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
