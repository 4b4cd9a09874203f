/* Pointers to pointers and swapping through them. */
void swap(int **a, int **b)
{
    int *t = *a;
    *a = *b;
    *b = t;
}

int main(void)
{
    int x = 3;
    int y = 4;
    int *px = &x;
    int *py = &y;
    swap(&px, &py);
    *px = *px * 10;
    **(&py) += 1;
    return x * 100 + y;
}
