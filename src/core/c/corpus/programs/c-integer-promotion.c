/* Integer promotion: unsigned char and short arithmetic happens in int. */
int main(void)
{
    unsigned char a = 200;
    unsigned char b = 100;
    unsigned short c = 65535;
    int r = 0;
    r += (a + b) > 255;
    r += (unsigned char)(a + b) == 44;
    r += (c * c) < 0 ? 4 : 0;
    r += (~a) < 0 ? 8 : 0;
    r += sizeof(a + b) == 4 ? 16 : 0;
    return r;
}
