import type { UIField } from 'payload'

/**
 * The document view's heading where Payload would show a placeholder (admin only, nothing stored):
 * `whileNew` on the create view of a collection whose title the server composes on save, and
 * `savedPrefix` + id for a collection titled by its id. See src/components/DocumentHeading.tsx.
 */
export const documentHeading = (whileNew: string, savedPrefix?: string): UIField => ({
  name: 'documentHeading',
  type: 'ui',
  admin: {
    disableListColumn: true,
    components: { Field: { path: '/src/components/DocumentHeading#DocumentHeading', clientProps: { whileNew, savedPrefix } } },
  },
})
