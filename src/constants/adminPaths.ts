/** Paths of the custom admin views, under the admin route (/admin). */
export const ADMIN_VIEWS = {
  arrears: '/cartera',
  worklist: '/lista-de-trabajo',
  indicators: '/indicadores',
} as const
