import type { JobsConfig } from 'payload'

import { ASSIGNMENT_QUEUE } from './monthlyAssignmentTask'
import { INDICATORS_QUEUE } from './indicatorSnapshotTask'
import { MAIL_QUEUE } from './sendEmailTask'
import { SWEEP_QUEUE } from './deadlineSweepTask'
import { PAYOUTS_QUEUE } from '@/payouts/import/importPayoutsTask'
import { IMPORTS_QUEUE } from '@/imports/importPortfolioTask'

type AutorunCronConfig = Extract<NonNullable<JobsConfig['autoRun']>, unknown[]>[number]

/** When each queue is run: by the single app process (`npm run dev`), or by `npm run worker` (JOBS_RUNNER=worker). */
export const JOB_SCHEDULES: AutorunCronConfig[] = [
  { cron: '*/5 * * * *', queue: SWEEP_QUEUE },
  // Mails queued by the sweep, and their retries once their wait is over.
  { cron: '* * * * *', queue: MAIL_QUEUE },
  // Bulk loads of provider payouts, picked up within the minute.
  { cron: '* * * * *', queue: PAYOUTS_QUEUE },
  // Portfolio loads from the core system, picked up within the minute.
  { cron: '* * * * *', queue: IMPORTS_QUEUE },
  // The month-end snapshot of the indicators, scheduled on the last day (indicatorSnapshotTask).
  { cron: '*/5 * * * *', queue: INDICATORS_QUEUE },
  // The monthly proposal of assignments to firms (monthlyAssignmentTask).
  { cron: '0 * * * *', queue: ASSIGNMENT_QUEUE },
]
