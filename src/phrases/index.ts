/**
 * kefu/phrases — see the README. This module grows with its issue.
 * @module phrases
 */
export {};
