package ai.sergik.als;

import java.util.Objects;

/**
 * One track of a set, in the order Live lists them (returns after the others, the main track last).
 *
 * @param index position in the set, 0-based
 * @param id the track's {@code Id} attribute, unique per set; {@code groupId} refers to it
 * @param groupId the {@code Id} of the group track holding this one, or -1 at the top level
 * @param depth nesting level: 0 at the top, 1 inside a group, 2 inside a group inside a group …
 * @param name what Live displays ({@code EffectiveName}; Live 8 has only the user name)
 * @param userName the name the user typed, empty when Live made the name up
 * @param color palette index ({@code ColorIndex} up to Live 10, {@code Color} from 11), or -1
 * @param frozen whether the track is frozen
 */
public record Track(
    int index,
    int id,
    TrackType type,
    int groupId,
    int depth,
    String name,
    String userName,
    int color,
    boolean frozen) {
  public Track {
    Objects.requireNonNull(type, "type");
    name = Objects.requireNonNullElse(name, "");
    userName = Objects.requireNonNullElse(userName, "");
  }
}
