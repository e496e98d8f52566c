package org.statclaim.output;

import java.util.Locale;

/**
 * The columns of the claims CSV, in their contract order. New columns go at the end only.
 *
 * <pre>
 * doc,id,sentence,start,end,mention,value,value_max,kind,unit,qualifier,time,metric,source,change_from,compared_with,context,delta,rule
 * samples/002.txt,2,12,1043,1050,2020年的29.1%,29.1,,percent,%,exact,2020,毛利率,,1,,…,-33.8,percent.sign+change.from_to
 * </pre>
 */
public enum Column {
    DOC, ID, SENTENCE, START, END, MENTION, VALUE, VALUE_MAX, KIND, UNIT, QUALIFIER, TIME, METRIC, SOURCE,
    CHANGE_FROM, COMPARED_WITH, CONTEXT, DELTA, RULE;

    /** The header name: {@code value_max}, {@code change_from}... */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the columns that hold numbers (never prefixed by --excel-safe). */
    public boolean numeric() {
        return switch (this) {
            case ID, SENTENCE, START, END, VALUE, VALUE_MAX, CHANGE_FROM, COMPARED_WITH, DELTA -> true;
            default -> false;
        };
    }
}
