package io.vitrine.catalog.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeMatcherTest {

    @Test
    void findsTheGtinInEveryWayACodeCarriesIt() {
        assertThat(CodeMatcher.gtinOf("EAN_13", "4006381333931")).isEqualTo("4006381333931");
        assertThat(CodeMatcher.gtinOf("UPC_E", "01234565")).isEqualTo("012345000065");
        assertThat(CodeMatcher.gtinOf("CODE_128", "0110012345678902")).isEqualTo("10012345678902"); // GS1-128 (01)
        assertThat(CodeMatcher.gtinOf("CODE_128", "(01)10012345678902(17)270101")).isEqualTo("10012345678902");
        assertThat(CodeMatcher.gtinOf("QR_CODE", "https://id.gs1.org/01/09506000134352/10/ABC")).isEqualTo("09506000134352");
        assertThat(CodeMatcher.gtinOf("QR_CODE", "https://shop.example/p/12")).isNull();
        assertThat(CodeMatcher.gtinOf("EAN_13", "4006381333932")).as("wrong check digit").isNull();
    }

    @Test
    void linksMatchWithOrWithoutTheFinalSlashOverHttpOrHttps() {
        assertThat(CodeMatcher.linkVariants("http://shop.example/p/lamp/")).containsExactly("http://shop.example/p/lamp/",
                "http://shop.example/p/lamp", "https://shop.example/p/lamp", "https://shop.example/p/lamp/");
    }

    @Test
    void readsTheIdParameter() {
        assertThat(CodeMatcher.idParameter("https://shop.example/go?utm=qr&ID=LUNE%20SAGE")).isEqualTo("LUNE SAGE");
        assertThat(CodeMatcher.idParameter("https://shop.example/go?ref=1")).isNull();
        assertThat(CodeMatcher.idParameter("not a url at all %%")).isNull();
    }
}
