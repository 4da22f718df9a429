package dev.editstudio.sharing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.editstudio.account.TeamService;
import dev.editstudio.base.security.AppUser;
import dev.editstudio.edit.EditService;
import dev.editstudio.edit.ui.SessionAction;
import dev.editstudio.sharing.SharingService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/** Puts "Share" into the editor: team sharing and public links for the session. */
@ApplicationScoped
public class ShareAction implements SessionAction {

    private final SharingService sharing;
    private final EditService edits;
    private final TeamService teams;

    public ShareAction(SharingService sharing, EditService edits, TeamService teams) {
        this.sharing = sharing;
        this.edits = edits;
        this.teams = teams;
    }

    @Override
    public Component create(AppUser user, long sessionId, Supplier<Long> headRound) {
        Button share = new Button(VaadinIcon.SHARE.create());
        share.setText(share.getTranslation("share.title"));
        share.setId("share");
        share.addThemeVariants(ButtonVariant.LUMO_SMALL);
        share.addClickListener(e -> new ShareDialog(sharing, edits, teams, user, sessionId, headRound.get()).open());
        return share;
    }
}
