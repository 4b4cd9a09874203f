/* A union reads back the bytes another member wrote (little-endian). */
union word {
    unsigned int u;
    unsigned char bytes[4];
    short halves[2];
};

int main(void)
{
    union word w;
    w.u = 0x11223344u;
    return w.bytes[0] + w.bytes[3] + (w.halves[1] == 0x1122) + (int)sizeof(union word);
}
