/* May this person sign up on their own? 1 for yes, 0 for no. */
int is_adult(int age)
{
    return age >= 19;
}
