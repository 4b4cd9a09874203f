/* Counting primes below 200 with while loops. */
int main(void)
{
    int n = 2;
    int primes = 0;
    while (n < 200) {
        int d = 2;
        int prime = 1;
        while (d * d <= n) {
            if (n % d == 0) {
                prime = 0;
                break;
            }
            d++;
        }
        primes += prime;
        n++;
    }
    return primes;
}
