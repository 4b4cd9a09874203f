#include "csmith.h"
static long __undefined;
static uint8_t g_7 = 0xC6L;
static int8_t g_17 = (-2L);
static int8_t g_39 = 0x97L;
static int64_t g_64[3] = {0x10F1939EFD9132E8LL,0x10F1939EFD9132E8LL,0x10F1939EFD9132E8LL};
static int32_t g_66[1][4] = {{0x4D441147L,0x4D441147L,0x4D441147L,0x4D441147L}};
static int32_t g_79 = (-2L);
static int32_t *g_78 = &g_79;
static int32_t g_84 = 0xE56B76AFL;
static uint32_t g_85 = 18446744073709551611UL;
static uint64_t g_97 = 18446744073709551615UL;
static uint64_t  func_1(void);
static uint32_t  func_2(int64_t  p_3, int32_t  p_4);
static int32_t  func_8(uint64_t  p_9);
static uint64_t  func_1(void)
{ 
    int32_t l_91 = 0L;
    int64_t l_92 = (-6L);
    uint64_t l_100 = 0xFB082E2804CE6FA9LL;
    int32_t *l_101 = &g_84;
    (*l_101) = (((func_2((safe_add_func_int32_t_s_s((g_7 , func_8(g_7)), (!(safe_add_func_uint64_t_u_u((l_91 <= (l_91 | l_92)), g_79))))), l_91) , g_64[1]) , l_100) <= g_79);
    return (*l_101);
}
static uint32_t  func_2(int64_t  p_3, int32_t  p_4)
{ 
    int32_t l_93 = (-1L);
    int32_t *l_94 = &g_79;
    int32_t *l_95 = &g_79;
    int32_t *l_96[2];
    int i;
    for (i = 0; i < 2; i++)
        l_96[i] = (void*)0;
    g_97++;
    return g_66[0][1];
}
static int32_t  func_8(uint64_t  p_9)
{ 
    int8_t *l_16[1];
    int32_t l_18 = 1L;
    int32_t l_23[2];
    int32_t l_24 = 0x3086335CL;
    int32_t *l_40 = &l_24;
    int i;
    for (i = 0; i < 1; i++)
        l_16[i] = &g_17;
    for (i = 0; i < 2; i++)
        l_23[i] = 0xC3DC99CDL;
    l_24 ^= (safe_mul_func_uint16_t_u_u((safe_mul_func_int8_t_s_s((l_18 ^= (((-1L) && (safe_div_func_uint32_t_u_u(g_7, g_7))) == p_9)), ((((safe_mul_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(((((&g_17 != &g_17) , p_9) || l_23[1]) ^ g_17), l_23[1])), p_9)) == 0xE936L) != 0x85L) , g_17))), g_17));
    for (g_7 = 0; (g_7 <= 0); g_7 += 1)
    { 
        const uint32_t l_37 = 4294967291UL;
        int32_t l_38 = 0x7B4D2C29L;
        int i;
        g_39 ^= ((((safe_unary_minus_func_uint8_t_u((safe_sub_func_int8_t_s_s(((l_38 = (safe_mul_func_int16_t_s_s((safe_div_func_uint8_t_u_u(g_17, (((l_16[g_7] == (void*)0) & (safe_rshift_func_int8_t_s_s((~(p_9 < (safe_div_func_uint64_t_u_u(((g_17 , l_16[g_7]) == &g_17), p_9)))), 3))) , g_7))), l_37))) ^ 0x45L), p_9)))) , (void*)0) == (void*)0) || l_23[0]);
    }
    (*l_40) = 5L;
    for (p_9 = 0; (p_9 != 10); p_9++)
    { 
        int16_t l_49 = 1L;
        int64_t *l_63 = &g_64[1];
        int32_t *l_65 = &l_23[1];
        uint8_t *l_77 = &g_7;
        int32_t **l_80 = &l_65;
        int32_t *l_81 = &l_24;
        if ((((*l_40) = (safe_mul_func_int16_t_s_s((safe_mul_func_int16_t_s_s((safe_sub_func_uint16_t_u_u(g_17, ((*l_40) , l_49))), (safe_mul_func_int8_t_s_s((safe_mod_func_uint64_t_u_u((+((safe_lshift_func_uint8_t_u_u((((safe_add_func_uint16_t_u_u(0x911AL, (safe_sub_func_int32_t_s_s((safe_rshift_func_int16_t_s_s(((((*l_63) = (l_49 | 65532UL)) , &l_18) != l_65), (*l_65))), (*l_40))))) & g_7) , 0xA5L), 0)) ^ 0x20L)), (*l_65))), 0x9EL)))), (*l_65)))) && (*l_65)))
        { 
            uint8_t *l_72 = &g_7;
            (*l_40) = g_39;
            g_66[0][0] = (*l_40);
            (*l_65) = (safe_lshift_func_int8_t_s_u(((safe_add_func_int64_t_s_s(((((*l_72) |= (+(*l_65))) & (p_9 || ((safe_sub_func_uint32_t_u_u(p_9, 0xDFDEEAF7L)) <= (*l_65)))) | 0xF34C2E39L), (*l_65))) < p_9), (*l_65)));
        }
        else
        { 
            (*l_40) &= (safe_rshift_func_uint16_t_u_s(((((2L == ((void*)0 == l_77)) > 65532UL) | 7L) >= (*l_65)), 15));
        }
        (*l_80) = g_78;
        (*l_81) = (((*l_80) = &l_24) == l_81);
        for (g_39 = 0; (g_39 <= 0); g_39 += 1)
        { 
            if (p_9)
                break;
            for (g_17 = 0; (g_17 >= 0); g_17 -= 1)
            { 
                (*l_80) = (g_78 = (*l_80));
                if (p_9)
                    break;
            }
            for (l_18 = 0; (l_18 <= 0); l_18 += 1)
            { 
                int32_t *l_82 = (void*)0;
                int32_t *l_83[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_83[i] = &l_23[1];
                g_85++;
                return p_9;
            }
            for (l_49 = 2; (l_49 >= 0); l_49 -= 1)
            { 
                int i;
                return g_64[l_49];
            }
        }
    }
    return p_9;
}
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_17, "g_17", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_64[i], "g_64[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_66[i][j], "g_66[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_79, "g_79", print_hash_value);
    transparent_crc(g_84, "g_84", print_hash_value);
    transparent_crc(g_85, "g_85", print_hash_value);
    transparent_crc(g_97, "g_97", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
