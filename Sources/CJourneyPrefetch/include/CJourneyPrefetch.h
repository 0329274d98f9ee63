#ifndef CJOURNEYPREFETCH_H
#define CJOURNEYPREFETCH_H

/// Asks the CPU to bring the cache line holding `address` closer (read, low temporal locality) without waiting for
/// it: the import's formatter reads each bucket's records in shuffled order, and every record would otherwise be a
/// cache miss the loop waits for. Swift has no prefetch; a static inline function here is inlined into the caller.
static inline void cjp_prefetch(const void *address) { __builtin_prefetch(address, 0, 0); }

#endif
