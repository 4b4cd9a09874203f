/* Bit twiddling: population count, parity, lowest set bit. */
int popcount(unsigned long v)
{
    int c = 0;
    while (v) {
        v &= v - 1;
        c++;
    }
    return c;
}

int main(void)
{
    unsigned long v = 0xF0F0123456789ABCul;
    int low = (int)(v & -v);
    return popcount(v) + low + (popcount(v) & 1) * 100;
}
