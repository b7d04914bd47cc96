package dk.konferencebasen.indexing;

import dk.konferencebasen.corpus.CorpusFile;
import dk.konferencebasen.extraction.TemplateLines;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The corpus's site template for one indexing run, found on first use: scanning reads the edges
 * of every plain-text file, which a run where nothing changed does not need. Thread-safe.
 */
final class SiteTemplate {
  private static final Logger LOG = LoggerFactory.getLogger(SiteTemplate.class);

  private final List<CorpusFile> files;
  private TemplateLines lines;

  SiteTemplate(List<CorpusFile> files) {
    this.files = files;
  }

  synchronized TemplateLines lines() {
    if (lines == null) {
      lines = TemplateLines.scan(files.stream().map(CorpusFile::path).toList());
      if (lines.size() > 0) {
        LOG.info("{} lines of a site template recur across the corpus; they are removed as chrome", lines.size());
      }
    }
    return lines;
  }
}
