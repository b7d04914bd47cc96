package dk.konferencebasen.extraction;

/**
 * One block of text as the parser delimited it (a paragraph, heading, list item, table cell …)
 * with the page it was on. Its lines are separated by {@code \n}; for a PDF these are the lines
 * of the page, for other formats explicit line breaks. {@code page} counts pages (PDF) or slides
 * (PPTX) from 0 in reading order, and is {@link #NO_PAGE} for text outside any page (all text of
 * formats without pages, a PDF's bookmarks, a presentation's notes).
 */
record TextBlock(int page, String text) {
  static final int NO_PAGE = -1;

  boolean onPage() {
    return page != NO_PAGE;
  }
}
