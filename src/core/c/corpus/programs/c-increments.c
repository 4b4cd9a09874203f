/* Pre and post increment and decrement of ints, chars, pointers and array elements. */
int main(void)
{
    int a[4] = {1, 2, 3, 4};
    int *p = a;
    int i = 0;
    signed char c = 127;
    unsigned char u = 0;
    int r = 0;
    r += *p++;
    r += *++p;
    r += a[i++]++;
    r += --a[--i + 1];
    c++;
    u--;
    r += c + u;
    r += i++ + ++i;
    return r & 255;
}
