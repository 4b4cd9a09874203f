/* Everyday integer helpers, plus calls into the C library's memory functions. */
#include <stddef.h>
#include <string.h>

int clamp(int x, int lo, int hi) { return x < lo ? lo : x > hi ? hi : x; }
int max3(int a, int b, int c) { int m = a > b ? a : b; return m > c ? m : c; }
int median3(int a, int b, int c) { if (a > b) { int t = a; a = b; b = t; } if (b > c) b = c; return a > b ? a : b; }
int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
long triangle(long n) { return n * (n + 1) / 2; }
int lerp_int(int a, int b, int t) { return a + (int)(((long)(b - a) * t) / 256); }
int day_of_week(int y, int m, int d) {
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 1 || m > 12) return -1;
  y -= m < 3;
  return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}
//@ lo=0..100000 hi=0..100000
int count_set_in_range(unsigned lo, unsigned hi) { int c = 0; for (unsigned x = lo; x < hi && x < lo + 64; x++) c += __builtin_popcount(x); return c; }
void zero_fill(int *a, int n) { if (n > 0) memset(a, 0, (size_t)n * sizeof *a); }
void copy_ints(int *out, const int *a, int n) { if (n > 0) memcpy(out, a, (size_t)n * sizeof *a); }
size_t length_plus_one(const char *s) { return strlen(s) + 1; }
void shift_right_one(int *a, int n) { if (n > 1) memmove(a + 1, a, (size_t)(n - 1) * sizeof *a); }
int sum_local_array(int n) {
  int buf[32];
  for (int i = 0; i < 32; i++) buf[i] = i * n;
  int s = 0; for (int i = 0; i < 32; i += 3) s += buf[i];
  return s;
}
static const char *const names[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
int name_length(int d) { return d >= 0 && d < 10 ? (int)strlen(names[d]) : -1; }
int first_letter(int d) { return d >= 0 && d < 10 ? names[d][0] : 0; }
static int counter = 40;
int bump(int by) { int old = counter; counter = old + by; int r = counter * 2; counter = old; return r; }
static const short table[8] = {1, -2, 300, -4000, 5, 6, -7, 8};
long table_sum(int k) { long s = 0; for (int i = 0; i < 8; i++) s += table[i] * (long)(k + i); return s; }
int abs_diff(int a, int b) { return a > b ? a - b : b - a; }
unsigned long mix_args(int a, unsigned b, long c, unsigned long d, short e, unsigned char f) { return (unsigned long)a * 3 + b * 5u + (unsigned long)c * 7 + d * 11 + (unsigned long)e * 13 + f * 17u; }
