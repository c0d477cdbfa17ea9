package app.rapport.common.text;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.support.Api;
import app.rapport.support.Graph;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every text input of the API, given text no field accepts (control characters) and text
 * that shows nothing: always a 400 problem naming the field or parameter, never a 500, and
 * nothing stored.
 */
@QuarkusTest
class TextInputTest {

    static final List<String> CONTROL = List.of("a\u0000b", "\u0000", "x\u0007y", "esc\u001b[2J", "del\u007f",
            "c1\u0085", "c1\u009b", "lone\ud800");
    static final List<String> SHOWS_NOTHING = List.of("\u00a0\u00a0", "\u200b\u200b", "\u0085", "\u3000\u3000",
            "\u2060\ufeff", "\u3164", "\u202e");

    TestMember me;
    TestMember other;
    long postId;
    long tagId;
    long tagId2;
    long viewId;
    long positionId;

    @BeforeEach
    void setUp() {
        me = TestMember.create();
        other = TestMember.create();
        Graph.connect(me, other);
        postId = Api.as(other).body(Map.of("text", "A post to comment on")).post("/api/posts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        tagId = Api.as(me).body(Map.of("name", "Clients")).post("/api/tags").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        tagId2 = Api.as(me).body(Map.of("name", "Others")).post("/api/tags").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        viewId = Api.as(me).body(Map.of("name", "Mine", "tagIds", List.of(tagId))).post("/api/tag-views").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        positionId = Api.as(me).body(position("Engineer", "Acme", null)).post("/api/me/positions").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A JSON text field: how to send a body with the given value in it. */
    record Field(String operation, String field, boolean mustShowSomething, Function<String, Response> send) {
    }

    List<Field> fields() {
        String uniq = me.handle().substring(2, 12);
        return List.of(
                new Field("signUp", "email", false, v -> Api.anonymous().body(signUp(v, "pw-" + uniq + "-long", "h" + uniq, "Name")).post("/api/accounts")),
                new Field("signUp", "password", false, v -> Api.anonymous().body(signUp(uniq + "@x.test", v + "long-enough", "h" + uniq, "Name")).post("/api/accounts")),
                new Field("signUp", "handle", false, v -> Api.anonymous().body(signUp(uniq + "@x.test", "pw-long-enough", v, "Name")).post("/api/accounts")),
                new Field("signUp", "displayName", true, v -> Api.anonymous().body(signUp(uniq + "@x.test", "pw-long-enough", "h" + uniq, v)).post("/api/accounts")),
                new Field("logIn", "email", false, v -> Api.anonymous().body(Map.of("email", v, "password", "whatever")).post("/api/tokens")),
                new Field("logIn", "password", false, v -> Api.anonymous().body(Map.of("email", me.email(), "password", v)).post("/api/tokens")),
                new Field("updateMyProfile", "displayName", true, v -> Api.as(me).body(Map.of("displayName", v)).patch("/api/me")),
                new Field("updateMyProfile", "headline", true, v -> Api.as(me).body(Map.of("headline", v)).patch("/api/me")),
                new Field("updateMyProfile", "location", true, v -> Api.as(me).body(Map.of("location", v)).patch("/api/me")),
                new Field("updateMyProfile", "about", true, v -> Api.as(me).body(Map.of("about", v)).patch("/api/me")),
                new Field("updateMyProfile", "currentTitle", true, v -> Api.as(me).body(Map.of("currentTitle", v)).patch("/api/me")),
                new Field("updateMyProfile", "currentCompany", true, v -> Api.as(me).body(Map.of("currentCompany", v)).patch("/api/me")),
                new Field("createAccessToken", "name", true, v -> Api.as(me).body(Map.of("name", v, "scopes", List.of("READ"))).post("/api/me/access-tokens")),
                new Field("addPosition", "title", true, v -> Api.as(me).body(position(v, "Acme", null)).post("/api/me/positions")),
                new Field("addPosition", "company", true, v -> Api.as(me).body(position("CTO", v, null)).post("/api/me/positions")),
                new Field("addPosition", "description", true, v -> Api.as(me).body(position("CTO", "Acme", v)).post("/api/me/positions")),
                new Field("updatePosition", "title", true, v -> Api.as(me).body(position(v, "Acme", null)).put("/api/me/positions/" + positionId)),
                new Field("updatePosition", "description", true, v -> Api.as(me).body(position("CTO", "Acme", v)).put("/api/me/positions/" + positionId)),
                new Field("createPost", "text", true, v -> Api.as(me).body(Map.of("text", v)).post("/api/posts")),
                new Field("createPost", "linkUrl", false, v -> Api.as(me).body(Map.of("text", "hi", "linkUrl", "https://x.test/" + v)).post("/api/posts")),
                new Field("resharePost", "text", true, v -> Api.as(me).body(Map.of("text", v)).post("/api/posts/" + postId + "/reshare")),
                new Field("addComment", "text", true, v -> Api.as(me).body(Map.of("text", v)).post("/api/posts/" + postId + "/comments")),
                new Field("sendInvitation", "note", true, v -> Api.as(me).body(Map.of("recipientId", other.id(), "note", v)).post("/api/invitations")),
                new Field("previewInvitation", "note", true, v -> Api.as(me).body(Map.of("recipientId", other.id(), "note", v)).post("/api/invitations/preview")),
                new Field("createTag", "name", true, v -> Api.as(me).body(Map.of("name", v)).post("/api/tags")),
                new Field("renameTag", "name", true, v -> Api.as(me).body(Map.of("name", v)).patch("/api/tags/" + tagId)),
                new Field("createTagView", "name", true, v -> Api.as(me).body(Map.of("name", v, "tagIds", List.of(tagId))).post("/api/tag-views")),
                new Field("updateTagView", "name", true, v -> Api.as(me).body(Map.of("name", v, "tagIds", List.of(tagId))).put("/api/tag-views/" + viewId)));
    }

    static Map<String, Object> signUp(String email, String password, String handle, String displayName) {
        return Map.of("email", email, "password", password, "handle", handle, "displayName", displayName);
    }

    static Map<String, Object> position(String title, String company, String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("company", company);
        body.put("startDate", "2020-01-01");
        if (description != null) {
            body.put("description", description);
        }
        return body;
    }

    static void refused(Response r, String field, String what) {
        r.then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem(field))
                .body("detail", containsString(field));
        assertEquals(400, r.statusCode(), what);
    }

    @Test
    void controlCharacters_inEveryTextField_areA400NamingTheField_andNothingIsStored() {
        int tried = 0;
        for (Field f : fields()) {
            for (String bad : CONTROL) {
                refused(f.send().apply(bad), f.field(), f.operation() + "." + f.field());
                tried++;
            }
        }
        assertEquals(fields().size() * CONTROL.size(), tried);
        assertEquals(0, Sql.count("SELECT count(*) FROM posts WHERE author_id = ? AND kind <> 'CAREER_UPDATE'", me.id()));
        assertEquals(0, Sql.count("SELECT count(*) FROM comments WHERE author_id = ?", me.id()));
        assertEquals(0, Sql.count("SELECT count(*) FROM invitations WHERE sender_id = ?", me.id()));
        assertEquals(0, Sql.count("SELECT count(*) FROM access_tokens WHERE member_id = ?", me.id()));
        assertEquals(1, Sql.count("SELECT count(*) FROM positions WHERE member_id = ?", me.id()));
        assertEquals(2, Sql.count("SELECT count(*) FROM tags WHERE owner_id = ?", me.id()));
        assertEquals(1, Sql.count("SELECT count(*) FROM tag_views WHERE owner_id = ?", me.id()));
        Api.as(me).get("/api/me").then().statusCode(200).body("displayName", equalTo(me.displayName()))
                .body("headline", equalTo(null));
    }

    @Test
    void textThatShowsNothing_isRefusedWhereTextMustSaySomething() {
        for (Field f : fields()) {
            if (!f.mustShowSomething()) {
                continue;
            }
            for (String nothing : SHOWS_NOTHING) {
                refused(f.send().apply(nothing), f.field(), f.operation() + "." + f.field() + " " + nothing.codePoints().boxed().toList());
            }
        }
        assertEquals(0, Sql.count("SELECT count(*) FROM posts WHERE author_id = ? AND kind <> 'CAREER_UPDATE'", me.id()));
        assertEquals(0, Sql.count("SELECT count(*) FROM comments WHERE author_id = ?", me.id()));
    }

    @Test
    void singleLineFields_refuseLineBreaks_multiLineFieldsKeepThem() {
        refused(Api.as(me).body(Map.of("name", "Two\nlines")).post("/api/tags"), "name", "tag");
        refused(Api.as(me).body(Map.of("headline", "Tab\there")).patch("/api/me"), "headline", "headline");
        refused(Api.as(me).body(Map.of("displayName", "Ann\r\nLee")).patch("/api/me"), "displayName", "name");
        Api.as(me).body(Map.of("text", "First line\n\tSecond line\r\nThird")).post("/api/posts").then().statusCode(201)
                .body("text", equalTo("First line\n\tSecond line\r\nThird"));
        Api.as(me).body(Map.of("about", "Para one.\n\nPara two.")).patch("/api/me").then().statusCode(200)
                .body("about", equalTo("Para one.\n\nPara two."));
    }

    @Test
    void displayNames_refuseBidiOverridesAndZeroWidthCharacters_butKeepRealNames() {
        for (String spoof : List.of("Bob\u202egnp.exe", "Ann\u200b", "\u2066Eve\u2069", "Al\u200fice", "Max\u200c")) {
            refused(Api.as(me).body(Map.of("displayName", spoof)).patch("/api/me"), "displayName", spoof);
            refused(Api.anonymous().body(signUp(me.handle() + "x@x.test", "pw-long-enough", "z" + me.handle().substring(2, 20), spoof))
                    .post("/api/accounts"), "displayName", spoof);
        }
        for (String real : List.of("Zoë Ørsted", "山田\u3000太郎", "مهدی\u200cزاده", "Jean\u00a0Pierre")) {
            Api.as(me).body(Map.of("displayName", real)).patch("/api/me").then().statusCode(200)
                    .body("displayName", equalTo(real));
        }
    }

    @Test
    void visibleTextWithInvisibleCharacters_isKept() {
        Api.as(me).body(Map.of("text", "\u00a0Hello\u200b world\u3000")).post("/api/posts").then().statusCode(201);
        Api.as(me).body(Map.of("name", "Ü\u00a0list")).post("/api/tags").then().statusCode(201);
    }

    /** A request whose URL is sent exactly as written (so %00 arrives as a NUL). */
    RequestSpecification rawUrl() {
        return Api.as(me).urlEncodingEnabled(false);
    }

    @Test
    void controlCharacters_inPathParameters_areA400NamingTheParameter() {
        refused(rawUrl().get("/api/profiles/a%00b"), "handle", "getProfile");
        refused(rawUrl().get("/api/profiles/a%0Ab/posts"), "handle", "listMemberPosts");
        refused(rawUrl().get("/api/profiles/%1B/mutual-connections"), "handle", "listMutualConnections");
        refused(rawUrl().get("/api/posts/1%00"), "postId", "getPost");
        refused(rawUrl().delete("/api/posts/" + postId + "/comments/%00"), "commentId", "deleteComment");
        refused(rawUrl().get("/api/tags/%00/members"), "tagId", "listTaggedMembers");
        refused(rawUrl().put("/api/tags/" + tagId + "/members/1%00"), "memberId", "addTaggedMember");
        refused(rawUrl().get("/api/tag-views/%00"), "viewId", "getTagView");
        refused(rawUrl().put("/api/me/following/%00"), "memberId", "followMember");
        refused(rawUrl().put("/api/me/blocks/%C2%85"), "memberId", "blockMember");
        refused(rawUrl().delete("/api/me/access-tokens/%00"), "tokenId", "revokeAccessToken");
        refused(rawUrl().post("/api/invitations/%00/accept"), "invitationId", "acceptInvitation");
        refused(rawUrl().delete("/api/me/positions/%00"), "positionId", "deletePosition");
    }

    @Test
    void controlCharacters_inQueryParameters_areA400NamingTheParameter() {
        refused(rawUrl().get("/api/profiles?q=%00"), "q", "searchProfiles");
        refused(rawUrl().get("/api/profiles?q=ann%00"), "q", "searchProfiles");
        refused(rawUrl().get("/api/me/connections?cursor=%00"), "cursor", "listConnections");
        refused(rawUrl().get("/api/me/followers?limit=1%00"), "limit", "listFollowers");
        refused(rawUrl().get("/api/feeds/tagged?tagId=%00"), "tagId", "getTagFeed");
        refused(rawUrl().get("/api/feeds/tagged?tagId=" + tagId + "&excludeTagId=" + tagId2 + "%00"), "excludeTagId", "getTagFeed");
        refused(rawUrl().get("/api/invitations/received?verdict=%00"), "verdict", "listReceivedInvitations");
        refused(rawUrl().get("/api/tags?memberId=%00"), "memberId", "listTags");
    }
}
