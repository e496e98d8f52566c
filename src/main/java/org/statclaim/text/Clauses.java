package org.statclaim.text;

/**
 * What a clause is, once for every step: the stretch of a sentence between clause breaks
 * (clauses.txt: ，；： and the sentence ends). Some steps look at a narrower stretch, named here:
 * a {@link Scope#LIST_ITEM} also ends at the list comma 、 (the windows the models see), and a
 * {@link Scope#PHRASE} also at brackets (the phrase a metric is taken from).
 */
public final class Clauses {

    /** How far a clause reaches. */
    public enum Scope {
        /** between clause breaks */
        CLAUSE,
        /** also ends at the list comma (、) */
        LIST_ITEM,
        /** also ends at brackets */
        PHRASE;

        private String breaks;

        /** The characters that end this scope. */
        public String breaks() {
            return breaks;
        }
    }

    private static final Lexicon DATA = Lexicon.load(Clauses.class, "clauses.txt");

    static {
        Scope.CLAUSE.breaks = DATA.chars("clause_break");
        Scope.LIST_ITEM.breaks = Scope.CLAUSE.breaks + DATA.chars("list_break");
        Scope.PHRASE.breaks = Scope.LIST_ITEM.breaks + DATA.chars("bracket");
    }

    private Clauses() {
    }

    /** Whether {@code c} ends a stretch of {@code scope}. */
    public static boolean isBreak(char c, Scope scope) {
        return scope.breaks.indexOf(c) >= 0;
    }

    /** Where the stretch holding {@code pos} starts: after the last break before {@code pos}, not before {@code floor}. */
    public static int start(String text, int pos, int floor, Scope scope) {
        int i = pos - 1;
        while (i >= floor && !isBreak(text.charAt(i), scope)) {
            i--;
        }
        return i + 1;
    }

    /** Where the stretch holding {@code pos} ends: at the first break from {@code pos} on, not after {@code limit}. */
    public static int end(String text, int pos, int limit, Scope scope) {
        int i = pos;
        while (i < limit && !isBreak(text.charAt(i), scope)) {
            i++;
        }
        return i;
    }

    /** Whether {@code text[from,to)} holds a break of {@code scope}. */
    public static boolean hasBreak(String text, int from, int to, Scope scope) {
        for (int i = from; i < to; i++) {
            if (isBreak(text.charAt(i), scope)) {
                return true;
            }
        }
        return false;
    }
}
