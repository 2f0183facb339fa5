export * from './cards';
export * from './lanes';
export * from './links';
export * from './maps';
export * from './stages';
export { touchMap } from './touch';
export * from './demo';
export * from './goalConflict';
export * from './channels';
