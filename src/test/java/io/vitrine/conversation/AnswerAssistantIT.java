package io.vitrine.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafted answers on a real catalog: the right product and variant, stock only as the catalog has it, explained. */
class AnswerAssistantIT {
    @TempDir
    Path dir;
    ConversationFixtures fixture;
    ConversationService inbox;

    @BeforeEach
    void open() throws Exception {
        fixture = ConversationFixtures.create(dir);
        inbox = ConversationFeature.of(fixture.workspace.database(), null,
                Clock.fixed(ConversationFixtures.NOW, ZoneOffset.UTC)).conversations();
    }

    @AfterEach
    void close() {
        fixture.workspace.close();
    }

    private AnswerDraft onPost(String text, String language) {
        fixture.store(fixture.onPost("c1", text, language, ConversationFixtures.NOW));
        return inbox.draft("c1");
    }

    @Test
    void aStockQuestionUnderThePostNamesTheTaggedVariantAndTheCatalogsCount() {
        AnswerDraft draft = onPost("Is this still in stock?", "en");
        assertThat(draft.text()).isEqualTo("Yes — the Lune Table Lamp in Sage is in stock (12 left), €71.20:"
                + " https://shop.example/lune?v=sage");
        assertThat(draft.itemId()).isEqualTo("LUNE-SAGE");
        assertThat(draft.asked()).containsExactly(Asked.STOCK);
        assertThat(draft.matched()).extracting(AnswerDraft.Match::what).contains("asked", "product", "variant");
        assertThat(draft.matched()).anyMatch(m -> m.what().equals("product") && m.why().contains("first"));
    }

    @Test
    void aSoldOutColourBringsTheClosestVariantInStock() {
        AnswerDraft draft = onPost("Do you have the Lune lamp in amber?", "en");
        assertThat(draft.text()).isEqualTo("The Lune Table Lamp in Amber is sold out right now, but the Lune Table Lamp in"
                + " Sage is in stock (12 left), €71.20: https://shop.example/lune?v=sage");
        assertThat(draft.itemId()).isEqualTo("LUNE-SAGE");
        assertThat(draft.asked()).contains(Asked.COLOUR);
        assertThat(draft.matched()).anyMatch(m -> m.what().equals("variant") && m.value().equals("LUNE-AMBER")
                && m.why().equals("out of stock, 0 left"));
        assertThat(draft.matched()).anyMatch(m -> m.what().equals("closest in stock") && m.value().equals("LUNE-SAGE"));
    }

    @Test
    void aColourTheProductDoesNotHaveIsSaidInTheCommentsLanguage() {
        AnswerDraft draft = onPost("Vous l'avez en bleu ?", null);
        assertThat(draft.language()).isEqualTo("fr");
        assertThat(draft.text()).startsWith("Lune Table Lamp n'existe pas en Bleu ; coloris : Amber, Ink, Ivory et Sage.")
                .contains("Lune Table Lamp en Sage est en stock (12 disponibles), 71,20");
        assertThat(draft.matched()).anyMatch(m -> m.what().equals("colour") && m.why().contains("no variant has it"));
    }

    @Test
    void neverInventsAStockCount() {
        AnswerDraft ivory = onPost("Is the Lune lamp in Ivory in stock?", "en");
        assertThat(ivory.text()).isEqualTo("Yes — the Lune Table Lamp in Ivory is in stock, €89.00: https://shop.example/lune?v=ivory");
        assertThat(ivory.missing()).anyMatch(m -> m.contains("stock count for LUNE-IVORY"));

        fixture.store(fixture.onPost("c2", "Any Lune lamp in ink left?", "en", ConversationFixtures.NOW));
        assertThat(inbox.draft("c2").text()).isEqualTo("The Lune Table Lamp in Ink can be pre-ordered now, €89.00:"
                + " https://shop.example/lune?v=ink");
    }

    @Test
    void aSizeUnderThePollKeepsTheSizeAskedWhenTheColourShownIsSoldOut() {
        fixture.store(fixture.onPoll("p1", "Gibt es das in 150 × 200 cm?", null, ConversationFixtures.NOW));
        AnswerDraft draft = inbox.draft("p1");
        assertThat(draft.language()).isEqualTo("de");
        assertThat(draft.text()).startsWith("Wool Throw in Oat, 150 × 200 cm ist gerade ausverkauft, aber Wool Throw in Rust,"
                + " 150 × 200 cm ist auf Lager (3 Stück), 99,00");
        assertThat(draft.itemId()).isEqualTo("THROW-RUST-L");
        assertThat(draft.asked()).contains(Asked.SIZE);
    }

    @Test
    void aProductTheCommentNamesIsFoundInTheCatalogWhenItIsNotTagged() {
        AnswerDraft draft = onPost("Do you have the linen shirt in size L?", "en");
        assertThat(draft.text()).isEqualTo("The Linen Shirt in Navy, L is sold out right now, but the Linen Shirt in Navy, XL"
                + " is in stock (9 left), €59.00.");
        assertThat(draft.matched()).anyMatch(m -> m.what().equals("product") && m.why().startsWith("found in the catalog"));
    }

    @Test
    void priceDeliveryAndRemarks() {
        AnswerDraft price = onPost("How much is the cushion?", "en");
        assertThat(price.text()).isEqualTo("The Linen Cushion is €29.00: https://shop.example/cushion");
        assertThat(price.asked()).isEqualTo(Set.of(Asked.PRICE));

        fixture.store(fixture.onPost("c3", "Do you ship to Germany?", "en", ConversationFixtures.NOW));
        AnswerDraft delivery = inbox.draft("c3");
        assertThat(delivery.text()).isEqualTo("Delivery options are on the product page: https://shop.example/lune?v=sage");
        assertThat(delivery.missing()).anyMatch(m -> m.startsWith("delivery"));

        fixture.store(fixture.onPost("c4", "Love this!", "en", ConversationFixtures.NOW));
        AnswerDraft remark = inbox.draft("c4");
        assertThat(remark.hasText()).isFalse();
        assertThat(remark.missing()).anyMatch(m -> m.contains("remark"));

        fixture.store(fixture.onPost("c5", "¿Tenéis la lámpara Lune en Sage?", null, ConversationFixtures.NOW));
        assertThat(inbox.draft("c5").text()).startsWith("Sí — Lune Table Lamp en Sage está en stock (12 disponibles), 71,20");
    }
}
