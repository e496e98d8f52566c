package org.statclaim.output;

import java.util.EnumMap;
import java.util.Map;
import org.statclaim.claim.Claim;
import org.statclaim.quantity.Decimals;
import org.statclaim.quantity.Quantity;
import org.statclaim.text.CodePointCursor;

/** One claim as the text of each column; offsets converted from UTF-16 to code points. */
public final class Row {

    private final Map<Column, String> cells = new EnumMap<>(Column.class);

    private Row() {
    }

    /**
     * Where a claim lies in its whole document when it was extracted from a part of it
     * ({@code text} is then the part): its id and sentence number in the document, the ids
     * its change and comparison refer to (or null), and the code points before the part.
     */
    public record Place(int id, int sentence, Integer changeFrom, Integer comparedWith, int codePointsBefore) {

        /** A claim of a whole document: its own numbers. */
        public static Place of(Claim c) {
            return new Place(c.id(), c.sentence().index(), c.changeFromId(), c.comparedWithId(), 0);
        }
    }

    public static Row of(String docName, String text, Claim c) {
        return of(docName, text, c, new CodePointCursor(text));
    }

    /** As {@link #of(String, String, Claim)}, converting offsets with {@code cursor} (one per text, rows in order). */
    public static Row of(String docName, String text, Claim c, CodePointCursor cursor) {
        return of(docName, text, c, cursor, Place.of(c));
    }

    /** The row of a claim found in {@code text}, numbered as {@code place} says. */
    public static Row of(String docName, String text, Claim c, CodePointCursor cursor, Place place) {
        Row r = new Row();
        Quantity q = c.quantity();
        r.cells.put(Column.DOC, docName);
        r.cells.put(Column.ID, String.valueOf(place.id()));
        r.cells.put(Column.SENTENCE, String.valueOf(place.sentence()));
        r.cells.put(Column.START, String.valueOf(place.codePointsBefore() + cursor.codePoints(q.start())));
        r.cells.put(Column.END, String.valueOf(place.codePointsBefore() + cursor.codePoints(q.end())));
        r.cells.put(Column.MENTION, text.substring(q.start(), q.end()));
        r.cells.put(Column.VALUE, Decimals.format(q.value()));
        r.cells.put(Column.VALUE_MAX, Decimals.format(q.max()));
        r.cells.put(Column.KIND, q.kind().code());
        r.cells.put(Column.UNIT, q.unit());
        r.cells.put(Column.QUALIFIER, q.qualifier().code());
        r.cells.put(Column.TIME, c.time());
        r.cells.put(Column.METRIC, c.metric());
        r.cells.put(Column.SOURCE, c.source());
        r.cells.put(Column.CHANGE_FROM, place.changeFrom() == null ? "" : String.valueOf(place.changeFrom()));
        r.cells.put(Column.COMPARED_WITH, place.comparedWith() == null ? "" : String.valueOf(place.comparedWith()));
        r.cells.put(Column.CONTEXT, c.sentence().text(text));
        r.cells.put(Column.DELTA, Decimals.format(c.delta()));
        r.cells.put(Column.RULE, c.rule());
        r.cells.put(Column.DIRECTION, c.direction());
        if (c.base() != null) {
            r.cells.put(Column.BASE_VALUE, Decimals.format(c.base().value()));
            r.cells.put(Column.BASE_VALUE_MAX, Decimals.format(c.base().max()));
            r.cells.put(Column.BASE_UNIT, c.base().unit());
        }
        return r;
    }

    /**
     * A row from the text of its cells, as another statclaim wrote them (the server's JSON):
     * {@code cell} gives each column's text, "" or null for an empty cell.
     */
    public static Row of(java.util.function.Function<Column, String> cell) {
        Row r = new Row();
        for (Column c : Column.values()) {
            String v = cell.apply(c);
            r.cells.put(c, v == null ? "" : v);
        }
        return r;
    }

    public String get(Column c) {
        return cells.getOrDefault(c, "");
    }
}
