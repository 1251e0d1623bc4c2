package ai.sergik.als;

import java.util.List;
import java.util.Objects;

/**
 * What a catalog needs from one Live set. Counts are exact; the lists stop growing at
 * {@link AlsLimits#maxListedItems()} per kind (then {@code listsTruncated} is true), so a
 * pathological set cannot exhaust memory.
 *
 * @param creator the {@code Creator} attribute, e.g. {@code Ableton Live 11.3.21}
 * @param liveVersion the product version taken from it, e.g. {@code 11.3.21}
 * @param minorVersion the schema line ({@code MinorVersion}), which is not the product version
 * @param counts exact counts: tracks by kind, devices, clips, sample references outside freeze clips (with repeats)
 * @param samples the files those references point at, each once
 * @param xmlBytes the size of the inflated XML
 */
public record LiveSet(
    String creator,
    String liveVersion,
    int majorVersion,
    String minorVersion,
    Tempo tempo,
    TimeSignature timeSignature,
    List<Locator> locators,
    List<Track> tracks,
    List<Device> devices,
    List<Clip> clips,
    List<SampleFile> samples,
    Counts counts,
    long xmlBytes,
    boolean listsTruncated) {

  public LiveSet {
    creator = Objects.requireNonNullElse(creator, "");
    liveVersion = Objects.requireNonNullElse(liveVersion, "");
    minorVersion = Objects.requireNonNullElse(minorVersion, "");
    Objects.requireNonNull(tempo, "tempo");
    locators = List.copyOf(locators);
    tracks = List.copyOf(tracks);
    devices = List.copyOf(devices);
    clips = List.copyOf(clips);
    samples = List.copyOf(samples);
    Objects.requireNonNull(counts, "counts");
  }

  /** Plugin names (VST2 plug name, VST3 and AU names) in first-use order, each once. */
  public List<String> pluginNames() {
    return devices.stream()
        .filter(d -> d.kind().isPlugin())
        .map(Device::name)
        .distinct()
        .toList();
  }

  /**
   * Exact counts over the whole set.
   *
   * @param devices every device in every track's chain, racks and their contents included
   * @param plugins plugin device instances (VST2, VST3, AU), inside racks included
   */
  public record Counts(
      int midiTracks,
      int audioTracks,
      int groupTracks,
      int returnTracks,
      int devices,
      int plugins,
      int maxForLive,
      int sessionClips,
      int arrangementClips,
      int takeLaneClips,
      int sampleRefs,
      int uniqueSamples) {

    public int clips() {
      return sessionClips + arrangementClips + takeLaneClips;
    }
  }
}
