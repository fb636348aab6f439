export * from './errors.js';
export * from './findings.js';
export * from './files.js';
export * from './yaml-source.js';
export * from './model.js';
export * from './repository.js';
export * from './config.js';
export * from './reporters.js';
