package dev.editstudio.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.editstudio.account.TeamService;
import dev.editstudio.account.TeamService.Member;
import dev.editstudio.account.TeamService.TeamDetails;
import dev.editstudio.account.TeamService.TeamSummary;
import dev.editstudio.base.error.ApiException;
import dev.editstudio.base.security.AppUser;
import dev.editstudio.base.ui.ProblemText;
import dev.editstudio.base.ui.UserSession;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** My teams: create one, see members, invite by username, change roles, remove, leave, delete. */
@Route("team")
@Menu(order = 2, title = "nav.team", icon = "USERS")
@PermitAll
public class TeamView extends Main implements HasDynamicTitle {

    private final TeamService teams;
    private final AppUser user;
    private final Grid<TeamSummary> grid = new Grid<>();
    private final Div details = new Div();

    public TeamView(TeamService teams) {
        this.teams = teams;
        this.user = UserSession.require();
        setId("team-view");
        addClassName("es-page");
        grid.setId("teams");
        grid.addColumn(TeamSummary::name).setHeader(getTranslation("team.name"));
        grid.addColumn(t -> getTranslation("team.role." + t.role())).setHeader(getTranslation("team.role"));
        grid.addColumn(TeamSummary::members).setHeader(getTranslation("team.members"));
        grid.setEmptyStateText(getTranslation("team.empty"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showTeam(e.getValue() == null ? null : e.getValue().id()));

        TextField name = new TextField();
        name.setId("team-name");
        name.setPlaceholder(getTranslation("team.name.new"));
        name.setAriaLabel(getTranslation("team.name.new"));
        name.setMaxLength(100);
        Button create = new Button(getTranslation("team.create"), e -> run(() -> {
            TeamDetails team = teams.create(user, name.getValue());
            name.clear();
            refresh(team.id());
        }));
        create.setId("team-create");
        HorizontalLayout createRow = new HorizontalLayout(name, create);
        details.setId("team-details");
        add(new H2(getTranslation("nav.team")), createRow, grid, details);
        refresh(null);
    }

    private void refresh(Long select) {
        List<TeamSummary> mine = teams.teamsOf(user);
        grid.setItems(mine);
        mine.stream().filter(t -> select != null && t.id() == select).findFirst().ifPresentOrElse(
                t -> grid.asSingleSelect().setValue(t), () -> showTeam(null));
    }

    private void showTeam(Long teamId) {
        details.removeAll();
        if (teamId == null) {
            return;
        }
        TeamDetails team = teams.get(user, teamId);
        boolean owner = "owner".equals(team.myRole());
        Grid<Member> members = new Grid<>();
        members.setId("team-members");
        members.addColumn(Member::username).setHeader(getTranslation("team.invite.username"));
        members.addColumn(Member::displayName).setHeader(getTranslation("admin.display-name"));
        members.addColumn(m -> getTranslation("team.role." + m.role())).setHeader(getTranslation("team.role"));
        if (owner) {
            members.addComponentColumn(m -> {
                boolean isOwner = "owner".equals(m.role());
                Button role = new Button(getTranslation(isOwner ? "team.make-member" : "team.make-owner"),
                        e -> run(() -> {
                            teams.setRole(user, teamId, m.username(), isOwner ? "member" : "owner");
                            refresh(teamId);
                        }));
                role.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                Button remove = new Button(getTranslation("team.remove"), e -> run(() -> {
                    teams.remove(user, teamId, m.username());
                    refresh(teamId);
                }));
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setVisible(m.userId() != user.id());
                return new HorizontalLayout(role, remove);
            });
        }
        members.setItems(team.members());
        members.setAllRowsVisible(true);
        details.add(new H3(team.name()), members);
        if (owner) {
            TextField username = new TextField();
            username.setId("invite-username");
            username.setPlaceholder(getTranslation("team.invite.username"));
            username.setAriaLabel(getTranslation("team.invite.username"));
            Select<String> role = new Select<>();
            role.setItems("member", "owner");
            role.setValue("member");
            role.setItemLabelGenerator(r -> getTranslation("team.role." + r));
            role.setAriaLabel(getTranslation("team.role"));
            Button invite = new Button(getTranslation("team.invite"), e -> run(() -> {
                teams.invite(user, teamId, username.getValue(), role.getValue());
                refresh(teamId);
            }));
            invite.setId("invite");
            HorizontalLayout row = new HorizontalLayout(username, role, invite);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            details.add(row);
        }
        Button leave = new Button(getTranslation("team.leave"), e -> run(() -> {
            teams.remove(user, teamId, user.username());
            refresh(null);
        }));
        leave.setId("team-leave");
        leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout footer = new HorizontalLayout(leave);
        if (owner) {
            Button delete = new Button(getTranslation("team.delete"), e -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("team.delete"), team.name(),
                        getTranslation("team.delete"), c -> run(() -> {
                            teams.delete(user, teamId);
                            refresh(null);
                        }));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("common.cancel"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            delete.setId("team-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            footer.add(delete);
        }
        details.add(footer);
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (ApiException e) {
            Notification.show(ProblemText.of(e, this::getTranslation), 5000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.team") + " · EditStudio";
    }
}
