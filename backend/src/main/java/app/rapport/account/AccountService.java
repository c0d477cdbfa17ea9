package app.rapport.account;

import app.rapport.auth.PasswordCheckRequest;
import app.rapport.auth.PasswordService;
import app.rapport.common.ExportSection;
import app.rapport.common.MemberErasure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A member's whole account: download everything as one document, or delete everything. Both
 * are assembled from what each feature contributes ({@link ExportSection}, {@link MemberErasure}),
 * so this class knows no feature's tables.
 */
@ApplicationScoped
public class AccountService {

    static final String FORMAT = "rapport-export/1";

    private final Instance<ExportSection> sections;
    private final Instance<MemberErasure> erasures;
    private final PasswordService passwords;
    private final EntityManager em;

    public AccountService(Instance<ExportSection> sections, Instance<MemberErasure> erasures,
                          PasswordService passwords, EntityManager em) {
        this.sections = sections;
        this.erasures = erasures;
        this.passwords = passwords;
        this.em = em;
    }

    /** The export document: a header, then one entry per section, by name; one snapshot (one transaction). */
    @Transactional
    public Map<String, Object> export(long meId) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("exportedAt", Instant.now().truncatedTo(ChronoUnit.MICROS));
        doc.put("memberId", meId);
        List<ExportSection> ordered = sections.stream().sorted(Comparator.comparing(ExportSection::name)).toList();
        for (ExportSection section : ordered) {
            if (doc.put(section.name(), section.export(meId)) != null) {
                throw new IllegalStateException("Two export sections are named " + section.name());
            }
        }
        return doc;
    }

    /**
     * Deletes the account after a password check, in one transaction: the member row is locked
     * (so no like or follow of theirs lands meanwhile), each feature fixes what others' rows say
     * about them, then deleting the member row cascades to everything of theirs, sessions and
     * access tokens included, so every token of theirs stops working at once.
     */
    @Transactional
    public void delete(long meId, PasswordCheckRequest request) {
        passwords.verify(meId, request.password(), "password");
        for (MemberErasure erasure : erasures) {
            erasure.beforeDelete(meId);
        }
        em.flush();
        em.createNativeQuery("DELETE FROM members WHERE id = :me").setParameter("me", meId).executeUpdate();
        em.clear();
    }
}
