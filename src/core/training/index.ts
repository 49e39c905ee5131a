// Training records (issue 6): status rules, compliance, imports and exports. See DOMAIN.md "Training".
export * from './status';
export * from './audience';
export * from './compliance';
export * from './leads';
export * from './staff';
export * from './sessions';
export * from './export';
export * from './matrix';
