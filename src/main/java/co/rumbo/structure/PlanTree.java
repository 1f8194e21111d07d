package co.rumbo.structure;

import java.util.List;

/** The plan as a tree: strategic line → program → product goals (a goal may sit under several lines). */
public record PlanTree(PlanSummary plan, List<LineNode> lines, int goalCount) {

    public record LineNode(String code, String name, List<ProgramNode> programs, int goalCount) {}

    public record ProgramNode(String code, String name, String sectorName, List<GoalSummary> goals) {}
}
