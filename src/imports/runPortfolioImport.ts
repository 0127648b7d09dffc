import type { Pool } from 'pg'
import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { PortfolioImport } from '@/payload-types'
import { COLUMNS_OF, missingHeaders } from '@/rules/imports/importColumns'
import { IMPORT_KIND, IMPORT_MODE, IMPORT_STATUS, type ImportKind, type ImportStatus, type RowError } from '@/rules/imports/importOptions'
import { bogotaDateOf } from '@/rules/calendar/isoDate'
import { RuleViolation } from '@/rules/ruleViolation'
import { readStoredFile } from '@/storage/storedFile'
import type { ImportRun, TableCounts } from './importContext'
import { checkPartiesAgainstDatabase, upsertParties, validateStagedParties } from './loadParties'
import { checkPaymentsAgainstDatabase, deriveCreditedPolicies, upsertPayments, validateStagedPayments } from './loadPayments'
import { checkPoliciesAgainstDatabase, deriveLoadedPolicies, upsertPolicies, validateStagedPolicies } from './loadPolicies'
import { readImportFile } from './readImportFile'
import { copyRows, createTextStage } from './stageRows'
import { headingOf } from '@/components/figures/figureTables'
import { importSummary } from '@/rules/imports/importSummary'

/** Row errors kept on the import (and in its Excel): a file with more bad rows reports the first ones and the count. */
export const MAX_KEPT_ERRORS = 10_000

/** Seconds spent in each step of a load (read, stage, validate, check, upsert, derive, commit), for the audit entry and the benchmark. */
export type StepTimings = Record<string, number>

export type ImportOutcome = { status: ImportStatus; rowsTotal: number; rowsFailed: number; counts: Record<string, TableCounts> | null; message: string; timings?: StepTimings }

const byLine = (a: RowError, b: RowError) => a.line - b.line || a.column.localeCompare(b.column)

/** Writes the import's progress or result, as the system (the fields are server-managed). */
const report = (req: PayloadRequest, id: number, data: Partial<PortfolioImport>) =>
  req.payload.update({ collection: SLUGS.portfolioImports, id, data, overrideAccess: true, depth: 0, select: { status: true }, req })

const STEPS: Record<ImportKind, { validate: (run: ImportRun) => Promise<boolean>; checkDatabase: (run: ImportRun) => Promise<void>; upsert: (run: ImportRun) => Promise<Record<string, TableCounts>>; derive?: (run: ImportRun) => Promise<void> }> = {
  [IMPORT_KIND.parties]: { validate: validateStagedParties, checkDatabase: checkPartiesAgainstDatabase, upsert: upsertParties },
  [IMPORT_KIND.policies]: { validate: validateStagedPolicies, checkDatabase: checkPoliciesAgainstDatabase, upsert: upsertPolicies, derive: deriveLoadedPolicies },
  [IMPORT_KIND.payments]: { validate: validateStagedPayments, checkDatabase: checkPaymentsAgainstDatabase, upsert: upsertPayments, derive: deriveCreditedPolicies },
}

