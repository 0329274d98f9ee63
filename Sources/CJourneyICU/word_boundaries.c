#include "CJourneyICU.h"
#include <unicode/ubrk.h>
#include <unicode/utypes.h>

/// One word break iterator per thread, opened on first use and pointed at each new text with ubrk_setText:
/// opening one loads ICU's rules and the CJK dictionary state, which cost more than segmenting a short label.
static _Thread_local UBreakIterator *cached_iterator = NULL;

int32_t cjicu_word_boundaries(const uint16_t *text, int32_t length, int32_t *boundaries, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    if (cached_iterator == NULL) {
        cached_iterator = ubrk_open(UBRK_WORD, "zh", NULL, 0, &status);
        if (U_FAILURE(status)) { cached_iterator = NULL; return -1; }
    }
    UBreakIterator *iterator = cached_iterator;
    ubrk_setText(iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t b = ubrk_first(iterator); b != UBRK_DONE; b = ubrk_next(iterator)) {
        if (count < capacity) boundaries[count] = b;
        count++;
    }
    // Leave no pointer to the caller's buffer behind.
    static const UChar empty[1] = {0};
    UErrorCode reset = U_ZERO_ERROR;
    ubrk_setText(iterator, empty, 0, &reset);
    return count;
}
