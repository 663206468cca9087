// Stands in for each core-js polyfill module (no-polyfills.ts says why): nothing to add.
export {};
