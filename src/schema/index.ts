// The schemas and their inferred types, in one import.
export * from './labels.js';
export * from './graph-document.js';
export * from './article.js';
