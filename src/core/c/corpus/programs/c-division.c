/* Division and remainder truncate toward zero; unsigned division differs. */
int main(void)
{
    int r = 0;
    r += -7 / 2 == -3;
    r += (-7 % 2 == -1) * 2;
    r += (7u / 2u == 3u) * 4;
    r += ((unsigned)-7 / 2u == 2147483644u) * 8;
    r += (-7L / 2L == -3L) * 16;
    r += ((long)(-9223372036854775807L - 1) % 3 == -2) * 32;
    return r;
}
