/* A local array, initialized partly; the rest is zero. */
int main(void)
{
    int a[10] = {5, 4, 3};
    int i;
    int s = 0;
    for (i = 0; i < 10; i++)
        s = s * 2 + a[i];
    a[9] = 7;
    return (s + a[9]) & 255;
}
