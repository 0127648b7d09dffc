import Link from 'next/link'
import React from 'react'

import type { DeadlineFlag } from '@/rules/cases/caseDeadlines'
import { DEADLINE_FLAG, DEADLINE_FLAGS } from '@/rules/cases/caseOptions'
import { formatLegalDate } from './formatLegalDate'

const FLAG_COLORS: Record<DeadlineFlag, string> = {
  [DEADLINE_FLAG.overdue]: 'var(--theme-error-500)',
  [DEADLINE_FLAG.dueSoon]: 'var(--theme-warning-500)',
  [DEADLINE_FLAG.onTime]: 'var(--theme-success-500)',
}

const flagLabel = (flag: DeadlineFlag) => DEADLINE_FLAGS.find((o) => o.value === flag)?.label ?? flag

const cell: React.CSSProperties = { padding: '0.5rem 0.75rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' }

/** One line of a worklist: a case's or an agreement's nearest term, as the table shows it. */
export type WorklistEntry = {
  key: string
  flag: DeadlineFlag | null
  /** Legal date 'AAAA-MM-DD' the term falls due. */
  deadline: string | null
  term: string | null
  state: string
  debtor: string | null
  branch: string | null
  href: string
  title: string
}

/**
 * A worklist table (cases or payment agreements): the alert, the due date and what falls due,
 * the state, the debtor, the branch and a link to the record. `stateHeader` and `recordHeader`
 * name the two columns that differ.
 */
export const WorklistTable = ({ id, stateHeader, recordHeader, entries }: { id?: string; stateHeader: string; recordHeader: string; entries: WorklistEntry[] }) => (
  <table id={id} style={{ width: '100%', borderCollapse: 'collapse' }}>
    <thead>
      <tr>
        {['Alerta', 'Vence', 'Término', stateHeader, 'Deudor', 'Sucursal', recordHeader].map((h) => (
          <th key={h} style={{ ...cell, fontWeight: 600 }}>
            {h}
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {entries.map((e) => (
        <tr key={e.key} data-flag={e.flag ?? ''}>
          <td style={cell}>{e.flag ? <strong style={{ color: FLAG_COLORS[e.flag] }}>{flagLabel(e.flag)}</strong> : 'Sin término abierto'}</td>
          <td style={cell}>{e.deadline ? formatLegalDate(e.deadline) : '—'}</td>
          <td style={cell}>{e.term ?? '—'}</td>
          <td style={cell}>{e.state}</td>
          <td style={cell}>{e.debtor ?? '—'}</td>
          <td style={cell}>{e.branch ?? '—'}</td>
          <td style={cell}>
            <Link href={e.href}>{e.title}</Link>
          </td>
        </tr>
      ))}
    </tbody>
  </table>
)
