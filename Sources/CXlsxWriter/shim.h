#ifndef AGENDA_CXLSXWRITER_SHIM_H
#define AGENDA_CXLSXWRITER_SHIM_H

/* Debian's libxlsxwriter-dev (1.1.4) installs its umbrella header at the top of the include
   path; a module map may only name headers by a path relative to itself, hence this file. */
#include <xlsxwriter.h>

#endif /* AGENDA_CXLSXWRITER_SHIM_H */
