/* Six arguments of mixed widths, System V order. */
long mix(char a, short b, int c, long d, unsigned char e, unsigned long f)
{
    return a * 1 + b * 10 + c * 100 + d * 1000 + e * 7 + (long)(f % 1000);
}

int main(void)
{
    long r = mix(-3, -200, 70000, -5, 250, 123456789ul);
    return (int)(r ^ (r >> 8) ^ (r >> 16));
}
