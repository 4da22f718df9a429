package dev.editstudio.edit.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.editstudio.base.error.ApiException;
import dev.editstudio.base.security.AppUser;
import dev.editstudio.base.ui.ProblemText;
import dev.editstudio.base.ui.UserSession;
import dev.editstudio.edit.EditRequest;
import dev.editstudio.edit.EditService;
import dev.editstudio.edit.EditViews.Destination;
import dev.editstudio.edit.EditViews.ImageData;
import dev.editstudio.edit.EditViews.RoundInfo;
import dev.editstudio.edit.EditViews.SessionDetails;
import dev.editstudio.edit.RoundEvent;
import dev.editstudio.edit.RoundEvents;
import dev.editstudio.image.ImageDecoder;
import dev.editstudio.model.EditStep;
import dev.editstudio.model.InstructionParser;
import dev.editstudio.model.Ops;
import dev.editstudio.quota.QuotaService;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The editor: upload a photo (drop, pick or paste), select a region on the canvas, say the edit, see what the model
 * understood before applying, follow the round while it runs (server push), and walk the history tree.
 */
@Route("")
@Menu(order = 0, title = "nav.editor", icon = "PICTURE")
@PermitAll
public class EditorView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private static final List<String> EXAMPLES_EN = List.of("make it brighter", "blur the background",
            "convert to black and white", "remove the selection", "add \"SALE\" at the top", "make it look vintage");
    private static final List<String> EXAMPLES_ZH = List.of("调亮一点", "把背景虚化", "转成黑白", "去掉选中的东西",
            "把选中的部分改成黄色", "加一个暗角");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final EditService edits;
    private final RoundEvents events;
    private final ImageDecoder decoder;
    private final List<SessionAction> actions;
    private final QuotaService quotas;
    private final AppUser user;

    private final RegionCanvas canvas = new RegionCanvas();
    private final TextArea instruction = new TextArea();
    private final Div understood = new Div();
    private final Button apply = new Button();
    private final Button cancel = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Div history = new Div();
    private final Span selectionNote = new Span();
    private final Span quotaNote = new Span();
    private final NumberField strength = new NumberField();
    private final IntegerField feather = new IntegerField();
    private final TextField seed = new TextField();
    private final H2 title = new H2();
    private final Div workspace = new Div();
    private final Div start = new Div();
    private final Button undo = new Button(VaadinIcon.ARROW_BACKWARD.create());
    private final Button redo = new Button(VaadinIcon.ARROW_FORWARD.create());
    private final Div downloads = new Div();
    private final Upload upload = new Upload();

    private Long sessionId;
    private SessionDetails session;
    private boolean selectionEmpty = true;
    private boolean quotaRoom = true;
    /** The instruction as last read for the preview, which Apply acts on without asking the model again. */
    private Reading lastReading;
    private Cancellable subscription;

    public EditorView(EditService edits, RoundEvents events, ImageDecoder decoder, QuotaService quotas,
            jakarta.enterprise.inject.Instance<SessionAction> actions) {
        this.quotas = quotas;
        this.edits = edits;
        this.events = events;
        this.decoder = decoder;
        this.actions = actions.stream().toList();
        this.user = UserSession.require();
        setId("editor-view");
        addClassName("es-editor");
        title.setId("editor-title");
        title.setText(getTranslation("editor.title"));
        buildStart();
        buildWorkspace();
        add(title, start, workspace);
        showSession(null);
    }

    // ---- layout ---------------------------------------------------------------------------------------------

    private void buildStart() {
        start.setId("editor-start");
        start.addClassName("es-editor-start");
        upload.setUploadHandler(UploadHandler.inMemory((meta, data) -> {
            UI ui = UI.getCurrent();
            Long created = null;
            ApiException refused = null;
            try {
                created = edits.create(user, data, EditService.titleFromFileName(meta.fileName())).id();
            } catch (ApiException e) {
                refused = e;
            }
            Long id = created;
            ApiException problem = refused;
            ui.access(() -> {
                upload.clearFileList(); // ready for the next file
                if (problem != null) {
                    notifyError(getTranslation("editor.upload.refused", ProblemText.of(problem, this::getTranslation)));
                } else {
                    ui.navigate(EditorView.class, QueryParameters.of("session", Long.toString(id)));
                }
            });
        }));
        upload.setId("upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(decoder.maxBytes());
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", "image/gif", "image/bmp", ".png", ".jpg",
                ".jpeg", ".webp", ".gif", ".bmp");
        int maxMegabytes = decoder.maxBytes() / (1024 * 1024);
        upload.setDropLabel(new Span(getTranslation("editor.upload.drop", maxMegabytes, decoder.maxPixels() / 1_000_000)));
        upload.setI18n(uploadTexts(maxMegabytes));
        upload.addFileRejectedListener(e -> notifyError(getTranslation("editor.upload.refused", e.getErrorMessage())));
        start.add(new Paragraph(getTranslation("editor.welcome", user.displayName())), upload,
                new Paragraph(getTranslation("editor.upload.hint")));
    }

    /** The upload's own words (its button, its refusals) in the user's language; Vaadin's are English only. */
    private UploadI18N uploadTexts(int maxMegabytes) {
        UploadI18N texts = new UploadI18N();
        String tooBig = getTranslation("editor.upload.too-big", maxMegabytes);
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("editor.upload.button"))
                .setMany(getTranslation("editor.upload.button")));
        texts.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("editor.upload.one-at-a-time"))
                .setFileIsTooBig(tooBig)
                .setIncorrectFileType(getTranslation("editor.upload.wrong-type")));
        texts.setFile(new UploadI18N.File().setRetry(getTranslation("editor.upload.retry"))
                .setStart(getTranslation("editor.upload.start")).setRemove(getTranslation("editor.upload.remove")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("editor.upload.connecting"))
                        .setStalled(getTranslation("editor.upload.stalled"))
                        .setProcessing(getTranslation("editor.upload.processing"))
                        .setHeld(getTranslation("editor.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("editor.upload.remaining"))
                        .setUnknown(getTranslation("editor.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("editor.upload.server-unavailable"))
                        .setUnexpectedServerError(getTranslation("editor.upload.server-error"))
                        .setForbidden(getTranslation("editor.upload.forbidden"))
                        .setFileTooLarge(tooBig)));
        return texts;
    }

    private void buildWorkspace() {
        workspace.setId("editor-workspace");
        workspace.addClassName("es-editor-workspace");

        canvas.setId("canvas");
        canvas.addClassName("es-canvas");
        canvas.setEmptyText(getTranslation("editor.loading"));
        canvas.addSelectionChangedListener(e -> {
            selectionEmpty = e.isEmpty();
            updateUnderstood();
        });

        RadioButtonGroup<RegionCanvas.Tool> tools = new RadioButtonGroup<>();
        tools.setId("tools");
        tools.setAriaLabel(getTranslation("editor.tool"));
        tools.setItems(RegionCanvas.Tool.values());
        tools.setItemLabelGenerator(t -> getTranslation("editor.tool." + t.name().toLowerCase()));
        tools.setValue(RegionCanvas.Tool.RECT);
        tools.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        tools.addValueChangeListener(e -> canvas.setTool(e.getValue()));
        IntegerField brush = new IntegerField();
        brush.setId("brush-size");
        brush.setAriaLabel(getTranslation("editor.brush"));
        brush.setTooltipText(getTranslation("editor.brush"));
        brush.setMin(2);
        brush.setMax(400);
        brush.setValue(40);
        brush.setStepButtonsVisible(true);
        brush.setWidth("8em");
        brush.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                canvas.setBrushSize(e.getValue());
            }
        });
        canvas.addBrushSizeChangedListener(e -> brush.setValue(e.getSize()));
        Button invert = tool(VaadinIcon.ADJUST, "editor.invert", canvas::invertSelection);
        invert.setId("invert-selection");
        Button clear = tool(VaadinIcon.CLOSE_SMALL, "editor.clear", canvas::clearSelection);
        clear.setId("clear-selection");
        Button fit = tool(VaadinIcon.EXPAND_SQUARE, "editor.fit", canvas::fit);
        Button actual = tool(VaadinIcon.SEARCH, "editor.actual", canvas::actualSize);
        Button compare = new Button(getTranslation("editor.compare"));
        compare.setId("compare");
        compare.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        compare.setTooltipText(getTranslation("editor.compare.hint"));
        compare.addClickListener(e -> {
            boolean on = !compare.getThemeNames().contains("primary");
            compare.getThemeNames().set("primary", on);
            canvas.setSplit(on ? 0.5 : 0);
        });
        HorizontalLayout toolbar = new HorizontalLayout(tools, brush, invert, clear, fit, actual, compare);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setWrap(true);
        toolbar.addClassName("es-toolbar");
        Div stage = new Div(toolbar, canvas);
        stage.addClassName("es-stage");

        instruction.setId("instruction");
        instruction.setLabel(getTranslation("editor.instruction"));
        instruction.setPlaceholder(getTranslation("editor.instruction.placeholder"));
        instruction.setMaxLength(InstructionParser.MAX_LENGTH);
        instruction.setWidthFull();
        instruction.setValueChangeMode(ValueChangeMode.LAZY);
        instruction.setValueChangeTimeout(250);
        instruction.addValueChangeListener(e -> updateUnderstood());
        Div examples = new Div();
        examples.addClassName("es-chips");
        for (String example : getLocale().getLanguage().equals("zh") ? EXAMPLES_ZH : EXAMPLES_EN) {
            Button chip = new Button(example, e -> instruction.setValue(example));
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_TERTIARY);
            examples.add(chip);
        }
        understood.setId("understood");
        understood.addClassName("es-understood");
        selectionNote.setId("selection-note");
        selectionNote.addClassName("es-note");

        strength.setLabel(getTranslation("editor.strength"));
        strength.setMin(0);
        strength.setMax(1);
        strength.setStep(0.05);
        strength.setValue(1.0);
        strength.setStepButtonsVisible(true);
        feather.setLabel(getTranslation("editor.feather"));
        feather.setMin(0);
        feather.setMax(200);
        feather.setValue(0);
        feather.setStepButtonsVisible(true);
        seed.setLabel(getTranslation("editor.seed"));
        seed.setPattern("[0-9]{0,18}");
        seed.setPlaceholder(getTranslation("editor.seed.random"));
        Details advanced = new Details(getTranslation("editor.advanced"), new HorizontalLayout(strength, feather, seed));

        apply.setText(getTranslation("editor.apply"));
        apply.setId("apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> applyEdit());
        apply.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        cancel.setText(getTranslation("editor.cancel"));
        cancel.setId("cancel-round");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> cancelRunning());
        progress.setIndeterminate(true);
        progress.setId("progress");
        status.setId("round-status");
        status.addClassName("es-note");
        HorizontalLayout actions = new HorizontalLayout(apply, cancel);

        undo.setId("undo");
        undo.setAriaLabel(getTranslation("editor.undo"));
        undo.setTooltipText(getTranslation("editor.undo") + " (Ctrl+Z)");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        undo.addClickListener(e -> undo());
        redo.setId("redo");
        redo.setAriaLabel(getTranslation("editor.redo"));
        redo.setTooltipText(getTranslation("editor.redo") + " (Ctrl+Shift+Z)");
        redo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        redo.addClickListener(e -> redo());
        Shortcuts.addShortcutListener(this, this::undo, Key.KEY_Z, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, this::redo, Key.KEY_Z, KeyModifier.CONTROL, KeyModifier.SHIFT);
        Span historyTitle = new Span(getTranslation("editor.history"));
        historyTitle.addClassName("es-panel-title");
        HorizontalLayout historyBar = new HorizontalLayout(historyTitle, undo, redo);
        historyBar.setAlignItems(FlexComponent.Alignment.CENTER);
        history.setId("history");
        history.addClassName("es-history");
        downloads.setId("downloads");
        downloads.addClassName("es-downloads");

        quotaNote.setId("quota-note");
        quotaNote.addClassName("es-note");
        Div panel = new Div(instruction, examples, understood, selectionNote, advanced, actions, quotaNote, progress, status,
                historyBar, history, downloads);
        panel.addClassName("es-panel");
        workspace.add(stage, panel);
    }

    private Button tool(VaadinIcon icon, String key, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.setAriaLabel(getTranslation(key));
        b.setTooltipText(getTranslation(key));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return b;
    }

    // ---- navigation and state -------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> ids = event.getLocation().getQueryParameters().getParameters().getOrDefault("session", List.of());
        Long id = null;
        if (!ids.isEmpty()) {
            try {
                id = Long.parseLong(ids.getFirst());
            } catch (NumberFormatException e) {
                id = null;
            }
        }
        showSession(id);
    }

    private void showSession(Long id) {
        unsubscribe();
        sessionId = null;
        session = null;
        if (id != null) {
            try {
                session = edits.get(user, id);
                sessionId = id;
            } catch (ApiException e) {
                notifyError(getTranslation("editor.session.missing"));
            }
        }
        start.setVisible(session == null);
        workspace.setVisible(session != null);
        title.setText(session == null ? getTranslation("editor.title") : session.title());
        if (session != null) {
            subscribe();
            render(true);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // paste an image anywhere on the start page: hand it to the upload as if it had been dropped
        attachEvent.getUI().getPage().executeJs("""
                if (!window.__editstudioPaste) {
                  window.__editstudioPaste = true;
                  document.addEventListener('paste', e => {
                    const upload = document.querySelector('#upload');
                    const file = [...(e.clipboardData ? e.clipboardData.files : [])].find(f => f.type.startsWith('image/'));
                    if (upload && upload.offsetParent !== null && file && upload._addFiles) {
                      e.preventDefault();
                      upload._addFiles([file]);
                    }
                  });
                }""");
        if (sessionId != null && subscription == null) {
            subscribe();
            refresh(); // catch up with what happened while detached (a reconnect, a reload)
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe();
    }

    private void subscribe() {
        UI ui = UI.getCurrent();
        long id = sessionId;
        subscription = events.forSession(id).subscribe().with(e -> ui.access(() -> onRoundEvent(e)));
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    private void onRoundEvent(RoundEvent e) {
        if (e.isFinal()) {
            refresh();
            if ("failed".equals(e.status()) && e.errorMessage() != null && !"parent_failed".equals(e.errorCode())) {
                notifyError(getTranslation("editor.round.failed", e.errorMessage()));
            }
        } else if ("running".equals(e.status()) && e.steps() != null) {
            status.setText(getTranslation("editor.round.step", e.stepsDone(), e.steps()));
            progress.setIndeterminate(false);
            progress.setValue(e.stepsDone() / (double) e.steps());
        } else {
            refresh();
        }
    }

    private void refresh() {
        if (sessionId == null) {
            return;
        }
        Long previousHead = session == null ? null : session.headRoundId();
        String previousImage = shownSha(session);
        session = edits.get(user, sessionId);
        render(!java.util.Objects.equals(previousImage, shownSha(session))
                || !java.util.Objects.equals(previousHead, session.headRoundId()));
    }

    /** Key of the image shown now: the head's output when it has one, else marks "pending". */
    private static String shownSha(SessionDetails s) {
        if (s == null) {
            return null;
        }
        return s.headRoundId() == null ? "source" : round(s, s.headRoundId())
                .map(r -> r.status() + ":" + r.id()).orElse("?");
    }

    private void render(boolean reloadImage) {
        if (reloadImage) {
            long id = sessionId;
            canvas.setImage(image(() -> edits.headImage(user, id, false), "image"));
            // every round has an image before it (its parent's or the source); only the source itself has none
            if (session.headRoundId() != null) {
                canvas.setCompareImage(image(() -> edits.beforeImage(user, id, false).orElseThrow(), "before"));
            } else {
                canvas.clearCompareImage();
            }
        }
        Optional<RoundInfo> head = session.headRoundId() == null ? Optional.empty() : round(session, session.headRoundId());
        boolean busy = head.map(r -> !r.isFinal()).orElse(false);
        progress.setVisible(busy);
        cancel.setVisible(busy);
        if (busy) {
            progress.setIndeterminate(true);
            status.setText(getTranslation("editor.round." + head.get().status()));
        } else {
            status.setText(head.map(r -> "failed".equals(r.status()) && r.error() != null
                    ? getTranslation("editor.round.failed", r.error().message()) : "").orElse(""));
        }
        undo.setEnabled(session.headRoundId() != null);
        redo.setEnabled(historyTarget(InstructionParser.History.REDO).isPresent());
        renderHistory();
        renderDownloads();
        quotaRoom = updateQuota(); // usage changes with rounds, not with typing: read it here, not per keystroke
        updateUnderstood();
    }

    private void renderHistory() {
        history.removeAll();
        Div source = historyEntry(null, getTranslation("editor.history.source"), "", session.headRoundId() == null, 0);
        history.add(source);
        Map<Long, List<RoundInfo>> children = session.rounds().stream()
                .filter(r -> r.parentRoundId() != null)
                .collect(Collectors.groupingBy(RoundInfo::parentRoundId));
        List<RoundInfo> roots = session.rounds().stream().filter(r -> r.parentRoundId() == null).toList();
        for (RoundInfo root : roots) {
            addTree(root, children, 1);
        }
    }

    private void addTree(RoundInfo round, Map<Long, List<RoundInfo>> children, int depth) {
        String when = round.queuedAt() == null ? "" : round.queuedAt().atZoneSameInstant(ZoneId.systemDefault())
                .format(TIME);
        Div entry = historyEntry(round, round.instruction(), when + " · " + getTranslation("editor.round." + round.status()),
                java.util.Objects.equals(round.id(), session.headRoundId()), depth);
        history.add(entry);
        for (RoundInfo child : children.getOrDefault(round.id(), List.of()).stream()
                .sorted(Comparator.comparingLong(RoundInfo::id)).toList()) {
            addTree(child, children, depth + 1);
        }
    }

    private Div historyEntry(RoundInfo round, String text, String meta, boolean current, int depth) {
        Div entry = new Div();
        entry.addClassName("es-history-entry");
        entry.getStyle().set("padding-inline-start", "calc(" + Math.min(depth, 8) + " * var(--lumo-space-m))");
        entry.getElement().setAttribute("data-round-id", round == null ? "source" : Long.toString(round.id()));
        entry.getElement().setAttribute("role", "button");
        entry.getElement().setAttribute("tabindex", "0");
        if (current) {
            entry.addClassName("es-current");
            entry.getElement().setAttribute("aria-current", "true");
        }
        long id = sessionId;
        if (round == null) {
            entry.add(thumbnail(() -> edits.sourceImage(user, id, true)));
        } else if (round.thumbnailUrl() != null) {
            long roundId = round.id();
            entry.add(thumbnail(() -> edits.roundImage(user, roundId, true)));
        } else {
            Div placeholder = new Div();
            placeholder.addClassName("es-history-thumb");
            entry.add(placeholder);
        }
        Span label = new Span(text);
        label.addClassName("es-history-text");
        Span small = new Span(meta);
        small.addClassName("es-note");
        entry.add(new Div(label, small));
        boolean selectable = round == null || !("failed".equals(round.status()) || "canceled".equals(round.status()));
        if (selectable) {
            Long target = round == null ? null : round.id();
            entry.getElement().addEventListener("click", e -> jump(target));
            entry.getElement().addEventListener("keydown", e -> jump(target)).setFilter("event.key === 'Enter'");
        } else {
            entry.addClassName("es-disabled");
        }
        return entry;
    }

    private Image thumbnail(Supplier<ImageData> image) {
        Image img = new Image(image(image, "thumbnail"), "");
        img.addClassName("es-history-thumb");
        return img;
    }

    private void renderDownloads() {
        downloads.removeAll();
        long id = sessionId;
        for (SessionAction action : actions) {
            downloads.add(action.create(user, id, () -> session == null ? null : session.headRoundId()));
        }
        String base = session.title().replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        Anchor png = new Anchor(DownloadHandler.fromInputStream(e -> response(edits.headImageAsPng(user, id),
                base + ".png")), getTranslation("editor.download.png"));
        png.setId("download-png");
        Select<Integer> quality = new Select<>();
        quality.setAriaLabel(getTranslation("editor.download.quality"));
        quality.setItems(95, 85, 70);
        quality.setValue(85);
        quality.setItemLabelGenerator(q -> "JPEG " + q + "%");
        quality.setWidth("9em");
        Anchor jpeg = new Anchor(DownloadHandler.fromInputStream(e -> response(edits.headImageAsJpeg(user, id,
                quality.getValue() / 100f), base + ".jpg")), getTranslation("editor.download.jpeg"));
        jpeg.setId("download-jpeg");
        Anchor zip = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = edits.exportZip(user, id);
            return new DownloadResponse(new ByteArrayInputStream(bytes), base + ".zip", "application/zip", bytes.length);
        }), getTranslation("editor.download.zip"));
        zip.setId("download-zip");
        for (Anchor a : List.of(png, jpeg, zip)) {
            a.getElement().setAttribute("download", true);
        }
        HorizontalLayout row = new HorizontalLayout(png, quality, jpeg, zip);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setWrap(true);
        downloads.add(row);
    }

    private static DownloadResponse response(ImageData image, String name) {
        return new DownloadResponse(new ByteArrayInputStream(image.bytes()), name, image.mediaType(), image.bytes().length);
    }

    private DownloadHandler image(Supplier<ImageData> source, String name) {
        return DownloadHandler.fromInputStream(e -> {
            ImageData image = source.get();
            return new DownloadResponse(new ByteArrayInputStream(image.bytes()), name, image.mediaType(),
                    image.bytes().length);
        }).inline();
    }

    // ---- understanding the instruction ----------------------------------------------------------------------

    /** Where the user stands against their quota (and the team's, for a shared session); false when no room. */
    private boolean updateQuota() {
        QuotaService.Usage mine = quotas.userUsage(user.id());
        Optional<QuotaService.Reached> reached = mine.reached();
        String whose = "mine";
        if (reached.isEmpty() && session != null && session.teamId() != null) {
            reached = quotas.teamUsage(session.teamId()).reached();
            whose = "team";
        }
        if (reached.isPresent()) {
            QuotaService.Reached r = reached.get();
            // storage is shown in MB, as the admin sets it
            long limit = r.quota().equals(QuotaService.Reached.STORAGE_BYTES) ? r.limit() / (1024 * 1024) : r.limit();
            quotaNote.setText(getTranslation("editor.quota.reached." + r.quota() + "." + whose, limit,
                    r.resetsAt() == null ? "" : when(r.resetsAt())));
            quotaNote.addClassName("es-problem");
            return false;
        }
        quotaNote.removeClassName("es-problem");
        quotaNote.setText(mine.limits().editsPerDay() == null
                ? getTranslation("editor.quota.usage.unlimited", mine.editsToday())
                : getTranslation("editor.quota.usage", mine.editsToday(), mine.limits().editsPerDay(),
                        when(mine.dayResetsAt())));
        return true;
    }

    /** A moment as this user reads dates and times ("11/23/26, 1:00 AM", "2026/11/23 01:00"). */
    private String when(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .format(instant.atZone(ZoneId.systemDefault()));
    }

    private void updateUnderstood() {
        understood.removeAll();
        selectionNote.setText("");
        String text = instruction.getValue().strip();
        boolean busy = session != null && session.headRoundId() != null
                && round(session, session.headRoundId()).map(r -> !r.isFinal()).orElse(false);
        apply.setEnabled(!text.isEmpty() && quotaRoom);
        if (text.isEmpty() || !quotaRoom) {
            return;
        }
        InstructionParser.Interpretation reading = edits.interpret(text);
        lastReading = new Reading(text, reading);
        if (reading.history() != null) {
            // "undo", "start over", "撤销": Apply moves through the history (and then edits, if more was asked)
            Span chip = new Span(getTranslation("editor.history." + reading.history().id()));
            chip.addClassName("es-step");
            chip.getElement().setAttribute("theme", "badge contrast");
            understood.add(chip);
            if (historyTarget(reading.history()).isEmpty()) {
                understood.add(problem(getTranslation("editor.history.nothing")));
                apply.setEnabled(false);
                return;
            }
            if (reading.steps().isEmpty()) {
                return;
            }
        }
        if (reading.steps().isEmpty()) {
            understood.add(problem(getTranslation("editor.understood.none")));
            apply.setEnabled(false);
            return;
        }
        if (reading.isUnsupported()) {
            EditStep step = reading.steps().getFirst();
            understood.add(problem(getTranslation("editor.understood.unsupported", step.text("reason", ""))));
            apply.setEnabled(false);
            return;
        }
        boolean local = false;
        boolean outside = false;
        boolean needsSelection = false;
        for (EditStep step : reading.steps()) {
            Span chip = new Span(describe(step));
            chip.addClassName("es-step");
            chip.getElement().setAttribute("theme", "badge");
            understood.add(chip);
            local |= Ops.LOCAL.contains(step.op());
            boolean around = Ops.OUTSIDE.equals(step.text("region", Ops.INSIDE));
            outside |= around;
            needsSelection |= around || List.of("remove", "move", "background").contains(step.op())
                    || ("blur".equals(step.op()) && "background".equals(step.text("target", "")));
        }
        if (needsSelection && selectionEmpty) {
            selectionNote.setText(getTranslation("editor.selection.required"));
            apply.setEnabled(false);
        } else if (outside) {
            selectionNote.setText(getTranslation("editor.selection.outside"));
        } else if (local) {
            selectionNote.setText(getTranslation(selectionEmpty ? "editor.selection.whole" : "editor.selection.inside"));
        }
        if (busy) {
            selectionNote.setText(selectionNote.getText() + " " + getTranslation("editor.queued.after"));
        }
    }

    private Span problem(String text) {
        Span p = new Span(text);
        p.addClassName("es-problem");
        return p;
    }

    /** "Recolor → #f5d000", "Adjust → brightness +0.30": the step as a user reads it. */
    private String describe(EditStep step) {
        String op = getTranslation("op." + step.op());
        boolean placed = step.params().containsKey("to"); // the offsets are found when it runs
        String detail = step.params().entrySet().stream()
                .filter(e -> !e.getKey().equals("strength"))
                .filter(e -> !placed || !List.of("dx", "dy", "unit").contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().equals("region") ? getTranslation("editor.region." + e.getValue())
                        : e.getValue() instanceof Number n && !(e.getValue() instanceof Integer)
                        ? e.getKey() + " " + String.format(getLocale(), "%+.2f", n.doubleValue())
                        : e.getKey().equals("property") || e.getKey().equals("name") || e.getKey().equals("target")
                                || e.getKey().equals("mode") ? String.valueOf(e.getValue())
                        : e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return detail.isEmpty() ? op : op + " → " + detail;
    }

    // ---- actions --------------------------------------------------------------------------------------------

    private void applyEdit() {
        String text = instruction.getValue().strip();
        if (text.isEmpty() || sessionId == null) {
            return;
        }
        InstructionParser.Interpretation reading = lastReading != null && lastReading.text().equals(text)
                ? lastReading.interpretation() : edits.interpret(text);
        if (reading.history() != null && reading.steps().isEmpty()) {
            historyTarget(reading.history()).ifPresent(target -> {
                jump(target.roundId());
                instruction.clear();
            });
            return;
        }
        apply.setEnabled(false);
        UI ui = UI.getCurrent();
        long id = sessionId;
        Double s = strength.getValue();
        Integer f = feather.getValue();
        Long seedValue = seed.getValue().isBlank() ? null : parseSeed(seed.getValue());
        canvas.exportMask(mask -> Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                edits.submit(user, id, new EditRequest(text, null, mask.isEmpty() ? null : mask, s, f, seedValue));
                ui.access(() -> {
                    instruction.clear();
                    refresh();
                });
            } catch (ApiException e) {
                ui.access(() -> {
                    notifyError(ProblemText.of(e, this::getTranslation));
                    apply.setEnabled(true);
                });
            }
        }));
    }

    private static Long parseSeed(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void cancelRunning() {
        if (session == null || session.headRoundId() == null) {
            return;
        }
        try {
            edits.cancel(user, session.headRoundId());
        } catch (ApiException e) {
            notifyError(ProblemText.of(e, this::getTranslation));
        }
        refresh();
    }

    private void jump(Long roundId) {
        if (sessionId == null) {
            return;
        }
        try {
            edits.setHead(user, sessionId, roundId);
        } catch (ApiException e) {
            notifyError(ProblemText.of(e, this::getTranslation));
        }
        refresh();
    }

    private void undo() {
        historyTarget(InstructionParser.History.UNDO).ifPresent(target -> jump(target.roundId()));
    }

    private void redo() {
        historyTarget(InstructionParser.History.REDO).ifPresent(target -> jump(target.roundId()));
    }

    /** An instruction and how the model read it. */
    private record Reading(String text, InstructionParser.Interpretation interpretation) {}

    /** Where {@code history} leads from the head of the session shown; empty when there is nowhere to go. */
    private Optional<Destination> historyTarget(InstructionParser.History history) {
        return session == null ? Optional.empty() : session.after(history);
    }

    private static Optional<RoundInfo> round(SessionDetails s, long id) {
        return s.rounds().stream().filter(r -> r.id() == id).findFirst();
    }

    private void notifyError(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return (session == null ? getTranslation("editor.title") : session.title()) + " · EditStudio";
    }
}
