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

    public static Row of(String docName, String text, Claim c) {
        return of(docName, text, c, new CodePointCursor(text));
    }

    /** As {@link #of(String, String, Claim)}, converting offsets with {@code cursor} (one per text, rows in order). */
    public static Row of(String docName, String text, Claim c, CodePointCursor cursor) {
        Row r = new Row();
        Quantity q = c.quantity();
        r.cells.put(Column.DOC, docName);
        r.cells.put(Column.ID, String.valueOf(c.id()));
        r.cells.put(Column.SENTENCE, String.valueOf(c.sentence().index()));
        r.cells.put(Column.START, String.valueOf(cursor.codePoints(q.start())));
        r.cells.put(Column.END, String.valueOf(cursor.codePoints(q.end())));
        r.cells.put(Column.MENTION, text.substring(q.start(), q.end()));
        r.cells.put(Column.VALUE, Decimals.format(q.value()));
        r.cells.put(Column.VALUE_MAX, Decimals.format(q.max()));
        r.cells.put(Column.KIND, q.kind().code());
        r.cells.put(Column.UNIT, q.unit());
        r.cells.put(Column.QUALIFIER, q.qualifier().code());
        r.cells.put(Column.TIME, c.time());
        r.cells.put(Column.METRIC, c.metric());
        r.cells.put(Column.SOURCE, c.source());
        r.cells.put(Column.CHANGE_FROM, c.changeFromId() == null ? "" : String.valueOf(c.changeFromId()));
        r.cells.put(Column.COMPARED_WITH, c.comparedWithId() == null ? "" : String.valueOf(c.comparedWithId()));
        r.cells.put(Column.CONTEXT, c.sentence().text(text));
        r.cells.put(Column.DELTA, Decimals.format(c.delta()));
        r.cells.put(Column.RULE, c.rule());
        return r;
    }

    public String get(Column c) {
        return cells.getOrDefault(c, "");
    }

    /** Sets one cell (ids and offsets of a part of a long document, renumbered for the whole); returns this row. */
    public Row with(Column c, String value) {
        cells.put(c, value);
        return this;
    }
}
