#include "csmith.h"
static long __undefined;
static const uint64_t g_4 = 0x6F9B2CFB6318D581LL;
static int8_t g_13[1][4] = {{(-6L),(-6L),(-6L),(-6L)}};
static int32_t g_24 = 0x6EE97341L;
static int32_t g_38 = 2L;
static int32_t *g_37 = &g_38;
static uint32_t g_47 = 4294967286UL;
static int8_t g_65 = 1L;
static int32_t **g_76 = &g_37;
static int32_t **g_77 = (void*)0;
static uint16_t g_82 = 0x5445L;
static int8_t g_90 = 0xBCL;
static int16_t g_92[1][1] = {{0x24CDL}};
static uint64_t g_94 = 0x92BF48DF11712D94LL;
static int64_t g_112[3] = {1L,1L,1L};
static int8_t g_115 = 0x58L;
static uint16_t g_119 = 1UL;
static int8_t *g_152 = &g_115;
static int8_t **g_151 = &g_152;
static uint32_t g_179 = 0x6938DC3FL;
static int32_t g_189 = (-1L);
static int32_t * const g_188 = &g_189;
static int32_t * const *g_187[2] = {&g_188,&g_188};
static uint8_t g_250 = 0x34L;
static int32_t g_252 = 0xA369F491L;
static int16_t g_284 = 0x62D9L;
static uint32_t *g_304 = &g_47;
static uint32_t ** const g_303 = &g_304;
static uint32_t **g_327[2] = {&g_304,&g_304};
static uint64_t g_342 = 1UL;
static uint8_t *g_401 = (void*)0;
static uint8_t **g_400 = &g_401;
static const int16_t g_441 = 0xAB98L;
static uint32_t g_594[2] = {0xB8B33C3AL,0xB8B33C3AL};
static uint32_t ***g_627 = &g_327[0];
static uint32_t *** const *g_626[2] = {&g_627,&g_627};
static uint16_t g_634 = 0x2E48L;
static int32_t g_635 = 0x9B29851EL;
static uint32_t *****g_703[1] = {(void*)0};
static int64_t g_722 = 1L;
static int32_t *g_724 = &g_635;
static int32_t **g_723 = &g_724;
static int8_t ***g_808 = &g_151;
static int8_t ****g_807 = &g_808;
static uint32_t *g_815[2][3] = {{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}};
static uint8_t ***g_831 = &g_400;
static uint8_t ****g_830 = &g_831;
static const uint32_t g_965 = 0x19913329L;
static const uint32_t *g_964 = &g_965;
static int32_t g_997[1][1] = {{0L}};
static int64_t  func_1(void);
static uint16_t  func_7(int8_t  p_8, int32_t  p_9, int8_t  p_10, int8_t  p_11);
static int8_t  func_16(int8_t * p_17, uint16_t  p_18, int8_t  p_19, uint32_t  p_20);
static int64_t  func_1(void)
{ 
    int8_t *l_12 = &g_13[0][2];
    int32_t l_21 = 0x9F4FFCF3L;
    uint8_t l_834[4];
    int8_t l_843 = 0xA7L;
    const uint8_t ***l_873 = (void*)0;
    int64_t *l_874 = &g_112[2];
    uint16_t l_876 = 65529UL;
    uint16_t l_893 = 65535UL;
    const uint64_t *l_901 = &g_342;
    int32_t *l_959[2][3] = {{&g_189,&g_24,&g_189},{&g_189,&g_24,&g_189}};
    int32_t l_961 = 0xA39B03CCL;
    int i, j;
    for (i = 0; i < 4; i++)
        l_834[i] = 0xF2L;
    if ((safe_sub_func_int32_t_s_s((((g_4 , (safe_div_func_uint16_t_u_u(func_7(((*l_12) &= g_4), g_4, (safe_mod_func_int16_t_s_s((1L | func_16(l_12, l_21, l_21, l_21)), l_21)), l_21), l_21))) , 65529UL) || l_834[1]), l_834[1])))
    { 
        int8_t l_841 = 0xDFL;
        int32_t l_842[3][1];
        uint64_t l_844 = 0x376E481258F9234BLL;
        int32_t *l_855 = (void*)0;
        uint16_t l_858 = 0xBC2DL;
        uint8_t ***l_872 = &g_400;
        int16_t l_875 = 0x0C72L;
        uint64_t *l_877 = &l_844;
        int32_t l_891 = 0x72F1860BL;
        uint64_t l_892 = 0x7801B36EE8FBEFA3LL;
        const uint32_t *l_906 = (void*)0;
        const uint32_t **l_905 = &l_906;
        int32_t l_957 = (-1L);
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_842[i][j] = 1L;
        }
        for (g_94 = (-28); (g_94 != 42); g_94++)
        { 
            int32_t *l_837 = &g_24;
            int32_t *l_838 = &g_24;
            int32_t *l_839 = &l_21;
            int32_t *l_840[4][1] = {{(void*)0},{&g_24},{(void*)0},{&g_24}};
            int i, j;
            l_844--;
            for (g_90 = 0; (g_90 <= 17); g_90 = safe_add_func_uint8_t_u_u(g_90, 7))
            { 
                uint16_t l_849 = 0x2A4EL;
                int16_t l_853[4][4] = {{(-10L),(-10L),0xF61EL,(-10L)},{(-10L),(-6L),(-6L),(-10L)},{(-6L),(-10L),(-6L),(-6L)},{(-6L),(-6L),(-10L),(-6L)}};
                int32_t *l_854 = &g_24;
                uint8_t *l_856 = &l_834[3];
                int32_t l_857 = 0xC85B6214L;
                int i, j;
                (*g_188) = ((*l_837) |= ((l_849 , g_92[0][0]) & l_849));
                (*l_854) &= (~((((safe_lshift_func_uint16_t_u_s((l_21 < l_853[2][3]), 2)) , l_854) == l_855) , (((*l_856) ^= g_65) >= 0L)));
                l_858++;
            }
        }
        (*g_188) = (g_342 < (((safe_mul_func_int8_t_s_s(l_834[1], (g_92[0][0] < (((*l_877) = ((+(safe_mod_func_uint32_t_u_u(((safe_lshift_func_uint16_t_u_u(((((0x7D557C4AL || (((((l_842[2][0] = (l_21 = ((safe_mul_func_uint8_t_u_u(((l_872 != l_873) , l_843), 249UL)) | l_834[1]))) , (void*)0) != l_874) >= 0x99L) < l_843)) || g_252) | g_112[0]) , g_635), l_875)) || l_876), l_834[1]))) <= l_834[1])) , g_24)))) > g_342) != l_834[3]));
        (*g_76) = &l_842[2][0];
        if ((safe_mul_func_int16_t_s_s((safe_add_func_int16_t_s_s(((+((void*)0 != &g_400)) > (((safe_div_func_int64_t_s_s((((safe_add_func_int8_t_s_s((safe_sub_func_uint16_t_u_u(0xD59EL, ((((((safe_mod_func_uint64_t_u_u(((*g_304) != l_844), g_92[0][0])) | l_891) , l_892) <= 0x0FABAA15L) > l_834[2]) <= 0UL))), (****g_807))) , l_843) | l_834[0]), g_92[0][0])) == (**g_76)) < (*g_152))), 0xB3B2L)), l_893)))
        { 
            int32_t l_923 = 1L;
            int64_t l_928 = 0x516AD72FF0336FD9LL;
            int64_t l_940 = 1L;
            uint32_t l_945 = 4294967292UL;
            for (l_844 = 0; (l_844 < 54); l_844 = safe_add_func_uint8_t_u_u(l_844, 3))
            { 
                int8_t l_900 = 0xB1L;
                const uint64_t **l_902 = &l_901;
                (*g_188) = ((safe_mod_func_uint32_t_u_u(((safe_add_func_int16_t_s_s(g_92[0][0], 0xDAF7L)) , l_900), (((((*l_902) = l_901) != (void*)0) , 0xC7L) & 0x65L))) < 0x5CL);
            }
            for (g_38 = 0; (g_38 >= 4); g_38++)
            { 
                const uint32_t ***l_907 = &l_905;
                int32_t l_919 = 0xD511C007L;
                uint8_t *l_920 = (void*)0;
                uint8_t *l_921 = (void*)0;
                int64_t *l_922[3][1];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_922[i][j] = (void*)0;
                }
                (*g_76) = ((((*l_907) = l_905) != (void*)0) , ((l_923 = (safe_rshift_func_uint8_t_u_u((+((***g_627) = ((g_112[1] |= ((safe_rshift_func_int16_t_s_s(0x2BA4L, (g_94 < (((safe_mod_func_uint8_t_u_u((g_250 = (safe_sub_func_int8_t_s_s((safe_div_func_int8_t_s_s(1L, (***g_808))), l_919))), l_834[3])) & l_893) == 1L)))) , g_252)) >= l_834[1]))), l_893))) , (void*)0));
                (*g_188) = (safe_lshift_func_uint16_t_u_u((l_928 >= (!(safe_unary_minus_func_uint16_t_u(((~((safe_lshift_func_uint8_t_u_u((((safe_sub_func_uint32_t_u_u((l_928 == l_21), (safe_mul_func_uint16_t_u_u((safe_div_func_uint32_t_u_u(((0x0CB3L != (3UL < l_923)) && l_940), l_923)), 0UL)))) , 0x3590BD12L) & 4294967286UL), 5)) && g_189)) , 0x9E3AL))))), g_24));
            }
            (*g_188) ^= (safe_mul_func_int16_t_s_s(l_834[1], (((l_858 < (safe_mul_func_uint8_t_u_u(l_945, (safe_sub_func_uint16_t_u_u(0x0439L, ((void*)0 != &g_82)))))) && 0UL) > 7L)));
            if (((*g_808) == (void*)0))
            { 
                l_21 = (safe_sub_func_uint8_t_u_u(l_834[1], (safe_rshift_func_int16_t_s_s(0xD705L, 5))));
            }
            else
            { 
                return g_13[0][2];
            }
        }
        else
        { 
            for (g_634 = 0; (g_634 < 15); ++g_634)
            { 
                uint16_t l_956 = 0x6388L;
                (*g_188) &= (safe_mul_func_uint16_t_u_u((g_594[0] != l_956), (g_4 , l_957)));
                (*g_37) |= (*g_188);
            }
        }
    }
    else
    { 
        int32_t *l_958 = (void*)0;
        int32_t l_960 = 0xDD07A4F6L;
        l_959[0][1] = l_958;
        l_961 = ((*g_188) = l_960);
        if ((*g_188))
        { 
            uint16_t *l_966 = &g_119;
            int16_t *l_969[1][4];
            uint32_t l_979[3];
            int8_t l_980[4] = {0L,0L,0L,0L};
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 4; j++)
                    l_969[i][j] = &g_92[0][0];
            }
            for (i = 0; i < 3; i++)
                l_979[i] = 0x76686024L;
            (*g_188) ^= (safe_lshift_func_uint16_t_u_s(((*l_966) = ((g_964 = l_958) != (void*)0)), (safe_lshift_func_int16_t_s_u((g_92[0][0] = g_634), 9))));
            for (g_252 = 0; (g_252 < (-30)); g_252 = safe_sub_func_uint32_t_u_u(g_252, 5))
            { 
                uint32_t ****l_976 = &g_627;
                uint32_t ****l_978[2];
                uint32_t *****l_977 = &l_978[0];
                int32_t l_981[3];
                int i;
                for (i = 0; i < 2; i++)
                    l_978[i] = &g_627;
                for (i = 0; i < 3; i++)
                    l_981[i] = (-5L);
                l_981[2] = ((((safe_sub_func_uint16_t_u_u(0x0041L, (safe_mul_func_uint16_t_u_u((l_976 == ((*l_977) = l_976)), l_979[1])))) , (((**g_151) == 255UL) || 0xF9F3L)) < (**g_303)) && l_980[1]);
            }
            l_960 = (((*g_188) |= l_960) || 0x6A28C829L);
        }
        else
        { 
            int8_t l_994 = 0x0BL;
            int32_t *l_998[3];
            int i;
            for (i = 0; i < 3; i++)
                l_998[i] = &g_635;
            for (l_876 = 0; (l_876 <= 1); l_876 += 1)
            { 
                uint32_t l_995 = 0x7ED54342L;
                uint8_t *l_996[3][1];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_996[i][j] = &l_834[1];
                }
                l_958 = &l_960;
                (*g_188) = (safe_rshift_func_int8_t_s_s((((safe_sub_func_uint16_t_u_u((g_594[l_876] , ((0L < (((****g_807) <= (safe_div_func_uint32_t_u_u(((g_24 == ((((safe_mul_func_uint8_t_u_u((g_997[0][0] &= ((!(((((safe_unary_minus_func_uint8_t_u(((((((safe_div_func_int16_t_s_s(0L, l_994)) > l_995) , g_342) , g_13[0][1]) >= 18446744073709551614UL) == g_250))) || g_90) >= g_594[l_876]) , &l_12) != (**g_807))) != 0xE0501B24179CF0D5LL)), l_994)) & (-1L)) != 1L) < g_594[l_876])) <= 6L), (***g_627)))) >= l_995)) , g_112[0])), 9L)) , l_998[0]) != l_958), (*g_152)));
            }
        }
    }
    return g_82;
}
static uint16_t  func_7(int8_t  p_8, int32_t  p_9, int8_t  p_10, int8_t  p_11)
{ 
    uint16_t *l_516 = &g_119;
    uint64_t *l_523 = (void*)0;
    int32_t l_524 = (-1L);
    uint64_t *l_525 = (void*)0;
    uint64_t *l_526 = (void*)0;
    uint64_t *l_527 = &g_342;
    int8_t ***l_532 = &g_151;
    uint32_t *** const l_553 = (void*)0;
    uint16_t l_555 = 65529UL;
    uint64_t l_561 = 0xE2BF1E73CE476F07LL;
    int32_t l_567 = 8L;
    int32_t l_569 = 0x96F7D0ECL;
    int32_t l_571 = 0xDE8D4270L;
    uint32_t l_598[3][4] = {{0x8BE78E06L,0x8BE78E06L,0x8BE78E06L,0x8BE78E06L},{0x8BE78E06L,0x8BE78E06L,0x8BE78E06L,0x8BE78E06L},{0x8BE78E06L,0x8BE78E06L,0x8BE78E06L,0x8BE78E06L}};
    int32_t l_609 = 0x17F8EB8BL;
    int32_t l_611 = 0xF0B398D1L;
    int32_t l_612 = 0L;
    int32_t l_613[4][3] = {{0x96812722L,0x3BE59E43L,0x96812722L},{0x96812722L,0x3BE59E43L,0x96812722L},{0x96812722L,0x3BE59E43L,0x96812722L},{0x96812722L,0x3BE59E43L,0x96812722L}};
    uint32_t l_619 = 0xF2D2C594L;
    uint8_t l_623 = 254UL;
    int32_t ** const *l_633 = &g_76;
    const uint8_t ***l_642 = (void*)0;
    const uint8_t ****l_641 = &l_642;
    uint8_t l_649 = 255UL;
    int32_t *l_653 = &g_635;
    uint32_t l_672 = 5UL;
    int8_t **l_697 = (void*)0;
    uint32_t *****l_704 = (void*)0;
    int16_t l_789 = 0x7C36L;
    int i, j;
    if ((p_9 , ((p_11 > ((safe_mul_func_int8_t_s_s((((((--(*l_516)) == 1UL) > p_9) != (((safe_lshift_func_uint8_t_u_u((safe_div_func_uint8_t_u_u(((++(*l_527)) | (((*g_151) = (*g_151)) != &g_13[0][2])), p_8)), 2)) , l_524) >= g_441)) , l_524), (-3L))) <= g_94)) | (*g_37))))
    { 
        int8_t ****l_533 = &l_532;
        int32_t l_554 = (-1L);
        uint64_t l_584[4][3] = {{0UL,0UL,0UL},{0UL,0UL,0UL},{0UL,0UL,0UL},{0UL,0UL,0UL}};
        int32_t l_603 = 0xC204FAF8L;
        int32_t l_604[2];
        uint32_t l_614[4] = {0xD6733CBBL,0xD6733CBBL,0xD6733CBBL,0xD6733CBBL};
        int8_t l_643 = (-1L);
        const int32_t * const l_652 = (void*)0;
        uint32_t ****l_706 = &g_627;
        uint32_t *****l_705 = &l_706;
        int32_t l_707[3][4] = {{0xF019CC47L,0xF019CC47L,0xF019CC47L,0xF019CC47L},{0xF019CC47L,0xF019CC47L,0xF019CC47L,0xF019CC47L},{0xF019CC47L,0xF019CC47L,0xF019CC47L,0xF019CC47L}};
        int32_t l_717 = 0xD6D57D80L;
        int i, j;
        for (i = 0; i < 2; i++)
            l_604[i] = 0x0651D0CAL;
        if ((safe_rshift_func_int8_t_s_u((((((*l_533) = l_532) == (void*)0) , (0x735DBEDFL >= ((**g_303)--))) || ((safe_sub_func_int16_t_s_s((+((safe_lshift_func_int8_t_s_s((safe_mod_func_int16_t_s_s((((safe_mod_func_int16_t_s_s((safe_rshift_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_u(((**g_303) <= (((safe_div_func_int8_t_s_s((((void*)0 == l_553) >= l_524), (*g_152))) && 0xEFL) <= l_554)), 6)), l_555)), g_4)) & 65531UL) | g_112[0]), g_13[0][3])), p_10)) , l_524)), g_38)) >= 65533UL)), 4)))
        { 
            int8_t l_562 = (-7L);
            int32_t l_566 = 0x51C26EA1L;
            int32_t l_568 = 1L;
            int32_t l_570[3][3] = {{0xF9C4AC58L,0xF9C4AC58L,0xD55F53F4L},{0xF9C4AC58L,0xF9C4AC58L,0xD55F53F4L},{0xF9C4AC58L,0xF9C4AC58L,0xD55F53F4L}};
            uint64_t l_572[4];
            int i, j;
            for (i = 0; i < 4; i++)
                l_572[i] = 3UL;
            (*g_37) = (((*g_188) = ((safe_sub_func_int16_t_s_s(p_8, p_8)) > p_10)) > (((safe_add_func_int8_t_s_s(((***l_532) = (-1L)), ((+0x2A93B19BL) && 4UL))) ^ l_561) && l_562));
            for (p_10 = 0; (p_10 <= 0); p_10 += 1)
            { 
                int32_t *l_563 = (void*)0;
                int32_t *l_564 = (void*)0;
                int32_t *l_565[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_565[i] = &g_24;
                if (l_561)
                    break;
                --l_572[0];
                (*g_76) = (*g_76);
            }
        }
        else
        { 
            uint32_t *l_593 = &g_594[0];
            int32_t l_595 = 0xB96E0091L;
            int8_t *l_596 = (void*)0;
            int64_t *l_597 = (void*)0;
            uint64_t *l_599[4] = {&l_584[3][1],&l_584[3][1],&l_584[3][1],&l_584[3][1]};
            int32_t l_602 = 0x4382190DL;
            int32_t l_605 = 0xFDDA2D07L;
            int32_t l_606 = 0x72BED4D6L;
            int32_t l_607 = 0x7BF9CD47L;
            int32_t l_608 = 0x3EFDEC61L;
            int32_t l_610[4][4] = {{3L,3L,3L,3L},{3L,3L,3L,3L},{3L,3L,3L,3L},{3L,3L,3L,3L}};
            int i, j;
            for (l_571 = 0; (l_571 <= (-18)); l_571--)
            { 
                int8_t l_577 = 0x75L;
                int32_t *l_578 = (void*)0;
                int32_t *l_579 = &g_189;
                int32_t *l_580 = &g_252;
                int32_t *l_581 = &g_38;
                int32_t *l_582 = &g_24;
                int32_t *l_583 = &l_554;
                (*g_76) = (void*)0;
                --l_584[1][2];
                (*l_581) = (*l_579);
                (*g_188) = ((l_554 |= g_119) <= ((*l_527) = g_441));
            }
            l_554 = ((safe_add_func_int8_t_s_s((safe_lshift_func_int16_t_s_s(g_24, (safe_add_func_int64_t_s_s((0x5BEA22D9L & ((*g_188) = ((((*l_593) = (l_524 = ((g_90 | 65530UL) < ((**g_303) = (l_571 = (*g_304)))))) == l_595) >= p_10))), 1UL)))), p_10)) , 0L);
            if ((((g_94 = (((*l_527) = p_10) | (l_598[0][3] = ((((g_65 || (((*g_188) &= 0x6F1E857BL) < l_584[1][2])) ^ (((((g_13[0][2] &= (**g_151)) , &l_595) == (void*)0) ^ g_179) <= 0xC8BBC2B9L)) >= p_11) ^ 1L)))) , 0UL) , p_10))
            { 
                int32_t *l_600 = (void*)0;
                int32_t *l_601[1][4];
                uint8_t *l_620 = &g_250;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_601[i][j] = &l_554;
                }
                l_614[2]--;
                l_623 = (l_571 |= (((safe_mod_func_uint32_t_u_u(((*g_304) ^= l_619), ((l_524 ^= (((*l_620) ^= p_10) || ((l_611 = (safe_lshift_func_int8_t_s_s(p_11, ((void*)0 != (*g_303))))) < 0x3C140D3BL))) , 0xB1FEACBCL))) || 6L) < l_610[2][2]));
            }
            else
            { 
                int32_t l_632 = 0L;
                int8_t *l_640 = &g_13[0][1];
                g_634 &= (safe_sub_func_uint8_t_u_u(0x91L, ((*g_188) , ((g_626[1] != &g_627) <= ((safe_div_func_uint8_t_u_u((((safe_add_func_uint16_t_u_u(p_10, l_632)) , &g_187[0]) == l_633), (**g_151))) < p_9)))));
                (*g_188) = ((18446744073709551611UL || g_635) | (((safe_mod_func_int8_t_s_s((p_8 ^ (g_115 , ((*l_640) &= ((safe_div_func_int64_t_s_s(l_632, g_115)) != g_441)))), 0x2CL)) != (*g_152)) != l_604[1]));
                (*g_188) = 0xB046CACFL;
            }
            l_595 &= (((((-8L) <= ((((((void*)0 != l_641) >= (((void*)0 != &g_94) , l_584[1][2])) || p_9) || l_643) , p_11)) >= 0xC3L) , 0x34L) < l_554);
        }
        l_604[0] &= (((((l_614[2] , (((((*l_527) = l_612) > (l_555 && ((!(safe_rshift_func_int16_t_s_s((safe_mod_func_uint64_t_u_u(l_649, (safe_rshift_func_int8_t_s_s((l_652 != l_653), 4)))), p_8))) || p_10))) > 0x86L) & p_8)) && 0x9232L) , g_284) != g_4) || (*g_188));
        for (l_524 = 0; (l_524 <= 0); l_524 += 1)
        { 
            int32_t *l_656[2][3];
            int32_t **l_657 = &l_653;
            int32_t l_664[2];
            uint16_t l_673[4][1] = {{8UL},{1UL},{8UL},{1UL}};
            int8_t * const *l_677 = &g_152;
            int8_t * const **l_676[3];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 3; j++)
                    l_656[i][j] = (void*)0;
            }
            for (i = 0; i < 2; i++)
                l_664[i] = 3L;
            for (i = 0; i < 3; i++)
                l_676[i] = &l_677;
            if ((safe_mod_func_int32_t_s_s((((*l_657) = l_656[0][1]) != ((safe_rshift_func_uint16_t_u_s((((((safe_mod_func_int64_t_s_s(((((((safe_sub_func_int16_t_s_s((((l_664[1] < (safe_lshift_func_int8_t_s_u((((safe_unary_minus_func_uint32_t_u((safe_add_func_int16_t_s_s(p_11, (safe_add_func_uint8_t_u_u(0x4BL, ((l_672 || 0x4324A1E97B5CCDDDLL) , (**g_151)))))))) < p_10) | 0x1AF16ECFL), 0))) > p_9) , p_10), l_604[1])) >= l_673[0][0]) ^ 248UL) & l_604[1]) < 1UL) , p_9), l_584[1][2])) & 8L) & 0x4F32L) , p_8) || p_9), l_614[2])) , (void*)0)), 0xA3BBE9B1L)))
            { 
                int32_t l_678[3];
                int32_t l_679 = 7L;
                uint32_t l_684 = 0x87BCFD33L;
                int16_t *l_698 = &g_284;
                int i;
                for (i = 0; i < 3; i++)
                    l_678[i] = (-6L);
                (**l_633) = (*g_76);
                l_679 = (l_678[1] = ((safe_div_func_uint64_t_u_u(p_10, (-1L))) && (&g_151 == l_676[2])));
                (**l_633) = (g_38 , ((safe_add_func_uint32_t_u_u((l_571 &= (safe_mul_func_int16_t_s_s((l_684 = (&l_677 == ((*l_533) = (*l_533)))), ((*l_698) |= ((l_554 ^= (((((**g_151) ^ (safe_add_func_int8_t_s_s((((safe_lshift_func_uint8_t_u_s((!(safe_lshift_func_uint16_t_u_u(((safe_sub_func_uint16_t_u_u((l_603 = (((!(safe_div_func_int64_t_s_s((-1L), g_179))) , &g_152) == l_697)), p_10)) > 0x49L), p_8))), (**g_151))) , g_92[0][0]) | g_13[0][2]), p_8))) ^ l_679) != 246UL) == l_679)) | (*g_152)))))), p_11)) , &l_678[2]));
                (*g_188) |= ((p_8 | (safe_add_func_int32_t_s_s(((((((***l_633) = (safe_lshift_func_int16_t_s_u(g_38, 13))) >= ((****l_533) = (p_9 ^ (((g_703[0] = (void*)0) == (l_705 = l_704)) , l_707[0][1])))) || g_594[0]) != 0x490942B5L) == p_10), 0xEB2AE8D3L))) <= 0x07559457L);
            }
            else
            { 
                uint8_t *l_714[3][2];
                int64_t *l_718 = (void*)0;
                int64_t *l_719 = (void*)0;
                int64_t *l_720 = &g_112[0];
                int64_t *l_721 = &g_722;
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_714[i][j] = &g_250;
                }
                l_604[1] &= (((safe_sub_func_uint64_t_u_u((safe_lshift_func_int16_t_s_s(p_11, 3)), ((*l_721) |= ((*l_720) |= ((((g_250 = (safe_mul_func_uint8_t_u_u(248UL, p_11))) == (safe_rshift_func_uint16_t_u_u(0x916EL, g_82))) <= l_717) , p_8))))) | (**g_303)) >= p_10);
                (*g_188) &= (((g_723 == &l_656[0][1]) || ((0x844F3054L | 0x263F7C9BL) || (l_614[2] >= 2L))) > (-4L));
                (*g_76) = (**l_633);
            }
            (**l_633) = (void*)0;
            for (g_82 = 0; (g_82 <= 1); g_82 += 1)
            { 
                return p_9;
            }
        }
    }
    else
    { 
        uint32_t l_734 = 6UL;
        uint8_t *l_753 = &g_250;
        int32_t l_756 = 0xD437302DL;
        uint32_t **l_770 = &g_304;
        int32_t l_779 = 0x06DE2F8AL;
        int32_t l_781[3][2];
        uint8_t ** const *l_833[2][1];
        uint8_t ** const **l_832[3];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 2; j++)
                l_781[i][j] = 0xC747EF44L;
        }
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_833[i][j] = &g_400;
        }
        for (i = 0; i < 3; i++)
            l_832[i] = &l_833[0][0];
        for (g_342 = 0; (g_342 >= 42); g_342 = safe_add_func_uint32_t_u_u(g_342, 6))
        { 
            uint32_t l_727 = 0xC98F90C2L;
            return l_727;
        }
        for (g_119 = 0; (g_119 != 23); ++g_119)
        { 
            const int16_t l_741 = 0L;
            uint16_t l_742 = 9UL;
            uint32_t **l_745 = &g_304;
            (***l_633) = (*g_37);
            (*g_37) ^= (safe_sub_func_int32_t_s_s(((**g_151) , (safe_div_func_uint16_t_u_u(l_734, l_734))), (safe_sub_func_uint32_t_u_u((((safe_lshift_func_int8_t_s_s(p_9, 4)) < (safe_mod_func_uint16_t_u_u((((l_741 || l_734) , g_92[0][0]) | 0xD173L), l_742))) & p_11), (**g_303)))));
            for (p_8 = (-20); (p_8 == (-10)); p_8++)
            { 
                int32_t ** const *l_752 = &g_76;
                uint8_t * const l_754 = &l_623;
                int32_t *l_755[4][3];
                uint32_t l_757[4] = {0x9285C622L,0x9285C622L,0x9285C622L,0x9285C622L};
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_755[i][j] = &l_567;
                }
                (***l_633) |= (((l_745 == (void*)0) , &l_555) == &g_634);
                (**g_76) &= (((**l_745) = (***g_627)) && (safe_div_func_uint64_t_u_u(((*l_527) = ((safe_lshift_func_uint8_t_u_s(p_11, 7)) | ((((((void*)0 == l_752) , (((l_753 != l_754) != l_734) && p_10)) && (-7L)) != p_9) < p_11))), 0x94D5D3047AECDB17LL)));
                l_757[3]++;
                (*g_76) = (**l_752);
            }
        }
        if ((safe_mod_func_int8_t_s_s((((safe_lshift_func_uint16_t_u_u((((l_734 | (safe_sub_func_int64_t_s_s(((p_11 ^ (safe_div_func_uint16_t_u_u((((p_9 == ((safe_sub_func_uint16_t_u_u(((((((((l_770 != ((***l_633) , l_770)) > (***l_633)) == 0xD919L) , l_756) < p_8) < 18446744073709551614UL) | (***g_627)) & 0xBECBA044L), 65535UL)) , 0xE46449C796382296LL)) ^ p_9) , g_594[1]), p_10))) & 0L), p_10))) < (***g_627)) & 5UL), l_734)) , l_756) ^ p_9), (***l_633))))
        { 
            (**l_633) = &l_756;
            (*g_188) &= (*g_37);
        }
        else
        { 
            int32_t *l_771 = &l_524;
            int32_t l_777 = (-1L);
            int32_t l_778 = 4L;
            int32_t l_780 = 0xA0439DFFL;
            int32_t l_782 = (-1L);
            int32_t l_783 = 0L;
            int32_t l_784 = 1L;
            int32_t l_785 = 0L;
            int32_t l_786 = 0x8534AC0FL;
            int32_t l_787 = 0x14E56E8EL;
            int32_t l_788 = 0x18E1004AL;
            uint32_t l_790 = 5UL;
            (*g_76) = l_771;
            (*g_188) ^= (**g_76);
            for (l_555 = 27; (l_555 != 56); ++l_555)
            { 
                int32_t *l_774 = &l_524;
                int32_t *l_775 = &l_567;
                int32_t *l_776[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_776[i] = &l_613[2][2];
                ++l_790;
                if (p_11)
                    break;
                if (p_11)
                    continue;
                if (p_9)
                    continue;
            }
        }
        for (l_734 = (-28); (l_734 == 9); l_734++)
        { 
            const uint8_t l_819[1] = {0UL};
            int i;
            if (((p_9 && (&l_697 == &g_151)) != (***l_633)))
            { 
                uint32_t l_795 = 0UL;
                int8_t *** const *l_809[2][3] = {{&g_808,&g_808,&g_808},{&g_808,&g_808,&g_808}};
                uint32_t *l_814 = &l_795;
                uint32_t **l_813[4][3] = {{&l_814,&l_814,&l_814},{&l_814,&l_814,&l_814},{&l_814,&l_814,&l_814},{&l_814,&l_814,&l_814}};
                int64_t *l_818 = &g_112[0];
                int i, j;
                if (l_795)
                    break;
                (*g_188) ^= (safe_rshift_func_int8_t_s_s((safe_mul_func_uint8_t_u_u(((+g_634) ^ (safe_lshift_func_int8_t_s_s((safe_mul_func_int16_t_s_s((safe_mod_func_int8_t_s_s(((((g_807 == l_809[1][0]) > ((safe_rshift_func_int8_t_s_s((((*l_818) = (!(((g_815[0][1] = &g_179) != ((((safe_lshift_func_uint8_t_u_s((((void*)0 != (*g_808)) > 0x4BL), 0)) != g_24) >= (**g_76)) , &g_179)) == p_8))) > g_342), 3)) > l_795)) != g_594[0]) == g_82), p_11)), g_441)), 2))), l_819[0])), 7));
            }
            else
            { 
                uint8_t ****l_829 = (void*)0;
                uint8_t *****l_828[1][4];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_828[i][j] = &l_829;
                }
                (**g_76) = (4294967291UL > (((*g_152) = (l_756 , (-10L))) != ((safe_mod_func_uint32_t_u_u(((((safe_div_func_uint16_t_u_u((safe_div_func_int16_t_s_s(((safe_rshift_func_uint16_t_u_s(((((g_830 = (void*)0) == (p_8 , l_832[2])) ^ 0xFDCE1999L) | 65535UL), p_8)) | 0xF48A2AD2L), p_10)), 1UL)) && g_722) != 18446744073709551612UL) >= (***l_633)), p_10)) , l_734)));
                (**g_76) |= p_10;
            }
        }
    }
    return p_8;
}
static int8_t  func_16(int8_t * p_17, uint16_t  p_18, int8_t  p_19, uint32_t  p_20)
{ 
    int32_t l_22 = 0xB9E9D60AL;
    int32_t *l_23 = &g_24;
    int64_t l_39 = (-8L);
    int32_t l_44 = 5L;
    int32_t **l_61 = &g_37;
    int8_t *l_64 = &g_65;
    int8_t *l_69 = &g_65;
    int32_t l_114[2][2] = {{0xE0EB6C92L,0xE0EB6C92L},{0xE0EB6C92L,0xE0EB6C92L}};
    int64_t l_143 = 0x184A0F193884B002LL;
    uint64_t l_144 = 0x39CDCE665EB517B2LL;
    int32_t l_157 = (-4L);
    uint64_t l_167 = 4UL;
    int16_t l_204 = (-9L);
    uint32_t **l_305 = &g_304;
    int8_t ***l_330 = &g_151;
    int8_t ****l_331 = &l_330;
    int8_t ***l_332 = &g_151;
    int8_t l_374 = (-6L);
    int64_t l_376 = (-1L);
    int64_t l_382 = 1L;
    uint32_t l_399 = 0x99822251L;
    uint8_t l_410 = 0UL;
    uint64_t *l_442 = (void*)0;
    uint8_t l_478[1][4];
    uint32_t l_495 = 0x0EEBCFCBL;
    int32_t *l_496 = (void*)0;
    int8_t l_502[2][3] = {{0x2DL,0x2DL,0x2DL},{0xA2L,0xA2L,0xA2L}};
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_478[i][j] = 0x3BL;
    }
    return (*l_23);
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_13[i][j], "g_13[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_24, "g_24", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_65, "g_65", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_90, "g_90", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_92[i][j], "g_92[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_94, "g_94", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_112[i], "g_112[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_115, "g_115", print_hash_value);
    transparent_crc(g_119, "g_119", print_hash_value);
    transparent_crc(g_179, "g_179", print_hash_value);
    transparent_crc(g_189, "g_189", print_hash_value);
    transparent_crc(g_250, "g_250", print_hash_value);
    transparent_crc(g_252, "g_252", print_hash_value);
    transparent_crc(g_284, "g_284", print_hash_value);
    transparent_crc(g_342, "g_342", print_hash_value);
    transparent_crc(g_441, "g_441", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_594[i], "g_594[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_634, "g_634", print_hash_value);
    transparent_crc(g_635, "g_635", print_hash_value);
    transparent_crc(g_722, "g_722", print_hash_value);
    transparent_crc(g_965, "g_965", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_997[i][j], "g_997[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
