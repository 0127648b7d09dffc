/** The admin component that shows a json field of figures as read-only tables (src/components/figures). */
export const FIGURES_FIELD = '/src/components/figures/FiguresField#FiguresField'
/** An audit entry's changes as a Campo / Antes / Después table (FiguresField with `auditChanges`). */
export const AUDIT_CHANGES_FIELD = { path: FIGURES_FIELD, serverProps: { auditChanges: true, emptyText: 'Sin cambios registrados.' } }
