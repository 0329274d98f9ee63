/* One-pass C peer for bench/run: per numeric column of a CSV (header row first), n, mean, median, sample sd,
 * top-2 and bottom-2 box, from a histogram of the integer values 0..15 (ratings are small integers; anything else
 * counts as not answered). The I/O and parsing floor journeymap is measured against.
 *
 *   cc -O2 -o peer bench/peer.c -lm && ./peer FILE.csv [FIRST-COLUMN]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

#define MAXCOLS 4096
#define K 16

static long long hist[MAXCOLS][K];
static char names[MAXCOLS][64];

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: peer FILE.csv [FIRST-COLUMN]\n"); return 64; }
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 66; }
    int first = argc > 2 ? atoi(argv[2]) : 1;
    static char buf[1 << 20];
    int col = 0, line = 0, len = 0, value = 0, digits = 0, other = 0, cols = 0;
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, f)) > 0) {
        for (size_t i = 0; i < got; i++) {
            char c = buf[i];
            if (c == ',' || c == '\n') {
                if (line == 0) { if (col < MAXCOLS) names[col][len < 63 ? len : 63] = 0; }
                else if (col < MAXCOLS && digits > 0 && !other && value < K) hist[col][value]++;
                value = digits = other = len = 0;
                if (c == '\n') { if (line == 0) cols = col + 1; line++; col = 0; } else col++;
            } else if (line == 0) {
                if (col < MAXCOLS && len < 63) names[col][len] = c;
                len++;
            } else if (c >= '0' && c <= '9') { value = value * 10 + (c - '0'); digits++; }
            else if (c != '\r') other = 1;
        }
    }
    fclose(f);
    for (int j = first; j < cols && j < MAXCOLS; j++) {
        long long n = 0; double sum = 0, sq = 0;
        int lo = -1, hi = -1;
        for (int v = 0; v < K; v++) { n += hist[j][v]; sum += (double)v * hist[j][v]; if (hist[j][v]) { if (lo < 0) lo = v; hi = v; } }
        if (n == 0) continue;
        double mean = sum / n;
        for (int v = 0; v < K; v++) sq += hist[j][v] * (v - mean) * (v - mean);
        /* median: middle value or mean of the two middle values */
        long long a = (n - 1) / 2, b = n / 2, run = 0; int va = -1, vb = -1;
        for (int v = 0; v < K; v++) { run += hist[j][v]; if (va < 0 && run > a) va = v; if (vb < 0 && run > b) vb = v; }
        long long top = hist[j][hi] + (hi > 0 ? hist[j][hi - 1] : 0), bottom = hist[j][lo] + (lo + 1 < K ? hist[j][lo + 1] : 0);
        printf("%s n=%lld mean=%.4f median=%.1f sd=%.4f t2b=%.4f b2b=%.4f\n", names[j], n, mean, (va + vb) / 2.0,
               n > 1 ? sqrt(sq / (n - 1)) : 0.0, (double)top / n, (double)bottom / n);
    }
    return 0;
}
