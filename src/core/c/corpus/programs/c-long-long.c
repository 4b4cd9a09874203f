/* long long and unsigned long long are 64 bits wide. */
int main(void)
{
    long long a = 1LL << 40;
    unsigned long long b = 0xFFFFFFFFFFFFFFFFull;
    int r = 0;
    r += sizeof(long long) == 8;
    r += (a >> 38) == 4 ? 2 : 0;
    r += (b + 1 == 0) * 4;
    r += (int)(b >> 60);
    return r;
}
