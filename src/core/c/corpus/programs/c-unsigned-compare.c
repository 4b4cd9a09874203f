/* Signed/unsigned comparison: -1 < 1u is false, because -1 converts to unsigned. */
int main(void)
{
    int r = 0;
    r += -1 < 1u;
    r += (-1 < 1) * 2;
    r += ((long)-1 < 1u) * 4;
    r += (-1L < 1ul) * 8;
    r += ((unsigned char)-1 > 0) * 16;
    r += ((short)-1 < (unsigned short)1) * 32;
    return r;
}
