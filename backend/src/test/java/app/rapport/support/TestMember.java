package app.rapport.support;

import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;

/** A member created through the API for one test: unique handle, so test order never matters. */
public record TestMember(long id, String handle, String email, String displayName, String token) {

    public static final String PASSWORD = "correct-horse-battery";

    public static TestMember create() {
        return create("Test Member");
    }

    public static TestMember create(String displayName) {
        String handle = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        String email = handle + "@example.test";
        Response r = Api.anonymous()
                .body(Map.of("email", email, "password", PASSWORD, "handle", handle, "displayName", displayName))
                .post("/api/accounts");
        if (r.statusCode() != 201) {
            throw new IllegalStateException("sign-up failed: " + r.statusCode() + " " + r.asString());
        }
        return new TestMember(r.jsonPath().getLong("member.id"), handle, email, displayName,
                r.jsonPath().getString("accessToken"));
    }

    /** Sets profile fields through the API. */
    public TestMember withProfile(Map<String, Object> fields) {
        Api.as(this).body(fields).patch("/api/me").then().statusCode(200);
        return this;
    }
}
