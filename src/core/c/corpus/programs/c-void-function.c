/* A void function with an early return, called for its effect on a global. */
int total;

void add(int v)
{
    if (v < 0)
        return;
    total += v;
}

int main(void)
{
    add(5);
    add(-100);
    add(7);
    return total;
}
