import { FieldDescription, FieldLabel } from '@payloadcms/ui'
import type { JSONFieldServerProps } from 'payload'
import React from 'react'

import { SLUGS } from '@/constants/slugs'
import { figureTables, type FigureNames } from './figureTables'

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

/**
 * A json field of stored figures (an indicator snapshot's, a report's "Cifras") shown read-only as
 * the admin's tables, instead of Payload's code editor (which loads Monaco from a CDN a locked-down
 * network cannot reach). The stored value and the API are unchanged.
 */
export const FiguresField = async (props: JSONFieldServerProps) => {
  const { clientField, path, data } = props
  const name = clientField.name
  const value = (data as Record<string, unknown> | undefined)?.[name]
  const tables = figureTables(value, { branches: await branchNames(value, props) })
  const label = typeof clientField.label === 'string' ? clientField.label : name
  const description = clientField.admin?.description
  return (
    <div className={`field-type figures-field`} id={`field-${(path ?? name).replace(/\./g, '__')}`}>
      <FieldLabel label={label} path={path ?? name} as="span" />
      {tables.length === 0 ? (
        <p className="figures-field__empty">Sin cifras todavía: se calculan al guardar.</p>
      ) : (
        tables.map((table, t) => (
          <div className="table figures-field__table" key={t}>
            <table>
              {table.caption && <caption>{table.caption}</caption>}
              <thead>
                <tr>
                  {table.head.map((h, i) => (
                    <th key={i} scope="col" className={h.numeric ? 'figures-field__num' : undefined}>
                      {h.text}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.length === 0 ? (
                  <tr>
                    <td colSpan={table.head.length}>Sin datos.</td>
                  </tr>
                ) : (
                  table.rows.map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, c) => (
                        <td key={c} className={cell.numeric ? 'figures-field__num' : undefined}>
                          {cell.text}
                        </td>
                      ))}
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
        ))
      )}
      {typeof description === 'string' && <FieldDescription description={description} path={path ?? name} />}
    </div>
  )
}
