#include "CJourneyICU.h"
#include <unicode/ubrk.h>
#include <unicode/utypes.h>

int32_t cjicu_word_boundaries(const uint16_t *text, int32_t length, int32_t *boundaries, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, "zh", (const UChar *)text, length, &status);
    if (U_FAILURE(status) || iterator == NULL) return -1;
    int32_t count = 0;
    for (int32_t b = ubrk_first(iterator); b != UBRK_DONE; b = ubrk_next(iterator)) {
        if (count < capacity) boundaries[count] = b;
        count++;
    }
    ubrk_close(iterator);
    return count;
}
