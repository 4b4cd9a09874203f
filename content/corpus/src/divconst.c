/* Division and remainder by constants: compilers turn them into multiplications and shifts. */
#include <stdint.h>

int div3(int x) { return x / 3; }
int div7(int x) { return x / 7; }
int mod10(int x) { return x % 10; }
unsigned udiv3(unsigned x) { return x / 3; }
unsigned udiv7(unsigned x) { return x / 7; }
unsigned umod10(unsigned x) { return x % 10; }
uint64_t udiv10_64(uint64_t x) { return x / 10; }
int64_t div1000_64(int64_t x) { return x / 1000; }
int div_pow2(int x) { return x / 16; }
int mod_pow2(int x) { return x % 16; }
int64_t mod7_64(int64_t x) { return x % 7; }
int divisible_by_3(unsigned x) { return x % 3 == 0; }
int digit_sum_div(unsigned x) { int s = 0; while (x) { s += x % 10; x /= 10; } return s; }
unsigned udiv_by_large(unsigned x) { return x / 1000000007u; }
int div_neg5(int x) { return x / -5; }
uint64_t udiv_u64_by_7(uint64_t x) { return x / 7; }
uint64_t umod_u64_by_1e9(uint64_t x) { return x % 1000000000ull; }
unsigned seconds_to_hms(unsigned s) { return (s / 3600) * 10000 + (s / 60 % 60) * 100 + s % 60; }
int celsius_from_f(int f) { return (f - 32) * 5 / 9; }
unsigned short udiv16_by_5(unsigned short x) { return x / 5; }
unsigned char u8_div_3(unsigned char x) { return x / 3; }
int64_t div_by_variable(int64_t a, int64_t b) { return b == 0 || (a == INT64_MIN && b == -1) ? 0 : a / b; }
unsigned udiv_by_variable(unsigned a, unsigned b) { return b ? a / b : 0; }
