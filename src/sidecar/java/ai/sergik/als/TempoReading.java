package ai.sergik.als;

import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;

/**
 * Tempo and time signature, read on the main track: the parameter's manual value and its arrangement events (up to
 * Live 9), or the main track's automation envelope that points at the parameter (Live 10 on).
 */
final class TempoReading {
  private final String[] path;
  private Param tempo;
  private Param timeSignature;
  private Param param;
  private final Map<String, Envelope> envelopes = new HashMap<>();
  private Envelope envelope;

  /** {@code path} is the element path of the pass, shared and read here, never written. */
  TempoReading(String[] path) {
    this.path = path;
  }

  /** An element opens at {@code level}, {@code rel} levels below the main track element. */
  void start(XMLStreamReader r, int level, String name, int rel) {
    // tempo and time signature: …/Mixer/Tempo (DeviceChain/Mixer from 9, MasterChain/Mixer in 8)
    if (param == null
        && ("Tempo".equals(name) || "TimeSignature".equals(name))
        && "Mixer".equals(path[level - 1])
        && rel == 3) {
      param = new Param(level);
      if ("Tempo".equals(name)) tempo = param;
      else timeSignature = param;
      return;
    }
    if (param != null) {
      int prel = level - param.level;
      if (prel == 1) {
        if ("Manual".equals(name)) {
          param.manual = r.getAttributeValue(null, "Value");
        } else if ("AutomationTarget".equals(name)) {
          param.targetId = r.getAttributeValue(null, "Id");
        }
      } else if (prel == 3
          && "ArrangerAutomation".equals(path[param.level + 1])
          && "Events".equals(path[level - 1])) {
        param.events++;
        if (param.first == null) param.first = r.getAttributeValue(null, "Value");
      }
      return;
    }
    // Live 10+: automation lives on the main track, linked to the parameter by PointeeId.
    if (rel == 3
        && "AutomationEnvelope".equals(name)
        && "Envelopes".equals(path[level - 1])
        && "AutomationEnvelopes".equals(path[level - 2])) {
      envelope = new Envelope(level);
      return;
    }
    if (envelope != null) {
      int erel = level - envelope.level;
      if (erel == 2 && "PointeeId".equals(name) && "EnvelopeTarget".equals(path[level - 1])) {
        envelope.pointee = r.getAttributeValue(null, "Value");
      } else if (erel == 3
          && "Events".equals(path[level - 1])
          && "Automation".equals(path[level - 2])) {
        envelope.events++;
        if (envelope.first == null) envelope.first = r.getAttributeValue(null, "Value");
      }
    }
  }

  /** The element at {@code level} closes. */
  void end(int level) {
    if (param != null && level == param.level) {
      param = null;
    }
    if (envelope != null && level == envelope.level) {
      if (envelope.pointee != null) {
        envelopes.put(envelope.pointee, envelope);
      }
      envelope = null;
    }
  }

  Tempo tempo() {
    if (tempo == null) {
      return Tempo.UNKNOWN;
    }
    double manual = AlsParser.parseDouble(tempo.manual, Double.NaN);
    String first = tempo.first;
    int events = tempo.events;
    Envelope env = tempo.targetId == null ? null : envelopes.get(tempo.targetId);
    if (env != null && env.events > 0) {
      first = env.first;
      events = env.events;
    }
    boolean automated = events > 1;
    double start = AlsParser.parseDouble(first, Double.NaN);
    double bpm =
        automated || Double.isNaN(manual) ? (Double.isNaN(start) ? manual : start) : manual;
    return new Tempo(bpm, manual, automated, events);
  }

  TimeSignature timeSignature() {
    if (timeSignature == null) {
      return TimeSignature.FOUR_FOUR;
    }
    String value = timeSignature.manual;
    Envelope env = timeSignature.targetId == null ? null : envelopes.get(timeSignature.targetId);
    if (env != null && env.first != null) {
      // Manual can stay 4/4 after the song was switched; the envelope's first event holds the truth
      value = env.first;
    } else if (value == null) {
      value = timeSignature.first;
    }
    int v = AlsParser.parseInt(value, 201);
    return v >= 0 && v <= TimeSignature.MAX_ENCODED
        ? new TimeSignature(v)
        : TimeSignature.FOUR_FOUR;
  }

  /** The tempo or time signature parameter: its manual value and its arrangement automation. */
  private static final class Param {
    final int level;
    String manual;
    String targetId;
    String first;
    int events;

    Param(int level) {
      this.level = level;
    }
  }

  /** A main-track automation envelope and the parameter it points at. */
  private static final class Envelope {
    final int level;
    String pointee;
    String first;
    int events;

    Envelope(int level) {
      this.level = level;
    }
  }
}
