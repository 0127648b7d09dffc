/** The named steps of confirming an assignment batch, in order. */
export type BatchConfirmationStep = 'lockBatch' | 'checkBatch' | 'lockDebtors' | 'assignDebtors' | 'markConfirmed'

export type BatchRow = { debtor: number; firm: number; branch: number | null; value: number; openCases: number }
