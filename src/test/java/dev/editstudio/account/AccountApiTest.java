package dev.editstudio.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountApiTest {

    static final String ADMIN_PASSWORD = "admin-test-password";

    static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic("admin", ADMIN_PASSWORD);
    }

    static void createUser(String username, String password, String role) {
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "role", role))
                .post("/api/v1/admin/users").then().statusCode(201);
    }

    @Test
    void adminCreatesUserAndTheUserCanAuthenticate() {
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", "carol", "password", "carol-password", "role", "user"))
                .post("/api/v1/admin/users")
                .then().statusCode(201)
                .body("username", equalTo("carol"))
                .body("role", equalTo("user"))
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")));

        given().auth().preemptive().basic("carol", "carol-password").get("/api/v1/me")
                .then().statusCode(200).body("username", equalTo("carol")).body("role", equalTo("user"));
    }

    @Test
    void takenUsernameIsAConflictRegardlessOfCase() {
        createUser("dave", "dave-password", "user");
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", "DAVE", "password", "other-password", "role", "user"))
                .post("/api/v1/admin/users")
                .then().statusCode(409).body("error", equalTo("username_taken"));
    }

    @Test
    void wrongPasswordIs401WithJsonErrorAndChallenge() {
        given().auth().preemptive().basic("admin", "wrong-password").get("/api/v1/me")
                .then().statusCode(401)
                .contentType(ContentType.JSON)
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("error", equalTo("unauthorized"))
                .body("message", notNullValue());
    }

    @Test
    void noCredentialsIs401() {
        given().get("/api/v1/me").then().statusCode(401).body("error", equalTo("unauthorized"));
    }

    @Test
    void garbageAuthorizationHeaderIs401() {
        given().header("Authorization", "Basic !!!notbase64").get("/api/v1/me")
                .then().statusCode(401).body("error", equalTo("unauthorized"));
        given().header("Authorization", "Bearer es_doesnotexist").get("/api/v1/me")
                .then().statusCode(401).body("error", equalTo("unauthorized"));
    }

    @Test
    void nonAdminGets403OnAdminEndpoints() {
        createUser("erin", "erin-password", "user");
        given().auth().preemptive().basic("erin", "erin-password").contentType(ContentType.JSON)
                .body(Map.of("username", "mallory", "password", "mallory-password", "role", "admin"))
                .post("/api/v1/admin/users")
                .then().statusCode(403).body("error", equalTo("forbidden"));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", "mallory", "password", "x", "role", "user")) // short password
                .post("/api/v1/admin/users").then().statusCode(400);
    }

    @Test
    void malformedJsonIs400WithErrorShape() {
        asAdmin().contentType(ContentType.JSON).body("{\"username\": ")
                .post("/api/v1/admin/users")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("error", equalTo("malformed_json"))
                .body("message", not(containsString("Exception")));
    }

    @Test
    void missingFieldsAre400NamingTheFields() {
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", "frank"))
                .post("/api/v1/admin/users")
                .then().statusCode(400)
                .body("error", equalTo("validation_failed"))
                .body("details.fields.password", notNullValue())
                .body("details.fields.role", notNullValue());
        asAdmin().contentType(ContentType.JSON).body("")
                .post("/api/v1/admin/users")
                .then().statusCode(400).body("error", notNullValue());
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", "frank", "password", "frank-password", "role", "superuser"))
                .post("/api/v1/admin/users")
                .then().statusCode(400).body("details.fields.role", containsString("admin"));
    }

    @Test
    void apiTokenIsShownOnceWorksAsBearerAndCanBeRevoked() {
        createUser("grace", "grace-password", "user");
        var created = given().auth().preemptive().basic("grace", "grace-password").contentType(ContentType.JSON)
                .body(Map.of("name", "ci")).post("/api/v1/me/tokens")
                .then().statusCode(201).body("token", startsWith("es_")).extract().jsonPath();
        String token = created.getString("token");
        long id = created.getLong("id");

        given().header("Authorization", "Bearer " + token).get("/api/v1/me")
                .then().statusCode(200).body("username", equalTo("grace"));
        given().auth().preemptive().basic("grace", "grace-password").get("/api/v1/me/tokens")
                .then().statusCode(200).body("[0].name", equalTo("ci")).body("[0].token", equalTo(null))
                .body("[0].prefix", equalTo(token.substring(0, 10)));

        given().header("Authorization", "Bearer " + token).delete("/api/v1/me/tokens/" + id)
                .then().statusCode(204);
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void anotherUsersTokenIdIsNotFound() {
        createUser("heidi", "heidi-password", "user");
        long adminToken = asAdmin().contentType(ContentType.JSON).body(Map.of("name", "admin-token"))
                .post("/api/v1/me/tokens").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().preemptive().basic("heidi", "heidi-password").delete("/api/v1/me/tokens/" + adminToken)
                .then().statusCode(404).body("error", equalTo("not_found"));
    }

    @Test
    void tenFailedLoginsLockTheUsernameEvenForTheRightPassword() {
        createUser("ivan", "ivan-password", "user");
        for (int i = 0; i < 10; i++) {
            given().auth().preemptive().basic("ivan", "wrong-" + i).get("/api/v1/me")
                    .then().statusCode(i < 9 ? 401 : 429);
        }
        given().auth().preemptive().basic("Ivan", "ivan-password").get("/api/v1/me")
                .then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body("error", equalTo("too_many_login_attempts"));
        // other usernames are unaffected
        asAdmin().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void unknownApiPathsAndWrongMethodsAnswerInTheErrorShape() {
        asAdmin().get("/api/v1/no-such-endpoint").then().statusCode(404)
                .contentType(ContentType.JSON).body("error", equalTo("not_found"));
        asAdmin().get("/api/v1/me/tokens/1").then().statusCode(405)
                .contentType(ContentType.JSON).body("error", equalTo("method_not_allowed"));
    }
}
