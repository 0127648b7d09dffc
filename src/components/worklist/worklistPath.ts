/** Where "Mi lista de trabajo" lives under the admin route (payload.config.ts registers the view). */
export const WORKLIST_PATH = '/lista-de-trabajo'
