/* The level-3 function, fixed, with its own caller. */
long sum(const int *a, long n)
{
    long total = 0;
    for (long i = 0; i < n; i++)
        total += a[i];
    return total;
}

int main(void)
{
    int a[5] = {2147483647, 2147483647, 1, -3, 4};
    return (int)(sum(a, 5) % 256);
}
