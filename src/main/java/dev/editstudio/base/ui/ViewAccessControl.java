package dev.editstudio.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import dev.editstudio.base.security.AccessPolicy;
import dev.editstudio.base.security.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;

/**
 * Guards every navigation through {@link AccessPolicy}: anonymous users go to the login page (and come back
 * after logging in); a logged-in user who may not see a view gets "not found", like the API's 404. The user
 * is revalidated on each navigation, so a disabled user is signed out at once.
 */
@ApplicationScoped
public class ViewAccessControl {

    static final String LOGIN_ROUTE = "login";

    private final AccessPolicy policy;

    public ViewAccessControl(AccessPolicy policy) {
        this.policy = policy;
    }

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Optional<AppUser> user = UserSession.current();
        if (user.isPresent()) {
            Optional<AppUser> fresh = policy.revalidate(user.get());
            if (fresh.isEmpty()) {
                UserSession.logout();
                event.getUI().getPage().setLocation("/" + LOGIN_ROUTE);
                return;
            }
            user = fresh;
        }
        Class<?> target = event.getNavigationTarget();
        if (policy.canView(user, target)) {
            return;
        }
        if (user.isEmpty()) {
            Location location = event.getLocation();
            String back = location.getPathWithQueryParameters();
            event.forwardTo(LOGIN_ROUTE, back.isEmpty() ? QueryParameters.empty()
                    : QueryParameters.simple(Map.of("next", back)));
        } else {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }
}
