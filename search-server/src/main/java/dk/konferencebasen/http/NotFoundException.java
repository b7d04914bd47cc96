package dk.konferencebasen.http;

/** An id or path that does not exist; answered with 404 and the message. */
final class NotFoundException extends RuntimeException {
  NotFoundException(String message) {
    super(message);
  }
}
