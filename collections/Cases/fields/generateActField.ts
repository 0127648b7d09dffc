import type { Field } from 'payload'

/** Issue 11: the "Generar acto" control in the case's sidebar (src/components/acts/GenerateActField). */
export const generateActField: Field = {
  name: 'generateAct',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/src/components/acts/GenerateActField#GenerateActField' } },
}
