/**
 * kefu/sla — see the README. This module grows with its issue.
 * @module sla
 */
export {};
