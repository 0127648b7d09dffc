import { ACCESS_MATRIX, ACTORS, OUTCOME_LABELS, type Actor, type MatrixCell, type SubjectKind } from './accessMatrix'
import { ROLES } from './roles'

/** Where docs/security.md holds the generated matrix (scripts/generate-security-doc.ts rewrites only this part). */
export const MATRIX_START = '<!-- matrix:start -->'
export const MATRIX_END = '<!-- matrix:end -->'

const SHORT: Record<Actor, string> = {
  anonymous: 'Anón.',
  [ROLES.admin]: 'Admin',
  [ROLES.collectionsManager]: 'GRC',
  [ROLES.branchManager]: 'GS',
  [ROLES.branchProfessional]: 'PS',
  [ROLES.externalFirm]: 'Firma',
  [ROLES.executorOfficer]: 'Ejec.',
  [ROLES.legalManager]: 'Jur.',
  [ROLES.editor]: 'Editor',
  [ROLES.broker]: 'Interm.',
  [ROLES.provider]: 'Prest.',
}

const SECTIONS: { kind: SubjectKind; title: string }[] = [
  { kind: 'collection', title: 'Colecciones' },
  { kind: 'global', title: 'Globales' },
  { kind: 'field', title: 'Campos protegidos' },
  { kind: 'credential', title: 'Cuentas de usuario' },
  { kind: 'endpoint', title: 'Endpoints propios (solo REST)' },
]

const escape = (text: string) => text.replace(/\|/g, '\\|')

const table = (cells: readonly MatrixCell[]): string[] => [
  `| Qué | ${ACTORS.map((a) => SHORT[a]).join(' | ')} |`,
  `| --- | ${ACTORS.map(() => ':-:').join(' | ')} |`,
  ...cells.map((cell) => `| ${escape(cell.label.es)} | ${ACTORS.map((a) => OUTCOME_LABELS[cell.expected[a]].es).join(' | ')} |`),
]

/** The generated part of docs/security.md: the same cells tests/int/accessMatrix.test.ts runs. */
export const renderAccessMatrix = (): string =>
  [
    MATRIX_START,
    '<!-- Generado por `npm run docs:security` desde src/auth/accessMatrix.ts; no editar a mano. -->',
    '',
    'Cada celda la comprueba `tests/int/accessMatrix.test.ts` por REST, GraphQL y la Local API (los endpoints',
    'propios, solo por REST). "Lo suyo": sus filas (sucursal, firma asignada, claves del intermediario, NIT del',
    'prestador); las de los demás no las ve o se le rechazan. "Solo lo propio": su propio usuario o sus propios',
    'archivos subidos.',
    '',
    `Roles: ${ACTORS.map((a) => `**${SHORT[a]}** ${a === 'anonymous' ? 'sin sesión' : `\`${a}\``}`).join(', ')}.`,
    '',
    `Valores: ${(['all', 'scope', 'self', 'allowed', 'none'] as const).map((o) => `**${OUTCOME_LABELS[o].es}** (${OUTCOME_LABELS[o].en})`).join(', ')}.`,
    ...SECTIONS.flatMap(({ kind, title }) => ['', `### ${title}`, '', ...table(ACCESS_MATRIX.filter((c) => c.kind === kind))]),
    MATRIX_END,
  ].join('\n')

/** `doc` with its matrix section replaced by the generated one (appended if the markers are missing). */
export const withAccessMatrix = (doc: string): string => {
  const start = doc.indexOf(MATRIX_START)
  const end = doc.indexOf(MATRIX_END)
  if (start === -1 || end === -1 || end < start) return `${doc.trimEnd()}\n\n${renderAccessMatrix()}\n`
  return doc.slice(0, start) + renderAccessMatrix() + doc.slice(end + MATRIX_END.length)
}
