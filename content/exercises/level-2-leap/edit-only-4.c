/* Is this year of the Gregorian calendar a leap year? 1 for yes, 0 for no. */
int is_leap(int year)
{
    return year % 4 == 0;
}
