/* #ifdef, #ifndef, #else, #undef. */
#define FAST
#ifdef FAST
#define STEP 3
#else
#define STEP 1
#endif
#ifndef STEP
#error no step
#endif
#undef FAST
#ifdef FAST
int broken = 1;
#else
int broken = 0;
#endif

int main(void)
{
    int i;
    int n = 0;
    for (i = 0; i < 30; i += STEP)
        n++;
    return n + broken;
}
