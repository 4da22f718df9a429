package dev.editstudio.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.quarkus.annotation.VaadinServiceEnabled;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jboss.logging.Logger;

/**
 * UI text in English and Chinese from {@code i18n/messages*.properties}. Vaadin picks the browser's language
 * among {@link #LOCALES}; the layout's language switch overrides it for the session.
 */
@ApplicationScoped
@VaadinServiceEnabled // Vaadin looks the provider up with this qualifier
@Unremovable
public class TranslationProvider implements I18NProvider {

    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    private static final Logger LOG = Logger.getLogger(TranslationProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale effective = locale != null && locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        try {
            String pattern = ResourceBundle.getBundle("i18n.messages", effective,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            LOG.debugf("Missing translation %s for %s", key, effective);
            return key;
        }
    }
}
