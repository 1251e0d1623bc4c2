package ai.sergik.cli;

import ai.sergik.catalog.CatalogEntry;
import ai.sergik.catalog.CatalogSearchService;
import ai.sergik.catalog.SearchQuery;
import ai.sergik.options.DataOptions;
import ai.sergik.options.KeyOption;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sergik catalog search [WORDS...]}: ranked search with filters, as a table or as JSON. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search Live sets, exports and analysed tracks. Words match names, collaborators, plugins and sample",
      "names (best matches first); options filter. The earlier tool's files load as they are."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:search ran (also when nothing matched)",
      "1:the catalog could not be read",
      "2:usage error"
    })
public final class CatalogSearchCommand implements Callable<Integer> {
  @Mixin
  DataOptions data;

  @Spec
  CommandSpec spec;

  @Parameters(
      paramLabel = "WORDS",
      arity = "0..*",
      description = "Words to look for, e.g. silent jay diva.")
  List<String> words = List.of();

  @Option(names = "--bpm-min", paramLabel = "BPM", description = "Lowest tempo.")
  Double bpmMin;

  @Option(names = "--bpm-max", paramLabel = "BPM", description = "Highest tempo.")
  Double bpmMax;

  @Option(
      names = "--key",
      paramLabel = "KEY",
      description = "Only this key: Camelot (10B), Open Key (3d) or a name (D major, F#m).")
  String key;

  @Option(
      names = "--compatible",
      defaultValue = "false",
      description =
          "With --key: also the relative key and the keys a fifth up and down (Camelot neighbours).")
  boolean compatible;

  @Option(names = "--year", description = "Only items last modified in this year.")
  Integer year;

  @Option(
      names = "--collaborator",
      paramLabel = "NAME",
      description = "Only items whose collaborator contains NAME.")
  String collaborator;

  @Option(
      names = "--plugin",
      paramLabel = "NAME",
      description = "Only sets using a plugin whose name contains NAME.")
  String plugin;

  @Option(names = "--type", paramLabel = "TYPE", description = "Only project, export or track.")
  String type;

  @Option(
      names = "--include-backups",
      defaultValue = "false",
      description = "Also list Live's automatic backup sets.")
  boolean includeBackups;

  @Option(
      names = "--limit",
      defaultValue = "20",
      description = "Most results shown, 1..200 (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--json",
      defaultValue = "false",
      description = "Print the answer as JSON, as the HTTP API returns it.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    SearchQuery q;
    try {
      q = new SearchQuery(
          String.join(" ", words),
          bpmMin == null ? Double.NaN : bpmMin,
          bpmMax == null ? Double.NaN : bpmMax,
          KeyOption.parse(spec, key),
          compatible,
          year == null ? 0 : year,
          collaborator,
          plugin,
          type == null ? null : CatalogEntry.Kind.parse(type),
          includeBackups,
          limit);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Map<String, Object> answer = new CatalogSearchService(data.dataDir()).answer(q);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(CatalogSearchService.toJson(answer));
    } else {
      print(out, answer);
    }
    out.flush();
    return 0;
  }

  @SuppressWarnings("unchecked")
  private static void print(PrintWriter out, Map<String, Object> answer) {
    List<Map<String, Object>> results = (List<Map<String, Object>>) answer.get("results");
    out.printf(
        Locale.ROOT, "%d match(es), showing %d%n", (Integer) answer.get("total"), results.size());
    for (Map<String, Object> r : results) {
      StringBuilder line = new StringBuilder();
      line.append(String.format(Locale.ROOT, "%-7s %s", r.get("type"), r.get("name")));
      if (r.containsKey("collaborator"))
        line.append("  [with ").append(r.get("collaborator")).append(']');
      if (r.containsKey("year")) line.append("  ").append(r.get("year"));
      if (r.containsKey("bpm"))
        line.append(
            String.format(Locale.ROOT, "  %.1f BPM", ((Number) r.get("bpm")).doubleValue()));
      if (r.containsKey("camelot")) line.append("  ").append(r.get("camelot"));
      if (r.containsKey("plugins"))
        line.append("  plugins: ").append(String.join(", ", (List<String>) r.get("plugins")));
      out.println(line);
      if (r.containsKey("path")) out.println("        " + r.get("path"));
    }
  }
}
