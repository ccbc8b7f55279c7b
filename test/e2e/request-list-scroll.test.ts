import { join } from 'node:path';
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestListQuery } from '../../src-main/contract/requests';
import { fillLargeRequests } from '../fixtures/large-requests';
import { AppShell } from './pages/app-shell';
import { RequestList, RequestPage } from './pages/requests';
import { openRig, type RigSession } from './rig';
import { today } from './today';

const COUNT = 3_000;

describe('the request list of a few thousand requests scrolls through all of them', () => {
  let s: RigSession;
  let list: RequestList;
  let shell: AppShell;
  /** The service's own answer for the list as the screen asks it (every state, the sort shown). */
  let expected: (sort: { by: 'dueOn' | 'reference'; dir: 'asc' | 'desc' }, offset: number, limit: number) => string[];

  beforeAll(async () => {
    s = await openRig();
    list = new RequestList(s.page);
    await s.rig.services.session.create(join(s.workspaceDir, 'scroll.pws'), 'scroll passphrase lantern 2026', 'Scroll Org');
    fillLargeRequests(s.rig.services, { count: COUNT, today: today(), years: 2 });
    expected = (sort, offset, limit) => s.rig.services.requests.list(requestListQuery.parse({ state: 'all', sort, offset, limit })).rows.map((row) => row.reference);
    // The picker was shown before the workspace opened: load the app again to find it unlocked.
    await s.page.reload();
    shell = new AppShell(s.page);
    await shell.sectionHeading('Dashboard').waitFor();
    await shell.goTo('Requests');
    await list.show('All');
    await list.rowAt(2).filter({ hasText: expected({ by: 'dueOn', dir: 'asc' }, 0, 1)[0] ?? '' }).waitFor();
  });

  afterAll(async () => {
    await s?.close();
  });

  /** Waits until no row in view is a placeholder, then checks each against the service's rows at its place. */
  async function expectRowsInOrder(sort: { by: 'dueOn' | 'reference'; dir: 'asc' | 'desc' }) {
    let shown: [number, string][] = [];
    await expect
      .poll(async () => {
        shown = await list.shownRows();
        return shown.some(([, reference]) => reference === '');
      })
      .toBe(false);
    const indexes = shown.map(([index]) => index);
    expect(indexes.length).toBeGreaterThan(5);
    // Consecutive places in the whole list, the header being row 1.
    expect(indexes).toEqual(indexes.map((_, at) => indexes[0]! + at));
    expect(shown.map(([, reference]) => reference)).toEqual(expected(sort, indexes[0]! - 2, indexes.length));
    return indexes;
  }

  it('counts every request, not a page of them', async () => {
    await expect(list.table().getAttribute('aria-rowcount')).resolves.toBe(String(COUNT + 1));
    await s.page.getByText(new RegExp(`^1–\\d+ of ${COUNT.toLocaleString('en')} requests$`)).waitFor();
    await expectRowsInOrder({ by: 'dueOn', dir: 'asc' });
  });

  it('shows the rows of the middle of the list when scrolled there', async () => {
    await list.scrollTo(Math.round((COUNT / 2) * 37));
    await expect.poll(async () => (await list.shownRows())[0]?.[0]).toBeGreaterThan(COUNT / 2 - 40);
    await expectRowsInOrder({ by: 'dueOn', dir: 'asc' });
    await shell.dismissNotifications();
    await s.screenshot('request-list-scroll-01-middle');
  });

  it('ends with the last request of the sort order when scrolled to the bottom', async () => {
    await list.scrollTo('end');
    const last = expected({ by: 'dueOn', dir: 'asc' }, COUNT - 1, 1)[0]!;
    await list.rowAt(COUNT + 1).filter({ hasText: last }).waitFor();
    const indexes = await expectRowsInOrder({ by: 'dueOn', dir: 'asc' });
    expect(indexes.at(-1)).toBe(COUNT + 1);
    await s.page.getByText(new RegExp(`–${COUNT.toLocaleString('en')} of ${COUNT.toLocaleString('en')} requests$`)).waitFor();
  });

  it('goes to the real first and last rows with Home and End, and opens one with Enter', async () => {
    const sort = { by: 'dueOn', dir: 'asc' } as const;
    await list.scrollTo(0);
    await list.rowAt(2).focus();
    await s.page.keyboard.press('End');
    const focusedIndex = () => s.page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex') ?? '');
    await expect.poll(focusedIndex).toBe(String(COUNT + 1));
    await list.rowAt(COUNT + 1).filter({ hasText: expected(sort, COUNT - 1, 1)[0]! }).waitFor();
    await s.page.keyboard.press('ArrowUp');
    await expect.poll(focusedIndex).toBe(String(COUNT));
    await s.page.keyboard.press('Home');
    await expect.poll(focusedIndex).toBe('2');
    await s.page.keyboard.press('PageDown');
    await expect.poll(focusedIndex).toBe('12');
    const tenth = expected(sort, 10, 1)[0]!;
    await list.rowAt(12).filter({ hasText: tenth }).waitFor();
    await s.page.keyboard.press('Enter');
    await new RequestPage(s.page).heading(tenth).waitFor();
    await s.page.goBack();
    await list.show('All');
    await expect.poll(() => list.table().getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
  });

  it('starts again at the top in the new order when sorted by another column, down to its own last row', async () => {
    const sort = { by: 'reference', dir: 'asc' } as const;
    await list.scrollTo('end');
    await list.rowAt(COUNT + 1).waitFor();
    await list.table().getByRole('button', { name: 'Reference' }).click();
    await list.rowAt(2).filter({ hasText: expected(sort, 0, 1)[0]! }).waitFor();
    await expect.poll(() => list.table().evaluate((table) => table.parentElement!.scrollTop)).toBe(0);
    await expectRowsInOrder(sort);
    await list.rowAt(2).focus();
    await s.page.keyboard.press('End');
    await list.rowAt(COUNT + 1).filter({ hasText: expected(sort, COUNT - 1, 1)[0]! }).waitFor();
    await expectRowsInOrder(sort);
  });

  it('shows busy placeholders while a block is on its way, and stays right when it arrives after the list moved on', async () => {
    const sort = { by: 'reference', dir: 'asc' } as const;
    const held: Route[] = [];
    const middle = (route: Route) => {
      const { offset } = route.request().postDataJSON() as { offset: number };
      if (offset >= COUNT / 3 && offset < (2 * COUNT) / 3) held.push(route);
      else void route.continue();
    };
    await s.page.route('**/api/requests.list', middle);
    await list.scrollTo(Math.round((COUNT / 2) * 37));
    // The rows in view wait for their block: same places, marked busy.
    await expect.poll(async () => (await list.shownRows()).filter(([index, reference]) => reference === '' && index > COUNT / 3).length).toBeGreaterThan(5);
    expect(held.length).toBeGreaterThan(0);
    await list.scrollTo('end');
    await list.rowAt(COUNT + 1).filter({ hasText: expected(sort, COUNT - 1, 1)[0]! }).waitFor();
    // The held blocks now answer, long after the list left them: what is shown does not change.
    await Promise.all(held.map((route) => route.continue()));
    await Promise.all(held.map((route) => route.request().response()));
    const indexes = await expectRowsInOrder(sort);
    expect(indexes.at(-1)).toBe(COUNT + 1);
    await s.page.unroute('**/api/requests.list', middle);
    await list.scrollTo(Math.round((COUNT / 2) * 37));
    await expect.poll(async () => (await list.shownRows())[0]?.[0]).toBeLessThan(COUNT / 2 + 40);
    await expectRowsInOrder(sort);
  });

  it('ticks every matching request from the header box, saying how many', async () => {
    const all = list.table().getByRole('checkbox', { name: `Select all ${COUNT.toLocaleString('en')} matching` });
    await all.click();
    await list.bulkBar().getByText(`${COUNT.toLocaleString('en')} requests selected`).waitFor();
    await list.table().getByRole('checkbox', { name: 'Clear the selection' }).click();
    await list.bulkBar().waitFor({ state: 'detached' });
  });

  it('made no request beyond the local service and raised no page error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
