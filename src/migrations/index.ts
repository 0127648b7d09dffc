import * as migration_20261125_160659_initial from './20261125_160659_initial';
import * as migration_20261125_173218_issue4 from './20261125_173218_issue4';

export const migrations = [
  {
    up: migration_20261125_160659_initial.up,
    down: migration_20261125_160659_initial.down,
    name: '20261125_160659_initial',
  },
  {
    up: migration_20261125_173218_issue4.up,
    down: migration_20261125_173218_issue4.down,
    name: '20261125_173218_issue4'
  },
];
