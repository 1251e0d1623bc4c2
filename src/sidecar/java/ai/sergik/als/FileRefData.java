package ai.sergik.als;

import java.nio.charset.StandardCharsets;

/**
 * Decodes the hex {@code FileRef/Data} of Live ≤ 10 sets into the absolute path it holds: on Windows
 * a UTF-16LE path ending in NUL, on macOS a classic alias record (version 2 at offset 6) whose tag 0x0012 carries the POSIX
 * path. Anything else decodes to the empty string (298 references in one real 9.7.1 set are empty).
 */
final class FileRefData {
  private static final int ALIAS_EXTRA_OFFSET = 150;
  private static final int TAG_POSIX_PATH = 0x12;
  private static final int TAG_END = 0xffff;

  private FileRefData() {}

  static String decodePath(String hex) {
    byte[] bytes = hexBytes(hex);
    if (bytes.length < 4) {
      return "";
    }
    if (bytes.length > ALIAS_EXTRA_OFFSET && bytes[0] == 0 && bytes[1] == 0 && u16(bytes, 6) == 2) {
      return aliasPosixPath(bytes);
    }
    if (bytes.length % 2 == 0 && bytes[1] == 0 && bytes[3] == 0) {
      String s = new String(bytes, StandardCharsets.UTF_16LE);
      int nul = s.indexOf('\0');
      return nul >= 0 ? s.substring(0, nul) : s;
    }
    return "";
  }

  private static String aliasPosixPath(byte[] b) {
    int at = ALIAS_EXTRA_OFFSET;
    while (at + 4 <= b.length) {
      int tag = u16(b, at);
      int len = u16(b, at + 2);
      if (tag == TAG_END || at + 4 + len > b.length) {
        break;
      }
      if (tag == TAG_POSIX_PATH) {
        String p = new String(b, at + 4, len, StandardCharsets.UTF_8);
        return p.startsWith("/") ? p : "/" + p;
      }
      at += 4 + len + (len & 1);
    }
    return "";
  }

  private static int u16(byte[] b, int at) {
    return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
  }

  private static byte[] hexBytes(String hex) {
    StringBuilder digits = new StringBuilder(hex.length());
    for (int i = 0; i < hex.length(); i++) {
      char c = hex.charAt(i);
      if (Character.digit(c, 16) >= 0) digits.append(c);
    }
    byte[] out = new byte[digits.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) ((Character.digit(digits.charAt(2 * i), 16) << 4)
          | Character.digit(digits.charAt(2 * i + 1), 16));
    }
    return out;
  }
}
