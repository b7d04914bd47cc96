package dk.konferencebasen.soak;

/**
 * One request of the mix: the endpoint it is counted under, the path and query sent, and what
 * a correct server answers to it.
 */
record SoakRequest(String endpoint, String target, Expect expect) {
  enum Expect {
    /** A good request: 2xx. */
    ANSWER,
    /** A deliberately bad request: 4xx with a JSON error. */
    REFUSAL,
    /** A report or passage id seen in an earlier answer: 2xx, or 404 once the re-index removed it. */
    ANSWER_OR_GONE
  }
}
