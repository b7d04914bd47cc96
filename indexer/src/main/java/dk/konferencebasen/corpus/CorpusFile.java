package dk.konferencebasen.corpus;

import java.nio.file.Path;

/** A document found in the corpus folder, with its path relative to that folder ('/'-separated). */
public record CorpusFile(Path path, String relativePath, long size) {}
