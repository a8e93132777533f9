/* Montgomery multiplication (CIOS) for Sprig's RSA key generation and signing: the inner
 * loops are 64x64->128 multiply-adds, which C compiles to mul/add/adc chains. */
#include "montgomery.h"

typedef unsigned __int128 u128;

void rudder_montgomery_multiply(const uint64_t *a, const uint64_t *b, uint64_t *out, uint64_t *t,
                                const uint64_t *m, size_t n, uint64_t m_inv) {
    for (size_t j = 0; j < n + 2; j++) t[j] = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t carry = 0;
        const uint64_t ai = a[i];
        for (size_t j = 0; j < n; j++) {
            u128 p = (u128)ai * b[j] + t[j] + carry;
            t[j] = (uint64_t)p;
            carry = (uint64_t)(p >> 64);
        }
        u128 top = (u128)t[n] + carry;
        t[n] = (uint64_t)top;
        t[n + 1] = (uint64_t)(top >> 64);
        const uint64_t u = t[0] * m_inv;
        carry = (uint64_t)(((u128)u * m[0] + t[0]) >> 64);
        for (size_t j = 1; j < n; j++) {
            u128 p = (u128)u * m[j] + t[j] + carry;
            t[j - 1] = (uint64_t)p;
            carry = (uint64_t)(p >> 64);
        }
        u128 last = (u128)t[n] + carry;
        t[n - 1] = (uint64_t)last;
        t[n] = t[n + 1] + (uint64_t)(last >> 64);
    }
    /* t < 2m: subtract m once when t >= m. */
    int geq = t[n] != 0;
    if (!geq) {
        geq = 1;
        for (size_t j = n; j-- > 0;) {
            if (t[j] != m[j]) {
                geq = t[j] > m[j];
                break;
            }
        }
    }
    if (geq) {
        uint64_t borrow = 0;
        for (size_t j = 0; j < n; j++) {
            u128 d = (u128)t[j] - m[j] - borrow;
            out[j] = (uint64_t)d;
            borrow = (uint64_t)(d >> 64) & 1;
        }
    } else {
        for (size_t j = 0; j < n; j++) out[j] = t[j];
    }
}
