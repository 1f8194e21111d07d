package co.rumbo.interop.dnp;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Checks shared by the yearly records of this package. */
final class DnpYears {

    private DnpYears() {}

    static void requirePlausible(int year) {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("Implausible year: " + year);
        }
    }

    /** An unmodifiable sorted copy, rejecting null keys and values (absent means blank). */
    static SortedMap<Integer, BigDecimal> copyOf(Map<Integer, BigDecimal> byYear) {
        if (byYear == null) {
            return Collections.emptySortedMap();
        }
        TreeMap<Integer, BigDecimal> copy = new TreeMap<>();
        byYear.forEach((year, value) -> {
            requirePlausible(year);
            if (value == null) {
                throw new IllegalArgumentException("Leave a blank year out instead of mapping it to null");
            }
            copy.put(year, value);
        });
        return Collections.unmodifiableSortedMap(copy);
    }
}
