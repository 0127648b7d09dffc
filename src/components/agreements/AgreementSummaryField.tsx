'use client'

import { Banner, Pill, Table, useConfig, useDocumentInfo } from '@payloadcms/ui'
import type { ClientField, Column } from 'payload'
import React, { useEffect, useState } from 'react'

import type { AgreementSummary } from '@/agreements/agreementSummary'
import { INSTALMENT_STANDING, type InstalmentStanding } from '@/rules/agreements/agreementStanding'
import { SLUGS } from '@/constants/slugs'
import { formatPesos } from '@/rules/money'
import { formatLegalDate } from '../worklist/formatLegalDate'

const STANDING: Record<InstalmentStanding, { label: string; pill: 'success' | 'warning' | 'error' }> = {
  [INSTALMENT_STANDING.paid]: { label: 'Pagada', pill: 'success' },
  [INSTALMENT_STANDING.due]: { label: 'Pendiente', pill: 'warning' },
  [INSTALMENT_STANDING.overdue]: { label: 'Vencida', pill: 'error' },
}

const money = (n: number | null) => (n === null ? '—' : <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{formatPesos(n)}</span>)

/** An amount in a table column: right-aligned, so the pesos line up. */
const amount = (n: number | null) => <span className="estado-acuerdo__num">{n === null ? '—' : formatPesos(n)}</span>

/** A column of Payload's own list table, from a heading and one cell per row (amounts' headings right-aligned, as their cells). */
const column = (accessor: string, heading: string, cells: React.ReactNode[], numeric = false): Column => ({
  accessor,
  active: true,
  Heading: <span className={numeric ? 'estado-acuerdo__num' : undefined}>{heading}</span>,
  renderedCells: cells,
  field: { name: accessor, type: 'text' } as ClientField,
})

const Figure = ({ label, value, tone }: { label: string; value: React.ReactNode; tone?: 'error' }) => (
  <div style={{ minWidth: '11rem' }}>
    <div style={{ color: 'var(--theme-elevation-500)', fontSize: '0.85em' }}>{label}</div>
    <div
      style={{
        fontSize: '1.25em',
        fontWeight: 600,
        color: tone === 'error' ? 'var(--theme-error-500)' : undefined,
      }}
    >
      {value}
    </div>
  </div>
)

/**
 * "Estado del acuerdo" on the agreement's page: the schedule as of today (Pagada / Pendiente /
 * Vencida per instalment, computed on the day, not a stored flag), the balance, the moratorium
 * interest owed today (R-AGR-13) and the guarantees of its case with their coverage (R-GAR-02).
 * Read from GET /api/agreements/:id/summary as the signed-in user, like any client.
 */
