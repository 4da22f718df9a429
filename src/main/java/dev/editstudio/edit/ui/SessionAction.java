package dev.editstudio.edit.ui;

import com.vaadin.flow.component.Component;
import dev.editstudio.base.security.AppUser;
import java.util.function.Supplier;

/**
 * A button other features add to the editor (sharing adds "Share"), so that the editor needs to know nothing of
 * them: the dependency points from the feature to the editor, never back.
 */
public interface SessionAction {

    /** A component for the editor's panel, acting on the session and (lazily) the round shown now. */
    Component create(AppUser user, long sessionId, Supplier<Long> headRound);
}
