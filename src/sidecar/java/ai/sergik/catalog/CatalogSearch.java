package ai.sergik.catalog;

import ai.sergik.music.Key;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ranked word search with filters over a {@link CatalogIndex}.
 *
 * <p>Each query word is matched against the words of an item's name, collaborator, plugins and sample
 * names; a whole-word match counts fully, a prefix (3+ letters) 60 %. The best field for each word adds
 * its weight (name and collaborator 3, plugins 2, samples 1), the other fields that hold it a tenth of
 * theirs. Items matching more of the query words come
 * first, then higher scores, then newer years. With no words, every item passing the filters matches.
 */
public final class CatalogSearch {
  static final double NAME_WEIGHT = 3;
  static final double COLLABORATOR_WEIGHT = 3;
  static final double PLUGIN_WEIGHT = 2;
  static final double SAMPLE_WEIGHT = 1;
  static final double PREFIX_FACTOR = 0.6;
  static final int MIN_PREFIX = 3;
  /** A word found in several fields (a collaborator also in the name) ranks a little higher. */
  static final double OTHER_FIELDS_FACTOR = 0.1;

  /** One hit: the item, how many query words it matched, its score, and which fields matched. */
  public record Hit(
      CatalogEntry entry, int matchedWords, double score, List<String> matchedFields) {}

  /** The hits (at most the query's limit) and how many items matched in all. */
  public record Result(List<Hit> hits, int total) {}

  private final CatalogIndex index;
  private final List<Words> words;

  public CatalogSearch(CatalogIndex index) {
    this.index = index;
    this.words = new ArrayList<>(index.entries().size());
    for (CatalogEntry e : index.entries()) {
      List<String> plugins = new ArrayList<>();
      for (String p : e.plugins()) plugins.addAll(words(p));
      List<String> samples = new ArrayList<>();
      for (String s : e.samples()) samples.addAll(words(s));
      this.words.add(new Words(
          words(e.name()),
          words(e.collaborator()),
          List.copyOf(new LinkedHashSet<>(plugins)),
          List.copyOf(new LinkedHashSet<>(samples))));
    }
  }

  public CatalogIndex index() {
    return index;
  }

  /** An item's words per field, split once when the index is loaded. */
  private record Words(
      List<String> name, List<String> collaborator, List<String> plugins, List<String> samples) {}

  public Result search(SearchQuery q) {
    return search(q, e -> true, 0, q.limit());
  }

  /**
   * A page of the ranked hits: {@code size} hits from {@code offset}, among the items that pass the query's
   * filters and {@code alsoPasses} (for filters the query has no field for, such as a date range).
   */
  public Result search(
      SearchQuery q, java.util.function.Predicate<CatalogEntry> alsoPasses, int offset, int size) {
    if (offset < 0 || size < 0)
      throw new IllegalArgumentException("offset and size must not be negative");
    List<String> words = words(q.text());
    Set<String> keys = keys(q);
    String collaborator = q.collaborator().toLowerCase(Locale.ROOT);
    String plugin = q.plugin().toLowerCase(Locale.ROOT);
    // Only the best offset + size hits are kept (a bounded heap with the worst on top), so a page
    // of a
    // 20,000-set library costs a pass over the index, not a sort of every match.
    Comparator<Hit> order = RANKING;
    int keep = (int) Math.min(Integer.MAX_VALUE - 1, (long) offset + size);
    java.util.PriorityQueue<Hit> best =
        new java.util.PriorityQueue<>(Math.max(1, Math.min(keep, 1024)), order.reversed());
    int total = 0;
    for (int i = 0; i < index.entries().size(); i++) {
      CatalogEntry e = index.entries().get(i);
      if (!passes(e, q, keys, collaborator, plugin) || !alsoPasses.test(e)) continue;
      Hit h = score(e, this.words.get(i), words);
      if (!words.isEmpty() && h.matchedWords() == 0) continue;
      total++;
      if (keep == 0) continue;
      if (best.size() < keep) {
        best.add(h);
      } else if (order.compare(h, best.peek()) < 0) {
        best.poll();
        best.add(h);
      }
    }
    List<Hit> hits = new ArrayList<>(best);
    hits.sort(order);
    int from = Math.min(offset, hits.size());
    return new Result(List.copyOf(hits.subList(from, hits.size())), total);
  }

