package dev.editstudio.sharing.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.editstudio.base.error.ApiException;
import dev.editstudio.edit.EditViews.ImageData;
import dev.editstudio.edit.EditViews.RoundInfo;
import dev.editstudio.edit.EditViews.SessionDetails;
import dev.editstudio.sharing.SharingService;
import java.io.ByteArrayInputStream;

/**
 * {@code /s/<token>}: what a public link shows, without login — the image, the history of finished rounds, a
 * download. A token that is unknown, revoked or expired shows "not found" (the JSON API answers 404).
 */
@Route(value = "s/:token", autoLayout = false)
@AnonymousAllowed
public class SharedView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SharingService sharing;
    private final Image image = new Image();
    private String title = "EditStudio";

    public SharedView(SharingService sharing) {
        this.sharing = sharing;
        setId("shared-view");
        addClassName("es-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        SessionDetails shared;
        try {
            shared = sharing.view(token).session();
        } catch (ApiException e) {
            removeAll();
            H2 missing = new H2(getTranslation("shared.missing.title"));
            missing.setId("shared-missing");
            add(missing, new Span(getTranslation("shared.missing")));
            return;
        }
        title = shared.title();
        removeAll();
        H2 heading = new H2(shared.title());
        heading.setId("shared-title");
        image.setId("shared-image");
        image.addClassName("es-shared-image");
        image.setAlt(shared.title());
        show(token, null);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> {
            ImageData data = sharing.image(token, null, false);
            return new DownloadResponse(new ByteArrayInputStream(data.bytes()), "editstudio.png", data.mediaType(),
                    data.bytes().length);
        }), getTranslation("shared.download"));
        download.setId("shared-download");
        download.getElement().setAttribute("download", true);
        Div history = new Div();
        history.setId("shared-history");
        history.addClassName("es-history");
        for (RoundInfo round : shared.rounds()) {
            Div entry = new Div();
            entry.addClassName("es-history-entry");
            Image thumb = new Image(handler(token, round.id(), true), "");
            thumb.addClassName("es-history-thumb");
            Span text = new Span(round.instruction());
            text.addClassName("es-history-text");
            entry.add(thumb, text);
            entry.getElement().setAttribute("role", "button");
            entry.getElement().setAttribute("tabindex", "0");
            long id = round.id();
            entry.getElement().addEventListener("click", e -> show(token, id));
            history.add(entry);
        }
        Span note = new Span(getTranslation("shared.note"));
        note.addClassName("es-note");
        add(heading, note, image, download, history);
    }

    private void show(String token, Long round) {
        image.setSrc(handler(token, round, false));
    }

    private DownloadHandler handler(String token, Long round, boolean thumbnail) {
        return DownloadHandler.fromInputStream(e -> {
            ImageData data = sharing.image(token, round, thumbnail);
            return new DownloadResponse(new ByteArrayInputStream(data.bytes()), "image", data.mediaType(),
                    data.bytes().length);
        }).inline();
    }

    @Override
    public String getPageTitle() {
        return title + " · EditStudio";
    }
}
