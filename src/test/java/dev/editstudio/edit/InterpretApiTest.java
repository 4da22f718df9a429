package dev.editstudio.edit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InterpretApiTest {

    static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-test-password").contentType(ContentType.JSON);
    }

    @Test
    void anInstructionBecomesStepsInOrder() {
        admin().body(Map.of("instruction", "make it darker and add a vignette"))
                .when().post("/api/v1/interpret")
                .then().statusCode(200)
                .body("steps", hasSize(2))
                .body("steps[0].op", equalTo("adjust"))
                .body("steps[0].params.property", equalTo("brightness"))
                .body("steps[1].op", equalTo("vignette"))
                .body("clauses[0].intent", equalTo("adjust.brightness.down"))
                .body("model", containsString("instruct-edit/"));
    }

    @Test
    void chineseUnsupportedAndNonEditsAnswerAsTheContractSays() {
        admin().body(Map.of("instruction", "把帽子改成黄色")).when().post("/api/v1/interpret")
                .then().statusCode(200).body("steps[0].op", equalTo("recolor")).body("steps[0].params.color", equalTo("#f5d000"));
        admin().body(Map.of("instruction", "把狗换成猫")).when().post("/api/v1/interpret")
                .then().statusCode(200).body("steps", hasSize(1)).body("steps[0].op", equalTo("unsupported"))
                .body("steps[0].params.category", equalTo("subject_replace"));
        admin().body(Map.of("instruction", "what is this")).when().post("/api/v1/interpret")
                .then().statusCode(200).body("steps", empty());
        admin().body(Map.of("instruction", "")).when().post("/api/v1/interpret")
                .then().statusCode(200).body("steps", empty()).body("$", not(hasKey("history")));
        admin().body(Map.of("instruction", "恢复原图")).when().post("/api/v1/interpret")
                .then().statusCode(200).body("steps", empty()).body("history", equalTo("original"));
        admin().body(Map.of("instruction", "undo that and make it blue")).when().post("/api/v1/interpret")
                .then().statusCode(200).body("history", equalTo("undo")).body("steps[0].op", equalTo("recolor"));
    }

    @Test
    void badRequestsGetTheOneErrorShape() {
        admin().body(Map.of("instruction", "a".repeat(501))).when().post("/api/v1/interpret")
                .then().statusCode(400).body("error", equalTo("instruction_too_long"))
                .body("details.maxLength", equalTo(500));
        admin().body("{not json").when().post("/api/v1/interpret")
                .then().statusCode(400).body("error", equalTo("malformed_json"));
        given().contentType(ContentType.JSON).body(Map.of("instruction", "sharpen")).when().post("/api/v1/interpret")
                .then().statusCode(401).body("error", equalTo("unauthorized"));
    }
}
