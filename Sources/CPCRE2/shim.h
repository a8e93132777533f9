#ifndef RUDDER_CPCRE2_SHIM_H
#define RUDDER_CPCRE2_SHIM_H
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* Macros Swift cannot import, exposed as inline functions/constants. */
static inline uint32_t rudder_pcre2_utf(void) { return PCRE2_UTF; }
static inline uint32_t rudder_pcre2_ucp(void) { return PCRE2_UCP; }
static inline size_t rudder_pcre2_zero_terminated(void) { return PCRE2_ZERO_TERMINATED; }
static inline int rudder_pcre2_error_nomatch(void) { return PCRE2_ERROR_NOMATCH; }
static inline uint32_t rudder_pcre2_dollar_endonly(void) { return PCRE2_DOLLAR_ENDONLY; }
static inline uint32_t rudder_pcre2_alt_circumflex(void) { return PCRE2_ALT_CIRCUMFLEX; }
static inline uint32_t rudder_pcre2_newline_lf(void) { return PCRE2_NEWLINE_LF; }
static inline uint32_t rudder_pcre2_no_utf_check(void) { return PCRE2_NO_UTF_CHECK; }
static inline size_t rudder_pcre2_unset(void) { return PCRE2_UNSET; }
#endif
