/* More locals than registers: the rest live on the stack, across calls too. */
int id(int x)
{
    return x;
}

int main(void)
{
    int a = id(1), b = id(2), c = id(3), d = id(4), e = id(5), f = id(6), g = id(7), h = id(8);
    int i = id(9), j = id(10), k = id(11), l = id(12);
    return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10 + k * 11 + l * 12 - 600;
}
