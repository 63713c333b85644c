package io.vitrine.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a comment is read: language, question or not, what is asked, and the word that gave it away. */
class QuestionReaderTest {
    private final QuestionReader reader = new QuestionReader();

    @Test
    void readsWhatIsAskedInTheShopsLanguages() {
        assertThat(reader.read("Is the Lune lamp still in stock?", null).asked()).containsExactly(Asked.STOCK);
        assertThat(reader.read("Prix ?", null).asked()).containsExactly(Asked.PRICE);
        assertThat(reader.read("Liefert ihr nach Österreich?", null).asked()).containsExactly(Asked.DELIVERY);
        assertThat(reader.read("¿Hay talla M?", null).asked()).containsExactly(Asked.SIZE);
        assertThat(reader.read("Avete altri colori?", null).asked()).containsExactly(Asked.COLOUR);
        assertThat(reader.read("Is this available in XL?", null).asked()).contains(Asked.SIZE);
        assertThat(reader.read("Gibt es das in Größe 42?", null).because()).containsEntry(Asked.SIZE, "grosse");
    }

    @Test
    void tellsTheLanguageFromItsSmallWords() {
        assertThat(reader.read("Vous l'avez en bleu ?", null).language()).isEqualTo("fr");
        assertThat(reader.read("Gibt es das noch?", null).language()).isEqualTo("de");
        assertThat(reader.read("¿Lo tenéis en azul?", null).language()).isEqualTo("es");
        assertThat(reader.read("Ce l'avete ancora?", null).language()).isEqualTo("it");
        assertThat(reader.read("Do you have it in blue?", null).language()).isEqualTo("en");
        assertThat(reader.read("anything", "de").language()).as("the platform's language wins").isEqualTo("de");
    }

    @Test
    void remarksAreNotQuestions() {
        assertThat(reader.read("Gorgeous colour", null).question()).isFalse();
        assertThat(reader.read("Tolle Farbe", null).question()).isFalse();
        assertThat(reader.read("Can't wait to see which one wins", null).question()).isFalse();
        assertThat(reader.read("Price", null).question()).isTrue();
        assertThat(reader.read("do you ship to belgium", null).question()).isTrue();
        assertThat(reader.read("Sold out again?", null).question()).isTrue();
    }
}
