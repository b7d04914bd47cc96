package dk.konferencebasen.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/** Consecutive free ports on loopback, as a cluster's nodes take them (first + i). */
public final class FreePorts {
  private FreePorts() {}

  public static int[] consecutive(int count) {
    for (int attempt = 0; attempt < 200; attempt++) {
      int first = ThreadLocalRandom.current().nextInt(20_000, 60_000 - count);
      int[] ports = new int[count];
      boolean free = true;
      for (int i = 0; i < count && free; i++) {
        ports[i] = first + i;
        free = isFree(ports[i]);
      }
      if (free) return ports;
    }
    throw new IllegalStateException("no " + count + " consecutive free ports on 127.0.0.1");
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
