/* A struct with mixed members: layout, access through a pointer, sizeof. */
struct point {
    char tag;
    int x;
    long y;
    short z;
};

int area(struct point *p)
{
    return p->x * (int)p->y + p->z + p->tag;
}

int main(void)
{
    struct point pt;
    pt.tag = 3;
    pt.x = 5;
    pt.y = 7;
    pt.z = -2;
    return area(&pt) + (int)sizeof(struct point);
}
