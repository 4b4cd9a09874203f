/* The total of the first n amounts in a. */
long sum(const int *a, long n)
{
    long total = 0;
    for (long i = 0; i <= n - 1; i++)
        total += a[i];
    return total;
}
