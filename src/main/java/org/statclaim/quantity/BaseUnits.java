package org.statclaim.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.statclaim.text.ResourceText;

/**
 * A measure in the SI unit of its dimension (base-units.tsv): 三斤 is 1.5 kg, 1.5小时 5400 s,
 * 华氏100度 37.7777777777778 °C. A unit whose size depends on the region (斤, 两, 尺) takes the
 * document's region, named by the currency a bare 元 takes there (TWD: Taiwan, HKD and MOP: Hong
 * Kong and Macau, else the mainland). Units without a fixed conversion (年, 个月, 度) have none.
 *
 * <p>Values are exact decimals; a factor that is a fraction (1/3 m for the mainland 尺) rounds
 * like every non-terminating quotient, to 15 significant digits.
 */
public final class BaseUnits {

    /** A value and its upper bound (or null) in {@code unit}. */
    public record Base(BigDecimal value, BigDecimal max, String unit) {
    }

    /**
     * One row of base-units.tsv: base = (value + shift) * numerator / denominator, for
     * quantities of rules other than those {@code except} matches.
     */
    public record Conversion(String unit, BigDecimal numerator, BigDecimal denominator, BigDecimal shift, String base,
                             String region, Pattern except, String example, String expected) {

        BigDecimal apply(BigDecimal v) {
            return v == null ? null : Decimals.divide(v.add(shift).multiply(numerator), denominator);
        }
    }

    /** The region whose units hold everywhere unless a region of its own lists the unit. */
    public static final String EVERYWHERE = "*";
    /** The factor of a unit listed as having no fixed conversion. */
    static final String NONE = "-";
    /** The region of a document whose currency the region lines do not name. */
    private static final String DEFAULT_REGION = "CN";
    private static final Set<String> BASES = Set.of("kg", "m", "m2", "m3", "s", "W", "J", "Hz", "°C");

    private static final BaseUnits STANDARD = new BaseUnits(ResourceText.tsv(BaseUnits.class, "base-units.tsv"));

    /** unit -> region -> conversion */
    private final Map<String, Map<String, Conversion>> byUnit = new HashMap<>();
    private final List<Conversion> conversions = new ArrayList<>();
    private final Map<String, String> regionOfCurrency = new HashMap<>();
    private final List<String> withoutConversion = new ArrayList<>();

    private BaseUnits(List<String[]> rows) {
        for (String[] r : rows) {
            if (r[0].equals("@region")) {
                regionOfCurrency.put(r[1], r[2]);
                continue;
            }
            if (r.length >= 2 && r[1].equals(NONE)) {
                withoutConversion.add(r[0]);
                continue;
            }
            if (r.length < 5) {
                throw new IllegalArgumentException("base-units.tsv: a row needs unit, factor, base, region, example: " + String.join(" | ", r));
            }
            if (!BASES.contains(r[2])) {
                throw new IllegalArgumentException("base-units.tsv: " + r[2] + " is no base unit of the contract (" + BASES + ")");
            }
            String[] shiftAndFactor = r[1].split("\\s+");
            String factor = shiftAndFactor[0];
            BigDecimal shift = shiftAndFactor.length > 1 ? new BigDecimal(shiftAndFactor[1]) : BigDecimal.ZERO;
            int slash = factor.indexOf('/');
            BigDecimal num = new BigDecimal(slash < 0 ? factor : factor.substring(0, slash));
            BigDecimal den = slash < 0 ? BigDecimal.ONE : new BigDecimal(factor.substring(slash + 1));
            String[] ex = r[4].split("=>");
            if (ex.length != 2) {
                throw new IllegalArgumentException("base-units.tsv: example of " + r[0] + " is not TEXT => BASE VALUE: " + r[4]);
            }
            Pattern except = r.length > 5 && !r[5].isEmpty() ? Pattern.compile(r[5]) : null;
            Conversion c = new Conversion(r[0], num, den, shift, r[2], r[3], except, ex[0].strip(), ex[1].strip());
            if (byUnit.computeIfAbsent(r[0], k -> new HashMap<>()).put(r[3], c) != null) {
                throw new IllegalArgumentException("base-units.tsv: " + r[0] + " listed twice for region " + r[3]);
            }
            conversions.add(c);
        }
    }

    public static BaseUnits standard() {
        return STANDARD;
    }

    /** Every conversion, in file order (for the test that replays their examples). */
    public List<Conversion> conversions() {
        return conversions;
    }

    /** The units listed as having no fixed conversion. */
    public List<String> withoutConversion() {
        return withoutConversion;
    }

    /** The region of a document whose bare 元 is {@code currency}: TW, HK, or CN for any other. */
    public String region(String currency) {
        return currency == null ? DEFAULT_REGION : regionOfCurrency.getOrDefault(currency, DEFAULT_REGION);
    }

    /**
     * {@code q} in its base unit, or null: only measures in a unit with a fixed conversion.
     * {@code region} (TW, HK, CN) is asked only for a unit whose size depends on it.
     */
    public Base of(Quantity q, Supplier<String> region) {
        if (q.kind() != Kind.MEASURE || q.value() == null) {
            return null;
        }
        Map<String, Conversion> regions = byUnit.get(q.unit());
        if (regions == null) {
            return null;
        }
        Conversion c = regions.size() == 1 && regions.containsKey(EVERYWHERE) ? regions.get(EVERYWHERE)
                : regions.getOrDefault(region.get(), regions.get(EVERYWHERE));
        if (c == null || c.except() != null && c.except().matcher(q.rule()).find()) {
            return null;
        }
        return new Base(c.apply(q.value()), c.apply(q.max()), c.base());
    }

    /**
     * How many {@code small} make one {@code big} in {@code region} (斤 and 两: 10 on the mainland, 16 in
     * Taiwan and Hong Kong; 公斤 and 克: 1000), a whole number; null when either has no fixed conversion,
     * they measure different things or the ratio is no whole number.
     */
    public BigDecimal ratio(String big, String small, String region) {
        Conversion b = conversion(big, region);
        Conversion s = conversion(small, region);
        if (b == null || s == null || !b.base().equals(s.base()) || b.shift().signum() != 0 || s.shift().signum() != 0) {
            return null;
        }
        BigDecimal r = b.apply(BigDecimal.ONE).divide(s.apply(BigDecimal.ONE), Decimals.DIVISION);
        BigDecimal whole = r.setScale(0, java.math.RoundingMode.HALF_UP);
        return r.subtract(whole).abs().compareTo(new BigDecimal("1e-9")) <= 0 ? whole : null;
    }

    private Conversion conversion(String unit, String region) {
        Map<String, Conversion> regions = unit == null ? null : byUnit.get(unit);
        if (regions == null) {
            return null;
        }
        return regions.size() == 1 && regions.containsKey(EVERYWHERE) ? regions.get(EVERYWHERE)
                : regions.getOrDefault(region, regions.get(EVERYWHERE));
    }

    /** {@code q} in its base unit as {@link #of(Quantity, Supplier)}, for a region known already. */
    public Base of(Quantity q, String region) {
        return of(q, () -> region);
    }
}
