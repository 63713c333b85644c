package io.vitrine.catalog.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void decodesNamedNumericAndDoubleEscapedEntities() {
        assertThat(HtmlText.line("Caf&eacute; &amp; th&#233; &#x2013; d&amp;eacute;co")).isEqualTo("Café & thé – déco");
        assertThat(HtmlText.line("Salt &amp;amp; pepper")).isEqualTo("Salt & pepper");
        assertThat(HtmlText.line("5 &lt; 6 &unknown; &#0;")).isEqualTo("5 < 6 &unknown; &#0;");
    }

    @Test
    void oneLineFieldsLoseTagsControlCharactersAndExtraSpace() {
        assertThat(HtmlText.line("  <b>Lune</b>\tlamp\u0007\n ")).isEqualTo("Lune lamp");
        assertThat(HtmlText.line("   ")).isNull();
    }

    @Test
    void descriptionsKeepTheirParagraphsAndLists() {
        String html = "<p>A glazed <strong>stoneware</strong> base.</p><ul><li>Height 42 cm</li><li>E27</li></ul><p></p><p>Care: dust.</p>";
        assertThat(HtmlText.block(html)).isEqualTo("A glazed stoneware base.\n• Height 42 cm\n• E27\n\nCare: dust.");
        assertThat(HtmlText.block("line one<br/>line two")).isEqualTo("line one\nline two");
    }
}
