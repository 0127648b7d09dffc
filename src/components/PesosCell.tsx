import type { DefaultServerCellComponentProps } from 'payload'

import { formatPesos, isPesos } from '@/rules/money'

/** List cell for money fields: "$ 1.750.905" instead of a bare 1750905. */
export const PesosCell = ({ cellData }: DefaultServerCellComponentProps) => (
  <span style={{ fontVariantNumeric: 'tabular-nums' }}>{isPesos(cellData) ? formatPesos(cellData) : ''}</span>
)
