export * from './figures'
export * from './indicators'
export * from './period'
export * from './snapshotStatus'
