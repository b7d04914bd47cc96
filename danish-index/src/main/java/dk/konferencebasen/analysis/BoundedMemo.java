package dk.konferencebasen.analysis;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers answers of a pure function, for several threads. When full it starts over: cruder
 * than LRU, but with word frequencies what matters comes back at once.
 */
public final class BoundedMemo<K, V> {
  private final int capacity;
  private volatile ConcurrentHashMap<K, V> answers = new ConcurrentHashMap<>();

  public BoundedMemo(int capacity) {
    this.capacity = capacity;
  }

  public V get(K key, Function<K, V> compute) {
    ConcurrentHashMap<K, V> current = answers;
    V known = current.get(key);
    if (known != null) {
      return known;
    }
    V value = compute.apply(key);
    if (current.size() >= capacity) {
      answers = current = new ConcurrentHashMap<>();
    }
    current.put(key, value);
    return value;
  }
}
