/* switch on a char, cases written as character constants. */
int score(const char *s)
{
    int total = 0;
    for (; *s; s++) {
        switch (*s) {
        case 'a': case 'e': case 'i': case 'o': case 'u':
            total += 1;
            break;
        case ' ':
            break;
        default:
            total += 2;
        }
    }
    return total;
}

int main(void)
{
    return score("hello world, this is a test");
}
