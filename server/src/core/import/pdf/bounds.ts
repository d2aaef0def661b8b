// How much of a PDF the importer reads: a report has a few to a few dozen
// pages and some thousand pieces of text; far past that, the file is refused
// before pdf.js spends time and memory on it.

/** Most pages of a PDF to import (a report has at most a few dozen). */
export const MAX_PDF_PAGES = 200;
/** Most pieces of text and rules, all pages together. */
export const MAX_PDF_PIECES = 400_000;
/** Most rules on one page that are joined into table grids (more: the page's rules are not read as tables). */
export const MAX_PAGE_RULES = 5_000;
