/* Explicit casts between widths and signedness. */
int main(void)
{
    long big = 0x123456789abcdefL;
    int r = 0;
    r += (unsigned char)big;
    r += (signed char)big;
    r += (short)(big >> 8) & 0xff;
    r += (int)(unsigned short)-1 >> 8;
    r += (long)(int)0x80000000u < 0;
    r += (unsigned long)(int)-1 > 0;
    r += (_Bool)256;
    r += (_Bool)0;
    return r & 255;
}
