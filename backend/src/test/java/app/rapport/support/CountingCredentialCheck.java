package app.rapport.support;

import app.rapport.common.CredentialCheck;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the credential checks per member in tests, to prove each request is checked exactly once. */
@Decorator
@Priority(1)
public abstract class CountingCredentialCheck implements CredentialCheck {

    private static final Map<Long, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    @Inject
    @Any
    @Delegate
    CredentialCheck delegate;

    @Override
    public void authorize(long memberId, Long tokenId, Access required) {
        CALLS.computeIfAbsent(memberId, id -> new AtomicInteger()).incrementAndGet();
        delegate.authorize(memberId, tokenId, required);
    }

    public static int calls(long memberId) {
        AtomicInteger n = CALLS.get(memberId);
        return n == null ? 0 : n.get();
    }
}
