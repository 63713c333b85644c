package io.vitrine.catalog.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GtinTest {

    @Test
    void acceptsValidGtinsOfEveryLength() {
        assertThat(Gtin.problem("4006381333931")).isNull(); // EAN-13
        assertThat(Gtin.problem("73513537")).isNull(); // EAN-8
        assertThat(Gtin.problem("036000291452")).isNull(); // UPC-A
        assertThat(Gtin.problem("10012345678902")).isNull(); // GTIN-14
        assertThat(Gtin.problem("400-6381 333931")).isNull();
        assertThat(Gtin.normalize("400-6381 333931")).isEqualTo("4006381333931");
    }

    @Test
    void rejectsWrongCheckDigitsLengthsAndLetters() {
        assertThat(Gtin.problem("4006381333932")).contains("wrong check digit (expected 1)");
        assertThat(Gtin.problem("12345")).contains("has 5 digits");
        assertThat(Gtin.problem("40063813339AB")).contains("digits only");
    }

    @Test
    void computesTheGs1CheckDigit() {
        assertThat(Gtin.checkDigit("400638133393")).isEqualTo(1);
        assertThat(Gtin.checkDigit("7351353")).isEqualTo(7);
    }

    @Test
    void upcAAndEan13WithALeadingZeroAreTheSameGtin14() {
        assertThat(Gtin.toGtin14("036000291452")).isEqualTo("00036000291452");
        assertThat(Gtin.toGtin14("0036000291452")).isEqualTo("00036000291452");
        assertThat(Gtin.toGtin14("73513537")).isEqualTo("00000073513537");
        assertThat(Gtin.toGtin14("4006381333932")).isNull();
        assertThat(Gtin.lookupKey("00036000291452")).isEqualTo("36000291452");
    }

    @Test
    void expandsUpcEToTheUpcAItStandsFor() {
        assertThat(Gtin.expandUpcE("01234565")).isEqualTo("012345000065"); // last digit 5-9: product digit
        assertThat(Gtin.expandUpcE("04252614")).isEqualTo("042100005264"); // last digit 0-2: manufacturer digit
        assertThat(Gtin.expandUpcE("01234531")).isEqualTo("012300000451"); // 3
        assertThat(Gtin.expandUpcE("01234543")).isEqualTo("012340000053"); // 4
        assertThat(Gtin.expandUpcE("01234567")).isNull(); // wrong check digit
        assertThat(Gtin.expandUpcE("21234565")).isNull(); // number system must be 0 or 1
    }

    @Test
    void aCaseGtin14LeadsToTheUnitInside() {
        // indicator 1 on the unit 0 0012345 67890 5: payload changes, so does the check digit
        assertThat(Gtin.baseUnit("10012345678902")).isEqualTo("00012345678905");
        assertThat(Gtin.problem("00012345678905")).isNull();
        assertThat(Gtin.baseUnit("00012345678905")).isNull();
        assertThat(Gtin.baseUnit("90012345678909")).isNull(); // variable measure
    }
}
