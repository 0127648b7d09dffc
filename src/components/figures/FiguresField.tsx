import { FieldDescription, FieldLabel } from '@payloadcms/ui'
import type { CollectionSlug, JSONFieldServerProps } from 'payload'
import React from 'react'

import { SLUGS } from '@/constants/slugs'
import { auditChangeRows, figureTables, type FigureNames } from './figureTables'
import { FigureTableView } from './FigureTableView'

/** The names of the branches the rows name, as the signed-in user may read them. */
const branchNames = async (value: unknown, props: JSONFieldServerProps): Promise<FigureNames['branches']> => {
  const rows = Array.isArray(value) ? value : []
  const ids = [...new Set(rows.map((r) => (r as { branch?: unknown })?.branch).filter((b): b is number => typeof b === 'number'))]
  if (ids.length === 0) return {}
  const { docs } = await props.req.payload.find({
    collection: SLUGS.branches,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: { name: true },
    overrideAccess: false,
    user: props.req.user,
    req: props.req,
  })
  return Object.fromEntries(docs.map((b) => [String(b.id), b.name]))
}

/** A field's label in a collection's config, for an audit entry's changes; its name if it has none. */
const fieldLabels = (props: JSONFieldServerProps, collection: unknown) => {
  const config = typeof collection === 'string' ? props.req.payload.collections[collection as CollectionSlug]?.config : undefined
  const labels = new Map<string, string>((config?.flattenedFields ?? []).map((f) => [f.name, 'label' in f && typeof f.label === 'string' ? f.label : f.name]))
  return (field: string): string => labels.get(field) ?? field
}

/** Tables longer than this open on demand, so a snapshot's page is not all portfolio rows. */
const OPEN_ROWS = 25

/**
 * A json field of stored figures (an indicator snapshot's, a report's "Cifras") shown read-only as
 * the admin's tables, instead of Payload's code editor (which loads Monaco from a CDN a locked-down
 * network cannot reach). The stored value and the API are unchanged.
 * `auditChanges` (an audit entry's changes): one row per changed field, by its label; `emptyText`: what
 * shows while nothing is stored.
 */
export const FiguresField = async (props: JSONFieldServerProps & { auditChanges?: boolean; emptyText?: string }) => {
  const { clientField, path, data, emptyText = 'Sin cifras todavía: se calculan al guardar.' } = props
  const name = clientField.name
  const record = data as Record<string, unknown> | undefined
  const stored = record?.[name]
  const value = props.auditChanges ? auditChangeRows(stored, fieldLabels(props, record?.collectionSlug)) : stored
  const tables = figureTables(value, { branches: await branchNames(value, props) })
  const label = typeof clientField.label === 'string' ? clientField.label : name
  const description = clientField.admin?.description
  return (
    <div className={`field-type figures-field`} id={`field-${(path ?? name).replace(/\./g, '__')}`}>
      <FieldLabel label={label} path={path ?? name} as="span" />
      {tables.length === 0 ? (
        <p className="figures-field__empty">{emptyText}</p>
      ) : (
        tables.map((table, t) =>
          table.rows.length > OPEN_ROWS ? (
            <details className="figures-field__more" key={t}>
              <summary>
                {table.caption ?? label} ({table.rows.length} filas)
              </summary>
              <FigureTableView table={table} />
            </details>
          ) : (
            <FigureTableView table={table} key={t} />
          ),
        )
      )}
      {typeof description === 'string' && <FieldDescription description={description} path={path ?? name} />}
    </div>
  )
}
