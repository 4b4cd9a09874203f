/* Sieve of Eratosthenes on a global char array. */
char composite[500];

int main(void)
{
    int count = 0;
    int i, j;
    for (i = 2; i < 500; i++) {
        if (composite[i])
            continue;
        count++;
        for (j = i * i; j < 500; j += i)
            composite[j] = 1;
    }
    return count;
}
