/* ?: with mixed types, nested, and as an lvalue-free value. */
int pick(int a, long b, unsigned c)
{
    long x = a > 0 ? a : b;
    unsigned long y = c ? c : (unsigned long)-1;
    return (int)(x + (long)(y % 1000)) + (a < 0 ? a > -5 ? 1 : 2 : 3);
}

int main(void)
{
    return pick(5, 7, 0) + pick(-3, 40, 9) + pick(-10, 1, 2);
}
