/* Bit tricks in the style of Hacker's Delight and the Stanford bit hacks page. */
#include <stdint.h>

int popcount32(uint32_t x) { int c = 0; while (x) { x &= x - 1; c++; } return c; }
int popcount_swar(uint32_t x) {
  x = x - ((x >> 1) & 0x55555555u);
  x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
  return (int)((((x + (x >> 4)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24);
}
int popcount64(uint64_t x) { return __builtin_popcountll(x); }
int parity32(uint32_t x) { x ^= x >> 16; x ^= x >> 8; x ^= x >> 4; return (0x6996 >> (x & 0xf)) & 1; }
int is_power_of_two(uint32_t x) { return x && !(x & (x - 1)); }
uint32_t next_power_of_two(uint32_t x) {
  x--; x |= x >> 1; x |= x >> 2; x |= x >> 4; x |= x >> 8; x |= x >> 16; return x + 1;
}
uint32_t lowest_set_bit(uint32_t x) { return x & -x; }
uint32_t clear_lowest_bit(uint32_t x) { return x & (x - 1); }
int ctz32(uint32_t x) { return x ? __builtin_ctz(x) : 32; }
int clz32(uint32_t x) { return x ? __builtin_clz(x) : 32; }
int ctz64(uint64_t x) { return x ? __builtin_ctzll(x) : 64; }
int clz64(uint64_t x) { return x ? __builtin_clzll(x) : 64; }
int ilog2(uint32_t x) { int r = 0; while (x >>= 1) r++; return r; }
uint32_t reverse_bits(uint32_t x) {
  x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
  x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
  x = ((x >> 4) & 0x0F0F0F0Fu) | ((x & 0x0F0F0F0Fu) << 4);
  x = ((x >> 8) & 0x00FF00FFu) | ((x & 0x00FF00FFu) << 8);
  return (x >> 16) | (x << 16);
}
uint32_t bswap32(uint32_t x) { return __builtin_bswap32(x); }
uint64_t bswap64(uint64_t x) { return __builtin_bswap64(x); }
uint32_t bswap32_manual(uint32_t x) {
  return (x >> 24) | ((x >> 8) & 0xff00u) | ((x << 8) & 0xff0000u) | (x << 24);
}
uint32_t rotl32(uint32_t x, unsigned r) { r &= 31; return (x << r) | (x >> ((32 - r) & 31)); }
uint32_t rotr32(uint32_t x, unsigned r) { r &= 31; return (x >> r) | (x << ((32 - r) & 31)); }
uint64_t rotl64(uint64_t x, unsigned r) { r &= 63; return (x << r) | (x >> ((64 - r) & 63)); }
int sign_of(int x) { return (x > 0) - (x < 0); }
int abs_branchless(int x) { int m = x >> 31; return (x + m) ^ m; }
int min_branchless(int a, int b) { return b ^ ((a ^ b) & -(a < b)); }
int opposite_signs(int a, int b) { return (a ^ b) < 0; }
uint32_t set_bit(uint32_t x, unsigned n) { return x | (1u << (n & 31)); }
int test_bit(uint32_t x, unsigned n) { return (x >> (n & 31)) & 1; }
uint32_t toggle_bit(uint32_t x, unsigned n) { return x ^ (1u << (n & 31)); }
int test_bit64(uint64_t x, unsigned n) { return (x >> (n & 63)) & 1; }
uint64_t clear_bit64(uint64_t x, unsigned n) { return x & ~(1ull << (n & 63)); }
uint32_t interleave16(uint32_t x, uint32_t y) {
  uint32_t r = 0;
  for (int i = 0; i < 16; i++) r |= ((x >> i) & 1u) << (2 * i) | ((y >> i) & 1u) << (2 * i + 1);
  return r;
}
uint32_t gray_code(uint32_t x) { return x ^ (x >> 1); }
uint32_t gray_decode(uint32_t g) { for (uint32_t s = 1; s < 32; s <<= 1) g ^= g >> s; return g; }
uint32_t extract_bits(uint32_t x, unsigned start, unsigned len) {
  start &= 31; len &= 31; return (x >> start) & ((1u << len) - 1);
}
//@ c=90..125
int is_vowel_mask(int c) { return c >= 'a' && c <= 'z' && ((1u << (c - 'a')) & 0x104111u) != 0; }
uint64_t mul_hi_u64(uint64_t a, uint64_t b) { return (uint64_t)(((unsigned __int128)a * b) >> 64); }
