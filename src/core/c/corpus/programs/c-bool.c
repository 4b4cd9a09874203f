/* _Bool: any nonzero value converts to 1. */
_Bool truthy(long v)
{
    return v;
}

int main(void)
{
    _Bool b = 42;
    _Bool z = 0;
    int n = 0;
    n += b + z;
    n += truthy(0x100000000L) * 2;
    n += truthy(0) * 4;
    b++;
    n += b * 8;
    z = !z;
    n += z * 16;
    return n;
}
