package io.vitrine.brand.ui;

import io.vitrine.brand.KeywordAutomations;
import io.vitrine.common.Formats;
import io.vitrine.common.VitrineException;
import io.vitrine.platform.api.AutomationAction;
import io.vitrine.platform.api.AutomationRule;
import io.vitrine.ui.LatestResult;
import io.vitrine.ui.TaskExecutor;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The keyword automations of the post or poll open in the composer or the poll builder: rules being edited, saved
 * (the conversations feature checks them and drafts a reply's text from the item when none is given; they go to the
 * platform with the publication), and each rule's preview — which existing comments it would have matched.
 */
public final class AutomationsEditorModel {
    /** One rule as edited: keywords separated by commas, the action, the item, the reply's text, its preview. */
    public static final class RuleDraft {
        private final StringProperty keywords = new SimpleStringProperty("");
        private final ObjectProperty<AutomationAction> action = new SimpleObjectProperty<>(AutomationAction.PRIVATE_REPLY);
        private final StringProperty item = new SimpleStringProperty();
        private final StringProperty text = new SimpleStringProperty("");
        private final StringProperty preview = new SimpleStringProperty("");

        RuleDraft(AutomationRule rule) {
            if (rule != null) {
                keywords.set(String.join(", ", rule.keywords()));
                action.set(rule.action());
                item.set(rule.itemId());
                text.set(rule.text() == null ? "" : rule.text());
            }
        }

        AutomationRule rule() {
            List<String> words = Arrays.stream(keywords.get().split("[,|]")).map(String::strip).filter(k -> !k.isEmpty()).toList();
            String itemId = item.get() == null || item.get().isBlank() ? null : item.get().strip();
            String reply = text.get() == null || text.get().isBlank() ? null : text.get().strip();
            return new AutomationRule(words, action.get(), action.get() == AutomationAction.ADD_TO_CART ? null : reply, itemId);
        }

        public StringProperty keywordsProperty() {
            return keywords;
        }

        public ObjectProperty<AutomationAction> actionProperty() {
            return action;
        }

        public StringProperty itemProperty() {
            return item;
        }

        public StringProperty textProperty() {
            return text;
        }

        public StringProperty previewProperty() {
            return preview;
        }
    }

    private final KeywordAutomations automations;
    private final TaskExecutor tasks;
    private final ObservableList<RuleDraft> rules = FXCollections.observableArrayList();
    private final ObservableList<String> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final LatestResult loads = new LatestResult();
    private KeywordAutomations.Owner owner;
    private Long id;

    public AutomationsEditorModel(KeywordAutomations automations, TaskExecutor tasks) {
        this.automations = automations;
        this.tasks = tasks;
    }

    /** The publication open now ({@code id} null until it is first saved) and the items it shows, for the item choice. */
    public void show(KeywordAutomations.Owner newOwner, Long newId, List<String> shownItems) {
        items.setAll(shownItems);
        if (newOwner == owner && Objects.equals(newId, id)) {
            return; // the same post, edited: its rules stay as they are being edited
        }
        owner = newOwner;
        id = newId;
        rules.clear();
        editable.set(newId != null);
        message.set(newId == null ? "Save the " + noun() + " (a draft is enough) to add keyword automations." : "");
        if (newId != null) {
            LatestResult.Request request = loads.next();
            tasks.submitQuietly("The automations could not be read", progress -> automations.rules(newOwner, newId),
                    request.deliver(this::setRules));
        }
    }

    private void setRules(List<AutomationRule> loaded) {
        rules.setAll(loaded.stream().map(RuleDraft::new).toList());
        rules.forEach(this::preview);
    }

    public void add() {
        RuleDraft draft = new RuleDraft(null);
        rules.add(draft);
        message.set("");
    }

    public void remove(RuleDraft draft) {
        rules.remove(draft);
    }

    /** Saves every rule; a wrong one refuses the lot with the reasons, so nothing half-saved reaches the platform. */
    public void save() {
        if (id == null) {
            return;
        }
        KeywordAutomations.Owner savedOwner = owner;
        long savedId = id;
        List<AutomationRule> wanted = rules.stream().map(RuleDraft::rule).toList();
        tasks.submitQuietly("The automations could not be saved", progress -> automations.save(savedOwner, savedId, wanted),
                saved -> {
                    setRules(saved);
                    message.set(saved.isEmpty() ? "No automations." : "Saved " + saved.size()
                            + (saved.size() == 1 ? " automation" : " automations") + "; the platform gets them with the "
                            + noun() + " at the next sync.");
                }, error -> message.set(error instanceof VitrineException v ? v.getMessage() : VitrineException.describe(error)));
    }

    /** Which existing comments the rule would have matched, said under it. */
    public void preview(RuleDraft draft) {
        AutomationRule rule = draft.rule();
        if (rule.keywords().isEmpty()) {
            draft.previewProperty().set("");
            return;
        }
        KeywordAutomations.Owner on = owner;
        Long of = id;
        tasks.submitQuietly("The preview could not be read", progress -> automations.preview(rule, on, of),
                preview -> draft.previewProperty().set(describe(preview)), error -> draft.previewProperty().set(""));
    }

    static String describe(KeywordAutomations.Preview p) {
        if (p.checked() == 0) {
            return "No comments yet to try it on.";
        }
        String head = "Would have matched " + Formats.count(p.matches().size()) + " of " + Formats.count(p.checked()) + " of "
                + p.scope();
        List<String> samples = p.matches().stream().limit(3).map(m -> "“" + shorten(m.text()) + "”").toList();
        return samples.isEmpty() ? head + "." : head + ": " + String.join(", ", samples) + (p.matches().size() > 3 ? " …" : "");
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    private String noun() {
        return owner == KeywordAutomations.Owner.POLL ? "poll" : "post";
    }

    public ObservableList<RuleDraft> rules() {
        return rules;
    }

    public ObservableList<String> items() {
        return items;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }
}
