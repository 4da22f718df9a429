package dev.editstudio.sharing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editstudio.base.db.Sql;
import dev.editstudio.image.DecodedImage;
import dev.editstudio.image.ImageDecoder;
import dev.editstudio.image.ImageEncoder;
import dev.editstudio.image.TaggedImages;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, endpoint by endpoint: the session's owner (alice), a member of the team it is shared with (bob),
 * an owner of that team (cleo), a member of another team (dirk), an admin, and an anonymous visitor. Every answer
 * comes from the one AccessPolicy, so this table is the contract.
 */
@QuarkusTest
class AccessMatrixTest {

    static final List<String> ACTORS = List.of("alice", "bob", "cleo", "dirk", "admin", "anonymous");
    static final Path PHOTO = Path.of(System.getProperty("test.eval.dir", "../shared/eval"), "images", "kodim24.png");

    @Inject
    Sql sql;

    long team;
    long otherTeam;
    long session;
    long round;

    @BeforeEach
    void world() throws Exception {
        for (String u : List.of("alice", "bob", "cleo", "dirk")) {
            as("admin").contentType(ContentType.JSON)
                    .body(Map.of("username", u, "password", u + "-password-1", "role", "user"))
                    .post("/api/v1/admin/users").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        }
        team = as("cleo").contentType(ContentType.JSON).body(Map.of("name", "Marketing " + System.nanoTime()))
                .post("/api/v1/teams").then().statusCode(201).extract().jsonPath().getLong("id");
        for (String member : List.of("alice", "bob")) {
            as("cleo").contentType(ContentType.JSON).body(Map.of("username", member, "role", "member"))
                    .post("/api/v1/teams/" + team + "/members").then().statusCode(200);
        }
        otherTeam = as("dirk").contentType(ContentType.JSON).body(Map.of("name", "Sales " + System.nanoTime()))
                .post("/api/v1/teams").then().statusCode(201).extract().jsonPath().getLong("id");
        session = sharedSession();
        round = edit(session);
    }

    long sharedSession() throws Exception {
        long id = as("alice").multiPart("image", "p.png", Files.readAllBytes(PHOTO), "image/png")
                .post("/api/v1/sessions").then().statusCode(201).extract().jsonPath().getLong("id");
        as("alice").contentType(ContentType.JSON).body(Map.of("teamId", team)).put("/api/v1/sessions/" + id + "/team")
                .then().statusCode(200).body("teamId", equalTo((int) team));
        return id;
    }

