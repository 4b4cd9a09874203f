/* Euclid's algorithm with unsigned longs. */
unsigned long gcd(unsigned long a, unsigned long b)
{
    while (b) {
        unsigned long t = a % b;
        a = b;
        b = t;
    }
    return a;
}

int main(void)
{
    unsigned long g = gcd(1071, 462);
    unsigned long l = 1071 / g * 462;
    return (int)(g + l % 200);
}
