/**
 * `npm run bench:import [-- --policies 100000]`: times the portfolio import (issue 13 item 1) of N
 * holders (parties file) and N policies with one certificate each (policies file), generated as the
 * core system exports them, in a private embedded PostgreSQL (temp dir, deleted at the end), through
 * the same job as the admin and the CLI. The baseline is a plain COPY of the same rows into an
 * unlogged table; the goal is ≤ 60 s and ≤ 20× that COPY for the policies with their holders. Then N
 * receipts (one per policy) are loaded from a payments file and again from another file (the second
 * must apply nothing); each load prints its seconds per step from its audit entry.
 */
import '@/db/loadEnv'

import { mkdtemp, rm } from 'fs/promises'
import os from 'os'
import path from 'path'

import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { nitCheckDigit } from '@/rules/identification'
import { freePort } from '../tests/int/helpers/freePort'

const argValue = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const N = argValue('--policies', 100_000)
// `--profile` prints the slow SQL statements (below).

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cobranzas-bench-import-'))
const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'bench' })
process.env.DATABASE_URL = pg.url
process.env.PAYLOAD_SECRET ??= 'bench-secret'
process.env.IMPORTS_DIR = path.join(dataDir, 'imports')
process.env.MAIL_OUTBOX_DIR = path.join(dataDir, 'outbox')
delete process.env.SMTP_HOST

const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9
const PARTY_HEADER = 'TIPO_DOC;NUM_DOC;DV;NOMBRES;APELLIDOS;RAZON_SOCIAL;SUCURSAL'
const POLICY_HEADER =
  'NUM_POLIZA;TIPO_POLIZA;RAMO;PLACA;TIPO_DOC_TOMADOR;NUM_DOC_TOMADOR;FECHA_EXPEDICION;INICIO_VIGENCIA;FIN_VIGENCIA;PRIMA;ESTADO;FECHA_CANCELACION;CLAVE;SUCURSAL;NUM_CERTIFICADO;ASEGURADO;VALOR_CERTIFICADO;VENCIMIENTO;VALOR_PAGADO'

const PAYMENT_HEADER = 'NUM_RECIBO;NUM_POLIZA;FECHA_PAGO;VALOR;MEDIO_PAGO;CUENTA;SUCURSAL_BANCARIA;NUM_AUTORIZACION;FRANQUICIA'

const holderOf = (i: number) => (i % 10 === 0 ? { type: 'NIT', number: String(800_000_000 + i) } : { type: 'CC', number: String(1_000_000_000 + i) })
const partyLines = () => {
  const lines = [PARTY_HEADER]
  for (let i = 0; i < N; i++) {
    const h = holderOf(i)
    lines.push(h.type === 'NIT' ? `NIT;${h.number};${nitCheckDigit(h.number)};;;Empresa ${i} S.A.S.;BOG` : `CC;${h.number};;Nombre ${i};Apellido ${i};;BOG`)
  }
  return lines.join('\n') + '\n'
}
const policyLines = () => {
  const lines = [POLICY_HEADER]
  for (let i = 0; i < N; i++) {
    const h = holderOf(i)
    const holder = h.type === 'NIT' ? `${h.number}-${nitCheckDigit(h.number)}` : h.number
    const day = String(1 + (i % 28)).padStart(2, '0')
    lines.push(`HG-${String(i).padStart(7, '0')};INDIVIDUAL;HOGAR;;${h.type};${holder};02/01/2026;02/01/2026;02/01/2027;300000;VIGENTE;;CL-${i % 500};BOG;0;;300000;${day}/02/2026;${i % 3 === 0 ? 100000 : 0}`)
  }
  return lines.join('\n') + '\n'
}

/** One receipt per policy, 100 000 pesos each (every policy still owes at least 200 000). */
const paymentLines = () => {
  const lines = [PAYMENT_HEADER]
  for (let i = 0; i < N; i++) lines.push(`RC-${String(i).padStart(8, '0')};HG-${String(i).padStart(7, '0')};10/03/2026;100.000;TRANSFERENCIA;Banco 001;Centro;;`)
  return lines.join('\n') + '\n'
}

