/** kefu's version, kept equal to package.json by a test. @internal */
export const VERSION = '0.1.0';
