import type { CitationData } from '@/email/templates/citation'

/** A citation as the mail queue receives it, shared by the template's unit test and the queue's int test. */
export const SAMPLE_CITATION: CitationData = {
  debtorName: 'Transportes Andinos S.A.S.',
  debtorId: 'NIT 900111222-3',
  caseNumber: 'COB-2026-0007',
  actName: 'Liquidación certificada de deuda',
  branchName: 'Bogotá',
  branchAddress: 'Calle 72 # 10-07',
  daysToAppear: 5,
  sentOn: '2026-12-01',
}
