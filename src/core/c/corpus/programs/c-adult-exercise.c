/* The level-1 function in three spellings that must agree. */
int a(int age) { return age >= 18; }
int b(int age) { return 18 <= age ? 1 : 0; }
int c(int age) { return (age > 17); }

int main(void)
{
    int bad = 0;
    for (int age = -5; age < 40; age++)
        bad += (a(age) != b(age)) + (b(age) != c(age));
    return bad * 100 + a(18) + b(17) + c(99);
}
