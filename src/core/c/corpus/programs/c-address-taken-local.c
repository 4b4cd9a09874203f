/* A local whose address is taken lives in memory; writes through the pointer are seen. */
void set(int *p, int v)
{
    *p = v;
}

int main(void)
{
    int a = 1;
    int b = 2;
    set(&a, 40);
    set(&b, a + 2);
    return a + b;
}
