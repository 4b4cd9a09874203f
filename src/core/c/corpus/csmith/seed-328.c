#include "csmith.h"
static long __undefined;
struct S0 {
   int16_t  f0;
   int16_t  f1;
   uint32_t  f2;
   int32_t  f3;
   int64_t  f4;
   int8_t  f5;
   const int32_t  f6;
};
static uint32_t g_14 = 8UL;
static int32_t g_26 = 1L;
static int32_t g_39[1] = {(-2L)};
static int32_t *g_38 = &g_39[0];
static int16_t g_44 = (-6L);
static int32_t g_46 = 3L;
static uint64_t g_60 = 18446744073709551606UL;
static int32_t g_68 = 0L;
static uint64_t  func_1(void);
static int32_t  func_2(int32_t  p_3, int16_t  p_4, int32_t  p_5, const uint32_t  p_6);
static const int32_t  func_7(struct S0  p_8, uint8_t  p_9, int16_t  p_10, int32_t  p_11);
static uint64_t  func_1(void)
{ 
    struct S0 l_12 = {6L,0x85CEL,5UL,0L,9L,2L,3L};
    int32_t l_13 = 0x54114571L;
    int32_t *l_67 = &g_68;
    int32_t *l_69 = &g_39[0];
    int32_t l_70 = 0x2B8ADFEAL;
    int32_t *l_71 = &l_70;
    int32_t *l_72 = &g_39[0];
    int32_t *l_73 = &g_39[0];
    int32_t *l_74 = &g_39[0];
    int32_t *l_75[1];
    int32_t l_76[4][1] = {{0x1BCE71E8L},{(-1L)},{0x1BCE71E8L},{(-1L)}};
    int64_t l_77 = 0xF51BCBD03F0CD8B2LL;
    uint8_t l_78 = 0x57L;
    int i, j;
    for (i = 0; i < 1; i++)
        l_75[i] = (void*)0;
    (*l_67) &= func_2((func_7(l_12, ((((l_13 && (0x36L > 1UL)) , g_14) == l_12.f5) , 5UL), g_14, g_14) && (*g_38)), g_14, g_14, g_39[0]);
    l_78++;
    return (*l_67);
}
static int32_t  func_2(int32_t  p_3, int16_t  p_4, int32_t  p_5, const uint32_t  p_6)
{ 
    int32_t *l_47 = (void*)0;
    int32_t *l_48 = &g_26;
    int32_t *l_49 = (void*)0;
    int32_t *l_50 = (void*)0;
    int32_t *l_51 = &g_46;
    int32_t *l_52[2];
    uint32_t l_53 = 0x638B1AAEL;
    struct S0 l_56 = {1L,-9L,1UL,-1L,-9L,1L,0x2C352423L};
    int32_t l_57[1];
    int8_t *l_58 = (void*)0;
    int8_t *l_59[4] = {&l_56.f5,&l_56.f5,&l_56.f5,&l_56.f5};
    int16_t *l_65 = &l_56.f0;
    int8_t **l_66 = &l_58;
    int i;
    for (i = 0; i < 2; i++)
        l_52[i] = &g_46;
    for (i = 0; i < 1; i++)
        l_57[i] = (-3L);
    --l_53;
    (*l_48) = (g_39[0] ^= ((((l_56 , (g_60 = ((*l_51) = l_57[0]))) ^ p_5) == ((((*l_48) , ((safe_rshift_func_int8_t_s_u((safe_lshift_func_uint8_t_u_u((((p_6 >= p_6) , g_44) >= 0x669BA90DD0679804LL), g_14)), g_44)) <= 0xEBACA85E45CF3152LL)) != g_44) , 0x8B2F9387L)) & 18446744073709551615UL));
    (*l_51) |= (*g_38);
    (*g_38) = ((l_59[2] == ((*l_66) = (((l_65 = &p_4) != &g_44) , l_59[2]))) <= g_39[0]);
    return (*g_38);
}
static const int32_t  func_7(struct S0  p_8, uint8_t  p_9, int16_t  p_10, int32_t  p_11)
{ 
    uint64_t l_15[3];
    const int32_t l_24 = 0x8DB8846BL;
    int32_t *l_40 = &g_26;
    int i;
    for (i = 0; i < 3; i++)
        l_15[i] = 18446744073709551615UL;
    for (p_8.f1 = 2; (p_8.f1 >= 0); p_8.f1 -= 1)
    { 
        int32_t *l_25 = &g_26;
        int32_t **l_41 = &l_40;
        int16_t *l_43 = &g_44;
        int32_t *l_45 = &g_46;
        int i;
        (*l_25) = (safe_div_func_uint64_t_u_u(((safe_rshift_func_uint8_t_u_u((((safe_mul_func_uint16_t_u_u(l_15[p_8.f1], (safe_div_func_int8_t_s_s(l_24, p_10)))) <= g_14) < (l_15[p_8.f1] >= 0x47L)), p_8.f1)) | p_8.f6), (-1L)));
        (*l_45) &= ((safe_div_func_int32_t_s_s(((safe_add_func_uint16_t_u_u((!(((*l_43) = (safe_lshift_func_uint8_t_u_u(((safe_sub_func_uint64_t_u_u((safe_div_func_int64_t_s_s(((((*l_25) <= ((g_38 = &g_26) == ((*l_41) = l_40))) & g_14) <= (+g_39[0])), p_8.f3)), g_26)) < l_24), 0))) , 4294967295UL)), g_26)) >= (*l_25)), 0x9D376396L)) == g_14);
    }
    return (*g_38);
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_14, "g_14", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_39[i], "g_39[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_44, "g_44", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_68, "g_68", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
