package dev.editstudio.edit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

/** REST calls the edit API tests share, against the app under test with the real model and database. */
final class EditApi {

    static final Path PHOTOS = Path.of(System.getProperty("test.eval.dir", "../shared/eval"), "images");
    static final String ADMIN_PASSWORD = "admin-test-password";
    private static final Set<String> FINAL = Set.of("succeeded", "failed", "canceled");

    private EditApi() {}

    static RequestSpecification as(String user, String password) {
        return given().auth().preemptive().basic(user, password);
    }

    static RequestSpecification admin() {
        return as("admin", ADMIN_PASSWORD);
    }

    /** Creates a user once; later calls find it taken (409), which is fine. */
    static void ensureUser(String username, String password) {
        admin().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "role", "user"))
                .post("/api/v1/admin/users").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
    }

    static byte[] photo(String name) {
        try {
            return Files.readAllBytes(PHOTOS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads a real photo as a new session of {@code who}; returns the session JSON. */
    static JsonPath upload(RequestSpecification who, String photo) {
        return who.multiPart("image", photo, photo(photo), "image/png").multiPart("title", "test " + photo)
                .post("/api/v1/sessions").then().statusCode(201).extract().jsonPath();
    }

    /** Queues an edit and returns its round id. */
    static long edit(RequestSpecification who, long sessionId, Map<String, Object> body) {
        return who.contentType(ContentType.JSON).body(body).post("/api/v1/sessions/" + sessionId + "/edits")
                .then().statusCode(202).extract().jsonPath().getLong("roundId");
    }

    /** Waits until the round has finished and returns it. */
    static JsonPath finished(RequestSpecification who, long roundId) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            last[0] = who.get("/api/v1/rounds/" + roundId).then().statusCode(200).extract().jsonPath();
            return FINAL.contains(last[0].getString("status"));
        });
        return last[0];
    }

    static BufferedImage image(RequestSpecification who, String path) {
        byte[] png = who.get(path).then().statusCode(200).extract().asByteArray();
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A base64 PNG mask: white inside {@code [x0,x1) × [y0,y1)}, black elsewhere. */
    static String rectangleMask(int w, int h, int x0, int y0, int x1, int y1) {
        BufferedImage mask = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        var g = mask.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(x0, y0, x1 - x0, y1 - y0);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(mask, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
