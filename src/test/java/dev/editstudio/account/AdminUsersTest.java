package dev.editstudio.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdminUsersTest {

    static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-test-password").contentType(ContentType.JSON);
    }

    @Test
    void disablingAUserEndsTheirPasswordAndTokenAccessAtOnce() {
        admin().body(Map.of("username", "vera", "password", "vera-password-1", "role", "user"))
                .post("/api/v1/admin/users").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        admin().body(Map.of("disabled", false)).patch("/api/v1/admin/users/vera").then().statusCode(200);
        String token = given().auth().preemptive().basic("vera", "vera-password-1").contentType(ContentType.JSON)
                .body(Map.of("name", "ci")).post("/api/v1/me/tokens").then().statusCode(201).extract().path("token");
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(200);

        admin().body(Map.of("disabled", true)).patch("/api/v1/admin/users/vera").then().statusCode(200)
                .body("disabled", equalTo(true));
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(401);
        given().auth().preemptive().basic("vera", "vera-password-1").get("/api/v1/me").then().statusCode(401);

        admin().body(Map.of("disabled", false, "password", "vera-password-2")).patch("/api/v1/admin/users/vera")
                .then().statusCode(200).body("disabled", equalTo(false));
        given().auth().preemptive().basic("vera", "vera-password-1").get("/api/v1/me").then().statusCode(401);
        given().auth().preemptive().basic("vera", "vera-password-2").get("/api/v1/me").then().statusCode(200);
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void adminsCannotLockThemselvesOutAndBadChangesAreRefused() {
        admin().body(Map.of("disabled", true)).patch("/api/v1/admin/users/admin").then().statusCode(409)
                .body("error", equalTo("cannot_demote_self"));
        admin().body(Map.of("role", "user")).patch("/api/v1/admin/users/admin").then().statusCode(409);
        admin().body(Map.of("role", "emperor")).patch("/api/v1/admin/users/admin").then().statusCode(400);
        admin().body(Map.of("password", "short")).patch("/api/v1/admin/users/admin").then().statusCode(400);
        admin().body(Map.of("disabled", true)).patch("/api/v1/admin/users/nobody-here").then().statusCode(404);
        admin().body(Map.of("username", "wendy", "password", "wendy-password-1", "role", "user"))
                .post("/api/v1/admin/users").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        given().auth().preemptive().basic("wendy", "wendy-password-1").contentType(ContentType.JSON)
                .body(Map.of("disabled", true)).patch("/api/v1/admin/users/admin").then().statusCode(403);
    }
}
