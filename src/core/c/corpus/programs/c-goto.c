/* goto forward and backward. */
int main(void)
{
    int i = 0;
    int s = 0;
again:
    s += i;
    i++;
    if (i < 10)
        goto again;
    if (s > 40)
        goto done;
    s = 0;
done:
    return s;
}
