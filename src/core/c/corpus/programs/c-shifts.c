/* Arithmetic and logical right shifts, shifts by a variable. */
int main(void)
{
    int s = -256;
    unsigned u = 0x80000000u;
    long l = -1;
    int k = 3;
    int r = 0;
    r += (s >> 4) == -16;
    r += (u >> 31) * 2;
    r += ((l << 63) < 0) * 4;
    r += (1 << k) * 8;
    r += (int)((unsigned long)l >> (60 + k));
    return r;
}