/** Another import of the same bytes and kind that loaded: the file changes nothing, so it is not loaded again. */
const earlierLoad = async (req: PayloadRequest, doc: PortfolioImport) => {
  if (!doc.fileHash) return null
  const { docs } = await req.payload.find({
    collection: SLUGS.portfolioImports,
    where: {
      and: [
        { fileHash: { equals: doc.fileHash } },
        { kind: { equals: doc.kind } },
        { status: { in: [IMPORT_STATUS.loaded, IMPORT_STATUS.loadedWithErrors] } },
        { id: { not_equals: doc.id } },
      ],
    },
    select: { id: true, createdAt: true },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

/**
 * Issue 13 item 1: loads one portfolio import, as named steps:
 * 1. stage — the file's rows COPied into a session-local staging table (text columns);
 * 2. validate — the staged rows read back in batches and checked by the same pure rules as the
 *    hooks; row errors, progress and cancel between batches;
 * 3. check against the database — branches, holders and policies that must exist, receipts already applied;
 * 4. upsert — in one transaction, one INSERT … ON CONFLICT per table by natural key;
 * 5. derive — the figures that follow from the rows, once, in SQL (same transaction);
 * then one audit entry with the counts and the file's SHA-256.
 * All-or-nothing: any row error and nothing is written. A file already loaded (same hash and kind) is skipped.
 */
export const runPortfolioImport = async (req: PayloadRequest, importId: number): Promise<ImportOutcome> => {
  const doc = await req.payload.findByID({ collection: SLUGS.portfolioImports, id: importId, depth: 0, overrideAccess: true, req })
  const kind = doc.kind as ImportKind
  const timings: StepTimings = {}
  let clock = performance.now()
  /** Closes the step that just ended: its seconds, for the profile of the load. */
  const lap = (step: string) => {
    const now = performance.now()
    timings[step] = Math.round(now - clock) / 1000
    clock = now
  }
  const finish = async (outcome: ImportOutcome, errors: RowError[] = []) => {
    await report(req, importId, {
      status: outcome.status,
      rowsTotal: outcome.rowsTotal,
      rowsDone: outcome.rowsTotal,
      rowsFailed: outcome.rowsFailed,
      counts: outcome.counts,
      rowErrors: errors.sort(byLine).slice(0, MAX_KEPT_ERRORS),
      message: outcome.message,
      finishedAt: new Date().toISOString(),
    })
    await req.payload.create({
      collection: SLUGS.auditLogs,
      data: {
        collectionSlug: SLUGS.portfolioImports,
        documentId: String(importId),
        operation: 'create',
        user: doc.importedBy as number | null | undefined,
        changes: { kind, mode: doc.mode, file: doc.filename, fileHash: doc.fileHash, status: outcome.status, rows: outcome.rowsTotal, rowsFailed: outcome.rowsFailed, counts: outcome.counts, seconds: timings },
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    return { ...outcome, timings }
  }

  const earlier = await earlierLoad(req, doc)
  if (earlier) {
    return finish({ status: IMPORT_STATUS.skipped, rowsTotal: 0, rowsFailed: 0, counts: null, message: `Este archivo ya se cargó (carga ${earlier.id}); no se cargó de nuevo: no cambiaría nada.` })
  }
  await report(req, importId, { status: IMPORT_STATUS.running, startedAt: new Date().toISOString() })

  const bytes = await readStoredFile(req, SLUGS.portfolioImports, doc)
  let file
  try {
    file = await readImportFile(bytes, doc.filename!)
  } catch (error) {
    if (!(error instanceof RuleViolation)) throw error
    return finish({ status: IMPORT_STATUS.rejected, rowsTotal: 0, rowsFailed: 0, counts: null, message: `${error.ruleId}: ${error.message}` })
  }
  lap('read')
  const missing = missingHeaders(kind, file.header)
  if (missing.length > 0) {
    const errors = missing.map((column) => ({ line: 1, column, reason: `CARGA-01: falta la columna ${column} en el encabezado.` }))
    return finish({ status: IMPORT_STATUS.rejected, rowsTotal: file.rows.length, rowsFailed: 0, counts: null, message: `Faltan columnas: ${missing.join(', ')}.` }, errors)
  }

  const columns = COLUMNS_OF[kind]
  const positions = Object.keys(columns).map((h) => file.header.indexOf(h))
  const pool = (req.payload.db as unknown as { pool: Pool }).pool
  const client = await pool.connect()
  const run: ImportRun = {
    client,
    mode: doc.mode as ImportRun['mode'],
    errors: [],
    rowsTotal: file.rows.length,
    rowsDone: 0,
    checkpoint: async () => {
      await report(req, importId, { rowsTotal: run.rowsTotal, rowsDone: run.rowsDone, rowsFailed: new Set(run.errors.map((e) => e.line)).size, rowErrors: run.errors.slice(0, 1_000) })
      const now = await req.payload.findByID({ collection: SLUGS.portfolioImports, id: importId, depth: 0, select: { cancelRequested: true }, overrideAccess: true, req })
      return !now.cancelRequested
    },
    today: bogotaDateOf(new Date()),
    importedBy: (doc.importedBy as number | null | undefined) ?? null,
  }
  const failedLines = () => new Set(run.errors.map((e) => e.line)).size
  try {
    // 1. stage
    await createTextStage(client, 'import_stage', Object.values(columns))
    await copyRows(client, 'import_stage', ['line', ...Object.values(columns)], file.rows.map((r) => [r.line, ...positions.map((p) => (p < 0 ? null : (r.cells[p] ?? null)))]))
    await client.query('ANALYZE import_stage')
    lap('stage')
    const steps = STEPS[kind]
    // 2. validate, 3. database checks
    const cancelled = () => finish({ status: IMPORT_STATUS.cancelled, rowsTotal: run.rowsTotal, rowsFailed: failedLines(), counts: null, message: 'Carga cancelada: no se escribió nada.' }, run.errors)
    if (!(await steps.validate(run))) return cancelled()
    lap('validate')
    await steps.checkDatabase(run)
    lap('check')
    if (run.errors.length > 0 && run.mode === IMPORT_MODE.allOrNothing) {
      return finish(
        { status: IMPORT_STATUS.rejected, rowsTotal: run.rowsTotal, rowsFailed: failedLines(), counts: null, message: `${failedLines()} filas con errores: no se cargó nada (modo todo o nada).` },
        run.errors,
      )
    }
    if (!(await run.checkpoint())) return cancelled()
    // 4. upsert, 5. derive — one transaction
    await client.query('BEGIN')
    let counts: Record<string, TableCounts>
    try {
      counts = await steps.upsert(run)
      lap('upsert')
      await steps.derive?.(run)
      lap('derive')
      await client.query('COMMIT')
      lap('commit')
    } catch (error) {
      await client.query('ROLLBACK')
      throw error
    }
    const status = run.errors.length > 0 ? IMPORT_STATUS.loadedWithErrors : IMPORT_STATUS.loaded
    const message = importSummary(counts, headingOf, run.errors.length > 0 ? failedLines() : 0)
    return finish({ status, rowsTotal: run.rowsTotal, rowsFailed: failedLines(), counts, message }, run.errors)
  } finally {
    await client.query('DROP TABLE IF EXISTS import_stage, import_parties_ok, import_policies_ok, import_certificates_ok, import_payments_ok, import_payments_present, import_policy_search').catch(() => undefined)
    client.release()
  }
}
