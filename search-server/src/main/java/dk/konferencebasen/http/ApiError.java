package dk.konferencebasen.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON body of every error answer: a stable code and a sentence for people, and for the
 * problems a person types (invalid_query) the same sentence in Danish, which the page shows.
 */
public record ApiError(String error, String message, @JsonInclude(JsonInclude.Include.NON_NULL) String messageDa) {
  public ApiError(String error, String message) {
    this(error, message, null);
  }
}
