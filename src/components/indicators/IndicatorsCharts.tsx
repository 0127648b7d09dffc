'use client'

import React from 'react'
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import type { IndicatorsData } from '@/indicators/loadIndicators'

const COLORS = ['#2f6fb2', '#e0a526', '#d8672b', '#b3342a', '#6b1d1d', '#4b8b3b', '#7a7a7a']
const pesos = (n: number) => `$ ${Math.round(n).toLocaleString('es-CO')}`
const millions = (n: number) => `${(n / 1_000_000).toLocaleString('es-CO', { maximumFractionDigits: 1 })} M`
const percent = (n: number) => `${(n * 100).toLocaleString('es-CO', { maximumFractionDigits: 2 })} %`

/** One indicator: its chart and the table behind it. */
const Panel = ({ id, title, note, chart, table }: { id: string; title: string; note?: string; chart: React.ReactNode; table: React.ReactNode }) => (
  <section className="indicadores-panel" aria-labelledby={`${id}-title`}>
    <h2 id={`${id}-title`}>{title}</h2>
    {note && <p className="indicadores-panel__note">{note}</p>}
    <div className="indicadores-panel__chart">
      <ResponsiveContainer width="100%" height={280}>
        {chart as React.ReactElement}
      </ResponsiveContainer>
    </div>
    <div className="indicadores-panel__table">{table}</div>
  </section>
)

const Table = ({ head, rows }: { head: string[]; rows: (string | number)[][] }) => (
  <table className="table indicadores-table">
    <thead>
      <tr>
        {head.map((h) => (
          <th key={h}>{h}</th>
        ))}
      </tr>
    </thead>
    <tbody>
      {rows.length === 0 ? (
        <tr>
          <td colSpan={head.length}>Sin datos.</td>
        </tr>
      ) : (
        rows.map((r, i) => (
          <tr key={i}>
            {r.map((cell, j) => (
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))
      )}
    </tbody>
  </table>
)

/** 001 §7.2.1: the charts of the deterioration indicators, each with its table. */
export const IndicatorsCharts = ({ data }: { data: IndicatorsData }) => {
  const evolution = data.evolution.map((e) => ({ period: e.period, ...Object.fromEntries(e.buckets.map((b) => [b.label, b.amount])) }))
  const roll = data.rollRates.map((r) => ({ label: r.label, Rodó: r.rolled, Pagada: r.paid, Mejoró: r.improved }))
  const cases = data.cases.map((c) => ({ label: c.label, ...Object.fromEntries(data.ageBuckets.map((a) => [a.label, c.byAge[a.value as keyof typeof c.byAge]])) }))
  return (
    <div className="indicadores-grid">
      <Panel
        id="evolucion"
        title="Evolución de la mora por franja"
        note="Saldo pendiente al cierre de cada mes, por días de mora."
        chart={
          <BarChart data={evolution} margin={{ left: 8, right: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="period" />
            <YAxis tickFormatter={millions} width={70} />
            <Tooltip formatter={(v) => pesos(Number(v))} />
            <Legend />
            {data.buckets.map((b, i) => (
              <Bar key={b.value} dataKey={b.label} stackId="mora" fill={COLORS[i]} isAnimationActive={false} />
            ))}
          </BarChart>
        }
        table={
          <Table
            head={['Periodo', ...data.buckets.map((b) => b.label), 'Total', 'Pólizas']}
            rows={data.evolution.map((e) => [e.period, ...e.buckets.map((b) => pesos(b.amount)), pesos(e.amount), e.policies])}
          />
        }
      />
      <Panel
        id="rodamiento"
        title={`Tasas de rodamiento ${data.period ?? ''}`}
        note="De cada franja del mes anterior: qué parte del saldo pasó a una franja posterior, se pagó o mejoró."
        chart={
          <BarChart data={roll} margin={{ left: 8, right: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis tickFormatter={percent} domain={[0, 1]} width={70} />
            <Tooltip formatter={(v) => percent(Number(v))} />
            <Legend />
            <Bar dataKey="Rodó" fill={COLORS[3]} isAnimationActive={false} />
            <Bar dataKey="Pagada" fill={COLORS[5]} isAnimationActive={false} />
            <Bar dataKey="Mejoró" fill={COLORS[0]} isAnimationActive={false} />
          </BarChart>
        }
        table={
          <Table
            head={['Franja', 'Saldo mes anterior', 'Rodó', 'A la siguiente', 'Permaneció', 'Mejoró', 'Pagada', 'Salió']}
            rows={data.rollRates.map((r) => [r.label, pesos(r.amount), percent(r.rolled), percent(r.toNext), percent(r.stayed), percent(r.improved), percent(r.paid), percent(r.gone)])}
          />
        }
      />
      <Panel
        id="recaudo"
        title="Recaudo del mes"
        chart={
          <LineChart data={data.recovery} margin={{ left: 8, right: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="period" />
            <YAxis tickFormatter={millions} width={70} />
            <Tooltip formatter={(v) => pesos(Number(v))} />
            <Line type="monotone" dataKey="amount" name="Recaudo" stroke={COLORS[5]} strokeWidth={2} isAnimationActive={false} />
          </LineChart>
        }
        table={<Table head={['Periodo', 'Pagos', 'Recaudo']} rows={data.recovery.map((r) => [r.period, r.payments, pesos(r.amount)])} />}
      />
      <Panel
        id="expedientes"
        title={`Expedientes por etapa y antigüedad ${data.period ?? ''}`}
        note="Antigüedad: días desde el vencimiento más antiguo de la deuda hasta el corte."
        chart={
          <BarChart data={cases} margin={{ left: 8, right: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} width={50} />
            <Tooltip />
            <Legend />
            {data.ageBuckets.map((a, i) => (
              <Bar key={a.value} dataKey={a.label} stackId="edad" fill={COLORS[i]} isAnimationActive={false} />
            ))}
          </BarChart>
        }
        table={
          <Table
            head={['Etapa', ...data.ageBuckets.map((a) => a.label), 'Total', 'Capital']}
            rows={data.cases.map((c) => [c.label, ...data.ageBuckets.map((a) => c.byAge[a.value as keyof typeof c.byAge]), c.cases, pesos(c.capital)])}
          />
        }
      />
      <Panel
        id="acuerdos"
        title="Acuerdos de pago al día e incumplidos"
        chart={
          <BarChart data={data.agreements} margin={{ left: 8, right: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="period" />
            <YAxis allowDecimals={false} width={50} />
            <Tooltip />
            <Legend />
            <Bar dataKey="met" name="Al día" stackId="acuerdos" fill={COLORS[5]} isAnimationActive={false} />
            <Bar dataKey="inDefault" name="Incumplidos" stackId="acuerdos" fill={COLORS[3]} isAnimationActive={false} />
          </BarChart>
        }
        table={
          <Table head={['Periodo', 'Al día', 'Incumplidos', '% incumplidos']} rows={data.agreements.map((a) => [a.period, a.met, a.inDefault, percent(a.defaultRate)])} />
        }
      />
    </div>
  )
}
