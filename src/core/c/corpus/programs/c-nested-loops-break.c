/* break and continue in nested loops leave only the inner loop. */
int main(void)
{
    int count = 0;
    int i, j;
    for (i = 0; i < 10; i++) {
        for (j = 0; j < 10; j++) {
            if (j > i)
                break;
            if ((i + j) % 2)
                continue;
            count++;
        }
        if (i == 8)
            break;
    }
    return count;
}
