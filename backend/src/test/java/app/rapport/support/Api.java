package app.rapport.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * Entry point of every API test. Each request and response goes through a validator built
 * from the top-level openapi.yaml, so a test fails as soon as the running API and the
 * contract disagree (an undocumented path or status, a response field of the wrong type, a
 * missing required field, a wrong content type...). Requests that tests make wrong on
 * purpose are not held against the contract; responses always are.
 */
public final class Api {

    public static final Path CONTRACT_FILE = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT_FILE.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .withLevel("validation.request.path.missing", ValidationReport.Level.ERROR)
                            .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.ERROR)
                            .build())
                    .build());

    private Api() {
    }

    /** An anonymous request, checked against the contract. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().filter(CONTRACT).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A request as the given member (the header is set explicitly so the validator sees it). */
    public static RequestSpecification as(TestMember member) {
        return anonymous().header("Authorization", "Bearer " + member.token());
    }

    /** A request that bypasses the contract check, for deliberately undocumented probes. */
    public static RequestSpecification raw() {
        return RestAssured.given();
    }
}
