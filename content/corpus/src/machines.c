/* State machines: tokenisers, parsers and protocols written as loops over states. */

int count_numbers(const char *s) {
  enum { OUT, IN } state = OUT; int n = 0;
  for (; *s; s++) {
    int digit = *s >= '0' && *s <= '9';
    if (state == OUT && digit) { state = IN; n++; } else if (state == IN && !digit) state = OUT;
  }
  return n;
}
//@ s=alphabet:(()x)
int balanced_parens(const char *s) {
  int depth = 0;
  for (; *s; s++) { if (*s == '(') depth++; else if (*s == ')' && --depth < 0) return 0; }
  return depth == 0;
}
//@ s=alphabet:ab
int matches_ab(const char *s) {
  int state = 0;
  for (; *s; s++) {
    switch (state) {
      case 0: if (*s == 'a') state = 0; else if (*s == 'b') state = 1; else return 0; break;
      case 1: if (*s == 'b') state = 1; else return 0; break;
    }
  }
  return state == 1;
}
//@ s=alphabet:/*ab/*
int comment_chars(const char *s) {
  int state = 0, n = 0;
  for (; *s; s++) {
    switch (state) {
      case 0: if (*s == '/') state = 1; break;
      case 1: state = *s == '*' ? 2 : *s == '/' ? 1 : 0; break;
      case 2: if (*s == '*') state = 3; else n++; break;
      case 3: if (*s == '/') state = 0; else if (*s != '*') { state = 2; n += 2; } else n++; break;
    }
  }
  return n;
}
int rle_length(const char *s) {
  int n = 0;
  while (*s) { char c = *s; int run = 0; while (*s == c && run < 9) { s++; run++; } n += 2; }
  return n;
}
//@ state=0..3 steps=0..50
int traffic_light(int state, int steps) {
  for (int i = 0; i < steps; i++) state = state == 0 ? 1 : state == 1 ? 2 : 0;
  return state;
}
//@ coins=alphabet:nndqqrx
int vending(const char *coins) {
  int credit = 0, sold = 0;
  for (; *coins; coins++) {
    switch (*coins) { case 'n': credit += 5; break; case 'd': credit += 10; break; case 'q': credit += 25; break; case 'r': credit = 0; break; default: break; }
    if (credit >= 35) { credit -= 35; sold++; }
  }
  return sold * 100 + credit;
}
long parse_signed(const char *s) {
  int state = 0; long v = 0; int neg = 0;
  for (; *s; s++) {
    if (state == 0) { if (*s == ' ') continue; if (*s == '-') { neg = 1; state = 1; continue; } if (*s == '+') { state = 1; continue; } state = 1; }
    if (*s < '0' || *s > '9') break;
    v = v * 10 + (*s - '0');
  }
  return neg ? -v : v;
}
int csv_fields(const char *s) {
  int fields = 1, quoted = 0;
  for (; *s; s++) { if (*s == '"') quoted = !quoted; else if (*s == ',' && !quoted) fields++; }
  return fields;
}
int utf8_count(const unsigned char *s) {
  int n = 0;
  for (; *s; s++) if ((*s & 0xC0) != 0x80) n++;
  return n;
}
int collatz_steps(unsigned long n) {
  int steps = 0;
  while (n > 1 && steps < 1000) { n = n & 1 ? 3 * n + 1 : n / 2; steps++; }
  return steps;
}
//@ keys=alphabet:4711471x
int door_lock(const char *keys) {
  static const char code[] = "4711";
  int state = 0, opens = 0;
  for (; *keys; keys++) {
    if (*keys == code[state]) { if (++state == 4) { opens++; state = 0; } }
    else state = *keys == code[0] ? 1 : 0;
  }
  return opens;
}
int count_lines(const char *s) { int n = 0, any = 0; for (; *s; s++) { any = 1; if (*s == '\n') n++; } return n + (any && s[-1] != '\n'); }
//@ moves=alphabet:UDLR
unsigned keypad_walk(const char *moves) {
  int r = 1, c = 1;
  for (; *moves; moves++) {
    switch (*moves) { case 'U': if (r > 0) r--; break; case 'D': if (r < 2) r++; break; case 'L': if (c > 0) c--; break; case 'R': if (c < 2) c++; break; }
  }
  return (unsigned)(r * 3 + c + 1);
}
int base64_value(int c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  return c == '+' ? 62 : c == '/' ? 63 : -1;
}
