/* 64-bit and unsigned arithmetic: overflow, wide products, number theory. */
#include <stdint.h>

uint64_t isqrt64(uint64_t n) {
  uint64_t x = n, y = (x + 1) / 2;
  if (n < 2) return n;
  while (y < x) { x = y; y = (x + n / x) / 2; }
  return x;
}
//@ e=0..100000
uint64_t modpow(uint64_t b, uint64_t e, uint64_t m) {
  if (m == 0) return 0;
  uint64_t r = 1 % m; b %= m;
  while (e) { if (e & 1) r = (uint64_t)((unsigned __int128)r * b % m); b = (uint64_t)((unsigned __int128)b * b % m); e >>= 1; }
  return r;
}
uint64_t gcd64(uint64_t a, uint64_t b) { while (b) { uint64_t t = a % b; a = b; b = t; } return a; }
uint64_t binary_gcd(uint64_t a, uint64_t b) {
  if (a == 0) return b; if (b == 0) return a;
  int s = __builtin_ctzll(a | b); a >>= __builtin_ctzll(a);
  do { b >>= __builtin_ctzll(b); if (a > b) { uint64_t t = a; a = b; b = t; } b -= a; } while (b);
  return a << s;
}
uint64_t lcm64(uint64_t a, uint64_t b) { return a && b ? a / gcd64(a, b) * b : 0; }
uint64_t saturating_add(uint64_t a, uint64_t b) { uint64_t s = a + b; return s < a ? UINT64_MAX : s; }
int64_t saturating_sub_signed(int64_t a, int64_t b) {
  int64_t r; if (__builtin_sub_overflow(a, b, &r)) return a < 0 ? INT64_MIN : INT64_MAX; return r;
}
int add_overflows(int a, int b) { int r; return __builtin_add_overflow(a, b, &r); }
int mul_overflows_u64(uint64_t a, uint64_t b) { uint64_t r; return __builtin_mul_overflow(a, b, &r); }
int64_t abs64(int64_t x) { return x < 0 ? -x : x; }
int digit_count(uint64_t n) { int d = 1; while (n >= 10) { n /= 10; d++; } return d; }
uint64_t reverse_digits(uint64_t n) { uint64_t r = 0; while (n) { r = r * 10 + n % 10; n /= 10; } return r; }
//@ n=0..200000
int is_prime(uint32_t n) {
  if (n < 2) return 0; if (n % 2 == 0) return n == 2;
  for (uint32_t d = 3; d * d <= n; d += 2) if (n % d == 0) return 0;
  return 1;
}
int64_t mul_div(int64_t a, int64_t b, int64_t c) { return c ? (int64_t)((__int128)a * b / c) : 0; }
uint64_t average_u64(uint64_t a, uint64_t b) { return (a & b) + ((a ^ b) >> 1); }
int64_t floor_div(int64_t a, int64_t b) {
  if (b == 0 || (a == INT64_MIN && b == -1)) return 0;
  int64_t q = a / b; return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}
int64_t euclid_mod(int64_t a, int64_t b) { if (b == 0 || b == -1) return 0; int64_t r = a % b; return r < 0 ? r + (b < 0 ? -b : b) : r; }
uint32_t umul_hi32(uint32_t a, uint32_t b) { return (uint32_t)(((uint64_t)a * b) >> 32); }
int64_t smul_hi64(int64_t a, int64_t b) { return (int64_t)(((__int128)a * b) >> 64); }
uint64_t u128_add_carry(uint64_t a_lo, uint64_t a_hi, uint64_t b_lo, uint64_t b_hi) {
  unsigned __int128 a = ((unsigned __int128)a_hi << 64) | a_lo, b = ((unsigned __int128)b_hi << 64) | b_lo;
  unsigned __int128 s = a + b; return (uint64_t)(s >> 64) ^ (uint64_t)s;
}
int compare_u64(uint64_t a, uint64_t b) { return (a > b) - (a < b); }
int compare_i64(int64_t a, int64_t b) { return (a > b) - (a < b); }
uint64_t clamp_u64(uint64_t x, uint64_t lo, uint64_t hi) { return x < lo ? lo : x > hi ? hi : x; }
int64_t sign_extend_24(uint32_t x) { return (int64_t)((int32_t)(x << 8) >> 8); }
uint32_t to_u32_saturate(int64_t x) { return x < 0 ? 0 : x > 0xffffffffLL ? 0xffffffffu : (uint32_t)x; }
int8_t narrow_i8(int x) { return (int8_t)x; }
uint16_t add_u16(uint16_t a, uint16_t b) { return (uint16_t)(a + b); }
short mul_i16(short a, short b) { return (short)(a * b); }
unsigned char max_u8(unsigned char a, unsigned char b) { return a > b ? a : b; }
_Bool is_negative_long(long x) { return x < 0; }
