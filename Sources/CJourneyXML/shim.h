#ifndef CJOURNEYXML_SHIM_H
#define CJOURNEYXML_SHIM_H

/*
 * Debian builds libxml2 with ICU, and <libxml/encoding.h> then includes the
 * system's <unicode/ucnv.h>, which clashes with Foundation's _FoundationICU
 * module. Including xmlversion.h first and undefining LIBXML_ICU_ENABLED keeps
 * the ICU headers out; only the tail of xmlCharEncodingHandler changes, which
 * journeymap never allocates.
 */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

/* In Swift 6 `xmlFree` is a global function-pointer variable, rejected as not
 * concurrency-safe; call it through this inline wrapper instead. */
static inline void cjx_free(void *pointer) {
    if (pointer != NULL) {
        xmlFree(pointer);
    }
}

#endif
