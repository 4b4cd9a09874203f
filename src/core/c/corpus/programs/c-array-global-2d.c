/* A global two-dimensional array and row pointers. */
int grid[3][4] = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}};

int row_sum(int *row, int n)
{
    int s = 0;
    while (n--)
        s += *row++;
    return s;
}

int main(void)
{
    int total = 0;
    int r;
    for (r = 0; r < 3; r++)
        total = total * 7 + row_sum(grid[r], 4);
    grid[1][2] = 100;
    return (total + grid[1][2] + sizeof grid) & 255;
}