export const AgreementSummaryField = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [summary, setSummary] = useState<AgreementSummary | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!id) return
    let live = true
    fetch(`${config.serverURL}${config.routes.api}/agreements/${id}/summary`, {
      credentials: 'include',
    })
      .then(async (res) => {
        const json = await res.json().catch(() => ({}))
        if (!live) return
        if (res.ok) setSummary(json as AgreementSummary)
        else setError(json.errors?.[0]?.message ?? `Error ${res.status}`)
      })
      .catch(() => live && setError('No se pudo consultar el estado del acuerdo.'))
    return () => {
      live = false
    }
  }, [id, config.serverURL, config.routes.api])

  if (!id) return null
  if (error) return <Banner type="error">{error}</Banner>
  if (!summary) return <p className="estado-acuerdo">Consultando el estado del acuerdo…</p>

  const { instalments, guarantees, coverage } = summary
  return (
    <div className="field-type estado-acuerdo" style={{ marginBottom: '2rem' }}>
      <h3 style={{ marginBottom: '0.75rem' }}>Estado del acuerdo al {formatLegalDate(summary.today)}</h3>
      {summary.interestProblem && <Banner type="warning">Intereses de mora sin calcular: {summary.interestProblem}</Banner>}
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: '1.5rem',
          marginBottom: '1.25rem',
        }}
      >
        <Figure label="Deuda total" value={money(summary.total)} />
        <Figure label="Pagado" value={money(summary.paid)} />
        <Figure label="Saldo" value={money(summary.balance)} />
        <Figure label="Cuotas vencidas" value={money(summary.overdue)} tone={summary.overdue > 0 ? 'error' : undefined} />
        <Figure label="Intereses de mora a hoy (R-AGR-13)" value={money(summary.interestOwed)} tone={(summary.interestOwed ?? 0) > 0 ? 'error' : undefined} />
        <Figure
          label="Próxima cuota"
          value={summary.next ? `${summary.next.number === 0 ? 'Abono' : `No. ${summary.next.number}`} · ${formatLegalDate(summary.next.dueOn)}` : '—'}
        />
      </div>

      <h4 style={{ marginBottom: '0.5rem' }}>Plan de pagos (R-AGR-08)</h4>
      {instalments.length === 0 ? (
        <p>El plan de pagos se genera al aprobar el acuerdo.</p>
      ) : (
        <div className="estado-acuerdo__table">
          <Table
            appearance="condensed"
            data={instalments.map((i) => ({ id: i.number }))}
            columns={[
              column(
                'number',
                'Cuota',
                instalments.map((i) => (i.number === 0 ? '0 (abono inicial)' : String(i.number))),
              ),
              column(
                'dueOn',
                'Vence',
                instalments.map((i) => formatLegalDate(i.dueOn)),
              ),
              column(
                'amount',
                'Valor',
                instalments.map((i) => amount(i.amount)),
                true,
              ),
              column(
                'paidAmount',
                'Pagado',
                instalments.map((i) => amount(i.paidAmount)),
                true,
              ),
              column(
                'owed',
                'Por pagar',
                instalments.map((i) => amount(i.owed)),
                true,
              ),
              column(
                'lateInterest',
                'Mora a hoy',
                instalments.map((i) => amount(i.lateInterest)),
                true,
              ),
              column(
                'status',
                'Estado',
                instalments.map((i) => (
                  <Pill key={i.number} pillStyle={STANDING[i.status].pill} size="small">
                    {STANDING[i.status].label}
                  </Pill>
                )),
              ),
            ]}
          />
        </div>
      )}

      <h4 style={{ margin: '1.25rem 0 0.5rem' }}>Garantías del expediente (R-GAR-02)</h4>
      {!coverage ? (
        <Banner type="warning">Cobertura sin calcular: {summary.coverageProblem}</Banner>
      ) : (
        <p style={{ marginBottom: '0.5rem' }}>
          {coverage.mandatory
            ? 'La obligación supera 10 SMMLV: el acuerdo exige garantías (R-GAR-01). '
            : 'La obligación no supera 10 SMMLV: las garantías no son obligatorias (R-GAR-01). '}
          {coverage.mandatory || coverage.covered > 0 ? 'Deben' : 'Si se ofrecen, deben'} cubrir capital, intereses proyectados al{' '}
          {coverage.annualRatePercent.replace('.', ',')} % anual ({formatPesos(coverage.interest)}) y costas: <strong>{formatPesos(coverage.required)}</strong>.
          {/* Optional guarantees not offered: nothing is missing. */}
          {(coverage.mandatory || coverage.covered > 0) && (
            <>
              {' '}
              Cubren <strong>{formatPesos(coverage.covered)}</strong>
              {coverage.shortfall > 0 ? (
                <strong style={{ color: 'var(--theme-error-500)' }}> · faltan {formatPesos(coverage.shortfall)}</strong>
              ) : (
                <strong style={{ color: 'var(--theme-success-500)' }}> · cobertura suficiente</strong>
              )}{' '}
              (perfeccionadas: {formatPesos(coverage.perfected)}).
            </>
          )}
        </p>
      )}
      {guarantees.length === 0 ? (
        <p>El expediente no tiene garantías registradas.</p>
      ) : (
        <div className="estado-acuerdo__table">
          <Table
            appearance="condensed"
            data={guarantees.map((g) => ({ id: g.id }))}
            columns={[
              column(
                'title',
                'Garantía',
                guarantees.map((g) => (
                  <a key={g.id} href={`${config.routes.admin}/collections/${SLUGS.guarantees}/${g.id}`}>
                    {g.title || g.kindLabel}
                  </a>
                )),
              ),
              column(
                'kind',
                'Clase',
                guarantees.map((g) => g.kindLabel),
              ),
              column(
                'status',
                'Estado',
                guarantees.map((g) => g.statusLabel),
              ),
              column(
                'perfectedOn',
                'Perfeccionada',
                guarantees.map((g) => (g.perfectedOn ? formatLegalDate(g.perfectedOn) : '—')),
              ),
              column(
                'value',
                'Valor',
                guarantees.map((g) => amount(g.value)),
                true,
              ),
            ]}
          />
        </div>
      )}
    </div>
  )
}
