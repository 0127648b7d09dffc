import * as migration_20261125_160659_initial from './20261125_160659_initial';
import * as migration_20261125_164436_issue3 from './20261125_164436_issue3';
import * as migration_20261125_174946_cases_notifications from './20261125_174946_cases_notifications';
import * as migration_20261125_183116_policy_certificates from './20261125_183116_policy_certificates';
import * as migration_20261125_190721_cases_documents from './20261125_190721_cases_documents';
import * as migration_20261130_204453_auth_active_and_events from './20261130_204453_auth_active_and_events';
import * as migration_20261130_204559_auth_no_account_lock from './20261130_204559_auth_no_account_lock';
import * as migration_20261130_204749_documents_scope from './20261130_204749_documents_scope';
import * as migration_20261130_205000_auth_rate_limits from './20261130_205000_auth_rate_limits';
import * as migration_20261130_210312_requests_idempotency from './20261130_210312_requests_idempotency';
import * as migration_20261130_210335_mail_queue from './20261130_210335_mail_queue';
import * as migration_20261130_210746_auth_audit_detail from './20261130_210746_auth_audit_detail';
import * as migration_20261130_210847_calendar_recompute_task from './20261130_210847_calendar_recompute_task';
import * as migration_20261201_010120_payouts from './20261201_010120_payouts';
import * as migration_20261201_054902_features_2026_12 from './20261201_054902_features_2026_12';
import * as migration_20261201_110318_features_2026_12_b from './20261201_110318_features_2026_12_b';
import * as migration_20261201_130243_seed000_details from './20261201_130243_seed000_details';
import * as migration_20261201_130314_email_messages_case_scope from './20261201_130314_email_messages_case_scope';
import * as migration_20261201_130500_scale_reads_indexes from './20261201_130500_scale_reads_indexes';
import * as migration_20261201_130655_portfolio_imports from './20261201_130655_portfolio_imports';
import * as migration_20261201_162616_upload_storage_keys from './20261201_162616_upload_storage_keys';
import * as migration_20261201_162638_payments_import from './20261201_162638_payments_import';
import * as migration_20261202_014838_compact_rollup_job from './20261202_014838_compact_rollup_job';
import * as migration_20261202_020000_arrears_rollup from './20261202_020000_arrears_rollup';

export const migrations = [
  {
    up: migration_20261125_160659_initial.up,
    down: migration_20261125_160659_initial.down,
    name: '20261125_160659_initial',
  },
  {
    up: migration_20261125_164436_issue3.up,
    down: migration_20261125_164436_issue3.down,
    name: '20261125_164436_issue3',
  },
  {
    up: migration_20261125_174946_cases_notifications.up,
    down: migration_20261125_174946_cases_notifications.down,
    name: '20261125_174946_cases_notifications',
  },
  {
    up: migration_20261125_183116_policy_certificates.up,
    down: migration_20261125_183116_policy_certificates.down,
    name: '20261125_183116_policy_certificates',
  },
  {
    up: migration_20261125_190721_cases_documents.up,
    down: migration_20261125_190721_cases_documents.down,
    name: '20261125_190721_cases_documents',
  },
  {
    up: migration_20261130_204453_auth_active_and_events.up,
    down: migration_20261130_204453_auth_active_and_events.down,
    name: '20261130_204453_auth_active_and_events',
  },
  {
    up: migration_20261130_204559_auth_no_account_lock.up,
    down: migration_20261130_204559_auth_no_account_lock.down,
    name: '20261130_204559_auth_no_account_lock',
  },
  {
    up: migration_20261130_204749_documents_scope.up,
    down: migration_20261130_204749_documents_scope.down,
    name: '20261130_204749_documents_scope',
  },
  {
    up: migration_20261130_205000_auth_rate_limits.up,
    down: migration_20261130_205000_auth_rate_limits.down,
    name: '20261130_205000_auth_rate_limits',
  },
  {
    up: migration_20261130_210312_requests_idempotency.up,
    down: migration_20261130_210312_requests_idempotency.down,
    name: '20261130_210312_requests_idempotency',
  },
  {
    up: migration_20261130_210335_mail_queue.up,
    down: migration_20261130_210335_mail_queue.down,
    name: '20261130_210335_mail_queue',
  },
  {
    up: migration_20261130_210746_auth_audit_detail.up,
    down: migration_20261130_210746_auth_audit_detail.down,
    name: '20261130_210746_auth_audit_detail',
  },
  {
    up: migration_20261130_210847_calendar_recompute_task.up,
    down: migration_20261130_210847_calendar_recompute_task.down,
    name: '20261130_210847_calendar_recompute_task',
  },
  {
    up: migration_20261201_010120_payouts.up,
    down: migration_20261201_010120_payouts.down,
    name: '20261201_010120_payouts',
  },
  {
    up: migration_20261201_054902_features_2026_12.up,
    down: migration_20261201_054902_features_2026_12.down,
    name: '20261201_054902_features_2026_12',
  },
  {
    up: migration_20261201_110318_features_2026_12_b.up,
    down: migration_20261201_110318_features_2026_12_b.down,
    name: '20261201_110318_features_2026_12_b',
  },
  {
    up: migration_20261201_130243_seed000_details.up,
    down: migration_20261201_130243_seed000_details.down,
    name: '20261201_130243_seed000_details',
  },
  {
    up: migration_20261201_130314_email_messages_case_scope.up,
    down: migration_20261201_130314_email_messages_case_scope.down,
    name: '20261201_130314_email_messages_case_scope',
  },
  {
    up: migration_20261201_130500_scale_reads_indexes.up,
    down: migration_20261201_130500_scale_reads_indexes.down,
    name: '20261201_130500_scale_reads_indexes',
  },
  {
    up: migration_20261201_130655_portfolio_imports.up,
    down: migration_20261201_130655_portfolio_imports.down,
    name: '20261201_130655_portfolio_imports',
  },
  {
    up: migration_20261201_162616_upload_storage_keys.up,
    down: migration_20261201_162616_upload_storage_keys.down,
    name: '20261201_162616_upload_storage_keys',
  },
  {
    up: migration_20261201_162638_payments_import.up,
    down: migration_20261201_162638_payments_import.down,
    name: '20261201_162638_payments_import',
  },
  {
    up: migration_20261202_014838_compact_rollup_job.up,
    down: migration_20261202_014838_compact_rollup_job.down,
    name: '20261202_014838_compact_rollup_job',
  },
  {
    up: migration_20261202_020000_arrears_rollup.up,
    down: migration_20261202_020000_arrears_rollup.down,
    name: '20261202_020000_arrears_rollup'
  },
];
