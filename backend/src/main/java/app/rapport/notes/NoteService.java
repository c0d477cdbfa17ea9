package app.rapport.notes;

import app.rapport.blocks.BlockService;
import app.rapport.common.Cursor;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import app.rapport.network.NetworkService;
import app.rapport.profiles.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Private notes on contacts: written on someone I follow or am connected to, read, changed and
 * deleted by their author only (anyone else gets 404). A member blocked either way is out of
 * sight, notes included.
 */
@ApplicationScoped
public class NoteService {

    private final NoteRepository notes;
    private final MemberRepository members;
    private final NetworkService network;
    private final BlockService blocks;
    private final Event<NoteChanged> changed;

    public NoteService(NoteRepository notes, MemberRepository members, NetworkService network, BlockService blocks,
                       Event<NoteChanged> changed) {
        this.notes = notes;
        this.members = members;
        this.network = network;
        this.blocks = blocks;
        this.changed = changed;
    }

    @Transactional
    public Page<NoteResponse> list(long me, long memberId, PageRequest page) {
        requireVisible(me, memberId);
        LocalDate afterDate = null;
        Long afterId = null;
        if (page.cursor() != null) {
            List<String> parts = Cursor.decode(page.cursor(), 2);
            try {
                afterDate = LocalDate.parse(parts.get(0));
            } catch (java.time.format.DateTimeParseException e) {
                throw ProblemException.invalidField("cursor", "is not a cursor this API returned");
            }
            afterId = Cursor.decodeLong(parts.get(1));
        }
        return Page.fromOverfetch(notes.onMember(me, memberId, afterDate, afterId, page.limit() + 1), page.limit(),
                n -> Cursor.encode(n.date, n.id)).map(NoteResponse::from);
    }

    @Transactional
    public NoteResponse create(long me, long memberId, CreateNoteRequest request) {
        if (memberId == me) {
            throw ProblemException.refused("CANNOT_NOTE_SELF", "Notes are about your contacts, not yourself.");
        }
        requireVisible(me, memberId);
        if (!network.isContact(me, memberId)) {
            throw ProblemException.refused("NOT_A_CONTACT",
                    "You can keep notes on people you follow or are connected to. Follow them first.");
        }
        Instant now = now();
        Note n = new Note();
        n.authorId = me;
        n.memberId = memberId;
        n.text = request.text().trim();
        n.date = request.date() == null ? LocalDate.now(ZoneOffset.UTC) : request.date();
        n.createdAt = now;
        n.updatedAt = now;
        notes.persist(n);
        changed.fire(new NoteChanged(me, memberId, true, now));
        return NoteResponse.from(n);
    }

    @Transactional
    public NoteResponse update(long me, long noteId, UpdateNoteRequest request) {
        if (request.text() == null && request.date() == null) {
            throw ProblemException.invalidField("text", "give a new text, a new date, or both");
        }
        Note n = find(me, noteId);
        if (request.text() != null) {
            n.text = request.text().trim();
        }
        if (request.date() != null) {
            n.date = request.date();
        }
        n.updatedAt = now();
        return NoteResponse.from(n);
    }

    @Transactional
    public void delete(long me, long noteId) {
        Note n = find(me, noteId);
        notes.delete(n);
        changed.fire(new NoteChanged(me, n.memberId, false, now()));
    }

    private Note find(long me, long noteId) {
        Note n = notes.findByIdAndAuthor(noteId, me)
                .orElseThrow(() -> ProblemException.notFound("You have no note with id " + noteId + "."));
        if (blocks.blockedEitherWay(me, n.memberId)) {
            throw ProblemException.notFound("You have no note with id " + noteId + ".");
        }
        return n;
    }

    private void requireVisible(long me, long memberId) {
        if (members.findByIdOptional(memberId).isEmpty() || blocks.blockedEitherWay(me, memberId)) {
            throw ProblemException.notFound("No member has the id " + memberId + ".");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
