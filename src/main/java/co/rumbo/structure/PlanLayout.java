package co.rumbo.structure;

/** DNP's SisPT layout: departments carry one more column ("Fecha de creación del plan"). */
public enum PlanLayout {
    MUNICIPAL,
    DEPARTAMENTAL
}
