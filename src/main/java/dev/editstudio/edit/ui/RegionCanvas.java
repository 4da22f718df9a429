package dev.editstudio.edit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;

/**
 * Java side of {@code <region-canvas>} ({@code src/main/frontend/components/region-canvas.ts}): the image being
 * edited and the selection drawn on it, kept in the browser at the image's full resolution until an edit asks for it.
 */
@Tag("region-canvas")
@JsModule("./components/region-canvas.ts")
public class RegionCanvas extends Component implements HasSize {

    /** The selection tools. */
    public enum Tool { RECT, BRUSH, ERASER, LASSO }

    /** The selection changed; {@code empty} says whether anything is selected now. */
    @DomEvent("selection-changed")
    public static class SelectionChangedEvent extends ComponentEvent<RegionCanvas> {
        private final boolean empty;

        public SelectionChangedEvent(RegionCanvas source, boolean fromClient,
                @EventData("event.detail.empty") boolean empty) {
            super(source, fromClient);
            this.empty = empty;
        }

        public boolean isEmpty() {
            return empty;
        }
    }

    /** The brush size changed from the keyboard ({@code [} and {@code ]}). */
    @DomEvent("brush-size-changed")
    public static class BrushSizeChangedEvent extends ComponentEvent<RegionCanvas> {
        private final int size;

        public BrushSizeChangedEvent(RegionCanvas source, boolean fromClient, @EventData("event.detail.size") int size) {
            super(source, fromClient);
            this.size = size;
        }

        public int getSize() {
            return size;
        }
    }

    public void setImage(DownloadHandler image) {
        getElement().setAttribute("src", image);
    }

    public void clearImage() {
        getElement().removeAttribute("src");
    }

    /** The image shown while the user holds {@code o}, and left of the compare split. */
    public void setCompareImage(DownloadHandler before) {
        getElement().setAttribute("compare-src", before);
    }

    public void clearCompareImage() {
        getElement().removeAttribute("compare-src");
    }

    public void setTool(Tool tool) {
        getElement().setProperty("tool", tool.name().toLowerCase(Locale.ROOT));
    }

    public void setBrushSize(int pixels) {
        getElement().setProperty("brushSize", pixels);
    }

    /** 0..1: the share of the width showing the image before; 0 hides the split. */
    public void setSplit(double share) {
        getElement().setProperty("split", share);
    }

    public void setEmptyText(String text) {
        getElement().setProperty("emptyText", text);
    }

    public void clearSelection() {
        getElement().callJsFunction("clearSelection");
    }

    public void invertSelection() {
        getElement().callJsFunction("invertSelection");
    }

    public void fit() {
        getElement().callJsFunction("fit");
    }

    public void actualSize() {
        getElement().callJsFunction("actualSize");
    }

    /** Asks the browser for the selection: a PNG data URL at image size, or "" when nothing is selected. */
    public void exportMask(SerializableConsumer<String> dataUrl) {
        getElement().callJsFunction("exportMask").then(String.class, dataUrl);
    }

    public Registration addSelectionChangedListener(ComponentEventListener<SelectionChangedEvent> listener) {
        return addListener(SelectionChangedEvent.class, listener);
    }

    public Registration addBrushSizeChangedListener(ComponentEventListener<BrushSizeChangedEvent> listener) {
        return addListener(BrushSizeChangedEvent.class, listener);
    }
}
