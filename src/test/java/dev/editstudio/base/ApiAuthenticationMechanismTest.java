package dev.editstudio.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.editstudio.base.security.ApiAuthenticationMechanismAccess;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ApiAuthenticationMechanismTest {

    private static String basic(String raw) {
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicSplitsAtTheFirstColonSoPasswordsMayContainColons() {
        var request = assertInstanceOf(UsernamePasswordAuthenticationRequest.class,
                ApiAuthenticationMechanismAccess.parse(basic("李雷:pa:ss")));
        assertEquals("李雷", request.getUsername());
        assertEquals("pa:ss", new String(request.getPassword().getPassword()));
    }

    @Test
    void bearerCarriesTheToken() {
        var request = assertInstanceOf(TokenAuthenticationRequest.class,
                ApiAuthenticationMechanismAccess.parse("bearer es_abc"));
        assertEquals("es_abc", request.getToken().getToken());
    }

    @Test
    void malformedHeadersAreRejected() {
        assertNull(ApiAuthenticationMechanismAccess.parse("Basic"));
        assertNull(ApiAuthenticationMechanismAccess.parse("Basic %%%"));
        assertNull(ApiAuthenticationMechanismAccess.parse(basic("no-colon")));
        assertNull(ApiAuthenticationMechanismAccess.parse(basic(":empty-user")));
        assertNull(ApiAuthenticationMechanismAccess.parse("Bearer "));
        assertNull(ApiAuthenticationMechanismAccess.parse("Digest x=y"));
    }
}
