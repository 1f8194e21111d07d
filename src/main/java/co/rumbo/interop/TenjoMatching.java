package co.rumbo.interop;

import co.rumbo.interop.tenjo.TenjoGoalRow;
import co.rumbo.structure.GoalSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs Tenjo's workbook rows with the plan's SisPT goals. Tenjo numbers its goals 1 to 331 in the
 * order of SisPT's consecutive codes (IP-1, IP-2, … taken numerically; not the SisPT file's row
 * order): the i-th goal by IP number is Tenjo's goal i. Each pair is checked by BPIN (all 331 agree);
 * a differing MGA product code is only a warning, since Tenjo's code column is shifted by one row for
 * goals 248 to 325.
 */
final class TenjoMatching {

    private static final Pattern IP_NUMBER = Pattern.compile("(?i)IP-(\\d+)");

    private TenjoMatching() {}

    record Pair(TenjoGoalRow row, GoalSummary goal, boolean productCodeDiffers) {}

    record Result(List<Pair> pairs, int productCodeMismatches, List<String> warnings) {
        Result {
            pairs = List.copyOf(pairs);
            warnings = List.copyOf(warnings);
        }
    }

    /** @param goals the plan's ordinary-budget goals, in any order */
    static Result match(List<TenjoGoalRow> rows, List<GoalSummary> goals) {
        List<String> warnings = new ArrayList<>();
        List<GoalSummary> byIp = new ArrayList<>();
        for (GoalSummary goal : goals) {
            if (ipNumber(goal.sisptCode()).isPresent()) {
                byIp.add(goal);
            } else {
                warnings.add(
                        "La meta " + goal.sisptCode() + " del plan no tiene un consecutivo «IP-n»: no se empareja.");
            }
        }
        byIp.sort(Comparator.comparingInt(g -> ipNumber(g.sisptCode()).getAsInt()));
        List<TenjoGoalRow> byNumber = new ArrayList<>(rows);
        byNumber.sort(Comparator.comparingInt(TenjoMatching::goalNumber));
        if (byNumber.size() != byIp.size()) {
            warnings.add("El libro de Tenjo tiene " + byNumber.size() + " metas y el plan " + byIp.size()
                    + "; se emparejan las primeras " + Math.min(byNumber.size(), byIp.size()) + ".");
        }
        List<Pair> pairs = new ArrayList<>();
        int productMismatches = 0;
        for (int i = 0; i < Math.min(byNumber.size(), byIp.size()); i++) {
            TenjoGoalRow row = byNumber.get(i);
            GoalSummary goal = byIp.get(i);
            String where = "Meta " + row.goal().goalNumber() + " de Tenjo (fila " + row.rowNumber() + ") ↔ "
                    + goal.sisptCode();
            String bpin = row.goal().bpin();
            if (bpin == null || !goal.bpins().contains(bpin)) {
                warnings.add(where + ": el BPIN no coincide (Tenjo " + (bpin == null ? "sin BPIN" : bpin) + ", SisPT "
                        + (goal.bpins().isEmpty() ? "sin BPIN" : String.join(", ", goal.bpins()))
                        + "); no se cargan sus valores.");
                continue;
            }
            boolean productDiffers = !Objects.equals(row.goal().productCode(), productCode(goal));
            if (productDiffers) {
                productMismatches++;
                warnings.add(where + ": el código de producto MGA difiere (Tenjo "
                        + row.goal().productCode() + ", SisPT " + productCode(goal)
                        + "); se empareja por el orden y el BPIN.");
            }
            pairs.add(new Pair(row, goal, productDiffers));
        }
        return new Result(pairs, productMismatches, warnings);
    }

    /**
     * The goal's MGA product code: the first 7 digits of its 9-digit MGA indicator code (320400100 is
     * an indicator of product 3204001), which is what the plan's goal summary carries.
     */
    static String productCode(GoalSummary goal) {
        String indicator = goal.indicatorCode();
        return indicator == null || indicator.length() < 7 ? null : indicator.substring(0, 7);
    }

    static OptionalInt ipNumber(String code) {
        Matcher m = IP_NUMBER.matcher(code == null ? "" : code.strip());
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    private static int goalNumber(TenjoGoalRow row) {
        try {
            return Integer.parseInt(row.goal().goalNumber().strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE; // a goal without a plain number goes last, and is reported by its pair
        }
    }
}
