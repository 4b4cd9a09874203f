#include "csmith.h"
static long __undefined;
static int32_t g_3 = 0L;
static int32_t g_21 = 0x35C22C92L;
static uint32_t g_47 = 4294967294UL;
static uint64_t g_49 = 0xB6EA1325A46E4944LL;
static uint32_t g_51[2] = {1UL,1UL};
static uint32_t g_67 = 0x6684E8D7L;
static int32_t *g_84[1] = {&g_21};
static uint16_t g_89 = 0x8F1CL;
static uint8_t g_111 = 0x60L;
static int8_t g_115 = 0xFEL;
static int32_t g_130 = 0x750682C5L;
static int32_t * const * const g_150 = &g_84[0];
static int32_t * const * const *g_149 = &g_150;
static int32_t g_155 = 0x69BC1C91L;
static int8_t g_168 = 0x2BL;
static int16_t g_171[2] = {0x17B3L,0x17B3L};
static int16_t g_173[2] = {1L,1L};
static uint16_t g_182 = 0x13F3L;
static int16_t  func_1(void);
static const uint64_t  func_5(int8_t  p_6, int8_t  p_7);
static int16_t  func_10(uint8_t  p_11, uint8_t  p_12, uint32_t  p_13, uint32_t  p_14, uint32_t  p_15);
static int16_t  func_1(void)
{ 
    int32_t l_2[4][2] = {{0x2071B18DL,0x2071B18DL},{0x2071B18DL,0x2071B18DL},{0x2071B18DL,0x2071B18DL},{0x2071B18DL,0x2071B18DL}};
    int32_t l_187 = 0x36B89A32L;
    uint8_t l_188 = 0UL;
    int i, j;
    for (g_3 = 0; (g_3 <= 1); g_3 += 1)
    { 
        int32_t l_18 = 0L;
        uint8_t l_19 = 0xCBL;
        int32_t *l_154 = &g_155;
        uint16_t l_174 = 7UL;
        int32_t l_185 = 1L;
        uint32_t l_191[3];
        int i;
        for (i = 0; i < 3; i++)
            l_191[i] = 1UL;
    }
    return g_21;
}
static const uint64_t  func_5(int8_t  p_6, int8_t  p_7)
{ 
    int32_t *l_70 = &g_21;
    int32_t l_71 = (-3L);
    int32_t l_132[2];
    int64_t l_133 = 0x5DD3FF1BBCB40BA7LL;
    uint16_t l_138 = 0x7C96L;
    int32_t * const *l_148 = &l_70;
    int32_t * const * const *l_147 = &l_148;
    int i;
    for (i = 0; i < 2; i++)
        l_132[i] = (-1L);
    if ((l_71 = ((*l_70) = (-3L))))
    { 
        uint32_t *l_74 = &g_51[0];
        int32_t l_79 = (-1L);
        uint8_t l_80 = 0x76L;
        l_80 &= (safe_sub_func_uint32_t_u_u((*l_70), (g_49 >= (((--(*l_74)) , (g_67 > (safe_mod_func_int32_t_s_s(((p_7 , g_51[1]) > g_51[1]), g_21)))) , l_79))));
        for (g_47 = (-1); (g_47 >= 35); g_47++)
        { 
            int32_t *l_83 = &l_71;
            g_84[0] = l_83;
            for (g_21 = 0; (g_21 <= 29); g_21 = safe_add_func_uint8_t_u_u(g_21, 9))
            { 
                if ((*l_70))
                    break;
                (*l_83) = (((((void*)0 != &l_71) ^ (-1L)) >= 0x7465L) , (*l_83));
            }
            if ((*l_83))
                break;
        }
        return g_49;
    }
    else
    { 
        uint32_t l_112 = 0x4854C362L;
        int32_t l_131[4] = {7L,7L,7L,7L};
        int8_t l_134 = (-1L);
        int i;
lbl_144:
        for (g_21 = 0; (g_21 <= 0); g_21 += 1)
        { 
            uint32_t l_87 = 0UL;
            uint32_t *l_92 = &g_47;
            uint8_t *l_110 = &g_111;
            int8_t *l_113 = (void*)0;
            int8_t *l_114[1];
            int32_t l_116 = 0xD2F63B64L;
            int32_t l_135 = 0x9F913A68L;
            int32_t l_136 = 0xBD8C4516L;
            int32_t l_137 = 0x84F902FEL;
            int i;
            for (i = 0; i < 1; i++)
                l_114[i] = &g_115;
            for (p_6 = 0; (p_6 <= 0); p_6 += 1)
            { 
                uint16_t *l_88 = &g_89;
                int i;
                g_84[g_21] = (((l_87 ^ ((g_84[g_21] == (l_87 , &g_3)) || ((((++(*l_88)) , l_92) != &g_67) == g_67))) && 0x3D1A1A39BFC11C93LL) , &g_21);
            }
            if ((&l_71 != ((safe_mod_func_int32_t_s_s((safe_mul_func_uint16_t_u_u((((+((safe_rshift_func_uint8_t_u_s(p_6, ((((l_116 = (safe_rshift_func_int8_t_s_u(((safe_rshift_func_uint16_t_u_s(65535UL, 1)) , (((((safe_rshift_func_int16_t_s_s(((((p_7 | (((((((*l_110) &= (((safe_add_func_uint16_t_u_u(0UL, l_87)) , (*l_70)) && p_7)) ^ (*l_70)) , 0xA59640E1577BE735LL) , l_112) != l_87) >= p_6)) >= (*l_70)) ^ 0x61L) ^ l_112), 12)) | l_112) >= 0x31L) > l_87) && p_6)), 2))) >= (*l_70)) < 1L) , g_47))) , 0L)) >= (*l_70)) >= p_6), g_49)), p_6)) , &l_116)))
            { 
                int8_t l_127[2];
                int32_t *l_128 = &l_71;
                int i;
                for (i = 0; i < 2; i++)
                    l_127[i] = 0x07L;
                g_84[g_21] = &g_21;
                (*l_128) = ((safe_sub_func_uint64_t_u_u(((((safe_rshift_func_int16_t_s_s((((&g_47 != g_84[g_21]) || ((*l_110) &= (((safe_rshift_func_uint8_t_u_u(((g_51[1] , (((8UL < (safe_div_func_uint16_t_u_u(65533UL, (*l_70)))) ^ 8UL) , &g_89)) != (void*)0), (*l_70))) , (void*)0) == &g_21))) | 0UL), 5)) || p_7) == (-1L)) & (-1L)), l_127[1])) >= p_7);
            }
            else
            { 
                int32_t *l_129[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_129[i] = (void*)0;
                l_138++;
            }
        }
lbl_143:
        (*l_70) |= l_131[2];
        for (l_138 = (-28); (l_138 < 1); ++l_138)
        { 
            uint16_t *l_152 = &g_89;
            uint16_t **l_151 = &l_152;
            if (g_111)
                goto lbl_143;
            if (l_71)
                goto lbl_144;
            for (p_6 = 0; (p_6 >= (-14)); p_6--)
            { 
                int8_t l_153 = 7L;
                g_149 = l_147;
                l_151 = l_151;
                if (l_131[2])
                    break;
                (***g_149) = l_153;
            }
            return p_6;
        }
    }
    return (**l_148);
}
static int16_t  func_10(uint8_t  p_11, uint8_t  p_12, uint32_t  p_13, uint32_t  p_14, uint32_t  p_15)
{ 
    int32_t *l_20 = &g_21;
    int32_t *l_45 = (void*)0;
    int32_t **l_44 = &l_45;
    int8_t *l_46[1];
    uint64_t *l_48 = &g_49;
    uint32_t *l_50 = &g_51[1];
    int32_t l_52 = 0x276C1F5EL;
    int32_t *l_55 = &l_52;
    int32_t *l_56 = &l_52;
    int32_t *l_57 = &l_52;
    int32_t *l_58 = &g_21;
    int32_t *l_59 = &g_21;
    int32_t l_60[3];
    int32_t *l_61 = &l_60[0];
    int32_t *l_62 = &g_21;
    int32_t *l_63 = &l_60[1];
    int32_t *l_64 = &l_52;
    int32_t *l_65 = (void*)0;
    int32_t *l_66[2][3] = {{&g_3,&g_3,&g_3},{(void*)0,(void*)0,(void*)0}};
    int i, j;
    for (i = 0; i < 1; i++)
        l_46[i] = (void*)0;
    for (i = 0; i < 3; i++)
        l_60[i] = 0xE2968D37L;
    (*l_20) = p_13;
    (*l_20) = (safe_add_func_uint32_t_u_u((safe_lshift_func_int16_t_s_s((safe_add_func_int64_t_s_s((p_14 , ((safe_mul_func_int16_t_s_s(((safe_mul_func_int16_t_s_s(((safe_lshift_func_uint16_t_u_s((safe_div_func_uint16_t_u_u((safe_add_func_uint8_t_u_u(((((*l_50) = (safe_add_func_uint64_t_u_u(((((safe_lshift_func_uint8_t_u_u(((*l_20) == (((*l_48) = ((!(!65535UL)) == ((g_47 = (((*l_44) = l_20) != l_20)) & g_21))) && g_21)), 5)) | 0L) && g_49) <= 0x1BL), g_3))) > p_11) , l_52), g_3)), p_15)), g_3)) , 0xDBDFL), p_11)) != p_14), g_21)) && g_51[1])), g_21)), (*l_20))), p_11));
    l_52 &= ((((*l_45) | p_11) , (g_51[1] ^ ((safe_lshift_func_int16_t_s_s((g_51[0] && p_13), 11)) || g_47))) | 9L);
    g_67--;
    return g_47;
}
int main (void)
{
    int i;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_21, "g_21", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_51[i], "g_51[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_67, "g_67", print_hash_value);
    transparent_crc(g_89, "g_89", print_hash_value);
    transparent_crc(g_111, "g_111", print_hash_value);
    transparent_crc(g_115, "g_115", print_hash_value);
    transparent_crc(g_130, "g_130", print_hash_value);
    transparent_crc(g_155, "g_155", print_hash_value);
    transparent_crc(g_168, "g_168", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_171[i], "g_171[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_173[i], "g_173[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_182, "g_182", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
