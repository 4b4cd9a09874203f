/* typedef of integers, pointers and structs. */
typedef unsigned char byte;
typedef struct node {
    int value;
    struct node *next;
} node;
typedef node *list;

int sum(list l)
{
    int s = 0;
    for (; l; l = l->next)
        s += l->value;
    return s;
}

int main(void)
{
    node a, b, c;
    byte k = 250;
    a.value = 1;
    b.value = 2;
    c.value = 3;
    a.next = &b;
    b.next = &c;
    c.next = 0;
    k += 10;
    return sum(&a) * 10 + k;
}
