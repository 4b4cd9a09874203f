/* Checksums and hashes as real programs write them. */
#include <stddef.h>
#include <stdint.h>

uint32_t adler32(const unsigned char *data, size_t len) {
  uint32_t a = 1, b = 0;
  for (size_t i = 0; i < len; i++) { a = (a + data[i]) % 65521; b = (b + a) % 65521; }
  return (b << 16) | a;
}
uint32_t crc32_bitwise(const unsigned char *data, size_t len) {
  uint32_t crc = 0xFFFFFFFFu;
  for (size_t i = 0; i < len; i++) {
    crc ^= data[i];
    for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & -(crc & 1));
  }
  return ~crc;
}
static const uint32_t crc_nibble[16] = {
  0x00000000, 0x1DB71064, 0x3B6E20C8, 0x26D930AC, 0x76DC4190, 0x6B6B51F4, 0x4DB26158, 0x5005713C,
  0xEDB88320, 0xF00F9344, 0xD6D6A3E8, 0xCB61B38C, 0x9B64C2B0, 0x86D3D2D4, 0xA00AE278, 0xBDBDF21C};
uint32_t crc32_table(const unsigned char *data, size_t len) {
  uint32_t crc = 0xFFFFFFFFu;
  for (size_t i = 0; i < len; i++) {
    crc ^= data[i];
    crc = crc_nibble[crc & 15] ^ (crc >> 4);
    crc = crc_nibble[crc & 15] ^ (crc >> 4);
  }
  return ~crc;
}
uint32_t fnv1a32(const char *s) {
  uint32_t h = 2166136261u;
  while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; }
  return h;
}
uint64_t fnv1a64(const char *s) {
  uint64_t h = 14695981039346656037ull;
  while (*s) { h ^= (unsigned char)*s++; h *= 1099511628211ull; }
  return h;
}
unsigned long djb2(const char *s) { unsigned long h = 5381; int c; while ((c = *s++)) h = h * 33 + c; return h; }
unsigned long sdbm(const char *s) { unsigned long h = 0; int c; while ((c = *s++)) h = c + (h << 6) + (h << 16) - h; return h; }
uint32_t one_at_a_time(const unsigned char *key, size_t len) {
  uint32_t h = 0;
  for (size_t i = 0; i < len; i++) { h += key[i]; h += h << 10; h ^= h >> 6; }
  h += h << 3; h ^= h >> 11; h += h << 15;
  return h;
}
uint16_t fletcher16(const unsigned char *data, size_t len) {
  uint16_t a = 0, b = 0;
  for (size_t i = 0; i < len; i++) { a = (a + data[i]) % 255; b = (b + a) % 255; }
  return (uint16_t)((b << 8) | a);
}
uint32_t murmur_fmix32(uint32_t h) { h ^= h >> 16; h *= 0x85ebca6bu; h ^= h >> 13; h *= 0xc2b2ae35u; h ^= h >> 16; return h; }
uint64_t murmur_fmix64(uint64_t k) {
  k ^= k >> 33; k *= 0xff51afd7ed558ccdull; k ^= k >> 33; k *= 0xc4ceb9fe1a85ec53ull; k ^= k >> 33; return k;
}
uint64_t splitmix64(uint64_t x) {
  x += 0x9e3779b97f4a7c15ull; x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull; return x ^ (x >> 31);
}
uint32_t xorshift32(uint32_t x) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; return x; }
//@ digits=alphabet:0123456789
int luhn_valid(const char *digits) {
  int sum = 0, n = 0, i = 0;
  while (digits[n]) n++;
  for (i = n - 1; i >= 0; i--) {
    int d = digits[i] - '0';
    if (d < 0 || d > 9) return 0;
    if ((n - 1 - i) & 1) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return n > 0 && sum % 10 == 0;
}
uint8_t xor_checksum(const unsigned char *data, size_t len) { uint8_t x = 0; while (len--) x ^= *data++; return x; }
uint16_t internet_checksum(const unsigned char *data, size_t len) {
  uint32_t sum = 0;
  for (size_t i = 0; i + 1 < len; i += 2) sum += (uint32_t)(data[i] << 8 | data[i + 1]);
  if (len & 1) sum += (uint32_t)data[len - 1] << 8;
  while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
  return (uint16_t)~sum;
}
