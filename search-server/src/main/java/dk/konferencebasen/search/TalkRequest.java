package dk.konferencebasen.search;

import dk.konferencebasen.query.Filters;
import java.util.Optional;

/**
 * A search for talks: the typed query (none: every talk the filters keep, newest programme first,
 * each programme's talks in their order), its filters, and which page.
 */
public record TalkRequest(Optional<String> query, Filters filters, int limit, int offset) {}
