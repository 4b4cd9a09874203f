/* String handling in the style of small C libraries and textbook exercises. */
#include <stddef.h>

size_t my_strlen(const char *s) { const char *p = s; while (*p) p++; return (size_t)(p - s); }
int my_strcmp(const char *a, const char *b) {
  while (*a && *a == *b) { a++; b++; }
  return (unsigned char)*a - (unsigned char)*b;
}
int index_of(const char *s, int c) { for (int i = 0; s[i]; i++) if (s[i] == c) return i; return -1; }
int last_index_of(const char *s, int c) { int r = -1; for (int i = 0; s[i]; i++) if (s[i] == c) r = i; return r; }
int count_char(const char *s, int c) { int n = 0; for (; *s; s++) n += *s == c; return n; }
void to_upper(char *s) { for (; *s; s++) if (*s >= 'a' && *s <= 'z') *s -= 32; }
void to_lower(char *s) { for (; *s; s++) if (*s >= 'A' && *s <= 'Z') *s += 32; }
void reverse_string(char *s) {
  size_t n = 0; while (s[n]) n++;
  for (size_t i = 0; i < n / 2; i++) { char t = s[i]; s[i] = s[n - 1 - i]; s[n - 1 - i] = t; }
}
int is_palindrome(const char *s) {
  int i = 0, j = 0; while (s[j]) j++; j--;
  while (i < j) if (s[i++] != s[j--]) return 0;
  return 1;
}
int my_atoi(const char *s) {
  int sign = 1, v = 0;
  while (*s == ' ') s++;
  if (*s == '-' || *s == '+') sign = *s++ == '-' ? -1 : 1;
  while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
  return sign * v;
}
int utoa_len(unsigned v, char *out) {
  char tmp[12]; int n = 0;
  do { tmp[n++] = (char)('0' + v % 10); v /= 10; } while (v);
  for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
  out[n] = 0;
  return n;
}
int count_words(const char *s) {
  int n = 0, in = 0;
  for (; *s; s++) { if (*s == ' ' || *s == '\t' || *s == '\n') in = 0; else if (!in) { in = 1; n++; } }
  return n;
}
int count_vowels(const char *s) {
  int n = 0;
  for (; *s; s++) switch (*s | 32) { case 'a': case 'e': case 'i': case 'o': case 'u': n++; }
  return n;
}
size_t span_digits(const char *s) { size_t n = 0; while (s[n] >= '0' && s[n] <= '9') n++; return n; }
unsigned parse_hex(const char *s) {
  unsigned v = 0;
  for (;; s++) {
    int c = *s, d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if ((c | 32) >= 'a' && (c | 32) <= 'f') d = (c | 32) - 'a' + 10;
    else return v;
    v = v * 16 + (unsigned)d;
  }
}
void caesar(char *s, int k) {
  k = ((k % 26) + 26) % 26;
  for (; *s; s++) {
    if (*s >= 'a' && *s <= 'z') *s = (char)('a' + (*s - 'a' + k) % 26);
    else if (*s >= 'A' && *s <= 'Z') *s = (char)('A' + (*s - 'A' + k) % 26);
  }
}
int starts_with(const char *s, const char *prefix) { while (*prefix) if (*s++ != *prefix++) return 0; return 1; }
int leading_spaces(const char *s) { int n = 0; while (s[n] == ' ') n++; return n; }
int trailing_spaces(const char *s) { int n = 0, r = 0; for (; s[n]; n++) r = s[n] == ' ' ? r + 1 : 0; return r; }
int strcasecmp_ascii(const char *a, const char *b) {
  for (;; a++, b++) {
    int x = *a | 32, y = *b | 32;
    if (!*a || !*b || x != y) return (*a ? x : 0) - (*b ? y : 0);
  }
}
void copy_string(char *out, const char *s) { while ((*out++ = *s++)) {} }
int is_identifier(const char *s) {
  if (!(*s == '_' || (*s | 32) >= 'a' && (*s | 32) <= 'z')) return 0;
  for (s++; *s; s++) if (!(*s == '_' || (*s >= '0' && *s <= '9') || ((*s | 32) >= 'a' && (*s | 32) <= 'z'))) return 0;
  return 1;
}
int digit_sum_string(const char *s) { int n = 0; for (; *s; s++) if (*s >= '0' && *s <= '9') n += *s - '0'; return n; }
void squeeze_spaces(char *s) {
  char *w = s; int prev = 0;
  for (; *s; s++) { if (*s == ' ' && prev) continue; prev = *s == ' '; *w++ = *s; }
  *w = 0;
}
