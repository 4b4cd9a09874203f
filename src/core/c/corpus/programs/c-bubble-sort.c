/* Sorting an array through a pointer parameter. */
void sort(int *a, int n)
{
    int i, j;
    for (i = 0; i < n; i++)
        for (j = 0; j + 1 < n - i; j++)
            if (a[j] > a[j + 1]) {
                int t = a[j];
                a[j] = a[j + 1];
                a[j + 1] = t;
            }
}

int main(void)
{
    int a[8] = {42, -7, 19, 0, 3, 3, -100, 8};
    int i;
    int h = 0;
    sort(a, 8);
    for (i = 0; i < 8; i++)
        h = h * 31 + a[i];
    return h & 255;
}
