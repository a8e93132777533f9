#include "malloc_tuning.h"

#if defined(__linux__)
#include <malloc.h>
#endif

void rudder_tune_malloc(void) {
#if defined(__GLIBC__) && defined(M_ARENA_MAX)
    mallopt(M_ARENA_MAX, 1);               /* the work thread uses the main heap */
    mallopt(M_TOP_PAD, 16 << 20);          /* grow the heap in large steps */
    mallopt(M_TRIM_THRESHOLD, 512 << 20);  /* never hand freed memory back */
    mallopt(M_MMAP_THRESHOLD, 256 << 20);  /* large blocks come from the heap too */
#endif
}
