#ifndef RUDDER_MONTGOMERY_H
#define RUDDER_MONTGOMERY_H

#include <stddef.h>
#include <stdint.h>

/* out = a * b * 2^(-64 n) mod m, for a, b < m (n limbs each, least significant first).
 * t is scratch space of n + 2 limbs; m_inv is -m^-1 mod 2^64. out may alias a or b. */
void rudder_montgomery_multiply(const uint64_t *a, const uint64_t *b, uint64_t *out, uint64_t *t,
                                const uint64_t *m, size_t n, uint64_t m_inv);

#endif
