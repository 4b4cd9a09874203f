/* Nested structs and arrays inside structs. */
struct inner {
    short v[3];
};
struct outer {
    int id;
    struct inner in;
    struct inner *link;
};

int main(void)
{
    struct outer o;
    struct inner spare;
    int i;
    o.id = 9;
    for (i = 0; i < 3; i++) {
        o.in.v[i] = (short)(i * 1000 - 1);
        spare.v[i] = (short)i;
    }
    o.link = &spare;
    o.link->v[2] = 40;
    return o.id + o.in.v[2] / 100 + spare.v[2] + (int)sizeof(struct outer);
}
