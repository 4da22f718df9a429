package dev.editstudio.admin.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.editstudio.account.AccountService;
import dev.editstudio.account.UserSummary;
import dev.editstudio.base.error.ApiException;
import dev.editstudio.base.security.AppUser;
import dev.editstudio.base.security.Role;
import dev.editstudio.base.security.ViewRoles;
import dev.editstudio.base.ui.ProblemText;
import dev.editstudio.base.ui.UserSession;
import dev.editstudio.edit.EditService;
import dev.editstudio.edit.EditService.QueueStats;
import dev.editstudio.quota.Limits;
import dev.editstudio.quota.QuotaService;
import dev.editstudio.quota.QuotaService.AuditEntry;
import dev.editstudio.quota.QuotaService.TeamRef;
import dev.editstudio.quota.QuotaService.Totals;
import dev.editstudio.quota.QuotaService.Usage;
import dev.editstudio.quota.QuotaService.UsageRow;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The admin dashboard: totals, usage charts, the live queue, users and teams with their usage against their quotas
 * (edited in place, every change in the audit log below), and user administration.
 */
@Route("admin")
@Menu(order = 9, title = "nav.admin", icon = "COG")
@ViewRoles("admin")
public class AdminView extends Main implements HasDynamicTitle {

    private static final int POLL_MS = 5000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AccountService accounts;
    private final QuotaService quotas;
    private final EditService edits;
    private final AppUser admin;

    private final Div totals = new Div();
    private final UsageChart editsPerDay;
    private final UsageChart computePerDay;
    private final UsageChart topUsers;
    private final UsageChart topTeams;
    private final Grid<UserRow> users = new Grid<>();
    private final Grid<TeamRow> teams = new Grid<>();
    private final Grid<AuditEntry> audit = new Grid<>();
    private com.vaadin.flow.shared.Registration polling;

    /** A user with where they stand. */
    record UserRow(UserSummary user, Usage usage) {}

    /** A team with where it stands. */
    record TeamRow(TeamRef team, Usage usage) {}

