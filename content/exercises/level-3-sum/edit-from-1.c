/* The total of the first n amounts in a. */
long sum(const int *a, long n)
{
    long total = 0;
    for (long i = 1; i < n; i++)
        total += a[i];
    return total;
}
