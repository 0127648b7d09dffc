import { TextInput } from '@payloadcms/ui'
import type { CollectionSlug, TextFieldServerProps } from 'payload'
import React from 'react'

/**
 * A read-only field holding a collection's slug (an audit entry's "Colección"), shown as the
 * collection's Spanish name with the slug after it: "Tercero (parties)". The stored value is unchanged.
 */
export const CollectionNameField = (props: TextFieldServerProps) => {
  const { clientField, path, data, req } = props
  const name = clientField.name
  const slug = (data as Record<string, unknown> | undefined)?.[name]
  const singular = typeof slug === 'string' ? req.payload.collections[slug as CollectionSlug]?.config.labels?.singular : undefined
  const value = typeof slug !== 'string' ? '' : typeof singular === 'string' ? `${singular} (${slug})` : slug
  const label = typeof clientField.label === 'string' ? clientField.label : name
  return <TextInput path={path ?? name} label={label} value={value} readOnly required={clientField.required} />
}
