import type { Field } from 'payload'
import { formatLabels } from 'payload/shared'
import { describe, expect, it } from 'vitest'

import configPromise from '@payload-config'

/** Every array field of a field tree, with its path, through groups, rows, collapsibles and tabs. */
const arraysOf = (fields: Field[], prefix: string): { path: string; field: Extract<Field, { type: 'array' }> }[] =>
  fields.flatMap((field) => {
    const path = 'name' in field && field.name ? `${prefix}.${field.name}` : prefix
    if (field.type === 'array') return [{ path, field }, ...arraysOf(field.fields, path)]
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => arraysOf(tab.fields, 'name' in tab && tab.name ? `${prefix}.${tab.name}` : prefix))
    if ('fields' in field && Array.isArray(field.fields)) return arraysOf(field.fields, path)
    return []
  })

/**
 * Issue 14 ("one product in the admin"): an array's rows are titled and added with its singular
 * label ("Dirección 01", "Añadir Dirección"). Without labels Payload makes them from the field's
 * English name ("Address 01", "Añadir Phone").
 */
describe('admin in Spanish: array rows', () => {
  it('every array field of every collection and global has its own singular and plural labels', async () => {
    const config = await configPromise
    // Payload's own collections (jobs, locks, preferences) and hidden fields (sessions) are not shown to anyone.
    const ours = config.collections.filter((c) => !c.slug.startsWith('payload-'))
    const arrays = [
      ...ours.flatMap((c) => arraysOf(c.fields, c.slug)),
      ...config.globals.flatMap((g) => arraysOf(g.fields, g.slug)),
    ].filter(({ field }) => !field.hidden && !field.admin?.hidden && !field.admin?.disabled)
    expect(arrays.length).toBeGreaterThan(10)
    const english = arrays
      .filter(({ field }) => {
        const auto = formatLabels(field.name)
        return !field.labels || field.labels.singular === auto.singular || field.labels.plural === auto.plural
      })
      .map(({ path }) => path)
    expect(english).toEqual([])
  })
})
