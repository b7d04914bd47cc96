package dk.konferencebasen.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/**
 * A test-only Tika parser that misbehaves as a broken real one could: files starting "KB-HANG"
 * make it spin forever without heeding interrupts, files starting "KB-OOM" make it allocate until
 * the heap is gone. Found by Tika's service loader (META-INF/services), the types by magic in
 * custom-mimetypes.xml (classpath root). Only ever run it in a parse worker.
 */
public final class HostileParser implements Parser {
  public static final MediaType HANG = MediaType.application("x-kb-hang");
  public static final MediaType OOM = MediaType.application("x-kb-oom");

  /** In a hanging file, the line that names a file to create when the hang begins. */
  public static final String BEGAN = "began: ";

  /** Read by nobody; keeps the spin loop from being optimised away. */
  public static volatile long spins;

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return Set.of(HANG, OOM);
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException {
    if (new String(stream.readNBytes(6), StandardCharsets.US_ASCII).equals("KB-OOM")) {
      List<long[]> hoard = new ArrayList<>();
      while (true) {
        hoard.add(new long[1 << 20]);
      }
    }
    // a line "began: PATH" asks for PATH to be created once the hang has begun
    for (String line : new String(stream.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
      if (line.startsWith(BEGAN)) {
        Files.writeString(Path.of(line.substring(BEGAN.length())), "the hang has begun\n");
      }
    }
    while (true) {
      spins++; // no sleep, no interrupt check: Future.cancel cannot stop this
    }
  }
}
