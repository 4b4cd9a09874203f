/* do-while runs its body at least once; continue jumps to the test. */
int main(void)
{
    int n = 0;
    int k = 0;
    do {
        k++;
        if (k % 3 == 0)
            continue;
        n += k;
    } while (k < 20);
    do
        n++;
    while (0);
    return n;
}
