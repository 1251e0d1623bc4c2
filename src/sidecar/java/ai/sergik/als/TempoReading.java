package ai.sergik.als;

import java.util.HashMap;
import java.util.Map;

/**
 * Tempo and time signature from the main track's mixer: the manual value and the automation, found inside the
 * parameter (Live 8/9) or as an envelope on the main track linked by {@code PointeeId} (Live 10+). Automation wins
 * over a manual value that Live leaves stale.
 */
final class TempoReading {
  private final ElementPath p;
  private ParamBuilder tempo;
  private ParamBuilder timeSignature;
  private ParamBuilder param;
  private final Map<String, EnvelopeBuilder> envelopes = new HashMap<>();
  private EnvelopeBuilder envelope;

  TempoReading(ElementPath p) {
    this.p = p;
  }

  /** An element of the main track at {@code rel} levels below it. */
  void field(int level, String name, int rel) {
    // tempo and time signature: …/Mixer/Tempo (DeviceChain/Mixer from 9, MasterChain/Mixer in 8)
    if (param == null && ("Tempo".equals(name) || "TimeSignature".equals(name)) && "Mixer".equals(p.names[level - 1]) && rel == 3) {
      param = new ParamBuilder(level);
      if ("Tempo".equals(name)) tempo = param; else timeSignature = param;
      return;
    }
    if (param != null) {
      int prel = level - param.level;
      if (prel == 1) {
        if ("Manual".equals(name)) {
          param.manual = p.value();
        } else if ("AutomationTarget".equals(name)) {
          param.targetId = p.attribute("Id");
        }
      } else if (prel == 3 && "ArrangerAutomation".equals(p.names[param.level + 1]) && "Events".equals(p.names[level - 1])) {
        param.events++;
        if (param.first == null) param.first = p.value();
      }
      return;
    }
    // Live 10+: automation lives on the main track, linked to the parameter by PointeeId.
    if (rel == 3 && "AutomationEnvelope".equals(name) && "Envelopes".equals(p.names[level - 1])
        && "AutomationEnvelopes".equals(p.names[level - 2])) {
      envelope = new EnvelopeBuilder(level);
      return;
    }
    if (envelope != null) {
      int erel = level - envelope.level;
      if (erel == 2 && "PointeeId".equals(name) && "EnvelopeTarget".equals(p.names[level - 1])) {
        envelope.pointee = p.value();
      } else if (erel == 3 && "Events".equals(p.names[level - 1]) && "Automation".equals(p.names[level - 2])) {
        envelope.events++;
        if (envelope.first == null) envelope.first = p.value();
      }
    }
  }

  /** Closes the open parameter or envelope when its element at {@code level} ends. */
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
    EnvelopeBuilder env = tempo.targetId == null ? null : envelopes.get(tempo.targetId);
    if (env != null && env.events > 0) {
      first = env.first;
      events = env.events;
    }
    boolean automated = events > 1;
    double start = AlsParser.parseDouble(first, Double.NaN);
    double bpm = automated || Double.isNaN(manual) ? (Double.isNaN(start) ? manual : start) : manual;
    return new Tempo(bpm, manual, automated, events);
  }

  TimeSignature timeSignature() {
    if (timeSignature == null) {
      return TimeSignature.FOUR_FOUR;
    }
    String value = timeSignature.manual;
    EnvelopeBuilder env = timeSignature.targetId == null ? null : envelopes.get(timeSignature.targetId);
    if (env != null && env.first != null) {
      value = env.first; // Manual can stay 4/4 after the song was switched; the envelope's first event holds the truth
    } else if (value == null) {
      value = timeSignature.first;
    }
    int v = AlsParser.parseInt(value, 201);
    return v >= 0 && v <= TimeSignature.MAX_ENCODED ? new TimeSignature(v) : TimeSignature.FOUR_FOUR;
  }

  private static final class ParamBuilder {
    final int level;
    String manual;
    String targetId;
    String first;
    int events;

    ParamBuilder(int level) {
      this.level = level;
    }
  }

  private static final class EnvelopeBuilder {
    final int level;
    String pointee;
    String first;
    int events;

    EnvelopeBuilder(int level) {
      this.level = level;
    }
  }
}
