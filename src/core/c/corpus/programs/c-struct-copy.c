/* Struct assignment copies every byte. */
struct pair {
    int a;
    int b;
    char name[5];
};

struct pair g = {1, 2, "xy"};

int main(void)
{
    struct pair l;
    struct pair m;
    l = g;
    l.a = 10;
    m = l;
    g.b = 0;
    return m.a + m.b + l.b + g.b + m.name[1];
}
