/* switch with fall-through, default in the middle, and break. */
int classify(int x)
{
    int r = 0;
    switch (x) {
    case 1:
        r += 1;
    case 2:
        r += 2;
        break;
    default:
        r += 100;
    case 3:
        r += 3;
        break;
    case -5:
        r = 55;
    }
    return r;
}

int main(void)
{
    int s = 0;
    int i;
    for (i = -6; i < 6; i++)
        s = s * 3 + classify(i);
    return s & 255;
}
