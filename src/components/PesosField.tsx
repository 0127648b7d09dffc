'use client'

import { TextInput, useField } from '@payloadcms/ui'
import type { NumberFieldClientComponent } from 'payload'
import React from 'react'

import { formatPesos, isPesos } from '@/rules/money'

/**
 * A pesos field that its config makes read-only (pesosField: a computed amount), shown as people
 * read it: "$ 4.600.000" instead of "4600000". The stored value is the same integer. Editable pesos
 * fields keep Payload's own number field: with this component in a newly added array row, the
 * row's fields often never arrived from the server (a new agreement's obligations).
 */
export const PesosField: NumberFieldClientComponent = (props) => {
  const { field, path: pathFromProps } = props
  const path = pathFromProps ?? field.name
  const { value } = useField<number | null>({ path })
  const style = field.admin?.width ? { flex: `0 1 ${field.admin.width}` } : undefined
  return (
    <TextInput
      className="pesos-field"
      description={field.admin?.description}
      label={field.label}
      path={path}
      readOnly
      style={style}
      value={isPesos(value) ? formatPesos(value) : ''}
    />
  )
}
