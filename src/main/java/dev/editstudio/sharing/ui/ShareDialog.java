package dev.editstudio.sharing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import dev.editstudio.account.TeamService;
import dev.editstudio.account.TeamService.TeamSummary;
import dev.editstudio.base.error.ApiException;
import dev.editstudio.base.security.AppUser;
import dev.editstudio.base.ui.ProblemText;
import dev.editstudio.edit.EditService;
import dev.editstudio.sharing.SharingService;
import dev.editstudio.sharing.SharingService.CreatedLink;
import dev.editstudio.sharing.SharingService.LinkInfo;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Sharing one session: with a team, and through public read-only links (created, listed, revoked). */
class ShareDialog extends Dialog {

    private static final TeamSummary PRIVATE = new TeamSummary(0, "", "", 0);

    private final SharingService sharing;
    private final AppUser user;
    private final long sessionId;
    private final Div links = new Div();

    ShareDialog(SharingService sharing, EditService edits, TeamService teams, AppUser user, long sessionId,
            Long headRound) {
        this.sharing = sharing;
        this.user = user;
        this.sessionId = sessionId;
        setHeaderTitle(getTranslation("share.title"));
        setId("share-dialog");
        setWidth("min(36rem, 95vw)");

        List<TeamSummary> options = new ArrayList<>();
        options.add(PRIVATE);
        options.addAll(teams.teamsOf(user));
        Select<TeamSummary> team = new Select<>();
        team.setId("share-team");
        team.setLabel(getTranslation("share.team"));
        team.setItems(options);
        team.setItemLabelGenerator(t -> t == PRIVATE ? getTranslation("share.team.none") : t.name());
        Long current = edits.get(user, sessionId).teamId();
        team.setValue(options.stream().filter(t -> current != null && t.id() == current).findFirst().orElse(PRIVATE));
        team.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                edits.shareWithTeam(user, sessionId, e.getValue() == PRIVATE ? null : e.getValue().id());
                Notification.show(getTranslation("share.team.saved"), 3000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ApiException problem) {
                error(ProblemText.of(problem, this::getTranslation));
                team.setValue(e.getOldValue());
            }
        });
        team.setWidthFull();

        DatePicker expires = new DatePicker(getTranslation("share.link.expires"));
        expires.setId("share-expires");
        expires.setMin(LocalDate.now().plusDays(1));
        TextField created = new TextField();
        created.setId("share-url");
        created.setReadOnly(true);
        created.setWidthFull();
        created.setVisible(false);
        Span createdNote = new Span(getTranslation("share.link.created"));
        createdNote.addClassName("es-note");
        createdNote.setVisible(false);
        Button sessionLink = new Button(getTranslation("share.link.session"), e -> createLink(null, expires.getValue(),
                created, createdNote));
        sessionLink.setId("share-link-session");
        Button roundLink = new Button(getTranslation("share.link.round"), e -> createLink(headRound, expires.getValue(),
                created, createdNote));
        roundLink.setId("share-link-round");
        roundLink.setEnabled(headRound != null);
        links.setId("share-links");
        refreshLinks();
        HorizontalLayout linkButtons = new HorizontalLayout(sessionLink, roundLink);
        linkButtons.setWrap(true);
        add(team, new H4(getTranslation("share.links")), expires, linkButtons,
                createdNote, created, links);
        Button close = new Button(getTranslation("common.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(close);
    }

    private void createLink(Long round, LocalDate until, TextField created, Span note) {
        try {
            CreatedLink link = sharing.create(user, sessionId, round, until == null ? null
                    : until.atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime());
            created.setValue(baseUrl() + link.url());
            created.setVisible(true);
            note.setVisible(true);
            refreshLinks();
        } catch (ApiException problem) {
            error(ProblemText.of(problem, this::getTranslation));
        }
    }

    private void refreshLinks() {
        links.removeAll();
        for (LinkInfo link : sharing.list(user, sessionId)) {
            Span label = new Span(link.prefix() + "…  "
                    + (link.roundId() == null ? "" : "#" + link.roundId() + "  ")
                    + (link.active() ? getTranslation("share.link.active") : getTranslation("share.link.inactive"))
                    + Optional.ofNullable(link.expiresAt()).map(t -> "  → " + t.toLocalDate()).orElse(""));
            label.addClassName("es-note");
            Button revoke = new Button(getTranslation("share.link.revoke"), e -> {
                sharing.revoke(user, link.id());
                refreshLinks();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.addClassName("es-revoke");
            revoke.setEnabled(link.active());
            HorizontalLayout row = new HorizontalLayout(label, revoke);
            row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
            row.getElement().setAttribute("data-link-id", Long.toString(link.id()));
            links.add(row);
        }
    }

    private static String baseUrl() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return "";
        }
        String scheme = Objects.requireNonNullElse(request.getHeader("X-Forwarded-Proto"),
                request.isSecure() ? "https" : "http");
        String host = Objects.requireNonNullElse(request.getHeader("X-Forwarded-Host"), request.getHeader("Host"));
        return host == null ? "" : scheme + "://" + host;
    }

    private void error(String message) {
        Notification.show(message, 5000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
