/* Structs passed and returned by value (through the caller's copy, as System V does for big ones). */
struct P { char c; int x; long y; };
struct P make(int x, long y) { struct P p; p.c = 'k'; p.x = x; p.y = y; return p; }
long use(struct P p, int k) { p.x += k; return p.x + p.y + p.c; }
struct P twice(struct P p) { p.x *= 2; p.y *= 2; return p; }
int main(void)
{
    struct P a = make(3, 40);
    struct P b = twice(twice(a));
    long r = use(a, 1) + use(b, 0) + make(5, 6).x + a.x;
    return (int)r;
}
