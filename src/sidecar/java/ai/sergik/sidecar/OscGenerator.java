package ai.sergik.sidecar;

import ai.sergik.api.JsonFields;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Answers {@code /sergik/generate}: the request fields (those of the HTTP generation endpoints, or
 * {@code {"prompt": …}}) in, the notes payload out ({@code notes} plus what was made). An answer without
 * {@code notes} (a prompt that acted on Live) is sent as {@code /sergik/result} as it is, so it must fit one datagram.
 * Exceptions follow the HTTP rules and become {@code /sergik/error}.
 */
@FunctionalInterface
public interface OscGenerator {
  ObjectNode generate(JsonFields request) throws Exception;
}
