package dev.editstudio.account;

import dev.editstudio.base.config.EditStudioConfig;
import dev.editstudio.base.error.ApiException;
import dev.editstudio.base.security.Role;
import dev.editstudio.base.security.Secrets;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Creates the first administrator on an empty database, so a fresh install can be logged into. */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final EditStudioConfig config;

    public AdminBootstrap(AccountService accounts, EditStudioConfig config) {
        this.accounts = accounts;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (accounts.count() > 0) {
            return;
        }
        String username = config.admin().username();
        boolean generated = config.admin().password().isEmpty();
        String password = config.admin().password().orElseGet(() -> Secrets.randomToken(15));
        try {
            accounts.create(username, "Administrator", password, Role.ADMIN);
        } catch (ApiException e) {
            // another instance created it first; with a generated password that one printed it
            return;
        }
        if (generated) {
            LOG.warnf("%n%n  Created the administrator '%s' with the password: %s%n"
                    + "  It is shown only this once. Set EDITSTUDIO_ADMIN_PASSWORD to choose it yourself.%n",
                    username, password);
        } else {
            LOG.infof("Created the administrator '%s' from EDITSTUDIO_ADMIN_PASSWORD", username);
        }
    }

    @Scheduled(every = "1h", delayed = "5m")
    void purgeOldLoginFailures() {
        accounts.purgeLoginFailures();
    }
}
