// Line comments and block comments everywhere, including inside expressions.
int /* the type */ f(int /* unnamed? no: */ a)
{
    return a /* times */ * 2 // and a line comment
        + 1;
}

int main(void)
{
    /* a comment
       over two lines */
    return f(20); // 41
}
