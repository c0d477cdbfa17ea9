package app.rapport.connections;

/**
 * Event: two members were just connected, in the current transaction. Fired by
 * {@link ConnectionService#connectLocked}; features above observe it (synchronously, so their
 * writes commit or roll back with the connection).
 */
public record ConnectionMade(long memberA, long memberB, ConnectionOrigin origin) {
}
