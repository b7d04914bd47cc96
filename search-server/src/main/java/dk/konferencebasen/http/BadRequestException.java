package dk.konferencebasen.http;

/** A request parameter a client has to change; answered with 400 and the message. */
final class BadRequestException extends RuntimeException {
  BadRequestException(String message) {
    super(message);
  }
}
