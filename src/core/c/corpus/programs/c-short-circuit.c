/* && and || do not evaluate their right side when the left decides. */
int calls = 0;

int touch(int v)
{
    calls++;
    return v;
}

int main(void)
{
    int r = 0;
    if (touch(0) && touch(1))
        r += 1;
    if (touch(1) || touch(1))
        r += 2;
    r += (touch(2) && touch(0)) * 4;
    r += (touch(0) || touch(3)) * 8;
    return r * 10 + calls;
}
