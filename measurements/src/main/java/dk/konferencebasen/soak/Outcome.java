package dk.konferencebasen.soak;

/** How one answer of the soak is judged. */
enum Outcome {
  /** 2xx JSON to a good request. */
  ANSWERED,
  /** 4xx JSON to a deliberately bad request. */
  REFUSED_AS_EXPECTED,
  /** 404 JSON for an id from an earlier answer whose report the re-index has removed since. */
  GONE,
  /** A 4xx to a good request, or a 2xx to a bad one: the server or the mix is wrong. */
  UNEXPECTED,
  /** 5xx, no connection, no answer in time, or a body that is not JSON. */
  FAILED;

  boolean bad() {
    return this == UNEXPECTED || this == FAILED;
  }
}
