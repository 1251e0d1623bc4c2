package ai.sergik.als;

import java.util.Objects;

/**
 * One device in a track's chain. Devices are listed per track in chain order, a rack before the
 * devices of its chains.
 *
 * @param trackIndex the {@link Track#index()} of the track holding it
 * @param index position in the track's device order, 0-based
 * @param parent {@code index} of the rack holding it, or -1 in the track's own chain
 * @param chain which of the parent rack's chains (0-based, return chains numbered after the others), or -1
 * @param depth 0 in the track's chain, 1 inside a rack, 2 inside a rack inside a rack …
 * @param className the element name, e.g. {@code Eq8}, {@code PluginDevice}, {@code MxDeviceAudioEffect}
 * @param name the plugin's name, the Max device's file name, the user's name for the device, or the class
 * @param pluginFile the plugin binary (VST2 {@code FileName}/{@code Path}) or Max patch path, else empty
 * @param vendor the AU manufacturer, else empty
 */
public record Device(
    int trackIndex,
    int index,
    int parent,
    int chain,
    int depth,
    String className,
    DeviceKind kind,
    String name,
    String pluginFile,
    String vendor) {
  public Device {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(kind, "kind");
    name = Objects.requireNonNullElse(name, className);
    pluginFile = Objects.requireNonNullElse(pluginFile, "");
    vendor = Objects.requireNonNullElse(vendor, "");
  }
}
