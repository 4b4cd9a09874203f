/* A static local keeps its value between calls. */
int next(void)
{
    static int n = 10;
    return n++;
}

int main(void)
{
    next();
    next();
    return next();
}
