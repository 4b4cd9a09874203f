/* The comma operator evaluates left to right and yields its right operand. */
int main(void)
{
    int a = 1;
    int b = 2;
    int c;
    int i, j;
    c = (a += 10, b *= a, a + b);
    for (i = 0, j = 10; i < j; i++, j--)
        c++;
    return c;
}
