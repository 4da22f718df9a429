package dev.editstudio.base.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Says where EditStudio can be opened, once it is listening. */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    private final int port;

    public StartupBanner(@ConfigProperty(name = "quarkus.http.port") int port) {
        this.port = port;
    }

    void onStart(@Observes StartupEvent event) {
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        LOG.infof("EditStudio is running at http://localhost:%d/ (started in %d ms since JVM start)", port, uptime);
    }
}
