package app.rapport.inbox.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * One-time tickets for opening the event stream from a browser, whose EventSource cannot
 * send an Authorization header. A ticket is 256 random bits, valid once and briefly; only its
 * SHA-256 is stored, so a database read does not yield usable tickets.
 */
@ApplicationScoped
public class EventTicketService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final EventsConfig config;

    public EventTicketService(EntityManager em, EventsConfig config) {
        this.em = em;
        this.config = config;
    }

    @Transactional
    public EventTicketResponse create(long me) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant expiresAt = Instant.now().plus(config.ticketLifetime()).truncatedTo(ChronoUnit.MICROS);
        em.createNativeQuery("INSERT INTO event_tickets (token_hash, member_id, expires_at) VALUES (:h, :m, :e)")
                .setParameter("h", hash(ticket)).setParameter("m", me).setParameter("e", expiresAt).executeUpdate();
        return new EventTicketResponse(ticket, expiresAt);
    }

    /** Uses up a ticket: the member it names, or empty when it is unknown, used or expired. */
    @Transactional
    public Optional<Long> redeem(String ticket) {
        if (ticket == null || ticket.isBlank() || ticket.length() > 100) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("""
                        DELETE FROM event_tickets WHERE token_hash = :h RETURNING member_id, expires_at > now()""")
                .setParameter("h", hash(ticket)).getResultList().stream()
                .map(r -> (Boolean) ((Object[]) r)[1] ? (Number) ((Object[]) r)[0] : null)
                .filter(java.util.Objects::nonNull).map(Number.class::cast).toList();
        return rows.stream().findFirst().map(Number::longValue);
    }

    private static byte[] hash(String ticket) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(ticket.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
