/* switch statements: dense ones become jump tables, sparse ones compare chains or bit tests. */

//@ month=0..13
int days_in_month(int month, int leap) {
  switch (month) {
    case 1: case 3: case 5: case 7: case 8: case 10: case 12: return 31;
    case 4: case 6: case 9: case 11: return 30;
    case 2: return leap ? 29 : 28;
    default: return -1;
  }
}
//@ op=-1..11
int opcode_cost(int op) {
  switch (op) {
    case 0: return 1; case 1: return 3; case 2: return 3; case 3: return 7; case 4: return 12;
    case 5: return 2; case 6: return 9; case 7: return 4; case 8: return 4; case 9: return 20;
    default: return 0;
  }
}
//@ op=-1..11
long apply_op(int op, long a, long b) {
  switch (op) {
    case 0: return a + b; case 1: return a - b; case 2: return a * b;
    case 3: return b ? a / b : 0; case 4: return b ? a % b : 0; case 5: return a & b;
    case 6: return a | b; case 7: return a ^ b; case 8: return a << (b & 63); case 9: return a >> (b & 63);
    default: return -1;
  }
}
int char_class(int c) {
  switch (c) {
    case ' ': case '\t': case '\n': case '\r': return 1;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': return 2;
    case '+': case '-': case '*': case '/': case '%': return 3;
    case '(': case ')': case '[': case ']': case '{': case '}': return 4;
    default: return 0;
  }
}
//@ code=199..505
int http_status_class(int code) {
  switch (code) {
    case 200: return 1; case 201: return 1; case 204: return 1;
    case 301: return 2; case 302: return 2; case 304: return 2;
    case 400: return 3; case 401: return 3; case 403: return 3; case 404: return 3;
    case 500: return 4; case 503: return 4;
    default: return 0;
  }
}
int roman_value(int c) {
  switch (c) { case 'I': return 1; case 'V': return 5; case 'X': return 10; case 'L': return 50; case 'C': return 100; case 'D': return 500; case 'M': return 1000; }
  return 0;
}
//@ s=alphabet:IVXLCDM
int roman_to_int(const char *s) {
  int total = 0;
  for (; *s; s++) { int v = roman_value(*s), next = roman_value(s[1]); total += v < next ? -v : v; }
  return total;
}
//@ n=-1..6
int fallthrough_sum(int n) {
  int s = 0;
  switch (n) { case 5: s += 5; /* fall through */ case 4: s += 4; /* fall through */ case 3: s += 3; /* fall through */ case 2: s += 2; /* fall through */ case 1: s += 1; break; default: s = -1; }
  return s;
}
//@ day=0..8
unsigned weekday_mask(unsigned day) {
  switch (day) { case 0: return 0x01; case 1: return 0x02; case 2: return 0x04; case 3: return 0x08; case 4: return 0x10; case 5: return 0x20; case 6: return 0x40; default: return 0; }
}
//@ n=0..33
int is_prime_small(unsigned n) {
  switch (n) { case 2: case 3: case 5: case 7: case 11: case 13: case 17: case 19: case 23: case 29: case 31: return 1; default: return 0; }
}
int hex_digit_value(int c) {
  switch (c) {
    case '0': return 0; case '1': return 1; case '2': return 2; case '3': return 3; case '4': return 4;
    case '5': return 5; case '6': return 6; case '7': return 7; case '8': return 8; case '9': return 9;
    case 'a': case 'A': return 10; case 'b': case 'B': return 11; case 'c': case 'C': return 12;
    case 'd': case 'D': return 13; case 'e': case 'E': return 14; case 'f': case 'F': return 15;
    default: return -1;
  }
}
long scale_unit(int unit, long v) {
  switch (unit) { case 'k': return v * 1000; case 'M': return v * 1000000; case 'G': return v * 1000000000L; case 'K': return v << 10; case 'm': return v << 20; default: return v; }
}
int tokens_cost(const char *s) {
  int cost = 0;
  for (; *s; s++) switch (*s) { case '(': cost += 2; break; case ')': cost += 2; break; case ',': cost += 1; break; case ';': cost += 5; break; case '"': cost += 3; break; default: break; }
  return cost;
}
int month_from_letters(int a, int b, int c) {
  switch (a) {
    case 'J': return b == 'a' ? 1 : c == 'n' ? 6 : 7;
    case 'F': return 2; case 'M': return c == 'r' ? 3 : 5;
    case 'A': return b == 'p' ? 4 : 8; case 'S': return 9; case 'O': return 10; case 'N': return 11; case 'D': return 12;
    default: return 0;
  }
}
//@ score=0..105
int grade_points(int score) {
  switch (score / 10) { case 10: case 9: return 4; case 8: return 3; case 7: return 2; case 6: return 1; default: return 0; }
}
unsigned long shift_by_kind(int kind, unsigned long v) {
  switch (kind & 7) { case 0: return v; case 1: return v << 1; case 2: return v >> 1; case 3: return v << 8; case 4: return v >> 8; case 5: return ~v; case 6: return -v; default: return v * 3; }
}
int vowel_index(int c) {
  switch (c) { case 'a': return 0; case 'e': return 1; case 'i': return 2; case 'o': return 3; case 'u': return 4; case 'y': return 5; default: return -1; }
}
//@ x=8..29
int big_switch(int x) {
  switch (x) {
    case 10: return 3; case 11: return 1; case 12: return 4; case 13: return 1; case 14: return 5; case 15: return 9;
    case 16: return 2; case 17: return 6; case 18: return 5; case 19: return 3; case 20: return 5; case 21: return 8;
    case 22: return 9; case 23: return 7; case 24: return 9; case 25: return 3; case 26: return 2; case 27: return 3;
    default: return x;
  }
}
int sparse_switch(long x) {
  switch (x) { case -1000000: return 1; case -7: return 2; case 0: return 3; case 99: return 4; case 4096: return 5; case 1L << 40: return 6; default: return 0; }
}
