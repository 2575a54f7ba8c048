export * from './address';
export * from './grid';
export * from './number-format';
export * from './types';
