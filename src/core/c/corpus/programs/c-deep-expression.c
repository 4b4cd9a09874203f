/* A deeply nested expression with calls inside: intermediate values survive the calls. */
int f(int x)
{
    return x * 3 - 1;
}

int main(void)
{
    int a = 7;
    int b = 11;
    return ((a + f(b)) * (f(a) - b) + (a * b - f(f(a)))) % 200 + ((a << 2) ^ (b | f(1)));
}
