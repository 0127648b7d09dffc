import type { Field } from 'payload'

/**
 * The create view's heading for a collection whose title the server composes on save (its
 * useAsTitle field is computed): "Informe nuevo" instead of Payload's "[Sin título]". A function,
 * so it is no column default; the collection's hook always overwrites it on create.
 */
export const titledWhileNew = (field: Field, heading: string): Field => ({ ...field, defaultValue: () => heading }) as Field