// `--profile`: every SQL statement of 100 ms or more is printed with its time (where a step's seconds go).
if (process.argv.includes('--profile')) {
  const pg = await import('pg')
  const proto = pg.default.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }
  const original = proto.query
  proto.query = function (this: unknown, ...args: unknown[]) {
    const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string })?.text ?? '')
    const t = performance.now()
    const result = original.apply(this, args)
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      void (result as Promise<unknown>).then(
        () => {
          const ms = performance.now() - t
          if (ms >= 100) console.log(`[sql ${ms.toFixed(0)} ms] ${text.replace(/\s+/g, ' ').slice(0, 160)}`)
        },
        () => undefined,
      )
    }
    return result
  }
}

try {
  const { default: config } = await import('../payload.config')
  const { getPayload } = await import('payload')
  const { closePayload } = await import('@/db/closePayload')
  const { IMPORTS_QUEUE } = await import('@/imports/importPortfolioTask')
  const { copyRows } = await import('@/imports/stageRows')
  const payload = await getPayload({ config })
  await payload.db.migrate()
  await payload.create({ collection: 'branches', data: { code: 'BOG', name: 'Bogotá', city: 'Bogotá' }, overrideAccess: true })

  const load = async (name: string, text: string, kind: 'TERCEROS' | 'POLIZAS' | 'PAGOS') => {
    const data = Buffer.from(text, 'utf8')
    const t = process.hrtime.bigint()
    const doc = await payload.create({ collection: 'portfolio-imports', data: { kind, mode: 'TODO_O_NADA' }, file: { data, name, mimetype: 'text/csv', size: data.length }, overrideAccess: true, depth: 0 })
    await payload.jobs.run({ queue: IMPORTS_QUEUE })
    const done = await payload.findByID({ collection: 'portfolio-imports', id: doc.id, depth: 0 })
    const total = seconds(t)
    // The job's own profile: seconds per step (read, stage, validate, check, upsert, derive, commit), from its audit entry.
    const audit = await payload.find({ collection: 'audit-logs', where: { and: [{ collectionSlug: { equals: 'portfolio-imports' } }, { documentId: { equals: String(doc.id) } }] }, depth: 0, limit: 1 })
    const steps = ((audit.docs[0]?.changes ?? {}) as { seconds?: Record<string, number> }).seconds ?? {}
    const stepSum = Object.values(steps).reduce((s, v) => s + v, 0)
    return { seconds: total, steps: { ...steps, 'upload, queue and report': Number((total - stepSum).toFixed(3)) }, status: done.status, counts: done.counts, message: done.message }
  }

  const partiesText = partyLines()
  const policiesText = policyLines()
  const parties = await load('terceros.csv', partiesText, 'TERCEROS')
  const policies = await load('polizas.csv', policiesText, 'POLIZAS')
  const again = await load('polizas-otra-vez.csv', policiesText + '\n', 'POLIZAS')
  const paymentsText = paymentLines()
  const payments = await load('pagos.csv', paymentsText, 'PAGOS')
  const paymentsAgain = await load('pagos-otra-vez.csv', paymentsText + '\n', 'PAGOS')

  // Baseline: a plain COPY of the same rows (both files) into unlogged text tables.
  const client = await payload.db.pool.connect()
  const t = process.hrtime.bigint()
  for (const [table, text] of [['bench_copy_parties', partiesText], ['bench_copy_policies', policiesText]] as const) {
    const [header, ...rows] = text.trim().split('\n')
    const columns = header!.split(';').map((c) => c.toLowerCase())
    await client.query(`CREATE UNLOGGED TABLE ${table} (${columns.map((c) => `"${c}" text`).join(', ')})`)
    await copyRows(client, table, columns, rows.map((r) => r.split(';').map((c) => (c === '' ? null : c))))
  }
  const copySeconds = seconds(t)
  client.release()
  const total = parties.seconds + policies.seconds
  console.log(
    JSON.stringify(
      {
        policies: N,
        partiesLoad: parties,
        policiesLoad: policies,
        reloadOfSameRows: again,
        paymentsLoad: payments,
        reloadOfSamePayments: paymentsAgain,
        importSeconds: Number(total.toFixed(2)),
        plainCopySeconds: Number(copySeconds.toFixed(2)),
        ratioToCopy: Number((total / copySeconds).toFixed(1)),
        goal: 'importSeconds ≤ 60 and ratioToCopy ≤ 20',
      },
      null,
      2,
    ),
  )
  await closePayload(payload)
} finally {
  await Promise.race([pg.stop(), new Promise((resolve) => setTimeout(resolve, 10_000))])
  await rm(dataDir, { recursive: true, force: true })
}
process.exit(0)
