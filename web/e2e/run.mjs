// Browser tests of the web app against a running LifeOS (BASE_URL), in the machine's Chromium.
// Run by app's BrowserTest (./lifeos test), not by `npm test`: `BASE_URL=http://localhost:8080 node e2e/run.mjs`.
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const BASE = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const WAIT = 10_000;
const run = Date.now().toString(36);
const password = 'correct horse battery';

const results = [];
async function scenario(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name} (${Date.now() - started} ms)\n${e?.stack ?? e}`);
    const text = await page.locator('body').innerText({ timeout: 1_000 }).catch(() => '(no body)');
    console.log(`     the page was ${page.url()}, showing:\n${text.slice(0, 600)}`);
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Waits until the locator shows the text (a string contained, or a RegExp). */
async function expectText(locator, text, timeout = WAIT) {
  await locator.filter({ hasText: text }).first().waitFor({ state: 'visible', timeout });
}

async function signUp(page, email, pass = password) {
  await page.goto(`${BASE}/sign-up`, { waitUntil: 'load' });
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(pass);
  await page.getByRole('button', { name: 'Create account' }).click();
}

async function createHabit(page, title, more = async () => {}) {
  await page.getByRole('link', { name: 'Habits', exact: true }).first().click();
  await page.getByRole('button', { name: 'New habit' }).click();
  await page.locator('#new-title').fill(title);
  await more();
  await page.getByRole('button', { name: 'Create habit' }).click();
  await page.getByRole('heading', { name: title }).waitFor({ timeout: WAIT });
}

function habitCard(page, title) {
  return page.locator('li.card').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

async function apiLogin(email) {
  const response = await fetch(`${BASE}/api/auth/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  check(response.ok, `REST login answered ${response.status}`);
  return (await response.json()).access_token;
}

