package dk.konferencebasen.extraction;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The bytes between {@link IsolatedExtractor} and {@link ParseWorker}. Strings are an int length
 * and UTF-8 bytes ({@code writeUTF} stops at 64 KB, and one paragraph may be longer).
 * <pre>
 * worker start-up:  READY
 * request:          path
 * answer:           EXTRACTED mediaType paragraphCount paragraph… removedCount (text reason)…
 *                            title? author? created? modified? description? language? pages truncated
 *                 | FAILED reason
 * </pre>
 * An absent optional is a false boolean; an absent page count is -1.
 */
final class WireFormat {
  static final byte READY = 'R';
  static final byte EXTRACTED = 'E';
  static final byte FAILED = 'F';

  private WireFormat() {}

  static void writeExtraction(DataOutputStream out, Extraction e) throws IOException {
    out.writeByte(EXTRACTED);
    writeString(out, e.mediaType());
    out.writeInt(e.paragraphs().size());
    for (String paragraph : e.paragraphs()) {
      writeString(out, paragraph);
    }
    out.writeInt(e.removed().size());
    for (RemovedText removed : e.removed()) {
      writeString(out, removed.text());
      writeString(out, removed.reason());
    }
    writeOptional(out, e.title());
    writeOptional(out, e.author());
    writeOptional(out, e.created());
    writeOptional(out, e.modified());
    writeOptional(out, e.description());
    writeOptional(out, e.language());
    out.writeInt(e.pageCount().orElse(-1));
    out.writeBoolean(e.truncated());
  }

  static void writeFailure(DataOutputStream out, String reason) throws IOException {
    out.writeByte(FAILED);
    writeString(out, reason);
  }

  /** Reads the rest of an answer whose first byte was {@link #EXTRACTED}. */
  static Extraction readExtraction(DataInputStream in) throws IOException {
    String mediaType = readString(in);
    int count = in.readInt();
    List<String> paragraphs = new ArrayList<>(Math.min(count, 1 << 16));
    for (int i = 0; i < count; i++) {
      paragraphs.add(readString(in));
    }
    int removedCount = in.readInt();
    List<RemovedText> removed = new ArrayList<>(Math.min(removedCount, 1 << 16));
    for (int i = 0; i < removedCount; i++) {
      removed.add(new RemovedText(readString(in), readString(in)));
    }
    Optional<String> title = readOptional(in);
    Optional<String> author = readOptional(in);
    Optional<String> created = readOptional(in);
    Optional<String> modified = readOptional(in);
    Optional<String> description = readOptional(in);
    Optional<String> language = readOptional(in);
    int pages = in.readInt();
    boolean truncated = in.readBoolean();
    return new Extraction(mediaType, paragraphs, removed, title, author, created, modified, description, language,
        pages < 0 ? OptionalInt.empty() : OptionalInt.of(pages), truncated);
  }

  static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      throw new IOException("corrupt answer from the parse worker (negative length)");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes); // EOFException when the worker died halfway through the answer
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void writeOptional(DataOutputStream out, Optional<String> value) throws IOException {
    out.writeBoolean(value.isPresent());
    if (value.isPresent()) {
      writeString(out, value.get());
    }
  }

  private static Optional<String> readOptional(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(readString(in)) : Optional.empty();
  }
}
