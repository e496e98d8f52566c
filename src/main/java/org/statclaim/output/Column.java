package org.statclaim.output;

import java.util.Locale;

/**
 * The columns of the claims CSV, in their contract order. New columns go at the end only.
 *
 * <pre>
 * doc,id,sentence,start,end,mention,value,value_max,kind,unit,qualifier,time,metric,source,change_from,compared_with,context,delta,rule,direction,base_value,base_value_max,base_unit
 * samples/002.txt,2,12,1043,1050,2020年的29.1%,29.1,,percent,%,exact,2020,毛利率,,1,,…,-33.8,percent.sign+change.from_to,,,,
 * x.txt,1,1,4,7,三斤,3,,measure,斤,exact,,,,,,…,,measure.unit,,1.5,,kg
 * </pre>
 */
public enum Column {
    DOC, ID, SENTENCE, START, END, MENTION, VALUE, VALUE_MAX, KIND, UNIT, QUALIFIER, TIME, METRIC, SOURCE,
    CHANGE_FROM, COMPARED_WITH, CONTEXT, DELTA, RULE, DIRECTION, BASE_VALUE, BASE_VALUE_MAX, BASE_UNIT;

    /** The header name: {@code value_max}, {@code change_from}... */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The column whose header is {@code name} in any case ({@code value_max}, {@code MENTION}), or null. */
    public static Column byHeader(String name) {
        for (Column c : values()) {
            if (c.header().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return null;
    }

    /** True for the columns that hold numbers (never prefixed by --excel-safe). */
    public boolean numeric() {
        return switch (this) {
            case ID, SENTENCE, START, END, VALUE, VALUE_MAX, CHANGE_FROM, COMPARED_WITH, DELTA, BASE_VALUE, BASE_VALUE_MAX -> true;
            default -> false;
        };
    }
}
