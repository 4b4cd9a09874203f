/* Collatz steps: a loop with an if inside and a long counter. */
int steps(long n)
{
    int s = 0;
    while (n != 1) {
        if (n % 2 == 0)
            n /= 2;
        else
            n = 3 * n + 1;
        s++;
    }
    return s;
}

int main(void)
{
    return steps(27);
}