  /** Most query words matched first, then higher scores, newer years, and names in alphabetical order. */
  private static final Comparator<Hit> RANKING = Comparator.comparingInt(Hit::matchedWords)
      .reversed()
      .thenComparing(Comparator.comparingDouble(Hit::score).reversed())
      .thenComparing(Comparator.comparingInt((Hit h) -> h.entry().year()).reversed())
      .thenComparing(h -> h.entry().name(), String.CASE_INSENSITIVE_ORDER)
      .thenComparing(h -> h.entry().path())
      .thenComparing(h -> h.entry().kind());

  private static boolean passes(
      CatalogEntry e, SearchQuery q, Set<String> keys, String collaborator, String plugin) {
    if (q.type() != null && e.kind() != q.type()) return false;
    if (e.backup() && !q.includeBackups()) return false;
    if (!Double.isNaN(q.bpmMin()) && !(e.bpm() >= q.bpmMin())) return false;
    if (!Double.isNaN(q.bpmMax()) && !(e.bpm() <= q.bpmMax())) return false;
    if (keys != null && (e.key() == null || !keys.contains(e.key().camelot()))) return false;
    if (q.year() != 0 && e.year() != q.year()) return false;
    if (!collaborator.isEmpty()
        && !e.collaborator().toLowerCase(Locale.ROOT).contains(collaborator)) return false;
    if (!plugin.isEmpty()
        && e.plugins().stream().noneMatch(p -> p.toLowerCase(Locale.ROOT).contains(plugin)))
      return false;
    return true;
  }

  /** The Camelot codes a key filter accepts: the key, and with {@code compatible} its relative and the keys a fifth either side. */
  static Set<String> keys(SearchQuery q) {
    if (q.key() == null) return null;
    Key k = q.key();
    Set<String> codes = new LinkedHashSet<>();
    codes.add(k.camelot());
    if (q.compatible()) {
      int n = k.camelotNumber();
      codes.add(k.relative().camelot());
      codes.add(Key.camelot(n % 12 + 1, k.isMinor()).camelot());
      codes.add(Key.camelot((n + 10) % 12 + 1, k.isMinor()).camelot());
    }
    return codes;
  }

  private static Hit score(CatalogEntry e, Words fieldsOf, List<String> words) {
    if (words.isEmpty()) return new Hit(e, 0, 0, List.of());
    List<String> name = fieldsOf.name();
    List<String> collaborator = fieldsOf.collaborator();
    List<String> plugins = fieldsOf.plugins();
    List<String> samples = fieldsOf.samples();
    int matched = 0;
    double score = 0;
    Set<String> fields = new LinkedHashSet<>();
    for (String w : words) {
      double best = 0;
      String bestField = null;
      double[] candidates = {
        NAME_WEIGHT * match(w, name), COLLABORATOR_WEIGHT * match(w, collaborator),
        PLUGIN_WEIGHT * match(w, plugins), SAMPLE_WEIGHT * match(w, samples)
      };
      String[] names = {"name", "collaborator", "plugins", "samples"};
      for (int i = 0; i < candidates.length; i++) {
        if (candidates[i] > best) {
          best = candidates[i];
          bestField = names[i];
        }
      }
      if (bestField != null) {
        matched++;
        double others = 0;
        for (int i = 0; i < candidates.length; i++) {
          others += candidates[i];
          if (candidates[i] > 0) fields.add(names[i]);
        }
        score += best + OTHER_FIELDS_FACTOR * (others - best);
      }
    }
    return new Hit(e, matched, Math.round(score * 100) / 100.0, List.copyOf(fields));
  }

  private static double match(String word, List<String> tokens) {
    double best = 0;
    for (String t : tokens) {
      if (t.equals(word)) return 1;
      if (word.length() >= MIN_PREFIX && t.startsWith(word)) best = PREFIX_FACTOR;
    }
    return best;
  }

  /** Lower-case words: runs of letters and digits. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) return out;
    String lower = text.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      boolean wordChar = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
      if (wordChar && start < 0) start = i;
      if (!wordChar && start >= 0) {
        out.add(lower.substring(start, i));
        start = -1;
      }
    }
    return new ArrayList<>(new LinkedHashSet<>(out));
  }
}
