package org.statclaim.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.statclaim.quantity.BaseUnits;

/**
 * Gives each measure in a unit with a fixed conversion its value in the SI unit of its
 * dimension (quantity/base-units.tsv): 三斤 → 1.5 kg, 1.5小时 → 5400 s. A unit whose size
 * depends on the region (斤, 两, 尺) takes the document's region, as a bare 元 takes its
 * currency; the region is looked up only when such a unit occurs.
 */
final class BaseUnitStep implements ClaimStep {

    private final BaseUnits units = BaseUnits.standard();

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.QUANTITIES);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.BASE_UNIT);
    }

    @Override
    public List<Claim> apply(DocumentState doc, List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            BaseUnits.Base b = units.of(c.quantity(), () -> units.region(doc.currency()));
            out.add(b == null ? c : c.withBase(b));
        }
        return out;
    }
}
