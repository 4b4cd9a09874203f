#include "csmith.h"
static long __undefined;
struct S0 {
   int32_t  f0;
   const uint32_t  f1;
};
struct S3 {
   uint32_t  f0;
};
struct S1 {
   const int64_t  f0;
   int16_t  f1;
   const int8_t  f2;
   const struct S0  f3;
   uint32_t  f4;
   int8_t  f5;
   const uint16_t  f6;
};
struct S4 {
   const struct S1  f0;
   struct S0  f1;
   int32_t  f2;
};
static uint64_t g_6 = 1UL;
static int8_t g_9 = 0xBFL;
static struct S4 g_10 = {{5L,0x8858L,0xFDL,{0L,3UL},1UL,0xA4L,0xCFD6L},{0xC4A87FCEL,0xBB2F1448L},8L};
static struct S3 g_15 = {18446744073709551615UL};
static struct S0  func_1(void);
static struct S0  func_1(void)
{ 
    int64_t l_4[2][4] = {{(-7L),(-7L),(-7L),(-7L)},{(-7L),(-7L),(-7L),(-7L)}};
    uint64_t *l_5 = &g_6;
    int32_t *l_11 = (void*)0;
    int32_t *l_12 = &g_10.f1.f0;
    const struct S3 l_13[3][4] = {{{0x34EA885CL},{0x34EA885CL},{0x34EA885CL},{0x34EA885CL}},{{0x34EA885CL},{0x34EA885CL},{0x34EA885CL},{0x34EA885CL}},{{0x34EA885CL},{0x34EA885CL},{0x34EA885CL},{0x34EA885CL}}};
    struct S3 *l_14 = &g_15;
    struct S0 l_16 = {0xBC6A687EL,4294967295UL};
    int i, j;
    (*l_12) = (safe_add_func_int8_t_s_s((((*l_5) = l_4[0][3]) != (((safe_sub_func_uint64_t_u_u(l_4[0][3], g_9)) == ((g_9 , ((g_10 , l_4[0][3]) & 0xF63ABEFA025EC560LL)) , 0xBDL)) != l_4[0][3])), l_4[0][3]));
    (*l_14) = l_13[1][0];
    return l_16;
}
int main (void)
{
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_10.f0.f0, "g_10.f0.f0", print_hash_value);
    transparent_crc(g_10.f0.f1, "g_10.f0.f1", print_hash_value);
    transparent_crc(g_10.f0.f2, "g_10.f0.f2", print_hash_value);
    transparent_crc(g_10.f0.f3.f0, "g_10.f0.f3.f0", print_hash_value);
    transparent_crc(g_10.f0.f3.f1, "g_10.f0.f3.f1", print_hash_value);
    transparent_crc(g_10.f0.f4, "g_10.f0.f4", print_hash_value);
    transparent_crc(g_10.f0.f5, "g_10.f0.f5", print_hash_value);
    transparent_crc(g_10.f0.f6, "g_10.f0.f6", print_hash_value);
    transparent_crc(g_10.f1.f0, "g_10.f1.f0", print_hash_value);
    transparent_crc(g_10.f1.f1, "g_10.f1.f1", print_hash_value);
    transparent_crc(g_10.f2, "g_10.f2", print_hash_value);
    transparent_crc(g_15.f0, "g_15.f0", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
