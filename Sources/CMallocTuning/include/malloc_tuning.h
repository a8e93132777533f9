#ifndef RUDDER_MALLOC_TUNING_H
#define RUDDER_MALLOC_TUNING_H

/// Tunes glibc malloc for one short-lived render (see BigStack.swift); a no-op elsewhere.
void rudder_tune_malloc(void);

#endif
