/* String literals, their length, and walking them with a pointer. */
unsigned long length(const char *s)
{
    const char *p = s;
    while (*p)
        p++;
    return p - s;
}

int main(void)
{
    const char *greeting = "Hello, " "world!";
    char copy[20];
    int i;
    for (i = 0; greeting[i]; i++)
        copy[i] = greeting[i];
    copy[i] = 0;
    return (int)length(copy) * 10 + copy[7] - 'w' + sizeof("abc");
}
