/**
 * kefu/classify — see the README. This module grows with its issue.
 * @module classify
 */
export {};
