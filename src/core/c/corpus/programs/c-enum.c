/* enum constants, explicit and implicit values, in a switch. */
enum color { RED, GREEN = 5, BLUE, ALPHA = -2 };

int weight(enum color c)
{
    switch (c) {
    case RED:
        return 1;
    case GREEN:
        return 2;
    case BLUE:
        return 3;
    default:
        return 4;
    }
}

int main(void)
{
    enum color c = BLUE;
    return weight(c) * 100 + weight(RED) * 10 + weight(ALPHA) + BLUE + ALPHA;
}
