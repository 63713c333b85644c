package io.vitrine.platform.sim;

import java.util.List;
import java.util.Map;

/**
 * The audience's words, per language (en, fr, de, es, it): remarks, thanks, and questions per attribute, with
 * {@code {product}}, {@code {colour}}, {@code {size}} and {@code {country}} to fill in. Questions come "named"
 * (they say which product) or plain ("is this in stock?": the item is the one the publication shows).
 */
final class VoicePhrases {
    private static final Map<String, List<String>> REMARKS = Map.of(
            "en", List.of("Love this!", "Gorgeous colour", "Bought one last week, very happy", "Wow 😍", "Too pricey for me",
                    "The second one is better", "Looks cheap, sorry"),
            "fr", List.of("J'adore !", "Magnifique couleur", "Acheté la semaine dernière, ravie", "Trop beau 😍", "Un peu cher"),
            "de", List.of("Wunderschön!", "Tolle Farbe", "Letzte Woche gekauft, super zufrieden", "Zu teuer für mich"),
            "es", List.of("¡Me encanta!", "Qué color tan bonito", "Lo compré la semana pasada, genial"),
            "it", List.of("Lo adoro!", "Che bel colore", "Comprato la settimana scorsa, felicissima"));
    private static final Map<String, List<String>> THANKS = Map.of(
            "en", List.of("Thanks, just ordered!", "Perfect, thank you!"),
            "fr", List.of("Merci, commandé !", "Parfait, merci !"),
            "de", List.of("Danke, gerade bestellt!", "Super, danke!"),
            "es", List.of("¡Gracias, ya lo pedí!", "¡Perfecto, gracias!"),
            "it", List.of("Grazie, ordinato!", "Perfetto, grazie!"));
    private static final Map<String, List<String>> COUNTRIES = Map.of(
            "en", List.of("Germany", "Canada", "Ireland"), "fr", List.of("Belgique", "Suisse", "Allemagne"),
            "de", List.of("Österreich", "die Schweiz", "Frankreich"), "es", List.of("Portugal", "Francia"),
            "it", List.of("Svizzera", "Francia"));
    /** Language → attribute → [named questions, plain questions]. */
    private static final Map<String, Map<String, List<List<String>>>> QUESTIONS = Map.of(
            "en", Map.of(
                    "STOCK", List.of(List.of("Is the {product} still in stock?", "Any {product} left?"),
                            List.of("Is this still in stock?", "Still available?")),
                    "COLOUR", List.of(List.of("Do you have the {product} in {colour}?", "Does the {product} come in {colour}?"),
                            List.of("Do you have it in {colour}?", "Is this available in {colour}?")),
                    "SIZE", List.of(List.of("Do you have the {product} in size {size}?"),
                            List.of("Is this available in {size}?", "Do you have it in size {size}?")),
                    "PRICE", List.of(List.of("How much is the {product}?"), List.of("Price?", "How much?")),
                    "DELIVERY", List.of(List.of("Can you ship the {product} to {country}?"),
                            List.of("Do you ship to {country}?", "How long is delivery?"))),
            "fr", Map.of(
                    "STOCK", List.of(List.of("{product} : encore en stock ?", "Il reste des {product} ?"),
                            List.of("C'est encore en stock ?", "Toujours disponible ?")),
                    "COLOUR", List.of(List.of("Vous avez {product} en {colour} ?"),
                            List.of("Vous l'avez en {colour} ?", "Ça existe en {colour} ?")),
                    "SIZE", List.of(List.of("Vous avez {product} en taille {size} ?"),
                            List.of("Disponible en {size} ?", "Vous avez la taille {size} ?")),
                    "PRICE", List.of(List.of("Combien coûte {product} ?"), List.of("Prix ?", "C'est combien ?")),
                    "DELIVERY", List.of(List.of("Vous livrez {product} en {country} ?"),
                            List.of("Vous livrez en {country} ?", "Quel délai de livraison ?"))),
            "de", Map.of(
                    "STOCK", List.of(List.of("{product} noch auf Lager?", "Gibt es {product} noch?"),
                            List.of("Noch auf Lager?", "Ist das noch verfügbar?")),
                    "COLOUR", List.of(List.of("Gibt es {product} in {colour}?"),
                            List.of("Gibt es das in {colour}?", "Habt ihr das in {colour}?")),
                    "SIZE", List.of(List.of("Gibt es {product} in Größe {size}?"),
                            List.of("Gibt es das in Größe {size}?", "Ist {size} verfügbar?")),
                    "PRICE", List.of(List.of("Was kostet {product}?"), List.of("Preis?", "Was kostet das?")),
                    "DELIVERY", List.of(List.of("Liefert ihr {product} nach {country}?"),
                            List.of("Liefert ihr nach {country}?", "Wie lange dauert die Lieferung?"))),
            "es", Map.of(
                    "STOCK", List.of(List.of("¿{product} sigue en stock?"), List.of("¿Sigue disponible?", "¿Hay stock?")),
                    "COLOUR", List.of(List.of("¿Tenéis {product} en {colour}?"), List.of("¿Lo tenéis en {colour}?")),
                    "SIZE", List.of(List.of("¿Tenéis {product} en talla {size}?"), List.of("¿Hay talla {size}?")),
                    "PRICE", List.of(List.of("¿Cuánto cuesta {product}?"), List.of("¿Precio?")),
                    "DELIVERY", List.of(List.of("¿Enviáis {product} a {country}?"), List.of("¿Enviáis a {country}?"))),
            "it", Map.of(
                    "STOCK", List.of(List.of("{product} è ancora disponibile?"), List.of("Ancora disponibile?")),
                    "COLOUR", List.of(List.of("Avete {product} in {colour}?"), List.of("Ce l'avete in {colour}?")),
                    "SIZE", List.of(List.of("Avete {product} in taglia {size}?"), List.of("C'è la taglia {size}?")),
                    "PRICE", List.of(List.of("Quanto costa {product}?"), List.of("Prezzo?")),
                    "DELIVERY", List.of(List.of("Spedite {product} in {country}?"), List.of("Spedite in {country}?"))));

    private VoicePhrases() {
    }

    static List<String> remarks(String language) {
        return REMARKS.getOrDefault(language, REMARKS.get("en"));
    }

    static List<String> thanks(String language) {
        return THANKS.getOrDefault(language, THANKS.get("en"));
    }

    static List<String> countries(String language) {
        return COUNTRIES.getOrDefault(language, COUNTRIES.get("en"));
    }

    static List<String> questions(String language, String attribute, boolean named) {
        List<List<String>> forms = QUESTIONS.getOrDefault(language, QUESTIONS.get("en")).get(attribute);
        return forms.get(named ? 0 : 1);
    }
}
