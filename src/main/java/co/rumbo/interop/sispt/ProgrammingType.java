package co.rumbo.interop.sispt;

/**
 * How a goal's yearly targets make up its four-year target (progress-rules.md §2). SisPT only says
 * "Acumulativo" or "No acumulativo"; {@link TypeInference} maps that to one of these.
 */
public enum ProgrammingType {
    /** A quantity added up over the years: the four-year target is the sum of the yearly ones. */
    SUMA,
    /** A level kept every year: the yearly targets are equal, and equal to the four-year target. */
    CONSTANTE,
    /** A level rising towards the target: the last yearly target is the four-year target. */
    CRECIENTE,
    /** A level falling towards the target: the last yearly target is the four-year target. */
    DECRECIENTE
}
