/* Block scope: an inner declaration hides an outer one. */
int x = 5;

int main(void)
{
    int r = x;
    int x = 10;
    r += x;
    {
        int x = 100;
        r += x;
        {
            x++;
            r += x;
        }
    }
    return r + x;
}