async function apiGet(token, path) {
  const response = await fetch(`${BASE}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  check(response.ok, `GET ${path} answered ${response.status}`);
  return response.json();
}

// The server answers the SPA's entry page on a client-side route (else nothing below can work).
const entry = await fetch(`${BASE}/sign-up`, { headers: { Accept: 'text/html' } });
const html = await entry.text();
if (!entry.ok || !html.includes('<div id="root"')) {
  console.log(`FAIL GET ${BASE}/sign-up answered ${entry.status} ${entry.headers.get('content-type')}:\n${html.slice(0, 500)}`);
  process.exit(1);
}

const browser = await chromium.launch({
  executablePath: CHROMIUM, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
const alice = `alice-${run}@e2e.test`;
const bob = `bob-${run}@e2e.test`;
const habit = `Read 10 pages ${run}`;
const weekly = `Swim ${run}`;
const onDays = `Stretch ${run}`;
const live = `Drink water ${run}`;
const first = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
const page = await first.newPage();
page.on('console', (m) => { if (m.type() === 'error') console.log(`     console: ${m.text()}`); });
page.on('pageerror', (e) => console.log(`     page error: ${e.message}`));
page.setDefaultTimeout(WAIT);

try {
  await scenario('sign up, habits of each frequency, check in: streak 1, back-fill yesterday: 2, undo: 1', async () => {
    await signUp(page, alice);
    await page.waitForURL(`${BASE}/`, { timeout: WAIT });
    await createHabit(page, habit);
    await createHabit(page, weekly, async () => {
      await page.getByLabel('A number of times per week').check();
      await page.locator('#new-target').fill('3');
    });
    await expectText(habitCard(page, weekly), '3× per week');
    await createHabit(page, onDays, async () => {
      await page.getByLabel('On chosen days').check();
      await page.getByLabel('Mon', { exact: true }).check();
      await page.getByLabel('Thu', { exact: true }).check();
    });
    await expectText(habitCard(page, onDays), 'On Mon, Thu');
    await createHabit(page, live);
    const card = habitCard(page, habit);
    await card.getByRole('button', { name: 'Check in' }).click();
    await expectText(card.getByTestId('streak'), /Streak: 1 day\b/);
    await expectText(card, 'Done today');
    await card.getByRole('button', { name: 'History' }).click();
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await card.locator(`button[data-date="${yesterday}"]`).click();
    await expectText(card.getByTestId('streak'), /Streak: 2 days\b/);
    await page.getByRole('status').filter({ hasText: 'Back-filled' }).getByRole('button', { name: 'Undo' }).click();
    await expectText(card.getByTestId('streak'), /Streak: 1 day\b/);
    await card.getByRole('button', { name: 'Hide history' }).click();
  });

  await scenario('a check-in made through REST appears on the open Habits page without reload', async () => {
    const token = await apiLogin(alice);
    const habits = await apiGet(token, '/api/habits?size=100');
    const id = habits.items.find((h) => h.title === live)?.id;
    check(id, 'the habit is not in GET /api/habits');
    const card = habitCard(page, live);
    await card.getByRole('button', { name: 'Check in' }).waitFor({ timeout: WAIT });
    const response = await fetch(`${BASE}/api/habits/${id}/checkin`, {
      method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{}',
    });
    check(response.ok, `REST check-in answered ${response.status}`);
    await expectText(card, 'Done today', 8_000);
    await expectText(card.getByTestId('streak'), /Streak: 1 day\b/, 8_000);
  });

  await scenario('a validation error appears next to its field', async () => {
    await page.getByRole('button', { name: 'New habit' }).click();
    await page.getByRole('button', { name: 'Create habit' }).click();
    await expectText(page.locator('#new-title-error'), 'title');
    check(await page.locator('#new-title').getAttribute('aria-invalid') === 'true', 'the title is not marked invalid');
    await page.getByRole('button', { name: 'Cancel' }).click();
    const other = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
    try {
      const signUpPage = await other.newPage();
      await signUp(signUpPage, `short-${run}@e2e.test`, 'short');
      await signUpPage.locator('#password-error').waitFor({ timeout: WAIT });
      check(await signUpPage.locator('#password-error').textContent() !== '', 'the password error is empty');
      check(signUpPage.url().endsWith('/sign-up'), `a refused sign-up left the page: ${signUpPage.url()}`);
    } finally {
      await other.close();
    }
  });

  await scenario('goal progress with a note shows in the history', async () => {
    const goal = `Run a marathon ${run}`;
    await page.getByRole('link', { name: 'Goals', exact: true }).first().click();
    await page.getByRole('button', { name: 'New goal' }).click();
    await page.locator('#goal-title').fill(goal);
    await page.getByRole('button', { name: 'Create goal' }).click();
    const card = page.locator('li.card').filter({ has: page.getByRole('heading', { name: goal, exact: true }) });
    await card.waitFor({ timeout: WAIT });
    await card.locator('input[type=range]').fill('40');
    await card.getByLabel('Note (private, optional)').fill('first long run done');
    await card.getByRole('button', { name: 'Save progress' }).click();
    await expectText(card, '40%');
    await card.getByRole('button', { name: 'History' }).click();
    await expectText(card.locator('li'), /40% — first long run done/);
    await card.getByRole('img', { name: `Progress history of ${goal}` }).waitFor({ timeout: WAIT });
  });

  // Health, journal, learning and time (issue 19)
  await scenario('a weight reading adds a point to the weight trend chart', async () => {
    await page.getByRole('link', { name: 'Health', exact: true }).first().click();
    await page.getByText('No readings yet').waitFor({ timeout: WAIT });
    await page.getByRole('button', { name: 'Record a reading' }).click();
    await page.locator('#health-value').fill('72.4'); // "When" left as it is: the server's now
    await page.getByRole('button', { name: 'Record reading' }).click();
    const chart = page.getByTestId('trend-chart');
    await page.locator('[data-testid="trend-chart"][data-points="1"]').waitFor({ timeout: WAIT });
    await expectText(page.getByRole('button', { pressed: true }).filter({ hasText: 'Weight' }), '72.4 kg');
    const before = await chart.locator('.recharts-line-dot').count();
    await page.getByRole('button', { name: 'Record a reading' }).click();
    await page.locator('#health-value').fill('160.5');
    await page.locator('#health-unit').selectOption('lb');
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
    await page.locator('#health-when').fill(`${threeDaysAgo}T07:30`);
    await page.getByRole('button', { name: 'Record reading' }).click();
    await page.locator('[data-testid="trend-chart"][data-points="2"]').waitFor({ timeout: WAIT });
    await expectText(page.getByTestId('trend-summary'), '2 days with readings');
    const after = await chart.locator('.recharts-line-dot').count();
    check(after === before + 1, `the chart drew ${before} dots before and ${after} after the second reading`);
    await page.getByRole('button', { name: 'Weeks' }).click();
    await expectText(page.getByTestId('trend-summary'), /weeks? with readings/);
  });

  await scenario('a journal entry is found by searching for a word in it', async () => {
    const word = `bouldering${run}`;
    await page.getByRole('link', { name: 'Journal', exact: true }).first().click();
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByLabel('What happened, how you feel').fill(`Tired, but the ${word} session fixed it.`);
    await page.getByLabel('Mood (optional)').selectOption('good');
    await page.getByLabel('Tags (comma-separated)').fill('sport, Evening');
    await page.getByRole('button', { name: 'Write entry' }).click();
    const entries = page.getByRole('list', { name: 'Journal entries' });
    await expectText(entries, word);
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByLabel('What happened, how you feel').fill('A quiet day at the desk.');
    await page.getByRole('button', { name: 'Write entry' }).click();
    await expectText(entries, 'A quiet day at the desk.');
    await page.getByLabel('Words to find').fill(word.toUpperCase());
    await page.getByRole('button', { name: 'Search' }).click();
    await expectText(page.getByRole('status'), /^1 entry matches/);
    await expectText(entries, word);
    check(await entries.getByText('A quiet day at the desk.').count() === 0, 'the search also lists an entry without the word');
    await expectText(entries.locator('article'), 'good');
    await page.getByRole('button', { name: 'Clear' }).click();
    await expectText(entries, 'A quiet day at the desk.');
  });

  await scenario('a learning session shows on its course; a tracked time entry derives its duration in the user\'s zone', async () => {
    const course = `SQL Basics ${run}`;
    await page.getByRole('link', { name: 'Learning', exact: true }).first().click();
    await page.getByRole('button', { name: 'Log a session' }).click();
    await page.locator('#learning-course').fill(course);
    await page.locator('#learning-platform').fill('Coursera');
    await page.locator('#learning-minutes').fill('45');
    await page.locator('#learning-progress').fill('30');
    await page.getByRole('button', { name: 'Log session' }).click();
    const card = page.locator('li.card').filter({ has: page.getByRole('heading', { name: course, exact: true }) });
    await expectText(card, '45 min in 1 session');
    await expectText(card, '30% through');
    await expectText(page.getByTestId('learning-summary'), '45 min in 1 session');

    await page.getByRole('link', { name: 'Time', exact: true }).first().click();
    await page.getByRole('button', { name: 'Track time' }).click();
    await page.locator('#time-activity').fill(`Writing the report ${run}`);
    await page.locator('#time-category').fill('work');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await page.locator('#time-start').fill(`${yesterday}T09:00`);
    await page.locator('#time-end').fill(`${yesterday}T10:30`);
    await expectText(page.getByTestId('derived-duration'), 'Duration: 1 h 30 min');
    await page.locator('#time-score').fill('8');
    await page.getByRole('button', { name: 'Track', exact: true }).click();
    const entry = page.getByRole('list', { name: 'Time entries, last 30 days' }).locator('li').filter({ hasText: `Writing the report ${run}` });
    await expectText(entry, /9:00\s?AM–10:30\s?AM · 1 h 30 min · scored 8\/10/);
    await expectText(page.getByTestId('best-hour'), 'Best around 9 AM');
  });

  await scenario('a second browser signed in as another user never sees the first user\'s habit', async () => {
    const second = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
    try {
      const other = await second.newPage();
      other.setDefaultTimeout(WAIT);
      await signUp(other, bob);
      await other.waitForURL(`${BASE}/`, { timeout: WAIT });
      await other.getByRole('link', { name: 'Habits', exact: true }).first().click();
      await other.getByText('No habits yet').waitFor({ timeout: WAIT });
      check(await other.getByText(habit).count() === 0, 'the other user sees the first user\'s habit');
      await other.goto(`${BASE}/`, { waitUntil: 'load' });
      await other.getByRole('heading', { level: 1 }).first().waitFor({ timeout: WAIT });
      await other.waitForTimeout(500);
      check(await other.getByText(habit).count() === 0, 'the other user\'s Today shows the first user\'s habit');
    } finally {
      await second.close();
    }
  });

  await scenario('relationships: a contact with a cadence is late; logging an interaction makes them due later', async () => {
    const name = `Grace ${run}`;
    const lastContact = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
    await page.getByRole('link', { name: 'Relationships', exact: true }).first().click();
    await page.getByRole('button', { name: 'New contact' }).click();
    await page.locator('#contact-name').fill(name);
    await page.locator('#contact-type').fill('friend');
    await page.locator('#contact-every').fill('14');
    await page.locator('#contact-last').fill(lastContact);
    await page.getByRole('button', { name: 'Add contact' }).click();
    const card = page.locator('li.card').filter({ has: page.getByRole('heading', { name, exact: true }) });
    await card.waitFor({ timeout: WAIT });
    await expectText(card, 'Be in touch every 14 days');
    const reminder = page.getByTestId('reminders').locator('li').filter({ hasText: name });
    await expectText(reminder, '6 days late');
    await card.getByRole('button', { name: 'Log interaction' }).click();
    await card.getByLabel('Kind').fill('call');
    await card.getByLabel('Note (private, optional)').fill('talked about her new job');
    await card.getByRole('button', { name: 'Log interaction' }).click();
    await expectText(reminder, 'due in 14 days');
    await expectText(card, 'due in 14 days');
    await card.getByRole('button', { name: 'Interactions' }).click();
    await expectText(card.locator('li'), /call: talked about her new job/);
  });

  await scenario('finance: an expense that pushes a budget over turns its bar "over"', async () => {
    await page.getByRole('link', { name: 'Finance', exact: true }).first().click();
    await page.getByRole('button', { name: 'Set a budget' }).click();
    await page.locator('#budget-category').fill('Groceries');
    await page.locator('#budget-amount').fill('50');
    await page.getByRole('button', { name: 'Set budget' }).click();
    const bar = page.getByRole('meter', { name: 'Groceries budget used' });
    await bar.waitFor({ timeout: WAIT });
    check(await bar.getAttribute('data-status') === 'ok', `a new budget's bar is ${await bar.getAttribute('data-status')}`);
    for (const amount of ['30', '25.50']) {
      await page.getByRole('button', { name: 'New record' }).click();
      await page.locator('#record-new-amount').fill(amount);
      await page.locator('#record-new-category').fill('Groceries');
      await page.getByRole('button', { name: 'Add record' }).click();
      await page.locator('#record-new-amount').waitFor({ state: 'detached', timeout: WAIT });
    }
    await page.locator('[role=meter][aria-label="Groceries budget used"][data-status="over"]').waitFor({ timeout: WAIT });
    await expectText(page.getByTestId('budget'), 'over budget');
    await expectText(page.getByTestId('record-row'), '$25.50');
  });

  await scenario('finance: a CSV with a bad line is refused, the line named, and nothing added', async () => {
    const category = `Imported ${run}`;
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const csv = `date,type,amount,category,description\n2026-01-05,expense,12.00,${category},fine row\n2026-01-06,expense,twelve,${category},bad amount\n`;
    await page.locator('#import-file').setInputFiles({ name: 'bank.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expectText(page.locator('p'), 'bank.csv: 2 rows.');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const errors = page.getByTestId('import-errors');
    await expectText(errors, 'Nothing was imported.');
    await expectText(errors, /Line 3, amount/);
    await page.locator('tr[data-line="3"]').filter({ hasText: 'amount' }).waitFor({ timeout: WAIT });
    const token = await apiLogin(alice);
    const records = await apiGet(token, `/api/finance/records?category=${encodeURIComponent(category)}`);
    check(records.total_items === 0, `the refused file added ${records.total_items} records`);
    check(await page.getByTestId('record-row').filter({ hasText: category }).count() === 0, 'the table shows a refused row');
    await page.getByRole('button', { name: 'Close' }).click();
  });

  await scenario('axe: no serious or critical violations on every screen and sign-in', async () => {
    const found = [];
    const screens = [['Today', '/'], ['Habits', '/habits'], ['Goals', '/goals'], ['Projects', '/projects'], ['Settings', '/settings'],
      ['Relationships', '/relationships'], ['Finance', '/finance'], ['Health', '/health'], ['Journal', '/journal'],
      ['Learning', '/learning'], ['Time', '/time']];
    for (const [name, path] of screens) {
      await page.getByRole('link', { name, exact: true }).first().click();
      await page.waitForURL(`${BASE}${path}`, { timeout: WAIT });
      await page.locator('.animate-pulse').first().waitFor({ state: 'detached', timeout: WAIT }).catch(() => {});
      await page.waitForTimeout(300);
      found.push(...await serious(page, name));
    }
    const anonymous = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
    try {
      const signIn = await anonymous.newPage();
      await signIn.goto(`${BASE}/sign-in`, { waitUntil: 'load' });
      await signIn.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: WAIT });
      found.push(...await serious(signIn, 'Sign in'));
      await signIn.goto(`${BASE}/sign-up`, { waitUntil: 'load' });
      await signIn.getByRole('button', { name: 'Create account' }).waitFor({ timeout: WAIT });
      found.push(...await serious(signIn, 'Sign up'));
    } finally {
      await anonymous.close();
    }
    check(found.length === 0, `axe found:\n${found.join('\n')}`);
  });

  await scenario('a reload keeps the session; sign out ends it', async () => {
    await page.goto(`${BASE}/habits`, { waitUntil: 'load' });
    // reload a page that has finished signing in: a reload that aborts the page's own refresh request loses the
    // rotated token's successor, and the server then (rightly) treats the old token's return as reuse
    await habitCard(page, habit).waitFor({ timeout: WAIT });
    await page.reload({ waitUntil: 'load' });
    await habitCard(page, habit).waitFor({ timeout: WAIT });
    check(new URL(page.url()).pathname === '/habits', `a reload left /habits for ${page.url()}`);
    const cookie = (await first.cookies()).find((c) => c.name === 'lifeos_refresh');
    check(cookie, 'no lifeos_refresh cookie while signed in');
    await page.getByRole('button', { name: 'Sign out' }).first().click();
    await page.waitForURL(/\/sign-in/, { timeout: WAIT });
    await page.goto(`${BASE}/`, { waitUntil: 'load' });
    await page.waitForURL(/\/sign-in/, { timeout: WAIT });
    await page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: WAIT });
    const refresh = await page.evaluate(async () => (await fetch('/api/auth/refresh', {
      method: 'POST', headers: { 'X-LifeOS-Client': 'web' }, credentials: 'same-origin' })).status);
    check(refresh === 401, `a refresh after sign-out answered ${refresh}`);
    const replayed = await fetch(`${BASE}/api/auth/refresh`, {
      method: 'POST', headers: { 'X-LifeOS-Client': 'web', Cookie: `lifeos_refresh=${cookie.value}` } });
    check(replayed.status === 401, `the signed-out refresh cookie, replayed, answered ${replayed.status}`);
  });
} finally {
  await browser.close();
}

async function serious(page, screen) {
  const { violations, passes } = await new AxeBuilder({ page }).analyze();
  check(passes.length > 0, `axe checked nothing on ${screen}`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) =>
    `${screen}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} of ${results.length} browser scenarios passed`);
process.exit(failed === 0 ? 0 : 1);
