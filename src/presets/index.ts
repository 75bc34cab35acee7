/**
 * kefu/presets — see the README. This module grows with its issue.
 * @module presets
 */
export {};
