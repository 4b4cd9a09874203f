/* A char array initialized from a string; its size includes the zero. */
char word[] = "compiler";

int main(void)
{
    char local[] = "abc";
    int s = sizeof word + sizeof local;
    word[0] = 'C';
    return s * 10 + (word[0] - 'A') + local[2] - 'a';
}
