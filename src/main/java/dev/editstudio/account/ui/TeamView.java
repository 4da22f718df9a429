package dev.editstudio.account.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.editstudio.account.TeamService;
import dev.editstudio.account.TeamService.TeamSummary;
import dev.editstudio.base.ui.UserSession;
import jakarta.annotation.security.PermitAll;

/** The teams the user belongs to. */
@Route("team")
@Menu(order = 2, title = "nav.team", icon = "USERS")
@PermitAll
public class TeamView extends Main implements HasDynamicTitle {

    public TeamView(TeamService teams) {
        setId("team-view");
        addClassName("es-page");
        Grid<TeamSummary> grid = new Grid<>();
        grid.addColumn(TeamSummary::name).setHeader(getTranslation("team.name"));
        grid.addColumn(t -> getTranslation("team.role." + t.role())).setHeader(getTranslation("team.role"));
        grid.addColumn(TeamSummary::members).setHeader(getTranslation("team.members"));
        grid.setItems(teams.teamsOf(UserSession.require()));
        grid.setEmptyStateText(getTranslation("team.empty"));
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("nav.team")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.team") + " · EditStudio";
    }
}
