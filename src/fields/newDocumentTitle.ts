import type { Field } from 'payload'

/**
 * The create view's heading for a collection whose title the server composes on save (its
 * useAsTitle field is computed): "Informe nuevo" instead of Payload's "[Sin título]". Admin only
 * (NewDocumentTitle): nothing is stored; the saved document is headed by the title its hook composes.
 */
export const titledWhileNew = (field: Field, heading: string): Field => {
  const admin = (field as { admin?: { components?: object } }).admin
  return {
    ...field,
    admin: {
      ...admin,
      components: { ...admin?.components, Field: { path: '/src/components/NewDocumentTitle#NewDocumentTitle', clientProps: { heading } } },
    },
  } as Field
}
