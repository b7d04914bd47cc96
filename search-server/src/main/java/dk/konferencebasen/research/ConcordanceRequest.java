package dk.konferencebasen.research;

import dk.konferencebasen.search.PassageSelection;

/** A concordance: which passages, how many characters of context each side, order and page. */
public record ConcordanceRequest(PassageSelection selection, int width, ConcordanceSort sort, int limit, int offset) {}
