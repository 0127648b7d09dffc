import * as migration_20261125_160659_initial from './20261125_160659_initial';
import * as migration_20261125_164436_issue3 from './20261125_164436_issue3';
import * as migration_20261125_174946_cases_notifications from './20261125_174946_cases_notifications';
import * as migration_20261125_183116_policy_certificates from './20261125_183116_policy_certificates';
import * as migration_20261125_190721_cases_documents from './20261125_190721_cases_documents';
import * as migration_20261130_204749_documents_scope from './20261130_204749_documents_scope';

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
    up: migration_20261130_204749_documents_scope.up,
    down: migration_20261130_204749_documents_scope.down,
    name: '20261130_204749_documents_scope'
  },
];
