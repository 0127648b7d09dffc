/**
 * Parties, policies and payments files of N rows as the core system exports them (docs/import.md):
 * N holders (every tenth a NIT company, the rest people with a cédula), N individual HOGAR policies
 * with one certificate each, N receipts. Shared by the import benchmark and the admin import trial,
 * so both load the same kind of file.
 */
import { nitCheckDigit } from '@/rules/identification'

export const PARTY_HEADER = 'TIPO_DOC;NUM_DOC;DV;NOMBRES;APELLIDOS;RAZON_SOCIAL;SUCURSAL'
export const POLICY_HEADER =
  'NUM_POLIZA;TIPO_POLIZA;RAMO;PLACA;TIPO_DOC_TOMADOR;NUM_DOC_TOMADOR;FECHA_EXPEDICION;INICIO_VIGENCIA;FIN_VIGENCIA;PRIMA;ESTADO;FECHA_CANCELACION;CLAVE;SUCURSAL;NUM_CERTIFICADO;ASEGURADO;VALOR_CERTIFICADO;VENCIMIENTO;VALOR_PAGADO'
export const PAYMENT_HEADER = 'NUM_RECIBO;NUM_POLIZA;FECHA_PAGO;VALOR;MEDIO_PAGO;CUENTA;SUCURSAL_BANCARIA;NUM_AUTORIZACION;FRANQUICIA'

export type PortfolioFileOptions = {
  /** Rows of each file. */
  n: number
  /** Index of the first row (holders, policy and receipt numbers follow it): another range for another run. */
  first?: number
  /** Code of an existing branch. */
  branch?: string
  /** First NIT and first cédula of the holders: a caller picks ranges apart from the data already loaded. */
  nitBase?: number
  cedulaBase?: number
}

const withDefaults = ({ n, first = 0, branch = 'BOG', nitBase = 800_000_000, cedulaBase = 1_000_000_000 }: PortfolioFileOptions) => ({
  n,
  first,
  branch,
  nitBase,
  cedulaBase,
})

const holderOf = (i: number, o: ReturnType<typeof withDefaults>) =>
  i % 10 === 0 ? { type: 'NIT', number: String(o.nitBase + i) } : { type: 'CC', number: String(o.cedulaBase + i) }

const policyNumber = (i: number) => `HG-${String(i).padStart(7, '0')}`

export const partyLines = (options: PortfolioFileOptions): string => {
  const o = withDefaults(options)
  const lines = [PARTY_HEADER]
  for (let i = o.first; i < o.first + o.n; i++) {
    const h = holderOf(i, o)
    lines.push(
      h.type === 'NIT'
        ? `NIT;${h.number};${nitCheckDigit(h.number)};;;Empresa ${i} S.A.S.;${o.branch}`
        : `CC;${h.number};;Nombre ${i};Apellido ${i};;${o.branch}`,
    )
  }
  return lines.join('\n') + '\n'
}

/** One certificate per policy, due in February 2026; a third of them one-third paid. */
export const policyLines = (options: PortfolioFileOptions): string => {
  const o = withDefaults(options)
  const lines = [POLICY_HEADER]
  for (let i = o.first; i < o.first + o.n; i++) {
    const h = holderOf(i, o)
    const holder = h.type === 'NIT' ? `${h.number}-${nitCheckDigit(h.number)}` : h.number
    const day = String(1 + (i % 28)).padStart(2, '0')
    lines.push(
      `${policyNumber(i)};INDIVIDUAL;HOGAR;;${h.type};${holder};02/01/2026;02/01/2026;02/01/2027;300000;VIGENTE;;CL-${i % 500};${o.branch};0;;300000;${day}/02/2026;${i % 3 === 0 ? 100000 : 0}`,
    )
  }
  return lines.join('\n') + '\n'
}

/** One receipt per policy, 100 000 pesos each (every policy still owes at least 200 000). */
export const paymentLines = (options: PortfolioFileOptions): string => {
  const { n, first } = withDefaults(options)
  const lines = [PAYMENT_HEADER]
  for (let i = first; i < first + n; i++) lines.push(`RC-${String(i).padStart(8, '0')};${policyNumber(i)};10/03/2026;100.000;TRANSFERENCIA;Banco 001;Centro;;`)
  return lines.join('\n') + '\n'
}
