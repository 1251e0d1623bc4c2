package ai.sergik.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A closed-loop HTTP/1.1 load generator in the manner of wrk: N client threads, each on its own
 * keep-alive connection, send the same POST back to back for the given time and record every latency.
 * Prints throughput and latency percentiles; any non-200 answer is counted and reported.
 *
 * <p>Usage: {@code HttpLoad URL JSON_BODY CLIENTS SECONDS [WARMUP_SECONDS]}
 */
public final class HttpLoad {
  public static void main(String[] args) throws Exception {
    URI uri = URI.create(args[0]);
    byte[] body = args[1].getBytes(StandardCharsets.UTF_8);
    int clients = Integer.parseInt(args[2]);
    double seconds = Double.parseDouble(args[3]);
    double warmup = args.length > 4 ? Double.parseDouble(args[4]) : 3;
    String token = System.getenv("SERGIK_TOKEN");
    byte[] request = ("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":"
            + uri.getPort()
            + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
            + (token == null || token.isEmpty() ? "" : "Authorization: Bearer " + token + "\r\n")
            + "\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    byte[] whole = Arrays.copyOf(request, request.length + body.length);
    System.arraycopy(body, 0, whole, request.length, body.length);

    run(uri, whole, clients, warmup, false);
    Result r = run(uri, whole, clients, seconds, true);
    long[] all = r.latencies();
    Arrays.sort(all);
    System.out.printf(
        "%d clients, %.1f s: %d requests, %.0f req/s, %d errors%n",
        clients, seconds, all.length, all.length / seconds, r.errors);
    System.out.printf(
        "latency ms: p50 %.3f  p90 %.3f  p99 %.3f  p99.9 %.3f  max %.3f%n",
        pct(all, 50),
        pct(all, 90),
        pct(all, 99),
        pct(all, 99.9),
        all.length == 0 ? 0 : all[all.length - 1] / 1e6);
  }

  record Result(long[] latencies, long errors) {}

  static Result run(URI uri, byte[] request, int clients, double seconds, boolean record)
      throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    long[][] perClient = new long[clients][];
    int[] counts = new int[clients];
    long[] errors = new long[clients];
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      int id = c;
      Thread t = new Thread(
          () -> {
            long[] lat = new long[1 << 16];
            int n = 0;
            try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
              s.setTcpNoDelay(true);
              OutputStream out = s.getOutputStream();
              InputStream in = new BufferedInputStream(s.getInputStream(), 1 << 16);
              while (!stop.get()) {
                long t0 = System.nanoTime();
                out.write(request);
                out.flush();
                int status = readResponse(in);
                long t1 = System.nanoTime();
                if (status != 200) errors[id]++;
                if (n == lat.length) lat = Arrays.copyOf(lat, n * 2);
                lat[n++] = t1 - t0;
              }
            } catch (IOException e) {
              errors[id]++;
            } finally {
              perClient[id] = lat;
              counts[id] = n;
              done.countDown();
            }
          },
          "load-" + c);
      t.start();
    }
    Thread.sleep((long) (seconds * 1000));
    stop.set(true);
    done.await();
    int total = 0;
    for (int n : counts) total += n;
    long[] all = new long[record ? total : 0];
    if (record) {
      int k = 0;
      for (int c = 0; c < clients; c++) {
        System.arraycopy(perClient[c], 0, all, k, counts[c]);
        k += counts[c];
      }
    }
    long err = 0;
    for (long e : errors) err += e;
    return new Result(all, err);
  }

  /** Reads one response (status line, headers, Content-Length body) and returns the status. */
  static int readResponse(InputStream in) throws IOException {
    String statusLine = line(in);
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    int length = 0;
    String h;
    while (!(h = line(in)).isEmpty()) {
      int colon = h.indexOf(':');
      if (colon > 0 && h.substring(0, colon).trim().equalsIgnoreCase("content-length")) {
        length = Integer.parseInt(h.substring(colon + 1).trim());
      }
    }
    long skipped = 0;
    while (skipped < length) {
      long s = in.skip(length - skipped);
      if (s <= 0) {
        if (in.read() < 0) throw new IOException("connection closed mid-body");
        s = 1;
      }
      skipped += s;
    }
    return status;
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) != '\n') {
      if (c < 0) throw new IOException("connection closed");
      if (c != '\r') sb.append((char) c);
    }
    return sb.toString();
  }

  static double pct(long[] sorted, double p) {
    if (sorted.length == 0) return 0;
    int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
