package de.auditbot.nlp.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups the key nouns and verbs of commands into a few cues ("pdf", "Bericht", "weiterleiten",
 * "export" are all a document to pass on), so that the intent model learns one feature from many
 * synonyms instead of each word from the few lines it appears in. Tokens are normalized (lower
 * case, umlauts folded) and matched by their beginning, which covers inflections and compounds
 * ("berichte", "Weiterleitung"); a word ending in "$" must match whole ("weiter", not
 * "Weiterentwicklung"). A cue is a hint, not a decision: the model weighs it.
 */
final class IntentCues {

    private static final Map<String, List<String>> CUES = Map.ofEntries(
            Map.entry("document", List.of("bericht", "report", "pdf", "dokument", "document", "export", "weiterleit",
                    "forward", "ausdruck", "druck", "print", "datei", "file", "markdown", "html", "download", "herunterlad",
                    "mail", "verschick", "share", "teilen", "akte", "wiki")),
            Map.entry("reader", List.of("leitung", "chef", "boss", "manager", "management", "referatsleit", "amtsleit",
                    "lenkung", "steuerung", "steering", "vorgesetzt")),
            Map.entry("past", List.of("verlauf", "histor", "frueher", "damal", "bisherig", "vorig", "vorherig", "letzte",
                    "vergangen", "previous", "past", "earlier", "last", "trend", "entwickelt$", "entwickeln$", "vergleich",
                    "compar", "verbessert", "improv", "veraendert", "changed", "seit$", "since", "quartal", "ago$")),
            Map.entry("score", List.of("ergebnis", "result", "punkt", "score", "bewertung", "auswertung", "note", "ampel",
                    "abschneid", "schneid", "outcome", "resultat", "rating")),
            Map.entry("progress", List.of("fortschritt", "progress", "weit$", "uebrig", "left$", "fertig", "done$",
                    "haelfte", "remaining", "geschafft", "wieviel", "durch$", "lange$")),
            Map.entry("later", List.of("paus", "spaeter", "later", "unterbrech", "anhalt", "morgen", "tomorrow", "termin$",
                    "meeting", "break", "schluss", "andermal", "vertag", "feierabend", "los$", "weg$", "leave")),
            Map.entry("again", List.of("weiter$", "weitermach", "fortsetz", "fortfahr", "continue", "wieder$", "resume",
                    "aufgehoert", "stehengeblieb", "faden", "carry", "vorbei")),
            Map.entry("erase", List.of("loesch", "delete", "entfern", "remove", "erase", "wipe", "vergess", "forget",
                    "dsgvo", "gdpr", "gespeichert", "stored")),
            Map.entry("reason", List.of("warum", "wieso", "weshalb", "why", "woher", "begruend", "reason", "zustande")),
            Map.entry("item", List.of("frage", "question", "naechst", "next", "folgend")),
            Map.entry("skip", List.of("ueberspr", "skip", "auslass", "zurueckstell", "schieb", "hinten$", "uebergeh",
                    "pass$", "aufschieb")),
            Map.entry("undo", List.of("back$", "korrig", "aender", "undo", "vertan", "falsch", "wrong",
                    "mistake", "verklickt", "vertipp", "change")),
            Map.entry("stop", List.of("abbrech", "abbruch", "cancel", "abort", "verwerf", "beend", "quit", "aufhoer",
                    "stop", "aussteig")),
            Map.entry("start", List.of("starte$", "starten$", "startet$", "beginn", "anfang", "anfangen",
                    "loslegen", "begin", "durchgeh")),
            Map.entry("checkin", List.of("check", "sprint", "retro")),
            Map.entry("greet", List.of("hallo", "moin", "servus", "hi$", "hey$", "hello", "guten$", "danke", "thank",
                    "tschues", "bye", "ciao", "gruess", "cheers")),
            Map.entry("help", List.of("hilf", "help", "anleit", "befehl", "command", "funktionier", "bedien", "option",
                    "moeglichkeit")),
            Map.entry("request", List.of("bitte", "please", "kannst", "koennt", "can$", "could", "lass$", "let",
                    "mach$", "zeig", "show", "gib$", "give")));

    /** Cue per whole word (the "$" entries) and per word beginning; where two cues share a key, the first by name. */
    private static final Map<String, String> WHOLE = flatten(true);
    private static final PrefixCues PREFIXES = new PrefixCues(oneCueEach(flatten(false)));

    private IntentCues() {
    }

    /** Adds one "cue=..." feature per cue the tokens hit, in a fixed order. */
    static void add(List<String> tokens, List<String> features) {
        Set<String> hit = new TreeSet<>();
        for (String token : tokens) {
            String whole = WHOLE.get(token);
            if (whole != null) {
                hit.add(whole);
            }
            PREFIXES.addCuesOf(token, hit);
        }
        hit.forEach(cue -> features.add("cue=" + cue));
    }

    private static Map<String, String> flatten(boolean wholeWords) {
        Map<String, String> flat = new HashMap<>();
        CUES.forEach((cue, keys) -> keys.stream().filter(key -> key.endsWith("$") == wholeWords)
                .map(key -> wholeWords ? key.substring(0, key.length() - 1) : key)
                .forEach(key -> flat.merge(key, cue, (a, b) -> a.compareTo(b) < 0 ? a : b)));
        return Map.copyOf(flat);
    }

    private static Map<String, Set<String>> oneCueEach(Map<String, String> cues) {
        Map<String, Set<String>> sets = new HashMap<>();
        cues.forEach((key, cue) -> sets.put(key, Set.of(cue)));
        return sets;
    }
}
