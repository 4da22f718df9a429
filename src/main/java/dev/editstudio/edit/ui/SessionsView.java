package dev.editstudio.edit.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.editstudio.base.error.ApiException;
import dev.editstudio.base.security.AppUser;
import dev.editstudio.base.ui.ProblemText;
import dev.editstudio.base.ui.UserSession;
import dev.editstudio.edit.EditService;
import dev.editstudio.edit.EditViews.ImageData;
import dev.editstudio.edit.EditViews.SessionSummary;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/** My sessions and my teams' sessions as a gallery: search, open, rename, delete. */
@Route("sessions")
@Menu(order = 1, title = "nav.sessions", icon = "RECORDS")
@PermitAll
public class SessionsView extends Main implements HasDynamicTitle {

    private static final int PAGE = 200;

    private final EditService edits;
    private final AppUser user;
    private final Div gallery = new Div();
    private final TextField search = new TextField();

    public SessionsView(EditService edits) {
        this.edits = edits;
        this.user = UserSession.require();
        setId("sessions-view");
        addClassName("es-page");
        search.setId("session-search");
        search.setPlaceholder(getTranslation("sessions.search"));
        search.setAriaLabel(getTranslation("sessions.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setWidth("min(100%, 24em)");
        gallery.setId("session-gallery");
        gallery.addClassName("es-gallery");
        add(new H2(getTranslation("nav.sessions")), search, gallery);
        refresh();
    }

    private void refresh() {
        gallery.removeAll();
        List<SessionSummary> sessions = edits.list(user, search.getValue(), 0, PAGE);
        if (sessions.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(search.isEmpty() ? "sessions.empty" : "sessions.no-match"));
            empty.setId("sessions-empty");
            gallery.add(empty);
        }
        sessions.forEach(s -> gallery.add(card(s)));
    }

    private Div card(SessionSummary s) {
        Div card = new Div();
        card.addClassName("es-session-card");
        card.getElement().setAttribute("data-session-id", Long.toString(s.id()));
        Image thumbnail = new Image(DownloadHandler.fromInputStream(event -> {
            ImageData image = edits.headImage(user, s.id(), true);
            return new DownloadResponse(new ByteArrayInputStream(image.bytes()), "thumbnail.jpg", image.mediaType(),
                    image.bytes().length);
        }).inline(), s.title());
        thumbnail.addClassName("es-thumbnail");
        Span title = new Span(s.title());
        title.addClassName("es-session-title");
        Span meta = new Span(getTranslation("sessions.meta", s.roundCount(),
                s.updatedAt().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()))));
        meta.addClassName("es-session-meta");

        Button open = new Button(getTranslation("sessions.open"), e -> getUI().ifPresent(ui -> ui.navigate("",
                QueryParameters.simple(Map.of("session", Long.toString(s.id()))))));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button rename = new Button(VaadinIcon.EDIT.create(), e -> rename(s));
        rename.setAriaLabel(getTranslation("sessions.rename"));
        rename.setTooltipText(getTranslation("sessions.rename"));
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(s));
        delete.setAriaLabel(getTranslation("sessions.delete"));
        delete.setTooltipText(getTranslation("sessions.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        card.add(thumbnail, title, meta, new HorizontalLayout(open, rename, delete));
        return card;
    }

    private void rename(SessionSummary s) {
        Dialog dialog = new Dialog(getTranslation("sessions.rename"));
        TextField title = new TextField(getTranslation("sessions.title"), s.title(), "");
        title.setId("rename-title");
        title.setMaxLength(200);
        title.setWidthFull();
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                edits.rename(user, s.id(), title.getValue());
                dialog.close();
                refresh();
            } catch (ApiException problem) {
                title.setInvalid(true);
                title.setErrorMessage(ProblemText.of(problem, this::getTranslation));
            }
        });
        save.setId("rename-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        dialog.add(title);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
        title.focus();
    }

    private void confirmDelete(SessionSummary s) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("sessions.delete"),
                getTranslation("sessions.delete.confirm", s.title(), s.roundCount()),
                getTranslation("sessions.delete"), e -> {
                    try {
                        edits.delete(user, s.id());
                    } catch (ApiException problem) {
                        Notification.show(ProblemText.of(problem, this::getTranslation), 5000, Notification.Position.BOTTOM_CENTER)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.sessions") + " · EditStudio";
    }
}
