/* Pointer arithmetic: +, -, difference, comparison, on several element sizes. */
long values[6] = {10, 20, 30, 40, 50, 60};
short halves[6] = {1, 2, 3, 4, 5, 6};

int main(void)
{
    long *p = values + 1;
    long *q = &values[5];
    short *s = halves;
    int r = (int)(q - p);
    r += (int)*(p + 2) / 10;
    r += p < q;
    r += (q - 1)[0] == 50;
    s += 3;
    r += *s + s[-1] + (int)(s - halves);
    return r;
}
