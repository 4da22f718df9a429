package dev.editstudio.quota;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editstudio.base.db.Sql;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuotaApiTest {

    static final Path PHOTO = Path.of(System.getProperty("test.eval.dir", "../shared/eval"), "images", "kodim02.png");

    @Inject
    Sql sql;

    static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-test-password");
    }

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user + "-password-1");
    }

    static void user(String name) {
        admin().contentType(ContentType.JSON).body(Map.of("username", name, "password", name + "-password-1", "role", "user"))
                .post("/api/v1/admin/users").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
    }

    static long session(String user) throws Exception {
        return as(user).multiPart("image", "p.png", Files.readAllBytes(PHOTO), "image/png").post("/api/v1/sessions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void withALimitOfThreeTwentySimultaneousEditsGiveExactlyThree() throws Exception {
        user("quinn");
        long session = session("quinn");
        admin().contentType(ContentType.JSON).body(Map.of("editsPerDay", 3)).put("/api/v1/admin/users/quinn/quota")
                .then().statusCode(200).body("editsPerDay", equalTo(3));

        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return as("quinn").contentType(ContentType.JSON).body(Map.of("instruction", "make it brighter"))
                        .post("/api/v1/sessions/" + session + "/edits").then().extract().statusCode();
            }));
        }
        go.countDown();
        int accepted = 0;
        int refused = 0;
        for (Future<Integer> f : answers) {
            int status = f.get();
            if (status == 202) {
                accepted++;
            } else if (status == 429) {
                refused++;
            }
        }
        pool.shutdown();
        assertEquals(3, accepted, "exactly the limit was accepted");
        assertEquals(17, refused, "every other request was refused with 429");

        long rounds = QuarkusTransaction.requiringNew().call(() -> sql.one(
                "select count(*) from edit_round where session_id = ?", r -> r.getLong(1), session).orElseThrow());
        long ledger = QuarkusTransaction.requiringNew().call(() -> sql.one("""
                select count(*) from usage_ledger l join edit_round r on r.id = l.round_id where r.session_id = ?""",
                r -> r.getLong(1), session).orElseThrow());
        assertEquals(3, rounds);
        assertEquals(rounds, ledger, "one ledger row per queued round");

        as("quinn").contentType(ContentType.JSON).body(Map.of("instruction", "make it brighter"))
                .post("/api/v1/sessions/" + session + "/edits").then().statusCode(429)
                .body("error", equalTo("quota_exceeded"))
                .body("quota", equalTo("editsPerDay"))
                .body("limit", equalTo(3))
                .body("used", equalTo(3))
                .body("resetsAt", notNullValue())
                .body("message", containsString("3 edits per day"));
        as("quinn").get("/api/v1/me/usage").then().statusCode(200).body("editsToday", equalTo(3))
                .body("limits.editsPerDay", equalTo(3));
    }

    @Test
    void failedAndCanceledEditsGiveTheirReservationBack() throws Exception {
        user("ruth");
        long session = session("ruth");
        admin().contentType(ContentType.JSON).body(Map.of("editsPerDay", 1)).put("/api/v1/admin/users/ruth/quota")
                .then().statusCode(200);
        long round = as("ruth").contentType(ContentType.JSON).body(Map.of("instruction", "make it brighter"))
                .post("/api/v1/sessions/" + session + "/edits").then().statusCode(202).extract().jsonPath().getLong("roundId");
        as("ruth").post("/api/v1/rounds/" + round + "/cancel").then().statusCode(org.hamcrest.Matchers.oneOf(200, 409));
        String state = QuarkusTransaction.requiringNew().call(() -> sql.one(
                "select state from usage_ledger where round_id = ?", r -> r.getString(1), round).orElseThrow());
        if (state.equals("released")) {
            // canceled in time: the edit did not count, so there is room for another
            as("ruth").contentType(ContentType.JSON).body(Map.of("instruction", "make it brighter"))
                    .post("/api/v1/sessions/" + session + "/edits").then().statusCode(202);
        } else {
            assertEquals("settled", state, "it finished before the cancel: it counts");
        }
    }

    @Test
    void adminQuotaEndpointsValidateAndAudit() {
        user("sam");
        admin().get("/api/v1/admin/users/sam/quota").then().statusCode(200).body("editsPerDay", nullValue());
        admin().contentType(ContentType.JSON).body(Map.of("editsPerDay", -1)).put("/api/v1/admin/users/sam/quota")
                .then().statusCode(400).body("error", equalTo("invalid_quota"));
        admin().contentType(ContentType.JSON).body("{\"editsPerDay\": \"many\"}").put("/api/v1/admin/users/sam/quota")
                .then().log().ifValidationFails().statusCode(400).body("error", equalTo("malformed_json"));
        Map<String, Object> limits = new HashMap<>();
        limits.put("editsPerDay", 10);
        limits.put("computeSecondsPerMonth", 3600);
        limits.put("storageBytes", null);
        admin().contentType(ContentType.JSON).body(limits).put("/api/v1/admin/users/sam/quota").then().statusCode(200)
                .body("computeSecondsPerMonth", equalTo(3600)).body("storageBytes", nullValue());
        admin().get("/api/v1/admin/users/nobody-at-all/quota").then().statusCode(404);
        as("sam").get("/api/v1/admin/users/sam/quota").then().statusCode(403).body("error", equalTo("forbidden"));
        as("sam").contentType(ContentType.JSON).body(Map.of("editsPerDay", 1000)).put("/api/v1/admin/users/sam/quota")
                .then().statusCode(403);
        as("sam").get("/api/v1/admin/usage").then().statusCode(403);
        given().get("/api/v1/me/usage").then().statusCode(401);

        long audits = QuarkusTransaction.requiringNew().call(() -> sql.one(
                "select count(*) from quota_audit where subject = 'user sam' and actor = 'admin'", r -> r.getLong(1),
                new Object[0]).orElseThrow());
        assertEquals(1, audits, "the one successful change is in the audit log");

        long team = as("sam").contentType(ContentType.JSON).body(Map.of("name", "Sam's team")).post("/api/v1/teams")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        admin().contentType(ContentType.JSON).body(Map.of("editsPerDay", 0)).put("/api/v1/admin/teams/" + team + "/quota")
                .then().statusCode(200).body("editsPerDay", equalTo(0));
        admin().get("/api/v1/admin/teams/987654/quota").then().statusCode(404);
    }

    @Test
    void aTeamQuotaAppliesToTheTeamsSessionsBesideTheUsersOwn() throws Exception {
        user("tess");
        long team = as("tess").contentType(ContentType.JSON).body(Map.of("name", "Tess's team")).post("/api/v1/teams")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        admin().contentType(ContentType.JSON).body(Map.of("editsPerDay", 0)).put("/api/v1/admin/teams/" + team + "/quota")
                .then().statusCode(200);
        long shared = session("tess");
        as("tess").contentType(ContentType.JSON).body(Map.of("teamId", team)).put("/api/v1/sessions/" + shared + "/team")
                .then().statusCode(200);
        as("tess").contentType(ContentType.JSON).body(Map.of("instruction", "make it brighter"))
                .post("/api/v1/sessions/" + shared + "/edits").then().statusCode(429).body("message", containsString("team"));
        long own = session("tess");
        as("tess").contentType(ContentType.JSON).body(Map.of("instruction", "make it brighter"))
                .post("/api/v1/sessions/" + own + "/edits").then().statusCode(202);
    }

    @Test
    void aFullStorageQuotaRefusesNewUploadsAndEdits() throws Exception {
        user("uli");
        long session = session("uli");
        admin().contentType(ContentType.JSON).body(Map.of("storageBytes", 1000)).put("/api/v1/admin/users/uli/quota")
                .then().statusCode(200);
        as("uli").multiPart("image", "p.png", Files.readAllBytes(PHOTO), "image/png").post("/api/v1/sessions")
                .then().statusCode(429).body("quota", equalTo("storageBytes")).body("resetsAt", nullValue());
        as("uli").contentType(ContentType.JSON).body(Map.of("instruction", "make it brighter"))
                .post("/api/v1/sessions/" + session + "/edits").then().statusCode(429)
                .body("quota", equalTo("storageBytes"));
        as("uli").get("/api/v1/me/usage").then().statusCode(200).body("limits.storageBytes", equalTo(1000));
    }

    @Test
    void usageReportsGroupByUserTeamAndDay() {
        admin().get("/api/v1/admin/usage?groupBy=user").then().statusCode(200);
        admin().get("/api/v1/admin/usage?groupBy=day&from=2026-01-01&to=2026-12-31").then().statusCode(200);
        admin().get("/api/v1/admin/usage?groupBy=planet").then().statusCode(400);
        admin().get("/api/v1/admin/usage?from=yesterday").then().statusCode(400);
        admin().get("/api/v1/admin/usage?from=2026-02-01&to=2026-01-01").then().statusCode(400);
    }
}
