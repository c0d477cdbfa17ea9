package app.rapport.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import app.rapport.support.Api;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Whatever a client gets wrong, the answer is a clear 4xx problem document, never a 500 or HTML. */
@QuarkusTest
class ProblemMappingTest {

    @Test
    void malformedJson_isProblem() {
        Api.raw().contentType(ContentType.JSON).body("{\"email\": ").post("/api/tokens")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("MALFORMED_JSON"))
                .body("status", equalTo(400))
                .body(not(containsString("Exception")));
    }

    @Test
    void wrongJsonType_namesTheField() {
        TestMember me = TestMember.create();
        Api.raw().header("Authorization", "Bearer " + me.token()).contentType(ContentType.JSON)
                .body("{\"title\":\"a\",\"company\":\"b\",\"startDate\":[1,2]}")
                .post("/api/me/positions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("startDate"))
                .body(not(containsString("java.")));
    }

    @Test
    void unknownField_isRefusedWithItsName() {
        TestMember me = TestMember.create();
        Api.raw().header("Authorization", "Bearer " + me.token()).contentType(ContentType.JSON)
                .body("{\"headline\":\"x\",\"isAdmin\":true}")
                .patch("/api/me")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("isAdmin"));
    }

    @Test
    void missingBody_isValidationProblem() {
        Api.raw().contentType(ContentType.JSON).post("/api/accounts")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownApiRoute_isNotFoundProblem() {
        Api.raw().get("/api/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void wrongMethod_isMethodNotAllowedProblem() {
        Api.raw().delete("/api/tokens")
                .then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void wrongContentType_isUnsupportedMediaTypeProblem() {
        Api.raw().contentType(ContentType.TEXT).body("hello").post("/api/tokens")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void oversizeBody_isPayloadTooLargeProblem() {
        String big = "{\"about\":\"" + "x".repeat(400_000) + "\"}";
        TestMember me = TestMember.create();
        Api.raw().header("Authorization", "Bearer " + me.token()).contentType(ContentType.JSON).body(big)
                .patch("/api/me")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", notNullValue());
    }

    @Test
    void badPathParameter_isClientError() {
        TestMember me = TestMember.create();
        Api.raw().header("Authorization", "Bearer " + me.token()).delete("/api/me/positions/abc")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
