import { describe, expect, it } from 'vitest';
import { RELATIONSHIPS } from './vocabulary';
import { actionsFor, planTasks, RELATIONSHIP_SUBJECTS } from './tasks';

const systems = [
  { id: 1, name: 'CRM' },
  { id: 2, name: 'Shop' },
];

describe('tasks from the inventory', () => {
  it('maps every relationship to Fides data subjects', () => {
    expect(Object.keys(RELATIONSHIP_SUBJECTS).sort()).toEqual(Object.keys(RELATIONSHIPS).sort());
    expect(RELATIONSHIP_SUBJECTS.former_employee).toEqual(['employee']);
    expect(RELATIONSHIP_SUBJECTS.contractor).toEqual(['consultant']);
    expect(RELATIONSHIP_SUBJECTS.website_visitor).toEqual(['visitor']);
  });

  it('asks for each action the types need, once, in a fixed order', () => {
    expect(actionsFor(['erasure', 'access', 'portability'])).toEqual(['search', 'export', 'delete']);
    expect(actionsFor(['opt_out_sale_sharing', 'objection', 'limit_sensitive', 'withdraw_consent'])).toEqual(['stop']);
    expect(actionsFor(['appeal'])).toEqual([]);
  });

  it('plans one task per system and action, one to tell the recipients, and nothing already there', () => {
    const planned = planTasks(['rectification', 'access'], systems, ['Parcel Co'], [{ systemId: 1, action: 'search' }]);
    expect(planned.map((t) => [t.systemName, t.action])).toEqual([
      ['CRM', 'export'],
      ['CRM', 'correct'],
      ['Shop', 'search'],
      ['Shop', 'export'],
      ['Shop', 'correct'],
      ['', 'notify_recipients'],
    ]);
    expect(planned[1]!.description).toBe('Correct the person’s data in CRM');
    expect(planned[5]!.description).toContain('Parcel Co');
    expect(planTasks(['access'], systems, ['Parcel Co'], []).some((t) => t.action === 'notify_recipients')).toBe(false);
    expect(planTasks(['erasure'], systems, [], []).map((t) => t.action)).toEqual(['delete', 'delete']);
    const all = planTasks(['erasure'], systems, ['A'], []);
    expect(planTasks(['erasure'], systems, ['A'], all)).toEqual([]);
  });
});
