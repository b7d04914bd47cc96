package dk.konferencebasen.search;

import java.util.List;

/** One page of talks, how many talks matched in all, and the index commit it was answered from. */
public record TalksResult(long total, List<TalkHit> talks, long tookMs, String indexCommit) {}
