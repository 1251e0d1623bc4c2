package ai.sergik.api;

/**
 * Answers one request. Throw {@link ApiException} for anything the client should hear about (it
 * becomes the JSON error with its status); an {@link IllegalArgumentException} becomes a 400 with its
 * message, any other exception a 500 without details.
 */
@FunctionalInterface
public interface Handler {
  ApiResponse handle(ApiRequest request) throws Exception;
}
