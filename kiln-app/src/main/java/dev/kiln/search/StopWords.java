package dev.kiln.search;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words too common to search for, per site language, already folded (no accents). Short lists on
 * purpose: a word missing here only costs index space, a word wrongly here can never be found.
 */
final class StopWords {
    private static final Map<String, String> LISTS = Map.of(
            "en", "a an and are as at be but by for from has have he her his i if in into is it its me my no nor not"
                    + " of on or our she so than that the their them then there these they this those to too us was we"
                    + " were what when where which while who whom why will with would you your yours s t d ll re ve m"
                    + " been being do does did am can could should shall may might must about after before over under"
                    + " again once here all any both each few more most other some such only own same just very",
            "de", "aber als am an auch auf aus bei bin bis bist da dann das dass dem den der des die dies diese dieser"
                    + " dieses doch dort du durch ein eine einem einen einer eines er es fur hat hatte ich ihr ihre im in"
                    + " ist ja jede jedes kann mit nach nicht noch nun nur ob oder sehr sein seine sich sie sind so uber"
                    + " um und uns unser von vor war waren was weil wenn werden wie wir wird wo zu zum zur",
            "fr", "a au aux avec ce ces c d dans de des du elle en et eux il ils je j l la le les leur lui ma mais me"
                    + " meme mes moi mon n ne nos notre nous on ou par pas pour qu que qui s sa se ses son sur ta te tes"
                    + " toi ton tu un une vos votre vous y est sont ete etre avoir ont cette cet",
            "es", "a al algo como con de del el ella ellas ellos en entre era es esa ese eso esta este esto estos fue"
                    + " ha han hay la las le les lo los mas me mi mis muy ni no nos o para pero por que se sin sobre"
                    + " su sus te tu un una uno unos y ya yo");

    private StopWords() {}

    /** {@code en} for {@code en-GB}, {@code de} for {@code de_AT}. */
    static String baseLanguage(String language) {
        String lower = language.toLowerCase(Locale.ROOT);
        int cut = lower.indexOf('-') >= 0 ? lower.indexOf('-') : lower.indexOf('_');
        return cut < 0 ? lower : lower.substring(0, cut);
    }

    /** The stop words of {@code baseLanguage}; none for a language without a list. */
    static Set<String> of(String baseLanguage) {
        String list = LISTS.get(baseLanguage);
        return list == null ? Set.of() : Set.of(list.split(" "));
    }
}
