export declare const NO_POLYFILLS: Array<{ find: RegExp; replacement: string }>;
export declare const BUNDLE_WITHOUT_POLYFILLS: string[];
