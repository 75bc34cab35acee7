import { describe, expect, it } from 'vitest';
import { KefuError } from '../../src/model/error.js';
import { selectPolicy, validatePolicy, type SlaPolicy, type SlaTarget } from '../../src/sla/index.js';

const reply: SlaTarget = {
  id: 'reply',
  startOn: 'created',
  stopOn: 'replied',
  limit: { duration: { hours: 24 }, clock: 'calendar', counting: 'elapsed' },
  source: { rule: 'HOT-SLA-4', text: '研究或请示上级后应在24小时内答复,不可越权答复' },
};
const policy: SlaPolicy = { id: 'gas-hotline/consultation-reply', name: 'Deferred answer', appliesTo: { kinds: ['consultation-reply'] }, targets: [reply] };

/** The KefuError thrown for `input`, as [path, value, message]. */
function rejection(input: unknown): [string, unknown, string] {
  try {
    validatePolicy(input);
  } catch (error) {
    expect(error).toBeInstanceOf(KefuError);
    const e = error as KefuError;
    expect(e.code).toBe('invalid_policy');
    const issue = e.issues[0]!;
    return [
      issue.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
        .join('')
        .replace(/^\./, ''),
      issue.value,
      e.message,
    ];
  }
  throw new Error('accepted');
}

const withTarget = (patch: Record<string, unknown>): unknown => ({ ...policy, targets: [{ ...reply, ...patch }] });

describe('validatePolicy (rule: HOT-SLA-4 policy as data)', () => {
  it('accepts a well-formed policy and returns it unchanged', () => {
    expect(validatePolicy(policy)).toBe(policy);
    expect(validatePolicy(JSON.parse(JSON.stringify(policy)))).toEqual(policy);
  });

  it.each([
    ['not an object', 'x', '', 'x'],
    ['an empty id', { ...policy, id: ' ' }, 'id', ' '],
    ['no targets', { ...policy, targets: [] }, 'targets', []],
    ['an unknown kind', { ...policy, appliesTo: { kinds: ['consultation'] } }, 'appliesTo.kinds[0]', 'consultation'],
    ['an unknown priority', { ...policy, appliesTo: { priorities: ['critical'] } }, 'appliesTo.priorities[0]', 'critical'],
    ['an unknown stop event', withTarget({ stopOn: 'answered' }), 'targets[0].stopOn', 'answered'],
    ['an unknown event in a list', withTarget({ stopOn: ['replied', 'done'] }), 'targets[0].stopOn[1]', 'done'],
    ['no start event', withTarget({ startOn: [] }), 'targets[0].startOn', []],
    ['an event in two roles', withTarget({ pauseOn: ['replied'] }), 'targets[0].pauseOn', 'replied'],
    ['an unknown clock', withTarget({ limit: { duration: { hours: 24 }, clock: 'wall', counting: 'elapsed' } }), 'targets[0].limit.clock', 'wall'],
    ['an unknown counting', withTarget({ limit: { duration: { hours: 24 }, clock: 'calendar', counting: 'lunar' } }), 'targets[0].limit.counting', 'lunar'],
    ['a negative duration', withTarget({ limit: { duration: { hours: -1 }, clock: 'calendar', counting: 'elapsed' } }), 'targets[0].limit.duration.hours', -1],
    ['a zero duration', withTarget({ limit: { duration: {}, clock: 'calendar', counting: 'elapsed' } }), 'targets[0].limit.duration', {}],
    ['fractional days', withTarget({ limit: { duration: { days: 1.5 }, clock: 'calendar', counting: 'civil-code' } }), 'targets[0].limit.duration.days', 1.5],
    [
      'days mixed with hours under civil-code',
      withTarget({ limit: { duration: { days: 1, hours: 2 }, clock: 'calendar', counting: 'civil-code' } }),
      'targets[0].limit.duration',
      { days: 1, hours: 2 },
    ],
    ['an unknown task field', withTarget({ limit: { from: 'deadline', clock: 'calendar' } }), 'targets[0].limit.from', 'deadline'],
    ['a share over 1', withTarget({ warnings: [{ share: 1.2 }] }), 'targets[0].warnings[0].share', 1.2],
    ['a time-left warning in days', withTarget({ warnings: [{ left: { days: 1 } }] }), 'targets[0].warnings[0].left', { days: 1 }],
    ['a warning of neither kind', withTarget({ warnings: [{ at: 5 }] }), 'targets[0].warnings[0]', { at: 5 }],
    ['a source without text', withTarget({ source: { rule: 'HOT-SLA-4' } }), 'targets[0].source', { rule: 'HOT-SLA-4' }],
  ])('rejects %s, naming the field and value', (_name, input, path, value) => {
    const [gotPath, gotValue, message] = rejection(input);
    expect(gotPath).toBe(path);
    expect(gotValue).toEqual(value);
    expect(message).toContain(path === '' ? '(root)' : path.replace(/\[0\]$/, ''));
  });

  it('rejects a repeated target id', () => {
    const [path, value] = rejection({ ...policy, targets: [reply, reply] });
    expect([path, value]).toEqual(['targets[1].id', 'reply']);
  });
});

describe('selectPolicy (first match in order, as Zendesk does)', () => {
  const limit = { duration: { workingDays: 1 }, clock: 'business', counting: 'elapsed' } as const;
  const major: SlaPolicy = {
    id: 'major',
    name: 'Major complaint',
    appliesTo: { kinds: ['complaint'], priorities: ['urgent', 'high'] },
    targets: [{ id: 'fix', startOn: 'created', stopOn: 'resolved', limit }],
  };
  const general: SlaPolicy = {
    id: 'general',
    name: 'General complaint',
    appliesTo: { kinds: ['complaint'] },
    targets: [{ id: 'fix', startOn: 'created', stopOn: 'resolved', limit }],
  };
  const byIdOnly: SlaPolicy = { id: 'fax', name: 'Fax', targets: [{ id: 'respond', startOn: 'created', stopOn: 'acknowledged', limit }] };
  const catchAll: SlaPolicy = { id: 'any', name: 'Anything', appliesTo: {}, targets: [{ id: 'close', startOn: 'created', stopOn: 'closed', limit }] };

  it('takes the first whose kinds and priorities match (rule: PM-SLA-1 before PM-SLA-2)', () => {
    expect(selectPolicy({ kind: 'complaint', priority: 'high' }, [major, general])?.id).toBe('major');
    expect(selectPolicy({ kind: 'complaint', priority: 'low' }, [major, general])?.id).toBe('general');
    expect(selectPolicy({ kind: 'complaint' }, [major, general])?.id).toBe('general');
    // order decides: a general policy first shadows the major one
    expect(selectPolicy({ kind: 'complaint', priority: 'high' }, [general, major])?.id).toBe('general');
  });

  it('a policy without appliesTo is reached only through policyId; appliesTo: {} matches anything', () => {
    expect(selectPolicy({ kind: 'service-request' }, [byIdOnly])).toBeUndefined();
    expect(selectPolicy({ kind: 'service-request', policyId: 'fax' }, [general, byIdOnly])?.id).toBe('fax');
    expect(selectPolicy({ kind: 'service-request' }, [byIdOnly, catchAll])?.id).toBe('any');
  });

  it('policyId wins over matching, and an unknown one is an error naming it', () => {
    expect(selectPolicy({ kind: 'complaint', priority: 'urgent', policyId: 'general' }, [major, general])?.id).toBe('general');
    expect(() => selectPolicy({ kind: 'complaint', policyId: 'gas-hotline/complaint' }, [major, general])).toThrow(/policyId[\s\S]*gas-hotline\/complaint/);
  });
});
