/** The admin component that shows a json field of figures as read-only tables (src/components/figures). */
export const FIGURES_FIELD = '/src/components/figures/FiguresField#FiguresField'
