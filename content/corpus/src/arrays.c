/* Searching and sorting arrays. */
#include <stddef.h>
#include <stdint.h>

long sum_array(const int *a, int n) { long s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
int max_array(const int *a, int n) { int m = n ? a[0] : 0; for (int i = 1; i < n; i++) if (a[i] > m) m = a[i]; return m; }
int argmin(const int *a, int n) { int k = 0; for (int i = 1; i < n; i++) if (a[i] < a[k]) k = i; return n ? k : -1; }
int count_negative(const int *a, int n) { int c = 0; for (int i = 0; i < n; i++) c += a[i] < 0; return c; }
int linear_search(const int *a, int n, int key) { for (int i = 0; i < n; i++) if (a[i] == key) return i; return -1; }
int binary_search(const int *a, int n, int key) {
  int lo = 0, hi = n - 1;
  while (lo <= hi) { int mid = lo + (hi - lo) / 2; if (a[mid] == key) return mid; if (a[mid] < key) lo = mid + 1; else hi = mid - 1; }
  return -1;
}
int lower_bound(const int *a, int n, int key) {
  int lo = 0, hi = n;
  while (lo < hi) { int mid = (lo + hi) >> 1; if (a[mid] < key) lo = mid + 1; else hi = mid; }
  return lo;
}
int is_sorted(const int *a, int n) { for (int i = 1; i < n; i++) if (a[i - 1] > a[i]) return 0; return 1; }
void reverse_array(int *a, int n) { for (int i = 0, j = n - 1; i < j; i++, j--) { int t = a[i]; a[i] = a[j]; a[j] = t; } }
void insertion_sort(int *a, int n) {
  for (int i = 1; i < n; i++) { int v = a[i], j = i - 1; while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; } a[j + 1] = v; }
}
void bubble_sort(int *a, int n) {
  for (int i = 0; i < n; i++) for (int j = 0; j + 1 < n - i; j++) if (a[j] > a[j + 1]) { int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; }
}
void selection_sort(long *a, int n) {
  for (int i = 0; i < n; i++) { int m = i; for (int j = i + 1; j < n; j++) if (a[j] < a[m]) m = j; long t = a[i]; a[i] = a[m]; a[m] = t; }
}
static void sift_down(int *a, int start, int end) {
  int root = start;
  while (2 * root + 1 <= end) {
    int child = 2 * root + 1, sw = root;
    if (a[sw] < a[child]) sw = child;
    if (child + 1 <= end && a[sw] < a[child + 1]) sw = child + 1;
    if (sw == root) return;
    int t = a[root]; a[root] = a[sw]; a[sw] = t; root = sw;
  }
}
void heap_sort(int *a, int n) {
  for (int s = (n - 2) / 2; s >= 0; s--) sift_down(a, s, n - 1);
  for (int e = n - 1; e > 0; e--) { int t = a[e]; a[e] = a[0]; a[0] = t; sift_down(a, 0, e - 1); }
}
static void quick(int *a, int lo, int hi) {
  if (lo >= hi) return;
  int p = a[(lo + hi) / 2], i = lo, j = hi;
  while (i <= j) { while (a[i] < p) i++; while (a[j] > p) j--; if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; } }
  quick(a, lo, j); quick(a, i, hi);
}
void quick_sort(int *a, int n) { quick(a, 0, n - 1); }
void prefix_sums(int *a, int n) { for (int i = 1; i < n; i++) a[i] += a[i - 1]; }
long dot_product(const int *a, const int *b, int n) { long s = 0; for (int i = 0; i < n; i++) s += (long)a[i] * b[i]; return s; }
long max_subarray(const int *a, int n) {
  long best = 0, cur = 0;
  for (int i = 0; i < n; i++) { cur = cur + a[i] > 0 ? cur + a[i] : 0; if (cur > best) best = cur; }
  return best;
}
void rotate_left_one(int *a, int n) { if (n < 2) return; int f = a[0]; for (int i = 1; i < n; i++) a[i - 1] = a[i]; a[n - 1] = f; }
int count_distinct_sorted(const int *a, int n) { int c = n > 0; for (int i = 1; i < n; i++) c += a[i] != a[i - 1]; return c; }
uint64_t sum_u64(const uint64_t *a, size_t n) { uint64_t s = 0; for (size_t i = 0; i < n; i++) s += a[i]; return s; }
int sum_bytes(const unsigned char *a, size_t n) { int s = 0; for (size_t i = 0; i < n; i++) s += a[i]; return s; }
int sum_shorts(const short *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
void fill_squares(int *out, int n) { for (int i = 0; i < n; i++) out[i] = i * i; }
void zero_array(int *a, int n) { for (int i = 0; i < n; i++) a[i] = 0; }
void copy_array(int *out, const int *a, int n) { for (int i = 0; i < n; i++) out[i] = a[i]; }
int majority_candidate(const int *a, int n) {
  int cand = 0, count = 0;
  for (int i = 0; i < n; i++) { if (count == 0) cand = a[i]; count += a[i] == cand ? 1 : -1; }
  return cand;
}
int second_largest(const int *a, int n) {
  int first = -2147483647 - 1, second = first;
  for (int i = 0; i < n; i++) { if (a[i] > first) { second = first; first = a[i]; } else if (a[i] > second && a[i] != first) second = a[i]; }
  return second;
}
