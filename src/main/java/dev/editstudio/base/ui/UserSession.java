package dev.editstudio.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import dev.editstudio.base.security.AppUser;
import java.util.Optional;

/** The user logged in to the current Vaadin session. */
public final class UserSession {

    private static final String ATTRIBUTE = AppUser.class.getName();

    private UserSession() {}

    public static Optional<AppUser> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((AppUser) session.getAttribute(ATTRIBUTE));
    }

    public static AppUser require() {
        return current().orElseThrow(() -> new IllegalStateException("no user logged in"));
    }

    /** Starts a logged-in session under a new session id (no session fixation). */
    public static void login(AppUser user) {
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, user);
    }

    /** Ends the HTTP session, and with it every UI of this user in this browser. */
    public static void logout() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, null);
            WrappedSession wrapped = session.getSession();
            if (wrapped != null) {
                wrapped.invalidate();
            }
        }
    }
}
