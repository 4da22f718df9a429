package dev.editstudio.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import dev.editstudio.base.i18n.TranslationProvider;
import dev.editstudio.base.security.AccessPolicy;
import dev.editstudio.base.security.AppUser;
import java.util.Locale;
import java.util.Optional;

/**
 * The frame around every logged-in view: navigation built from the {@code @Menu} routes the user may open
 * (so this layout depends on no feature), the user, a language switch and logout.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private final AccessPolicy policy;

    public MainLayout(AccessPolicy policy) {
        this.policy = policy;
        setPrimarySection(Section.DRAWER);
        Span brand = new Span("EditStudio");
        brand.addClassName("es-brand");
        addToDrawer(brand, navigation());
        addToNavbar(new DrawerToggle(), spacer(), languageSwitch(), userBox());
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        Optional<AppUser> user = UserSession.current();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (entry.menuClass() != null && policy.canView(user, entry.menuClass())) {
                SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
                if (entry.icon() != null) {
                    item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
                }
                nav.addItem(item);
            }
        }
        return nav;
    }

    private static Component spacer() {
        Span spacer = new Span();
        spacer.getStyle().set("flex", "1");
        return spacer;
    }

    private Component languageSwitch() {
        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setAriaLabel(getTranslation("layout.language"));
        language.setItems(TranslationProvider.LOCALES);
        language.setItemLabelGenerator(l -> l.getLanguage().equals("zh") ? "中文" : "English");
        language.setValue(TranslationProvider.LOCALES.stream()
                .filter(l -> l.getLanguage().equals(getLocale().getLanguage())).findFirst()
                .orElse(TranslationProvider.LOCALES.getFirst()));
        language.setWidth("8em");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        return language;
    }

    private Component userBox() {
        HorizontalLayout box = new HorizontalLayout();
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.getStyle().set("padding-inline-end", "var(--lumo-space-m)");
        UserSession.current().ifPresent(user -> {
            Span name = new Span(user.displayName());
            name.setId("current-user");
            Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(), e -> {
                UserSession.logout();
                getUI().ifPresent(ui -> ui.getPage().setLocation("/login?logout"));
            });
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            box.add(name, logout);
        });
        return box;
    }
}
