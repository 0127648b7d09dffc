import * as migration_20261125_160659_initial from './20261125_160659_initial';

export const migrations = [
  {
    up: migration_20261125_160659_initial.up,
    down: migration_20261125_160659_initial.down,
    name: '20261125_160659_initial'
  },
];
