package ai.sergik.api;

/**
 * Answers an OSC {@code /sergik/action i request, s name, s json} from the device. The returned value
 * is written as JSON into {@code /sergik/result}; an exception becomes {@code /sergik/error} with its
 * message (the same rules as {@link Handler}: {@link ApiException} and IllegalArgumentException
 * messages are passed on, anything else becomes a generic internal error).
 */
@FunctionalInterface
public interface ActionHandler {
  Object handle(JsonFields params) throws Exception;
}
