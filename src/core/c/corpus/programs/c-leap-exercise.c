/* The level-2 function, fixed, counted over four centuries. */
int is_leap(int year)
{
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

int main(void)
{
    int n = 0;
    for (int y = 1600; y < 2000; y++)
        n += is_leap(y);
    return n;
}
