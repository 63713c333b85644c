package io.vitrine.conversation;

import java.util.Locale;
import java.util.Map;

/**
 * The sentences of a drafted answer in each language the assistant writes (en, fr, de, es, it). Placeholders:
 * {subject} ("the Lune Table Lamp in Sage"), {product} (without the variant), {n} (stock left), {price}, {old}
 * (the price before a sale), {link} (": URL", or nothing), {asked} and {list} (a colour or size that does not
 * exist, and those that do), {alt} (the closest variant in stock). Sentences are built to need no grammatical
 * gender, so any product name fits.
 */
final class AnswerPhrases {
    private static final Map<String, Map<String, String>> PHRASES = Map.of(
            "en", Map.ofEntries(
                    Map.entry("subject", "the {product} in {variant}"), Map.entry("subject_plain", "the {product}"),
                    Map.entry("offer", "Here is {subject}, {price}{link}"),
                    Map.entry("yes", "Yes — "),
                    Map.entry("stock_n", "{subject} is in stock ({n} left), {price}{link}"),
                    Map.entry("stock", "{subject} is in stock, {price}{link}"),
                    Map.entry("preorder", "{subject} can be pre-ordered now, {price}{link}"),
                    Map.entry("backorder", "{subject} can be ordered now and ships once it is back in stock, {price}{link}"),
                    Map.entry("sold_out_alt_n", "{subject} is sold out right now, but {alt} is in stock ({n} left), {price}{link}"),
                    Map.entry("sold_out_alt", "{subject} is sold out right now, but {alt} is in stock, {price}{link}"),
                    Map.entry("sold_out", "{subject} is sold out right now, and so are its other versions, sorry."),
                    Map.entry("no_colour", "{product} does not come in {asked}{list}."), Map.entry("colours", "; it comes in {list}"),
                    Map.entry("no_size", "{product} does not come in size {asked}{list}."), Map.entry("sizes", "; sizes: {list}"),
                    Map.entry("price", "{subject} is {price}{old}{link}"), Map.entry("old", " (instead of {old})"),
                    Map.entry("delivery", "Delivery options are on the product page{link}"),
                    Map.entry("link", ": {url}"), Map.entry("and", " and ")),
            "fr", Map.ofEntries(
                    Map.entry("subject", "{product} en {variant}"), Map.entry("subject_plain", "{product}"),
                    Map.entry("offer", "Voici {subject}, {price}{link}"),
                    Map.entry("yes", "Oui — "),
                    Map.entry("stock_n", "{subject} est en stock ({n} disponibles), {price}{link}"),
                    Map.entry("stock", "{subject} est en stock, {price}{link}"),
                    Map.entry("preorder", "{subject} est disponible en précommande, {price}{link}"),
                    Map.entry("backorder", "{subject} peut être commandé dès maintenant, expédié dès son retour en stock, {price}{link}"),
                    Map.entry("sold_out_alt_n", "{subject} est épuisé pour le moment, mais {alt} est en stock ({n} disponibles), {price}{link}"),
                    Map.entry("sold_out_alt", "{subject} est épuisé pour le moment, mais {alt} est en stock, {price}{link}"),
                    Map.entry("sold_out", "{subject} est épuisé pour le moment, comme ses autres versions, désolés."),
                    Map.entry("no_colour", "{product} n'existe pas en {asked}{list}."), Map.entry("colours", " ; coloris : {list}"),
                    Map.entry("no_size", "{product} n'existe pas en taille {asked}{list}."), Map.entry("sizes", " ; tailles : {list}"),
                    Map.entry("price", "{subject} coûte {price}{old}{link}"), Map.entry("old", " (au lieu de {old})"),
                    Map.entry("delivery", "Les options de livraison sont sur la page du produit{link}"),
                    Map.entry("link", " : {url}"), Map.entry("and", " et ")),
            "de", Map.ofEntries(
                    Map.entry("subject", "{product} in {variant}"), Map.entry("subject_plain", "{product}"),
                    Map.entry("offer", "Hier ist {subject}, {price}{link}"),
                    Map.entry("yes", "Ja — "),
                    Map.entry("stock_n", "{subject} ist auf Lager ({n} Stück), {price}{link}"),
                    Map.entry("stock", "{subject} ist auf Lager, {price}{link}"),
                    Map.entry("preorder", "{subject} kann jetzt vorbestellt werden, {price}{link}"),
                    Map.entry("backorder", "{subject} kann jetzt bestellt werden und kommt, sobald wieder verfügbar, {price}{link}"),
                    Map.entry("sold_out_alt_n", "{subject} ist gerade ausverkauft, aber {alt} ist auf Lager ({n} Stück), {price}{link}"),
                    Map.entry("sold_out_alt", "{subject} ist gerade ausverkauft, aber {alt} ist auf Lager, {price}{link}"),
                    Map.entry("sold_out", "{subject} ist gerade ausverkauft, die anderen Varianten leider auch."),
                    Map.entry("no_colour", "{product} gibt es nicht in {asked}{list}."), Map.entry("colours", "; Farben: {list}"),
                    Map.entry("no_size", "{product} gibt es nicht in Größe {asked}{list}."), Map.entry("sizes", "; Größen: {list}"),
                    Map.entry("price", "{subject} kostet {price}{old}{link}"), Map.entry("old", " (statt {old})"),
                    Map.entry("delivery", "Die Lieferoptionen stehen auf der Produktseite{link}"),
                    Map.entry("link", ": {url}"), Map.entry("and", " und ")),
            "es", Map.ofEntries(
                    Map.entry("subject", "{product} en {variant}"), Map.entry("subject_plain", "{product}"),
                    Map.entry("offer", "Aquí tienes {subject}, {price}{link}"),
                    Map.entry("yes", "Sí — "),
                    Map.entry("stock_n", "{subject} está en stock ({n} disponibles), {price}{link}"),
                    Map.entry("stock", "{subject} está en stock, {price}{link}"),
                    Map.entry("preorder", "{subject} se puede reservar ya, {price}{link}"),
                    Map.entry("backorder", "{subject} se puede pedir ya y se envía en cuanto vuelva, {price}{link}"),
                    Map.entry("sold_out_alt_n", "{subject} está agotado ahora mismo, pero {alt} está en stock ({n} disponibles), {price}{link}"),
                    Map.entry("sold_out_alt", "{subject} está agotado ahora mismo, pero {alt} está en stock, {price}{link}"),
                    Map.entry("sold_out", "{subject} está agotado ahora mismo, como sus otras versiones, lo sentimos."),
                    Map.entry("no_colour", "{product} no existe en {asked}{list}."), Map.entry("colours", "; colores: {list}"),
                    Map.entry("no_size", "{product} no existe en talla {asked}{list}."), Map.entry("sizes", "; tallas: {list}"),
                    Map.entry("price", "{subject} cuesta {price}{old}{link}"), Map.entry("old", " (antes {old})"),
                    Map.entry("delivery", "Las opciones de envío están en la página del producto{link}"),
                    Map.entry("link", ": {url}"), Map.entry("and", " y ")),
            "it", Map.ofEntries(
                    Map.entry("subject", "{product} in {variant}"), Map.entry("subject_plain", "{product}"),
                    Map.entry("offer", "Ecco {subject}, {price}{link}"),
                    Map.entry("yes", "Sì — "),
                    Map.entry("stock_n", "{subject} è disponibile ({n} pezzi), {price}{link}"),
                    Map.entry("stock", "{subject} è disponibile, {price}{link}"),
                    Map.entry("preorder", "{subject} si può preordinare ora, {price}{link}"),
                    Map.entry("backorder", "{subject} si può ordinare ora e parte appena torna disponibile, {price}{link}"),
                    Map.entry("sold_out_alt_n", "{subject} è esaurito al momento, ma {alt} è disponibile ({n} pezzi), {price}{link}"),
                    Map.entry("sold_out_alt", "{subject} è esaurito al momento, ma {alt} è disponibile, {price}{link}"),
                    Map.entry("sold_out", "{subject} è esaurito al momento, come le altre versioni, ci dispiace."),
                    Map.entry("no_colour", "{product} non esiste in {asked}{list}."), Map.entry("colours", "; colori: {list}"),
                    Map.entry("no_size", "{product} non esiste in taglia {asked}{list}."), Map.entry("sizes", "; taglie: {list}"),
                    Map.entry("price", "{subject} costa {price}{old}{link}"), Map.entry("old", " (invece di {old})"),
                    Map.entry("delivery", "Le opzioni di spedizione sono sulla pagina del prodotto{link}"),
                    Map.entry("link", ": {url}"), Map.entry("and", " e ")));
    private static final Map<String, Locale> LOCALES = Map.of("en", Locale.UK, "fr", Locale.FRANCE, "de", Locale.GERMANY,
            "es", new Locale("es", "ES"), "it", Locale.ITALY);

    private AnswerPhrases() {
    }

    /** The sentence {@code key} in {@code language} (English when the language is not one the assistant writes). */
    static String get(String language, String key) {
        return PHRASES.getOrDefault(language, PHRASES.get("en")).get(key);
    }

    /** The language answers are written in for a comment in {@code language}. */
    static String writtenIn(String language) {
        return PHRASES.containsKey(language) ? language : "en";
    }

    /** How prices are written in that language ("€71.20", "71,20 €"). */
    static Locale locale(String language) {
        return LOCALES.getOrDefault(language, Locale.UK);
    }
}
