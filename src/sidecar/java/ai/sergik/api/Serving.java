package ai.sergik.api;

import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * What every {@link HttpExchange} of one server shares: the route table, the token, the limits, the pool for
 * blocking routes and streams, the count of requests in flight and the clock that times them.
 */
record Serving(
    Routes routes,
    BearerAuth auth,
    HttpApi.Limits limits,
    Executor blocking,
    InFlight inFlight,
    Clock clock) {}
