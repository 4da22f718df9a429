package dev.editstudio.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.editstudio.account.AccountService;
import dev.editstudio.account.UserSummary;
import jakarta.annotation.security.RolesAllowed;

/** Administration: for admins only. */
@Route("admin")
@Menu(order = 9, title = "nav.admin", icon = "COG")
@RolesAllowed("admin")
public class AdminView extends Main implements HasDynamicTitle {

    public AdminView(AccountService accounts) {
        setId("admin-view");
        addClassName("es-page");
        Grid<UserSummary> users = new Grid<>();
        users.setId("admin-users");
        users.addColumn(UserSummary::username).setHeader(getTranslation("admin.username"));
        users.addColumn(UserSummary::displayName).setHeader(getTranslation("admin.display-name"));
        users.addColumn(u -> getTranslation("admin.role." + u.role())).setHeader(getTranslation("admin.role"));
        users.addColumn(u -> u.disabled() ? getTranslation("admin.disabled") : "").setHeader(getTranslation("admin.status"));
        users.setItems(accounts.list());
        users.setAllRowsVisible(true);
        add(new H2(getTranslation("admin.users")), users);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin") + " · EditStudio";
    }
}
