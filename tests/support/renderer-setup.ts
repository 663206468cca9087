// Runs before each renderer test file. Modules are shared between a worker's files, so Testing
// Library's own clean-up (registered once, when it is first imported) would only cover the first
// file: every file unmounts what it rendered here.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(cleanup);
