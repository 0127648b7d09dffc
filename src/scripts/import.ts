/**
 * `npm run import -- <file.csv|file.xlsx> [--kind TERCEROS|POLIZAS|PAGOS] [--mode TODO_O_NADA|FILAS_VALIDAS]`:
 * loads a core-system file as the admin would — a `portfolio-imports` row with the file, whose
 * `importPortfolio` job is run now (the same code as the server's queue) — against DATABASE_URL or
 * the embedded database, and prints the result (status, counts, first errors). Without --kind the
 * kind is read from the header (NUM_RECIBO: payments; NUM_POLIZA: policies; NUM_DOC: parties). Exit code 1 when the file
 * was rejected, cancelled or failed.
 */
import '@/db/loadEnv'

import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { ensureLocalDatabase } from '@/db/localDatabase'
import { reportScriptError } from '@/db/reportScriptError'

const USAGE = 'Uso: npm run import -- <archivo.csv|archivo.xlsx> [--kind TERCEROS|POLIZAS|PAGOS] [--mode TODO_O_NADA|FILAS_VALIDAS]'
const argv = process.argv.slice(2)
const option = (name: string) => {
  const i = argv.indexOf(name)
  return i >= 0 ? argv[i + 1] : undefined
}
const file = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'))
const kindArg = option('--kind')
const mode = option('--mode') ?? 'TODO_O_NADA'
if (!file || (kindArg && !['TERCEROS', 'POLIZAS', 'PAGOS'].includes(kindArg)) || !['TODO_O_NADA', 'FILAS_VALIDAS'].includes(mode)) {
  console.error(USAGE)
  process.exit(2)
}

const database = await ensureLocalDatabase()
let code = 0
try {
  const bytes = await readFile(file)
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { closePayload } = await import('@/db/closePayload')
  const { SLUGS } = await import('@/constants/slugs')
  const { IMPORTS_QUEUE } = await import('@/imports/importPortfolioTask')
  const { readImportFile } = await import('@/imports/readImportFile')
  const { kindOfHeader } = await import('@/rules/imports/importColumns')
  const name = path.basename(file)
  const kind = kindArg ?? kindOfHeader((await readImportFile(bytes, name)).header)
  if (!kind) throw new Error('No se reconoce el tipo de archivo por su encabezado: indique --kind TERCEROS, POLIZAS o PAGOS.')
  const payload = await getPayload({ config })
  await payload.db.migrate()
  const started = Date.now()
  const mimetype = name.toLowerCase().endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv'
  const created = await payload.create({
    collection: SLUGS.portfolioImports,
    data: { kind: kind as 'TERCEROS', mode: mode as 'TODO_O_NADA' },
    file: { data: bytes, name, mimetype, size: bytes.length },
    overrideAccess: true,
    depth: 0,
  })
  const job = await payload.find({ collection: 'payload-jobs', where: { and: [{ queue: { equals: IMPORTS_QUEUE } }, { 'input.importId': { equals: created.id } }] }, depth: 0, limit: 1 })
  if (job.docs[0]) await payload.jobs.runByID({ id: job.docs[0].id })
  else await payload.jobs.run({ queue: IMPORTS_QUEUE })
  const done = await payload.findByID({ collection: SLUGS.portfolioImports, id: created.id, depth: 0 })
  const errors = (done.rowErrors ?? []) as { line: number; column: string; reason: string }[]
  console.log(
    JSON.stringify(
      { import: done.id, kind, mode, status: done.status, rows: done.rowsTotal, rowsFailed: done.rowsFailed, counts: done.counts, message: done.message, firstErrors: errors.slice(0, 20), seconds: (Date.now() - started) / 1000 },
      null,
      2,
    ),
  )
  if (!['CARGADA', 'CARGADA_CON_ERRORES', 'OMITIDA'].includes(String(done.status))) code = 1
  await closePayload(payload)
} catch (error) {
  reportScriptError(error)
  code = 1
}
await database?.stop().catch(() => {})
process.exit(code)
