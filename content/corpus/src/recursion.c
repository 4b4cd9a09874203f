/* Recursion: the textbook functions, which exercise calls, the stack and frame pointers. */

//@ n=0..20
unsigned long factorial(unsigned n) { return n <= 1 ? 1 : n * factorial(n - 1); }
//@ n=0..18
int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int gcd_recursive(int a, int b) { return b == 0 ? (a < 0 ? -a : a) : gcd_recursive(b, a % b == 0 ? 0 : a % b); }
//@ m=0..2 n=0..6
int ackermann(int m, int n) { return m == 0 ? n + 1 : n == 0 ? ackermann(m - 1, 1) : ackermann(m - 1, ackermann(m, n - 1)); }
//@ e=0..40
long power(long b, unsigned e) { if (e == 0) return 1; long h = power(b, e / 2); return e & 1 ? h * h * b : h * h; }
int digit_sum(unsigned n) { return n < 10 ? (int)n : (int)(n % 10) + digit_sum(n / 10); }
//@ n=0..18 k=0..18
long binomial(int n, int k) { if (k < 0 || k > n) return 0; if (k == 0 || k == n) return 1; return binomial(n - 1, k - 1) + binomial(n - 1, k); }
//@ n=0..20
long hanoi_moves(int n) { return n == 0 ? 0 : 2 * hanoi_moves(n - 1) + 1; }
//@ r=0..8 c=0..8
long grid_paths(int r, int c) { return r == 0 || c == 0 ? 1 : grid_paths(r - 1, c) + grid_paths(r, c - 1); }
static int bs(const int *a, int lo, int hi, int key) {
  if (lo > hi) return -1;
  int mid = lo + (hi - lo) / 2;
  return a[mid] == key ? mid : a[mid] < key ? bs(a, mid + 1, hi, key) : bs(a, lo, mid - 1, key);
}
int binary_search_rec(const int *a, int n, int key) { return bs(a, 0, n - 1, key); }
int is_odd(unsigned n);
//@ n=0..300
int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
//@ n=0..300
int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }
//@ x=0..10 y=0..10 z=0..10
int tak(int x, int y, int z) { return y < x ? tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)) : z; }
long sum_array_rec(const int *a, int n) { return n <= 0 ? 0 : a[n - 1] + sum_array_rec(a, n - 1); }
//@ n=0..25 max=0..25
int count_partitions(int n, int max) { if (n == 0) return 1; if (n < 0 || max == 0) return 0; return count_partitions(n - max, max) + count_partitions(n, max - 1); }
int string_length_rec(const char *s) { return *s ? 1 + string_length_rec(s + 1) : 0; }
//@ n=0..1000
int deep_sum(int n) { return n == 0 ? 0 : n + deep_sum(n - 1); }
unsigned reverse_digits_rec(unsigned n, unsigned acc) { return n == 0 ? acc : reverse_digits_rec(n / 10, acc * 10 + n % 10); }
