/* Object-like and function-like macros, nested, with arguments that are expressions. */
#define LIMIT 10
#define SQUARE(x) ((x) * (x))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define TWICE(x) (2 * (x))
#define DOUBLE_SQUARE(x) TWICE(SQUARE(x))

int main(void)
{
    int i;
    int s = 0;
    for (i = 0; i < LIMIT; i++)
        s += MAX(SQUARE(i - 5), i);
    return s + DOUBLE_SQUARE(3);
}
