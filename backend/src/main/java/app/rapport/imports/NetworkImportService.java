package app.rapport.imports;

import app.rapport.common.Cursor;
import app.rapport.common.MemberCaps;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import app.rapport.follows.FollowService;
import app.rapport.network.NetworkRows;
import app.rapport.profiles.ProfileSummary;
import app.rapport.tags.TagRequest;
import app.rapport.tags.TagResponse;
import app.rapport.tags.TagService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Import my network: reads a contacts file, keeps its people privately, matches them to
 * members (now, and again whenever the import is read, so someone who joins later matches),
 * and follows and tags the matches the importer confirms. Uploading the same file again is the
 * same import; following runs in batches, each call carrying on where the last one stopped.
 */
@ApplicationScoped
public class NetworkImportService {

    private final NetworkImportRepository imports;
    private final FollowService follows;
    private final TagService tags;
    private final ImportsConfig config;
    private final MemberCaps caps;

    public NetworkImportService(NetworkImportRepository imports, FollowService follows, TagService tags,
                                ImportsConfig config, MemberCaps caps) {
        this.imports = imports;
        this.follows = follows;
        this.tags = tags;
        this.config = config;
        this.caps = caps;
    }

    /** The import and whether this call created it (false: the same file was uploaded before). */
    public record Upload(NetworkImportResponse response, boolean created) {
    }

    @Transactional
    public Upload upload(long me, byte[] file, String fileName) {
        ConnectionsCsv.Parsed parsed = ConnectionsCsv.parse(file, config.maxRows());
        String sha = sha256(file);
        var existing = imports.findByOwnerAndFile(me, sha);
        if (existing.isPresent()) {
            return new Upload(rematched(existing.get(), me, parsed.skipped()), false);
        }
        caps.check(me, config.maxPerMember(), () -> imports.countForOwner(me),
                () -> ProblemException.conflict("TOO_MANY_IMPORTS", "You can keep at most " + config.maxPerMember()
                        + " imports; delete an old one first."));
        var id = imports.insert(me, sha, fileName, parsed.format(), parsed.people().size(), parsed.skippedCount(), now());
        if (id.isEmpty()) {
            return new Upload(rematched(imports.findByOwnerAndFile(me, sha).orElseThrow(), me, parsed.skipped()), false);
        }
        imports.insertRows(id.get(), me, parsed.people());
        return new Upload(rematched(imports.findByIdAndOwner(id.get(), me).orElseThrow(), me, parsed.skipped()), true);
    }

    @Transactional
    public Page<NetworkImportResponse> list(long me, PageRequest page) {
        Instant afterAt = null;
        Long afterId = null;
        if (page.cursor() != null) {
            List<String> parts = Cursor.decode(page.cursor(), 2);
            afterAt = Cursor.decodeInstant(parts.get(0));
            afterId = Cursor.decodeLong(parts.get(1));
        }
        List<NetworkImportResponse> rows = imports.listForOwner(me, afterAt, afterId, page.limit() + 1).stream()
                .map(i -> summary(i, me, List.of())).toList();
        return Page.fromOverfetch(rows, page.limit(), r -> Cursor.encode(r.createdAt(), r.id()));
    }

    /** The import's counts, after matching its waiting rows again against today's members. */
    @Transactional
    public NetworkImportResponse get(long me, long importId) {
        return rematched(owned(me, importId), me, List.of());
    }

    @Transactional
    public Page<NetworkImportRowResponse> rows(long me, long importId, ImportRowStatus status, PageRequest page) {
        NetworkImport i = owned(me, importId);
        Integer afterLine = null;
        if (page.cursor() == null) {
            imports.match(i.id, me);
        } else {
            afterLine = (int) Cursor.decodeLong(Cursor.decode(page.cursor(), 1).get(0));
        }
        List<NetworkImportRowResponse> rows = imports.rows(i.id, me, status == null ? null : status.name(), afterLine,
                page.limit() + 1).stream().map(NetworkImportService::row).toList();
        return Page.fromOverfetch(rows, page.limit(), r -> Cursor.encode(r.lineNumber()));
    }

    /** "Not this person": the match is dropped and never made again for this row. */
    @Transactional
    public NetworkImportRowResponse dismiss(long me, long importId, long rowId) {
        NetworkImport i = owned(me, importId);
        long id = imports.rowOwned(i.id, rowId, me)
                .orElseThrow(() -> ProblemException.notFound("Your import " + importId + " has no row " + rowId + "."));
        imports.dismiss(id);
        return imports.rows(i.id, me, null, null, Integer.MAX_VALUE).stream().map(NetworkImportService::row)
                .filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /**
     * Follows the chosen matches (blocked members never are), and puts them under the tag when
     * one is named. Without {@code rowIds} it takes the next batch of matches still to do, so a
     * client calls again until {@code remaining} is 0; a call cut short leaves every follow it
     * made, and the next call carries on.
     */
    @Transactional
    public FollowImportedMembersResult follow(long me, long importId, FollowImportedMembersRequest request) {
        NetworkImport i = owned(me, importId);
        String tagName = request.tagName() == null ? null : request.tagName().strip();
        List<Object[]> matches = imports.matchesToFollow(i.id, me, request.rowIds(), tagName, config.followBatch());
        int followed = 0;
        int already = 0;
        List<Long> memberIds = new ArrayList<>();
        for (Object[] m : matches) {
            long memberId = ((Number) m[1]).longValue();
            if ((Boolean) m[2]) {
                already++;
            } else {
                follows.follow(me, memberId);
                followed++;
            }
            memberIds.add(memberId);
        }
        TagResponse tag = null;
        if (tagName != null) {
            tag = tagNamed(me, tagName);
            if (!memberIds.isEmpty()) {
                tag = tags.addMembers(me, tag.id(), memberIds);
            }
        }
        return new FollowImportedMembersResult(followed, already, tagName == null ? 0 : memberIds.size(),
                imports.remainingToFollow(i.id, me, tagName), tag);
    }

    @Transactional
    public void delete(long me, long importId) {
        imports.delete(owned(me, importId).id);
    }

    private TagResponse tagNamed(long me, String name) {
        return tags.list(me, null).items().stream()
                .filter(t -> t.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseGet(() -> tags.create(me, new TagRequest(name)));
    }

    private NetworkImportResponse rematched(NetworkImport i, long me, List<SkippedLine> skipped) {
        imports.match(i.id, me);
        return summary(i, me, skipped);
    }

    private NetworkImport owned(long me, long importId) {
        return imports.findByIdAndOwner(importId, me)
                .orElseThrow(() -> ProblemException.notFound("You have no import with id " + importId + "."));
    }

    private NetworkImportResponse summary(NetworkImport i, long me, List<SkippedLine> skipped) {
        long[] c = imports.counts(i.id, me);
        return new NetworkImportResponse(i.id, i.fileName, i.format, i.createdAt, i.rowCount, c[0], c[1], c[2], c[3],
                c[4], i.skippedCount, skipped);
    }

    private static NetworkImportRowResponse row(Object[] r) {
        ProfileSummary member = r[12] == null ? null : ProfileSummary.fromRow(r, 12);
        return new NetworkImportRowResponse(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2],
                (String) r[3], (String) r[5], (String) r[6], (String) r[7], (String) r[4], localDate(r[8]),
                ImportRowStatus.valueOf((String) r[9]), r[10] == null ? null : MatchRule.valueOf((String) r[10]),
                ((Number) r[11]).intValue(), member, member != null && (Boolean) r[19],
                member != null && (Boolean) r[21]);
    }

    private static LocalDate localDate(Object v) {
        return v == null ? null : v instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) v;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
