/* Globals with initializers, including addresses of other globals. */
int table[5] = {1, 1, 2, 3, 5};
int *middle = &table[2];
int counter;
const char *name = "ok";
long big = -5000000000L;

int main(void)
{
    counter += *middle;
    counter += middle[2];
    counter += name[0] == 'o';
    return counter + (int)(big / 1000000000L);
}
