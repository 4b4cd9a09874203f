/* An array of structs, initialized, walked with a pointer. */
struct item {
    int price;
    unsigned char count;
};

struct item items[4] = {{10, 1}, {20, 2}, {5, 255}, {7, 0}};

int main(void)
{
    struct item *it;
    int total = 0;
    for (it = items; it < items + 4; it++)
        total += it->price * it->count;
    return total % 256;
}
