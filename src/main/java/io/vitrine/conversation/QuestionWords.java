package io.vitrine.conversation;

import java.util.List;
import java.util.Map;

/**
 * The words that give a question away, in the shop languages the assistant reads (en, fr, de, es, it), folded
 * (lower case, no accents) as {@link Words} makes them: what each attribute is asked with, the words that start a
 * question, the small words that tell the languages apart, and colour names in other languages.
 */
final class QuestionWords {
    static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it");

    /** Attribute → words or phrases (space-separated) that ask about it, any language. */
    static final Map<Asked, List<String>> ASKED = Map.of(
            Asked.STOCK, List.of("stock", "in stock", "available", "availability", "left", "sold out", "restock",
                    "dispo", "disponible", "disponibles", "reste", "rupture", "lager", "verfugbar", "vorratig",
                    "ausverkauft", "queda", "quedan", "agotado", "disponibile", "esaurito", "magazzino"),
            Asked.COLOUR, List.of("colour", "color", "colours", "colors", "shade", "couleur", "couleurs", "coloris",
                    "teinte", "farbe", "farben", "colores", "colore", "colori"),
            Asked.SIZE, List.of("size", "sizes", "fit", "dimensions", "measurements", "taille", "tailles", "pointure",
                    "grosse", "grossen", "masse", "talla", "tallas", "tamano", "medidas", "taglia", "taglie", "misura",
                    "misure"),
            Asked.PRICE, List.of("price", "cost", "how much", "prix", "combien", "coute", "tarif", "preis", "kostet",
                    "kosten", "precio", "cuanto", "cuesta", "prezzo", "quanto", "costa"),
            Asked.DELIVERY, List.of("ship", "shipping", "deliver", "delivery", "postage", "arrive", "livrez", "livraison",
                    "livrer", "livre", "expedition", "envoyez", "liefert", "lieferung", "liefern", "versand", "versendet",
                    "envio", "enviais", "envian", "entrega", "spedite", "spedizione", "consegna"));

    /** Words that start a question. */
    static final List<String> QUESTION_STARTS = List.of("is", "are", "do", "does", "can", "could", "how", "what", "when",
            "where", "which", "any", "est", "avez", "vous", "combien", "quand", "ou", "quel", "quelle", "gibt", "habt",
            "haben", "ist", "wie", "wann", "wo", "welche", "was", "tienen", "teneis", "hay", "cuanto", "cuando", "donde",
            "avete", "quanto", "quando", "dove", "ce");

    /** Small words typical of each language, to tell which one a comment is in. */
    static final Map<String, List<String>> MARKERS = Map.of(
            "en", List.of("the", "is", "do", "you", "have", "it", "this", "any", "how", "still", "in", "much", "ship"),
            "fr", List.of("le", "la", "les", "vous", "est", "en", "des", "avez", "combien", "c", "encore", "il", "ca", "livrez"),
            "de", List.of("der", "die", "das", "ist", "es", "gibt", "ihr", "noch", "habt", "was", "auf", "in", "nach", "kostet"),
            "es", List.of("el", "la", "los", "teneis", "hay", "cuanto", "lo", "sigue", "en", "talla", "enviais"),
            "it", List.of("il", "la", "avete", "ce", "quanto", "ancora", "in", "taglia", "spedite", "costa"));

    /** Colour names in fr, de, es, it → the English name catalogs mostly use; plus common English names. */
    static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("bleu", "blue"), Map.entry("blau", "blue"), Map.entry("azul", "blue"), Map.entry("blu", "blue"),
            Map.entry("vert", "green"), Map.entry("grun", "green"), Map.entry("verde", "green"),
            Map.entry("noir", "black"), Map.entry("schwarz", "black"), Map.entry("negro", "black"), Map.entry("nero", "black"),
            Map.entry("blanc", "white"), Map.entry("weiss", "white"), Map.entry("blanco", "white"), Map.entry("bianco", "white"),
            Map.entry("gris", "grey"), Map.entry("grau", "grey"), Map.entry("grigio", "grey"), Map.entry("gray", "grey"),
            Map.entry("rouge", "red"), Map.entry("rot", "red"), Map.entry("rojo", "red"), Map.entry("rosso", "red"),
            Map.entry("rose", "pink"), Map.entry("rosa", "pink"), Map.entry("jaune", "yellow"), Map.entry("gelb", "yellow"),
            Map.entry("amarillo", "yellow"), Map.entry("giallo", "yellow"), Map.entry("ambre", "amber"),
            Map.entry("bernstein", "amber"), Map.entry("marine", "navy"), Map.entry("olive", "olive"),
            Map.entry("sauge", "sage"), Map.entry("salbei", "sage"), Map.entry("ivoire", "ivory"), Map.entry("elfenbein", "ivory"),
            Map.entry("moutarde", "mustard"), Map.entry("senf", "mustard"));
    static final List<String> COMMON_COLOURS = List.of("amber", "navy", "olive", "mustard", "blue", "green", "red", "black",
            "white", "grey", "pink", "yellow", "orange", "purple", "brown", "beige", "gold", "silver", "cream", "blush",
            "sage", "ivory", "rust", "ochre", "teal", "charcoal", "sand", "terracotta");

    /** Words that never name a product (greetings, feelings, fillers), any language. */
    static final List<String> FILLERS = List.of("love", "like", "want", "need", "please", "thanks", "thank", "hello",
            "gorgeous", "beautiful", "nice", "cute", "really", "just", "also", "would", "could", "one", "them", "they",
            "get", "buy", "order", "want", "version", "model", "bonjour", "merci", "svp", "joli", "jolie", "magnifique",
            "voudrais", "hallo", "danke", "bitte", "schon", "hola", "gracias", "ciao", "grazie", "existe", "existiert",
            "modele", "version", "tenez", "avez", "teneis", "tienen", "avete", "habt", "haben", "vous", "ihr");

    /** Clothing and shoe sizes as people write them ("in M?", "size 42L"). */
    static final String SIZE_TOKEN = "(xxs|xs|s|m|l|xl|xxl|xxxl|\\d{2,3}[a-z]?)";

    private QuestionWords() {
    }
}
