package co.rumbo.structure;

/** Whether a product goal is financed by the ordinary budget or by the SGR (royalties). */
public enum BudgetKind {
    ORDINARIO,
    SGR
}