    public AdminView(AccountService accounts, QuotaService quotas, EditService edits) {
        this.accounts = accounts;
        this.quotas = quotas;
        this.edits = edits;
        this.admin = UserSession.require();
        setId("admin-view");
        addClassName("es-page");
        totals.setId("admin-totals");
        totals.addClassName("es-totals");
        editsPerDay = chart("bar", "admin.chart.edits", "chart-edits");
        computePerDay = chart("line", "admin.chart.compute", "chart-compute");
        topUsers = chart("bar", "admin.chart.top-users", "chart-top-users");
        topTeams = chart("bar", "admin.chart.top-teams", "chart-top-teams");
        Div charts = new Div(editsPerDay, computePerDay, topUsers, topTeams);
        charts.addClassName("es-charts");

        buildUsers();
        buildTeams();
        audit.setId("admin-audit");
        audit.addColumn(a -> TIME.format(a.changedAt().atZone(ZoneId.systemDefault()))).setHeader(getTranslation("admin.audit.when"));
        audit.addColumn(AuditEntry::actor).setHeader(getTranslation("admin.audit.who"));
        audit.addColumn(AuditEntry::subject).setHeader(getTranslation("admin.audit.what"));
        audit.addColumn(AuditEntry::before).setHeader(getTranslation("admin.audit.before"));
        audit.addColumn(AuditEntry::after).setHeader(getTranslation("admin.audit.after"));
        audit.setAllRowsVisible(true);
        audit.addThemeVariants(GridVariant.LUMO_COMPACT);

        add(new H2(getTranslation("admin.dashboard")), totals, charts,
                new H3(getTranslation("admin.users")), createUserForm(), users,
                new H3(getTranslation("admin.teams")), teams,
                new H3(getTranslation("admin.audit")), audit);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // the live numbers (queue, totals) refresh while the dashboard is open
        event.getUI().setPollInterval(POLL_MS);
        polling = event.getUI().addPollListener(e -> refreshTotals());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    private UsageChart chart(String type, String key, String id) {
        UsageChart chart = new UsageChart(type, getTranslation(key));
        chart.setId(id);
        return chart;
    }

    private void refresh() {
        refreshTotals();
        List<UsageRow> days = quotas.lastDays(30);
        List<String> labels = days.stream().map(d -> d.key().substring(5)).toList();
        editsPerDay.setData(labels, List.of(
                new UsageChart.Series(getTranslation("admin.edits"), days.stream().map(UsageRow::edits).toList()),
                new UsageChart.Series(getTranslation("admin.failed"), days.stream().map(UsageRow::failedOrCanceled).toList())));
        computePerDay.setData(labels, List.of(new UsageChart.Series(getTranslation("admin.compute-seconds"),
                days.stream().map(UsageRow::computeSeconds).toList())));
        List<UsageRow> userRows = top("user");
        topUsers.setData(userRows.stream().map(UsageRow::label).toList(), List.of(new UsageChart.Series(
                getTranslation("admin.edits"), userRows.stream().map(UsageRow::edits).toList())));
        List<UsageRow> teamRows = top("team");
        topTeams.setData(teamRows.stream().map(UsageRow::label).toList(), List.of(new UsageChart.Series(
                getTranslation("admin.edits"), teamRows.stream().map(UsageRow::edits).toList())));
        users.setItems(accounts.list().stream().map(u -> new UserRow(u, quotas.userUsage(u.id()))).toList());
        teams.setItems(quotas.teams().stream().map(t -> new TeamRow(t, quotas.teamUsage(t.id()))).toList());
        audit.setItems(quotas.audit(50));
    }

    private List<UsageRow> top(String groupBy) {
        var today = quotas.periods().today();
        return quotas.report(today.withDayOfMonth(1), today, groupBy).stream().limit(10).toList();
    }

    private void refreshTotals() {
        Totals t = quotas.totals();
        QueueStats q = edits.queueStats();
        totals.removeAll();
        totals.add(total("total-today", "admin.total.today", Long.toString(t.editsToday())),
                total("total-month", "admin.total.month", Long.toString(t.editsThisMonth())),
                total("total-compute", "admin.total.compute", Long.toString(t.computeSecondsThisMonth())),
                withTitle(total("queue-queued", "admin.queue.queued", Long.toString(q.queued())),
                        q.queuedByModel().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                                .collect(Collectors.joining(", "))),
                total("queue-running", "admin.queue.running", Long.toString(q.running())),
                total("queue-wait", "admin.queue.wait", q.averageWaitMs() == null ? "–" : q.averageWaitMs() + " ms"),
                total("queue-failed", "admin.queue.failed", q.failedLastHour() + " / " + (q.failedLastHour() + q.succeededLastHour())));
    }

    /** Queued rounds by the model version they wait for, on hover. */
    private static Div withTitle(Div box, String title) {
        if (!title.isEmpty()) {
            box.getElement().setAttribute("title", title);
        }
        return box;
    }

    private Div total(String id, String key, String value) {
        Span number = new Span(value);
        number.addClassName("es-total-value");
        Span label = new Span(getTranslation(key));
        label.addClassName("es-note");
        Div box = new Div(number, label);
        box.setId(id);
        box.addClassName("es-total");
        return box;
    }

    // ---- users ----------------------------------------------------------------------------------------------

    private Component createUserForm() {
        TextField username = new TextField();
        username.setPlaceholder(getTranslation("admin.username"));
        username.setAriaLabel(getTranslation("admin.username"));
        username.setId("new-username");
        PasswordField password = new PasswordField();
        password.setPlaceholder(getTranslation("login.password"));
        password.setAriaLabel(getTranslation("login.password"));
        password.setId("new-password");
        Select<String> role = new Select<>();
        role.setItems("user", "admin");
        role.setValue("user");
        role.setItemLabelGenerator(r -> getTranslation("admin.role." + r));
        role.setAriaLabel(getTranslation("admin.role"));
        Button create = new Button(getTranslation("admin.user.create"), e -> run(() -> {
            accounts.create(username.getValue(), null, password.getValue(), Role.fromDb(role.getValue()));
            username.clear();
            password.clear();
            refresh();
        }));
        create.setId("create-user");
        HorizontalLayout row = new HorizontalLayout(username, password, role, create);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void buildUsers() {
        users.setId("admin-users");
        users.addThemeVariants(GridVariant.LUMO_COMPACT);
        users.addColumn(r -> r.user().username()).setHeader(getTranslation("admin.username")).setAutoWidth(true);
        users.addColumn(r -> getTranslation("admin.role." + r.user().role())).setHeader(getTranslation("admin.role"));
        users.addColumn(r -> r.user().disabled() ? getTranslation("admin.disabled") : "").setHeader(getTranslation("admin.status"));
        users.addColumn(r -> r.usage().editsToday()).setHeader(getTranslation("admin.edits-today"));
        users.addColumn(r -> r.usage().computeSecondsThisMonth()).setHeader(getTranslation("admin.compute-month"));
        users.addColumn(r -> r.usage().storageBytes() / 1_048_576 + " MB").setHeader(getTranslation("admin.storage"));
        users.addComponentColumn(r -> quotaEditor(r.usage().limits(), "user-" + r.user().username(),
                limits -> quotas.setUserQuota(admin, r.user().username(), limits)))
                .setHeader(getTranslation("admin.quota")).setAutoWidth(true);
        users.addComponentColumn(this::userActions).setAutoWidth(true);
        users.setAllRowsVisible(true);
    }

    private Component userActions(UserRow row) {
        UserSummary u = row.user();
        Button toggle = new Button(getTranslation(u.disabled() ? "admin.user.enable" : "admin.user.disable"),
                e -> run(() -> {
                    accounts.update(admin, u.username(), !u.disabled(), null, null);
                    refresh();
                }));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        boolean isAdmin = "admin".equals(u.role());
        Button role = new Button(getTranslation(isAdmin ? "admin.user.make-user" : "admin.user.make-admin"),
                e -> run(() -> {
                    accounts.update(admin, u.username(), null, isAdmin ? Role.USER : Role.ADMIN, null);
                    refresh();
                }));
        role.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button reset = new Button(getTranslation("admin.user.reset"), e -> resetPassword(u.username()));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        boolean self = u.id() == admin.id();
        toggle.setEnabled(!self);
        role.setEnabled(!self);
        return new HorizontalLayout(toggle, role, reset);
    }

    private void resetPassword(String username) {
        Dialog dialog = new Dialog(getTranslation("admin.user.reset") + ": " + username);
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setWidthFull();
        Button save = new Button(getTranslation("common.save"), e -> run(() -> {
            accounts.update(admin, username, null, null, password.getValue());
            dialog.close();
            Notification.show(getTranslation("admin.user.reset.done"), 3000, Notification.Position.BOTTOM_CENTER);
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(password);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    // ---- teams and quotas -----------------------------------------------------------------------------------

    private void buildTeams() {
        teams.setId("admin-teams");
        teams.addThemeVariants(GridVariant.LUMO_COMPACT);
        teams.addColumn(r -> r.team().name()).setHeader(getTranslation("team.name")).setAutoWidth(true);
        teams.addColumn(r -> r.usage().editsToday()).setHeader(getTranslation("admin.edits-today"));
        teams.addColumn(r -> r.usage().computeSecondsThisMonth()).setHeader(getTranslation("admin.compute-month"));
        teams.addColumn(r -> r.usage().storageBytes() / 1_048_576 + " MB").setHeader(getTranslation("admin.storage"));
        teams.addComponentColumn(r -> quotaEditor(r.usage().limits(), "team-" + r.team().id(),
                limits -> quotas.setTeamQuota(admin, r.team().id(), limits)))
                .setHeader(getTranslation("admin.quota")).setAutoWidth(true);
        teams.setAllRowsVisible(true);
        teams.setEmptyStateText(getTranslation("admin.teams.empty"));
    }

    /** Three number fields (empty = unlimited) and Save, for one user's or team's quota. */
    private Component quotaEditor(Limits limits, String id, Consumer<Limits> save) {
        IntegerField edits = limitField("admin.quota.edits", limits.editsPerDay());
        IntegerField compute = limitField("admin.quota.compute",
                limits.computeSecondsPerMonth() == null ? null : (int) Math.min(Integer.MAX_VALUE, limits.computeSecondsPerMonth()));
        IntegerField storage = limitField("admin.quota.storage",
                limits.storageBytes() == null ? null : (int) Math.min(Integer.MAX_VALUE, limits.storageBytes() / 1_048_576));
        Button apply = new Button(getTranslation("common.save"), e -> run(() -> {
            save.accept(new Limits(edits.getValue(), compute.getValue() == null ? null : compute.getValue().longValue(),
                    storage.getValue() == null ? null : storage.getValue() * 1_048_576L));
            Notification.show(getTranslation("admin.quota.saved"), 3000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        }));
        apply.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout row = new HorizontalLayout(edits, compute, storage, apply);
        row.setId("quota-" + id);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setSpacing(false);
        row.getStyle().set("gap", "var(--lumo-space-xs)");
        return row;
    }

    private IntegerField limitField(String key, Integer value) {
        IntegerField field = new IntegerField();
        field.setPlaceholder("∞");
        field.setAriaLabel(getTranslation(key));
        field.setTooltipText(getTranslation(key));
        field.setMin(0);
        field.setValue(value);
        field.setWidth("6.5em");
        field.addClassName(key.replace('.', '-'));
        return field;
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
        return getTranslation("nav.admin") + " · EditStudio";
    }
}
