/* The peak of one core for float64 AVX2 fused multiply-adds: 10 independent chains of
 * 4-lane FMAs, no memory traffic, so the FMA units are the only limit. Prints GFLOP/s four
 * times (the first run may still be raising the clock). The README's "one core's peak" comes
 * from this program; the kernels are measured against it.
 *
 *   gcc -O2 -mavx2 -mfma bench/fma_peak.c -o /tmp/fma_peak && /tmp/fma_peak
 */
#include <immintrin.h>
#include <stdio.h>
#include <time.h>

int main(void) {
    __m256d acc[10];
    for (int j = 0; j < 10; j++) acc[j] = _mm256_set1_pd(j * 0.001);
    __m256d x = _mm256_set1_pd(0.9999999), y = _mm256_set1_pd(1e-9);
    for (int run = 0; run < 4; run++) {
        struct timespec start, end;
        clock_gettime(CLOCK_MONOTONIC, &start);
        long steps = 200000000;
        for (long i = 0; i < steps; i++) {
#pragma GCC unroll 10
            for (int j = 0; j < 10; j++) acc[j] = _mm256_fmadd_pd(acc[j], x, y);
        }
        clock_gettime(CLOCK_MONOTONIC, &end);
        double seconds = (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
        double sum = 0, lanes[4];
        for (int j = 0; j < 10; j++) {
            _mm256_storeu_pd(lanes, acc[j]);
            sum += lanes[0];
        }
        /* 10 FMAs of 4 lanes, 2 flops each, per step; printing `sum` keeps the loop alive */
        printf("%.1f GFLOP/s (checksum %g)\n", steps * 10.0 * 4 * 2 / seconds / 1e9, sum);
    }
    return 0;
}
