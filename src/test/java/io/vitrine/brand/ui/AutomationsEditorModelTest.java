package io.vitrine.brand.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.brand.KeywordAutomations;
import io.vitrine.common.EventBus;
import io.vitrine.conversation.ConversationFixtures;
import io.vitrine.platform.api.AutomationAction;
import io.vitrine.studio.StudioFeatures;
import io.vitrine.ui.InlineTaskExecutor;
import io.vitrine.ui.ScriptedDialogs;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composer's keyword automations without a screen: a new post waits, rules save (or refuse), previews count. */
class AutomationsEditorModelTest {
    @TempDir
    Path dir;
    ConversationFixtures fixture;
    AutomationsEditorModel model;

    @BeforeEach
    void setUp() throws Exception {
        fixture = ConversationFixtures.create(dir);
        fixture.store(fixture.onPost("c1", "LAMP please", "en", Instant.now()), fixture.onPost("c2", "Lovely", "en", Instant.now()));
        model = new AutomationsEditorModel(StudioFeatures.of(fixture.workspace, new EventBus()).get(KeywordAutomations.class),
                new InlineTaskExecutor(new ScriptedDialogs()));
    }

    @AfterEach
    void tearDown() {
        fixture.workspace.close();
    }

    @Test
    void anUnsavedPostWaitsThenRulesSaveWithADraftedTextAndAPreview() {
        model.show(KeywordAutomations.Owner.POST, null, List.of());
        assertThat(model.editableProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).startsWith("Save the post");

        model.show(KeywordAutomations.Owner.POST, fixture.postId, List.of("LUNE-SAGE", "CUSH-LINEN"));
        assertThat(model.editableProperty().get()).isTrue();
        assertThat(model.rules()).isEmpty();
        model.add();
        AutomationsEditorModel.RuleDraft rule = model.rules().get(0);
        rule.keywordsProperty().set("lamp, #lune");
        model.preview(rule);
        assertThat(rule.previewProperty().get()).isEqualTo("Would have matched 1 of 2 of this post's comments: “LAMP please”");
        model.save();
        assertThat(model.messageProperty().get()).startsWith("Saved 1 automation;");
        assertThat(model.rules().get(0).textProperty().get()).startsWith("Here is the Lune Table Lamp in Sage");

        model.add();
        model.rules().get(1).keywordsProperty().set("cart");
        model.rules().get(1).actionProperty().set(AutomationAction.ADD_TO_CART);
        model.rules().get(1).itemProperty().set("NOPE");
        model.save();
        assertThat(model.messageProperty().get()).contains("NOPE, which is not in the catalog");

        model.show(KeywordAutomations.Owner.POST, fixture.postId, List.of("LUNE-SAGE"));
        assertThat(model.rules()).as("the same post keeps what is being edited").hasSize(2);
        model.show(KeywordAutomations.Owner.POLL, fixture.pollId, List.of());
        assertThat(model.rules()).isEmpty();
        model.show(KeywordAutomations.Owner.POST, fixture.postId, List.of());
        assertThat(model.rules()).as("what was saved, not the refused change").hasSize(1);
    }
}
