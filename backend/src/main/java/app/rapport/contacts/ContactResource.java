package app.rapport.contacts;

import app.rapport.common.CurrentMember;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The contact panel of one member: only ever my own data about them. */
@Path("/api/members/{memberId}/contact")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    private final ContactService contacts;
    private final CurrentMember me;

    public ContactResource(ContactService contacts, CurrentMember me) {
        this.contacts = contacts;
        this.me = me;
    }

    @GET
    public ContactResponse getContact(@PathParam("memberId") long memberId) {
        return contacts.get(me.id(), memberId);
    }
}
