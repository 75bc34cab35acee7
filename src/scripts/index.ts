/**
 * kefu/scripts — see the README. This module grows with its issue.
 * @module scripts
 */
export {};
