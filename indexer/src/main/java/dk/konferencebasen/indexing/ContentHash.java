package dk.konferencebasen.indexing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a document's bytes and its sidecar's, so that editing either one makes the
 * document count as changed on the next run.
 */
final class ContentHash {
  private ContentHash() {}

  static String of(Path document, Path sidecar) throws IOException {
    MessageDigest digest = sha256();
    update(digest, document);
    if (Files.isRegularFile(sidecar)) {
      digest.update((byte) 0);
      update(digest, sidecar);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, Path file) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
