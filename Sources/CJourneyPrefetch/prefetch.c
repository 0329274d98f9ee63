// CJourneyPrefetch is a header-only C target (include/CJourneyPrefetch.h); SwiftPM needs one source file.
