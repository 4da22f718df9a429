package dev.editstudio.edit.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.editstudio.base.ui.UserSession;
import jakarta.annotation.security.PermitAll;

/** The editor: where a user uploads a photo, selects a region and says the edit. */
@Route("")
@Menu(order = 0, title = "nav.editor", icon = "PICTURE")
@PermitAll
public class EditorView extends Main implements HasDynamicTitle {

    public EditorView() {
        setId("editor-view");
        addClassName("es-page");
        H2 title = new H2(getTranslation("editor.title"));
        title.setId("editor-title");
        add(title, new Paragraph(getTranslation("editor.welcome", UserSession.require().displayName())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.title") + " · EditStudio";
    }
}
