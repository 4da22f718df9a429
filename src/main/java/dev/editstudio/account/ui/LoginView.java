package dev.editstudio.account.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.editstudio.account.AccountService;
import dev.editstudio.account.LoginOutcome;
import dev.editstudio.base.ui.UserSession;
import java.util.List;

/** The login page; the only view besides public share pages that anonymous users can open. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final LoginForm form = new LoginForm();
    private String next = "";

    public LoginView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("es-login");
        form.setId("login-form");
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(e -> login(e.getUsername(), e.getPassword()));
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> target = event.getLocation().getQueryParameters().getParameters().getOrDefault("next", List.of());
        // only same-site paths: never an open redirect
        next = target.isEmpty() || target.getFirst().contains("//") || target.getFirst().contains(":")
                ? "" : target.getFirst().replaceFirst("^/+", "");
        if (UserSession.current().isPresent()) {
            event.forwardTo(next);
        }
        form.setI18n(i18n(getTranslation("login.error.message")));
    }

    private void login(String username, String password) {
        switch (accounts.login(username, password)) {
            case LoginOutcome.Success s -> {
                UserSession.login(s.user());
                getUI().ifPresent(ui -> ui.getPage().setLocation("/" + next));
            }
            case LoginOutcome.Locked l -> showError(getTranslation("login.locked.message"));
            case LoginOutcome.Invalid i -> showError(getTranslation("login.error.message"));
        }
    }

    private void showError(String message) {
        form.setI18n(i18n(message));
        form.setError(true);
        form.setEnabled(true);
    }

    private LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · EditStudio";
    }
}
