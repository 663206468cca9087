// The store's part of the mutation test: src-main/store/ against tests/main (stryker.config.mjs).
import { mutation } from './stryker.config.mjs';

export default mutation({ part: 'store', tests: 'main', mutate: ['src-main/store/**/*.ts'] });