    long edit(long sessionId) {
        long id = as("alice").contentType(ContentType.JSON).body(Map.of("instruction", "make it warmer"))
                .post("/api/v1/sessions/" + sessionId + "/edits").then().statusCode(202).extract().jsonPath()
                .getLong("roundId");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "succeeded".equals(
                as("alice").get("/api/v1/rounds/" + id).then().extract().jsonPath().getString("status")));
        return id;
    }

    record Row(String method, String path, Object body, List<Integer> expected) {}

    @Test
    void everyEndpointAnswersEachActorAsThePolicySays() {
        String s = "/api/v1/sessions/" + session;
        String r = "/api/v1/rounds/" + round;
        List<Row> table = List.of(
                //                                                     alice bob cleo dirk admin anon
                new Row("GET", s, null, List.of(200, 200, 200, 404, 200, 401)),
                new Row("GET", s + "/image", null, List.of(200, 200, 200, 404, 200, 401)),
                new Row("GET", s + "/source?thumbnail=true", null, List.of(200, 200, 200, 404, 200, 401)),
                new Row("GET", r, null, List.of(200, 200, 200, 404, 200, 401)),
                new Row("GET", r + "/image", null, List.of(200, 200, 200, 404, 200, 401)),
                new Row("PUT", s + "/head", Map.of("roundId", round), List.of(200, 200, 200, 404, 403, 401)),
                new Row("POST", s + "/edits", Map.of("instruction", "sharpen it"), List.of(202, 202, 202, 404, 403, 401)),
                new Row("PATCH", s, Map.of("title", "Poster"), List.of(200, 403, 200, 404, 403, 401)),
                new Row("PUT", s + "/team", Map.of("teamId", team), List.of(200, 403, 200, 404, 403, 401)),
                new Row("POST", s + "/share", Map.of(), List.of(201, 403, 201, 404, 403, 401)),
                new Row("GET", s + "/shares", null, List.of(200, 403, 200, 404, 403, 401)),
                new Row("GET", "/api/v1/teams/" + team, null, List.of(200, 200, 200, 404, 200, 401)),
                new Row("PATCH", "/api/v1/teams/" + team, Map.of("name", "Marketing EU"),
                        List.of(403, 403, 200, 404, 403, 401)));
        List<String> wrong = new ArrayList<>();
        for (Row row : table) {
            for (int i = 0; i < ACTORS.size(); i++) {
                RequestSpecification request = as(ACTORS.get(i));
                if (row.body() != null) {
                    request = request.contentType(ContentType.JSON).body(row.body());
                }
                int status = request.request(row.method(), row.path()).then().extract().statusCode();
                if (status != row.expected().get(i)) {
                    wrong.add(row.method() + " " + row.path() + " as " + ACTORS.get(i) + ": " + status + ", expected "
                            + row.expected().get(i));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void deletingASessionIsForItsOwnerAndTheTeamsOwners() throws Exception {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("bob", 403);
        expected.put("dirk", 404);
        expected.put("admin", 403);
        expected.put("anonymous", 401);
        expected.put("cleo", 204);
        for (var e : expected.entrySet()) {
            as(e.getKey()).delete("/api/v1/sessions/" + session).then().statusCode(e.getValue());
        }
        long own = sharedSession();
        as("alice").delete("/api/v1/sessions/" + own).then().statusCode(204);
    }

    @Test
    void leavingATeamEndsAccessAtOnceAndDeletingItReturnsSessionsToTheirCreators() {
        as("bob").get("/api/v1/sessions/" + session).then().statusCode(200);
        as("bob").delete("/api/v1/teams/" + team + "/members/bob").then().statusCode(204);
        as("bob").get("/api/v1/sessions/" + session).then().statusCode(404);
        as("bob").get("/api/v1/rounds/" + round + "/image").then().statusCode(404);

        as("cleo").delete("/api/v1/teams/" + team + "/members/cleo").then().statusCode(409)
                .body("error", equalTo("last_owner"));
        as("alice").delete("/api/v1/teams/" + team).then().statusCode(403);
        as("cleo").delete("/api/v1/teams/" + team).then().statusCode(204);
        as("alice").get("/api/v1/sessions/" + session).then().statusCode(200).body("teamId", nullValue());
        as("cleo").get("/api/v1/sessions/" + session).then().statusCode(404);
    }

    @Test
    void teamInvitationsExplainWhatIsWrong() {
        as("cleo").contentType(ContentType.JSON).body(Map.of("username", "nobody-like-this"))
                .post("/api/v1/teams/" + team + "/members").then().statusCode(404)
                .body("error", equalTo("user_not_found"))
                .body("message", org.hamcrest.Matchers.containsString("no user named 'nobody-like-this'"));
        as("cleo").contentType(ContentType.JSON).body(Map.of("username", "bob"))
                .post("/api/v1/teams/" + team + "/members").then().statusCode(409).body("error", equalTo("already_member"));
        as("bob").contentType(ContentType.JSON).body(Map.of("username", "dirk"))
                .post("/api/v1/teams/" + team + "/members").then().statusCode(403);
        as("dirk").contentType(ContentType.JSON).body(Map.of("username", "dirk"))
                .post("/api/v1/teams/" + team + "/members").then().statusCode(404);
        as("cleo").contentType(ContentType.JSON).body(Map.of("username", "dirk", "role", "boss"))
                .post("/api/v1/teams/" + team + "/members").then().statusCode(400);
        as("alice").contentType(ContentType.JSON).body(Map.of("teamId", otherTeam))
                .put("/api/v1/sessions/" + session + "/team").then().statusCode(400).body("error", equalTo("not_your_team"));
    }

    @Test
    void privateImagesAreNotReachableByGuessingIds() throws Exception {
        long privateSession = as("alice").multiPart("image", "p.png", Files.readAllBytes(PHOTO), "image/png")
                .post("/api/v1/sessions").then().statusCode(201).extract().jsonPath().getLong("id");
        long privateRound = edit(privateSession);
        for (long id = Math.max(1, privateRound - 5); id <= privateRound + 5; id++) {
            as("dirk").get("/api/v1/rounds/" + id + "/image").then().statusCode(404);
            if (id != round) { // bob sees only what his team shares: the private rounds do not exist for him
                as("bob").get("/api/v1/rounds/" + id + "/image").then().statusCode(org.hamcrest.Matchers.oneOf(404, 409));
            }
        }
        for (long id = Math.max(1, privateSession - 3); id <= privateSession + 3; id++) {
            as("dirk").get("/api/v1/sessions/" + id + "/image").then().statusCode(404);
            given().get("/api/v1/sessions/" + id + "/image").then().statusCode(401);
        }
    }

    @Test
    void publicLinksOpenWithoutLoginUntilRevokedOrExpiredAndBadTokensAreAllNotFound() {
        var link = as("alice").contentType(ContentType.JSON).body(Map.of()).post("/api/v1/sessions/" + session + "/share")
                .then().statusCode(201).extract().jsonPath();
        String token = link.getString("token");
        assertTrue(token.length() >= 40, "at least 128 random bits: " + token);
        assertEquals("/s/" + token, link.getString("url"));
        given().get("/api/v1/shared/" + token).then().statusCode(200)
                .body("rounds[0].instruction", equalTo("make it warmer"));
        given().get("/api/v1/shared/" + token + "/image").then().statusCode(200).contentType("image/png");
        given().get("/api/v1/shared/" + token + "/image?round=" + round + "&thumbnail=true").then().statusCode(200);

        var oneRound = as("alice").contentType(ContentType.JSON).body(Map.of("roundId", round))
                .post("/api/v1/sessions/" + session + "/share").then().statusCode(201).extract().jsonPath();
        String roundToken = oneRound.getString("token");
        given().get("/api/v1/shared/" + roundToken + "/image?round=0").then().statusCode(404);

        long linkId = link.getLong("id");
        as("dirk").delete("/api/v1/shares/" + linkId).then().statusCode(404);
        as("bob").delete("/api/v1/shares/" + linkId).then().statusCode(404);
        as("alice").delete("/api/v1/shares/" + linkId).then().statusCode(204);
        given().get("/api/v1/shared/" + token).then().statusCode(404).body("error", equalTo("not_found"));
        given().get("/api/v1/shared/" + token + "/image").then().statusCode(404);

        QuarkusTransaction.requiringNew().run(() -> sql.update(
                "update share_link set expires_at = now() - interval '1 minute' where id = ?",
                oneRound.getLong("id")));
        given().get("/api/v1/shared/" + roundToken).then().statusCode(404);

        // (past about 4 KB of URL the HTTP layer itself answers 414)
        for (String bad : List.of("x", "esl_" + "A".repeat(43), "esl_%2F..%2F", "z".repeat(3000))) {
            given().get("/api/v1/shared/" + bad).then().statusCode(404);
        }
        as("alice").contentType(ContentType.JSON)
                .body(Map.of("expiresAt", OffsetDateTime.now().minusDays(1).toString()))
                .post("/api/v1/sessions/" + session + "/share").then().statusCode(400)
                .body("error", equalTo("expiry_in_past"));
        as("alice").contentType(ContentType.JSON).body(Map.of("roundId", 987654321))
                .post("/api/v1/sessions/" + session + "/share").then().statusCode(400);
        as("alice").get("/api/v1/sessions/" + session + "/shares").then().statusCode(200)
                .body("find { it.id == " + linkId + " }.active", equalTo(false));
    }

    @Test
    void aPublicLinkGivesThePhotoWithoutWhereWhenAndByWhomItWasTaken() throws Exception {
        ImageDecoder decoder = new ImageDecoder(40_000_000L, 25 * 1024 * 1024);
        byte[] phone = TaggedImages.fromAPhone(ImageEncoder.jpeg(decoder.decode(Files.readAllBytes(PHOTO)), 0.9f), 6);
        long id = as("alice").multiPart("image", "phone.jpg", phone, "image/jpeg").post("/api/v1/sessions").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        // the owner keeps the file as it came
        assertArrayEquals(phone, as("alice").get("/api/v1/sessions/" + id + "/source").then().statusCode(200)
                .extract().asByteArray());
        String token = as("alice").contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/sessions/" + id + "/share").then().statusCode(201).extract().jsonPath()
                .getString("token");
        DecodedImage upright = decoder.decode(phone);
        for (String image : List.of("/image", "/image?round=0")) {
            byte[] shared = given().get("/api/v1/shared/" + token + image).then().statusCode(200)
                    .contentType("image/jpeg").extract().asByteArray();
            String text = new String(shared, java.nio.charset.StandardCharsets.ISO_8859_1);
            for (String secret : List.of(TaggedImages.GPS_TEXT, "Jane Doe", "2026:11:22")) {
                assertFalse(text.contains(secret), image + " still holds " + secret);
            }
            DecodedImage seen = decoder.decode(shared);
            assertEquals(512, seen.width(), "still shown upright");
            assertArrayEquals(upright.data(), seen.data());
        }
    }

    private static RequestSpecification as(String actor) {
        return switch (actor) {
            case "anonymous" -> given();
            case "admin" -> given().auth().preemptive().basic("admin", "admin-test-password");
            default -> given().auth().preemptive().basic(actor, actor + "-password-1");
        };
    }
}
