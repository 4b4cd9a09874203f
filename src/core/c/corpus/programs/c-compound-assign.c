/* Compound assignment on narrow types wraps to the target's type. */
int main(void)
{
    unsigned char b = 200;
    signed char s = 100;
    short h = 30000;
    unsigned u = 5;
    long l = 1;
    b += 100;
    s += 100;
    h *= 3;
    u -= 10;
    l <<= 40;
    l >>= 3;
    b ^= 0x0f;
    h /= 7;
    s %= 9;
    return (b + s + h + (int)(u >> 28) + (int)(l >> 30)) & 255;
}
