#ifndef CJOURNEYICU_H
#define CJOURNEYICU_H

#include <stdint.h>

/// Word boundaries of UTF-16 text by ICU's word break iterator (dictionary-based for Chinese and Japanese).
/// Writes up to `capacity` boundary offsets (in UTF-16 code units, ascending, including 0 and `length`) into
/// `boundaries` and returns how many there are; returns -1 when ICU fails. ICU's headers stay inside the .c file,
/// so Swift never sees them next to Foundation's own ICU module.
int32_t cjicu_word_boundaries(const uint16_t *text, int32_t length, int32_t *boundaries, int32_t capacity);

#endif
