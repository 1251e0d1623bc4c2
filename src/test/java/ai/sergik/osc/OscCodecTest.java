package ai.sergik.osc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.illposed.osc.OSCMessage;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OscCodecTest {
  final OscCodec codec = new OscCodec();

  @Test
  void roundTripsEveryArgumentTypeOfTheProtocol() throws Exception {
    OSCMessage sent = new OSCMessage(
        "/sergik/action", Arrays.<Object>asList(7, "catalog", "{\"q\":\"caf\u00e9 \u266b\"}"));
    byte[] bytes = codec.encode(sent);
    OSCMessage back = codec.decode(bytes, bytes.length);
    assertThat(back.getAddress()).isEqualTo("/sergik/action");
    assertThat(back.getArguments()).containsExactly(7, "catalog", "{\"q\":\"caf\u00e9 \u266b\"}");
    assertThat(bytes.length % 4).isZero();
  }

  @Test
  void refusesToEncodeADatagramOverEightKiB() {
    char[] big = new char[9000];
    Arrays.fill(big, 'x');
    assertThatThrownBy(() -> codec.encode(OscMessages.result(1, new String(big))))
        .isInstanceOf(OscProtocolException.class)
        .hasMessage(
            "/sergik/result would be 9028 bytes, over the 8192-byte datagram limit; large payloads must be chunked");
  }

  @Test
  void refusesOversizedEmptyAndNonOscDatagrams() {
    assertThatThrownBy(() -> codec.decode(new byte[9000], 9000))
        .hasMessage(
            "datagram of 9000 bytes is over the 8192-byte limit of OSC protocol v2; send smaller messages");
    assertThatThrownBy(() -> codec.decode(new byte[0], 0))
        .hasMessage("empty datagram; expected an OSC message such as /sergik/test i nonce");
    assertThatThrownBy(() -> codec.decode("hello".getBytes(), 5))
        .hasMessage(
            "not an OSC message: a datagram must start with an address such as /sergik/test");
    assertThatThrownBy(() -> codec.decode("#bundle\0".getBytes(), 8))
        .hasMessageStartingWith("OSC bundles are not part of protocol v2");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void truncatedOrCorruptedDatagramsFailWithProtocolExceptionNeverAnotherType(int seed)
      throws Exception {
    byte[] good = codec.encode(OscMessages.generate(42, "{\"part\":\"chords\",\"key\":\"10B\"}"));
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      byte[] bad = good.clone();
      int len = 1 + random.nextInt(bad.length);
      for (int k = 0; k < 3; k++) {
        bad[random.nextInt(len)] = (byte) random.nextInt(256);
      }
      try {
        OSCMessage m = codec.decode(bad, len);
        assertThat(m.getAddress()).startsWith("/");
      } catch (OscProtocolException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }
}
